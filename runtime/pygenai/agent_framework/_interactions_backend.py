"""The agent loop over the Interactions API (``Agent(..., backend="interactions")``): stateful, each step chained to
the last one.

The history (``RunResult.messages``) is a list of turns, each ``{"role": ..., "steps": [...]}``:

* a model turn is ``{"role": "model", "id": <interaction id>, "steps": [...]}``: the interaction's id and its
  steps exactly as received (``thought`` steps with their signatures, ``function_call``, ``model_output``);
* a user turn is ``{"role": "user", "steps": [...]}``: the ``user_input`` step of a prompt, or the
  ``function_result`` steps answering a model turn's calls.

Each request sends only what the history gained since the last model turn (the prompt, or the function results) as
``input``, with ``previous_interaction_id`` set to that turn's ``id``; the server keeps the rest, so the requests are
sent with ``store: true``. A history with no model turn yet (the first step) is sent whole, so a history from an
earlier run (a conversation) continues where it ended. A user turn given as a GenerateContent ``Content`` (``{"role":
"user", "parts": [{"text": ...}]}``) is sent as a ``user_input`` step of its text.

Usage comes from the interaction's ``usage`` (``total_input_tokens`` plus ``total_tool_use_tokens`` as input,
``total_output_tokens``, ``total_thought_tokens``); structured output is asked for with ``response_format``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Final, TypeAlias, cast

import anyio.from_thread

from .._core.errors import ConfigTypeError
from .._io._async.concurrency import run_blocking
from ..interactions._prepare import BUILTIN_TOOLS
from ..interactions._wire import INTERACTIONS_WIRE, interaction_tools
from ..tools import Toolbox, ToolInvocation, ToolWire
from ._backend import ModelReply, TextSink, awaited, is_async_client

if TYPE_CHECKING:
    from ..tools._structured import StructuredOutput
    from ._usage import Usage

__all__ = ["InteractionsBackend"]

JSONObject: TypeAlias = dict[str, Any]

_OWNED: Final[Mapping[str, str]] = {
    "tools": "tools",
    "system_instruction": "instructions",
    "response_format": "output_type",
    "response_mime_type": "output_type",
    "automatic_function_calling": "tools",
    "input": "the prompt",
    "previous_interaction_id": "the history (the agent chains each step)",
    "store": "backend='interactions' (the chain needs stored interactions)",
    "model": "model",
    "agent": "model",
    "stream": "agent.run_stream",
    "background": "nothing: an agent step waits for its interaction",
}


class InteractionsBackend:
    """Interactions over a :class:`pygenai.Client` or :class:`pygenai.AsyncClient` (see the module docstring)."""

    wire: ToolWire = INTERACTIONS_WIRE
    owned: Mapping[str, str] = _OWNED

    def __init__(self, client: Any, model: str) -> None:
        self.client = client
        self.model = model

    def settings(
        self,
        toolbox: Toolbox,
        *,
        declare_functions: bool,
        instructions: str | None,
        structured: StructuredOutput[Any] | None,
        extra: Mapping[str, Any],
    ) -> JSONObject:
        config: JSONObject = dict(extra)
        config["store"] = True
        tools = interaction_tools(toolbox)
        if not declare_functions:
            tools = [tool for tool in tools if tool.get("type") != "function"]
        if tools:
            config["tools"] = tools
        if instructions:
            config["system_instruction"] = instructions
        if structured is not None:
            config["response_format"] = {
                "type": "text",
                "mime_type": structured.mime_type,
                "schema": structured.json_schema,
            }
        return config

    def body(self, contents: Sequence[JSONObject], config: JSONObject) -> JSONObject:
        """The keyword arguments of ``interactions.create`` for the history ``contents``: the new input, chained."""
        last = -1
        for index in range(len(contents) - 1, -1, -1):
            turn = contents[index]
            if turn.get("role") == "model" and isinstance(turn.get("id"), str):
                last = index
                break
        steps: list[JSONObject] = []
        for index in range(last + 1, len(contents)):
            steps.extend(_input_steps(contents[index], index))
        arguments: JSONObject = {**config, "model": self.model, "input": steps}
        if last >= 0:
            arguments["previous_interaction_id"] = contents[last]["id"]
        return arguments

    async def request(self, contents: Sequence[JSONObject], config: JSONObject) -> ModelReply:
        create: Callable[..., Any] = self.client.interactions.create
        call = partial(create, **self.body(contents, config))
        if is_async_client(self.client):
            interaction = await awaited(call())
        else:
            interaction = await run_blocking(call)
        return _reply(interaction)

    async def stream(self, contents: Sequence[JSONObject], config: JSONObject, on_text: TextSink) -> ModelReply:
        create: Callable[..., Any] = self.client.interactions.create
        call = partial(create, **self.body(contents, config), stream=True)
        if is_async_client(self.client):
            texts = _TextDeltas()
            async with await awaited(call()) as events:
                async for event in events:
                    text = texts.of(event._data)
                    if text:
                        on_text(text)
                interaction = await events.final_response()
        else:
            interaction = await run_blocking(_read_sync_stream, call, on_text)
        return _reply(interaction)

    def reply(self, data: JSONObject) -> ModelReply:
        from ..interactions._result import Interaction

        return _reply(Interaction._wrap(data))  # pyright: ignore[reportPrivateUsage]

    def turn(self, data: JSONObject) -> JSONObject:
        steps: Any = data.get("steps")
        turn: JSONObject = {"role": "model"}
        identifier = data.get("id")
        if isinstance(identifier, str):
            turn["id"] = identifier
        turn["steps"] = steps if isinstance(steps, list) else []
        return turn

    def user_turn(self, text: str) -> JSONObject:
        return {"role": "user", "steps": [_user_input(text)]}

    def history(self, turns: Sequence[Any]) -> list[JSONObject]:
        history: list[JSONObject] = []
        for index, turn in enumerate(turns):
            if not isinstance(turn, Mapping):
                raise ConfigTypeError(f"prompt[{index}]", f"a turn is a dict, got {type(turn).__name__}")
            history.append(dict(cast("Mapping[str, Any]", turn)))
        return history

    def builtin_tool(self, name: str) -> JSONObject:
        if name not in BUILTIN_TOOLS:
            raise ValueError(f"tools: {name!r} is not a built-in tool of Interactions ({', '.join(BUILTIN_TOOLS)})")
        return {"type": name}

    def answer_turn(self, calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
        return {"role": "user", **INTERACTIONS_WIRE.answer(calls, results)}

    def texts(self, turn: Mapping[str, Any]) -> tuple[str, str]:
        thought: list[str] = []
        text: list[str] = []
        steps: Any = turn.get("steps") or ()
        for step in cast("list[Any]", steps):
            if not isinstance(step, Mapping):
                continue
            fields = cast("Mapping[str, Any]", step)
            kind = fields.get("type")
            if kind == "thought":
                thought.extend(_item_texts(fields.get("summary")))
            elif kind == "model_output":
                text.extend(_item_texts(fields.get("content")))
        return "".join(thought), "".join(text)

    def count(self, usage: Usage, data: JSONObject) -> None:
        usage.requests += 1
        counts: Any = data.get("usage")
        if not isinstance(counts, Mapping):
            return
        fields = cast("Mapping[str, Any]", counts)
        usage.input_tokens += _int(fields, "total_input_tokens") + _int(fields, "total_tool_use_tokens")
        usage.output_tokens += _int(fields, "total_output_tokens")
        usage.thinking_tokens += _int(fields, "total_thought_tokens")


def _reply(interaction: Any) -> ModelReply:
    data: JSONObject = interaction._data
    return ModelReply(data, lambda: str(interaction.text))


def _user_input(text: str) -> JSONObject:
    return {"type": "user_input", "content": [{"type": "text", "text": text}]}


def _input_steps(turn: Mapping[str, Any], index: int) -> list[JSONObject]:
    """The steps a history turn sends: its ``steps``, or a ``Content``'s text as one ``user_input`` step."""
    steps: Any = turn.get("steps")
    if isinstance(steps, list):
        return cast("list[JSONObject]", steps)
    parts: Any = turn.get("parts")
    if not isinstance(parts, list):
        raise ConfigTypeError(f"messages[{index}]", "expected a turn with 'steps' (or a Content with 'parts')")
    texts: list[str] = []
    for position, part in enumerate(cast("Sequence[Any]", parts)):
        value = cast("Mapping[str, Any]", part).get("text") if isinstance(part, Mapping) else None
        if not isinstance(value, str):
            raise ConfigTypeError(
                f"messages[{index}].parts[{position}]",
                "the Interactions backend takes text parts in a Content turn; give other input as steps",
            )
        texts.append(value)
    return [_user_input("".join(texts))]


