"""Sending requests: build one from an operation and its arguments, send it with retries, turn failures into errors.

The retry decisions come from the pure :class:`~pygenai._retry.RetryPolicy`; the two transports here are thin
sync and async shells that do the I/O, the sleeping and the logging around it. This module imports httpx2, so
the client imports it only when the first request is made.
"""

from __future__ import annotations

import logging
import random
import re
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar
from urllib.parse import quote

import anyio
import httpx2
import orjson

from . import __version__
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    CircuitOpenError,
    ResponseDecodeError,
    make_status_error,
)
from ._model import Model
from ._raw import RawResponse
from ._retry import RETRYABLE_STATUS_CODES, RetryDecision, RetryPolicy

if TYPE_CHECKING:
    from ._client import AsyncClient, BaseClient, Client
    from ._operation import Operation
    from ._options import RequestOptions

__all__ = ["API_VERSION", "AsyncTransport", "Clock", "RequestSpec", "SyncTransport", "build_request"]

T = TypeVar("T")

API_VERSION: Final = "v1beta"
"""Fills ``{api_version}`` in operation paths (the Interactions API's paths carry it as a variable)."""

logger = logging.getLogger("pygenai")

_USER_AGENT: Final = f"pygenai/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}"
_PATH_VARIABLE = re.compile(r"\{(\+?)([A-Za-z_][A-Za-z0-9_.]*)\}")
_RESERVED_SAFE: Final = "/:@!$&'()*+,;="
_HTTP_SLOT: Final = "_http"


class Clock(Protocol):
    """Time, randomness and sleeping, injectable so retry behaviour can be tested without waiting."""

    def monotonic(self) -> float: ...
    def time(self) -> float: ...
    def random(self) -> float: ...
    def sleep(self, seconds: float) -> None: ...
    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def random(self) -> float:
        return random.random()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


SYSTEM_CLOCK: Final = SystemClock()


@dataclass(frozen=True, slots=True)
class RequestSpec:
    """Everything one call sends, except the API key (added per attempt, so no repr of this can show it)."""

    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    content: bytes | None
    timeout: httpx2.Timeout
    policy: RetryPolicy
    stream: bool

    @property
    def display_url(self) -> str:
        if not self.params:
            return self.url
        return str(httpx2.URL(self.url, params=list(self.params)))


def new_sync_http_client() -> httpx2.Client:
    # The user-agent is set on the pool, not merged into every request (an injected client gets it per request).
    return httpx2.Client(timeout=_default_timeout(), follow_redirects=False, headers={"user-agent": _USER_AGENT})


def new_async_http_client() -> httpx2.AsyncClient:
    return httpx2.AsyncClient(timeout=_default_timeout(), follow_redirects=False, headers={"user-agent": _USER_AGENT})


def _default_timeout() -> httpx2.Timeout:
    from ._client import DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT

    return httpx2.Timeout(DEFAULT_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)


# --------------------------------------------------------------------------- building a request


def build_request(
    client: BaseClient,
    http_timeout: httpx2.Timeout,
    operation: Operation,
    *,
    path: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    body: Mapping[str, Any] | None,
    options: RequestOptions | None,
    stream: bool,
) -> RequestSpec:
    """Turn an operation and its arguments into a :class:`RequestSpec`; raises ``ValueError`` on bad path values."""
    options = options or {}
    url = client.base_url + _join(expand_path(operation, path or {}))

    params = query_items(query)
    if stream:
        params.extend((k, v) for k, v in operation.stream_query.items())
    if "extra_query" in options:
        params.extend(query_items(options["extra_query"]))

    merged: Mapping[str, Any] | None = body
    if "extra_body" in options:
        merged = deep_merge(body or {}, options["extra_body"])
    content = orjson.dumps(merged, default=_json_default) if merged is not None else None

    headers: dict[str, str] = {"user-agent": _USER_AGENT} if client._http_client_given else {}
    if content is not None:
        headers["content-type"] = "application/json"
    headers.update(client.default_headers)
    if "extra_headers" in options:
        headers.update(options["extra_headers"])

    policy = client.retry_policy
    if "max_retries" in options:
        policy = replace(policy, max_retries=options["max_retries"])

    timeout = _to_timeout(options["timeout"]) if "timeout" in options else http_timeout
    return RequestSpec(
        method=operation.http_method.upper(),
        url=url,
        params=tuple(params),
        headers=headers,
        content=content,
        timeout=timeout,
        policy=policy,
        stream=stream,
    )


