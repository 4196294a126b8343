"""httpx2 at the edge: connection pools, timeouts, and every httpx2 outcome turned into pygenai's terms.

The shells call these; nothing outside this layer sees an httpx2 object except through ``raw_response``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any, Final, NamedTuple, TypeVar

import httpx2
import orjson

from .._core.attempts import CREDENTIAL_HEADERS
from .._core.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    InvalidRequestError,
    PygenaiError,
    ResponseDecodeError,
    StreamError,
    make_status_error,
)
from .._core.model import WireModel
from .._core.raw import RawResponse
from .._core.request import USER_AGENT, RequestSpec
from .._core.settings import BaseClient, Unset, header_value_problem
from .._core.timeouts import DEFAULT_TIMEOUTS, Timeouts, to_timeouts

__all__ = [
    "HTTPX_ERRORS",
    "HTTPX_EXCEPTIONS",
    "LOCAL_ERRORS",
    "RAW_SLOT",
    "Mapped",
    "client_timeouts",
    "decode_response",
    "invalid_request",
    "map_httpx_error",
    "pool_settings",
    "raw_info",
    "status_error",
    "to_httpx_timeout",
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
    """Parse a 2xx JSON body once, decode it, and attach the raw response to the result.

    An empty (or whitespace-only) body answers only an operation whose response has no fields (``Empty``, as a
    delete returns, or no response schema at all: ``decode`` gives ``None``); for any other it is a
    :class:`ResponseDecodeError` here, not a missing field found later.
    """
    content = response.content
    empty = False
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError as exc:
        if content.strip():
            raise ResponseDecodeError("", f"invalid JSON in the response body: {exc}", _snippet(content)) from None
        data, empty = {}, True
    if type(data) is not dict:
        raise ResponseDecodeError("", "expected a JSON object as the response body", _snippet(content))
    result = decode(data)
    if empty and result is not None and not (isinstance(result, WireModel) and not type(result)._wire_names):
        raise ResponseDecodeError("", f"the response body is empty; expected a {type(result).__name__} object")
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


class Mapped(NamedTuple):
    """What an httpx2 exception becomes: the pygenai error class, and whether a new attempt is made.

    ``retryable`` is ``None`` where the HTTP status decides (an ``HTTPStatusError`` raised by an injected client's
    event hook); errors that are not :class:`~pygenai.APIError` s (``InvalidRequestError``) are raised at once.
    """

    error: type[PygenaiError]
    retryable: bool | None


HTTPX_ERRORS: Final[Mapping[type[BaseException], Mapped]] = {
    # the roots: a kind httpx2 adds later is mapped by its nearest listed ancestor (and a test fails, so that
    # someone decides about it)
    httpx2.HTTPError: Mapped(APIConnectionError, False),
    httpx2.RequestError: Mapped(APIConnectionError, False),  # raised bare by custom transports: nothing says transient
    httpx2.TransportError: Mapped(APIConnectionError, True),
    # no answer in time: the next attempt may get one
    httpx2.TimeoutException: Mapped(APITimeoutError, True),
    httpx2.ConnectTimeout: Mapped(APITimeoutError, True),
    httpx2.ReadTimeout: Mapped(APITimeoutError, True),
    httpx2.WriteTimeout: Mapped(APITimeoutError, True),
    httpx2.PoolTimeout: Mapped(APITimeoutError, True),
    # the connection failed or broke: refused, reset, closed mid-body, a proxy that failed
    httpx2.NetworkError: Mapped(APIConnectionError, True),
    httpx2.ConnectError: Mapped(APIConnectionError, True),
    httpx2.ReadError: Mapped(APIConnectionError, True),
    httpx2.WriteError: Mapped(APIConnectionError, True),
    httpx2.CloseError: Mapped(APIConnectionError, True),
    httpx2.ProxyError: Mapped(APIConnectionError, True),
    httpx2.ProtocolError: Mapped(APIConnectionError, True),
    httpx2.RemoteProtocolError: Mapped(APIConnectionError, True),  # a truncated body, a garbled status line
    # a body that cannot be decompressed (corrupt gzip, deflate, brotli, zstd): a fresh copy may be intact
    httpx2.DecodingError: Mapped(APIConnectionError, True),
    # the same again would fail the same way
    httpx2.TooManyRedirects: Mapped(APIConnectionError, False),
    httpx2.SSEError: Mapped(StreamError, False),  # httpx2's own event-stream reader (pygenai has its own)
    # the request cannot be sent as built: found before anything went out
    httpx2.LocalProtocolError: Mapped(InvalidRequestError, False),
    httpx2.UnsupportedProtocol: Mapped(InvalidRequestError, False),
    httpx2.InvalidURL: Mapped(InvalidRequestError, False),
    httpx2.CookieConflict: Mapped(InvalidRequestError, False),
    # an injected client's event hook called raise_for_status(): the status decides, as for any other answer
    httpx2.HTTPStatusError: Mapped(APIStatusError, None),
    # a body read after it was closed or consumed: a stream closed while another task read it
    httpx2.StreamError: Mapped(StreamError, False),
    httpx2.StreamConsumed: Mapped(StreamError, False),
    httpx2.StreamClosed: Mapped(StreamError, False),
    httpx2.ResponseNotRead: Mapped(StreamError, False),
    httpx2.RequestNotRead: Mapped(StreamError, False),
}
"""Every exception class httpx2 defines, and what pygenai makes of it (``tests/hardening/test_error_mapping.py``
enumerates httpx2's classes and fails on one missing here)."""

HTTPX_EXCEPTIONS: Final = (httpx2.HTTPError, httpx2.InvalidURL, httpx2.CookieConflict, httpx2.StreamError)
"""The roots of httpx2's exception classes: what an ``except`` around an httpx2 call catches."""

_TIMEOUT_KINDS: Final[Mapping[type[Exception], tuple[str, str]]] = {
    httpx2.ConnectTimeout: ("connect", "no connection was made"),
    httpx2.ReadTimeout: ("read", "the server sent nothing"),
    httpx2.WriteTimeout: ("write", "the request could not be sent"),
    httpx2.PoolTimeout: ("pool", "no pooled connection came free"),
}


def map_httpx_error(
    exc: Exception,
    spec: RequestSpec,
    *,
    timeouts: Timeouts | None = None,
    response: httpx2.Response | None = None,
    headers: Sequence[Mapping[str, str]] = (),
) -> PygenaiError:
    """The pygenai error for an httpx2 exception (see :data:`HTTPX_ERRORS`); its ``__cause__`` is ``exc``.

    ``timeouts`` are the attempt's limits, named in a timeout's message; ``response`` the response whose body
    failed, if any. ``headers`` are the request's header sets, for :func:`invalid_request` (which never chains
    ``exc``: its message may hold a header value): raise an ``InvalidRequestError`` outside the ``except`` block,
    where it gets no ``__context__`` either.
    """
    mapped = _mapping(type(exc))
    if mapped.error is InvalidRequestError:
        return invalid_request(exc, spec, *headers)
    if mapped.error is APIStatusError and isinstance(exc, httpx2.HTTPStatusError):
        answer = exc.response
        body = answer.content if hasattr(answer, "_content") else b""
        error: APIError = status_error(answer, body, spec, time.time())
    elif mapped.error is StreamError:
        error = StreamError(_describe(exc), method=spec.method, url=spec.display_url)
    else:
        message = _timeout_message(exc, timeouts) if mapped.error is APITimeoutError else _message(exc, response)
        kind = APITimeoutError if mapped.error is APITimeoutError else APIConnectionError
        error = kind(message, retryable=bool(mapped.retryable), method=spec.method, url=spec.display_url)
    error.__cause__ = exc
    return error


def _mapping(kind: type[BaseException]) -> Mapped:
    for ancestor in kind.__mro__:
        found = HTTPX_ERRORS.get(ancestor)
        if found is not None:
            return found
    return Mapped(APIConnectionError, False)


def _describe(exc: BaseException) -> str:
    detail = str(exc)
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _timeout_message(exc: Exception, timeouts: Timeouts | None) -> str:
    kind = _TIMEOUT_KINDS.get(type(exc))
    if kind is None:
        return f"{_describe(exc)} (timeout= bounds each connect, read and write; deadline= the whole call)"
    name, what = kind
    seconds = getattr(timeouts, name) if timeouts is not None else None
    within = f" within {seconds:g}s" if seconds is not None else ""
    return f"{type(exc).__name__}: {what}{within} (the {name} timeout; timeout= bounds each step, deadline= the call)"


def _message(exc: Exception, response: httpx2.Response | None) -> str:
    if isinstance(exc, httpx2.DecodingError):
        encoding = response.headers.get("content-encoding") if response is not None else None
        which = f" ({encoding})" if encoding else ""
        return f"DecodingError: the response body could not be decompressed{which}: {exc or 'no detail'}"
    return _describe(exc)


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
