"""The Live API's WebSocket: httpx2's own (``httpx2.websockets``, over wsproto) against the ``websockets`` package.

Both clients talk to the same loopback server (the ``websockets`` package's asyncio server, in a child process so the
client's CPU time is its own) on what a Live session does:

* echo round trips of a small JSON text frame and of a 32 KiB binary (audio-sized) frame: messages/s, client CPU
  per message;
* concurrent send and receive: one task sends 32 KiB frames while another reads their echoes;
* one 8 MiB frame from the server: time to receive it;
* a ping from the server (answered by the client without the caller reading), a ping from the client;
* the close code and reason the server closes with, as the client sees them;
* permessage-deflate, which the ``websockets`` client offers by default (httpx2's does not), measured with and
  without;
* back-pressure: a client that stops reading while the server floods it (how much the server got to write, how
  much the client process grew) and a client that writes to a server that does not read (does ``send`` block?).

Run: ``python -m benches.measures.websocket_choice`` (needs ``websockets`` and ``wsproto``); prints a table.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Protocol

SMALL = json.dumps({"serverContent": {"modelTurn": {"parts": [{"text": "Hello there, how can I help?"}]}}})
AUDIO = os.urandom(32 * 1024)
BIG = 8 * 1024 * 1024
ROUNDS = 2000
FLOOD_SECONDS = 1.5


# --------------------------------------------------------------------------- the server (child process)


async def _serve() -> None:
    from websockets.asyncio.server import ServerConnection, serve

    async def handler(ws: ServerConnection) -> None:
        path = ws.request.path if ws.request is not None else "/"
        if path == "/echo":
            async for message in ws:
                await ws.send(message)
        elif path == "/big":
            await ws.send(os.urandom(BIG))
            await ws.wait_closed()
        elif path == "/close":
            await ws.recv()
            await ws.close(1011, "model overloaded, try again")
        elif path == "/ping":
            started = time.perf_counter()
            pong = await ws.ping(b"live")
            await pong
            await ws.send(f"{(time.perf_counter() - started) * 1e6:.0f}")
            await ws.wait_closed()
        elif path == "/flood":
            sent = 0
            deadline = time.monotonic() + FLOOD_SECONDS
            with contextlib.suppress(Exception):
                while time.monotonic() < deadline:
                    await asyncio.wait_for(ws.send(AUDIO), deadline - time.monotonic())
                    sent += len(AUDIO)
            await ws.send(str(sent))
            await ws.wait_closed()
        elif path == "/sink":
            await asyncio.sleep(FLOOD_SECONDS + 1)
            await ws.close()

    async with serve(handler, "127.0.0.1", 0, max_size=None, write_limit=2**16) as server:
        port = server.sockets[0].getsockname()[1]
        print(port, flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


# --------------------------------------------------------------------------- the two clients, one shape


class Conn(Protocol):
    async def send(self, data: str | bytes) -> None: ...
    async def recv(self) -> str | bytes: ...
    async def ping(self) -> None: ...
    async def close(self) -> None: ...
    def closed(self) -> tuple[int | None, str | None]: ...


class WebsocketsConn:
    def __init__(self, ws: Any) -> None:
        self.ws = ws

    async def send(self, data: str | bytes) -> None:
        await self.ws.send(data)

    async def recv(self) -> str | bytes:
        data: str | bytes = await self.ws.recv()
        return data

    async def ping(self) -> None:
        await (await self.ws.ping())

    async def close(self) -> None:
        await self.ws.close()

    def closed(self) -> tuple[int | None, str | None]:
        return self.ws.close_code, self.ws.close_reason


class Httpx2Conn:
    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.code: int | None = None
        self.reason: str | None = None

    async def send(self, data: str | bytes) -> None:
        if isinstance(data, str):
            await self.ws.send_text(data)
        else:
            await self.ws.send_bytes(data)

    async def recv(self) -> str | bytes:
        from httpx2.websockets import WebSocketDisconnect

        try:
            event = await self.ws.receive()
        except WebSocketDisconnect as exc:
            self.code, self.reason = exc.code, exc.reason
            raise
        data: str | bytes = event.data
        return data

    async def ping(self) -> None:
        await (await self.ws.ping()).wait()

    async def close(self) -> None:
        await self.ws.close()

    def closed(self) -> tuple[int | None, str | None]:
        return self.code, self.reason


@contextlib.asynccontextmanager
async def websockets_client(port: int, path: str) -> AsyncIterator[Conn]:
    from websockets.asyncio.client import connect

    async with connect(f"ws://127.0.0.1:{port}{path}", max_size=16 * 1024 * 1024) as ws:
        yield WebsocketsConn(ws)


@contextlib.asynccontextmanager
async def websockets_plain_client(port: int, path: str) -> AsyncIterator[Conn]:
    from websockets.asyncio.client import connect

    async with connect(f"ws://127.0.0.1:{port}{path}", max_size=16 * 1024 * 1024, compression=None) as ws:
        yield WebsocketsConn(ws)


@contextlib.asynccontextmanager
async def httpx2_client(port: int, path: str) -> AsyncIterator[Conn]:
    import httpx2
    from httpx2.websockets import AsyncWebSocketClient

    async with httpx2.AsyncClient() as http:
        client = AsyncWebSocketClient(http, max_message_size_bytes=16 * 1024 * 1024)
        async with client.connect(f"http://127.0.0.1:{port}{path}") as ws:
            yield Httpx2Conn(ws)


Opener = Callable[[int, str], contextlib.AbstractAsyncContextManager[Conn]]


# --------------------------------------------------------------------------- the measures


async def _timed(body: Callable[[], Awaitable[None]], count: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    await body()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return count / wall, cpu / count * 1e6


async def echo(open_: Opener, port: int, payload: str | bytes) -> tuple[float, float]:
    async with open_(port, "/echo") as conn:
        for _ in range(50):
            await conn.send(payload)
            await conn.recv()

        async def body() -> None:
            for _ in range(ROUNDS):
                await conn.send(payload)
                assert await conn.recv() == payload

        return await _timed(body, ROUNDS)


async def concurrent(open_: Opener, port: int) -> tuple[float, float]:
    async with open_(port, "/echo") as conn:

        async def sender() -> None:
            for _ in range(ROUNDS):
                await conn.send(AUDIO)

        async def body() -> None:
            task = asyncio.create_task(sender())
            for _ in range(ROUNDS):
                await conn.recv()
            await task

        return await _timed(body, ROUNDS)


async def big(open_: Opener, port: int) -> float:
    async with open_(port, "/big") as conn:
        started = time.perf_counter()
        data = await conn.recv()
        assert len(data) == BIG
        return (time.perf_counter() - started) * 1e3


async def pings(open_: Opener, port: int) -> tuple[str, float]:
    async with open_(port, "/ping") as conn:
        server_rtt = str(await conn.recv())  # the server's ping was answered while nobody read
        started = time.perf_counter()
        await conn.ping()
        return server_rtt, (time.perf_counter() - started) * 1e6


async def close_seen(open_: Opener, port: int) -> tuple[int | None, str | None]:
    async with open_(port, "/close") as conn:
        await conn.send("bye")
        with contextlib.suppress(Exception):
            await conn.recv()
        return conn.closed()


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:  # current resident set (Linux), not the peak
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


async def slow_reader(open_: Opener, port: int) -> tuple[float, float]:
    before = _rss_mib()
    async with open_(port, "/flood") as conn:
        await asyncio.sleep(FLOOD_SECONDS + 0.5)  # not reading
        grown = _rss_mib() - before
        while True:
            data = await conn.recv()
            if isinstance(data, str):
                return int(data) / 2**20, grown


async def slow_server(open_: Opener, port: int) -> float:
    async with open_(port, "/sink") as conn:
        sent = 0
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(FLOOD_SECONDS):
                while True:
                    await conn.send(AUDIO)
                    sent += len(AUDIO)
        return sent / 2**20


async def measure(name: str, open_: Opener, port: int) -> dict[str, str]:
    small_rate, small_cpu = await echo(open_, port, SMALL)
    audio_rate, audio_cpu = await echo(open_, port, AUDIO)
    both_rate, both_cpu = await concurrent(open_, port)
    big_ms = await big(open_, port)
    server_rtt, client_rtt = await pings(open_, port)
    code, reason = await close_seen(open_, port)
    flooded, grown = await slow_reader(open_, port)
    sunk = await slow_server(open_, port)
    return {
        "client": name,
        "small JSON echo": f"{small_rate:,.0f} msg/s, {small_cpu:.0f} µs CPU/msg",
        "32 KiB binary echo": f"{audio_rate:,.0f} msg/s, {audio_cpu:.0f} µs CPU/msg",
        "32 KiB concurrent send+recv": f"{both_rate:,.0f} msg/s, {both_cpu:.0f} µs CPU/msg",
        "8 MiB frame": f"{big_ms:.0f} ms",
        "server ping answered (no reader)": f"yes, {server_rtt} µs",
        "client ping round trip": f"{client_rtt:.0f} µs",
        "close seen": f"{code} {reason!r}",
        "slow reader: server wrote / client grew": f"{flooded:.1f} MiB / {grown:.1f} MiB",
        f"slow server: client wrote in {FLOOD_SECONDS:g}s": f"{sunk:.1f} MiB (send blocks)",
    }


async def main() -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", "import asyncio, benches.measures.websocket_choice as m; asyncio.run(m._serve())"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        rows = [
            await measure("httpx2.websockets (wsproto)", httpx2_client, port),
            await measure("websockets (asyncio, deflate)", websockets_client, port),
            await measure("websockets (no compression)", websockets_plain_client, port),
        ]
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(10)
    for key in rows[0]:
        print(f"{key:<42} | " + " | ".join(f"{row[key]:<36}" for row in rows))


if __name__ == "__main__":
    asyncio.run(main())
