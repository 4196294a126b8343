"""The recorder (``pygenai.live._recording``): frames in the cassette format, media digested, secrets scrubbed, and
a recorded session that replays against the loopback server."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

import orjson
import pytest

from pygenai import LiveConnectionClosedError
from pygenai._io._async.websocket import connect_websocket
from pygenai.live._async.recording import RecordingConnection
from pygenai.live._recording import (
    REDACTED,
    CassetteRecorder,
    LiveCassette,
    digest_media,
    find_credentials,
    frame_entry,
    scrub,
)
from tests.harness import live_server
from tests.harness.live_audio import tone
from tests.harness.live_server import Drop, replay
from tests.harness.recording import FAKE_API_KEY

SECRET = "AI" + "za" + "Sy" + "plantedKeyValue0123456789abcdefghijk"  # built here: no key-shaped string in the repo


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_client_media_is_stored_by_length_and_hash() -> None:
    pcm = tone(100, 16000, 437)
    message = {"realtimeInput": {"audio": {"data": base64.b64encode(pcm).decode(), "mimeType": "audio/pcm;rate=16000"}}}
    entry = frame_entry("send", orjson.dumps(message).decode())
    assert entry == {
        "dir": "send",
        "kind": "text",
        "json": {
            "realtimeInput": {
                "audio": {
                    "data": {"bytes": 3200, "sha256": hashlib.sha256(pcm).hexdigest()},
                    "mimeType": message["realtimeInput"]["audio"]["mimeType"],
                }
            }
        },
    }


def test_server_media_keeps_its_data() -> None:
    data = base64.b64encode(tone(40, 24000, 220)).decode()
    message = {"serverContent": {"modelTurn": {"parts": [{"inlineData": {"mimeType": "audio/pcm", "data": data}}]}}}
    assert frame_entry("recv", orjson.dumps(message)) == {"dir": "recv", "kind": "binary", "json": message}


def test_data_that_is_not_base64_is_kept_so_the_comparison_still_sees_it() -> None:
    message = {"realtimeInput": {"video": {"mimeType": "image/jpeg", "data": "not base64!"}}}
    assert digest_media(message) == message


def test_frames_that_are_not_json_are_stored_raw() -> None:
    assert frame_entry("recv", "oops") == {"dir": "recv", "kind": "text", "raw": "oops"}
    assert frame_entry("recv", b"\xff\x00") == {"dir": "recv", "kind": "binary", "rawBase64": "/wA="}


@pytest.mark.parametrize(
    ("message", "scrubbed"),
    [
        ({"setup": {"apiKey": "k-1"}}, {"setup": {"apiKey": REDACTED}}),
        ({"authToken": "t-1", "access_token": "t-2", "x-goog-api-key": "k-2"}, None),
        ({"text": f"my key is {SECRET}"}, {"text": f"my key is {REDACTED}"}),
        ({"usageMetadata": {"promptTokenCount": 3, "tokenCount": 4}}, "same"),
        ({"args": {"key": "user value"}}, {"args": {"key": REDACTED}}),
    ],
)
def test_scrub_removes_the_key_and_credential_fields(message: dict[str, Any], scrubbed: Any) -> None:
    result = scrub(message, [SECRET])
    if scrubbed == "same":
        assert result == message
    elif scrubbed is None:
        assert set(result.values()) == {REDACTED}
    else:
        assert result == scrubbed
    assert find_credentials(result) == []
    assert SECRET not in orjson.dumps(result).decode()


class FakeConnection:
    """A scripted connection: ``receive`` returns the frames given, then raises the close."""

    def __init__(self, frames: list[str | bytes], close: LiveConnectionClosedError) -> None:
        self.frames = frames
        self.close_error = close
        self.sent: list[str | bytes] = []
        self.closed_code: int | None = None

    async def send_text(self, text: str) -> None:
        self.sent.append(text)

    async def send_bytes(self, data: bytes) -> None:
        self.sent.append(data)

    async def receive(self) -> str | bytes:
        if self.frames:
            return self.frames.pop(0)
        raise self.close_error

    async def close(self, code: int = 1000, reason: str = "") -> None:
        self.closed_code = code


@pytest.mark.anyio
async def test_the_recorder_writes_every_frame_closes_and_reconnections(tmp_path: Path) -> None:
    file = tmp_path / "session.json"
    recorder = CassetteRecorder(file, model="models/m", path="/ws/x", secrets=[SECRET])
    first = RecordingConnection(
        FakeConnection([b'{"setupComplete":{}}'], LiveConnectionClosedError(1006, "")), recorder
    )
    await first.send_text(orjson.dumps({"setup": {"model": "models/m", "note": SECRET}}).decode())
    assert await first.receive() == b'{"setupComplete":{}}'
    with pytest.raises(LiveConnectionClosedError):
        await first.receive()
    assert file.is_file()  # written when the connection ended
    second = RecordingConnection(FakeConnection(["{}"], LiveConnectionClosedError(1011, f"bad {SECRET}")), recorder)
    await second.send_bytes(orjson.dumps({"setup": {"model": "models/m", "sessionResumption": {"handle": "h1"}}}))
    await second.receive()
    with pytest.raises(LiveConnectionClosedError):
        await second.receive()
    await second.close()
    assert second.closed_code == 1000  # attributes of the wrapped connection pass through
    text = file.read_text()
    assert SECRET not in text
    cassette = LiveCassette.loads(text)
    assert cassette.provenance["recorded"].endswith("by pygenai.live._recording.CassetteRecorder")
    assert (cassette.model, cassette.path) == ("models/m", "/ws/x")
    assert cassette.frames == [
        {"dir": "send", "kind": "text", "json": {"setup": {"model": "models/m", "note": REDACTED}}},
        {"dir": "recv", "kind": "binary", "json": {"setupComplete": {}}},
        {"dir": "recv", "drop": True},
        {"reconnect": {"handle": "h1"}},
        {
            "dir": "send",
            "kind": "binary",
            "json": {"setup": {"model": "models/m", "sessionResumption": {"handle": "h1"}}},
        },
        {"dir": "recv", "kind": "text", "json": {}},
        {"dir": "recv", "close": 1011, "reason": f"bad {REDACTED}"},
    ]


# --------------------------------------------------------------------------- record, then replay what was recorded


async def _drive(url: str, recorder: CassetteRecorder | None, cassette: LiveCassette) -> list[Any]:
    """A minimal client on the runtime's WebSocket: per connection of ``cassette``, send its client frames and read
    the server's, optionally through the recorder; returns what it received."""
    seen: list[Any] = []
    for segment in live_server.segments(cassette):
        async with connect_websocket(
            url, headers={"x-goog-api-key": FAKE_API_KEY}, http_client=None, open_timeout=5, max_frame_bytes=2**20
        ) as raw:
            ws = RecordingConnection(raw, recorder) if recorder is not None else raw
            for _, entry in segment.entries:
                if entry["dir"] == "send" and "close" in entry:
                    await ws.close(entry["close"], entry["reason"])
                elif entry["dir"] == "send":
                    await ws.send_text(orjson.dumps(entry["json"]).decode())
                else:
                    try:
                        frame = await ws.receive()
                    except LiveConnectionClosedError as closed:
                        seen.append((closed.code, closed.reason))
                        break
                    seen.append(orjson.loads(frame))
    return seen


