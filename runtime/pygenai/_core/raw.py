"""Raw HTTP response info for any call, kept from the request that produced the result (no second request)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["RawResponse", "raw_response"]


@dataclass(frozen=True, slots=True)
class RawResponse:
    """The HTTP response behind a result.

    ``headers`` is case-insensitive when it comes from a real response. ``content`` is the body as received; for a
    stream it is empty, because the body was consumed as events. ``retries`` counts the retries made before this
    response arrived.
    """

    status_code: int
    headers: Mapping[str, str] = field(repr=False)
    content: bytes = field(repr=False)
    method: str
    url: str
    http_version: str = "HTTP/1.1"
    retries: int = 0


_SLOT = "_http"  # where a client call leaves its response on a result (a Model slot)


def raw_response(result: object) -> RawResponse:
    """The raw HTTP response of a call's result: a response model or a stream.

    Example::

        response = client.models.generate_content(model="gemini-2.5-flash", contents="hi")
        raw = pygenai.raw_response(response)
        print(raw.status_code, raw.headers["server-timing"], len(raw.content))
    """
    raw = getattr(result, _SLOT, None)
    if raw is None:
        response = getattr(result, "response", None)
        if isinstance(response, RawResponse):
            return response
        raise TypeError(f"{type(result).__name__} carries no HTTP response (only results returned by a client call do)")
    if callable(raw):  # built on first request: most results never need it
        raw = raw()
        setattr(result, _SLOT, raw)
    if not isinstance(raw, RawResponse):
        raise TypeError(f"{type(result).__name__}._http is not a RawResponse")
    return raw
