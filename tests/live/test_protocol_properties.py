"""Property tests: whatever frame arrives, ``receive`` gives events or raises ``LiveProtocolError``, nothing else."""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pygenai
from pygenai.live import LiveProtocol, UnknownMessage
from pygenai.live._events import LiveEvent

KINDS = [
    "setupComplete",
    "serverContent",
    "toolCall",
    "toolCallCancellation",
    "usageMetadata",
    "goAway",
    "sessionResumptionUpdate",
]
FIELDS = [
    "modelTurn",
    "parts",
    "text",
    "thought",
    "inlineData",
    "mimeType",
    "data",
    "turnComplete",
    "interrupted",
    "generationComplete",
    "inputTranscription",
    "outputTranscription",
    "functionCalls",
    "id",
    "name",
    "args",
    "ids",
    "timeLeft",
    "newHandle",
    "resumable",
    "totalTokenCount",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["9s", "audio/pcm;rate=24000", "AAAA", "!!", "1.5s"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=6)), inner, max_size=4),
    ),
    max_leaves=25,
)
messages = st.dictionaries(st.one_of(st.sampled_from(KINDS), st.text(max_size=8)), json_values, max_size=3)


def check(protocol: LiveProtocol, data: str | bytes) -> list[LiveEvent]:
    try:
        events = protocol.receive(data)
    except pygenai.LiveProtocolError:
        return []
    assert isinstance(events, list)
    for event in events:
        assert type(event).__module__ == "pygenai.live._events"
    return events


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(messages, st.booleans())
def test_any_json_message_gives_events_or_the_typed_error(message: dict[str, Any], binary: bool) -> None:
    data = orjson.dumps(message)
    check(LiveProtocol("m", {"session_resumption": True}), data if binary else data.decode())


@settings(max_examples=300)
@given(st.binary(max_size=64))
def test_arbitrary_bytes_give_events_or_the_typed_error(data: bytes) -> None:
    check(LiveProtocol("m"), data)


VALID = orjson.dumps(
    {
        "serverContent": {
            "modelTurn": {"parts": [{"text": "hi"}, {"inlineData": {"mimeType": "audio/pcm", "data": "AAAA"}}]},
            "turnComplete": True,
        },
        "toolCall": {"functionCalls": [{"id": "a", "name": "f", "args": {}}]},
        "sessionResumptionUpdate": {"newHandle": "h", "resumable": True},
        "goAway": {"timeLeft": "5s"},
    }
)


@settings(max_examples=400)
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=6))
def test_mutated_valid_frames_give_events_or_the_typed_error(edits: list[tuple[int, int]]) -> None:
    data = bytearray(VALID)
    for position, value in edits:
        data[position] = value
    check(LiveProtocol("m", {"session_resumption": True}), bytes(data))


@given(st.dictionaries(st.text(min_size=1, max_size=10).filter(lambda k: k not in KINDS), json_values, min_size=1))
def test_unknown_message_kinds_survive_whole(message: dict[str, Any]) -> None:
    assert LiveProtocol("m").receive(orjson.dumps(message)) == [UnknownMessage(message)]
