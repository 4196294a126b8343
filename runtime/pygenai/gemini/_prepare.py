"""Request preparation for ``generate_content``: ``contents``, ``config`` and keyword arguments into one request.

:func:`prepare` resolves a :class:`~pygenai.GenerateContentConfig`, with ``contents`` and the wire-level
keyword arguments of the generated method, into a :class:`PreparedRequest`: the request body, the tools to
run, and the structured output to parse. Unknown keys are an error (naming the closest
known one), and so is a setting given twice (in ``config`` and as a keyword argument).
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeAlias, cast

import orjson

from pygenai_generated.gemini_types import (
    Content,
    GenerationConfig,
    SafetySetting,
    ThinkingConfig,
    Tool,
    ToolConfig,
)

from .._core.errors import ConfigTypeError, ResponseDecodeError, UnencodableValueError
from .._core.model import WireModel, encode_model_list, foreign_dict
from .._core.options import RequestOptions
from ..tools import Toolbox
from ..tools._async.run import OnError
from ._config import AutomaticFunctionCallingConfig, ToolConfigInput, ToolInput
from ._contents import ContentInput, ContentsInput, to_contents, to_system_instruction
from ._wire import gemini_tools, tool_config

if TYPE_CHECKING:
    from ..tools._structured import StructuredOutput

__all__ = [
    "DEFAULT_MAXIMUM_REMOTE_CALLS",
    "PreparedRequest",
    "config_hint",
    "config_mapping",
    "content_dicts",
    "merge_configs",
    "prepare",
]

DEFAULT_MAXIMUM_REMOTE_CALLS: Final = 10
"""Model requests the automatic function-calling loop sends at most (google-genai's default and meaning)."""

JSONObject: TypeAlias = dict[str, Any]

_REQUEST_KEYS = frozenset(
    {
        "system_instruction",
        "tools",
        "tool_config",
        "include_server_side_tool_invocations",
        "safety_settings",
        "cached_content",
        "service_tier",
        "automatic_function_calling",
    }
)
_STRUCTURED_KEYS = frozenset({"response_schema", "response_json_schema"})
_THINKING_KEYS = frozenset({"thinking_level", "thinking_budget", "include_thoughts"})
_GENERATION_KEYS = frozenset(
    k for k in GenerationConfig._wire_names if k not in _STRUCTURED_KEYS | {"response_json_schema_"}
)
_HTTP_KEY = "http_options"
_KNOWN_KEYS = _REQUEST_KEYS | _STRUCTURED_KEYS | _THINKING_KEYS | _GENERATION_KEYS | {_HTTP_KEY}
_AFC_KEYS = frozenset(AutomaticFunctionCallingConfig.__annotations__)

BUILTIN_TOOLS: dict[str, str] = {
    "google_search": "googleSearch",
    "url_context": "urlContext",
    "code_execution": "codeExecution",
    "google_maps": "googleMaps",
}


@dataclasses.dataclass
class PreparedRequest:
    """One request resolved: the body (``contents`` aside), and what the client does around sending it."""

    contents: list[JSONObject | orjson.Fragment]  # a chat's stored turns come as fragments of their JSON
    body: JSONObject
    history_length: int = 0
    toolbox: Toolbox | None = None
    automatic: bool = False
    max_rounds: int = DEFAULT_MAXIMUM_REMOTE_CALLS - 1
    on_error: OnError = "respond"
    structured: StructuredOutput[Any] | None = None
    options: RequestOptions = dataclasses.field(default_factory=lambda: RequestOptions())
    """Request options from the config's ``http_options`` (google-genai's per-call HTTP settings)."""

    @property
    def new_contents(self) -> list[JSONObject]:
        """The turns this request adds after the given history (a chat's new user turn)."""
        return cast("list[JSONObject]", self.contents[self.history_length :])

    def call_options(self, options: RequestOptions) -> RequestOptions:
        """The call's request options: its keyword arguments and the config's ``http_options`` (not both for one)."""
        if not self.options:
            return options
        for key in self.options:
            if key in options:
                raise TypeError(f"{key} is given both as a keyword argument and in config['http_options']")
        return RequestOptions(**self.options, **options)

    @property
    def runs_tools(self) -> bool:
        """Whether the client runs tools for this request (some toolset, and automatic calling not disabled)."""
        return self.automatic and self.toolbox is not None

    def tools_listed(self) -> None:
        """Write the request's ``tools`` once every toolset has listed its tools."""
        if self.toolbox is not None:
            self.body["tools"] = gemini_tools(self.toolbox)

    def request_body(self, more: Sequence[JSONObject] = ()) -> JSONObject:
        """The wire body with ``contents`` followed by ``more`` (turns the function-calling loop added)."""
        return {"contents": [*self.contents, *more], **self.body}


def _unknown(key: str) -> TypeError:
    close = difflib.get_close_matches(key, sorted(_KNOWN_KEYS), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return TypeError(f"unknown generate_content config key {key!r}{hint}")


def config_hint(key: str) -> str | None:
    """What to write instead when a setting is passed as a keyword argument of a method that takes ``config``."""
    if key in _KNOWN_KEYS:
        return f"{key!r} is a setting: pass it in config, config={{{key!r}: ...}}"
    close = difflib.get_close_matches(key, sorted(_KNOWN_KEYS), n=1, cutoff=0.8)
    if close and key != "config":
        return f"did you mean the setting {close[0]!r}? It goes in config, config={{{close[0]!r}: ...}}"
    return None


def config_mapping(config: object) -> dict[str, Any]:
    """A ``config=`` as a dict: a mapping, or an object with ``model_dump`` (google-genai's
    ``types.GenerateContentConfig``), whose fields left at their defaults are ignored."""
    if config is None:
        return {}
    if isinstance(config, Mapping):
        return dict(config)
    dumped = foreign_dict(config)
    if dumped is None:
        raise TypeError(f"config must be a mapping (a GenerateContentConfig), not {type(config).__name__}")
    return dumped


def _http_options(value: Any) -> RequestOptions:
    """google-genai's ``http_options``: ``headers``, ``extra_body`` and ``timeout`` (milliseconds)."""
    fields = value if isinstance(value, Mapping) else foreign_dict(value)
    if fields is None:
        raise ConfigTypeError("config['http_options']", f"expected a mapping, got {type(value).__name__}")
    options = RequestOptions()
    for key, item in fields.items():
        if item is None:
            continue
        if key == "headers":
            options["extra_headers"] = dict(item)
        elif key == "extra_body":
            options["extra_body"] = dict(item)
        elif key == "timeout":
            options["timeout"] = item / 1000  # google-genai counts milliseconds
        else:
            raise TypeError(
                f"config['http_options'][{key!r}] is not supported per call; use the client's settings "
                "(pygenai.Client(base_url=..., timeout=..., http_client=...))"
            )
    return options


def _generation(key: str, value: Any) -> JSONObject:
    """One generation setting in wire form, its type checked against the spec."""
    try:
        wire = GenerationConfig._coerce_mapping({key: value})
        GenerationConfig._wrap(wire).validate()
    except ResponseDecodeError as exc:
        inner = exc.path.split(".", 1)[1] if "." in exc.path else ""
        where = f"config[{key!r}]" + (f".{inner}" if inner else "")
        raise ConfigTypeError(where, f"{exc.reason} (got {value!r:.60})") from None
    except TypeError as exc:
        raise ConfigTypeError(f"config[{key!r}]", str(exc)) from None
    return wire


def _typed(key: str, value: Any, kind: type | tuple[type, ...], label: str) -> Any:
    if isinstance(value, bool) and kind is not bool:
        raise ConfigTypeError(f"config[{key!r}]", f"expected {label}, got bool")
    if not isinstance(value, kind):
        raise ConfigTypeError(f"config[{key!r}]", f"expected {label}, got {type(value).__name__}")
    return value


def _twice(name: str) -> TypeError:
    return TypeError(f"{name} is given both as a keyword argument and in config")


def _tools(items: Sequence[Any]) -> Toolbox:
    normalized: list[Any] = []
    for index, item in enumerate(items):
        try:
            normalized.append(_tool(item))
        except UnencodableValueError as error:  # a number in a declaration's schema: named from the tools given
            raise error.within(f"tools[{index}]") from None
    return Toolbox(normalized)


def _tool(item: Any) -> Any:
    if isinstance(item, str):
        wire = BUILTIN_TOOLS.get(item)
        if wire is None:
            known = ", ".join(repr(k) for k in BUILTIN_TOOLS)
            raise ValueError(
                f"unknown built-in tool {item!r}: the names are {known}; pass others (file_search needs its "
                "store names) as a Tool or dict, e.g. {'file_search': {'file_search_store_names': [...]}}"
            )
        return {wire: {}}
    if isinstance(item, Mapping) and not isinstance(item, WireModel):
        return Tool._coerce_mapping(item)
    if (dumped := foreign_dict(item)) is not None:  # google-genai's types.Tool
        return Tool._coerce_mapping(dumped)
    return item


def _tool_config(value: Any) -> JSONObject:
    if isinstance(value, str):
        return tool_config(value)
    if isinstance(value, WireModel):
        return dict(value._data)
    dumped = foreign_dict(value)
    if dumped is not None:  # google-genai's types.ToolConfig
        value = dumped
    if isinstance(value, Mapping):
        if "mode" in value or "allowed_function_names" in value:
            flat = dict(value)
            wire = tool_config(flat.pop("mode", "AUTO"), flat.pop("allowed_function_names", None))
            return {**wire, **ToolConfig._coerce_mapping(flat)}
        return ToolConfig._coerce_mapping(value)
    raise TypeError(f"tool_config must be a mode string, a mapping or a ToolConfig, got {type(value).__name__}")


def _thinking(config: Mapping[str, Any], base: Any) -> JSONObject | None:
    thinking: JSONObject = dict(ThinkingConfig._coerce(base)) if base is not None else {}
    level = config.get("thinking_level")
    if level is not None:
        level = getattr(level, "value", level)
        thinking["thinkingLevel"] = _typed("thinking_level", level, str, "a level name such as 'low'").upper()
    if config.get("thinking_budget") is not None:
        thinking["thinkingBudget"] = _typed("thinking_budget", config["thinking_budget"], int, "an int")
    if config.get("include_thoughts") is not None:
        thinking["includeThoughts"] = _typed("include_thoughts", config["include_thoughts"], bool, "a bool")
    return thinking or None


def prepare(
    contents: ContentsInput | Sequence[ContentInput],
    config: Mapping[str, Any] | object | None,
    *,
    cached_content: str | None = None,
    generation_config: GenerationConfig | Mapping[str, Any] | None = None,
    safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
    service_tier: str | None = None,
    store: bool | None = None,
    system_instruction: Any = None,
    tool_config: ToolConfigInput | None = None,
    tools: Sequence[ToolInput] | None = None,
    history: Sequence[JSONObject | orjson.Fragment] = (),
) -> PreparedRequest:
    """Resolve ``contents``, ``config`` and the generated method's keyword arguments into one request.

    ``history`` (a chat's turns: wire ``Content`` dicts, or their JSON as ``orjson.Fragment``) goes before
    ``contents`` and is sent as it is.
    """
    if (
        not config
        and cached_content is None
        and generation_config is None
        and safety_settings is None
        and service_tier is None
        and store is None
        and system_instruction is None
        and tool_config is None
        and tools is None
    ):  # a bare prompt: nothing to resolve
        return PreparedRequest(contents=[*history, *to_contents(contents)], history_length=len(history), body={})
    config = config_mapping(config)
    for key in config:
        if key not in _KNOWN_KEYS:
            raise _unknown(key)
    config = {k: v for k, v in config.items() if v is not None}
    options = _http_options(config.pop(_HTTP_KEY)) if _HTTP_KEY in config else RequestOptions()

    def pick(name: str, keyword: Any) -> Any:
        if keyword is not None and name in config:
            raise _twice(name)
        return keyword if keyword is not None else config.get(name)

    body: JSONObject = {}
    instruction = pick("system_instruction", system_instruction)
    if instruction is not None:
        body["systemInstruction"] = to_system_instruction(instruction)

    generation: JSONObject = dict(GenerationConfig._coerce(generation_config)) if generation_config is not None else {}
    for key, value in config.items():
        if key not in _GENERATION_KEYS:
            continue
        if GenerationConfig._wire_names[key] in generation:
            raise _twice(f"generation setting {key!r}")
        generation.update(_generation(key, value))
    thinking = _thinking(config, generation.pop("thinkingConfig", None))
    if thinking is not None:
        generation["thinkingConfig"] = thinking

    structured: StructuredOutput[Any] | None = None
    schema = config.get("response_schema", config.get("response_json_schema"))
    if "response_schema" in config and "response_json_schema" in config:
        raise TypeError("give response_schema or response_json_schema, not both")
    if schema is not None:
        from ..tools._structured import StructuredOutput

        structured = StructuredOutput.of(
            schema, mime_type=generation.get("responseMimeType"), openapi="response_schema" in config
        )
        generation.update(structured.config())
    if generation:
        body["generationConfig"] = generation

    toolbox: Toolbox | None = None
    tool_items = pick("tools", tools)
    if tool_items is not None:
        if isinstance(tool_items, str | Mapping) or not isinstance(tool_items, Sequence):
            raise TypeError("tools must be a list")
        toolbox = _tools(tool_items)
        body["tools"] = gemini_tools(toolbox)

    wire_tool_config = pick("tool_config", tool_config)
    resolved_tool_config = _tool_config(wire_tool_config) if wire_tool_config is not None else {}
    if config.get("include_server_side_tool_invocations") is not None:
        resolved_tool_config["includeServerSideToolInvocations"] = bool(config["include_server_side_tool_invocations"])
    if resolved_tool_config:
        body["toolConfig"] = resolved_tool_config

    settings = pick("safety_settings", safety_settings)
    if settings is not None:
        body["safetySettings"] = encode_model_list(SafetySetting, settings)
    cached = pick("cached_content", cached_content)
    if cached is not None:
        body["cachedContent"] = cached
    tier = pick("service_tier", service_tier)
    if tier is not None:
        body["serviceTier"] = tier
    if store is not None:
        body["store"] = store

    afc = {k: v for k, v in config_mapping(config.get("automatic_function_calling")).items() if v is not None}
    for key in afc:
        if key not in _AFC_KEYS:
            raise TypeError(f"unknown automatic_function_calling key {key!r}; known: {', '.join(sorted(_AFC_KEYS))}")
    remote_calls = afc.get("maximum_remote_calls", DEFAULT_MAXIMUM_REMOTE_CALLS)
    if isinstance(remote_calls, bool) or not isinstance(remote_calls, int) or remote_calls < 1:
        raise ConfigTypeError(
            "config['automatic_function_calling']['maximum_remote_calls']",
            f"expected an int >= 1 (requests to the model, the first included), got {remote_calls!r}",
        )
    on_error = afc.get("on_tool_error", "respond")
    if on_error not in ("respond", "raise"):
        raise ValueError(f"on_tool_error must be 'respond' or 'raise', got {on_error!r}")
    automatic = toolbox is not None and bool(toolbox.toolsets) and not afc.get("disable", False)
    return PreparedRequest(
        contents=[*history, *to_contents(contents)],
        history_length=len(history),
        body=body,
        toolbox=toolbox,
        automatic=automatic,
        max_rounds=remote_calls - 1,
        on_error=on_error,
        structured=structured,
        options=options,
    )


def count_request(model: str, contents: Any, config: Mapping[str, Any] | object) -> JSONObject:
    """The ``generateContentRequest`` that ``count_tokens`` sends for google-genai's ``CountTokensConfig``."""
    settings = config_mapping(config)
    unknown = set(settings) - {"system_instruction", "tools", "generation_config"}
    if unknown:
        raise TypeError(
            f"unknown count_tokens config key {sorted(unknown)[0]!r}; the keys are system_instruction, tools, "
            "generation_config"
        )
    prepared = prepare(
        contents if contents is not None else [],
        None,
        system_instruction=settings.get("system_instruction"),
        tools=settings.get("tools"),
        generation_config=settings.get("generation_config"),
    )
    name = model if "/" in model else f"models/{model}"
    return {"model": name, **prepared.request_body()}


def merge_configs(
    base: Mapping[str, Any] | object | None, override: Mapping[str, Any] | object | None
) -> dict[str, Any]:
    """A chat's config with one send's config on top (key by key; ``automatic_function_calling`` merged too)."""
    merged = config_mapping(base)
    for key, value in config_mapping(override).items():
        if key == "automatic_function_calling" and isinstance(value, Mapping):
            merged[key] = {**(merged.get(key) or {}), **value}
        else:
            merged[key] = value
    return merged


def content_dicts(history: Sequence[Content | Mapping[str, Any]]) -> list[JSONObject]:
    """Wire dicts for a history given as ``Content`` models (their own dicts) or mappings (coerced)."""
    out: list[JSONObject] = []
    for item in history:
        if isinstance(item, Content):
            out.append(item._data)
        elif isinstance(item, Mapping) and not isinstance(item, WireModel):
            out.append(Content._coerce_mapping(item))
        else:
            raise TypeError(f"history items must be Content objects or dicts, got {type(item).__name__}")
    return out
