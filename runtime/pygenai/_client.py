"""``Client`` and ``AsyncClient``: configuration, the API key, and the lazily created HTTP connection pool.

Constructing a client reads settings and nothing else: httpx2 is imported, and its pool built, when the
first request is made, so ``import pygenai; pygenai.Client()`` stays cheap.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import replace
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Self

from pygenai_generated.gemini_resources import AsyncGeminiResources, GeminiResources
from pygenai_generated.interactions_resources import AsyncInteractionsResources, InteractionsResources

from ._errors import MissingAPIKeyError
from ._retry import CircuitBreaker, RetryPolicy

if TYPE_CHECKING:
    import httpx2

    from ._transport import AsyncTransport, Clock, SyncTransport

__all__ = ["DEFAULT_BASE_URL", "AsyncClient", "Client"]

DEFAULT_BASE_URL: Final = "https://generativelanguage.googleapis.com"
DEFAULT_CONNECT_TIMEOUT: Final = 10.0
DEFAULT_TIMEOUT: Final = 600.0
_API_KEY_ENV_VARS: Final = ("GEMINI_API_KEY", "GOOGLE_API_KEY")


class _Unset:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()


class _Secret:
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
    """Settings shared by :class:`Client` and :class:`AsyncClient`; see :class:`Client` for the parameters."""

    _api_key: _Secret | None
    _http_client_given: bool
    _clock: Clock | None

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | _Unset | None = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        circuit_breaker: CircuitBreaker | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._api_key = _Secret(api_key) if api_key else None
        url = base_url or os.environ.get("GEMINI_BASE_URL") or DEFAULT_BASE_URL
        self._base_url = url.rstrip("/")
        self._timeout = timeout
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = replace(policy, max_retries=max_retries)
        self._retry_policy = policy
        self._circuit_breaker = circuit_breaker
        self._default_headers = dict(default_headers or {})
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

    def _resolve_api_key(self) -> str | None:
        """The key given at construction, else the first environment variable set; read at the first request."""
        if self._api_key is None:
            for name in _API_KEY_ENV_VARS:
                value = os.environ.get(name)
                if value:
                    self._api_key = _Secret(value)
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


class Client(BaseClient, GeminiResources, InteractionsResources):
    """A synchronous Gemini API client.

    **Parameters:**

    * ``api_key``: the API key; defaults to ``GEMINI_API_KEY``, then ``GOOGLE_API_KEY``. It is sent only in the
      ``x-goog-api-key`` header. A missing key raises :class:`~pygenai.MissingAPIKeyError` at the first request.
    * ``base_url``: the API root; defaults to ``GEMINI_BASE_URL`` or ``https://generativelanguage.googleapis.com``.
    * ``timeout``: seconds, or an ``httpx2.Timeout``; the default is 600 s with a 10 s connect timeout (or the
      injected ``http_client``'s own timeout). ``None`` waits forever.
    * ``max_retries``: retries after a failed attempt (default 2; 0 turns retrying off).
    * ``retry_policy``: backoff bounds, the ceiling on server-requested delays and the overall deadline.
    * ``circuit_breaker``: a :class:`~pygenai.CircuitBreaker` to fail fast while the service keeps failing.
    * ``default_headers``: headers sent with every request.
    * ``http_client``: an ``httpx2.Client`` to send requests with (proxies, custom transports); the caller keeps
      ownership and closes it.

    Use it as a context manager, or call :meth:`close`, to release the connection pool::

        with pygenai.Client() as client:
            response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | _Unset | None = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        circuit_breaker: CircuitBreaker | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            circuit_breaker=circuit_breaker,
            default_headers=default_headers,
        )
        self._http_client = http_client
        self._http_client_given = http_client is not None
        self._transport: SyncTransport | None = None

    # Hand-written resources that extend or add to the generated ones are defined below as properties.
    # -- generate experience: models, chats --
    if TYPE_CHECKING:
        from ._chats import Chats as _Chats
        from ._models import Models as _Models

    @cached_property
    def models(self) -> _Models:
        """``generate_content`` (with tools, thinking, structured output), streaming, and every other models call."""
        from ._models import Models

        return Models(self)

    @cached_property
    def chats(self) -> _Chats:
        """Multi-turn chats whose history keeps every model turn exactly as received."""
        from ._chats import Chats

        return Chats(self)

    # -- files, caches, batches --
    if TYPE_CHECKING:
        from ._batches import Batches as _Batches
        from ._caches import Caches as _Caches
        from ._files import Files as _Files

    @cached_property
    def files(self) -> _Files:
        """Files: resumable upload with progress, every page of ``list``, ``wait_until_active``, ``download``."""
        from ._files import Files

        return Files(self)

    @cached_property
    def caches(self) -> _Caches:
        """Cached contents: create (TTL in seconds or a ``timedelta``), get, list, update the expiry, delete."""
        from ._caches import Caches

        return Caches(self)

    @cached_property
    def batches(self) -> _Batches:
        """Batch jobs: submit inline requests or a JSONL file, wait with progress, read results, cancel."""
        from ._batches import Batches

        return Batches(self)

    def _get_transport(self) -> SyncTransport:
        transport = self._transport
        if transport is None:
            with self._lock:
                if self._closed:
                    raise RuntimeError("this client has been closed")
                if self._transport is None:
                    from ._transport import SyncTransport, new_sync_http_client

                    if self._http_client is None:
                        self._http_client = new_sync_http_client()
                    self._transport = SyncTransport(self, self._http_client)
                transport = self._transport
        return transport

    def close(self) -> None:
        """Close the connection pool this client created (an injected ``http_client`` is left open)."""
        with self._lock:
            self._closed = True
            self._transport = None
            http, self._http_client = self._http_client, None
        if http is not None and not self._http_client_given:
            http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(BaseClient, AsyncGeminiResources, AsyncInteractionsResources):
    """An asyncio (or trio) Gemini API client; the same parameters as :class:`Client`.

    ``http_client`` is an ``httpx2.AsyncClient``. Use ``async with`` or ``await client.close()``::

        async with pygenai.AsyncClient() as client:
            response = await client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | _Unset | None = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        circuit_breaker: CircuitBreaker | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            circuit_breaker=circuit_breaker,
            default_headers=default_headers,
        )
        self._http_client = http_client
        self._http_client_given = http_client is not None
        self._transport: AsyncTransport | None = None

    # Hand-written resources that extend or add to the generated ones are defined below as properties.
    # -- generate experience: models, chats --
    if TYPE_CHECKING:
        from ._chats import AsyncChats as _AsyncChats
        from ._models import AsyncModels as _AsyncModels

    @cached_property
    def models(self) -> _AsyncModels:
        """``generate_content`` (with tools, thinking, structured output), streaming, and every other models call."""
        from ._models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def chats(self) -> _AsyncChats:
        """Multi-turn chats whose history keeps every model turn exactly as received."""
        from ._chats import AsyncChats

        return AsyncChats(self)

    # -- files, caches, batches --
    if TYPE_CHECKING:
        from ._batches import AsyncBatches as _AsyncBatches
        from ._caches import AsyncCaches as _AsyncCaches
        from ._files import AsyncFiles as _AsyncFiles

    @cached_property
    def files(self) -> _AsyncFiles:
        """Files: resumable upload with progress, every page of ``list``, ``wait_until_active``, ``download``."""
        from ._files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def caches(self) -> _AsyncCaches:
        """Cached contents: create (TTL in seconds or a ``timedelta``), get, list, update the expiry, delete."""
        from ._caches import AsyncCaches

        return AsyncCaches(self)

    @cached_property
    def batches(self) -> _AsyncBatches:
        """Batch jobs: submit inline requests or a JSONL file, wait with progress, read results, cancel."""
        from ._batches import AsyncBatches

        return AsyncBatches(self)

    def _get_transport(self) -> AsyncTransport:
        transport = self._transport
        if transport is None:
            with self._lock:
                if self._closed:
                    raise RuntimeError("this client has been closed")
                if self._transport is None:
                    from ._transport import AsyncTransport, new_async_http_client

                    if self._http_client is None:
                        self._http_client = new_async_http_client()
                    self._transport = AsyncTransport(self, self._http_client)
                transport = self._transport
        return transport

    async def close(self) -> None:
        """Close the connection pool this client created (an injected ``http_client`` is left open)."""
        with self._lock:
            self._closed = True
            self._transport = None
            http, self._http_client = self._http_client, None
        if http is not None and not self._http_client_given:
            await http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
