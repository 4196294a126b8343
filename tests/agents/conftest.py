"""Fixtures of the agent tests: asyncio for ``@pytest.mark.anyio``, and a check that a cassette test replayed
every interaction of its cassette (each step of the run was really sent, and matched)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from vcr.cassette import Cassette


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def every_interaction_played(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("vcr") is None:
        yield
        return
    cassette: Cassette = request.getfixturevalue("vcr")
    yield
    assert cassette.all_played, f"{len(cassette) - cassette.play_count} recorded interaction(s) were never requested"
