"""Sending requests: build one, send it until it succeeds or the retry policy gives up, run the hooks.

The decisions come from the pure core (``request`` builds, ``attempts`` and ``retry`` decide); this shell
does the I/O, the sleeping and the hook calls around each attempt.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

import httpx2

from ..._core.attempts import Attempts
from ..._core.errors import APIError, DeadlineExceededError, InvalidRequestError, PygenaiError
from ..._core.request import RequestSpec, build_request
from ..._core.settings import BaseClient
from ..clock import clock_of
from ..http import (
    HTTPX_EXCEPTIONS,
    LOCAL_ERRORS,
    client_timeouts,
    invalid_request,
    map_httpx_error,
    pool_settings,
    raw_info,
    status_error,
    to_httpx_timeout,
)
from .concurrency import attempt_deadline, deadline_scope, sleep

if TYPE_CHECKING:
    from ..._core.hooks import Attempt
    from ..._core.operation import Operation
    from ..._core.options import RequestOptions
    from ..._core.retry import RetryDecision
    from ..._core.timeouts import Timeouts

__all__ = ["AsyncBoundedBody", "AsyncTransport", "new_http_client"]

_DEADLINE_TOLERANCE = 0.005
"""A timeout that fires this close to the deadline (or after it) fired because the deadline capped it."""


def new_http_client() -> httpx2.AsyncClient:
    """The connection pool a client creates when none was injected."""
    return httpx2.AsyncClient(**pool_settings())


class AsyncTransport:
    """Sends the requests of one client over one connection pool."""

    __slots__ = ("client", "http", "timeout")

    def __init__(self, client: BaseClient, http: httpx2.AsyncClient) -> None:
        self.client = client
        self.http = http
        self.timeout = client_timeouts(client, http)

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
        """The request for ``operation`` with these arguments (see ``_core.request.build_request``)."""
        return build_request(
            self.client, self.timeout, operation, path=path, query=query, body=body, options=options, stream=stream
        )

    def attempts(self, spec: RequestSpec) -> Attempts:
        """A fresh attempt record for ``spec`` under the client's clock and circuit breaker."""
        return Attempts(spec, clock_of(self.client), self.client.circuit_breaker)

    async def send_once(
        self, spec: RequestSpec, attempts: Attempts, *, auth: bool = True
    ) -> tuple[httpx2.Response | APIError, Attempt | None]:
        """One attempt: the 2xx response, or the error it failed with, and the attempt as hooks saw it.

        ``auth=False`` sends no API key (an upload session URL on another origin). The caller decides about
        retrying (:meth:`failed`). A request httpx2 cannot build or encode (a header value HTTP cannot carry, a bad
        URL) raises :class:`~pygenai.InvalidRequestError` at once: it is not an attempt, so it is not retried.

        Every httpx2 exception becomes a pygenai error (``http.HTTPX_ERRORS``). The whole attempt runs under the
        call's deadline: waiting for the headers and reading the body, under one scope (``attempt_deadline``; the
        sync twin checks each wait), or for a stream each wait under its own, until its first event (the stream
        reads its body later through the same :class:`AsyncBoundedBody`).
        """
        hooks = self.client._hooks
        headers = {**spec.headers, **self.client._auth_headers(spec.headers)} if auth else dict(spec.headers)
        timeouts = attempts.before_attempt()
        request = self._build(spec, headers, timeouts)
        # Without hooks that watch every attempt, an attempt is described only when it fails.
        attempt = attempts.attempt(spec) if hooks.request or hooks.response or hooks.streams else None
        if attempt is not None:
            for on_request in hooks.request:
                on_request(attempt)
        response: httpx2.Response | APIError | None = None
        body: bytes | APIError | None = None
        read = success = False
        try:
            deadline = attempt_deadline(attempts, _WAITING, spec.stream)
            with deadline if deadline is not None else _UNSCOPED:
                response = await self._open(request, spec, attempts, timeouts, headers, scoped=deadline is None)
                if isinstance(response, APIError):
                    return response, attempt
                if deadline is not None:
                    deadline.stage = _READING
                elif attempts.deadline_at is not None:  # each wait of the body on its own (a stream: to 1st event)
                    bounded = AsyncBoundedBody(response.stream, attempts)  # type: ignore[arg-type]  # httpx2's own
                    response.stream = bounded
                success = response.is_success
                if not (spec.stream and success):
                    body = await _read(response, spec, attempts, timeouts)
                read = True
        except DeadlineExceededError as exc:  # from the attempt's scope (a wait's own scope gives its error back)
            return exc, attempt
        finally:
            # An error's body, or a body cut short: closed outside the attempt's scope (which may be cancelled).
            kept = read and not isinstance(body, APIError)  # a stream, or a body read to its end (which closed it)
            if isinstance(response, httpx2.Response) and not (kept and success):
                await response.aclose()
        assert isinstance(response, httpx2.Response)  # an error was returned above
        if isinstance(body, APIError):
            return body, attempt
        if success:
            attempts.succeeded()
            if attempt is not None and hooks.response:
                raw = raw_info(response, spec, attempts.retries, b"" if spec.stream else response.content)
                for on_response in hooks.response:
                    on_response(attempt, raw)
            return response, attempt
        return status_error(response, body or b"", spec, attempts.clock.time()), attempt

    def _build(self, spec: RequestSpec, headers: Mapping[str, str], timeouts: Timeouts) -> httpx2.Request:
        local: InvalidRequestError | None = None
        try:
            return self.http.build_request(
                spec.method,
                spec.url,
                params=spec.params or None,
                headers=headers,
                content=spec.content,
                timeout=to_httpx_timeout(timeouts),
            )
        except LOCAL_ERRORS as exc:
            local = invalid_request(exc, spec, headers)
        raise local  # outside the handler: httpx2's exception quotes the header value, maybe the key

    async def _open(
        self,
        request: httpx2.Request,
        spec: RequestSpec,
        attempts: Attempts,
        timeouts: Timeouts,
        headers: Mapping[str, str],
        *,
        scoped: bool,
    ) -> httpx2.Response | APIError:
        """Send the request and wait for the response's headers, under the deadline (``scoped``: a scope of its own;
        otherwise the attempt's); the error if that failed."""
        failure: PygenaiError
        try:
            with deadline_scope(attempts, _WAITING, attempts.time_left() if scoped else None):
                return await self.http.send(request, stream=True)
        except LOCAL_ERRORS as exc:  # h11 refusing a header value or name, an unsupported URL scheme
            failure = invalid_request(exc, spec, headers, request.headers)
        except httpx2.HTTPStatusError as exc:  # an injected client's event hook raised for the status
            return exc.response
        except DeadlineExceededError as exc:
            return exc
        except HTTPX_EXCEPTIONS as exc:
            failure = _failure(exc, spec, attempts, timeouts, None, _WAITING, headers, request.headers)
        if isinstance(failure, APIError):
            return failure
        raise failure  # an InvalidRequestError, outside the handler (see _build)

    def failed(
        self,
        attempts: Attempts,
        spec: RequestSpec,
        attempt: Attempt | None,
        error: APIError,
        *,
        retryable: bool | None = None,
    ) -> RetryDecision:
        """Record a failed attempt, tell the hooks, and say whether (and when) to retry.

        ``retryable`` overrides what the error's kind says (a cut stream is always worth continuing).
        """
        hooks = self.client._hooks
        if attempt is None and hooks.error:
            attempt = attempts.attempt(spec)
        decision = attempts.failed(error, retryable=retryable)
        if attempt is not None:
            for on_error in hooks.error:
                on_error(attempt, error, decision)
        return decision

    async def send(
        self, spec: RequestSpec, attempts: Attempts | None = None, *, auth: bool = True
    ) -> tuple[httpx2.Response, Attempts, Attempt | None]:
        """Send ``spec`` until it succeeds or the policy gives up.

        Returns the 2xx response, the attempt record and the successful attempt as hooks saw it (``None`` when no
        hook watches attempts). Passing ``attempts`` continues an earlier budget (a stream re-sent before its first
        event reached the caller).
        """
        attempts = attempts or self.attempts(spec)
        while True:
            result, attempt = await self.send_once(spec, attempts, auth=auth)
            if not isinstance(result, APIError):
                return result, attempts, attempt
            decision = self.failed(attempts, spec, attempt, result)
            if decision.delay is None:
                raise result
            await sleep(attempts.clock, decision.delay)


