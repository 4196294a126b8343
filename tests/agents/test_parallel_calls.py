"""Concurrent tool calls per step (``parallel_tool_calls=True``): the calls of one turn overlap, results go back in
call order, approvals are asked in call order before any call runs, an error among them goes back with the others'
results, cancelling the run cancels every call, and the interceptor seam sees each call with its run current."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from pygenai.agent_framework import (
    Agent,
    AgentRun,
    RunInterceptor,
    ToolCallFinished,
    ToolCallStarted,
    current_run,
)
from pygenai.tools import ToolInvocation, ToolResult
from tests.agents._scripted import ScriptedModel, call, response, text

MODEL = "gemini-2.5-flash"


class Sleepers:
    """Tools that sleep and log when they start, end or are cancelled."""

    def __init__(self) -> None:
        self.log: list[str] = []
        self.running = 0
        self.most_at_once = 0

    async def _sleep(self, name: str, seconds: float) -> str:
        self.log.append(f"{name} started")
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            await anyio.sleep(seconds)
        except anyio.get_cancelled_exc_class():
            self.log.append(f"{name} cancelled")
            raise
        finally:
            self.running -= 1
        self.log.append(f"{name} done")
        return f"{name} after {seconds}s"

    def tools(self) -> list[Any]:
        async def slow(seconds: float) -> str:
            """Sleeps, slowly."""
            return await self._sleep("slow", seconds)

        async def quick(seconds: float) -> str:
            """Sleeps, quickly."""
            return await self._sleep("quick", seconds)

        async def broken(seconds: float) -> str:
            """Fails."""
            self.log.append("broken started")
            raise ValueError("no such thing")

        return [slow, quick, broken]


def responses_sent(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [p["functionResponse"] for p in body["contents"][-1]["parts"]]


@pytest.mark.anyio
async def test_the_calls_of_a_turn_overlap_and_their_results_go_back_in_call_order() -> None:
    sleepers = Sleepers()
    model = ScriptedModel(
        response(call("slow", signature="sig-1", seconds=0.3), call("quick", seconds=0.05)), text("Both done.")
    )
    agent = Agent(model.async_client(), model=MODEL, tools=sleepers.tools(), parallel_tool_calls=True)
    run = agent.iter("go")
    events = [event async for event in run.events()]
    assert sleepers.most_at_once == 2
    assert sleepers.log == ["slow started", "quick started", "quick done", "slow done"]
    assert [r["name"] for r in responses_sent(model.requests[1])] == ["slow", "quick"]
    assert responses_sent(model.requests[1])[0]["response"] == {"result": "slow after 0.3s"}
    # started for each call in call order, finished as each completed
    tool_events = [(type(e).__name__, e.call.name) for e in events if isinstance(e, ToolCallStarted | ToolCallFinished)]
    assert tool_events == [
        ("ToolCallStarted", "slow"),
        ("ToolCallStarted", "quick"),
        ("ToolCallFinished", "quick"),
        ("ToolCallFinished", "slow"),
    ]
    assert run.result is not None
    assert [o.name for o in run.result.trace[0].observations] == ["slow", "quick"]  # call order
    assert run.result.usage.tool_calls == 2
    finished = {e.call.name: e.seconds for e in events if isinstance(e, ToolCallFinished)}
    assert finished["slow"] >= 0.3 > finished["quick"]


@pytest.mark.anyio
async def test_by_default_calls_run_one_after_another() -> None:
    sleepers = Sleepers()
    model = ScriptedModel(response(call("slow", seconds=0.05), call("quick", seconds=0.01)), text("Done."))
    await Agent(model.async_client(), model=MODEL, tools=sleepers.tools()).run("go")
    assert sleepers.most_at_once == 1
    assert sleepers.log == ["slow started", "slow done", "quick started", "quick done"]


@pytest.mark.anyio
async def test_a_failing_call_goes_back_with_the_others_results() -> None:
    sleepers = Sleepers()
    model = ScriptedModel(
        response(call("slow", seconds=0.05), call("broken", seconds=0), call("quick", seconds=0.01)), text("Ok.")
    )
    agent = Agent(model.async_client(), model=MODEL, tools=sleepers.tools(), parallel_tool_calls=True)
    result = await agent.run("go")
    sent = responses_sent(model.requests[1])
    assert [r["name"] for r in sent] == ["slow", "broken", "quick"]
    assert sent[0]["response"] == {"result": "slow after 0.05s"}
    assert sent[1]["response"] == {"error": "ValueError: no such thing"}
    assert sent[2]["response"] == {"result": "quick after 0.01s"}
    assert [o.error for o in result.trace[0].observations] == [None, "ValueError: no such thing", None]


@pytest.mark.anyio
async def test_approvals_are_asked_in_call_order_before_any_call_runs() -> None:
    sleepers = Sleepers()
    asked: list[str] = []

    async def approve(call: ToolInvocation) -> bool:
        asked.append(f"asked {call.name}")
        sleepers.log.append(f"asked {call.name}")
        await anyio.sleep(0.01)
        return call.name != "quick"

    model = ScriptedModel(response(call("slow", seconds=0.01), call("quick", seconds=0.01)), text("Ok."))
    agent = Agent(
        model.async_client(),
        model=MODEL,
        tools=sleepers.tools(),
        parallel_tool_calls=True,
        requires_approval=["slow", "quick"],
        approve=approve,
    )
    await agent.run("go")
    assert sleepers.log[:2] == ["asked slow", "asked quick"]
    assert "quick started" not in sleepers.log
    assert responses_sent(model.requests[1])[1]["response"] == {"error": "PermissionError: the user denied this call"}


@pytest.mark.anyio
async def test_paused_approvals_then_the_calls_run_concurrently() -> None:
    sleepers = Sleepers()
    model = ScriptedModel(response(call("slow", seconds=0.05), call("quick", seconds=0.01)), text("Ok."))
    agent = Agent(
        model.async_client(),
        model=MODEL,
        tools=sleepers.tools(),
        parallel_tool_calls=True,
        requires_approval=["slow", "quick"],
    )
    run = agent.iter("go")
    step = await run.__anext__()
    assert [c.name for c in run.pending_approvals] == ["slow", "quick"] and sleepers.log == []
    run.approve(run.pending_approvals[0])
    run.deny(run.pending_approvals[1], "not now")
    assert step.index == 1
    async for _ in run:
        pass
    assert sleepers.log == ["slow started", "slow done"]
    assert responses_sent(model.requests[1])[1]["response"] == {"error": "PermissionError: not now"}


@pytest.mark.anyio
async def test_cancelling_the_run_cancels_every_call() -> None:
    sleepers = Sleepers()
    model = ScriptedModel(response(call("slow", seconds=3600), call("quick", seconds=3600)), text("never"))
    agent = Agent(model.async_client(), model=MODEL, tools=sleepers.tools(), parallel_tool_calls=True)
    with anyio.fail_after(5):
        async with anyio.create_task_group() as group:
            group.start_soon(agent.run, "go")
            while sleepers.running < 2:
                await anyio.sleep(0.01)
            group.cancel_scope.cancel()
    assert sorted(sleepers.log) == ["quick cancelled", "quick started", "slow cancelled", "slow started"]
    assert len(model.requests) == 1


class Watching(RunInterceptor):
    """Sees each call, checks the run is current in it, and fails the ``quick`` one outside the tool."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, bool]] = []

    async def tool_call(self, run: AgentRun[Any], step: int, call: ToolInvocation, execute: Any) -> ToolResult:
        self.seen.append((call.name, current_run() is run))
        if call.name == "quick":
            raise RuntimeError("the record store is down")
        result: ToolResult = await execute()
        return result


