"""The wheel users install: one distribution, the runtime and generated packages, no generator or tests."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_wheel(out: Path) -> Path:
    # hatchling's build hook, called directly: no isolated build environment, so no network.
    code = f"import hatchling.build as b; print(b.build_wheel({str(out)!r}))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return out / done.stdout.strip().splitlines()[-1]


def test_wheel_ships_runtime_and_generated_but_not_codegen(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/", 1)[0] for name in names if not name.startswith("pygenai-")}
    assert top_level == {"pygenai", "pygenai_generated"}
    for required in (
        "pygenai/__init__.py",
        "pygenai/py.typed",
        "pygenai/types/__init__.py",
        "pygenai_generated/gemini_types.py",
        "pygenai_generated/gemini_resources.py",
        "pygenai_generated/interactions_types.py",
        "pygenai_generated/live_types.py",
        "pygenai_generated/py.typed",
    ):
        assert required in names
    assert not any(name.startswith(("codegen/", "tests/", "specs/", "cassettes/")) for name in names)


def test_installed_wheel_imports_without_the_source_tree(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import sys; sys.path[:0] = [sys.argv[1]]; import pygenai, pygenai.types as t;"
        "assert pygenai.__file__.startswith(sys.argv[1]), pygenai.__file__;"
        "print(t.Part(text='hi').to_json().decode(), type(pygenai.Client(api_key='k').models).__name__)"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", code, str(target)], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ['{"text":"hi"}', "Models"]
