"""Function calling: the automatic loop (sync, async with concurrent tools, streamed as events, in chats), its
limits and errors, tool config modes, and manual mode; every request body is matched against the cassette."""

from __future__ import annotations

from typing import Any

import pytest

import pygenai
from pygenai.gemini._prepare import prepare
from tests.experience._support import MODEL, Rendezvous, get_time, get_weather

pytestmark = pytest.mark.vcr

BOOK_FLIGHT = {
    "function_declarations": [
        {
            "name": "book_flight",
            "description": "Book a flight.",
            "parameters_json_schema": {"type": "object", "properties": {"to": {"type": "string"}}, "required": ["to"]},
        }
    ]
}


# --------------------------------------------------------------------------- parallel calls


def test_parallel_calls_answered_in_call_order(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL,
        contents="Weather and local time in Paris, and weather in London?",
        config={"tools": [get_weather, get_time]},
    )
    assert response.text == "Paris: 18°C, clear, 14:05. London: 14°C, clear."
    afc = response.automatic_function_calling
    assert afc is not None and afc.completed and afc.rounds == 1 and not afc.errors
    assert [r.value for r in afc.results] == [get_weather("Paris"), "14:05", get_weather("London")]
    answers = afc.history[1]["parts"]
    assert [p["functionResponse"]["name"] for p in answers] == ["get_weather", "get_time", "get_weather"]
    assert all("id" not in p["functionResponse"] for p in answers)


@pytest.mark.anyio
async def test_parallel_calls_answered_in_call_order_async(async_gemini_client: pygenai.AsyncClient) -> None:
    rendezvous = Rendezvous()
    response = await async_gemini_client.models.generate_content(
        model=MODEL,
        contents="Weather and local time in Paris, and weather in London?",
        config={"tools": rendezvous.tools()},
    )
    assert response.text == "Paris: 18°C, clear, 14:05. London: 14°C, clear."
    # get_weather("Paris") only finishes once get_time has started: the calls of one turn ran concurrently.
    assert rendezvous.order.index("time Paris started") < rendezvous.order.index("weather Paris done")
    afc = response.automatic_function_calling
    assert afc is not None and [r.call.index for r in afc.results] == [0, 1, 2]


# --------------------------------------------------------------------------- limits and errors


def test_max_rounds_gives_a_partial_result(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL,
        contents="Compare the weather in Paris and London.",
        config={"tools": [get_weather], "automatic_function_calling": {"maximum_remote_calls": 2}},
    )
    afc = response.automatic_function_calling
    assert afc is not None and afc.reason == "max_rounds" and afc.rounds == 1
    assert [(c.name, c.args, c.id) for c in afc.pending_calls] == [("get_weather", {"city": "London"}, "m2q8w5xe")]
    assert response.outcome.kind == "function_calls"
    with pytest.raises(pygenai.NoTextError, match=r"max_rounds after 1 round of tool calls"):
        _ = response.text


@pytest.mark.anyio
async def test_max_rounds_gives_a_partial_result_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL,
        contents="Compare the weather in Paris and London.",
        config={"tools": [get_weather], "automatic_function_calling": {"maximum_remote_calls": 2}},
    )
    afc = response.automatic_function_calling
    assert afc is not None and afc.reason == "max_rounds"
    assert response.function_calls[0].args == {"city": "London"}


def test_tool_error_goes_back_to_the_model(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="Weather in Atlantis?", config={"tools": [get_weather]}
    )
    assert response.text == "I couldn't find weather data for Atlantis."
    afc = response.automatic_function_calling
    assert afc is not None
    [failed] = afc.errors
    assert isinstance(failed.error, KeyError)


@pytest.mark.anyio
async def test_tool_error_goes_back_to_the_model_async(async_gemini_client: pygenai.AsyncClient) -> None:
    async def weather(city: str) -> dict[str, Any]:
        """Current weather for a city.

        Args:
            city: City name, e.g. "Paris".
        """
        return get_weather(city)

    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="Weather in Atlantis?", config={"tools": [pygenai.tool(weather, name="get_weather")]}
    )
    assert response.text == "I couldn't find weather data for Atlantis."


