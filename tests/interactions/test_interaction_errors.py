"""The Interactions API's string error codes land in pygenai's error hierarchy, non-streamed and inside streams.

A non-2xx answer is typed by its HTTP status, as every API error is (``BadRequestError`` for 400, ...), with the
body's string ``code`` kept; an ``error`` event inside a 200 stream has no status of its own, so its code is
mapped to the status Google's error reference gives it (ai.google.dev/gemini-api/docs/api-errors) and the error
is both that status class and a :class:`~pygenai.StreamError`. Retries wait what the server asks (``Retry-After``,
``RetryInfo``). Every scenario runs on a loopback server, through ``Client`` and ``AsyncClient``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
import pytest

import pygenai
from pygenai._core.error_details import INTERACTIONS_ERROR_CODES, http_status_for
from tests.runtime.loopback_server import Chunked, LoopbackServer, Reply
from tests.runtime.runtime_support import FakeClock

MODEL = "gemini-3.5-flash"
IID = "v1_ChZ4VEtUYVo2c0xNMi0xZThQbnBXUzRRdxIWeFRLVGFaNnNMTTItMWU4UG5wV1M0UXc"

# code, HTTP status, the class that status gives (Google's api-errors reference; prohibited_content: wire facts §7)
CODES: list[tuple[str, int, type[pygenai.APIStatusError]]] = [
    ("invalid_request", 400, pygenai.BadRequestError),
    ("failed_precondition", 400, pygenai.BadRequestError),
    ("parameter_unknown", 400, pygenai.BadRequestError),
    ("prohibited_content", 400, pygenai.BadRequestError),
    ("authentication", 401, pygenai.AuthenticationError),
    ("payment_required", 402, pygenai.APIStatusError),
    ("permission_denied", 403, pygenai.PermissionDeniedError),
    ("not_found", 404, pygenai.NotFoundError),
    ("model_not_found", 404, pygenai.NotFoundError),
    ("already_exists", 409, pygenai.ConflictError),
    ("aborted", 409, pygenai.ConflictError),
    ("out_of_range", 416, pygenai.APIStatusError),
    ("rate_limit_exceeded", 429, pygenai.RateLimitError),
    ("quota_exceeded", 429, pygenai.RateLimitError),
    ("too_many_requests", 429, pygenai.RateLimitError),
    ("cancelled", 499, pygenai.APIStatusError),
    ("api_error", 500, pygenai.InternalServerError),
    ("unimplemented", 501, pygenai.InternalServerError),
    ("service_unavailable", 503, pygenai.ServiceUnavailableError),
    ("deadline_exceeded", 504, pygenai.GatewayTimeoutError),
    ("gateway_timeout", 504, pygenai.GatewayTimeoutError),
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def error_json(code: str, message: str, details: list[dict[str, Any]] | None = None) -> bytes:
    """An Interactions error body: compact JSON, string code, no trailing newline (wire facts §7)."""
    error: dict[str, Any] = {"message": message, "code": code}
    if details:
        error["details"] = details
    return orjson.dumps({"error": error})


def event(event_type: str, **fields: object) -> bytes:
    data = {**fields, "event_type": event_type}
    return f"event: {event_type}\ndata: {orjson.dumps(data).decode()}\n\n".encode()


CREATED = event("interaction.created", interaction={"id": IID, "status": "in_progress", "object": "interaction"})
STATUS = event("interaction.status_update", interaction_id=IID, status="in_progress")
COMPLETED_JSON = orjson.dumps(
    {
        "id": IID,
        "status": "completed",
        "steps": [{"content": [{"text": "Hi!", "type": "text"}], "type": "model_output"}],
        "object": "interaction",
        "model": MODEL,
    }
)
RETRY_INFO = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "3s"}


def _create(server: LoopbackServer, mode: str, clock: FakeClock | None = None, **call: Any) -> Any:
    """``client.interactions.create`` (``stream=True``: every event read) through the sync or async client; returns
    the result, or the error raised."""
    arguments: dict[str, Any] = {"model": MODEL, "input": "Hello", **call}
    if mode == "sync":
        with pygenai.Client(api_key="test-key", base_url=server.url) as client:
            if clock is not None:
                client._clock = clock
            try:
                result = client.interactions.create(**arguments)
                return list(result) if arguments.get("stream") else result
            except pygenai.PygenaiError as exc:
                return exc

    async def run() -> Any:
        async with pygenai.AsyncClient(api_key="test-key", base_url=server.url) as client:
            if clock is not None:
                client._clock = clock
            try:
                result = await client.interactions.create(**arguments)
                return [item async for item in result] if arguments.get("stream") else result
            except pygenai.PygenaiError as exc:
                return exc

    import anyio

    return anyio.run(run)


# --------------------------------------------------------------------------- the table


def test_the_table_covers_the_documented_codes() -> None:
    assert {code: status for code, status, _ in CODES} == dict(INTERACTIONS_ERROR_CODES)
    assert http_status_for("rate_limit_exceeded", None) == 429
    assert http_status_for(429, "RESOURCE_EXHAUSTED") == 429  # Gemini's int codes are HTTP statuses
    assert http_status_for(None, "RESOURCE_EXHAUSTED") == 429  # a google.rpc name alone
    assert http_status_for(None, "DEADLINE_EXCEEDED") == 504
    assert http_status_for("no_such_code", None) is None
    assert http_status_for(True, None) is None
    assert http_status_for(7, None) is None  # not an HTTP status


# --------------------------------------------------------------------------- non-streamed


@pytest.mark.parametrize(("code", "status", "cls"), CODES, ids=[c for c, _, _ in CODES])
def test_a_non_streamed_error_is_typed_by_status_with_its_code(
    server: LoopbackServer, mode: str, code: str, status: int, cls: type[pygenai.APIStatusError]
) -> None:
    server.add(Reply(status, error_json(code, f"about {code}"), {"content-type": "application/json; charset=UTF-8"}))
    error = _create(server, mode, max_retries=0)
    assert type(error) is cls
    assert (error.status_code, error.code, error.message) == (status, code, f"about {code}")
    assert str(error) == f"{status} {code}: about {code}"
    assert not isinstance(error, pygenai.StreamError)
    assert len(server.requests) == 1


def test_a_rate_limit_waits_the_retry_after_header(server: LoopbackServer, mode: str) -> None:
    limited = Reply(429, error_json("rate_limit_exceeded", "Slow down."), {"retry-after": "7"})
    server.add(limited, Reply(200, COMPLETED_JSON))
    clock = FakeClock()
    interaction = _create(server, mode, clock)
    assert interaction.text == "Hi!"
    assert clock.sleeps == [7.0]
    assert len(server.requests) == 2


def test_an_unavailable_service_waits_the_retry_info_delay(server: LoopbackServer, mode: str) -> None:
    server.add(Reply(503, error_json("service_unavailable", "Overloaded.", [RETRY_INFO])), Reply(200, COMPLETED_JSON))
    clock = FakeClock()
    interaction = _create(server, mode, clock)
    assert interaction.text == "Hi!"
    assert clock.sleeps == [3.0]


def test_a_delay_beyond_the_limit_raises_at_once_with_the_delay(server: LoopbackServer, mode: str) -> None:
    daily = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "3600s"}
    server.add(Reply(429, error_json("quota_exceeded", "Daily quota exhausted.", [daily])))
    clock = FakeClock()
    error = _create(server, mode, clock)
    assert isinstance(error, pygenai.RateLimitError)
    assert (error.code, error.retry_after, error.detail(pygenai.RetryInfo)) == (
        "quota_exceeded",
        3600.0,
        pygenai.RetryInfo("type.googleapis.com/google.rpc.RetryInfo", daily, 3600.0),
    )
    assert clock.sleeps == [] and len(server.requests) == 1


def test_a_client_error_is_not_retried(server: LoopbackServer, mode: str) -> None:
    server.add(Reply(400, error_json("parameter_unknown", 'Unknown name "temprature".')))
    error = _create(server, mode, FakeClock())
    assert isinstance(error, pygenai.BadRequestError) and error.code == "parameter_unknown"
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- error events inside a stream


def _error_event(code: str, message: str, details: list[dict[str, Any]] | None = None) -> bytes:
    error: dict[str, Any] = {"message": message, "code": code}
    if details:
        error["details"] = details
    return event("error", error=error)


@pytest.mark.parametrize(("code", "status", "cls"), CODES, ids=[c for c, _, _ in CODES])
def test_a_stream_error_event_is_typed_by_its_code(
    server: LoopbackServer, mode: str, code: str, status: int, cls: type[pygenai.APIStatusError]
) -> None:
    server.add(Chunked([CREATED, STATUS, _error_event(code, f"about {code}")]))
    error = _create(server, mode, stream=True)
    assert isinstance(error, cls) and isinstance(error, pygenai.StreamError)
    assert (error.status_code, error.code, error.message) == (status, code, f"about {code}")
    assert str(error) == f"{status} {code}: about {code}"
    assert error.data is not None and orjson.loads(error.data)["event_type"] == "error"
    assert len(server.requests) == 1  # an error event is an answer: not sent again


def test_the_deadline_event_the_server_really_sends(server: LoopbackServer, mode: str) -> None:
    raw = (
        b'{"error":{"message":"Deadline expired before operation could complete.","code":"gateway_timeout"},'
        b'"event_type":"error"}'
    )
    server.add(Chunked([CREATED, b"event: error\ndata: " + raw + b"\n\n"]))
    error = _create(server, mode, stream=True)
    assert isinstance(error, pygenai.GatewayTimeoutError) and isinstance(error, pygenai.StreamError)
    assert error.code == "gateway_timeout" and error.body == raw and error.data == raw.decode()


def test_a_stream_error_event_keeps_its_retry_delay(server: LoopbackServer, mode: str) -> None:
    server.add(Chunked([CREATED, _error_event("rate_limit_exceeded", "Slow down.", [RETRY_INFO])]))
    error = _create(server, mode, stream=True)
    assert isinstance(error, pygenai.RateLimitError) and isinstance(error, pygenai.StreamError)
    assert error.retry_after == 3.0 and error.detail(pygenai.RetryInfo) is not None


def test_the_bare_refusal_line_is_a_bad_request(server: LoopbackServer, mode: str) -> None:
    refusal = (
        b'{"error":{"message":"The response was blocked because it contained prohibited content.",'
        b'"code":"prohibited_content"}}\n'
    )
    server.add(Chunked([CREATED, STATUS, refusal]))
    error = _create(server, mode, stream=True)
    assert isinstance(error, pygenai.BadRequestError) and isinstance(error, pygenai.StreamError)
    assert (error.status_code, error.code) == (400, "prohibited_content")


def test_an_unknown_code_in_a_stream_stays_a_plain_stream_error(server: LoopbackServer, mode: str) -> None:
    server.add(Chunked([CREATED, _error_event("brand_new_code", "Something new.")]))
    error = _create(server, mode, stream=True)
    assert type(error) is pygenai.StreamError
    assert (error.code, error.message) == ("brand_new_code", "Something new.")


def test_a_gemini_stream_error_with_an_int_code_is_typed_too(server: LoopbackServer, mode: str) -> None:
    body = {"error": {"code": 503, "message": "The model is overloaded.", "status": "UNAVAILABLE"}}
    server.add(Chunked([CREATED, b"data: " + orjson.dumps(body) + b"\n\n"]))
    error = _create(server, mode, stream=True)
    assert isinstance(error, pygenai.ServiceUnavailableError) and isinstance(error, pygenai.StreamError)
    assert (error.status_code, error.code, error.status) == (503, 503, "UNAVAILABLE")
    assert str(error) == "503 UNAVAILABLE: The model is overloaded."
