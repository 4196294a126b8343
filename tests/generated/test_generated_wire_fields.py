"""Fields real servers send that the upstream documents lack, declared by specs/overlays/: typed, not left in extra."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson

from codegen.overlay import read_overlays
from pygenai.gemini._embeddings import embeddings_response
from pygenai_generated import gemini_types as gt
from pygenai_generated import interactions_types as it

SPECS = Path(__file__).resolve().parent.parent.parent / "specs"

# batchEmbedContents as the Gemini API answers it: the detail list is singular and there is no totalTokenCount.
BATCH_EMBED = {
    "embeddings": [{"values": [0.011, -0.022]}, {"values": [0.015, -0.025]}],
    "usageMetadata": {"promptTokenCount": 14, "promptTokenDetails": [{"modality": "TEXT", "tokenCount": 14}]},
}


def _usage(total: int) -> dict[str, Any]:
    return {
        "total_tokens": total,
        "total_input_tokens": 9,
        "input_tokens_by_modality": [{"modality": "text", "tokens": 9}],
    }


def test_batch_embed_usage_is_typed_with_its_singular_detail_key() -> None:
    response = gt.BatchEmbedContentsResponse.from_json(orjson.dumps(BATCH_EMBED))
    usage = response.usage_metadata
    assert isinstance(usage, gt.EmbeddingUsageMetadata)
    assert usage.prompt_token_count == 14
    details = usage.prompt_token_details
    assert details is not None and [(d.modality, d.token_count) for d in details] == [("TEXT", 14)]
    assert isinstance(details[0], gt.ModalityTokenCount)
    assert response.extra == {} and usage.extra == {}
    response.validate()
    assert response.to_json() == orjson.dumps(BATCH_EMBED)


def test_embed_content_merges_batch_usage_under_the_typed_key() -> None:
    first = gt.BatchEmbedContentsResponse.from_json(orjson.dumps(BATCH_EMBED))
    second = gt.BatchEmbedContentsResponse.from_json(orjson.dumps(BATCH_EMBED))
    merged = embeddings_response([first, second], single=False)
    usage = merged.usage_metadata
    assert usage is not None and usage.prompt_token_count == 28
    assert [(d.modality, d.token_count) for d in usage.prompt_token_details or []] == [("TEXT", 28)]
    assert usage.extra == {}
    merged.validate()


def test_step_delta_metadata_is_typed() -> None:
    event = {
        "index": 0,
        "delta": {"type": "text", "text": "Hi"},
        "metadata": {"total_usage": _usage(12)},
        "event_id": "e3",
        "event_type": "step.delta",
    }
    decoded = it.decode_InteractionSseEvent(event)  # what an Interactions stream yields for each event
    assert isinstance(decoded, it.StepDelta)
    assert isinstance(decoded.metadata, it.StepDeltaMetadata)
    usage = decoded.metadata.total_usage
    assert isinstance(usage, it.Usage) and usage.total_tokens == 12
    assert usage.input_tokens_by_modality is not None and usage.input_tokens_by_modality[0].tokens == 9
    assert decoded.extra == {} and decoded.metadata.extra == {}
    decoded.validate()
    assert decoded.to_json() == orjson.dumps(event)


def test_step_stop_usage_is_typed() -> None:
    event = {"index": 0, "usage": _usage(20), "step_usage": _usage(8), "event_type": "step.stop"}
    decoded = it.decode_InteractionSseEvent(event)
    assert isinstance(decoded, it.StepStop)
    assert decoded.usage is not None and decoded.usage.total_tokens == 20
    assert decoded.step_usage is not None and decoded.step_usage.total_tokens == 8
    assert decoded.extra == {}
    assert decoded.to_json() == orjson.dumps(event)


def test_object_of_the_interaction_inside_stream_events_is_typed() -> None:
    for kind in ("interaction.created", "interaction.completed"):
        event = {
            "interaction": {"id": "v1_abc", "status": "in_progress", "object": "interaction", "model": "gemini-x"},
            "event_type": kind,
        }
        decoded = it.decode_InteractionSseEvent(event)
        assert isinstance(decoded, it.InteractionCreatedEvent | it.InteractionCompletedEvent)
        interaction = decoded.interaction
        assert interaction is not None and interaction.object == "interaction"
        assert interaction.extra == {}
        assert decoded.to_json() == orjson.dumps(event)


def test_each_added_field_comes_from_an_overlay_with_its_reason() -> None:
    added: dict[str, str] = {}
    for name, overlay in read_overlays(SPECS / "overlays"):
        for action in overlay["actions"]:
            for field in action.get("update", {}):
                added[f"{overlay['extends']} {action['target']} {field}"] = f"{name}: {action['description']}"
    expected = [
        "gemini-v1beta.json $.components.schemas EmbeddingUsageMetadata",
        "gemini-v1beta.json $.components.schemas.BatchEmbedContentsResponse.properties usageMetadata",
        "interactions-v1beta.json $.components.schemas StepDeltaMetadata",
        "interactions-v1beta.json $.components.schemas.StepDelta.properties metadata",
        "interactions-v1beta.json $.components.schemas.StepStop.properties usage",
        "interactions-v1beta.json $.components.schemas.Interaction.properties object",
    ]
    assert {key: bool(added.get(key, "").split(": ", 1)[-1]) for key in expected} == dict.fromkeys(expected, True)
    gemini = json.loads((SPECS / "gemini-v1beta.json").read_text(encoding="utf-8"))
    assert "EmbeddingUsageMetadata" in gemini["info"]["x-schemas-added-by-overlays"]