def test_tool_error_raises_when_configured(gemini_client: pygenai.Client) -> None:
    config = {"tools": [get_weather], "automatic_function_calling": {"on_tool_error": "raise"}}
    with pytest.raises(KeyError, match="Atlantis"):
        gemini_client.models.generate_content(model=MODEL, contents="Weather in Atlantis?", config=config)


@pytest.mark.anyio
async def test_tool_error_raises_when_configured_async(async_gemini_client: pygenai.AsyncClient) -> None:
    config = {"tools": [get_weather], "automatic_function_calling": {"on_tool_error": "raise"}}
    with pytest.raises(KeyError, match="Atlantis"):
        await async_gemini_client.models.generate_content(model=MODEL, contents="Weather in Atlantis?", config=config)


def test_unhandled_call_stops_the_loop(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="Book me a flight to Rome.", config={"tools": [get_weather, BOOK_FLIGHT]}
    )
    afc = response.automatic_function_calling
    assert afc is not None and afc.reason == "unhandled_call" and afc.rounds == 0
    assert [(c.name, c.id) for c in afc.pending_calls] == [("book_flight", "b7f1n3qd")]
    with pytest.raises(pygenai.NoTextError, match="book_flight"):
        _ = response.text


@pytest.mark.anyio
async def test_unhandled_call_stops_the_loop_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="Book me a flight to Rome.", config={"tools": [get_weather, BOOK_FLIGHT]}
    )
    assert response.automatic_function_calling is not None
    assert response.automatic_function_calling.reason == "unhandled_call"


# --------------------------------------------------------------------------- manual mode and tool config


def _manual_config(**extra: Any) -> dict[str, Any]:
    return {"tools": [get_weather], "automatic_function_calling": {"disable": True}, **extra}


def test_manual_mode_with_validated_config(gemini_client: pygenai.Client) -> None:
    config = _manual_config(tool_config={"mode": "validated", "allowed_function_names": [get_weather]})
    question = "Weather in Rome and Oslo?"
    first = gemini_client.models.generate_content(model=MODEL, contents=question, config=config)
    assert [c.id for c in first.function_calls] == ["v4t8e1lc", "n6s2d9ka"]
    reply = first.function_responses({"n6s2d9ka": LookupError("no station in Oslo"), "v4t8e1lc": get_weather("Rome")})
    second = gemini_client.models.generate_content(
        model=MODEL, contents=[question, first.content, reply], config=config
    )
    assert second.text == "Rome is 24°C; I have no data for Oslo."


@pytest.mark.anyio
async def test_manual_mode_with_validated_config_async(async_gemini_client: pygenai.AsyncClient) -> None:
    config = _manual_config(tool_config={"mode": "VALIDATED", "allowed_function_names": ["get_weather"]})
    question = "Weather in Rome and Oslo?"
    first = await async_gemini_client.models.generate_content(model=MODEL, contents=question, config=config)
    calls = first.function_calls
    results = [pygenai.ToolResult.success(calls[0], get_weather("Rome")), LookupError("no station in Oslo")]
    reply = first.function_responses(results)
    second = await async_gemini_client.models.generate_content(
        model=MODEL, contents=[question, first.content, reply], config=config
    )
    assert second.text == "Rome is 24°C; I have no data for Oslo."


def _parallel_calls(*calls: tuple[str, dict[str, Any], str | None]) -> pygenai.GenerateContentResponse:
    parts = [{"functionCall": {"name": n, "args": a, **({"id": i} if i else {})}} for n, a, i in calls]
    return pygenai.GenerateContentResponse._wrap({"candidates": [{"content": {"role": "model", "parts": parts}}]})


def test_results_keyed_by_a_name_called_twice_are_refused() -> None:
    # Two calls of one function without ids: a name cannot say which result answers which call.
    first = _parallel_calls(("get_weather", {"city": "Paris"}, None), ("get_weather", {"city": "London"}, None))
    with pytest.raises(pygenai.ToolPairingError, match=r"get_weather is called 2 times.*pass a list in call order"):
        first.function_responses({"get_weather": get_weather("Paris")})
    reply = first.function_responses([get_weather("Paris"), get_weather("London")])
    assert [p.function_response.response["result"]["city"] for p in reply.parts or []] == ["Paris", "London"]


