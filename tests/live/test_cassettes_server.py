"""The Live replay server itself, driven by a raw ``websockets`` client: it plays each cassette, checks every client
frame and the handshake, fails loudly on a difference, and injects the faults the session's tests rely on."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from pygenai.live._recording import LiveCassette
from tests.harness import live_server
from tests.harness.live_audio import tone
from tests.harness.live_server import CassetteMismatch, CloseWith, Drop, Malformed, ReplayServer, Slow, replay
from tests.harness.recording import FAKE_API_KEY, iter_live_cassettes

OVERLAY = live_server.CASSETTES_DIR.parent / "specs" / "overlays" / "live-endpoint.json"
ENDPOINT = orjson.loads(OVERLAY.read_bytes())["actions"][0]["update"]["x-websocket"]["path"]
# every media blob the cassettes' clients send, by the SHA-256 the cassettes store
MEDIA = {
    hashlib.sha256(pcm).hexdigest(): pcm
    for pcm in (tone(100, 16000, 437), tone(100, 16000, 437, start_ms=100), tone(100, 16000, 330))
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _with_media(value: Any) -> Any:
    """A recorded client message with each digested blob's data put back (from ``MEDIA``)."""
    if isinstance(value, list):
        return [_with_media(item) for item in value]
    if isinstance(value, dict):
        out = {key: _with_media(item) for key, item in value.items()}
        data = value.get("data")
        if isinstance(data, dict) and "sha256" in data:
            out["data"] = base64.b64encode(MEDIA[data["sha256"]]).decode()
        return out
    return value


async def _open(server: ReplayServer, *, path: str | None = None, key: str | None = FAKE_API_KEY) -> ClientConnection:
    headers = {"x-goog-api-key": key} if key else {}
    return await connect(f"ws://127.0.0.1:{server.port}{path or server.cassette.path}", additional_headers=headers)


async def _play(server: ReplayServer) -> list[Any]:
    """Act as the recorded client: send what it sent, check what it received; returns what arrived, in order
    (parsed JSON, ``("close", code, reason)`` or ``"drop"``)."""
    seen: list[Any] = []
    for segment in live_server.segments(server.cassette):
        ws = await _open(server)
        for _, entry in segment.entries:
            if entry["dir"] == "send" and "close" in entry:
                await ws.close(entry["close"], entry["reason"])
            elif entry["dir"] == "send":
                text = orjson.dumps(_with_media(entry["json"])).decode()
                await ws.send(text if entry["kind"] == "text" else text.encode())
            else:
                try:
                    frame = await ws.recv()
                except ConnectionClosed as closed:
                    seen.append("drop" if closed.rcvd is None else ("close", closed.rcvd.code, closed.rcvd.reason))
                    break
                assert isinstance(frame, bytes) == (entry["kind"] == "binary")
                seen.append(orjson.loads(frame))
        await ws.close()
    return seen


# the cassettes whose client media this module can rebuild (the examples' cassettes are replayed by their tests)
HARNESS_CASSETTES = [
    "text_turn",
    "audio_transcription",
    "tool_call_cancellation",
    "interruption",
    "go_away_resumption",
    "drop_resumption",
    "server_error_close",
]


@pytest.mark.parametrize("name", HARNESS_CASSETTES)
@pytest.mark.anyio
async def test_the_recorded_client_replays_each_cassette(name: str) -> None:
    cassette = live_server.load(name)
    with replay(cassette) as server:
        seen = await _play(server)
    expected = [
        e["json"] if "json" in e else "drop" if e.get("drop") else ("close", e["close"], e["reason"])
        for e in cassette.frames
        if e.get("dir") == "recv"
    ]
    assert seen == expected
    assert server.connections == len(live_server.segments(cassette))


@pytest.mark.parametrize("path", iter_live_cassettes(), ids=lambda p: p.stem)
def test_cassettes_name_the_overlay_endpoint_and_say_where_they_come_from(path: Any) -> None:
    cassette = LiveCassette.load(path)
    assert cassette.path == ENDPOINT
    assert set(cassette.provenance) & {"modeled-on", "recorded"}
    assert cassette.model.startswith("models/")
    first = cassette.frames[0]
    assert first["dir"] == "send" and first["json"]["setup"]["model"] == cassette.model
    assert LiveCassette.loads(cassette.dumps()).frames == cassette.frames
    assert path.read_text(encoding="utf-8") == cassette.dumps()  # stored in the canonical layout


