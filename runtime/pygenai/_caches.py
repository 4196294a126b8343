"""``client.caches``: cached contents (context caching) with TTLs given as seconds or ``timedelta``.

A cache holds a long prefix of a prompt (documents, a video, a system instruction, tools) on the server, so
later prompts that name it pay less for those tokens::

    cache = client.caches.create(
        model="gemini-2.5-flash", contents=[file, "Here is the talk."], system_instruction="Answer briefly.", ttl=600
    )
    response = client.models.generate_content(
        model="gemini-2.5-flash", contents="Who spoke?", cached_content=cache.name
    )
    client.caches.update(name=cache.name, ttl=timedelta(hours=1))
    client.caches.delete(name=cache.name)
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Unpack

from pygenai_generated.gemini_resources import AsyncCachedContents as _GeneratedAsyncCachedContents
from pygenai_generated.gemini_resources import CachedContents as _GeneratedCachedContents
from pygenai_generated.gemini_types import CachedContent, Empty, ListCachedContentsResponse, Tool, ToolConfig

from ._contents import to_contents, to_system_instruction
from ._operation import Operation, PathParam
from ._pagination import AsyncPager, Pager

if TYPE_CHECKING:
    from ._contents import ContentsInput
    from ._options import RequestOptions

__all__ = ["AsyncCaches", "Caches", "duration", "timestamp"]

CACHED_CONTENTS_UPDATE: Final = Operation(
    api="gemini",
    id="cachedContents.patch",
    http_method="PATCH",
    path="/v1beta/{+name}",
    path_params=(PathParam("name", reserved=True, prefix="cachedContents/"),),
    query={"update_mask": "updateMask"},
)
"""An update that sends only the changed field; the generated ``patch`` also requires ``model``."""


def duration(value: float | dt.timedelta | str) -> str:
    """A protobuf ``Duration`` in JSON: ``300`` or ``timedelta(minutes=5)`` -> ``"300s"``, ``1.5`` -> ``"1.5s"``.

    A string passes through unchanged.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise TypeError("a TTL is a number of seconds or a timedelta, not a bool")
    seconds = value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"a TTL must be a finite number of seconds >= 0, got {value!r}")
    if seconds == int(seconds):
        return f"{int(seconds)}s"
    return f"{seconds:.9f}".rstrip("0") + "s"


def timestamp(value: dt.datetime | str) -> str:
    """A protobuf ``Timestamp`` in JSON (RFC 3339, UTC, ``Z``); a string passes through unchanged."""
    if isinstance(value, str):
        return value
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("expire_time must be timezone-aware (for example datetime.now(timezone.utc) + ...)")
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _expiry(ttl: float | dt.timedelta | str | None, expire_time: dt.datetime | str | None) -> dict[str, str]:
    if ttl is not None and expire_time is not None:
        raise ValueError("give ttl or expire_time, not both")
    if ttl is not None:
        return {"ttl": duration(ttl)}
    if expire_time is not None:
        return {"expireTime": timestamp(expire_time)}
    return {}


def _create_arguments(
    model: str,
    contents: ContentsInput | None,
    system_instruction: Any,
    ttl: float | dt.timedelta | str | None,
    expire_time: dt.datetime | str | None,
) -> dict[str, Any]:
    """The generated ``create``'s arguments in wire form, from the friendlier ones."""
    arguments: dict[str, Any] = {"model": model if "/" in model else f"models/{model}"}
    if contents is not None:
        arguments["contents"] = to_contents(contents)
    if system_instruction is not None:
        arguments["system_instruction"] = to_system_instruction(system_instruction)
    expiry = _expiry(ttl, expire_time)
    if "ttl" in expiry:
        arguments["ttl"] = expiry["ttl"]
    if "expireTime" in expiry:
        arguments["expire_time"] = expiry["expireTime"]
    return arguments


def _update(ttl: float | dt.timedelta | str | None, expire_time: dt.datetime | str | None) -> dict[str, str]:
    body = _expiry(ttl, expire_time)
    if not body:
        raise ValueError("give the new ttl or expire_time")
    return body


