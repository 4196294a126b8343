"""The event-stream decoder against the WHATWG parsing rules and the framings Gemini really sends."""

from __future__ import annotations

import json
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pygenai._core.errors import StreamError
from pygenai._core.sse import ServerSentEvent, SSEDecoder

BOM = b"\xef\xbb\xbf"


def decode(chunks: Iterable[bytes], decoder: SSEDecoder | None = None) -> list[ServerSentEvent]:
    decoder = decoder or SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.close())
    return events


def message(data: str, event: str = "message", id: str | None = None, retry: int | None = None) -> ServerSentEvent:
    return ServerSentEvent(event=event, data=data, id=id, retry=retry)


def assert_same_at_every_split(body: bytes, expected: list[ServerSentEvent]) -> None:
    """Cutting the body into two chunks anywhere, or into single bytes, never changes the events."""
    for cut in range(len(body) + 1):
        assert decode([body[:cut], body[cut:]]) == expected, f"split at byte {cut}"
    assert decode(body[i : i + 1] for i in range(len(body))) == expected


# --------------------------------------------------------------------------- the Gemini framings


def gemini_frame(obj: dict[str, object]) -> bytes:
    # streamGenerateContent?alt=sse: ": " after keys, "," without a space, CRLF CRLF (wire facts §3)
    return b"data: " + json.dumps(obj, separators=(",", ": "), ensure_ascii=False).encode() + b"\r\n\r\n"


GEMINI_CHUNKS: list[dict[str, object]] = [
    {
        "candidates": [{"content": {"parts": [{"text": "The"}], "role": "model"}, "index": 0}],
        "usageMetadata": {"promptTokenCount": 15, "totalTokenCount": 15},
        "modelVersion": "gemini-2.0-flash",
        "responseId": "w1peaPKpC9-inMEPxL_fmQc",
    },
    {
        "candidates": [{"content": {"parts": [{"text": " weather is 21°C — 晴れ"}], "role": "model"}, "index": 0}],
        "usageMetadata": {"promptTokenCount": 15, "candidatesTokenCount": 9, "totalTokenCount": 24},
        "modelVersion": "gemini-2.0-flash",
        "responseId": "w1peaPKpC9-inMEPxL_fmQc",
    },
    {
        "candidates": [
            {"content": {"parts": [{"text": ""}], "role": "model"}, "finishReason": "STOP", "index": 0},
        ],
        "usageMetadata": {"promptTokenCount": 13, "candidatesTokenCount": 10, "totalTokenCount": 23},
        "modelVersion": "gemini-2.0-flash",
        "responseId": "w1peaPKpC9-inMEPxL_fmQc",
    },
]


def test_gemini_crlf_stream_decodes_at_every_chunk_boundary() -> None:
    body = b"".join(gemini_frame(chunk) for chunk in GEMINI_CHUNKS)
    expected = [message(gemini_frame(chunk)[6:-4].decode()) for chunk in GEMINI_CHUNKS]
    assert [json.loads(event.data) for event in expected] == GEMINI_CHUNKS
    assert_same_at_every_split(body, expected)


INTERACTIONS_BODY = (
    b'event: interaction.created\ndata: {"interaction":{"id":"v1_ChY5abc","status":"in_progress"},'
    b'"event_type":"interaction.created"}\n\n'
    b'event: step.delta\ndata: {"index":0,"delta":{"type":"text","text":"Hi"},"event_type":"step.delta"}\n\n'
    b"event: done\ndata: [DONE]\n\n"
)


def test_interactions_stream_has_event_types_and_a_done_sentinel() -> None:
    events = decode([INTERACTIONS_BODY])
    assert [event.event for event in events] == ["interaction.created", "step.delta", "done"]
    assert json.loads(events[1].data)["delta"] == {"type": "text", "text": "Hi"}
    assert events[2].data == "[DONE]"
    assert_same_at_every_split(INTERACTIONS_BODY, events)


