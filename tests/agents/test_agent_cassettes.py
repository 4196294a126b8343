"""A multi-turn, tool-using agent run replayed from body-matched cassettes, sync and async: each step's request
must be exactly what the cassette holds (system instruction, tools, thought settings, the history with every
model turn and its thought signature sent back unchanged)."""

from __future__ import annotations

from typing import Any

import pytest

import pygenai
from pygenai.agent_framework import Agent, RunResult
from tests.experience._support import MODEL, get_weather

PROMPT = "Which is warmer right now, Paris or London?"
ANSWER = "Paris is warmer: 18 °C under a clear sky, against 14 °C in London."


def agent_for(client: pygenai.Client | pygenai.AsyncClient) -> Agent[str]:
    return Agent(
        client,
        model=MODEL,
        name="weather",
        instructions="Answer in one sentence.",
        tools=[get_weather],
        config={"include_thoughts": True},
    )


def check(result: RunResult[Any]) -> None:
    assert result.output == ANSWER
    assert [step.actions[0].args["city"] for step in result.trace[:2]] == ["Paris", "London"]
    assert result.trace[0].thought.startswith("**Checking Paris first**")
    assert result.trace[1].observations[0].response == {
        "result": {"city": "London", "temperature_c": 14, "sky": "clear"}
    }
    assert (result.usage.requests, result.usage.tool_calls) == (3, 2)
    assert (result.usage.input_tokens, result.usage.output_tokens, result.usage.thinking_tokens) == (312, 38, 133)
    assert [turn["role"] for turn in result.messages] == ["user", "model", "user", "model", "user", "model"]
    assert result.messages[1]["parts"][1]["thoughtSignature"].startswith("CiQB0e2KcrRs")
    assert result.cost is None  # gemini-3.5-flash is not in the default price table


@pytest.mark.vcr
def test_multi_turn_tool_run_sync(gemini_client: pygenai.Client) -> None:
    check(agent_for(gemini_client).run_sync(PROMPT))


@pytest.mark.vcr
@pytest.mark.anyio
async def test_multi_turn_tool_run_async(async_gemini_client: pygenai.AsyncClient) -> None:
    check(await agent_for(async_gemini_client).run(PROMPT))
