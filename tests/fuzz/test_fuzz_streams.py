"""Fuzz: GenerateContent and Interactions streams, whole, from mangled event streams to the objects callers read.

Each case builds a sequence of stream events (well-formed chunks, chunks with a field of the wrong shape, events whose
data is not JSON or not an object, error events, the ``[DONE]`` sentinel), frames them as server-sent events, may cut
the body anywhere, splits it into arbitrary pieces, and serves it to the real synchronous client through
``httpx2.MockTransport`` (no sockets; retries off, so a cut raises at once). The contract checked:

* every exception that reaches the caller, from iterating, from ``final_response()`` or from any accessor of what
  was delivered, is a :class:`~pygenai.PygenaiError` (never a bare ``TypeError``, ``KeyError``, ...);
* a stream that failed stays failed: ``final_response()`` afterwards raises too, never returns the partial turn;
* what was delivered is what was sent: each chunk or event wraps exactly the JSON object of its event, in order;
* GenerateContent: when the stream completes, the accumulated response's text, per candidate (by ``index``) and
  per kind (answer text, thoughts), is the concatenation of that candidate's text parts across the chunks;
* Interactions: the stream ends at ``[DONE]`` (a body without it is a ``StreamError``); each event is the class its
  ``event_type`` names. There is no Interactions accumulator yet (a later issue adds one), so what is fuzzed is the
  event decoding that exists: the SSE framing, the sentinel, the resume bookkeeping of event ids and the typed events.

Drawing structured JSON with hypothesis costs one draw per value, far too many for 100,000 cases a target; a case is
drawn instead as one byte string that :class:`Script` reads as choices from the tables below (hypothesis shrinks
it well, towards the plain shapes). The tables hold the shapes the API sends (wire facts §3-4) and the
ways each field can be wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx2
import orjson
import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

import pygenai
from pygenai import PygenaiError

API_KEY = "AIzaSy" + "F" * 33

# --------------------------------------------------------------------------- the case, read from bytes


class Script:
    """Reads a case from one byte string: each ``pick(n)`` takes the next byte modulo ``n`` (0 once exhausted).

    Choice 0 is always the common, well-formed shape, so hypothesis shrinks a failure towards a plain stream. The
    first bytes say how the framed body is cut and split (see :func:`frame`); the rest choose the events.
    """

    def __init__(self, raw: bytes) -> None:
        self._codes = raw
        cut, high, low, split_count = (raw[:4] + bytes(4))[:4]
        self.cut_at = (high << 8 | low) if cut % 4 == 3 else None  # one case in four is cut somewhere
        self._position = 4
        self.splits = [self._two_bytes() for _ in range(split_count % 7)]  # the points the body is split at

    def _two_bytes(self) -> int:
        return self.pick(256) << 8 | self.pick(256)

    def pick(self, n: int) -> int:
        if self._position >= len(self._codes):
            return 0
        code = self._codes[self._position]
        self._position += 1
        return code % n

    def rarely(self, n: int) -> bool:
        """True once in ``n`` picks (never once the bytes are exhausted: short cases are the common shapes)."""
        return self.pick(n) == n - 1

    def choice(self, options: list[Any]) -> Any:
        return options[self.pick(len(options))]

    def text(self) -> str:
        """A text from the table, or (one time in four) one built of up to 7 characters of :data:`CHARACTERS`."""
        if not self.rarely(4):
            return str(self.choice(TEXTS))
        return "".join(self.choice(CHARACTERS) for _ in range(self.pick(8)))


# Texts of parts and deltas: these, and strings built of CHARACTERS (multi-byte UTF-8 matters: citations count bytes).
CHARACTERS = [
    *"aZ 0.",
    "é",
    "\u0301",
    "ß",
    "İ",
    "晴",
    "🌤",
    "\U0010ffff",
    "\x00",
    "\n",
    "\r",
    '"',
    "\\",
    "\u2028",
    "\ufeff",
]
TEXTS = ["Hello", " world", "", "é", "e\u0301", "晴れ", "🌤", "\u0000", "\n", '"q"', "\\", "\ud7ff\U0010ffff", "a" * 40]

# Event data that is not a well-formed object, or is an error event (the same for both APIs).
BROKEN_EVENT_DATA = [
    b"not json",
    b'{"unterminated": ',
    b"[1, 2]",
    b"5",
    b'"a string"',
    b"null",
    b"",
    b'{"error": {"code": 500, "message": "boom", "status": "INTERNAL"}}',
    b'{"error": {"code": "resource_exhausted", "message": "quota"}}',
    b'{"error": "overloaded"}',
    b'{"error": null}',
    b'{"error": 5}',
    b'{"a": NaN}',
    b'{"a": 1e999}',
    b'{"\\ud800": 1}',
]

# --------------------------------------------------------------------------- GenerateContent chunks

OTHER_PARTS = [
    {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}},
    {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}, "id": "c1"}, "thoughtSignature": "c2ln"},
    {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}},
    {"executableCode": {"language": "PYTHON", "code": "print(1)"}},
    {"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": "1\n"}},
    {"fileData": {"mimeType": "application/pdf", "fileUri": "https://example.invalid/f"}},
    {"text": ""},
    {"text": "", "thoughtSignature": "c2ln"},
    {"videoMetadata": {"startOffset": "1s"}, "text": "v"},
    {},
    {"futurePart": {"x": 1}},
]
BROKEN_PARTS = [
    5,
    "text",
    None,
    [],
    {"text": 5},
    {"text": None},
    {"text": ["a"]},
    {"text": "t", "thought": "yes"},
    {"thought": True},
    {"functionCall": "get_weather"},
    {"functionCall": {"name": 5, "args": []}},
    {"functionCall": {"args": "x"}},
    {"inlineData": {"mimeType": "image/png", "data": "@@not base64@@"}},
    {"inlineData": 5},
    {"executableCode": {"code": 5}},
    {"codeExecutionResult": {"outcome": 7}},
    {"thoughtSignature": 5, "text": "s"},
]
BROKEN_CONTENTS: list[Any] = [None, [], "content", 5, {"parts": {}}, {"parts": "p"}, {"parts": None}, {"role": 5}]
BROKEN_INDEXES: list[Any] = ["0", True, None, 1.0, -1, 2**40, [], {}]
FINISH_REASONS: list[Any] = [
    *("STOP", "MAX_TOKENS", "SAFETY", "RECITATION", "MALFORMED_FUNCTION_CALL", "UNEXPECTED_TOOL_CALL"),
    *("OTHER", "FINISH_REASON_UNSPECIFIED", "SOMETHING_NEW", 5, None, ""),
]
USAGES: list[Any] = [
    {"promptTokenCount": 15, "totalTokenCount": 15},
    {"promptTokenCount": 15, "candidatesTokenCount": 9, "thoughtsTokenCount": 4, "totalTokenCount": 28},
    {"promptTokenCount": "12", "totalTokenCount": "12"},
    {"promptTokenCount": "x"},
    {"promptTokenCount": "\u00b2"},
    {"promptTokenCount": "9" * 5000},
    {"promptTokenCount": 1.5},
    {"promptTokenCount": True},
    {"promptTokenCount": -3},
    {"promptTokensDetails": [{"modality": "TEXT", "tokenCount": 3}, 5]},
    {"promptTokensDetails": 5},
    {"serviceTier": 5},
    5,
    "usage",
    [],
    None,
]
GROUNDING: list[Any] = [
    {},
    {"webSearchQueries": ["weather paris"]},
    {
        "groundingChunks": [{"web": {"uri": "https://example.invalid/a", "title": "A"}}],
        "groundingSupports": [
            {"segment": {"startIndex": 0, "endIndex": 3, "text": "abc"}, "groundingChunkIndices": [0]},
            {"segment": {"startIndex": 2, "endIndex": 90}, "groundingChunkIndices": [0, 7], "confidenceScores": [0.5]},
        ],
    },
    {"groundingSupports": [{"segment": {"endIndex": 2}, "groundingChunkIndices": 5}]},
    {"groundingSupports": [{"segment": {"endIndex": 2}, "groundingChunkIndices": [0], "confidenceScores": 0.5}]},
    {"groundingSupports": [{"segment": {"startIndex": "a", "endIndex": []}, "groundingChunkIndices": ["0"]}]},
    {"groundingSupports": 5, "groundingChunks": {"web": 5}},
    {"webSearchQueries": [{"q": 1}, 5]},
    5,
    [],
]
OTHER_CANDIDATE_FIELDS: list[tuple[str, Any]] = [
    ("safetyRatings", [{"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"}]),
    ("safetyRatings", 5),
    ("citationMetadata", {"citationSources": [{"startIndex": 0, "endIndex": 4, "uri": "https://example.invalid"}]}),
    ("citationMetadata", {"citationSources": "x"}),
    ("urlContextMetadata", {"urlMetadata": [{"retrievedUrl": "https://example.invalid", "urlRetrievalStatus": "X"}]}),
    ("urlContextMetadata", {"urlMetadata": 7}),
    ("finishMessage", "done"),
    ("avgLogprobs", -0.5),
    ("avgLogprobs", "low"),
    ("tokenCount", "many"),
]
PROMPT_FEEDBACK: list[Any] = [
    {"blockReason": "SAFETY"},
    {"blockReason": "SOMETHING_NEW", "safetyRatings": []},
    {"blockReason": 5},
    "blocked",
]


def part(script: Script) -> Any:
    kind = script.pick(16)
    if kind < 6:
        return {"text": script.text()}
    if kind < 8:
        return {"text": script.text(), "thought": True}
    if kind == 8:
        return {"text": script.text(), "thoughtSignature": "c2ln"}
    if kind == 9:
        return {"text": script.text(), "thought": True, "thoughtSignature": "c2ln"}
    if kind == 10:
        return {"text": script.text(), "thought": False}
    if kind < 14:
        return script.choice(OTHER_PARTS)
    return script.choice(BROKEN_PARTS)


def candidate(script: Script) -> Any:
    if script.rarely(24):
        return script.choice([5, "candidate", None, []])
    out: dict[str, Any] = {}
    shape = script.pick(10)
    if shape < 7:
        out["content"] = {"parts": [part(script) for _ in range(script.pick(5))], "role": "model"}
    elif shape == 7:
        out["content"] = script.choice(BROKEN_CONTENTS)
    index = script.pick(8)
    if index < 3:
        out["index"] = index
    elif index == 3:
        out["index"] = script.choice(BROKEN_INDEXES)
    if script.rarely(5):
        out["finishReason"] = script.choice(FINISH_REASONS)
    if script.rarely(6):
        out["groundingMetadata"] = script.choice(GROUNDING)
    if script.rarely(6):
        name, value = script.choice(OTHER_CANDIDATE_FIELDS)
        out[name] = value
    return out


def gemini_event(script: Script) -> bytes:
    """One event's data: a chunk object (usually), or broken data."""
    if script.rarely(12):
        return bytes(script.choice(BROKEN_EVENT_DATA))
    chunk: dict[str, Any] = {}
    shape = script.pick(16)
    if shape < 13:
        chunk["candidates"] = [candidate(script) for _ in range(1 + script.pick(3) // 2)]
    elif shape == 13:
        chunk["candidates"] = script.choice([5, "c", {"0": {}}, None, []])
    if script.pick(3):
        chunk["usageMetadata"] = script.choice(USAGES)
    chunk["modelVersion"] = "gemini-fuzz"
    chunk["responseId"] = "r1"
    if script.rarely(12):
        chunk["promptFeedback"] = script.choice(PROMPT_FEEDBACK)
    return orjson.dumps(chunk)


# --------------------------------------------------------------------------- Interactions events

INTERACTION_OBJECTS: list[Any] = [
    {"id": "v1_abc", "status": "in_progress", "object": "interaction"},
    {
        "id": "v1_abc",
        "status": "completed",
        "steps": [
            {"type": "user_input", "content": [{"type": "text", "text": "hi"}]},
            {"type": "thought", "summary": [{"type": "text", "text": "hm"}]},
            {"type": "model_output", "content": [{"type": "text", "text": "Hello"}, {"type": "image", "data": "iVBO"}]},
        ],
        "usage": {"total_input_tokens": 3, "total_output_tokens": 5},
    },
    {"id": "v1_abc", "outputs": [{"type": "text", "text": "old shape"}]},
    {"id": 5, "status": []},
    {"id": "v1_abc", "steps": "none"},
    {"id": "v1_abc", "steps": [5, {"type": 7}, {"type": "model_output", "content": {"text": "x"}}]},
    {"id": "v1_abc", "usage": {"total_input_tokens": "many"}},
    "interaction",
    None,
]
DELTAS: list[Any] = [
    {"type": "text", "text": "Hel"},
    {"type": "thought_summary", "content": {"type": "text", "text": "thinking"}},
    {"type": "thought_signature", "signature": "c2ln"},
    {"type": "function_call", "name": "f", "arguments": {"a": 1}, "id": "call_1"},
    {"type": "image", "data": "iVBO", "mime_type": "image/png"},
    {"type": "text_annotation_delta", "annotations": [{"type": "url_citation", "url": "https://example.invalid"}]},
    {"type": "something_new", "payload": 1},
    {"type": "text", "text": 5},
    {"type": 5},
    {"text": "no type"},
    5,
    "delta",
    None,
]
STEPS: list[Any] = [
    {"type": "model_output"},
    {"type": "thought"},
    {"type": "function_call", "name": "f", "arguments": {}, "id": "call_1"},
    {"type": "unheard_of"},
    {"type": []},
    "step",
]
EVENT_TYPES: list[Any] = [
    *("interaction.created", "interaction.status_update", "step.start", "step.delta", "step.stop"),
    *("interaction.completed", "error", "interaction.future_event"),
]
BROKEN_EVENT_TYPES: list[Any] = [5, None, [], {}, True]


def interactions_event(script: Script, number: int) -> bytes:
    """One event's data: an event object (usually), the sentinel, or broken data."""
    shape = script.pick(16)
    if shape == 15:
        return bytes(script.choice(BROKEN_EVENT_DATA))
    if shape == 14:
        return b"[DONE]"
    event: dict[str, Any] = {}
    event_type = script.choice(BROKEN_EVENT_TYPES) if script.rarely(16) else script.choice(EVENT_TYPES)
    event["event_type"] = event_type
    if script.pick(4):
        event["event_id"] = script.choice([f"evt_{number}", f"evt_{number}", 5, None])
    if event_type in ("interaction.created", "interaction.completed"):
        event["interaction"] = script.choice(INTERACTION_OBJECTS)
    elif event_type == "interaction.status_update":
        event["interaction_id"] = script.choice(["v1_abc", 5])
        event["status"] = script.choice(["in_progress", "completed", "requires_action", 7])
    elif event_type in ("step.start", "step.delta", "step.stop"):
        event["index"] = script.choice([0, 1, "0", None, -1])
        if event_type == "step.start":
            event["step"] = script.choice(STEPS)
        elif event_type == "step.delta":
            event["delta"] = script.choice(DELTAS)
            if script.rarely(8):
                event["delta"] = {"type": "text", "text": script.text()}
    elif event_type == "error":
        event["error"] = script.choice([{"code": "internal", "message": "boom"}, {"message": 5}, "bad"])
    return orjson.dumps(event)


# --------------------------------------------------------------------------- the body and how it is served


@dataclass
class Body:
    datas: list[bytes]  # each event's data, in order
    pieces: list[bytes]  # the framed body, maybe cut, split into the pieces the transport yields
    cut: bool  # the body was cut short


def frame(script: Script, datas: list[bytes]) -> Body:
    """The events framed as server-sent events, cut at ``script.cut_at`` (modulo the length) if the script says so,
    and split into pieces at ``script.splits`` (modulo the length; repeated points make empty pieces)."""
    framed = bytearray()
    for number, data in enumerate(datas):
        if script.rarely(8):
            framed += b": keep-alive\r\n"
        if script.rarely(6):
            framed += b"id: %d\n" % number
        event_name = script.pick(10)
        if event_name == 9:
            framed += b"event: error\n"
        elif event_name == 8:
            framed += b"event: message\n"
        line_end = script.choice([b"\r\n", b"\n", b"\r"])
        framed += b"data: " + data.replace(b"\n", b"\ndata: ") + line_end + line_end
    body = bytes(framed)
    cut_at = script.cut_at
    cut = cut_at is not None and cut_at % (len(body) + 1) < len(body)
    if cut and cut_at is not None:
        body = body[: cut_at % (len(body) + 1)]
    points = sorted(split % (len(body) + 1) for split in script.splits)
    pieces = [body[start:end] for start, end in zip([0, *points], [*points, len(body)], strict=True)]
    return Body(datas, pieces, cut)


@dataclass
class Server:
    """What the mock transport serves next: one streamed 200 response."""

    pieces: list[bytes] = field(default_factory=list)

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=iter(self.pieces))


@contextmanager
def serving() -> Iterator[tuple[pygenai.Client, Server]]:
    """A client whose every request is answered by the :class:`Server` (retries off: a cut raises at once)."""
    server = Server()
    with (
        httpx2.Client(transport=httpx2.MockTransport(server.handle)) as http,
        pygenai.Client(api_key=API_KEY, base_url="http://fuzz.invalid", http_client=http, max_retries=0) as client,
    ):
        yield client, server


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[pygenai.Client, Server]]:
    with serving() as client_and_server:
        yield client_and_server


