"""``deadline=`` bounds the whole call; ``timeout=`` each connect, read and write (issue 10, defect 9).

A server that trickles its body a byte at a time never trips a read timeout: each read gets a byte in time.
Before the deadline, such a call went on as long as the server liked.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest
from fault_server import Answer, Drip, FaultServer, Hang, Paced, Replace, generate_answer, sse_answer

import pygenai

KEY = "test-key-deadline"
FAST = pygenai.RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002)
MODES = ["sync", "async"]
DRIP = Drip(interval=0.02)  # a generate answer is ~250 bytes: about 5 s to drip in full, no read ever waits 0.02 s
SLACK = 0.5  # a loaded machine's scheduling, not the bound under test


class _Timed:
    """The seconds the call itself took (client construction and first imports left out)."""

    elapsed = 0.0


def _client_call(mode: str, url: str, call: Callable[[Any], Any], timed: _Timed | None = None, **settings: Any) -> Any:
    """Run ``call(client)`` (awaiting it for the async client) on a fresh client with ``settings``."""
    timed = timed or _Timed()
    settings = {"api_key": KEY, "base_url": url, "retry_policy": FAST, **settings}
    if mode == "sync":
        with pygenai.Client(**settings) as client:
            client.models  # noqa: B018  # loads the resource's modules before the clock starts
            started = time.monotonic()
            try:
                return call(client)
            finally:
                timed.elapsed = time.monotonic() - started

    async def run() -> Any:
        async with pygenai.AsyncClient(**settings) as client:
            client.models  # noqa: B018
            started = time.monotonic()
            try:
                result = call(client)
                return await result if asyncio.iscoroutine(result) else result
            finally:
                timed.elapsed = time.monotonic() - started

    return asyncio.run(run())


def _generate(client: Any, **options: Any) -> Any:
    return client.models.generate_content(model="m", contents="hi", **options)


def _text(mode: str, url: str, **settings: Any) -> tuple[str, float]:
    timed = _Timed()
    response = _client_call(mode, url, _generate, timed, **settings)
    return response.text, timed.elapsed


def _timed_failure(mode: str, url: str, call: Callable[[Any], Any], **settings: Any) -> tuple[BaseException, float]:
    timed = _Timed()
    with pytest.raises(pygenai.PygenaiError) as info:
        _client_call(mode, url, call, timed, **settings)
    return info.value, timed.elapsed


@pytest.fixture
def server() -> Any:
    with FaultServer(lambda request: generate_answer("ok"), target=lambda r: r.method == "POST") as srv:
        yield srv


@pytest.mark.parametrize("mode", MODES)
def test_a_slow_drip_never_trips_the_read_timeout_but_the_deadline_ends_the_call(mode: str, server: Any) -> None:
    server.faults = [DRIP]
    policy = pygenai.RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002, deadline=0.4)
    error, elapsed = _timed_failure(mode, server.url, _generate, timeout=2.0, retry_policy=policy)
    assert isinstance(error, pygenai.APITimeoutError)
    assert type(error) is pygenai.DeadlineExceededError
    assert str(error).startswith("the call's 0.4s deadline passed while reading the response (")
    assert "deadline= bounds the whole call, timeout= each connect, read and write" in str(error)
    assert (error.deadline, error.stage) == (0.4, "while reading the response")
    assert 0.4 <= error.elapsed and elapsed < 0.4 + SLACK
    assert not error.retryable
    assert len(server.requests) == 1  # a passed deadline is never retried


@pytest.mark.parametrize("mode", MODES)
def test_a_calls_deadline_overrides_the_clients(mode: str, server: Any) -> None:
    server.faults = [DRIP]

    def call(client: Any) -> Any:
        return _generate(client, deadline=0.3)

    error, elapsed = _timed_failure(mode, server.url, call, timeout=2.0, deadline=30.0)
    assert isinstance(error, pygenai.DeadlineExceededError) and error.deadline == 0.3
    assert elapsed < 0.3 + SLACK


@pytest.mark.parametrize("mode", MODES)
def test_without_a_deadline_the_drip_runs_to_its_end(mode: str) -> None:
    short = Answer(200, b'{"candidates": [{"content": {"parts": [{"text": "ok"}]}}]}')
    with FaultServer(lambda request: short) as server:
        server.faults = [Drip(interval=0.01)]
        text, elapsed = _text(mode, server.url, timeout=2.0, deadline=None)
    assert text == "ok" and elapsed >= len(short.body) * 0.01


@pytest.mark.parametrize("mode", MODES)
def test_a_server_that_never_answers_ends_at_the_deadline_not_the_read_timeout(mode: str, server: Any) -> None:
    server.faults = [Hang()]
    error, elapsed = _timed_failure(mode, server.url, _generate, timeout=5.0, deadline=0.4)
    assert type(error) is pygenai.DeadlineExceededError
    assert error.stage == "while waiting for the response"
    assert elapsed < 0.4 + SLACK
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_the_read_timeout_still_bounds_each_read(mode: str, server: Any) -> None:
    server.faults = [Hang(), Hang(), Hang()]
    error, elapsed = _timed_failure(mode, server.url, _generate, timeout=0.1, deadline=10.0)
    assert type(error) is pygenai.APITimeoutError and error.retryable
    assert str(error).startswith("ReadTimeout: the server sent nothing within 0.1s (the read timeout;")
    assert len(server.requests) == 3  # timeouts are retried
    assert elapsed < 0.3 + SLACK


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_covers_every_attempt_and_the_waits_between_them(mode: str, server: Any) -> None:
    unavailable = Answer(503, b'{"error": {"code": 503, "message": "busy", "status": "UNAVAILABLE"}}')
    server.faults = [Replace(Answer(503, unavailable.body, {"retry-after": "0.3"})), DRIP]
    error, elapsed = _timed_failure(mode, server.url, _generate, timeout=2.0, deadline=0.6)
    assert type(error) is pygenai.DeadlineExceededError
    assert len(server.requests) == 2
    assert server.requests[1].at - server.requests[0].at >= 0.3  # the server's delay was waited out
    assert 0.6 <= error.elapsed and elapsed < 0.6 + SLACK  # the drip got what the first attempt and the wait left


# --------------------------------------------------------------------------- streams: until the first event


def _stream(client: Any) -> Any:
    if isinstance(client, pygenai.AsyncClient):

        async def read() -> list[str]:
            async with await client.models.stream_generate_content(model="m", contents="hi") as stream:
                return [chunk.text async for chunk in stream]

        return read()
    with client.models.stream_generate_content(model="m", contents="hi") as stream:
        return [chunk.text for chunk in stream]


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_whose_first_event_drips_in_ends_at_the_deadline(mode: str) -> None:
    with FaultServer(lambda request: sse_answer("o", "k")) as server:
        server.faults = [DRIP]
        error, elapsed = _timed_failure(mode, server.url, _stream, timeout=2.0, deadline=0.4)
    assert type(error) is pygenai.DeadlineExceededError
    assert error.stage == "before the stream's first event"
    assert elapsed < 0.4 + SLACK


@pytest.mark.parametrize("mode", MODES)
def test_after_its_first_event_a_stream_reads_at_its_own_pace(mode: str) -> None:
    with FaultServer(lambda request: sse_answer("a", "b", "c", "d")) as server:
        server.faults = [Paced(pause=0.15)]
        timed = _Timed()
        texts = _client_call(mode, server.url, _stream, timed, timeout=2.0, deadline=0.3)
    assert texts == ["a", "b", "c", "d"]
    assert timed.elapsed >= 0.45  # well past the deadline, which ended with the first event


# --------------------------------------------------------------------------- the settings


def test_deadline_is_a_client_setting_and_a_call_option() -> None:
    assert pygenai.Client(api_key=KEY).deadline == 600.0  # the retry policy's default
    assert pygenai.Client(api_key=KEY, deadline=None).deadline is None
    client = pygenai.Client(api_key=KEY, deadline=45, retry_policy=pygenai.RetryPolicy(deadline=10.0))
    assert client.deadline == 45.0 and client.retry_policy.deadline == 45.0
    assert pygenai.AsyncClient(api_key=KEY, deadline=2.5).deadline == 2.5
    assert client.aio.deadline == 45.0
    assert "deadline" in pygenai.RequestOptions.__annotations__


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("30", TypeError, "deadline must be a number of seconds or None, not str"),
        (True, TypeError, "deadline must be a number of seconds or None, not bool"),
        (0, ValueError, "deadline must be a positive, finite number of seconds or None, not 0"),
        (-1.5, ValueError, "not -1.5"),
        (float("inf"), ValueError, "not inf"),
    ],
)
def test_a_deadline_that_is_not_a_positive_number_is_refused(
    value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        pygenai.Client(api_key=KEY, deadline=value)  # type: ignore[arg-type]
    with pygenai.Client(api_key=KEY, base_url="http://127.0.0.1:9") as client, pytest.raises(error, match=message):
        client.models.generate_content(model="m", contents="hi", deadline=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
def test_a_passed_deadline_counts_against_the_circuit_breaker_but_is_not_retried(mode: str, server: Any) -> None:
    breaker = pygenai.CircuitBreaker(failures=1, cooldown=60.0)
    server.faults = [DRIP]
    error, _ = _timed_failure(mode, server.url, _generate, timeout=2.0, deadline=0.2, circuit_breaker=breaker)
    assert isinstance(error, pygenai.DeadlineExceededError)
    assert len(server.requests) == 1
    assert breaker.remaining_cooldown() is not None  # a service too slow to answer in time is failing
