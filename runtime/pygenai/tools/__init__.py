"""Function calling for any API: tools from Python callables, toolsets, and the loop that runs them.

* :func:`tool`, :class:`FunctionTool`: a callable with the declaration the model sees (type hints and
  docstring to JSON Schema);
* :class:`Toolset` (list tools, call a tool, an async lifecycle) and :class:`FunctionToolset` (Python
  callables); MCP servers and agents-as-tools are toolsets too;
* :class:`ToolInvocation`, :class:`ToolResult`, :class:`ToolWire` (one API's wire form of calls and results);
* :class:`FunctionCallingLoop`, the loop's state machine, the same for every API.
"""

from ._calls import ToolInvocation, ToolOutput, ToolResult, ToolWire, to_json_value
from ._declarations import FunctionTool, ToolDefinition, tool
from ._loop import DEFAULT_MAX_ROUNDS, CallTools, Finished, FunctionCallingLoop, StopReason
from ._toolset import FunctionToolset, Toolbox, Toolset

__all__ = [
    "DEFAULT_MAX_ROUNDS",
    "CallTools",
    "Finished",
    "FunctionCallingLoop",
    "FunctionTool",
    "FunctionToolset",
    "StopReason",
    "ToolDefinition",
    "ToolInvocation",
    "ToolOutput",
    "ToolResult",
    "ToolWire",
    "Toolbox",
    "Toolset",
    "to_json_value",
    "tool",
]
