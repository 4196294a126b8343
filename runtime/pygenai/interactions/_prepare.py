"""Request preparation for ``interactions.create``: keyword arguments into one request body, the tools to run and
the structured output to parse.

:func:`prepare` checks and encodes what the generated method would send (the same wire fields), and adds:

* ``input``: anything :func:`~pygenai.interactions._input.to_input` takes;
* ``tools``: Python callables and toolsets (declared as ``{"type": "function", ...}``), built-in tools by name
  (``"google_search"``, ``"code_execution"``, ``"url_context"``, ``"google_maps"``), MCP servers and other tool
  objects (dicts or models) as given;
* ``generation_config``: a mapping or ``GenerationConfig``; an unknown key is an error naming the closest one;
* ``response_format``: a type (pydantic model, msgspec Struct, dataclass, TypedDict, ``list[...]``, ...) or a JSON
  Schema, sent as ``{"type": "text", "mime_type": "application/json", "schema": ...}`` and parsed back as
  ``interaction.parsed``; a response format object (``{"type": "text" | "image" | "audio", ...}``, a model, or a
  list of them) is sent as given;
* ``automatic_function_calling``: ``disable``, ``maximum_remote_calls`` and ``on_tool_error``, with the meaning they
  have for ``generate_content``.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, TypedDict

from pygenai_generated.interactions_types import GenerationConfig, WebhookConfig

from .._core.errors import ConfigTypeError, ResponseDecodeError
from .._core.model import WireModel, encode_union, foreign_dict
from ..tools import Toolbox
from ..tools._async.run import OnError
from ._input import input_steps, to_input
from ._wire import interaction_tools

if TYPE_CHECKING:
    from ..tools._structured import StructuredOutput

__all__ = [
    "BUILTIN_TOOLS",
    "DEFAULT_MAXIMUM_REMOTE_CALLS",
    "AutomaticFunctionCalling",
    "PreparedInteraction",
    "create_hint",
    "prepare",
]

JSONObject: TypeAlias = dict[str, Any]

DEFAULT_MAXIMUM_REMOTE_CALLS: Final = 10
"""Requests the automatic function-calling loop sends at most, the first included (as for ``generate_content``)."""

BUILTIN_TOOLS: Final = ("google_search", "code_execution", "url_context", "google_maps")
"""Built-in tools ``tools=`` takes by name: they need no settings (``file_search`` needs its stores: pass a dict)."""

_FORMAT_TYPES: Final = frozenset({"text", "image", "audio"})
_AFC_KEYS: Final = frozenset({"disable", "maximum_remote_calls", "on_tool_error"})


class AutomaticFunctionCalling(TypedDict, total=False):
    """How the Python functions and toolsets in ``tools`` are run (the keys mean what they do for ``generate_content``).

    * ``disable``: declare them but never run them (read ``interaction.function_calls`` and answer yourself);
    * ``maximum_remote_calls``: the most requests the loop sends, the first included (default 10);
    * ``on_tool_error``: ``"respond"`` (default: the error goes to the model, ``is_error: true``) or ``"raise"``.
    """

    disable: bool
    maximum_remote_calls: int
    on_tool_error: Literal["respond", "raise"]


@dataclasses.dataclass
class PreparedInteraction:
    """One ``create`` resolved: the wire input and body, and what the client does around sending it."""

    input: str | list[Any]  # a stateless conversation's stored steps come as fragments of their JSON
    body: JSONObject
    toolbox: Toolbox | None = None
    automatic: bool = False
    max_rounds: int = DEFAULT_MAXIMUM_REMOTE_CALLS - 1
    on_error: OnError = "respond"
    structured: StructuredOutput[Any] | None = None

    @property
    def runs_tools(self) -> bool:
        """Whether the client runs tools for this request (some toolset, and automatic calling not disabled)."""
        return self.automatic and self.toolbox is not None

    @property
    def stored(self) -> bool:
        """Whether the server keeps the interaction (``store`` is not ``False``), so a follow-up can name it."""
        return self.body.get("store") is not False

    def tools_listed(self) -> None:
        """Write the request's ``tools`` once every toolset has listed its tools."""
        if self.toolbox is not None:
            self.body["tools"] = interaction_tools(self.toolbox)

    def request_body(self) -> JSONObject:
        """The first request's wire body."""
        return {**self.body, "input": self.input}

    def follow_up(self, interaction_id: str | None, answer: list[JSONObject], history: list[JSONObject]) -> JSONObject:
        """The body that sends the function results ``answer`` after an interaction asked for them.

        Stored: the results alone, chained with ``previous_interaction_id``; the interaction-scoped settings
        (model, tools, system instruction, generation config, ...) are sent again, as the server does not carry them
        over. Not stored (``store=False``), or without an id: the whole exchange replayed as steps, the input first,
        then every step the loop added (``history``: model steps as received, then results).
        """
        if self.stored and interaction_id:
            return {**self.body, "previous_interaction_id": interaction_id, "input": answer}
        steps: list[JSONObject] = list(input_steps(self.input))
        for turn in history:
            steps.extend(turn["steps"])
        return {**self.body, "input": steps}


