"""Ingest accepts the three upstream formats and rejects anything else with a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.__main__ import main
from codegen.errors import CodegenError, IngestError
from codegen.ingest import detect_format, load_document, normalize
from codegen.specs import ingest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "codegen"


@pytest.mark.parametrize(
    ("name", "fmt", "api"),
    [
        ("discovery-mini.json", "discovery", "gemini"),
        ("openapi-mini.json", "openapi", "interactions"),
        ("protos-mini.json", "protobuf", "live"),
    ],
)
def test_each_format_is_recognised_and_mapped_to_its_api(name: str, fmt: str, api: str, tmp_path: Path) -> None:
    raw = load_document(str(FIXTURES / name))
    assert detect_format(raw.doc, raw.source) == fmt
    result = ingest(raw, tmp_path, today="2030-01-02")
    assert result.api == api
    assert result.lock.format == fmt
    assert result.lock.ingested == "2030-01-02"


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(IngestError, match=r"nope\.json: no such file"):
        load_document(str(missing))


def test_json_array_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_text(json.dumps([{"openapi": "3.1.0", "paths": {}}]), encoding="utf-8")
    with pytest.raises(IngestError, match="expected a JSON object at the top level, got list"):
        load_document(str(path))


def test_yaml_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\ninfo:\n  title: x\n  version: '1'\npaths: {}\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"spec\.yaml: not JSON"):
        load_document(str(path))


def test_binary_garbage_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blob.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(IngestError, match="not JSON"):
        load_document(str(path))


def test_unrelated_json_object_is_rejected_with_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "package.json"
    path.write_text(json.dumps({"name": "left-pad", "version": "1.3.0", "main": "index.js"}), encoding="utf-8")
    raw = load_document(str(path))
    with pytest.raises(IngestError) as info:
        detect_format(raw.doc, raw.source)
    message = str(info.value)
    assert "package.json: not a supported API description" in message
    assert "discovery document" in message and "OpenAPI" in message and "protobufjs" in message
    assert "top-level keys: main, name, version" in message


def test_openapi_without_paths_is_not_openapi() -> None:
    with pytest.raises(IngestError, match="not a supported API description"):
        detect_format({"openapi": "3.1.0", "info": {"title": "x"}})


def test_unknown_format_name_is_rejected() -> None:
    with pytest.raises(IngestError, match="unknown format 'wsdl'"):
        normalize({}, "wsdl")


def test_ingest_error_is_a_codegen_error() -> None:
    assert issubclass(IngestError, CodegenError)


def test_cli_reports_a_bad_document_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    specs_dir = tmp_path / "specs"
    specs_dir.mkdir()
    code = main(["specs", "--from", str(path), "--specs-dir", str(specs_dir), "--dry-run"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.startswith("error: ")
    assert "expected a JSON object at the top level, got list" in captured.err
    assert list(specs_dir.iterdir()) == []


def test_cli_reports_a_missing_file_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["specs", "--from", str(tmp_path / "absent.json"), "--specs-dir", str(tmp_path), "--dry-run"])
    assert code == 2
    assert "absent.json: no such file" in capsys.readouterr().err


def test_two_documents_for_one_api_are_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = str(FIXTURES / "discovery-mini.json")
    code = main(["specs", "--from", doc, "--from", doc, "--specs-dir", str(tmp_path), "--dry-run"])
    assert code == 2
    assert "a second document for gemini (gemini-v1beta.json)" in capsys.readouterr().err
