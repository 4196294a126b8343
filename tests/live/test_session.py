"""The Live session shells over an in-memory connection: turns, tools, cancellation, interruption, resumption."""

from __future__ import annotations

import base64
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import orjson
import pytest

import pygenai
from pygenai import LiveConnectionClosedError, LiveSetupError, RetryPolicy
from pygenai.live import (
    GoAway,
    Interrupted,
    LiveProtocol,
    Reconnected,
    ResumptionUpdate,
    TextDelta,
    ToolCall,
    ToolCallCancellation,
    TurnComplete,
)
from pygenai.live._async.session import AsyncLiveSession
from pygenai.live._sync.session import LiveSession

MODEL = "gemini-live-test"
SETUP_COMPLETE = {"setupComplete": {}}
Frame = dict[str, Any] | str | bytes | LiveConnectionClosedError


def text(content: str, *, done: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = {"modelTurn": {"parts": [{"text": content}]}}
    if done:
        body["turnComplete"] = True
    return {"serverContent": body}


TURN_COMPLETE = {"serverContent": {"turnComplete": True}}


class FakeConnection:
    """One in-memory WebSocket: what the client sends is recorded (parsed) and handed to the peer's script."""

    def __init__(self, peer: FakePeer, number: int) -> None:
        self.peer = peer
        self.number = number
        self.sent: list[dict[str, Any]] = []
        self.closed_by_client: tuple[int, str] | None = None
        self._closed: LiveConnectionClosedError | None = None
        self._inbox: deque[Frame] = deque()
        self._arrived = anyio.Event()

    def push(self, *frames: Frame) -> None:
        self._inbox.extend(frames)
        self._arrived.set()

    def drop(self, code: int = 1006, reason: str = "") -> None:
        self.push(LiveConnectionClosedError(code, reason))

    async def send_text(self, text: str) -> None:
        if self._closed is not None:
            raise self._closed
        message = orjson.loads(text)
        self.sent.append(message)
        await self.peer.script(self, message)

    async def receive(self) -> str | bytes:
        if self._closed is not None:
            raise self._closed
        while not self._inbox:
            self._arrived = anyio.Event()
            await self._arrived.wait()
        item = self._inbox.popleft()
        if isinstance(item, LiveConnectionClosedError):
            self._closed = item
            raise item
        return item if isinstance(item, (str, bytes)) else orjson.dumps(item)

    async def close(self, code: int = 1000, reason: str = "") -> None:
        self.closed_by_client = (code, reason)
        self._closed = LiveConnectionClosedError(code, reason)


Script = Callable[[FakeConnection, dict[str, Any]], Awaitable[None]]


class FakePeer:
    """The server side: opens connections; ``script(connection, message)`` answers each client message."""

    def __init__(self, script: Script | None = None, *, fail_opens: int = 0) -> None:
        self.connections: list[FakeConnection] = []
        self._script = script
        self.fail_opens = fail_opens

    async def script(self, connection: FakeConnection, message: dict[str, Any]) -> None:
        if "setup" in message:
            connection.push(SETUP_COMPLETE)
        if self._script is not None:
            await self._script(connection, message)

    async def open(self) -> FakeConnection:
        if self.fail_opens:
            self.fail_opens -= 1
            raise LiveConnectionClosedError(1006, "refused")
        connection = FakeConnection(self, len(self.connections))
        self.connections.append(connection)
        return connection

    def sent(self, kind: str) -> list[dict[str, Any]]:
        return [m[kind] for c in self.connections for m in c.sent if kind in m]


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def random(self) -> float:
        return 1.0

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def session(
    peer: FakePeer, config: dict[str, Any] | None = None, clock: FakeClock | None = None, retries: int = 2
) -> AsyncLiveSession:
    return AsyncLiveSession(
        LiveProtocol(MODEL, config),
        peer.open,
        retry_policy=RetryPolicy(max_retries=retries, initial_delay=1.0),
        clock=clock or FakeClock(),
    )


async def collect_turn(live: AsyncLiveSession) -> list[Any]:
    events = []
    async for event in live.receive():
        events.append(event)
        if isinstance(event, TurnComplete):
            break
    return events


# --------------------------------------------------------------------------- turns


@pytest.mark.anyio
async def test_a_text_turn_is_sent_and_its_answer_read() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "clientContent" in message:
            connection.push(
                text("Par"), b'{"serverContent": {"modelTurn": {"parts": [{"text": "is"}]}}}', TURN_COMPLETE
            )

    peer = FakePeer(script)
    async with session(peer, {"response_modalities": ["TEXT"]}) as live:
        assert live.protocol.setup_complete
        await live.send_text("Capital of France?")
        assert await live.receive_text() == "Paris"
    (connection,) = peer.connections
    assert connection.sent == [
        {"setup": {"model": f"models/{MODEL}", "generationConfig": {"responseModalities": ["TEXT"]}}},
        {
            "clientContent": {
                "turns": [{"role": "user", "parts": [{"text": "Capital of France?"}]}],
                "turnComplete": True,
            }
        },
    ]
    assert connection.closed_by_client == (1000, "")


@pytest.mark.anyio
async def test_receive_audio_joins_the_pcm_of_one_turn_and_audio_is_sent_in_chunks() -> None:
    pcm = bytes(range(256)) * 20

    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if message.get("realtimeInput", {}).get("audioStreamEnd"):
            for start in (0, 2000):
                data = base64.b64encode(pcm[start : start + 2000]).decode()
                part = {"inlineData": {"mimeType": "audio/pcm;rate=24000", "data": data}}
                connection.push({"serverContent": {"modelTurn": {"parts": [part]}}})
            connection.push(TURN_COMPLETE)

    peer = FakePeer(script)
    async with session(peer, {"response_modalities": ["AUDIO"]}) as live:
        await live.send_audio(b"\x01\x00" * 4000)  # 8000 bytes at 16 kHz: 3200 + 3200 + 1600
        await live.audio_stream_end()
        assert await live.receive_audio() == pcm[:4000]
    audio = [m["audio"] for m in peer.sent("realtimeInput") if "audio" in m]
    assert [len(base64.b64decode(a["data"])) for a in audio] == [3200, 3200, 1600]
    assert {a["mimeType"] for a in audio} == {"audio/pcm;rate=16000"}


@pytest.mark.anyio
async def test_images_and_activity_markers_are_sent_as_realtime_input() -> None:
    peer = FakePeer()
    async with session(peer, {"automatic_activity_detection": False}) as live:
        await live.activity_start()
        await live.send_video_frame(b"\xff\xd8")
        await live.send_image(b"\x89PNG", mime_type="image/png")
        await live.send_realtime_text("hi")
        await live.activity_end()
    assert peer.sent("realtimeInput") == [
        {"activityStart": {}},
        {"video": {"data": "/9g=", "mimeType": "image/jpeg"}},
        {"video": {"data": "iVBORw==", "mimeType": "image/png"}},
        {"text": "hi"},
        {"activityEnd": {}},
    ]


@pytest.mark.anyio
async def test_interruption_is_an_event_and_state() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "clientContent" in message:
            connection.push(text("Once upon"), {"serverContent": {"interrupted": True}}, TURN_COMPLETE)

    async with session(FakePeer(script)) as live:
        await live.send_text("story")
        events = await collect_turn(live)
        assert events == [TextDelta("Once upon"), Interrupted(), TurnComplete()]
        assert live.protocol.interrupted


# --------------------------------------------------------------------------- tools


@pytest.mark.anyio
async def test_a_tool_call_runs_and_its_response_is_sent() -> None:
    seen: list[str] = []

    def get_weather(city: str) -> str:
        """The weather."""
        seen.append(city)
        return f"sunny in {city}"

    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "clientContent" in message:
            call = {"id": "c1", "name": "get_weather", "args": {"city": "Oslo"}}
            connection.push({"toolCall": {"functionCalls": [call]}})
        if "toolResponse" in message:
            connection.push(text("It is sunny.", done=True))

    peer = FakePeer(script)
    async with session(peer, {"tools": [get_weather]}) as live:
        await live.send_text("Weather in Oslo?")
        events = await collect_turn(live)
    assert isinstance(events[0], ToolCall) and events[0].calls[0].args == {"city": "Oslo"}
    assert events[1:] == [TextDelta("It is sunny."), TurnComplete()]
    assert seen == ["Oslo"]
    assert peer.sent("toolResponse") == [
        {"functionResponses": [{"id": "c1", "name": "get_weather", "response": {"result": "sunny in Oslo"}}]}
    ]
    assert peer.sent("setup")[0]["tools"][0]["functionDeclarations"][0]["name"] == "get_weather"


@pytest.mark.anyio
async def test_a_failing_tool_answers_with_its_error() -> None:
    def broken() -> str:
        """Fails."""
        raise RuntimeError("no network")

    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "clientContent" in message:
            connection.push({"toolCall": {"functionCalls": [{"id": "x", "name": "broken"}]}})
        if "toolResponse" in message:
            connection.push(TURN_COMPLETE)

    peer = FakePeer(script)
    async with session(peer, {"tools": [broken]}) as live:
        await live.send_text("go")
        await collect_turn(live)
    assert peer.sent("toolResponse") == [
        {"functionResponses": [{"id": "x", "name": "broken", "response": {"error": "RuntimeError: no network"}}]}
    ]


@pytest.mark.anyio
async def test_a_cancelled_tool_call_stops_and_sends_no_response() -> None:
    started = anyio.Event()
    cancelled: list[bool] = []

    async def slow_search(query: str) -> str:
        """Searches for a long time."""
        started.set()
        try:
            await anyio.sleep(60)
        except anyio.get_cancelled_exc_class():
            cancelled.append(True)
            raise
        return "found"

    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "clientContent" in message:
            connection.push(
                {"toolCall": {"functionCalls": [{"id": "s1", "name": "slow_search", "args": {"query": "q"}}]}}
            )

    peer = FakePeer(script)
    async with session(peer, {"tools": [slow_search]}) as live:
        await live.send_text("search")
        events = []
        with anyio.fail_after(5):
            async for event in live.receive():
                events.append(event)
                if isinstance(event, ToolCall):
                    await started.wait()
                    peer.connections[0].push({"toolCallCancellation": {"ids": ["s1"]}}, TURN_COMPLETE)
                if isinstance(event, TurnComplete):
                    break
        assert live.protocol.pending_tool_calls == {}
    assert isinstance(events[0], ToolCall)
    assert events[1:] == [ToolCallCancellation(("s1",)), TurnComplete()]
    assert cancelled == [True]
    assert peer.sent("toolResponse") == []


@pytest.mark.anyio
async def test_calls_of_tools_not_in_the_config_are_left_to_the_caller() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "clientContent" in message:
            connection.push({"toolCall": {"functionCalls": [{"id": "e1", "name": "external"}]}})
        if "toolResponse" in message:
            connection.push(TURN_COMPLETE)

    peer = FakePeer(script)
    async with session(peer) as live:
        await live.send_text("go")
        async for event in live.receive():
            if isinstance(event, ToolCall):
                call = event.calls[0]
                await live.send_tool_response([pygenai.ToolResult.success(call, {"ok": True})])
            if isinstance(event, TurnComplete):
                break
    assert peer.sent("toolResponse") == [
        {"functionResponses": [{"id": "e1", "name": "external", "response": {"result": {"ok": True}}}]}
    ]


# --------------------------------------------------------------------------- resumption


HANDLE = {"sessionResumptionUpdate": {"newHandle": "h1", "resumable": True}}


@pytest.mark.anyio
async def test_a_drop_mid_turn_reconnects_with_the_handle_and_resends_the_turn() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "setup" in message:
            connection.push(HANDLE)
        if "clientContent" in message:
            if connection.number == 0:
                connection.push(text("Par"))
                connection.drop(1006)
            else:
                connection.push(text("Paris", done=True))

    peer = FakePeer(script)
    clock = FakeClock()
    async with session(peer, {"session_resumption": True}, clock) as live:
        await live.send_text("Capital of France?")
        events = await collect_turn(live)
        assert live.reconnects == 1
    assert events == [
        ResumptionUpdate("h1", True),
        TextDelta("Par"),
        Reconnected(1, 1),
        ResumptionUpdate("h1", True),
        TextDelta("Paris"),
        TurnComplete(),
    ]
    first, second = peer.connections
    assert "handle" not in first.sent[0]["setup"]["sessionResumption"]
    assert second.sent[0]["setup"]["sessionResumption"] == {"handle": "h1"}
    assert second.sent[1] == first.sent[1]  # the unanswered turn, sent again
    assert clock.sleeps == []  # the first reconnect is immediate


@pytest.mark.anyio
async def test_go_away_when_idle_moves_to_a_new_connection_at_once() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "setup" in message:
            connection.push(HANDLE)
        if "clientContent" in message:
            connection.push(text("ok", done=True), {"goAway": {"timeLeft": "10s"}})

    peer = FakePeer(script)
    async with session(peer, {"session_resumption": True}) as live:
        await live.send_text("hi")
        events = [e for e in await collect_turn(live) if not isinstance(e, ResumptionUpdate)]
        assert events == [TextDelta("ok"), TurnComplete()]
        assert await anext(aiter(live.receive())) == GoAway(10.0)
        assert await anext(aiter(live.receive())) == Reconnected(1, 0)
    first, second = peer.connections
    assert first.closed_by_client == (1000, "")
    assert second.sent == [{"setup": {"model": f"models/{MODEL}", "sessionResumption": {"handle": "h1"}}}]


@pytest.mark.anyio
async def test_go_away_mid_turn_waits_for_the_turn_to_end() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "setup" in message:
            connection.push(HANDLE)
        if "clientContent" in message:
            connection.push(text("a"), {"goAway": {"timeLeft": "5s"}}, text("b", done=True))

    peer = FakePeer(script)
    async with session(peer, {"session_resumption": True}) as live:
        await live.send_text("hi")
        events = [e for e in await collect_turn(live) if not isinstance(e, ResumptionUpdate)]
        assert events == [TextDelta("a"), GoAway(5.0), TextDelta("b"), TurnComplete()]
        assert await anext(aiter(live.receive())) == Reconnected(1, 0)
    assert len(peer.connections) == 2
    assert peer.connections[1].sent[1:] == []  # the answered turn is not sent again


@pytest.mark.anyio
async def test_a_drop_without_a_handle_raises_the_typed_error() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "clientContent" in message:
            connection.drop(1006, "lost")

    peer = FakePeer(script)
    async with session(peer, {"session_resumption": True}) as live:
        await live.send_text("hi")
        with pytest.raises(LiveConnectionClosedError) as caught:
            await collect_turn(live)
        assert (caught.value.code, caught.value.reason) == (1006, "lost")
        with pytest.raises(LiveConnectionClosedError):
            await live.send_text("again")
    assert len(peer.connections) == 1


@pytest.mark.anyio
async def test_a_client_fault_close_is_raised_even_with_a_handle() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "setup" in message:
            connection.push(HANDLE)
        if "clientContent" in message:
            connection.drop(1007, "Request contains an invalid argument.")

    peer = FakePeer(script)
    async with session(peer, {"session_resumption": True}) as live:
        await live.send_text("hi")
        with pytest.raises(LiveConnectionClosedError, match="invalid argument"):
            await collect_turn(live)
    assert len(peer.connections) == 1


@pytest.mark.anyio
async def test_a_normal_close_without_a_handle_ends_the_events() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "clientContent" in message:
            connection.push(text("bye"))
            connection.drop(1000)

    async with session(FakePeer(script)) as live:
        await live.send_text("hi")
        assert [e async for e in live.receive()] == [TextDelta("bye")]


@pytest.mark.anyio
async def test_failed_reconnects_wait_as_the_retry_policy_says_then_give_up() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "setup" in message:
            connection.push(HANDLE)
        if "clientContent" in message:
            peer.fail_opens = 10
            connection.drop(1011, "internal")

    peer = FakePeer(script)
    clock = FakeClock()
    async with session(peer, {"session_resumption": True}, clock, retries=2) as live:
        await live.send_text("hi")
        with pytest.raises(LiveConnectionClosedError, match="refused"):
            await collect_turn(live)
    assert clock.sleeps == [1.0, 2.0]  # backoff 0 and 1 of the policy (random() = 1.0), then it gives up


@pytest.mark.anyio
async def test_a_reconnect_that_succeeds_after_a_failure() -> None:
    async def script(connection: FakeConnection, message: dict[str, Any]) -> None:
        if "setup" in message:
            connection.push(HANDLE)
        if "clientContent" in message and connection.number == 0:
            peer.fail_opens = 1
            connection.drop(1011)
        elif "clientContent" in message:
            connection.push(text("ok", done=True))

    peer = FakePeer(script)
    clock = FakeClock()
    async with session(peer, {"session_resumption": True}, clock) as live:
        await live.send_text("hi")
        events = [e for e in await collect_turn(live) if not isinstance(e, ResumptionUpdate)]
    assert events == [Reconnected(1, 1), TextDelta("ok"), TurnComplete()]
    assert clock.sleeps == [1.0]


# --------------------------------------------------------------------------- setup failures


@pytest.mark.anyio
async def test_a_setup_the_server_refuses_raises_live_setup_error() -> None:
    class Refusing(FakePeer):
        async def script(self, connection: FakeConnection, message: dict[str, Any]) -> None:
            connection.drop(1008, "model not found")

    peer = Refusing()
    with pytest.raises(LiveSetupError, match=r"code 1008: model not found"):
        async with session(peer):
            pass
    assert peer.connections[0].closed_by_client is not None


@pytest.mark.anyio
async def test_a_setup_answered_with_something_else_raises_live_setup_error() -> None:
    class Confused(FakePeer):
        async def script(self, connection: FakeConnection, message: dict[str, Any]) -> None:
            connection.push(TURN_COMPLETE)

    with pytest.raises(LiveSetupError, match="instead of setupComplete"):
        async with session(Confused()):
            pass


# --------------------------------------------------------------------------- the client and the sync twin


@pytest.mark.anyio
async def test_client_live_connect_sends_the_key_in_a_header_to_the_spec_url(monkeypatch: pytest.MonkeyPatch) -> None:
    from pygenai.live._async import connect as connect_module
    from pygenai_generated.live_types import WEBSOCKET_PATH

    peer = FakePeer()
    opened: list[tuple[str, dict[str, str]]] = []

    async def fake_open(url: str, *, headers: Any, http_client: Any, open_timeout: float, max_frame_bytes: int) -> Any:
        opened.append((url, dict(headers)))
        return await peer.open()

    monkeypatch.setattr(connect_module, "_open_websocket", fake_open)
    client = pygenai.AsyncClient(api_key="secret-key", base_url="http://127.0.0.1:9")
    assert client.aio.live is client.live
    async with client.live.connect(model=MODEL, config={"response_modalities": ["TEXT"]}) as live:
        assert live.protocol.setup_complete
    ((url, headers),) = opened
    assert url == f"ws://127.0.0.1:9{WEBSOCKET_PATH}"
    assert headers["x-goog-api-key"] == "secret-key" and "secret" not in url


def test_the_sync_session_runs_tools_inline() -> None:
    class SyncConnection:
        def __init__(self) -> None:
            self.sent: list[dict[str, Any]] = []
            self.inbox: list[dict[str, Any]] = []
            self.closed: tuple[int, str] | None = None

        def send_text(self, text: str) -> None:
            message = orjson.loads(text)
            self.sent.append(message)
            if "setup" in message:
                self.inbox.append(SETUP_COMPLETE)
            if "clientContent" in message:
                self.inbox.append({"toolCall": {"functionCalls": [{"id": "a", "name": "add", "args": {"x": 2}}]}})
            if "toolResponse" in message:
                self.inbox.append(text_frame)

        def receive(self) -> bytes:
            if not self.inbox:
                raise LiveConnectionClosedError(1000)
            return orjson.dumps(self.inbox.pop(0))

        def close(self, code: int = 1000, reason: str = "") -> None:
            self.closed = (code, reason)

    text_frame = text("4", done=True)

    def add(x: int) -> int:
        """Adds two."""
        return x + 2

    connection = SyncConnection()
    live = LiveSession(
        LiveProtocol(MODEL, {"tools": [add]}), lambda: connection, retry_policy=RetryPolicy(), clock=FakeClock()
    )
    with live:
        live.send_text("2+2?")
        assert live.receive_text() == "4"
    assert connection.sent[-1] == {
        "toolResponse": {"functionResponses": [{"id": "a", "name": "add", "response": {"result": 4}}]}
    }
    assert connection.closed == (1000, "")


def test_the_sync_client_has_live() -> None:
    client = pygenai.Client(api_key="k")
    assert type(client.live).__name__ == "Live"
    assert type(client.aio.live).__name__ == "AsyncLive"