def create_hint(key: str) -> str | None:
    """What to write instead of a keyword ``interactions.create`` does not take, for GenerateContent habits."""
    if key == "contents":
        return "interactions take input=, not contents="
    if key == "config":
        return (
            "interactions.create takes its settings as keyword arguments (generation_config=, tools=, "
            "system_instruction=, response_format=, ...), not config="
        )
    if key in GenerationConfig._wire_names:
        return f"{key!r} is a generation setting: pass generation_config={{{key!r}: ...}}"
    if key == "response_schema":
        return "pass the type as response_format= (a pydantic model, dataclass, TypedDict, ... or a JSON Schema)"
    close = difflib.get_close_matches(key, sorted(GenerationConfig._wire_names), n=1, cutoff=0.8)
    if close:
        return f"did you mean the generation setting {close[0]!r}? Pass generation_config={{{close[0]!r}: ...}}"
    return None


def _generation(value: Any) -> JSONObject:
    if isinstance(value, WireModel):
        items: Mapping[str, Any] = value._data
    elif isinstance(value, Mapping):
        items = value
    else:
        dumped = foreign_dict(value)
        if dumped is None:
            raise ConfigTypeError(
                "generation_config", f"expected a mapping or GenerationConfig, got {type(value).__name__}"
            )
        items = dumped
    known = sorted(GenerationConfig._wire_names)
    for key in items:
        if key not in GenerationConfig._wire_names:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(known)}"
            raise TypeError(f"unknown generation_config key {key!r}{hint}")
    wire = GenerationConfig._coerce_mapping({k: getattr(v, "value", v) for k, v in items.items() if v is not None})
    try:
        GenerationConfig._wrap(wire).validate()
    except ResponseDecodeError as exc:
        inner = exc.path.split(".", 1)[1] if "." in exc.path else exc.path
        raise ConfigTypeError(f"generation_config[{inner.split('.')[0]!r}]", exc.reason) from None
    return wire


def _tools(items: Any) -> Toolbox:
    if isinstance(items, str | Mapping | WireModel) or not isinstance(items, Sequence):
        raise ConfigTypeError("tools", f"expected a list, got {type(items).__name__}")
    normalized: list[Any] = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            if item not in BUILTIN_TOOLS:
                known = ", ".join(repr(k) for k in BUILTIN_TOOLS)
                raise ValueError(
                    f"tools[{index}]: unknown built-in tool {item!r}: the names are {known}; pass others as a dict, "
                    "e.g. {'type': 'file_search', 'file_search_store_names': [...]}"
                )
            normalized.append({"type": item})
        elif isinstance(item, WireModel):
            normalized.append(item._data)
        elif isinstance(item, Mapping):
            if not isinstance(item.get("type"), str):
                raise ConfigTypeError(f"tools[{index}]", "a tool dict needs a 'type' ('function', 'mcp_server', ...)")
            normalized.append(dict(item))
        elif not callable(item) and (dumped := foreign_dict(item)) is not None:  # google-genai's tool types
            normalized.append(dumped)
        else:
            normalized.append(item)
    return Toolbox(normalized)


def _response_format(value: Any) -> tuple[Any, StructuredOutput[Any] | None]:
    """The wire ``response_format`` and, for a type or a JSON Schema, the structured output to parse."""
    if isinstance(value, list | tuple):
        return encode_union(list(value)), None
    if isinstance(value, WireModel):
        data = value._data
        if data.get("type") in _FORMAT_TYPES:
            return data, None
        value = data
    if isinstance(value, Mapping) and value.get("type") in _FORMAT_TYPES:
        return dict(value), None
    from ..tools._structured import StructuredOutput

    structured = StructuredOutput.of(value)
    wire = {"type": "text", "mime_type": structured.mime_type, "schema": structured.json_schema}
    return wire, structured


