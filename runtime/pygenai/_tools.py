"""Python callables as Gemini function tools, and the pure core of the automatic function-calling loop.

* :func:`tool` / :meth:`FunctionTool.from_callable` turn a function (sync or async) into a
  ``FunctionDeclaration`` whose ``parametersJsonSchema`` comes from its type hints and docstring.
  Unsupported hints fail here, naming the parameter (:class:`ToolDefinitionError`).
* :class:`Toolbox` holds the tools one request offers and writes the wire ``tools`` list.
* :func:`run_calls` / :func:`arun_calls` execute one model turn's calls (async tools concurrently) and
  give results in call order; :func:`pair_function_responses` builds the one user ``Content`` that
  answers them (ids echoed, or paired by name and order when the server sent none).
* :class:`FunctionCallingLoop` is the loop's state machine with no I/O: feed it each model ``Content``,
  it says which calls to run or why the loop is over (``completed``, ``max_rounds``,
  ``unhandled_call``). The sync and async clients drive it.

Everything here works on wire JSON (camelCase dicts, as the API sends them); pygenai models are
accepted wherever a dict is, and read through their wire JSON.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import datetime as dt
import decimal
import enum
import functools
import inspect
import re
import sys
import typing
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, Literal, ParamSpec, TypeAlias, TypeVar, overload

from ._docstrings import parse_docstring
from ._jsonschema import ConversionError, Field, HintCompiler, ObjectNode, SchemaBuilder, path_join
from ._model import Model
from ._tool_errors import ToolArgumentError, ToolDefinitionError, ToolPairingError, UnsupportedTypeError

__all__ = [
    "DEFAULT_MAX_ROUNDS",
    "CallTools",
    "Finished",
    "FunctionCall",
    "FunctionCallingLoop",
    "FunctionTool",
    "ToolResult",
    "Toolbox",
    "arun_calls",
    "function_calls",
    "function_response_part",
    "pair_function_responses",
    "run_calls",
    "to_json_value",
    "tool",
    "tool_config",
]

P = ParamSpec("P")
R = TypeVar("R")

JSONObject: TypeAlias = dict[str, Any]
OnError: TypeAlias = Literal["respond", "raise"]
StopReason: TypeAlias = Literal["completed", "max_rounds", "unhandled_call"]

DEFAULT_MAX_ROUNDS = 10
"""Rounds of tool execution the automatic loop runs before it stops with ``max_rounds``."""

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$")


# --------------------------------------------------------------------------------------------- declarations


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
        self.name = name if name is not None else _callable_name(function)
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


def _callable_name(function: Callable[..., Any]) -> str:
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


# --------------------------------------------------------------------------------------------- tool sets

ToolLike: TypeAlias = "Callable[..., Any] | FunctionTool[..., Any] | Mapping[str, Any] | Model"
"""What a request's ``tools=`` takes: callables, :class:`FunctionTool` s, and wire ``Tool`` objects."""


class Toolbox:
    """The tools of one request: callables by name, and the wire ``tools`` list to send.

    All callables go into one wire ``Tool`` with ``functionDeclarations`` (placed where the first
    callable was); wire ``Tool`` objects (``{"googleSearch": {}}``, declarations you answer yourself)
    are passed through unchanged and in order.
    """

    __slots__ = ("functions", "wire")

    functions: dict[str, FunctionTool[..., Any]]
    wire: list[JSONObject]

    def __init__(self, items: Iterable[ToolLike] = ()) -> None:
        self.functions = {}
        self.wire = []
        declarations: list[JSONObject] | None = None
        for item in items:
            if isinstance(item, Model):
                self.wire.append(item._data)
            elif isinstance(item, Mapping):
                self.wire.append(dict(item))
            elif callable(item):
                function = FunctionTool.from_callable(item)
                if function.name in self.functions:
                    raise ToolDefinitionError(function.name, None, "two tools have this name")
                self.functions[function.name] = function
                if declarations is None:
                    declarations = []
                    self.wire.append({"functionDeclarations": declarations})
                declarations.append(function.declaration)
            else:
                raise ToolDefinitionError(repr(item), None, "a tool must be a callable or a wire Tool object")

    def __contains__(self, name: object) -> bool:
        return name in self.functions

    def __len__(self) -> int:
        return len(self.functions)

    def get(self, name: str) -> FunctionTool[..., Any] | None:
        """The tool the model calls ``name``, if this toolbox runs it."""
        return self.functions.get(name)


