"""Merging streamGenerateContent chunks, with chunk sequences shaped like the recorded ones (wire facts §3-4)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from pygenai._core.errors import ResponseDecodeError
from pygenai._core.model import WireModel
from pygenai.gemini._accumulate import GenerateContentAccumulator

JSON = dict[str, Any]

SIG_A = "CsgBAdHtim9+x0Pz2c1ZbD/Q=="
SIG_B = "Eu8CCuwCAb4+9vu7X+PIyTq1eA=="


def chunk(*parts: JSON, index: int | None = 0, usage: JSON | None = None, **candidate_fields: Any) -> JSON:
    """One chunk as the server sends it: every chunk repeats usage, modelVersion and responseId."""
    candidate: JSON = {"content": {"parts": list(parts), "role": "model"}, **candidate_fields}
    if index is not None:
        candidate["index"] = index
    return {
        "candidates": [candidate],
        "usageMetadata": usage or {"promptTokenCount": 15, "totalTokenCount": 15},
        "modelVersion": "gemini-3-flash-preview",
        "responseId": "w1peaPKpC9-inMEPxL_fmQc",
    }


def merge(*chunks: JSON | WireModel) -> JSON:
    acc = GenerateContentAccumulator()
    for item in chunks:
        acc.add(item)
    return acc.result()


def parts_of(result: JSON, candidate: int = 0) -> list[JSON]:
    parts: list[JSON] = result["candidates"][candidate]["content"]["parts"]
    return parts


# --------------------------------------------------------------------------- text


def test_text_fragments_join_into_one_part_and_the_response_keeps_its_fields() -> None:
    result = merge(
        chunk({"text": "The"}),
        chunk({"text": " quick brown"}),
        chunk({"text": " fox."}, finishReason="STOP"),
    )
    assert result == {
        "candidates": [
            {
                "content": {"parts": [{"text": "The quick brown fox."}], "role": "model"},
                "index": 0,
                "finishReason": "STOP",
            }
        ],
        "usageMetadata": {"promptTokenCount": 15, "totalTokenCount": 15},
        "modelVersion": "gemini-3-flash-preview",
        "responseId": "w1peaPKpC9-inMEPxL_fmQc",
    }


def test_usage_is_the_last_snapshot_never_a_sum() -> None:
    # code-exec stream: thoughts 101 -> absent -> 67 -> 168; total 198 -> 46 -> 135; prompt 55, 55, 257
    usages = [
        {"promptTokenCount": 55, "totalTokenCount": 198, "thoughtsTokenCount": 101},
        {"promptTokenCount": 55, "totalTokenCount": 46},
        {"promptTokenCount": 257, "candidatesTokenCount": 12, "totalTokenCount": 135, "thoughtsTokenCount": 168},
    ]
    result = merge(*(chunk({"text": str(i)}, usage=u) for i, u in enumerate(usages)))
    assert result["usageMetadata"] == usages[-1]
    assert result["usageMetadata"] is not usages[-1]  # a copy: editing the result must not edit the chunk


def test_usage_kept_from_the_last_chunk_that_has_it() -> None:
    last = chunk({"text": "b"})
    del last["usageMetadata"]
    result = merge(chunk({"text": "a"}, usage={"promptTokenCount": 9, "totalTokenCount": 20}), last)
    assert result["usageMetadata"] == {"promptTokenCount": 9, "totalTokenCount": 20}


def test_thought_text_and_answer_text_stay_apart() -> None:
    result = merge(
        chunk({"text": "**Planning** I will", "thought": True}),
        chunk({"text": " compute it.", "thought": True}),
        chunk({"text": "It is "}),
        chunk({"text": "42.", "thought": False}),
        chunk({"text": "Wait,", "thought": True}),
    )
    assert parts_of(result) == [
        {"text": "**Planning** I will compute it.", "thought": True},
        {"text": "It is 42."},
        {"text": "Wait,", "thought": True},
    ]


def test_empty_unsigned_text_part_adds_nothing() -> None:
    result = merge(chunk({"text": "Done"}), chunk({"text": ""}, finishReason="STOP"))
    assert parts_of(result) == [{"text": "Done"}]


# --------------------------------------------------------------------------- thought signatures


def test_gemini_25_signature_on_first_answer_chunk_stays_on_that_part() -> None:
    # PA thinking_part_iter: thought parts without signature, then the first answer chunk carries it.
    result = merge(
        chunk({"text": "Considering the question", "thought": True}),
        chunk({"text": " carefully.", "thought": True}),
        chunk({"text": "The answer", "thoughtSignature": SIG_A}),
        chunk({"text": " is 4."}),
        chunk({"text": " Done."}, finishReason="STOP"),
    )
    assert parts_of(result) == [
        {"text": "Considering the question carefully.", "thought": True},
        {"text": "The answer", "thoughtSignature": SIG_A},
        {"text": " is 4. Done."},
    ]


def test_gemini_3_signature_on_an_empty_final_text_part_is_kept_as_its_own_part() -> None:
    result = merge(
        chunk({"text": "Paris is the"}),
        chunk({"text": " capital."}),
        chunk({"text": "", "thoughtSignature": SIG_B}, finishReason="STOP"),
    )
    assert parts_of(result) == [{"text": "Paris is the capital."}, {"text": "", "thoughtSignature": SIG_B}]


def test_signed_text_part_never_absorbs_or_is_absorbed() -> None:
    result = merge(
        chunk({"text": "4", "thoughtSignature": SIG_A}),
        chunk({"text": "5", "thoughtSignature": SIG_B}),
        chunk({"text": "6"}),
    )
    assert parts_of(result) == [
        {"text": "4", "thoughtSignature": SIG_A},
        {"text": "5", "thoughtSignature": SIG_B},
        {"text": "6"},
    ]


def test_signed_thought_part_is_kept_whole() -> None:
    result = merge(
        chunk({"text": "thinking", "thought": True}),
        chunk({"text": "", "thought": True, "thoughtSignature": SIG_A}),
        chunk({"text": "more", "thought": True}),
    )
    assert parts_of(result) == [
        {"text": "thinking", "thought": True},
        {"text": "", "thought": True, "thoughtSignature": SIG_A},
        {"text": "more", "thought": True},
    ]


# --------------------------------------------------------------------------- function calls and other parts


def test_gemini_3_parallel_calls_are_whole_in_order_and_only_the_first_is_signed() -> None:
    first = {
        "functionCall": {"name": "get_weather", "args": {"city": "Paris"}, "id": "zi06h2mp"},
        "thoughtSignature": SIG_A,
    }
    second = {"functionCall": {"name": "get_weather", "args": {"city": "Lyon"}, "id": "k3v9q1xa"}}
    third = {"functionCall": {"name": "get_time", "args": {}}}
    result = merge(
        chunk(first, second),
        chunk(third, finishReason="STOP", finishMessage="Model generated function call(s)."),
    )
    assert parts_of(result) == [first, second, third]
    assert [("thoughtSignature" in p) for p in parts_of(result)] == [True, False, False]
    candidate = result["candidates"][0]
    assert candidate["finishReason"] == "STOP"
    assert candidate["finishMessage"] == "Model generated function call(s)."


def test_text_around_a_function_call_starts_new_parts() -> None:
    call = {"functionCall": {"name": "lookup", "args": {"q": "x"}}}
    result = merge(
        chunk({"text": "Let me "}), chunk({"text": "check."}, call), chunk({"text": "Found "}, {"text": "it."})
    )
    assert parts_of(result) == [{"text": "Let me check."}, call, {"text": "Found it."}]


def test_code_execution_stream_keeps_every_part_in_order() -> None:
    # models/google/cassettes/test_code_execution/test_code_execution_stream.yaml: the result chunk omits index.
    code = {"executableCode": {"language": "PYTHON", "code": "print(2**10)", "id": "c1"}, "thoughtSignature": SIG_A}
    outcome = {"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": "1024\n", "id": "c1"}}
    result = merge(
        chunk({"text": "I'll compute", "thought": True}, usage={"promptTokenCount": 55, "thoughtsTokenCount": 101}),
        chunk(code, usage={"promptTokenCount": 55}),
        chunk(outcome, index=None, usage={"promptTokenCount": 55, "thoughtsTokenCount": 67}),
        chunk({"text": "2^10 is "}),
        chunk({"text": "1024."}, finishReason="STOP", usage={"promptTokenCount": 257, "thoughtsTokenCount": 168}),
    )
    assert len(result["candidates"]) == 1
    assert parts_of(result) == [{"text": "I'll compute", "thought": True}, code, outcome, {"text": "2^10 is 1024."}]
    assert result["usageMetadata"] == {"promptTokenCount": 257, "thoughtsTokenCount": 168}


def test_server_side_tool_parts_and_inline_data_are_appended_whole() -> None:
    tool_call = {"toolCall": {"toolType": "GOOGLE_SEARCH_WEB", "args": {"queries": ["x"]}, "id": "t1"}}
    tool_response = {
        "toolResponse": {"toolType": "GOOGLE_SEARCH_WEB", "response": {"search_suggestions": "<div/>"}, "id": "t1"},
        "thoughtSignature": SIG_B,
    }
    image = {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}
    result = merge(
        chunk(tool_call), chunk(tool_response), chunk({"text": "Here:"}), chunk(image), chunk({"text": "ok"})
    )
    assert parts_of(result) == [tool_call, tool_response, {"text": "Here:"}, image, {"text": "ok"}]


def test_parts_with_fields_this_version_does_not_know_are_kept_unmerged() -> None:
    novel = {"text": "b", "partMetadata": {"k": "v"}}
    future = {"text": "c", "someFutureField": 1}
    result = merge(chunk({"text": "a"}), chunk(novel), chunk(future), chunk({"text": "d"}))
    assert parts_of(result) == [{"text": "a"}, novel, future, {"text": "d"}]


# --------------------------------------------------------------------------- candidate and response fields


def test_grounding_comes_from_the_chunk_that_carries_it() -> None:
    grounding = {
        "searchEntryPoint": {"renderedContent": "\u003cstyle\u003e"},
        "groundingChunks": [
            {
                "web": {
                    "uri": "https://vertexaisearch.cloud.google.com/grounding-api-redirect/AUZ",
                    "title": "weather.gov",
                }
            }
        ],
        "groundingSupports": [{"segment": {"endIndex": 12, "text": "It is sunny"}, "groundingChunkIndices": [0]}],
        "webSearchQueries": ["weather in San Francisco"],
    }
    result = merge(
        chunk({"text": "It is "}, groundingMetadata={}),
        chunk({"text": "sunny"}, groundingMetadata={}),
        chunk({"text": "."}, groundingMetadata=grounding, finishReason="STOP"),
    )
    assert result["candidates"][0]["groundingMetadata"] == grounding
    # An empty one after it (or before) never replaces it.
    result = merge(chunk({"text": "a"}, groundingMetadata=grounding), chunk({"text": "b"}, groundingMetadata={}))
    assert result["candidates"][0]["groundingMetadata"] == grounding
    assert merge(chunk({"text": "a"}, groundingMetadata={}))["candidates"][0]["groundingMetadata"] == {}


def test_latest_finish_reason_safety_citations_url_context_win() -> None:
    ratings_1 = [{"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"}]
    ratings_2 = [{"category": "HARM_CATEGORY_HARASSMENT", "probability": "LOW"}]
    citations = {"citationSources": [{"startIndex": 1, "endIndex": 9, "uri": "https://example.org"}]}
    url_context = {
        "urlMetadata": [{"retrievedUrl": "https://example.org", "urlRetrievalStatus": "URL_RETRIEVAL_STATUS_SUCCESS"}]
    }
    result = merge(
        chunk({"text": "a"}, safetyRatings=ratings_1),
        chunk({"text": "b"}, safetyRatings=ratings_2, citationMetadata=citations),
        chunk({"text": "c"}, finishReason="MAX_TOKENS", urlContextMetadata=url_context),
    )
    candidate = result["candidates"][0]
    assert candidate["safetyRatings"] == ratings_2
    assert candidate["citationMetadata"] == citations
    assert candidate["urlContextMetadata"] == url_context
    assert candidate["finishReason"] == "MAX_TOKENS"


def test_unknown_candidate_and_response_fields_are_kept() -> None:
    first = chunk({"text": "a"}, futureCandidateField={"x": 1})
    first["futureResponseField"] = "v1"
    second = chunk({"text": "b"})
    second["futureResponseField"] = "v2"
    second["promptFeedback"] = {"safetyRatings": []}
    result = merge(first, second)
    assert result["futureResponseField"] == "v2"
    assert result["promptFeedback"] == {"safetyRatings": []}
    assert result["candidates"][0]["futureCandidateField"] == {"x": 1}


def test_candidates_merge_by_index_and_absent_index_means_zero() -> None:
    result = merge(
        {
            "candidates": [
                {"content": {"parts": [{"text": "A1"}], "role": "model"}, "index": 0},
                {"content": {"parts": [{"text": "B1"}], "role": "model"}, "index": 1},
            ]
        },
        {"candidates": [{"content": {"parts": [{"text": "B2"}]}, "index": 1}]},
        {"candidates": [{"content": {"parts": [{"text": "A2"}]}}]},
    )
    assert [parts_of(result, i) for i in (0, 1)] == [[{"text": "A1A2"}], [{"text": "B1B2"}]]
    assert [c["index"] for c in result["candidates"]] == [0, 1]


def test_index_is_absent_when_no_chunk_had_one() -> None:
    # Gemini 1.5 / 2.0 omit index everywhere.
    result = merge(chunk({"text": "a"}, index=None), chunk({"text": "b"}, index=None))
    assert "index" not in result["candidates"][0]
    assert parts_of(result) == [{"text": "ab"}]


def test_content_without_parts_keeps_its_shape() -> None:
    # MAX_TOKENS on a thinking model: {"role": "model"} and no parts; SAFETY: content {}.
    result = merge({"candidates": [{"content": {"role": "model"}, "finishReason": "MAX_TOKENS", "index": 0}]})
    assert result["candidates"][0]["content"] == {"role": "model"}
    result = merge({"candidates": [{"content": {}, "finishReason": "SAFETY", "index": 0}]})
    assert result["candidates"][0]["content"] == {}


def test_prompt_blocked_stream_has_no_candidates() -> None:
    blocked = {
        "promptFeedback": {"blockReason": "MODEL_ARMOR", "blockReasonMessage": "Blocked by Model Armor."},
        "usageMetadata": {"trafficType": "ON_DEMAND"},
        "modelVersion": "gemini-2.5-flash",
    }
    assert merge(blocked) == blocked


def test_vertex_role_before_parts_order_is_fine() -> None:
    result = merge(
        {"candidates": [{"content": {"role": "model", "parts": [{"text": "x"}]}}]},
        {"candidates": [{"content": {"role": "model", "parts": [{"text": "y"}]}}]},
    )
    assert result["candidates"][0]["content"] == {"role": "model", "parts": [{"text": "xy"}]}


# --------------------------------------------------------------------------- purity and API


def test_chunks_are_never_modified() -> None:
    chunks = [chunk({"text": "a"}), chunk({"text": "b"}), chunk({"text": "c", "thought": True}), chunk({"text": "d"})]
    before = copy.deepcopy(chunks)
    merge(*chunks)
    assert chunks == before


def test_an_earlier_result_does_not_change_when_more_chunks_arrive() -> None:
    acc = GenerateContentAccumulator()
    acc.add(chunk({"text": "Hel"}))
    first = acc.result()
    acc.add(chunk({"text": "lo"}))
    second = acc.result()
    acc.add(chunk({"functionCall": {"name": "f", "args": {}}}))
    acc.add(chunk({"text": "!"}))
    third = acc.result()
    assert parts_of(first) == [{"text": "Hel"}]
    assert parts_of(second) == [{"text": "Hello"}]
    assert parts_of(third) == [{"text": "Hello"}, {"functionCall": {"name": "f", "args": {}}}, {"text": "!"}]
    assert acc.result() == third
    assert acc.chunk_count == 4


def test_models_are_read_through_their_wire_json() -> None:
    class Chunk(WireModel):
        __slots__ = ()

    result = merge(Chunk._wrap(chunk({"text": "a"})), Chunk._wrap(chunk({"text": "b"})))
    assert parts_of(result) == [{"text": "ab"}]


def test_no_chunks_gives_an_empty_response() -> None:
    assert GenerateContentAccumulator().result() == {}
    assert GenerateContentAccumulator().chunk_count == 0


@pytest.mark.parametrize(
    ("bad", "path"),
    [
        ({"candidates": {"index": 0}}, "candidates"),
        ({"candidates": ["x"]}, r"candidates\[0\]"),
        ({"candidates": [{"index": "0"}]}, r"candidates\[0\]\.index"),
        ({"candidates": [{}, {"content": "text"}]}, r"candidates\[1\]\.content"),
        ({"candidates": [{"content": {"parts": {"text": "a"}}}]}, r"candidates\[0\]\.content\.parts"),
    ],
)
def test_wrong_shapes_raise_with_the_json_path(bad: JSON, path: str) -> None:
    with pytest.raises(ResponseDecodeError, match=rf"^{path}: expected"):
        GenerateContentAccumulator().add(bad)