def test_results_keyed_by_nothing_the_turn_calls_are_refused() -> None:
    first = _parallel_calls(("get_weather", {"city": "Paris"}, "w1"), ("get_time", {"city": "Paris"}, "t1"))
    with pytest.raises(pygenai.ToolPairingError, match=r"'t2' answers no call of this turn \(its calls: w1, t1\)"):
        first.function_responses({"w1": get_weather("Paris"), "t1": "14:05", "t2": "15:05"})
    reply = first.function_responses({"t1": "14:05", "get_weather": get_weather("Paris")})  # by id, or by a unique name
    assert [p.function_response.id for p in reply.parts or []] == ["w1", "t1"]


def test_tool_config_modes(gemini_client: pygenai.Client) -> None:
    question = "What time is it in London?"
    tools = [get_weather, get_time]
    forced = gemini_client.models.generate_content(
        model=MODEL,
        contents=question,
        config={
            "tools": tools,
            "automatic_function_calling": {"disable": True},
            "tool_config": {"mode": "any", "allowed_function_names": ["get_time"]},
        },
    )
    assert [c.name for c in forced.function_calls] == ["get_time"]
    plain = gemini_client.models.generate_content(
        model=MODEL,
        contents=question,
        config={"tools": tools, "automatic_function_calling": {"disable": True}, "tool_config": "NONE"},
    )
    assert plain.text == "I can't check the time without a tool."


@pytest.mark.anyio
async def test_tool_config_modes_async(async_gemini_client: pygenai.AsyncClient) -> None:
    question = "What time is it in London?"
    config: dict[str, Any] = {"tools": [get_weather, get_time], "automatic_function_calling": {"disable": True}}
    forced = await async_gemini_client.models.generate_content(
        model=MODEL, contents=question, config=config, tool_config=pygenai.tool_config("ANY", [get_time])
    )
    assert forced.function_calls[0].name == "get_time"
    plain = await async_gemini_client.models.generate_content(
        model=MODEL, contents=question, config={**config, "tool_config": "none"}
    )
    assert plain.text == "I can't check the time without a tool."


def test_tool_config_modes_reach_the_wire() -> None:
    def body(value: Any) -> Any:
        return prepare("q", {"tool_config": value}).request_body()["toolConfig"]

    assert body("auto") == {"functionCallingConfig": {"mode": "AUTO"}}
    assert body({"mode": "ANY", "allowed_function_names": [get_time]}) == {
        "functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["get_time"]}
    }
    assert body({"function_calling_config": {"mode": "NONE"}}) == {"functionCallingConfig": {"mode": "NONE"}}
    assert body({"mode": "FUTURE_MODE"}) == {"functionCallingConfig": {"mode": "FUTURE_MODE"}}
    with pytest.raises(ValueError, match="allowed_function_names applies"):
        body({"mode": "AUTO", "allowed_function_names": ["get_time"]})


# --------------------------------------------------------------------------- streamed events


def test_stream_events_text_call_result_final(gemini_client: pygenai.Client) -> None:
    with gemini_client.models.generate_content_stream_events(
        model=MODEL,
        contents="Should I take an umbrella in London?",
        config={"tools": [get_weather], "include_thoughts": True},
    ) as events:
        seen = list(events)
    assert [(e.type, e.turn) for e in seen] == [
        ("text", 0),
        ("call", 0),
        ("result", 0),
        ("text", 1),
        ("text", 1),
        ("final", 1),
    ]
    thought, call, result, *_, final = seen
    assert isinstance(thought, pygenai.TextEvent) and thought.thought and thought.text.startswith("**Checking")
    assert isinstance(call, pygenai.FunctionCallEvent) and call.call.args == {"city": "London"}
    assert isinstance(result, pygenai.FunctionResultEvent) and result.result.value == get_weather("London")
    assert isinstance(final, pygenai.FinalEvent)
    assert final.response.text == "No umbrella needed: it's 14°C and clear."
    assert final.response.usage.prompt_tokens == 150


