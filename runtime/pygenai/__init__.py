"""pygenai: the Gemini API for Python.

Public names load on first use (module ``__getattr__``), so ``import pygenai`` costs almost nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> the private module that defines it; nothing is imported until used. A new entry also goes in
# __all__ and the TYPE_CHECKING imports below (tests/runtime/test_client_config.py checks they agree).
_EXPORTS: dict[str, str] = {
    "Client": "._client",
    "AsyncClient": "._client",
    "RequestOptions": "._options",
    "Stream": "._streaming",
    "AsyncStream": "._streaming",
    "RawResponse": "._raw",
    "raw_response": "._raw",
    "RetryPolicy": "._retry",
    "CircuitBreaker": "._retry",
    "PygenaiError": "._errors",
    "ResponseDecodeError": "._errors",
    "MissingAPIKeyError": "._errors",
    "APIError": "._errors",
    "APIStatusError": "._errors",
    "BadRequestError": "._errors",
    "AuthenticationError": "._errors",
    "PermissionDeniedError": "._errors",
    "NotFoundError": "._errors",
    "RequestTimeoutError": "._errors",
    "ConflictError": "._errors",
    "UnprocessableEntityError": "._errors",
    "RateLimitError": "._errors",
    "InternalServerError": "._errors",
    "ServiceUnavailableError": "._errors",
    "GatewayTimeoutError": "._errors",
    "APIConnectionError": "._errors",
    "APITimeoutError": "._errors",
    "StreamError": "._errors",
    "CircuitOpenError": "._errors",
    "ErrorDetail": "._error_details",
    "RetryInfo": "._error_details",
    "QuotaFailure": "._error_details",
    "QuotaViolation": "._error_details",
    "ErrorInfo": "._error_details",
    "BadRequest": "._error_details",
    "FieldViolation": "._error_details",
    "Help": "._error_details",
    "HelpLink": "._error_details",
    "LocalizedMessage": "._error_details",
    "UnknownDetail": "._error_details",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncStream",
    "AuthenticationError",
    "BadRequest",
    "BadRequestError",
    "CircuitBreaker",
    "CircuitOpenError",
    "Client",
    "ConflictError",
    "ErrorDetail",
    "ErrorInfo",
    "FieldViolation",
    "GatewayTimeoutError",
    "Help",
    "HelpLink",
    "InternalServerError",
    "LocalizedMessage",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "PygenaiError",
    "QuotaFailure",
    "QuotaViolation",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "RetryInfo",
    "RetryPolicy",
    "ServiceUnavailableError",
    "Stream",
    "StreamError",
    "UnknownDetail",
    "UnprocessableEntityError",
    "raw_response",
]

if TYPE_CHECKING:  # what _EXPORTS loads lazily, spelled out for type checkers and IDEs
    from ._client import AsyncClient, Client
    from ._error_details import (
        BadRequest,
        ErrorDetail,
        ErrorInfo,
        FieldViolation,
        Help,
        HelpLink,
        LocalizedMessage,
        QuotaFailure,
        QuotaViolation,
        RetryInfo,
        UnknownDetail,
    )
    from ._errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        CircuitOpenError,
        ConflictError,
        GatewayTimeoutError,
        InternalServerError,
        MissingAPIKeyError,
        NotFoundError,
        PermissionDeniedError,
        PygenaiError,
        RateLimitError,
        RequestTimeoutError,
        ResponseDecodeError,
        ServiceUnavailableError,
        StreamError,
        UnprocessableEntityError,
    )
    from ._options import RequestOptions
    from ._raw import RawResponse, raw_response
    from ._retry import CircuitBreaker, RetryPolicy
    from ._streaming import AsyncStream, Stream


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pygenai' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
