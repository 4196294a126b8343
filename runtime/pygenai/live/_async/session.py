"""A Live session over a WebSocket: the async shell around :class:`~pygenai.live._protocol.LiveProtocol`.

The shell owns the connection; every decision about messages and state is the protocol's. What it adds:

* tool calls whose tools were given in the config run by themselves (``pygenai._io``'s ``concurrency``: in the
  background, each cancelled by a ``toolCallCancellation`` naming it, whose response is then not sent);
* resumption: with ``session_resumption`` in the config, once the server has sent a resumable handle, a dropped
  connection (close codes in :data:`RECONNECT_CODES`, or any close after ``goAway``) and a ``goAway`` (once the
  current turn is over) make the session connect again with the latest handle and re-send the client messages the
  server had not acknowledged (the protocol's rule). The first attempt is immediate; the client's retry policy
  decides the waits between failed attempts and when to give up. The caller sees one stream of events, with a
  :class:`~pygenai.live.Reconnected` between the connections. Without a handle, a dropped connection raises
  :class:`~pygenai.LiveConnectionClosedError`; a normal close (1000) ends the iteration.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from contextlib import AsyncExitStack
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, TypeAlias, cast

from ..._core.errors import APIConnectionError, LiveConnectionClosedError, LiveError, LiveSetupError
from ..._core.retry import RetryPolicy
from ..._io._async.concurrency import Connection, SendLock, ToolTasks, shielded, sleep
from ...tools import ToolInvocation, ToolResult
from ...tools._async.run import using_tools
from .._events import (
    AudioChunk,
    GoAway,
    LiveEvent,
    Reconnected,
    SetupComplete,
    TextDelta,
    ToolCall,
    ToolCallCancellation,
    TurnComplete,
)
from .._protocol import (
    DEFAULT_INPUT_RATE,
    LiveProtocol,
    activity_end,
    activity_start,
    audio_stream_end,
    client_content,
    encode,
    realtime_audio,
    realtime_input,
    realtime_text,
    realtime_video,
    text_turn,
    tool_response,
)

if TYPE_CHECKING:
    from ..._core.clock import Clock

__all__ = ["RECONNECT_CODES", "AsyncLiveEvents", "AsyncLiveSession"]

RECONNECT_CODES: Final = frozenset({1001, 1006, 1011, 1012, 1013, 1014})
"""Close codes after which a resumable session reconnects: going away, connection lost, server error, service
restart, try again later, bad gateway. A close for the client's own fault (1007, 1008) is raised."""

AUDIO_CHUNK_MS: Final = 100
"""How much audio one ``realtimeInput`` frame carries when :meth:`AsyncLiveSession.send_audio` splits it."""


LiveConnection: TypeAlias = Connection
"""What the session needs of a WebSocket (``pygenai._io``'s ``WebSocketConnection`` is one)."""


Opener = Callable[[], Awaitable[LiveConnection]]


