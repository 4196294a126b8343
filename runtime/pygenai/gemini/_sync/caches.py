# Generated from runtime/pygenai/gemini/_async/caches.py by `nox -s generate` (codegen/unasync.py); do not edit.
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

google-genai's ``config=`` works too: ``create(model=..., config={"contents": [...], "ttl": "3600s", ...})`` (or
``types.CreateCachedContentConfig(...)``). ``list`` is the generated one: a pager over every page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from pygenai_generated.gemini_resources import CachedContents as _GeneratedAsyncCachedContents
from pygenai_generated.gemini_types import CachedContent, Empty, Tool, ToolConfig

from ..._core.options import ConfigInput, RequestOptions, check_options, config_arguments
from .._caches import cache_name, create_arguments, update_fields
from .._contents import ContentsInput

__all__ = ["Caches"]

_CONFIG_HINTS = {
    "kms_key_name": "customer-managed encryption keys are a Vertex AI feature; the Gemini API has no such setting",
}


class Caches(_GeneratedAsyncCachedContents):
    """``client.caches``: create, get, list (every page: the generated pager), update the expiry, delete."""

    __slots__ = ()

    def get(self, *, name: str | CachedContent, **options: Unpack[RequestOptions]) -> CachedContent:
        """A cache's metadata; ``name`` is ``cachedContents/...`` or a ``CachedContent``."""
        return super().get(name=cache_name(name), **options)

    def delete(self, *, name: str | CachedContent, **options: Unpack[RequestOptions]) -> Empty:
        """Delete a cache; ``name`` is ``cachedContents/...`` or a ``CachedContent``."""
        return super().delete(name=cache_name(name), **options)

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
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """Cache a prompt prefix for ``model``.

        ``contents`` and ``system_instruction`` take what ``generate_content`` takes (strings, parts, files,
        contents). ``ttl`` is seconds or a ``timedelta`` (sent as ``"300s"``); ``expire_time`` an aware
        ``datetime``; without either the service's default (one hour) applies.

        ``config`` is google-genai's way to give the same settings (``types.CreateCachedContentConfig`` or a
        mapping with ``contents``, ``system_instruction``, ``tools``, ``tool_config``, ``display_name``, ``ttl``,
        ``expire_time``); a setting given both as a keyword argument and in ``config`` raises ``TypeError``.
        """
        check_options(options)
        if config is not None:
            settings = config_arguments(
                config,
                {
                    "contents": contents,
                    "system_instruction": system_instruction,
                    "tools": tools,
                    "tool_config": tool_config,
                    "display_name": display_name,
                    "ttl": ttl,
                    "expire_time": expire_time,
                },
                hints=_CONFIG_HINTS,
            )
            contents, system_instruction = settings["contents"], settings["system_instruction"]
            tools, tool_config, display_name = settings["tools"], settings["tool_config"], settings["display_name"]
            ttl, expire_time = settings["ttl"], settings["expire_time"]
        arguments = create_arguments(model, contents, system_instruction, ttl, expire_time)
        return super().create(tools=tools, tool_config=tool_config, display_name=display_name, **arguments, **options)

    def update(
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
        return self.patch(
            name=cache_name(name),
            update_mask=",".join(fields),
            ttl=fields.get("ttl"),
            expire_time=fields.get("expireTime"),
            **options,
        )
