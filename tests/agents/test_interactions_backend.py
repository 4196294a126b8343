"""The agent loop over Interactions (``backend="interactions"``): each step sends only its new input, chained with
``previous_interaction_id``; tool calls read from ``function_call`` steps and answered with ``function_result``
steps; usage and cost from the interaction's ``usage``; structured output through ``response_format``."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

import pygenai
from pygenai.agent_framework import Agent, TextDelta, TextOutput
from tests.agents._scripted_wire import InteractionsServer, function_call, interaction, output, thought

MODEL = "gemini-3.5-flash"


def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


def user_input(text: str) -> dict[str, Any]:
    return {"type": "user_input", "content": [{"type": "text", "text": text}]}


def weather_script() -> InteractionsServer:
    return InteractionsServer(
        interaction(
            "v1_first",
            thought("sig-thought-1", "I should look it up."),
            function_call("fc_1", "get_weather", city="Paris"),
            status="requires_action",
            input=30,
            output=4,
            thought=9,
        ),
        interaction("v1_second", thought("sig-thought-2"), output("It is sunny in Paris."), input=50, output=7),
    )


@pytest.mark.anyio
async def test_each_step_sends_only_its_new_input_chained_to_the_last_interaction() -> None:
    server = weather_script()
    agent = Agent(
        server.async_client(), model=MODEL, instructions="Be brief.", tools=[get_weather], backend="interactions"
    )
    result = await agent.run("Weather in Paris?")

    assert result.output == "It is sunny in Paris."
    first, second = server.requests
    assert first["input"] == [user_input("Weather in Paris?")]
    assert "previous_interaction_id" not in first
    assert first["store"] is True and first["model"] == MODEL and first["system_instruction"] == "Be brief."
    assert first["tools"] == [
        {
            "type": "function",
            "name": "get_weather",
            "description": "The weather in a city.",
            "parameters": first["tools"][0]["parameters"],
        }
    ]
    assert first["tools"][0]["parameters"]["properties"]["city"]["type"] == "string"
    # the second request carries the function result alone, chained; the settings are sent again
    assert second["previous_interaction_id"] == "v1_first"
    assert second["input"] == [
        {
            "type": "function_result",
            "call_id": "fc_1",
            "name": "get_weather",
            "result": "sunny in Paris",
            "is_error": False,
        }
    ]
    assert second["store"] is True and second["tools"] == first["tools"]

    # history: the steps as received, with the interaction ids
    assert [turn["role"] for turn in result.messages] == ["user", "model", "user", "model"]
    assert result.messages[1] == {
        "role": "model",
        "id": "v1_first",
        "steps": [
            thought("sig-thought-1", "I should look it up."),
            function_call("fc_1", "get_weather", city="Paris"),
        ],
    }
    assert result.messages[2]["steps"] == second["input"]
    assert result.messages[3]["id"] == "v1_second"
    assert result.messages[3]["steps"][0] == {"type": "thought", "signature": "sig-thought-2"}

    assert dataclasses.asdict(result.usage) == {
        "requests": 2,
        "tool_calls": 1,
        "input_tokens": 80,
        "output_tokens": 11,
        "thinking_tokens": 9,
    }
    assert result.cost is None  # gemini-3.5-flash has no price in the default table
    assert [step.thought for step in result.trace] == ["I should look it up.", ""]
    assert result.trace[0].actions[0].id == "fc_1"
    assert result.trace[0].observations[0].response == {"result": "sunny in Paris"}


@pytest.mark.anyio
async def test_a_tool_error_goes_back_with_is_error_and_usage_prices_apply() -> None:
    def get_weather(city: str) -> str:
        """The weather in a city."""
        raise ConnectionError("weather service down")

    server = weather_script()
    agent = Agent(
        server.async_client(),
        model=MODEL,
        tools=[get_weather],
        backend="interactions",
        prices={MODEL: pygenai.agent_framework.ModelPrice(1.0, 2.0)},
    )
    result = await agent.run("Weather in Paris?")
    sent = server.requests[1]["input"][0]
    assert sent["is_error"] is True and sent["result"] == "ConnectionError: weather service down"
    assert result.cost == pytest.approx((80 * 1.0 + 20 * 2.0) / 1e6)


@pytest.mark.anyio
async def test_a_conversation_continues_on_the_last_interaction() -> None:
    server = InteractionsServer(interaction("v1_a", output("Hi Ann.")), interaction("v1_b", output("Ann.")))
    conversation = Agent(server.async_client(), model=MODEL, backend="interactions").conversation()
    await conversation.run("I am Ann.")
    result = await conversation.run("Who am I?")
    assert result.output == "Ann."
    assert server.requests[1]["previous_interaction_id"] == "v1_a"
    assert server.requests[1]["input"] == [user_input("Who am I?")]  # only the new prompt: the server has the rest


@pytest.mark.anyio
async def test_a_history_without_ids_is_replayed_with_its_signatures() -> None:
    server = InteractionsServer(interaction("v1_new", output("Done.")))
    earlier_call = {**function_call("fc_9", "get_weather", city="Rome"), "signature": "sig-call-9"}
    history = [
        {"role": "user", "steps": [user_input("Weather in Rome?")]},
        {"role": "model", "steps": [thought("sig-t"), earlier_call]},
        {
            "role": "user",
            "steps": [{"type": "function_result", "call_id": "fc_9", "name": "get_weather", "result": "x"}],
        },
        {"role": "user", "parts": [{"text": "Thanks."}]},
    ]
    agent = Agent(server.async_client(), model=MODEL, backend="interactions")
    await agent.run(history)
    sent = server.requests[0]
    assert "previous_interaction_id" not in sent
    assert sent["input"] == [
        user_input("Weather in Rome?"),
        thought("sig-t"),
        earlier_call,  # the call's signature goes back exactly as received
        {"type": "function_result", "call_id": "fc_9", "name": "get_weather", "result": "x"},
        user_input("Thanks."),
    ]


@dataclasses.dataclass
class Forecast:
    city: str
    celsius: int


@pytest.mark.anyio
async def test_structured_output_through_response_format_with_a_retry() -> None:
    server = InteractionsServer(
        interaction("v1_a", output('{"city": "Paris"}')),
        interaction("v1_b", output('{"city": "Paris", "celsius": 18}')),
    )
    agent = Agent(server.async_client(), model=MODEL, output_type=Forecast, backend="interactions")
    result = await agent.run("Forecast for Paris?")
    assert result.output == Forecast("Paris", 18)
    response_format = server.requests[0]["response_format"]
    assert response_format["type"] == "text" and response_format["mime_type"] == "application/json"
    assert set(response_format["schema"]["properties"]) == {"city", "celsius"}
    retry = server.requests[1]
    assert retry["previous_interaction_id"] == "v1_a"
    assert "celsius" in retry["input"][0]["content"][0]["text"]


def test_run_sync_over_a_sync_client() -> None:
    server = weather_script()
    agent = Agent(server.client(), model=MODEL, tools=[get_weather], backend="interactions")
    result = agent.run_sync("Weather in Paris?")
    assert result.output == "It is sunny in Paris."
    assert server.requests[1]["previous_interaction_id"] == "v1_first"


@pytest.mark.anyio
async def test_streamed_over_interactions_the_text_comes_in_deltas_and_the_history_is_the_unary_one() -> None:
    unary = await Agent(weather_script().async_client(), model=MODEL, tools=[get_weather], backend="interactions").run(
        "Weather in Paris?"
    )
    server = weather_script()
    agent = Agent(server.async_client(), model=MODEL, tools=[get_weather], backend="interactions")
    run = agent.run_stream("Weather in Paris?")
    events = [event async for event in run.events()]
    deltas = [e.text for e in events if isinstance(e, TextDelta)]
    assert len(deltas) == 3 and "".join(deltas) == "It is sunny in Paris."
    whole = next(e for e in events if isinstance(e, TextOutput))
    assert events.index(whole) > max(i for i, e in enumerate(events) if isinstance(e, TextDelta))
    assert all(body["stream"] is True for body in server.requests)
    assert server.requests[1]["previous_interaction_id"] == "v1_first"
    assert run.result is not None and run.result.output == unary.output
    assert run.result.messages == unary.messages
    assert run.result.usage == unary.usage


def test_settings_the_agent_manages_are_refused_in_config() -> None:
    server = InteractionsServer()
    with pytest.raises(ValueError, match=r"config\['previous_interaction_id'\]"):
        Agent(server.client(), model=MODEL, backend="interactions", config={"previous_interaction_id": "v1_x"})
    with pytest.raises(ValueError, match=r"config\['store'\]"):
        Agent(server.client(), model=MODEL, backend="interactions", config={"store": False})


@pytest.mark.anyio
async def test_a_content_turn_with_other_parts_than_text_is_a_typed_error_naming_it() -> None:
    server = InteractionsServer(interaction("v1_a", output("x")))
    agent = Agent(server.async_client(), model=MODEL, backend="interactions")
    turn = {"role": "user", "parts": [{"text": "see"}, {"inlineData": {"mimeType": "image/png", "data": "AA=="}}]}
    with pytest.raises(pygenai.ConfigTypeError, match=r"messages\[0\]\.parts\[1\]"):
        await agent.run([turn])
    assert server.requests == []


@pytest.mark.anyio
async def test_a_sync_client_streams_interactions_from_a_worker_thread() -> None:
    server = weather_script()
    run = Agent(server.client(), model=MODEL, tools=[get_weather], backend="interactions").run_stream("Weather?")
    texts = [text async for text in run.text_deltas()]
    assert "".join(texts) == "It is sunny in Paris." and len(texts) == 3
    assert run.result is not None and run.result.messages[3]["id"] == "v1_second"
    assert server.requests[1]["previous_interaction_id"] == "v1_first" and server.requests[1]["stream"] is True
