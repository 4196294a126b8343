"""Fixtures of the durable-execution tests (``nox -s durable``; not part of ``nox -s tests``): a real PostgreSQL
server on loopback for the whole session, and DBOS launched on it (or on a SQLite file) per test."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dbos import DBOS, DBOSConfig

from tests.durable._postgres import Postgres, running_postgres


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    with running_postgres() as server:
        yield server


@pytest.fixture(params=["postgres", "sqlite"])
def system_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """DBOS's system database: on the session's PostgreSQL, or an embedded SQLite file (one machine)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'dbos.sqlite'}"
    server: Postgres = request.getfixturevalue("postgres")
    return server.url("pygenai_dbos")


Launch = Callable[[str], None]


@pytest.fixture
def launch_dbos() -> Iterator[Launch]:
    """``launch_dbos(url)``: DBOS on the system database ``url``, launched (construct the durable agents first);
    destroyed, with its registry, after the test."""

    def launch(url: str) -> None:
        config: DBOSConfig = {
            "name": f"pygenai-durable-{uuid.uuid4().hex[:8]}",
            "system_database_url": url,
            "notification_listener_polling_interval_sec": 0.01,
        }
        DBOS(config=config)
        DBOS.launch()

    yield launch
    DBOS.destroy(destroy_registry=True)
