"""The specs committed in specs/: facts only, canonical text, locked, and complete."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from codegen.facts import dump_spec, prose_locations
from codegen.lock import read_lock, write_lock
from codegen.overlay import load_overlays, read_overlays
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


# The upstream documents the committed specs were ingested from, by the sha256 specs/lock.toml records, with the
# counts their ingest gives (schemas and operations before overlays). A deliberate re-ingest of another document
# makes known_document() fail and say how to add it here.
KNOWN_DOCUMENTS: dict[str, dict[str, Any]] = {
    "37e5225bc876b8094dae5977d10c60aab1f598ea95eb25b3f3c5c671e60dc199": {
        "api": "gemini",
        "revision": "20260325",
        "schemas": 190,
        "operations": 81,
    },
    "4703f1c18431e2679cdac538a4879dc158c3dbfdcebd47c16215fcb6a54e389d": {
        "api": "interactions",
        "revision": "0",
        "schemas": 142,
        "operations": 17,
    },
    "4aeaaad4e28a25575806822ba5aa92196f472bc611eaf534a1ba6be3518b32b7": {
        "api": "live",
        "revision": "@google-ai/generativelanguage 4.1.0",
        "schemas": 84,
        "operations": 0,
    },
}


def known_document(api: str, specs_dir: Path = SPECS) -> dict[str, Any]:
    """The counts of the document ``api``'s committed spec came from; a document not in KNOWN_DOCUMENTS fails the
    test with what to do, since after a legitimate re-ingest the counts are expected to change."""
    entry = read_lock(specs_dir / "lock.toml")[api]
    known = KNOWN_DOCUMENTS.get(entry.sha256)
    if known is None or known["api"] != api:
        pytest.fail(
            f"specs/lock.toml: {api} was ingested from a document these tests do not know ({entry.source}, "
            f"revision {entry.revision or '(none stated)'}, sha256 {entry.sha256}). If that re-ingest was "
            "deliberate: read the spec diff `nox -s specs` printed, run `nox -s generate`, then add the document "
            f"to KNOWN_DOCUMENTS in tests/codegen/{Path(__file__).name} under its sha256, with the schemas and "
            "operations its spec has before overlays (components.schemas minus info.x-schemas-added-by-overlays; "
            "operations minus the ones specs/overlays/ add).",
            pytrace=False,
        )
    return known


def _npm_version(source: str) -> str:
    return source[len("npm:") :].rsplit(":", 1)[0].rsplit("@", 1)[-1]


def test_lock_describes_every_spec() -> None:
    lock = read_lock(SPECS / "lock.toml")
    assert sorted(lock) == sorted(APIS), "specs/lock.toml holds one entry per API the client is generated from"
    for api, entry in lock.items():
        spec = _load(api)
        assert entry.spec == APIS[api].spec_file
        assert (SPECS / entry.spec).is_file()
        assert entry.format == APIS[api].format == spec["info"]["x-source-format"]
        # What was read: a URL, an npm package at the version npm delivered, or a file by its absolute path.
        assert entry.source.startswith(("https://", "http://", "npm:")) or Path(entry.source).is_absolute(), entry
        # The revision is the one the document states, else the npm package's version, else none: never invented.
        stated = spec["info"]["x-revision"]
        if stated:
            assert entry.revision == stated, entry
        elif entry.source.startswith("npm:"):
            assert entry.revision == _npm_version(entry.source), entry
        else:
            assert entry.revision == "", entry
        assert re.fullmatch(r"[0-9a-f]{64}", entry.sha256), entry.sha256
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry.ingested), entry.ingested
    assert len({entry.sha256 for entry in lock.values()}) == 3


def test_an_unknown_upstream_document_fails_the_count_tests_with_what_to_do(tmp_path: Path) -> None:
    entry = read_lock(SPECS / "lock.toml")["gemini"]
    write_lock(tmp_path / "lock.toml", {"gemini": replace(entry, revision="20270101", sha256="ab" * 32)})
    with pytest.raises(pytest.fail.Exception) as failed:
        known_document("gemini", tmp_path)
    message = str(failed.value)
    assert "revision 20270101, sha256 " + "ab" * 32 in message
    assert "read the spec diff `nox -s specs` printed, run `nox -s generate`" in message
    assert "add the document to KNOWN_DOCUMENTS in tests/codegen/test_codegen_committed_specs.py" in message


def test_gemini_counts() -> None:
    known = known_document("gemini")
    spec = _load("gemini")
    schemas = spec["components"]["schemas"]
    added = spec["info"].get("x-schemas-added-by-overlays", [])
    assert added == sorted(added)
    assert set(added) <= set(schemas)
    assert len(schemas) - len(added) == known["schemas"]
    ops = _operations(spec)
    assert len(ops) == known["operations"] + 1  # + files.download, added by specs/overlays/gemini-media.json
    assert "files.download" in {op["operationId"] for op in ops}
    assert spec["info"]["x-revision"] == known["revision"]
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
    known = known_document("interactions")
    spec = _load("interactions")
    added = spec["info"].get("x-schemas-added-by-overlays", [])
    assert len(spec["components"]["schemas"]) - len(added) == known["schemas"]
    assert len(_operations(spec)) == known["operations"]
    assert spec["info"]["x-source-format"] == "openapi"


def test_live_counts() -> None:
    known = known_document("live")
    spec = _load("live")
    assert len(spec["components"]["schemas"]) == known["schemas"]
    assert len(_operations(spec)) == known["operations"]


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


def test_every_overlay_corrects_a_committed_spec() -> None:
    # ``extends`` picks the API version an overlay applies to; a name matching no spec would never be applied.
    spec_files = {api.spec_file for api in APIS.values()}
    overlays = read_overlays(SPECS / "overlays")
    assert overlays
    assert {name: overlay["extends"] for name, overlay in overlays if overlay["extends"] not in spec_files} == {}
