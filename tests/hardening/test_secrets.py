"""A well-formed API key never shows: in no exception, log record, repr, hook argument or recorded cassette.

``tests/runtime/test_api_key.py`` covers keys that cannot be sent (bad characters), the key's resolution, and a
retried unary call's errors and records; ``tests/test_cassette_secrets.py`` scans the committed cassettes. This
module drives every transport path with a key shaped like a real one (``AIzaSy`` and 33 more characters) through
``Client`` and ``AsyncClient`` against loopback servers, successful and failing: a call retried after a 503, error
statuses, a connection reset, a read timeout, streams complete, cut and failing, the Interactions stream, resumable
uploads resumed after a drop and refused, and a recording made with the pytest-recording harness. Then it scans:

* every exception raised, through ``__cause__`` and ``__context__`` (and exception groups): ``str``, ``repr``,
  ``args``, ``__notes__``, its attributes (``vars``) and the whole formatted traceback;
* every log record of every logger at DEBUG (a root handler, and httpx2's, httpcore2's, anyio's, hpack's, h11's
  loggers set to DEBUG): message, arguments, formatted exception and stack, attributes;
* the ``repr`` of the clients, resources, responses, raw responses, streams, chunks, events, files and errors, and of
  everything the attempt hooks were handed.

Not scanned, by design: the attributes of httpx2's own objects reached through an exception's ``__cause__`` (an
``httpx2.RequestError`` keeps its ``request``, whose headers hold the key). The README's security note says so.
"""

from __future__ import annotations

import inspect
import logging
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pygenai
from tests.harness import recording
from tests.resources.resumable_server import Drop, ResumableServer, Status
from tests.runtime.loopback_server import Chunked, Drip, LoopbackServer, Reply, Reset, error_body, sse

# Built at run time, so that no key-shaped string sits in the repository for a scanner to flag.
KEY = "AI" + "za" + "Sy" + "Dq7Lk2Vn9Xc4Bt8Mw1Rz6Hj3Pf5Gs0Y_e"
FAST = pygenai.RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.004, deadline=30.0)
ANSWER = {"candidates": [{"content": {"parts": [{"text": "ok"}], "role": "model"}, "finishReason": "STOP"}]}
LIBRARY_LOGGERS = ("pygenai", "httpx2", "httpcore2", "anyio", "hpack", "h2", "h11", "asyncio", "truststore")


def test_the_key_is_shaped_like_a_real_one() -> None:
    assert len(KEY) == 39 and KEY.startswith("AIzaSy")
    assert recording.find_secrets(f"x {KEY} y") == [KEY]  # the cassette scanner's pattern for Google keys


# --------------------------------------------------------------------------- what is scanned


class Scan:
    """Texts to search for the key, each with a label saying where it came from."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.errors: list[BaseException] = []
        self.loggers: set[str] = set()  # the names of the loggers whose records were scanned
        self.checked = False

    def add(self, label: str, text: str) -> None:
        self.texts.append((label, text))

    def repr_of(self, label: str, obj: object) -> None:
        self.add(f"repr({label})", repr(obj))

    def error(self, label: str, exc: BaseException) -> None:
        self.errors.append(exc)
        self.add(f"{label}: formatted traceback", "".join(traceback.format_exception(exc)))
        for number, item in enumerate(exception_chain(exc)):
            where = f"{label}: chain[{number}] {type(item).__name__}"
            self.add(f"{where} str", str(item))
            self.add(f"{where} repr", repr(item))
            self.add(f"{where} args", repr(item.args))
            self.add(f"{where} notes", repr(getattr(item, "__notes__", [])))
            self.add(f"{where} attributes", repr(getattr(item, "__dict__", {})))

    def record(self, record: logging.LogRecord, formatted: str) -> None:
        self.loggers.add(record.name)
        where = f"log record {record.name}:{record.levelname}"
        self.add(f"{where} formatted", formatted)
        self.add(f"{where} args", repr(record.args))
        self.add(f"{where} attributes", repr(vars(record)))

    def assert_no_key(self) -> None:
        """The test's last step: the key is in none of the texts, and httpx2's and httpcore2's records were seen."""
        self.checked = True
        assert "httpx2" in self.loggers, f"the capture saw only {sorted(self.loggers)}"
        assert any(name.startswith("httpcore2.") for name in self.loggers), "httpcore2's DEBUG records were not seen"
        assert self.texts
        leaks = [(label, text) for label, text in self.texts if KEY in text]
        assert not leaks, "the API key shows in " + "; ".join(f"{label}: {text[:300]!r}" for label, text in leaks)


def exception_chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and everything reachable through ``__cause__``, ``__context__`` and exception groups, each once."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or any(item is known for known in seen):
            continue
        seen.append(item)
        todo += [item.__cause__, item.__context__]
        if isinstance(item, BaseExceptionGroup):
            todo += list(item.exceptions)
    return seen