def tool_config(
    mode: Literal["AUTO", "ANY", "NONE", "VALIDATED"] | str = "AUTO",
    allowed_function_names: Iterable[str | Callable[..., Any]] | None = None,
) -> JSONObject:
    """The wire ``toolConfig`` for a function-calling mode.

    ``AUTO`` lets the model choose between text and calls, ``ANY`` forces a call, ``NONE`` forbids
    calls, ``VALIDATED`` allows either but validates calls against the schemas. ``allowed_function_names``
    (names or the tools themselves) narrows ``ANY`` and ``VALIDATED`` to those functions. Modes this
    version does not know are passed through upper-cased.

    >>> tool_config("any", ["get_weather"])
    {'functionCallingConfig': {'mode': 'ANY', 'allowedFunctionNames': ['get_weather']}}
    """
    wire_mode = mode.upper()
    config: JSONObject = {"mode": wire_mode}
    if allowed_function_names is not None:
        names = [
            n if isinstance(n, str) else n.name if isinstance(n, FunctionTool) else _callable_name(n)
            for n in allowed_function_names
        ]
        if wire_mode in ("AUTO", "NONE"):
            raise ValueError(f"allowed_function_names applies to modes ANY and VALIDATED, not {wire_mode}")
        config["allowedFunctionNames"] = names
    return {"functionCallingConfig": config}


# --------------------------------------------------------------------------------------------- calls and responses


@dataclasses.dataclass(frozen=True)
class FunctionCall:
    """One function call of a model turn, in the order the model made it.

    ``part`` is the wire part as received (its ``thoughtSignature`` included); ``id`` is the server's
    call id, ``None`` when it sent none.
    """

    index: int
    name: str
    args: JSONObject
    id: str | None
    part: JSONObject


def _wire(value: Any) -> Any:
    return value._data if isinstance(value, Model) else value


def function_calls(content: Mapping[str, Any] | Model | None) -> list[FunctionCall]:
    """The function calls in a model ``Content`` (wire dict or model), in order."""
    data = _wire(content)
    if not isinstance(data, Mapping):
        return []
    parts = data.get("parts")
    if not isinstance(parts, list):
        return []
    calls: list[FunctionCall] = []
    for part in parts:
        call = part.get("functionCall") if isinstance(part, Mapping) else None
        if not isinstance(call, Mapping):
            continue
        name = call.get("name")
        args = call.get("args")
        call_id = call.get("id")
        calls.append(
            FunctionCall(
                index=len(calls),
                name=name if isinstance(name, str) else "",
                args=dict(args) if isinstance(args, Mapping) else {},
                id=call_id if isinstance(call_id, str) and call_id else None,
                part=part,
            )
        )
    return calls


def function_response_part(name: str, response: Mapping[str, Any], *, id: str | None = None) -> JSONObject:
    """A wire ``functionResponse`` part; ``response`` is the JSON object the model reads."""
    body: JSONObject = {"name": name}
    if id is not None:
        body["id"] = id
    body["response"] = dict(response)
    return {"functionResponse": body}


def _error_text(exc: BaseException) -> str:
    message = str(exc)
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


@dataclasses.dataclass(frozen=True)
class ToolResult:
    """What running one call produced: the wire part to send back, and the value or the exception."""

    call: FunctionCall
    part: JSONObject
    value: Any = None
    error: BaseException | None = None

    @classmethod
    def success(cls, call: FunctionCall, value: Any) -> ToolResult:
        """The result of a call that returned ``value``: ``{"result": <value as JSON>}``."""
        try:
            response = {"result": to_json_value(value)}
        except TypeError as exc:
            return cls.failure(call, exc)
        return cls(call, function_response_part(call.name, response, id=call.id), value)

    @classmethod
    def failure(cls, call: FunctionCall, error: BaseException) -> ToolResult:
        """The result of a call that raised: ``{"error": "<type>: <message>"}``."""
        part = function_response_part(call.name, {"error": _error_text(error)}, id=call.id)
        return cls(call, part, None, error)


def run_calls(toolbox: Toolbox, calls: Sequence[FunctionCall], *, on_error: OnError = "respond") -> list[ToolResult]:
    """Run calls one after another (the sync path); results come back in call order.

    A tool that raises, or arguments that do not fit, become an error response for the model; with
    ``on_error="raise"`` the exception propagates instead. An async tool runs to completion on a
    fresh event loop (there must be no running loop in this thread).
    """
    results: list[ToolResult] = []
    for call in calls:
        try:
            function = _require(toolbox, call)
            args, kwargs = function.bind(call.args)
            value = function.function(*args, **kwargs)
            if inspect.isawaitable(value):
                value = _run_awaitable(function, value)
        except Exception as exc:
            if on_error == "raise":
                raise
            results.append(ToolResult.failure(call, exc))
        else:
            results.append(ToolResult.success(call, value))
    return results


