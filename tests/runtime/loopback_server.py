"""A scripted HTTP/1.1 server on 127.0.0.1 for fault tests: each request gets the next scripted action.

It speaks just enough HTTP to answer one request per connection (every reply says ``connection: close``) and
can misbehave on purpose: reset the connection, cut a chunked body, drip bytes slower than a read timeout.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

import orjson


@dataclass
class Recorded:
    """One request as the server received it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    at: float

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)

    def json(self) -> object:
        return orjson.loads(self.body)


@dataclass
class Reply:
    """A complete response with a content-length."""

    status: int = 200
    body: bytes | dict[str, object] | list[object] = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line

    def encoded_body(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return orjson.dumps(self.body, option=orjson.OPT_INDENT_2) + b"\n"


@dataclass
class Chunked:
    """A chunked response whose pieces are sent with pauses; ``cut`` ends it without the final chunk."""

    pieces: list[bytes]
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "text/event-stream"})
    pause: float = 0.0  # between pieces
    cut: bool = False


@dataclass
class Drip:
    """Headers with a content-length, then the body one byte every ``interval`` seconds."""

    body: bytes
    interval: float
    status: int = 200


@dataclass
class Reset:
    """Close the connection with a TCP reset before answering."""


Action = Reply | Chunked | Drip | Reset


def error_body(code: int, status: str, message: str, details: Iterable[Mapping[str, object]] = ()) -> dict[str, object]:
    error: dict[str, object] = {"code": code, "message": message, "status": status}
    details = list(details)
    if details:
        error["details"] = details
    return {"error": error}


def sse(*datas: str | bytes, sep: bytes = b"\r\n\r\n") -> list[bytes]:
    """One piece per ``data:`` event, framed the way generateContent streams are."""
    return [b"data: " + (d if isinstance(d, bytes) else d.encode()) + sep for d in datas]


class LoopbackServer:
    """Serves scripted actions in order; when the script runs out, ``default`` answers."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.script: list[Action | Callable[[Recorded], Action]] = []
        self.default: Action = Reply(404, {"error": {"code": 404, "message": "unscripted", "status": "NOT_FOUND"}})
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(32)
        self._sock.settimeout(1.0)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        host, port = self._sock.getsockname()
        return f"http://{host}:{port}"

    def add(self, *actions: Action | Callable[[Recorded], Action]) -> None:
        self.script.extend(actions)

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError), socket.create_connection(self._sock.getsockname(), timeout=1):
            pass  # wakes the acceptor up at once
        self._acceptor.join(5)
        for thread in self._threads:
            thread.join(5)
        self._sock.close()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._stop.is_set():
                conn.close()
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            request = self._read_request(conn)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
                step = self.script.pop(0) if self.script else self.default
            action = step(request) if callable(step) else step
            self._respond(conn, action)
        except OSError:
            pass  # the client went away (it timed out or closed the stream): expected in fault tests
        finally:
            conn.close()

    def _read_request(self, conn: socket.socket) -> Recorded | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            rest += chunk
        return Recorded(method, target, headers, rest[:length], time.monotonic())

    def _respond(self, conn: socket.socket, action: Action) -> None:
        if isinstance(action, Reset):
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        if isinstance(action, Reply):
            if action.delay:
                if self._stop.wait(action.delay):
                    return
            body = action.encoded_body()
            headers = {"content-type": "application/json; charset=UTF-8", **action.headers}
            conn.sendall(_head(action.status, {**headers, "content-length": str(len(body))}) + body)
            return
        if isinstance(action, Drip):
            conn.sendall(
                _head(action.status, {"content-type": "application/json", "content-length": str(len(action.body))})
            )
            for byte in action.body:
                if self._stop.wait(action.interval):
                    return
                conn.sendall(bytes([byte]))
            return
        conn.sendall(_head(action.status, {**action.headers, "transfer-encoding": "chunked"}))
        for index, piece in enumerate(action.pieces):
            if index and action.pause and self._stop.wait(action.pause):
                return
            conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        if not action.cut:
            conn.sendall(b"0\r\n\r\n")


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{k}: {v}" for k, v in {**headers, "connection": "close"}.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    408: "Request Timeout",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
