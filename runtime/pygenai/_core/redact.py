"""Removing credentials from what is written down (cassettes of HTTP exchanges and of Live sessions)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

__all__ = ["REDACTED", "redact"]

REDACTED = "REDACTED"
"""What a credential is replaced with."""


def redact(value: Any, secrets: Iterable[str], credential_field: Callable[[str], bool] | None = None) -> Any:
    """``value`` (parsed JSON, text or bytes) with every occurrence of each secret replaced by :data:`REDACTED`, in
    strings, bytes and object keys alike (the longest secret first, so one holding another goes whole). With
    ``credential_field``, a string held by a field it names (``credential_field(name)`` true) becomes ``REDACTED``
    too, whatever it holds. Returns new containers; ``value`` is not changed."""
    ordered = sorted({secret for secret in secrets if secret}, key=len, reverse=True)
    if not ordered and credential_field is None:
        return value
    return _redact(value, ordered, credential_field)


def _redact(value: Any, secrets: list[str], credential_field: Callable[[str], bool] | None) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, bytes):
        for secret in secrets:
            value = value.replace(secret.encode(), REDACTED.encode())
        return value
    if isinstance(value, list):
        items: list[Any] = value
        return [_redact(item, secrets, credential_field) for item in items]
    if isinstance(value, dict):
        return {
            _redact(key, secrets, credential_field): REDACTED
            if credential_field is not None and isinstance(item, str) and credential_field(key)
            else _redact(item, secrets, credential_field)
            for key, item in cast("dict[str, Any]", value).items()
        }
    return value
