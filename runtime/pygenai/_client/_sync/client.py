# Generated from runtime/pygenai/_client/_async/client.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The Gemini API client: settings, the API key, the lazily created connection pool, and every resource.

Constructing a client reads settings and nothing else: httpx2 is imported, and its pool built, when the
first request is made, and each resource's module when the resource is first used, so
``import pygenai; pygenai.Client()`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Self

from ..._core.hooks import AttemptHook
from ..._core.retry import CircuitBreaker, RetryPolicy
from ..._core.settings import UNSET, Unset
from ..._core.timeouts import TimeoutLike
from ..resources import ClientResources

if TYPE_CHECKING:
    from ..._io._sync.transport import Transport
    from ..._io.types import HTTPClient

__all__ = ["Client"]


class Client(ClientResources):
    """A Gemini API client; the blocking client and the async one (asyncio or trio) have the same methods.

    **Parameters:**

    * ``api_key``: the API key, a ``str``; defaults to ``GEMINI_API_KEY``, then ``GOOGLE_API_KEY``, read at the first
      request (a blank variable counts as unset; when the two hold different keys, the client warns once and uses
      ``GEMINI_API_KEY``, where google-genai prefers ``GOOGLE_API_KEY``). Surrounding whitespace is stripped, so a
      key read from a file with its newline works. A key an HTTP header cannot carry (a curly quote, a line break,
      space or control character inside) raises :class:`~pygenai.InvalidAPIKeyError`, which says where and what is
      wrong but never shows the key: at construction for ``api_key=`` (so does an empty one), at the first request
      for a variable. The key is sent only in the ``x-goog-api-key`` header, and no error, log record or warning
      holds it. A missing key raises :class:`~pygenai.MissingAPIKeyError` at the first request.
    * ``base_url``: the API root; defaults to ``GEMINI_BASE_URL`` or ``https://generativelanguage.googleapis.com``.
    * ``timeout``: how long each step of an attempt may take, in seconds (connecting, each read, each write, waiting
      for a pooled connection), or an ``httpx2.Timeout``; the default is 600 s with a 10 s connect timeout (or the
      injected ``http_client``'s own timeout). ``None`` waits forever. It bounds a stall, not the call: a server
      that sends a byte now and then never trips it; that is what ``deadline`` is for.
    * ``deadline``: how long a whole call may take, in seconds (default 600; ``None``: no limit): every attempt,
      the waits between retries and reading the response; for a stream, until its first event (then ``timeout``
      guards each read); for an upload, each stretch until the server confirms more bytes. Past it the call raises
      :class:`~pygenai.DeadlineExceededError` (an :class:`~pygenai.APITimeoutError`). A call's ``deadline=``
      overrides it; it is the retry policy's ``deadline``.
    * ``max_retries``: retries after a failed attempt (default 2; 0 turns retrying off).
    * ``retry_policy``: backoff bounds, the ceiling on server-requested delays and the deadline.
    * ``circuit_breaker``: a :class:`~pygenai.CircuitBreaker` to fail fast while the service keeps failing.
    * ``default_headers``: headers sent with every request. A header (here or in a call's ``extra_headers``) that
      HTTP cannot carry raises :class:`~pygenai.InvalidRequestError` when a request is made, naming the header but
      never its value; like any request that cannot be built, it is never retried.
    * ``hooks``: :class:`~pygenai.AttemptHook` s that see every attempt of every request (after the built-in
      retry log).
    * ``http_client``: an ``httpx2.Client`` to send requests with (proxies, custom transports); the caller
      keeps ownership and closes it.

    Use it as a context manager, or call :meth:`close`, to release the connection pool::

        with pygenai.Client() as client:
            response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | TimeoutLike | Unset | None = UNSET,
        deadline: float | Unset | None = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        circuit_breaker: CircuitBreaker | None = None,
        default_headers: Mapping[str, str] | None = None,
        hooks: Sequence[AttemptHook] = (),
        http_client: HTTPClient | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry_policy=retry_policy,
            circuit_breaker=circuit_breaker,
            default_headers=default_headers,
            hooks=hooks,
        )
        self._http_client = http_client
        self._http_client_given = http_client is not None
        self._transport: Transport | None = None

    def _get_transport(self) -> Transport:
        transport = self._transport
        if transport is None:
            with self._lock:
                if self._closed:
                    raise RuntimeError("this client has been closed")
                if self._transport is None:
                    from ..._io._sync.transport import Transport, new_http_client

                    if self._http_client is None:
                        self._http_client = new_http_client()
                    self._transport = Transport(self, self._http_client)
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
