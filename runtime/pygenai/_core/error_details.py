"""The typed ``error.details`` entries of Google API errors, and the decoding of error bodies.

Loaded only when an error body is decoded, so that importing the error classes stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import orjson

from .errors import StreamError, stream_status_error_class

__all__ = [
    "INTERACTIONS_ERROR_CODES",
    "BadRequest",
    "ErrorBody",
    "ErrorDetail",
    "ErrorInfo",
    "FieldViolation",
    "Help",
    "HelpLink",
    "LocalizedMessage",
    "QuotaFailure",
    "QuotaViolation",
    "RetryInfo",
    "UnknownDetail",
    "http_status_for",
    "parse_detail",
    "parse_duration",
    "parse_error_body",
    "parse_error_object",
    "stream_error",
]


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One entry of ``error.details``: a ``google.rpc`` message tagged by its ``@type`` URL.

    ``raw`` is the entry as the server sent it, so fields this version does not know stay readable.
    """

    type_url: str
    raw: Mapping[str, Any] = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class RetryInfo(ErrorDetail):
    """``google.rpc.RetryInfo``: how long the server asks the client to wait, in seconds."""

    retry_delay: float | None


@dataclass(frozen=True, slots=True)
class QuotaViolation:
    """One exhausted quota of a :class:`QuotaFailure`."""

    subject: str | None = None
    description: str | None = None
    quota_metric: str | None = None
    quota_id: str | None = None
    quota_dimensions: Mapping[str, str] | None = None
    quota_value: int | None = None


@dataclass(frozen=True, slots=True)
class QuotaFailure(ErrorDetail):
    """``google.rpc.QuotaFailure``: which quotas were exceeded."""

    violations: tuple[QuotaViolation, ...]


@dataclass(frozen=True, slots=True)
class ErrorInfo(ErrorDetail):
    """``google.rpc.ErrorInfo``: a machine-readable reason (``API_KEY_INVALID``), its domain and metadata."""

    reason: str | None
    domain: str | None
    metadata: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class FieldViolation:
    """One invalid request field of a :class:`BadRequest`."""

    field: str | None
    description: str | None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class BadRequest(ErrorDetail):
    """``google.rpc.BadRequest``: the request fields that were rejected and why."""

    field_violations: tuple[FieldViolation, ...]


@dataclass(frozen=True, slots=True)
class HelpLink:
    """One link of a :class:`Help` detail."""

    description: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Help(ErrorDetail):
    """``google.rpc.Help``: links to documentation about the error."""

    links: tuple[HelpLink, ...]


@dataclass(frozen=True, slots=True)
class LocalizedMessage(ErrorDetail):
    """``google.rpc.LocalizedMessage``: the error message in a given locale."""

    locale: str | None
    message: str | None


@dataclass(frozen=True, slots=True)
class UnknownDetail(ErrorDetail):
    """A detail type this version does not decode (``DebugInfo``, new types); read it from ``raw``."""


# --------------------------------------------------------------------------- error bodies


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """What an error body says, whatever form it came in."""

    message: str
    code: int | str | None = None
    status: str | None = None
    details: tuple[ErrorDetail, ...] = ()

    @property
    def retry_delay(self) -> float | None:
        for item in self.details:
            if isinstance(item, RetryInfo) and item.retry_delay is not None:
                return item.retry_delay
        return None


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def parse_error_body(body: bytes, status_code: int, reason_phrase: str = "") -> ErrorBody:
    """Decode an error response body of any known form; never raises."""
    try:
        parsed: Any = orjson.loads(body) if body.strip() else None
    except orjson.JSONDecodeError:
        parsed = None
    if isinstance(parsed, list) and parsed and isinstance(parsed[0], dict):
        parsed = parsed[0]
    if isinstance(parsed, dict):
        error = parsed.get("error", parsed)
        if isinstance(error, dict):
            return parse_error_object(error, fallback=_fallback_message(status_code, reason_phrase))
        if isinstance(error, str) and error:
            return ErrorBody(message=error)
    return ErrorBody(message=_unexpected_body_message(body, status_code, reason_phrase))


def parse_error_object(error: Mapping[str, Any], fallback: str = "unknown error") -> ErrorBody:
    """Decode the object inside ``{"error": ...}`` (also used for error events in streams)."""
    message = error.get("message")
    code = error.get("code")
    status = error.get("status")
    raw_details = error.get("details")
    details = (
        tuple(parse_detail(d) for d in raw_details if isinstance(d, dict)) if isinstance(raw_details, list) else ()
    )
    return ErrorBody(
        message=message if isinstance(message, str) and message else fallback,
        code=code if isinstance(code, (int, str)) and not isinstance(code, bool) else None,
        status=status if isinstance(status, str) else None,
        details=details,
    )


INTERACTIONS_ERROR_CODES: Mapping[str, int] = {
    "invalid_request": 400,
    "failed_precondition": 400,
    "parameter_unknown": 400,
    "prohibited_content": 400,  # a content-filter refusal (non-streamed it comes as a 400; wire facts §7)
    "authentication": 401,
    "payment_required": 402,
    "permission_denied": 403,
    "not_found": 404,
    "model_not_found": 404,
    "already_exists": 409,
    "aborted": 409,
    "out_of_range": 416,
    "rate_limit_exceeded": 429,
    "quota_exceeded": 429,
    "too_many_requests": 429,
    "cancelled": 499,
    "api_error": 500,
    "unimplemented": 501,
    "service_unavailable": 503,
    "deadline_exceeded": 504,
    "gateway_timeout": 504,  # what a stream's error event says when the server's deadline passed
}
"""The Interactions API's string error codes and the HTTP status each goes with (Google's api-errors reference).
An error inside a 200 stream has no status of its own; this table gives it the one a non-streamed call would."""

