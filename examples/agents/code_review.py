"""A code-review agent over MCP: the reference ``server-filesystem`` gives it a folder, approvals guard writes.

The script writes a small Python module with a few flaws into a temporary folder and starts ``server-filesystem``
on that folder (over stdio, with ``pygenai.mcp.stdio``). The agent may use three of the server's tools: two that
read, and ``write_file``, which is in ``requires_approval``: every write goes through ``approve`` first, which here
lets the agent write its review to ``REVIEW.md`` and refuses any change to the code itself (the model is told why).
Each tool call prints as it happens (``on_event``).

The server comes from npm (Node needed): ``npx -y @modelcontextprotocol/server-filesystem@2026.8.31``, or the
``dist/index.js`` of an installed copy named by ``MCP_FILESYSTEM_SERVER`` (the test suite sets it). Offline, only the
model side replays; the server always runs for real.

    python examples/agents/code_review.py                      # offline: the model side replays its cassette
    GEMINI_API_KEY=... python examples/agents/code_review.py   # live
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import async_client

import pygenai
import pygenai.mcp
from pygenai.agent_framework import Agent, AgentEvent, ToolCallFinished, ToolCallStarted

MODEL = "gemini-3.5-flash"
SERVER_PACKAGE = "@modelcontextprotocol/server-filesystem@2026.8.31"
MODULE = """\
def add_item(name, qty, stock={}):
    stock[name] = stock.get(name, 0) + qty
    return stock


def load_prices(path):
    try:
        with open(path) as f:
            return {line.split(",")[0]: float(line.split(",")[1]) for line in f}
    except:
        return None


def total(stock, prices):
    if prices == None:
        return 0
    return sum(prices[name] * qty for name, qty in stock.items())
"""
TASK = (
    "Review inventory.py in the project folder: write your review to REVIEW.md, most serious problem first, "
    "and fix the code if you can."
)


def filesystem_server(directory: Path) -> pygenai.mcp.MCPToolset:
    """server-filesystem over stdio, confined to ``directory``, offering the agent two read tools and one write."""
    installed = os.environ.get("MCP_FILESYSTEM_SERVER")
    command, args = ("node", [installed]) if installed else ("npx", ["-y", SERVER_PACKAGE])
    return pygenai.mcp.stdio(
        command,
        args=[*args, str(directory)],
        name="project",
        allow=["list_directory", "read_text_file", "write_file"],
    )


def approve(call: pygenai.ToolInvocation) -> bool:
    """Writes are allowed for the review file only, never for the code under review."""
    allowed = call.args.get("path") == "REVIEW.md"
    print(f"[approval] {call.name}(path={call.args.get('path')!r}): {'approved' if allowed else 'refused'}")
    return allowed


def show(event: AgentEvent) -> None:
    if isinstance(event, ToolCallStarted):
        args = {k: (v if len(str(v)) < 40 else f"<{len(str(v))} characters>") for k, v in event.call.args.items()}
        print(f"[step {event.step}] {event.call.name}({args})")
    elif isinstance(event, ToolCallFinished):
        said = event.error or json.dumps(event.response, ensure_ascii=False)
        print(f"[step {event.step}]   -> {'error: ' if event.error else ''}{said[:90]}")


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pygenai-review-") as scratch:
        folder = Path(scratch)
        (folder / "inventory.py").write_text(MODULE, encoding="utf-8")
        async with async_client() as gemini, filesystem_server(folder) as project:
            agent = Agent(
                gemini,
                model=MODEL,
                name="reviewer",
                instructions="You review Python code for bugs and risky patterns. Paths are relative to the project "
                "folder.",
                tools=[project],
                requires_approval=["write_file"],
                approve=approve,
                on_event=show,
            )
            result = await agent.run(TASK)
            print(f"\n[tools] {project.name} offered: {', '.join(sorted(project.tools))}")
        print(f"\nreviewer: {result.output}")
        written = folder / "REVIEW.md"
        if written.is_file():
            review = written.read_text(encoding="utf-8")
            print(f"\n--- REVIEW.md as written by the server ({len(review)} characters)\n{review}")
        else:
            print("\n[review] the agent wrote no REVIEW.md this time")
        unchanged = (folder / "inventory.py").read_text(encoding="utf-8") == MODULE
        print(f"[unchanged] inventory.py is {'as written' if unchanged else 'MODIFIED'}")
        print(f"[usage] {result.usage.requests} requests, {result.usage.tool_calls} tool calls")


if __name__ == "__main__":
    asyncio.run(main())
