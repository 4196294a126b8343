"""Discovery document -> facts-only OpenAPI 3.1 spec, on a small hand-written fixture."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import IngestError
from codegen.facts import prose_locations
from codegen.ingest import detect_format, load_document, normalize
from codegen.ingest.discovery import ingest_discovery

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "codegen" / "discovery-mini.json"
REF = "#/components/schemas/"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def spec(doc: dict[str, Any]) -> dict[str, Any]:
    return ingest_discovery(doc)


def _op(spec: dict[str, Any], path: str, verb: str) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][path][verb]
    return op


def test_detected_as_discovery_and_normalized_to_openapi_31(doc: dict[str, Any], spec: dict[str, Any]) -> None:
    assert detect_format(doc) == "discovery"
    assert normalize(doc, "discovery") == spec
    assert spec["openapi"] == "3.1.0"
    assert spec["info"] == {
        "title": "widgets",
        "version": "v1beta",
        "x-revision": "20990101",
        "x-source-format": "discovery",
    }
    assert spec["servers"] == [{"url": "https://widgets.example.test"}]


def test_no_prose_survives(spec: dict[str, Any]) -> None:
    assert prose_locations(spec) == []
    text = json.dumps(spec)
    for phrase in ("A widget.", "Gets a widget.", "enumDescriptions", "Round.", "API key."):
        assert phrase not in text


def test_schemas_become_components_with_rewritten_refs(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert sorted(schemas) == ["Empty", "ListWidgetsResponse", "Part", "Widget"]
    widget = schemas["Widget"]["properties"]
    assert widget["parent"] == {"$ref": REF + "Widget"}
    assert widget["parts"] == {"type": "array", "items": {"$ref": REF + "Part"}}
    assert schemas["ListWidgetsResponse"]["properties"]["widgets"]["items"] == {"$ref": REF + "Widget"}
    assert schemas["Empty"] == {"type": "object", "properties": {}}


def test_scalar_formats_enums_and_flags(spec: dict[str, Any]) -> None:
    widget = spec["components"]["schemas"]["Widget"]["properties"]
    assert widget["sizeBytes"] == {"type": "string", "format": "int64", "readOnly": True}
    assert widget["checksum"] == {"type": "string", "format": "byte"}
    assert widget["count"] == {"type": "integer", "format": "int32"}
    assert widget["ratio"] == {"type": "number", "format": "double"}
    assert widget["enabled"] == {"type": "boolean"}
    assert widget["kind"] == {"type": "string", "enum": ["KIND_UNSPECIFIED", "ROUND", "SQUARE"]}
    assert widget["tags"] == {"type": "array", "items": {"type": "string", "enum": ["A", "B"]}}
    assert widget["legacy"] == {"type": "string", "deprecated": True}
    assert widget["createTime"] == {"type": "string", "format": "google-datetime", "readOnly": True}


def test_property_names_that_look_like_prose_are_kept(spec: dict[str, Any]) -> None:
    widget = spec["components"]["schemas"]["Widget"]["properties"]
    assert widget["description"] == {"type": "string"}
    assert widget["title"] == {"type": "string"}


def test_required_comes_from_required_field_text(spec: dict[str, Any]) -> None:
    # "Required." starts the text of name, count and parts; "Optional." and plain text do not count.
    assert spec["components"]["schemas"]["Widget"]["required"] == ["count", "name", "parts"]
    assert "required" not in spec["components"]["schemas"]["Part"]


def test_maps_and_any(spec: dict[str, Any]) -> None:
    widget = spec["components"]["schemas"]["Widget"]["properties"]
    assert widget["labels"] == {"type": "object", "additionalProperties": {"type": "string"}}
    assert widget["children"] == {"type": "object", "additionalProperties": {"$ref": REF + "Widget"}}
    assert widget["payload"] == {}


def test_methods_become_operations_keyed_by_flat_path(spec: dict[str, Any]) -> None:
    assert sorted(spec["paths"]) == [
        "/v1beta/widgets",
        "/v1beta/widgets/{widgetsId}",
        "/v1beta/widgets/{widgetsId}/parts",
        "/v1beta/widgets/{widgetsId}:download",
    ]
    ops = {(path, verb): op for path, item in spec["paths"].items() for verb, op in item.items()}
    assert {(op["x-resource"], op["x-method"]) for op in ops.values()} == {
        ("widgets", "get"),
        ("widgets", "list"),
        ("widgets", "create"),
        ("widgets", "delete"),
        ("widgets", "download"),
        ("widgets.parts", "list"),
    }
    get = _op(spec, "/v1beta/widgets/{widgetsId}", "get")
    assert get["operationId"] == "widgets.get"
    assert get["x-path"] == "/v1beta/{+name}"
    assert get["responses"] == {"200": {"content": {"application/json": {"schema": {"$ref": REF + "Widget"}}}}}
    assert "requestBody" not in get
    nested = _op(spec, "/v1beta/widgets/{widgetsId}/parts", "get")
    assert nested["operationId"] == "widgets.parts.list"
    assert nested["x-path"] == "/v1beta/{+parent}/parts"


def test_reserved_expansion_and_path_pattern(spec: dict[str, Any]) -> None:
    get = _op(spec, "/v1beta/widgets/{widgetsId}", "get")
    assert get["parameters"] == [
        {
            "name": "name",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "pattern": "^widgets/[^/]+$"},
            "x-reserved-expansion": True,
        }
    ]


def test_query_parameters_in_declared_order_then_sorted(spec: dict[str, Any]) -> None:
    listing = _op(spec, "/v1beta/widgets", "get")
    assert listing["parameters"] == [
        {
            "name": "kinds",
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string", "enum": ["ROUND", "SQUARE"]}},
        },
        {"name": "pageSize", "in": "query", "schema": {"type": "integer", "format": "int32"}},
        {"name": "pageToken", "in": "query", "schema": {"type": "string"}},
    ]
    delete = _op(spec, "/v1beta/widgets/{widgetsId}", "delete")
    assert [(p["name"], p["in"]) for p in delete["parameters"]] == [("name", "path"), ("force", "query")]
    # Document-wide parameters (key, alt) are transport concerns, not per-operation facts.
    assert all(
        p["name"] not in ("key", "alt")
        for item in spec["paths"].values()
        for op in item.values()
        for p in op["parameters"]
    )


def test_request_body_and_operations_without_response(spec: dict[str, Any]) -> None:
    create = _op(spec, "/v1beta/widgets", "post")
    assert create["requestBody"] == {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": REF + "Widget"}}},
    }
    delete = _op(spec, "/v1beta/widgets/{widgetsId}", "delete")
    assert delete["responses"] == {"200": {}}


def test_media_upload_protocols_and_download(spec: dict[str, Any]) -> None:
    create = _op(spec, "/v1beta/widgets", "post")
    assert create["x-media-upload"] == {
        "accept": ["*/*"],
        "maxSize": "2147483648",
        "protocols": {"resumable": "/resumable/upload/v1beta/widgets", "simple": "/upload/v1beta/widgets"},
    }
    download = _op(spec, "/v1beta/widgets/{widgetsId}:download", "get")
    assert download["x-media-download"] is True
    assert "x-media-upload" not in download


def test_load_document_from_file_keeps_exact_bytes() -> None:
    raw = load_document(str(FIXTURE))
    assert raw.content == FIXTURE.read_bytes()
    assert raw.source == str(FIXTURE)
    assert raw.doc["name"] == "widgets"


@pytest.mark.parametrize("missing", ["schemas", "resources", "version", "rootUrl"])
def test_missing_top_level_key_is_an_ingest_error(doc: dict[str, Any], missing: str) -> None:
    broken = {k: v for k, v in doc.items() if k != missing}
    with pytest.raises(IngestError, match=f"missing top-level key '{missing}'"):
        ingest_discovery(broken)


def test_unsupported_schema_type_names_where(doc: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(doc))
    broken["schemas"]["Part"]["properties"]["text"] = {"type": "tuple"}
    with pytest.raises(IngestError, match=r"schemas\.Part\.text: unsupported type 'tuple'"):
        ingest_discovery(broken)


def test_array_without_items_is_an_ingest_error(doc: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(doc))
    broken["schemas"]["Part"]["properties"]["text"] = {"type": "array"}
    with pytest.raises(IngestError, match="array without items"):
        ingest_discovery(broken)


def test_two_methods_on_one_path_and_verb_is_an_ingest_error(doc: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(doc))
    methods = broken["resources"]["widgets"]["methods"]
    methods["fetch"] = dict(methods["get"], id="widgets.widgets.fetch")
    with pytest.raises(IngestError, match=re.escape("two methods share GET /v1beta/widgets/{widgetsId}")):
        ingest_discovery(broken)
