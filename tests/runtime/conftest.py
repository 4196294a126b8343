"""Fixtures for the runtime tests: a loopback server, sync/async call harnesses, a clean environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from loopback_server import LoopbackServer
from runtime_support import AsyncHarness, SyncHarness


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GEMINI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, server: LoopbackServer) -> Iterator[SyncHarness | AsyncHarness]:
    """The same scenario through Client and AsyncClient."""
    harness: SyncHarness | AsyncHarness = (
        SyncHarness(server.url) if request.param == "sync" else AsyncHarness(server.url)
    )
    yield harness
    harness.close()
