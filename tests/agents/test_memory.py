"""Agent memory on the scripted fake model: history across runs, save/load, load errors and compaction."""

from __future__ import annotations

import copy
from typing import Any

import orjson
import pytest

import pygenai
from pygenai.agent_framework import Agent, AgentConversation, SummarizeOlderTurns
from tests.agents._scripted import ScriptedModel, call, response, text

MODEL = "gemini-2.5-flash"


def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


def user(value: str) -> dict[str, Any]:
    return {"role": "user", "parts": [{"text": value}]}


def signed_text(value: str, signature: str) -> dict[str, Any]:
    return response({"text": value, "thoughtSignature": signature})


@pytest.mark.anyio
async def test_second_run_sends_the_first_runs_turns_exactly() -> None:
    first_call = response({"text": "let me look", "thought": True}, call("get_weather", signature="sig-A", city="Oslo"))
    model = ScriptedModel(first_call, signed_text("Sunny in Oslo.", "sig-B"), text("You asked about Oslo."))
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather])
    conv = agent.conversation()

    first = await conv.run("Weather in Oslo?")
    assert len(conv) == 4 and conv.messages == first.messages
    second = await conv.run("Which city did I ask about?")

    sent = model.requests[2]["contents"]
    assert sent[:4] == first.messages
    assert sent[1] == first_call["candidates"][0]["content"]  # the model turn as received, signature included
    assert sent[3]["parts"][0]["thoughtSignature"] == "sig-B"
    assert sent[4] == user("Which city did I ask about?")
    assert second.output == "You asked about Oslo."
    answer = {"role": "model", "parts": [{"text": "You asked about Oslo."}]}
    assert conv.messages == [*first.messages, user("Which city did I ask about?"), answer]


def test_run_sync_keeps_history_over_a_sync_client() -> None:
    model = ScriptedModel(text("Hello Ada."), text("Your name is Ada."))
    conv = Agent(model.client(), model=MODEL).conversation()
    conv.run_sync("I am Ada.")
    result = conv.run_sync("What is my name?")
    assert result.output == "Your name is Ada."
    assert model.requests[1]["contents"] == [
        user("I am Ada."),
        {"role": "model", "parts": [{"text": "Hello Ada."}]},
        user("What is my name?"),
    ]
    assert len(conv) == 4


@pytest.mark.anyio
async def test_failed_run_leaves_the_history_unchanged() -> None:
    model = ScriptedModel(text("Hi."))  # the second request gets the script's 500
    conv = Agent(model.async_client(), model=MODEL).conversation()
    await conv.run("hello")
    before = conv.messages
    with pytest.raises(pygenai.InternalServerError):
        await conv.run("again")
    assert conv.messages == before


@pytest.mark.anyio
async def test_save_load_save_is_byte_exact_and_the_loaded_conversation_continues() -> None:
    model = ScriptedModel(
        response(call("get_weather", signature="c2lnLTE=", city="Rome"), {"text": "ünïcode ✓"}),
        signed_text("Warm; 21.5 °C.", "c2lnLTI="),
        text("Still Rome."),
    )
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather])
    conv = agent.conversation()
    await conv.run("Rome?")
    saved = conv.save()

    loaded = agent.load_conversation(saved)
    assert loaded.save() == saved
    assert AgentConversation.load(agent, saved.decode()).save() == saved
    assert loaded.messages == conv.messages
    assert orjson.loads(saved)["format"] == "pygenai.agent_conversation/1"

    await loaded.run("And now?")
    assert model.requests[2]["contents"][:4] == conv.messages
    assert loaded.save() != saved
    assert agent.load_conversation(loaded.save()).save() == loaded.save()


def test_empty_conversation_round_trips() -> None:
    agent = Agent(ScriptedModel().client(), model=MODEL)
    saved = agent.conversation().save()
    assert agent.load_conversation(saved).save() == saved
    assert len(agent.load_conversation(saved)) == 0


def _document(history: Any, format: Any = "pygenai.agent_conversation/1") -> bytes:
    return orjson.dumps({"format": format, "history": history})


@pytest.mark.parametrize(
    ("data", "path", "words"),
    [
        (b"{not json", "$", "not JSON"),
        (b"[]", "$", "expected an object, got list"),
        (_document([], format="pygenai.chat/1"), "$.format", "expected 'pygenai.agent_conversation/1'"),
        (orjson.dumps({"format": "pygenai.agent_conversation/1"}), "$.history", "got NoneType"),
        (_document([user("a"), "b"]), "$.history[1]", "expected a Content object, got str"),
        (_document([{"role": "system", "parts": []}]), "$.history[0].role", "got 'system'"),
        (_document([{"role": "model"}]), "$.history[0].parts", "expected a list of parts"),
        (_document([{"role": "user", "parts": [{"text": "x"}, 3]}]), "$.history[0].parts[1]", "got int"),
    ],
)
def test_bad_saved_conversation_raises_a_typed_error_naming_the_place(data: bytes, path: str, words: str) -> None:
    agent = Agent(ScriptedModel().client(), model=MODEL)
    with pytest.raises(pygenai.ConversationLoadError, match=words) as caught:
        agent.load_conversation(data)
    assert caught.value.path == path
    assert isinstance(caught.value, pygenai.ChatHistoryError)
    assert str(caught.value).startswith(f"saved conversation {path}: ")


