"""The cassettes themselves: each says where it came from, keeps the wire format it claims, and survives storage."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_recording._vcr import load_cassette
from vcr.persisters.filesystem import FilesystemPersister
from vcr.request import Request

from pygenai._core.errors import StreamError
from pygenai._core.sse import ServerSentEvent, SSEDecoder
from pygenai.gemini._accumulate import GenerateContentAccumulator
from tests.harness import recording

CASSETTES = recording.iter_cassettes()


def test_there_are_cassettes_to_check() -> None:
    assert len(CASSETTES) >= 8
    assert (recording.CASSETTES_DIR / "README.md").is_file()


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(recording.CASSETTES_DIR)))
def test_every_cassette_says_what_it_is_modeled_on_or_when_it_was_recorded(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert recording.PROVENANCE.match(text), f"{path.name}: first line must be '# modeled-on: ...' or '# recorded: ...'"
    cassette = recording.CassetteSerializer.deserialize(text)
    assert cassette["interactions"], f"{path.name} holds no interactions"


def response(name: str, number: int = 0) -> tuple[dict[str, Any], bytes]:
    text = (recording.SHARED_CASSETTES_DIR / name).read_text(encoding="utf-8")
    interaction = recording.CassetteSerializer.deserialize(text)["interactions"][number]
    body = interaction["response"]["body"]["string"]
    return interaction, body.encode() if isinstance(body, str) else bytes(body)


def decode(body: bytes) -> tuple[list[ServerSentEvent], SSEDecoder]:
    decoder = SSEDecoder()
    return [*decoder.feed(body), *decoder.close()], decoder


def google_pretty(obj: object) -> bytes:
    text = json.dumps(obj, indent=2, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return (text + "\n").encode()


@pytest.mark.parametrize(
    "name",
    ["generate_content_text.yaml", "generate_content_429_retry_info.yaml", "batch_generate_content_create.yaml"],
)
def test_json_bodies_are_google_pretty_printed_with_a_trailing_newline(name: str) -> None:
    _, body = response(name)
    assert body == google_pretty(json.loads(body))


def test_int64_fields_are_strings() -> None:
    _, body = response("batch_generate_content_create.yaml")
    assert json.loads(body)["metadata"]["batchStats"] == {"requestCount": "3", "pendingRequestCount": "3"}
    _, body = response("generate_content_429_retry_info.yaml")
    details = json.loads(body)["error"]["details"]
    assert details[0]["violations"][0]["quotaValue"] == "250000"
    assert [d["@type"].rsplit(".", 1)[1] for d in details] == ["QuotaFailure", "Help", "RetryInfo"]


@pytest.mark.parametrize("name", ["stream_generate_content_text.yaml", "stream_generate_content_function_calls.yaml"])
def test_generate_content_streams_use_gemini_framing(name: str) -> None:
    interaction, body = response(name)
    assert interaction["request"]["uri"].endswith(":streamGenerateContent?alt=sse")
    frames = re.findall(rb"data: (.*?)\r\n\r\n", body, re.DOTALL)
    assert b"".join(b"data: " + f + b"\r\n\r\n" for f in frames) == body  # nothing else: no event:, no [DONE]
    for frame in frames:
        chunk = json.loads(frame)
        # ": " after keys, "," with no space between members, one line
        assert json.dumps(chunk, separators=(",", ": "), ensure_ascii=False).encode() == frame
        assert set(chunk) == {"candidates", "usageMetadata", "modelVersion", "responseId"}


def test_text_stream_accumulates_with_usage_snapshot_and_final_signature() -> None:
    _, body = response("stream_generate_content_text.yaml")
    events, _ = decode(body)
    accumulator = GenerateContentAccumulator()
    chunks = [json.loads(event.data) for event in events]
    for chunk in chunks:
        accumulator.add(chunk)
    result = accumulator.result()
    parts = result["candidates"][0]["content"]["parts"]
    assert len(parts) == 2
    assert parts[0]["text"].startswith("Streams arrive as small pieces of text: each one a\n")
    assert parts[1]["text"] == "" and parts[1]["thoughtSignature"]
    assert result["usageMetadata"] == chunks[-1]["usageMetadata"]
    assert result["candidates"][0]["finishReason"] == "STOP"


def test_parallel_calls_stream_signs_only_the_first_call() -> None:
    _, body = response("stream_generate_content_function_calls.yaml")
    events, _ = decode(body)
    first = json.loads(events[0].data)["candidates"][0]["content"]["parts"]
    assert [("thoughtSignature" in p, p["functionCall"]["args"]["city"]) for p in first] == [
        (True, "Paris"),
        (False, "London"),
    ]


def test_cut_stream_raises_at_the_end_of_the_body() -> None:
    _, body = response("stream_generate_content_cut.yaml")
    decoder = SSEDecoder()
    assert len(decoder.feed(body)) == 2
    with pytest.raises(StreamError, match="middle of a line"):
        decoder.close()


def test_interactions_stream_has_event_lines_and_ends_with_done() -> None:
    interaction, body = response("interactions_stream.yaml")
    assert interaction["request"]["uri"].endswith("/interactions?alt=sse")
    assert b"\r" not in body
    events, _ = decode(body)
    assert [event.event for event in events] == [
        "interaction.created",
        "interaction.status_update",
        "step.start",
        "step.delta",
        "step.stop",
        "step.start",
        "step.delta",
        "step.delta",
        "step.stop",
        "interaction.completed",
        "done",
    ]
    assert events[-1].data == "[DONE]"
    for event in events[:-1]:
        data = json.loads(event.data)
        assert list(data)[-1] == "event_type" and data["event_type"] == event.event
        assert ", " not in event.data.replace('", "', "")  # compact separators
    usage = json.loads(events[-2].data)["interaction"]["usage"]
    assert usage["input_tokens_by_modality"] == [{"modality": "text", "tokens": 228}]


def test_interactions_bare_error_line_is_a_stray_line_then_the_stream_ends() -> None:
    _, body = response("interactions_stream_bare_error_line.yaml")
    events, decoder = decode(body)
    assert [event.event for event in events] == ["interaction.created", "interaction.status_update"]
    (stray,) = decoder.stray_lines
    assert json.loads(stray)["error"]["code"] == "prohibited_content"


# --------------------------------------------------------------------------- storage round trip

_BODY_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=80) | st.sampled_from(
    ["data: x\r\n\r\n", "\r", "line\x85next\u2028sep", " leading and trailing ", "tab\there\n", "'quote\"s'", "#x: y"]
)


@settings(max_examples=120, deadline=None)
@given(body=_BODY_TEXT.map(str.encode) | st.binary(max_size=80))
def test_any_body_survives_the_cassette_file(body: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("cassette") / "c.yaml"
    request = Request("POST", "https://example.com/v1beta/x?alt=sse", body, {"content-type": ["application/json"]})
    response = {"status": {"code": 200, "message": "OK"}, "headers": {}, "body": {"string": body}}
    FilesystemPersister.save_cassette(
        str(path), {"requests": [request], "responses": [response]}, serializer=recording.CassetteSerializer
    )
    # pytest-recording reads cassettes with this function; it annotates the serializer as a module
    requests, responses = load_cassette(str(path), recording.CassetteSerializer)  # type: ignore[arg-type]
    assert responses[0]["body"]["string"] == body
    assert requests[0].body == body