class LogCapture(logging.Handler):
    """Formats each record as it is emitted (exception and stack included) into the scan."""

    def __init__(self, scan: Scan) -> None:
        super().__init__(logging.DEBUG)
        self.scan = scan
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.scan.record(record, self.format(record))


@pytest.fixture
def scan() -> Iterator[Scan]:
    """A scan that every log record of every logger at DEBUG goes into while the test runs (the test ends with
    ``scan.assert_no_key()``)."""
    import httpcore2  # noqa: F401  (imported so that their loggers exist and get their level set here)
    import httpx2  # noqa: F401

    found = Scan()
    handler = LogCapture(found)
    root = logging.getLogger()
    loggers = [root, *(logging.getLogger(name) for name in LIBRARY_LOGGERS)]
    loggers += [item for item in logging.root.manager.loggerDict.values() if isinstance(item, logging.Logger)]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    logging.disable(logging.NOTSET)
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        if logger is root or not logger.propagate:
            logger.addHandler(handler)
    try:
        yield found
    finally:
        for logger, level, disabled in saved:
            logger.setLevel(level)
            logger.disabled = disabled
            logger.removeHandler(handler)
    assert found.checked, "a test using the scan must end with scan.assert_no_key()"


class Watch(pygenai.AttemptHook):
    """Puts the repr of everything hooks are handed into the scan."""

    def __init__(self, scan: Scan) -> None:
        self.scan = scan

    def on_request(self, attempt: pygenai.Attempt) -> None:
        self.scan.repr_of("on_request attempt", attempt)

    def on_response(self, attempt: pygenai.Attempt, response: Any) -> None:
        self.scan.repr_of("on_response", (attempt, response))

    def on_error(self, attempt: pygenai.Attempt, error: pygenai.APIError, decision: Any) -> None:
        self.scan.repr_of("on_error", (attempt, error, decision))
        self.scan.error("on_error error", error)

    def on_stream_event(self, attempt: pygenai.Attempt, event: object) -> None:
        self.scan.repr_of("on_stream_event", (attempt, event))

    def on_stream_end(self, attempt: pygenai.Attempt, error: BaseException | None) -> None:
        self.scan.repr_of("on_stream_end", (attempt, error))


# --------------------------------------------------------------------------- sync and async alike


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def settle(value: Any) -> Any:
    """An async client's coroutine awaited; a sync client's result as it is."""
    return await value if inspect.isawaitable(value) else value


async def drain(stream: Any) -> list[Any]:
    """Every item of a sync or async stream, closing it at the end."""
    items: list[Any] = []
    try:
        if hasattr(stream, "__aiter__"):
            items += [item async for item in stream]
        else:
            items += list(stream)
    finally:
        await settle(stream.close())
    return items


async def expect_error(scan: Scan, label: str, call: Any, error: type[BaseException]) -> BaseException:
    """Await/run ``call``; it must raise ``error``, which goes into the scan."""
    with pytest.raises(error) as info:
        await settle(call())
    scan.error(label, info.value)
    return info.value


async def open_client(mode: str, base_url: str, scan: Scan, **kwargs: Any) -> Any:
    cls = pygenai.Client if mode == "sync" else pygenai.AsyncClient
    client = cls(api_key=KEY, base_url=base_url, retry_policy=FAST, hooks=[Watch(scan)], **kwargs)
    scan.repr_of("client", client)
    scan.repr_of("client.models", client.models)
    return client


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


# --------------------------------------------------------------------------- unary calls


