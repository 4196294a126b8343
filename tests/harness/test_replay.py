"""The cassette harness itself: replay, matching on the JSON body, exact SSE bytes, no key in recordings."""

from __future__ import annotations

import gzip
import json
import socket
from pathlib import Path

import httpx2
import pytest
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.request import Request

import pygenai
from tests.harness import recording
from tests.harness.loopback import Canned, serve

GENERATE_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3.5-flash:generateContent"
STREAM_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3.5-flash:streamGenerateContent?alt=sse"
QUESTION = {"contents": [{"parts": [{"text": "What is the capital of France?"}], "role": "user"}]}
STREAM_QUESTION = {"contents": [{"parts": [{"text": "Describe streaming in one sentence."}], "role": "user"}]}
HEADERS = {"x-goog-api-key": recording.FAKE_API_KEY, "content-type": "application/json"}


def shared_body(name: str) -> bytes:
    """The response body stored in a shared cassette, read independently of the replay machinery."""
    path = recording.SHARED_CASSETTES_DIR / name
    cassette = recording.CassetteSerializer.deserialize(path.read_text(encoding="utf-8"))
    body = cassette["interactions"][0]["response"]["body"]["string"]
    return body.encode() if isinstance(body, str) else bytes(body)


# --------------------------------------------------------------------------- replay from hand-written cassettes


@pytest.mark.shared_cassette("generate_content_text.yaml")
def test_hand_written_cassette_replays_its_exact_body() -> None:
    with httpx2.Client() as http:
        response = http.post(GENERATE_URL, headers=HEADERS, content=json.dumps(QUESTION))
    assert response.status_code == 200
    assert response.headers.get_list("vary") == ["Origin", "X-Origin", "Referer"]
    assert response.content == shared_body("generate_content_text.yaml")
    assert response.content.startswith(b'{\n  "candidates": [\n') and response.content.endswith(b"}\n")


@pytest.mark.shared_cassette("generate_content_text.yaml")
def test_body_matches_as_json_data_not_as_text() -> None:
    reordered = '{ "contents" : [ { "role": "user", "parts": [ { "text": "What is the capital of France?" } ] } ] }'
    with httpx2.Client() as http:
        assert http.post(GENERATE_URL, headers=HEADERS, content=reordered).status_code == 200


@pytest.mark.shared_cassette("generate_content_text.yaml")
def test_request_with_a_different_body_does_not_match() -> None:
    other = json.dumps({"contents": [{"parts": [{"text": "What is the capital of Spain?"}], "role": "user"}]})
    with httpx2.Client() as http, pytest.raises(CannotOverwriteExistingCassetteException) as caught:
        http.post(GENERATE_URL, headers=HEADERS, content=other)
    message = str(caught.value)
    assert "json_body" in message
    assert '-          "text": "What is the capital of France?"' in message
    assert '+          "text": "What is the capital of Spain?"' in message


@pytest.mark.shared_cassette("generate_content_text.yaml")
def test_unrecorded_request_fails() -> None:
    with httpx2.Client() as http, pytest.raises(CannotOverwriteExistingCassetteException):
        http.post(GENERATE_URL.replace("gemini-3.5-flash", "gemini-2.5-pro"), headers=HEADERS, json=QUESTION)


@pytest.mark.shared_cassette("generate_content_text.yaml")
def test_a_recorded_response_is_played_once() -> None:
    with httpx2.Client() as http:
        http.post(GENERATE_URL, headers=HEADERS, json=QUESTION)
        with pytest.raises(CannotOverwriteExistingCassetteException):
            http.post(GENERATE_URL, headers=HEADERS, json=QUESTION)


@pytest.mark.shared_cassette("stream_generate_content_text.yaml")
def test_sse_cassette_replays_crlf_framing_byte_for_byte() -> None:
    with httpx2.Client() as http, http.stream("POST", STREAM_URL, headers=HEADERS, json=STREAM_QUESTION) as response:
        body = b"".join(response.iter_bytes())
    assert response.headers["content-type"] == "text/event-stream"
    assert body == shared_body("stream_generate_content_text.yaml")
    frames = body.split(b"\r\n\r\n")
    assert frames[-1] == b"" and len(frames) == 5
    assert all(frame.startswith(b"data: {") and b"\n" not in frame and b"\r" not in frame for frame in frames[:-1])


@pytest.mark.anyio
@pytest.mark.shared_cassette("interactions_stream.yaml")
async def test_async_client_replays_too() -> None:
    url = "https://generativelanguage.googleapis.com/v1beta/interactions?alt=sse"
    payload = {"model": "gemini-3.5-flash", "input": "Hello", "stream": True}
    async with httpx2.AsyncClient() as http:
        response = await http.post(url, headers=HEADERS, json=payload)
    assert response.content == shared_body("interactions_stream.yaml")
    assert response.content.endswith(b"event: done\ndata: [DONE]\n\n")


# --------------------------------------------------------------------------- the json_body matcher


def _request(body: bytes | str | None) -> Request:
    return Request("POST", GENERATE_URL, body, {})


@pytest.mark.parametrize(
    ("sent", "recorded"),
    [
        (b'{"a": 1, "b": [true, null]}', b'{\n  "b": [true, null],\n  "a": 1\n}\n'),
        (None, b""),
        (b"", b"  "),
        (b"plain bytes", b"plain bytes"),
        ('{"text": "°"}', b'{"text": "\\u00b0"}'),
    ],
)
def test_matcher_accepts_the_same_json_value_or_bytes(sent: bytes | str | None, recorded: bytes) -> None:
    recording.json_body(_request(sent), _request(recorded))


