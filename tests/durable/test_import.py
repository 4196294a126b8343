"""The adapter loads dbos only when it is imported, and says what to install when dbos is missing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pygenai import MissingDependencyError


def test_importing_the_framework_does_not_load_dbos() -> None:
    code = "import sys, pygenai.agent_framework; print('dbos' in sys.modules)"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "False"


def test_without_dbos_the_adapter_raises_a_missing_dependency_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in sys.modules if n == "dbos" or n.startswith("pygenai.agent_framework.durable")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dbos", None)  # an import of dbos now fails as if it were not installed

    with pytest.raises(MissingDependencyError) as caught:
        import pygenai.agent_framework.durable  # noqa: F401

    assert caught.value.package == "'pygenai[dbos]'"
    assert "pip install 'pygenai[dbos]'" in str(caught.value)
