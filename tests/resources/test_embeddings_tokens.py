"""Embeddings and token counts: the generated operations as they are, and the ``Embeddings`` conveniences."""

from __future__ import annotations

import pytest
from resource_support import Api

import pygenai

pytestmark = pytest.mark.anyio

DOCS = ["Paris is the capital of France.", "Berlin is the capital of Germany.", "Madrid is the capital of Spain."]


def helper(api: Api) -> pygenai.Embeddings | pygenai.AsyncEmbeddings:
    return pygenai.Embeddings(api.client) if api.mode == "sync" else pygenai.AsyncEmbeddings(api.client)


@pytest.mark.vcr("embeddings.yaml")
async def test_generated_embed_content(api: Api) -> None:
    response = await api(
        api.client.models.embed_content(
            model="gemini-embedding-001",
            content={"parts": [{"text": "What is the meaning of life?"}]},
            task_type="RETRIEVAL_QUERY",
            output_dimensionality=4,
        )
    )
    assert response.embedding.values == [-0.0123, 0.0456, 0.0031, -0.0789]


@pytest.mark.vcr("embeddings.yaml")
async def test_generated_batch_embed_contents_types_the_singular_usage_field(api: Api) -> None:
    requests = [
        {
            "model": "models/gemini-embedding-001",
            "content": {"parts": [{"text": t}]},
            "task_type": "RETRIEVAL_DOCUMENT",
            "output_dimensionality": 4,
        }
        for t in DOCS[:2]
    ]
    response = await api(api.client.models.batch_embed_contents(model="gemini-embedding-001", requests=requests))
    assert [e.values for e in response.embeddings] == [[0.011, -0.022, 0.033, -0.044], [0.015, -0.025, 0.035, -0.045]]
    # declared by specs/overlays/gemini-wire-fields.json as sent: promptTokenDetails (singular), no totalTokenCount
    usage = response.usage_metadata
    assert usage is not None and usage.prompt_token_count == 14
    assert [(d.modality, d.token_count) for d in usage.prompt_token_details or []] == [("TEXT", 14)]
    assert "usageMetadata" not in response.extra and usage.extra == {}


@pytest.mark.vcr("embeddings.yaml")
async def test_embed_one_text_uses_embed_content(api: Api) -> None:
    result = await api(
        helper(api).embed(
            "gemini-embedding-001", "What is the meaning of life?", task_type="RETRIEVAL_QUERY", output_dimensionality=4
        )
    )
    assert result.vector == [-0.0123, 0.0456, 0.0031, -0.0789]
    assert result.prompt_token_count is None and result.prompt_tokens_details == []


@pytest.mark.vcr("embeddings.yaml")
async def test_embed_a_list_batches_in_groups_and_sums_usage(api: Api) -> None:
    result = await api(
        helper(api).embed(
            "gemini-embedding-001", DOCS, task_type="RETRIEVAL_DOCUMENT", output_dimensionality=4, batch_size=2
        )
    )
    assert result.vectors == [
        [0.011, -0.022, 0.033, -0.044],
        [0.015, -0.025, 0.035, -0.045],
        [0.012, -0.021, 0.034, -0.043],
    ]
    assert result.prompt_token_count == 21
    assert [(d.modality, d.token_count) for d in result.prompt_tokens_details] == [("TEXT", 21)]
    with pytest.raises(ValueError, match="holds 3 vectors"):
        result.vector  # noqa: B018


@pytest.mark.vcr("embeddings_mismatch.yaml")
async def test_a_batch_answer_with_missing_embeddings_is_an_error(api: Api) -> None:
    with pytest.raises(pygenai.ResponseDecodeError, match="sent 2 inputs but got 1 embeddings"):
        await api(
            helper(api).embed(
                "gemini-embedding-001", ["one", "two"], task_type="RETRIEVAL_DOCUMENT", output_dimensionality=4
            )
        )


async def test_embed_checks_its_arguments_before_sending() -> None:
    embeddings = pygenai.Embeddings(pygenai.Client(api_key="test-key-123", base_url="http://127.0.0.1:9"))
    with pytest.raises(ValueError, match="between 1 and 100"):
        embeddings.embed("gemini-embedding-001", ["a"], batch_size=101)
    with pytest.raises(ValueError, match="nothing to embed"):
        embeddings.embed("gemini-embedding-001", [])


@pytest.mark.vcr("count_tokens.yaml")
async def test_generated_count_tokens(api: Api) -> None:
    response = await api(
        api.client.models.count_tokens(
            model="gemini-2.5-flash", contents=[{"role": "user", "parts": [{"text": "How many tokens is this?"}]}]
        )
    )
    assert response.total_tokens == 7
    assert [(d.modality, d.token_count) for d in response.prompt_tokens_details] == [("TEXT", 7)]


@pytest.mark.vcr("count_tokens.yaml")
async def test_count_tokens_takes_a_plain_prompt(api: Api) -> None:
    assert await api(helper(api).count_tokens("gemini-2.5-flash", "How many tokens is this?")) == 7


@pytest.mark.vcr("embeddings.yaml")
async def test_client_models_embed_is_the_embeddings_helper(api: Api) -> None:
    result = await api(
        api.client.models.embed(
            model="gemini-embedding-001",
            contents="What is the meaning of life?",
            task_type="RETRIEVAL_QUERY",
            output_dimensionality=4,
        )
    )
    assert result.vector == [-0.0123, 0.0456, 0.0031, -0.0789]


@pytest.mark.vcr("count_tokens.yaml")
async def test_client_models_count_tokens_takes_a_plain_prompt(api: Api) -> None:
    response = await api(api.client.models.count_tokens(model="gemini-2.5-flash", contents="How many tokens is this?"))
    assert response.total_tokens == 7
