"""Retries, deadlines and the circuit breaker against a loopback server that misbehaves on purpose."""

from __future__ import annotations

import logging
import time

import pytest
from loopback_server import Drip, LoopbackServer, Reply, Reset, error_body
from runtime_support import FAST, GENERATE, FakeClock, Harness

import pygenai

RETRY_INFO: dict[str, object] = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "1.5s"}
QUOTA: dict[str, object] = {
    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
    "violations": [{"quotaMetric": "generate_content_free_tier_requests", "quotaValue": "10"}],
}
HELP: dict[str, object] = {
    "@type": "type.googleapis.com/google.rpc.Help",
    "links": [{"description": "quota", "url": "https://x"}],
}


def rate_limited(delay: str | None = None) -> Reply:
    details = [QUOTA, HELP] + ([{**RETRY_INFO, "retryDelay": delay}] if delay else [])
    return Reply(429, error_body(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.", details))


def unavailable() -> Reply:
    return Reply(503, error_body(503, "UNAVAILABLE", "The model is overloaded. Please try again later."))


OK = Reply(body={"text": "ok"})


@pytest.mark.slow
def test_429_retry_delay_is_honoured_on_the_real_clock(api: Harness, server: LoopbackServer) -> None:
    server.add(rate_limited("1.5s"), OK)
    started = time.monotonic()
    result = api.call(GENERATE, path={"model": "m"})
    assert result.text == "ok"
    assert time.monotonic() - started >= 1.5
    assert server.requests[1].at - server.requests[0].at >= 1.5
    assert pygenai.raw_response(result).retries == 1


def test_retry_delay_before_retry_info_in_any_detail_order(api: Harness, server: LoopbackServer) -> None:
    body = error_body(429, "RESOURCE_EXHAUSTED", "quota", [{**RETRY_INFO, "retryDelay": "17s"}, HELP, QUOTA])
    server.add(Reply(429, body), OK)
    clock = FakeClock()
    api.open(clock=clock)
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
    assert clock.sleeps == [17.0]


def test_bare_429_backs_off_with_jitter(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(429, error_body(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).")), OK)
    clock = FakeClock(rand=0.5)
    api.open(clock=clock, retry_policy=pygenai.RetryPolicy(initial_delay=2.0, max_delay=8.0))
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
    assert clock.sleeps == [1.0]  # 0.5 * min(8, 2 * 2**0)


def test_503_503_200_succeeds(api: Harness, server: LoopbackServer) -> None:
    server.add(unavailable(), unavailable(), OK)
    result = api.call(GENERATE, path={"model": "m"})
    assert result.text == "ok"
    assert len(server.requests) == 3
    assert pygenai.raw_response(result).retries == 2


def test_503_burst_longer_than_the_budget_raises(api: Harness, server: LoopbackServer) -> None:
    server.add(unavailable(), unavailable(), unavailable(), OK)
    with pytest.raises(pygenai.ServiceUnavailableError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert len(server.requests) == 3  # max_retries=2
    assert info.value.status == "UNAVAILABLE"
    assert info.value.message == "The model is overloaded. Please try again later."


def test_retry_after_headers_are_honoured(api: Harness, server: LoopbackServer) -> None:
    server.add(
        Reply(503, b"", headers={"retry-after": "3"}),
        Reply(429, b"", headers={"retry-after-ms": "250"}),
        OK,
    )
    clock = FakeClock()
    api.open(clock=clock)
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
    assert clock.sleeps == [3.0, 0.25]


def test_400_raises_at_once_with_field_violations(api: Harness, server: LoopbackServer) -> None:
    violation = {"field": "contents[0].parts", "description": "must not be empty"}
    details = [{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [violation]}]
    server.add(Reply(400, error_body(400, "INVALID_ARGUMENT", "Request contains an invalid argument.", details)), OK)
    with pytest.raises(pygenai.BadRequestError) as info:
        api.call(GENERATE, path={"model": "m"})
    err = info.value
    assert len(server.requests) == 1
    assert (err.status_code, err.status, err.message) == (
        400,
        "INVALID_ARGUMENT",
        "Request contains an invalid argument.",
    )
    assert [(v.field, v.description) for v in err.field_violations] == [("contents[0].parts", "must not be empty")]
    assert err.method == "POST" and err.url is not None and err.url.endswith("/v1beta/models/m:generateContent")


@pytest.mark.parametrize(("status", "cls"), [(401, pygenai.AuthenticationError), (404, pygenai.NotFoundError)])
def test_other_4xx_are_never_retried(
    api: Harness, server: LoopbackServer, status: int, cls: type[pygenai.APIStatusError]
) -> None:
    server.add(Reply(status, error_body(status, "X", "no")), OK)
    with pytest.raises(cls):
        api.call(GENERATE, path={"model": "m"})
    assert len(server.requests) == 1


def test_server_delay_above_the_ceiling_raises_at_once_with_the_delay(api: Harness, server: LoopbackServer) -> None:
    server.add(rate_limited("120s"), OK)
    api.open(retry_policy=pygenai.RetryPolicy(max_server_delay=60.0))
    with pytest.raises(pygenai.RateLimitError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert info.value.retry_after == 120.0
    assert "retry after 120s" in str(info.value)
    assert info.value.detail(pygenai.QuotaFailure) is not None
    assert len(server.requests) == 1


def test_max_retries_zero_turns_retrying_off(api: Harness, server: LoopbackServer) -> None:
    server.add(unavailable(), OK)
    api.open(max_retries=0)
    with pytest.raises(pygenai.ServiceUnavailableError):
        api.call(GENERATE, path={"model": "m"})
    assert len(server.requests) == 1


def test_per_request_max_retries(api: Harness, server: LoopbackServer) -> None:
    server.add(unavailable(), unavailable(), unavailable(), unavailable(), OK)
    assert api.call(GENERATE, path={"model": "m"}, max_retries=4).text == "ok"
    assert len(server.requests) == 5


def test_connection_reset_is_retried(api: Harness, server: LoopbackServer) -> None:
    server.add(Reset(), OK)
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
    assert len(server.requests) == 2


def test_connection_resets_beyond_the_budget_raise_a_connection_error(api: Harness, server: LoopbackServer) -> None:
    server.add(Reset(), Reset(), Reset())
    with pytest.raises(pygenai.APIConnectionError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert not isinstance(info.value, pygenai.APITimeoutError)
    assert info.value.__cause__ is not None
    assert len(server.requests) == 3


def test_slow_drip_past_the_read_timeout(api: Harness, server: LoopbackServer) -> None:
    server.add(Drip(b'{"text": "ok"}', interval=1.5), OK)
    started = time.monotonic()
    result = api.call(GENERATE, path={"model": "m"}, timeout=0.5)
    assert result.text == "ok"  # the first attempt timed out, the retry succeeded
    assert len(server.requests) == 2
    assert time.monotonic() - started < 5


def test_slow_drip_without_retries_raises_a_timeout(api: Harness, server: LoopbackServer) -> None:
    server.add(Drip(b'{"text": "ok"}', interval=1.5))
    with pytest.raises(pygenai.APITimeoutError):
        api.call(GENERATE, path={"model": "m"}, timeout=0.5, max_retries=0)


def test_html_502_from_a_proxy_is_retried_then_raised(api: Harness, server: LoopbackServer) -> None:
    html = b"<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"
    page = Reply(502, html, headers={"content-type": "text/html"})
    server.add(page, page, page)
    with pytest.raises(pygenai.InternalServerError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert len(server.requests) == 3
    assert info.value.status_code == 502 and info.value.status is None
    assert info.value.message == "HTTP 502 Bad Gateway (HTML page: 502 Bad Gateway)"
    assert info.value.body == html


def test_deadline_stops_retrying(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(503, b"", headers={"retry-after": "20"}), OK)
    clock = FakeClock()
    api.open(clock=clock, retry_policy=pygenai.RetryPolicy(deadline=10.0))
    with pytest.raises(pygenai.ServiceUnavailableError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert info.value.retry_after == 20.0
    assert clock.sleeps == []
    assert len(server.requests) == 1


def test_each_retry_is_logged_at_info(api: Harness, server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pygenai")
    server.add(unavailable(), Reset(), OK)
    api.open(clock=FakeClock(rand=0.5), retry_policy=pygenai.RetryPolicy(initial_delay=1.0))
    api.call(GENERATE, path={"model": "m"})
    records = [r for r in caplog.records if r.name == "pygenai"]
    assert [r.levelno for r in records] == [logging.INFO, logging.INFO]
    assert [(r.pygenai_attempt, r.pygenai_status, r.pygenai_delay) for r in records] == [  # type: ignore[attr-defined]
        (1, 503, 0.5),
        (2, "APIConnectionError", 1.0),
    ]
    assert "retry 1 of 2" in records[0].getMessage() and "503" in records[0].getMessage()
    assert "waiting 0.500s" in records[0].getMessage()


def test_circuit_breaker_fails_fast_during_cooldown(api: Harness, server: LoopbackServer) -> None:
    breaker = pygenai.CircuitBreaker(failures=2, cooldown=60.0)
    server.add(unavailable(), unavailable(), OK)
    api.open(circuit_breaker=breaker, retry_policy=FAST)
    with pytest.raises(pygenai.ServiceUnavailableError):
        api.call(GENERATE, path={"model": "m"})  # two failures: the breaker opens, no third attempt
    assert len(server.requests) == 2
    with pytest.raises(pygenai.CircuitOpenError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert 0 < info.value.retry_after <= 60.0
    assert len(server.requests) == 2  # nothing was sent


def test_circuit_breaker_lets_requests_through_after_cooldown(api: Harness, server: LoopbackServer) -> None:
    breaker = pygenai.CircuitBreaker(failures=1, cooldown=0.05)
    server.add(unavailable(), OK)
    api.open(circuit_breaker=breaker, max_retries=0)
    with pytest.raises(pygenai.ServiceUnavailableError):
        api.call(GENERATE, path={"model": "m"})
    time.sleep(0.06)
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
    assert breaker.remaining_cooldown() is None


def test_non_retryable_errors_do_not_trip_the_breaker(api: Harness, server: LoopbackServer) -> None:
    breaker = pygenai.CircuitBreaker(failures=1, cooldown=60.0)
    server.add(Reply(400, error_body(400, "INVALID_ARGUMENT", "bad")), OK)
    api.open(circuit_breaker=breaker)
    with pytest.raises(pygenai.BadRequestError):
        api.call(GENERATE, path={"model": "m"})
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