@pytest.mark.anyio
async def test_unary_calls_retried_refused_reset_and_timed_out_never_show_the_key(
    mode: str, server: LoopbackServer, scan: Scan
) -> None:
    unavailable = Reply(503, error_body(503, "UNAVAILABLE", "overloaded"))
    server.add(unavailable, Reply(body=ANSWER))  # succeeds on the retry
    server.add(Reply(400, error_body(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.")))
    server.add(Reply(429, error_body(429, "RESOURCE_EXHAUSTED", "quota"), headers={"retry-after": "120"}))
    server.add(Reset(), Reset(), Reset())  # every attempt reset: an APIConnectionError after two retries
    client = await open_client(mode, server.url, scan, timeout=0.3)
    try:
        response = await settle(client.models.generate_content(model="gemini-test", contents="hi"))
        assert response.text == "ok"
        scan.repr_of("response", response)
        scan.repr_of("raw_response(response)", pygenai.raw_response(response))
        for label, error in (
            ("400", pygenai.BadRequestError),
            ("429", pygenai.RateLimitError),
            ("reset", pygenai.APIConnectionError),
        ):
            await expect_error(scan, label, lambda: client.models.generate_content(model="m", contents="hi"), error)
        server.add(*[Drip(b'{"candidates": []}', interval=1.0)] * 3)
        timeout = await expect_error(
            scan, "timeout", lambda: client.models.generate_content(model="m", contents="hi"), pygenai.APITimeoutError
        )
        assert isinstance(timeout.__cause__, Exception)  # httpx2's exception is chained, and scanned too
    finally:
        await settle(client.close())
    assert [request.headers["x-goog-api-key"] for request in server.requests][:2] == [KEY, KEY]
    assert len(scan.errors) >= 4
    assert "pygenai" in scan.loggers  # its retry records were scanned too
    scan.assert_no_key()


# --------------------------------------------------------------------------- streams


def chunk(text: str) -> str:
    return '{"candidates": [{"content": {"parts": [{"text": "' + text + '"}], "role": "model"}}]}'


@pytest.mark.anyio
async def test_streams_complete_cut_and_failing_never_show_the_key(
    mode: str, server: LoopbackServer, scan: Scan
) -> None:
    server.add(Chunked(sse(chunk("Hel"), chunk("lo"))))
    server.add(Chunked([*sse(chunk("cut ")), b'data: {"candidates": [{"con'], cut=True))  # cut mid-line
    server.add(Chunked(sse(chunk("a"), '{"error": {"code": 500, "message": "internal", "status": "INTERNAL"}}')))
    interactions = [
        '{"event_type": "interaction.created", "interaction": {"id": "v1_a", "status": "in_progress"}}',
        '{"event_type": "step.delta", "index": 0, "delta": {"type": "text", "text": "Hi"}, "event_id": "e1"}',
        "[DONE]",
    ]
    server.add(Chunked([b"event: message\n" + piece for piece in sse(*interactions, sep=b"\n\n")]))
    client = await open_client(mode, server.url, scan)
    try:
        stream = await settle(client.models.generate_content_stream(model="m", contents="hi"))
        scan.repr_of("stream", stream)
        chunks = await drain(stream)
        scan.repr_of("chunks", chunks)
        scan.repr_of("final_response()", await settle(stream.final_response()))
        assert "".join(c.text for c in chunks) == "Hello"

        for label in ("cut", "error event"):
            stream = await settle(client.models.generate_content_stream(model="m", contents="hi"))
            await expect_error(scan, f"stream {label}", lambda stream=stream: drain(stream), pygenai.StreamError)

        events = await drain(await settle(client.interactions.create(model="m", input="hi", stream=True)))
        scan.repr_of("interaction events", events)
        assert len(events) == 2
    finally:
        await settle(client.close())
    assert all(request.headers["x-goog-api-key"] == KEY for request in server.requests)
    scan.assert_no_key()


# --------------------------------------------------------------------------- uploads


@pytest.mark.anyio
async def test_uploads_resumed_and_refused_never_show_the_key(mode: str, scan: Scan) -> None:
    data = bytes(range(256)) * 2048  # 512 KiB: two chunks of 256 KiB
    with ResumableServer() as server:
        server.chunk_faults[1] = Drop(keep=1000)  # the second chunk is cut: a status query, then the rest
        server.chunk_faults[3] = Status(400)  # the next upload's first chunk is refused
        client = await open_client(mode, server.url, scan)
        try:
            file = await settle(client.files.upload(data, mime_type="application/octet-stream", chunk_size=256 * 1024))
            scan.repr_of("file", file)
            scan.repr_of("raw_response(file)", pygenai.raw_response(file))
            await expect_error(
                scan,
                "refused upload",
                lambda: client.files.upload(data, mime_type="application/octet-stream", chunk_size=256 * 1024),
                pygenai.BadRequestError,
            )
        finally:
            await settle(client.close())
    assert "query" in server.commands()  # the resumption happened
    assert all(seen.headers.get("x-goog-api-key") in (None, KEY) for seen in server.requests)
    scan.assert_no_key()


# --------------------------------------------------------------------------- a recording


def test_a_recording_through_the_client_holds_no_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: LoopbackServer, scan: Scan
) -> None:
    """The pytest-recording harness, recording with a real-looking key (read from GEMINI_API_KEY, as when recording
    from the live API), writes neither the key nor its header, for a call, a stream and an error."""
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    server.add(Reply(body=ANSWER), Chunked(sse(chunk("a"), chunk("b"))), Reply(403, error_body(403, "DENIED", "no")))
    cassette = tmp_path / "recorded.yaml"
    with (
        recording.new_vcr(record_mode="all").use_cassette(str(cassette)),
        pygenai.Client(base_url=server.url, retry_policy=FAST) as client,
    ):
        assert client.models.generate_content(model="m", contents="hi").text == "ok"
        with client.models.generate_content_stream(model="m", contents="hi") as stream:
            assert "".join(c.text for c in stream) == "ab"
        with pytest.raises(pygenai.PermissionDeniedError) as info:
            client.models.generate_content(model="m", contents="hi")
        scan.error("recorded 403", info.value)
    assert server.requests[0].headers["x-goog-api-key"] == KEY
    text = cassette.read_text()
    scan.add("the cassette", text)
    assert text.count("interactions") == 1 and text.count("uri:") == 3
    assert recording.find_secrets(text) == []
    assert recording.find_secret_headers(recording.CassetteSerializer.deserialize(text)) == []
    scan.assert_no_key()