def assert_pygenai_error(exc: BaseException, where: str) -> None:
    if not isinstance(exc, PygenaiError):
        raise AssertionError(f"{where} raised {type(exc).__name__}, not a PygenaiError: {exc}") from exc


def read(where: str, accessor: Callable[[], Any]) -> Any:
    """The accessor's value, or None when it raised a PygenaiError; any other exception fails the case."""
    try:
        return accessor()
    except Exception as exc:
        assert_pygenai_error(exc, where)
        return None


class Drain:
    """Iterates a stream to its end. An exception from the stream (a PygenaiError, or the case fails) ends the
    iteration and is kept in ``failure``; the caller's own checks run between items, outside the ``try``."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.failure: BaseException | None = None

    def __iter__(self) -> Iterator[Any]:
        iterator = iter(self._stream)
        while True:
            try:
                item = next(iterator)
            except StopIteration:
                return
            except Exception as exc:
                assert_pygenai_error(exc, "iterating the stream")
                self.failure = exc
                return
            yield item


def sent_objects(datas: list[bytes], stop_at: bytes | None = None) -> list[Any]:
    """The JSON objects of the events sent, up to ``stop_at`` or the first event that is not an object (empty events
    carry nothing and are skipped)."""
    objects: list[Any] = []
    for data in datas:
        if data == stop_at:
            break
        if not data:
            continue
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            break
        if not isinstance(obj, dict):
            break
        objects.append(obj)
    return objects


# --------------------------------------------------------------------------- GenerateContent


def texts_by_candidate(chunks: list[Any]) -> dict[int, tuple[str, str]]:
    """Per candidate index: (answer text, thought text) concatenated over the chunks, as sent."""
    answer: dict[int, list[str]] = {}
    thought: dict[int, list[str]] = {}
    for chunk in chunks:
        for cand in chunk.get("candidates") or []:
            index = cand.get("index", 0)
            answer.setdefault(index, [])
            thought.setdefault(index, [])
            content = cand.get("content")
            for p in content.get("parts") or [] if isinstance(content, dict) else []:
                if isinstance(p, dict) and isinstance(p.get("text"), str):
                    (thought if p.get("thought") is True else answer)[index].append(p["text"])
    return {index: ("".join(answer[index]), "".join(thought[index])) for index in answer}


CHUNK_ACCESSORS = ("text", "thoughts", "function_calls", "outcome", "usage")
RESPONSE_ACCESSORS = (
    *CHUNK_ACCESSORS,
    *("thought_signatures", "parts", "content", "finish_reason", "grounding_metadata", "code_executions"),
    *("url_context", "candidates", "prompt_feedback", "usage_metadata"),
)


def exercise_chunk(chunk: Any, where: str) -> None:
    """The accessors a caller reads per chunk, and validate() (every declared field): each works or raises a
    PygenaiError."""
    for name in CHUNK_ACCESSORS:
        read(f"{where}.{name}", lambda name=name: getattr(chunk, name))
    read(f"{where}.validate()", chunk.validate)


def exercise_response(response: Any, where: str) -> None:
    """Every accessor of a GenerateContent response: it works or raises a PygenaiError."""
    for name in RESPONSE_ACCESSORS:
        read(f"{where}.{name}", lambda name=name: getattr(response, name))
    read(f"{where}.citations()", response.citations)
    read(f"{where}.render_citations()", response.render_citations)
    read(f"{where}.validate()", response.validate)
    read(f"{where}.to_json()", response.to_json)
    read(f"repr({where})", lambda: repr(response))


def gemini_body(raw: bytes) -> Body:
    script = Script(raw)
    datas = [gemini_event(script) for _ in range(1 + script.pick(6))]
    return frame(script, datas)


# One draw per case: hypothesis spends about 0.25 ms per draw on top of about 0.45 ms per case, as much as the stream
# itself costs, so everything a case needs is read from this one byte string (at 100,000 cases a draw is a minute).
cases = st.binary(max_size=160)


@settings()
@given(raw=cases)
def test_generate_content_stream_is_consistent_or_raises_a_pygenai_error(
    served: tuple[pygenai.Client, Server], raw: bytes
) -> None:
    client, server = served
    body = gemini_body(raw)
    note(repr(body))
    server.pieces = body.pieces
    chunks: list[Any] = []
    final: Any = None
    with client.models.generate_content_stream(model="gemini-fuzz", contents="hi") as stream:
        drain = Drain(stream)
        for chunk in drain:
            chunks.append(chunk)
            exercise_chunk(chunk, f"chunk {len(chunks) - 1}")
        failure = drain.failure
        if failure is None:
            final = read("final_response()", stream.final_response)
        else:
            with pytest.raises(PygenaiError):
                stream.final_response()  # a failed stream stays failed
    sent = sent_objects(body.datas)
    assert [chunk.to_dict() for chunk in chunks] == sent[: len(chunks)], "chunks are the objects sent, in order"
    if failure is not None or final is None:  # final_response() may refuse a stream that had no events
        return
    # A GenerateContent stream has no end marker: a body cut between two events (or after a last line without its
    # blank line) completes with the events before the cut. An uncut body delivers them all.
    assert body.cut or len(chunks) == len(sent)
    expected = texts_by_candidate(sent[: len(chunks)])
    merged = final.to_dict().get("candidates") or []
    assert [c.get("index", 0) for c in merged] == sorted(expected)
    for cand in merged:
        assert texts_by_candidate([{"candidates": [cand]}]) == {cand.get("index", 0): expected[cand.get("index", 0)]}
    exercise_response(final, "final_response()")
    answer = read("final_response().text", lambda: final.text)
    if answer is not None and merged:
        assert answer == expected[merged[0].get("index", 0)][0]


# --------------------------------------------------------------------------- Interactions


def exercise_event(event: Any, where: str) -> None:
    """Every reading of an Interactions stream event: validate (reads every declared field), encode, repr, and the
    interaction's ``output_text`` where the event carries one."""
    read(f"{where}.validate()", event.validate)
    read(f"{where}.to_json()", event.to_json)
    read(f"repr({where})", lambda: repr(event))
    interaction = read(f"{where}.interaction", lambda: getattr(event, "interaction", None))
    if interaction is not None:
        read(f"{where}.interaction.output_text", lambda: interaction.output_text)
        read(f"{where}.interaction.validate()", interaction.validate)