def _automatic(value: Any) -> tuple[bool, int, OnError]:
    if value is None:
        return False, DEFAULT_MAXIMUM_REMOTE_CALLS, "respond"
    if not isinstance(value, Mapping):
        raise ConfigTypeError("automatic_function_calling", f"expected a mapping, got {type(value).__name__}")
    for key in value:
        if key not in _AFC_KEYS:
            raise TypeError(f"unknown automatic_function_calling key {key!r}; known: {', '.join(sorted(_AFC_KEYS))}")
    remote_calls = value.get("maximum_remote_calls", DEFAULT_MAXIMUM_REMOTE_CALLS)
    if isinstance(remote_calls, bool) or not isinstance(remote_calls, int) or remote_calls < 1:
        raise ConfigTypeError(
            "automatic_function_calling['maximum_remote_calls']",
            f"expected an int >= 1 (requests to the model, the first included), got {remote_calls!r}",
        )
    on_error = value.get("on_tool_error", "respond")
    if on_error not in ("respond", "raise"):
        raise ValueError(f"on_tool_error must be 'respond' or 'raise', got {on_error!r}")
    return bool(value.get("disable", False)), remote_calls, on_error


def prepare(
    *,
    input: Any,
    model: Any = None,
    agent: Any = None,
    agent_config: Any = None,
    automatic_function_calling: AutomaticFunctionCalling | Mapping[str, Any] | None = None,
    background: bool | None = None,
    environment: Any = None,
    generation_config: Any = None,
    previous_interaction_id: str | None = None,
    response_format: Any = None,
    response_mime_type: str | None = None,
    response_modalities: Sequence[str] | None = None,
    service_tier: str | None = None,
    store: bool | None = None,
    system_instruction: str | None = None,
    tools: Any = None,
    webhook_config: Any = None,
) -> PreparedInteraction:
    """Resolve ``create``'s keyword arguments (``stream`` and the request options aside) into one request."""
    if (model is None) == (agent is None):
        raise TypeError("interactions.create() takes model= or agent= (exactly one of them)")
    if input is None:
        raise TypeError("interactions.create() needs input= (a string, contents, steps, files, ...)")
    wire_input = to_input(input)
    body: JSONObject = {}
    if model is not None:
        body["model"] = encode_union(model)
    else:
        body["agent"] = encode_union(agent)
    if agent_config is not None:
        body["agent_config"] = encode_union(agent_config)
    if background is not None:
        body["background"] = background
    if environment is not None:
        body["environment"] = encode_union(environment)
    if previous_interaction_id is not None:
        body["previous_interaction_id"] = previous_interaction_id
    if system_instruction is not None:
        if not isinstance(system_instruction, str):
            raise ConfigTypeError("system_instruction", f"expected a str, got {type(system_instruction).__name__}")
        body["system_instruction"] = system_instruction
    if generation_config is not None:
        body["generation_config"] = _generation(generation_config)
    structured: StructuredOutput[Any] | None = None
    if response_format is not None:
        body["response_format"], structured = _response_format(response_format)
    if response_mime_type is not None:
        body["response_mime_type"] = response_mime_type
    if response_modalities is not None:
        if isinstance(response_modalities, str):
            raise ConfigTypeError("response_modalities", "expected a list such as ['text', 'image'], got a str")
        body["response_modalities"] = list(response_modalities)
    if service_tier is not None:
        body["service_tier"] = service_tier
    if store is not None:
        body["store"] = store
    if webhook_config is not None:
        body["webhook_config"] = WebhookConfig._coerce(webhook_config)
    toolbox: Toolbox | None = None
    if tools is not None:
        toolbox = _tools(tools)
        body["tools"] = interaction_tools(toolbox)
    disable, remote_calls, on_error = _automatic(automatic_function_calling)
    automatic = toolbox is not None and bool(toolbox.toolsets) and not disable
    if automatic and background:
        raise TypeError(
            "background=True returns before the model calls anything, so Python tools cannot run: answer the calls "
            "yourself (automatic_function_calling={'disable': True}) or leave background out"
        )
    return PreparedInteraction(
        input=wire_input,
        body=body,
        toolbox=toolbox,
        automatic=automatic,
        max_rounds=remote_calls - 1,
        on_error=on_error,
        structured=structured,
    )
