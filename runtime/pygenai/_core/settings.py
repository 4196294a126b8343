"""A client's settings: where requests go, the API key, timeouts, retries, headers, hooks.

:class:`BaseClient` holds them for both clients and reads nothing but the environment; the I/O layer reads
them when it sends. The API key is kept in a :class:`Secret`, so no ``repr`` of anything holding it shows it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from .clock import Clock
from .errors import MissingAPIKeyError
from .hooks import AttemptHook, Hooks, default_hooks
from .retry import CircuitBreaker, RetryPolicy
from .timeouts import TimeoutLike

__all__ = ["API_KEY_ENV_VARS", "DEFAULT_BASE_URL", "UNSET", "BaseClient", "Secret", "Unset"]

DEFAULT_BASE_URL: Final = "https://generativelanguage.googleapis.com"
API_KEY_ENV_VARS: Final = ("GEMINI_API_KEY", "GOOGLE_API_KEY")


class Unset:
    """The type of :data:`UNSET`: "not given", where ``None`` means something (no timeout)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


class Secret:
    """Holds the API key so that no ``repr`` of anything holding it shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("the API key holder cannot be pickled")


class BaseClient:
    """Settings shared by ``Client`` and ``AsyncClient``; see ``Client`` for the parameters."""

    _api_key: Secret | None
    _http_client_given: bool
    _clock: Clock | None

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | TimeoutLike | Unset | None = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        circuit_breaker: CircuitBreaker | None = None,
        default_headers: Mapping[str, str] | None = None,
        hooks: Sequence[AttemptHook] = (),
    ) -> None:
        self._api_key = Secret(api_key) if api_key else None
        url = base_url or os.environ.get("GEMINI_BASE_URL") or DEFAULT_BASE_URL
        self._base_url = url.rstrip("/")
        self._timeout = timeout
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = replace(policy, max_retries=max_retries)
        self._retry_policy = policy
        self._circuit_breaker = circuit_breaker
        self._default_headers = dict(default_headers or {})
        self._hooks = Hooks([*default_hooks(), *hooks])
        self._closed = False
        self._lock = threading.Lock()
        self._clock = None

    @property
    def base_url(self) -> str:
        """The API root every request path is joined to."""
        return self._base_url

    @property
    def max_retries(self) -> int:
        """Retries after a failed first attempt (0: retrying is off)."""
        return self._retry_policy.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        """The full retry policy (backoff bounds, server-delay ceiling, deadline)."""
        return self._retry_policy

    @property
    def circuit_breaker(self) -> CircuitBreaker | None:
        """The circuit breaker, when one was given."""
        return self._circuit_breaker

    @property
    def default_headers(self) -> Mapping[str, str]:
        """Headers sent with every request, besides the API key."""
        return dict(self._default_headers)

    @property
    def hooks(self) -> tuple[AttemptHook, ...]:
        """The per-attempt hooks, the built-in retry log first."""
        return self._hooks.all

    def _resolve_api_key(self) -> str | None:
        """The key given at construction, else the first environment variable set; read at the first request."""
        if self._api_key is None:
            for name in API_KEY_ENV_VARS:
                value = os.environ.get(name)
                if value:
                    self._api_key = Secret(value)
                    break
        return self._api_key.get() if self._api_key is not None else None

    def _auth_headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        """The header carrying the API key, unless the request already authenticates some other way."""
        for name in headers:
            lowered = name.lower()
            if lowered == "x-goog-api-key" or lowered == "authorization":
                return {}
        key = self._resolve_api_key()
        if key is None:
            raise MissingAPIKeyError()
        return {"x-goog-api-key": key}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self.max_retries})"
