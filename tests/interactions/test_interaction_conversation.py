"""``client.interactions.conversation``: stateful turns chained with ``previous_interaction_id`` that re-send the
interaction-scoped settings, stateless turns that replay every step byte for byte, save/load round trips and a
resume in a new process, and failed turns that record nothing; sync and async, on the cassettes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

import pygenai
from tests.interactions.requests_support import (
    MODEL,
    anyio_backend,  # noqa: F401  # fixture
    every_interaction_played,  # noqa: F401  # fixture
    get_weather,
    sent_bodies,  # noqa: F401  # fixture
)

REPO = Path(__file__).resolve().parents[2]
CASSETTES = REPO / "cassettes" / "interactions" / "test_interaction_conversation"
INSTRUCTION = "Answer in one short sentence."
SETTINGS = {"system_instruction": INSTRUCTION, "generation_config": {"thinking_level": "low"}}


# --------------------------------------------------------------------------- stateful


@pytest.mark.vcr
def test_stateful_turns_chain_and_resend_the_settings(gemini_client: pygenai.Client) -> None:
    conv = gemini_client.interactions.conversation(model=MODEL, tools=[get_weather], **SETTINGS)
    first = conv.send("Weather in Paris?")
    assert first.text == "It is 18°C and clear in Paris."
    assert conv.interaction_id == first.id
    # The cassette's second and third requests carry previous_interaction_id together with the model, system
    # instruction, tools and generation config again: the server keeps only the history.
    second = conv.send("And in London?")
    assert second.text == "London is 14°C and clear."
    assert conv.interaction_id == second.id
    assert conv.steps == []  # the server keeps the history


@pytest.mark.vcr
@pytest.mark.anyio
async def test_stateful_turns_chain_and_resend_the_settings_async(async_gemini_client: pygenai.AsyncClient) -> None:
    conv = async_gemini_client.interactions.conversation(model=MODEL, tools=[get_weather], **SETTINGS)
    assert (await conv.send("Weather in Paris?")).text == "It is 18°C and clear in Paris."
    second = await conv.send("And in London?")
    assert second.text == "London is 14°C and clear."
    assert conv.interaction_id == second.id


@pytest.mark.vcr
def test_send_stream_records_the_turn_when_the_stream_ends(gemini_client: pygenai.Client) -> None:
    conv = gemini_client.interactions.conversation(model=MODEL, system_instruction=INSTRUCTION)
    with conv.send_stream("Name a French cheese.") as stream:
        assert next(iter(stream)).event_type == "interaction.created"
        assert conv.interaction_id is None  # not before the stream has ended
        assert "".join(stream.text_stream()) == "Comté."
        interaction = stream.final_response()
    assert conv.interaction_id == interaction.id
    assert conv.send("Which region is it from?").text == "Franche-Comté."


@pytest.mark.vcr
def test_a_stream_closed_before_its_end_records_nothing(gemini_client: pygenai.Client) -> None:
    conv = gemini_client.interactions.conversation(model=MODEL, system_instruction=INSTRUCTION)
    with conv.send_stream("Name a French cheese.") as stream:
        next(iter(stream))
    assert conv.interaction_id is None


@pytest.mark.vcr
def test_a_failed_turn_records_nothing(gemini_client: pygenai.Client) -> None:
    conv = gemini_client.interactions.conversation(model=MODEL, system_instruction=INSTRUCTION, store=False)
    conv.send("Name a French cheese.")
    saved = conv.save()
    with pytest.raises(pygenai.BadRequestError):
        conv.send({"type": "image", "uri": "https://example.com/missing.png", "mime_type": "image/png"})
    assert conv.save() == saved
    assert conv.send("Which region is it from?").text == "Franche-Comté."


@pytest.mark.vcr
def test_a_failed_interaction_is_not_continued(gemini_client: pygenai.Client) -> None:
    conv = gemini_client.interactions.conversation(model=MODEL, system_instruction=INSTRUCTION)
    failed = conv.send("Name a French cheese.")
    assert failed.status == "failed"
    assert conv.interaction_id is None  # the next turn starts afresh (the cassette's second request has no id)
    assert conv.send("Name a French cheese.").text == "Comté."


@pytest.mark.vcr
def test_send_events_runs_tools_and_records_the_turn(gemini_client: pygenai.Client) -> None:
    conv = gemini_client.interactions.conversation(model=MODEL, tools=[get_weather], **SETTINGS)
    with conv.send_events("Weather in Paris?") as events:
        kinds = [event.type for event in events]
    assert kinds == ["call", "result", "text", "final"]
    assert events.interaction is not None and conv.interaction_id == events.interaction.id


@pytest.mark.vcr
def test_a_tool_that_raises_with_on_tool_error_raise_records_nothing(gemini_client: pygenai.Client) -> None:
    def get_weather(city: str) -> dict[str, object]:
        """Current weather for a city.

        Args:
            city: City name, e.g. "Paris".
        """
        raise TimeoutError("weather service timed out")

    conv = gemini_client.interactions.conversation(
        model=MODEL, tools=[get_weather], automatic_function_calling={"on_tool_error": "raise"}, **SETTINGS
    )
    with pytest.raises(TimeoutError, match="timed out"):
        conv.send("Weather in Paris?")
    assert conv.interaction_id is None


# --------------------------------------------------------------------------- stateless


@pytest.mark.vcr
def test_stateless_turns_replay_every_step_byte_for_byte(
    gemini_client: pygenai.Client,
    sent_bodies: list[bytes],  # noqa: F811  # the fixture
) -> None:
    conv = gemini_client.interactions.conversation(model=MODEL, tools=[get_weather], store=False, **SETTINGS)
    first = conv.send("Weather in Paris?")
    assert first.text == "It is 18°C and clear in Paris."
    conv.send("And in London?")
    # Each step the server sent in the first turn (thought signatures included) is in the later requests exactly as
    # its compact JSON: spliced in, not re-encoded from a model.
    response = (CASSETTES / "test_stateless_turns_replay_every_step_byte_for_byte.yaml").read_text()
    for step in conv.steps[:6]:
        if step["type"] != "user_input" and step["type"] != "function_result":
            assert orjson.dumps(step) in sent_bodies[2]
    assert orjson.dumps(conv.steps[1]) in sent_bodies[1]  # the thought with its signature, in the tool round too
    assert conv.steps[1]["signature"] in response
    assert [step["type"] for step in conv.steps] == [
        "user_input",
        "thought",
        "function_call",
        "function_result",
        "thought",
        "model_output",
        "user_input",
        "thought",
        "function_call",
        "function_result",
        "model_output",
    ]


@pytest.mark.vcr
@pytest.mark.anyio
async def test_stateless_turns_replay_every_step_byte_for_byte_async(
    async_gemini_client: pygenai.AsyncClient,
    sent_bodies: list[bytes],  # noqa: F811  # the fixture
) -> None:
    conv = async_gemini_client.interactions.conversation(model=MODEL, tools=[get_weather], store=False, **SETTINGS)
    await conv.send("Weather in Paris?")
    await conv.send("And in London?")
    assert orjson.dumps(conv.steps[4]) in sent_bodies[2]  # the first answer's thought, signature and all
    assert len(conv.steps) == 11


# --------------------------------------------------------------------------- save and load


@pytest.mark.vcr
def test_save_and_load_round_trip_exactly(gemini_client: pygenai.Client) -> None:
    conv = gemini_client.interactions.conversation(
        model=MODEL,
        tools=[get_weather],
        store=False,
        automatic_function_calling={"maximum_remote_calls": 3},
        **SETTINGS,
    )
    conv.send("Weather in Paris?")
    saved = conv.save()
    loaded = gemini_client.interactions.load_conversation(saved, tools=[get_weather])
    assert loaded.save() == saved
    assert loaded.steps == conv.steps and loaded.store is False
    assert orjson.loads(saved)["settings"] == {
        "model": MODEL,
        "system_instruction": INSTRUCTION,
        "generation_config": {"thinking_level": "low"},
        "automatic_function_calling": {"maximum_remote_calls": 3},
    }


def test_load_refuses_what_is_not_a_saved_conversation() -> None:
    client = pygenai.Client(api_key="test-key-123")
    good = client.interactions.conversation(model=MODEL).save()
    with pytest.raises(pygenai.ChatHistoryError, match="not JSON"):
        client.interactions.load_conversation(b"{")
    with pytest.raises(pygenai.ChatHistoryError, match="format"):
        client.interactions.load_conversation(good.replace(b"pygenai.conversation/1", b"pygenai.chat/1"))
    with pytest.raises(pygenai.ChatHistoryError, match=r"steps\[0\] is not a step"):
        client.interactions.load_conversation(good.replace(b'"steps": []', b'"steps": [1]'))
    with pytest.raises(pygenai.ChatHistoryError, match="settings do not apply"):
        client.interactions.load_conversation(good.replace(b'"model": "gemini-3.5-flash"', b'"colour": "red"'))


def test_a_conversation_checks_its_settings_when_made() -> None:
    client = pygenai.Client(api_key="test-key-123")
    with pytest.raises(TypeError, match="unknown generation_config key"):
        client.interactions.conversation(model=MODEL, generation_config={"thinking_budget": 1})
    with pytest.raises(TypeError, match="a conversation sets previous_interaction_id itself"):
        client.interactions.conversation(model=MODEL, previous_interaction_id="v1_x")
    with pytest.raises(TypeError, match="unexpected keyword argument 'service_teir'; did you mean 'service_tier'"):
        client.interactions.conversation(model=MODEL, service_teir="flex")


RESUME = """
import sys
from pathlib import Path

import pygenai
from tests.harness.recording import new_vcr
from tests.interactions.requests_support import get_weather

saved = Path(sys.argv[1]).read_bytes()
with new_vcr(record_mode="none").use_cassette(sys.argv[2]) as cassette:
    with pygenai.Client(api_key="test-key-123", base_url="https://generativelanguage.googleapis.com") as client:
        conv = client.interactions.load_conversation(saved, tools=[get_weather])
        print(conv.send("And in London?").text)
    assert cassette.all_played
Path(sys.argv[1]).write_bytes(conv.save())
"""


@pytest.mark.vcr
def test_a_saved_conversation_resumes_in_a_new_process(gemini_client: pygenai.Client, tmp_path: Path) -> None:
    conv = gemini_client.interactions.conversation(model=MODEL, tools=[get_weather], **SETTINGS)
    conv.send("Weather in Paris?")
    saved = tmp_path / "conversation.json"
    saved.write_bytes(conv.save())
    resume = CASSETTES / "test_a_saved_conversation_resumes_in_a_new_process.resume.yaml"
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(RESUME), str(saved), str(resume)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "London is 14°C and clear."
    assert orjson.loads(saved.read_bytes())["interaction_id"] != conv.interaction_id
