"""Per-request options every generated method accepts as keyword arguments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from .timeouts import TimeoutLike

__all__ = ["RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Options for one request, overriding the client's settings.

    * ``timeout``: seconds (one number for connect, read, write and pool), ``None`` (no limit) or an
      ``httpx2.Timeout``.
    * ``max_retries``: retries for this request (0: none).
    * ``extra_headers``: headers added to (or replacing) the client's.
    * ``extra_query``: query parameters added to the URL.
    * ``extra_body``: JSON merged into the request body, to send fields the spec does not have yet; nested
      objects merge key by key (``{"generationConfig": {"newKnob": 1}}`` keeps the other config fields).

    Example::

        client.models.generate_content(model=..., contents=..., timeout=30, extra_headers={"x-trace": "1"})
    """

    timeout: float | TimeoutLike | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]