_RPC_STATUS: Mapping[str, int] = {
    "CANCELLED": 499,
    "UNKNOWN": 500,
    "INVALID_ARGUMENT": 400,
    "DEADLINE_EXCEEDED": 504,
    "NOT_FOUND": 404,
    "ALREADY_EXISTS": 409,
    "PERMISSION_DENIED": 403,
    "UNAUTHENTICATED": 401,
    "RESOURCE_EXHAUSTED": 429,
    "FAILED_PRECONDITION": 400,
    "ABORTED": 409,
    "OUT_OF_RANGE": 400,
    "UNIMPLEMENTED": 501,
    "INTERNAL": 500,
    "UNAVAILABLE": 503,
    "DATA_LOSS": 500,
}
"""``google.rpc.Code`` names and their HTTP statuses (google/rpc/code.proto)."""


def http_status_for(code: object, status: object) -> int | None:
    """The HTTP status an error object stands for: Gemini's int ``code`` (an HTTP status), an Interactions string
    ``code`` by :data:`INTERACTIONS_ERROR_CODES`, else the ``google.rpc.Code`` name in ``status``; ``None`` when
    none of these is known."""
    if isinstance(code, int) and not isinstance(code, bool) and 400 <= code <= 599:
        return code
    if isinstance(code, str) and code in INTERACTIONS_ERROR_CODES:
        return INTERACTIONS_ERROR_CODES[code]
    if isinstance(status, str):
        return _RPC_STATUS.get(status)
    return None


def parse_detail(raw: Mapping[str, Any]) -> ErrorDetail:
    """Decode one ``error.details`` entry into its typed form; unknown types become :class:`UnknownDetail`."""
    type_url = raw.get("@type")
    type_url = type_url if isinstance(type_url, str) else ""
    name = type_url.rsplit("/", 1)[-1]
    if name == "google.rpc.RetryInfo":
        return RetryInfo(type_url, raw, parse_duration(raw.get("retryDelay")))
    if name == "google.rpc.QuotaFailure":
        return QuotaFailure(type_url, raw, tuple(_quota_violation(v) for v in _dicts(raw.get("violations"))))
    if name == "google.rpc.ErrorInfo":
        metadata = raw.get("metadata")
        return ErrorInfo(
            type_url,
            raw,
            _str(raw.get("reason")),
            _str(raw.get("domain")),
            {str(k): str(v) for k, v in metadata.items()} if isinstance(metadata, dict) else {},
        )
    if name == "google.rpc.BadRequest":
        violations = tuple(
            FieldViolation(_str(v.get("field")), _str(v.get("description")), _str(v.get("reason")))
            for v in _dicts(raw.get("fieldViolations"))
        )
        return BadRequest(type_url, raw, violations)
    if name == "google.rpc.Help":
        links = tuple(HelpLink(_str(v.get("description")), _str(v.get("url"))) for v in _dicts(raw.get("links")))
        return Help(type_url, raw, links)
    if name == "google.rpc.LocalizedMessage":
        return LocalizedMessage(type_url, raw, _str(raw.get("locale")), _str(raw.get("message")))
    return UnknownDetail(type_url, raw)


_DURATION = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)s\s*")


def parse_duration(value: object) -> float | None:
    """A protobuf JSON duration (``"17s"``, ``"0.5s"``, ``"25.465784708s"``) in seconds."""
    if isinstance(value, str):
        match = _DURATION.fullmatch(value)
        if match:
            return float(match.group(1))
    return None


def _quota_violation(raw: Mapping[str, Any]) -> QuotaViolation:
    dims = raw.get("quotaDimensions")
    value = raw.get("quotaValue")
    quota_value: int | None = None
    if isinstance(value, (int, str)) and not isinstance(value, bool):
        try:
            quota_value = int(value)
        except ValueError:
            quota_value = None
    return QuotaViolation(
        subject=_str(raw.get("subject")),
        description=_str(raw.get("description")),
        quota_metric=_str(raw.get("quotaMetric")),
        quota_id=_str(raw.get("quotaId")),
        quota_dimensions={str(k): str(v) for k, v in dims.items()} if isinstance(dims, dict) else None,
        quota_value=quota_value,
    )


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _fallback_message(status_code: int, reason_phrase: str) -> str:
    return f"HTTP {status_code} {reason_phrase}".rstrip()


def _unexpected_body_message(body: bytes, status_code: int, reason_phrase: str) -> str:
    base = _fallback_message(status_code, reason_phrase)
    title = _TITLE.search(body[:4096])
    if title:
        text = " ".join(title.group(1).decode("utf-8", "replace").split())
        return f"{base} (HTML page: {text})" if text else f"{base} (HTML page)"
    text = " ".join(body[:200].decode("utf-8", "replace").split())
    return f"{base} (body: {text})" if text else base


def stream_error(error: ErrorBody, data: str | None = None) -> StreamError:
    """The error an ``error`` event inside a 200 stream raises: typed by the HTTP status its code stands for
    (:func:`http_status_for`), so that ``except RateLimitError`` catches it, and a :class:`StreamError` in every case;
    a code no table knows gives a plain :class:`StreamError`. ``data`` is the event data as received."""
    status_code = http_status_for(error.code, error.status)
    if status_code is None:
        return StreamError(error.message, code=error.code, status=error.status, details=error.details, data=data)
    typed = stream_status_error_class(status_code)(
        error.message,
        status_code=status_code,
        status=error.status,
        code=error.code,
        details=error.details,
        retry_after=error.retry_delay,
        body=data.encode() if data is not None else b"",
    )
    stream = cast(StreamError, typed)  # the variant class derives from both
    stream.data = data
    return stream