def _item_texts(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    out: list[str] = []
    for item in cast("Sequence[Any]", items):
        if isinstance(item, Mapping):
            value = cast("Mapping[str, Any]", item).get("text")
            if isinstance(value, str) and cast("Mapping[str, Any]", item).get("type") == "text":
                out.append(value)
    return out


def _int(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class _TextDeltas:
    """The answer text in a stream's events: ``text`` deltas of steps other than thoughts."""

    __slots__ = ("kinds",)

    def __init__(self) -> None:
        self.kinds: dict[Any, str] = {}

    def of(self, event: Mapping[str, Any]) -> str:
        kind = event.get("event_type")
        if kind in ("step.start", "content.start"):
            inner = event.get("step") if kind == "step.start" else event.get("content")
            step_type = cast("Mapping[str, Any]", inner).get("type") if isinstance(inner, Mapping) else None
            self.kinds[event.get("index", 0)] = step_type if isinstance(step_type, str) else ""
            return ""
        if kind not in ("step.delta", "content.delta"):
            return ""
        delta = event.get("delta")
        if not isinstance(delta, Mapping) or self.kinds.get(event.get("index", 0), "model_output") == "thought":
            return ""
        fields = cast("Mapping[str, Any]", delta)
        text = fields.get("text")
        return text if fields.get("type") == "text" and isinstance(text, str) else ""


def _read_sync_stream(open_stream: Callable[[], Any], on_text: TextSink) -> Any:
    """In a worker thread: read a sync client's event stream, handing each text fragment to the event loop's thread."""
    texts = _TextDeltas()
    with open_stream() as events:
        for event in events:
            text = texts.of(event._data)
            if text:
                anyio.from_thread.run_sync(on_text, text)
        return events.final_response()
