"""httpx2 at the edge: connection pools, timeouts, and every httpx2 outcome turned into pygenai's terms.

The shells call these; nothing outside this layer sees an httpx2 object except through ``raw_response``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Final, TypeVar

import httpx2
import orjson

from .._core.errors import APIConnectionError, APIStatusError, APITimeoutError, ResponseDecodeError, make_status_error
from .._core.model import WireModel
from .._core.raw import RawResponse
from .._core.request import USER_AGENT, RequestSpec
from .._core.settings import BaseClient, Unset
from .._core.timeouts import DEFAULT_TIMEOUTS, Timeouts, to_timeouts

__all__ = [
    "RAW_SLOT",
    "client_timeouts",
    "decode_response",
    "pool_settings",
    "raw_info",
    "status_error",
    "to_httpx_timeout",
    "transport_error",
]

T = TypeVar("T")

RAW_SLOT: Final = "_http"
"""Where a call leaves its raw response on a result model (read by ``pygenai.raw_response``)."""

_HTTPX_TIMEOUTS: dict[Timeouts, httpx2.Timeout] = {}


def to_httpx_timeout(timeouts: Timeouts) -> httpx2.Timeout:
    """The ``httpx2.Timeout`` for some limits, made once per distinct value."""
    found = _HTTPX_TIMEOUTS.get(timeouts)
    if found is None:
        found = httpx2.Timeout(connect=timeouts.connect, read=timeouts.read, write=timeouts.write, pool=timeouts.pool)
        if len(_HTTPX_TIMEOUTS) < 256:
            _HTTPX_TIMEOUTS[timeouts] = found
    return found


def pool_settings() -> dict[str, Any]:
    """What every pool pygenai creates is built with (the user-agent on the pool, not merged into each request)."""
    return {
        "timeout": to_httpx_timeout(DEFAULT_TIMEOUTS),
        "follow_redirects": False,
        "headers": {"user-agent": USER_AGENT},
    }


def client_timeouts(client: BaseClient, http: httpx2.Client | httpx2.AsyncClient) -> Timeouts:
    """The client's timeouts; when none was given, the injected ``http_client``'s own (else the default)."""
    value = client._timeout
    if isinstance(value, Unset):
        return to_timeouts(http.timeout) if client._http_client_given else DEFAULT_TIMEOUTS
    return to_timeouts(value)


def raw_info(response: httpx2.Response, spec: RequestSpec, retries: int, content: bytes) -> RawResponse:
    """What ``pygenai.raw_response`` gives for a result."""
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
    if isinstance(result, WireModel):
        setattr(result, RAW_SLOT, partial(raw_info, response, spec, retries, content))
    return result


def status_error(response: httpx2.Response, body: bytes, spec: RequestSpec, now: float) -> APIStatusError:
    """The typed error for a non-2xx answer."""
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
    """The error for a request that got no usable answer (the httpx2 exception becomes its cause)."""
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
