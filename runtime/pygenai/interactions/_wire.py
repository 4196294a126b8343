"""The Interactions wire form of tool calls and results: ``function_call`` steps in, ``function_result`` steps out.

:data:`INTERACTIONS_WIRE` is the :class:`~pygenai.tools.ToolWire` the function-calling loop uses for the
Interactions API. A model turn is ``{"steps": [...]}``: the steps one interaction returned. A call is a
``function_call`` step (``id``, ``name``, ``arguments``); its answer is a ``function_result`` step with the call's
``call_id`` and ``name``, the tool's value as ``result`` and ``is_error`` (``true`` with the error text as
``result`` when the tool raised). :func:`interaction_tools` writes a toolbox as the request's ``tools``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, TypeAlias

from .._core.errors import ToolPairingError
from .._core.model import WireModel
from ..tools import Toolbox, ToolInvocation, ToolResult, Toolset

__all__ = ["INTERACTIONS_WIRE", "InteractionsToolWire", "function_calls", "interaction_tools", "model_turn"]

JSONObject: TypeAlias = dict[str, Any]


def model_turn(steps: Any) -> JSONObject:
    """The loop's view of one interaction's output: its steps (the same list, so nothing is copied or lost)."""
    return {"steps": steps if isinstance(steps, list) else []}


def function_calls(turn: Mapping[str, Any] | WireModel | None) -> list[ToolInvocation]:
    """The ``function_call`` steps of a turn (``{"steps": [...]}``), in order."""
    data = turn._data if isinstance(turn, WireModel) else turn
    if not isinstance(data, Mapping):
        return []
    steps = data.get("steps")
    if not isinstance(steps, list):
        return []
    calls: list[ToolInvocation] = []
    for step in steps:
        if not isinstance(step, dict) or step.get("type") != "function_call":
            continue
        name = step.get("name")
        arguments = step.get("arguments")
        call_id = step.get("id")
        calls.append(
            ToolInvocation(
                index=len(calls),
                name=name if isinstance(name, str) else "",
                args=dict(arguments) if isinstance(arguments, Mapping) else {},
                id=call_id if isinstance(call_id, str) and call_id else None,
                part=step,
            )
        )
    return calls


def function_result_step(call: ToolInvocation, response: Mapping[str, Any]) -> JSONObject:
    """The ``function_result`` step answering ``call``; ``response`` is ``{"result": ...}`` or ``{"error": ...}``."""
    step: JSONObject = {"type": "function_result", "call_id": call.id or "", "name": call.name}
    if "error" in response:
        step["result"] = response["error"]
        step["is_error"] = True
    else:
        step["result"] = response.get("result")
        step["is_error"] = False
    return step


def _result_step(result: Any) -> JSONObject:
    if isinstance(result, ToolResult):
        return result.part or function_result_step(result.call, result.response)
    data = result._data if isinstance(result, WireModel) else result
    if isinstance(data, Mapping) and data.get("type") == "function_result":
        return dict(data)
    raise ToolPairingError(f"expected a function_result step or a ToolResult, got {type(result).__name__}")


def pair_function_results(calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
    """The turn answering every call: one ``function_result`` step per call, in call order, matched by ``call_id``.

    Every call must be answered exactly once, else :class:`~pygenai.ToolPairingError`.
    """
    by_id = {call.id: call.index for call in calls}
    slots: list[JSONObject | None] = [None] * len(calls)
    for result in results:
        step = _result_step(result)
        call_id = step.get("call_id")
        index = by_id.get(call_id) if isinstance(call_id, str) else None
        if index is None:
            raise ToolPairingError(f"function_result for call_id {call_id!r} matches no call of this turn")
        if slots[index] is not None:
            raise ToolPairingError(f"call {call_id!r} ({calls[index].name}) is answered twice")
        slots[index] = step
    missing = [f"{c.name} (id {c.id})" for c in calls if slots[c.index] is None]
    if missing:
        raise ToolPairingError(f"no function_result for: {', '.join(missing)}")
    return {"steps": [slot for slot in slots if slot is not None]}


class InteractionsToolWire:
    """The Interactions :class:`~pygenai.tools.ToolWire` (see the module docstring)."""

    __slots__ = ()

    def calls(self, turn: Mapping[str, Any] | WireModel | None) -> list[ToolInvocation]:
        return function_calls(turn)

    def result_part(self, call: ToolInvocation, response: Mapping[str, Any]) -> JSONObject:
        return function_result_step(call, response)

    def answer(self, calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
        return pair_function_results(calls, results)


INTERACTIONS_WIRE: Final = InteractionsToolWire()


def interaction_tools(toolbox: Toolbox) -> list[JSONObject]:
    """The request's ``tools``: each tool a toolset lists as ``{"type": "function", "name", "description",
    "parameters"}``, where its toolset was; the API's own tool objects (``{"type": "google_search"}``, MCP servers,
    ...) unchanged and in order."""
    out: list[JSONObject] = []
    for item, definitions in toolbox.declarations_by_toolset():
        if not isinstance(item, Toolset):
            out.append(item)
            continue
        for definition in definitions:
            declaration: JSONObject = {"type": "function", "name": definition.name}
            if definition.description:
                declaration["description"] = definition.description
            declaration["parameters"] = definition.parameters
            out.append(declaration)
    return out
