"""httpx2 at the edge: connection pools, timeouts, and every httpx2 outcome turned into pygenai's terms.

The shells call these; nothing outside this layer sees an httpx2 object except through ``raw_response``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, Final, TypeVar

import httpx2
import orjson

from .._core.attempts import CREDENTIAL_HEADERS
from .._core.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InvalidRequestError,
    ResponseDecodeError,
    make_status_error,
)
from .._core.model import WireModel
from .._core.raw import RawResponse
from .._core.request import USER_AGENT, RequestSpec
from .._core.settings import BaseClient, Unset, header_value_problem
from .._core.timeouts import DEFAULT_TIMEOUTS, Timeouts, to_timeouts

__all__ = [
    "LOCAL_ERRORS",
    "RAW_SLOT",
    "client_timeouts",
    "decode_response",
    "invalid_request",
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


LOCAL_ERRORS: Final = (UnicodeEncodeError, httpx2.InvalidURL, httpx2.LocalProtocolError, httpx2.UnsupportedProtocol)
"""What httpx2 raises for a request that cannot be built or encoded: found before anything is sent, so retrying
cannot help. (``LocalProtocolError`` and ``UnsupportedProtocol`` are ``TransportError`` s: catch these first.)"""

_TOKEN = re.compile(r"[-!#$%&'*+.^_`|~0-9a-zA-Z]+")


def invalid_request(exc: Exception, spec: RequestSpec, *header_sets: Mapping[str, str]) -> InvalidRequestError:
    """The error for a request httpx2 could not build or encode (one of :data:`LOCAL_ERRORS`).

    ``header_sets`` are the headers as pygenai merged them, then (once built) the request's own, which add an
    injected ``http_client``'s defaults. The error names the header at fault and says what is wrong with it, never
    its value; the httpx2 exception is not chained (its message, arguments and request hold the value, perhaps the
    API key), so raise the result outside the ``except`` block, where it gets no ``__context__`` either.
    """
    where = f"the {spec.operation} request cannot be sent"
    items = [(name, value) for headers in header_sets for name, value in headers.items()]
    for name, value in items:
        if not isinstance(name, str) or not isinstance(value, str):
            continue  # httpx2 takes bytes as they are; nothing to say about them
        if not name.isascii() or not _TOKEN.fullmatch(name):
            why = header_value_problem(name) or "it is not a valid header name (letters, digits and -_.!#$%&'*+^`|~)"
            return InvalidRequestError(f"{where}: the header name {name!r} cannot be sent: {why}")
        problem = header_value_problem(value)
        if problem is not None:
            return InvalidRequestError(f"{where}: the value of the header {name!r} cannot be sent: {problem}")
    detail = str(exc)
    for name, value in items:  # a message about something else must not quote a credential either
        if isinstance(name, str) and name.lower() in CREDENTIAL_HEADERS and isinstance(value, str) and value:
            for form in (value, repr(value)[1:-1], repr(value.encode("utf-8", "backslashreplace"))[2:-1]):
                detail = detail.replace(form, "***")
    return InvalidRequestError(f"{where}: {type(exc).__name__}: {detail or 'no detail'}")


def _snippet(content: bytes) -> str:
    return content[:120].decode("utf-8", "replace")