def test_server_frames_are_binary_json_as_the_real_server_sends_them() -> None:
    for path in iter_live_cassettes():
        for entry in LiveCassette.load(path).frames:
            if entry.get("dir") == "recv" and "json" in entry:
                assert entry["kind"] == "binary", path.name


def test_client_audio_is_stored_by_length_and_hash_and_server_audio_with_its_data() -> None:
    frames = LiveCassette.load(live_server.LIVE_CASSETTES_DIR / "audio_transcription.json").frames
    sent = [
        f["json"]["realtimeInput"]["audio"] for f in frames if "audio" in f.get("json", {}).get("realtimeInput", {})
    ]
    assert [blob["data"] for blob in sent] == [
        {"bytes": 3200, "sha256": hashlib.sha256(tone(100, 16000, 437)).hexdigest()},
        {"bytes": 3200, "sha256": hashlib.sha256(tone(100, 16000, 437, start_ms=100)).hexdigest()},
    ]
    received = [
        base64.b64decode(part["inlineData"]["data"])
        for f in frames
        if f["dir"] == "recv" and "modelTurn" in f.get("json", {}).get("serverContent", {})
        for part in f["json"]["serverContent"]["modelTurn"]["parts"]
    ]
    assert received == [tone(40, 24000, 220), tone(40, 24000, 220, start_ms=40)]


# --------------------------------------------------------------------------- mismatches fail loudly


@pytest.mark.anyio
async def test_a_different_client_frame_fails_with_a_diff_and_the_client_sees_4400() -> None:
    with pytest.raises(CassetteMismatch) as failure:
        with replay("text_turn") as server:
            ws = await _open(server)
            await ws.send(orjson.dumps({"setup": {"model": "models/gemini-2.0-flash-live-001"}}).decode())
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == live_server.MISMATCH
    assert "connection 1, frame 0: the frame differs from the recording" in closed.value.rcvd.reason
    message = str(failure.value)
    assert '\n-    "model": "models/gemini-live-2.5-flash-preview"\n' in message
    assert '\n+    "model": "models/gemini-2.0-flash-live-001"\n' in message


@pytest.mark.anyio
async def test_audio_is_compared_by_length_and_hash() -> None:
    cassette = LiveCassette.load(live_server.LIVE_CASSETTES_DIR / "audio_transcription.json")
    with pytest.raises(CassetteMismatch, match="frame 2: the frame differs") as failure:
        with replay(cassette) as server:
            ws = await _open(server)
            await ws.send(orjson.dumps(cassette.frames[0]["json"]).decode())
            await ws.recv()
            wrong = base64.b64encode(tone(100, 16000, 438)).decode()  # same length, other samples
            await ws.send(
                orjson.dumps({"realtimeInput": {"audio": {"data": wrong, "mimeType": "audio/pcm;rate=16000"}}}).decode()
            )
            with pytest.raises(ConnectionClosed):
                await ws.recv()
    assert '"sha256": "' in str(failure.value) and '"bytes": 3200' in str(failure.value)


@pytest.mark.anyio
async def test_the_frame_kind_must_match() -> None:
    with pytest.raises(CassetteMismatch, match="a binary frame, recorded text"):
        with replay("text_turn") as server:
            ws = await _open(server)
            await ws.send(
                orjson.dumps(LiveCassette.load(live_server.LIVE_CASSETTES_DIR / "text_turn.json").frames[0]["json"])
            )
            with pytest.raises(ConnectionClosed):
                await ws.recv()


@pytest.mark.anyio
async def test_a_client_that_stops_early_or_never_reconnects_fails() -> None:
    with pytest.raises(CassetteMismatch, match=r"closed the connection .* before sending"):
        with replay("text_turn") as server:
            ws = await _open(server)
            await ws.close()
    cassette = LiveCassette.load(live_server.LIVE_CASSETTES_DIR / "go_away_resumption.json")
    first = live_server.segments(cassette)[0]
    with pytest.raises(CassetteMismatch, match="the recording has 2 connections; the client opened 1"):
        with replay(cassette) as server:
            ws = await _open(server)
            for _, entry in first.entries:
                if entry["dir"] == "send":
                    await ws.send(orjson.dumps(entry["json"]).decode())
                else:
                    await ws.recv()
            await ws.close()


