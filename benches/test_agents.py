"""(h) One scripted 6-step agent run against a loopback server (``measures/agents.py``): a bare
``generate_content`` loop, ``pygenai.agent_framework.Agent.run`` and pydantic-ai's agent, each timed by the wall
clock and, in the same rounds, by this process's CPU time (``..., client CPU time``)."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured, contender_params, record

_RUNS = ["bare generate_content loop", "pygenai Agent.run", "pydantic-ai Agent.run (GoogleModel)"]
CONTENDERS = {"agent_overhead": [*_RUNS, *(f"{name}, client CPU time" for name in _RUNS)]}


@pytest.mark.parametrize(("measure_id", "contender"), contender_params(CONTENDERS))
def test_agents(benchmark: Any, measured: Measured, measure_id: str, contender: str) -> None:
    record(benchmark, measured("agents")[measure_id], contender, CONTENDERS[measure_id])
