"""Grounding citations: UTF-8 byte offsets onto text, inline markers and source lists."""

from typing import Any

from pygenai._core.model import WireModel
from pygenai.gemini._citations import Citation, CitedText, Source, citations, grounding_sources, render_citations

REDIRECT = "https://vertexaisearch.cloud.google.com/grounding-api-redirect/AUZIYQ"

WEATHER_TEXT = "It is 25°C. Rain 雨 tomorrow."
# byte offsets, as the API sends them: "It is 25°C." is 11 characters but 12 bytes (° is two)
WEATHER_SUPPORTS = [
    {"segment": {"endIndex": 12, "text": "It is 25°C."}, "groundingChunkIndices": [0, 1]},
    {"segment": {"startIndex": 13, "endIndex": 31, "text": "Rain 雨 tomorrow."}, "groundingChunkIndices": [1]},
]
WEB_CHUNKS = [
    {"web": {"uri": REDIRECT + "1", "title": "weather.gov"}},
    {"web": {"uri": REDIRECT + "2", "title": "wikipedia.org"}},
]


def candidate(parts: list[dict[str, Any]], metadata: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {"content": {"role": "model", "parts": parts}, "finishReason": "STOP"}
    if metadata is not None:
        out["groundingMetadata"] = metadata
    return out


def weather_candidate(**extra: Any) -> dict[str, Any]:
    metadata = {
        "searchEntryPoint": {"renderedContent": "<style></style>"},
        "groundingChunks": WEB_CHUNKS,
        "groundingSupports": WEATHER_SUPPORTS,
        "webSearchQueries": ["", "weather paris"],
        **extra,
    }
    return candidate([{"text": WEATHER_TEXT}], metadata)


class TestByteOffsets:
    def test_character_slicing_would_be_wrong(self) -> None:
        # the reason this module exists: the raw numbers do not slice a str correctly
        assert WEATHER_TEXT[0:12] != "It is 25°C."
        assert WEATHER_TEXT[13:31] != "Rain 雨 tomorrow."

    def test_spans_are_character_offsets(self) -> None:
        spans = citations(weather_candidate())
        assert [(c.start, c.end, c.text) for c in spans] == [(0, 11, "It is 25°C."), (12, 28, "Rain 雨 tomorrow.")]
        assert all(WEATHER_TEXT[c.start : c.end] == c.text for c in spans)

    def test_spans_carry_chunks_and_sources(self) -> None:
        first, second = citations(weather_candidate())
        assert first.chunk_indices == (0, 1)
        assert [(s.number, s.kind, s.title, s.uri) for s in first.sources] == [
            (1, "web", "weather.gov", REDIRECT + "1"),
            (2, "web", "wikipedia.org", REDIRECT + "2"),
        ]
        assert second.sources == (first.sources[1],)
        assert first.sources[0].chunk_index == 0

    def test_offsets_without_segment_text_still_map(self) -> None:
        supports = [{"segment": {"startIndex": 13, "endIndex": 31}, "groundingChunkIndices": [0]}]
        spans = citations(
            candidate([{"text": WEATHER_TEXT}], {"groundingChunks": WEB_CHUNKS, "groundingSupports": supports})
        )
        assert spans[0].text == "Rain 雨 tomorrow."

    def test_four_byte_characters(self) -> None:
        text = "Go 🚀 now. Done."
        start = len("Go 🚀 now. ".encode())  # 13 bytes, 10 characters
        supports = [
            {"segment": {"startIndex": start, "endIndex": start + 5, "text": "Done."}, "groundingChunkIndices": [0]}
        ]
        spans = citations(candidate([{"text": text}], {"groundingChunks": WEB_CHUNKS, "groundingSupports": supports}))
        assert (spans[0].start, spans[0].end, spans[0].text) == (10, 15, "Done.")

    def test_offsets_inside_a_character_snap_to_its_edges(self) -> None:
        supports = [{"segment": {"startIndex": 9, "endIndex": 10}, "groundingChunkIndices": [0]}]  # inside "°"
        spans = citations(
            candidate([{"text": WEATHER_TEXT}], {"groundingChunks": WEB_CHUNKS, "groundingSupports": supports})
        )
        assert spans[0].text == "°"

    def test_quoted_numbers_are_read(self) -> None:
        supports = [{"segment": {"startIndex": "13", "endIndex": "31"}, "groundingChunkIndices": [0]}]
        spans = citations(
            candidate([{"text": WEATHER_TEXT}], {"groundingChunks": WEB_CHUNKS, "groundingSupports": supports})
        )
        assert spans[0].text == "Rain 雨 tomorrow."

    def test_confidence_scores_and_unknown_chunk_indices(self) -> None:
        supports = [
            {
                "segment": {"endIndex": 12, "text": "It is 25°C."},
                "groundingChunkIndices": [0, 7],
                "confidenceScores": [0.9, 0.2],
            }
        ]
        (span,) = citations(
            candidate([{"text": WEATHER_TEXT}], {"groundingChunks": WEB_CHUNKS, "groundingSupports": supports})
        )
        assert span.chunk_indices == (0, 7)
        assert [s.number for s in span.sources] == [1]  # chunk 7 does not exist
        assert span.confidence_scores == (0.9, 0.2)


class TestParts:
    def test_streamed_chunks_are_one_text(self) -> None:
        # a streamed answer keeps one part per chunk; the final metadata points into their concatenation
        parts = [
            {"text": "It is "},
            {"text": "25°C. Rain"},
            {"text": " 雨 tomorrow."},
            {"text": "", "thoughtSignature": "c2ln"},
        ]
        metadata = {"groundingChunks": WEB_CHUNKS, "groundingSupports": WEATHER_SUPPORTS}
        spans = citations(candidate(parts, metadata))
        assert [c.text for c in spans] == ["It is 25°C.", "Rain 雨 tomorrow."]

    def test_thought_parts_are_not_part_of_the_text(self) -> None:
        parts: list[dict[str, Any]] = [{"text": "Let me check the weather…", "thought": True}, {"text": WEATHER_TEXT}]
        spans = citations(candidate(parts, {"groundingChunks": WEB_CHUNKS, "groundingSupports": WEATHER_SUPPORTS}))
        assert [(c.start, c.text) for c in spans] == [(0, "It is 25°C."), (12, "Rain 雨 tomorrow.")]

    def test_part_index_makes_offsets_relative_to_that_part(self) -> None:
        parts: list[dict[str, Any]] = [
            {"text": "Zürich: "},
            {"functionCall": {"name": "f", "args": {}}},
            {"text": "Café is open."},
        ]
        supports = [
            {"segment": {"partIndex": 2, "endIndex": 5, "text": "Café"}, "groundingChunkIndices": [0]},
            {"segment": {"endIndex": 7, "text": "Zürich"}, "groundingChunkIndices": [1]},
        ]
        spans = citations(candidate(parts, {"groundingChunks": WEB_CHUNKS, "groundingSupports": supports}))
        assert [(c.start, c.end, c.text, c.part_index) for c in spans] == [
            (8, 12, "Café", 2),
            (0, 6, "Zürich", None),
        ]

    def test_segment_text_decides_when_offsets_disagree(self) -> None:
        # offsets that do not match the segment's text: the text is found nearest to where they point
        text = "Rain. Sun. Rain."
        supports = [{"segment": {"startIndex": 10, "endIndex": 14, "text": "Rain"}, "groundingChunkIndices": [0]}]
        (span,) = citations(candidate([{"text": text}], {"groundingChunks": WEB_CHUNKS, "groundingSupports": supports}))
        assert (span.start, span.end) == (11, 15)


class TestRender:
    def test_markers_follow_each_segment(self) -> None:
        cited = render_citations(weather_candidate())
        assert cited.text == "It is 25°C.[1][2] Rain 雨 tomorrow.[2]"
        assert [s.number for s in cited.sources] == [1, 2]

    def test_markers_of_segments_ending_together_merge_in_order(self) -> None:
        chunks = [*WEB_CHUNKS, {"web": {"uri": "https://example.com/3", "title": "example.com"}}]
        supports = [
            {"segment": {"endIndex": 12, "text": "It is 25°C."}, "groundingChunkIndices": [2, 0]},
            {"segment": {"startIndex": 6, "endIndex": 12, "text": "25°C."}, "groundingChunkIndices": [0]},
        ]
        cited = render_citations(
            candidate([{"text": WEATHER_TEXT}], {"groundingChunks": chunks, "groundingSupports": supports})
        )
        assert cited.text == "It is 25°C.[1][3] Rain 雨 tomorrow."

    def test_markdown_links(self) -> None:
        cited = render_citations(weather_candidate(), marker="[{number}]({uri})")
        assert cited.text.startswith(f"It is 25°C.[1]({REDIRECT}1)[2]({REDIRECT}2) Rain")

    def test_source_list(self) -> None:
        cited = render_citations(weather_candidate())
        assert str(cited) == (
            "It is 25°C.[1][2] Rain 雨 tomorrow.[2]\n\n"
            "Sources:\n"
            f"[1] weather.gov: {REDIRECT}1\n"
            f"[2] wikipedia.org: {REDIRECT}2"
        )
        assert cited.sources_text("{number}. {title}", heading="") == "1. weather.gov\n2. wikipedia.org"

    def test_retrieved_context_chunks(self) -> None:
        chunks = [
            {
                "retrievedContext": {
                    "fileSearchStore": "fileSearchStores/manuals-1",
                    "title": "manual.pdf",
                    "text": "Max load is 20 kg.",
                    "customMetadata": [{"key": "lang", "stringValue": "en"}],
                }
            },
            {"maps": {"uri": "https://maps.google.com/?cid=1", "title": "Café Ünter", "placeId": "places/1"}},
        ]
        text = "The shelf holds 20 kg. Try Café Ünter."
        supports = [
            {"segment": {"endIndex": 22, "text": "The shelf holds 20 kg."}, "groundingChunkIndices": [0]},
            {"segment": {"startIndex": 23, "endIndex": 40, "text": "Try Café Ünter."}, "groundingChunkIndices": [1]},
        ]
        cited = render_citations(
            candidate([{"text": text}], {"groundingChunks": chunks, "groundingSupports": supports})
        )
        assert cited.text == "The shelf holds 20 kg.[1] Try Café Ünter.[2]"
        assert [(s.kind, s.title, s.uri) for s in cited.sources] == [
            ("retrievedContext", "manual.pdf", "fileSearchStores/manuals-1"),
            ("maps", "Café Ünter", "https://maps.google.com/?cid=1"),
        ]

    def test_sources_without_title_or_uri(self) -> None:
        sources = grounding_sources({"groundingChunks": [{"web": {"uri": "https://a.example"}}, {"web": {}}, "junk"]})
        cited = CitedText("x", tuple(sources))
        assert cited.sources_text() == "Sources:\n[1] https://a.example\n[2] \n[3] "
        assert sources[2].kind == "unknown"


class TestInputs:
    def test_missing_or_empty_grounding(self) -> None:
        cases: list[dict[str, Any] | None] = [None, {}, {"groundingChunks": WEB_CHUNKS}, {"groundingSupports": []}]
        for metadata in cases:
            cand = candidate([{"text": WEATHER_TEXT}], metadata)
            assert citations(cand) == []
            cited = render_citations(cand)
            assert cited.text == WEATHER_TEXT
        assert str(render_citations(candidate([{"text": "plain"}], None))) == "plain"

    def test_blocked_candidates_and_empty_responses(self) -> None:
        assert citations({"candidates": [{"content": {}, "finishReason": "SAFETY"}]}) == []
        assert citations({"promptFeedback": {"blockReason": "SAFETY"}}) == []
        assert render_citations({"candidates": []}).text == ""

    def test_response_and_model_inputs(self) -> None:
        response = {"candidates": [weather_candidate()], "modelVersion": "gemini-3-flash"}
        expected = citations(weather_candidate())
        assert citations(response) == expected
        assert citations(WireModel._wrap(response)) == expected
        assert citations(WireModel._wrap(weather_candidate())) == expected
        assert render_citations(WireModel._wrap(response)).text == "It is 25°C.[1][2] Rain 雨 tomorrow.[2]"
        assert citations(response, candidate_index=1) == []

    def test_citation_records(self) -> None:
        span = citations(weather_candidate())[0]
        assert isinstance(span, Citation)
        assert isinstance(span.sources[0], Source)
        assert span.sources[0].chunk == WEB_CHUNKS[0]
