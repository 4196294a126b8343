"""Typed streams over server-sent events: :class:`Stream` (sync) and :class:`AsyncStream`.

Each event's data is parsed once and handed to the operation's decoder. A ``data: [DONE]`` sentinel ends the
stream; an ``{"error": ...}`` event inside the 200 response raises :class:`~pygenai.StreamError`, and so does a
stream that is cut short (mid-event, mid-line, or, for the Interactions API, before its ``[DONE]``).

A cut stream is re-sent while no event has reached the caller yet, under the client's retry policy. After that,
an Interactions stream resumes from the last event id it saw (``last_event_id`` on a ``GET`` of the interaction);
any other stream raises.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, Self, TypeVar
from urllib.parse import quote

import orjson

from ._error_details import parse_error_object
from ._errors import ResponseDecodeError, StreamError
from ._raw import RawResponse
from ._sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    import httpx2

    from ._client import BaseClient
    from ._transport import AsyncTransport, Attempts, RequestSpec, SyncTransport

__all__ = ["AsyncStream", "Stream"]

T = TypeVar("T")

DONE: Final = "[DONE]"


class _Cut(Exception):
    """The body ended or broke before the stream was complete (internal; becomes a StreamError)."""


class _Skip:
    __slots__ = ()


_SKIP: Final = _Skip()


class EventParser(Generic[T]):
    """The pure part of a stream: bytes in, decoded items out, plus what a resume needs to know."""

    __slots__ = ("_decode", "_decoder", "done", "expect_done", "interaction_id", "last_event_id")

    def __init__(self, decode: Callable[[Any], T], *, expect_done: bool) -> None:
        self._decode = decode
        self._decoder = SSEDecoder()
        self.expect_done = expect_done
        self.done = False
        self.last_event_id: str | None = None
        self.interaction_id: str | None = None

    def new_body(self) -> None:
        """Forget a broken body's partial event before reading a resumed one."""
        self._decoder = SSEDecoder()

    def feed(self, chunk: bytes) -> Iterator[T]:
        """Decode the items one body chunk completes; stops at ``[DONE]``."""
        for event in self._decoder.feed(chunk):
            item = self._handle(event)
            if self.done:
                return
            if not isinstance(item, _Skip):
                yield item

    def finish(self) -> Iterator[T]:
        """End of body: the last event if it lacked only its blank line; :class:`_Cut` if the body was incomplete."""
        try:
            events = self._decoder.close()
        except StreamError as exc:
            raise _Cut(exc.message) from None
        for event in events:
            item = self._handle(event)
            if self.done:
                return
            if not isinstance(item, _Skip):
                yield item
        self._raise_stray_error()
        if self.expect_done and not self.done:
            raise _Cut(f"the event stream ended before its {DONE} event")

    def _handle(self, event: ServerSentEvent) -> T | _Skip:
        if event.id is not None:
            self.last_event_id = event.id
        data = event.data
        if data == DONE:
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
        event_id = obj.get("event_id")
        if isinstance(event_id, str):
            self.last_event_id = event_id
        interaction = obj.get("interaction")
        if isinstance(interaction, dict) and isinstance(interaction.get("id"), str):
            self.interaction_id = interaction["id"]
        elif isinstance(obj.get("interaction_id"), str):
            self.interaction_id = obj["interaction_id"]
        return self._decode(obj)

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
        parsed = parse_error_object(error, fallback="error event in the stream")
        return StreamError(parsed.message, code=parsed.code, status=parsed.status, details=parsed.details, data=data)
    message = error if isinstance(error, str) and error else "error event in the stream"
    return StreamError(message, data=data)


def resume_request(spec: RequestSpec, interaction_id: str | None, last_event_id: str) -> RequestSpec | None:
    """The request that resumes an Interactions stream after ``last_event_id``, or ``None`` if it cannot be built.

    A ``GET`` stream is re-sent with ``last_event_id``; a stream that created the interaction (``POST
    .../interactions``) continues with ``GET .../interactions/{id}?stream=true&last_event_id=...``.
    """
    params = tuple(p for p in spec.params if p[0] != "last_event_id")
    if spec.method == "GET":
        return replace(spec, params=(*params, ("last_event_id", last_event_id)))
    if interaction_id is None:
        return None
    headers = {k: v for k, v in spec.headers.items() if k.lower() != "content-type"}
    return replace(
        spec,
        method="GET",
        url=f"{spec.url.rstrip('/')}/{quote(interaction_id, safe='')}",
        params=(*params, ("stream", "true"), ("last_event_id", last_event_id)),
        headers=headers,
        content=None,
    )


