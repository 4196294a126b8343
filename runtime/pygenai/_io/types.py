"""Names for httpx2's types, for annotations outside this layer (imported there only under ``TYPE_CHECKING``)."""

from __future__ import annotations

from typing import TypeAlias

import httpx2

__all__ = ["AsyncHTTPClient", "HTTPClient", "HTTPResponse"]

HTTPResponse: TypeAlias = httpx2.Response
"""An HTTP response (httpx2's)."""
HTTPClient: TypeAlias = httpx2.Client
"""A sync connection pool a client may be given (``http_client=``)."""
AsyncHTTPClient: TypeAlias = httpx2.AsyncClient
"""An async connection pool a client may be given (``http_client=``)."""
