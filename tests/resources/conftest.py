"""Fixtures for the resource tests: one scenario through ``Client`` and ``AsyncClient`` alike.

``api`` replays the test's cassettes against the real host; ``loop_api`` talks to a :class:`ResumableServer` on
127.0.0.1. Both are parametrized ``sync``/``async``; a test body writes ``await api(api.client.files.get(...))``,
which awaits an async client's coroutine and passes a sync client's result through.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest
from resource_support import FAST, KEY, Api
from resumable_server import ResumableServer

import pygenai
from tests.harness import recording

if TYPE_CHECKING:
    from vcr.cassette import Cassette

GEMINI = "https://generativelanguage.googleapis.com"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GEMINI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _open(mode: str, base_url: str, api_key: str) -> AsyncIterator[Api]:
    client: pygenai.Client | pygenai.AsyncClient
    if mode == "sync":
        client = pygenai.Client(api_key=api_key, base_url=base_url, retry_policy=FAST)
    else:
        client = pygenai.AsyncClient(api_key=api_key, base_url=base_url, retry_policy=FAST)
    api = Api(mode, client)
    try:
        yield api
    finally:
        if isinstance(client, pygenai.AsyncClient):
            await client.close()
        else:
            client.close()


@pytest.fixture
async def api(mode: str, vcr: Cassette | None) -> AsyncIterator[Api]:
    """A client of the real host whose requests replay from the test's cassettes."""
    if vcr is None:
        pytest.fail("mark the test @pytest.mark.vcr(...): the api fixture replays cassettes")
    async for opened in _open(mode, GEMINI, recording.api_key()):
        yield opened


@pytest.fixture
async def api_free(mode: str) -> AsyncIterator[Api]:
    """A client whose calls must fail before any request (it points at a closed port)."""
    async for opened in _open(mode, "http://127.0.0.1:9", KEY):
        yield opened


@pytest.fixture
def server() -> Iterator[ResumableServer]:
    with ResumableServer() as srv:
        yield srv


@pytest.fixture
async def loop_api(mode: str, server: ResumableServer) -> AsyncIterator[Api]:
    """A client of the loopback upload server."""
    async for opened in _open(mode, server.url, KEY):
        yield opened
