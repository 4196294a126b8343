# Generated from runtime/pygenai/interactions/_async/stream.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""A streamed interaction: its typed events as they arrive, accumulated into the final ``Interaction``."""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ..._core.stream_parser import StreamFailure
from .._accumulate import InteractionAccumulator
from .._result import Interaction, attach

if TYPE_CHECKING:
    from pygenai_generated.interactions_types import InteractionSseEvent

    from ..._core.raw import RawResponse
    from ..._io._sync.stream import Stream
    from ...tools._structured import StructuredOutput

__all__ = ["InteractionStream"]


class InteractionStream:
    """The events of a streamed interaction (``interaction.created``, ``step.delta``, ...), accumulated as they pass.

    Iterate it for the typed events (an event type this version does not know arrives as an unknown model);
    :meth:`text_stream` yields only the output text as it arrives; :meth:`final_response` reads the rest and
    returns the whole :class:`~pygenai.Interaction`, equal to what the same call without ``stream`` returns
    (merge rules: ``pygenai.interactions._accumulate``). Close it, or use it as a context manager, to release the
    connection.

    A stream that failed (an ``error`` event, a cut that could not be resumed, the server's refusal sent as a bare
    JSON line: :class:`~pygenai.StreamError`; an event that does not merge: :class:`~pygenai.ResponseDecodeError`)
    has released its connection, and every later read (iteration, :meth:`final_response`, ``accumulated``) raises
    that error again. A stream cut after events arrived continues from the last event id, no delta repeated.
    ``final_response()`` and ``accumulated`` share no object with the events handed out, nor with each other.

    Example::

        with client.interactions.create(model="gemini-3.5-flash", input="A story", stream=True) as stream:
            for text in stream.text_stream():
                print(text, end="")
        interaction = stream.final_response()
    """

    def __init__(self, events: Stream[InteractionSseEvent], structured: StructuredOutput[Any] | None = None) -> None:
        self._events = events
        self._structured = structured
        self._accumulator = InteractionAccumulator()
        self._failure: StreamFailure | None = None
        self._ended = False
        self._closed = False

    @property
    def response(self) -> RawResponse:
        """The HTTP response the events are read from (the latest one, after a resume); ``content`` is empty."""
        return self._events.response

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event seen, to resume from by hand (``client.interactions.get(..., last_event_id=)``)."""
        return self._events.last_event_id

    @property
    def accumulator(self) -> InteractionAccumulator:
        """The accumulator the events are fed to (read it, do not feed it)."""
        return self._accumulator

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> InteractionSseEvent:
        if self._failure is not None:
            self._failure.raise_again()
        try:
            event = self._events.__next__()
        except StopIteration:
            self._ended = self._ended or not self._closed  # read to its end once: closing it later changes nothing
            raise
        except BaseException as exc:
            # The events stream has released its connection; keep its error for accumulated/final_response too.
            self._failure = StreamFailure(exc)
            raise
        try:
            self._accumulator.feed(event)
        except Exception as exc:
            self._failure = StreamFailure(exc)
            self._events.close()
            raise
        return event

    def text_stream(self) -> Iterator[str]:
        """The output text as it arrives: each ``text`` delta of a ``model_output`` step (thoughts left out)."""
        steps: dict[int, str] = {}
        for event in self:
            data = event._data
            kind = data.get("event_type")
            if kind == "step.start" or kind == "content.start":
                inner = data.get("step") if kind == "step.start" else data.get("content")
                steps[data.get("index", 0)] = inner.get("type", "") if isinstance(inner, dict) else ""
            elif kind == "step.delta" or kind == "content.delta":
                delta = data.get("delta")
                if (
                    isinstance(delta, dict)
                    and delta.get("type") == "text"
                    and steps.get(data.get("index", 0), "model_output") not in ("thought",)
                    and isinstance(delta.get("text"), str)
                    and delta["text"]
                ):
                    yield delta["text"]

    @property
    def accumulated(self) -> Interaction:
        """The events so far merged into one interaction (a new one each time); a failed stream raises its error."""
        if self._failure is not None:
            self._failure.raise_again()
        return attach(self._accumulator.interaction(), self._structured)

    def final_response(self) -> Interaction:
        """Read the rest of the stream; the whole interaction (what the call without ``stream`` returns).

        A stream that failed raises its error again; one closed before its end raises ``RuntimeError``.
        """
        for _ in self:
            pass
        if not self._ended:
            raise RuntimeError("the stream was closed before it ended; see .accumulated for what arrived")
        return self.accumulated

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._closed = True
        self._events.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