def _raw(response: httpx2.Response, spec: RequestSpec, retries: int) -> RawResponse:
    from ._transport import raw_info

    return raw_info(response, spec, retries, b"")


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class _StreamBase(Generic[T]):
    """State shared by the sync and async streams."""

    response: RawResponse
    """The HTTP response the events are read from (the latest one, after a resume); ``content`` is empty."""

    def __init__(
        self,
        client: BaseClient,
        spec: RequestSpec,
        attempts: Attempts,
        response: httpx2.Response,
        decode: Callable[[Any], T],
        *,
        resumable: bool,
        expect_done: bool,
    ) -> None:
        self._client = client
        self._spec = spec
        self._attempts = attempts
        self._resume_attempts: Attempts | None = None
        self._http_response = response
        self._decode = decode
        self._resumable = resumable
        self._parser: EventParser[T] = EventParser(decode, expect_done=expect_done)
        self._delivered = 0
        self._delivered_at_cut = 0
        self.response = _raw(response, spec, attempts.retries)

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event seen (an SSE ``id:`` field or an ``event_id`` in the data), for resuming."""
        return self._parser.last_event_id

    def _cut_error(self, cut: BaseException) -> StreamError:
        n = self._delivered
        where = f"after {n} event{'s' if n != 1 else ''}" if n else "before its first event"
        reason = str(cut) if isinstance(cut, _Cut) else _describe(cut)
        error = StreamError(
            f"the stream was cut {where}: {reason}", method=self._spec.method, url=self._spec.display_url
        )
        error.__cause__ = cut.__cause__ if isinstance(cut, _Cut) else cut
        error.__suppress_context__ = True
        return error

    def _next_request(self, cut: BaseException) -> tuple[RequestSpec, Attempts, float] | StreamError:
        """After a cut: the request to send next, its attempt record and the wait before it, or the error to raise."""
        from ._transport import Attempts

        error = self._cut_error(cut)
        if self._delivered == 0:
            decision = self._attempts.failed(error, retryable=True)
            if decision.delay is None:
                return error
            self._parser = EventParser(self._decode, expect_done=self._parser.expect_done)
            return self._spec, self._attempts, decision.delay
        last_event_id = self._parser.last_event_id
        spec = resume_request(self._spec, self._parser.interaction_id, last_event_id) if last_event_id else None
        if not self._resumable or spec is None:
            return error
        if self._resume_attempts is None or self._delivered > self._delivered_at_cut:
            self._resume_attempts = Attempts(self._client, spec)
        self._delivered_at_cut = self._delivered
        decision = self._resume_attempts.failed(error, retryable=True)
        if decision.delay is None:
            return error
        self._parser.new_body()
        return spec, self._resume_attempts, decision.delay


class Stream(_StreamBase[T]):
    """A typed iterator over a streaming response's events; close it (or use ``with``) to release the connection.

    Example::

        with client.models.stream_generate_content(model="gemini-2.5-flash", contents="Tell a story") as stream:
            for chunk in stream:
                print(chunk.text, end="")
    """

    def __init__(
        self,
        transport: SyncTransport,
        spec: RequestSpec,
        attempts: Attempts,
        response: httpx2.Response,
        decode: Callable[[Any], T],
        *,
        resumable: bool = False,
        expect_done: bool = False,
    ) -> None:
        super().__init__(
            transport.client, spec, attempts, response, decode, resumable=resumable, expect_done=expect_done
        )
        self._transport = transport
        self._iterator = self._iterate()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self._http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _iterate(self) -> Generator[T]:
        import httpx2

        try:
            while True:
                parser = self._parser
                response = self._http_response
                cut: BaseException
                try:
                    for chunk in response.iter_bytes():
                        for item in parser.feed(chunk):
                            self._delivered += 1
                            yield item
                        if parser.done:
                            return
                    for item in parser.finish():
                        self._delivered += 1
                        yield item
                    return
                except httpx2.TransportError as exc:
                    cut = exc
                except _Cut as exc:
                    cut = exc
                finally:
                    response.close()
                step = self._next_request(cut)
                if isinstance(step, StreamError):
                    raise step
                spec, attempts, delay = step
                attempts.clock.sleep(delay)
                self._http_response, attempts = self._transport.send(spec, attempts)
                self.response = _raw(self._http_response, spec, attempts.retries)
        finally:
            self._http_response.close()


class AsyncStream(_StreamBase[T]):
    """A typed async iterator over a streaming response's events; close it (or ``async with``) when done.

    Example::

        stream = await client.models.stream_generate_content(model="gemini-2.5-flash", contents="Tell a story")
        async with stream:
            async for chunk in stream:
                print(chunk.text, end="")
    """

    def __init__(
        self,
        transport: AsyncTransport,
        spec: RequestSpec,
        attempts: Attempts,
        response: httpx2.Response,
        decode: Callable[[Any], T],
        *,
        resumable: bool = False,
        expect_done: bool = False,
    ) -> None:
        super().__init__(
            transport.client, spec, attempts, response, decode, resumable=resumable, expect_done=expect_done
        )
        self._transport = transport
        self._iterator = self._iterate()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._iterator.aclose()
        await self._http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def _iterate(self) -> AsyncGenerator[T]:
        import httpx2

        try:
            while True:
                parser = self._parser
                response = self._http_response
                cut: BaseException
                try:
                    async for chunk in response.aiter_bytes():
                        for item in parser.feed(chunk):
                            self._delivered += 1
                            yield item
                        if parser.done:
                            return
                    for item in parser.finish():
                        self._delivered += 1
                        yield item
                    return
                except httpx2.TransportError as exc:
                    cut = exc
                except _Cut as exc:
                    cut = exc
                finally:
                    await response.aclose()
                step = self._next_request(cut)
                if isinstance(step, StreamError):
                    raise step
                spec, attempts, delay = step
                await attempts.clock.asleep(delay)
                self._http_response, attempts = await self._transport.send(spec, attempts)
                self.response = _raw(self._http_response, spec, attempts.retries)
        finally:
            await self._http_response.aclose()
