"""Function calling on the Interactions API: the same declarations and loop as GenerateContent over steps.

``function_call`` steps run the Python tools (concurrently with the async client); ``function_result`` steps go
back with ``call_id``, ``name`` and ``is_error``, chained with ``previous_interaction_id`` when the interaction
is stored and replayed as steps when it is not; ``requires_action`` left to the caller for calls the request does
not run; the round limit; the streaming variant as events. Request bodies are matched against the cassettes.
"""

from __future__ import annotations

from typing import Any

import pytest

import pygenai
from pygenai.interactions._wire import pair_function_results
from pygenai.tools import ToolInvocation
from tests.interactions.requests_support import (
    MODEL,
    Rendezvous,
    anyio_backend,  # noqa: F401  # fixture
    every_interaction_played,  # noqa: F401  # fixture
    get_time,
    get_weather,
)

pytestmark = pytest.mark.vcr

QUESTION = "Weather and local time in Paris?"
ANSWER = "Paris: 18°C and clear, 14:05 local time."


def _function_results(interaction: pygenai.Interaction) -> list[dict[str, Any]]:
    afc = interaction.automatic_function_calling
    assert afc is not None
    return [step for step in afc.steps if step["type"] == "function_result"]


def test_calls_run_and_results_chain_on_the_stored_interaction(gemini_client: pygenai.Client) -> None:
    interaction = gemini_client.interactions.create(model=MODEL, input=QUESTION, tools=[get_weather, get_time])
    assert interaction.text == ANSWER
    afc = interaction.automatic_function_calling
    assert afc is not None and afc.completed and afc.rounds == 1 and not afc.errors
    assert [r.value for r in afc.results] == [get_weather("Paris"), "14:05"]
    assert _function_results(interaction) == [
        {
            "type": "function_result",
            "call_id": "fc_7d1e2a",
            "name": "get_weather",
            "result": get_weather("Paris"),
            "is_error": False,
        },
        {"type": "function_result", "call_id": "fc_9b3c4f", "name": "get_time", "result": "14:05", "is_error": False},
    ]
    # the second request named the first interaction (the cassette holds previous_interaction_id and the tools)
    assert afc.interaction_ids == [afc.interaction_ids[0], interaction.id]
    assert afc.interaction_ids[0] != interaction.id


@pytest.mark.anyio
async def test_calls_run_concurrently_and_chain_async(async_gemini_client: pygenai.AsyncClient) -> None:
    rendezvous = Rendezvous()
    interaction = await async_gemini_client.interactions.create(model=MODEL, input=QUESTION, tools=rendezvous.tools())
    assert interaction.text == ANSWER
    # get_weather only finishes once get_time has started: the calls of one round ran concurrently
    assert rendezvous.order.index("time started") < rendezvous.order.index("weather done")
    afc = interaction.automatic_function_calling
    assert afc is not None and afc.completed and [r.call.index for r in afc.results] == [0, 1]


def test_a_tool_error_goes_back_with_is_error(gemini_client: pygenai.Client) -> None:
    def get_weather(city: str) -> dict[str, Any]:
        """Current weather for a city.

        Args:
            city: City name, e.g. "Paris".
        """
        raise ConnectionError("weather service unreachable")

    interaction = gemini_client.interactions.create(model=MODEL, input="Weather in Paris?", tools=[get_weather])
    assert interaction.text == "The weather service is unreachable right now; try again in a moment."
    afc = interaction.automatic_function_calling
    assert afc is not None and len(afc.errors) == 1
    assert _function_results(interaction) == [
        {
            "type": "function_result",
            "call_id": "fc_2c8e51",
            "name": "get_weather",
            "result": "ConnectionError: weather service unreachable",
            "is_error": True,
        }
    ]


def test_store_false_replays_every_step(gemini_client: pygenai.Client) -> None:
    interaction = gemini_client.interactions.create(
        model=MODEL, input=QUESTION, tools=[get_weather, get_time], store=False
    )
    assert interaction.text == ANSWER
    afc = interaction.automatic_function_calling
    assert afc is not None
    # history: the interaction's own steps as received (the thought's signature included), then the results
    assert [step["type"] for step in afc.steps] == [
        "thought",
        "function_call",
        "function_call",
        "function_result",
        "function_result",
    ]
    assert afc.steps[0]["signature"].startswith("CiQB0e2K")