@pytest.mark.anyio
async def test_interceptors_see_every_call_and_an_error_they_raise_cancels_the_others() -> None:
    sleepers = Sleepers()
    watching = Watching()
    model = ScriptedModel(response(call("slow", seconds=3600), call("quick", seconds=0)), text("never"))
    agent = Agent(
        model.async_client(), model=MODEL, tools=sleepers.tools(), parallel_tool_calls=True, interceptors=[watching]
    )
    with anyio.fail_after(5), pytest.raises(RuntimeError, match="record store is down"):
        await agent.run("go")
    assert sorted(watching.seen) == [("quick", True), ("slow", True)]
    assert sleepers.log == ["slow started", "slow cancelled"]


@pytest.mark.anyio
async def test_breaking_out_while_calls_run_cancels_them() -> None:
    sleepers = Sleepers()
    model = ScriptedModel(response(call("slow", seconds=3600), call("quick", seconds=0)), text("never"))
    agent = Agent(model.async_client(), model=MODEL, tools=sleepers.tools(), parallel_tool_calls=True)
    run = agent.iter("go")
    with anyio.fail_after(5):
        async for event in run.events():
            if isinstance(event, ToolCallFinished):  # quick finished, slow still running
                break
        await run.aclose()
    assert sleepers.log == ["slow started", "quick started", "quick done", "slow cancelled"]
