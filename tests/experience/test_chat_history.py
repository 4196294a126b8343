"""Chats: history as received, saved to JSON and loaded back byte-for-byte, edited and truncated; blocked answers
are not recorded; per-send config overrides the chat's."""

from __future__ import annotations

import orjson
import pytest

import pygenai
from pygenai.types import Content, Part
from tests.experience._support import MODEL

START = [
    {"role": "user", "parts": [{"text": "Let's plan a trip."}]},
    Content(role="model", parts=[Part(text="Sure, where to?")]),
]
TRIP_CONFIG = {"system_instruction": "Be brief.", "temperature": 0.2}


@pytest.mark.vcr
def test_history_save_load_truncate(gemini_client: pygenai.Client) -> None:
    chat = gemini_client.chats.create(model=MODEL)
    assert chat.send("Hi, I'm Ada.").text == "Hello Ada! How can I help?"
    assert chat.send("What's my name?").text == "Your name is Ada."
    saved = chat.save()
    assert saved.endswith(b"}\n") and orjson.loads(saved)["model"] == MODEL
    loaded = gemini_client.chats.load(saved)
    assert loaded.save() == saved and loaded.model == MODEL
    assert [c.to_dict() for c in loaded.history] == [c.to_dict() for c in chat.history]
    loaded.truncate(2)
    assert [c.role for c in loaded.history] == ["user", "model"]
    assert loaded.send("Forget that. What is 2 + 2?").text == "4"
    assert len(chat.history) == 4  # the original is untouched


@pytest.mark.anyio
@pytest.mark.vcr
async def test_history_save_load_truncate_async(async_gemini_client: pygenai.AsyncClient) -> None:
    chat = async_gemini_client.chats.create(model=MODEL)
    await chat.send("Hi, I'm Ada.")
    await chat.send("What's my name?")
    loaded = async_gemini_client.chats.load(chat.save())
    loaded.truncate(-2)
    assert (await loaded.send("Forget that. What is 2 + 2?")).text == "4"
    assert len(loaded.history) == 4


@pytest.mark.vcr
def test_blocked_answer_leaves_history_unchanged(gemini_client: pygenai.Client) -> None:
    chat = gemini_client.chats.create(model=MODEL)
    chat.send("Hi!")
    blocked = chat.send("Insult my neighbour.")
    assert blocked.outcome.kind == "candidate_blocked"
    assert len(chat.history) == 2
    assert chat.send("Tell me a joke instead.").text.startswith("Why did the scarecrow")
    assert len(chat.history) == 4


@pytest.mark.anyio
@pytest.mark.vcr
async def test_blocked_answer_leaves_history_unchanged_async(async_gemini_client: pygenai.AsyncClient) -> None:
    chat = async_gemini_client.chats.create(model=MODEL)
    await chat.send("Hi!")
    with pytest.raises(pygenai.CandidateBlockedError):
        _ = (await chat.send("Insult my neighbour.")).text
    await chat.send("Tell me a joke instead.")
    assert len(chat.history) == 4


@pytest.mark.vcr
def test_config_per_send_overrides_the_chat(gemini_client: pygenai.Client) -> None:
    chat = gemini_client.chats.create(model=MODEL, config=TRIP_CONFIG, history=START)
    assert chat.send("Rome, for three days.").text.startswith("Day 1")
    assert chat.send("Suggest one more day trip.", config={"temperature": 1.0}).text == "Tivoli."
    assert chat.config == TRIP_CONFIG


@pytest.mark.anyio
@pytest.mark.vcr
async def test_config_per_send_overrides_the_chat_async(async_gemini_client: pygenai.AsyncClient) -> None:
    chat = async_gemini_client.chats.create(model=MODEL, config=TRIP_CONFIG, history=START)
    await chat.send("Rome, for three days.")
    assert (await chat.send("Suggest one more day trip.", config={"temperature": 1.0})).text == "Tivoli."


# --------------------------------------------------------------------------- history without the network


def _chat(history: list[dict[str, object]] | None = None) -> pygenai.Chat:
    return pygenai.Client(api_key="test-key-123").chats.create(model=MODEL, history=history)


def test_history_keeps_unknown_fields_and_signatures_byte_for_byte() -> None:
    turn = (
        b'{"parts":[{"text":"","thoughtSignature":"Q2lRQjBlMks=","futureField":{"x":[1,2.5,"\xc2\xb0"]}}],'
        b'"role":"model","newTopLevel":true}'
    )
    saved = b'{"model":"gemini-3.5-flash","history":[' + turn + b"]}"
    chat = pygenai.Client(api_key="test-key-123").chats.load(saved)
    assert orjson.dumps(chat.history[0].to_dict()) == turn
    again = pygenai.Client(api_key="test-key-123").chats.load(chat.save())
    assert again.save() == chat.save()
    assert orjson.dumps(again.history[0].to_dict()) == turn


def test_history_is_edited_by_assigning_it_back() -> None:
    chat = _chat([{"role": "user", "parts": [{"text": "a"}]}, {"role": "model", "parts": [{"text": "b"}]}])
    turns = chat.history
    turns[1].parts = [Part(text="edited")]
    assert chat.history[1].to_dict() == {"role": "model", "parts": [{"text": "b"}]}  # the views are copies
    chat.history = turns
    assert chat.history[1].to_dict() == {"role": "model", "parts": [{"text": "edited"}]}
    chat.history = [*chat.history, {"role": "user", "parts": [{"thought_signature": "c2ln", "text": "c"}]}]
    assert chat.history[2].to_dict() == {"role": "user", "parts": [{"thoughtSignature": "c2ln", "text": "c"}]}
    chat.history.append(Content(role="model"))  # a copy of the list: the chat does not change
    assert len(chat.history) == 3
    chat.truncate(0)
    assert chat.history == [] and repr(chat) == "Chat(model='gemini-3.5-flash', turns=0)"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"not json", "not JSON"),
        (b'{"model": "m"}', "no 'history' list"),
        (b'{"model": "m", "history": [1]}', r"history\[0\] is not a Content"),
        (b'{"model": "m", "history": [{"parts": "x"}]}', r"history\[0\]"),
        (b'{"history": []}', "names no model"),
        (b'"text"', "must be an object or a list"),
    ],
)
def test_load_rejects_what_is_not_a_saved_chat(data: bytes, words: str) -> None:
    with pytest.raises(pygenai.ChatHistoryError, match=words):
        pygenai.Client(api_key="test-key-123").chats.load(data)


def test_load_takes_a_bare_list_with_a_model() -> None:
    chat = pygenai.Client(api_key="test-key-123").chats.load('[{"role": "user", "parts": [{"text": "hi"}]}]', model="m")
    assert chat.model == "m" and chat.history[0].role == "user"
