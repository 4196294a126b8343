"""The Live WebSocket transport (``pygenai._io._async.websocket`` and its generated sync twin) against a real
WebSocket server: the ``websockets`` package's asyncio server on loopback, in a thread of its own, so the client
runs on asyncio and on trio alike."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx2
import orjson
import pytest
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

import pygenai
from pygenai._io._async.websocket import WebSocketConnection, connect_websocket, open_websocket
from pygenai._io._sync.websocket import connect_websocket as connect_websocket_sync

KEY = "AIza" + "SyTEST-live-key-0123456789abcdefghij"  # key-shaped, built so no key-like literal is tracked
SETUP = orjson.dumps({"setupComplete": {}})


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@dataclass
class LiveServer:
    """A loopback WebSocket server; what it saw is kept for the test to check."""

    port: int = 0
    requests: list[Request] = field(default_factory=list)
    closes: dict[str, tuple[int | None, str | None]] = field(default_factory=dict)
    """How each connection ended, by its request target (tests give theirs a query of their own)."""
    notes: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"ws://127.0.0.1:{self.port}{path}"


_REFUSALS = {401: "API key not valid", 403: "Permission denied on the model", 404: "models/nope is not found"}


def _refuse(live: LiveServer, _connection: ServerConnection, request: Request) -> Response | None:
    live.requests.append(request)
    status = int(request.path.rsplit("/", 1)[-1]) if request.path.startswith("/refuse/") else 0
    if status == 0:
        return None
    body = orjson.dumps({"error": {"code": status, "message": _REFUSALS[status], "status": "PERMISSION_DENIED"}})
    headers = Headers([("content-type", "application/json"), ("content-length", str(len(body)))])
    return Response(status, "Refused", headers, body)


async def _handle(live: LiveServer, ws: ServerConnection) -> None:
    target = ws.request.path if ws.request is not None else ""
    path = target.partition("?")[0]
    if path == "/echo":
        async for message in ws:
            await ws.send(message)
    elif path == "/binary-json":
        await ws.send(SETUP)  # the real server sends JSON as binary frames
        await ws.wait_closed()
    elif path == "/close":
        await ws.close(1011, "model overloaded, try again later")
    elif path == "/big":
        await ws.send(b"x" * 4096)
        await ws.wait_closed()
    elif path == "/ping":
        try:
            await asyncio.wait_for(await ws.ping(b"are you there"), 5)
            live.notes.append("pong")
        except TimeoutError:
            live.notes.append("no pong")
        await ws.send("pinged")
        await ws.wait_closed()
    elif path == "/drop":
        await ws.send("one")
        ws.transport.abort()  # no close frame: the connection is just gone
    elif path == "/garbled":
        ws.transport.write(b"\x8f\x00")  # a final frame with the reserved opcode 0xF
        await ws.wait_closed()
    elif path == "/wait":
        await ws.wait_closed()
    live.closes[target] = (ws.close_code, ws.close_reason)


@pytest.fixture(scope="module")
def live_server() -> Iterator[LiveServer]:
    live = LiveServer()
    started = threading.Event()
    loop = asyncio.new_event_loop()
    stop = loop.create_future()

    async def main() -> None:
        async def handler(ws: ServerConnection) -> None:
            await _handle(live, ws)

        def process_request(connection: ServerConnection, request: Request) -> Response | None:
            return _refuse(live, connection, request)

        async with serve(handler, "127.0.0.1", 0, process_request=process_request, ping_interval=None) as server:
            live.port = server.sockets[0].getsockname()[1]
            started.set()
            await stop

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    started.wait(10)
    yield live
    loop.call_soon_threadsafe(stop.set_result, None)
    thread.join(10)
    loop.close()


async def _open(live: LiveServer, path: str, **options: Any) -> WebSocketConnection:
    settings: dict[str, Any] = {
        "headers": {"x-goog-api-key": KEY},
        "http_client": None,
        "open_timeout": 5.0,
        "max_frame_bytes": 1 << 20,
    }
    settings.update(options)
    return await open_websocket(live.url(path), **settings)


async def _server_close(live: LiveServer, target: str) -> tuple[int | None, str | None]:
    """How the server saw the connection to ``target`` end (waiting for it up to 2 s)."""
    for _ in range(200):
        if target in live.closes:
            break
        await anyio.sleep(0.01)
    return live.closes[target]


@pytest.mark.anyio
async def test_text_and_binary_frames_keep_their_type(live_server: LiveServer) -> None:
    async with connect_websocket(
        live_server.url("/echo"),
        headers={"x-goog-api-key": KEY},
        http_client=None,
        open_timeout=5,
        max_frame_bytes=2**20,
    ) as ws:
        await ws.send_text('{"setup": {"model": "models/m"}}')
        assert await ws.receive() == '{"setup": {"model": "models/m"}}'
        audio = bytes(range(256)) * 128  # 32 KiB, every byte value
        await ws.send_bytes(audio)
        echoed = await ws.receive()
        assert isinstance(echoed, bytes) and echoed == audio
    ws2 = await _open(live_server, "/binary-json")
    try:
        frame = await ws2.receive()
        assert isinstance(frame, bytes) and orjson.loads(frame) == {"setupComplete": {}}
    finally:
        await ws2.close()


@pytest.mark.anyio
async def test_a_server_close_gives_its_code_and_reason_to_every_later_call(live_server: LiveServer) -> None:
    ws = await _open(live_server, "/close")
    try:
        with pytest.raises(pygenai.LiveConnectionClosedError) as caught:
            await ws.receive()
        assert (caught.value.code, caught.value.reason) == (1011, "model overloaded, try again later")
        assert isinstance(caught.value, pygenai.LiveError)
        assert (ws.closed_code, ws.closed_reason) == (1011, "model overloaded, try again later")
        with pytest.raises(pygenai.LiveConnectionClosedError, match="1011"):
            await ws.receive()
        with pytest.raises(pygenai.LiveConnectionClosedError, match="1011"):
            await ws.send_text("{}")
    finally:
        await ws.close()


@pytest.mark.anyio
async def test_the_client_close_code_and_reason_reach_the_server(live_server: LiveServer) -> None:
    target = f"/wait?test=close-reason-{uuid.uuid4().hex}"
    ws = await _open(live_server, target)
    assert ws.closed_code is None
    await ws.close(1000, "session over")
    assert (ws.closed_code, ws.closed_reason) == (1000, "session over")
    assert await _server_close(live_server, target) == (1000, "session over")
    with pytest.raises(pygenai.LiveConnectionClosedError):
        await ws.receive()


@pytest.mark.anyio
async def test_a_message_over_max_frame_bytes_closes_with_1009(live_server: LiveServer) -> None:
    target = f"/big?test=1009-{uuid.uuid4().hex}"
    ws = await _open(live_server, target, max_frame_bytes=1024)
    try:
        with pytest.raises(pygenai.LiveConnectionClosedError) as caught:
            await ws.receive()
        assert caught.value.code == 1009
    finally:
        await ws.close()
    assert (await _server_close(live_server, target))[0] == 1009


@pytest.mark.anyio
async def test_sending_and_receiving_run_concurrently(live_server: LiveServer) -> None:
    ws = await _open(live_server, "/echo")
    frames = [bytes([n]) * 3200 for n in range(200)]  # 100 ms of 16 kHz PCM each
    received: list[str | bytes] = []

    async def send_all() -> None:
        for frame in frames:
            await ws.send_bytes(frame)

    async def receive_all() -> None:
        for _ in frames:
            received.append(await ws.receive())

    try:
        with anyio.fail_after(10):
            async with anyio.create_task_group() as group:
                group.start_soon(receive_all)  # waiting before anything was sent
                group.start_soon(send_all)
    finally:
        await ws.close()
    assert received == frames


@pytest.mark.anyio
async def test_server_pings_are_answered_while_nobody_reads(live_server: LiveServer) -> None:
    ws = await _open(live_server, "/ping")
    try:
        with anyio.fail_after(5):
            while "pong" not in live_server.notes:
                await anyio.sleep(0.01)
        assert await ws.receive() == "pinged"
    finally:
        await ws.close()


@pytest.mark.anyio
async def test_a_lost_connection_is_a_1006_close(live_server: LiveServer) -> None:
    ws = await _open(live_server, "/drop")
    try:
        assert await ws.receive() == "one"
        with pytest.raises(pygenai.LiveConnectionClosedError) as caught:
            await ws.receive()
        assert caught.value.code == 1006
    finally:
        await ws.close()


@pytest.mark.anyio
async def test_a_frame_that_breaks_the_websocket_protocol_is_a_1002_close(live_server: LiveServer) -> None:
    ws = await _open(live_server, "/garbled")
    try:
        with anyio.fail_after(5), pytest.raises(pygenai.LiveConnectionClosedError) as caught:
            await ws.receive()
        assert caught.value.code == 1002
        await anyio.sleep(0.05)  # the connection's background reader must not take the caller's task down
    finally:
        await ws.close()


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "kind"),
    [(401, pygenai.AuthenticationError), (403, pygenai.PermissionDeniedError), (404, pygenai.NotFoundError)],
)
async def test_a_refused_upgrade_is_the_status_error_with_its_body_and_no_key(
    live_server: LiveServer, status: int, kind: type[pygenai.APIStatusError]
) -> None:
    with pytest.raises(kind) as caught:
        await _open(live_server, f"/refuse/{status}")
    error = caught.value
    assert error.status_code == status
    assert _REFUSALS[status] in str(error) and _REFUSALS[status] in error.body.decode()
    assert error.url is not None and error.url.endswith(f"/refuse/{status}")
    for shown in (str(error), repr(error), repr(error.args), str(error.url), repr(error.__dict__)):
        assert KEY not in shown


@pytest.mark.anyio
async def test_the_key_travels_in_the_header_only(live_server: LiveServer) -> None:
    before = len(live_server.requests)
    ws = await _open(live_server, "/wait")
    await ws.close()
    request = live_server.requests[before]
    assert request.headers["x-goog-api-key"] == KEY
    assert KEY not in request.path and "key=" not in request.path


@pytest.mark.anyio
async def test_an_injected_http_client_makes_the_upgrade(live_server: LiveServer) -> None:
    seen: list[str] = []

    async def hook(request: httpx2.Request) -> None:
        seen.append(str(request.url))

    async with httpx2.AsyncClient(event_hooks={"request": [hook]}, headers={"x-proxy-tag": "mine"}) as http:
        before = len(live_server.requests)
        ws = await _open(live_server, "/echo", http_client=http)
        await ws.send_text("hi")
        assert await ws.receive() == "hi"
        await ws.close()
        assert not http.is_closed  # the caller's client stays the caller's
    assert seen == [f"http://127.0.0.1:{live_server.port}/echo"]
    assert live_server.requests[before].headers["x-proxy-tag"] == "mine"


@pytest.mark.anyio
async def test_a_refused_connection_is_a_connection_error() -> None:
    with socket_port() as port, pytest.raises(pygenai.APIConnectionError) as caught:
        await open_websocket(
            f"ws://127.0.0.1:{port}/live",
            headers={"x-goog-api-key": KEY},
            http_client=None,
            open_timeout=5,
            max_frame_bytes=1024,
        )
    assert KEY not in str(caught.value)


def test_a_url_that_is_not_a_websocket_url_is_refused_before_connecting() -> None:
    with pytest.raises(pygenai.InvalidRequestError, match="wss://"):
        anyio.run(_open_ftp)


async def _open_ftp() -> None:
    await open_websocket("ftp://example.com/x", headers={}, http_client=None, open_timeout=1, max_frame_bytes=1)


def test_the_sync_twin_sends_receives_and_reports_the_close(live_server: LiveServer) -> None:
    with connect_websocket_sync(
        live_server.url("/echo"),
        headers={"x-goog-api-key": KEY},
        http_client=None,
        open_timeout=5,
        max_frame_bytes=2**20,
    ) as ws:
        ws.send_text("text")
        assert ws.receive() == "text"
        ws.send_bytes(b"\x00\x01")
        assert ws.receive() == b"\x00\x01"
    with (
        connect_websocket_sync(
            live_server.url("/close"), headers={}, http_client=None, open_timeout=5, max_frame_bytes=2**20
        ) as ws,
        pytest.raises(pygenai.LiveConnectionClosedError) as caught,
    ):
        ws.receive()
    assert (caught.value.code, caught.value.reason) == (1011, "model overloaded, try again later")


class socket_port:  # a context manager, named for what it gives
    """A loopback port nothing listens on (bound, then released)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])

    def __exit__(self, *exc_info: object) -> None:
        return None


def test_without_wsproto_the_transport_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    for name in ("wsproto", "httpx2.websockets", "httpx2.websockets._api"):
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, "pygenai._io._async.websocket")
    with pytest.raises(pygenai.MissingDependencyError, match="pip install wsproto") as caught:
        importlib.import_module("pygenai._io._async.websocket")
    assert caught.value.package == "wsproto"
