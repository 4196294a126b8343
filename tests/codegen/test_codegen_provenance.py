"""specs/lock.toml records what was read: the path or URL, the revision the document states, the hash of its bytes."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

from codegen import sources
from codegen.__main__ import main
from codegen.lock import LockEntry, read_lock, write_lock

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "codegen"
OFFICIAL_LIVE = "npm:@google-ai/generativelanguage@4.1.0:build/protos/protos.json"


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / "upstream" / name
    target.parent.mkdir(exist_ok=True)
    shutil.copy(FIXTURES / name, target)
    return target


def _specs_dir(tmp_path: Path) -> Path:
    specs_dir = tmp_path / "specs"
    specs_dir.mkdir()
    return specs_dir


def test_a_local_descriptor_is_locked_as_the_file_read_without_an_invented_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The case from the issue: a Live descriptor read from a file was locked as the official npm 4.1.0 package.
    doc = _copy(tmp_path, "protos-mini.json")
    specs_dir = _specs_dir(tmp_path)
    assert main(["specs", "--from", str(doc), "--specs-dir", str(specs_dir)]) == 0
    entry = read_lock(specs_dir / "lock.toml")["live"]
    assert entry.source == str(doc.resolve())
    assert entry.source != OFFICIAL_LIVE
    assert entry.revision == ""  # a protobufjs descriptor states no revision, and none is taken from elsewhere
    assert entry.sha256 == hashlib.sha256(doc.read_bytes()).hexdigest()
    out = capsys.readouterr().out
    assert "live: 16 schemas, 0 operations, revision none stated in the document" in out
    assert f"read from {doc.resolve()}" in out


def test_a_relative_path_is_locked_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _copy(tmp_path, "openapi-mini.json")
    specs_dir = _specs_dir(tmp_path)
    monkeypatch.chdir(doc.parent)
    assert main(["specs", "--from", doc.name, "--specs-dir", str(specs_dir)]) == 0
    entry = read_lock(specs_dir / "lock.toml")["interactions"]
    assert entry.source == str(doc.resolve())
    assert entry.revision == json.loads(doc.read_text(encoding="utf-8"))["info"]["x-google-revision"]


class FakeNpm:
    """Stands in for ``npm pack``: writes a package tarball holding package.json and the descriptor."""

    def __init__(self, name: str, version: str, document: bytes) -> None:
        self.files = {"package/package.json": json.dumps({"name": name, "version": version}).encode()}
        self.files["package/build/protos/protos.json"] = document
        self.calls: list[list[str]] = []

    def __call__(self, command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        self.calls.append(command)
        destination = Path(command[command.index("--pack-destination") + 1])
        with tarfile.open(destination / "package.tgz", "w:gz") as archive:
            for member, data in self.files.items():
                info = tarfile.TarInfo(member)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        return subprocess.CompletedProcess(command, 0, "", "")


def test_an_npm_source_is_locked_at_the_version_npm_delivered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = (FIXTURES / "protos-mini.json").read_bytes()
    npm = FakeNpm("@google-ai/generativelanguage", "3.5.0", document)
    monkeypatch.setattr(sources.subprocess, "run", npm)
    specs_dir = _specs_dir(tmp_path)
    asked = "npm:@google-ai/generativelanguage@^3:build/protos/protos.json"
    assert main(["specs", "--from", asked, "--specs-dir", str(specs_dir)]) == 0
    assert npm.calls[0][:3] == ["npm", "pack", "@google-ai/generativelanguage@^3"]
    entry = read_lock(specs_dir / "lock.toml")["live"]
    assert entry.source == "npm:@google-ai/generativelanguage@3.5.0:build/protos/protos.json"
    assert entry.revision == "3.5.0"
    assert entry.sha256 == hashlib.sha256(document).hexdigest()
    assert "revision 3.5.0" in capsys.readouterr().out


def test_an_npm_package_without_a_version_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    npm = FakeNpm("@google-ai/generativelanguage", "", (FIXTURES / "protos-mini.json").read_bytes())
    monkeypatch.setattr(sources.subprocess, "run", npm)
    asked = "npm:@google-ai/generativelanguage@3.5.0:build/protos/protos.json"
    assert main(["specs", "--from", asked, "--specs-dir", str(_specs_dir(tmp_path)), "--dry-run"]) == 2
    assert "package.json lacks a name or a version" in capsys.readouterr().err


def test_without_from_the_locked_files_are_read_again_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs_dir = _specs_dir(tmp_path)
    docs = [_copy(tmp_path, name) for name in ("discovery-mini.json", "openapi-mini.json", "protos-mini.json")]
    assert main(["specs", *(arg for doc in docs for arg in ("--from", str(doc))), "--specs-dir", str(specs_dir)]) == 0
    locked = read_lock(specs_dir / "lock.toml")
    capsys.readouterr()

    # An overlay edited after the ingest is applied by a plain re-run: it reads the same files, no network.
    overlays = specs_dir / "overlays"
    overlays.mkdir()
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "extends": "gemini-v1beta.json",
        "actions": [
            {
                "target": "$.components.schemas.Part.properties",
                "description": "servers send a checksum",
                "update": {"checksum": {"type": "string"}},
            }
        ],
    }
    (overlays / "wire.json").write_text(json.dumps(overlay), encoding="utf-8")
    assert main(["specs", "--specs-dir", str(specs_dir)]) == 0
    out = capsys.readouterr().out
    assert "+ Part.checksum: field added" in out
    assert "interactions: no changes" in out and "live: no changes" in out
    spec = json.loads((specs_dir / "gemini-v1beta.json").read_text(encoding="utf-8"))
    assert spec["components"]["schemas"]["Part"]["properties"]["checksum"] == {"type": "string"}
    after = read_lock(specs_dir / "lock.toml")
    assert {api: e.source for api, e in after.items()} == {api: e.source for api, e in locked.items()}


def test_a_locked_file_that_is_not_here_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    specs_dir = _specs_dir(tmp_path)
    gone = str(tmp_path / "elsewhere" / "discovery.json")
    write_lock(
        specs_dir / "lock.toml",
        {"gemini": LockEntry("gemini", "gemini-v1beta.json", "discovery", gone, "1", "0" * 64, "2030-01-01")},
    )
    assert main(["specs", "--specs-dir", str(specs_dir)]) == 2
    err = capsys.readouterr().err
    assert f"gemini was last read from {gone}, which is not on this machine" in err
    assert "pass --from PATH_OR_URL, or --official to read https://generativelanguage.googleapis.com/" in err


def test_official_does_not_go_with_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = str(FIXTURES / "discovery-mini.json")
    assert main(["specs", "--from", doc, "--official", "--specs-dir", str(_specs_dir(tmp_path))]) == 2
    assert "--official reads every API's official source" in capsys.readouterr().err
