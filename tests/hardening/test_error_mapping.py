"""Every httpx2 exception becomes a typed pygenai error with a decision about retrying (issue 10, defect 3).

A corrupt compressed body used to escape as ``httpx2.DecodingError`` (a ``RequestError``, not a
``TransportError``) from calls, streams and the async client, and was never retried.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx2
import pytest
from fault_server import Answer, CorruptGzip, FaultServer, Recorded, Replace, generate_answer, sse_answer

import pygenai
from pygenai._core.attempts import Attempts
from pygenai._core.errors import APIError, PygenaiError
from pygenai._core.request import RequestSpec
from pygenai._core.retry import RetryPolicy
from pygenai._core.timeouts import DEFAULT_TIMEOUTS
from pygenai._io.http import HTTPX_ERRORS, map_httpx_error

KEY = "test-key-error-mapping"
FAST = pygenai.RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002, deadline=10.0)
SPEC = RequestSpec(
    operation="models.generateContent",
    method="POST",
    url="http://127.0.0.1:9/v1beta/models/m:generateContent",
    params=(),
    headers={"content-type": "application/json"},
    content=b"{}",
    timeout=DEFAULT_TIMEOUTS,
    policy=RetryPolicy(max_retries=2),
    stream=False,
)


def httpx2_exception_classes() -> set[type[BaseException]]:
    """Every exception class httpx2 defines: the ones it exports, and every subclass of them defined in httpx2.

    (``httpx2.websockets`` has its own exceptions; pygenai sends no WebSocket traffic through httpx2 yet, and the
    Live client will map them when it does.)
    """
    exported = [
        value
        for value in vars(httpx2).values()
        if isinstance(value, type) and issubclass(value, BaseException) and not issubclass(value, Warning)
    ]
    found: set[type[BaseException]] = set()
    pending = list(exported)
    while pending:
        cls = pending.pop()
        if cls in found or not cls.__module__.startswith("httpx2"):
            continue
        found.add(cls)
        pending.extend(cls.__subclasses__())
    return found


def test_httpx2_defines_the_classes_this_test_expects_to_walk() -> None:
    classes = httpx2_exception_classes()
    assert {httpx2.HTTPError, httpx2.DecodingError, httpx2.InvalidURL, httpx2.CookieConflict, httpx2.StreamError} <= (
        classes
    )
    assert httpx2.SSEError in classes  # defined outside _exceptions.py, found all the same
    assert len(classes) >= 29


def test_every_httpx2_exception_class_has_its_own_mapping() -> None:
    # A class httpx2 adds later fails here until someone decides what it becomes and whether it is retried.
    missing = sorted(cls.__qualname__ for cls in httpx2_exception_classes() if cls not in HTTPX_ERRORS)
    assert missing == []


def _instance(cls: type[BaseException]) -> Exception:
    request = httpx2.Request("POST", SPEC.url)
    if issubclass(cls, httpx2.HTTPStatusError):
        response = httpx2.Response(503, request=request, content=b"")
        return cls("Server error '503 Service Unavailable'", request=request, response=response)
    if issubclass(cls, httpx2.RequestError):
        return cls(f"{cls.__name__} happened", request=request)
    try:
        made = cls(f"{cls.__name__} happened")
    except TypeError:
        made = cls()
    assert isinstance(made, Exception)
    return made


@pytest.mark.parametrize(
    "cls", sorted(httpx2_exception_classes(), key=lambda c: c.__qualname__), ids=lambda c: c.__name__
)
def test_each_httpx2_exception_becomes_its_pygenai_error_with_its_retry_decision(cls: type[BaseException]) -> None:
    mapped = HTTPX_ERRORS[cls]
    error = map_httpx_error(_instance(cls), SPEC, timeouts=DEFAULT_TIMEOUTS)
    assert isinstance(error, mapped.error)
    assert isinstance(error, PygenaiError)
    assert "httpx2" not in type(error).__module__
    if not isinstance(error, APIError):
        assert isinstance(error, pygenai.InvalidRequestError)  # raised at once, never an attempt to retry
        assert mapped.retryable is False
        return
    assert error.method == "POST" and error.url == SPEC.url
    assert isinstance(error.__cause__, cls)
    decision = Attempts(SPEC, _Clock(), None).failed(error)
    expected = mapped.retryable if mapped.retryable is not None else True  # the 503 of the HTTPStatusError made
    assert decision.retry is expected, decision.reason


@pytest.mark.parametrize(
    ("cls", "error", "retried"),
    [
        (httpx2.DecodingError, pygenai.APIConnectionError, True),
        (httpx2.ReadTimeout, pygenai.APITimeoutError, True),
        (httpx2.PoolTimeout, pygenai.APITimeoutError, True),
        (httpx2.RemoteProtocolError, pygenai.APIConnectionError, True),
        (httpx2.ReadError, pygenai.APIConnectionError, True),
        (httpx2.ProxyError, pygenai.APIConnectionError, True),
        (httpx2.TooManyRedirects, pygenai.APIConnectionError, False),
        (httpx2.RequestError, pygenai.APIConnectionError, False),
        (httpx2.LocalProtocolError, pygenai.InvalidRequestError, False),
        (httpx2.UnsupportedProtocol, pygenai.InvalidRequestError, False),
        (httpx2.InvalidURL, pygenai.InvalidRequestError, False),
        (httpx2.StreamClosed, pygenai.StreamError, False),
        (httpx2.HTTPStatusError, pygenai.ServiceUnavailableError, True),
    ],
)
def test_the_decisions_for_the_kinds_that_matter(
    cls: type[Exception], error: type[PygenaiError], retried: bool
) -> None:
    mapped = map_httpx_error(_instance(cls), SPEC, timeouts=DEFAULT_TIMEOUTS)
    assert type(mapped) is error
    if isinstance(mapped, pygenai.APIConnectionError):
        assert mapped.retryable is retried
    if isinstance(mapped, APIError):
        assert Attempts(SPEC, _Clock(), None).failed(mapped).retry is retried


def test_a_timeout_message_names_the_bound_that_was_hit() -> None:
    error = map_httpx_error(_instance(httpx2.ReadTimeout), SPEC, timeouts=DEFAULT_TIMEOUTS)
    assert str(error).startswith("ReadTimeout: the server sent nothing within 600s (the read timeout;")
    error = map_httpx_error(_instance(httpx2.ConnectTimeout), SPEC, timeouts=DEFAULT_TIMEOUTS)
    assert "within 10s (the connect timeout" in str(error)


# --------------------------------------------------------------------------- a corrupt gzip body, end to end


def _unary_server() -> FaultServer:
    return FaultServer(lambda request: generate_answer("ok"), target=lambda request: request.method == "POST")


def _stream_server() -> FaultServer:
    return FaultServer(lambda request: sse_answer("o", "k"), target=lambda request: request.method == "POST")


def _generate(url: str, mode: str) -> str:
    if mode == "sync":
        with pygenai.Client(api_key=KEY, base_url=url, retry_policy=FAST) as client:
            return client.models.generate_content(model="m", contents="hi").text

    async def run() -> str:
        async with pygenai.AsyncClient(api_key=KEY, base_url=url, retry_policy=FAST) as client:
            return (await client.models.generate_content(model="m", contents="hi")).text

    return asyncio.run(run())


def _stream(url: str, mode: str) -> list[str]:
    if mode == "sync":
        with pygenai.Client(api_key=KEY, base_url=url, retry_policy=FAST) as client:
            with client.models.stream_generate_content(model="m", contents="hi") as stream:
                return [chunk.text for chunk in stream]

    async def run() -> list[str]:
        async with pygenai.AsyncClient(api_key=KEY, base_url=url, retry_policy=FAST) as client:
            async with await client.models.stream_generate_content(model="m", contents="hi") as stream:
                return [chunk.text async for chunk in stream]

    return asyncio.run(run())


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
def test_a_corrupt_gzip_body_is_retried_and_the_call_succeeds(mode: str) -> None:
    with _unary_server() as server:
        server.faults = [CorruptGzip()]
        assert _generate(server.url, mode) == "ok"
        assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_body_corrupt_on_every_attempt_raises_a_connection_error(mode: str) -> None:
    with _unary_server() as server:
        server.faults = [CorruptGzip()] * 3
        with pytest.raises(pygenai.APIConnectionError) as info:
            _generate(server.url, mode)
    error = info.value
    assert type(error) is pygenai.APIConnectionError and error.retryable
    assert str(error).startswith("DecodingError: the response body could not be decompressed (gzip): ")
    assert isinstance(error.__cause__, httpx2.DecodingError)
    assert len(server.requests) == 3  # the first attempt and max_retries=2


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_with_a_corrupt_gzip_body_is_sent_again(mode: str) -> None:
    with _stream_server() as server:
        server.faults = [CorruptGzip()]
        assert _stream(server.url, mode) == ["o", "k"]
        assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_corrupt_on_every_attempt_raises_a_stream_error(mode: str) -> None:
    with _stream_server() as server:
        server.faults = [CorruptGzip()] * 3
        with pytest.raises(pygenai.StreamError) as info:
            _stream(server.url, mode)
    assert str(info.value).startswith("the stream was cut before its first event: DecodingError: ")
    assert isinstance(info.value.__cause__, httpx2.DecodingError)
    assert len(server.requests) == 3


# --------------------------------------------------------------------------- what an injected client raises


def _injected(
    mode: str, url: str, *, raise_for_status: bool = False, redirects: int | None = None
) -> Callable[[], str]:
    """A call through an injected httpx2 client: one whose response hook raises for an error status, or one that
    follows redirects (at most ``redirects``)."""

    def hook(response: httpx2.Response) -> None:
        response.raise_for_status()

    async def ahook(response: httpx2.Response) -> None:
        response.raise_for_status()

    follow = {"follow_redirects": True, "max_redirects": redirects} if redirects is not None else {}
    if mode == "sync":

        def call() -> str:
            with httpx2.Client(event_hooks={"response": [hook] if raise_for_status else []}, **follow) as http:
                client = pygenai.Client(api_key=KEY, base_url=url, retry_policy=FAST, http_client=http)
                return client.models.generate_content(model="m", contents="hi").text

        return call

    async def acall() -> str:
        async with httpx2.AsyncClient(event_hooks={"response": [ahook] if raise_for_status else []}, **follow) as http:
            client = pygenai.AsyncClient(api_key=KEY, base_url=url, retry_policy=FAST, http_client=http)
            return (await client.models.generate_content(model="m", contents="hi")).text

    return lambda: asyncio.run(acall())


UNAVAILABLE = Answer(503, b'{"error": {"code": 503, "message": "overloaded", "status": "UNAVAILABLE"}}')
BAD = Answer(400, b'{"error": {"code": 400, "message": "bad", "status": "INVALID_ARGUMENT"}}')


@pytest.mark.parametrize("mode", MODES)
def test_a_status_raised_by_an_injected_clients_hook_is_a_status_error_retried_by_its_status(mode: str) -> None:
    with _unary_server() as server:
        server.faults = [Replace(UNAVAILABLE)]
        assert _injected(mode, server.url, raise_for_status=True)() == "ok"
        assert len(server.requests) == 2
        server.faults = [Replace(BAD)]
        with pytest.raises(pygenai.BadRequestError) as info:
            _injected(mode, server.url, raise_for_status=True)()
        # httpx2 closes a response whose hook raised, unread: the status and headers are all there is
        assert (info.value.status_code, info.value.body, str(info.value)) == (400, b"", "400: HTTP 400 Bad Request")
        assert len(server.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_loop_in_an_injected_client_raises_once_without_retrying(mode: str) -> None:
    def redirect(request: Recorded) -> Answer:
        return Answer(302, b"", {"location": request.target})

    with FaultServer(redirect) as server:
        with pytest.raises(pygenai.APIConnectionError) as info:
            _injected(mode, server.url, redirects=2)()
        assert isinstance(info.value.__cause__, httpx2.TooManyRedirects)
        assert info.value.retryable is False
        assert len(server.requests) == 3  # the request and its two redirects, once: no retry


class _Clock:
    def monotonic(self) -> float:
        return 0.0

    def time(self) -> float:
        return 0.0

    def random(self) -> float:
        return 0.5

    def sleep(self, seconds: float) -> None:
        raise AssertionError("no sleeping here")

    async def asleep(self, seconds: float) -> None:
        raise AssertionError("no sleeping here")
