"""A WebSocket server on 127.0.0.1 that replays a Live cassette and checks every frame the client sends.

Run it around the code under test::

    with replay("text_turn") as server:                 # cassettes/live/text_turn.json
        client = pygenai.Client(api_key="test-key-123", base_url=server.base_url)
        ...

For each connection the client opens, the server plays the next connection of the recording (the frames up to the
next ``{"reconnect": ...}`` marker): a ``send`` entry is a frame it waits for and compares with the recording (the
JSON value after media blobs are reduced to length + SHA-256 and credential fields are scrubbed, exactly as the
recorder stores them; the frame kind, text or binary, must match too); a ``recv`` entry is a frame it sends (text or
binary as recorded), a close it sends, or a dropped connection. It also checks the handshake: the request path is
the cassette's, the ``x-goog-api-key`` header is present, and the key is not in the URL.

Any difference is a failure: the server closes that connection with code 4400 (4403 for the handshake) and a short
reason, and leaving the ``with`` block raises :class:`CassetteMismatch` with a diff, also when the block itself
raised (the client's error is chained). So a test fails loudly even if the client swallows the close.

Faults, given to :func:`replay`, change what the server does at a frame of the recording (its index in
``frames``): :class:`Drop` (the TCP connection is aborted instead of sending the frame), :class:`CloseWith` (a
close with that code and reason instead), :class:`Malformed` (an extra frame the client cannot read, sent before
the frame) and :class:`Slow` (a pause before every server frame). After a drop or a close the recording's next
connection is played for the client's next connection.
"""

from __future__ import annotations

import asyncio
import base64
import difflib
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import orjson
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from pygenai.live._recording import LiveCassette, digest_media, scrub
from tests.harness.recording import CASSETTES_DIR, FAKE_API_KEY

LIVE_CASSETTES_DIR = CASSETTES_DIR / "live"
MISMATCH = 4400
"""Close code the server sends when the client's frame differs from the recording (an application code)."""
BAD_HANDSHAKE = 4403
"""Close code the server sends when the handshake breaks a rule (wrong path, no key header, key in the URL)."""


class CassetteMismatch(AssertionError):
    """The client did something other than the recording: the message holds every failure, with diffs."""


@dataclass(frozen=True)
class Drop:
    """Abort the TCP connection (no close frame: the client sees code 1006) instead of sending frame ``at``."""

    at: int


@dataclass(frozen=True)
class CloseWith:
    """Close the connection with ``code`` and ``reason`` instead of sending frame ``at``."""

    at: int
    code: int = 1011
    reason: str = "Internal error encountered."


@dataclass(frozen=True)
class Malformed:
    """Send ``frame`` (not JSON, or JSON of the wrong shape) before frame ``at``."""

    at: int
    frame: str | bytes = b"\x00this is not JSON"


@dataclass(frozen=True)
class Slow:
    """Wait ``delay`` seconds before every frame the server sends."""

    delay: float


Fault = Drop | CloseWith | Malformed | Slow


@dataclass
class Segment:
    """One connection of the recording: the handle its setup resumes (``None`` for a fresh one) and its frames."""

    handle: str | None
    entries: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def segments(cassette: LiveCassette) -> list[Segment]:
    """The recording split into connections at the ``reconnect`` markers."""
    parts = [Segment(handle=None)]
    for index, entry in enumerate(cassette.frames):
        if "reconnect" in entry:
            parts.append(Segment(handle=(entry["reconnect"] or {}).get("handle")))
        else:
            parts[-1].entries.append((index, entry))
    return parts


def canonical(message: Any) -> Any:
    """A client frame's JSON value the way the recorder stores it: media digested, credential fields scrubbed."""
    return scrub(digest_media(message))


def _pretty(value: Any) -> list[str]:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode().splitlines()


def diff(recorded: Any, sent: Any, limit: int = 60) -> str:
    """A unified diff of two JSON values (recorded first), cut after ``limit`` lines."""
    lines = list(difflib.unified_diff(_pretty(recorded), _pretty(sent), "recorded", "sent", lineterm="", n=2))
    if len(lines) > limit:
        lines = [*lines[:limit], f"... ({len(lines) - limit} more lines)"]
    return "\n".join(lines)