@pytest.mark.parametrize(
    ("sent", "recorded"),
    [
        (b'{"a": true}', b'{"a": 1}'),
        (b'{"a": 1}', b'{"a": 1.0}'),
        (b'{"a": [1, 2]}', b'{"a": [2, 1]}'),
        (b'{"a": 1}', b""),
        (b"plain bytes", b"plain  bytes"),
        (b'"x"', b"x"),
    ],
)
def test_matcher_rejects_different_bodies(sent: bytes, recorded: bytes) -> None:
    with pytest.raises(AssertionError, match="request bodies differ"):
        recording.json_body(_request(sent), _request(recorded))


# --------------------------------------------------------------------------- recording against a loopback server


def _record_then_replay(
    tmp_path: Path, canned: Canned, path: str = "/v1beta/x:streamGenerateContent"
) -> tuple[httpx2.Response, httpx2.Response, Path]:
    cassette = tmp_path / "recorded.yaml"
    with serve(canned) as base:
        url = f"{base}{path}"
        with recording.new_vcr(record_mode="all").use_cassette(str(cassette)), httpx2.Client() as http:
            live = http.post(url, headers=HEADERS, json=STREAM_QUESTION)
    with recording.new_vcr(record_mode="none").use_cassette(str(cassette)), httpx2.Client() as http:
        replayed = http.post(url, headers=HEADERS, json=STREAM_QUESTION)
    return live, replayed, cassette


@pytest.mark.parametrize(
    "body",
    [
        b'data: {"text": "a"}\r\n\r\n: keep-alive\r\n\r\ndata: {"text": "caf\xc3\xa9 \xe2\x98\x80"}\r\n\r\n',
        b"data: cr only\r\rdata: lf\n\ndata: trailing space \r\n\r\n",
        b"\xef\xbb\xbfdata: BOM first\n\n",
        b"\x89PNG\r\n\x1a\n\x00\xff binary",
    ],
    ids=["crlf-utf8", "mixed-line-ends", "bom", "binary"],
)
def test_recorded_bytes_come_back_exactly(tmp_path: Path, body: bytes) -> None:
    canned = Canned(headers=[("Content-Type", "text/event-stream")], body=body)
    live, replayed, _ = _record_then_replay(tmp_path, canned)
    assert live.content == body
    assert replayed.content == body
    assert len(canned.received) == 1  # the replay never reached the server


def test_compressed_responses_are_stored_decoded(tmp_path: Path) -> None:
    body = b'{\n  "totalTokens": 12\n}\n'
    canned = Canned(
        headers=[("Content-Type", "application/json"), ("Content-Encoding", "gzip")], body=gzip.compress(body)
    )
    live, replayed, cassette = _record_then_replay(tmp_path, canned)
    assert live.content == replayed.content == body
    assert "totalTokens" in cassette.read_text()


def test_recording_never_writes_the_api_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "live-key-" + "9f8e7d6c5b4a"
    monkeypatch.setenv("GEMINI_API_KEY", secret)
    canned = Canned(
        headers=[("Content-Type", "application/json"), ("X-Echo", f"you sent {secret}"), ("x-goog-api-key", secret)],
        body=json.dumps({"error": {"message": f"API key {secret} not valid"}}).encode(),
    )
    cassette = tmp_path / "recorded.yaml"
    payload = {"contents": [{"parts": [{"text": f"my key is {secret}"}]}]}
    with serve(canned) as base:
        url = f"{base}/v1beta/models/m:generateContent?key={secret}&alt=json"
        headers = {"x-goog-api-key": secret, "Authorization": f"Bearer {secret}"}
        with recording.new_vcr(record_mode="all").use_cassette(str(cassette)), httpx2.Client() as http:
            http.post(url, headers=headers, json=payload)
        text = cassette.read_text()
        assert secret not in text
        assert recording.find_secrets(text) == []
        assert recording.find_secret_headers(recording.CassetteSerializer.deserialize(text)) == []
        assert recording.PROVENANCE.match(text)
        assert "alt=json" in text and "key=" not in text
        # Filtering applies to live requests before matching, so the same request still replays.
        with recording.new_vcr(record_mode="none").use_cassette(str(cassette)), httpx2.Client() as http:
            replayed = http.post(url, headers=headers, json=payload)
    assert replayed.json() == {"error": {"message": f"API key {recording.REDACTED} not valid"}}
    assert len(canned.received) == 1


# --------------------------------------------------------------------------- pytest wiring


def test_cassette_folder_is_per_test_module(vcr_cassette_dir: str) -> None:
    assert Path(vcr_cassette_dir) == recording.CASSETTES_DIR / "harness" / "test_replay"
    assert recording.cassette_dir_for(recording.TESTS_DIR / "runtime" / "test_client.py") == (
        recording.CASSETTES_DIR / "runtime" / "test_client"
    )


def test_network_other_than_loopback_is_blocked(request: pytest.FixtureRequest) -> None:
    assert request.config.getoption("--block-network")
    with socket.socket() as sock, pytest.raises(RuntimeError, match="Network is disabled"):
        sock.settimeout(0.5)
        sock.connect(("192.0.2.1", 443))  # TEST-NET-1: never routable


@pytest.mark.shared_cassette("generate_content_text")
def test_gemini_client_fixture_targets_the_real_host(gemini_client: pygenai.Client) -> None:
    assert isinstance(gemini_client, pygenai.Client)
    assert gemini_client.base_url == "https://generativelanguage.googleapis.com"


@pytest.mark.anyio
@pytest.mark.shared_cassette("generate_content_text")
async def test_async_gemini_client_fixture(async_gemini_client: pygenai.AsyncClient) -> None:
    assert isinstance(async_gemini_client, pygenai.AsyncClient)
    assert async_gemini_client.base_url == "https://generativelanguage.googleapis.com"
