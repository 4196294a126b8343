"""A cassette's ``httpx2`` transport: answers each request from the file, or sends it and records it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx2

if TYPE_CHECKING:
    from .._cassette import Cassette

__all__ = ["AsyncCassetteTransport"]


class AsyncCassetteTransport(httpx2.AsyncBaseTransport):
    """A :class:`~pygenai.testing.Cassette`'s ``httpx2`` transport (its ``transport``, or its ``async_transport``).

    ``real`` is what recording sends through; ``None``: a new ``httpx2`` transport for each request.
    """

    def __init__(self, cassette: Cassette, real: httpx2.AsyncBaseTransport | None = None) -> None:
        self._cassette = cassette
        self._real = real

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Answer ``request`` from the cassette, or send it for real and record it."""
        tape = self._cassette
        content = await request.aread()
        if tape.mode == "replay":
            return tape._replay(request, content)
        if self._real is not None:
            return await _record_with(tape, self._real, request, content)
        async with httpx2.AsyncHTTPTransport() as real:
            return await _record_with(tape, real, request, content)


async def _record_with(
    tape: Cassette, real: httpx2.AsyncBaseTransport, request: httpx2.Request, content: bytes
) -> httpx2.Response:
    response = await real.handle_async_request(request)
    try:
        body = await response.aread()
    finally:
        await response.aclose()
    return tape._store(request, content, response, body)
