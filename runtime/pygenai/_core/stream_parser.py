"""The pure part of a stream: body bytes in, decoded items out, and what to do when a body breaks.

:class:`EventParser` decodes server-sent events (``sse.SSEDecoder``), parses each event's data once and hands
the object to the operation's decoder. An ``{"error": ...}`` event inside the 200 response raises
:class:`~pygenai.StreamError`; so does a body cut mid-event or mid-line. An operation may declare a
sentinel (``Operation.stream_done``, ``[DONE]`` for the Interactions API): it ends the stream, and a stream
that ends without it was cut. A stream without a sentinel that ends before any event (an empty 200 body, or one
holding only comments and empty events) was cut too: no answer came.

:class:`StreamState` decides what follows a cut. While no event has reached the caller the request is
simply sent again, under the call's retry budget. After that, a stream whose operation declares a resume
mechanism (``Operation.stream_resume``) and whose resource supplies a :data:`ResumeStrategy` continues
from the last event id; any other stream raises.

:class:`StreamFailure` keeps the error a stream failed with, so that every later read raises it again: a failed
stream never looks finished.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, NoReturn, Protocol, TypeAlias, TypeVar

import orjson

from .attempts import Attempts
from .error_details import parse_error_object, stream_error
from .errors import ResponseDecodeError, StreamError
from .sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from .clock import Clock
    from .request import RequestSpec
    from .retry import CircuitBreaker

__all__ = ["EventParser", "ResumeStrategy", "Resumer", "StreamCut", "StreamFailure", "StreamState"]

T = TypeVar("T")


class StreamCut(Exception):
    """The body ended or broke before the stream was complete (internal; becomes a StreamError)."""


class Resumer(Protocol):
    """One stream's resume state: it sees each event's data and builds the request that continues the stream."""

    def observe(self, data: dict[str, Any]) -> str | None:
        """Each event's parsed JSON object, before it is decoded; the event id it carries, if any."""

    def resume_request(self, spec: RequestSpec, last_event_id: str) -> RequestSpec | None:
        """The request that continues after ``last_event_id``, or ``None`` when it cannot be built."""


ResumeStrategy: TypeAlias = Callable[[], Resumer]
"""Makes the :class:`Resumer` of one stream; an API package supplies it for its resumable operations."""


class _Skip:
    __slots__ = ()


_SKIP: Final = _Skip()


class EventParser(Generic[T]):
    """Bytes in, decoded items out; ``done`` once the operation's sentinel arrived."""

    __slots__ = ("_decode", "_decoder", "_resumer", "decoded", "done", "last_event_id", "sentinel")

    def __init__(self, decode: Callable[[Any], T], *, sentinel: str | None, resumer: Resumer | None) -> None:
        self._decode = decode
        self._decoder = SSEDecoder()
        self._resumer = resumer
        self.sentinel = sentinel
        self.done = False
        self.decoded = False  # an event has been decoded (in any body this parser read)
        self.last_event_id: str | None = None

    def new_body(self) -> None:
        """Forget a broken body's partial event before reading another one."""
        self._decoder = SSEDecoder()

    def feed(self, chunk: bytes) -> Iterator[T]:
        """Decode the items one body chunk completes; stops at the sentinel."""
        for event in self._decoder.feed(chunk):
            item = self._handle(event)
            if self.done:
                return
            if not isinstance(item, _Skip):
                yield item

    def finish(self) -> Iterator[T]:
        """End of body: the last event if it lacked only its blank line; :class:`StreamCut` if incomplete."""
        try:
            events = self._decoder.close()
        except StreamError as exc:
            raise StreamCut(exc.message) from None
        for event in events:
            item = self._handle(event)
            if self.done:
                return
            if not isinstance(item, _Skip):
                yield item
        self._raise_stray_error()
        if self.sentinel is not None:
            if not self.done:
                raise StreamCut(f"the event stream ended before its {self.sentinel} event")
        elif not self.decoded:
            raise StreamCut("the body ended without any event")

    def _handle(self, event: ServerSentEvent) -> T | _Skip:
        if event.id is not None:
            self.last_event_id = event.id
        data = event.data
        if data == self.sentinel:
            self.done = True
            return _SKIP
        if not data:
            return _SKIP
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            if event.event == "error":
                raise StreamError(data[:500], data=data) from None
            raise ResponseDecodeError("", f"invalid JSON in a stream event: {exc}", data[:120]) from None
        if type(obj) is not dict:
            raise ResponseDecodeError("", "expected a JSON object as stream event data", data[:120])
        error = obj.get("error")
        if isinstance(error, (dict, str)) or event.event == "error":
            raise _error_event(error, data)
        if self._resumer is not None:
            event_id = self._resumer.observe(obj)
            if event_id is not None:
                self.last_event_id = event_id
        item = self._decode(obj)
        self.decoded = True
        return item

    def _raise_stray_error(self) -> None:
        # The Interactions API has been seen ending a stream with a bare JSON error line (no "data:").
        for line in self._decoder.stray_lines:
            if not line.startswith("{"):
                continue
            try:
                obj = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("error"), (dict, str)):
                raise _error_event(obj["error"], line)