def _cache_name(cache: str | CachedContent) -> str:
    if isinstance(cache, CachedContent):
        if not cache.name:
            raise ValueError("the CachedContent has no name")
        return cache.name
    return cache


class Caches(_GeneratedCachedContents):
    """``client.caches``: create, get, list (every page), update the expiry, delete."""

    __slots__ = ()

    def get(self, *, name: str | CachedContent, **options: Unpack[RequestOptions]) -> CachedContent:
        """A cache's metadata; ``name`` is ``cachedContents/...`` or a ``CachedContent``."""
        return super().get(name=_cache_name(name), **options)

    def delete(self, *, name: str | CachedContent, **options: Unpack[RequestOptions]) -> Empty:
        """Delete a cache; ``name`` is ``cachedContents/...`` or a ``CachedContent``."""
        return super().delete(name=_cache_name(name), **options)

    def create(
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
        arguments = _create_arguments(model, contents, system_instruction, ttl, expire_time)
        return super().create(tools=tools, tool_config=tool_config, display_name=display_name, **arguments, **options)

    def list(  # type: ignore[override]  # all pages, where the generated method returns one
        self, *, page_size: int | None = None, page_token: str | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[ListCachedContentsResponse, CachedContent]:
        """Every cached content, fetched page by page as iteration goes (``.pages()`` for the pages)."""
        one_page = super().list

        def fetch(token: str | None) -> ListCachedContentsResponse:
            return one_page(page_size=page_size, page_token=token, **options)

        return Pager(fetch, _caches_on, page_token=page_token)

    def update(
        self,
        *,
        name: str | CachedContent,
        ttl: float | dt.timedelta | str | None = None,
        expire_time: dt.datetime | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """Give a cache a new lifetime: ``ttl`` from now (seconds or ``timedelta``) or an ``expire_time``."""
        body = _update(ttl, expire_time)
        query = {"updateMask": ",".join(body)}
        return self._call(
            CACHED_CONTENTS_UPDATE,
            CachedContent._wrap,
            path={"name": _cache_name(name)},
            query=query,
            body=body,
            options=options,
        )


class AsyncCaches(_GeneratedAsyncCachedContents):
    """The async ``client.caches``; the same methods as :class:`Caches`."""

    __slots__ = ()

    async def get(self, *, name: str | CachedContent, **options: Unpack[RequestOptions]) -> CachedContent:
        """A cache's metadata; ``name`` is ``cachedContents/...`` or a ``CachedContent``."""
        return await super().get(name=_cache_name(name), **options)

    async def delete(self, *, name: str | CachedContent, **options: Unpack[RequestOptions]) -> Empty:
        """Delete a cache; ``name`` is ``cachedContents/...`` or a ``CachedContent``."""
        return await super().delete(name=_cache_name(name), **options)

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
        """Cache a prompt prefix for ``model``; see :meth:`Caches.create`."""
        arguments = _create_arguments(model, contents, system_instruction, ttl, expire_time)
        return await super().create(
            tools=tools, tool_config=tool_config, display_name=display_name, **arguments, **options
        )

    def list(  # type: ignore[override]  # all pages, where the generated method returns one
        self, *, page_size: int | None = None, page_token: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[ListCachedContentsResponse, CachedContent]:
        """Every cached content: ``async for cache in client.caches.list()``."""
        one_page = super().list

        async def fetch(token: str | None) -> ListCachedContentsResponse:
            return await one_page(page_size=page_size, page_token=token, **options)

        return AsyncPager(fetch, _caches_on, page_token=page_token)

    async def update(
        self,
        *,
        name: str | CachedContent,
        ttl: float | dt.timedelta | str | None = None,
        expire_time: dt.datetime | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """Give a cache a new lifetime; see :meth:`Caches.update`."""
        body = _update(ttl, expire_time)
        query = {"updateMask": ",".join(body)}
        return await self._call(
            CACHED_CONTENTS_UPDATE,
            CachedContent._wrap,
            path={"name": _cache_name(name)},
            query=query,
            body=body,
            options=options,
        )


def _caches_on(page: ListCachedContentsResponse) -> list[CachedContent] | None:
    return page.cached_contents
