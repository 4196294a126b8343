"""What an Agent takes: built-in tools by name, functions declared once, prompts in any form generate_content takes
(checked once, sent in wire form)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from pygenai import ToolDefinitionError, UnencodableValueError
from pygenai.agent_framework import Agent
from pygenai.tools import FunctionTool
from tests.agents._scripted import ScriptedModel, text

MODEL = "gemini-2.5-flash"


def lookup(city: str) -> str:
    """Look a city up."""
    return city


@pytest.mark.anyio
async def test_a_built_in_tool_by_name_is_sent_as_its_wire_tool() -> None:
    model = ScriptedModel(text("found"))
    agent = Agent(model.async_client(), model=MODEL, tools=["google_search", lookup])
    await agent.run("search")
    tools = model.requests[0]["tools"]
    assert {"googleSearch": {}} in tools
    assert any("functionDeclarations" in tool for tool in tools)


def test_an_unknown_built_in_tool_name_is_refused_with_the_known_names() -> None:
    with pytest.raises(ValueError, match=r"'google_serch' is not a built-in tool.*google_search"):
        Agent(ScriptedModel().async_client(), model=MODEL, tools=["google_serch"])
    with pytest.raises(ValueError, match="'web' is not a built-in tool of Interactions"):
        Agent(ScriptedModel().async_client(), model=MODEL, tools=["web"], backend="interactions")


def test_a_function_is_declared_once_when_the_agent_is_made() -> None:
    agent = Agent(ScriptedModel().async_client(), model=MODEL, tools=[lookup])
    assert isinstance(agent.tools[0], FunctionTool) and agent.tools[0].function is lookup

    def bad(value: object, *rest: int) -> None:
        """Takes *args, which no declaration can say."""

    with pytest.raises(ToolDefinitionError):
        Agent(ScriptedModel().async_client(), model=MODEL, tools=[bad])


@pytest.mark.anyio
async def test_a_prompt_of_turns_is_sent_in_wire_form_and_the_callers_turns_are_left_alone() -> None:
    model = ScriptedModel(text("ok"))
    agent = Agent(model.async_client(), model=MODEL)
    turns: list[Any] = [
        {"role": "user", "parts": [{"inline_data": {"mime_type": "text/plain", "data": "aGk="}}]},
        {"role": "model", "parts": [{"text": "Hi."}]},
        "And now?",
    ]
    result = await agent.run(turns)
    sent = model.requests[0]["contents"]
    assert sent[0] == {"role": "user", "parts": [{"inlineData": {"mimeType": "text/plain", "data": "aGk="}}]}
    assert sent[2] == {"role": "user", "parts": [{"text": "And now?"}]}
    assert result.messages[:3] == sent
    assert "inline_data" in turns[0]["parts"][0]  # the caller's dict is not rewritten


@pytest.mark.anyio
async def test_a_prompt_with_a_non_finite_number_is_refused_before_sending_naming_the_place() -> None:
    model = ScriptedModel(text("never"))
    agent = Agent(model.async_client(), model=MODEL)
    bad = [{"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"x": math.nan}}}]}]
    with pytest.raises(UnencodableValueError, match=r"prompt\[0\]"):
        await agent.run(bad)
    assert model.requests == []
