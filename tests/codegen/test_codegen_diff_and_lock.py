"""Spec diff classification, ``codegen specs --fail-on-breaking``, and specs/lock.toml."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from codegen.__main__ import main
from codegen.diff import Change, diff_specs, format_report
from codegen.errors import CodegenError
from codegen.facts import dump_spec
from codegen.lock import LockEntry, read_lock, write_lock

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "codegen"
REF = "#/components/schemas/"


def _base() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/v1/things": {
                "get": {
                    "operationId": "things.list",
                    "x-path": "/v1/things",
                    "parameters": [{"name": "pageSize", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {},
                },
                "post": {
                    "operationId": "things.create",
                    "x-path": "/v1/things",
                    "parameters": [],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": REF + "Thing"}}}},
                    "responses": {},
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "size": {"type": "string", "format": "int64"},
                        "kind": {"type": "string", "enum": ["A", "B"]},
                        "tags": {"type": "array", "items": {"type": "string", "enum": ["X", "Y"]}},
                        "part": {"$ref": REF + "Part"},
                    },
                    "required": ["name"],
                },
                "Part": {"type": "object", "properties": {"text": {"type": "string"}}},
                "Mode": {"type": "string", "enum": ["ON", "OFF"]},
            }
        },
    }


def _changes(mutate: Any) -> list[Change]:
    old = _base()
    new = copy.deepcopy(old)
    mutate(new)
    return diff_specs(old, new)


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(_base(), _base()) == []
    assert format_report("gemini", []) == "gemini: no changes"


def test_added_schema_is_not_breaking() -> None:
    changes = _changes(lambda s: s["components"]["schemas"].update({"New": {"type": "object"}}))
    assert changes == [Change("New", "added", "schema added", False)]


def test_removed_schema_is_breaking() -> None:
    changes = _changes(lambda s: s["components"]["schemas"].pop("Part"))
    assert changes == [Change("Part", "removed", "schema removed", True)]


def test_added_optional_field_is_not_breaking_but_added_required_field_is() -> None:
    def add(s: dict[str, Any]) -> None:
        props = s["components"]["schemas"]["Thing"]["properties"]
        props["note"] = {"type": "string"}
        props["owner"] = {"type": "string"}
        s["components"]["schemas"]["Thing"]["required"] = ["name", "owner"]

    assert _changes(add) == [
        Change("Thing.note", "added", "field added", False),
        Change("Thing.owner", "added", "field added (required)", True),
    ]


def test_removed_field_is_breaking() -> None:
    changes = _changes(lambda s: s["components"]["schemas"]["Part"]["properties"].pop("text"))
    assert changes == [Change("Part.text", "removed", "field removed", True)]


def test_type_change_is_breaking() -> None:
    def change(s: dict[str, Any]) -> None:
        props = s["components"]["schemas"]["Thing"]["properties"]
        props["size"] = {"type": "integer", "format": "int32"}
        props["part"] = {"$ref": REF + "Mode"}

    assert _changes(change) == [
        Change("Thing.part", "changed", "type ref Part -> ref Mode", True),
        Change("Thing.size", "changed", "type string(int64) -> integer(int32)", True),
    ]


def test_schema_level_type_change_is_breaking() -> None:
    changes = _changes(lambda s: s["components"]["schemas"].update({"Mode": {"type": "integer"}}))
    assert Change("Mode", "changed", "type string -> integer", True) in changes
    assert Change("Mode", "removed", "enum value 'ON' removed", True) in changes


def test_newly_required_field_is_breaking_and_dropped_requirement_is_not() -> None:
    def flip(s: dict[str, Any]) -> None:
        s["components"]["schemas"]["Thing"]["required"] = ["size"]

    assert _changes(flip) == [
        Change("Thing.name", "changed", "no longer required", False),
        Change("Thing.size", "changed", "became required", True),
    ]


def test_enum_values_added_and_removed() -> None:
    def change(s: dict[str, Any]) -> None:
        s["components"]["schemas"]["Mode"]["enum"] = ["ON", "OFF", "AUTO"]
        s["components"]["schemas"]["Thing"]["properties"]["kind"]["enum"] = ["A"]
        s["components"]["schemas"]["Thing"]["properties"]["tags"]["items"]["enum"] = ["X", "Y", "Z"]

    assert _changes(change) == [
        Change("Mode", "added", "enum value 'AUTO' added", False),
        Change("Thing.kind", "removed", "enum value 'B' removed", True),
        Change("Thing.tags", "added", "enum value 'Z' added", False),
    ]


def test_operations_added_and_removed() -> None:
    def change(s: dict[str, Any]) -> None:
        s["paths"]["/v1/things"].pop("post")
        s["paths"]["/v1/things/{id}"] = {"delete": {"operationId": "things.delete", "parameters": [], "responses": {}}}

    assert _changes(change) == [
        Change("operation things.create", "removed", "operation removed", True),
        Change("operation things.delete", "added", "operation added", False),
    ]


def test_operation_parameters_path_stream_and_body() -> None:
    def change(s: dict[str, Any]) -> None:
        get = s["paths"]["/v1/things"]["get"]
        get["parameters"] = [
            {"name": "filter", "in": "query", "schema": {"type": "string"}},
            {"name": "parent", "in": "query", "required": True, "schema": {"type": "string"}},
        ]
        get["x-stream"] = "sse"
        post = s["paths"]["/v1/things"]["post"]
        post["x-path"] = "/v2/things"
        post["requestBody"]["content"]["application/json"]["schema"] = {"$ref": REF + "Part"}

    assert _changes(change) == [
        Change("operation things.create", "changed", "request body ref Thing -> ref Part", True),
        Change("operation things.create", "changed", "x-path '/v1/things' -> '/v2/things'", True),
        Change("operation things.list", "changed", "x-stream None -> 'sse'", False),
        Change("operation things.list parameter filter (query)", "added", "parameter added", False),
        Change("operation things.list parameter pageSize (query)", "removed", "parameter removed", True),
        Change("operation things.list parameter parent (query)", "added", "parameter added (required)", True),
    ]


def test_diff_against_nothing_lists_everything_as_added() -> None:
    changes = diff_specs({}, _base())
    assert changes and all(c.kind == "added" and not c.breaking for c in changes)
    assert {c.where for c in changes} == {"Mode", "Part", "Thing", "operation things.create", "operation things.list"}


def test_report_flags_breaking_changes() -> None:
    changes = [Change("Part", "removed", "schema removed", True), Change("New", "added", "schema added", False)]
    assert format_report("gemini", changes) == (
        "gemini: 2 change(s), 1 breaking\n  - Part: schema removed [BREAKING]\n  + New: schema added"
    )
    assert str(Change("Thing.size", "changed", "type a -> b", True)) == "~ Thing.size: type a -> b [BREAKING]"


# ----------------------------------------------------------------------------- CLI and lock


def _fixture_copy(tmp_path: Path) -> Path:
    doc = tmp_path / "upstream" / "discovery.json"
    doc.parent.mkdir()
    shutil.copy(FIXTURES / "discovery-mini.json", doc)
    return doc


def _edit(doc: Path, change: Any) -> None:
    data = json.loads(doc.read_text(encoding="utf-8"))
    change(data)
    doc.write_text(json.dumps(data), encoding="utf-8")


def test_specs_command_writes_spec_and_lock(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _fixture_copy(tmp_path)
    specs_dir = tmp_path / "specs"
    specs_dir.mkdir()
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir)]) == 0
    out = capsys.readouterr().out
    assert "gemini: 4 schemas, 6 operations, revision 20990101" in out
    written = (specs_dir / "gemini-v1beta.json").read_text(encoding="utf-8")
    assert written == dump_spec(json.loads(written))
    lock = read_lock(specs_dir / "lock.toml")
    assert set(lock) == {"gemini"}
    entry = lock["gemini"]
    assert entry.sha256 == hashlib.sha256(doc.read_bytes()).hexdigest()
    assert entry.revision == "20990101"
    assert entry.format == "discovery"
    assert entry.spec == "gemini-v1beta.json"
    # The lock says what was read: this file, by its absolute path, not the API's official source.
    assert entry.source == str(doc.resolve())
    assert entry.ingested == dt.date.today().isoformat()
    assert f"read from {doc.resolve()}" in out


def test_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _fixture_copy(tmp_path)
    specs_dir = tmp_path / "specs"
    specs_dir.mkdir()
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir), "--dry-run"]) == 0
    assert list(specs_dir.iterdir()) == []
    assert "schema added" in capsys.readouterr().out


def test_fail_on_breaking_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _fixture_copy(tmp_path)
    specs_dir = tmp_path / "specs"
    specs_dir.mkdir()
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir)]) == 0
    committed = (specs_dir / "gemini-v1beta.json").read_bytes()

    # Unchanged document: nothing to report, exit 0 even with --fail-on-breaking.
    capsys.readouterr()
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir), "--fail-on-breaking"]) == 0
    assert "gemini: no changes" in capsys.readouterr().out

    # Additions only: reported, not breaking.
    _edit(doc, lambda d: d["schemas"]["Part"]["properties"].update({"note": {"type": "string"}}))
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir), "--fail-on-breaking", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "+ Part.note: field added" in out and "BREAKING" not in out

    # A removed field and a removed method are breaking: exit 1 with --fail-on-breaking, 0 without.
    def breaking(d: dict[str, Any]) -> None:
        del d["schemas"]["Widget"]["properties"]["ratio"]
        del d["resources"]["widgets"]["methods"]["delete"]

    _edit(doc, breaking)
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir), "--fail-on-breaking", "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "- Widget.ratio: field removed [BREAKING]" in out
    assert "- operation widgets.delete: operation removed [BREAKING]" in out
    assert "2 breaking change(s)" in out
    assert (specs_dir / "gemini-v1beta.json").read_bytes() == committed
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir), "--dry-run"]) == 0


def test_lock_keeps_the_ingested_date_when_nothing_changed(tmp_path: Path) -> None:
    doc = _fixture_copy(tmp_path)
    specs_dir = tmp_path / "specs"
    specs_dir.mkdir()
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir)]) == 0
    lock_path = specs_dir / "lock.toml"
    entry = read_lock(lock_path)["gemini"]
    write_lock(lock_path, {"gemini": LockEntry(**{**entry.__dict__, "ingested": "2001-02-03"})})

    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir)]) == 0
    assert read_lock(lock_path)["gemini"].ingested == "2001-02-03"

    _edit(doc, lambda d: d["schemas"]["Part"]["properties"].update({"note": {"type": "string"}}))
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir)]) == 0
    after = read_lock(lock_path)["gemini"]
    assert after.ingested == dt.date.today().isoformat()
    assert after.sha256 == hashlib.sha256(doc.read_bytes()).hexdigest()


def test_lock_keeps_other_apis_entries(tmp_path: Path) -> None:
    specs_dir = tmp_path / "specs"
    specs_dir.mkdir()
    other = LockEntry(
        "live", "live-v1beta.json", "protobuf", "npm:pkg@1.0.0:protos.json", "1.0.0", "ab" * 32, "2001-01-01"
    )
    write_lock(specs_dir / "lock.toml", {"live": other})
    assert main(["specs", "--from", str(_fixture_copy(tmp_path)), "--specs-dir", str(specs_dir)]) == 0
    lock = read_lock(specs_dir / "lock.toml")
    assert sorted(lock) == ["gemini", "live"]
    assert lock["live"] == other


def test_lock_round_trip_escapes_strings(tmp_path: Path) -> None:
    path = tmp_path / "lock.toml"
    entries = {
        "b": LockEntry("b", "b.json", "openapi", 'https://x.test/a?q="1"\\2', "r", "0" * 64, "2030-01-01"),
        "a": LockEntry(
            "a", "a.json", "discovery", "https://x.test/$discovery/rest?version=v1beta", "7", "f" * 64, "2030-01-02"
        ),
    }
    write_lock(path, entries)
    text = path.read_text(encoding="utf-8")
    assert text.index("[a]") < text.index("[b]")
    assert "do not edit" in text.splitlines()[0]
    assert read_lock(path) == entries


def test_lock_with_a_missing_field_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "lock.toml"
    path.write_text('[gemini]\nspec = "gemini-v1beta.json"\nformat = "discovery"\n', encoding="utf-8")
    with pytest.raises(CodegenError, match=r"\[gemini\] lacks source, revision, sha256, ingested"):
        read_lock(path)


def test_unreadable_lock_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "lock.toml"
    path.write_text("[gemini\n", encoding="utf-8")
    with pytest.raises(CodegenError, match="cannot read lock"):
        read_lock(path)
    with pytest.raises(CodegenError, match="cannot read lock"):
        read_lock(tmp_path / "absent.toml")
