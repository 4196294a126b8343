"""``client.caches``: cached contents (context caching) with TTLs given as seconds or ``timedelta``.

A cache holds a long prefix of a prompt (documents, a video, a system instruction, tools) on the server, so
later prompts that name it pay less for those tokens::

    cache = await client.caches.create(
        model="gemini-2.5-flash", contents=[file, "Here is the talk."], system_instruction="Answer briefly.", ttl=600
    )
    response = await client.models.generate_content(
        model="gemini-2.5-flash", contents="Who spoke?", cached_content=cache.name
    )
    await client.caches.update(name=cache.name, ttl=timedelta(hours=1))
    await client.caches.delete(name=cache.name)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from pygenai_generated.gemini_resources import AsyncCachedContents as _GeneratedAsyncCachedContents
from pygenai_generated.gemini_types import CachedContent, Empty, ListCachedContentsResponse, Tool, ToolConfig

from ..._core.options import RequestOptions
from ..._io._async.pager import AsyncPager
from .._caches import cache_name, caches_on, create_arguments, update_fields
from .._contents import ContentsInput

__all__ = ["AsyncCaches"]


class AsyncCaches(_GeneratedAsyncCachedContents):
    """``client.caches``: create, get, list (every page), update the expiry, delete."""

    __slots__ = ()

    async def get(self, *, name: str | CachedContent, **options: Unpack[RequestOptions]) -> CachedContent:
        """A cache's metadata; ``name`` is ``cachedContents/...`` or a ``CachedContent``."""
        return await super().get(name=cache_name(name), **options)

    async def delete(self, *, name: str | CachedContent, **options: Unpack[RequestOptions]) -> Empty:
        """Delete a cache; ``name`` is ``cachedContents/...`` or a ``CachedContent``."""
        return await super().delete(name=cache_name(name), **options)

    async def create(
        self,
        *,
        model: str,
        contents: ContentsInput | None = None,
        system_instruction: Any = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        display_name: str | None = None,
        ttl: float | dt.timedelta | str | None = None,
        expire_time: dt.datetime | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """Cache a prompt prefix for ``model``.

        ``contents`` and ``system_instruction`` take what ``generate_content`` takes (strings, parts, files,
        contents). ``ttl`` is seconds or a ``timedelta`` (sent as ``"300s"``); ``expire_time`` an aware
        ``datetime``; without either the service's default (one hour) applies.
        """
        arguments = create_arguments(model, contents, system_instruction, ttl, expire_time)
        return await super().create(
            tools=tools, tool_config=tool_config, display_name=display_name, **arguments, **options
        )

    def list(  # type: ignore[override]  # all pages, where the generated method returns one
        self, *, page_size: int | None = None, page_token: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[ListCachedContentsResponse, CachedContent]:
        """Every cached content, fetched page by page as iteration goes (``.pages()`` for the pages)."""
        one_page = super().list

        async def fetch(token: str | None) -> ListCachedContentsResponse:
            return await one_page(page_size=page_size, page_token=token, **options)

        return AsyncPager(fetch, caches_on, page_token=page_token)

    async def update(
        self,
        *,
        name: str | CachedContent,
        ttl: float | dt.timedelta | str | None = None,
        expire_time: dt.datetime | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """Give a cache a new lifetime: ``ttl`` from now (seconds or ``timedelta``) or an ``expire_time``.

        Only the changed field is sent (``updateMask``), so the cache keeps everything else.
        """
        fields = update_fields(ttl, expire_time)
        return await self.patch(
            name=cache_name(name),
            update_mask=",".join(fields),
            ttl=fields.get("ttl"),
            expire_time=fields.get("expireTime"),
            **options,
        )
