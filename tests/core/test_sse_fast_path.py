"""The event-stream decoder's fast path for runs of one-line ``data:`` events, against its line-by-line decoding.

At an event boundary, a block of lines that starts with ``data: `` is split at its event separators in one pass
(``SSEDecoder._data_events``) when every event of the run is one ``data:`` line and a blank line; anything else goes
line by line. The two must give the same events, the same state (last event ID, reconnection time, stray lines)
and the same errors, whatever the bytes and however they are cut. The bodies below are mostly Gemini-shaped (so the
fast path is taken) with what must make it step aside mixed in: comments, other fields, multi-line values, lone
``\\r``, mixed line ends, ``data:`` without its space, a bare ``data`` line, empty events, a BOM, bad UTF-8, a last
event without its blank line, a cut line.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from pygenai._core.errors import StreamError
from pygenai._core.sse import ServerSentEvent, SSEDecoder

BOM = b"\xef\xbb\xbf"


class LineByLineDecoder(SSEDecoder):
    """The decoder without its fast path: every block goes through the WHATWG line-by-line state machine."""

    def _data_events(self, block: bytes) -> tuple[list[ServerSentEvent], bytes]:
        return [], block


class CountingDecoder(SSEDecoder):
    """The decoder, counting the events its fast path delivered."""

    fast_events = 0

    def _data_events(self, block: bytes) -> tuple[list[ServerSentEvent], bytes]:
        events, rest = super()._data_events(block)
        CountingDecoder.fast_events += len(events)
        return events, rest


def run(decoder: SSEDecoder, bodies: Iterable[list[bytes]]) -> list[object]:
    """Everything observable: per body the events fed and closed (or the error and where), then the decoder's state."""
    seen: list[object] = []
    for chunks in bodies:
        events: list[ServerSentEvent] = []
        try:
            for chunk in chunks:
                events.extend(decoder.feed(chunk))
            events.extend(decoder.close())
        except StreamError as exc:
            seen.append(("error", events, exc.message))
        else:
            seen.append(("ok", events))
    seen.append((decoder.last_event_id, decoder.retry, list(decoder.stray_lines)))
    return seen


# --------------------------------------------------------------------------- bodies

value_text = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=20)
value_bytes = st.one_of(
    value_text.map(str.encode),
    st.binary(max_size=12).filter(lambda b: b"\r" not in b and b"\n" not in b),  # bad UTF-8 too
    st.sampled_from([b'{"text": "caf\xc3\xa9"}', b"\xe6\x99", b"\xa8x", b" leading space", b"", b"[DONE]"]),
)
# Lines that are not a one-line data event: each must send the block, or the rest of it, line by line.
odd_line = st.sampled_from(
    [
        b": keep-alive",
        b":",
        b"event: step.delta",
        b"event:",
        b"id: 7",
        b"id: a\x00b",
        b"retry: 1500",
        b"retry: x",
        b"data",
        b"data:x",
        b"data:",
        b"DATA: x",
        b'{"error": {"code": 500}}',
        b"x-extra: 1",
    ]
)
line_end = st.sampled_from([b"\r\n", b"\n", b"\r"])


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    """A body: mostly ``data: <value>`` events with one line end throughout, with the unusual mixed in."""
    eol = draw(line_end)
    mixed = draw(st.booleans()) and draw(st.integers(0, 3)) == 0
    out = bytearray(BOM if draw(st.integers(0, 9)) == 0 else b"")
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.integers(0, 19))
        end = draw(line_end) if mixed else eol
        if kind == 0:  # another kind of line before the event
            out += draw(odd_line) + end
        elif kind == 1:  # a multi-line value
            out += b"data: " + draw(value_bytes) + end
        elif kind == 2:  # an empty event
            out += end
            continue
        elif kind == 3:  # a lone \r or \n inside what looks like a value
            out += b"data: " + draw(value_bytes) + draw(st.sampled_from([b"\r", b"\n"])) + draw(value_bytes) + end
            out += end
            continue
        out += b"data: " + draw(value_bytes) + end + end
    tail = draw(st.integers(0, 5))
    if tail == 0:  # the last event's blank line never came
        out += b"data: " + draw(value_bytes) + eol
    elif tail == 1:  # the body stops inside a line
        out += b"data: " + draw(value_bytes)
    return bytes(out)


