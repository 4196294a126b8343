"""Fixtures of the GenerateContent experience tests: asyncio for ``@pytest.mark.anyio``, and a check that a test
replayed every interaction of its cassette (so each turn of a multi-turn exchange was really sent, and matched)."""

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
