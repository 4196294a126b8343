"""(g) One MCP tool call through pygenai against the same call on a bare MCP SDK session, over stdio.

Both contenders talk to their own process of the reference server ``@modelcontextprotocol/server-everything``
(installed with npm on first use into the cache directory the MCP tests use: ``$PYGENAI_MCP_NPM_CACHE``, else
``$XDG_CACHE_HOME/pygenai/npm-mcp``, else ``~/.cache/pygenai/npm-mcp``; Node from ``PATH``) and call its ``echo``
tool with the same message. The bare contender is the MCP SDK's ``mcp.Client`` calling ``call_tool``; pygenai's is
``MCPToolset.call_tool`` with a ``ToolInvocation``, as a chat runs it: the SDK call plus pygenai's own work
(looking the tool up, converting the result into what the model reads). Rounds interleave the two in one event
loop, as ``timing.py`` does for synchronous contenders.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import shutil
import statistics
import subprocess
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import mcp

import pygenai
import pygenai.mcp

from ..report import MeasureResult
from ..settings import Settings
from ..timing import Timing, calibrate_async

__all__ = ["run"]

_SERVER = ("@modelcontextprotocol/server-everything", "2026.8.31")
_MESSAGE = "Grüße aus Zürich: the same short message every call"


def _cache_dir() -> Path:
    explicit = os.environ.get("PYGENAI_MCP_NPM_CACHE")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pygenai" / "npm-mcp"


def _server_script() -> Path:
    """server-everything's entry point, installed with npm into the cache directory if it is not there yet."""
    name, version = _SERVER
    cache = _cache_dir()
    package = cache / "node_modules" / name
    manifest = package / "package.json"
    if not manifest.is_file() or json.loads(manifest.read_text())["version"] != version:
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError(f"the mcp measure needs npm (and Node) on PATH to install {name}@{version}")
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(cache), f"{name}@{version}"], check=True
        )
    return package / "dist" / "index.js"


async def _time(
    contenders: list[tuple[str, Callable[[], Awaitable[object]]]], rounds: int, batch_s: float
) -> dict[str, Timing]:
    sizes = {name: await calibrate_async(call, batch_s, max_calls=1 << 16) for name, call in contenders}
    samples: dict[str, list[float]] = {name: [] for name, _ in contenders}
    for round_index in range(rounds):
        shift = round_index % len(contenders)
        for name, call in contenders[shift:] + contenders[:shift]:
            gc.collect()
            start = time.perf_counter()
            for _ in range(sizes[name]):
                await call()
            samples[name].append((time.perf_counter() - start) / sizes[name])
    return {name: Timing(name, tuple(samples[name]), sizes[name]) for name, _ in contenders}


async def _measure(settings: Settings) -> tuple[dict[str, Timing], dict[str, str]]:
    script = str(_server_script())
    bare_client = mcp.Client(mcp.StdioServerParameters(command="node", args=[script, "stdio"]))
    toolset = pygenai.mcp.stdio("node", args=[script, "stdio"])
    invocation = pygenai.ToolInvocation(index=0, name="echo", args={"message": _MESSAGE}, id=None, part={})

    async with bare_client as bare, toolset:
        declared = {tool.name for tool in await toolset.list_tools()}
        if "echo" not in declared:
            raise RuntimeError(f"server-everything declares no echo tool through pygenai: {sorted(declared)}")

        async def bare_call() -> object:
            return await bare.call_tool("echo", {"message": _MESSAGE})

        async def pygenai_call() -> object:
            return await toolset.call_tool(invocation)

        # Same work: both get the server's echo of the message.
        bare_text = (await bare_call()).content[0].text  # type: ignore[attr-defined]
        seen = {"bare SDK": bare_text, "pygenai": repr(await pygenai_call())}
        if _MESSAGE not in bare_text or _MESSAGE not in seen["pygenai"]:
            raise RuntimeError(f"the contenders did not both get the echo: {seen}")
        timings = await _time(
            [("bare mcp.Client.call_tool", bare_call), ("pygenai MCPToolset.call_tool", pygenai_call)],
            settings.rounds,
            max(settings.batch_s, 0.1),
        )
    return timings, seen


def run(settings: Settings) -> list[MeasureResult]:
    """Time the echo call both ways and report pygenai / bare SDK."""
    timings, seen = asyncio.run(_measure(settings))
    result = MeasureResult("mcp_tool_call", "one MCP tool call over stdio (server-everything echo)")
    result.add_times(timings)
    result.facts["what the model reads (pygenai)"] = seen["pygenai"][:120]
    result.facts["median per call, bare SDK (µs)"] = round(
        statistics.median(timings["bare mcp.Client.call_tool"].samples) * 1e6
    )
    result.add_ratio(
        timings,
        "pygenai MCPToolset.call_tool",
        "bare mcp.Client.call_tool",
        "pygenai / bare MCP SDK session",
        goal_max=1.1,
        goal="≤ 1.1",
    )
    return [result]
