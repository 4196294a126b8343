"""Tools and helpers shared by the request, tool and conversation tests of the Interactions API (their cassettes
declare these tools)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from vcr.cassette import Cassette

import pygenai

MODEL = "gemini-3.5-flash"

WEATHER = {"Paris": 18, "London": 14}


def get_weather(city: str) -> dict[str, Any]:
    """Current weather for a city.

    Args:
        city: City name, e.g. "Paris".
    """
    return {"city": city, "temperature_c": WEATHER[city], "sky": "clear"}


def get_time(city: str) -> str:
    """Local time in a city (24-hour clock).

    Args:
        city: City name, e.g. "Paris".
    """
    return {"Paris": "14:05", "London": "13:05"}[city]


WEATHER_DECLARATION = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string", "description": 'City name, e.g. "Paris".'}},
        "required": ["city"],
    },
}


class Rendezvous:
    """get_weather and get_time as async tools that only finish when they run at the same time."""

    def __init__(self) -> None:
        self.time_started = asyncio.Event()
        self.order: list[str] = []

    def tools(self) -> list[pygenai.FunctionTool[..., Any]]:
        rendezvous = self

        @pygenai.tool(name="get_weather")
        async def weather(city: str) -> dict[str, Any]:
            """Current weather for a city.

            Args:
                city: City name, e.g. "Paris".
            """
            rendezvous.order.append("weather started")
            await asyncio.wait_for(rendezvous.time_started.wait(), timeout=2)
            rendezvous.order.append("weather done")
            return get_weather(city)

        @pygenai.tool(name="get_time")
        async def time(city: str) -> str:
            """Local time in a city (24-hour clock).

            Args:
                city: City name, e.g. "Paris".
            """
            rendezvous.order.append("time started")
            rendezvous.time_started.set()
            return get_time(city)

        return [weather, time]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def every_interaction_played(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that replays a cassette must send every request it holds (each turn really went out and matched)."""
    if request.node.get_closest_marker("vcr") is None:
        yield
        return
    cassette: Cassette = request.getfixturevalue("vcr")
    yield
    assert cassette.all_played, f"{len(cassette) - cassette.play_count} recorded interaction(s) were never requested"


@pytest.fixture
def sent_bodies(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The exact bytes of every request body the test sends through its cassette, in order."""
    cassette: Cassette = request.getfixturevalue("vcr")
    bodies: list[bytes] = []
    play = cassette.play_response

    def recording(sent: Any) -> Any:
        body = sent.body
        bodies.append(body.encode() if isinstance(body, str) else bytes(body or b""))
        return play(sent)

    monkeypatch.setattr(cassette, "play_response", recording)
    return bodies
