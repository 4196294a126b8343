"""Toolsets: tools that are not Python functions drive the function-calling loop, sync and async.

The toolset here is a service object that lists its tools and answers calls itself (as an MCP server or an
agent-as-tool will). Every request body is matched against the cassette, so its declaration and results reach
the wire exactly as a Python function's would.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

import pytest

import pygenai
from pygenai.tools import Toolbox
from tests.experience._support import MODEL, WEATHER

CITY_SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string", "description": 'City name, e.g. "Paris".'}},
    "required": ["city"],
}


class WeatherService(pygenai.Toolset):
    """A toolset with a lifecycle: it must be open to list or answer, and it records where it ran."""

    def __init__(self) -> None:
        self.open = 0
        self.entered = 0
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.loops: list[asyncio.AbstractEventLoop] = []
        self.threads: list[int] = []

    async def __aenter__(self) -> Self:
        self.open += 1
        self.entered += 1
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.open -= 1

    async def list_tools(self) -> Sequence[pygenai.ToolDefinition]:
        assert self.open, "listed while closed"
        return [pygenai.ToolDefinition("get_weather", "Current weather for a city.", CITY_SCHEMA)]

    async def call_tool(self, call: pygenai.ToolInvocation) -> Any:
        assert self.open, "called while closed"
        self.loops.append(asyncio.get_running_loop())
        self.threads.append(threading.get_ident())
        self.calls.append((call.name, call.args))
        city = call.args["city"]
        return {"city": city, "temperature_c": WEATHER[city], "sky": "clear"}


@pytest.mark.vcr
def test_a_toolset_drives_the_loop_in_a_chat(gemini_client: pygenai.Client) -> None:
    service = WeatherService()
    chat = gemini_client.chats.create(
        model=MODEL, config={"tools": [service], "system_instruction": "Answer in one sentence."}
    )
    assert chat.send("Weather in Paris?").text == "18°C and clear in Paris."
    assert chat.send("And is that warmer than London?").text.startswith("Yes: Paris (18°C)")
    assert service.calls == [("get_weather", {"city": "Paris"}), ("get_weather", {"city": "London"})]
    # Each send opened the toolset for its loop and closed it again.
    assert service.entered == 2 and service.open == 0
    # Sync code reached the async toolset through one long-lived loop in another thread, the same for both calls.
    assert service.loops[0] is service.loops[1]
    assert service.threads[0] == service.threads[1] != threading.get_ident()
    assert [c.role for c in chat.history] == ["user", "model", "user", "model", "user", "model", "user", "model"]
    results = chat.history[2].parts
    assert results is not None and results[0].function_response is not None
    assert results[0].function_response.response == {"result": {"city": "Paris", "temperature_c": 18, "sky": "clear"}}


@pytest.mark.vcr
@pytest.mark.anyio
async def test_a_toolset_drives_the_loop_in_a_chat_async(async_gemini_client: pygenai.AsyncClient) -> None:
    service = WeatherService()
    chat = async_gemini_client.chats.create(
        model=MODEL, config={"tools": [service], "system_instruction": "Answer in one sentence."}
    )
    await chat.send("Weather in Paris?")
    response = await chat.send("And is that warmer than London?")
    assert response.text.startswith("Yes: Paris (18°C)")
    assert service.calls == [("get_weather", {"city": "Paris"}), ("get_weather", {"city": "London"})]
    assert service.entered == 2 and service.open == 0
    # The async client runs the toolset on the caller's own loop.
    assert all(loop is asyncio.get_running_loop() for loop in service.loops)
    afc = response.automatic_function_calling
    assert afc is not None and afc.completed and [r.value["city"] for r in afc.results] == ["London"]


def test_two_toolsets_offering_one_name_are_refused() -> None:
    toolbox = Toolbox([WeatherService(), WeatherService()])
    first, second = toolbox.toolsets
    toolbox.add_listing(first, [pygenai.ToolDefinition("get_weather", None, CITY_SCHEMA)])
    with pytest.raises(pygenai.ToolDefinitionError, match="two toolsets offer a tool of this name"):
        toolbox.add_listing(second, [pygenai.ToolDefinition("get_weather", None, CITY_SCHEMA)])


def test_a_function_and_a_toolset_share_one_declarations_tool_in_order() -> None:
    from pygenai.gemini._wire import gemini_tools

    def local_time(city: str) -> str:
        """Local time in a city."""
        return "14:05"

    service = WeatherService()
    toolbox = Toolbox([{"googleSearch": {}}, local_time, service])
    toolbox.add_listing(service, [pygenai.ToolDefinition("get_weather", "Current weather.", CITY_SCHEMA)])
    tools = gemini_tools(toolbox)
    assert tools[0] == {"googleSearch": {}}
    assert [d["name"] for d in tools[1]["functionDeclarations"]] == ["local_time", "get_weather"]
    assert len(tools) == 2