async def arun_calls(
    toolbox: Toolbox, calls: Sequence[FunctionCall], *, on_error: OnError = "respond"
) -> list[ToolResult]:
    """Run calls concurrently (an anyio task group: asyncio or trio); results come back in call order.

    Async tools overlap; sync tools run on the event loop's thread as their turn comes.
    Errors behave as in :func:`run_calls`; with ``on_error="raise"`` the first error cancels the other calls
    and is raised as it is.
    """
    import anyio

    results: list[ToolResult | None] = [None] * len(calls)

    async def run(index: int, call: FunctionCall) -> None:
        try:
            function = _require(toolbox, call)
            args, kwargs = function.bind(call.args)
            value = function.function(*args, **kwargs)
            if inspect.isawaitable(value):
                value = await value
        except Exception as exc:
            if on_error == "raise":
                raise
            results[index] = ToolResult.failure(call, exc)
        else:
            results[index] = ToolResult.success(call, value)

    try:
        async with anyio.create_task_group() as group:
            for index, call in enumerate(calls):
                group.start_soon(run, index, call)
    except BaseExceptionGroup as errors:
        first = errors.exceptions[0]
        if len(errors.exceptions) == 1 and isinstance(first, Exception):
            raise first from None
        raise
    return [result for result in results if result is not None]


def _require(toolbox: Toolbox, call: FunctionCall) -> FunctionTool[..., Any]:
    function = toolbox.get(call.name)
    if function is None:
        raise LookupError(f"there is no function named {call.name!r}; available: {', '.join(toolbox.functions)}")
    return function


def _run_awaitable(function: FunctionTool[..., Any], awaitable: Awaitable[Any]) -> Any:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        if inspect.iscoroutine(awaitable):
            awaitable.close()
        raise RuntimeError(
            f"async tool {function.name!r} cannot run from sync code inside a running event loop; use the async client"
        )

    async def wait() -> Any:
        return await awaitable

    return asyncio.run(wait())


def pair_function_responses(
    calls: Sequence[FunctionCall], responses: Iterable[Mapping[str, Any] | Model | ToolResult]
) -> JSONObject:
    """The user ``Content`` that answers one model turn: one ``functionResponse`` per call, in call order.

    ``responses`` may come in any order, as ``functionResponse`` parts, bare ``FunctionResponse``
    objects, models, or :class:`ToolResult` s. A response with an ``id`` answers the call with that
    id; one without answers the next unanswered call of the same name (calls in turn order). Each
    part in the result carries its call's ``id`` when the server sent one, and none when it did not
    (ids on responses to a turn without ids are ignored). Every call must be answered exactly once,
    else :class:`ToolPairingError`.
    """
    slots: list[JSONObject | None] = [None] * len(calls)
    by_id = {call.id: call.index for call in calls if call.id is not None}
    for response in responses:
        body = _response_body(response)
        name = body.get("name")
        response_id = body.get("id")
        if isinstance(response_id, str) and response_id and by_id:
            index = by_id.get(response_id)
            if index is None:
                raise ToolPairingError(f"function response id {response_id!r} matches no call of this turn")
            if slots[index] is not None:
                raise ToolPairingError(f"call {response_id!r} ({calls[index].name}) is answered twice")
        else:
            free = (c.index for c in calls if c.name == name and slots[c.index] is None)
            found = next(free, None)
            if found is None:
                raise ToolPairingError(f"function response for {name!r} matches no unanswered call of that name")
            index = found
        call = calls[index]
        answered: JSONObject = {"name": call.name}
        if call.id is not None:
            answered["id"] = call.id
        for key, value in body.items():
            if key not in ("name", "id"):
                answered[key] = value
        slots[index] = {"functionResponse": answered}
    missing = [
        f"{c.name}" + (f" (id {c.id})" if c.id else f" (call {c.index})") for c in calls if slots[c.index] is None
    ]
    if missing:
        raise ToolPairingError(f"no function response for: {', '.join(missing)}")
    return {"role": "user", "parts": [slot for slot in slots if slot is not None]}


