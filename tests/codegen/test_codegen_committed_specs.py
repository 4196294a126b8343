"""The specs committed in specs/: facts only, canonical text, locked, and complete."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from codegen.facts import dump_spec, prose_locations
from codegen.lock import read_lock
from codegen.overlay import load_overlays
from codegen.sources import APIS

SPECS = Path(__file__).resolve().parent.parent.parent / "specs"
REF = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _load(api: str) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((SPECS / APIS[api].spec_file).read_text(encoding="utf-8"))
    return spec


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [item[verb] for item in spec["paths"].values() for verb in METHODS if verb in item]


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                found |= _refs(value)
    elif isinstance(node, list):
        for item in node:
            found |= _refs(item)
    return found


@pytest.mark.parametrize("api", sorted(APIS))
def test_no_prose_anywhere(api: str) -> None:
    assert prose_locations(_load(api)) == []


def test_prose_locations_finds_keywords_but_not_property_names() -> None:
    spec = {
        "info": {"description": "info may carry prose"},
        "components": {
            "schemas": {"A": {"description": "x", "properties": {"title": {"type": "string", "title": "T"}}}}
        },
    }
    assert prose_locations(spec) == [
        "$.components.schemas.A.description",
        "$.components.schemas.A.properties.title.title",
    ]


@pytest.mark.parametrize("api", sorted(APIS))
def test_committed_text_is_the_canonical_dump(api: str) -> None:
    raw = (SPECS / APIS[api].spec_file).read_text(encoding="utf-8")
    assert dump_spec(json.loads(raw)) == raw


@pytest.mark.parametrize("api", sorted(APIS))
def test_every_ref_resolves(api: str) -> None:
    spec = _load(api)
    schemas = spec["components"]["schemas"]
    refs = _refs(spec)
    assert refs, "a spec without references is suspicious"
    bad = sorted(r for r in refs if not r.startswith(REF) or r[len(REF) :] not in schemas)
    assert bad == []


def test_lock_describes_every_spec() -> None:
    lock = read_lock(SPECS / "lock.toml")
    assert sorted(lock) == sorted(APIS)
    for api, entry in lock.items():
        assert entry.spec == APIS[api].spec_file
        assert (SPECS / entry.spec).is_file()
        assert entry.format == APIS[api].format
        assert entry.source == APIS[api].official_source
        assert re.fullmatch(r"[0-9a-f]{64}", entry.sha256), entry.sha256
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry.ingested), entry.ingested
    assert lock["gemini"].revision == "20260325"
    assert lock["live"].revision == "4.1.0"
    assert lock["live"].source == "npm:@google-ai/generativelanguage@4.1.0:build/protos/protos.json"
    assert lock["gemini"].source == "https://generativelanguage.googleapis.com/$discovery/rest?version=v1beta"
    assert lock["interactions"].source == "https://ai.google.dev/static/api/interactions.openapi.json"
    assert len({entry.sha256 for entry in lock.values()}) == 3


def test_gemini_counts() -> None:
    spec = _load("gemini")
    schemas = spec["components"]["schemas"]
    added = spec["info"].get("x-schemas-added-by-overlays", [])
    assert added == sorted(added)
    assert set(added) <= set(schemas)
    assert len(schemas) - len(added) == 190
    ops = _operations(spec)
    assert len(ops) == 82  # 81 upstream + files.download, added by specs/overlays/gemini-media.json
    assert "files.download" in {op["operationId"] for op in ops}
    assert spec["info"]["x-revision"] == "20260325"
    assert spec["info"]["x-source-format"] == "discovery"


def test_gemini_operations_carry_resource_method_and_path() -> None:
    ops = _operations(_load("gemini"))
    ids = [op["operationId"] for op in ops]
    assert len(set(ids)) == len(ids)
    for op in ops:
        assert op["x-path"].startswith(("/v1beta/", "/download/v1beta/")), op["operationId"]
        assert op["operationId"] == f"{op['x-resource']}.{op['x-method']}"
    by_id = {op["operationId"]: op for op in ops}
    generate = by_id["models.generateContent"]
    assert generate["x-path"] == "/v1beta/{+model}:generateContent"
    assert generate["parameters"][0]["x-reserved-expansion"] is True
    assert by_id["models.streamGenerateContent"]["x-stream"] == "sse"
    assert "x-media-upload" in by_id["media.upload"]


def test_interactions_counts() -> None:
    spec = _load("interactions")
    assert len(spec["components"]["schemas"]) == 142
    assert "x-schemas-added-by-overlays" not in spec["info"]
    assert len(_operations(spec)) == 17
    assert spec["info"]["x-source-format"] == "openapi"


def test_live_has_both_root_messages_and_all_their_fields() -> None:
    spec = _load("live")
    schemas = spec["components"]["schemas"]
    roots = {side: ref[len(REF) :] for side, ref in spec["x-roots"].items()}
    assert roots == {"client": "BidiGenerateContentClientMessage", "server": "BidiGenerateContentServerMessage"}
    client = schemas[roots["client"]]
    server = schemas[roots["server"]]
    assert sorted(client["properties"]) == ["clientContent", "realtimeInput", "setup", "toolResponse"]
    assert sorted(server["properties"]) == [
        "goAway",
        "serverContent",
        "sessionResumptionUpdate",
        "setupComplete",
        "toolCall",
        "toolCallCancellation",
        "usageMetadata",
    ]
    assert client["x-oneof"] == {"messageType": ["clientContent", "realtimeInput", "setup", "toolResponse"]}
    assert set(server["x-oneof"]["messageType"]) == set(server["properties"]) - {"usageMetadata"}
    for root in (client, server):
        for name, prop in root["properties"].items():
            assert prop["$ref"][len(REF) :] in schemas, name
    assert spec["x-websocket"]["path"].endswith(".BidiGenerateContent")
    assert spec["paths"] == {}


def test_live_schemas_are_all_reachable_from_the_roots() -> None:
    spec = _load("live")
    schemas = spec["components"]["schemas"]
    seen: set[str] = set()
    pending = [ref[len(REF) :] for ref in spec["x-roots"].values()]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        pending += [ref[len(REF) :] for ref in _refs(schemas[name])]
    assert seen == set(schemas)


def test_live_follows_proto3_json() -> None:
    schemas = _load("live")["components"]["schemas"]
    assert schemas["Part"]["properties"]["thoughtSignature"] == {"type": "string", "format": "byte"}
    assert schemas["ContextWindowCompressionConfig"]["properties"]["triggerTokens"] == {
        "type": "string",
        "format": "int64",
    }
    assert schemas["FunctionCall"]["properties"]["args"] == {"type": "object", "additionalProperties": {}}


@pytest.mark.parametrize("api", sorted(APIS))
def test_committed_overlays_are_well_formed(api: str) -> None:
    for name, overlay in load_overlays(SPECS / "overlays", APIS[api].spec_file):
        assert overlay["overlay"].startswith("1."), name
        assert overlay["actions"], name
        for action in overlay["actions"]:
            reason = action["description"]
            assert reason and "\n" not in reason, (name, action["target"])
            assert ("update" in action) != bool(action.get("remove")), (name, action["target"])
