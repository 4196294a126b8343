"""``client.aio``: the async client that goes with a sync one, as google-genai users reach it.

The generated ``ClientResources.aio`` property calls :func:`async_twin`; the settings are copied here, in the
composition root, because the client classes themselves are one async source and its generated sync twin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._async.client import AsyncClient

if TYPE_CHECKING:
    from .._core.settings import BaseClient

__all__ = ["async_twin"]


def async_twin(client: BaseClient) -> AsyncClient:
    """The :class:`AsyncClient` with ``client``'s settings, made on the first call and kept on ``client``.

    Shared: the API key holder, base URL, timeout, retry policy, circuit breaker (its state too), default headers,
    hooks (the built-in retry log and the user's) and an injected clock. Not shared: the connection pool, and an
    ``http_client`` injected into ``client`` (a sync ``httpx2.Client`` cannot send async requests); the twin makes
    its own pool on its first request, and closes it on ``aclose()``. Closing one client leaves the other open,
    as in google-genai.
    """
    twin: AsyncClient | None = client.__dict__.get("_async_twin")
    if twin is None:
        with client._lock:
            twin = client.__dict__.get("_async_twin")
            if twin is None:
                twin = AsyncClient(
                    base_url=client.base_url,
                    timeout=client._timeout,
                    retry_policy=client.retry_policy,
                    circuit_breaker=client.circuit_breaker,
                    default_headers=client.default_headers,
                )
                twin._api_key = client._api_key  # the same holder (None: the twin reads the environment itself)
                twin._hooks = client._hooks  # the hooks as the client holds them (the retry log first)
                twin._clock = client._clock
                client.__dict__["_async_twin"] = twin
    return twin
