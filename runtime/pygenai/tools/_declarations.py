"""Python callables as function tools: the declaration the model sees, built from type hints and docstrings.

:func:`tool` / :meth:`FunctionTool.from_callable` turn a function (sync or async) into a declaration whose
``parametersJsonSchema`` comes from its type hints and docstring (Google, NumPy or Sphinx style). Unsupported
hints fail here, naming the parameter (:class:`~pygenai.ToolDefinitionError`). A call's arguments are
checked and converted back into Python values by :meth:`FunctionTool.bind`.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeAlias, TypeVar, overload

from .._core.errors import ToolArgumentError, ToolDefinitionError, UnsupportedTypeError
from ._docstrings import parse_docstring
from ._jsonschema import ConversionError, Field, HintCompiler, ObjectNode, SchemaBuilder, path_join

__all__ = ["FunctionTool", "ToolDefinition", "callable_name", "tool"]

P = ParamSpec("P")
R = TypeVar("R")

JSONObject: TypeAlias = dict[str, Any]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$")


@dataclasses.dataclass(frozen=True)
class ToolDefinition:
    """A tool as the model sees it, whatever runs it: a name, a description and a JSON Schema of its arguments.

    ``metadata`` holds what the tool's source says besides (an MCP tool's annotations, say); the model never
    sees it.
    """

    name: str
    description: str | None
    parameters: JSONObject
    metadata: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def declaration(self) -> JSONObject:
        """The wire ``FunctionDeclaration``: ``name``, ``description`` (when known), ``parametersJsonSchema``."""
        out: JSONObject = {"name": self.name}
        if self.description:
            out["description"] = self.description
        out["parametersJsonSchema"] = self.parameters
        return out


class FunctionTool(Generic[P, R]):
    """A Python callable together with the function declaration the model sees.

    Calling a ``FunctionTool`` calls the function, so ``@tool`` leaves a function usable as before.

    >>> @tool
    ... def get_weather(city: str, unit: Literal["c", "f"] = "c") -> str:
    ...     '''Current weather in a city.
    ...
    ...     Args:
    ...         city: City name, e.g. "Paris".
    ...     '''
    ...     return "sunny"
    >>> get_weather.declaration["parametersJsonSchema"]["required"]
    ['city']
    """

    __slots__ = ("_parameters", "_positional", "declaration", "description", "function", "is_async", "name")

    function: Callable[P, R]
    name: str
    description: str | None
    is_async: bool
    declaration: JSONObject
    """The wire ``FunctionDeclaration``: ``name``, ``description`` (when known), ``parametersJsonSchema``."""

    def __init__(self, function: Callable[P, R], *, name: str | None = None, description: str | None = None) -> None:
        self.function = function
        self.name = name if name is not None else callable_name(function)
        if not _NAME.match(self.name):
            raise ToolDefinitionError(
                self.name,
                None,
                "a function name must start with a letter or underscore and hold at most 64 letters, "
                "digits, underscores, dots, colons or dashes (pass name= to choose one)",
            )
        doc = parse_docstring(inspect.getdoc(_unwrap_partial(function)))
        self.description = description if description is not None else (doc.description or None)
        self.is_async = _is_async_callable(function)
        self._parameters, self._positional = _compile_parameters(self.name, function, doc.params)
        builder = SchemaBuilder()
        self.declaration = {"name": self.name}
        if self.description:
            self.declaration["description"] = self.description
        self.declaration["parametersJsonSchema"] = builder.finish(self._parameters.inline_schema(builder))

    @classmethod
    def from_callable(
        cls, function: Callable[P, R] | FunctionTool[P, R], *, name: str | None = None, description: str | None = None
    ) -> FunctionTool[P, R]:
        """A tool for ``function``; an existing tool is returned as is unless a name or description is given."""
        if isinstance(function, FunctionTool):
            if name is None and description is None:
                return function
            name = function.name if name is None else name
            description = function.description if description is None else description
            function = function.function
        return cls(function, name=name, description=description)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"FunctionTool(name={self.name!r}, is_async={self.is_async})"

    @property
    def definition(self) -> ToolDefinition:
        """The tool as any toolset describes it."""
        return ToolDefinition(self.name, self.description, self.declaration["parametersJsonSchema"])

    def bind(self, args: Mapping[str, Any] | None) -> tuple[list[Any], dict[str, Any]]:
        """Validate and convert a function call's ``args`` into positional and keyword arguments.

        Raises :class:`ToolArgumentError` naming the failing path (``$.items[1].qty``) when the model's
        arguments do not fit the parameters.
        """
        args = {} if args is None else args
        if not isinstance(args, Mapping):
            raise ToolArgumentError(self.name, "$", f"expected an object of arguments, got {type(args).__name__}")
        known = {f.key for f in self._parameters.fields}
        unexpected = [key for key in args if key not in known]
        if unexpected:
            raise ToolArgumentError(self.name, path_join("$", unexpected[0]), "unexpected argument")
        try:
            values = self._parameters.convert_fields(dict(args), "$", lenient=True)
        except ConversionError as exc:
            raise ToolArgumentError(self.name, exc.path, exc.reason) from None
        positional = [values.pop(name) for name in self._positional if name in values]
        return positional, values


@overload
def tool(function: Callable[P, R], /) -> FunctionTool[P, R]: ...


@overload
def tool(
    *, name: str | None = None, description: str | None = None
) -> Callable[[Callable[P, R]], FunctionTool[P, R]]: ...


def tool(
    function: Callable[P, R] | None = None, /, *, name: str | None = None, description: str | None = None
) -> FunctionTool[P, R] | Callable[[Callable[P, R]], FunctionTool[P, R]]:
    """Mark a function as a tool, optionally naming or describing it differently from its code.

    The declaration is built (and unsupported hints rejected) right here, at decoration time::

        @tool
        def add(a: int, b: int) -> int: ...

        @tool(name="lookup", description="Find a customer by e-mail.")
        async def find_customer(email: str) -> dict[str, str]: ...
    """
    if function is not None:
        return FunctionTool(function, name=name, description=description)

    def decorate(fn: Callable[P, R]) -> FunctionTool[P, R]:
        return FunctionTool(fn, name=name, description=description)

    return decorate


def _unwrap_partial(function: Callable[..., Any]) -> Any:
    target: Any = function
    while isinstance(target, functools.partial):
        target = target.func
    return target


def callable_name(function: Callable[..., Any]) -> str:
    """The name a callable is declared under by default (its ``__name__``, through ``functools.partial``)."""
    target = _unwrap_partial(function)
    name = getattr(target, "__name__", None)
    if not isinstance(name, str):
        name = type(target).__name__
    return name


def _is_async_callable(function: Callable[..., Any]) -> bool:
    target = _unwrap_partial(function)
    if inspect.iscoroutinefunction(target):
        return True
    call = getattr(target, "__call__", None)  # noqa: B004 - a callable object's async __call__
    return not inspect.isfunction(target) and inspect.iscoroutinefunction(call)


def _compile_parameters(
    name: str, function: Callable[..., Any], docs: Mapping[str, str]
) -> tuple[ObjectNode, list[str]]:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError) as exc:
        raise ToolDefinitionError(name, None, f"cannot read its signature: {exc}") from None
    hints = _resolve_hints(name, function)
    node = ObjectNode(name, function, dict)
    positional: list[str] = []
    compiler = HintCompiler()
    for param in signature.parameters.values():
        if param.kind is inspect.Parameter.VAR_POSITIONAL or param.kind is inspect.Parameter.VAR_KEYWORD:
            stars = "*" if param.kind is inspect.Parameter.VAR_POSITIONAL else "**"
            raise ToolDefinitionError(name, param.name, f"{stars}{param.name} cannot be declared to the model")
        hint = hints.get(param.name, param.annotation)
        if hint is inspect.Parameter.empty:
            if param.name in ("self", "cls") and not node.fields:
                raise ToolDefinitionError(
                    name, param.name, "looks like a method; pass the bound method (tools=[obj.method]) instead"
                )
            raise ToolDefinitionError(name, param.name, "has no type annotation; the schema is built from type hints")
        try:
            param_node = compiler.compile(hint)
        except UnsupportedTypeError as exc:
            raise ToolDefinitionError(name, param.name, exc.reason) from None
        required = param.default is inspect.Parameter.empty
        node.fields.append(Field(param.name, param.name, param_node, required, docs.get(param.name)))
        if param.kind is inspect.Parameter.POSITIONAL_ONLY:
            positional.append(param.name)
    return node, positional


def _resolve_hints(name: str, function: Callable[..., Any]) -> dict[str, Any]:
    target = _unwrap_partial(function)
    if not (inspect.isfunction(target) or inspect.ismethod(target)):
        target = getattr(target, "__call__", target)  # noqa: B004 - hints of a callable object's __call__
    try:
        hints: dict[str, Any] = typing.get_type_hints(target, include_extras=True)
    except Exception as exc:
        raise ToolDefinitionError(
            name, None, f"cannot resolve its type hints ({type(exc).__name__}: {exc}); define the types it uses first"
        ) from None
    hints.pop("return", None)
    return hints
