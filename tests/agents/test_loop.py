"""The agent loop on a scripted fake model: steps, tools, errors, retries, limits, approval, cancellation."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import anyio
import pytest

import pygenai
from pygenai.agent_framework import (
    Agent,
    ApprovalRequired,
    ModelPrice,
    ModelRequestFinished,
    ModelRequestStarted,
    StepFinished,
    TextOutput,
    ToolCallFinished,
    ToolCallStarted,
    UsageLimits,
)
from tests.agents._scripted import ScriptedModel, call, response, text

MODEL = "gemini-2.5-flash"


def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


def function_responses(body: dict[str, Any]) -> list[dict[str, Any]]:
    last = body["contents"][-1]
    return [p["functionResponse"] for p in last["parts"] if "functionResponse" in p]


@pytest.mark.anyio
async def test_multi_step_run_keeps_signatures_and_counts_usage() -> None:
    model = ScriptedModel(
        response(
            {"text": "checking", "thought": True}, call("get_weather", signature="sig-1", city="Paris"), thoughts=7
        ),
        text("It is sunny in Paris.", prompt=30, output=8),
    )
    agent = Agent(model.async_client(), model=MODEL, instructions="Be brief.", tools=[get_weather])
    result = await agent.run("Weather in Paris?")

    assert result.output == "It is sunny in Paris."
    second = model.requests[1]
    assert second["systemInstruction"]["parts"][0]["text"] == "Be brief."
    assert second["tools"][0]["functionDeclarations"][0]["name"] == "get_weather"
    sent_turn = second["contents"][1]
    assert sent_turn["parts"][1] == {
        "functionCall": {"name": "get_weather", "args": {"city": "Paris"}},
        "thoughtSignature": "sig-1",
    }
    assert function_responses(second) == [{"name": "get_weather", "response": {"result": "sunny in Paris"}}]
    assert result.messages[1] == sent_turn  # history holds the turn exactly as received
    assert len(result.messages) == 4
    assert dataclasses.asdict(result.usage) == {
        "requests": 2,
        "tool_calls": 1,
        "input_tokens": 40,
        "output_tokens": 13,
        "thinking_tokens": 7,
    }
    assert result.cost == pytest.approx((40 * 0.30 + 20 * 2.50) / 1e6)
    assert [s.thought for s in result.trace] == ["checking", ""]
    assert result.trace[0].actions[0].name == "get_weather"
    assert result.trace[0].observations[0].response == {"result": "sunny in Paris"}
    printed = str(result.trace)
    assert "Thought: checking" in printed and "Action: get_weather(city='Paris')" in printed
    assert "Answer: It is sunny in Paris." in printed
    assert json.loads(json.dumps(result.trace.to_json()))[0]["actions"][0]["args"] == {"city": "Paris"}


def test_run_sync_over_a_sync_client() -> None:
    model = ScriptedModel(response(call("get_weather", city="Oslo")), text("Sunny."))
    agent = Agent(model.client(), model=MODEL, tools=[get_weather])
    result = agent.run_sync("Oslo?")
    assert result.output == "Sunny."
    assert function_responses(model.requests[1])[0]["response"] == {"result": "sunny in Oslo"}


@pytest.mark.anyio
async def test_tool_error_goes_back_to_the_model() -> None:
    def explode(x: int) -> int:
        """Fails."""
        raise RuntimeError("disk on fire")

    model = ScriptedModel(response(call("explode", x=1)), text("Sorry."))
    result = await Agent(model.async_client(), model=MODEL, tools=[explode]).run("go")
    assert function_responses(model.requests[1])[0]["response"] == {"error": "RuntimeError: disk on fire"}
    assert result.trace[0].observations[0].error == "RuntimeError: disk on fire"
    assert result.output == "Sorry."


@pytest.mark.anyio
async def test_call_to_an_unknown_tool_is_answered_with_an_error() -> None:
    model = ScriptedModel(response(call("teleport", to="Mars")), text("I cannot."))
    result = await Agent(model.async_client(), model=MODEL, tools=[get_weather]).run("go")
    [answer] = function_responses(model.requests[1])
    assert answer["name"] == "teleport" and "teleport" in answer["response"]["error"]
    assert result.output == "I cannot."


@pytest.mark.anyio
async def test_model_retry_sends_the_tools_message() -> None:
    def lookup(user_id: int) -> str:
        """Finds a user."""
        if user_id != 7:
            raise pygenai.ModelRetry("no user with that id; the ids are 1-9, try 7")
        return "Ada"

    model = ScriptedModel(response(call("lookup", user_id=3)), response(call("lookup", user_id=7)), text("Ada."))
    result = await Agent(model.async_client(), model=MODEL, tools=[lookup]).run("who?")
    assert function_responses(model.requests[1])[0]["response"] == {
        "error": "no user with that id; the ids are 1-9, try 7"
    }
    assert function_responses(model.requests[2])[0]["response"] == {"result": "Ada"}
    assert result.usage.tool_calls == 2


@dataclasses.dataclass
class City:
    name: str
    population: int


@pytest.mark.anyio
async def test_structured_output_is_validated_and_retried_with_the_reason() -> None:
    model = ScriptedModel(text('{"name": "Paris"}'), text('{"name": "Paris", "population": 2100000}'))
    agent = Agent(model.async_client(), model=MODEL, output_type=City)
    result = await agent.run("biggest French city")
    assert result.output == City("Paris", 2100000)
    assert model.requests[0]["generationConfig"]["responseMimeType"] == "application/json"
    retry = model.requests[1]["contents"][-1]
    assert retry["role"] == "user" and "population" in retry["parts"][0]["text"]


@pytest.mark.anyio
async def test_output_retries_exhausted_raise_with_the_partial_run() -> None:
    model = ScriptedModel(text("not json"), text("still not"))
    agent = Agent(model.async_client(), model=MODEL, output_type=City, output_retries=1)
    with pytest.raises(pygenai.OutputRetriesExceededError) as caught:
        await agent.run("x")
    assert caught.value.retries == 1
    assert caught.value.partial.usage.requests == 2
    assert caught.value.partial.output is None


@pytest.mark.anyio
async def test_max_steps_raises_with_the_partial_run() -> None:
    model = ScriptedModel(*[response(call("get_weather", city=f"c{i}")) for i in range(5)])
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather], limits=UsageLimits(max_steps=3))
    with pytest.raises(pygenai.UsageLimitExceededError) as caught:
        await agent.run("loop")
    error = caught.value
    assert (error.limit, error.value, error.allowed) == ("max_steps", 4, 3)
    assert len(model.requests) == 3
    assert len(error.partial.trace) == 3
    assert isinstance(error, pygenai.AgentRunError)


@pytest.mark.anyio
async def test_max_tool_calls_stops_before_running_the_turn() -> None:
    ran: list[str] = []

    def note(word: str) -> str:
        """Notes a word."""
        ran.append(word)
        return "ok"

    model = ScriptedModel(response(call("note", word="a")), response(call("note", word="b"), call("note", word="c")))
    agent = Agent(model.async_client(), model=MODEL, tools=[note], limits=UsageLimits(max_tool_calls=2))
    with pytest.raises(pygenai.UsageLimitExceededError) as caught:
        await agent.run("go")
    assert caught.value.limit == "max_tool_calls"
    assert ran == ["a"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("limits", "name"),
    [
        (UsageLimits(max_input_tokens=15), "max_input_tokens"),
        (UsageLimits(max_output_tokens=5), "max_output_tokens"),
        (UsageLimits(max_total_tokens=20), "max_total_tokens"),
        (UsageLimits(max_cost_usd=0.00001), "max_cost_usd"),
    ],
)
async def test_token_and_cost_budgets(limits: UsageLimits, name: str) -> None:
    model = ScriptedModel(
        response(call("get_weather", city="a"), prompt=10, output=4), text("done", prompt=10, output=4)
    )
    prices = {MODEL: ModelPrice(1.0, 1.0)}  # 14 tokens: 0.000014 USD after the first step, 0.000028 after two
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather], limits=limits, prices=prices)
    with pytest.raises(pygenai.UsageLimitExceededError) as caught:
        await agent.run("go")
    assert caught.value.limit == name


@pytest.mark.anyio
async def test_price_table_is_overridable_and_unknown_models_have_no_cost() -> None:
    model = ScriptedModel(text("a", prompt=1_000_000, output=0), text("b"))
    result = await Agent(model.async_client(), model=MODEL, prices={MODEL: ModelPrice(2.0, 0.0)}).run("x")
    assert result.cost == pytest.approx(2.0)
    result = await Agent(model.async_client(), model="my-tuned-model").run("x")
    assert result.cost is None


@pytest.mark.anyio
async def test_approval_callback_denies_a_call() -> None:
    deleted: list[str] = []

    def delete(path: str) -> str:
        """Deletes a file."""
        deleted.append(path)
        return "gone"

    model = ScriptedModel(response(call("delete", path="/etc")), text("Not allowed."))
    agent = Agent(
        model.async_client(),
        model=MODEL,
        tools=[delete],
        requires_approval=["delete"],
        approve=lambda c: c.args["path"] != "/etc",
    )
    await agent.run("clean up")
    assert deleted == []
    assert function_responses(model.requests[1])[0]["response"] == {
        "error": "PermissionError: the user denied this call"
    }


@pytest.mark.anyio
async def test_approval_pause_and_resume_through_iter() -> None:
    deleted: list[str] = []

    def delete(path: str) -> str:
        """Deletes a file."""
        deleted.append(path)
        return "gone"

    model = ScriptedModel(response(call("delete", path="/tmp/a"), call("delete", path="/etc")), text("Done."))
    agent = Agent(model.async_client(), model=MODEL, tools=[delete], requires_approval=["delete"])
    run = agent.iter("clean up")
    steps: list[int] = []
    async for step in run:
        steps.append(step.index)
        if run.pending_approvals:
            assert step.observations == []  # nothing ran yet
            first, second = run.pending_approvals
            run.approve(first)
            run.deny(second, "not /etc")
    assert steps == [1, 1, 2]  # the paused step, the same step once its calls ran, the answer
    assert deleted == ["/tmp/a"]
    answers = function_responses(model.requests[1])
    assert answers[0]["response"] == {"result": "gone"}
    assert answers[1]["response"] == {"error": "PermissionError: not /etc"}
    assert run.result is not None and run.result.output == "Done."


@pytest.mark.anyio
async def test_resuming_without_deciding_is_refused() -> None:
    model = ScriptedModel(response(call("get_weather", city="a")), text("x"))
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather], requires_approval=["get_weather"])
    run = agent.iter("go")
    await run.__anext__()
    assert [c.name for c in run.pending_approvals] == ["get_weather"]
    with pytest.raises(RuntimeError, match="approve"):
        await run.__anext__()


@pytest.mark.anyio
async def test_iter_can_stop_between_steps() -> None:
    model = ScriptedModel(*[response(call("get_weather", city=f"c{i}")) for i in range(5)])
    run = Agent(model.async_client(), model=MODEL, tools=[get_weather]).iter("go")
    async for step in run:
        if step.index == 2:
            break
    await run.aclose()
    assert len(model.requests) == 2
    assert run.result is None
    assert run.partial().usage.tool_calls == 2


@pytest.mark.anyio
async def test_events_in_order_with_timing() -> None:
    seen: list[Any] = []
    model = ScriptedModel(response(call("get_weather", city="a")), text("Sunny."))
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather], on_event=seen.append)
    streamed = [event async for event in agent.iter("go").events()]  # unary: run_stream adds TextDelta
    assert streamed == seen
    kinds = [type(e) for e in streamed]
    assert kinds == [
        ModelRequestStarted,
        ModelRequestFinished,
        ToolCallStarted,
        ToolCallFinished,
        StepFinished,
        ModelRequestStarted,
        ModelRequestFinished,
        TextOutput,
        StepFinished,
    ]
    assert all(e.seconds >= 0 for e in streamed if isinstance(e, ModelRequestFinished | ToolCallFinished))
    assert streamed[-1] == StepFinished(2, final=True)
    assert not any(isinstance(e, ApprovalRequired) for e in streamed)


@pytest.mark.anyio
async def test_cancellation_stops_a_running_tool() -> None:
    started = anyio.Event()

    async def slow(x: int) -> int:
        """Takes forever."""
        started.set()
        await anyio.sleep(3600)
        return x

    model = ScriptedModel(response(call("slow", x=1)), text("never"))
    agent = Agent(model.async_client(), model=MODEL, tools=[slow])
    with anyio.move_on_after(5) as scope:
        async with anyio.create_task_group() as group:
            group.start_soon(agent.run, "go")
            await started.wait()
            group.cancel_scope.cancel()
    assert not scope.cancelled_caught
    assert len(model.requests) == 1


@pytest.mark.anyio
async def test_a_blocked_answer_raises_the_typed_error() -> None:
    blocked = {"promptFeedback": {"blockReason": "SAFETY"}, "usageMetadata": {"promptTokenCount": 4}}
    model = ScriptedModel(blocked)
    with pytest.raises(pygenai.PromptBlockedError):
        await Agent(model.async_client(), model=MODEL).run("something unsafe")


@pytest.mark.anyio
async def test_a_run_starts_once() -> None:
    model = ScriptedModel(text("a"))
    run = Agent(model.async_client(), model=MODEL).iter("x")
    assert [step.index async for step in run] == [1]
    with pytest.raises(RuntimeError, match="started already"):
        await run.events().__anext__()


def test_bad_settings_are_refused() -> None:
    model = ScriptedModel()
    with pytest.raises(ValueError, match=r"config\['system_instruction'\].*instructions="):
        Agent(model.client(), model=MODEL, config={"system_instruction": "x"})
    with pytest.raises(ValueError, match=r"config\['tools'\]"):
        Agent(model.client(), model=MODEL, config={"tools": [get_weather]})
    with pytest.raises(ValueError, match="the backends are 'generate_content', 'interactions'"):
        Agent(model.client(), model=MODEL, backend="responses")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_steps"):
        UsageLimits(max_steps=-1)


def test_the_framework_loads_only_when_used() -> None:
    import subprocess
    import sys

    code = "import sys, pygenai; assert 'pygenai.agent_framework' not in sys.modules; pygenai.agent_framework.Agent"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_cost_budget_for_a_model_without_a_price_is_refused() -> None:
    model = ScriptedModel(text("never sent"))
    with pytest.raises(ValueError, match="needs a price for 'my-tuned-model'"):
        Agent(model.async_client(), model="my-tuned-model", limits=UsageLimits(max_cost_usd=1.0))