def test_bare_json_line_is_no_event_but_is_kept_as_a_stray_line() -> None:
    # js-genai #1973: a content-filter refusal sent without "data:" after the first two events
    body = (
        b'event: interaction.created\ndata: {"interaction":{"id":"v1_x"}}\n\n'
        b'event: interaction.status_update\ndata: {"status":"in_progress"}\n\n'
        b'{"error":{"code":"prohibited_content","message":"blocked"}}\n'
    )
    decoder = SSEDecoder()
    events = decode([body], decoder)
    assert [event.event for event in events] == ["interaction.created", "interaction.status_update"]
    assert decoder.stray_lines == ['{"error":{"code":"prohibited_content","message":"blocked"}}']


# --------------------------------------------------------------------------- line ends


@pytest.mark.parametrize("eol", [b"\r\n", b"\n", b"\r"], ids=["crlf", "lf", "cr"])
def test_every_line_end_kind_frames_events(eol: bytes) -> None:
    body = b"data: a" + eol + b"data: b" + eol + eol + b"event: e" + eol + b"data: c" + eol + eol
    expected = [message("a\nb"), message("c", event="e")]
    assert decode([body]) == expected
    assert_same_at_every_split(body, expected)


def test_mixed_line_ends_in_one_stream() -> None:
    body = b"data: a\r\ndata: b\ndata: c\r\r\ndata: d\n\r"
    assert decode([body]) == [message("a\nb\nc"), message("d")]


def test_cr_ending_a_chunk_and_lf_starting_the_next_are_one_line_end() -> None:
    # Counted as two line ends, the pair would make a blank line and split the event in two.
    assert decode([b"data: a\r", b"\ndata: b\r\n\r\n"]) == [message("a\nb")]
    assert decode([b"data: a\r", b"", b"\ndata: b\r", b"\n\r", b"\n"]) == [message("a\nb")]


def test_cr_inside_a_chunk_does_not_swallow_a_lf_that_starts_the_next() -> None:
    # Found by the property test below: only a \r that is the chunk's last byte can pair with the next \n.
    assert decode([b"data: a\rdata: ", b"\ndata: b\n\n"]) == [message("a\n\nb")]


def test_lone_cr_at_chunk_end_followed_by_other_text_is_a_line_end() -> None:
    assert decode([b"data: a\r", b"data: b\r\r"]) == [message("a\nb")]


# --------------------------------------------------------------------------- fields


def test_data_with_and_without_the_space_and_only_one_space_removed() -> None:
    assert decode([b"data:a\n\ndata: b\n\ndata:  c\n\n"]) == [message("a"), message("b"), message(" c")]


def test_empty_data_lines_count() -> None:
    assert decode([b"data\n\ndata:\n\ndata: a\ndata\ndata: b\n\n"]) == [message(""), message(""), message("a\n\nb")]


def test_event_type_applies_to_one_event_only() -> None:
    assert decode([b"event: add\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\n"]) == [
        message("1", event="add"),
        message("2"),
        message("3"),
    ]


def test_id_carries_over_until_changed_and_nul_ids_are_ignored() -> None:
    decoder = SSEDecoder()
    events = decode([b"id: 1\ndata: a\n\ndata: b\n\nid: 2\x003\ndata: c\n\nid\ndata: d\n\n"], decoder)
    assert events == [message("a", id="1"), message("b", id="1"), message("c", id="1"), message("d", id="")]
    assert decoder.last_event_id == ""


def test_block_without_data_is_not_an_event_but_its_id_and_retry_stick() -> None:
    decoder = SSEDecoder()
    events = decode([b"event: ping\nid: 7\nretry: 300\n\ndata: x\n\n"], decoder)
    assert events == [message("x", id="7")]
    assert decoder.retry == 300


@pytest.mark.parametrize("value", [b"+5", b"-1", b"1_000", b" 5", b"5 ", b"5.0", b"", b"\xd9\xa3"])
def test_retry_accepts_only_ascii_digits(value: bytes) -> None:
    decoder = SSEDecoder()
    assert decode([b"retry: " + value + b"\ndata: x\n\n"], decoder) == [message("x")]
    assert decoder.retry is None