class AsyncLiveSession:
    """An open Live session (made by ``client.live.connect(...)``; see the module docstring).

    Example::

        config = {"response_modalities": ["TEXT"]}
        async with client.live.connect(model="gemini-live-2.5-flash-preview", config=config) as session:
            await session.send_text("Hello")
            print(await session.receive_text())
    """

    def __init__(
        self,
        protocol: LiveProtocol,
        opener: Opener,
        *,
        retry_policy: RetryPolicy,
        clock: Clock,
    ) -> None:
        self.protocol = protocol
        """The session's state (``setup_complete``, ``resumption_handle``, ``pending_tool_calls``...)."""
        self._open = opener
        self._retry_policy = retry_policy
        self._clock = clock
        self._connection: LiveConnection | None = None
        self._backlog: deque[LiveEvent] = deque()
        self._tasks = ToolTasks()
        self._send_lock = SendLock()
        self._stack = AsyncExitStack()
        self._ended: LiveConnectionClosedError | None = None
        self._move_on_turn_end = False
        self._reconnecting = False
        self.reconnects = 0
        """How many times the session connected again."""

    # ----------------------------------------------------------------------- lifecycle

    async def __aenter__(self) -> AsyncLiveSession:
        try:
            await self._stack.enter_async_context(using_tools(self.protocol.toolbox))
            await self._stack.enter_async_context(self._tasks)
            self._connection = await self._connect(None)
        except BaseException:
            await self._stack.aclose()
            raise
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        try:
            await self.close()
        finally:
            await self._stack.__aexit__(kind, error, traceback)

    async def close(self) -> None:
        """Close the connection (code 1000); the events iterator ends and sending raises."""
        if self._ended is None:
            self._ended = LiveConnectionClosedError(1000, "the session was closed")
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close(1000, "")

    async def _connect(self, handle: str | None) -> LiveConnection:
        connection: LiveConnection = await self._tasks.hold(self._open)
        self.protocol.new_connection()
        try:
            await connection.send_text(encode(self.protocol.setup_message(handle)))
            events = self.protocol.receive(await connection.receive())
        except LiveConnectionClosedError as exc:
            await connection.close(1000, "")
            raise LiveSetupError(
                f"the server closed the connection instead of answering the setup (code {exc.code}"
                + (f": {exc.reason})" if exc.reason else ")")
            ) from exc
        except BaseException:
            await connection.close(1000, "")
            raise
        if not self.protocol.setup_complete:
            await connection.close(1000, "")
            raise LiveSetupError(f"the server answered the setup with {events!r:.200} instead of setupComplete")
        self._backlog.extend(e for e in events if not isinstance(e, SetupComplete))
        return connection

    # ----------------------------------------------------------------------- sending

    async def _send(self, message: dict[str, Any]) -> None:
        frame = self.protocol.frame(message)
        connection = self._connection
        if connection is None:
            if self._reconnecting:
                return  # a turn or tool response is re-sent once the new connection is up; real-time input is stale
            raise self._ended or LiveConnectionClosedError(1000, "the session is not open")
        try:
            async with self._send_lock:
                await connection.send_text(frame)
        except LiveConnectionClosedError:
            if self.protocol.resumption_handle is None:
                raise
            # resumable: the receiving side reconnects, and re-sends this message if it is a turn

    async def send_text(self, text: str, *, turn_complete: bool = True) -> None:
        """Send a user turn of text; ``turn_complete=False`` adds to the context without asking for an answer."""
        await self._send(text_turn(text, turn_complete=turn_complete))

    async def send_realtime_text(self, text: str) -> None:
        """Send text as real-time input (answered like speech, under voice activity detection)."""
        await self._send(realtime_text(text))

    async def send_audio(self, pcm: bytes, *, rate: int = DEFAULT_INPUT_RATE) -> None:
        """Send input audio, raw PCM 16-bit little-endian mono at ``rate`` Hz (16000 is what the model hears;
        ``pygenai.live.resample_pcm16`` converts other rates), in frames of :data:`AUDIO_CHUNK_MS` ms."""
        step = max(2, rate * 2 * AUDIO_CHUNK_MS // 1000)
        view = memoryview(pcm)
        for start in range(0, len(view), step):
            await self._send(realtime_audio(bytes(view[start : start + step]), rate))

    async def send_video_frame(self, frame: bytes, *, mime_type: str = "image/jpeg") -> None:
        """Send one video frame (JPEG by default); at most about one frame a second is useful."""
        await self._send(realtime_video(frame, mime_type))

    async def send_image(self, image: bytes, *, mime_type: str = "image/jpeg") -> None:
        """Send a still image as real-time input (the same message as a video frame)."""
        await self._send(realtime_video(image, mime_type))

    async def activity_start(self) -> None:
        """The user starts speaking (only with ``automatic_activity_detection=False``)."""
        await self._send(activity_start())

    async def activity_end(self) -> None:
        """The user stopped speaking (only with ``automatic_activity_detection=False``)."""
        await self._send(activity_end())

    async def audio_stream_end(self) -> None:
        """The microphone was turned off: the server flushes the audio it holds."""
        await self._send(audio_stream_end())

    async def send_tool_response(
        self,
        results: Iterable[ToolResult | Mapping[str, Any]] | None = None,
        *,
        function_responses: object = None,
    ) -> None:
        """Answer tool calls the session does not run itself (tools not in the config): ``ToolResult`` s or
        ``FunctionResponse`` s (wire dicts ``{"id": ..., "name": ..., "response": {...}}`` or typed objects; as
        google-genai spells it: ``function_responses=``, one or a list)."""
        if (results is None) == (function_responses is None):
            raise TypeError("send_tool_response() takes the results, or function_responses=, not both or neither")
        if function_responses is not None:
            if isinstance(function_responses, list | tuple):
                results = list(cast("Sequence[Any]", function_responses))
            else:
                results = [cast(Any, function_responses)]
        assert results is not None
        await self._send(tool_response(results))

    async def send_client_content(self, *, turns: object = None, turn_complete: bool = True) -> None:
        """google-genai's spelling of a turn: ``turns`` a string, a ``Content`` (pygenai's, google-genai's or a
        dict) or a list of them (history first, for context); ``turn_complete=False`` asks for no answer yet."""
        await self._send(client_content(turns, turn_complete=turn_complete))

    async def send_realtime_input(
        self,
        *,
        audio: object = None,
        video: object = None,
        media: object = None,
        text: str | None = None,
        activity_start: object = None,
        activity_end: object = None,
        audio_stream_end: bool | None = None,
    ) -> None:
        """google-genai's spelling of real-time input: exactly one of ``audio`` / ``video`` / ``media`` (a ``Blob``:
        pygenai's, google-genai's or a dict, ``data`` as bytes), ``text``, ``activity_start``, ``activity_end``,
        ``audio_stream_end``. (:meth:`send_audio` chunks PCM for you.)"""
        await self._send(
            realtime_input(
                audio=audio,
                video=video,
                media=media,
                text=text,
                activity_start=activity_start,
                activity_end=activity_end,
                audio_stream_end=audio_stream_end or None,
            )
        )

    # ----------------------------------------------------------------------- receiving

    def receive(self) -> AsyncLiveEvents:
        """The session's events, as they come (``async for event in session.receive()``), across reconnections;
        the iteration ends when the session is closed."""
        return AsyncLiveEvents(self._next_event)

    async def receive_text(self) -> str:
        """The text of the model's next turn (its ``TextDelta`` s up to ``TurnComplete``)."""
        pieces: list[str] = []
        while (event := await self._next_event()) is not None:
            if isinstance(event, TextDelta):
                pieces.append(event.text)
            elif isinstance(event, TurnComplete):
                break
        return "".join(pieces)

    async def receive_audio(self) -> bytes:
        """The audio of the model's next turn: PCM 16-bit little-endian mono, 24 kHz (its ``AudioChunk`` s up to
        ``TurnComplete``)."""
        pieces: list[bytes] = []
        while (event := await self._next_event()) is not None:
            if isinstance(event, AudioChunk):
                pieces.append(event.data)
            elif isinstance(event, TurnComplete):
                break
        return b"".join(pieces)

    async def _next_event(self) -> LiveEvent | None:
        while not self._backlog:
            connection = self._connection
            if connection is None:
                return None
            try:
                frame = await connection.receive()
            except LiveConnectionClosedError as exc:
                await self._dropped(exc)
                continue
            for event in self.protocol.receive(frame):
                self._react(event)
                self._backlog.append(event)
        event = self._backlog.popleft()
        if self._move_on_turn_end and self._idle():
            self._move_on_turn_end = False
            await self._reconnect(None)
        return event

    def _react(self, event: LiveEvent) -> None:
        if isinstance(event, ToolCall):
            self._start_calls(event.calls)
        elif isinstance(event, ToolCallCancellation):
            self._tasks.cancel(event.ids)
        elif isinstance(event, GoAway) and self.protocol.resumption_handle is not None:
            self._move_on_turn_end = True

    def _idle(self) -> bool:
        protocol = self.protocol
        return protocol.turn_over and not protocol.pending_tool_calls and not protocol.unacknowledged

    async def _dropped(self, exc: LiveConnectionClosedError) -> None:
        if self._ended is not None:
            return
        protocol = self.protocol
        if protocol.resumption_handle is not None and (exc.code in RECONNECT_CODES or protocol.go_away is not None):
            await self._reconnect(exc)
            return
        connection, self._connection = self._connection, None
        self._ended = exc
        if connection is not None:
            await connection.close(1000, "")
        if exc.code != 1000:
            raise exc

    async def _reconnect(self, cause: LiveConnectionClosedError | None) -> None:
        handle = self.protocol.resumption_handle
        assert handle is not None
        old, self._connection = self._connection, None
        self._reconnecting = True
        try:
            if old is not None:  # after a drop too: the connection's resources go before a new one opens
                await old.close(1000, "")
            connection = await self._connect_again(handle, cause)
        finally:
            self._reconnecting = False
        self._connection = connection
        self.reconnects += 1
        resend = list(self.protocol.unacknowledged)
        self.protocol.unacknowledged.clear()
        for message in resend:
            await self._send(message)
        self._backlog.append(Reconnected(self.reconnects, len(resend)))

    async def _connect_again(self, handle: str, cause: LiveConnectionClosedError | None) -> LiveConnection:
        clock = self._clock
        started = clock.monotonic()
        retries = 0
        while True:
            try:
                return await self._connect(handle)
            except (LiveError, APIConnectionError, OSError) as exc:
                decision = self._retry_policy.decide(
                    retries_done=retries, elapsed=clock.monotonic() - started, retryable=True, rand=clock.random()
                )
                if decision.delay is None:
                    self._ended = exc if isinstance(exc, LiveConnectionClosedError) else cause
                    raise
                await sleep(clock, decision.delay)
                retries += 1

    # ----------------------------------------------------------------------- tools

    def _start_calls(self, calls: Iterable[ToolInvocation]) -> None:
        toolbox = self.protocol.toolbox
        for call in calls:
            if call.name in toolbox:
                self._tasks.start(call.id or f"#{call.index}", partial(self._run_call, call))

    async def _run_call(self, call: ToolInvocation) -> None:
        try:
            value = await self.protocol.toolbox.toolset_for(call).call_tool(call)
            result = ToolResult.success(call, value)
        except Exception as exc:
            result = ToolResult.failure(call, exc)
        if call.id is not None and call.id not in self.protocol.pending_tool_calls:
            return  # cancelled while it ran
        with shielded():
            await self._send(tool_response([result]))


class AsyncLiveEvents:
    """The events of a session (``async for event in session.receive()``)."""

    def __init__(self, next_event: Callable[[], Awaitable[LiveEvent | None]]) -> None:
        self._next_event = next_event

    def __aiter__(self) -> AsyncLiveEvents:
        return self

    async def __anext__(self) -> LiveEvent:
        event = await self._next_event()
        if event is None:
            raise StopAsyncIteration
        return event
