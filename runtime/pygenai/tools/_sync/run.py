# Generated from runtime/pygenai/tools/_async/run.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""Running a toolbox: open its toolsets, list their tools, run a turn's calls (concurrently, when async).

The sync twin runs the calls one after another; toolsets that need an event loop are reached through the
shared portal (see ``pygenai.tools.Toolset``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import partial
from typing import Literal, TypeAlias

from ..._io._sync.concurrency import gather
from .._calls import ToolInvocation, ToolResult, ToolWire
from .._toolset import Toolbox

__all__ = ["OnError", "list_tools_sync", "run_calls", "using_tools"]

OnError: TypeAlias = Literal["respond", "raise"]


def list_tools_sync(toolbox: Toolbox) -> None:
    """List the tools of every toolset not listed yet (an open toolset, for one that holds a session)."""
    for toolset in toolbox.pending:
        toolbox.add_listing(toolset, toolset.list_tools_sync())


@contextmanager
def using_tools(toolbox: Toolbox) -> Iterator[Toolbox]:
    """Keep every toolset of ``toolbox`` open, with its tools listed, for the duration of the block."""
    with ExitStack() as stack:
        for toolset in toolbox.toolsets:
            stack.enter_context(toolset)
        list_tools_sync(toolbox)
        yield toolbox


def run_calls(
    toolbox: Toolbox, calls: Sequence[ToolInvocation], wire: ToolWire, *, on_error: OnError = "respond"
) -> list[ToolResult]:
    """Run one turn's calls (async tools concurrently); results come back in call order.

    A tool that raises, arguments that do not fit, or a return value with no JSON form become an error response for
    the model; with ``on_error="raise"`` the first error propagates instead (and cancels the calls still running).
    """

    def run(call: ToolInvocation) -> ToolResult:
        try:
            value = toolbox.toolset_for(call).call_tool_sync(call)
        except Exception as exc:
            if on_error == "raise":
                raise
            return ToolResult.failure(call, exc, wire)
        result = ToolResult.success(call, value, wire)
        if on_error == "raise" and result.error is not None:
            raise result.error
        return result

    return gather([partial(run, call) for call in calls])
