# Generated from runtime/pygenai/testing/_async/transport.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""A cassette's ``httpx2`` transport: answers each request from the file, or sends it and records it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx2

if TYPE_CHECKING:
    from .._cassette import Cassette

__all__ = ["CassetteTransport"]


class CassetteTransport(httpx2.BaseTransport):
    """A :class:`~pygenai.testing.Cassette`'s ``httpx2`` transport (its ``transport``, or its ``async_transport``).

    ``real`` is what recording sends through; ``None``: a new ``httpx2`` transport for each request.
    """

    def __init__(self, cassette: Cassette, real: httpx2.BaseTransport | None = None) -> None:
        self._cassette = cassette
        self._real = real

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Answer ``request`` from the cassette, or send it for real and record it."""
        tape = self._cassette
        content = request.read()
        if tape.mode == "replay":
            return tape._replay(request, content)
        if self._real is not None:
            return _record_with(tape, self._real, request, content)
        with httpx2.HTTPTransport() as real:
            return _record_with(tape, real, request, content)


def _record_with(
    tape: Cassette, real: httpx2.BaseTransport, request: httpx2.Request, content: bytes
) -> httpx2.Response:
    response = real.handle_request(request)
    try:
        body = response.read()
    finally:
        response.close()
    return tape._store(request, content, response, body)
