"""Suite-wide test setup: offline HTTP replay from cassettes, and clients bound to it.

Every test runs offline. pytest-recording replays cassettes (pyproject's addopts pass
``--record-mode=none --block-network``): a request that no cassette holds raises
``CannotOverwriteExistingCassetteException`` and fails the test, and any other connection except to
loopback (fault-injection servers the tests start themselves) raises ``RuntimeError``.

Use a cassette by marking the test::

    @pytest.mark.vcr                                            # cassettes/<module path>/<test name>.yaml
    @pytest.mark.shared_cassette("generate_content_text.yaml")  # cassettes/shared/generate_content_text.yaml
    def test_something(gemini_client): ...

To record new cassettes from the live API: ``GEMINI_API_KEY=... pytest --record-mode=once tests/...``.
Settings, matcher and format: ``tests/harness/recording.py``; layout: ``cassettes/README.md``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from tests.harness import recording

if TYPE_CHECKING:
    from vcr import VCR
    from vcr.cassette import Cassette

    import pygenai

_RECORDING_MODES = frozenset({"once", "new_episodes", "all", "rewrite"})
_GEMINI_BASE_URL = "https://generativelanguage.googleapis.com"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "shared_cassette(*names): replay cassettes/shared/<name> in this test (with @pytest.mark.vcr)"
    )
    mode = config.getoption("--record-mode", default=None)
    if mode in _RECORDING_MODES and not os.environ.get("GEMINI_API_KEY"):
        raise pytest.UsageError(f"--record-mode={mode} records from the live API: set GEMINI_API_KEY to a real key")


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    recording.configure_vcr(vcr)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for marker in item.iter_markers("shared_cassette"):
            names = [name if name.endswith((".yaml", ".yml")) else f"{name}.yaml" for name in marker.args]
            item.add_marker(pytest.mark.vcr(*(str(recording.SHARED_CASSETTES_DIR / name) for name in names)))


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """``cassettes/<test module path under tests/>``: one folder per test module."""
    return str(recording.cassette_dir_for(request.path))


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return recording.vcr_config()


@pytest.fixture
def allowed_hosts(request: pytest.FixtureRequest) -> list[str]:
    """Hosts the network guard lets through: loopback always, plus ``--allowed-hosts``/the marker's."""
    marker = request.node.get_closest_marker("block_network")
    extra = (marker.kwargs.get("allowed_hosts") if marker else None) or request.config.getoption("--allowed-hosts")
    if isinstance(extra, str):
        extra = extra.split(",")
    return [*recording.LOOPBACK_HOSTS, *(extra or [])]


def _require_cassette(vcr: Cassette | None) -> None:
    if vcr is None:
        pytest.fail("this fixture replays cassettes: mark the test @pytest.mark.vcr or @pytest.mark.shared_cassette")


@pytest.fixture
def gemini_client(vcr: Cassette | None) -> Iterator[pygenai.Client]:
    """A ``pygenai.Client`` whose requests replay from the test's cassettes (or record, with a real key)."""
    _require_cassette(vcr)
    import pygenai

    with pygenai.Client(api_key=recording.api_key(), base_url=_GEMINI_BASE_URL) as client:
        yield client


@pytest.fixture
async def async_gemini_client(vcr: Cassette | None) -> AsyncIterator[pygenai.AsyncClient]:
    """The ``pygenai.AsyncClient`` twin of :func:`gemini_client` (for ``@pytest.mark.anyio`` tests)."""
    _require_cassette(vcr)
    import pygenai

    async with pygenai.AsyncClient(api_key=recording.api_key(), base_url=_GEMINI_BASE_URL) as client:
        yield client
