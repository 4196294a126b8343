"""Sending requests: build one, send it until it succeeds or the retry policy gives up, run the hooks.

The decisions come from the pure core (``request`` builds, ``attempts`` and ``retry`` decide); this shell
does the I/O, the sleeping and the hook calls around each attempt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx2

from ..._core.attempts import Attempts
from ..._core.errors import APIError, InvalidRequestError
from ..._core.request import RequestSpec, build_request
from ..._core.settings import BaseClient
from ..clock import clock_of
from ..http import (
    LOCAL_ERRORS,
    client_timeouts,
    invalid_request,
    pool_settings,
    raw_info,
    status_error,
    to_httpx_timeout,
    transport_error,
)
from .concurrency import sleep

if TYPE_CHECKING:
    from ..._core.hooks import Attempt
    from ..._core.operation import Operation
    from ..._core.options import RequestOptions
    from ..._core.retry import RetryDecision

__all__ = ["AsyncTransport", "new_http_client"]


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
        """
        hooks = self.client._hooks
        headers = {**spec.headers, **self.client._auth_headers(spec.headers)} if auth else dict(spec.headers)
        timeout = to_httpx_timeout(attempts.before_attempt())
        local: InvalidRequestError | None = None
        try:
            request = self.http.build_request(
                spec.method,
                spec.url,
                params=spec.params or None,
                headers=headers,
                content=spec.content,
                timeout=timeout,
            )
        except LOCAL_ERRORS as exc:
            local = invalid_request(exc, spec, headers)
        if local is not None:
            raise local  # outside the handler: httpx2's exception quotes the header value, maybe the key
        # Without hooks that watch every attempt, an attempt is described only when it fails.
        attempt = attempts.attempt(spec) if hooks.request or hooks.response or hooks.streams else None
        if attempt is not None:
            for on_request in hooks.request:
                on_request(attempt)
        try:
            response = await self.http.send(request, stream=spec.stream)
        except LOCAL_ERRORS as exc:  # h11 refusing a header value or name, an unsupported URL scheme
            local = invalid_request(exc, spec, headers, request.headers)
        except httpx2.TransportError as exc:
            return transport_error(exc, spec), attempt
        if local is not None:
            raise local
        if response.is_success:
            attempts.succeeded()
            if attempt is not None and hooks.response:
                raw = raw_info(response, spec, attempts.retries, b"" if spec.stream else response.content)
                for on_response in hooks.response:
                    on_response(attempt, raw)
            return response, attempt
        try:
            body = await response.aread()
        except httpx2.TransportError as exc:
            return transport_error(exc, spec), attempt
        finally:
            await response.aclose()
        return status_error(response, body, spec, attempts.clock.time()), attempt

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