_EXPANDED_PATHS: dict[tuple[Any, ...], str] = {}
_EXPANDED_PATHS_MAX = 4096


def expand_path(operation: Operation, values: Mapping[str, Any]) -> str:
    """Fill an operation's path template (see :func:`_expand_path`); repeated calls reuse the result."""
    try:
        key = (operation.path, operation.path_params, *values.items())
        return _EXPANDED_PATHS[key]
    except KeyError:
        pass
    except TypeError:  # a value that cannot be a dict key: expand without the cache
        return _expand_path(operation, values)
    path = _expand_path(operation, values)
    if len(_EXPANDED_PATHS) < _EXPANDED_PATHS_MAX:
        _EXPANDED_PATHS[key] = path
    return path


def _expand_path(operation: Operation, values: Mapping[str, Any]) -> str:
    """Fill an operation's path template.

    A parameter with a ``prefix`` gets it when the value has no ``/`` (``gemini-2.5-flash`` becomes
    ``models/gemini-2.5-flash``); ``{+name}`` (reserved) keeps slashes; other values are percent-encoded whole.
    ``{api_version}`` is filled with :data:`API_VERSION` unless given.
    """
    declared = {p.name: p for p in operation.path_params}

    def fill(match: re.Match[str]) -> str:
        plus, name = match.groups()
        value = values.get(name)
        if value is None and name == "api_version":
            return API_VERSION
        if value is None:
            raise ValueError(f"{operation.id}: the path parameter {name!r} is required")
        text = str(value)
        if not text:
            raise ValueError(f"{operation.id}: the path parameter {name!r} must not be empty")
        param = declared.get(name)
        reserved = plus == "+" or (param is not None and param.reserved)
        encoded = quote(text, safe=_RESERVED_SAFE if reserved else "")
        if param is not None and param.prefix and "/" not in text:
            encoded = param.prefix + encoded
        return encoded

    return _PATH_VARIABLE.sub(fill, operation.path)


