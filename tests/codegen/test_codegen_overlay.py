"""OpenAPI Overlay 1.0 application: update, remove, JSONPath targets, and the errors that keep overlays honest."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from codegen.__main__ import main
from codegen.errors import IngestError, OverlayError
from codegen.ingest import RawDocument, load_document
from codegen.lock import read_lock
from codegen.overlay import AppliedAction, apply_overlay, load_overlays, parse_path, read_overlays
from codegen.specs import ingest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "codegen"
SPECS = Path(__file__).resolve().parent.parent.parent / "specs"
REF = "#/components/schemas/"


def _spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "v1"},
        "paths": {
            "/v1/{name}:go": {"post": {"operationId": "go", "parameters": []}},
            "/v1/{name}:stop": {"post": {"operationId": "stop", "parameters": []}},
        },
        "components": {
            "schemas": {
                "Web": {"type": "object", "properties": {"uri": {"type": "string"}}, "required": ["uri"]},
                "Old": {"type": "object", "properties": {}},
                "Usage": {"type": "object", "properties": {"total": {"type": "integer"}}},
            }
        },
    }


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "extends": "x.json", "actions": list(actions)}


def test_update_merges_into_the_target() -> None:
    spec = _spec()
    applied = apply_overlay(
        spec,
        _overlay(
            {
                "target": "$.components.schemas.Web.properties",
                "description": "servers send domain",
                "update": {"domain": {"type": "string"}},
            }
        ),
        "wire.json",
    )
    assert spec["components"]["schemas"]["Web"]["properties"] == {
        "uri": {"type": "string"},
        "domain": {"type": "string"},
    }
    assert applied == [AppliedAction("wire.json", "$.components.schemas.Web.properties", "servers send domain", 1)]


def test_update_merges_objects_recursively_and_replaces_other_values() -> None:
    spec = _spec()
    apply_overlay(
        spec,
        _overlay(
            {
                "target": "$.components.schemas.Web",
                "description": "r",
                "update": {"properties": {"uri": {"format": "uri"}}, "required": ["domain"]},
            }
        ),
        "o.json",
    )
    web = spec["components"]["schemas"]["Web"]
    assert web["properties"]["uri"] == {"type": "string", "format": "uri"}
    assert web["required"] == ["domain"]  # lists are replaced, not appended to


def test_update_values_are_copied_not_shared() -> None:
    spec = _spec()
    overlay = _overlay(
        {"target": "$.components.schemas", "description": "r", "update": {"New": {"type": "object", "properties": {}}}}
    )
    apply_overlay(spec, overlay, "o.json")
    spec["components"]["schemas"]["New"]["properties"]["x"] = {}
    assert overlay["actions"][0]["update"]["New"]["properties"] == {}


def test_remove_deletes_the_target() -> None:
    spec = _spec()
    applied = apply_overlay(
        spec, _overlay({"target": "$.components.schemas.Old", "description": "gone", "remove": True}), "o.json"
    )
    assert "Old" not in spec["components"]["schemas"]
    assert applied[0].matches == 1


def test_root_update_merges_top_level_keys() -> None:
    spec = _spec()
    apply_overlay(
        spec,
        _overlay({"target": "$", "description": "websocket path", "update": {"x-websocket": {"path": "/ws"}}}),
        "o.json",
    )
    assert spec["x-websocket"] == {"path": "/ws"}
    assert spec["openapi"] == "3.1.0"


def test_root_cannot_be_removed() -> None:
    with pytest.raises(OverlayError, match="the root can only be updated"):
        apply_overlay(_spec(), _overlay({"target": "$", "description": "r", "remove": True}), "o.json")


def test_bracket_quoted_targets_reach_paths_with_slashes_and_colons() -> None:
    spec = _spec()
    apply_overlay(
        spec,
        _overlay(
            {"target": "$.paths['/v1/{name}:go'].post", "description": "streams", "update": {"x-stream": "sse"}},
            {
                "target": '$.paths["/v1/{name}:stop"]["post"]',
                "description": "double quotes too",
                "update": {"x-stream": "none"},
            },
        ),
        "o.json",
    )
    assert spec["paths"]["/v1/{name}:go"]["post"]["x-stream"] == "sse"
    assert spec["paths"]["/v1/{name}:stop"]["post"]["x-stream"] == "none"


def test_wildcards_match_every_member() -> None:
    spec = _spec()
    applied = apply_overlay(
        spec,
        _overlay(
            {"target": "$.paths.*.post", "description": "all posts", "update": {"x-seen": True}},
            {
                "target": "$.components.schemas[*].properties",
                "description": "all schemas",
                "update": {"extra": {"type": "string"}},
            },
        ),
        "o.json",
    )
    assert [a.matches for a in applied] == [2, 3]
    assert all(item["post"]["x-seen"] is True for item in spec["paths"].values())
    assert all("extra" in s["properties"] for s in spec["components"]["schemas"].values())


def test_wildcard_over_a_list_updates_each_element() -> None:
    spec = {"servers": [{"url": "a"}, {"url": "b"}]}
    applied = apply_overlay(
        spec, _overlay({"target": "$.servers[*]", "description": "r", "update": {"x": 1}}), "o.json"
    )
    assert applied[0].matches == 2
    assert spec["servers"] == [{"url": "a", "x": 1}, {"url": "b", "x": 1}]


def test_wildcard_remove_over_a_list_removes_every_element() -> None:
    spec = {"servers": [{"url": "a"}, {"url": "b"}, {"url": "c"}]}
    apply_overlay(spec, _overlay({"target": "$.servers[*]", "description": "r", "remove": True}), "o.json")
    assert spec["servers"] == []


def test_wildcard_remove_over_a_map_removes_every_member() -> None:
    spec = _spec()
    apply_overlay(spec, _overlay({"target": "$.components.schemas.*", "description": "r", "remove": True}), "o.json")
    assert spec["components"]["schemas"] == {}


def test_a_target_that_matches_nothing_is_skipped_and_returned_as_such() -> None:
    spec = _spec()
    before = copy.deepcopy(spec)
    applied = apply_overlay(
        spec,
        _overlay(
            {"target": "$.components.schemas.Gone.properties", "description": "r", "update": {"x": {}}},
            {"target": "$.components.schemas.Web.properties", "description": "s", "update": {"d": {}}},
        ),
        "o.json",
    )
    assert applied == [
        AppliedAction("o.json", "$.components.schemas.Gone.properties", "r", 0),
        AppliedAction("o.json", "$.components.schemas.Web.properties", "s", 1),
    ]
    assert [a.skipped for a in applied] == [True, False]
    before["components"]["schemas"]["Web"]["properties"]["d"] = {}
    assert spec == before


def test_every_action_needs_a_reason() -> None:
    with pytest.raises(OverlayError, match="every action needs a one-line description"):
        apply_overlay(_spec(), _overlay({"target": "$.components.schemas.Web", "update": {"x-a": 1}}), "o.json")
    with pytest.raises(OverlayError, match="every action needs a one-line description"):
        apply_overlay(
            _spec(), _overlay({"target": "$.components.schemas.Web", "description": "", "update": {}}), "o.json"
        )


def test_action_without_target_or_verb_is_an_error() -> None:
    with pytest.raises(OverlayError, match="action 0: missing target"):
        apply_overlay(_spec(), _overlay({"description": "r", "update": {}}), "o.json")
    with pytest.raises(OverlayError, match="needs 'update' or 'remove'"):
        apply_overlay(_spec(), _overlay({"target": "$.components.schemas.Web", "description": "r"}), "o.json")


def test_a_non_overlay_document_is_rejected() -> None:
    with pytest.raises(OverlayError, match=r"not an Overlay 1\.x document"):
        apply_overlay(_spec(), {"openapi": "3.1.0", "actions": []}, "o.json")


@pytest.mark.parametrize(
    ("target", "segments"),
    [
        ("$", []),
        ("$.a.b", ["a", "b"]),
        ("$.x-stream", ["x-stream"]),
        ("$['/v1/{x}:go'].post", ["/v1/{x}:go", "post"]),
        ('$["a.b"]', ["a.b"]),
        ("$.a.*[*]", ["a", None, None]),
    ],
)
def test_parse_path(target: str, segments: list[str | None]) -> None:
    assert parse_path(target) == segments


@pytest.mark.parametrize("target", ["components.schemas", "$..schemas", "$.a[0]", "$.a['unterminated]"])
def test_unsupported_jsonpath_is_an_error(target: str) -> None:
    with pytest.raises(OverlayError, match="target"):
        parse_path(target)


def test_load_overlays_picks_the_ones_for_the_spec_in_file_name_order(tmp_path: Path) -> None:
    for name, extends in (("b.json", "mine.json"), ("a.json", "mine.json"), ("c.json", "other.json")):
        (tmp_path / name).write_text(json.dumps(dict(_overlay(), extends=extends)), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not an overlay", encoding="utf-8")
    assert [name for name, _ in load_overlays(tmp_path, "mine.json")] == ["a.json", "b.json"]
    assert load_overlays(tmp_path / "absent", "mine.json") == []


def test_load_overlays_rejects_broken_json(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(OverlayError, match=r"bad\.json: not JSON"):
        load_overlays(tmp_path, "mine.json")


def test_ingest_applies_overlays_and_lists_added_schemas(tmp_path: Path) -> None:
    overlays = tmp_path / "overlays"
    overlays.mkdir()
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "fixture corrections", "version": "1"},
        "extends": "gemini-v1beta.json",
        "actions": [
            {
                "target": "$.components.schemas",
                "description": "the document lacks Gadget",
                "update": {"Gadget": {"type": "object", "properties": {"id": {"type": "string"}}}},
            },
            {
                "target": "$.components.schemas.Part.properties",
                "description": "servers send a checksum",
                "update": {"checksum": {"type": "string", "format": "byte"}},
            },
            {
                "target": "$.paths['/v1beta/widgets'].get",
                "description": "listing streams",
                "update": {"x-stream": "sse"},
            },
        ],
    }
    (overlays / "fixture.json").write_text(json.dumps(overlay), encoding="utf-8")
    (overlays / "for-another-api.json").write_text(
        json.dumps(dict(overlay, extends="interactions-v1beta.json")), encoding="utf-8"
    )
    result = ingest(load_document(str(FIXTURES / "discovery-mini.json")), tmp_path, today="2030-01-01")
    schemas = result.spec["components"]["schemas"]
    assert schemas["Gadget"] == {"type": "object", "properties": {"id": {"type": "string"}}}
    assert schemas["Part"]["properties"]["checksum"] == {"type": "string", "format": "byte"}
    assert result.spec["paths"]["/v1beta/widgets"]["get"]["x-stream"] == "sse"
    assert result.spec["info"]["x-schemas-added-by-overlays"] == ["Gadget"]
    assert [(a.overlay, a.reason) for a in result.applied] == [
        ("fixture.json", "the document lacks Gadget"),
        ("fixture.json", "servers send a checksum"),
        ("fixture.json", "listing streams"),
    ]


def _stale_overlay(extends: str = "gemini-v1beta.json") -> dict[str, Any]:
    return {
        "overlay": "1.0.0",
        "info": {"title": "stale", "version": "1"},
        "extends": extends,
        "actions": [
            {
                "target": "$.components.schemas.Vanished.properties",
                "description": "servers send a colour",
                "update": {"colour": {"type": "string"}},
            },
            {
                "target": "$.components.schemas.Part.properties",
                "description": "servers send a checksum",
                "update": {"checksum": {"type": "string"}},
            },
        ],
    }


def test_a_missing_target_of_this_versions_overlay_is_reported_skipped_and_breaking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs_dir = tmp_path / "specs"
    (specs_dir / "overlays").mkdir(parents=True)
    (specs_dir / "overlays" / "stale.json").write_text(json.dumps(_stale_overlay()), encoding="utf-8")
    doc = str(FIXTURES / "discovery-mini.json")

    # The ingest goes through (the diff is what shows what upstream renamed), but --fail-on-breaking fails.
    assert main(["specs", "--from", doc, "--specs-dir", str(specs_dir), "--dry-run", "--fail-on-breaking"]) == 1
    out = capsys.readouterr().out
    assert (
        "  overlay stale.json: SKIPPED, target $.components.schemas.Vanished.properties matches nothing"
        " - servers send a colour" in out
    )
    assert (
        "! overlay stale.json: target $.components.schemas.Vanished.properties matches nothing in this document; "
        "action skipped, the spec lacks: servers send a colour [BREAKING]" in out
    )
    assert "  overlay stale.json: $.components.schemas.Part.properties (1 match) - servers send a checksum" in out
    assert "1 breaking change(s)" in out

    assert main(["specs", "--from", doc, "--specs-dir", str(specs_dir)]) == 0
    spec = json.loads((specs_dir / "gemini-v1beta.json").read_text(encoding="utf-8"))
    assert spec["components"]["schemas"]["Part"]["properties"]["checksum"] == {"type": "string"}
    assert "Vanished" not in spec["components"]["schemas"]


def test_a_v1_document_ingests_beside_v1beta_without_the_v1beta_overlays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The committed overlays target /v1beta/ paths; a v1 document (paths /v1/...) has none of them.
    specs_dir = tmp_path / "specs"
    shutil.copytree(SPECS / "overlays", specs_dir / "overlays")
    v1_overlay = dict(_stale_overlay("gemini-v1.json"), actions=_stale_overlay()["actions"][1:])
    (specs_dir / "overlays" / "gemini-v1-fixture.json").write_text(json.dumps(v1_overlay), encoding="utf-8")
    v1beta = specs_dir / "gemini-v1beta.json"
    v1beta.write_text("{}", encoding="utf-8")
    doc = FIXTURES / "discovery-v1-mini.json"

    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir), "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("gemini-v1: 2 schemas, 2 operations, revision 20990202, sha256 ")
    assert "-> gemini-v1.json\n" in out
    gemini_overlays = sorted(
        name for name, overlay in read_overlays(SPECS / "overlays") if overlay["extends"] == "gemini-v1beta.json"
    )
    assert gemini_overlays
    for name in gemini_overlays:
        assert f"  overlay {name}: not applied, it corrects gemini-v1beta.json and this document is gemini v1\n" in out
    assert "interactions-" not in out and "live-" not in out and "SKIPPED" not in out
    assert "  overlay gemini-v1-fixture.json: $.components.schemas.Part.properties (1 match)" in out

    spec = json.loads((specs_dir / "gemini-v1.json").read_text(encoding="utf-8"))
    assert spec["info"]["version"] == "v1"
    assert sorted(spec["paths"]) == ["/v1/widgets/{widgetsId}", "/v1/widgets/{widgetsId}:streamGenerateContent"]
    assert "x-stream" not in spec["paths"]["/v1/widgets/{widgetsId}:streamGenerateContent"]["post"]
    assert spec["components"]["schemas"]["Part"]["properties"]["checksum"] == {"type": "string"}
    assert v1beta.read_text(encoding="utf-8") == "{}"  # the generated version's spec is not written over
    lock = read_lock(specs_dir / "lock.toml")
    assert sorted(lock) == ["gemini-v1"]
    assert (lock["gemini-v1"].spec, lock["gemini-v1"].revision) == ("gemini-v1.json", "20990202")
    assert lock["gemini-v1"].source == str(doc.resolve())


def test_an_overlay_must_name_the_spec_it_corrects(tmp_path: Path) -> None:
    (tmp_path / "loose.json").write_text(json.dumps({"overlay": "1.0.0", "actions": []}), encoding="utf-8")
    with pytest.raises(OverlayError, match=r"loose\.json: an overlay names the spec file it corrects in 'extends'"):
        read_overlays(tmp_path)


def test_an_api_version_that_cannot_name_a_file_is_rejected(tmp_path: Path) -> None:
    doc = json.loads((FIXTURES / "discovery-v1-mini.json").read_text(encoding="utf-8"))
    doc["version"] = "../v1"
    with pytest.raises(IngestError, match=r"gemini: API version '\.\./v1' cannot name a spec file"):
        ingest(RawDocument("doc.json", b"{}", doc), tmp_path)
