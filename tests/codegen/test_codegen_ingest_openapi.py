"""OpenAPI 3.0 document -> facts-only OpenAPI 3.1 spec, on a small hand-written fixture."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import IngestError
from codegen.facts import PROSE_KEYWORDS, prose_locations, strip_schema
from codegen.ingest import detect_format, normalize
from codegen.ingest.openapi import ingest_openapi

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "codegen" / "openapi-mini.json"
REF = "#/components/schemas/"
API_VERSION = {"name": "api_version", "in": "path", "required": True, "schema": {"type": "string", "default": "v1beta"}}


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def spec(doc: dict[str, Any]) -> dict[str, Any]:
    return ingest_openapi(doc)


def test_detected_as_openapi_and_upgraded_to_31(doc: dict[str, Any], spec: dict[str, Any]) -> None:
    assert detect_format(doc) == "openapi"
    assert normalize(doc, "openapi") == spec
    assert spec["openapi"] == "3.1.0"
    assert spec["info"] == {
        "title": "Things API (test fixture)",
        "version": "v1beta",
        "x-revision": "42",
        "x-source-format": "openapi",
    }
    assert spec["servers"] == [{"url": "https://things.example.test"}]
    assert "externalDocs" not in spec


def test_prose_is_dropped_everywhere(spec: dict[str, Any]) -> None:
    assert prose_locations(spec) == []
    text = json.dumps(spec)
    for phrase in (
        "A thing.",
        "Creates a thing",
        "x-codeSamples",
        "curl",
        "Round things.",
        "x-google-enum-descriptions",
        "x-stainless-nominal",
        "Which version",
        "How many.",
        "An error.",
        '"tags"',
        "Simple",
    ):
        assert phrase not in text, phrase


def test_properties_named_like_prose_keywords_are_kept(spec: dict[str, Any]) -> None:
    thing = spec["components"]["schemas"]["Thing"]
    assert thing["properties"]["title"] == {"type": "string"}
    assert thing["properties"]["description"] == {"type": "string"}
    assert thing["properties"]["examples"] == {"type": "array", "items": {"type": "string"}}
    assert thing["required"] == ["title"]
    # ...while the keywords themselves are gone from the schema object and its subschemas.
    assert not set(thing) & PROSE_KEYWORDS
    assert thing["properties"]["count"] == {"type": "integer", "format": "int32"}
    assert thing["properties"]["kind"] == {"type": "string", "enum": ["round", "square"]}
    assert thing["properties"]["metadata"] == {"type": "object", "additionalProperties": {"type": "string"}}
    assert spec["components"]["schemas"]["Circle"]["properties"]["radius"] == {"type": "number", "format": "double"}


def test_nullable_becomes_a_type_list_or_any_of_null(spec: dict[str, Any]) -> None:
    props = spec["components"]["schemas"]["Thing"]["properties"]
    assert props["note"] == {"type": ["string", "null"]}
    assert props["parent"] == {"anyOf": [{"$ref": REF + "Thing"}, {"type": "null"}]}
    assert "nullable" not in json.dumps(spec)


def test_facts_are_kept(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["Thing"]["properties"]["signature"] == {"type": "string", "format": "byte", "readOnly": True}
    assert schemas["Shape"] == {
        "discriminator": {"propertyName": "type"},
        "oneOf": [{"$ref": REF + "Circle"}, {"$ref": REF + "Square"}],
    }
    assert schemas["Square"]["properties"]["type"] == {"type": "string", "enum": ["square"]}


def test_parameter_refs_are_inlined_and_path_level_parameters_merged(spec: dict[str, Any]) -> None:
    post = spec["paths"]["/{api_version}/things"]["post"]
    assert post["parameters"] == [API_VERSION]
    get = spec["paths"]["/{api_version}/things"]["get"]
    assert get["parameters"] == [
        {"name": "page_size", "in": "query", "schema": {"type": "integer", "format": "int32"}},
        {"name": "page_token", "in": "query", "deprecated": True, "schema": {"type": "string"}},
        API_VERSION,
    ]
    assert "$ref" not in json.dumps(spec["paths"]).replace('"$ref": "#/components/schemas/', "")


def test_path_parameters_are_always_required(spec: dict[str, Any]) -> None:
    delete = spec["paths"]["/{api_version}/things/{id}"]["delete"]
    assert delete["parameters"][0] == {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    assert delete["deprecated"] is True
    assert delete["operationId"] == "DeleteThing"


def test_operations_keep_bodies_media_types_and_responses(spec: dict[str, Any]) -> None:
    post = spec["paths"]["/{api_version}/things"]["post"]
    assert set(post) == {"operationId", "parameters", "requestBody", "responses"}
    assert post["requestBody"] == {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": REF + "Thing"}}},
    }
    assert post["responses"] == {
        "200": {
            "content": {
                "application/json": {"schema": {"$ref": REF + "Thing"}},
                "text/event-stream": {"schema": {"$ref": REF + "Shape"}},
            }
        },
        "default": {},
    }
    assert spec["paths"]["/{api_version}/things/{id}"]["delete"]["responses"] == {"200": {}}


def test_strip_schema_keeps_names_and_drops_keywords_at_every_depth() -> None:
    schema = {
        "title": "T",
        "type": "object",
        "properties": {
            "summary": {"type": "string", "description": "d"},
            "nested": {
                "type": "array",
                "items": {"oneOf": [{"type": "string", "examples": ["x"]}, {"$ref": REF + "X", "description": "d"}]},
            },
        },
        "additionalProperties": {"type": "string", "$comment": "c"},
    }
    assert strip_schema(schema) == {
        "type": "object",
        "properties": {
            "summary": {"type": "string"},
            "nested": {"type": "array", "items": {"oneOf": [{"type": "string"}, {"$ref": REF + "X"}]}},
        },
        "additionalProperties": {"type": "string"},
    }


def test_unsupported_openapi_version_is_rejected(doc: dict[str, Any]) -> None:
    with pytest.raises(IngestError, match=r"version '2\.0' is not 3\.0 or 3\.1"):
        ingest_openapi(dict(doc, openapi="2.0"))


def test_unknown_parameter_ref_is_rejected(doc: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(doc))
    broken["paths"]["/{api_version}/things"]["parameters"] = [{"$ref": "#/components/parameters/Nope"}]
    with pytest.raises(IngestError, match="unknown parameter '#/components/parameters/Nope'"):
        ingest_openapi(broken)