def _same_json(a: Any, b: Any) -> bool:
    # Compare dumps, not values: in Python true == 1 and 1 == 1.0, but they are different JSON.
    return bool(orjson.dumps(a, option=orjson.OPT_SORT_KEYS) == orjson.dumps(b, option=orjson.OPT_SORT_KEYS))


def _setup_handle(message: Any) -> str | None:
    setup = message.get("setup") if isinstance(message, dict) else None
    resumption = setup.get("sessionResumption") if isinstance(setup, dict) else None
    handle = resumption.get("handle") if isinstance(resumption, dict) else None
    return handle if isinstance(handle, str) else None


def _describe(entry: dict[str, Any]) -> str:
    text = orjson.dumps(entry).decode()
    return text if len(text) <= 160 else text[:157] + "..."


class _Stop(Exception):
    """This connection's part of the replay is over (a failure was recorded, or a fault ended it)."""


class ReplayServer:
    """The server behind :func:`replay`; read ``base_url`` / ``ws_url`` to connect, ``failures`` for what went wrong."""

    def __init__(
        self,
        cassette: LiveCassette,
        faults: tuple[Fault, ...] = (),
        *,
        frame_timeout: float = 10.0,
        complete: bool = True,
    ) -> None:
        self.cassette = cassette
        self.complete = complete
        self.segments = segments(cassette)
        self.frame_timeout = frame_timeout
        self.delay = sum(f.delay for f in faults if isinstance(f, Slow))
        self.faults: dict[int, Drop | CloseWith | Malformed] = {f.at: f for f in faults if not isinstance(f, Slow)}
        for at in self.faults:
            if not 0 <= at < len(cassette.frames) or cassette.frames[at].get("dir") != "recv":
                raise ValueError(f"a fault must point at a frame the server sends; frame {at} is not one")
        self.failures: list[str] = []
        self.requests: list[tuple[str, dict[str, str]]] = []
        """Each connection's request target and headers (lower-case names), in order."""
        self.received: list[str | bytes] = []
        """Every frame the clients sent, in order."""
        self.port = 0
        self._connections = 0
        self._active = 0
        self._open: set[ServerConnection] = set()
        self._idle = threading.Event()
        self._idle.set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``: the base URL to give the client (it derives ``ws://`` from it)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        """The full WebSocket URL of the recorded endpoint on this server."""
        return f"ws://127.0.0.1:{self.port}{self.cassette.path}"

    @property
    def connections(self) -> int:
        """How many connections the clients opened."""
        return self._connections

    def fail(self, message: str) -> None:
        with self._lock:
            self.failures.append(message)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop

            async def main() -> None:
                self._server = await serve(
                    self._handle, "127.0.0.1", 0, max_size=None, compression=None, ping_interval=None
                )
                self.port = self._server.sockets[0].getsockname()[1]
                ready.set()
                await self._server.serve_forever()

            with suppress(asyncio.CancelledError):
                loop.run_until_complete(main())
            loop.close()

        self._thread = threading.Thread(target=run, name="live-replay-server", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the Live replay server did not start")

    def stop(self, timeout: float = 10.0, *, abort: bool = False) -> None:
        """Wait (up to ``timeout``) for open connections to finish their part, then stop the server. With ``abort``
        (the test already failed), drop the open connections at once instead."""
        if abort and self._loop is not None:
            self._loop.call_soon_threadsafe(self._abort_all)
            self._idle.wait(timeout)
        elif not self._idle.wait(timeout):
            self.fail(f"a connection was still open {timeout}s after the test ended")
        if self._loop is not None and self._server is not None:
            self._loop.call_soon_threadsafe(self._server.close)
        if self._thread is not None:
            self._thread.join(timeout)

    def _abort_all(self) -> None:
        with self._lock:
            for connection in self._open:
                connection.transport.abort()

    def check(self) -> None:
        """Raise :class:`CassetteMismatch` listing every failure, including connections the client never opened."""
        if self.complete and 0 < self._connections < len(self.segments):
            self.fail(f"the recording has {len(self.segments)} connections; the client opened {self._connections}")
        elif self._connections == 0:
            self.fail("the client never connected")
        if self.failures:
            raise CassetteMismatch("\n\n".join(self.failures))

    # ------------------------------------------------------------------ one connection

    async def _handle(self, connection: ServerConnection) -> None:
        with self._lock:
            number = self._connections
            self._connections += 1
            self._active += 1
            self._open.add(connection)
            self._idle.clear()
        try:
            await self._play(connection, number)
        except _Stop:
            pass
        except Exception as error:  # a bug of the harness or a cassette it cannot play: fail the test with it
            self.fail(f"connection {number + 1}: the replay server failed: {error!r}")
        finally:
            with self._lock:
                self._open.discard(connection)
                self._active -= 1
                if self._active == 0:
                    self._idle.set()

    async def _refuse(self, connection: ServerConnection, code: int, message: str) -> None:
        self.fail(message)
        with suppress(ConnectionClosed):
            await connection.close(code, message.splitlines()[0].encode()[:120].decode(errors="ignore"))
        raise _Stop

    async def _play(self, connection: ServerConnection, number: int) -> None:
        request = connection.request
        assert request is not None
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        self.requests.append((request.path, headers))
        await self._check_handshake(connection, request.path, headers)
        if number >= len(self.segments):
            await self._refuse(connection, MISMATCH, f"connection {number + 1}: the recording has only {number}")
        segment = self.segments[number]
        for index, entry in segment.entries:
            if entry.get("dir") == "send":
                await self._expect(connection, number, index, entry, segment)
            else:
                await self._send(connection, index, entry)
        await self._expect_end(connection, number)

    async def _check_handshake(self, connection: ServerConnection, target: str, headers: dict[str, str]) -> None:
        path = urlsplit(target).path
        key = headers.get("x-goog-api-key", "")
        if path != self.cassette.path:
            await self._refuse(connection, BAD_HANDSHAKE, f"request path {path!r}, recorded {self.cassette.path!r}")
        if not key:
            await self._refuse(connection, BAD_HANDSHAKE, "no x-goog-api-key header in the WebSocket request")
        query = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
        if "key" in query or key in target or FAKE_API_KEY in target:
            await self._refuse(connection, BAD_HANDSHAKE, f"the API key is in the URL: {target!r}")

    async def _expect(
        self, connection: ServerConnection, number: int, index: int, entry: dict[str, Any], segment: Segment
    ) -> None:
        where = f"connection {number + 1}, frame {index}"
        try:
            frame = await asyncio.wait_for(connection.recv(), self.frame_timeout)
        except ConnectionClosed as closed:
            if "close" in entry:
                if self.complete and (closed.rcvd is None or closed.rcvd.code != entry["close"]):
                    got = "no close frame" if closed.rcvd is None else f"close {closed.rcvd.code}"
                    self.fail(f"{where}: the client ended with {got}; recorded close {entry['close']}")
                raise _Stop from None
            code = closed.rcvd.code if closed.rcvd is not None else None
            if self.complete:
                self.fail(f"{where}: the client closed the connection ({code}) before sending {_describe(entry)}")
            raise _Stop from None
        except TimeoutError:
            await self._refuse(connection, MISMATCH, f"{where}: nothing sent within {self.frame_timeout}s")
            raise  # unreachable: _refuse raises
        self.received.append(frame)
        await self._compare(connection, where, frame, entry, segment)

    async def _compare(
        self, connection: ServerConnection, where: str, frame: str | bytes, entry: dict[str, Any], segment: Segment
    ) -> None:
        kind = "text" if isinstance(frame, str) else "binary"
        if "close" in entry:
            await self._refuse(connection, MISMATCH, f"{where}: recorded the client's close, got a {kind} frame")
        if kind != entry.get("kind"):
            await self._refuse(connection, MISMATCH, f"{where}: a {kind} frame, recorded {entry.get('kind')}")
        if "json" not in entry:
            raw = frame if isinstance(frame, str) else frame.decode("utf-8", "replace")
            if raw != entry.get("raw"):
                await self._refuse(connection, MISMATCH, f"{where}: sent {raw[:80]!r}, recorded {entry.get('raw')!r}")
            return
        try:
            sent = canonical(orjson.loads(frame))
        except orjson.JSONDecodeError:
            await self._refuse(
                connection, MISMATCH, f"{where}: the client sent a frame that is not JSON: {frame!r:.80}"
            )
            return
        recorded = entry["json"]
        if segment.handle is not None and "setup" in recorded and _setup_handle(sent) != segment.handle:
            self.fail(
                f"{where}: reconnected with resumption handle {_setup_handle(sent)!r}; "
                f"the recording resumes {segment.handle!r}"
            )
        if not _same_json(sent, recorded):
            await self._refuse(
                connection, MISMATCH, f"{where}: the frame differs from the recording\n{diff(recorded, sent)}"
            )

    async def _send(self, connection: ServerConnection, index: int, entry: dict[str, Any]) -> None:
        fault = self.faults.get(index)
        if self.delay:
            await asyncio.sleep(self.delay)
        try:
            if isinstance(fault, Malformed):
                await connection.send(fault.frame)
            if isinstance(fault, Drop) or entry.get("drop"):
                connection.transport.abort()
                raise _Stop
            if isinstance(fault, CloseWith):
                await connection.close(fault.code, fault.reason)
                raise _Stop
            if "close" in entry:
                await connection.close(entry["close"], entry.get("reason", ""))
                raise _Stop
            await connection.send(_frame(entry))
        except ConnectionClosed as closed:
            code = closed.rcvd.code if closed.rcvd is not None else None
            if self.complete:
                self.fail(
                    f"frame {index}: the client closed the connection ({code}) before receiving {_describe(entry)}"
                )
            raise _Stop from None

    async def _expect_end(self, connection: ServerConnection, number: int) -> None:
        """After the last recorded frame, the client must send nothing more; wait for it to close."""
        try:
            frame = await asyncio.wait_for(connection.recv(), self.frame_timeout)
        except ConnectionClosed:
            return
        except TimeoutError:
            self.fail(f"connection {number + 1}: the client kept the connection open after the recording ended")
            with suppress(ConnectionClosed):
                await connection.close(MISMATCH, "the recording ended")
            return
        self.received.append(frame)
        await self._refuse(
            connection, MISMATCH, f"connection {number + 1}: a frame after the end of the recording: {frame!r:.200}"
        )


def _frame(entry: dict[str, Any]) -> str | bytes:
    if "json" in entry:
        text = orjson.dumps(entry["json"])
        return text if entry.get("kind") == "binary" else text.decode()
    if "rawBase64" in entry:
        return base64.b64decode(entry["rawBase64"])
    raw: str = entry["raw"]
    return raw.encode() if entry.get("kind") == "binary" else raw


def load(name_or_path: str | Path | LiveCassette) -> LiveCassette:
    """A cassette by name (``cassettes/live/<name>.json``), by path, or as it is."""
    if isinstance(name_or_path, LiveCassette):
        return name_or_path
    path = Path(name_or_path)
    if not path.suffix:
        path = LIVE_CASSETTES_DIR / f"{name_or_path}.json"
    return LiveCassette.load(path)


@contextmanager
def replay(
    cassette: str | Path | LiveCassette, *faults: Fault, frame_timeout: float = 10.0, complete: bool = True
) -> Iterator[ReplayServer]:
    """Serve ``cassette`` on loopback for the block; on leaving, raise :class:`CassetteMismatch` if the client did
    not do what the recording says (see the module docstring). ``complete=False`` lets the client close before the
    recording ends (a test of an error that ends the session early); every frame it does send is still checked."""
    server = ReplayServer(load(cassette), faults, frame_timeout=frame_timeout, complete=complete)
    server.start()
    try:
        yield server
    except BaseException as error:
        server.stop(abort=True)
        if server.failures:
            raise CassetteMismatch("\n\n".join(server.failures)) from error
        raise
    server.stop()
    server.check()