class AsyncBoundedBody(httpx2.AsyncByteStream):
    """A response body read under the call's deadline: each chunk must arrive before it passes (a stream's body
    only until its first event, when ``attempts.time_left()`` turns ``None``)."""

    def __init__(self, body: httpx2.AsyncByteStream, attempts: Attempts) -> None:
        self._body = body
        self._attempts = attempts
        self._stage = "before the stream's first event" if attempts.spec.stream else _READING
        self._chunks: AsyncIterator[bytes] | None = None

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._chunks = self._body.__aiter__()
        return self

    async def __anext__(self) -> bytes:
        assert self._chunks is not None  # iterated through __aiter__, as httpx2 does
        left = self._attempts.time_left()
        if left is None:
            return await self._chunks.__anext__()
        with deadline_scope(self._attempts, self._stage, left):
            chunk = await self._chunks.__anext__()
        return chunk

    async def aclose(self) -> None:
        await self._body.aclose()


_UNSCOPED = nullcontext()

_WAITING = "while waiting for the response"
_READING = "while reading the response"


async def _read(
    response: httpx2.Response, spec: RequestSpec, attempts: Attempts, timeouts: Timeouts
) -> bytes | APIError:
    """The body, read to the end (which closes the response), or the error reading it failed with.

    A body an injected client's event hook consumed or closed reads as empty.
    """
    if response.is_stream_consumed or response.is_closed:
        try:
            return response.content
        except httpx2.ResponseNotRead:
            return b""
    try:
        return await response.aread()
    except DeadlineExceededError as exc:
        return exc
    except HTTPX_EXCEPTIONS as exc:
        failure = _failure(exc, spec, attempts, timeouts, response, _READING)
    if not isinstance(failure, APIError):
        raise failure
    return failure


def _failure(
    exc: Exception,
    spec: RequestSpec,
    attempts: Attempts,
    timeouts: Timeouts,
    response: httpx2.Response | None,
    stage: str,
    *headers: Mapping[str, str],
) -> PygenaiError:
    """The pygenai error for an httpx2 exception; a timeout the deadline had capped is the deadline passing."""
    if isinstance(exc, httpx2.TimeoutException):
        left = attempts.time_left()
        if left is not None and left <= _DEADLINE_TOLERANCE:
            error: PygenaiError = attempts.deadline_error(stage)
            error.__cause__ = exc
            return error
    return map_httpx_error(exc, spec, timeouts=timeouts, response=response, headers=headers)
