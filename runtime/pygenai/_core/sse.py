"""A pure decoder for ``text/event-stream`` bodies (the WHATWG "server-sent events" format).

Bytes go in with :meth:`SSEDecoder.feed`, finished events come out; no sockets, no clocks, no threads,
so the stream shells share it and tests drive it directly.

It follows the WHATWG parsing rules (``\\r\\n``, ``\\n`` and ``\\r`` line ends, also when a ``\\r\\n``
pair is split across two chunks; ``data:`` with or without one space; multi-line data joined with
``\\n``; ``event``/``id``/``retry`` fields; ``:`` comment lines; a leading UTF-8 BOM; no event for a
block without ``data``), with two deliberate differences that make truncation visible instead of silent:

* a body that ends after a complete ``data:`` line but before the blank line that closes the event still
  delivers that event from :meth:`SSEDecoder.close` (WHATWG drops it);
* a body that ends in the middle of a line raises from :meth:`SSEDecoder.close` (WHATWG drops the line).

Gemini frames every event as one ``data:`` line and a blank line; a run of such events is decoded in one pass (split
at its separators), anything else line by line, and both give the same events.

And one limit WHATWG does not have: a ``retry:`` value above 2**63 - 1 milliseconds is ignored like an invalid one
(WHATWG takes any run of digits; Python's ``int()`` refuses more than 4,300 of them, and no timer waits that long).

httpx2 ships a decoder (``httpx2.EventSource``) but it loses the first event of a body that starts with a BOM, drops
a last event without its blank line and a cut line, accepts ``retry: -1``/``+5``/``1_0``, dispatches
blocks that have no ``data`` field, and only reads from an ``httpx2.Response``; hence this one.
"""

from __future__ import annotations

from itertools import repeat
from typing import NamedTuple

from .errors import StreamError

__all__ = ["SSEDecoder", "ServerSentEvent"]

_BOM = b"\xef\xbb\xbf"
_MAX_STRAY_LINES = 16
_SNIPPET_BYTES = 200
_MAX_RETRY_MS = 2**63 - 1  # the largest reconnection time kept; a larger retry field is ignored
_MAX_RETRY_DIGITS = len(str(_MAX_RETRY_MS))


class ServerSentEvent(NamedTuple):
    """One dispatched event.

    ``id`` is the stream's last event ID when the event was dispatched, as WHATWG defines it: it carries
    over from earlier events until an ``id:`` field changes it, and is ``None`` until the first one.
    ``retry`` is the reconnection time (ms) set by a ``retry:`` field inside this event, else ``None``.
    """

    event: str
    data: str
    id: str | None
    retry: int | None


# Events are built with tuple.__new__ directly, skipping the generated __new__ (half the cost per event).
_make_event = tuple.__new__

# What separates two one-line data events in the fast path (SSEDecoder._data_events), by line end.
_CRLF_NEXT_EVENT = b"\r\n\r\ndata: "
_LF_NEXT_EVENT = b"\n\ndata: "


