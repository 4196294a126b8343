"""The Live session over the real transport (httpx2's WebSocket) against a small ``websockets`` server on loopback:
the handshake (path from the spec, key in the header only), binary JSON frames, and a resumption after a drop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from websockets.asyncio.server import ServerConnection, serve

import pygenai
from pygenai.live import Reconnected, ResumptionUpdate, TextDelta, TurnComplete
from pygenai_generated.live_types import WEBSOCKET_PATH

KEY = "loopback-key-123"


class ResumingServer:
    """First connection: answers a turn halfway, then aborts the TCP connection. Later connections: expect the
    handle in the setup and the turn sent again, and answer it in full. Every server frame is binary JSON."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str | None]] = []
        self.received: list[list[dict[str, Any]]] = []
        self.port = 0
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def _handler(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        self.requests.append((ws.request.path, ws.request.headers.get("x-goog-api-key")))
        number = len(self.received)
        frames: list[dict[str, Any]] = []
        self.received.append(frames)

        async def read() -> dict[str, Any]:
            message: dict[str, Any] = orjson.loads(await ws.recv())
            frames.append(message)
            return message

        await read()  # setup
        await ws.send(orjson.dumps({"setupComplete": {}}))
        await ws.send(orjson.dumps({"sessionResumptionUpdate": {"newHandle": f"h{number}", "resumable": True}}))
        await read()  # the turn
        if number == 0:
            await ws.send(orjson.dumps({"serverContent": {"modelTurn": {"parts": [{"text": "Pa"}]}}}))
            ws.transport.abort()  # no close frame: the client sees 1006
            return
        await ws.send(
            orjson.dumps({"serverContent": {"modelTurn": {"parts": [{"text": "Paris"}]}, "turnComplete": True}})
        )
        try:
            await ws.recv()
        except Exception:
            return

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        async with serve(self._handler, "127.0.0.1", 0) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    def __enter__(self) -> ResumingServer:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


@pytest.fixture
def server() -> Iterator[ResumingServer]:
    with ResumingServer() as running:
        yield running


def check(server: ResumingServer, events: list[Any]) -> None:
    assert [e for e in events if not isinstance(e, ResumptionUpdate)] == [
        TextDelta("Pa"),
        Reconnected(1, 1),
        TextDelta("Paris"),
        TurnComplete(),
    ]
    assert server.requests == [(WEBSOCKET_PATH, KEY), (WEBSOCKET_PATH, KEY)]
    first, second = server.received
    assert first[0] == {"setup": {"model": "models/m", "sessionResumption": {}}}
    assert second[0] == {"setup": {"model": "models/m", "sessionResumption": {"handle": "h0"}}}
    assert (
        second[1]
        == first[1]
        == {"clientContent": {"turns": [{"role": "user", "parts": [{"text": "Capital?"}]}], "turnComplete": True}}
    )


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_async_session_resumes_over_the_real_websocket(server: ResumingServer) -> None:
    client = pygenai.AsyncClient(api_key=KEY, base_url=f"http://127.0.0.1:{server.port}")
    events: list[Any] = []
    async with client, client.live.connect(model="m", config={"session_resumption": True}) as session:
        await session.send_text("Capital?")
        async for event in session.receive():
            events.append(event)
            if isinstance(event, TurnComplete):
                break
    check(server, events)


def test_sync_session_resumes_over_the_real_websocket(server: ResumingServer) -> None:
    events: list[Any] = []
    with pygenai.Client(api_key=KEY, base_url=f"http://127.0.0.1:{server.port}") as client:
        with client.live.connect(model="m", config={"session_resumption": True}) as session:
            session.send_text("Capital?")
            for event in session.receive():
                events.append(event)
                if isinstance(event, TurnComplete):
                    break
    check(server, events)
