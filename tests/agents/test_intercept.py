"""Interceptors wrap a run, its model requests and its tool calls; a tool sees its run; a run can stop after a
step."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest

from pygenai.agent_framework import Agent, AgentRun, RunInterceptor, current_run
from pygenai.agent_framework._backend import ModelReply
from pygenai.agent_framework._intercept import ExecuteCall, SendRequest
from pygenai.tools import ToolInvocation, ToolResult
from tests.agents._scripted import ScriptedModel, call, response, text

MODEL = "gemini-2.5-flash"


class Recorder(RunInterceptor):
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    @contextlib.asynccontextmanager
    async def _around(self, run: AgentRun[Any]) -> AsyncIterator[None]:
        self.log.append(f"{self.name}:run-start")
        try:
            yield
        finally:
            self.log.append(f"{self.name}:run-end")

    def around_run(self, run: AgentRun[Any]) -> contextlib.AbstractAsyncContextManager[None]:
        return self._around(run)

    async def model_request(self, run: AgentRun[Any], step: int, send: SendRequest) -> ModelReply:
        self.log.append(f"{self.name}:request-{step}")
        return await send()

    async def tool_call(self, run: AgentRun[Any], step: int, call: ToolInvocation, execute: ExecuteCall) -> ToolResult:
        self.log.append(f"{self.name}:call-{step}-{call.name}")
        return await execute()


@pytest.mark.anyio
async def test_interceptors_wrap_in_order_first_outermost() -> None:
    log: list[str] = []
    seen: list[AgentRun[Any] | None] = []

    def lookup(city: str) -> str:
        """Look a city up."""
        seen.append(current_run())
        log.append("tool")
        return city

    model = ScriptedModel(response(call("lookup", city="Oslo")), text("done"))
    agent = Agent(
        model.async_client(), model=MODEL, tools=[lookup], interceptors=[Recorder("a", log), Recorder("b", log)]
    )
    run = agent.iter("go")
    async for _ in run:
        pass
    assert run.result is not None and run.result.output == "done"
    assert log == [
        "a:run-start",
        "b:run-start",
        "a:request-1",
        "b:request-1",
        "a:call-1-lookup",
        "b:call-1-lookup",
        "tool",
        "a:request-2",
        "b:request-2",
        "b:run-end",
        "a:run-end",
    ]
    assert seen == [run]
    assert current_run() is None


@pytest.mark.anyio
async def test_an_interceptor_can_answer_a_request_without_sending_it() -> None:
    model = ScriptedModel()  # no script: any request sent would fail

    class Recorded(RunInterceptor):
        async def model_request(self, run: AgentRun[Any], step: int, send: SendRequest) -> ModelReply:
            return run.agent.backend.reply(text("from the record"))

    agent = Agent(model.async_client(), model=MODEL, interceptors=[Recorded()])
    result = await agent.run("hi")
    assert result.output == "from the record"
    assert model.requests == []


@pytest.mark.anyio
async def test_stop_after_step_ends_the_run_once_the_calls_are_answered() -> None:
    def transfer() -> str:
        """Hand over."""
        run = current_run()
        assert run is not None
        run.stop_after_step("handed over")
        return "ok"

    model = ScriptedModel(response(call("transfer")), text("never asked"))
    agent = Agent(model.async_client(), model=MODEL, tools=[transfer])
    result = await agent.run("go")
    assert result.output is None and result.stopped == "handed over"
    assert len(model.requests) == 1
    assert result.messages[-1]["parts"][0]["functionResponse"]["response"] == {"result": "ok"}
