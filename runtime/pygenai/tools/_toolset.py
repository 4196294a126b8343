"""Toolsets: where the tools a model may call come from, and how a call reaches them.

A :class:`Toolset` lists tool definitions and calls a tool; it may hold a resource open between
``__aenter__`` and ``__aexit__`` (a server process, a session). It is async at its core. Sync code reaches
it through the shared portal (one long-lived event loop thread), so a session opened by one call is still
there for the next; a toolset that can answer without an event loop says so by overriding the ``*_sync``
methods, as :class:`FunctionToolset` does for plain functions.

Python callables are one toolset (:class:`FunctionToolset`); MCP servers and agents-as-tools are others.
A :class:`Toolbox` holds the tools of one request: its toolsets, and the API's own tool objects (built-in
tools, declarations the caller answers itself), in the order given.
"""

from __future__ import annotations

import dataclasses
import inspect
import warnings
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Any, Self, TypeAlias

from .._core.errors import ToolDefinitionError
from .._core.model import WireModel
from .._io import portal
from ._calls import ToolInvocation
from ._declarations import FunctionTool, ToolDefinition

__all__ = ["FunctionToolset", "ToolLike", "Toolbox", "Toolset", "gemini_tool_list"]

JSONObject: TypeAlias = dict[str, Any]


class Toolset(ABC):
    """Tools the model may call, and how to call them.

    Subclasses implement :meth:`list_tools` and :meth:`call_tool`, and may hold a resource open between
    ``__aenter__`` and ``__aexit__``. :meth:`call_tool` returns the tool's value (anything with a JSON form)
    or raises; the error goes back to the model as an error response.

    Example::

        class Calculator(pygenai.Toolset):
            async def list_tools(self):
                return [pygenai.ToolDefinition("add", "Add two numbers.", {
                    "type": "object",
                    "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
                    "required": ["a", "b"],
                })]

            async def call_tool(self, call):
                return call.args["a"] + call.args["b"]

        chat = client.chats.create(model="gemini-2.5-flash", config={"tools": [Calculator()]})
    """

    _portal_contexts: list[AbstractContextManager[Any]]

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    @abstractmethod
    async def list_tools(self) -> Sequence[ToolDefinition]:
        """The tools of this toolset, as the model will see them."""

    @abstractmethod
    async def call_tool(self, call: ToolInvocation) -> Any:
        """Run ``call`` (its ``name`` is one of :meth:`list_tools`) and return its value, or raise."""

    # Sync access: through the shared portal unless a subclass can do better.

    def __enter__(self) -> Self:
        context = portal.enter(self)
        context.__enter__()
        if "_portal_contexts" not in self.__dict__:
            self._portal_contexts = []
        self._portal_contexts.append(context)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._portal_contexts.pop().__exit__(exc_type, exc, tb)

    def list_tools_sync(self) -> Sequence[ToolDefinition]:
        """:meth:`list_tools` for sync callers."""
        return portal.call(self.list_tools)

    def call_tool_sync(self, call: ToolInvocation) -> Any:
        """:meth:`call_tool` for sync callers."""
        return portal.call(self.call_tool, call)

    def alias_tool(self, name: str, alias: str) -> bool:
        """Offer tool ``name`` as ``alias`` from now on, if this toolset can (the default cannot: ``False``).

        A :class:`Toolbox` asks when another toolset already offers ``name``; a toolset that says no makes
        the clash an error.
        """
        return False


class FunctionToolset(Toolset):
    """Python functions (sync or async) as tools; their declarations come from type hints and docstrings.

    Sync functions run where the call is made (in the caller's thread, or on the event loop's); async ones are
    awaited, and from sync code they run on the shared portal's loop.
    """

    def __init__(self, functions: Iterable[Callable[..., Any] | FunctionTool[..., Any]] = ()) -> None:
        self.functions: dict[str, FunctionTool[..., Any]] = {}
        for function in functions:
            self.add(function)

    def add(self, function: Callable[..., Any] | FunctionTool[..., Any]) -> FunctionTool[..., Any]:
        """Add a function (its declaration is built now: a bad hint raises here)."""
        tool = FunctionTool.from_callable(function)
        if tool.name in self.functions:
            raise ToolDefinitionError(tool.name, None, "two tools have this name")
        self.functions[tool.name] = tool
        return tool

    def __repr__(self) -> str:
        return f"FunctionToolset({list(self.functions)})"

    def _function(self, call: ToolInvocation) -> FunctionTool[..., Any]:
        function = self.functions.get(call.name)
        if function is None:
            raise LookupError(f"there is no function named {call.name!r}; available: {', '.join(self.functions)}")
        return function

    async def list_tools(self) -> Sequence[ToolDefinition]:
        return self.list_tools_sync()

    def list_tools_sync(self) -> Sequence[ToolDefinition]:
        return [function.definition for function in self.functions.values()]

    async def call_tool(self, call: ToolInvocation) -> Any:
        function = self._function(call)
        args, kwargs = function.bind(call.args)
        value = function.function(*args, **kwargs)
        if inspect.isawaitable(value):
            value = await value
        return value

    def call_tool_sync(self, call: ToolInvocation) -> Any:
        function = self._function(call)
        if function.is_async:
            return portal.call(self.call_tool, call)
        args, kwargs = function.bind(call.args)
        value = function.function(*args, **kwargs)
        if inspect.isawaitable(value):
            return portal.call(_awaited, value)
        return value

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


async def _awaited(value: Any) -> Any:
    return await value


ToolLike: TypeAlias = "Callable[..., Any] | FunctionTool[..., Any] | Toolset | Mapping[str, Any] | WireModel"
"""What a request's ``tools=`` takes: callables, :class:`FunctionTool` s, toolsets, and the API's tool objects."""