def interactions_body(raw: bytes) -> Body:
    script = Script(raw)
    datas = [interactions_event(script, number) for number in range(script.pick(6))]
    if not script.rarely(4):
        datas.append(b"[DONE]")
    return frame(script, datas)


@settings()
@given(raw=cases)
def test_interactions_stream_events_decode_or_raise_a_pygenai_error(
    served: tuple[pygenai.Client, Server], raw: bytes
) -> None:
    from pygenai_generated import interactions_types

    client, server = served
    body = interactions_body(raw)
    note(repr(body))
    server.pieces = body.pieces
    events: list[Any] = []
    with client.interactions.create(model="gemini-fuzz", input="hi", stream=True) as stream:
        drain = Drain(stream)
        for event in drain:
            events.append(event)
            exercise_event(event, f"event {len(events) - 1}")
        failure = drain.failure
    sent = sent_objects(body.datas, stop_at=b"[DONE]")
    assert [event.to_dict() for event in events] == sent[: len(events)], "events are the objects sent, in order"
    for event, obj in zip(events, sent, strict=False):
        tag = obj.get("event_type")
        named = interactions_types._INTERACTIONSSEEVENT_CLASSES.get(tag) if isinstance(tag, str) else None
        assert type(event) is (named or interactions_types.UnknownInteractionSseEvent)
    if failure is None:
        assert b"[DONE]" in body.datas, "a stream without its [DONE] event must raise"
        assert len(events) == len(sent)
        exercise_interaction(stream.final_response(), "final_response()")  # every event merged: the accumulator's


def exercise_interaction(interaction: Any, where: str) -> None:
    """Every accessor of an accumulated ``Interaction`` works or raises a pygenai error, and it encodes and decodes
    back to itself."""
    for name in ("output_text", "function_calls", "thoughts", "thought_signatures", "usage", "steps"):
        read(f"{where}.{name}", lambda name=name: getattr(interaction, name))
    read(f"{where}.text", lambda: interaction.text)
    read(f"{where}.citations()", interaction.citations)
    read(f"{where}.render_citations()", lambda: str(interaction.render_citations()))
    read(f"{where}.validate()", interaction.validate)
    assert type(interaction).from_json(interaction.to_json()) == interaction
