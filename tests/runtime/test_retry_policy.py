"""The pure retry policy, server-delay parsing and circuit breaker: no I/O, no waiting."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from pygenai import CircuitBreaker, RetryPolicy
from pygenai._core.retry import RETRYABLE_STATUS_CODES, server_delay


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_transient_statuses_are_retryable(status: int) -> None:
    assert status in RETRYABLE_STATUS_CODES


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 412, 413, 422, 501])
def test_other_statuses_are_never_retried(status: int) -> None:
    assert status not in RETRYABLE_STATUS_CODES


def test_defaults_retry_twice_with_a_deadline() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == 2
    assert policy.deadline is not None and policy.deadline > 0


def test_backoff_is_full_jitter_under_an_exponential_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    assert policy.backoff(0, 0.0) == 0.0
    assert policy.backoff(0, 0.999) == pytest.approx(0.4995)
    assert policy.backoff(1, 0.999) == pytest.approx(0.999)
    assert policy.backoff(3, 0.5) == pytest.approx(2.0)
    assert policy.backoff(10, 0.999) == pytest.approx(7.992)  # capped at max_delay
    assert policy.backoff(10_000, 0.5) == pytest.approx(4.0)  # no overflow for absurd retry numbers


def test_decide_retries_with_backoff_until_the_budget_is_spent() -> None:
    policy = RetryPolicy(max_retries=2, initial_delay=1.0, max_delay=10.0)
    first = policy.decide(retries_done=0, elapsed=0.0, retryable=True, rand=0.5)
    second = policy.decide(retries_done=1, elapsed=1.0, retryable=True, rand=0.5)
    third = policy.decide(retries_done=2, elapsed=2.0, retryable=True, rand=0.5)
    assert (first.delay, second.delay) == (0.5, 1.0)
    assert first.retry and second.retry
    assert not third.retry and "2 retries" in third.reason


def test_zero_max_retries_turns_retrying_off() -> None:
    decision = RetryPolicy(max_retries=0).decide(retries_done=0, elapsed=0.0, retryable=True)
    assert not decision.retry


def test_non_retryable_failures_are_never_retried() -> None:
    decision = RetryPolicy().decide(retries_done=0, elapsed=0.0, retryable=False, server_delay=1.0)
    assert not decision.retry and decision.reason == "not retryable"


def test_server_delay_wins_over_backoff() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=1.0)
    decision = policy.decide(retries_done=0, elapsed=0.0, retryable=True, server_delay=17.0, rand=0.9)
    assert decision.delay == 17.0
    assert decision.reason == "server delay"


def test_server_delay_above_the_ceiling_gives_up_at_once() -> None:
    policy = RetryPolicy(max_server_delay=30.0)
    decision = policy.decide(retries_done=0, elapsed=0.0, retryable=True, server_delay=53.0)
    assert not decision.retry
    assert "53s" in decision.reason and "30s" in decision.reason


def test_deadline_stops_a_retry_that_would_end_after_it() -> None:
    policy = RetryPolicy(deadline=10.0)
    assert policy.decide(retries_done=0, elapsed=5.0, retryable=True, server_delay=4.0).retry
    late = policy.decide(retries_done=0, elapsed=5.0, retryable=True, server_delay=6.0)
    assert not late.retry and "deadline" in late.reason
    assert RetryPolicy(deadline=None).decide(retries_done=0, elapsed=1e6, retryable=True, rand=0.1).retry


def test_remaining_time_before_the_deadline() -> None:
    assert RetryPolicy(deadline=10.0).remaining(4.0) == 6.0
    assert RetryPolicy(deadline=10.0).remaining(40.0) == 0.0
    assert RetryPolicy(deadline=None).remaining(4.0) is None


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"initial_delay": -1.0}, {"max_delay": -0.1}, {"max_server_delay": -1.0}, {"deadline": 0.0}],
)
def test_invalid_policies_are_rejected(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- what the server asked for


def test_no_server_delay_without_headers_or_retry_info() -> None:
    assert server_delay({}, None, now=0.0) is None


def test_retry_after_ms_header() -> None:
    assert server_delay({"retry-after-ms": "1500"}, None, now=0.0) == 1.5


def test_retry_after_seconds_header_any_case() -> None:
    assert server_delay({"Retry-After": "7"}, None, now=0.0) == 7.0
    assert server_delay({"retry-after": "0.25"}, None, now=0.0) == 0.25


def test_retry_after_http_date_is_measured_from_now() -> None:
    now = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC).timestamp()
    later = format_datetime(datetime(2026, 5, 1, 12, 0, 30, tzinfo=UTC), usegmt=True)
    past = format_datetime(datetime(2026, 5, 1, 11, 0, 0, tzinfo=UTC), usegmt=True)
    assert server_delay({"retry-after": later}, None, now=now) == 30.0
    assert server_delay({"retry-after": past}, None, now=now) == 0.0


def test_retry_info_delay_from_the_body() -> None:
    assert server_delay({}, 17.0, now=0.0) == 17.0


def test_the_longest_server_delay_wins() -> None:
    assert server_delay({"retry-after": "2", "retry-after-ms": "500"}, 3.5, now=0.0) == 3.5
    assert server_delay({"retry-after": "9"}, 3.5, now=0.0) == 9.0


@pytest.mark.parametrize("value", ["soon", "-3", "nan", "inf", ""])
def test_unparseable_retry_after_values_are_ignored(value: str) -> None:
    assert server_delay({"retry-after": value, "retry-after-ms": value}, None, now=0.0) is None


# --------------------------------------------------------------------------- circuit breaker


class Ticker:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_circuit_opens_after_consecutive_failures_and_closes_after_cooldown() -> None:
    clock = Ticker()
    breaker = CircuitBreaker(failures=3, cooldown=10.0, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.remaining_cooldown() is None
    breaker.record_failure()
    assert breaker.remaining_cooldown() == 10.0
    clock.now += 4
    assert breaker.remaining_cooldown() == 6.0
    clock.now += 6
    assert breaker.remaining_cooldown() is None


def test_circuit_reopens_on_the_first_failure_after_cooldown() -> None:
    clock = Ticker()
    breaker = CircuitBreaker(failures=2, cooldown=5.0, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 5
    assert breaker.remaining_cooldown() is None
    breaker.record_failure()
    assert breaker.remaining_cooldown() == 5.0


def test_a_success_resets_the_failure_count() -> None:
    breaker = CircuitBreaker(failures=2, cooldown=5.0, clock=Ticker())
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    assert breaker.remaining_cooldown() is None


def test_circuit_breaker_validates_its_settings() -> None:
    with pytest.raises(ValueError):
        CircuitBreaker(failures=0)
    with pytest.raises(ValueError):
        CircuitBreaker(cooldown=-1)
    assert repr(CircuitBreaker(failures=4, cooldown=2.5)) == "CircuitBreaker(failures=4, cooldown=2.5)"