class Toolbox:
    """The tools of one request (see the module docstring).

    Callables go into one :class:`FunctionToolset`, placed where the first callable was; toolsets and the
    API's own tool objects (wire dicts) keep their order. Once every toolset has been listed
    (:meth:`add_listing`), ``definitions`` maps each tool name to its definition and toolset.

    Two toolsets offering the same name: the first keeps it; the later one's tool is offered as
    ``<name>_2`` (``_3``...) if that toolset can rename its tools (:meth:`Toolset.alias_tool`, as MCP toolsets
    do), with a ``UserWarning`` and an entry in ``renamed``; otherwise the clash is an error naming both.
    """

    __slots__ = ("_listed", "definitions", "items", "renamed", "toolsets")

    items: list[Toolset | JSONObject]
    toolsets: list[Toolset]
    definitions: dict[str, tuple[ToolDefinition, Toolset]]
    renamed: dict[str, tuple[str, Toolset]]
    """Each tool offered under another name because of a clash: new name -> (its own name, its toolset)."""

    def __init__(self, items: Iterable[ToolLike] = ()) -> None:
        self.items = []
        self.toolsets = []
        self.definitions = {}
        self.renamed = {}
        self._listed: set[int] = set()
        functions: FunctionToolset | None = None
        for item in items:
            if isinstance(item, WireModel):
                self.items.append(item._data)
            elif isinstance(item, Mapping):
                self.items.append(dict(item))
            elif isinstance(item, Toolset):
                self._add_toolset(item)
            elif callable(item):
                if functions is None:
                    functions = FunctionToolset()
                    self._add_toolset(functions)
                functions.add(item)
            else:
                raise ToolDefinitionError(
                    repr(item), None, "a tool must be a callable, a Toolset or a wire Tool object"
                )
        for toolset in self.toolsets:
            if isinstance(toolset, FunctionToolset):
                self.add_listing(toolset, toolset.list_tools_sync())

    def _add_toolset(self, toolset: Toolset) -> None:
        if any(t is toolset for t in self.toolsets):
            raise ToolDefinitionError(repr(toolset), None, "the same toolset is given twice")
        self.items.append(toolset)
        self.toolsets.append(toolset)

    @property
    def pending(self) -> list[Toolset]:
        """Toolsets whose tools have not been listed yet."""
        return [t for t in self.toolsets if id(t) not in self._listed]

    def add_listing(self, toolset: Toolset, definitions: Sequence[ToolDefinition]) -> None:
        """Record what ``toolset`` listed."""
        if id(toolset) in self._listed:
            return
        for definition in definitions:
            found = self.definitions.get(definition.name)
            if found is not None:
                definition = self._renamed(definition, toolset, found[1])
            self.definitions[definition.name] = (definition, toolset)
        self._listed.add(id(toolset))

    def _renamed(self, definition: ToolDefinition, toolset: Toolset, holder: Toolset) -> ToolDefinition:
        """``definition`` under a free name (``<name>_2``...), or the clash as an error when ``toolset`` cannot."""
        number = 2
        while f"{definition.name}_{number}" in self.definitions:
            number += 1
        alias = f"{definition.name}_{number}"
        if not toolset.alias_tool(definition.name, alias):
            raise ToolDefinitionError(
                definition.name, None, f"two toolsets offer a tool of this name: {holder!r} and {toolset!r}"
            )
        warnings.warn(
            f"{toolset!r} and {holder!r} both offer a tool named {definition.name!r}: "
            f"the model sees {toolset!r}'s as {alias!r} (pass prefix= to choose names)",
            UserWarning,
            stacklevel=2,
        )
        self.renamed[alias] = (definition.name, toolset)
        return dataclasses.replace(definition, name=alias)

    def __contains__(self, name: object) -> bool:
        return name in self.definitions

    def __len__(self) -> int:
        return len(self.definitions)

    def toolset_for(self, call: ToolInvocation) -> Toolset:
        """The toolset that runs ``call``; ``LookupError`` when none offers its name."""
        found = self.definitions.get(call.name)
        if found is None:
            raise LookupError(f"there is no tool named {call.name!r}; available: {', '.join(self.definitions)}")
        return found[1]

    def declarations_by_toolset(self) -> list[tuple[Toolset | JSONObject, list[ToolDefinition]]]:
        """Each item in order, with the definitions a toolset listed (empty for wire tool objects)."""
        by_toolset: dict[int, list[ToolDefinition]] = {}
        for definition, toolset in self.definitions.values():
            by_toolset.setdefault(id(toolset), []).append(definition)
        return [(item, by_toolset.get(id(item), []) if isinstance(item, Toolset) else []) for item in self.items]


def gemini_tool_list(toolbox: Toolbox, wire_item: Callable[[JSONObject], JSONObject] | None = None) -> list[JSONObject]:
    """The toolbox as a list of Gemini ``Tool`` objects (GenerateContent's request and the Live setup share the
    shape): every toolset's declarations in one ``functionDeclarations`` tool, placed where the first toolset was
    (none when they offer nothing); the API's own tool objects (``{"googleSearch": {}}``, ...) in order, each
    through ``wire_item`` when given."""
    out: list[JSONObject] = []
    declarations: list[JSONObject] | None = None
    for item, definitions in toolbox.declarations_by_toolset():
        if isinstance(item, Toolset):
            if declarations is None:
                declarations = []
                out.append({"functionDeclarations": declarations})
            declarations.extend(d.declaration for d in definitions)
        else:
            out.append(item if wire_item is None else wire_item(item))
    if declarations == []:  # toolsets that offer nothing: no empty tool
        out = [tool for tool in out if tool.get("functionDeclarations") != []]
    return out
