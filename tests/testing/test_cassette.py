"""``pygenai.testing``: users' own tests recorded once against a server, then replayed offline and checked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

import pygenai
import pygenai.testing
from pygenai.testing import CassetteMismatchError
from tests.runtime.loopback_server import Chunked, LoopbackServer, Reply, sse

API = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3.8-flash"
SECRET = "my-real-key-0123456789"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def no_key_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GEMINI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


def answer(text: str) -> dict[str, object]:
    """A generateContent response body holding ``text``."""
    return {
        "candidates": [{"content": {"parts": [{"text": text}], "role": "model"}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {"promptTokenCount": 5, "candidatesTokenCount": 3, "totalTokenCount": 8},
        "modelVersion": "gemini-3.8-flash",
    }


def asked(text: str) -> dict[str, object]:
    """The body pygenai sends for ``contents=text``."""
    return {"contents": [{"role": "user", "parts": [{"text": text}]}]}


def write(path: Path, *exchanges: tuple[str, dict[str, object], dict[str, object] | str]) -> Path:
    """A cassette file: (URL, request JSON, response JSON or SSE text) per exchange."""
    interactions = []
    for url, request, response in exchanges:
        stream = isinstance(response, str)
        interactions.append(
            {
                "request": {"method": "POST", "url": url, "json": request},
                "response": {
                    "status": 200,
                    "headers": {"content-type": "text/event-stream" if stream else "application/json; charset=UTF-8"},
                    "text": response if stream else json.dumps(response, indent=2) + "\n",
                },
            }
        )
    path.write_text(json.dumps({"pygenai_cassette": 1, "interactions": interactions}), encoding="utf-8")
    return path


@pytest.fixture
def two_turns(tmp_path: Path) -> Path:
    return write(
        tmp_path / "two.json",
        (f"{API}:generateContent", asked("Name a colour."), answer("Teal.")),
        (f"{API}:generateContent", asked("Name a fruit."), answer("Quince.")),
    )


# --------------------------------------------------------------------------- replay


def test_replay_answers_each_request_in_order_without_a_key(two_turns: Path) -> None:
    with pygenai.testing.cassette(two_turns) as tape:
        assert tape.mode == "replay"
        client = tape.client()
        assert client.models.generate_content(model="gemini-3.8-flash", contents="Name a colour.").text == "Teal."
        assert client.models.generate_content(model="gemini-3.8-flash", contents="Name a fruit.").text == "Quince."
        assert (tape.played, tape.recordings) == (2, 2)


def test_bodies_match_as_json_values_and_queries_in_any_order(tmp_path: Path) -> None:
    path = write(
        tmp_path / "c.json", (f"{API}:streamGenerateContent?b=2&alt=sse", {"x": 1, "y": [True]}, "data: {}\r\n\r\n")
    )
    with pygenai.testing.cassette(path, mode="replay") as tape, tape.http_client() as http:
        response = http.post(f"{API}:streamGenerateContent?alt=sse&b=2&key=whatever", content=b'{ "y": [true],"x":1 }')
        assert response.text == "data: {}\r\n\r\n"


def test_true_is_not_one(tmp_path: Path) -> None:
    path = write(tmp_path / "c.json", (f"{API}:generateContent", {"flag": True}, answer("ok")))
    tape = pygenai.testing.cassette(path)
    with pytest.raises(CassetteMismatchError, match=r'-\s+"flag": true\n\s+\+\s+"flag": 1'):
        tape.http_client().post(f"{API}:generateContent", json={"flag": 1})


def test_a_changed_body_fails_with_a_diff(two_turns: Path) -> None:
    with pytest.raises(CassetteMismatchError) as caught, pygenai.testing.cassette(two_turns) as tape:
        tape.client().models.generate_content(model="gemini-3.8-flash", contents="Name a color.")
    assert str(caught.value) == (
        f"request 1 does not match recording 1 of {two_turns}:\n"
        "body (- recorded, + sent):\n"
        '         "parts": [\n'
        "           {\n"
        '  -          "text": "Name a colour."\n'
        '  +          "text": "Name a color."\n'
        "           }\n"
        "         ],"
    )
    assert isinstance(caught.value, AssertionError)


def test_a_different_url_fails_showing_both(two_turns: Path) -> None:
    with pytest.raises(CassetteMismatchError) as caught, pygenai.testing.cassette(two_turns) as tape:
        tape.client().models.generate_content(model="gemini-3.8-pro", contents="Name a colour.")
    assert str(caught.value).splitlines()[1:] == [
        f"  recorded: POST {API}:generateContent",
        "  sent:     POST https://generativelanguage.googleapis.com/v1beta/models/gemini-3.8-pro:generateContent",
    ]


def test_a_mismatch_the_code_swallowed_is_raised_at_close(two_turns: Path) -> None:
    tape = pygenai.testing.cassette(two_turns)
    with pytest.raises(CassetteMismatchError):
        tape.client().models.generate_content(model="gemini-3.8-flash", contents="Something else")
    with pytest.raises(CassetteMismatchError, match="request 1 does not match"):
        tape.close()


def test_unplayed_recordings_fail_at_close(two_turns: Path) -> None:
    with pytest.raises(CassetteMismatchError) as caught, pygenai.testing.cassette(two_turns) as tape:
        tape.client().models.generate_content(model="gemini-3.8-flash", contents="Name a colour.")
    assert str(caught.value) == (
        f"1 of 2 recording(s) in {two_turns} never requested; the next one: POST {API}:generateContent"
    )


def test_a_request_after_the_last_recording_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "one.json", (f"{API}:generateContent", asked("Hi"), answer("Hello.")))
    with pygenai.testing.cassette(path) as tape:
        client = tape.client()
        client.models.generate_content(model="gemini-3.8-flash", contents="Hi")
        with pytest.raises(CassetteMismatchError, match=r"request 2 \(POST .*\) was sent, but .* holds 1 recording"):
            client.models.generate_content(model="gemini-3.8-flash", contents="Hi")
        tape._failure = None  # the test saw it; let the block end cleanly


def test_replay_of_a_missing_file_says_how_to_record(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="record it first"):
        pygenai.testing.cassette(tmp_path / "none.json", mode="replay")


def test_a_file_that_is_not_a_cassette_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"interactions": []}')
    with pytest.raises(ValueError, match="not a pygenai cassette"):
        pygenai.testing.cassette(tmp_path / "x.json")


def test_streaming_replay_yields_every_event(tmp_path: Path) -> None:
    events = sse(*(json.dumps(answer(word)) for word in ("Waves ", "fold ", "light.")))
    path = write(tmp_path / "s.json", (f"{API}:streamGenerateContent?alt=sse", asked("Sea"), b"".join(events).decode()))
    with pygenai.testing.cassette(path) as tape:
        stream = tape.client().models.generate_content_stream(model="gemini-3.8-flash", contents="Sea")
        assert [chunk.text for chunk in stream] == ["Waves ", "fold ", "light."]


@pytest.mark.anyio
async def test_async_client_replays(two_turns: Path) -> None:
    async with pygenai.testing.cassette(two_turns) as tape:
        client = tape.async_client()
        first = await client.models.generate_content(model="gemini-3.8-flash", contents="Name a colour.")
        second = await client.models.generate_content(model="gemini-3.8-flash", contents="Name a fruit.")
        assert (first.text, second.text) == ("Teal.", "Quince.")


@pytest.mark.anyio
async def test_async_mismatch_raises_the_typed_error(two_turns: Path) -> None:
    with pytest.raises(CassetteMismatchError, match="request 1 does not match"):
        async with pygenai.testing.cassette(two_turns) as tape:
            await tape.async_client().models.generate_content(model="gemini-3.8-flash", contents="Name a dog.")


def test_a_client_keeps_the_key_it_is_given(two_turns: Path) -> None:
    with pygenai.testing.cassette(two_turns) as tape:
        with pytest.raises(TypeError, match="sends through the cassette"):
            tape.client(http_client=httpx2.Client())
        client = tape.client(api_key="given-key-0000")
        assert client.models.generate_content(model="gemini-3.8-flash", contents="Name a colour.").text == "Teal."
        assert client.models.generate_content(model="gemini-3.8-flash", contents="Name a fruit.").text == "Quince."


# --------------------------------------------------------------------------- record


def test_record_writes_the_file_without_the_key_then_replays_it(tmp_path: Path, server: LoopbackServer) -> None:
    # the server echoes the key in its answer: the cassette must not keep it there either
    server.add(Reply(body=answer(f"Your key {SECRET} works."), headers={"set-cookie": "session=abc"}))
    path = tmp_path / "recorded" / "hello.json"
    with pygenai.testing.cassette(path) as tape:  # auto: no file yet, so it records
        assert tape.mode == "record"
        client = tape.client(api_key=SECRET, base_url=server.url)
        recorded = client.models.generate_content(model="gemini-3.8-flash", contents="Say hello")
    assert recorded.text == f"Your key {SECRET} works."  # your code sees the real answer
    assert server.requests[0].headers["x-goog-api-key"] == SECRET

    text = path.read_text(encoding="utf-8")
    assert SECRET not in text and "x-goog-api-key" not in text and "set-cookie" not in text
    stored = json.loads(text)["interactions"][0]
    assert stored["request"] == {
        "method": "POST",
        "url": f"{server.url}/v1beta/models/gemini-3.8-flash:generateContent",
        "json": asked("Say hello"),
    }
    assert json.loads(stored["response"]["text"])["candidates"][0]["content"]["parts"][0]["text"] == (
        "Your key REDACTED works."
    )

    with pygenai.testing.cassette(path) as tape:  # auto: the file exists, so it replays
        assert tape.mode == "replay"
        client = tape.client(base_url=server.url)
        replayed = client.models.generate_content(model="gemini-3.8-flash", contents="Say hello")
    assert replayed.text == "Your key REDACTED works."
    assert len(server.requests) == 1  # the replay never reached the server


def test_record_drops_the_key_query_parameter(tmp_path: Path, server: LoopbackServer) -> None:
    server.add(Reply(body={"ok": True}))
    path = tmp_path / "q.json"
    with pygenai.testing.cassette(path, mode="record") as tape, tape.http_client() as http:
        http.get(f"{server.url}/v1beta/models?key={SECRET}&pageSize=5")
    assert server.requests[0].query == [("key", SECRET), ("pageSize", "5")]
    text = path.read_text(encoding="utf-8")
    assert SECRET not in text
    assert json.loads(text)["interactions"][0]["request"] == {
        "method": "GET",
        "url": f"{server.url}/v1beta/models?pageSize=5",
    }


def test_a_failed_block_writes_no_file(tmp_path: Path, server: LoopbackServer) -> None:
    server.add(Reply(body=answer("Hi")))
    path = tmp_path / "broken.json"
    with pytest.raises(RuntimeError, match="app failed"), pygenai.testing.cassette(path) as tape:
        tape.client(api_key=SECRET, base_url=server.url).models.generate_content(model="gemini-3.8-flash", contents="x")
        raise RuntimeError("app failed")
    assert not path.exists()


def test_record_stores_a_stream_whole_and_replays_it(tmp_path: Path, server: LoopbackServer) -> None:
    pieces = sse(*(json.dumps(answer(word)) for word in ("Moon ", "on ", "water.")))
    server.add(Chunked(pieces, pause=0.01))
    path = tmp_path / "stream.json"
    with pygenai.testing.cassette(path, mode="record") as tape:
        stream = tape.client(api_key=SECRET, base_url=server.url).models.generate_content_stream(
            model="gemini-3.8-flash", contents="Night"
        )
        assert [chunk.text for chunk in stream] == ["Moon ", "on ", "water."]
    response = json.loads(path.read_text(encoding="utf-8"))["interactions"][0]["response"]
    assert response["text"] == b"".join(pieces).decode()
    assert response["headers"] == {"content-type": "text/event-stream"}  # chunked framing dropped

    with pygenai.testing.cassette(path) as tape:
        stream = tape.client(base_url=server.url).models.generate_content_stream(
            model="gemini-3.8-flash", contents="Night"
        )
        assert [chunk.text for chunk in stream] == ["Moon ", "on ", "water."]


@pytest.mark.anyio
async def test_async_record_then_replay(tmp_path: Path, server: LoopbackServer) -> None:
    server.add(Reply(body=answer("Async hello.")))
    path = tmp_path / "async.json"
    async with pygenai.testing.cassette(path) as tape:
        client = tape.async_client(api_key=SECRET, base_url=server.url)
        assert (await client.models.generate_content(model="gemini-3.8-flash", contents="Hi")).text == "Async hello."
    assert SECRET not in path.read_text(encoding="utf-8")
    async with pygenai.testing.cassette(path, mode="replay") as tape:
        client = tape.async_client(base_url=server.url)
        assert (await client.models.generate_content(model="gemini-3.8-flash", contents="Hi")).text == "Async hello."
    assert len(server.requests) == 1


def test_record_sends_through_the_given_transport(tmp_path: Path, server: LoopbackServer) -> None:
    server.add(Reply(body=answer("Via proxy.")))
    seen: list[str] = []

    class Watching(httpx2.HTTPTransport):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            seen.append(str(request.url))
            return super().handle_request(request)

    with Watching() as real, pygenai.testing.cassette(tmp_path / "t.json", transport=real) as tape:
        client = tape.client(api_key=SECRET, base_url=server.url)
        assert client.models.generate_content(model="gemini-3.8-flash", contents="x").text == "Via proxy."
    assert seen == [f"{server.url}/v1beta/models/gemini-3.8-flash:generateContent"]


def test_binary_bodies_round_trip(tmp_path: Path, server: LoopbackServer) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\xff"
    server.add(Reply(body=png, headers={"content-type": "image/png"}))
    path = tmp_path / "bin.json"
    with pygenai.testing.cassette(path) as tape, tape.http_client() as http:
        assert http.post(f"{server.url}/upload", content=png).content == png
    stored = json.loads(path.read_text(encoding="utf-8"))["interactions"][0]
    assert "base64" in stored["request"] and "base64" in stored["response"]
    with pygenai.testing.cassette(path) as tape, tape.http_client() as http:
        assert http.post(f"{server.url}/upload", content=png).content == png
        with pytest.raises(CassetteMismatchError):
            http.post(f"{server.url}/upload", content=png + b"!")
        tape._failure = None


def test_import_pygenai_does_not_load_the_testing_package() -> None:
    import subprocess
    import sys

    code = "import sys, pygenai; assert 'pygenai.testing' not in sys.modules; import pygenai.testing"
    subprocess.run([sys.executable, "-c", code], check=True)