def test_retry_is_reported_on_its_event_and_kept_on_the_decoder() -> None:
    decoder = SSEDecoder()
    assert decode([b"retry: 1500\ndata: a\n\ndata: b\n\n"], decoder) == [message("a", retry=1500), message("b")]
    assert decoder.retry == 1500


def test_comments_and_keep_alives_are_ignored() -> None:
    body = b": keep-alive\n\n:\n: inside an event\ndata: a\n: more\ndata: b\n\n:ping\n\n"
    assert decode([body]) == [message("a\nb")]


def test_unknown_fields_and_lines_without_colon_are_stray_lines() -> None:
    decoder = SSEDecoder()
    assert decode([b"foo: bar\nDATA: x\nplain\ndata: y\n\n"], decoder) == [message("y")]
    assert decoder.stray_lines == ["foo: bar", "DATA: x", "plain"]


def test_stray_lines_kept_are_bounded() -> None:
    decoder = SSEDecoder()
    decode([b"".join(b"junk %d\n" % i for i in range(100))], decoder)
    assert decoder.stray_lines == [f"junk {i}" for i in range(16)]


# --------------------------------------------------------------------------- bytes and text


def test_bom_at_stream_start_is_stripped_even_when_split() -> None:
    body = BOM + b"data: a\n\n"
    assert_same_at_every_split(body, [message("a")])


def test_bom_later_in_the_stream_is_not_stripped() -> None:
    decoder = SSEDecoder()
    assert decode([b"data: a\n\n" + BOM + b"data: b\n\n"], decoder) == [message("a")]
    assert decoder.stray_lines == ["\ufeffdata: b"]


def test_bom_prefix_that_is_not_a_bom_is_kept() -> None:
    decoder = SSEDecoder()
    assert decode([b"\xef", b"\xbbdata: a\n\ndata: b\n\n"], decoder) == [message("b")]
    assert len(decoder.stray_lines) == 1


def test_utf8_split_inside_characters_decodes_at_every_offset() -> None:
    body = "data: 21°C — 晴れ 🌤\n\n".encode()
    assert_same_at_every_split(body, [message("21°C — 晴れ 🌤")])


def test_invalid_utf8_becomes_replacement_characters() -> None:
    assert decode([b"data: a\xffb\n\n"]) == [message("a\ufffdb")]


# --------------------------------------------------------------------------- end of body


@pytest.mark.parametrize("end", [b"\r\n", b"\n", b"\r"], ids=["crlf", "lf", "cr"])
def test_last_event_without_its_blank_line_is_delivered_by_close(end: bytes) -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: last" + end) == [message("a")]
    assert decoder.close() == [message("last")]


def test_last_event_of_several_lines_without_blank_line_is_delivered() -> None:
    assert decode([b"event: e\ndata: 1\ndata: 2\n"]) == [message("1\n2", event="e")]


def test_body_cut_in_the_middle_of_a_line_raises() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'data: {"a": 1}\r\n\r\ndata: {"candidates": [{"con') == [message('{"a": 1}')]
    with pytest.raises(StreamError, match=r'middle of a line \(27 bytes.*data: \{"candidates'):
        decoder.close()


@pytest.mark.parametrize("tail", [b": keep-al", b"event: do", b"data", b"\xef\xbb"])
def test_any_unterminated_last_line_raises(tail: bytes) -> None:
    decoder = SSEDecoder()
    decoder.feed(tail)
    with pytest.raises(StreamError):
        decoder.close()


def test_cut_inside_a_crlf_pair_is_a_complete_line() -> None:
    assert decode([b"data: a\r"]) == [message("a")]


def test_close_with_nothing_pending_returns_nothing() -> None:
    assert SSEDecoder().close() == []
    assert decode([b"data: a\n\n"]) == [message("a")]
    assert decode([b"event: only-a-type\n"]) == []


def test_decoder_is_reusable_after_close_and_keeps_last_event_id() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 41\ndata: a\n\ndata: cut sho") == [message("a", id="41")]
    with pytest.raises(StreamError):
        decoder.close()
    # A resumed body starts fresh (its BOM is stripped again, the cut line is gone) and the id carries on.
    assert decode([BOM + b"data: b\n\n"], decoder) == [message("b", id="41")]
    assert decoder.last_event_id == "41"