@pytest.mark.parametrize("name", ["text_turn", "go_away_resumption", "drop_resumption", "server_error_close"])
@pytest.mark.anyio
async def test_a_recorded_session_replays_with_identical_frames(name: str, tmp_path: Path) -> None:
    original = live_server.load(name)
    file = tmp_path / f"{name}.json"
    recorder = CassetteRecorder(file, model=original.model, path=original.path, secrets=[FAKE_API_KEY])
    with replay(original) as server:
        first = await _drive(server.ws_url, recorder, original)
    recorded = LiveCassette.load(file)
    with replay(recorded) as server:
        second = await _drive(server.ws_url, None, recorded)
    assert first == second
    assert FAKE_API_KEY not in file.read_text()
    # the recording holds the original's frames (plus the client's own closes the original leaves implicit)
    assert [f for f in recorded.frames if f.get("dir") != "send" or "close" not in f] == [
        f for f in original.frames if f.get("dir") != "send" or "close" not in f
    ]


@pytest.mark.anyio
async def test_a_dropped_connection_is_recorded_as_a_drop(tmp_path: Path) -> None:
    original = live_server.load("text_turn")
    recorder = CassetteRecorder(tmp_path / "c.json", model=original.model, path=original.path)
    with replay(original, Drop(at=4), complete=False) as server:
        seen = await _drive(server.ws_url, recorder, original)
    assert seen[-1] == (1006, seen[-1][1])
    assert LiveCassette.load(tmp_path / "c.json").frames[-1] == {"dir": "recv", "drop": True}


def test_the_sync_recorder_records_what_the_sync_transport_exchanged(tmp_path: Path) -> None:
    from pygenai._io._sync.websocket import connect_websocket as connect_websocket_sync
    from pygenai.live._sync.recording import RecordingConnection as SyncRecordingConnection

    original = live_server.load("text_turn")
    file = tmp_path / "sync.json"
    recorder = CassetteRecorder(file, model=original.model, path=original.path, secrets=[FAKE_API_KEY])
    with replay(original) as server:
        with connect_websocket_sync(
            server.ws_url,
            headers={"x-goog-api-key": FAKE_API_KEY},
            http_client=None,
            open_timeout=5,
            max_frame_bytes=2**20,
        ) as raw:
            ws = SyncRecordingConnection(raw, recorder)
            for entry in original.frames:
                if entry["dir"] == "send" and "close" in entry:
                    ws.close(entry["close"], entry["reason"])
                elif entry["dir"] == "send":
                    ws.send_text(orjson.dumps(entry["json"]).decode())
                else:
                    assert orjson.loads(ws.receive()) == entry["json"]
    assert LiveCassette.load(file).frames == original.frames
