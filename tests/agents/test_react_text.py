"""Text ReAct (``mode="react_text"``): the parser (properties and cases), the instructions the model reads, and the
loop: no function declared, each action run and answered with ``Observation: ...``, a malformed reply answered with
what is wrong (within the output retries), the trace's thought / action / observation from the text."""

from __future__ import annotations

import dataclasses
import string
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import pygenai
from pygenai.agent_framework import Agent
from pygenai.agent_framework._react_text import (
    ReactAction,
    ReactFinal,
    ReactMalformed,
    format_react,
    observation,
    parse_react,
    react_instructions,
)
from pygenai.tools import ToolDefinition
from tests.agents._scripted import ScriptedModel, text

MODEL = "gemini-2.5-flash"

# ------------------------------------------------------------------------------------------------ the parser

single_line = st.text(st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",)), max_size=40).map(
    str.strip
)
labels = ("thought", "action", "action input", "observation", "final answer")


def no_label(line: str) -> bool:
    head = line.lstrip(" \t").lower()
    return not any(head.startswith(label) for label in labels)


thoughts = single_line.filter(no_label)
tool_names = st.text(string.ascii_letters + string.digits + "_-.", min_size=1, max_size=20)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
arguments = st.dictionaries(st.text(max_size=8), json_values, max_size=4)
answers = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80).map(str.strip).filter(bool)


@settings(max_examples=150, deadline=None)
@given(thought=thoughts, tool=tool_names, args=arguments)
def test_a_formatted_action_reads_back(thought: str, tool: str, args: dict[str, Any]) -> None:
    step = ReactAction(thought, tool, args)
    assert parse_react(format_react(step)) == step
    assert parse_react(format_react(step), tools={tool}) == step


@settings(max_examples=150, deadline=None)
@given(thought=thoughts, answer=answers)
@example(thought="", answer="0\r\n0")  # line endings of the answer are kept as written
def test_a_formatted_final_answer_reads_back(thought: str, answer: str) -> None:
    step = ReactFinal(thought, answer)
    assert parse_react(format_react(step)) == step


@settings(max_examples=300, deadline=None)
@given(
    reply=st.lists(
        st.sampled_from(["Thought: ", "Action: ", "Action Input: ", "Observation: ", "Final Answer: ", "\n", "{", "}"])
        | st.text(max_size=15),
        max_size=12,
    ).map("".join),
    tools=st.none() | st.frozensets(tool_names, max_size=3),
)
def test_any_text_reads_as_one_of_the_typed_results(reply: str, tools: frozenset[str] | None) -> None:
    parsed = parse_react(reply, tools)
    assert isinstance(parsed, ReactAction | ReactFinal | ReactMalformed)
    if isinstance(parsed, ReactMalformed):
        assert parsed.reason
    if isinstance(parsed, ReactAction):
        assert isinstance(parsed.arguments, dict) and (tools is None or parsed.tool in tools)


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        ("I think it is sunny.", "neither an 'Action:' nor a 'Final Answer:'"),
        ('Thought: x\nAction: get_weather\nAction Input: {"city": "Paris"}\nFinal Answer: y', "both"),
        ("Action: get_weather", "no 'Action Input:'"),
        ("Action: get_weather\nAction Input: {city: Paris}", "not JSON"),
        ('Action: get_weather\nAction Input: ["Paris"]', "JSON object of arguments, got a list"),
        ("Action: get weather\nAction Input: {}", "must name one tool"),
        ("Action: get_time\nAction Input: {}", "no tool named 'get_time'; the tools are: get_weather"),
        ("Action: a\nAction Input: {}\nAction: b\nAction Input: {}", "2 'Action:' lines"),
    ],
)
def test_a_malformed_reply_says_what_is_wrong(reply: str, says: str) -> None:
    parsed = parse_react(reply, {"get_weather", "a", "b"} if "get_time" not in reply else {"get_weather"})
    assert isinstance(parsed, ReactMalformed)
    assert says in parsed.reason


def test_the_reply_is_read_up_to_an_observation_the_model_invented() -> None:
    reply = (
        "Thought: I need the weather.\nAction: get_weather\n"
        'Action Input: ```json\n{"city": "Paris"}\n```\n'
        "Observation: rainy\nThought: so it is rainy\nFinal Answer: rainy"
    )
    assert parse_react(reply) == ReactAction("I need the weather.", "get_weather", {"city": "Paris"})
    assert parse_react("thinking first\nFINAL ANSWER: 42\nAction: not a label here") == ReactFinal(
        "thinking first", "42\nAction: not a label here"
    )


def test_the_instructions_describe_each_tool_and_the_format() -> None:
    tool = ToolDefinition("get_weather", "The weather in a city.", {"type": "object", "required": ["city"]})
    written = react_instructions([tool], "Be brief.")
    assert written.startswith("Be brief.\n")
    assert (
        '- get_weather: The weather in a city.\n  Arguments (JSON Schema): {"required":["city"],"type":"object"}'
        in (written)
    )
    for label in ("Thought:", "Action:", "Action Input:", "Observation:", "Final Answer:"):
        assert label in written
    assert observation({"result": {"temp": 18}}) == 'Observation: {"temp":18}'
    assert observation({"error": "ValueError: no"}) == "Observation: error: ValueError: no"


