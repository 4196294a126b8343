"""Where a Live session connects: the WebSocket URL from the client's base URL and the spec's endpoint path."""

from __future__ import annotations

from pygenai_generated.live_types import WEBSOCKET_PATH

from .._core.errors import ConfigTypeError

__all__ = ["WEBSOCKET_PATH", "live_url"]


def live_url(base_url: str) -> str:
    """``base_url`` with its scheme made WebSocket (``https`` -> ``wss``, ``http`` -> ``ws``) joined to the
    endpoint path from ``specs/overlays/live-endpoint.json``. The URL carries no key: that goes in a header."""
    scheme, sep, rest = base_url.partition("://")
    schemes = {"https": "wss", "http": "ws", "wss": "wss", "ws": "ws"}
    if not sep or scheme.lower() not in schemes:
        raise ConfigTypeError("base_url", f"a Live session needs an http(s) or ws(s) URL, got {base_url!r}")
    return f"{schemes[scheme.lower()]}://{rest.rstrip('/')}{WEBSOCKET_PATH}"
