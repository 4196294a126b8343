"""The fault matrix: every transport path against every way a server or network misbehaves (issue 10).

One table: each row a fault, each column a transport path (a unary JSON call, a Gemini SSE stream, an
Interactions SSE stream, a resumable upload, batch polling), each cell the outcome the client must reach within
the row's time bound: success (by a retry, or by resuming where it broke off) or a typed pygenai error. Every cell
runs with the blocking client and with the async one. docs/runtime.md shows the same table, and a test checks that it
does (``python tests/hardening/test_fault_matrix.py`` rewrites it there). After the matrix, a test checks that no
socket, thread or task is left behind.

The clients retry with tiny backoffs and sleep through a recording clock, so a server asking for seconds of delay
costs none; the recorded sleeps show the delay was honoured.
"""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Any

import httpx2
import pytest
from fault_server import (
    Answer,
    CorruptGzip,
    Drip,
    Fault,
    FaultServer,
    Hang,
    Recorded,
    Replace,
    ResetAfterHeaders,
    ResetBeforeHeaders,
    Truncate,
    generate_answer,
    sse_answer,
)

import pygenai

KEY = "test-key-fault-matrix"
RUNTIME_PAGE = Path(__file__).resolve().parents[2] / "docs" / "runtime.md"
BEGIN = "<!-- fault-matrix: begin (written from tests/hardening/test_fault_matrix.py; do not edit by hand) -->"
END = "<!-- fault-matrix: end -->"

POLICY = pygenai.RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.004, max_server_delay=10.0, deadline=5.0)
"""The matrix's retry settings: 3 attempts, backoff of a few milliseconds, server delays up to 10 s honoured."""
TIMEOUT = 1.0
"""Each connect, read and write (rows that test the read timeout set their own)."""


# --------------------------------------------------------------------------- the rows: what goes wrong


def _status(
    code: int, status: str, message: str, details: list[dict[str, Any]] | None = None, **headers: str
) -> Replace:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = details
    body = (json.dumps({"error": error}, indent=2) + "\n").encode()
    return Replace(Answer(code, body, {"content-type": "application/json; charset=UTF-8", **headers}))


