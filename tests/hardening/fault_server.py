"""A loopback HTTP/1.1 server that answers like the API and misbehaves on purpose, for the hardening tests.

A :class:`FaultServer` gets a *responder* (what the API would answer to a request) and a *target* (which
requests the faults hit: the generate call, the upload's chunk, the batch poll). Each target request takes the
next fault from :attr:`FaultServer.faults`; when none is left, and for every other request, the responder
answers. A fault either replaces the answer (:class:`Replace`, :class:`ResetBeforeHeaders`, :class:`Hang`) or
mangles the responder's own answer on its way out (:class:`ResetAfterHeaders`, :class:`Truncate`,
:class:`CorruptGzip`, :class:`Drip`), so the server has done the work and only the response breaks.

One request per connection (every answer says ``connection: close``); each connection runs in its own thread,
and :meth:`FaultServer.close` ends and joins them all, so a test that closes the server leaves no thread behind.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "Answer",
    "CorruptGzip",
    "Drip",
    "Fault",
    "FaultServer",
    "Hang",
    "Paced",
    "Recorded",
    "Replace",
    "ResetAfterHeaders",
    "ResetBeforeHeaders",
    "Truncate",
    "generate_answer",
    "sse_answer",
]


@dataclass
class Recorded:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    at: float
    faulted: bool = False
    """Whether a fault hit this request (a responder asked to answer it knows its answer will not arrive intact)."""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query, keep_blank_values=True))


@dataclass
class Answer:
    """A complete response, sent with a content-length."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "application/json; charset=UTF-8"})


Responder = Callable[[Recorded], Answer]


def generate_answer(text: str) -> Answer:
    """A ``generateContent`` answer whose text is ``text``, pretty-printed as the API sends it."""
    body = {
        "candidates": [{"content": {"parts": [{"text": text}], "role": "model"}, "finishReason": "STOP", "index": 0}],
        "modelVersion": "gemini-2.5-flash",
    }
    return Answer(200, (json.dumps(body, indent=2) + "\n").encode())


def sse_answer(*texts: str) -> Answer:
    """A ``streamGenerateContent?alt=sse`` answer: one event per text, CRLF-framed as the API sends them."""
    events = []
    for index, text in enumerate(texts):
        candidate: dict[str, object] = {"content": {"parts": [{"text": text}], "role": "model"}, "index": 0}
        if index == len(texts) - 1:
            candidate["finishReason"] = "STOP"
        events.append(b"data: " + json.dumps({"candidates": [candidate]}).encode() + b"\r\n\r\n")
    headers = {"content-type": "text/event-stream", "content-disposition": "attachment"}
    return Answer(200, b"".join(events), headers)


@dataclass
class Replace:
    """Answer with ``answer`` instead of what the responder would say (a status error, an HTML page, ...)."""

    answer: Answer


@dataclass
class ResetBeforeHeaders:
    """Read the request, then reset the connection (TCP RST) without a word."""


@dataclass
class ResetAfterHeaders:
    """Send the responder's status line and headers, then reset the connection before any body byte."""


@dataclass
class Truncate:
    """Send the responder's headers (with the full content-length) and only part of the body, then close.

    An event stream is cut a few bytes into its second event (so exactly one event arrives whole); any other
    body after half its bytes.
    """


@dataclass
class CorruptGzip:
    """Send the responder's answer marked ``content-encoding: gzip`` with a body that is not valid gzip."""


@dataclass
class Drip:
    """Send the responder's headers at once and its body one byte every ``interval`` seconds."""

    interval: float


@dataclass
class Paced:
    """Send the responder's event stream one event at a time, ``pause`` seconds apart (the first at once)."""

    pause: float


@dataclass
class Hang:
    """Read the request and never answer (until the server closes)."""


Fault = Replace | ResetBeforeHeaders | ResetAfterHeaders | Truncate | CorruptGzip | Drip | Paced | Hang

CORRUPT_GZIP_BODY = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff\xfe this is not a deflate stream" * 4
"""A gzip header followed by bytes no inflater accepts: the decoder fails on the first chunk."""