def _error_event(error: object, data: str) -> StreamError:
    if isinstance(error, dict):
        return stream_error(parse_error_object(error, fallback="error event in the stream"), data)
    message = error if isinstance(error, str) and error else "error event in the stream"
    return StreamError(message, data=data)


class StreamFailure:
    """The error a stream failed with; :meth:`raise_again` raises it from every later read of the stream.

    An error (a cut, an error event, an event that does not decode) is kept as it was raised, with its first
    traceback, so each raise shows where it happened rather than a growing chain of re-raises. An interruption
    (a cancelled read, ``KeyboardInterrupt``) is kept as a :class:`StreamError` saying so: raising the interruption
    itself again would look like a new one.
    """

    __slots__ = ("_traceback", "error")

    def __init__(self, exc: BaseException, *, method: str | None = None, url: str | None = None) -> None:
        self.error: Exception
        self._traceback: TracebackType | None
        if isinstance(exc, Exception):
            self.error, self._traceback = exc, exc.__traceback__
        else:
            reason = f"a read of the stream was interrupted ({type(exc).__name__}); the stream cannot continue"
            self.error, self._traceback = StreamError(reason, method=method, url=url), None

    def raise_again(self) -> NoReturn:
        """Raise the stream's error again."""
        raise self.error.with_traceback(self._traceback)


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class StreamState(Generic[T]):
    """A stream's progress across bodies: the parser, events delivered, and the retry budget for cuts."""

    __slots__ = (
        "_breaker",
        "_clock",
        "_decode",
        "_delivered_at_cut",
        "_resume_attempts",
        "_resumer",
        "attempts",
        "delivered",
        "parser",
        "spec",
    )

    def __init__(
        self,
        spec: RequestSpec,
        attempts: Attempts,
        decode: Callable[[Any], T],
        *,
        sentinel: str | None,
        resume: ResumeStrategy | None,
        clock: Clock,
        breaker: CircuitBreaker | None,
    ) -> None:
        self.spec = spec
        self.attempts = attempts
        self._decode = decode
        self._resumer = resume() if resume is not None else None
        self._clock = clock
        self._breaker = breaker
        self.parser: EventParser[T] = EventParser(decode, sentinel=sentinel, resumer=self._resumer)
        self.delivered = 0
        self._delivered_at_cut = 0
        self._resume_attempts: Attempts | None = None
        attempts.bound_until(lambda: self.delivered > 0)  # the call's deadline covers it until its first event

    def cut_error(self, cut: BaseException) -> StreamError:
        """The error a cut becomes when it cannot be recovered from."""
        n = self.delivered
        where = f"after {n} event{'s' if n != 1 else ''}" if n else "before its first event"
        reason = str(cut) if isinstance(cut, StreamCut) else _describe(cut)
        error = StreamError(f"the stream was cut {where}: {reason}", method=self.spec.method, url=self.spec.display_url)
        error.__cause__ = cut.__cause__ if isinstance(cut, StreamCut) else cut
        error.__suppress_context__ = True
        return error

    def after_cut(self, cut: BaseException) -> tuple[RequestSpec, Attempts, StreamError] | StreamError:
        """After a cut: the request that would continue the stream, the attempt record it spends and the error the
        cut became (what the retry policy judges); or the error to raise when the stream cannot continue.

        The caller asks the policy (``attempts.failed``); on a retry it calls :meth:`continue_after_cut`.
        """
        error = self.cut_error(cut)
        if self.delivered == 0:
            return self.spec, self.attempts, error
        last_event_id = self.parser.last_event_id
        if self._resumer is None or last_event_id is None:
            return error
        spec = self._resumer.resume_request(self.spec, last_event_id)
        if spec is None:
            return error
        if self._resume_attempts is None or self.delivered > self._delivered_at_cut:
            self._resume_attempts = Attempts(spec, self._clock, self._breaker)
            resumed_at = self.delivered
            self._resume_attempts.bound_until(lambda: self.delivered > resumed_at)
        self._delivered_at_cut = self.delivered
        return spec, self._resume_attempts, error

    def continue_after_cut(self) -> None:
        """Read the next body: from scratch when nothing was delivered (a re-send), else after the last event."""
        if self.delivered == 0:
            self.parser = EventParser(self._decode, sentinel=self.parser.sentinel, resumer=self._resumer)
        else:
            self.parser.new_body()
