"""One streamed model turn: the chunks of one ``streamGenerateContent`` response, accumulated as they pass."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from pygenai_generated.gemini_types import GenerateContentResponse as _GeneratedResponse

from ..._io._async.stream import AsyncStream
from .._response import GenerateContentChunk, GenerateContentResponse
from .._turn import OnComplete, Turn

if TYPE_CHECKING:
    from ..._core.attempts import Attempts
    from ..._core.hooks import Attempt
    from ..._core.request import RequestSpec
    from ..._io._async.transport import AsyncTransport
    from ..._io.types import HTTPResponse
    from ...tools._structured import StructuredOutput

__all__ = ["AsyncTurnStream"]


class AsyncTurnStream(AsyncStream[_GeneratedResponse]):
    """The chunks of one ``streamGenerateContent`` response (:class:`~pygenai.GenerateContentChunk`), accumulated.

    The accumulated turn (``final_response()``, ``accumulated``) merges text fragments, keeps every part that
    carries a thought signature as it came (an empty final part included) and leaves out bare ``{"text": ""}``
    parts. :class:`AsyncGenerateContentStream` is what callers get: one turn, or every turn of a tool loop.

    A chunk that cannot be merged (``{"candidates": 5}``) fails the stream like any other error: the connection is
    released and every later read (iteration, ``final_response()``, ``accumulated``) raises it again.
    """

    def __init__(
        self,
        transport: AsyncTransport,
        spec: RequestSpec,
        attempts: Attempts,
        response: HTTPResponse,
        *,
        attempt: Attempt | None = None,
        structured: StructuredOutput[Any] | None = None,
        on_complete: OnComplete | None = None,
    ) -> None:
        super().__init__(transport, spec, attempts, response, GenerateContentChunk._wrap, attempt=attempt)
        self._turn = Turn(structured, on_complete)

    async def __anext__(self) -> GenerateContentChunk:
        try:
            chunk = await super().__anext__()
        except StopAsyncIteration:
            self._turn.complete(self.response)
            raise
        try:
            self._turn.accumulator.add(chunk)
        except Exception as exc:
            await self._fail(exc)
            raise
        return cast(GenerateContentChunk, chunk)

    @property
    def accumulated(self) -> GenerateContentResponse:
        """The chunks seen so far merged into one response (thought signatures kept on their parts).

        A new response each time, sharing nothing with the chunks; a failed stream raises its error instead.
        """
        self._raise_if_failed()
        return self._turn.snapshot()

    async def final_response(self) -> GenerateContentResponse:
        """Read the rest of the stream; the whole turn as one response (what ``generate_content`` returns).

        A stream that failed raises its error again; one closed before its end raises ``RuntimeError``.
        """
        async for _ in self:
            pass
        return self._turn.result()

    async def close(self) -> None:
        """Stop reading and release the connection (a stream closed before its end runs no completion hook)."""
        self._turn.close()
        await super().close()