# ------------------------------------------------------------------------------------------------ the loop


def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


def last_user_text(body: dict[str, Any]) -> str:
    turn = body["contents"][-1]
    assert turn["role"] == "user"
    return "".join(part["text"] for part in turn["parts"])


@pytest.mark.anyio
async def test_a_react_run_parses_actions_and_answers_with_observations() -> None:
    model = ScriptedModel(
        text('Thought: I need the weather.\nAction: get_weather\nAction Input: {"city": "Paris"}'),
        text("Thought: I know it now.\nFinal Answer: It is sunny in Paris."),
    )
    agent = Agent(model.async_client(), model=MODEL, instructions="Be brief.", tools=[get_weather], mode="react_text")
    result = await agent.run("Weather in Paris?")

    assert result.output == "It is sunny in Paris."
    first, second = model.requests
    assert "tools" not in first  # no function declarations
    system = first["systemInstruction"]["parts"][0]["text"]
    assert system.startswith("Be brief.") and "- get_weather: The weather in a city." in system
    assert '"city"' in system and "Final Answer:" in system
    assert last_user_text(second) == "Observation: sunny in Paris"
    assert [step.thought for step in result.trace] == ["I need the weather.", "I know it now."]
    assert result.trace[0].actions[0].name == "get_weather" and result.trace[0].actions[0].args == {"city": "Paris"}
    assert result.trace[0].observations[0].response == {"result": "sunny in Paris"}
    assert result.trace[1].text == "It is sunny in Paris."
    printed = str(result.trace)
    assert "Thought: I need the weather." in printed and "Action: get_weather(city='Paris')" in printed
    assert result.usage.tool_calls == 1 and result.usage.requests == 2


@pytest.mark.anyio
async def test_a_malformed_reply_gets_an_observation_saying_what_was_wrong() -> None:
    model = ScriptedModel(
        text("Thought: hm\nAction: get_weather\nAction Input: {city: Paris}"),
        text('Action: get_weather\nAction Input: {"city": "Paris"}'),
        text("Final Answer: sunny"),
    )
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather], mode="react_text", output_retries=1)
    result = await agent.run("Weather?")
    assert result.output == "sunny"
    feedback = last_user_text(model.requests[1])
    assert feedback.startswith("Observation: your reply could not be read: 'Action Input:' is not JSON")
    assert last_user_text(model.requests[2]) == "Observation: sunny in Paris"


@pytest.mark.anyio
async def test_malformed_replies_beyond_the_output_retries_raise_with_the_partial_run() -> None:
    model = ScriptedModel(text("no format at all"), text("still none"))
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather], mode="react_text", output_retries=1)
    with pytest.raises(pygenai.OutputRetriesExceededError) as caught:
        await agent.run("Weather?")
    assert "neither an 'Action:' nor a 'Final Answer:'" in str(caught.value)
    assert len(model.requests) == 2


@pytest.mark.anyio
async def test_an_unknown_tool_and_a_failing_tool_are_observations() -> None:
    def get_weather(city: str) -> str:
        """The weather in a city."""
        raise ConnectionError("down")

    model = ScriptedModel(
        text("Action: get_time\nAction Input: {}"),
        text('Action: get_weather\nAction Input: {"city": "Rome"}'),
        text("Final Answer: unknown"),
    )
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather], mode="react_text", output_retries=2)
    result = await agent.run("Weather?")
    assert "no tool named 'get_time'; the tools are: get_weather" in last_user_text(model.requests[1])
    assert last_user_text(model.requests[2]) == "Observation: error: ConnectionError: down"
    assert result.trace[1].observations[0].error == "ConnectionError: down"


@dataclasses.dataclass
class Forecast:
    city: str
    celsius: int


@pytest.mark.anyio
async def test_a_structured_final_answer_is_parsed_and_retried() -> None:
    model = ScriptedModel(
        text('Final Answer: {"city": "Paris"}'),
        text('Thought: add it\nFinal Answer: {"city": "Paris", "celsius": 18}'),
    )
    agent = Agent(model.async_client(), model=MODEL, output_type=Forecast, mode="react_text")
    result = await agent.run("Forecast?")
    assert result.output == Forecast("Paris", 18)
    assert "celsius" in last_user_text(model.requests[1])
    first = model.requests[0]
    assert "responseJsonSchema" not in first.get("generationConfig", {})  # the reply is ReAct text, not JSON
    system = first["systemInstruction"]["parts"][0]["text"]
    assert "The final answer must be one JSON value" in system and '"celsius"' in system


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="the modes are 'function_calling' and 'react_text'"):
        Agent(ScriptedModel().client(), model=MODEL, mode="react")  # type: ignore[arg-type]
