"""Fuzz: the event-stream decoder (``pygenai._core.sse``) against a reference parser written from the WHATWG spec.

The reference below is the "Interpreting an event stream" section of the HTML standard
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation) read as plainly as
possible: decode the whole body as UTF-8 (a leading BOM dropped, bad bytes replaced), split it into lines at CRLF,
LF or CR, and process each line in order. It keeps four conventions of pygenai's decoder, each documented there:

* the last event ID is ``None`` until the first ``id`` field (the spec starts from the empty string);
* each event also carries the ``retry`` value set inside its own block (``None`` when there was none);
* the end of a body: an event whose lines were all complete but whose blank line never came is still dispatched,
  and a body that ends inside a line is an error (the spec drops both silently);
* a ``retry`` value above 2**63 - 1 ms is ignored (the spec takes any number of digits).

The decoder is fed the same bytes cut into arbitrary chunks (empty ones included, or one byte at a time), over one
or several bodies (a reconnection keeps the last event ID and the reconnection time), and must produce exactly the
reference's events, stray lines, last event ID and reconnection time, and raise ``StreamError`` from ``close()``
exactly when the reference says the body was cut. Decoded again under a small size cap (``max_event_bytes``), it
must deliver a prefix of the same events, then maybe a ``StreamError``.

What the fuzzing found is kept as plain tests at the end (a ``retry`` value of 4,301 digits raised ``ValueError``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from pygenai._core.errors import StreamError
from pygenai._core.sse import ServerSentEvent, SSEDecoder

BOM = b"\xef\xbb\xbf"
MAX_STRAY_LINES = 16  # the decoder keeps the first 16 stray lines (sse.SSEDecoder.stray_lines)
MAX_RETRY_MS = 2**63 - 1  # a larger retry value is ignored (sse module docstring)

# --------------------------------------------------------------------------- the reference parser


@dataclass
class Reference:
    """The state of an event source across bodies, and what each body produced."""

    last_event_id: str | None = None
    retry: int | None = None
    stray_lines: list[str] = field(default_factory=list)

    def parse_body(self, body: bytes) -> tuple[list[ServerSentEvent], bool]:
        """The events one body dispatches, and whether it ended inside a line."""
        text = body.decode("utf-8", "replace")
        if text.startswith("\ufeff"):
            text = text[1:]
        lines, unfinished = split_lines(text)
        events: list[ServerSentEvent] = []
        data_buffer = ""
        event_type = ""
        block_retry: int | None = None
        for line in lines:
            if line == "":
                if data_buffer:
                    events.append(self._event(event_type, data_buffer, block_retry))
                data_buffer, event_type, block_retry = "", "", None
                continue
            if line.startswith(":"):
                continue
            name, colon, value = line.partition(":")
            if colon and value.startswith(" "):
                value = value[1:]
            if name == "event":
                event_type = value
            elif name == "data":
                data_buffer += value + "\n"
            elif name == "id":
                if "\x00" not in value:
                    self.last_event_id = value
            elif name == "retry":
                reconnection_time = ascii_digits_value(value)
                if reconnection_time is not None:
                    self.retry = block_retry = reconnection_time
            elif len(self.stray_lines) < MAX_STRAY_LINES:
                self.stray_lines.append(line)
        if unfinished:
            return events, True
        if data_buffer:
            events.append(self._event(event_type, data_buffer, block_retry))
        return events, False

    def _event(self, event_type: str, data_buffer: str, block_retry: int | None) -> ServerSentEvent:
        return ServerSentEvent(event_type or "message", data_buffer.removesuffix("\n"), self.last_event_id, block_retry)


def split_lines(text: str) -> tuple[list[str], str]:
    """Complete lines (ended by CRLF, LF or CR), and the text after the last line end."""
    lines: list[str] = []
    current: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char in "\r\n":
            lines.append("".join(current))
            current = []
            if text.startswith("\r\n", position):
                position += 1
        else:
            current.append(char)
        position += 1
    return lines, "".join(current)


def ascii_digits_value(value: str) -> int | None:
    """The spec's rule for ``retry``: only ASCII digits, read in base ten; anything else is ignored (and, pygenai's
    limit, a value above 2**63 - 1)."""
    if not value or any(char not in "0123456789" for char in value):
        return None
    number = 0
    for char in value:
        number = number * 10 + (ord(char) - ord("0"))
        if number > MAX_RETRY_MS:
            return None
    return number


# --------------------------------------------------------------------------- what the decoder does with the same bytes


@dataclass
class Decoded:
    events: list[list[ServerSentEvent]]  # per body
    cut: list[bool]  # per body: close() raised StreamError
    decoder: SSEDecoder


def chunked(body: bytes, cuts: list[int], one_byte: bool) -> list[bytes]:
    """The body cut at the given points (taken modulo its length), or into single bytes (up to 1 KiB: the bodies with
    thousands of digits are cut at points, or one case would cost a hundred)."""
    if one_byte and len(body) <= 1024:
        return [body[i : i + 1] for i in range(len(body))]
    points = sorted(cut % (len(body) + 1) for cut in cuts)  # repeated points make empty chunks
    return [body[start:end] for start, end in zip([0, *points], [*points, len(body)], strict=True)]


def decode_bodies(bodies: list[bytes], cuts: list[int], one_byte: bool) -> Decoded:
    decoder = SSEDecoder()
    events: list[list[ServerSentEvent]] = []
    cut: list[bool] = []
    for body in bodies:
        body_events: list[ServerSentEvent] = []
        for piece in chunked(body, cuts, one_byte):
            body_events.extend(decoder.feed(piece))
        try:
            body_events.extend(decoder.close())
        except StreamError:
            cut.append(True)
        else:
            cut.append(False)
        events.append(body_events)
    return Decoded(events, cut, decoder)


# --------------------------------------------------------------------------- a case, read from one byte string

# Hypothesis spends about 0.25 ms per draw on top of about 0.45 ms per case, as long as the decoder and the reference
# take together, so a case is one byte string that Case reads (at 100,000 cases a draw more is a minute more):
#
#   byte 0: flags: bit 0 feed one byte at a time; bits 1-2 how many bodies (1-3); bit 3 bodies are raw bytes
#   byte 1: the size cap for the second decoding (1-256 bytes); byte 2: 0xA5 puts a 4,300-digit retry line first
#   byte 3: how many cut points follow (0-7), two bytes each (taken modulo the body's length)
#   the rest: the bodies, separated by 0xFF; each byte below len(TOKENS) stands for that token (field names with
#   and without their colon and space, line ends, values that test a rule: digits around 2**63, NUL in an id, a
#   BOM, cut UTF-8), any other byte for itself (in raw mode every byte stands for itself)
TOKENS = [
    *(b"data", b"data:", b"data: ", b"event:", b"event: ", b"id:", b"id: ", b"retry:", b"retry: "),
    *(b":", b": ", b" ", b"DATA:", b"dat", b"ids:", b"x-extra:", b"ev"),
    *(b"\r\n", b"\n", b"\r", b"\r\n\r\n", b"\n\n", b"\r\r", b"\n\r"),
    *(b"0", b"15", b"1500", b"-1", b"+5", b"5.0", b"\xd9\xa3", b"9223372036854775807", b"9223372036854775808"),
    *(BOM, b"\xef\xbb", b"\x00", b"\xe6\x99", b"\xa8", b"\xff", "\u03bb \U0001f324".encode()),
    *(b"x", b"hello", b"[DONE]", b'{"a": 1}', b"message", b"step.delta"),
]
TOKEN_OF_BYTE = [TOKENS[value] if value < len(TOKENS) else bytes([value]) for value in range(256)]
LONG_RETRY_LINES = [b"retry: " + b"0" * 4400 + b"15\n", b"retry: " + b"7" * 4301 + b"\n"]  # past int()'s limit
BODY_SEPARATOR = 0xFF


@dataclass
class Case:
    bodies: list[bytes]
    cuts: list[int]
    one_byte: bool
    cap: int

    @classmethod
    def read(cls, raw: bytes) -> Case:
        flags, cap, rare, cut_count = (raw[:4] + bytes(4))[:4]
        position = 4 + 2 * (cut_count % 8)
        cuts = [int.from_bytes(raw[i : i + 2]) for i in range(4, min(position, len(raw)), 2)]
        pieces = raw[position:].split(bytes([BODY_SEPARATOR]))[: 1 + (flags >> 1) % 4 % 3]
        if flags & 8:
            bodies = list(pieces)
        else:
            bodies = [b"".join(TOKEN_OF_BYTE[code] for code in piece) for piece in pieces]
        if rare == 0xA5:
            bodies[0] = LONG_RETRY_LINES[cap % 2] + bodies[0]
        return cls(bodies, cuts, bool(flags & 1), 1 + cap)


@settings()
@given(raw=st.binary(max_size=160))
def test_decoder_matches_the_whatwg_reference_at_any_chunking(raw: bytes) -> None:
    case = Case.read(raw)
    note(repr(case))
    decoded = decode_bodies(case.bodies, case.cuts, case.one_byte)
    reference = Reference()
    for number, body in enumerate(case.bodies):
        events, unfinished = reference.parse_body(body)
        assert decoded.events[number] == events, f"body {number}"
        assert decoded.cut[number] == unfinished, f"body {number}: StreamError from close() is {decoded.cut[number]}"
    assert decoded.decoder.last_event_id == reference.last_event_id
    assert decoded.decoder.retry == reference.retry
    assert decoded.decoder.stray_lines == reference.stray_lines
    assert_cap_only_stops_early(case.bodies[0], case.cuts, case.cap)


def assert_cap_only_stops_early(body: bytes, cuts: list[int], cap: int) -> None:
    """Under a cap (``max_event_bytes``) the decoder delivers a prefix of the reference's events, then maybe a
    StreamError; a cap as large as the body never triggers."""
    decoder = SSEDecoder(max_event_bytes=cap)
    delivered: list[ServerSentEvent] = []
    stopped = False
    try:
        for piece in chunked(body, cuts, one_byte=False):
            delivered.extend(decoder.feed(piece))
        delivered.extend(decoder.close())
    except StreamError:
        stopped = True
    expected, unfinished = Reference().parse_body(body)
    if cap >= len(body):
        assert delivered == expected, f"max_event_bytes={cap}"
        assert stopped == unfinished, f"max_event_bytes={cap}"
    else:
        assert delivered == expected[: len(delivered)], f"max_event_bytes={cap}"
        assert stopped or delivered == expected, f"max_event_bytes={cap}"


# --------------------------------------------------------------------------- what the fuzzing found


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        (b"7" * 4301, None),  # past int()'s 4,300-digit limit: raised a bare ValueError before the fix
        (b"0" * 4400 + b"15", 15),  # as many digits, but a small number: kept, as WHATWG reads it
        (b"9223372036854775807", 2**63 - 1),
        (b"9223372036854775808", None),  # above the largest reconnection time kept: ignored like an invalid value
        (b"0", 0),
    ],
    ids=["4301-digits", "leading-zeros", "2**63-1", "2**63", "zero"],
)
def test_a_retry_value_of_any_length_is_read_or_ignored_never_raised(value: bytes, kept: int | None) -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: " + value + b"\ndata: x\n\n") == [ServerSentEvent("message", "x", None, kept)]
    assert decoder.retry == kept
