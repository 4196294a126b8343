# Generated from runtime/pygenai/gemini/_async/stream.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The GenerateContent stream: typed chunks, accumulated into the whole turn as they pass."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from pygenai_generated.gemini_types import GenerateContentResponse as _GeneratedResponse

from ..._io._sync.stream import Stream
from .._response import GenerateContentChunk, GenerateContentResponse
from .._turn import OnComplete, Turn

if TYPE_CHECKING:
    from ..._core.attempts import Attempts
    from ..._core.hooks import Attempt
    from ..._core.request import RequestSpec
    from ..._io._sync.transport import Transport
    from ..._io.types import HTTPResponse
    from ...tools._structured import StructuredOutput

__all__ = ["GenerateContentStream"]


class GenerateContentStream(Stream[_GeneratedResponse]):
    """The chunks of ``streamGenerateContent`` (:class:`~pygenai.GenerateContentChunk`), accumulated as they pass.

    The accumulated turn (``final_response()``, ``accumulated``) merges text fragments, keeps every part that
    carries a thought signature as it came (an empty final part included) and leaves out bare ``{"text": ""}``
    parts.

    Example::

        with client.models.stream_generate_content(model="gemini-2.5-flash", contents="A story") as stream:
            for chunk in stream:
                print(chunk.text, end="")
        answer = stream.final_response()   # the whole turn, signatures on their parts, last usage snapshot
    """

    def __init__(
        self,
        transport: Transport,
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

    def __next__(self) -> GenerateContentChunk:
        try:
            chunk = super().__next__()
        except StopIteration:
            self._turn.complete(self.response)
            raise
        self._turn.accumulator.add(chunk)
        return cast(GenerateContentChunk, chunk)

    @property
    def accumulated(self) -> GenerateContentResponse:
        """The chunks seen so far merged into one response (thought signatures kept on their parts)."""
        return self._turn.snapshot()

    def final_response(self) -> GenerateContentResponse:
        """Read the rest of the stream; the whole turn as one response (what ``generate_content`` returns)."""
        for _ in self:
            pass
        return self._turn.result()

    def close(self) -> None:
        """Stop reading and release the connection (a stream closed before its end runs no completion hook)."""
        self._turn.close()
        super().close()