@pytest.mark.anyio
async def test_stream_events_text_call_result_final_async(async_gemini_client: pygenai.AsyncClient) -> None:
    events = await async_gemini_client.models.generate_content_stream_events(
        model=MODEL,
        contents="Should I take an umbrella in London?",
        config={"tools": [get_weather], "include_thoughts": True},
    )
    texts = [e.text async for e in events if isinstance(e, pygenai.TextEvent) and not e.thought]
    assert texts == ["No umbrella needed:", " it's 14°C and clear."]
    assert events.response is not None and events.response.automatic_function_calling is not None


def test_streaming_with_tools_runs_them_between_turns(gemini_client: pygenai.Client) -> None:
    with gemini_client.models.generate_content_stream(  # google-genai's name for stream_generate_content
        model=MODEL,
        contents="Should I take an umbrella in London?",
        config={"tools": [get_weather], "include_thoughts": True},
    ) as stream:
        chunks = list(stream)
        final = stream.final_response()
    # the chunks of both model turns, in order: the thought and the call, then the answer
    assert chunks[0].thoughts.startswith("**Checking")
    assert [c.function_calls[0].args for c in chunks if c.function_calls] == [{"city": "London"}]
    assert "".join(c.text for c in chunks) == "No umbrella needed: it's 14°C and clear."
    assert final.text == "No umbrella needed: it's 14°C and clear."
    afc = final.automatic_function_calling
    assert afc is not None and afc.completed and afc.rounds == 1
    assert [r.value for r in afc.results] == [get_weather("London")]
    # the call turn went back with its signature: the second request body is matched against the cassette
    assert "thoughtSignature" in afc.history[0]["parts"][-1]


@pytest.mark.anyio
async def test_streaming_with_tools_runs_them_between_turns_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = await async_gemini_client.models.stream_generate_content(
        model=MODEL,
        contents="Should I take an umbrella in London?",
        config={"tools": [get_weather], "include_thoughts": True},
    )
    async with stream:
        texts = [chunk.text async for chunk in stream]
    assert "".join(texts) == "No umbrella needed: it's 14°C and clear."
    final = await stream.final_response()
    assert final.automatic_function_calling is not None and final.automatic_function_calling.completed


def test_chat_stream_with_tools_keeps_every_turn(gemini_client: pygenai.Client) -> None:
    chat = gemini_client.chats.create(model=MODEL, config={"tools": [get_weather], "include_thoughts": True})
    text = "".join(chunk.text for chunk in chat.send_message_stream("Should I take an umbrella in London?"))
    assert text == "No umbrella needed: it's 14°C and clear."
    history = chat.history
    assert [c.role for c in history] == ["user", "model", "user", "model"]
    call_turn, results_turn = history[1], history[2]
    assert call_turn.parts is not None and call_turn.parts[-1].function_call is not None
    assert call_turn.parts[-1].thought_signature  # kept byte for byte from the streamed turn
    assert results_turn.parts is not None and results_turn.parts[0].function_response is not None


# --------------------------------------------------------------------------- chats


def test_chat_runs_tools_and_keeps_the_exchange(gemini_client: pygenai.Client) -> None:
    chat = gemini_client.chats.create(
        model=MODEL, config={"tools": [get_weather], "system_instruction": "Answer in one sentence."}
    )
    assert chat.send("Weather in Paris?").text == "18°C and clear in Paris."
    assert chat.send("And is that warmer than London?").text.startswith("Yes: Paris (18°C)")
    roles = [c.role for c in chat.history]
    assert roles == ["user", "model", "user", "model", "user", "model", "user", "model"]


@pytest.mark.anyio
async def test_chat_runs_tools_and_keeps_the_exchange_async(async_gemini_client: pygenai.AsyncClient) -> None:
    chat = async_gemini_client.chats.create(
        model=MODEL, config={"tools": [get_weather], "system_instruction": "Answer in one sentence."}
    )
    await chat.send("Weather in Paris?")
    response = await chat.send_message("And is that warmer than London?")
    assert response.text.startswith("Yes: Paris (18°C)")
    assert len(chat.get_history()) == 8
