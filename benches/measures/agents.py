"""(h) Agent framework overhead: one scripted 6-step run (5 tool calls, then the answer) three ways.

The run is the same for every contender: the prompt, one tool ``visit(checkpoint)``, and a model (the scripted
loopback server, :mod:`benches.loopback`) that asks for checkpoints 1 to 5 one step at a time, then answers.
Each step sends the whole history, so the requests grow as the run goes, as in real use.

- ``bare loop``: the least a caller can write on pygenai: ``generate_content`` with a prebuilt declaration, run the
  call, append the model turn and the function response, repeat until there is no call.
- ``pygenai Agent.run``: the framework: the same requests plus its bookkeeping (tool schema from the function,
  events, trace, usage, limits, interceptor seams).
- ``pydantic-ai Agent.run``: pydantic-ai's agent on its ``GoogleModel``, whose requests go through google-genai,
  pointed at the same server with ``http_options.base_url``.

All three are async and timed in interleaved rounds in one event loop (as the MCP measure does), by the wall clock
and by this process's CPU time: the server runs in another process, so CPU time is the client side's own cost, and
it is far less disturbed than the wall clock when other work shares the machine. Before timing, each contender's run
is checked to reach the scripted answer, and the agent's to take the six steps.
"""

from __future__ import annotations

import asyncio
import gc
import random
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from google import genai
from google.genai import types as genai_types

import pygenai
from pygenai.agent_framework import Agent

from .. import workloads
from ..loopback import serve_script_in_subprocess
from ..report import MeasureResult
from ..settings import MODEL, Settings
from ..timing import Timing, calibrate_async

__all__ = ["run"]

_STEPS = 5
_PROMPT = "Visit the five checkpoints in order, one at a time, then say you are done."
_ANSWER = "All five checkpoints are visited: 1, 2, 3, 4 and 5."
_KEY = "test-key-123"
_DECLARATION: dict[str, Any] = {
    "functionDeclarations": [
        {
            "name": "visit",
            "description": "Visit one checkpoint and report what is there.",
            "parametersJsonSchema": {
                "type": "object",
                "properties": {"checkpoint": {"type": "integer"}},
                "required": ["checkpoint"],
            },
        }
    ]
}


def visit(checkpoint: int) -> dict[str, Any]:
    """Visit one checkpoint and report what is there."""
    return {"checkpoint": checkpoint, "status": "clear"}


def _script() -> list[bytes]:
    """The model's side: a signed call per step (Gemini 3 shape: 8-character id, finishMessage), then the answer."""
    rng = random.Random(13)
    bodies: list[bytes] = []
    for step in range(1, _STEPS + 2):
        signature = workloads._signature(rng, 200)
        if step <= _STEPS:
            call = {"name": "visit", "args": {"checkpoint": step}, "id": workloads._call_id(rng)}
            parts: list[dict[str, Any]] = [{"functionCall": call, "thoughtSignature": signature}]
            extra = {"finishMessage": "Model generated function call(s)."}
        else:
            parts, extra = [{"text": _ANSWER, "thoughtSignature": signature}], {}
        prompt = 60 + 40 * step
        candidate = {"content": {"parts": parts, "role": "model"}, "finishReason": "STOP", "index": 0, **extra}
        bodies.append(
            workloads.pretty(
                {
                    "candidates": [candidate],
                    "usageMetadata": workloads._usage(prompt, 12, 30),
                    "modelVersion": MODEL,
                    "responseId": workloads._response_id(rng),
                }
            )
        )
    return bodies


class _Contenders:
    """The three ways to drive the run, each with a client kept open across runs, and what they saw."""

    def __init__(self, base_url: str) -> None:
        from pydantic_ai import Agent as PydanticAgent
        from pydantic_ai.models.google import GoogleModel
        from pydantic_ai.providers.google import GoogleProvider

        self.client = pygenai.AsyncClient(api_key=_KEY, base_url=base_url)
        self.agent = Agent(self.client, model=MODEL, tools=[visit])
        options = genai_types.HttpOptions(base_url=base_url, api_version="v1beta")
        self.google = genai.Client(api_key=_KEY, http_options=options)
        model = GoogleModel(MODEL, provider=GoogleProvider(client=self.google))
        self.pydantic_agent: Any = PydanticAgent(model, tools=[visit])
        self.visited: dict[str, list[int]] = {}

    async def bare(self) -> str:
        history: list[Any] = [{"role": "user", "parts": [{"text": _PROMPT}]}]
        while True:
            response = await self.client.models.generate_content(
                model=MODEL, contents=history, config={"tools": [_DECLARATION]}
            )
            calls = response.function_calls
            if not calls:
                return response.text
            history.append(response.content)
            history.append(response.function_responses([visit(**call.args) for call in calls]))

    async def agent_run(self) -> str:
        return (await self.agent.run(_PROMPT)).output

    async def pydantic_run(self) -> str:
        result = await self.pydantic_agent.run(_PROMPT)
        return str(result.output)

    async def close(self) -> None:
        await self.client.close()
        await self.google.aio.aclose()


