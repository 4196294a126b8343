"""Cached contents (context caching): TTLs and expiry times in wire form, for ``client.caches``.

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
from typing import TYPE_CHECKING, Any

from pygenai_generated.gemini_types import CachedContent

from ._contents import to_contents, to_system_instruction

if TYPE_CHECKING:
    from ._contents import ContentsInput

__all__ = ["cache_name", "create_arguments", "duration", "timestamp", "update_fields"]


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


def create_arguments(
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


def update_fields(ttl: float | dt.timedelta | str | None, expire_time: dt.datetime | str | None) -> dict[str, str]:
    body = _expiry(ttl, expire_time)
    if not body:
        raise ValueError("give the new ttl or expire_time")
    return body


def cache_name(cache: str | CachedContent) -> str:
    if isinstance(cache, CachedContent):
        if not cache.name:
            raise ValueError("the CachedContent has no name")
        return cache.name
    return cache