# --------------------------------------------------------------------------- event size cap


def test_event_at_the_cap_passes_and_one_byte_more_raises() -> None:
    line = b"data: " + b"x" * 94  # 100 bytes with its line end
    assert decode([line + b"\n\n"], SSEDecoder(max_event_bytes=101)) == [message("x" * 94)]
    with pytest.raises(StreamError, match="101-byte limit"):
        decode([line + b"x\n\n"], SSEDecoder(max_event_bytes=101))


def test_cap_counts_all_lines_of_one_event() -> None:
    decoder = SSEDecoder(max_event_bytes=1000)
    with pytest.raises(StreamError, match="1000-byte limit"):
        decoder.feed(b"".join(b"data: " + b"y" * 90 + b"\n" for _ in range(11)))


def test_cap_applies_to_a_line_still_being_received() -> None:
    decoder = SSEDecoder(max_event_bytes=1000)
    decoder.feed(b"data: " + b"z" * 900)
    with pytest.raises(StreamError, match="1000-byte limit"):
        decoder.feed(b"z" * 200)


def test_cap_is_per_event_and_ignores_comments() -> None:
    body = b"".join(b": " + b"c" * 80 + b"\ndata: " + b"d" * 80 + b"\n\n" for _ in range(50))
    assert len(decode([body], SSEDecoder(max_event_bytes=100))) == 50


def test_cap_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        SSEDecoder(max_event_bytes=0)


def test_default_cap_takes_a_multi_megabyte_inline_image() -> None:
    data = "A" * (3 * 1024 * 1024)
    body = b'data: {"inlineData": {"data": "' + data.encode() + b'"}}\r\n\r\n'
    pieces = [body[i : i + 16384] for i in range(0, len(body), 16384)]
    (event,) = decode(pieces)
    assert event.data == '{"inlineData": {"data": "' + data + '"}}'


# --------------------------------------------------------------------------- property: encode, chunk, decode

field_text = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n\x00"), max_size=12)
events_strategy = st.lists(
    st.tuples(
        st.one_of(st.none(), field_text.filter(lambda s: s != "")),
        st.lists(field_text, min_size=1, max_size=3),
    ),
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(
    events=events_strategy,
    eols=st.lists(st.sampled_from([b"\r\n", b"\n", b"\r"]), min_size=1, max_size=4),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6),
)
def test_any_encoding_and_chunking_decodes_to_the_same_events(
    events: list[tuple[str | None, list[str]]], eols: list[bytes], cuts: list[int]
) -> None:
    lines: list[bytes] = []
    for event_type, data_lines in events:
        if event_type is not None:
            lines.append(b"event: " + event_type.encode())
        lines.extend(b"data: " + line.encode() for line in data_lines)
        lines.append(b"")
    body = b""
    for i, line in enumerate(lines):
        eol = eols[i % len(eols)]
        if body.endswith(b"\r") and not line and eol == b"\n":
            eol = b"\r\n"  # "\r" then a bare "\n" would read as one \r\n line end, not two
        body += line + eol
    points = sorted({min(cut, len(body)) for cut in cuts})
    chunks = [body[a:b] for a, b in zip([0, *points], [*points, len(body)], strict=True)]
    expected = [message("\n".join(data_lines), event=event_type or "message") for event_type, data_lines in events]
    assert decode(chunks) == expected


def test_decoded_events_are_ordinary_immutable_named_tuples() -> None:
    (event,) = decode([b"event: e\nid: 1\nretry: 5\ndata: x\n\n"])
    assert event == ServerSentEvent("e", "x", "1", 5)
    assert (event.event, event.data, event.id, event.retry) == ("e", "x", "1", 5)
    assert hash(event) == hash(ServerSentEvent("e", "x", "1", 5))
    assert repr(event) == "ServerSentEvent(event='e', data='x', id='1', retry=5)"
    with pytest.raises(AttributeError):
        event.data = "y"  # type: ignore[misc]
