"""``config=`` for ``generate_content``: the settings, named as in google-genai (snake_case).

:class:`GenerateContentConfig` lists them and :class:`AutomaticFunctionCallingConfig` the function-calling
loop's; ``_prepare`` turns them into one wire request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

from pygenai_generated.gemini_types import SafetySetting, Tool, ToolConfig

from ..tools import FunctionTool, Toolset
from ._contents import ContentInput

__all__ = [
    "AutomaticFunctionCallingConfig",
    "GenerateContentConfig",
    "HttpOptionsConfig",
    "ToolConfigInput",
    "ToolInput",
]

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
    * ``maximum_remote_calls``: the most requests the loop sends to the model, the first included (google-genai's
      meaning): ``x`` allows ``x - 1`` rounds of tool calls, so ``1`` runs no tool; default 10. When the model
      still asks for calls at the limit the loop stops with a partial result
      (``response.automatic_function_calling.reason == "max_rounds"``).
    * ``on_tool_error``: ``"respond"`` (default) sends a tool's exception to the model as an error response;
      ``"raise"`` lets it propagate.
    """

    disable: bool
    maximum_remote_calls: int
    on_tool_error: Literal["respond", "raise"]


class HttpOptionsConfig(TypedDict, total=False):
    """google-genai's per-call ``http_options``: ``headers``, ``extra_body``, ``timeout`` (milliseconds)."""

    headers: Mapping[str, str]
    extra_body: Mapping[str, Any]
    timeout: float


if TYPE_CHECKING:
    from pygenai_generated.gemini_dicts import GenerationConfigDict as _GenerationSettings
else:

    class _GenerationSettings(TypedDict, total=False):
        """At run time the generation keys are checked against the spec by request preparation."""


class GenerateContentConfig(_GenerationSettings, total=False):
    """Settings of one ``generate_content`` call, named as in google-genai (snake_case).

    Generation: every field of the API's ``GenerationConfig`` by its snake_case name (``temperature``,
    ``top_p``, ``max_output_tokens``, ``response_mime_type``, ``response_modalities``, ``speech_config``, ...):
    for type checkers they come from the spec (``pygenai.types.GenerationConfigDict``), so a new API field
    needs no change here.

    Structured output: ``response_schema`` (a pydantic model, msgspec Struct, dataclass, TypedDict, Enum, other
    type hint, or a JSON Schema dict) → ``responseJsonSchema``; ``response.parsed`` is then an instance. A schema
    dict in the API's OpenAPI form (upper-case types: ``{"type": "OBJECT", ...}``, what google-genai users write, or
    google-genai's ``types.Schema``) goes as ``responseSchema``, unchanged. With
    ``response_mime_type="text/x.enum"`` an enum is answered as plain text. ``response_json_schema`` is always sent
    as ``responseJsonSchema``.

    Thinking: ``thinking_level`` (``"minimal"``, ``"low"``, ``"medium"``, ``"high"`` or any newer level; sent
    upper-cased), ``thinking_budget`` (tokens; -1 dynamic, 0 off), ``include_thoughts`` (thought summaries).

    Tools: ``tools`` (:data:`ToolInput` items, combined in one request), ``tool_config`` (:data:`ToolConfigInput`),
    ``include_server_side_tool_invocations`` (Gemini 3: built-in tools together with function calling),
    ``automatic_function_calling``.

    Request: ``system_instruction``, ``safety_settings``, ``cached_content``, ``service_tier``, ``http_options``.
    """

    system_instruction: ContentInput | Sequence[ContentInput]
    thinking_level: str
    thinking_budget: int
    include_thoughts: bool
    tools: Sequence[ToolInput]
    tool_config: ToolConfigInput
    include_server_side_tool_invocations: bool
    safety_settings: Sequence[SafetySetting | Mapping[str, Any]]
    cached_content: str
    service_tier: str
    automatic_function_calling: AutomaticFunctionCallingConfig
    http_options: HttpOptionsConfig