def cut(body: bytes, points: list[int]) -> list[bytes]:
    marks = sorted(point % (len(body) + 1) for point in points)
    return [body[a:b] for a, b in zip([0, *marks], [*marks, len(body)], strict=True)]


@settings(max_examples=600, deadline=None)
@given(
    body_list=st.lists(bodies(), min_size=1, max_size=3),
    points=st.lists(st.integers(0, 2**16), max_size=6),
    cap=st.one_of(st.none(), st.integers(1, 200)),
)
def test_fast_path_gives_what_line_by_line_decoding_gives(
    body_list: list[bytes], points: list[int], cap: int | None
) -> None:
    chunked = [cut(body, points) for body in body_list]
    note(repr(chunked))
    kwargs = {} if cap is None else {"max_event_bytes": cap}
    assert run(SSEDecoder(**kwargs), chunked) == run(LineByLineDecoder(**kwargs), chunked)


@settings(max_examples=300, deadline=None)
@given(body=bodies(), size=st.integers(1, 64))
def test_fast_path_matches_at_fixed_read_sizes(body: bytes, size: int) -> None:
    chunks = [[body[i : i + size] for i in range(0, len(body), size)]]
    assert run(SSEDecoder(), chunks) == run(LineByLineDecoder(), chunks)


# --------------------------------------------------------------------------- the fast path is taken where it should be


def gemini_body(count: int, eol: bytes = b"\r\n") -> bytes:
    return b"".join(b'data: {"candidates": [{"index": 0}],"n": %d}' % i + eol + eol for i in range(count))


@pytest.mark.parametrize("eol", [b"\r\n", b"\n"], ids=["crlf", "lf"])
@pytest.mark.parametrize("size", [1, 7, 100, 1000, 16384])
def test_gemini_framing_decodes_in_the_fast_path_at_any_read_size(eol: bytes, size: int) -> None:
    body = gemini_body(200, eol)
    CountingDecoder.fast_events = 0
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    events = run(CountingDecoder(), [chunks])
    assert events == run(LineByLineDecoder(), [chunks])
    assert [event.data for event in events[0][1]] == [  # type: ignore[index]
        f'{{"candidates": [{{"index": 0}}],"n": {i}}}' for i in range(200)
    ]
    # Reads shorter than an event complete at most one event each; longer reads take the fast path for nearly all.
    assert CountingDecoder.fast_events >= (0 if size < 100 else 150)


def test_one_event_per_read_takes_the_fast_path() -> None:
    CountingDecoder.fast_events = 0
    frames = [b'data: {"n": %d}\r\n\r\n' % i for i in range(10)]
    decoder = CountingDecoder()
    events = [event for frame in frames for event in decoder.feed(frame)]
    assert [event.data for event in events] == [f'{{"n": {i}}}' for i in range(10)]
    assert CountingDecoder.fast_events == 10


@pytest.mark.parametrize(
    "body",
    [
        b"data: a\r\n\r\n: ping\r\n\r\ndata: b\r\n\r\n",  # a comment between events
        b"data: a\r\n\r\nevent: e\r\ndata: b\r\n\r\n",  # a typed event
        b"data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n",  # a two-line value
        b"data: a\r\n\r\n\r\n\r\ndata: b\r\n\r\n",  # blank lines between events
        b"data: a\r\n\r\ndata: b\rc\r\n\r\n",  # a lone \r ends a line
        b"data: a\n\ndata: b\r\n\r\ndata: c\n\n",  # mixed line ends
        b"data: a\r\rdata: b\r\r",  # \r line ends
        b"data: a\r\n\r\ndata:b\r\n\r\n",  # no space after the colon
        b"data: a\r\n\r\nid: 4\r\ndata: b\r\n\r\n",  # an id
        b"data: a\r\n\r\ndata: b\r\n",  # the last blank line missing
        b"data: \xff\xfe\r\n\r\ndata: \xe6\x99\r\n\r\n",  # bad UTF-8
        BOM + b"data: a\r\n\r\ndata: b\r\n\r\n",  # a BOM first
    ],
)
def test_framings_the_fast_path_must_not_misread(body: bytes) -> None:
    for size in (1, 3, len(body)):
        chunks = [[body[i : i + size] for i in range(0, len(body), size)]]
        assert run(SSEDecoder(), chunks) == run(LineByLineDecoder(), chunks), size
