"""pygenai's errors survive pickling with their type and fields: a durable engine (DBOS records a failed workflow's
exception with pickle), multiprocessing and task queues hand them to another process that way."""

from __future__ import annotations

import pickle

from pygenai import (
    APIStatusError,
    LiveConnectionClosedError,
    LiveError,
    LiveProtocolError,
    LiveSetupError,
    MissingDependencyError,
    OutputRetriesExceededError,
    PygenaiError,
    ResponseDecodeError,
    UsageLimitExceededError,
)


def _round_trip(error: PygenaiError) -> PygenaiError:
    copy: PygenaiError = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and copy is not error
    assert str(copy) == str(error) and copy.args == error.args
    return copy


def test_an_agent_run_error_keeps_its_fields_and_partial_run() -> None:
    partial = {"messages": [{"role": "user", "parts": [{"text": "hi"}]}]}
    copy = _round_trip(UsageLimitExceededError("max_steps", 3, 2, partial))
    assert isinstance(copy, UsageLimitExceededError)
    assert (copy.limit, copy.value, copy.allowed, copy.partial) == ("max_steps", 3, 2, partial)

    retries = _round_trip(OutputRetriesExceededError(1, "$.age: not an integer", None))
    assert isinstance(retries, OutputRetriesExceededError) and retries.cause == "$.age: not an integer"


def test_errors_with_keyword_only_fields_keep_them() -> None:
    status = _round_trip(APIStatusError("quota", status_code=429, status="RESOURCE_EXHAUSTED", retry_after=2.0))
    assert isinstance(status, APIStatusError)
    assert (status.status_code, status.status, status.retry_after) == (429, "RESOURCE_EXHAUSTED", 2.0)
    assert status.message == "quota"

    decode = _round_trip(ResponseDecodeError("candidates[0]", "not an object", "[1]"))
    assert isinstance(decode, ResponseDecodeError) and decode.path == "candidates[0]"

    missing = _round_trip(MissingDependencyError("dbos", "pygenai.agent_framework.durable"))
    assert isinstance(missing, MissingDependencyError) and missing.package == "dbos"


def test_live_errors_keep_their_fields() -> None:
    closed = _round_trip(LiveConnectionClosedError(1011, "internal error"))
    assert isinstance(closed, LiveConnectionClosedError) and isinstance(closed, LiveError)
    assert (closed.code, closed.reason) == (1011, "internal error")

    protocol = _round_trip(LiveProtocolError("frame is not JSON", "{not js"))
    assert isinstance(protocol, LiveProtocolError)
    assert (protocol.reason, protocol.snippet) == ("frame is not JSON", "{not js")

    setup = _round_trip(LiveSetupError("the server closed before setupComplete"))
    assert isinstance(setup, LiveSetupError) and "setupComplete" in str(setup)