@pytest.mark.anyio
async def test_a_reconnect_must_carry_the_recorded_handle() -> None:
    cassette = LiveCassette.load(live_server.LIVE_CASSETTES_DIR / "go_away_resumption.json")
    first, second = live_server.segments(cassette)
    with pytest.raises(CassetteMismatch, match="reconnected with resumption handle 'stale'"):
        with replay(cassette) as server:
            ws = await _open(server)
            for _, entry in first.entries:
                if entry["dir"] == "send":
                    await ws.send(orjson.dumps(entry["json"]).decode())
                else:
                    await ws.recv()
            await ws.close()
            ws = await _open(server)
            setup = {"setup": {**second.entries[0][1]["json"]["setup"], "sessionResumption": {"handle": "stale"}}}
            await ws.send(orjson.dumps(setup).decode())
            with pytest.raises(ConnectionClosed):
                await ws.recv()


@pytest.mark.parametrize(
    ("path", "key", "reason"),
    [
        ("/ws/other", FAKE_API_KEY, "request path '/ws/other'"),
        (None, None, "no x-goog-api-key header"),
        (f"{ENDPOINT}?key={FAKE_API_KEY}", FAKE_API_KEY, "the API key is in the URL"),
    ],
)
@pytest.mark.anyio
async def test_the_handshake_is_checked(path: str | None, key: str | None, reason: str) -> None:
    with pytest.raises(CassetteMismatch, match=reason):
        with replay("text_turn") as server:
            ws = await _open(server, path=path, key=key)
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            assert closed.value.rcvd is not None and closed.value.rcvd.code == live_server.BAD_HANDSHAKE


# --------------------------------------------------------------------------- faults


async def _setup_and_turn(ws: ClientConnection, cassette: LiveCassette) -> None:
    await ws.send(orjson.dumps(cassette.frames[0]["json"]).decode())
    assert orjson.loads(await ws.recv()) == {"setupComplete": {}}
    await ws.send(orjson.dumps(cassette.frames[2]["json"]).decode())


@pytest.fixture
def text_turn() -> Iterator[LiveCassette]:
    yield LiveCassette.load(live_server.LIVE_CASSETTES_DIR / "text_turn.json")


@pytest.mark.anyio
async def test_drop_aborts_the_connection_without_a_close_frame(text_turn: LiveCassette) -> None:
    with replay(text_turn, Drop(at=4)) as server:
        ws = await _open(server)
        await _setup_and_turn(ws, text_turn)
        assert orjson.loads(await ws.recv()) == text_turn.frames[3]["json"]
        with pytest.raises(ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd is None  # no close frame: 1006 for the client


@pytest.mark.anyio
async def test_close_with_sends_the_code_and_reason(text_turn: LiveCassette) -> None:
    with replay(text_turn, CloseWith(at=3, code=1011, reason="Internal error encountered.")) as server:
        ws = await _open(server)
        await _setup_and_turn(ws, text_turn)
        with pytest.raises(ConnectionClosed) as closed:
            await ws.recv()
    assert closed.value.rcvd is not None
    assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1011, "Internal error encountered.")


@pytest.mark.anyio
async def test_malformed_sends_an_extra_frame_before_the_recorded_one(text_turn: LiveCassette) -> None:
    with replay(text_turn, Malformed(at=3, frame=b"\x00not json")) as server:
        ws = await _open(server)
        await _setup_and_turn(ws, text_turn)
        assert await ws.recv() == b"\x00not json"
        assert orjson.loads(await ws.recv()) == text_turn.frames[3]["json"]
        await ws.close()


@pytest.mark.anyio
async def test_slow_delays_every_server_frame(text_turn: LiveCassette) -> None:
    with replay(text_turn, Slow(0.05)) as server:
        start = time.monotonic()
        await _play(server)
    assert time.monotonic() - start >= 5 * 0.05  # five server frames


def test_a_fault_must_point_at_a_server_frame(text_turn: LiveCassette) -> None:
    with pytest.raises(ValueError, match="frame 2 is not one"):
        ReplayServer(text_turn, (Drop(at=2),))
    with pytest.raises(ValueError, match="frame 99 is not one"):
        ReplayServer(text_turn, (Malformed(at=99),))