def _rate_limited(retry_delay: str | None = None, **headers: str) -> Replace:
    quota = {
        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
        "violations": [
            {"quotaMetric": "generativelanguage.googleapis.com/generate_content_requests", "quotaValue": "10"}
        ],
    }
    details = [quota]
    if retry_delay is not None:
        details.append({"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retry_delay})
    return _status(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.", details, **headers)


def _unavailable() -> Replace:
    return _status(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")


_HTML = b"<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>\n"
_PLAIN = Answer(200, b"Service temporarily unavailable\n", {"content-type": "text/plain; charset=utf-8"})


@dataclass(frozen=True)
class Row:
    """One fault: what the server does to the requests the path's target picks, and the client's settings."""

    id: str
    label: str
    faults: Callable[[], list[Fault]]
    bound: float
    """Seconds the whole call may take, from the first request to the outcome."""
    settings: dict[str, Any] = field(default_factory=dict)
    delay: tuple[float, float] | None = None
    """The server's requested delay, which the client must have slept: its lowest and highest value."""


ROWS = [
    Row(
        "429-retry-info",
        "429 with `RetryInfo` (`retryDelay: 1.5s`)",
        lambda: [_rate_limited("1.5s")],
        0.5,
        delay=(1.5, 1.5),
    ),
    Row(
        "429-retry-after",
        "429 with `Retry-After: 2` (seconds)",
        lambda: [_rate_limited(**{"retry-after": "2"})],
        0.5,
        delay=(2.0, 2.0),
    ),
    Row(
        "429-retry-after-date",
        "429 with `Retry-After` as an HTTP date (3 s ahead)",
        lambda: [_rate_limited(**{"retry-after": formatdate(time.time() + 3, usegmt=True)})],
        0.5,
        delay=(1.0, 3.0),
    ),
    Row("429-above-ceiling", "429 asking for 30 s (ceiling: 10 s)", lambda: [_rate_limited("30s")], 0.5),
    Row("5xx-burst", "503, 503, then 200", lambda: [_unavailable(), _unavailable()], 0.5),
    Row("reset-before-headers", "connection reset before the headers", lambda: [ResetBeforeHeaders()], 0.5),
    Row("reset-after-headers", "connection reset after the headers", lambda: [ResetAfterHeaders()], 0.5),
    Row("truncated", "body cut short (after the first event of a stream)", lambda: [Truncate()], 0.5),
    Row("corrupt-gzip", "corrupt body (`content-encoding: gzip`, not gzip)", lambda: [CorruptGzip()], 0.5),
    Row("wrong-content-type", "200 `text/plain` on every attempt", lambda: [Replace(_PLAIN)] * 3, 0.5),
    Row(
        "html-error-page",
        "HTML error page (a proxy's 502)",
        lambda: [Replace(Answer(502, _HTML, {"content-type": "text/html"}))],
        0.5,
    ),
    Row(
        "slow-drip",
        "slow drip: a byte every 20 ms (`timeout=1`, `deadline=0.2`)",
        lambda: [Drip(interval=0.02)],
        0.2 + 0.5,
        settings={"deadline": 0.2},
    ),
    Row(
        "never-answers",
        "never answers (`timeout=0.05`)",
        lambda: [Hang(), Hang(), Hang()],
        3 * 0.05 + 0.5,
        settings={"timeout": 0.05},
    ),
]


# --------------------------------------------------------------------------- the paths: how the client talks


Sink = list[Any]


@dataclass(frozen=True)
class TransportPath:
    """One way of talking to the API: a fake of its server side and the call that exercises it."""

    id: str
    label: str
    responder: Callable[[], Callable[[Recorded], Answer]]
    """Makes a fresh server side (some keep state: the upload session, the batch's progress)."""
    target: Callable[[Recorded], bool]
    """The requests that get the row's faults."""
    call: Callable[[pygenai.Client, Sink], Any]
    acall: Callable[[pygenai.AsyncClient, Sink], Awaitable[Any]]
    result: Any
    """What the call returns when it succeeds."""
    requests: int
    """How many requests the path makes when nothing goes wrong."""


def _generate(client: pygenai.Client, sink: Sink) -> Any:
    return client.models.generate_content(model="m", contents="hi").text


async def _agenerate(client: pygenai.AsyncClient, sink: Sink) -> Any:
    return (await client.models.generate_content(model="m", contents="hi")).text


def _stream(client: pygenai.Client, sink: Sink) -> Any:
    with client.models.stream_generate_content(model="m", contents="hi") as stream:
        sink.extend(chunk.text for chunk in stream)
    return "".join(sink)


async def _astream(client: pygenai.AsyncClient, sink: Sink) -> Any:
    async with await client.models.stream_generate_content(model="m", contents="hi") as stream:
        async for chunk in stream:
            sink.append(chunk.text)
    return "".join(sink)


def _interaction_event(kind: str, event_id: str, **fields: Any) -> bytes:
    data = json.dumps({**fields, "event_id": event_id, "event_type": kind}, separators=(",", ":"))
    return f"event: {kind}\ndata: {data}\n\n".encode()


_INTERACTION_EVENTS = [
    _interaction_event("interaction.created", "e1", interaction={"id": "v1_abc", "status": "in_progress"}),
    _interaction_event("step.delta", "e2", index=0, delta={"type": "text", "text": "o"}),
    _interaction_event("step.delta", "e3", index=0, delta={"type": "text", "text": "k"}),
    _interaction_event("interaction.completed", "e4", interaction={"id": "v1_abc", "status": "completed"}),
]
_EVENT_KINDS = ["interaction.created", "step.delta", "step.delta", "interaction.completed"]


def _interactions_server() -> Callable[[Recorded], Answer]:
    def answer(request: Recorded) -> Answer:
        events = _INTERACTION_EVENTS
        last = request.query.get("last_event_id")
        if request.method == "GET" and last is not None:  # a resume: the events after the last one seen
            events = events[[f"e{n}" for n in range(1, 5)].index(last) + 1 :]
        body = b"".join(events) + b"event: done\ndata: [DONE]\n\n"
        return Answer(200, body, {"content-type": "text/event-stream"})

    return answer


def _interact(client: pygenai.Client, sink: Sink) -> Any:
    with client.interactions.create(model="m", input="hi", stream=True) as stream:
        sink.extend(event.to_dict()["event_type"] for event in stream)
    return sink


async def _ainteract(client: pygenai.AsyncClient, sink: Sink) -> Any:
    async with await client.interactions.create(model="m", input="hi", stream=True) as stream:
        async for event in stream:
            sink.append(event.to_dict()["event_type"])
    return sink


_UPLOAD = b"the bytes of a file uploaded through a misbehaving server\n"
_FILE = {"file": {"name": "files/abc123", "mimeType": "text/plain", "sizeBytes": str(len(_UPLOAD)), "state": "ACTIVE"}}


def _upload_server() -> Callable[[Recorded], Answer]:
    received: list[bytes] = []

    def answer(request: Recorded) -> Answer:
        command = request.headers.get("x-goog-upload-command", "")
        if command == "start":
            url = f"http://{request.headers['host']}/upload/v1beta/files?upload_id=u1&upload_protocol=resumable"
            headers = {"content-type": "text/plain; charset=utf-8", "x-goog-upload-status": "active"}
            return Answer(200, b"", {**headers, "x-goog-upload-url": url})
        if command.startswith("upload"):
            received[:] = [request.body]
        if received and received[0] == _UPLOAD:
            body = (json.dumps(_FILE, indent=2) + "\n").encode()
            headers = {"content-type": "application/json; charset=UTF-8", "x-goog-upload-status": "final"}
            return Answer(200, body, {**headers, "x-goog-upload-size-received": str(len(_UPLOAD))})
        return Answer(200, b"", {"x-goog-upload-status": "active", "x-goog-upload-size-received": "0"})

    return answer


def _upload(client: pygenai.Client, sink: Sink) -> Any:
    return client.files.upload(file=_UPLOAD, mime_type="text/plain").name


async def _aupload(client: pygenai.AsyncClient, sink: Sink) -> Any:
    return (await client.files.upload(file=_UPLOAD, mime_type="text/plain")).name


def _batch_server() -> Callable[[Recorded], Answer]:
    polls: list[None] = []  # the polls answered intact: the first says running, the next succeeded

    def answer(request: Recorded) -> Answer:
        if not request.faulted:
            polls.append(None)
        state = "BATCH_STATE_SUCCEEDED" if len(polls) > 1 else "BATCH_STATE_RUNNING"
        metadata = {
            "@type": "type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatch",
            "name": "batches/b1",
            "state": state,
        }
        operation = {"name": "batches/b1", "metadata": metadata, **({"done": True} if len(polls) > 1 else {})}
        return Answer(200, (json.dumps(operation, indent=2) + "\n").encode())

    return answer


def _wait(client: pygenai.Client, sink: Sink) -> Any:
    return client.batches.wait("batches/b1", poll_interval=0.01).state


async def _await(client: pygenai.AsyncClient, sink: Sink) -> Any:
    return (await client.batches.wait("batches/b1", poll_interval=0.01)).state


PATHS = [
    TransportPath(
        "unary",
        "unary JSON call",
        lambda: lambda request: generate_answer("ok"),
        lambda request: True,
        _generate,
        _agenerate,
        "ok",
        1,
    ),
    TransportPath(
        "gemini-sse",
        "Gemini SSE stream",
        lambda: lambda request: sse_answer("o", "k"),
        lambda request: True,
        _stream,
        _astream,
        "ok",
        1,
    ),
    TransportPath(
        "interactions-sse",
        "Interactions SSE stream",
        _interactions_server,
        lambda request: request.method == "POST",
        _interact,
        _ainteract,
        _EVENT_KINDS,
        1,
    ),
    TransportPath(
        "upload",
        "resumable upload (the chunk)",
        _upload_server,
        lambda request: request.headers.get("x-goog-upload-command", "").startswith("upload"),
        _upload,
        _aupload,
        "files/abc123",
        2,
    ),
    TransportPath(
        "batch-polling",
        "batch polling",
        _batch_server,
        lambda request: True,
        _wait,
        _await,
        "BATCH_STATE_SUCCEEDED",
        2,
    ),
]


# --------------------------------------------------------------------------- the expected outcomes

RETRIED = "ok (retried)"
RESUMED = "ok (resumed)"


def _same(outcome: str, upload: str = RESUMED) -> dict[str, str]:
    """One outcome on every path; the upload recovers by asking the server what arrived (a resume)."""
    return {
        "unary": outcome,
        "gemini-sse": outcome,
        "interactions-sse": outcome,
        "upload": upload,
        "batch-polling": outcome,
    }


EXPECTED: dict[str, dict[str, str]] = {
    "429-retry-info": _same(RETRIED),
    "429-retry-after": _same(RETRIED),
    "429-retry-after-date": _same(RETRIED),
    "429-above-ceiling": _same("RateLimitError", upload="RateLimitError"),
    "5xx-burst": _same(RETRIED),
    "reset-before-headers": _same(RETRIED),
    "reset-after-headers": _same(RETRIED),
    "truncated": {**_same(RETRIED), "gemini-sse": "StreamError after 1 event", "interactions-sse": RESUMED},
    "corrupt-gzip": _same(RETRIED),
    "wrong-content-type": {
        "unary": "ResponseDecodeError",
        "gemini-sse": "StreamError",
        "interactions-sse": "StreamError",
        "upload": "UploadError",
        "batch-polling": "ResponseDecodeError",
    },
    "html-error-page": _same(RETRIED),
    "slow-drip": _same("DeadlineExceededError", upload="DeadlineExceededError"),
    "never-answers": _same("APITimeoutError", upload="APITimeoutError"),
}
"""Row id -> path id -> outcome: ``ok (retried)`` / ``ok (resumed)`` (success after a new attempt, or after
continuing where it broke off), or the pygenai error the call raises (with the events that reached the caller)."""

CASES = [(row, path) for row in ROWS for path in PATHS]
CLEAN = Row("clean", "nothing goes wrong", lambda: [], 0.5)
MODES = ["sync", "async"]


# --------------------------------------------------------------------------- running one cell


class RecordingClock:
    """Sleeps without waiting and remembers each sleep; its time moves on by what was slept."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.offset = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def time(self) -> float:
        return time.time() + self.offset

    def random(self) -> float:
        return 0.5

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.offset += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class Observed:
    """What one cell did: its outcome, the seconds the call took, the clock's sleeps, leftover asyncio tasks."""

    outcome: str
    elapsed: float
    sleeps: list[float]
    tasks: int = 0


_TLS = ssl.create_default_context()
"""One TLS context for every cell's connection pool: building one loads the CA bundle (tens of milliseconds), which
is not what the matrix measures. (The servers speak plain HTTP; a pool builds its context all the same.)"""


def run_cell(row: Row, path: TransportPath, mode: str) -> Observed:
    with FaultServer(path.responder(), target=path.target) as server:
        server.faults = row.faults()
        clock = RecordingClock()
        settings = {"api_key": KEY, "base_url": server.url, "retry_policy": POLICY, "timeout": TIMEOUT, **row.settings}
        sink: Sink = []
        result: Any = None
        error: pygenai.PygenaiError | None = None
        tasks = 0
        if mode == "sync":
            with httpx2.Client(verify=_TLS) as http, pygenai.Client(**settings, http_client=http) as client:
                client._clock = clock
                started = time.monotonic()
                try:
                    result = path.call(client, sink)
                except pygenai.PygenaiError as exc:
                    error = exc
                elapsed = time.monotonic() - started
        else:

            async def run() -> tuple[Any, pygenai.PygenaiError | None, float, int]:
                async with (
                    httpx2.AsyncClient(verify=_TLS) as http,
                    pygenai.AsyncClient(**settings, http_client=http) as client,
                ):
                    client._clock = clock
                    began = time.monotonic()
                    try:
                        value, failure = await path.acall(client, sink), None
                    except pygenai.PygenaiError as exc:
                        value, failure = None, exc
                    took = time.monotonic() - began
                await asyncio.sleep(0)  # let anything the call left scheduled run its course
                return value, failure, took, len(asyncio.all_tasks()) - 1

            result, error, elapsed, tasks = asyncio.run(run())
        outcome = _outcome(path, server, sink, result, error)
    return Observed(outcome, elapsed, clock.sleeps, tasks)


def _outcome(
    path: TransportPath, server: FaultServer, sink: Sink, result: Any, error: pygenai.PygenaiError | None
) -> str:
    if error is not None:
        name = type(error).__name__
        return f"{name} after {len(sink)} event{'s' if len(sink) != 1 else ''}" if sink else name
    if result != path.result:
        return f"wrong result: {result!r}"
    resumed = any(
        "last_event_id" in request.query or request.headers.get("x-goog-upload-command") == "query"
        for request in server.requests
    )
    if resumed:
        return RESUMED
    return RETRIED if len(server.requests) > path.requests else "ok"


# --------------------------------------------------------------------------- the matrix, and the leak check after it


@dataclass
class Resources:
    """What a process holds that a misbehaving server could make it leak."""

    fds: int
    threads: set[str]

    @classmethod
    def now(cls) -> Resources:
        return cls(len(os.listdir("/proc/self/fd")), {thread.name for thread in threading.enumerate()})


class _Baseline:
    before: Resources | None = None
    cells = 0


@pytest.fixture(scope="module")
def baseline() -> Iterator[type[_Baseline]]:
    """The resources held before the matrix, taken after one clean run of each path in each mode (which loads what
    the calls import, so the first cell is timed like the others)."""
    for mode in MODES:
        for path in PATHS:
            assert run_cell(CLEAN, path, mode).outcome == "ok"
    _Baseline.before = Resources.now()
    yield _Baseline


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("row", "path"), CASES, ids=[f"{row.id}-{path.id}" for row, path in CASES])
def test_fault_matrix(row: Row, path: TransportPath, mode: str, baseline: type[_Baseline]) -> None:
    observed = run_cell(row, path, mode)
    baseline.cells += 1
    assert observed.outcome == EXPECTED[row.id][path.id]
    assert observed.elapsed < row.bound, f"{observed.elapsed:.3f}s, bound {row.bound}s"
    if row.delay is not None:
        low, high = row.delay
        assert any(low - 0.01 <= slept <= high + 0.01 for slept in observed.sleeps), observed.sleeps
    assert observed.tasks == 0  # an async cell leaves no task behind


def test_the_matrix_leaves_no_socket_thread_or_task_behind(baseline: type[_Baseline]) -> None:
    # Run after the matrix in this module; run alone, it goes through the matrix itself first.
    if baseline.cells == 0:
        for mode in MODES:
            for row, path in CASES:
                assert run_cell(row, path, mode).tasks == 0
    before, after = baseline.before, Resources.now()
    assert before is not None
    assert after.threads <= before.threads, after.threads - before.threads
    assert after.fds <= before.fds, f"{after.fds - before.fds} file descriptors more than before the matrix"


def test_every_cell_has_an_expected_outcome() -> None:
    assert set(EXPECTED) == {row.id for row in ROWS}
    assert all(set(cells) == {path.id for path in PATHS} for cells in EXPECTED.values())


# --------------------------------------------------------------------------- the copy in docs/runtime.md


def matrix_markdown() -> str:
    """The matrix as docs/runtime.md shows it, between its markers."""
    head = "| fault | bound | " + " | ".join(path.label for path in PATHS) + " |"
    rule = "|---|---|" + "---|" * len(PATHS)
    lines = [head, rule]
    for row in ROWS:
        cells = [_cell(EXPECTED[row.id][path.id]) for path in PATHS]
        lines.append(f"| {row.label} | {row.bound:g} s | " + " | ".join(cells) + " |")
    size = f"{len(ROWS)} faults x {len(PATHS)} paths = {len(CASES)} cells, each run with `Client` and `AsyncClient`"
    return "\n".join([BEGIN, "", *lines, "", f"{size}.", "", END])


def _cell(outcome: str) -> str:
    if outcome.startswith("ok"):
        return outcome
    name, _, rest = outcome.partition(" ")
    return f"`{name}` {rest}" if rest else f"`{name}`"


def _page_block(text: str) -> str | None:
    start, end = text.find(BEGIN), text.find(END)
    return text[start : end + len(END)] if start >= 0 and end > start else None


def test_the_runtime_page_shows_the_matrix_as_tested() -> None:
    block = _page_block(RUNTIME_PAGE.read_text(encoding="utf-8"))
    assert block is not None, f"docs/runtime.md has no fault matrix between {BEGIN!r} and {END!r}"
    assert block == matrix_markdown(), (
        "docs/runtime.md's fault matrix differs from the one tested: run `python tests/hardening/test_fault_matrix.py` "
        "to write it there"
    )


def write_page() -> None:
    text = RUNTIME_PAGE.read_text(encoding="utf-8")
    block = _page_block(text)
    if block is None:
        raise SystemExit(f"docs/runtime.md has no {BEGIN!r} ... {END!r} markers to write the matrix between")
    RUNTIME_PAGE.write_text(text.replace(block, matrix_markdown()), encoding="utf-8")


if __name__ == "__main__":
    write_page()
    sys.stdout.write(f"wrote the fault matrix ({len(CASES)} cells) into {RUNTIME_PAGE}\n")
