"""``config=`` for ``generate_content``: the settings, named as in google-genai (snake_case).

:class:`GenerateContentConfig` lists them and :class:`AutomaticFunctionCallingConfig` the function-calling
loop's; ``_prepare`` turns them into one wire request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeAlias, TypedDict

from pygenai_generated.gemini_types import SafetySetting, Tool, ToolConfig

from ..tools import FunctionTool, Toolset
from ._contents import ContentInput

__all__ = ["AutomaticFunctionCallingConfig", "GenerateContentConfig", "ToolConfigInput", "ToolInput"]

ToolInput: TypeAlias = Callable[..., Any] | FunctionTool[..., Any] | Toolset | Tool | Mapping[str, Any] | str
"""A Python function (sync or async, or ``@tool``), a :class:`~pygenai.Toolset`, a wire ``Tool`` (model or dict,
snake_case or camelCase), or the name of a built-in tool that needs no settings: ``"google_search"``, ``"url_context"``,
``"code_execution"``, ``"google_maps"``."""
ToolConfigInput: TypeAlias = ToolConfig | Mapping[str, Any] | str
"""A mode (``"AUTO"``, ``"ANY"``, ``"NONE"``, ``"VALIDATED"``), ``{"mode": ..., "allowed_function_names": [...]}``,
or a wire ``ToolConfig``."""


class AutomaticFunctionCallingConfig(TypedDict, total=False):
    """How Python functions in ``tools`` are run.

    * ``disable``: declare the functions but never run them (manual mode: read ``response.function_calls``).
    * ``maximum_remote_calls``: rounds of tool execution before the loop stops with a partial result
      (``response.automatic_function_calling.reason == "max_rounds"``); default 10.
    * ``on_tool_error``: ``"respond"`` (default) sends a tool's exception to the model as an error response;
      ``"raise"`` lets it propagate.
    """

    disable: bool
    maximum_remote_calls: int
    on_tool_error: Literal["respond", "raise"]


class GenerateContentConfig(TypedDict, total=False):
    """Settings of one ``generate_content`` call, named as in google-genai (snake_case).

    Generation: ``temperature``, ``top_p``, ``top_k``, ``max_output_tokens``, ``stop_sequences``,
    ``candidate_count``, ``seed``, ``presence_penalty``, ``frequency_penalty``, ``response_mime_type``,
    ``response_modalities``, ``response_logprobs``, ``logprobs``, ``media_resolution``, ``speech_config``,
    ``image_config`` (any other ``GenerationConfig`` field by its snake_case name works too).

    Structured output: ``response_schema`` (a pydantic model, msgspec Struct, dataclass, TypedDict, other type
    hint, or a JSON Schema dict) → ``responseJsonSchema``; ``response.parsed`` is then an instance.
    ``response_json_schema`` is the same for a raw JSON Schema.

    Thinking: ``thinking_level`` (``"minimal"``, ``"low"``, ``"medium"``, ``"high"`` or any newer level; sent
    upper-cased), ``thinking_budget`` (tokens; -1 dynamic, 0 off), ``include_thoughts`` (thought summaries).

    Tools: ``tools`` (:data:`ToolInput` items, combined in one request), ``tool_config`` (:data:`ToolConfigInput`),
    ``include_server_side_tool_invocations`` (Gemini 3: built-in tools together with function calling),
    ``automatic_function_calling``.

    Request: ``system_instruction``, ``safety_settings``, ``cached_content``, ``service_tier``.
    """

    system_instruction: ContentInput | Sequence[ContentInput]
    temperature: float
    top_p: float
    top_k: int
    max_output_tokens: int
    stop_sequences: Sequence[str]
    candidate_count: int
    seed: int
    presence_penalty: float
    frequency_penalty: float
    response_mime_type: str
    response_modalities: Sequence[str]
    response_schema: Any
    response_json_schema: Mapping[str, Any]
    response_logprobs: bool
    logprobs: int
    media_resolution: str
    speech_config: Mapping[str, Any]
    image_config: Mapping[str, Any]
    thinking_level: str
    thinking_budget: int
    include_thoughts: bool
    thinking_config: Mapping[str, Any]
    tools: Sequence[ToolInput]
    tool_config: ToolConfigInput
    include_server_side_tool_invocations: bool
    safety_settings: Sequence[SafetySetting | Mapping[str, Any]]
    cached_content: str
    service_tier: str
    automatic_function_calling: AutomaticFunctionCallingConfig