class SSEDecoder:
    """Incremental event-stream decoder: :meth:`feed` body chunks, then :meth:`close` at end of body.

    Example::

        decoder = SSEDecoder()
        for chunk in body_chunks:
            for event in decoder.feed(chunk):
                handle(event)
        for event in decoder.close():
            handle(event)

    Raises :class:`~pygenai._errors.StreamError` when one event (its field lines plus a line still
    being received) grows past ``max_event_bytes``, and from :meth:`close` when the body was cut inside a
    line. After :meth:`close` the decoder is ready for a new body (a reconnection); ``last_event_id``
    and ``retry`` carry over, as they do for a WHATWG ``EventSource``.
    """

    __slots__ = (
        "_data",
        "_event_bytes",
        "_event_retry",
        "_event_type",
        "_head",
        "_max_event_bytes",
        "_partial",
        "_partial_bytes",
        "_skip_lf",
        "_started",
        "last_event_id",
        "retry",
        "stray_lines",
    )

    last_event_id: str | None
    """The last ``id:`` value seen (``None`` before the first); send it as ``Last-Event-ID`` to resume."""
    retry: int | None
    """The reconnection time in milliseconds from the latest valid ``retry:`` field."""
    stray_lines: list[str]
    """Lines that are not blank, a comment, or a known field, in arrival order (the first 16 kept).

    WHATWG ignores such lines and so do the events; they are kept because the Interactions API has been
    seen sending a refusal as a bare JSON line without ``data:`` (js-genai issue #1973), which a stream
    should raise instead of ending quietly.
    """

    def __init__(self, max_event_bytes: int = 16 * 1024 * 1024) -> None:
        if max_event_bytes <= 0:
            raise ValueError("max_event_bytes must be positive")
        self._max_event_bytes = max_event_bytes
        self.last_event_id = None
        self.retry = None
        self.stray_lines = []
        self._reset_body()

    def _reset_body(self) -> None:
        self._started = False  # False until the first bytes have been checked for a BOM
        self._head = b""  # a possible BOM prefix shorter than the BOM
        self._skip_lf = False  # the previous chunk ended in \r: a leading \n ends the same line
        self._partial: list[bytes] = []  # chunks of the line being received
        self._partial_bytes = 0
        self._reset_event()

    def _reset_event(self) -> None:
        self._data: list[bytes] = []
        self._event_type = b""
        self._event_retry: int | None = None
        self._event_bytes = 0

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode the next piece of the body and return the events it completed, in order."""
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[0] == 0x0A:
                chunk = chunk[1:]
                if not chunk:
                    return []
        if not self._started:
            head = self._head + chunk
            if len(head) < len(_BOM) and _BOM.startswith(head):
                self._head = head
                return []
            self._started = True
            self._head = b""
            chunk = head[len(_BOM) :] if head.startswith(_BOM) else head
            if not chunk:
                return []

        if chunk[-1] == 0x0A or chunk[-1] == 0x0D:
            end = len(chunk)
        else:
            end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r")) + 1
            if end == 0:
                self._partial.append(chunk)
                self._partial_bytes += len(chunk)
                self._check_size()
                return []
        if self._partial:
            self._partial.append(chunk[:end])
            block = b"".join(self._partial)
            self._partial = []
            self._partial_bytes = 0
        else:
            block = chunk[:end] if end < len(chunk) else chunk
        if end < len(chunk):
            tail = chunk[end:]
            self._partial.append(tail)
            self._partial_bytes = len(tail)
        elif block[-1] == 0x0D:
            self._skip_lf = True  # the chunk ended inside what may be a \r\n pair
        if (
            not self._event_bytes
            and not self._data
            and block.startswith(b"data: ")
            and len(block) < self._max_event_bytes  # so no event in it can be over the cap
        ):
            # At an event boundary, and the block starts with a data line: its run of one-line events in one pass,
            # when it is framed the way Gemini frames them; the rest (or everything, if not) line by line.
            events, rest = self._data_events(block)
            if rest:
                events += self._process(rest.splitlines())
        else:
            # bytes.splitlines breaks at exactly \r\n, \n and \r: the three WHATWG line ends.
            events = self._process(block.splitlines())
        self._check_size()
        return events

    def _data_events(self, block: bytes) -> tuple[list[ServerSentEvent], bytes]:
        """The fast path: at an event boundary, a block of whole lines that starts with ``data: `` (under the cap).

        Gemini frames every event as one ``data: <value>`` line and a blank line, all with the same line end. A run of
        such events is split at its separators (a line end, a blank line and the next ``data: ``) and each value
        decoded, without the line-by-line state machine; it is taken only when no value holds a ``\\r`` or ``\\n``, so
        each event of the run is exactly one data line and one blank line. Returns those events and the bytes after
        the run for the line-by-line decoder (the last event, if its blank line has not come, and anything after
        it); or no events and the whole block when the run holds anything else (a comment, another field, a
        multi-line value, an empty event, mixed line ends). The events are the ones line-by-line decoding gives.
        """
        size = len(block)
        cr = block.find(b"\r")
        if cr < 0:
            next_event, end = _LF_NEXT_EVENT, b"\n\n"
            # One event alone, "data: <value>\n\n" (a read per event, as a slow generation arrives).
            one = block.find(b"\n") == size - 2 and block[-1] == 0x0A
        else:
            next_event, end = _CRLF_NEXT_EVENT, b"\r\n\r\n"
            one = cr == size - 4 and block.find(b"\n") == size - 3 and block.endswith(b"\r\n")
        if one:
            value = block[6 : size - len(end)].decode("utf-8", "replace")
            return [_make_event(ServerSentEvent, ("message", value, self.last_event_id, None))], b""
        values = block.split(next_event)
        if len(values) == 1:
            return [], block
        last = values[-1]
        if last.endswith(end):  # the block ends with a whole event (the usual cut: after an event's blank line)
            values[-1] = last[: -len(end)]
            rest = b""
        else:
            values.pop()
            rest = b"data: " + last
        run = b"".join(values)
        if b"\n" in run or (cr >= 0 and b"\r" in run):
            return [], block
        # Each value is decoded on its own, as the line-by-line path does (bad bytes replaced within the value).
        values[0] = values[0][6:]
        texts = map(bytes.decode, values, repeat("utf-8"), repeat("replace"))
        fields = zip(repeat("message"), texts, repeat(self.last_event_id), repeat(None))
        events: list[ServerSentEvent] = list(map(_make_event, repeat(ServerSentEvent), fields))
        return events, rest

    def close(self) -> list[ServerSentEvent]:
        """End of body: return the last event if it lacked only its closing blank line.

        Raises :class:`~pygenai._errors.StreamError` when the body ended in the middle of a line, so a
        truncated stream never looks like a complete one.
        """
        cut = b"".join(self._partial) or self._head
        event = self._dispatch(self._data) if self._data else None
        self._reset_body()
        if cut:
            snippet = cut[:_SNIPPET_BYTES].decode("utf-8", "replace")
            raise StreamError(
                f"the event stream ended in the middle of a line ({len(cut)} bytes without a line end): {snippet!r}"
            )
        return [event] if event is not None else []

    def _process(self, lines: list[bytes]) -> list[ServerSentEvent]:
        # The hot loop: Gemini sends one "data:" line and one blank line per event.
        events: list[ServerSentEvent] = []
        data = self._data
        size = self._event_bytes
        for line in lines:
            if not line:
                if data:
                    events.append(self._dispatch(data))
                    data = self._data = []
                elif self._event_type or self._event_retry is not None:
                    self._event_type = b""
                    self._event_retry = None
                size = 0
                continue
            if line.startswith(b"data:"):
                data.append(line[6:] if line.startswith(b" ", 5) else line[5:])
            elif line[0] == 0x3A:  # ":" starts a comment (keep-alives)
                continue
            else:
                self._field(line)
            size += len(line) + 1
            if size > self._max_event_bytes:
                self._event_bytes = size
                self._too_large()
        self._event_bytes = size
        return events

    def _field(self, line: bytes) -> None:
        name, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        if name == b"event":
            self._event_type = value
        elif name == b"id":
            if b"\x00" not in value:
                self.last_event_id = value.decode("utf-8", "replace")
        elif name == b"retry":
            if value.isdigit():  # bytes.isdigit is ASCII-only, as WHATWG requires
                significant = value.lstrip(b"0") or b"0"
                # int() refuses more than 4,300 digits: a value past any timer's reach is ignored before it gets there.
                if len(significant) <= _MAX_RETRY_DIGITS:
                    retry = int(significant)
                    if retry <= _MAX_RETRY_MS:
                        self.retry = self._event_retry = retry
        elif name == b"data":  # a bare "data" line: an empty data line
            self._data.append(b"")
        elif len(self.stray_lines) < _MAX_STRAY_LINES:
            self.stray_lines.append(line.decode("utf-8", "replace"))

    def _dispatch(self, data: list[bytes]) -> ServerSentEvent:
        event = _make_event(
            ServerSentEvent,
            (
                self._event_type.decode("utf-8", "replace") if self._event_type else "message",
                (data[0] if len(data) == 1 else b"\n".join(data)).decode("utf-8", "replace"),
                self.last_event_id,
                self._event_retry,
            ),
        )
        self._event_type = b""
        self._event_retry = None
        return event

    def _check_size(self) -> None:
        if self._event_bytes + self._partial_bytes > self._max_event_bytes:
            self._too_large()

    def _too_large(self) -> None:
        size = self._event_bytes + self._partial_bytes
        self._reset_body()
        self._started = True  # the rest of this body is not at its start: no BOM check
        raise StreamError(f"a server-sent event exceeded the {self._max_event_bytes}-byte limit ({size} bytes so far)")
