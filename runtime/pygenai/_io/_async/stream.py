"""Typed streams over server-sent events: the shell that reads bodies and feeds the core's stream parser.

Each event's data is parsed once and handed to the operation's decoder (``_core.stream_parser``). A cut body
is re-sent, or resumed, as the core's :class:`~pygenai._core.stream_parser.StreamState` decides; this shell
does the reading, the sleeping and the hook calls.

How a stream ends, and what it leaves:

* read to its end: the connection is released, and a further read ends at once;
* closed (``close()``, the context manager's exit): the connection is released, and a further read ends at once;
* failed (a cut that cannot be continued, an error event, an event that does not decode, an interrupted read):
  the connection is released, and every further read raises the same error, so a failed stream never passes
  for a finished one;
* dropped after its first read without being closed: the connection is released when the stream is garbage
  collected (the reading generator's ``finally``; the async client needs its event loop still running for that).
  A stream dropped before its first read keeps its connection until the pool is closed: close it, or use
  ``with``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from ..._core.errors import StreamError
from ..._core.stream_parser import StreamCut, StreamFailure, StreamState
from .concurrency import sleep

if TYPE_CHECKING:
    import httpx2

    from ..._core.attempts import Attempts
    from ..._core.hooks import Attempt
    from ..._core.raw import RawResponse
    from ..._core.request import RequestSpec
    from ..._core.stream_parser import ResumeStrategy
    from .transport import AsyncTransport

__all__ = ["AsyncStream"]

T = TypeVar("T")


def _raw(response: httpx2.Response, spec: RequestSpec, retries: int) -> RawResponse:
    from ..http import raw_info

    return raw_info(response, spec, retries, b"")


class AsyncStream(Generic[T]):
    """A typed iterator over a streaming response's events; close it (or use it as a context manager) when done.

    A stream that failed (:class:`~pygenai.StreamError`, :class:`~pygenai.ResponseDecodeError`, ...) raises that
    error again from every later read; ``response`` and ``last_event_id`` stay readable (to resume by hand).

    Example::

        stream = await client.models.stream_generate_content(model="gemini-2.5-flash", contents="Tell a story")
        async with stream:
            async for chunk in stream:
                print(chunk.text, end="")
    """

    response: RawResponse
    """The HTTP response the events are read from (the latest one, after a resume); ``content`` is empty."""

    def __init__(
        self,
        transport: AsyncTransport,
        spec: RequestSpec,
        attempts: Attempts,
        response: httpx2.Response,
        decode: Callable[[Any], T],
        *,
        attempt: Attempt | None = None,
        sentinel: str | None = None,
        resume: ResumeStrategy | None = None,
    ) -> None:
        self._transport = transport
        self._http_response = response
        self._attempt = attempt
        self._attempt_ended = False
        self._started = False
        self._failure: StreamFailure | None = None
        self._state: StreamState[T] = StreamState(
            spec,
            attempts,
            decode,
            sentinel=sentinel,
            resume=resume,
            clock=attempts.clock,
            breaker=transport.client.circuit_breaker,
        )
        self.response = _raw(response, spec, attempts.retries)
        self._iterator = self._iterate()

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event seen (an SSE ``id:`` field, or the API's own event id), for resuming."""
        return self._state.parser.last_event_id

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        if self._failure is not None:
            self._failure.raise_again()
        try:
            return await self._iterator.__anext__()
        except StopAsyncIteration:
            raise
        except BaseException as exc:
            # The error ended the reading generator, whose finally released the connection.
            self._failure = StreamFailure(exc, method=self._state.spec.method, url=self._state.spec.display_url)
            raise

    def _raise_if_failed(self) -> None:
        """Raise the error the stream failed with, if it failed (for what subclasses offer besides iteration)."""
        if self._failure is not None:
            self._failure.raise_again()

    async def _fail(self, error: Exception) -> None:
        """Fail the stream with an error found in an item already read: release the connection; later reads raise."""
        self._failure = StreamFailure(error)
        if self._transport.client._hooks.streams:
            self._ended(error)
        await self._iterator.aclose()
        await self._http_response.aclose()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        if not self._started and self._transport.client._hooks.streams:
            self._ended(GeneratorExit())  # closed before it was read: hooks still see the attempt end
        await self._iterator.aclose()
        await self._http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def _watched(self, item: T) -> None:
        if self._attempt is not None:
            for on_event in self._transport.client._hooks.stream_event:
                on_event(self._attempt, item)

    def _ended(self, error: BaseException | None) -> None:
        if self._attempt is not None and not self._attempt_ended:
            self._attempt_ended = True
            for on_end in self._transport.client._hooks.stream_end:
                on_end(self._attempt, error)

    async def _iterate(self) -> AsyncGenerator[T]:
        import httpx2

        self._started = True
        state = self._state
        watching = self._transport.client._hooks.streams
        ended: BaseException | None = None
        try:
            while True:
                parser = state.parser
                response = self._http_response
                cut: BaseException
                try:
                    async for chunk in response.aiter_bytes():
                        for item in parser.feed(chunk):
                            state.delivered += 1
                            if watching:
                                self._watched(item)
                            yield item
                        if parser.done:
                            return
                    for item in parser.finish():
                        state.delivered += 1
                        if watching:
                            self._watched(item)
                        yield item
                    return
                except (httpx2.TransportError, httpx2.DecodingError) as exc:  # a broken or corrupt body
                    cut = exc
                except StreamCut as exc:
                    cut = exc
                finally:
                    await response.aclose()
                step = state.after_cut(cut)
                if isinstance(step, StreamError):
                    raise step
                spec, attempts, error = step
                if watching:
                    self._ended(error)
                decision = self._transport.failed(attempts, spec, self._attempt, error, retryable=True)
                if decision.delay is None:
                    raise error
                state.continue_after_cut()
                await sleep(attempts.clock, decision.delay)
                self._http_response, attempts, attempt = await self._transport.send(spec, attempts)
                self._attempt, self._attempt_ended = attempt, False
                self.response = _raw(self._http_response, spec, attempts.retries)
        except BaseException as exc:
            ended = exc
            raise
        finally:
            await self._http_response.aclose()
            if watching:
                self._ended(ended)
