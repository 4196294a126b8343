"""pytest configuration of the benchmark tests (``nox -s bench``; ``benches/pytest.ini``), not of the test suite.

``--bench-quick`` trades stability for a short run (a smoke check, never a baseline). The ``pygenai_bench`` section
this adds to the saved JSON says which ratios to compute from the benchmarks (see :mod:`benches.harness`).
"""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured
from .settings import Settings

_MEASURED = pytest.StashKey[Measured]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--bench-quick", action="store_true", help="fewer, shorter rounds: a smoke run, not a baseline")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_MEASURED] = Measured(Settings(quick=config.getoption("--bench-quick")))


@pytest.fixture(scope="session")
def measured(pytestconfig: pytest.Config) -> Measured:
    """Runs a measure on first use and keeps its results for the session."""
    return pytestconfig.stash[_MEASURED]


def pytest_benchmark_update_json(config: pytest.Config, benchmarks: Any, output_json: dict[str, Any]) -> None:
    output_json["pygenai_bench"] = config.stash[_MEASURED].to_json()
