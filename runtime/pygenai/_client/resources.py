# Generated from specs/ and runtime/pygenai/_client/overrides.toml by `nox -s generate`; do not edit.
"""The top-level resources of a client, each made (and its module imported) on first use.

Generated from the specs' resources and ``overrides.toml``, the
table of hand-written resources; generation fails on a name two APIs share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self, cast

from .._core.settings import BaseClient
from .lazy import LazyResource

if TYPE_CHECKING:
    from pygenai_generated.gemini_resources import (
        AsyncAuthTokens,
        AsyncCorpora,
        AsyncDynamic,
        AsyncFileSearchStores,
        AsyncGeneratedFiles,
        AsyncMedia,
        AsyncTunedModels,
        AuthTokens,
        Corpora,
        Dynamic,
        FileSearchStores,
        GeneratedFiles,
        Media,
        TunedModels,
    )
    from pygenai_generated.interactions_resources import Agents, AsyncAgents, AsyncWebhooks, Webhooks

    from ..gemini._async.batches import AsyncBatches
    from ..gemini._async.caches import AsyncCaches
    from ..gemini._async.chats import AsyncChats
    from ..gemini._async.files import AsyncFiles
    from ..gemini._async.models import AsyncModels
    from ..gemini._sync.batches import Batches
    from ..gemini._sync.caches import Caches
    from ..gemini._sync.chats import Chats
    from ..gemini._sync.files import Files
    from ..gemini._sync.models import Models
    from ..interactions._async.interactions import AsyncInteractions
    from ..interactions._sync.interactions import Interactions
    from ..live._async.connect import AsyncLive
    from ..live._sync.connect import Live
    from ._async.client import AsyncClient

__all__ = ["NAMES", "AsyncClientResources", "ClientResources"]

NAMES: tuple[str, ...] = (
    "files",
    "auth_tokens",
    "batches",
    "caches",
    "corpora",
    "dynamic",
    "file_search_stores",
    "media",
    "generated_files",
    "models",
    "tuned_models",
    "agents",
    "interactions",
    "webhooks",
    "chats",
    "live",
)
"""Every top-level resource name of the client."""


class ClientResources(BaseClient):
    """The settings of a client, and its resources (made on first use)."""

    files: LazyResource[Files] = LazyResource("pygenai.gemini._sync.files", "Files")
    """Files: resumable upload with progress, every page of ``list``, ``wait_until_active``, ``download``."""

    auth_tokens: LazyResource[AuthTokens] = LazyResource("pygenai_generated.gemini_resources", "AuthTokens")
    """The ``auth_tokens`` resource of the gemini API."""

    batches: LazyResource[Batches] = LazyResource("pygenai.gemini._sync.batches", "Batches")
    """Batch jobs: submit inline requests or a JSONL file, wait with progress, read results, cancel."""

    caches: LazyResource[Caches] = LazyResource("pygenai.gemini._sync.caches", "Caches")
    """Cached contents: create (TTL in seconds or a ``timedelta``), get, list, update the expiry, delete."""

    corpora: LazyResource[Corpora] = LazyResource("pygenai_generated.gemini_resources", "Corpora")
    """The ``corpora`` resource of the gemini API."""

    dynamic: LazyResource[Dynamic] = LazyResource("pygenai_generated.gemini_resources", "Dynamic")
    """The ``dynamic`` resource of the gemini API."""

    file_search_stores: LazyResource[FileSearchStores] = LazyResource(
        "pygenai_generated.gemini_resources", "FileSearchStores"
    )
    """The ``file_search_stores`` resource of the gemini API."""

    media: LazyResource[Media] = LazyResource("pygenai_generated.gemini_resources", "Media")
    """The ``media`` resource of the gemini API."""

    generated_files: LazyResource[GeneratedFiles] = LazyResource("pygenai_generated.gemini_resources", "GeneratedFiles")
    """The ``generated_files`` resource of the gemini API."""

    models: LazyResource[Models] = LazyResource("pygenai.gemini._sync.models", "Models")
    """``generate_content`` (with tools, thinking, structured output), streaming, and every other models call."""

    tuned_models: LazyResource[TunedModels] = LazyResource("pygenai_generated.gemini_resources", "TunedModels")
    """The ``tuned_models`` resource of the gemini API."""

    agents: LazyResource[Agents] = LazyResource("pygenai_generated.interactions_resources", "Agents")
    """The ``agents`` resource of the interactions API."""

    interactions: LazyResource[Interactions] = LazyResource("pygenai.interactions._sync.interactions", "Interactions")
    """The Interactions API: create (streamed or not), get, cancel, delete; cut streams resume from the last event."""

    webhooks: LazyResource[Webhooks] = LazyResource("pygenai_generated.interactions_resources", "Webhooks")
    """The ``webhooks`` resource of the interactions API."""

    chats: LazyResource[Chats] = LazyResource("pygenai.gemini._sync.chats", "Chats")
    """Multi-turn chats whose history keeps every model turn exactly as received."""

    live: LazyResource[Live] = LazyResource("pygenai.live._sync.connect", "Live")
    """The Live API: ``connect(model=..., config=...)`` opens a bidirectional session over a WebSocket."""

    @property
    def aio(self) -> AsyncClient:
        """The async client with this client's settings (google-genai's ``client.aio``), made on first use.

        It shares the API key, base URL, timeout, retry policy, circuit breaker, default headers, hooks and
        clock; it has its own connection pool (an ``http_client`` given to this client is not shared): close it
        with ``await client.aio.aclose()``, or use ``async with client.aio as aclient:``.
        """
        from .twin import async_twin  # imports AsyncClient: only a program that asks for it pays for it

        return async_twin(self)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            from .._core.porting import missing_attribute

            raise missing_attribute(self, name)


class AsyncClientResources(BaseClient):
    """The settings of an async client, and its resources (made on first use)."""

    files: LazyResource[AsyncFiles] = LazyResource("pygenai.gemini._async.files", "AsyncFiles")
    """Files: resumable upload with progress, every page of ``list``, ``wait_until_active``, ``download``."""

    auth_tokens: LazyResource[AsyncAuthTokens] = LazyResource("pygenai_generated.gemini_resources", "AsyncAuthTokens")
    """The ``auth_tokens`` resource of the gemini API."""

    batches: LazyResource[AsyncBatches] = LazyResource("pygenai.gemini._async.batches", "AsyncBatches")
    """Batch jobs: submit inline requests or a JSONL file, wait with progress, read results, cancel."""

    caches: LazyResource[AsyncCaches] = LazyResource("pygenai.gemini._async.caches", "AsyncCaches")
    """Cached contents: create (TTL in seconds or a ``timedelta``), get, list, update the expiry, delete."""

    corpora: LazyResource[AsyncCorpora] = LazyResource("pygenai_generated.gemini_resources", "AsyncCorpora")
    """The ``corpora`` resource of the gemini API."""

    dynamic: LazyResource[AsyncDynamic] = LazyResource("pygenai_generated.gemini_resources", "AsyncDynamic")
    """The ``dynamic`` resource of the gemini API."""

    file_search_stores: LazyResource[AsyncFileSearchStores] = LazyResource(
        "pygenai_generated.gemini_resources", "AsyncFileSearchStores"
    )
    """The ``file_search_stores`` resource of the gemini API."""

    media: LazyResource[AsyncMedia] = LazyResource("pygenai_generated.gemini_resources", "AsyncMedia")
    """The ``media`` resource of the gemini API."""

    generated_files: LazyResource[AsyncGeneratedFiles] = LazyResource(
        "pygenai_generated.gemini_resources", "AsyncGeneratedFiles"
    )
    """The ``generated_files`` resource of the gemini API."""

    models: LazyResource[AsyncModels] = LazyResource("pygenai.gemini._async.models", "AsyncModels")
    """``generate_content`` (with tools, thinking, structured output), streaming, and every other models call."""

    tuned_models: LazyResource[AsyncTunedModels] = LazyResource(
        "pygenai_generated.gemini_resources", "AsyncTunedModels"
    )
    """The ``tuned_models`` resource of the gemini API."""

    agents: LazyResource[AsyncAgents] = LazyResource("pygenai_generated.interactions_resources", "AsyncAgents")
    """The ``agents`` resource of the interactions API."""

    interactions: LazyResource[AsyncInteractions] = LazyResource(
        "pygenai.interactions._async.interactions", "AsyncInteractions"
    )
    """The Interactions API: create (streamed or not), get, cancel, delete; cut streams resume from the last event."""

    webhooks: LazyResource[AsyncWebhooks] = LazyResource("pygenai_generated.interactions_resources", "AsyncWebhooks")
    """The ``webhooks`` resource of the interactions API."""

    chats: LazyResource[AsyncChats] = LazyResource("pygenai.gemini._async.chats", "AsyncChats")
    """Multi-turn chats whose history keeps every model turn exactly as received."""

    live: LazyResource[AsyncLive] = LazyResource("pygenai.live._async.connect", "AsyncLive")
    """The Live API: ``connect(model=..., config=...)`` opens a bidirectional session over a WebSocket."""

    @property
    def aio(self) -> Self:
        """This client: google-genai's ``client.aio`` read on a client that is async already."""
        return self

    async def aclose(self) -> None:
        """:meth:`close` under google-genai's name (``await aclient.aclose()``)."""
        await cast("AsyncClient", self).close()

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            from .._core.porting import missing_attribute

            raise missing_attribute(self, name)
