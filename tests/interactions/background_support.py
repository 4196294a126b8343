"""Helpers for the background-work and Deep Research tests: one scenario through ``Client`` and ``AsyncClient``, a
fake clock, and a loopback server that plays a script of answers (JSON, SSE, a cut stream) and keeps the requests.
"""

from __future__ import annotations

import inspect
import json
import threading
import time
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import pygenai

T = TypeVar("T")

KEY = "test-key-123"
GEMINI = "https://generativelanguage.googleapis.com"
RESEARCH_ID = "v1_ChZkUnNfN3FXdEhMaWR6OWtQa2JtQkVnEhZkUnNfN3FXdEhMaWR6OWtQa2JtQkVn"
BACKGROUND_ID = "v1_ChZ3a1RLYVpYTkYtM2hvNHNQczdDS2dBEhZ3a1RLYVpYTkYtM2hvNHNQczdDS2dB"


class FakeClock:
    """Records sleeps instead of waiting; its time moves on by what was slept."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.offset = 0.0

    def monotonic(self) -> float:
        return 1000.0 + self.offset

    def time(self) -> float:
        return time.time() + self.offset

    def random(self) -> float:
        return 0.5

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.offset += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Api:
    """One scenario through either client: ``await api(call)`` gives the result of a sync or an async call."""

    def __init__(self, mode: str, client: pygenai.Client | pygenai.AsyncClient) -> None:
        self.mode = mode
        self.client: Any = client
        self.clock = FakeClock()
        client._clock = self.clock

    async def __call__(self, value: T | Awaitable[T]) -> T:
        if inspect.isawaitable(value):
            return await value
        return value

    async def close(self) -> None:
        if isinstance(self.client, pygenai.AsyncClient):
            await self.client.close()
        else:
            self.client.close()


def open_api(mode: str, base_url: str, **settings: Any) -> Api:
    settings.setdefault("api_key", KEY)
    if mode == "sync":
        return Api(mode, pygenai.Client(base_url=base_url, **settings))
    return Api(mode, pygenai.AsyncClient(base_url=base_url, **settings))


# --------------------------------------------------------------------------- a scripted loopback server


@dataclass
class Answer:
    """One scripted answer: ``body`` sent with ``status`` and ``headers``; ``cut`` closes the connection after the
    body without finishing it (a chunked body without its last chunk)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    cut: bool = False


def json_answer(data: Any, status: int = 200, **headers: str) -> Answer:
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return Answer(status, body, {"Content-Type": "application/json; charset=UTF-8", **headers})


def sse_answer(events: list[dict[str, Any]], *, done: bool = True, cut: bool = False) -> Answer:
    lines = [
        f"event: {event['event_type']}\ndata: {json.dumps(event, separators=(',', ':'), ensure_ascii=False)}\n\n"
        for event in events
    ]
    if done:
        lines.append("event: done\ndata: [DONE]\n\n")
    return Answer(200, "".join(lines).encode(), {"Content-Type": "text/event-stream"}, cut=cut)


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class ScriptServer:
    """Answers requests in order from ``script``; ``received`` keeps them. ``with ScriptServer(script) as url:``."""

    def __init__(self, script: list[Answer]) -> None:
        self.script = list(script)
        self.received: list[Received] = []
        self._lock = threading.Lock()

    def _next(self, handler: BaseHTTPRequestHandler) -> Answer:
        length = int(handler.headers.get("content-length") or 0)
        body = handler.rfile.read(length) if length else b""
        parts = urlsplit(handler.path)
        with self._lock:
            self.received.append(Received(handler.command, parts.path, parse_qs(parts.query), body))
            if not self.script:
                return json_answer({"error": {"code": "not_found", "message": "script exhausted"}}, 404)
            return self.script.pop(0)

    @contextmanager
    def running(self) -> Iterator[str]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                answer = owner._next(self)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.cut:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    self.wfile.write(f"{len(answer.body):x}\r\n".encode() + answer.body + b"\r\n")
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()


# --------------------------------------------------------------------------- wire shapes

USAGE = {
    "total_tokens": 41890,
    "total_input_tokens": 35112,
    "input_tokens_by_modality": [{"modality": "text", "tokens": 35112}],
    "total_cached_tokens": 0,
    "total_output_tokens": 5210,
    "total_tool_use_tokens": 0,
    "total_thought_tokens": 1568,
}


def interaction(ident: str, status: str, steps: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    """An interaction in the wire's key order (id, status, usage, created, updated, steps, object, ...)."""
    data: dict[str, Any] = {"id": ident, "status": status}
    if status == "completed":
        data["usage"] = USAGE
    data["created"] = "2026-11-29T21:02:11Z"
    data["updated"] = "2026-11-29T21:02:11Z" if status == "in_progress" else "2026-11-29T21:09:40Z"
    data["steps"] = steps or []
    data["object"] = "interaction"
    data.update(extra)
    return data