def query_items(query: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """Query parameters as wire strings: ``None`` dropped, booleans as ``true``/``false``, lists repeated."""
    items: list[tuple[str, str]] = []
    for key, value in (query or {}).items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            items.extend((key, _query_value(v)) for v in value if v is not None)
        else:
            items.append((key, _query_value(value)))
    return items


def deep_merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` merged in, objects merged key by key; neither input is modified."""
    out = dict(base)
    for key, value in extra.items():
        current = out.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            out[key] = deep_merge(current, value)
        else:
            out[key] = value
    return out


def _query_value(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _join(path: str) -> str:
    return path if path.startswith("/") else "/" + path


def _json_default(value: object) -> Any:
    if isinstance(value, Model):
        return value._data
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _to_timeout(value: float | httpx2.Timeout | None) -> httpx2.Timeout:
    if isinstance(value, httpx2.Timeout):
        return value
    return httpx2.Timeout(value)


def _capped(timeout: httpx2.Timeout, remaining: float | None) -> httpx2.Timeout:
    """Each phase's timeout, no longer than what is left before the retry deadline."""
    if remaining is None:
        return timeout
    # Within a second of the deadline the configured timeouts stand (and no new Timeout is built per attempt).
    limit = remaining + 1.0
    connect, read, write, pool = timeout.connect, timeout.read, timeout.write, timeout.pool
    if (
        connect is not None
        and read is not None
        and write is not None
        and pool is not None
        and max(connect, read, write, pool) <= limit
    ):
        return timeout

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return httpx2.Timeout(
        connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
    )


def client_timeout(client: BaseClient, http: httpx2.Client | httpx2.AsyncClient) -> httpx2.Timeout:
    """The client's timeout; when none was given, the injected ``http_client``'s own (else the default)."""
    from ._client import _Unset

    value = client._timeout
    if isinstance(value, _Unset):
        return http.timeout if client._http_client_given else _default_timeout()
    return _to_timeout(value)


# --------------------------------------------------------------------------- responses and failures


def raw_info(response: httpx2.Response, spec: RequestSpec, retries: int, content: bytes) -> RawResponse:
    return RawResponse(
        status_code=response.status_code,
        headers=response.headers,
        content=content,
        method=spec.method,
        url=str(response.request.url),
        http_version=response.http_version,
        retries=retries,
    )


def decode_response(response: httpx2.Response, spec: RequestSpec, retries: int, decode: Callable[[Any], T]) -> T:
    """Parse a 2xx JSON body once, decode it, and attach the raw response to the result."""
    content = response.content
    if content.strip():
        try:
            data = orjson.loads(content)
        except orjson.JSONDecodeError as exc:
            raise ResponseDecodeError("", f"invalid JSON in the response body: {exc}", _snippet(content)) from None
    else:
        data = {}
    if type(data) is not dict:
        raise ResponseDecodeError("", "expected a JSON object as the response body", _snippet(content))
    result = decode(data)
    if isinstance(result, Model):
        setattr(result, _HTTP_SLOT, partial(raw_info, response, spec, retries, content))
    return result


def status_error(response: httpx2.Response, body: bytes, spec: RequestSpec, now: float) -> APIStatusError:
    return make_status_error(
        status_code=response.status_code,
        reason_phrase=response.reason_phrase,
        headers=response.headers,
        body=body,
        method=spec.method,
        url=str(response.request.url),
        now=now,
    )


def transport_error(exc: httpx2.TransportError, spec: RequestSpec) -> APIConnectionError:
    url = spec.display_url
    if isinstance(exc, httpx2.TimeoutException):
        error: APIConnectionError = APITimeoutError(
            f"{type(exc).__name__}: the request timed out", method=spec.method, url=url
        )
    else:
        detail = str(exc) or type(exc).__name__
        error = APIConnectionError(f"{type(exc).__name__}: {detail}", method=spec.method, url=url)
    error.__cause__ = exc
    return error


def _snippet(content: bytes) -> str:
    return content[:120].decode("utf-8", "replace")


class Attempts:
    """Bookkeeping of one call's attempts: what failed, what the policy says, the breaker and the log.

    A stream keeps its call's ``Attempts`` so that re-sending it before the first event spends the same budget.
    """

    __slots__ = ("breaker", "clock", "retries", "spec", "start")

    def __init__(self, client: BaseClient, spec: RequestSpec) -> None:
        self.spec = spec
        self.clock: Clock = client._clock or SYSTEM_CLOCK
        self.breaker = client.circuit_breaker
        self.retries = 0
        self.start = self.clock.monotonic()

    def before_attempt(self) -> httpx2.Timeout:
        """Check the circuit breaker; return this attempt's timeouts."""
        if self.breaker is not None:
            left = self.breaker.remaining_cooldown()
            if left is not None:
                raise CircuitOpenError(left, method=self.spec.method, url=self.spec.display_url)
        return _capped(self.spec.timeout, self.spec.policy.remaining(self.clock.monotonic() - self.start))

    def succeeded(self) -> None:
        if self.breaker is not None:
            self.breaker.record_success()

    def failed(self, error: APIError, *, retryable: bool | None = None) -> RetryDecision:
        """Record a failure and decide what follows; the caller raises ``error`` when the decision is to stop.

        Whether the failure is retryable follows from the error unless ``retryable`` says so.
        """
        server_delay = error.retry_after if isinstance(error, APIStatusError) else None
        if retryable is None:
            if isinstance(error, APIStatusError):
                retryable = error.status_code in RETRYABLE_STATUS_CODES
            else:
                retryable = isinstance(error, APIConnectionError)
        if self.breaker is not None:
            if retryable:
                self.breaker.record_failure()
            else:
                self.breaker.record_success()
        decision = self.spec.policy.decide(
            retries_done=self.retries,
            elapsed=self.clock.monotonic() - self.start,
            retryable=retryable,
            server_delay=server_delay,
            rand=self.clock.random(),
        )
        if decision.retry and self.breaker is not None and self.breaker.remaining_cooldown() is not None:
            return RetryDecision(None, "circuit breaker opened")
        if decision.retry:
            self.retries += 1
            _log_retry(self.spec, error, self.retries, decision)
        return decision


def _log_retry(spec: RequestSpec, error: APIError, attempt: int, decision: RetryDecision) -> None:
    status = error.status_code if isinstance(error, APIStatusError) else type(error).__name__
    delay = decision.delay or 0.0
    logger.info(
        "retry %d of %d for %s %s after %s: waiting %.3fs (%s)",
        attempt,
        spec.policy.max_retries,
        spec.method,
        spec.url,
        status,
        delay,
        decision.reason,
        extra={"pygenai_attempt": attempt, "pygenai_status": status, "pygenai_delay": delay},
    )


# --------------------------------------------------------------------------- the two shells


class SyncTransport:
    """Sends requests for a :class:`~pygenai.Client`."""

    __slots__ = ("client", "http", "timeout")

    def __init__(self, client: Client, http: httpx2.Client) -> None:
        self.client = client
        self.http = http
        self.timeout = client_timeout(client, http)

    def build(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        options: RequestOptions | None,
        stream: bool,
    ) -> RequestSpec:
        return build_request(
            self.client, self.timeout, operation, path=path, query=query, body=body, options=options, stream=stream
        )

    def send(self, spec: RequestSpec, attempts: Attempts | None = None) -> tuple[httpx2.Response, Attempts]:
        """Send ``spec`` until it succeeds or the policy gives up; returns the 2xx response and the attempt record.

        Passing ``attempts`` continues an earlier budget (a stream re-sent before its first event reached the caller).
        """
        attempts = attempts or Attempts(self.client, spec)
        headers = {**spec.headers, **self.client._auth_headers(spec.headers)}
        while True:
            timeout = attempts.before_attempt()
            request = self.http.build_request(
                spec.method,
                spec.url,
                params=spec.params or None,
                headers=headers,
                content=spec.content,
                timeout=timeout,
            )
            error: APIError
            try:
                response = self.http.send(request, stream=spec.stream)
            except httpx2.TransportError as exc:
                error = transport_error(exc, spec)
            else:
                if response.is_success:
                    attempts.succeeded()
                    return response, attempts
                try:
                    body = response.read()
                except httpx2.TransportError as exc:
                    error = transport_error(exc, spec)
                else:
                    error = status_error(response, body, spec, attempts.clock.time())
                finally:
                    response.close()
            decision = attempts.failed(error)
            if decision.delay is None:
                raise error
            attempts.clock.sleep(decision.delay)


class AsyncTransport:
    """Sends requests for a :class:`~pygenai.AsyncClient`."""

    __slots__ = ("client", "http", "timeout")

    def __init__(self, client: AsyncClient, http: httpx2.AsyncClient) -> None:
        self.client = client
        self.http = http
        self.timeout = client_timeout(client, http)

    def build(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        options: RequestOptions | None,
        stream: bool,
    ) -> RequestSpec:
        return build_request(
            self.client, self.timeout, operation, path=path, query=query, body=body, options=options, stream=stream
        )

    async def send(self, spec: RequestSpec, attempts: Attempts | None = None) -> tuple[httpx2.Response, Attempts]:
        """Send ``spec`` until it succeeds or the policy gives up; see :meth:`SyncTransport.send`."""
        attempts = attempts or Attempts(self.client, spec)
        headers = {**spec.headers, **self.client._auth_headers(spec.headers)}
        while True:
            timeout = attempts.before_attempt()
            request = self.http.build_request(
                spec.method,
                spec.url,
                params=spec.params or None,
                headers=headers,
                content=spec.content,
                timeout=timeout,
            )
            error: APIError
            try:
                response = await self.http.send(request, stream=spec.stream)
            except httpx2.TransportError as exc:
                error = transport_error(exc, spec)
            else:
                if response.is_success:
                    attempts.succeeded()
                    return response, attempts
                try:
                    body = await response.aread()
                except httpx2.TransportError as exc:
                    error = transport_error(exc, spec)
                else:
                    error = status_error(response, body, spec, attempts.clock.time())
                finally:
                    await response.aclose()
            decision = attempts.failed(error)
            if decision.delay is None:
                raise error
            await attempts.clock.asleep(decision.delay)
