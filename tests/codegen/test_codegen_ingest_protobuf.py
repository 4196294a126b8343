"""protobufjs JSON descriptor -> facts-only spec of the Live API messages, on a small hand-written fixture."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import IngestError
from codegen.facts import prose_locations
from codegen.ingest import detect_format, normalize
from codegen.ingest.protobuf import ingest_protobuf

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "codegen" / "protos-mini.json"
REF = "#/components/schemas/"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def spec(doc: dict[str, Any]) -> dict[str, Any]:
    return ingest_protobuf(doc)


@pytest.fixture(scope="module")
def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = spec["components"]["schemas"]
    return out


def test_detected_as_protobuf_with_roots(doc: dict[str, Any], spec: dict[str, Any]) -> None:
    assert detect_format(doc) == "protobuf"
    assert normalize(doc, "protobuf") == spec
    assert spec["openapi"] == "3.1.0"
    assert spec["paths"] == {}
    assert spec["info"]["x-source-format"] == "protobuf"
    assert spec["x-roots"] == {
        "client": REF + "BidiGenerateContentClientMessage",
        "server": REF + "BidiGenerateContentServerMessage",
    }
    assert prose_locations(spec) == []


def test_only_types_reachable_from_the_roots(schemas: dict[str, Any]) -> None:
    assert sorted(schemas) == [
        "BidiGenerateContentClientContent",
        "BidiGenerateContentClientMessage",
        "BidiGenerateContentServerContent",
        "BidiGenerateContentServerMessage",
        "BidiGenerateContentSetup",
        "BidiGenerateContentSetupComplete",
        "Blob",
        "Content",
        "FunctionCall",
        "GroundingChunk",
        "GroundingChunkWeb",
        "GroundingChunkWebStatus",
        "Modality",
        "Part",
        "Tool",
        "UsageMetadata",
    ]
    # Unreachable messages, services and the well-known types themselves are not schemas.
    assert not {"NotReachable", "GenerativeService", "Struct", "Value", "Duration", "Timestamp"} & set(schemas)


def test_scalars_follow_proto3_json(schemas: dict[str, Any]) -> None:
    usage = schemas["UsageMetadata"]
    assert usage == {
        "type": "object",
        "properties": {
            "cachedTokens": {"type": "integer", "format": "uint32"},
            "fixed": {"type": "string", "format": "uint64"},
            "ids": {"type": "array", "items": {"type": "string", "format": "int64"}},
            "promptTokenCount": {"type": "integer", "format": "int32"},
            "quota": {"type": "string", "format": "uint64"},
            "ratio": {"type": "number", "format": "double"},
            "score": {"type": "number", "format": "float"},
            "signed": {"type": "string", "format": "int64"},
            "totalBytes": {"type": "string", "format": "int64"},
        },
    }
    assert schemas["Blob"]["properties"]["data"] == {"type": "string", "format": "byte"}
    assert schemas["Part"]["properties"]["thoughtSignature"] == {"type": "string", "format": "byte"}
    assert schemas["BidiGenerateContentClientContent"]["properties"]["turnComplete"] == {"type": "boolean"}


def test_enums_repeated_and_maps(schemas: dict[str, Any]) -> None:
    assert schemas["Modality"] == {"type": "string", "enum": ["MODALITY_UNSPECIFIED", "TEXT", "AUDIO"]}
    setup = schemas["BidiGenerateContentSetup"]["properties"]
    assert setup["responseModalities"] == {"type": "array", "items": {"$ref": REF + "Modality"}}
    assert setup["tools"] == {"type": "array", "items": {"$ref": REF + "Tool"}}
    assert setup["labels"] == {"type": "object", "additionalProperties": {"type": "string"}}


def test_nested_types_are_named_parent_plus_child(schemas: dict[str, Any]) -> None:
    assert schemas["GroundingChunk"]["properties"]["web"] == {"$ref": REF + "GroundingChunkWeb"}
    assert schemas["GroundingChunkWeb"]["properties"]["status"] == {"$ref": REF + "GroundingChunkWebStatus"}
    assert schemas["GroundingChunkWebStatus"] == {"type": "string", "enum": ["STATUS_UNSPECIFIED", "OK"]}


def test_well_known_types_have_their_json_forms(schemas: dict[str, Any]) -> None:
    call = schemas["FunctionCall"]["properties"]
    assert call["args"] == {"type": "object", "additionalProperties": {}}
    assert call["result"] == {}
    content = schemas["BidiGenerateContentServerContent"]["properties"]
    assert content["waitTime"] == {"type": "string", "format": "google-duration"}
    assert content["sentAt"] == {"type": "string", "format": "date-time"}


def test_real_oneofs_are_recorded_but_proto3_optional_ones_are_not(schemas: dict[str, Any]) -> None:
    assert schemas["BidiGenerateContentClientMessage"]["x-oneof"] == {"messageType": ["clientContent", "setup"]}
    assert schemas["BidiGenerateContentServerMessage"]["x-oneof"] == {"messageType": ["serverContent", "setupComplete"]}
    assert schemas["Part"]["x-oneof"] == {"data": ["functionCall", "inlineData", "text"]}
    setup = schemas["BidiGenerateContentSetup"]
    assert "x-oneof" not in setup
    assert setup["properties"]["temperature"] == {"type": "number", "format": "float"}
    assert setup["properties"]["sessionHandle"] == {"type": "string"}


def test_field_behavior_required(schemas: dict[str, Any]) -> None:
    assert schemas["BidiGenerateContentSetup"]["required"] == ["model"]
    assert schemas["FunctionCall"]["required"] == ["name"]
    # OPTIONAL is not REQUIRED.
    assert "required" not in schemas["BidiGenerateContentClientMessage"]


def test_empty_message_is_an_empty_object(schemas: dict[str, Any]) -> None:
    assert schemas["BidiGenerateContentSetupComplete"] == {"type": "object", "properties": {}}


def test_missing_root_is_an_ingest_error(doc: dict[str, Any]) -> None:
    with pytest.raises(IngestError, match=r"google\.ai\.generativelanguage\.v1beta\.NoSuchMessage not found"):
        ingest_protobuf(doc, roots=("NoSuchMessage", "BidiGenerateContentServerMessage"))


def test_unknown_field_type_names_the_field(doc: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(doc))
    v1beta = broken["nested"]["google"]["nested"]["ai"]["nested"]["generativelanguage"]["nested"]["v1beta"]["nested"]
    v1beta["Tool"]["fields"]["name"]["type"] = "NoSuchType"
    with pytest.raises(IngestError, match=r"v1beta\.Tool\.name: unknown type 'NoSuchType'"):
        ingest_protobuf(broken)