def test_max_rounds_stops_with_the_calls_pending(gemini_client: pygenai.Client) -> None:
    interaction = gemini_client.interactions.create(
        model=MODEL,
        input=QUESTION,
        tools=[get_weather, get_time],
        automatic_function_calling={"maximum_remote_calls": 1},
    )
    assert interaction.status == "requires_action"
    afc = interaction.automatic_function_calling
    assert afc is not None and afc.reason == "max_rounds" and afc.rounds == 0
    assert [call.name for call in afc.pending_calls] == ["get_weather", "get_time"]
    with pytest.raises(pygenai.InteractionStatusError) as caught:
        _ = interaction.text
    assert caught.value.status == "requires_action"


def test_a_call_the_request_does_not_run_is_left_to_the_caller(gemini_client: pygenai.Client) -> None:
    book_flight = {
        "type": "function",
        "name": "book_flight",
        "description": "Book a flight.",
        "parameters": {"type": "object", "properties": {"to": {"type": "string"}}, "required": ["to"]},
    }
    interaction = gemini_client.interactions.create(
        model=MODEL, input="Book me a flight to Paris if it is sunny there.", tools=[get_weather, book_flight]
    )
    afc = interaction.automatic_function_calling
    assert afc is not None and afc.reason == "unhandled_call" and afc.rounds == 1
    assert interaction.status == "requires_action"
    [call] = afc.pending_calls
    assert (call.name, call.args, call.id) == ("book_flight", {"to": "Paris"}, "fc_5a0b77")
    # answer it by hand: a function_result step chained on the stored interaction
    done = gemini_client.interactions.create(
        model=MODEL,
        previous_interaction_id=interaction.id,
        input=[{"type": "function_result", "call_id": call.id, "name": call.name, "result": "booked AF1234"}],
        tools=[get_weather, book_flight],
    )
    assert done.text == "Booked: flight AF1234 to Paris."


def test_disabled_calling_declares_the_tools_and_runs_none(gemini_client: pygenai.Client) -> None:
    interaction = gemini_client.interactions.create(
        model=MODEL, input="Weather in Paris?", tools=[get_weather], automatic_function_calling={"disable": True}
    )
    assert interaction.status == "requires_action"
    assert interaction.automatic_function_calling is None


def test_stream_true_refuses_to_run_python_tools() -> None:
    client = pygenai.Client(api_key="test-key-123")
    with pytest.raises(TypeError, match="create_events"):
        client.interactions.create(model=MODEL, input=QUESTION, tools=[get_weather], stream=True)


def test_results_pair_by_call_id_whatever_their_order() -> None:
    calls = [
        ToolInvocation(0, "get_weather", {"city": "Paris"}, "fc_a", {}),
        ToolInvocation(1, "get_time", {"city": "Paris"}, "fc_b", {}),
    ]
    second = {"type": "function_result", "call_id": "fc_b", "name": "get_time", "result": "14:05"}
    first = {"type": "function_result", "call_id": "fc_a", "name": "get_weather", "result": "sunny"}
    assert pair_function_results(calls, [second, first]) == {"steps": [first, second]}
    with pytest.raises(pygenai.ToolPairingError, match="no function_result for: get_time"):
        pair_function_results(calls, [first])
    with pytest.raises(pygenai.ToolPairingError, match="matches no call"):
        pair_function_results(calls, [{**first, "call_id": "fc_z"}])


# --------------------------------------------------------------------------- streamed, as events


def test_create_events_streams_text_calls_and_results(gemini_client: pygenai.Client) -> None:
    with gemini_client.interactions.create_events(model=MODEL, input=QUESTION, tools=[get_weather, get_time]) as events:
        seen = list(events)
    kinds = [(event.type, event.turn) for event in seen]
    assert kinds == [
        ("text", 0),
        ("call", 0),
        ("call", 0),
        ("result", 0),
        ("result", 0),
        ("text", 1),
        ("text", 1),
        ("final", 1),
    ]
    assert seen[0] == pygenai.TextEvent("Checking both for Paris.", True, 0)
    final = seen[-1]
    assert isinstance(final, pygenai.FinalInteractionEvent)
    assert final.interaction.text == ANSWER
    afc = final.interaction.automatic_function_calling
    assert afc is not None and afc.completed and afc.rounds == 1


@pytest.mark.anyio
async def test_create_events_streams_text_calls_and_results_async(async_gemini_client: pygenai.AsyncClient) -> None:
    events = await async_gemini_client.interactions.create_events(
        model=MODEL, input=QUESTION, tools=[get_weather, get_time]
    )
    async with events:
        texts = [event.text async for event in events if event.type == "text" and not event.thought]
    assert "".join(texts) == ANSWER
    interaction = events.interaction
    assert interaction is not None and interaction.automatic_function_calling is not None