async def _time(
    contenders: Sequence[tuple[str, Callable[[], Awaitable[object]]]], rounds: int, batch_s: float
) -> tuple[dict[str, Timing], dict[str, Timing]]:
    """Per-run seconds of each contender in interleaved rounds: wall-clock time, and this process's CPU time (what
    the client side itself costs, without the waits for the server that a busy shared machine stretches)."""
    sizes = {name: await calibrate_async(call, batch_s, max_calls=1 << 14) for name, call in contenders}
    wall: dict[str, list[float]] = {name: [] for name, _ in contenders}
    cpu: dict[str, list[float]] = {name: [] for name, _ in contenders}
    for round_index in range(rounds):
        shift = round_index % len(contenders)
        for name, call in [*contenders[shift:], *contenders[:shift]]:
            gc.collect()
            started, cpu_started = time.perf_counter(), time.process_time()
            for _ in range(sizes[name]):
                await call()
            cpu[name].append((time.process_time() - cpu_started) / sizes[name])
            wall[name].append((time.perf_counter() - started) / sizes[name])
    return (
        {name: Timing(name, tuple(wall[name]), sizes[name]) for name, _ in contenders},
        {name: Timing(name, tuple(cpu[name]), sizes[name], clock="process_time") for name, _ in contenders},
    )


_BARE = "bare generate_content loop"
_AGENT = "pygenai Agent.run"
_PYDANTIC = "pydantic-ai Agent.run (GoogleModel)"


def _cpu(name: str) -> str:
    """The name of ``name``'s CPU-time contender."""
    return f"{name}, client CPU time"


async def _measure(base_url: str, settings: Settings) -> tuple[dict[str, Timing], dict[str, Timing]]:
    contenders = _Contenders(base_url)
    try:
        runs = [(_BARE, contenders.bare), (_AGENT, contenders.agent_run), (_PYDANTIC, contenders.pydantic_run)]
        for name, call in runs:  # same work: every contender reaches the scripted answer
            answer = await call()
            if answer != _ANSWER:
                raise RuntimeError(f"{name} did not finish the scripted run: {answer!r}")
        steps = len((await contenders.agent.run(_PROMPT)).trace)
        if steps != _STEPS + 1:
            raise RuntimeError(f"the agent took {steps} steps, not {_STEPS + 1}")
        return await _time(runs, settings.rounds, max(settings.batch_s, 0.1))
    finally:
        await contenders.close()


def run(settings: Settings) -> list[MeasureResult]:
    """Time the scripted run three ways and report the agent's cost against the bare loop and pydantic-ai."""
    with serve_script_in_subprocess(_script(), lifetime=1200) as base_url:
        wall, cpu = asyncio.run(_measure(base_url, settings))
    result = MeasureResult("agent_overhead", f"one {_STEPS + 1}-step agent run ({_STEPS} tool calls), loopback")
    cpu = {_cpu(name): timing for name, timing in cpu.items()}  # the same runs, timed by this process's CPU clock
    result.add_times(wall)
    result.add_times(cpu)
    for name in (_BARE, _AGENT, _PYDANTIC):
        per_step = statistics.median(wall[name].samples) / (_STEPS + 1) * 1e6
        cpu_per_step = statistics.median(cpu[_cpu(name)].samples) / (_STEPS + 1) * 1e6
        result.facts[f"per step, {name}"] = f"{per_step:.0f} µs wall, {cpu_per_step:.0f} µs CPU (medians)"
    result.add_ratio(wall, _AGENT, _BARE, "pygenai Agent / bare generate_content loop", goal_max=1.1, goal="≤ 1.1")
    result.add_ratio(cpu, _cpu(_AGENT), _cpu(_BARE), "pygenai Agent / bare generate_content loop (client CPU time)")
    result.add_ratio(wall, _AGENT, _PYDANTIC, "pygenai Agent / pydantic-ai Agent")
    result.add_ratio(cpu, _cpu(_AGENT), _cpu(_PYDANTIC), "pygenai Agent / pydantic-ai Agent (client CPU time)")
    return [result]
