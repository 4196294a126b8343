"""Responses that are not answers: each is a typed outcome, and ``response.text`` raises an error that says why
(never an IndexError or a silent None)."""

from __future__ import annotations

from typing import Any

import pytest

import pygenai
from pygenai.gemini._response import GenerateContentChunk, judge
from tests.experience._support import MODEL, THINKING_MODEL

SAFETY_SETTINGS = [{"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "threshold": "BLOCK_LOW_AND_ABOVE"}]


# --------------------------------------------------------------------------- from the wire


@pytest.mark.vcr
def test_blocked_prompt(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(model=MODEL, contents="Tell me something forbidden.")
    outcome = response.outcome
    assert outcome.kind == "prompt_blocked" and outcome.block_reason == "PROHIBITED_CONTENT"
    with pytest.raises(pygenai.PromptBlockedError, match="PROHIBITED_CONTENT") as caught:
        _ = response.text
    assert caught.value.outcome is not None and caught.value.outcome.kind == "prompt_blocked"
    assert response.function_calls == [] and response.thoughts == "" and response.content is None
    assert response.usage.prompt_tokens == 9 and response.usage.candidates_tokens == 0


@pytest.mark.anyio
@pytest.mark.vcr
async def test_blocked_prompt_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(model=MODEL, contents="Tell me something forbidden.")
    with pytest.raises(pygenai.NoAnswerError, match="the prompt was blocked"):
        _ = response.text


@pytest.mark.vcr
def test_blocked_candidate(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="How do I pick a lock?", safety_settings=SAFETY_SETTINGS
    )
    assert response.outcome.kind == "candidate_blocked" and response.finish_reason == "SAFETY"
    with pytest.raises(pygenai.CandidateBlockedError, match="HARM_CATEGORY_DANGEROUS_CONTENT"):
        _ = response.text


@pytest.mark.anyio
@pytest.mark.vcr
async def test_blocked_candidate_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="How do I pick a lock?", config={"safety_settings": SAFETY_SETTINGS}
    )
    with pytest.raises(pygenai.CandidateBlockedError, match="finish reason SAFETY"):
        _ = response.text


@pytest.mark.vcr
def test_max_tokens_before_any_text(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=THINKING_MODEL, contents="Explain general relativity.", config={"max_output_tokens": 64}
    )
    assert response.outcome.kind == "max_tokens"
    with pytest.raises(pygenai.MaxTokensError, match="thinking used 64 tokens"):
        _ = response.text
    assert response.usage.thoughts_tokens == 64 and response.usage.output_tokens == 64


@pytest.mark.anyio
@pytest.mark.vcr
async def test_max_tokens_before_any_text_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=THINKING_MODEL, contents="Explain general relativity.", config={"max_output_tokens": 64}
    )
    with pytest.raises(pygenai.MaxTokensError):
        _ = response.text


@pytest.mark.vcr
def test_unknown_finish_reason(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(model=MODEL, contents="Think very hard.")
    with pytest.raises(pygenai.UnknownFinishReasonError, match="QUOTA_OF_THOUGHT_EXCEEDED") as caught:
        _ = response.text
    assert caught.value.outcome.finish_message == "The model stopped for a new reason."


@pytest.mark.anyio
@pytest.mark.vcr
async def test_unknown_finish_reason_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(model=MODEL, contents="Think very hard.")
    assert response.outcome.kind == "unknown_finish_reason"


STREAM_CONFIG: dict[str, Any] = {"max_output_tokens": 128, "include_thoughts": True}


@pytest.mark.vcr
def test_stream_of_thoughts_runs_out_of_tokens(gemini_client: pygenai.Client) -> None:
    question = "Prove there are infinitely many primes."
    with gemini_client.models.stream_generate_content(
        model=THINKING_MODEL, contents=question, config=STREAM_CONFIG
    ) as stream:
        chunks = list(stream)
    # A chunk's text is its fragment: thought-only chunks have none, and that is no error mid-stream.
    assert [c.text for c in chunks] == ["", "", ""]
    assert all(isinstance(c, GenerateContentChunk) for c in chunks)
    final = stream.final_response()
    assert final.thoughts == "**Planning the proof**\n\nStart from the axioms.Then the lemma on primes."
    with pytest.raises(pygenai.MaxTokensError):
        _ = final.text


@pytest.mark.anyio
@pytest.mark.vcr
async def test_stream_of_thoughts_runs_out_of_tokens_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = await async_gemini_client.models.stream_generate_content(
        model=THINKING_MODEL, contents="Prove there are infinitely many primes.", config=STREAM_CONFIG
    )
    final = await stream.final_response()
    assert final.outcome.kind == "max_tokens" and final.usage.thoughts_tokens == 128


# --------------------------------------------------------------------------- every kind, from wire dicts


def _response(candidate: dict[str, Any] | None, **top: Any) -> pygenai.GenerateContentResponse:
    data: dict[str, Any] = dict(top)
    if candidate is not None:
        data["candidates"] = [candidate]
    return pygenai.GenerateContentResponse._wrap(data)


@pytest.mark.parametrize(
    ("candidate", "kind", "error", "words"),
    [
        ({"content": {"parts": [{"text": "Hi"}], "role": "model"}, "finishReason": "STOP"}, "answer", None, ""),
        (
            {"content": {"parts": [{"text": "Once upon a"}], "role": "model"}, "finishReason": "MAX_TOKENS"},
            "answer",
            None,
            "",
        ),
        ({"content": {"parts": [{"text": ""}], "role": "model"}, "finishReason": "STOP"}, "answer", None, ""),
        (
            {"content": {"parts": [{"functionCall": {"name": "f", "args": {}}}]}, "finishReason": "STOP"},
            "function_calls",
            pygenai.NoTextError,
            "function calls, not text: f",
        ),
        (
            {"content": {"parts": [{"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}]}},
            "no_text",
            pygenai.NoTextError,
            "inlineData",
        ),
        (
            {"content": {"parts": [{"text": "hmm", "thought": True}], "role": "model"}, "finishReason": "STOP"},
            "no_text",
            pygenai.NoTextError,
            "only thought parts",
        ),
        (
            {"content": {}, "finishReason": "RECITATION"},
            "candidate_blocked",
            pygenai.CandidateBlockedError,
            "RECITATION",
        ),
        ({"finishReason": "MALFORMED_FUNCTION_CALL"}, "tool_call_error", pygenai.MalformedFunctionCallError, "failed"),
        (
            {"content": {"role": "model"}, "finishReason": "MISSING_THOUGHT_SIGNATURE"},
            "tool_call_error",
            pygenai.MalformedFunctionCallError,
            "exactly as received",
        ),
        ({"content": {"role": "model"}}, "unknown_finish_reason", pygenai.UnknownFinishReasonError, "no content"),
        ({"finishReason": "OTHER"}, "no_text", pygenai.NoTextError, r"finished \(OTHER\)"),
    ],
)
def test_every_outcome_kind(
    candidate: dict[str, Any], kind: str, error: type[pygenai.NoAnswerError] | None, words: str
) -> None:
    response = _response(candidate)
    assert response.outcome.kind == kind
    if error is None:
        assert isinstance(response.text, str)
        assert response.outcome.truncated == (candidate.get("finishReason") == "MAX_TOKENS")
    else:
        with pytest.raises(error, match=words):
            _ = response.text


def test_no_candidates_and_no_reason() -> None:
    response = _response(None, usageMetadata={"promptTokenCount": 3})
    with pytest.raises(pygenai.NoTextError, match="no candidates"):
        _ = response.text
    assert response.finish_reason is None and response.thought_signatures == [] and response.code_executions == []


def test_chunk_outcomes_raise_only_for_blocks() -> None:
    assert judge({"candidates": [{"content": {"parts": [{"functionCall": {"name": "f"}}]}}]}, chunk=True).ok
    assert judge({"usageMetadata": {}}, chunk=True).ok
    blocked = GenerateContentChunk._wrap({"candidates": [{"content": {}, "finishReason": "SAFETY"}]})
    with pytest.raises(pygenai.CandidateBlockedError):
        _ = blocked.text
    prompt = GenerateContentChunk._wrap({"promptFeedback": {"blockReason": "SAFETY"}})
    with pytest.raises(pygenai.PromptBlockedError):
        _ = prompt.text


def test_text_joins_answer_parts_and_leaves_thoughts_out() -> None:
    response = _response(
        {
            "content": {
                "parts": [
                    {"text": "thinking...", "thought": True},
                    {"text": "Hello", "thoughtSignature": "c2ln"},
                    {"functionCall": {"name": "f", "args": {}}},
                    {"text": ", world"},
                ],
                "role": "model",
            },
            "finishReason": "STOP",
        }
    )
    assert response.text == "Hello, world"
    assert response.thoughts == "thinking..."
    assert response.thought_signatures == ["c2ln"]