def _response_body(response: Mapping[str, Any] | Model | ToolResult) -> Mapping[str, Any]:
    if isinstance(response, ToolResult):
        response = response.part
    data = _wire(response)
    if not isinstance(data, Mapping):
        raise ToolPairingError(f"expected a function response, got {type(data).__name__}")
    inner = data.get("functionResponse")
    if isinstance(inner, Mapping):
        return inner
    if "response" in data or "name" in data:
        return data
    raise ToolPairingError(f"expected a function response, got an object with keys {sorted(data)}")


# --------------------------------------------------------------------------------------------- the loop


@dataclasses.dataclass(frozen=True)
class CallTools:
    """The model asked for these calls: run them and hand the results to :meth:`FunctionCallingLoop.submit`."""

    calls: list[FunctionCall]
    round: int


@dataclasses.dataclass(frozen=True)
class Finished:
    """The loop is over.

    ``reason`` is ``completed`` (the model answered without calls), ``max_rounds`` (the model still
    calls tools after the allowed rounds: a partial result) or ``unhandled_call`` (a call to a
    function this toolbox does not run; answer it yourself). ``calls`` are the calls left unanswered.
    """

    reason: StopReason
    rounds: int
    calls: list[FunctionCall]


class FunctionCallingLoop:
    """The automatic function-calling loop as a state machine, without I/O.

    A shell drives it::

        loop = FunctionCallingLoop(toolbox)
        while True:
            response = send(contents + loop.history)
            step = loop.step(response_content)
            if isinstance(step, Finished):
                break
            loop.submit(run_calls(toolbox, step.calls))

    ``history`` holds the contents the loop added, in order: each model ``Content`` exactly as
    received (same object, so thought signatures and unknown fields survive), then the user
    ``Content`` with its function responses.
    """

    __slots__ = ("_pending", "history", "max_rounds", "rounds", "toolbox")

    def __init__(self, toolbox: Toolbox, *, max_rounds: int = DEFAULT_MAX_ROUNDS) -> None:
        if max_rounds < 0:
            raise ValueError("max_rounds must be >= 0")
        self.toolbox = toolbox
        self.max_rounds = max_rounds
        self.rounds = 0
        self.history: list[JSONObject] = []
        self._pending: list[FunctionCall] | None = None

    def step(self, content: Mapping[str, Any] | Model | None) -> CallTools | Finished:
        """Take the model's ``Content`` of one turn and decide what happens next."""
        if self._pending is not None:
            raise RuntimeError("submit() the results of the previous calls before the next step()")
        calls = function_calls(content)
        if not calls:
            return Finished("completed", self.rounds, [])
        if any(call.name not in self.toolbox for call in calls):
            return Finished("unhandled_call", self.rounds, calls)
        if self.rounds >= self.max_rounds:
            return Finished("max_rounds", self.rounds, calls)
        self.rounds += 1
        data = _wire(content)
        self.history.append(data if isinstance(data, dict) else dict(data))
        self._pending = calls
        return CallTools(calls, self.rounds)

    def submit(self, results: Iterable[Mapping[str, Any] | Model | ToolResult]) -> JSONObject:
        """Pair the results with the pending calls; return (and record) the user ``Content`` to send."""
        if self._pending is None:
            raise RuntimeError("no calls are pending")
        content = pair_function_responses(self._pending, results)
        self._pending = None
        self.history.append(content)
        return content


# --------------------------------------------------------------------------------------------- return values


def to_json_value(value: Any) -> Any:
    """A tool's return value as JSON-ready data.

    Dataclasses, pydantic models, msgspec Structs, enums, tuples/sets, dates and times, UUIDs,
    decimals, bytes (base64) and pygenai models are converted; anything else raises ``TypeError``.
    """
    if isinstance(value, enum.Enum):  # before the scalars: IntEnum and StrEnum members are ints and strs
        return to_json_value(value.value)
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Model):
        return value._data
    if isinstance(value, Mapping):
        return {_json_key(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json_value(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    pydantic = sys.modules.get("pydantic")
    if pydantic is not None and isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json")
    msgspec = sys.modules.get("msgspec")
    if msgspec is not None and isinstance(value, msgspec.Struct):
        return to_json_value(msgspec.to_builtins(value))
    raise TypeError(f"tool returned a {type(value).__name__}, which has no JSON form")


def _json_key(key: Any) -> str:
    if isinstance(key, enum.Enum):
        key = key.value
    if isinstance(key, str):
        return key
    if isinstance(key, bool | int | float):
        return str(key).lower() if isinstance(key, bool) else str(key)
    raise TypeError(f"tool returned a mapping with a {type(key).__name__} key, which has no JSON form")
