"""One MCP tool call over stdio (``measures/mcp_call.py``): ``MCPToolset.call_tool`` against a bare MCP SDK
session, each with its own ``server-everything`` process (npm installs it on first use; Node needed)."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured, contender_params, record

CONTENDERS = {"mcp_tool_call": ["bare mcp.Client.call_tool", "pygenai MCPToolset.call_tool"]}


@pytest.mark.parametrize(("measure_id", "contender"), contender_params(CONTENDERS))
def test_mcp(benchmark: Any, measured: Measured, measure_id: str, contender: str) -> None:
    record(benchmark, measured("mcp")[measure_id], contender, CONTENDERS[measure_id])