def _history_with_a_pair_across_the_cut() -> list[dict[str, Any]]:
    """Eight turns; with keep_last=3 the plain cut (index 5) falls on a function response whose call is turn 4."""
    return [
        user("first question"),
        {"role": "model", "parts": [{"text": "first answer", "thoughtSignature": "sig-0"}]},
        user("second question"),
        {"role": "model", "parts": [{"text": "second answer"}]},
        {"role": "model", "parts": [{"functionCall": {"name": "get_weather", "args": {"city": "Oslo"}}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "get_weather", "response": {"result": "sunny"}}}]},
        {"role": "model", "parts": [{"text": "sunny", "thoughtSignature": "sig-7"}]},
        user("third question"),
    ]


def test_cut_moves_back_to_a_prompt_so_a_call_and_its_response_stay_together() -> None:
    history = _history_with_a_pair_across_the_cut()
    assert SummarizeOlderTurns(keep_last=3, max_turns=4).cut(history) == 2
    assert SummarizeOlderTurns(keep_last=3, max_turns=8).cut(history) == 0  # not over the threshold
    assert SummarizeOlderTurns(keep_last=1, max_turns=4).cut(history) == 7
    assert SummarizeOlderTurns(keep_last=4, max_turns=4).cut(history) == 2  # cut on the call turn moves back too
    only_calls = [user("go"), *history[4:7]]
    assert SummarizeOlderTurns(keep_last=2, max_turns=2).cut(only_calls) == 0  # no prompt to cut at: keep all


@pytest.mark.anyio
async def test_compaction_summarises_older_turns_and_keeps_later_turns_byte_identical() -> None:
    history = [
        user("I live in Oslo."),
        {"role": "model", "parts": [{"text": "Noted.", "thoughtSignature": "c2lnLWE="}]},
        user("Weather?"),
        {
            "role": "model",
            "parts": [
                {"functionCall": {"name": "get_weather", "args": {"city": "Oslo"}}, "thoughtSignature": "c2lnLWI="}
            ],
        },
        {"role": "user", "parts": [{"functionResponse": {"name": "get_weather", "response": {"result": "sunny"}}}]},
        {"role": "model", "parts": [{"text": "Sunny.", "thoughtSignature": "c2lnLWM="}]},
    ]
    model = ScriptedModel(text("The user lives in Oslo.", prompt=40, output=7), text("Take sunglasses."))
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather])
    saved = orjson.dumps({"format": "pygenai.agent_conversation/1", "history": history})
    policy = SummarizeOlderTurns(keep_last=3, max_turns=4)
    conv = agent.load_conversation(saved, compaction=policy)
    kept_before = orjson.dumps(history[2:])

    result = await conv.run("What should I take?")

    summary_request, run_request = model.requests
    assert summary_request["contents"][:2] == history[:2]
    assert summary_request["contents"][2]["parts"][0]["text"] == policy.request
    assert "tools" not in summary_request
    sent = run_request["contents"]
    assert sent[0] == user("Summary of the earlier conversation:\nThe user lives in Oslo.")
    assert orjson.dumps(sent[1:5]) == kept_before  # the call/response pair and every signature, unchanged
    assert sent[5] == user("What should I take?")
    assert result.output == "Take sunglasses."
    assert orjson.dumps(conv.messages[1:5]) == kept_before
    assert len(conv) == 7
    usage = conv.compaction_usage  # the summary request is counted, apart from the run's own usage
    assert (usage.requests, usage.input_tokens, usage.output_tokens) == (1, 40, 7)
    assert result.usage.requests == 1


def test_compaction_under_the_threshold_sends_no_summary_request() -> None:
    model = ScriptedModel(text("one"), text("two"))
    conv = Agent(model.client(), model=MODEL).conversation(compaction=SummarizeOlderTurns(keep_last=2, max_turns=4))
    conv.run_sync("a")
    conv.run_sync("b")
    assert len(model.requests) == 2
    assert model.requests[1]["contents"][:2] == [user("a"), {"role": "model", "parts": [{"text": "one"}]}]


def test_sync_compaction_runs_on_a_sync_client() -> None:
    model = ScriptedModel(text("one"), text("two"), text("summary of a/one"), text("three"))
    conv = Agent(model.client(), model=MODEL).conversation(compaction=SummarizeOlderTurns(keep_last=2, max_turns=3))
    conv.run_sync("a")
    conv.run_sync("b")
    conv.run_sync("c")
    assert len(model.requests) == 4
    assert model.requests[3]["contents"] == [
        user("Summary of the earlier conversation:\nsummary of a/one"),
        user("b"),
        {"role": "model", "parts": [{"text": "two"}]},
        user("c"),
    ]


def test_compaction_policy_rejects_bad_settings() -> None:
    with pytest.raises(ValueError, match="keep_last"):
        SummarizeOlderTurns(keep_last=0)
    with pytest.raises(ValueError, match="max_turns"):
        SummarizeOlderTurns(keep_last=4, max_turns=2)


def test_messages_is_a_copy_of_the_list() -> None:
    model = ScriptedModel(text("hi"))
    conv = Agent(model.client(), model=MODEL).conversation()
    conv.run_sync("hello")
    listed = conv.messages
    listed.clear()
    assert len(conv) == 2
    assert copy.deepcopy(conv.messages)[1] == {"role": "model", "parts": [{"text": "hi"}]}