_PAUSE_BEFORE_RESET = 0.05
"""After headers, wait this long before the reset, so the client has read them (a reset can discard unread data)."""


class FaultServer:
    """Serves ``responder``'s answers on 127.0.0.1, with :attr:`faults` applied to the requests ``target`` picks."""

    def __init__(self, responder: Responder, target: Callable[[Recorded], bool] = lambda _: True) -> None:
        self.responder = responder
        self.target = target
        self.faults: list[Fault] = []
        self.requests: list[Recorded] = []
        self.faulted: list[Recorded] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._acceptor = threading.Thread(target=self._accept_loop, name="fault-server", daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        host, port = self._sock.getsockname()
        return f"http://{host}:{port}"

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop accepting, end every connection (a hanging or dripping one too) and join every thread."""
        self._stop.set()
        with contextlib.suppress(OSError), socket.create_connection(self._sock.getsockname(), timeout=1):
            pass  # wakes the acceptor up
        self._acceptor.join(5)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(5)
        self._sock.close()

    # ------------------------------------------------------------------ serving

    def _accept_loop(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            if self._stop.is_set():
                conn.close()
                return
            thread = threading.Thread(target=self._serve, args=(conn,), name="fault-server-conn", daemon=True)
            with self._lock:
                self._threads = [t for t in self._threads if t.is_alive()]
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            request = _read_request(conn)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
                fault = self.faults.pop(0) if self.faults and self.target(request) else None
                if fault is not None:
                    request.faulted = True
                    self.faulted.append(request)
            self._answer(conn, request, fault)
        except OSError:
            pass  # the client gave up on this connection (a timeout, a deadline, a closed stream): expected here
        finally:
            conn.close()

    def _answer(self, conn: socket.socket, request: Recorded, fault: Fault | None) -> None:
        if isinstance(fault, Replace):
            conn.sendall(_encode(fault.answer))
        elif isinstance(fault, ResetBeforeHeaders):
            _reset(conn)
        elif isinstance(fault, Hang):
            self._stop.wait()
        else:
            answer = self.responder(request)
            if fault is None:
                conn.sendall(_encode(answer))
            elif isinstance(fault, ResetAfterHeaders):
                conn.sendall(_head(answer.status, answer.headers, len(answer.body)))
                if not self._stop.wait(_PAUSE_BEFORE_RESET):
                    _reset(conn)
            elif isinstance(fault, Truncate):
                keep = _truncation_point(answer)
                conn.sendall(_head(answer.status, answer.headers, len(answer.body)) + answer.body[:keep])
            elif isinstance(fault, CorruptGzip):
                headers = {**answer.headers, "content-encoding": "gzip"}
                conn.sendall(_head(answer.status, headers, len(CORRUPT_GZIP_BODY)) + CORRUPT_GZIP_BODY)
            elif isinstance(fault, Paced):
                conn.sendall(_head(answer.status, answer.headers, len(answer.body)))
                for index, event in enumerate(_events(answer.body)):
                    if index and self._stop.wait(fault.pause):
                        return
                    conn.sendall(event)
            else:
                conn.sendall(_head(answer.status, answer.headers, len(answer.body)))
                for byte in answer.body:
                    if self._stop.wait(fault.interval):
                        return
                    conn.sendall(bytes([byte]))


def _read_request(conn: socket.socket) -> Recorded | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
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


def _reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _truncation_point(answer: Answer) -> int:
    if answer.headers.get("content-type", "").startswith("text/event-stream"):
        body = answer.body
        ends = [end for end in (body.find(b"\r\n\r\n"), body.find(b"\n\n")) if end >= 0]
        if ends:
            first = min(ends)
            return first + (4 if body[first : first + 4] == b"\r\n\r\n" else 2) + 6
    return len(answer.body) // 2


def _events(body: bytes) -> list[bytes]:
    separator = b"\r\n\r\n" if b"\r\n\r\n" in body else b"\n\n"
    parts = body.split(separator)
    return [part + separator for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _encode(answer: Answer) -> bytes:
    return _head(answer.status, answer.headers, len(answer.body)) + answer.body


def _head(status: int, headers: dict[str, str], length: int) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += [f"content-length: {length}", "connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


_REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
