# Generated from specs/interactions-v1beta.json (sha256 1d19520be2f8f072) by `nox -s generate`; do not edit.
"""Typed models of ``interactions-v1beta.json``: one class per object schema, type aliases for enums and unions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any, ClassVar, Literal, TypeAlias, cast

from pygenai._abi import (
    InteractionMixin,
    UnknownModel,
    check_fields,
    encode_base64,
    encode_model_list,
    encode_union,
    get_any,
    get_bool,
    get_bytes,
    get_float,
    get_int,
    get_list,
    get_model,
    get_model_list,
    get_object,
    get_str,
    get_str_list,
    get_union,
    get_union_list,
)
from pygenai._abi import (
    WireModel as _Model,
)

__all__ = [
    "Agent",
    "AgentOption",
    "AgentTool",
    "AllowedTools",
    "AllowlistEntry",
    "Annotation",
    "ArgumentsDelta",
    "AudioContent",
    "AudioContentMimeType",
    "AudioDelta",
    "AudioDeltaMimeType",
    "AudioResponseFormat",
    "AudioResponseFormatDelivery",
    "AudioResponseFormatMimeType",
    "CodeExecution",
    "CodeExecutionCallArguments",
    "CodeExecutionCallArgumentsLanguage",
    "CodeExecutionCallDelta",
    "CodeExecutionCallStep",
    "CodeExecutionCallStepArguments",
    "CodeExecutionCallStepArgumentsLanguage",
    "CodeExecutionResultDelta",
    "CodeExecutionResultStep",
    "ComputerUse",
    "ComputerUseEnvironment",
    "Content",
    "ContentDelta",
    "ContentDeltaData",
    "ContentStart",
    "ContentStop",
    "CreateAgentInteractionParams",
    "CreateAgentInteractionParamsStatus",
    "CreateModelInteractionParams",
    "CreateModelInteractionParamsStatus",
    "DeepResearchAgentConfig",
    "DeepResearchAgentConfigVisualization",
    "DocumentContent",
    "DocumentContentMimeType",
    "DocumentDelta",
    "DocumentDeltaMimeType",
    "DynamicAgentConfig",
    "Empty",
    "EnvironmentConfig",
    "EnvironmentNetworkEgressAllowlist",
    "EnvironmentNetworkEgressAllowlistValue",
    "Error",
    "ErrorEvent",
    "FileCitation",
    "FileSearch",
    "FileSearchCallDelta",
    "FileSearchCallStep",
    "FileSearchResult",
    "FileSearchResultDelta",
    "FileSearchResultStep",
    "Function",
    "FunctionCallDelta",
    "FunctionCallStep",
    "FunctionResultDelta",
    "FunctionResultStep",
    "FunctionResultSubcontent",
    "GenerationConfig",
    "GoogleMaps",
    "GoogleMapsCallArguments",
    "GoogleMapsCallDelta",
    "GoogleMapsCallStep",
    "GoogleMapsCallStepArguments",
    "GoogleMapsResult",
    "GoogleMapsResultDelta",
    "GoogleMapsResultItem",
    "GoogleMapsResultPlaces",
    "GoogleMapsResultStep",
    "GoogleSearch",
    "GoogleSearchCallArguments",
    "GoogleSearchCallDelta",
    "GoogleSearchCallStep",
    "GoogleSearchCallStepArguments",
    "GoogleSearchCallStepSearchType",
    "GoogleSearchResult",
    "GoogleSearchResultDelta",
    "GoogleSearchResultItem",
    "GoogleSearchResultStep",
    "GoogleSearchSearchTypes",
    "GroundingToolCount",
    "GroundingToolCountType",
    "ImageConfig",
    "ImageContent",
    "ImageContentMimeType",
    "ImageDelta",
    "ImageDeltaMimeType",
    "ImageResponseFormat",
    "ImageResponseFormatAspectRatio",
    "ImageResponseFormatDelivery",
    "ImageResponseFormatImageSize",
    "ImageResponseFormatMimeType",
    "Interaction",
    "InteractionCompletedEvent",
    "InteractionCreatedEvent",
    "InteractionSseEvent",
    "InteractionStatus",
    "InteractionStatusUpdate",
    "InteractionStatusUpdateStatus",
    "InteractionsInput",
    "ListAgentsResponse",
    "ListWebhooksResponse",
    "McpServer",
    "McpServerToolCallDelta",
    "McpServerToolCallStep",
    "McpServerToolResultDelta",
    "McpServerToolResultStep",
    "MediaResolution",
    "ModalityTokens",
    "ModelOption",
    "ModelOutputStep",
    "PingWebhookRequest",
    "PingWebhookResponse",
    "PlaceCitation",
    "Places",
    "ResponseFormat",
    "ResponseFormatList",
    "ResponseModality",
    "Retrieval",
    "RetrievalRetrievalTypes",
    "ReviewSnippet",
    "RotateSigningSecretRequest",
    "RotateSigningSecretRequestRevocationBehavior",
    "RotateSigningSecretResponse",
    "ServiceTier",
    "SigningSecret",
    "Source",
    "SourceType",
    "SpeechConfig",
    "Step",
    "StepDelta",
    "StepDeltaData",
    "StepDeltaMetadata",
    "StepStart",
    "StepStop",
    "TextAnnotationDelta",
    "TextContent",
    "TextDelta",
    "TextResponseFormat",
    "TextResponseFormatMimeType",
    "ThinkingLevel",
    "ThinkingSummaries",
    "ThoughtContent",
    "ThoughtSignatureDelta",
    "ThoughtStep",
    "ThoughtSummaryContent",
    "ThoughtSummaryDelta",
    "Tool",
    "ToolChoiceConfig",
    "ToolChoiceType",
    "Turn",
    "UnknownAgentTool",
    "UnknownAnnotation",
    "UnknownContent",
    "UnknownContentDeltaData",
    "UnknownFunctionResultSubcontent",
    "UnknownInteractionSseEvent",
    "UnknownStep",
    "UnknownStepDeltaData",
    "UnknownThoughtSummaryContent",
    "UnknownTool",
    "UrlCitation",
    "UrlContext",
    "UrlContextCallArguments",
    "UrlContextCallDelta",
    "UrlContextCallStep",
    "UrlContextCallStepArguments",
    "UrlContextResult",
    "UrlContextResultDelta",
    "UrlContextResultItem",
    "UrlContextResultItemStatus",
    "UrlContextResultStatus",
    "UrlContextResultStep",
    "Usage",
    "UserInputStep",
    "VertexAISearchConfig",
    "VideoContent",
    "VideoContentMimeType",
    "VideoDelta",
    "VideoDeltaMimeType",
    "Webhook",
    "WebhookConfig",
    "WebhookState",
    "WebhookUpdate",
    "WebhookUpdateState",
]

AudioContentMimeType: TypeAlias = Literal[
    "audio/wav",
    "audio/mp3",
    "audio/aiff",
    "audio/aac",
    "audio/ogg",
    "audio/flac",
    "audio/mpeg",
    "audio/m4a",
    "audio/l16",
    "audio/opus",
    "audio/alaw",
    "audio/mulaw",
]
AudioDeltaMimeType: TypeAlias = Literal[
    "audio/wav",
    "audio/mp3",
    "audio/aiff",
    "audio/aac",
    "audio/ogg",
    "audio/flac",
    "audio/mpeg",
    "audio/m4a",
    "audio/l16",
    "audio/opus",
    "audio/alaw",
    "audio/mulaw",
]
AudioResponseFormatDelivery: TypeAlias = Literal["inline", "uri"]
AudioResponseFormatMimeType: TypeAlias = Literal[
    "audio/mp3", "audio/ogg_opus", "audio/l16", "audio/wav", "audio/alaw", "audio/mulaw"
]
CodeExecutionCallArgumentsLanguage: TypeAlias = Literal["python"]
CodeExecutionCallStepArgumentsLanguage: TypeAlias = Literal["python"]
ComputerUseEnvironment: TypeAlias = Literal["browser"]
CreateAgentInteractionParamsStatus: TypeAlias = Literal[
    "in_progress", "requires_action", "completed", "failed", "cancelled", "incomplete", "budget_exceeded"
]
CreateModelInteractionParamsStatus: TypeAlias = Literal[
    "in_progress", "requires_action", "completed", "failed", "cancelled", "incomplete", "budget_exceeded"
]
DeepResearchAgentConfigVisualization: TypeAlias = Literal["off", "auto"]
DocumentContentMimeType: TypeAlias = Literal["application/pdf"]
DocumentDeltaMimeType: TypeAlias = Literal["application/pdf"]
EnvironmentNetworkEgressAllowlistValue: TypeAlias = Literal["disabled"]
GoogleSearchCallStepSearchType: TypeAlias = Literal["web_search", "image_search", "enterprise_web_search"]
GoogleSearchSearchTypes: TypeAlias = Literal["web_search", "image_search", "enterprise_web_search"]
GroundingToolCountType: TypeAlias = Literal["google_search", "google_maps", "retrieval"]
ImageContentMimeType: TypeAlias = Literal[
    "image/png", "image/jpeg", "image/webp", "image/heic", "image/heif", "image/gif", "image/bmp", "image/tiff"
]
ImageDeltaMimeType: TypeAlias = Literal[
    "image/png", "image/jpeg", "image/webp", "image/heic", "image/heif", "image/gif", "image/bmp", "image/tiff"
]
ImageResponseFormatAspectRatio: TypeAlias = Literal[
    "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "1:8", "8:1", "1:4", "4:1"
]
ImageResponseFormatDelivery: TypeAlias = Literal["inline", "uri"]
ImageResponseFormatImageSize: TypeAlias = Literal["512", "1K", "2K", "4K"]
ImageResponseFormatMimeType: TypeAlias = Literal["image/jpeg"]
InteractionStatus: TypeAlias = Literal[
    "in_progress", "requires_action", "completed", "failed", "cancelled", "incomplete", "budget_exceeded"
]
InteractionStatusUpdateStatus: TypeAlias = Literal[
    "in_progress", "requires_action", "completed", "failed", "cancelled", "incomplete", "budget_exceeded"
]
MediaResolution: TypeAlias = Literal["low", "medium", "high", "ultra_high"]
ResponseModality: TypeAlias = Literal["text", "image", "audio", "video", "document"]
RetrievalRetrievalTypes: TypeAlias = Literal["vertex_ai_search"]
RotateSigningSecretRequestRevocationBehavior: TypeAlias = Literal[
    "revoke_previous_secrets_after_h24", "revoke_previous_secrets_immediately"
]
ServiceTier: TypeAlias = Literal["flex", "standard", "priority"]
SourceType: TypeAlias = Literal["gcs", "inline", "repository", "skill_registry"]
TextResponseFormatMimeType: TypeAlias = Literal["application/json", "text/plain"]
ThinkingLevel: TypeAlias = Literal["minimal", "low", "medium", "high"]
ThinkingSummaries: TypeAlias = Literal["auto", "none"]
ToolChoiceType: TypeAlias = Literal["auto", "any", "none", "validated"]
UrlContextResultItemStatus: TypeAlias = Literal["success", "error", "paywall", "unsafe"]
UrlContextResultStatus: TypeAlias = Literal["success", "error", "paywall", "unsafe"]
VideoContentMimeType: TypeAlias = Literal[
    "video/mp4",
    "video/mpeg",
    "video/mpg",
    "video/mov",
    "video/avi",
    "video/x-flv",
    "video/webm",
    "video/wmv",
    "video/3gpp",
]
VideoDeltaMimeType: TypeAlias = Literal[
    "video/mp4",
    "video/mpeg",
    "video/mpg",
    "video/mov",
    "video/avi",
    "video/x-flv",
    "video/webm",
    "video/wmv",
    "video/3gpp",
]
WebhookState: TypeAlias = Literal["enabled", "disabled", "disabled_due_to_failed_deliveries"]
WebhookUpdateState: TypeAlias = Literal["enabled", "disabled", "disabled_due_to_failed_deliveries"]


class Agent(_Model):
    """Model of schema ``Agent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "base_agent": "base_agent",
        "base_environment": "base_environment",
        "description": "description",
        "id": "id",
        "system_instruction": "system_instruction",
        "tools": "tools",
    }

    def __init__(
        self,
        *,
        base_agent: str | None = None,
        base_environment: Any | None = None,
        description: str | None = None,
        id: str | None = None,
        system_instruction: str | None = None,
        tools: Sequence[AgentTool | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if base_agent is not None:
            d["base_agent"] = base_agent
        if base_environment is not None:
            d["base_environment"] = encode_union(base_environment)
        if description is not None:
            d["description"] = description
        if id is not None:
            d["id"] = id
        if system_instruction is not None:
            d["system_instruction"] = system_instruction
        if tools is not None:
            d["tools"] = encode_union(tools)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "base_environment",
                "tools",
            ),
        )

    @property
    def base_agent(self) -> str | None:
        value = self._data.get("base_agent")
        if value is None or type(value) is str:
            return value
        return get_str(self, "base_agent")

    @base_agent.setter
    def base_agent(self, value: str | None) -> None:
        self._set("base_agent", value)

    @property
    def base_environment(self) -> Any | None:
        return get_any(self, "base_environment")

    @base_environment.setter
    def base_environment(self, value: Any | None) -> None:
        self._set("base_environment", None if value is None else encode_union(value))

    @property
    def description(self) -> str | None:
        value = self._data.get("description")
        if value is None or type(value) is str:
            return value
        return get_str(self, "description")

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def system_instruction(self) -> str | None:
        value = self._data.get("system_instruction")
        if value is None or type(value) is str:
            return value
        return get_str(self, "system_instruction")

    @system_instruction.setter
    def system_instruction(self, value: str | None) -> None:
        self._set("system_instruction", value)

    @property
    def tools(self) -> list[AgentTool] | None:
        return cast("list[AgentTool] | None", get_union_list(self, "tools", decode_AgentTool))

    @tools.setter
    def tools(self, value: Sequence[AgentTool | Mapping[str, Any]] | None) -> None:
        self._set("tools", None if value is None else encode_union(value))


class UnknownAgentTool(UnknownModel):
    """A ``AgentTool`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class AllowedTools(_Model):
    """Model of schema ``AllowedTools`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"mode": "mode", "tools": "tools"}

    def __init__(self, *, mode: ToolChoiceType | str | None = None, tools: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if mode is not None:
            d["mode"] = mode
        if tools is not None:
            d["tools"] = list(tools)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def mode(self) -> ToolChoiceType | str | None:
        value = self._data.get("mode")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mode")

    @mode.setter
    def mode(self, value: ToolChoiceType | str | None) -> None:
        self._set("mode", value)

    @property
    def tools(self) -> list[str] | None:
        return get_str_list(self, "tools")

    @tools.setter
    def tools(self, value: Sequence[str] | None) -> None:
        self._set("tools", None if value is None else list(value))


class AllowlistEntry(_Model):
    """Model of schema ``AllowlistEntry`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"domain": "domain", "transform": "transform"}

    def __init__(self, *, domain: str, transform: Sequence[Any] | None = None) -> None:
        d: dict[str, Any] = {}
        d["domain"] = domain
        if transform is not None:
            d["transform"] = encode_union(transform)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("transform",))

    @property
    def domain(self) -> str | None:
        value = self._data.get("domain")
        if value is None or type(value) is str:
            return value
        return get_str(self, "domain")

    @domain.setter
    def domain(self, value: str | None) -> None:
        self._set("domain", value)

    @property
    def transform(self) -> list[Any] | None:
        return get_list(self, "transform")

    @transform.setter
    def transform(self, value: Sequence[Any] | None) -> None:
        self._set("transform", None if value is None else encode_union(value))


class UnknownAnnotation(UnknownModel):
    """A ``Annotation`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class ArgumentsDelta(_Model):
    """Model of schema ``ArgumentsDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"arguments": "arguments", "type": "type"}

    def __init__(self, *, arguments: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "arguments_delta"
        if arguments is not None:
            d["arguments"] = arguments
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> str | None:
        value = self._data.get("arguments")
        if value is None or type(value) is str:
            return value
        return get_str(self, "arguments")

    @arguments.setter
    def arguments(self, value: str | None) -> None:
        self._set("arguments", value)

    @property
    def type(self) -> Literal["arguments_delta"] | None:
        return cast('Literal["arguments_delta"] | None', get_str(self, "type"))


class AudioContent(_Model):
    """Model of schema ``AudioContent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "channels": "channels",
        "data": "data",
        "mime_type": "mime_type",
        "sample_rate": "sample_rate",
        "type": "type",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        channels: int | None = None,
        data: bytes | str | None = None,
        mime_type: AudioContentMimeType | str | None = None,
        sample_rate: int | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "audio"
        if channels is not None:
            d["channels"] = channels
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mime_type"] = mime_type
        if sample_rate is not None:
            d["sample_rate"] = sample_rate
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def channels(self) -> int | None:
        value = self._data.get("channels")
        if value is None or type(value) is int:
            return value
        return get_int(self, "channels")

    @channels.setter
    def channels(self, value: int | None) -> None:
        self._set("channels", value)

    @property
    def data(self) -> bytes | None:
        return get_bytes(self, "data")

    @data.setter
    def data(self, value: bytes | str | None) -> None:
        self._set("data", None if value is None else encode_base64(value))

    @property
    def mime_type(self) -> AudioContentMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: AudioContentMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def sample_rate(self) -> int | None:
        value = self._data.get("sample_rate")
        if value is None or type(value) is int:
            return value
        return get_int(self, "sample_rate")

    @sample_rate.setter
    def sample_rate(self, value: int | None) -> None:
        self._set("sample_rate", value)

    @property
    def type(self) -> Literal["audio"] | None:
        return cast('Literal["audio"] | None', get_str(self, "type"))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class AudioDelta(_Model):
    """Model of schema ``AudioDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "channels": "channels",
        "data": "data",
        "mime_type": "mime_type",
        "rate": "rate",
        "sample_rate": "sample_rate",
        "type": "type",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        channels: int | None = None,
        data: bytes | str | None = None,
        mime_type: AudioDeltaMimeType | str | None = None,
        rate: int | None = None,
        sample_rate: int | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "audio"
        if channels is not None:
            d["channels"] = channels
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mime_type"] = mime_type
        if rate is not None:
            d["rate"] = rate
        if sample_rate is not None:
            d["sample_rate"] = sample_rate
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def channels(self) -> int | None:
        value = self._data.get("channels")
        if value is None or type(value) is int:
            return value
        return get_int(self, "channels")

    @channels.setter
    def channels(self, value: int | None) -> None:
        self._set("channels", value)

    @property
    def data(self) -> bytes | None:
        return get_bytes(self, "data")

    @data.setter
    def data(self, value: bytes | str | None) -> None:
        self._set("data", None if value is None else encode_base64(value))

    @property
    def mime_type(self) -> AudioDeltaMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: AudioDeltaMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def rate(self) -> int | None:
        value = self._data.get("rate")
        if value is None or type(value) is int:
            return value
        return get_int(self, "rate")

    @rate.setter
    def rate(self, value: int | None) -> None:
        self._set("rate", value)

    @property
    def sample_rate(self) -> int | None:
        value = self._data.get("sample_rate")
        if value is None or type(value) is int:
            return value
        return get_int(self, "sample_rate")

    @sample_rate.setter
    def sample_rate(self, value: int | None) -> None:
        self._set("sample_rate", value)

    @property
    def type(self) -> Literal["audio"] | None:
        return cast('Literal["audio"] | None', get_str(self, "type"))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class AudioResponseFormat(_Model):
    """Model of schema ``AudioResponseFormat`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "bit_rate": "bit_rate",
        "delivery": "delivery",
        "mime_type": "mime_type",
        "sample_rate": "sample_rate",
        "type": "type",
    }

    def __init__(
        self,
        *,
        bit_rate: int | None = None,
        delivery: AudioResponseFormatDelivery | str | None = None,
        mime_type: AudioResponseFormatMimeType | str | None = None,
        sample_rate: int | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "audio"
        if bit_rate is not None:
            d["bit_rate"] = bit_rate
        if delivery is not None:
            d["delivery"] = delivery
        if mime_type is not None:
            d["mime_type"] = mime_type
        if sample_rate is not None:
            d["sample_rate"] = sample_rate
        self._data = d
        self._parent = None
        self._key = None

    @property
    def bit_rate(self) -> int | None:
        value = self._data.get("bit_rate")
        if value is None or type(value) is int:
            return value
        return get_int(self, "bit_rate")

    @bit_rate.setter
    def bit_rate(self, value: int | None) -> None:
        self._set("bit_rate", value)

    @property
    def delivery(self) -> AudioResponseFormatDelivery | str | None:
        value = self._data.get("delivery")
        if value is None or type(value) is str:
            return value
        return get_str(self, "delivery")

    @delivery.setter
    def delivery(self, value: AudioResponseFormatDelivery | str | None) -> None:
        self._set("delivery", value)

    @property
    def mime_type(self) -> AudioResponseFormatMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: AudioResponseFormatMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def sample_rate(self) -> int | None:
        value = self._data.get("sample_rate")
        if value is None or type(value) is int:
            return value
        return get_int(self, "sample_rate")

    @sample_rate.setter
    def sample_rate(self, value: int | None) -> None:
        self._set("sample_rate", value)

    @property
    def type(self) -> Literal["audio"] | None:
        return cast('Literal["audio"] | None', get_str(self, "type"))


class CodeExecution(_Model):
    """Model of schema ``CodeExecution`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"type": "type"}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        d["type"] = "code_execution"
        self._data = d
        self._parent = None
        self._key = None

    @property
    def type(self) -> Literal["code_execution"] | None:
        return cast('Literal["code_execution"] | None', get_str(self, "type"))


class CodeExecutionCallArguments(_Model):
    """Model of schema ``CodeExecutionCallArguments`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"code": "code", "language": "language"}

    def __init__(
        self, *, code: str | None = None, language: CodeExecutionCallArgumentsLanguage | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if code is not None:
            d["code"] = code
        if language is not None:
            d["language"] = language
        self._data = d
        self._parent = None
        self._key = None

    @property
    def code(self) -> str | None:
        value = self._data.get("code")
        if value is None or type(value) is str:
            return value
        return get_str(self, "code")

    @code.setter
    def code(self, value: str | None) -> None:
        self._set("code", value)

    @property
    def language(self) -> CodeExecutionCallArgumentsLanguage | str | None:
        value = self._data.get("language")
        if value is None or type(value) is str:
            return value
        return get_str(self, "language")

    @language.setter
    def language(self, value: CodeExecutionCallArgumentsLanguage | str | None) -> None:
        self._set("language", value)


class CodeExecutionCallDelta(_Model):
    """Model of schema ``CodeExecutionCallDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"arguments": "arguments", "signature": "signature", "type": "type"}

    def __init__(
        self, *, arguments: CodeExecutionCallArguments | Mapping[str, Any], signature: bytes | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "code_execution_call"
        d["arguments"] = CodeExecutionCallArguments._coerce(arguments)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> CodeExecutionCallArguments | None:
        return get_model(self, "arguments", CodeExecutionCallArguments)

    @arguments.setter
    def arguments(self, value: CodeExecutionCallArguments | Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else CodeExecutionCallArguments._coerce(value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["code_execution_call"] | None:
        return cast('Literal["code_execution_call"] | None', get_str(self, "type"))


class CodeExecutionCallStep(_Model):
    """Model of schema ``CodeExecutionCallStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "arguments": "arguments",
        "id": "id",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        arguments: CodeExecutionCallStepArguments | Mapping[str, Any],
        id: str,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "code_execution_call"
        d["arguments"] = CodeExecutionCallStepArguments._coerce(arguments)
        d["id"] = id
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> CodeExecutionCallStepArguments | None:
        return get_model(self, "arguments", CodeExecutionCallStepArguments)

    @arguments.setter
    def arguments(self, value: CodeExecutionCallStepArguments | Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else CodeExecutionCallStepArguments._coerce(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["code_execution_call"] | None:
        return cast('Literal["code_execution_call"] | None', get_str(self, "type"))


class CodeExecutionCallStepArguments(_Model):
    """Model of schema ``CodeExecutionCallStepArguments`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"code": "code", "language": "language"}

    def __init__(
        self, *, code: str | None = None, language: CodeExecutionCallStepArgumentsLanguage | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if code is not None:
            d["code"] = code
        if language is not None:
            d["language"] = language
        self._data = d
        self._parent = None
        self._key = None

    @property
    def code(self) -> str | None:
        value = self._data.get("code")
        if value is None or type(value) is str:
            return value
        return get_str(self, "code")

    @code.setter
    def code(self, value: str | None) -> None:
        self._set("code", value)

    @property
    def language(self) -> CodeExecutionCallStepArgumentsLanguage | str | None:
        value = self._data.get("language")
        if value is None or type(value) is str:
            return value
        return get_str(self, "language")

    @language.setter
    def language(self, value: CodeExecutionCallStepArgumentsLanguage | str | None) -> None:
        self._set("language", value)


class CodeExecutionResultDelta(_Model):
    """Model of schema ``CodeExecutionResultDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "is_error": "is_error",
        "result": "result",
        "signature": "signature",
        "type": "type",
    }

    def __init__(self, *, result: str, is_error: bool | None = None, signature: bytes | str | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "code_execution_result"
        if is_error is not None:
            d["is_error"] = is_error
        d["result"] = result
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def is_error(self) -> bool | None:
        value = self._data.get("is_error")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "is_error")

    @is_error.setter
    def is_error(self, value: bool | None) -> None:
        self._set("is_error", value)

    @property
    def result(self) -> str | None:
        value = self._data.get("result")
        if value is None or type(value) is str:
            return value
        return get_str(self, "result")

    @result.setter
    def result(self, value: str | None) -> None:
        self._set("result", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["code_execution_result"] | None:
        return cast('Literal["code_execution_result"] | None', get_str(self, "type"))


class CodeExecutionResultStep(_Model):
    """Model of schema ``CodeExecutionResultStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "call_id": "call_id",
        "is_error": "is_error",
        "result": "result",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self, *, call_id: str, result: str, is_error: bool | None = None, signature: bytes | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "code_execution_result"
        d["call_id"] = call_id
        if is_error is not None:
            d["is_error"] = is_error
        d["result"] = result
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def call_id(self) -> str | None:
        value = self._data.get("call_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "call_id")

    @call_id.setter
    def call_id(self, value: str | None) -> None:
        self._set("call_id", value)

    @property
    def is_error(self) -> bool | None:
        value = self._data.get("is_error")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "is_error")

    @is_error.setter
    def is_error(self, value: bool | None) -> None:
        self._set("is_error", value)

    @property
    def result(self) -> str | None:
        value = self._data.get("result")
        if value is None or type(value) is str:
            return value
        return get_str(self, "result")

    @result.setter
    def result(self, value: str | None) -> None:
        self._set("result", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["code_execution_result"] | None:
        return cast('Literal["code_execution_result"] | None', get_str(self, "type"))


class ComputerUse(_Model):
    """Model of schema ``ComputerUse`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "environment": "environment",
        "excluded_predefined_functions": "excluded_predefined_functions",
        "type": "type",
    }

    def __init__(
        self,
        *,
        environment: ComputerUseEnvironment | str | None = None,
        excluded_predefined_functions: Sequence[str] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "computer_use"
        if environment is not None:
            d["environment"] = environment
        if excluded_predefined_functions is not None:
            d["excluded_predefined_functions"] = list(excluded_predefined_functions)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def environment(self) -> ComputerUseEnvironment | str | None:
        value = self._data.get("environment")
        if value is None or type(value) is str:
            return value
        return get_str(self, "environment")

    @environment.setter
    def environment(self, value: ComputerUseEnvironment | str | None) -> None:
        self._set("environment", value)

    @property
    def excluded_predefined_functions(self) -> list[str] | None:
        return get_str_list(self, "excluded_predefined_functions")

    @excluded_predefined_functions.setter
    def excluded_predefined_functions(self, value: Sequence[str] | None) -> None:
        self._set("excluded_predefined_functions", None if value is None else list(value))

    @property
    def type(self) -> Literal["computer_use"] | None:
        return cast('Literal["computer_use"] | None', get_str(self, "type"))


class UnknownContent(UnknownModel):
    """A ``Content`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class ContentDelta(_Model):
    """Model of schema ``ContentDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "delta": "delta",
        "event_id": "event_id",
        "event_type": "event_type",
        "index": "index",
    }

    def __init__(self, *, delta: ContentDeltaData | Mapping[str, Any], index: int, event_id: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "content.delta"
        d["delta"] = encode_union(delta)
        if event_id is not None:
            d["event_id"] = event_id
        d["index"] = index
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("delta",))

    @property
    def delta(self) -> ContentDeltaData | None:
        return cast("ContentDeltaData | None", get_union(self, "delta", decode_ContentDeltaData))

    @delta.setter
    def delta(self, value: ContentDeltaData | Mapping[str, Any] | None) -> None:
        self._set("delta", None if value is None else encode_union(value))

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["content.delta"] | None:
        return cast('Literal["content.delta"] | None', get_str(self, "event_type"))

    @property
    def index(self) -> int | None:
        value = self._data.get("index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "index")

    @index.setter
    def index(self, value: int | None) -> None:
        self._set("index", value)


class UnknownContentDeltaData(UnknownModel):
    """A ``ContentDeltaData`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class ContentStart(_Model):
    """Model of schema ``ContentStart`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "content": "content",
        "event_id": "event_id",
        "event_type": "event_type",
        "index": "index",
    }

    def __init__(self, *, content: Content | Mapping[str, Any], index: int, event_id: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "content.start"
        d["content"] = encode_union(content)
        if event_id is not None:
            d["event_id"] = event_id
        d["index"] = index
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("content",))

    @property
    def content(self) -> Content | None:
        return cast("Content | None", get_union(self, "content", decode_Content))

    @content.setter
    def content(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("content", None if value is None else encode_union(value))

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["content.start"] | None:
        return cast('Literal["content.start"] | None', get_str(self, "event_type"))

    @property
    def index(self) -> int | None:
        value = self._data.get("index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "index")

    @index.setter
    def index(self, value: int | None) -> None:
        self._set("index", value)


class ContentStop(_Model):
    """Model of schema ``ContentStop`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"event_id": "event_id", "event_type": "event_type", "index": "index"}

    def __init__(self, *, index: int, event_id: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "content.stop"
        if event_id is not None:
            d["event_id"] = event_id
        d["index"] = index
        self._data = d
        self._parent = None
        self._key = None

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["content.stop"] | None:
        return cast('Literal["content.stop"] | None', get_str(self, "event_type"))

    @property
    def index(self) -> int | None:
        value = self._data.get("index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "index")

    @index.setter
    def index(self, value: int | None) -> None:
        self._set("index", value)


class CreateAgentInteractionParams(_Model):
    """Model of schema ``CreateAgentInteractionParams`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "agent": "agent",
        "agent_config": "agent_config",
        "background": "background",
        "created": "created",
        "environment": "environment",
        "environment_id": "environment_id",
        "id": "id",
        "input": "input",
        "previous_interaction_id": "previous_interaction_id",
        "response_format": "response_format",
        "response_mime_type": "response_mime_type",
        "response_modalities": "response_modalities",
        "role": "role",
        "service_tier": "service_tier",
        "status": "status",
        "store": "store",
        "stream": "stream",
        "system_instruction": "system_instruction",
        "tools": "tools",
        "updated": "updated",
        "usage": "usage",
        "webhook_config": "webhook_config",
    }

    def __init__(
        self,
        *,
        agent: Any,
        input: Any,
        agent_config: Any | None = None,
        background: bool | None = None,
        created: str | None = None,
        environment: Any | None = None,
        environment_id: str | None = None,
        id: str | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        role: str | None = None,
        service_tier: ServiceTier | str | None = None,
        status: CreateAgentInteractionParamsStatus | str | None = None,
        store: bool | None = None,
        stream: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        updated: str | None = None,
        usage: Usage | Mapping[str, Any] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["agent"] = encode_union(agent)
        if agent_config is not None:
            d["agent_config"] = encode_union(agent_config)
        if background is not None:
            d["background"] = background
        if created is not None:
            d["created"] = created
        if environment is not None:
            d["environment"] = encode_union(environment)
        if environment_id is not None:
            d["environment_id"] = environment_id
        if id is not None:
            d["id"] = id
        d["input"] = encode_union(input)
        if previous_interaction_id is not None:
            d["previous_interaction_id"] = previous_interaction_id
        if response_format is not None:
            d["response_format"] = encode_union(response_format)
        if response_mime_type is not None:
            d["response_mime_type"] = response_mime_type
        if response_modalities is not None:
            d["response_modalities"] = list(response_modalities)
        if role is not None:
            d["role"] = role
        if service_tier is not None:
            d["service_tier"] = service_tier
        if status is not None:
            d["status"] = status
        if store is not None:
            d["store"] = store
        if stream is not None:
            d["stream"] = stream
        if system_instruction is not None:
            d["system_instruction"] = system_instruction
        if tools is not None:
            d["tools"] = encode_union(tools)
        if updated is not None:
            d["updated"] = updated
        if usage is not None:
            d["usage"] = Usage._coerce(usage)
        if webhook_config is not None:
            d["webhook_config"] = WebhookConfig._coerce(webhook_config)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "agent",
                "agent_config",
                "environment",
                "input",
                "response_format",
                "tools",
            ),
        )

    @property
    def agent(self) -> Any | None:
        return get_any(self, "agent")

    @agent.setter
    def agent(self, value: Any | None) -> None:
        self._set("agent", None if value is None else encode_union(value))

    @property
    def agent_config(self) -> Any | None:
        return get_any(self, "agent_config")

    @agent_config.setter
    def agent_config(self, value: Any | None) -> None:
        self._set("agent_config", None if value is None else encode_union(value))

    @property
    def background(self) -> bool | None:
        value = self._data.get("background")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "background")

    @background.setter
    def background(self, value: bool | None) -> None:
        self._set("background", value)

    @property
    def created(self) -> str | None:
        value = self._data.get("created")
        if value is None or type(value) is str:
            return value
        return get_str(self, "created")

    @created.setter
    def created(self, value: str | None) -> None:
        self._set("created", value)

    @property
    def environment(self) -> Any | None:
        return get_any(self, "environment")

    @environment.setter
    def environment(self, value: Any | None) -> None:
        self._set("environment", None if value is None else encode_union(value))

    @property
    def environment_id(self) -> str | None:
        value = self._data.get("environment_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "environment_id")

    @environment_id.setter
    def environment_id(self, value: str | None) -> None:
        self._set("environment_id", value)

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def input(self) -> Any | None:
        return get_any(self, "input")

    @input.setter
    def input(self, value: Any | None) -> None:
        self._set("input", None if value is None else encode_union(value))

    @property
    def previous_interaction_id(self) -> str | None:
        value = self._data.get("previous_interaction_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "previous_interaction_id")

    @previous_interaction_id.setter
    def previous_interaction_id(self, value: str | None) -> None:
        self._set("previous_interaction_id", value)

    @property
    def response_format(self) -> Any | None:
        return get_any(self, "response_format")

    @response_format.setter
    def response_format(self, value: Any | None) -> None:
        self._set("response_format", None if value is None else encode_union(value))

    @property
    def response_mime_type(self) -> str | None:
        value = self._data.get("response_mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "response_mime_type")

    @response_mime_type.setter
    def response_mime_type(self, value: str | None) -> None:
        self._set("response_mime_type", value)

    @property
    def response_modalities(self) -> list[ResponseModality | str] | None:
        return get_str_list(self, "response_modalities")

    @response_modalities.setter
    def response_modalities(self, value: Sequence[ResponseModality | str] | None) -> None:
        self._set("response_modalities", None if value is None else list(value))

    @property
    def role(self) -> str | None:
        value = self._data.get("role")
        if value is None or type(value) is str:
            return value
        return get_str(self, "role")

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def service_tier(self) -> ServiceTier | str | None:
        value = self._data.get("service_tier")
        if value is None or type(value) is str:
            return value
        return get_str(self, "service_tier")

    @service_tier.setter
    def service_tier(self, value: ServiceTier | str | None) -> None:
        self._set("service_tier", value)

    @property
    def status(self) -> CreateAgentInteractionParamsStatus | str | None:
        value = self._data.get("status")
        if value is None or type(value) is str:
            return value
        return get_str(self, "status")

    @status.setter
    def status(self, value: CreateAgentInteractionParamsStatus | str | None) -> None:
        self._set("status", value)

    @property
    def store(self) -> bool | None:
        value = self._data.get("store")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "store")

    @store.setter
    def store(self, value: bool | None) -> None:
        self._set("store", value)

    @property
    def stream(self) -> bool | None:
        value = self._data.get("stream")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "stream")

    @stream.setter
    def stream(self, value: bool | None) -> None:
        self._set("stream", value)

    @property
    def system_instruction(self) -> str | None:
        value = self._data.get("system_instruction")
        if value is None or type(value) is str:
            return value
        return get_str(self, "system_instruction")

    @system_instruction.setter
    def system_instruction(self, value: str | None) -> None:
        self._set("system_instruction", value)

    @property
    def tools(self) -> list[Tool] | None:
        return cast("list[Tool] | None", get_union_list(self, "tools", decode_Tool))

    @tools.setter
    def tools(self, value: Sequence[Tool | Mapping[str, Any]] | None) -> None:
        self._set("tools", None if value is None else encode_union(value))

    @property
    def updated(self) -> str | None:
        value = self._data.get("updated")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updated")

    @updated.setter
    def updated(self, value: str | None) -> None:
        self._set("updated", value)

    @property
    def usage(self) -> Usage | None:
        return get_model(self, "usage", Usage)

    @usage.setter
    def usage(self, value: Usage | Mapping[str, Any] | None) -> None:
        self._set("usage", None if value is None else Usage._coerce(value))

    @property
    def webhook_config(self) -> WebhookConfig | None:
        return get_model(self, "webhook_config", WebhookConfig)

    @webhook_config.setter
    def webhook_config(self, value: WebhookConfig | Mapping[str, Any] | None) -> None:
        self._set("webhook_config", None if value is None else WebhookConfig._coerce(value))


class CreateModelInteractionParams(_Model):
    """Model of schema ``CreateModelInteractionParams`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "background": "background",
        "created": "created",
        "environment": "environment",
        "environment_id": "environment_id",
        "generation_config": "generation_config",
        "id": "id",
        "input": "input",
        "model": "model",
        "previous_interaction_id": "previous_interaction_id",
        "response_format": "response_format",
        "response_mime_type": "response_mime_type",
        "response_modalities": "response_modalities",
        "role": "role",
        "service_tier": "service_tier",
        "status": "status",
        "store": "store",
        "stream": "stream",
        "system_instruction": "system_instruction",
        "tools": "tools",
        "updated": "updated",
        "usage": "usage",
        "webhook_config": "webhook_config",
    }

    def __init__(
        self,
        *,
        input: Any,
        model: Any,
        background: bool | None = None,
        created: str | None = None,
        environment: Any | None = None,
        environment_id: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        id: str | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        role: str | None = None,
        service_tier: ServiceTier | str | None = None,
        status: CreateModelInteractionParamsStatus | str | None = None,
        store: bool | None = None,
        stream: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        updated: str | None = None,
        usage: Usage | Mapping[str, Any] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if background is not None:
            d["background"] = background
        if created is not None:
            d["created"] = created
        if environment is not None:
            d["environment"] = encode_union(environment)
        if environment_id is not None:
            d["environment_id"] = environment_id
        if generation_config is not None:
            d["generation_config"] = GenerationConfig._coerce(generation_config)
        if id is not None:
            d["id"] = id
        d["input"] = encode_union(input)
        d["model"] = encode_union(model)
        if previous_interaction_id is not None:
            d["previous_interaction_id"] = previous_interaction_id
        if response_format is not None:
            d["response_format"] = encode_union(response_format)
        if response_mime_type is not None:
            d["response_mime_type"] = response_mime_type
        if response_modalities is not None:
            d["response_modalities"] = list(response_modalities)
        if role is not None:
            d["role"] = role
        if service_tier is not None:
            d["service_tier"] = service_tier
        if status is not None:
            d["status"] = status
        if store is not None:
            d["store"] = store
        if stream is not None:
            d["stream"] = stream
        if system_instruction is not None:
            d["system_instruction"] = system_instruction
        if tools is not None:
            d["tools"] = encode_union(tools)
        if updated is not None:
            d["updated"] = updated
        if usage is not None:
            d["usage"] = Usage._coerce(usage)
        if webhook_config is not None:
            d["webhook_config"] = WebhookConfig._coerce(webhook_config)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "environment",
                "input",
                "model",
                "response_format",
                "tools",
            ),
        )

    @property
    def background(self) -> bool | None:
        value = self._data.get("background")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "background")

    @background.setter
    def background(self, value: bool | None) -> None:
        self._set("background", value)

    @property
    def created(self) -> str | None:
        value = self._data.get("created")
        if value is None or type(value) is str:
            return value
        return get_str(self, "created")

    @created.setter
    def created(self, value: str | None) -> None:
        self._set("created", value)

    @property
    def environment(self) -> Any | None:
        return get_any(self, "environment")

    @environment.setter
    def environment(self, value: Any | None) -> None:
        self._set("environment", None if value is None else encode_union(value))

    @property
    def environment_id(self) -> str | None:
        value = self._data.get("environment_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "environment_id")

    @environment_id.setter
    def environment_id(self, value: str | None) -> None:
        self._set("environment_id", value)

    @property
    def generation_config(self) -> GenerationConfig | None:
        return get_model(self, "generation_config", GenerationConfig)

    @generation_config.setter
    def generation_config(self, value: GenerationConfig | Mapping[str, Any] | None) -> None:
        self._set("generation_config", None if value is None else GenerationConfig._coerce(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def input(self) -> Any | None:
        return get_any(self, "input")

    @input.setter
    def input(self, value: Any | None) -> None:
        self._set("input", None if value is None else encode_union(value))

    @property
    def model(self) -> Any | None:
        return get_any(self, "model")

    @model.setter
    def model(self, value: Any | None) -> None:
        self._set("model", None if value is None else encode_union(value))

    @property
    def previous_interaction_id(self) -> str | None:
        value = self._data.get("previous_interaction_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "previous_interaction_id")

    @previous_interaction_id.setter
    def previous_interaction_id(self, value: str | None) -> None:
        self._set("previous_interaction_id", value)

    @property
    def response_format(self) -> Any | None:
        return get_any(self, "response_format")

    @response_format.setter
    def response_format(self, value: Any | None) -> None:
        self._set("response_format", None if value is None else encode_union(value))

    @property
    def response_mime_type(self) -> str | None:
        value = self._data.get("response_mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "response_mime_type")

    @response_mime_type.setter
    def response_mime_type(self, value: str | None) -> None:
        self._set("response_mime_type", value)

    @property
    def response_modalities(self) -> list[ResponseModality | str] | None:
        return get_str_list(self, "response_modalities")

    @response_modalities.setter
    def response_modalities(self, value: Sequence[ResponseModality | str] | None) -> None:
        self._set("response_modalities", None if value is None else list(value))

    @property
    def role(self) -> str | None:
        value = self._data.get("role")
        if value is None or type(value) is str:
            return value
        return get_str(self, "role")

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def service_tier(self) -> ServiceTier | str | None:
        value = self._data.get("service_tier")
        if value is None or type(value) is str:
            return value
        return get_str(self, "service_tier")

    @service_tier.setter
    def service_tier(self, value: ServiceTier | str | None) -> None:
        self._set("service_tier", value)

    @property
    def status(self) -> CreateModelInteractionParamsStatus | str | None:
        value = self._data.get("status")
        if value is None or type(value) is str:
            return value
        return get_str(self, "status")

    @status.setter
    def status(self, value: CreateModelInteractionParamsStatus | str | None) -> None:
        self._set("status", value)

    @property
    def store(self) -> bool | None:
        value = self._data.get("store")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "store")

    @store.setter
    def store(self, value: bool | None) -> None:
        self._set("store", value)

    @property
    def stream(self) -> bool | None:
        value = self._data.get("stream")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "stream")

    @stream.setter
    def stream(self, value: bool | None) -> None:
        self._set("stream", value)

    @property
    def system_instruction(self) -> str | None:
        value = self._data.get("system_instruction")
        if value is None or type(value) is str:
            return value
        return get_str(self, "system_instruction")

    @system_instruction.setter
    def system_instruction(self, value: str | None) -> None:
        self._set("system_instruction", value)

    @property
    def tools(self) -> list[Tool] | None:
        return cast("list[Tool] | None", get_union_list(self, "tools", decode_Tool))

    @tools.setter
    def tools(self, value: Sequence[Tool | Mapping[str, Any]] | None) -> None:
        self._set("tools", None if value is None else encode_union(value))

    @property
    def updated(self) -> str | None:
        value = self._data.get("updated")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updated")

    @updated.setter
    def updated(self, value: str | None) -> None:
        self._set("updated", value)

    @property
    def usage(self) -> Usage | None:
        return get_model(self, "usage", Usage)

    @usage.setter
    def usage(self, value: Usage | Mapping[str, Any] | None) -> None:
        self._set("usage", None if value is None else Usage._coerce(value))

    @property
    def webhook_config(self) -> WebhookConfig | None:
        return get_model(self, "webhook_config", WebhookConfig)

    @webhook_config.setter
    def webhook_config(self, value: WebhookConfig | Mapping[str, Any] | None) -> None:
        self._set("webhook_config", None if value is None else WebhookConfig._coerce(value))


class DeepResearchAgentConfig(_Model):
    """Model of schema ``DeepResearchAgentConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "collaborative_planning": "collaborative_planning",
        "thinking_summaries": "thinking_summaries",
        "type": "type",
        "visualization": "visualization",
    }

    def __init__(
        self,
        *,
        collaborative_planning: bool | None = None,
        thinking_summaries: ThinkingSummaries | str | None = None,
        visualization: DeepResearchAgentConfigVisualization | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "deep-research"
        if collaborative_planning is not None:
            d["collaborative_planning"] = collaborative_planning
        if thinking_summaries is not None:
            d["thinking_summaries"] = thinking_summaries
        if visualization is not None:
            d["visualization"] = visualization
        self._data = d
        self._parent = None
        self._key = None

    @property
    def collaborative_planning(self) -> bool | None:
        value = self._data.get("collaborative_planning")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "collaborative_planning")

    @collaborative_planning.setter
    def collaborative_planning(self, value: bool | None) -> None:
        self._set("collaborative_planning", value)

    @property
    def thinking_summaries(self) -> ThinkingSummaries | str | None:
        value = self._data.get("thinking_summaries")
        if value is None or type(value) is str:
            return value
        return get_str(self, "thinking_summaries")

    @thinking_summaries.setter
    def thinking_summaries(self, value: ThinkingSummaries | str | None) -> None:
        self._set("thinking_summaries", value)

    @property
    def type(self) -> Literal["deep-research"] | None:
        return cast('Literal["deep-research"] | None', get_str(self, "type"))

    @property
    def visualization(self) -> DeepResearchAgentConfigVisualization | str | None:
        value = self._data.get("visualization")
        if value is None or type(value) is str:
            return value
        return get_str(self, "visualization")

    @visualization.setter
    def visualization(self, value: DeepResearchAgentConfigVisualization | str | None) -> None:
        self._set("visualization", value)


class DocumentContent(_Model):
    """Model of schema ``DocumentContent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"data": "data", "mime_type": "mime_type", "type": "type", "uri": "uri"}

    def __init__(
        self,
        *,
        data: bytes | str | None = None,
        mime_type: DocumentContentMimeType | str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "document"
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mime_type"] = mime_type
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def data(self) -> bytes | None:
        return get_bytes(self, "data")

    @data.setter
    def data(self, value: bytes | str | None) -> None:
        self._set("data", None if value is None else encode_base64(value))

    @property
    def mime_type(self) -> DocumentContentMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: DocumentContentMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def type(self) -> Literal["document"] | None:
        return cast('Literal["document"] | None', get_str(self, "type"))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class DocumentDelta(_Model):
    """Model of schema ``DocumentDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"data": "data", "mime_type": "mime_type", "type": "type", "uri": "uri"}

    def __init__(
        self,
        *,
        data: bytes | str | None = None,
        mime_type: DocumentDeltaMimeType | str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "document"
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mime_type"] = mime_type
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def data(self) -> bytes | None:
        return get_bytes(self, "data")

    @data.setter
    def data(self, value: bytes | str | None) -> None:
        self._set("data", None if value is None else encode_base64(value))

    @property
    def mime_type(self) -> DocumentDeltaMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: DocumentDeltaMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def type(self) -> Literal["document"] | None:
        return cast('Literal["document"] | None', get_str(self, "type"))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class DynamicAgentConfig(_Model):
    """Model of schema ``DynamicAgentConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"type": "type"}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        d["type"] = "dynamic"
        self._data = d
        self._parent = None
        self._key = None

    @property
    def type(self) -> Literal["dynamic"] | None:
        return cast('Literal["dynamic"] | None', get_str(self, "type"))


class Empty(_Model):
    """Model of schema ``Empty`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class EnvironmentConfig(_Model):
    """Model of schema ``EnvironmentConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"network": "network", "sources": "sources", "type": "type"}

    def __init__(
        self, *, network: Any | None = None, sources: Sequence[Source | Mapping[str, Any]] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "remote"
        if network is not None:
            d["network"] = encode_union(network)
        if sources is not None:
            d["sources"] = encode_model_list(Source, sources)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("network",))

    @property
    def network(self) -> Any | None:
        return get_any(self, "network")

    @network.setter
    def network(self, value: Any | None) -> None:
        self._set("network", None if value is None else encode_union(value))

    @property
    def sources(self) -> list[Source] | None:
        return get_model_list(self, "sources", Source)

    @sources.setter
    def sources(self, value: Sequence[Source | Mapping[str, Any]] | None) -> None:
        self._set("sources", None if value is None else encode_model_list(Source, value))

    @property
    def type(self) -> Literal["remote"] | None:
        return cast('Literal["remote"] | None', get_str(self, "type"))


class Error(_Model):
    """Model of schema ``Error`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"code": "code", "message": "message"}

    def __init__(self, *, code: str | None = None, message: str | None = None) -> None:
        d: dict[str, Any] = {}
        if code is not None:
            d["code"] = code
        if message is not None:
            d["message"] = message
        self._data = d
        self._parent = None
        self._key = None

    @property
    def code(self) -> str | None:
        value = self._data.get("code")
        if value is None or type(value) is str:
            return value
        return get_str(self, "code")

    @code.setter
    def code(self, value: str | None) -> None:
        self._set("code", value)

    @property
    def message(self) -> str | None:
        value = self._data.get("message")
        if value is None or type(value) is str:
            return value
        return get_str(self, "message")

    @message.setter
    def message(self, value: str | None) -> None:
        self._set("message", value)


class ErrorEvent(_Model):
    """Model of schema ``ErrorEvent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"error": "error", "event_id": "event_id", "event_type": "event_type"}

    def __init__(self, *, error: Error | Mapping[str, Any] | None = None, event_id: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "error"
        if error is not None:
            d["error"] = Error._coerce(error)
        if event_id is not None:
            d["event_id"] = event_id
        self._data = d
        self._parent = None
        self._key = None

    @property
    def error(self) -> Error | None:
        return get_model(self, "error", Error)

    @error.setter
    def error(self, value: Error | Mapping[str, Any] | None) -> None:
        self._set("error", None if value is None else Error._coerce(value))

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["error"] | None:
        return cast('Literal["error"] | None', get_str(self, "event_type"))


class FileCitation(_Model):
    """Model of schema ``FileCitation`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "custom_metadata": "custom_metadata",
        "document_uri": "document_uri",
        "end_index": "end_index",
        "file_name": "file_name",
        "media_id": "media_id",
        "page_number": "page_number",
        "source": "source",
        "start_index": "start_index",
        "type": "type",
    }

    def __init__(
        self,
        *,
        custom_metadata: Mapping[str, Any] | None = None,
        document_uri: str | None = None,
        end_index: int | None = None,
        file_name: str | None = None,
        media_id: str | None = None,
        page_number: int | None = None,
        source: str | None = None,
        start_index: int | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "file_citation"
        if custom_metadata is not None:
            d["custom_metadata"] = dict(custom_metadata)
        if document_uri is not None:
            d["document_uri"] = document_uri
        if end_index is not None:
            d["end_index"] = end_index
        if file_name is not None:
            d["file_name"] = file_name
        if media_id is not None:
            d["media_id"] = media_id
        if page_number is not None:
            d["page_number"] = page_number
        if source is not None:
            d["source"] = source
        if start_index is not None:
            d["start_index"] = start_index
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("custom_metadata",))

    @property
    def custom_metadata(self) -> dict[str, Any] | None:
        value = self._data.get("custom_metadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "custom_metadata")

    @custom_metadata.setter
    def custom_metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("custom_metadata", None if value is None else dict(value))

    @property
    def document_uri(self) -> str | None:
        value = self._data.get("document_uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "document_uri")

    @document_uri.setter
    def document_uri(self, value: str | None) -> None:
        self._set("document_uri", value)

    @property
    def end_index(self) -> int | None:
        value = self._data.get("end_index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "end_index")

    @end_index.setter
    def end_index(self, value: int | None) -> None:
        self._set("end_index", value)

    @property
    def file_name(self) -> str | None:
        value = self._data.get("file_name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "file_name")

    @file_name.setter
    def file_name(self, value: str | None) -> None:
        self._set("file_name", value)

    @property
    def media_id(self) -> str | None:
        value = self._data.get("media_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "media_id")

    @media_id.setter
    def media_id(self, value: str | None) -> None:
        self._set("media_id", value)

    @property
    def page_number(self) -> int | None:
        value = self._data.get("page_number")
        if value is None or type(value) is int:
            return value
        return get_int(self, "page_number")

    @page_number.setter
    def page_number(self, value: int | None) -> None:
        self._set("page_number", value)

    @property
    def source(self) -> str | None:
        value = self._data.get("source")
        if value is None or type(value) is str:
            return value
        return get_str(self, "source")

    @source.setter
    def source(self, value: str | None) -> None:
        self._set("source", value)

    @property
    def start_index(self) -> int | None:
        value = self._data.get("start_index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "start_index")

    @start_index.setter
    def start_index(self, value: int | None) -> None:
        self._set("start_index", value)

    @property
    def type(self) -> Literal["file_citation"] | None:
        return cast('Literal["file_citation"] | None', get_str(self, "type"))


class FileSearch(_Model):
    """Model of schema ``FileSearch`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "file_search_store_names": "file_search_store_names",
        "metadata_filter": "metadata_filter",
        "top_k": "top_k",
        "type": "type",
    }

    def __init__(
        self,
        *,
        file_search_store_names: Sequence[str] | None = None,
        metadata_filter: str | None = None,
        top_k: int | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "file_search"
        if file_search_store_names is not None:
            d["file_search_store_names"] = list(file_search_store_names)
        if metadata_filter is not None:
            d["metadata_filter"] = metadata_filter
        if top_k is not None:
            d["top_k"] = top_k
        self._data = d
        self._parent = None
        self._key = None

    @property
    def file_search_store_names(self) -> list[str] | None:
        return get_str_list(self, "file_search_store_names")

    @file_search_store_names.setter
    def file_search_store_names(self, value: Sequence[str] | None) -> None:
        self._set("file_search_store_names", None if value is None else list(value))

    @property
    def metadata_filter(self) -> str | None:
        value = self._data.get("metadata_filter")
        if value is None or type(value) is str:
            return value
        return get_str(self, "metadata_filter")

    @metadata_filter.setter
    def metadata_filter(self, value: str | None) -> None:
        self._set("metadata_filter", value)

    @property
    def top_k(self) -> int | None:
        value = self._data.get("top_k")
        if value is None or type(value) is int:
            return value
        return get_int(self, "top_k")

    @top_k.setter
    def top_k(self, value: int | None) -> None:
        self._set("top_k", value)

    @property
    def type(self) -> Literal["file_search"] | None:
        return cast('Literal["file_search"] | None', get_str(self, "type"))


class FileSearchCallDelta(_Model):
    """Model of schema ``FileSearchCallDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"signature": "signature", "type": "type"}

    def __init__(self, *, signature: bytes | str | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "file_search_call"
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["file_search_call"] | None:
        return cast('Literal["file_search_call"] | None', get_str(self, "type"))


class FileSearchCallStep(_Model):
    """Model of schema ``FileSearchCallStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"id": "id", "signature": "signature", "type": "type"}

    def __init__(self, *, id: str, signature: bytes | str | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "file_search_call"
        d["id"] = id
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["file_search_call"] | None:
        return cast('Literal["file_search_call"] | None', get_str(self, "type"))


class FileSearchResult(_Model):
    """Model of schema ``FileSearchResult`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class FileSearchResultDelta(_Model):
    """Model of schema ``FileSearchResultDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"result": "result", "signature": "signature", "type": "type"}

    def __init__(
        self, *, result: Sequence[FileSearchResult | Mapping[str, Any]], signature: bytes | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "file_search_result"
        d["result"] = encode_model_list(FileSearchResult, result)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def result(self) -> list[FileSearchResult] | None:
        return get_model_list(self, "result", FileSearchResult)

    @result.setter
    def result(self, value: Sequence[FileSearchResult | Mapping[str, Any]] | None) -> None:
        self._set("result", None if value is None else encode_model_list(FileSearchResult, value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["file_search_result"] | None:
        return cast('Literal["file_search_result"] | None', get_str(self, "type"))


class FileSearchResultStep(_Model):
    """Model of schema ``FileSearchResultStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"call_id": "call_id", "signature": "signature", "type": "type"}

    def __init__(self, *, call_id: str, signature: bytes | str | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "file_search_result"
        d["call_id"] = call_id
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def call_id(self) -> str | None:
        value = self._data.get("call_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "call_id")

    @call_id.setter
    def call_id(self, value: str | None) -> None:
        self._set("call_id", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["file_search_result"] | None:
        return cast('Literal["file_search_result"] | None', get_str(self, "type"))


class Function(_Model):
    """Model of schema ``Function`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "description": "description",
        "name": "name",
        "parameters": "parameters",
        "type": "type",
    }

    def __init__(
        self, *, description: str | None = None, name: str | None = None, parameters: Any | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "function"
        if description is not None:
            d["description"] = description
        if name is not None:
            d["name"] = name
        if parameters is not None:
            d["parameters"] = encode_union(parameters)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("parameters",))

    @property
    def description(self) -> str | None:
        value = self._data.get("description")
        if value is None or type(value) is str:
            return value
        return get_str(self, "description")

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def parameters(self) -> Any | None:
        return get_any(self, "parameters")

    @parameters.setter
    def parameters(self, value: Any | None) -> None:
        self._set("parameters", None if value is None else encode_union(value))

    @property
    def type(self) -> Literal["function"] | None:
        return cast('Literal["function"] | None', get_str(self, "type"))


class FunctionCallDelta(_Model):
    """Model of schema ``FunctionCallDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "arguments": "arguments",
        "id": "id",
        "name": "name",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self, *, arguments: Mapping[str, Any], id: str, name: str, signature: bytes | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "function_call"
        d["arguments"] = dict(arguments)
        d["id"] = id
        d["name"] = name
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("arguments",))

    @property
    def arguments(self) -> dict[str, Any] | None:
        value = self._data.get("arguments")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "arguments")

    @arguments.setter
    def arguments(self, value: Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else dict(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["function_call"] | None:
        return cast('Literal["function_call"] | None', get_str(self, "type"))


class FunctionCallStep(_Model):
    """Model of schema ``FunctionCallStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "arguments": "arguments",
        "id": "id",
        "name": "name",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self, *, arguments: Mapping[str, Any], id: str, name: str, signature: bytes | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "function_call"
        d["arguments"] = dict(arguments)
        d["id"] = id
        d["name"] = name
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("arguments",))

    @property
    def arguments(self) -> dict[str, Any] | None:
        value = self._data.get("arguments")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "arguments")

    @arguments.setter
    def arguments(self, value: Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else dict(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["function_call"] | None:
        return cast('Literal["function_call"] | None', get_str(self, "type"))


class FunctionResultDelta(_Model):
    """Model of schema ``FunctionResultDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "call_id": "call_id",
        "is_error": "is_error",
        "name": "name",
        "result": "result",
        "type": "type",
    }

    def __init__(self, *, call_id: str, result: Any, is_error: bool | None = None, name: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "function_result"
        d["call_id"] = call_id
        if is_error is not None:
            d["is_error"] = is_error
        if name is not None:
            d["name"] = name
        d["result"] = encode_union(result)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("result",))

    @property
    def call_id(self) -> str | None:
        value = self._data.get("call_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "call_id")

    @call_id.setter
    def call_id(self, value: str | None) -> None:
        self._set("call_id", value)

    @property
    def is_error(self) -> bool | None:
        value = self._data.get("is_error")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "is_error")

    @is_error.setter
    def is_error(self, value: bool | None) -> None:
        self._set("is_error", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def result(self) -> Any | None:
        return get_any(self, "result")

    @result.setter
    def result(self, value: Any | None) -> None:
        self._set("result", None if value is None else encode_union(value))

    @property
    def type(self) -> Literal["function_result"] | None:
        return cast('Literal["function_result"] | None', get_str(self, "type"))


class FunctionResultStep(_Model):
    """Model of schema ``FunctionResultStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "call_id": "call_id",
        "is_error": "is_error",
        "name": "name",
        "result": "result",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        call_id: str,
        result: Any,
        is_error: bool | None = None,
        name: str | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "function_result"
        d["call_id"] = call_id
        if is_error is not None:
            d["is_error"] = is_error
        if name is not None:
            d["name"] = name
        d["result"] = encode_union(result)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("result",))

    @property
    def call_id(self) -> str | None:
        value = self._data.get("call_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "call_id")

    @call_id.setter
    def call_id(self, value: str | None) -> None:
        self._set("call_id", value)

    @property
    def is_error(self) -> bool | None:
        value = self._data.get("is_error")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "is_error")

    @is_error.setter
    def is_error(self, value: bool | None) -> None:
        self._set("is_error", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def result(self) -> Any | None:
        return get_any(self, "result")

    @result.setter
    def result(self, value: Any | None) -> None:
        self._set("result", None if value is None else encode_union(value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["function_result"] | None:
        return cast('Literal["function_result"] | None', get_str(self, "type"))


class UnknownFunctionResultSubcontent(UnknownModel):
    """A ``FunctionResultSubcontent`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class GenerationConfig(_Model):
    """Model of schema ``GenerationConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "image_config": "image_config",
        "max_output_tokens": "max_output_tokens",
        "seed": "seed",
        "speech_config": "speech_config",
        "stop_sequences": "stop_sequences",
        "temperature": "temperature",
        "thinking_level": "thinking_level",
        "thinking_summaries": "thinking_summaries",
        "tool_choice": "tool_choice",
        "top_p": "top_p",
    }

    def __init__(
        self,
        *,
        image_config: ImageConfig | Mapping[str, Any] | None = None,
        max_output_tokens: int | None = None,
        seed: int | None = None,
        speech_config: Sequence[SpeechConfig | Mapping[str, Any]] | None = None,
        stop_sequences: Sequence[str] | None = None,
        temperature: float | None = None,
        thinking_level: ThinkingLevel | str | None = None,
        thinking_summaries: ThinkingSummaries | str | None = None,
        tool_choice: Any | None = None,
        top_p: float | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if image_config is not None:
            d["image_config"] = ImageConfig._coerce(image_config)
        if max_output_tokens is not None:
            d["max_output_tokens"] = max_output_tokens
        if seed is not None:
            d["seed"] = seed
        if speech_config is not None:
            d["speech_config"] = encode_model_list(SpeechConfig, speech_config)
        if stop_sequences is not None:
            d["stop_sequences"] = list(stop_sequences)
        if temperature is not None:
            d["temperature"] = temperature
        if thinking_level is not None:
            d["thinking_level"] = thinking_level
        if thinking_summaries is not None:
            d["thinking_summaries"] = thinking_summaries
        if tool_choice is not None:
            d["tool_choice"] = encode_union(tool_choice)
        if top_p is not None:
            d["top_p"] = top_p
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "temperature",
                "tool_choice",
                "top_p",
            ),
        )

    @property
    def image_config(self) -> ImageConfig | None:
        return get_model(self, "image_config", ImageConfig)

    @image_config.setter
    def image_config(self, value: ImageConfig | Mapping[str, Any] | None) -> None:
        self._set("image_config", None if value is None else ImageConfig._coerce(value))

    @property
    def max_output_tokens(self) -> int | None:
        value = self._data.get("max_output_tokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "max_output_tokens")

    @max_output_tokens.setter
    def max_output_tokens(self, value: int | None) -> None:
        self._set("max_output_tokens", value)

    @property
    def seed(self) -> int | None:
        value = self._data.get("seed")
        if value is None or type(value) is int:
            return value
        return get_int(self, "seed")

    @seed.setter
    def seed(self, value: int | None) -> None:
        self._set("seed", value)

    @property
    def speech_config(self) -> list[SpeechConfig] | None:
        return get_model_list(self, "speech_config", SpeechConfig)

    @speech_config.setter
    def speech_config(self, value: Sequence[SpeechConfig | Mapping[str, Any]] | None) -> None:
        self._set("speech_config", None if value is None else encode_model_list(SpeechConfig, value))

    @property
    def stop_sequences(self) -> list[str] | None:
        return get_str_list(self, "stop_sequences")

    @stop_sequences.setter
    def stop_sequences(self, value: Sequence[str] | None) -> None:
        self._set("stop_sequences", None if value is None else list(value))

    @property
    def temperature(self) -> float | None:
        return get_float(self, "temperature")

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self._set("temperature", value)

    @property
    def thinking_level(self) -> ThinkingLevel | str | None:
        value = self._data.get("thinking_level")
        if value is None or type(value) is str:
            return value
        return get_str(self, "thinking_level")

    @thinking_level.setter
    def thinking_level(self, value: ThinkingLevel | str | None) -> None:
        self._set("thinking_level", value)

    @property
    def thinking_summaries(self) -> ThinkingSummaries | str | None:
        value = self._data.get("thinking_summaries")
        if value is None or type(value) is str:
            return value
        return get_str(self, "thinking_summaries")

    @thinking_summaries.setter
    def thinking_summaries(self, value: ThinkingSummaries | str | None) -> None:
        self._set("thinking_summaries", value)

    @property
    def tool_choice(self) -> Any | None:
        return get_any(self, "tool_choice")

    @tool_choice.setter
    def tool_choice(self, value: Any | None) -> None:
        self._set("tool_choice", None if value is None else encode_union(value))

    @property
    def top_p(self) -> float | None:
        return get_float(self, "top_p")

    @top_p.setter
    def top_p(self, value: float | None) -> None:
        self._set("top_p", value)


class GoogleMaps(_Model):
    """Model of schema ``GoogleMaps`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "enable_widget": "enable_widget",
        "latitude": "latitude",
        "longitude": "longitude",
        "type": "type",
    }

    def __init__(
        self, *, enable_widget: bool | None = None, latitude: float | None = None, longitude: float | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_maps"
        if enable_widget is not None:
            d["enable_widget"] = enable_widget
        if latitude is not None:
            d["latitude"] = latitude
        if longitude is not None:
            d["longitude"] = longitude
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "latitude",
                "longitude",
            ),
        )

    @property
    def enable_widget(self) -> bool | None:
        value = self._data.get("enable_widget")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "enable_widget")

    @enable_widget.setter
    def enable_widget(self, value: bool | None) -> None:
        self._set("enable_widget", value)

    @property
    def latitude(self) -> float | None:
        return get_float(self, "latitude")

    @latitude.setter
    def latitude(self, value: float | None) -> None:
        self._set("latitude", value)

    @property
    def longitude(self) -> float | None:
        return get_float(self, "longitude")

    @longitude.setter
    def longitude(self, value: float | None) -> None:
        self._set("longitude", value)

    @property
    def type(self) -> Literal["google_maps"] | None:
        return cast('Literal["google_maps"] | None', get_str(self, "type"))


class GoogleMapsCallArguments(_Model):
    """Model of schema ``GoogleMapsCallArguments`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"queries": "queries"}

    def __init__(self, *, queries: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if queries is not None:
            d["queries"] = list(queries)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def queries(self) -> list[str] | None:
        return get_str_list(self, "queries")

    @queries.setter
    def queries(self, value: Sequence[str] | None) -> None:
        self._set("queries", None if value is None else list(value))


class GoogleMapsCallDelta(_Model):
    """Model of schema ``GoogleMapsCallDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"arguments": "arguments", "signature": "signature", "type": "type"}

    def __init__(
        self,
        *,
        arguments: GoogleMapsCallArguments | Mapping[str, Any] | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_maps_call"
        if arguments is not None:
            d["arguments"] = GoogleMapsCallArguments._coerce(arguments)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> GoogleMapsCallArguments | None:
        return get_model(self, "arguments", GoogleMapsCallArguments)

    @arguments.setter
    def arguments(self, value: GoogleMapsCallArguments | Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else GoogleMapsCallArguments._coerce(value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["google_maps_call"] | None:
        return cast('Literal["google_maps_call"] | None', get_str(self, "type"))


class GoogleMapsCallStep(_Model):
    """Model of schema ``GoogleMapsCallStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "arguments": "arguments",
        "id": "id",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        id: str,
        arguments: GoogleMapsCallStepArguments | Mapping[str, Any] | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_maps_call"
        if arguments is not None:
            d["arguments"] = GoogleMapsCallStepArguments._coerce(arguments)
        d["id"] = id
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> GoogleMapsCallStepArguments | None:
        return get_model(self, "arguments", GoogleMapsCallStepArguments)

    @arguments.setter
    def arguments(self, value: GoogleMapsCallStepArguments | Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else GoogleMapsCallStepArguments._coerce(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["google_maps_call"] | None:
        return cast('Literal["google_maps_call"] | None', get_str(self, "type"))


class GoogleMapsCallStepArguments(_Model):
    """Model of schema ``GoogleMapsCallStepArguments`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"queries": "queries"}

    def __init__(self, *, queries: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if queries is not None:
            d["queries"] = list(queries)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def queries(self) -> list[str] | None:
        return get_str_list(self, "queries")

    @queries.setter
    def queries(self, value: Sequence[str] | None) -> None:
        self._set("queries", None if value is None else list(value))


class GoogleMapsResult(_Model):
    """Model of schema ``GoogleMapsResult`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"places": "places", "widget_context_token": "widget_context_token"}

    def __init__(
        self, *, places: Sequence[Places | Mapping[str, Any]] | None = None, widget_context_token: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if places is not None:
            d["places"] = encode_model_list(Places, places)
        if widget_context_token is not None:
            d["widget_context_token"] = widget_context_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def places(self) -> list[Places] | None:
        return get_model_list(self, "places", Places)

    @places.setter
    def places(self, value: Sequence[Places | Mapping[str, Any]] | None) -> None:
        self._set("places", None if value is None else encode_model_list(Places, value))

    @property
    def widget_context_token(self) -> str | None:
        value = self._data.get("widget_context_token")
        if value is None or type(value) is str:
            return value
        return get_str(self, "widget_context_token")

    @widget_context_token.setter
    def widget_context_token(self, value: str | None) -> None:
        self._set("widget_context_token", value)


class GoogleMapsResultDelta(_Model):
    """Model of schema ``GoogleMapsResultDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"result": "result", "signature": "signature", "type": "type"}

    def __init__(
        self,
        *,
        result: Sequence[GoogleMapsResult | Mapping[str, Any]] | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_maps_result"
        if result is not None:
            d["result"] = encode_model_list(GoogleMapsResult, result)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def result(self) -> list[GoogleMapsResult] | None:
        return get_model_list(self, "result", GoogleMapsResult)

    @result.setter
    def result(self, value: Sequence[GoogleMapsResult | Mapping[str, Any]] | None) -> None:
        self._set("result", None if value is None else encode_model_list(GoogleMapsResult, value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["google_maps_result"] | None:
        return cast('Literal["google_maps_result"] | None', get_str(self, "type"))


class GoogleMapsResultItem(_Model):
    """Model of schema ``GoogleMapsResultItem`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"places": "places", "widget_context_token": "widget_context_token"}

    def __init__(
        self,
        *,
        places: Sequence[GoogleMapsResultPlaces | Mapping[str, Any]] | None = None,
        widget_context_token: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if places is not None:
            d["places"] = encode_model_list(GoogleMapsResultPlaces, places)
        if widget_context_token is not None:
            d["widget_context_token"] = widget_context_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def places(self) -> list[GoogleMapsResultPlaces] | None:
        return get_model_list(self, "places", GoogleMapsResultPlaces)

    @places.setter
    def places(self, value: Sequence[GoogleMapsResultPlaces | Mapping[str, Any]] | None) -> None:
        self._set("places", None if value is None else encode_model_list(GoogleMapsResultPlaces, value))

    @property
    def widget_context_token(self) -> str | None:
        value = self._data.get("widget_context_token")
        if value is None or type(value) is str:
            return value
        return get_str(self, "widget_context_token")

    @widget_context_token.setter
    def widget_context_token(self, value: str | None) -> None:
        self._set("widget_context_token", value)


class GoogleMapsResultPlaces(_Model):
    """Model of schema ``GoogleMapsResultPlaces`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "place_id": "place_id",
        "review_snippets": "review_snippets",
        "url": "url",
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        place_id: str | None = None,
        review_snippets: Sequence[ReviewSnippet | Mapping[str, Any]] | None = None,
        url: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if name is not None:
            d["name"] = name
        if place_id is not None:
            d["place_id"] = place_id
        if review_snippets is not None:
            d["review_snippets"] = encode_model_list(ReviewSnippet, review_snippets)
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def place_id(self) -> str | None:
        value = self._data.get("place_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "place_id")

    @place_id.setter
    def place_id(self, value: str | None) -> None:
        self._set("place_id", value)

    @property
    def review_snippets(self) -> list[ReviewSnippet] | None:
        return get_model_list(self, "review_snippets", ReviewSnippet)

    @review_snippets.setter
    def review_snippets(self, value: Sequence[ReviewSnippet | Mapping[str, Any]] | None) -> None:
        self._set("review_snippets", None if value is None else encode_model_list(ReviewSnippet, value))

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class GoogleMapsResultStep(_Model):
    """Model of schema ``GoogleMapsResultStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "call_id": "call_id",
        "result": "result",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        call_id: str,
        result: Sequence[GoogleMapsResultItem | Mapping[str, Any]],
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_maps_result"
        d["call_id"] = call_id
        d["result"] = encode_model_list(GoogleMapsResultItem, result)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def call_id(self) -> str | None:
        value = self._data.get("call_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "call_id")

    @call_id.setter
    def call_id(self, value: str | None) -> None:
        self._set("call_id", value)

    @property
    def result(self) -> list[GoogleMapsResultItem] | None:
        return get_model_list(self, "result", GoogleMapsResultItem)

    @result.setter
    def result(self, value: Sequence[GoogleMapsResultItem | Mapping[str, Any]] | None) -> None:
        self._set("result", None if value is None else encode_model_list(GoogleMapsResultItem, value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["google_maps_result"] | None:
        return cast('Literal["google_maps_result"] | None', get_str(self, "type"))


class GoogleSearch(_Model):
    """Model of schema ``GoogleSearch`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"search_types": "search_types", "type": "type"}

    def __init__(self, *, search_types: Sequence[GoogleSearchSearchTypes | str] | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_search"
        if search_types is not None:
            d["search_types"] = list(search_types)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def search_types(self) -> list[GoogleSearchSearchTypes | str] | None:
        return get_str_list(self, "search_types")

    @search_types.setter
    def search_types(self, value: Sequence[GoogleSearchSearchTypes | str] | None) -> None:
        self._set("search_types", None if value is None else list(value))

    @property
    def type(self) -> Literal["google_search"] | None:
        return cast('Literal["google_search"] | None', get_str(self, "type"))


class GoogleSearchCallArguments(_Model):
    """Model of schema ``GoogleSearchCallArguments`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"queries": "queries"}

    def __init__(self, *, queries: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if queries is not None:
            d["queries"] = list(queries)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def queries(self) -> list[str] | None:
        return get_str_list(self, "queries")

    @queries.setter
    def queries(self, value: Sequence[str] | None) -> None:
        self._set("queries", None if value is None else list(value))


class GoogleSearchCallDelta(_Model):
    """Model of schema ``GoogleSearchCallDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"arguments": "arguments", "signature": "signature", "type": "type"}

    def __init__(
        self, *, arguments: GoogleSearchCallArguments | Mapping[str, Any], signature: bytes | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_search_call"
        d["arguments"] = GoogleSearchCallArguments._coerce(arguments)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> GoogleSearchCallArguments | None:
        return get_model(self, "arguments", GoogleSearchCallArguments)

    @arguments.setter
    def arguments(self, value: GoogleSearchCallArguments | Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else GoogleSearchCallArguments._coerce(value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["google_search_call"] | None:
        return cast('Literal["google_search_call"] | None', get_str(self, "type"))


class GoogleSearchCallStep(_Model):
    """Model of schema ``GoogleSearchCallStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "arguments": "arguments",
        "id": "id",
        "search_type": "search_type",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        arguments: GoogleSearchCallStepArguments | Mapping[str, Any],
        id: str,
        search_type: GoogleSearchCallStepSearchType | str | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_search_call"
        d["arguments"] = GoogleSearchCallStepArguments._coerce(arguments)
        d["id"] = id
        if search_type is not None:
            d["search_type"] = search_type
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> GoogleSearchCallStepArguments | None:
        return get_model(self, "arguments", GoogleSearchCallStepArguments)

    @arguments.setter
    def arguments(self, value: GoogleSearchCallStepArguments | Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else GoogleSearchCallStepArguments._coerce(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def search_type(self) -> GoogleSearchCallStepSearchType | str | None:
        value = self._data.get("search_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "search_type")

    @search_type.setter
    def search_type(self, value: GoogleSearchCallStepSearchType | str | None) -> None:
        self._set("search_type", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["google_search_call"] | None:
        return cast('Literal["google_search_call"] | None', get_str(self, "type"))


class GoogleSearchCallStepArguments(_Model):
    """Model of schema ``GoogleSearchCallStepArguments`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"queries": "queries"}

    def __init__(self, *, queries: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if queries is not None:
            d["queries"] = list(queries)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def queries(self) -> list[str] | None:
        return get_str_list(self, "queries")

    @queries.setter
    def queries(self, value: Sequence[str] | None) -> None:
        self._set("queries", None if value is None else list(value))


class GoogleSearchResult(_Model):
    """Model of schema ``GoogleSearchResult`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"search_suggestions": "search_suggestions"}

    def __init__(self, *, search_suggestions: str | None = None) -> None:
        d: dict[str, Any] = {}
        if search_suggestions is not None:
            d["search_suggestions"] = search_suggestions
        self._data = d
        self._parent = None
        self._key = None

    @property
    def search_suggestions(self) -> str | None:
        value = self._data.get("search_suggestions")
        if value is None or type(value) is str:
            return value
        return get_str(self, "search_suggestions")

    @search_suggestions.setter
    def search_suggestions(self, value: str | None) -> None:
        self._set("search_suggestions", value)


class GoogleSearchResultDelta(_Model):
    """Model of schema ``GoogleSearchResultDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "is_error": "is_error",
        "result": "result",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        result: Sequence[GoogleSearchResult | Mapping[str, Any]],
        is_error: bool | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_search_result"
        if is_error is not None:
            d["is_error"] = is_error
        d["result"] = encode_model_list(GoogleSearchResult, result)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def is_error(self) -> bool | None:
        value = self._data.get("is_error")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "is_error")

    @is_error.setter
    def is_error(self, value: bool | None) -> None:
        self._set("is_error", value)

    @property
    def result(self) -> list[GoogleSearchResult] | None:
        return get_model_list(self, "result", GoogleSearchResult)

    @result.setter
    def result(self, value: Sequence[GoogleSearchResult | Mapping[str, Any]] | None) -> None:
        self._set("result", None if value is None else encode_model_list(GoogleSearchResult, value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["google_search_result"] | None:
        return cast('Literal["google_search_result"] | None', get_str(self, "type"))


class GoogleSearchResultItem(_Model):
    """Model of schema ``GoogleSearchResultItem`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"search_suggestions": "search_suggestions"}

    def __init__(self, *, search_suggestions: str | None = None) -> None:
        d: dict[str, Any] = {}
        if search_suggestions is not None:
            d["search_suggestions"] = search_suggestions
        self._data = d
        self._parent = None
        self._key = None

    @property
    def search_suggestions(self) -> str | None:
        value = self._data.get("search_suggestions")
        if value is None or type(value) is str:
            return value
        return get_str(self, "search_suggestions")

    @search_suggestions.setter
    def search_suggestions(self, value: str | None) -> None:
        self._set("search_suggestions", value)


class GoogleSearchResultStep(_Model):
    """Model of schema ``GoogleSearchResultStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "call_id": "call_id",
        "is_error": "is_error",
        "result": "result",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        call_id: str,
        result: Sequence[GoogleSearchResultItem | Mapping[str, Any]],
        is_error: bool | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "google_search_result"
        d["call_id"] = call_id
        if is_error is not None:
            d["is_error"] = is_error
        d["result"] = encode_model_list(GoogleSearchResultItem, result)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def call_id(self) -> str | None:
        value = self._data.get("call_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "call_id")

    @call_id.setter
    def call_id(self, value: str | None) -> None:
        self._set("call_id", value)

    @property
    def is_error(self) -> bool | None:
        value = self._data.get("is_error")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "is_error")

    @is_error.setter
    def is_error(self, value: bool | None) -> None:
        self._set("is_error", value)

    @property
    def result(self) -> list[GoogleSearchResultItem] | None:
        return get_model_list(self, "result", GoogleSearchResultItem)

    @result.setter
    def result(self, value: Sequence[GoogleSearchResultItem | Mapping[str, Any]] | None) -> None:
        self._set("result", None if value is None else encode_model_list(GoogleSearchResultItem, value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["google_search_result"] | None:
        return cast('Literal["google_search_result"] | None', get_str(self, "type"))


class GroundingToolCount(_Model):
    """Model of schema ``GroundingToolCount`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"count": "count", "type": "type"}

    def __init__(self, *, count: int | None = None, type: GroundingToolCountType | str | None = None) -> None:
        d: dict[str, Any] = {}
        if count is not None:
            d["count"] = count
        if type is not None:
            d["type"] = type
        self._data = d
        self._parent = None
        self._key = None

    @property
    def count(self) -> int | None:
        value = self._data.get("count")
        if value is None or type(value) is int:
            return value
        return get_int(self, "count")

    @count.setter
    def count(self, value: int | None) -> None:
        self._set("count", value)

    @property
    def type(self) -> GroundingToolCountType | str | None:
        value = self._data.get("type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "type")

    @type.setter
    def type(self, value: GroundingToolCountType | str | None) -> None:
        self._set("type", value)


class ImageConfig(_Model):
    """Model of schema ``ImageConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"aspect_ratio": "aspect_ratio", "image_size": "image_size"}

    def __init__(self, *, aspect_ratio: Any | None = None, image_size: Any | None = None) -> None:
        d: dict[str, Any] = {}
        if aspect_ratio is not None:
            d["aspect_ratio"] = encode_union(aspect_ratio)
        if image_size is not None:
            d["image_size"] = encode_union(image_size)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "aspect_ratio",
                "image_size",
            ),
        )

    @property
    def aspect_ratio(self) -> Any | None:
        return get_any(self, "aspect_ratio")

    @aspect_ratio.setter
    def aspect_ratio(self, value: Any | None) -> None:
        self._set("aspect_ratio", None if value is None else encode_union(value))

    @property
    def image_size(self) -> Any | None:
        return get_any(self, "image_size")

    @image_size.setter
    def image_size(self, value: Any | None) -> None:
        self._set("image_size", None if value is None else encode_union(value))


class ImageContent(_Model):
    """Model of schema ``ImageContent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "data": "data",
        "mime_type": "mime_type",
        "resolution": "resolution",
        "type": "type",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        data: bytes | str | None = None,
        mime_type: ImageContentMimeType | str | None = None,
        resolution: MediaResolution | str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "image"
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mime_type"] = mime_type
        if resolution is not None:
            d["resolution"] = resolution
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def data(self) -> bytes | None:
        return get_bytes(self, "data")

    @data.setter
    def data(self, value: bytes | str | None) -> None:
        self._set("data", None if value is None else encode_base64(value))

    @property
    def mime_type(self) -> ImageContentMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: ImageContentMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def resolution(self) -> MediaResolution | str | None:
        value = self._data.get("resolution")
        if value is None or type(value) is str:
            return value
        return get_str(self, "resolution")

    @resolution.setter
    def resolution(self, value: MediaResolution | str | None) -> None:
        self._set("resolution", value)

    @property
    def type(self) -> Literal["image"] | None:
        return cast('Literal["image"] | None', get_str(self, "type"))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class ImageDelta(_Model):
    """Model of schema ``ImageDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "data": "data",
        "mime_type": "mime_type",
        "resolution": "resolution",
        "type": "type",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        data: bytes | str | None = None,
        mime_type: ImageDeltaMimeType | str | None = None,
        resolution: MediaResolution | str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "image"
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mime_type"] = mime_type
        if resolution is not None:
            d["resolution"] = resolution
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def data(self) -> bytes | None:
        return get_bytes(self, "data")

    @data.setter
    def data(self, value: bytes | str | None) -> None:
        self._set("data", None if value is None else encode_base64(value))

    @property
    def mime_type(self) -> ImageDeltaMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: ImageDeltaMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def resolution(self) -> MediaResolution | str | None:
        value = self._data.get("resolution")
        if value is None or type(value) is str:
            return value
        return get_str(self, "resolution")

    @resolution.setter
    def resolution(self, value: MediaResolution | str | None) -> None:
        self._set("resolution", value)

    @property
    def type(self) -> Literal["image"] | None:
        return cast('Literal["image"] | None', get_str(self, "type"))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class ImageResponseFormat(_Model):
    """Model of schema ``ImageResponseFormat`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "aspect_ratio": "aspect_ratio",
        "delivery": "delivery",
        "image_size": "image_size",
        "mime_type": "mime_type",
        "type": "type",
    }

    def __init__(
        self,
        *,
        aspect_ratio: ImageResponseFormatAspectRatio | str | None = None,
        delivery: ImageResponseFormatDelivery | str | None = None,
        image_size: ImageResponseFormatImageSize | str | None = None,
        mime_type: ImageResponseFormatMimeType | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "image"
        if aspect_ratio is not None:
            d["aspect_ratio"] = aspect_ratio
        if delivery is not None:
            d["delivery"] = delivery
        if image_size is not None:
            d["image_size"] = image_size
        if mime_type is not None:
            d["mime_type"] = mime_type
        self._data = d
        self._parent = None
        self._key = None

    @property
    def aspect_ratio(self) -> ImageResponseFormatAspectRatio | str | None:
        value = self._data.get("aspect_ratio")
        if value is None or type(value) is str:
            return value
        return get_str(self, "aspect_ratio")

    @aspect_ratio.setter
    def aspect_ratio(self, value: ImageResponseFormatAspectRatio | str | None) -> None:
        self._set("aspect_ratio", value)

    @property
    def delivery(self) -> ImageResponseFormatDelivery | str | None:
        value = self._data.get("delivery")
        if value is None or type(value) is str:
            return value
        return get_str(self, "delivery")

    @delivery.setter
    def delivery(self, value: ImageResponseFormatDelivery | str | None) -> None:
        self._set("delivery", value)

    @property
    def image_size(self) -> ImageResponseFormatImageSize | str | None:
        value = self._data.get("image_size")
        if value is None or type(value) is str:
            return value
        return get_str(self, "image_size")

    @image_size.setter
    def image_size(self, value: ImageResponseFormatImageSize | str | None) -> None:
        self._set("image_size", value)

    @property
    def mime_type(self) -> ImageResponseFormatMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: ImageResponseFormatMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def type(self) -> Literal["image"] | None:
        return cast('Literal["image"] | None', get_str(self, "type"))


class Interaction(_Model, InteractionMixin):
    """Model of schema ``Interaction`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "agent": "agent",
        "agent_config": "agent_config",
        "created": "created",
        "environment": "environment",
        "environment_id": "environment_id",
        "generation_config": "generation_config",
        "id": "id",
        "input": "input",
        "model": "model",
        "object": "object",
        "previous_interaction_id": "previous_interaction_id",
        "response_format": "response_format",
        "response_mime_type": "response_mime_type",
        "response_modalities": "response_modalities",
        "role": "role",
        "service_tier": "service_tier",
        "status": "status",
        "steps": "steps",
        "system_instruction": "system_instruction",
        "tools": "tools",
        "updated": "updated",
        "usage": "usage",
        "webhook_config": "webhook_config",
    }

    def __init__(
        self,
        *,
        created: str,
        id: str,
        status: InteractionStatus | str,
        steps: Sequence[Step | Mapping[str, Any]],
        updated: str,
        agent: Any | None = None,
        agent_config: Any | None = None,
        environment: Any | None = None,
        environment_id: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        input: Any | None = None,
        model: Any | None = None,
        object: str | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        role: str | None = None,
        service_tier: ServiceTier | str | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        usage: Usage | Mapping[str, Any] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if agent is not None:
            d["agent"] = encode_union(agent)
        if agent_config is not None:
            d["agent_config"] = encode_union(agent_config)
        d["created"] = created
        if environment is not None:
            d["environment"] = encode_union(environment)
        if environment_id is not None:
            d["environment_id"] = environment_id
        if generation_config is not None:
            d["generation_config"] = GenerationConfig._coerce(generation_config)
        d["id"] = id
        if input is not None:
            d["input"] = encode_union(input)
        if model is not None:
            d["model"] = encode_union(model)
        if object is not None:
            d["object"] = object
        if previous_interaction_id is not None:
            d["previous_interaction_id"] = previous_interaction_id
        if response_format is not None:
            d["response_format"] = encode_union(response_format)
        if response_mime_type is not None:
            d["response_mime_type"] = response_mime_type
        if response_modalities is not None:
            d["response_modalities"] = list(response_modalities)
        if role is not None:
            d["role"] = role
        if service_tier is not None:
            d["service_tier"] = service_tier
        d["status"] = status
        d["steps"] = encode_union(steps)
        if system_instruction is not None:
            d["system_instruction"] = system_instruction
        if tools is not None:
            d["tools"] = encode_union(tools)
        d["updated"] = updated
        if usage is not None:
            d["usage"] = Usage._coerce(usage)
        if webhook_config is not None:
            d["webhook_config"] = WebhookConfig._coerce(webhook_config)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "agent",
                "agent_config",
                "environment",
                "input",
                "model",
                "response_format",
                "steps",
                "tools",
            ),
        )

    @property
    def agent(self) -> Any | None:
        return get_any(self, "agent")

    @agent.setter
    def agent(self, value: Any | None) -> None:
        self._set("agent", None if value is None else encode_union(value))

    @property
    def agent_config(self) -> Any | None:
        return get_any(self, "agent_config")

    @agent_config.setter
    def agent_config(self, value: Any | None) -> None:
        self._set("agent_config", None if value is None else encode_union(value))

    @property
    def created(self) -> str | None:
        value = self._data.get("created")
        if value is None or type(value) is str:
            return value
        return get_str(self, "created")

    @created.setter
    def created(self, value: str | None) -> None:
        self._set("created", value)

    @property
    def environment(self) -> Any | None:
        return get_any(self, "environment")

    @environment.setter
    def environment(self, value: Any | None) -> None:
        self._set("environment", None if value is None else encode_union(value))

    @property
    def environment_id(self) -> str | None:
        value = self._data.get("environment_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "environment_id")

    @environment_id.setter
    def environment_id(self, value: str | None) -> None:
        self._set("environment_id", value)

    @property
    def generation_config(self) -> GenerationConfig | None:
        return get_model(self, "generation_config", GenerationConfig)

    @generation_config.setter
    def generation_config(self, value: GenerationConfig | Mapping[str, Any] | None) -> None:
        self._set("generation_config", None if value is None else GenerationConfig._coerce(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def input(self) -> Any | None:
        return get_any(self, "input")

    @input.setter
    def input(self, value: Any | None) -> None:
        self._set("input", None if value is None else encode_union(value))

    @property
    def model(self) -> Any | None:
        return get_any(self, "model")

    @model.setter
    def model(self, value: Any | None) -> None:
        self._set("model", None if value is None else encode_union(value))

    @property
    def object(self) -> str | None:
        value = self._data.get("object")
        if value is None or type(value) is str:
            return value
        return get_str(self, "object")

    @object.setter
    def object(self, value: str | None) -> None:
        self._set("object", value)

    @property
    def previous_interaction_id(self) -> str | None:
        value = self._data.get("previous_interaction_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "previous_interaction_id")

    @previous_interaction_id.setter
    def previous_interaction_id(self, value: str | None) -> None:
        self._set("previous_interaction_id", value)

    @property
    def response_format(self) -> Any | None:
        return get_any(self, "response_format")

    @response_format.setter
    def response_format(self, value: Any | None) -> None:
        self._set("response_format", None if value is None else encode_union(value))

    @property
    def response_mime_type(self) -> str | None:
        value = self._data.get("response_mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "response_mime_type")

    @response_mime_type.setter
    def response_mime_type(self, value: str | None) -> None:
        self._set("response_mime_type", value)

    @property
    def response_modalities(self) -> list[ResponseModality | str] | None:
        return get_str_list(self, "response_modalities")

    @response_modalities.setter
    def response_modalities(self, value: Sequence[ResponseModality | str] | None) -> None:
        self._set("response_modalities", None if value is None else list(value))

    @property
    def role(self) -> str | None:
        value = self._data.get("role")
        if value is None or type(value) is str:
            return value
        return get_str(self, "role")

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def service_tier(self) -> ServiceTier | str | None:
        value = self._data.get("service_tier")
        if value is None or type(value) is str:
            return value
        return get_str(self, "service_tier")

    @service_tier.setter
    def service_tier(self, value: ServiceTier | str | None) -> None:
        self._set("service_tier", value)

    @property
    def status(self) -> InteractionStatus | str | None:
        value = self._data.get("status")
        if value is None or type(value) is str:
            return value
        return get_str(self, "status")

    @status.setter
    def status(self, value: InteractionStatus | str | None) -> None:
        self._set("status", value)

    @property
    def steps(self) -> list[Step] | None:
        return cast("list[Step] | None", get_union_list(self, "steps", decode_Step))

    @steps.setter
    def steps(self, value: Sequence[Step | Mapping[str, Any]] | None) -> None:
        self._set("steps", None if value is None else encode_union(value))

    @property
    def system_instruction(self) -> str | None:
        value = self._data.get("system_instruction")
        if value is None or type(value) is str:
            return value
        return get_str(self, "system_instruction")

    @system_instruction.setter
    def system_instruction(self, value: str | None) -> None:
        self._set("system_instruction", value)

    @property
    def tools(self) -> list[Tool] | None:
        return cast("list[Tool] | None", get_union_list(self, "tools", decode_Tool))

    @tools.setter
    def tools(self, value: Sequence[Tool | Mapping[str, Any]] | None) -> None:
        self._set("tools", None if value is None else encode_union(value))

    @property
    def updated(self) -> str | None:
        value = self._data.get("updated")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updated")

    @updated.setter
    def updated(self, value: str | None) -> None:
        self._set("updated", value)

    @property
    def usage(self) -> Usage | None:
        return get_model(self, "usage", Usage)

    @usage.setter
    def usage(self, value: Usage | Mapping[str, Any] | None) -> None:
        self._set("usage", None if value is None else Usage._coerce(value))

    @property
    def webhook_config(self) -> WebhookConfig | None:
        return get_model(self, "webhook_config", WebhookConfig)

    @webhook_config.setter
    def webhook_config(self, value: WebhookConfig | Mapping[str, Any] | None) -> None:
        self._set("webhook_config", None if value is None else WebhookConfig._coerce(value))


class InteractionCompletedEvent(_Model):
    """Model of schema ``InteractionCompletedEvent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event_id": "event_id",
        "event_type": "event_type",
        "interaction": "interaction",
    }

    def __init__(self, *, interaction: Interaction | Mapping[str, Any], event_id: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "interaction.completed"
        if event_id is not None:
            d["event_id"] = event_id
        d["interaction"] = Interaction._coerce(interaction)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["interaction.completed"] | None:
        return cast('Literal["interaction.completed"] | None', get_str(self, "event_type"))

    @property
    def interaction(self) -> Interaction | None:
        return get_model(self, "interaction", Interaction)

    @interaction.setter
    def interaction(self, value: Interaction | Mapping[str, Any] | None) -> None:
        self._set("interaction", None if value is None else Interaction._coerce(value))


class InteractionCreatedEvent(_Model):
    """Model of schema ``InteractionCreatedEvent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event_id": "event_id",
        "event_type": "event_type",
        "interaction": "interaction",
    }

    def __init__(self, *, interaction: Interaction | Mapping[str, Any], event_id: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "interaction.created"
        if event_id is not None:
            d["event_id"] = event_id
        d["interaction"] = Interaction._coerce(interaction)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["interaction.created"] | None:
        return cast('Literal["interaction.created"] | None', get_str(self, "event_type"))

    @property
    def interaction(self) -> Interaction | None:
        return get_model(self, "interaction", Interaction)

    @interaction.setter
    def interaction(self, value: Interaction | Mapping[str, Any] | None) -> None:
        self._set("interaction", None if value is None else Interaction._coerce(value))


class UnknownInteractionSseEvent(UnknownModel):
    """A ``InteractionSseEvent`` whose ``event_type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def event_type(self) -> str | None:
        value = self._data.get("event_type")
        return value if type(value) is str else None


class InteractionStatusUpdate(_Model):
    """Model of schema ``InteractionStatusUpdate`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event_id": "event_id",
        "event_type": "event_type",
        "interaction_id": "interaction_id",
        "status": "status",
    }

    def __init__(
        self, *, interaction_id: str, status: InteractionStatusUpdateStatus | str, event_id: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "interaction.status_update"
        if event_id is not None:
            d["event_id"] = event_id
        d["interaction_id"] = interaction_id
        d["status"] = status
        self._data = d
        self._parent = None
        self._key = None

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["interaction.status_update"] | None:
        return cast('Literal["interaction.status_update"] | None', get_str(self, "event_type"))

    @property
    def interaction_id(self) -> str | None:
        value = self._data.get("interaction_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "interaction_id")

    @interaction_id.setter
    def interaction_id(self, value: str | None) -> None:
        self._set("interaction_id", value)

    @property
    def status(self) -> InteractionStatusUpdateStatus | str | None:
        value = self._data.get("status")
        if value is None or type(value) is str:
            return value
        return get_str(self, "status")

    @status.setter
    def status(self, value: InteractionStatusUpdateStatus | str | None) -> None:
        self._set("status", value)


class ListAgentsResponse(_Model):
    """Model of schema ``ListAgentsResponse`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"agents": "agents", "next_page_token": "nextPageToken"}

    def __init__(
        self, *, agents: Sequence[Agent | Mapping[str, Any]] | None = None, next_page_token: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if agents is not None:
            d["agents"] = encode_model_list(Agent, agents)
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def agents(self) -> list[Agent] | None:
        return get_model_list(self, "agents", Agent)

    @agents.setter
    def agents(self, value: Sequence[Agent | Mapping[str, Any]] | None) -> None:
        self._set("agents", None if value is None else encode_model_list(Agent, value))

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)


class ListWebhooksResponse(_Model):
    """Model of schema ``ListWebhooksResponse`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"next_page_token": "next_page_token", "webhooks": "webhooks"}

    def __init__(
        self, *, next_page_token: str | None = None, webhooks: Sequence[Webhook | Mapping[str, Any]] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if next_page_token is not None:
            d["next_page_token"] = next_page_token
        if webhooks is not None:
            d["webhooks"] = encode_model_list(Webhook, webhooks)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("next_page_token")
        if value is None or type(value) is str:
            return value
        return get_str(self, "next_page_token")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("next_page_token", value)

    @property
    def webhooks(self) -> list[Webhook] | None:
        return get_model_list(self, "webhooks", Webhook)

    @webhooks.setter
    def webhooks(self, value: Sequence[Webhook | Mapping[str, Any]] | None) -> None:
        self._set("webhooks", None if value is None else encode_model_list(Webhook, value))


class McpServer(_Model):
    """Model of schema ``McpServer`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "allowed_tools": "allowed_tools",
        "headers": "headers",
        "name": "name",
        "type": "type",
        "url": "url",
    }

    def __init__(
        self,
        *,
        allowed_tools: Sequence[AllowedTools | Mapping[str, Any]] | None = None,
        headers: Mapping[str, Any] | None = None,
        name: str | None = None,
        url: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "mcp_server"
        if allowed_tools is not None:
            d["allowed_tools"] = encode_model_list(AllowedTools, allowed_tools)
        if headers is not None:
            d["headers"] = dict(headers)
        if name is not None:
            d["name"] = name
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("headers",))

    @property
    def allowed_tools(self) -> list[AllowedTools] | None:
        return get_model_list(self, "allowed_tools", AllowedTools)

    @allowed_tools.setter
    def allowed_tools(self, value: Sequence[AllowedTools | Mapping[str, Any]] | None) -> None:
        self._set("allowed_tools", None if value is None else encode_model_list(AllowedTools, value))

    @property
    def headers(self) -> dict[str, Any] | None:
        value = self._data.get("headers")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "headers")

    @headers.setter
    def headers(self, value: Mapping[str, Any] | None) -> None:
        self._set("headers", None if value is None else dict(value))

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def type(self) -> Literal["mcp_server"] | None:
        return cast('Literal["mcp_server"] | None', get_str(self, "type"))

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class McpServerToolCallDelta(_Model):
    """Model of schema ``McpServerToolCallDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "arguments": "arguments",
        "name": "name",
        "server_name": "server_name",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self, *, arguments: Mapping[str, Any], name: str, server_name: str, signature: bytes | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "mcp_server_tool_call"
        d["arguments"] = dict(arguments)
        d["name"] = name
        d["server_name"] = server_name
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("arguments",))

    @property
    def arguments(self) -> dict[str, Any] | None:
        value = self._data.get("arguments")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "arguments")

    @arguments.setter
    def arguments(self, value: Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else dict(value))

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def server_name(self) -> str | None:
        value = self._data.get("server_name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "server_name")

    @server_name.setter
    def server_name(self, value: str | None) -> None:
        self._set("server_name", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["mcp_server_tool_call"] | None:
        return cast('Literal["mcp_server_tool_call"] | None', get_str(self, "type"))


class McpServerToolCallStep(_Model):
    """Model of schema ``McpServerToolCallStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "arguments": "arguments",
        "id": "id",
        "name": "name",
        "server_name": "server_name",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        arguments: Mapping[str, Any],
        id: str,
        name: str,
        server_name: str,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "mcp_server_tool_call"
        d["arguments"] = dict(arguments)
        d["id"] = id
        d["name"] = name
        d["server_name"] = server_name
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("arguments",))

    @property
    def arguments(self) -> dict[str, Any] | None:
        value = self._data.get("arguments")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "arguments")

    @arguments.setter
    def arguments(self, value: Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else dict(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def server_name(self) -> str | None:
        value = self._data.get("server_name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "server_name")

    @server_name.setter
    def server_name(self, value: str | None) -> None:
        self._set("server_name", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["mcp_server_tool_call"] | None:
        return cast('Literal["mcp_server_tool_call"] | None', get_str(self, "type"))


class McpServerToolResultDelta(_Model):
    """Model of schema ``McpServerToolResultDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "result": "result",
        "server_name": "server_name",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        result: Any,
        name: str | None = None,
        server_name: str | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "mcp_server_tool_result"
        if name is not None:
            d["name"] = name
        d["result"] = encode_union(result)
        if server_name is not None:
            d["server_name"] = server_name
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("result",))

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def result(self) -> Any | None:
        return get_any(self, "result")

    @result.setter
    def result(self, value: Any | None) -> None:
        self._set("result", None if value is None else encode_union(value))

    @property
    def server_name(self) -> str | None:
        value = self._data.get("server_name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "server_name")

    @server_name.setter
    def server_name(self, value: str | None) -> None:
        self._set("server_name", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["mcp_server_tool_result"] | None:
        return cast('Literal["mcp_server_tool_result"] | None', get_str(self, "type"))


class McpServerToolResultStep(_Model):
    """Model of schema ``McpServerToolResultStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "call_id": "call_id",
        "name": "name",
        "result": "result",
        "server_name": "server_name",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        call_id: str,
        result: Any,
        name: str | None = None,
        server_name: str | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "mcp_server_tool_result"
        d["call_id"] = call_id
        if name is not None:
            d["name"] = name
        d["result"] = encode_union(result)
        if server_name is not None:
            d["server_name"] = server_name
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("result",))

    @property
    def call_id(self) -> str | None:
        value = self._data.get("call_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "call_id")

    @call_id.setter
    def call_id(self, value: str | None) -> None:
        self._set("call_id", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def result(self) -> Any | None:
        return get_any(self, "result")

    @result.setter
    def result(self, value: Any | None) -> None:
        self._set("result", None if value is None else encode_union(value))

    @property
    def server_name(self) -> str | None:
        value = self._data.get("server_name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "server_name")

    @server_name.setter
    def server_name(self, value: str | None) -> None:
        self._set("server_name", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["mcp_server_tool_result"] | None:
        return cast('Literal["mcp_server_tool_result"] | None', get_str(self, "type"))


class ModalityTokens(_Model):
    """Model of schema ``ModalityTokens`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"modality": "modality", "tokens": "tokens"}

    def __init__(self, *, modality: ResponseModality | str | None = None, tokens: int | None = None) -> None:
        d: dict[str, Any] = {}
        if modality is not None:
            d["modality"] = modality
        if tokens is not None:
            d["tokens"] = tokens
        self._data = d
        self._parent = None
        self._key = None

    @property
    def modality(self) -> ResponseModality | str | None:
        value = self._data.get("modality")
        if value is None or type(value) is str:
            return value
        return get_str(self, "modality")

    @modality.setter
    def modality(self, value: ResponseModality | str | None) -> None:
        self._set("modality", value)

    @property
    def tokens(self) -> int | None:
        value = self._data.get("tokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "tokens")

    @tokens.setter
    def tokens(self, value: int | None) -> None:
        self._set("tokens", value)


class ModelOutputStep(_Model):
    """Model of schema ``ModelOutputStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"content": "content", "type": "type"}

    def __init__(self, *, content: Sequence[Content | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "model_output"
        if content is not None:
            d["content"] = encode_union(content)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("content",))

    @property
    def content(self) -> list[Content] | None:
        return cast("list[Content] | None", get_union_list(self, "content", decode_Content))

    @content.setter
    def content(self, value: Sequence[Content | Mapping[str, Any]] | None) -> None:
        self._set("content", None if value is None else encode_union(value))

    @property
    def type(self) -> Literal["model_output"] | None:
        return cast('Literal["model_output"] | None', get_str(self, "type"))


class PingWebhookRequest(_Model):
    """Model of schema ``PingWebhookRequest`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class PingWebhookResponse(_Model):
    """Model of schema ``PingWebhookResponse`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class PlaceCitation(_Model):
    """Model of schema ``PlaceCitation`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "end_index": "end_index",
        "name": "name",
        "place_id": "place_id",
        "review_snippets": "review_snippets",
        "start_index": "start_index",
        "type": "type",
        "url": "url",
    }

    def __init__(
        self,
        *,
        end_index: int | None = None,
        name: str | None = None,
        place_id: str | None = None,
        review_snippets: Sequence[ReviewSnippet | Mapping[str, Any]] | None = None,
        start_index: int | None = None,
        url: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "place_citation"
        if end_index is not None:
            d["end_index"] = end_index
        if name is not None:
            d["name"] = name
        if place_id is not None:
            d["place_id"] = place_id
        if review_snippets is not None:
            d["review_snippets"] = encode_model_list(ReviewSnippet, review_snippets)
        if start_index is not None:
            d["start_index"] = start_index
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None

    @property
    def end_index(self) -> int | None:
        value = self._data.get("end_index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "end_index")

    @end_index.setter
    def end_index(self, value: int | None) -> None:
        self._set("end_index", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def place_id(self) -> str | None:
        value = self._data.get("place_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "place_id")

    @place_id.setter
    def place_id(self, value: str | None) -> None:
        self._set("place_id", value)

    @property
    def review_snippets(self) -> list[ReviewSnippet] | None:
        return get_model_list(self, "review_snippets", ReviewSnippet)

    @review_snippets.setter
    def review_snippets(self, value: Sequence[ReviewSnippet | Mapping[str, Any]] | None) -> None:
        self._set("review_snippets", None if value is None else encode_model_list(ReviewSnippet, value))

    @property
    def start_index(self) -> int | None:
        value = self._data.get("start_index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "start_index")

    @start_index.setter
    def start_index(self, value: int | None) -> None:
        self._set("start_index", value)

    @property
    def type(self) -> Literal["place_citation"] | None:
        return cast('Literal["place_citation"] | None', get_str(self, "type"))

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class Places(_Model):
    """Model of schema ``Places`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "place_id": "place_id",
        "review_snippets": "review_snippets",
        "url": "url",
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        place_id: str | None = None,
        review_snippets: Sequence[ReviewSnippet | Mapping[str, Any]] | None = None,
        url: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if name is not None:
            d["name"] = name
        if place_id is not None:
            d["place_id"] = place_id
        if review_snippets is not None:
            d["review_snippets"] = encode_model_list(ReviewSnippet, review_snippets)
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def place_id(self) -> str | None:
        value = self._data.get("place_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "place_id")

    @place_id.setter
    def place_id(self, value: str | None) -> None:
        self._set("place_id", value)

    @property
    def review_snippets(self) -> list[ReviewSnippet] | None:
        return get_model_list(self, "review_snippets", ReviewSnippet)

    @review_snippets.setter
    def review_snippets(self, value: Sequence[ReviewSnippet | Mapping[str, Any]] | None) -> None:
        self._set("review_snippets", None if value is None else encode_model_list(ReviewSnippet, value))

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class Retrieval(_Model):
    """Model of schema ``Retrieval`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "retrieval_types": "retrieval_types",
        "type": "type",
        "vertex_ai_search_config": "vertex_ai_search_config",
    }

    def __init__(
        self,
        *,
        retrieval_types: Sequence[RetrievalRetrievalTypes | str] | None = None,
        vertex_ai_search_config: VertexAISearchConfig | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "retrieval"
        if retrieval_types is not None:
            d["retrieval_types"] = list(retrieval_types)
        if vertex_ai_search_config is not None:
            d["vertex_ai_search_config"] = VertexAISearchConfig._coerce(vertex_ai_search_config)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def retrieval_types(self) -> list[RetrievalRetrievalTypes | str] | None:
        return get_str_list(self, "retrieval_types")

    @retrieval_types.setter
    def retrieval_types(self, value: Sequence[RetrievalRetrievalTypes | str] | None) -> None:
        self._set("retrieval_types", None if value is None else list(value))

    @property
    def type(self) -> Literal["retrieval"] | None:
        return cast('Literal["retrieval"] | None', get_str(self, "type"))

    @property
    def vertex_ai_search_config(self) -> VertexAISearchConfig | None:
        return get_model(self, "vertex_ai_search_config", VertexAISearchConfig)

    @vertex_ai_search_config.setter
    def vertex_ai_search_config(self, value: VertexAISearchConfig | Mapping[str, Any] | None) -> None:
        self._set("vertex_ai_search_config", None if value is None else VertexAISearchConfig._coerce(value))


class ReviewSnippet(_Model):
    """Model of schema ``ReviewSnippet`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"review_id": "review_id", "title": "title", "url": "url"}

    def __init__(self, *, review_id: str | None = None, title: str | None = None, url: str | None = None) -> None:
        d: dict[str, Any] = {}
        if review_id is not None:
            d["review_id"] = review_id
        if title is not None:
            d["title"] = title
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None

    @property
    def review_id(self) -> str | None:
        value = self._data.get("review_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "review_id")

    @review_id.setter
    def review_id(self, value: str | None) -> None:
        self._set("review_id", value)

    @property
    def title(self) -> str | None:
        value = self._data.get("title")
        if value is None or type(value) is str:
            return value
        return get_str(self, "title")

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class RotateSigningSecretRequest(_Model):
    """Model of schema ``RotateSigningSecretRequest`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"revocation_behavior": "revocation_behavior"}

    def __init__(
        self, *, revocation_behavior: RotateSigningSecretRequestRevocationBehavior | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if revocation_behavior is not None:
            d["revocation_behavior"] = revocation_behavior
        self._data = d
        self._parent = None
        self._key = None

    @property
    def revocation_behavior(self) -> RotateSigningSecretRequestRevocationBehavior | str | None:
        value = self._data.get("revocation_behavior")
        if value is None or type(value) is str:
            return value
        return get_str(self, "revocation_behavior")

    @revocation_behavior.setter
    def revocation_behavior(self, value: RotateSigningSecretRequestRevocationBehavior | str | None) -> None:
        self._set("revocation_behavior", value)


class RotateSigningSecretResponse(_Model):
    """Model of schema ``RotateSigningSecretResponse`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"secret": "secret"}

    def __init__(self, *, secret: str | None = None) -> None:
        d: dict[str, Any] = {}
        if secret is not None:
            d["secret"] = secret
        self._data = d
        self._parent = None
        self._key = None

    @property
    def secret(self) -> str | None:
        value = self._data.get("secret")
        if value is None or type(value) is str:
            return value
        return get_str(self, "secret")

    @secret.setter
    def secret(self, value: str | None) -> None:
        self._set("secret", value)


class SigningSecret(_Model):
    """Model of schema ``SigningSecret`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"expire_time": "expire_time", "truncated_secret": "truncated_secret"}

    def __init__(self, *, expire_time: str | None = None, truncated_secret: str | None = None) -> None:
        d: dict[str, Any] = {}
        if expire_time is not None:
            d["expire_time"] = expire_time
        if truncated_secret is not None:
            d["truncated_secret"] = truncated_secret
        self._data = d
        self._parent = None
        self._key = None

    @property
    def expire_time(self) -> str | None:
        value = self._data.get("expire_time")
        if value is None or type(value) is str:
            return value
        return get_str(self, "expire_time")

    @expire_time.setter
    def expire_time(self, value: str | None) -> None:
        self._set("expire_time", value)

    @property
    def truncated_secret(self) -> str | None:
        value = self._data.get("truncated_secret")
        if value is None or type(value) is str:
            return value
        return get_str(self, "truncated_secret")

    @truncated_secret.setter
    def truncated_secret(self, value: str | None) -> None:
        self._set("truncated_secret", value)


class Source(_Model):
    """Model of schema ``Source`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "content": "content",
        "encoding": "encoding",
        "source": "source",
        "target": "target",
        "type": "type",
    }

    def __init__(
        self,
        *,
        content: str | None = None,
        encoding: str | None = None,
        source: str | None = None,
        target: str | None = None,
        type: SourceType | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if content is not None:
            d["content"] = content
        if encoding is not None:
            d["encoding"] = encoding
        if source is not None:
            d["source"] = source
        if target is not None:
            d["target"] = target
        if type is not None:
            d["type"] = type
        self._data = d
        self._parent = None
        self._key = None

    @property
    def content(self) -> str | None:
        value = self._data.get("content")
        if value is None or type(value) is str:
            return value
        return get_str(self, "content")

    @content.setter
    def content(self, value: str | None) -> None:
        self._set("content", value)

    @property
    def encoding(self) -> str | None:
        value = self._data.get("encoding")
        if value is None or type(value) is str:
            return value
        return get_str(self, "encoding")

    @encoding.setter
    def encoding(self, value: str | None) -> None:
        self._set("encoding", value)

    @property
    def source(self) -> str | None:
        value = self._data.get("source")
        if value is None or type(value) is str:
            return value
        return get_str(self, "source")

    @source.setter
    def source(self, value: str | None) -> None:
        self._set("source", value)

    @property
    def target(self) -> str | None:
        value = self._data.get("target")
        if value is None or type(value) is str:
            return value
        return get_str(self, "target")

    @target.setter
    def target(self, value: str | None) -> None:
        self._set("target", value)

    @property
    def type(self) -> SourceType | str | None:
        value = self._data.get("type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "type")

    @type.setter
    def type(self, value: SourceType | str | None) -> None:
        self._set("type", value)


class SpeechConfig(_Model):
    """Model of schema ``SpeechConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"language": "language", "speaker": "speaker", "voice": "voice"}

    def __init__(self, *, language: str | None = None, speaker: str | None = None, voice: str | None = None) -> None:
        d: dict[str, Any] = {}
        if language is not None:
            d["language"] = language
        if speaker is not None:
            d["speaker"] = speaker
        if voice is not None:
            d["voice"] = voice
        self._data = d
        self._parent = None
        self._key = None

    @property
    def language(self) -> str | None:
        value = self._data.get("language")
        if value is None or type(value) is str:
            return value
        return get_str(self, "language")

    @language.setter
    def language(self, value: str | None) -> None:
        self._set("language", value)

    @property
    def speaker(self) -> str | None:
        value = self._data.get("speaker")
        if value is None or type(value) is str:
            return value
        return get_str(self, "speaker")

    @speaker.setter
    def speaker(self, value: str | None) -> None:
        self._set("speaker", value)

    @property
    def voice(self) -> str | None:
        value = self._data.get("voice")
        if value is None or type(value) is str:
            return value
        return get_str(self, "voice")

    @voice.setter
    def voice(self, value: str | None) -> None:
        self._set("voice", value)


class UnknownStep(UnknownModel):
    """A ``Step`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class StepDelta(_Model):
    """Model of schema ``StepDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "delta": "delta",
        "event_id": "event_id",
        "event_type": "event_type",
        "index": "index",
        "metadata": "metadata",
    }

    def __init__(
        self,
        *,
        delta: StepDeltaData | Mapping[str, Any],
        index: int,
        event_id: str | None = None,
        metadata: StepDeltaMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "step.delta"
        d["delta"] = encode_union(delta)
        if event_id is not None:
            d["event_id"] = event_id
        d["index"] = index
        if metadata is not None:
            d["metadata"] = StepDeltaMetadata._coerce(metadata)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("delta",))

    @property
    def delta(self) -> StepDeltaData | None:
        return cast("StepDeltaData | None", get_union(self, "delta", decode_StepDeltaData))

    @delta.setter
    def delta(self, value: StepDeltaData | Mapping[str, Any] | None) -> None:
        self._set("delta", None if value is None else encode_union(value))

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["step.delta"] | None:
        return cast('Literal["step.delta"] | None', get_str(self, "event_type"))

    @property
    def index(self) -> int | None:
        value = self._data.get("index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "index")

    @index.setter
    def index(self, value: int | None) -> None:
        self._set("index", value)

    @property
    def metadata(self) -> StepDeltaMetadata | None:
        return get_model(self, "metadata", StepDeltaMetadata)

    @metadata.setter
    def metadata(self, value: StepDeltaMetadata | Mapping[str, Any] | None) -> None:
        self._set("metadata", None if value is None else StepDeltaMetadata._coerce(value))


class UnknownStepDeltaData(UnknownModel):
    """A ``StepDeltaData`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class StepDeltaMetadata(_Model):
    """Model of schema ``StepDeltaMetadata`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"total_usage": "total_usage"}

    def __init__(self, *, total_usage: Usage | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if total_usage is not None:
            d["total_usage"] = Usage._coerce(total_usage)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def total_usage(self) -> Usage | None:
        return get_model(self, "total_usage", Usage)

    @total_usage.setter
    def total_usage(self, value: Usage | Mapping[str, Any] | None) -> None:
        self._set("total_usage", None if value is None else Usage._coerce(value))


class StepStart(_Model):
    """Model of schema ``StepStart`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event_id": "event_id",
        "event_type": "event_type",
        "index": "index",
        "step": "step",
    }

    def __init__(self, *, index: int, step: Step | Mapping[str, Any], event_id: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "step.start"
        if event_id is not None:
            d["event_id"] = event_id
        d["index"] = index
        d["step"] = encode_union(step)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("step",))

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["step.start"] | None:
        return cast('Literal["step.start"] | None', get_str(self, "event_type"))

    @property
    def index(self) -> int | None:
        value = self._data.get("index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "index")

    @index.setter
    def index(self, value: int | None) -> None:
        self._set("index", value)

    @property
    def step(self) -> Step | None:
        return cast("Step | None", get_union(self, "step", decode_Step))

    @step.setter
    def step(self, value: Step | Mapping[str, Any] | None) -> None:
        self._set("step", None if value is None else encode_union(value))


class StepStop(_Model):
    """Model of schema ``StepStop`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "event_id": "event_id",
        "event_type": "event_type",
        "index": "index",
        "step_usage": "step_usage",
        "usage": "usage",
    }

    def __init__(
        self,
        *,
        index: int,
        event_id: str | None = None,
        step_usage: Usage | Mapping[str, Any] | None = None,
        usage: Usage | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["event_type"] = "step.stop"
        if event_id is not None:
            d["event_id"] = event_id
        d["index"] = index
        if step_usage is not None:
            d["step_usage"] = Usage._coerce(step_usage)
        if usage is not None:
            d["usage"] = Usage._coerce(usage)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def event_id(self) -> str | None:
        value = self._data.get("event_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "event_id")

    @event_id.setter
    def event_id(self, value: str | None) -> None:
        self._set("event_id", value)

    @property
    def event_type(self) -> Literal["step.stop"] | None:
        return cast('Literal["step.stop"] | None', get_str(self, "event_type"))

    @property
    def index(self) -> int | None:
        value = self._data.get("index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "index")

    @index.setter
    def index(self, value: int | None) -> None:
        self._set("index", value)

    @property
    def step_usage(self) -> Usage | None:
        return get_model(self, "step_usage", Usage)

    @step_usage.setter
    def step_usage(self, value: Usage | Mapping[str, Any] | None) -> None:
        self._set("step_usage", None if value is None else Usage._coerce(value))

    @property
    def usage(self) -> Usage | None:
        return get_model(self, "usage", Usage)

    @usage.setter
    def usage(self, value: Usage | Mapping[str, Any] | None) -> None:
        self._set("usage", None if value is None else Usage._coerce(value))


class TextAnnotationDelta(_Model):
    """Model of schema ``TextAnnotationDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"annotations": "annotations", "type": "type"}

    def __init__(self, *, annotations: Sequence[Annotation | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "text_annotation_delta"
        if annotations is not None:
            d["annotations"] = encode_union(annotations)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("annotations",))

    @property
    def annotations(self) -> list[Annotation] | None:
        return cast("list[Annotation] | None", get_union_list(self, "annotations", decode_Annotation))

    @annotations.setter
    def annotations(self, value: Sequence[Annotation | Mapping[str, Any]] | None) -> None:
        self._set("annotations", None if value is None else encode_union(value))

    @property
    def type(self) -> Literal["text_annotation_delta"] | None:
        return cast('Literal["text_annotation_delta"] | None', get_str(self, "type"))


class TextContent(_Model):
    """Model of schema ``TextContent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"annotations": "annotations", "text": "text", "type": "type"}

    def __init__(self, *, text: str, annotations: Sequence[Annotation | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "text"
        if annotations is not None:
            d["annotations"] = encode_union(annotations)
        d["text"] = text
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("annotations",))

    @property
    def annotations(self) -> list[Annotation] | None:
        return cast("list[Annotation] | None", get_union_list(self, "annotations", decode_Annotation))

    @annotations.setter
    def annotations(self, value: Sequence[Annotation | Mapping[str, Any]] | None) -> None:
        self._set("annotations", None if value is None else encode_union(value))

    @property
    def text(self) -> str | None:
        value = self._data.get("text")
        if value is None or type(value) is str:
            return value
        return get_str(self, "text")

    @text.setter
    def text(self, value: str | None) -> None:
        self._set("text", value)

    @property
    def type(self) -> Literal["text"] | None:
        return cast('Literal["text"] | None', get_str(self, "type"))


class TextDelta(_Model):
    """Model of schema ``TextDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"text": "text", "type": "type"}

    def __init__(self, *, text: str) -> None:
        d: dict[str, Any] = {}
        d["type"] = "text"
        d["text"] = text
        self._data = d
        self._parent = None
        self._key = None

    @property
    def text(self) -> str | None:
        value = self._data.get("text")
        if value is None or type(value) is str:
            return value
        return get_str(self, "text")

    @text.setter
    def text(self, value: str | None) -> None:
        self._set("text", value)

    @property
    def type(self) -> Literal["text"] | None:
        return cast('Literal["text"] | None', get_str(self, "type"))


class TextResponseFormat(_Model):
    """Model of schema ``TextResponseFormat`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"mime_type": "mime_type", "schema": "schema", "type": "type"}

    def __init__(
        self, *, mime_type: TextResponseFormatMimeType | str | None = None, schema: Mapping[str, Any] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "text"
        if mime_type is not None:
            d["mime_type"] = mime_type
        if schema is not None:
            d["schema"] = dict(schema)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("schema",))

    @property
    def mime_type(self) -> TextResponseFormatMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: TextResponseFormatMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def schema(self) -> dict[str, Any] | None:
        value = self._data.get("schema")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "schema")

    @schema.setter
    def schema(self, value: Mapping[str, Any] | None) -> None:
        self._set("schema", None if value is None else dict(value))

    @property
    def type(self) -> Literal["text"] | None:
        return cast('Literal["text"] | None', get_str(self, "type"))


class ThoughtContent(_Model):
    """Model of schema ``ThoughtContent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"signature": "signature", "summary": "summary", "type": "type"}

    def __init__(
        self,
        *,
        signature: bytes | str | None = None,
        summary: Sequence[ThoughtSummaryContent | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "thought"
        if signature is not None:
            d["signature"] = encode_base64(signature)
        if summary is not None:
            d["summary"] = encode_union(summary)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("summary",))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def summary(self) -> list[ThoughtSummaryContent] | None:
        return cast("list[ThoughtSummaryContent] | None", get_union_list(self, "summary", decode_ThoughtSummaryContent))

    @summary.setter
    def summary(self, value: Sequence[ThoughtSummaryContent | Mapping[str, Any]] | None) -> None:
        self._set("summary", None if value is None else encode_union(value))

    @property
    def type(self) -> Literal["thought"] | None:
        return cast('Literal["thought"] | None', get_str(self, "type"))


class ThoughtSignatureDelta(_Model):
    """Model of schema ``ThoughtSignatureDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"signature": "signature", "type": "type"}

    def __init__(self, *, signature: bytes | str | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "thought_signature"
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["thought_signature"] | None:
        return cast('Literal["thought_signature"] | None', get_str(self, "type"))


class ThoughtStep(_Model):
    """Model of schema ``ThoughtStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"signature": "signature", "summary": "summary", "type": "type"}

    def __init__(
        self,
        *,
        signature: bytes | str | None = None,
        summary: Sequence[ThoughtSummaryContent | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "thought"
        if signature is not None:
            d["signature"] = encode_base64(signature)
        if summary is not None:
            d["summary"] = encode_union(summary)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("summary",))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def summary(self) -> list[ThoughtSummaryContent] | None:
        return cast("list[ThoughtSummaryContent] | None", get_union_list(self, "summary", decode_ThoughtSummaryContent))

    @summary.setter
    def summary(self, value: Sequence[ThoughtSummaryContent | Mapping[str, Any]] | None) -> None:
        self._set("summary", None if value is None else encode_union(value))

    @property
    def type(self) -> Literal["thought"] | None:
        return cast('Literal["thought"] | None', get_str(self, "type"))


class UnknownThoughtSummaryContent(UnknownModel):
    """A ``ThoughtSummaryContent`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class ThoughtSummaryDelta(_Model):
    """Model of schema ``ThoughtSummaryDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"content": "content", "type": "type"}

    def __init__(self, *, content: ThoughtSummaryContent | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "thought_summary"
        if content is not None:
            d["content"] = encode_union(content)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("content",))

    @property
    def content(self) -> ThoughtSummaryContent | None:
        return cast("ThoughtSummaryContent | None", get_union(self, "content", decode_ThoughtSummaryContent))

    @content.setter
    def content(self, value: ThoughtSummaryContent | Mapping[str, Any] | None) -> None:
        self._set("content", None if value is None else encode_union(value))

    @property
    def type(self) -> Literal["thought_summary"] | None:
        return cast('Literal["thought_summary"] | None', get_str(self, "type"))


class UnknownTool(UnknownModel):
    """A ``Tool`` whose ``type`` this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        value = self._data.get("type")
        return value if type(value) is str else None


class ToolChoiceConfig(_Model):
    """Model of schema ``ToolChoiceConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"allowed_tools": "allowed_tools"}

    def __init__(self, *, allowed_tools: AllowedTools | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if allowed_tools is not None:
            d["allowed_tools"] = AllowedTools._coerce(allowed_tools)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def allowed_tools(self) -> AllowedTools | None:
        return get_model(self, "allowed_tools", AllowedTools)

    @allowed_tools.setter
    def allowed_tools(self, value: AllowedTools | Mapping[str, Any] | None) -> None:
        self._set("allowed_tools", None if value is None else AllowedTools._coerce(value))


class Turn(_Model):
    """Model of schema ``Turn`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"content": "content", "role": "role"}

    def __init__(self, *, content: Any | None = None, role: str | None = None) -> None:
        d: dict[str, Any] = {}
        if content is not None:
            d["content"] = encode_union(content)
        if role is not None:
            d["role"] = role
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("content",))

    @property
    def content(self) -> Any | None:
        return get_any(self, "content")

    @content.setter
    def content(self, value: Any | None) -> None:
        self._set("content", None if value is None else encode_union(value))

    @property
    def role(self) -> str | None:
        value = self._data.get("role")
        if value is None or type(value) is str:
            return value
        return get_str(self, "role")

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)


class UrlCitation(_Model):
    """Model of schema ``UrlCitation`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "end_index": "end_index",
        "start_index": "start_index",
        "title": "title",
        "type": "type",
        "url": "url",
    }

    def __init__(
        self,
        *,
        end_index: int | None = None,
        start_index: int | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "url_citation"
        if end_index is not None:
            d["end_index"] = end_index
        if start_index is not None:
            d["start_index"] = start_index
        if title is not None:
            d["title"] = title
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None

    @property
    def end_index(self) -> int | None:
        value = self._data.get("end_index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "end_index")

    @end_index.setter
    def end_index(self, value: int | None) -> None:
        self._set("end_index", value)

    @property
    def start_index(self) -> int | None:
        value = self._data.get("start_index")
        if value is None or type(value) is int:
            return value
        return get_int(self, "start_index")

    @start_index.setter
    def start_index(self, value: int | None) -> None:
        self._set("start_index", value)

    @property
    def title(self) -> str | None:
        value = self._data.get("title")
        if value is None or type(value) is str:
            return value
        return get_str(self, "title")

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)

    @property
    def type(self) -> Literal["url_citation"] | None:
        return cast('Literal["url_citation"] | None', get_str(self, "type"))

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class UrlContext(_Model):
    """Model of schema ``UrlContext`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"type": "type"}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        d["type"] = "url_context"
        self._data = d
        self._parent = None
        self._key = None

    @property
    def type(self) -> Literal["url_context"] | None:
        return cast('Literal["url_context"] | None', get_str(self, "type"))


class UrlContextCallArguments(_Model):
    """Model of schema ``UrlContextCallArguments`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"urls": "urls"}

    def __init__(self, *, urls: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if urls is not None:
            d["urls"] = list(urls)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def urls(self) -> list[str] | None:
        return get_str_list(self, "urls")

    @urls.setter
    def urls(self, value: Sequence[str] | None) -> None:
        self._set("urls", None if value is None else list(value))


class UrlContextCallDelta(_Model):
    """Model of schema ``UrlContextCallDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"arguments": "arguments", "signature": "signature", "type": "type"}

    def __init__(
        self, *, arguments: UrlContextCallArguments | Mapping[str, Any], signature: bytes | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "url_context_call"
        d["arguments"] = UrlContextCallArguments._coerce(arguments)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> UrlContextCallArguments | None:
        return get_model(self, "arguments", UrlContextCallArguments)

    @arguments.setter
    def arguments(self, value: UrlContextCallArguments | Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else UrlContextCallArguments._coerce(value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["url_context_call"] | None:
        return cast('Literal["url_context_call"] | None', get_str(self, "type"))


class UrlContextCallStep(_Model):
    """Model of schema ``UrlContextCallStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "arguments": "arguments",
        "id": "id",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        arguments: UrlContextCallStepArguments | Mapping[str, Any],
        id: str,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "url_context_call"
        d["arguments"] = UrlContextCallStepArguments._coerce(arguments)
        d["id"] = id
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def arguments(self) -> UrlContextCallStepArguments | None:
        return get_model(self, "arguments", UrlContextCallStepArguments)

    @arguments.setter
    def arguments(self, value: UrlContextCallStepArguments | Mapping[str, Any] | None) -> None:
        self._set("arguments", None if value is None else UrlContextCallStepArguments._coerce(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["url_context_call"] | None:
        return cast('Literal["url_context_call"] | None', get_str(self, "type"))


class UrlContextCallStepArguments(_Model):
    """Model of schema ``UrlContextCallStepArguments`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"urls": "urls"}

    def __init__(self, *, urls: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if urls is not None:
            d["urls"] = list(urls)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def urls(self) -> list[str] | None:
        return get_str_list(self, "urls")

    @urls.setter
    def urls(self, value: Sequence[str] | None) -> None:
        self._set("urls", None if value is None else list(value))


class UrlContextResult(_Model):
    """Model of schema ``UrlContextResult`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"status": "status", "url": "url"}

    def __init__(self, *, status: UrlContextResultStatus | str | None = None, url: str | None = None) -> None:
        d: dict[str, Any] = {}
        if status is not None:
            d["status"] = status
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None

    @property
    def status(self) -> UrlContextResultStatus | str | None:
        value = self._data.get("status")
        if value is None or type(value) is str:
            return value
        return get_str(self, "status")

    @status.setter
    def status(self, value: UrlContextResultStatus | str | None) -> None:
        self._set("status", value)

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class UrlContextResultDelta(_Model):
    """Model of schema ``UrlContextResultDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "is_error": "is_error",
        "result": "result",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        result: Sequence[UrlContextResult | Mapping[str, Any]],
        is_error: bool | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "url_context_result"
        if is_error is not None:
            d["is_error"] = is_error
        d["result"] = encode_model_list(UrlContextResult, result)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def is_error(self) -> bool | None:
        value = self._data.get("is_error")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "is_error")

    @is_error.setter
    def is_error(self, value: bool | None) -> None:
        self._set("is_error", value)

    @property
    def result(self) -> list[UrlContextResult] | None:
        return get_model_list(self, "result", UrlContextResult)

    @result.setter
    def result(self, value: Sequence[UrlContextResult | Mapping[str, Any]] | None) -> None:
        self._set("result", None if value is None else encode_model_list(UrlContextResult, value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["url_context_result"] | None:
        return cast('Literal["url_context_result"] | None', get_str(self, "type"))


class UrlContextResultItem(_Model):
    """Model of schema ``UrlContextResultItem`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"status": "status", "url": "url"}

    def __init__(self, *, status: UrlContextResultItemStatus | str | None = None, url: str | None = None) -> None:
        d: dict[str, Any] = {}
        if status is not None:
            d["status"] = status
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None

    @property
    def status(self) -> UrlContextResultItemStatus | str | None:
        value = self._data.get("status")
        if value is None or type(value) is str:
            return value
        return get_str(self, "status")

    @status.setter
    def status(self, value: UrlContextResultItemStatus | str | None) -> None:
        self._set("status", value)

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class UrlContextResultStep(_Model):
    """Model of schema ``UrlContextResultStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "call_id": "call_id",
        "is_error": "is_error",
        "result": "result",
        "signature": "signature",
        "type": "type",
    }

    def __init__(
        self,
        *,
        call_id: str,
        result: Sequence[UrlContextResultItem | Mapping[str, Any]],
        is_error: bool | None = None,
        signature: bytes | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "url_context_result"
        d["call_id"] = call_id
        if is_error is not None:
            d["is_error"] = is_error
        d["result"] = encode_model_list(UrlContextResultItem, result)
        if signature is not None:
            d["signature"] = encode_base64(signature)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def call_id(self) -> str | None:
        value = self._data.get("call_id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "call_id")

    @call_id.setter
    def call_id(self, value: str | None) -> None:
        self._set("call_id", value)

    @property
    def is_error(self) -> bool | None:
        value = self._data.get("is_error")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "is_error")

    @is_error.setter
    def is_error(self, value: bool | None) -> None:
        self._set("is_error", value)

    @property
    def result(self) -> list[UrlContextResultItem] | None:
        return get_model_list(self, "result", UrlContextResultItem)

    @result.setter
    def result(self, value: Sequence[UrlContextResultItem | Mapping[str, Any]] | None) -> None:
        self._set("result", None if value is None else encode_model_list(UrlContextResultItem, value))

    @property
    def signature(self) -> bytes | None:
        return get_bytes(self, "signature")

    @signature.setter
    def signature(self, value: bytes | str | None) -> None:
        self._set("signature", None if value is None else encode_base64(value))

    @property
    def type(self) -> Literal["url_context_result"] | None:
        return cast('Literal["url_context_result"] | None', get_str(self, "type"))


class Usage(_Model):
    """Model of schema ``Usage`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "cached_tokens_by_modality": "cached_tokens_by_modality",
        "grounding_tool_count": "grounding_tool_count",
        "input_tokens_by_modality": "input_tokens_by_modality",
        "output_tokens_by_modality": "output_tokens_by_modality",
        "tool_use_tokens_by_modality": "tool_use_tokens_by_modality",
        "total_cached_tokens": "total_cached_tokens",
        "total_input_tokens": "total_input_tokens",
        "total_output_tokens": "total_output_tokens",
        "total_thought_tokens": "total_thought_tokens",
        "total_tokens": "total_tokens",
        "total_tool_use_tokens": "total_tool_use_tokens",
    }

    def __init__(
        self,
        *,
        cached_tokens_by_modality: Sequence[ModalityTokens | Mapping[str, Any]] | None = None,
        grounding_tool_count: Sequence[GroundingToolCount | Mapping[str, Any]] | None = None,
        input_tokens_by_modality: Sequence[ModalityTokens | Mapping[str, Any]] | None = None,
        output_tokens_by_modality: Sequence[ModalityTokens | Mapping[str, Any]] | None = None,
        tool_use_tokens_by_modality: Sequence[ModalityTokens | Mapping[str, Any]] | None = None,
        total_cached_tokens: int | None = None,
        total_input_tokens: int | None = None,
        total_output_tokens: int | None = None,
        total_thought_tokens: int | None = None,
        total_tokens: int | None = None,
        total_tool_use_tokens: int | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if cached_tokens_by_modality is not None:
            d["cached_tokens_by_modality"] = encode_model_list(ModalityTokens, cached_tokens_by_modality)
        if grounding_tool_count is not None:
            d["grounding_tool_count"] = encode_model_list(GroundingToolCount, grounding_tool_count)
        if input_tokens_by_modality is not None:
            d["input_tokens_by_modality"] = encode_model_list(ModalityTokens, input_tokens_by_modality)
        if output_tokens_by_modality is not None:
            d["output_tokens_by_modality"] = encode_model_list(ModalityTokens, output_tokens_by_modality)
        if tool_use_tokens_by_modality is not None:
            d["tool_use_tokens_by_modality"] = encode_model_list(ModalityTokens, tool_use_tokens_by_modality)
        if total_cached_tokens is not None:
            d["total_cached_tokens"] = total_cached_tokens
        if total_input_tokens is not None:
            d["total_input_tokens"] = total_input_tokens
        if total_output_tokens is not None:
            d["total_output_tokens"] = total_output_tokens
        if total_thought_tokens is not None:
            d["total_thought_tokens"] = total_thought_tokens
        if total_tokens is not None:
            d["total_tokens"] = total_tokens
        if total_tool_use_tokens is not None:
            d["total_tool_use_tokens"] = total_tool_use_tokens
        self._data = d
        self._parent = None
        self._key = None

    @property
    def cached_tokens_by_modality(self) -> list[ModalityTokens] | None:
        return get_model_list(self, "cached_tokens_by_modality", ModalityTokens)

    @cached_tokens_by_modality.setter
    def cached_tokens_by_modality(self, value: Sequence[ModalityTokens | Mapping[str, Any]] | None) -> None:
        self._set("cached_tokens_by_modality", None if value is None else encode_model_list(ModalityTokens, value))

    @property
    def grounding_tool_count(self) -> list[GroundingToolCount] | None:
        return get_model_list(self, "grounding_tool_count", GroundingToolCount)

    @grounding_tool_count.setter
    def grounding_tool_count(self, value: Sequence[GroundingToolCount | Mapping[str, Any]] | None) -> None:
        self._set("grounding_tool_count", None if value is None else encode_model_list(GroundingToolCount, value))

    @property
    def input_tokens_by_modality(self) -> list[ModalityTokens] | None:
        return get_model_list(self, "input_tokens_by_modality", ModalityTokens)

    @input_tokens_by_modality.setter
    def input_tokens_by_modality(self, value: Sequence[ModalityTokens | Mapping[str, Any]] | None) -> None:
        self._set("input_tokens_by_modality", None if value is None else encode_model_list(ModalityTokens, value))

    @property
    def output_tokens_by_modality(self) -> list[ModalityTokens] | None:
        return get_model_list(self, "output_tokens_by_modality", ModalityTokens)

    @output_tokens_by_modality.setter
    def output_tokens_by_modality(self, value: Sequence[ModalityTokens | Mapping[str, Any]] | None) -> None:
        self._set("output_tokens_by_modality", None if value is None else encode_model_list(ModalityTokens, value))

    @property
    def tool_use_tokens_by_modality(self) -> list[ModalityTokens] | None:
        return get_model_list(self, "tool_use_tokens_by_modality", ModalityTokens)

    @tool_use_tokens_by_modality.setter
    def tool_use_tokens_by_modality(self, value: Sequence[ModalityTokens | Mapping[str, Any]] | None) -> None:
        self._set("tool_use_tokens_by_modality", None if value is None else encode_model_list(ModalityTokens, value))

    @property
    def total_cached_tokens(self) -> int | None:
        value = self._data.get("total_cached_tokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "total_cached_tokens")

    @total_cached_tokens.setter
    def total_cached_tokens(self, value: int | None) -> None:
        self._set("total_cached_tokens", value)

    @property
    def total_input_tokens(self) -> int | None:
        value = self._data.get("total_input_tokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "total_input_tokens")

    @total_input_tokens.setter
    def total_input_tokens(self, value: int | None) -> None:
        self._set("total_input_tokens", value)

    @property
    def total_output_tokens(self) -> int | None:
        value = self._data.get("total_output_tokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "total_output_tokens")

    @total_output_tokens.setter
    def total_output_tokens(self, value: int | None) -> None:
        self._set("total_output_tokens", value)

    @property
    def total_thought_tokens(self) -> int | None:
        value = self._data.get("total_thought_tokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "total_thought_tokens")

    @total_thought_tokens.setter
    def total_thought_tokens(self, value: int | None) -> None:
        self._set("total_thought_tokens", value)

    @property
    def total_tokens(self) -> int | None:
        value = self._data.get("total_tokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "total_tokens")

    @total_tokens.setter
    def total_tokens(self, value: int | None) -> None:
        self._set("total_tokens", value)

    @property
    def total_tool_use_tokens(self) -> int | None:
        value = self._data.get("total_tool_use_tokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "total_tool_use_tokens")

    @total_tool_use_tokens.setter
    def total_tool_use_tokens(self, value: int | None) -> None:
        self._set("total_tool_use_tokens", value)


class UserInputStep(_Model):
    """Model of schema ``UserInputStep`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"content": "content", "type": "type"}

    def __init__(self, *, content: Sequence[Content | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        d["type"] = "user_input"
        if content is not None:
            d["content"] = encode_union(content)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("content",))

    @property
    def content(self) -> list[Content] | None:
        return cast("list[Content] | None", get_union_list(self, "content", decode_Content))

    @content.setter
    def content(self, value: Sequence[Content | Mapping[str, Any]] | None) -> None:
        self._set("content", None if value is None else encode_union(value))

    @property
    def type(self) -> Literal["user_input"] | None:
        return cast('Literal["user_input"] | None', get_str(self, "type"))


class VertexAISearchConfig(_Model):
    """Model of schema ``VertexAISearchConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"datastores": "datastores", "engine": "engine"}

    def __init__(self, *, datastores: Sequence[str] | None = None, engine: str | None = None) -> None:
        d: dict[str, Any] = {}
        if datastores is not None:
            d["datastores"] = list(datastores)
        if engine is not None:
            d["engine"] = engine
        self._data = d
        self._parent = None
        self._key = None

    @property
    def datastores(self) -> list[str] | None:
        return get_str_list(self, "datastores")

    @datastores.setter
    def datastores(self, value: Sequence[str] | None) -> None:
        self._set("datastores", None if value is None else list(value))

    @property
    def engine(self) -> str | None:
        value = self._data.get("engine")
        if value is None or type(value) is str:
            return value
        return get_str(self, "engine")

    @engine.setter
    def engine(self, value: str | None) -> None:
        self._set("engine", value)


class VideoContent(_Model):
    """Model of schema ``VideoContent`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "data": "data",
        "mime_type": "mime_type",
        "resolution": "resolution",
        "type": "type",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        data: bytes | str | None = None,
        mime_type: VideoContentMimeType | str | None = None,
        resolution: MediaResolution | str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "video"
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mime_type"] = mime_type
        if resolution is not None:
            d["resolution"] = resolution
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def data(self) -> bytes | None:
        return get_bytes(self, "data")

    @data.setter
    def data(self, value: bytes | str | None) -> None:
        self._set("data", None if value is None else encode_base64(value))

    @property
    def mime_type(self) -> VideoContentMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: VideoContentMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def resolution(self) -> MediaResolution | str | None:
        value = self._data.get("resolution")
        if value is None or type(value) is str:
            return value
        return get_str(self, "resolution")

    @resolution.setter
    def resolution(self, value: MediaResolution | str | None) -> None:
        self._set("resolution", value)

    @property
    def type(self) -> Literal["video"] | None:
        return cast('Literal["video"] | None', get_str(self, "type"))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class VideoDelta(_Model):
    """Model of schema ``VideoDelta`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "data": "data",
        "mime_type": "mime_type",
        "resolution": "resolution",
        "type": "type",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        data: bytes | str | None = None,
        mime_type: VideoDeltaMimeType | str | None = None,
        resolution: MediaResolution | str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["type"] = "video"
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mime_type"] = mime_type
        if resolution is not None:
            d["resolution"] = resolution
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def data(self) -> bytes | None:
        return get_bytes(self, "data")

    @data.setter
    def data(self, value: bytes | str | None) -> None:
        self._set("data", None if value is None else encode_base64(value))

    @property
    def mime_type(self) -> VideoDeltaMimeType | str | None:
        value = self._data.get("mime_type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mime_type")

    @mime_type.setter
    def mime_type(self, value: VideoDeltaMimeType | str | None) -> None:
        self._set("mime_type", value)

    @property
    def resolution(self) -> MediaResolution | str | None:
        value = self._data.get("resolution")
        if value is None or type(value) is str:
            return value
        return get_str(self, "resolution")

    @resolution.setter
    def resolution(self, value: MediaResolution | str | None) -> None:
        self._set("resolution", value)

    @property
    def type(self) -> Literal["video"] | None:
        return cast('Literal["video"] | None', get_str(self, "type"))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class Webhook(_Model):
    """Model of schema ``Webhook`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "create_time": "create_time",
        "id": "id",
        "name": "name",
        "new_signing_secret": "new_signing_secret",
        "signing_secrets": "signing_secrets",
        "state": "state",
        "subscribed_events": "subscribed_events",
        "update_time": "update_time",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        subscribed_events: Sequence[Any],
        uri: str,
        create_time: str | None = None,
        id: str | None = None,
        name: str | None = None,
        new_signing_secret: str | None = None,
        signing_secrets: Sequence[SigningSecret | Mapping[str, Any]] | None = None,
        state: WebhookState | str | None = None,
        update_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if create_time is not None:
            d["create_time"] = create_time
        if id is not None:
            d["id"] = id
        if name is not None:
            d["name"] = name
        if new_signing_secret is not None:
            d["new_signing_secret"] = new_signing_secret
        if signing_secrets is not None:
            d["signing_secrets"] = encode_model_list(SigningSecret, signing_secrets)
        if state is not None:
            d["state"] = state
        d["subscribed_events"] = encode_union(subscribed_events)
        if update_time is not None:
            d["update_time"] = update_time
        d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("subscribed_events",))

    @property
    def create_time(self) -> str | None:
        value = self._data.get("create_time")
        if value is None or type(value) is str:
            return value
        return get_str(self, "create_time")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("create_time", value)

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def new_signing_secret(self) -> str | None:
        value = self._data.get("new_signing_secret")
        if value is None or type(value) is str:
            return value
        return get_str(self, "new_signing_secret")

    @new_signing_secret.setter
    def new_signing_secret(self, value: str | None) -> None:
        self._set("new_signing_secret", value)

    @property
    def signing_secrets(self) -> list[SigningSecret] | None:
        return get_model_list(self, "signing_secrets", SigningSecret)

    @signing_secrets.setter
    def signing_secrets(self, value: Sequence[SigningSecret | Mapping[str, Any]] | None) -> None:
        self._set("signing_secrets", None if value is None else encode_model_list(SigningSecret, value))

    @property
    def state(self) -> WebhookState | str | None:
        value = self._data.get("state")
        if value is None or type(value) is str:
            return value
        return get_str(self, "state")

    @state.setter
    def state(self, value: WebhookState | str | None) -> None:
        self._set("state", value)

    @property
    def subscribed_events(self) -> list[Any] | None:
        return get_list(self, "subscribed_events")

    @subscribed_events.setter
    def subscribed_events(self, value: Sequence[Any] | None) -> None:
        self._set("subscribed_events", None if value is None else encode_union(value))

    @property
    def update_time(self) -> str | None:
        value = self._data.get("update_time")
        if value is None or type(value) is str:
            return value
        return get_str(self, "update_time")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("update_time", value)

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class WebhookConfig(_Model):
    """Model of schema ``WebhookConfig`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"uris": "uris", "user_metadata": "user_metadata"}

    def __init__(self, *, uris: Sequence[str] | None = None, user_metadata: Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if uris is not None:
            d["uris"] = list(uris)
        if user_metadata is not None:
            d["user_metadata"] = dict(user_metadata)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("user_metadata",))

    @property
    def uris(self) -> list[str] | None:
        return get_str_list(self, "uris")

    @uris.setter
    def uris(self, value: Sequence[str] | None) -> None:
        self._set("uris", None if value is None else list(value))

    @property
    def user_metadata(self) -> dict[str, Any] | None:
        value = self._data.get("user_metadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "user_metadata")

    @user_metadata.setter
    def user_metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("user_metadata", None if value is None else dict(value))


class WebhookUpdate(_Model):
    """Model of schema ``WebhookUpdate`` (interactions-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "state": "state",
        "subscribed_events": "subscribed_events",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        state: WebhookUpdateState | str | None = None,
        subscribed_events: Sequence[Any] | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if name is not None:
            d["name"] = name
        if state is not None:
            d["state"] = state
        if subscribed_events is not None:
            d["subscribed_events"] = encode_union(subscribed_events)
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("subscribed_events",))

    @property
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def state(self) -> WebhookUpdateState | str | None:
        value = self._data.get("state")
        if value is None or type(value) is str:
            return value
        return get_str(self, "state")

    @state.setter
    def state(self, value: WebhookUpdateState | str | None) -> None:
        self._set("state", value)

    @property
    def subscribed_events(self) -> list[Any] | None:
        return get_list(self, "subscribed_events")

    @subscribed_events.setter
    def subscribed_events(self, value: Sequence[Any] | None) -> None:
        self._set("subscribed_events", None if value is None else encode_union(value))

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


AgentTool: TypeAlias = CodeExecution | GoogleSearch | UrlContext | McpServer | UnknownAgentTool
_AGENTTOOL_CLASSES: dict[str, type[_Model]] = {
    "code_execution": CodeExecution,
    "google_search": GoogleSearch,
    "url_context": UrlContext,
    "mcp_server": McpServer,
}


def decode_AgentTool(data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None) -> AgentTool:
    """The ``AgentTool`` member named by ``type``; ``UnknownAgentTool`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = _AGENTTOOL_CLASSES.get(tag, UnknownAgentTool) if type(tag) is str else UnknownAgentTool
    return cast("AgentTool", cls._wrap(data, parent, key))


Annotation: TypeAlias = UrlCitation | FileCitation | PlaceCitation | UnknownAnnotation
_ANNOTATION_CLASSES: dict[str, type[_Model]] = {
    "url_citation": UrlCitation,
    "file_citation": FileCitation,
    "place_citation": PlaceCitation,
}


def decode_Annotation(data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None) -> Annotation:
    """The ``Annotation`` member named by ``type``; ``UnknownAnnotation`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = _ANNOTATION_CLASSES.get(tag, UnknownAnnotation) if type(tag) is str else UnknownAnnotation
    return cast("Annotation", cls._wrap(data, parent, key))


Content: TypeAlias = TextContent | ImageContent | AudioContent | DocumentContent | VideoContent | UnknownContent
_CONTENT_CLASSES: dict[str, type[_Model]] = {
    "text": TextContent,
    "image": ImageContent,
    "audio": AudioContent,
    "document": DocumentContent,
    "video": VideoContent,
}


def decode_Content(data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None) -> Content:
    """The ``Content`` member named by ``type``; ``UnknownContent`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = _CONTENT_CLASSES.get(tag, UnknownContent) if type(tag) is str else UnknownContent
    return cast("Content", cls._wrap(data, parent, key))


ContentDeltaData: TypeAlias = (
    TextDelta
    | ImageDelta
    | AudioDelta
    | DocumentDelta
    | VideoDelta
    | ThoughtSummaryDelta
    | ThoughtSignatureDelta
    | FunctionCallDelta
    | CodeExecutionCallDelta
    | UrlContextCallDelta
    | GoogleSearchCallDelta
    | McpServerToolCallDelta
    | FileSearchCallDelta
    | GoogleMapsCallDelta
    | FunctionResultDelta
    | CodeExecutionResultDelta
    | UrlContextResultDelta
    | GoogleSearchResultDelta
    | McpServerToolResultDelta
    | FileSearchResultDelta
    | GoogleMapsResultDelta
    | TextAnnotationDelta
    | UnknownContentDeltaData
)
_CONTENTDELTADATA_CLASSES: dict[str, type[_Model]] = {
    "text": TextDelta,
    "image": ImageDelta,
    "audio": AudioDelta,
    "document": DocumentDelta,
    "video": VideoDelta,
    "thought_summary": ThoughtSummaryDelta,
    "thought_signature": ThoughtSignatureDelta,
    "function_call": FunctionCallDelta,
    "code_execution_call": CodeExecutionCallDelta,
    "url_context_call": UrlContextCallDelta,
    "google_search_call": GoogleSearchCallDelta,
    "mcp_server_tool_call": McpServerToolCallDelta,
    "file_search_call": FileSearchCallDelta,
    "google_maps_call": GoogleMapsCallDelta,
    "function_result": FunctionResultDelta,
    "code_execution_result": CodeExecutionResultDelta,
    "url_context_result": UrlContextResultDelta,
    "google_search_result": GoogleSearchResultDelta,
    "mcp_server_tool_result": McpServerToolResultDelta,
    "file_search_result": FileSearchResultDelta,
    "google_maps_result": GoogleMapsResultDelta,
    "text_annotation_delta": TextAnnotationDelta,
}


def decode_ContentDeltaData(
    data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None
) -> ContentDeltaData:
    """The ``ContentDeltaData`` member named by ``type``; ``UnknownContentDeltaData`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = _CONTENTDELTADATA_CLASSES.get(tag, UnknownContentDeltaData) if type(tag) is str else UnknownContentDeltaData
    return cast("ContentDeltaData", cls._wrap(data, parent, key))


FunctionResultSubcontent: TypeAlias = TextContent | ImageContent | UnknownFunctionResultSubcontent
_FUNCTIONRESULTSUBCONTENT_CLASSES: dict[str, type[_Model]] = {"text": TextContent, "image": ImageContent}


def decode_FunctionResultSubcontent(
    data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None
) -> FunctionResultSubcontent:
    """The ``FunctionResultSubcontent`` member named by ``type``; ``UnknownFunctionResultSubcontent`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = (
        _FUNCTIONRESULTSUBCONTENT_CLASSES.get(tag, UnknownFunctionResultSubcontent)
        if type(tag) is str
        else UnknownFunctionResultSubcontent
    )
    return cast("FunctionResultSubcontent", cls._wrap(data, parent, key))


InteractionSseEvent: TypeAlias = (
    InteractionCreatedEvent
    | InteractionCompletedEvent
    | InteractionStatusUpdate
    | ErrorEvent
    | StepStart
    | StepDelta
    | StepStop
    | UnknownInteractionSseEvent
)
_INTERACTIONSSEEVENT_CLASSES: dict[str, type[_Model]] = {
    "interaction.created": InteractionCreatedEvent,
    "interaction.completed": InteractionCompletedEvent,
    "interaction.status_update": InteractionStatusUpdate,
    "error": ErrorEvent,
    "step.start": StepStart,
    "step.delta": StepDelta,
    "step.stop": StepStop,
}


def decode_InteractionSseEvent(
    data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None
) -> InteractionSseEvent:
    """The ``InteractionSseEvent`` member named by ``event_type``; ``UnknownInteractionSseEvent`` for a value this version lacks."""
    tag = data.get("event_type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = (
        _INTERACTIONSSEEVENT_CLASSES.get(tag, UnknownInteractionSseEvent)
        if type(tag) is str
        else UnknownInteractionSseEvent
    )
    return cast("InteractionSseEvent", cls._wrap(data, parent, key))


Step: TypeAlias = (
    UserInputStep
    | ModelOutputStep
    | ThoughtStep
    | FunctionCallStep
    | CodeExecutionCallStep
    | UrlContextCallStep
    | McpServerToolCallStep
    | GoogleSearchCallStep
    | FileSearchCallStep
    | GoogleMapsCallStep
    | FunctionResultStep
    | CodeExecutionResultStep
    | UrlContextResultStep
    | GoogleSearchResultStep
    | McpServerToolResultStep
    | FileSearchResultStep
    | GoogleMapsResultStep
    | UnknownStep
)
_STEP_CLASSES: dict[str, type[_Model]] = {
    "user_input": UserInputStep,
    "model_output": ModelOutputStep,
    "thought": ThoughtStep,
    "function_call": FunctionCallStep,
    "code_execution_call": CodeExecutionCallStep,
    "url_context_call": UrlContextCallStep,
    "mcp_server_tool_call": McpServerToolCallStep,
    "google_search_call": GoogleSearchCallStep,
    "file_search_call": FileSearchCallStep,
    "google_maps_call": GoogleMapsCallStep,
    "function_result": FunctionResultStep,
    "code_execution_result": CodeExecutionResultStep,
    "url_context_result": UrlContextResultStep,
    "google_search_result": GoogleSearchResultStep,
    "mcp_server_tool_result": McpServerToolResultStep,
    "file_search_result": FileSearchResultStep,
    "google_maps_result": GoogleMapsResultStep,
}


def decode_Step(data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None) -> Step:
    """The ``Step`` member named by ``type``; ``UnknownStep`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = _STEP_CLASSES.get(tag, UnknownStep) if type(tag) is str else UnknownStep
    return cast("Step", cls._wrap(data, parent, key))


StepDeltaData: TypeAlias = (
    TextDelta
    | ImageDelta
    | AudioDelta
    | DocumentDelta
    | VideoDelta
    | ThoughtSummaryDelta
    | ThoughtSignatureDelta
    | TextAnnotationDelta
    | ArgumentsDelta
    | CodeExecutionCallDelta
    | UrlContextCallDelta
    | GoogleSearchCallDelta
    | McpServerToolCallDelta
    | FileSearchCallDelta
    | GoogleMapsCallDelta
    | CodeExecutionResultDelta
    | UrlContextResultDelta
    | GoogleSearchResultDelta
    | McpServerToolResultDelta
    | FileSearchResultDelta
    | GoogleMapsResultDelta
    | FunctionResultDelta
    | UnknownStepDeltaData
)
_STEPDELTADATA_CLASSES: dict[str, type[_Model]] = {
    "text": TextDelta,
    "image": ImageDelta,
    "audio": AudioDelta,
    "document": DocumentDelta,
    "video": VideoDelta,
    "thought_summary": ThoughtSummaryDelta,
    "thought_signature": ThoughtSignatureDelta,
    "text_annotation_delta": TextAnnotationDelta,
    "arguments_delta": ArgumentsDelta,
    "code_execution_call": CodeExecutionCallDelta,
    "url_context_call": UrlContextCallDelta,
    "google_search_call": GoogleSearchCallDelta,
    "mcp_server_tool_call": McpServerToolCallDelta,
    "file_search_call": FileSearchCallDelta,
    "google_maps_call": GoogleMapsCallDelta,
    "code_execution_result": CodeExecutionResultDelta,
    "url_context_result": UrlContextResultDelta,
    "google_search_result": GoogleSearchResultDelta,
    "mcp_server_tool_result": McpServerToolResultDelta,
    "file_search_result": FileSearchResultDelta,
    "google_maps_result": GoogleMapsResultDelta,
    "function_result": FunctionResultDelta,
}


def decode_StepDeltaData(
    data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None
) -> StepDeltaData:
    """The ``StepDeltaData`` member named by ``type``; ``UnknownStepDeltaData`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = _STEPDELTADATA_CLASSES.get(tag, UnknownStepDeltaData) if type(tag) is str else UnknownStepDeltaData
    return cast("StepDeltaData", cls._wrap(data, parent, key))


ThoughtSummaryContent: TypeAlias = TextContent | ImageContent | UnknownThoughtSummaryContent
_THOUGHTSUMMARYCONTENT_CLASSES: dict[str, type[_Model]] = {"text": TextContent, "image": ImageContent}


def decode_ThoughtSummaryContent(
    data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None
) -> ThoughtSummaryContent:
    """The ``ThoughtSummaryContent`` member named by ``type``; ``UnknownThoughtSummaryContent`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = (
        _THOUGHTSUMMARYCONTENT_CLASSES.get(tag, UnknownThoughtSummaryContent)
        if type(tag) is str
        else UnknownThoughtSummaryContent
    )
    return cast("ThoughtSummaryContent", cls._wrap(data, parent, key))


Tool: TypeAlias = (
    Function
    | CodeExecution
    | UrlContext
    | ComputerUse
    | McpServer
    | GoogleSearch
    | FileSearch
    | GoogleMaps
    | Retrieval
    | UnknownTool
)
_TOOL_CLASSES: dict[str, type[_Model]] = {
    "function": Function,
    "code_execution": CodeExecution,
    "url_context": UrlContext,
    "computer_use": ComputerUse,
    "mcp_server": McpServer,
    "google_search": GoogleSearch,
    "file_search": FileSearch,
    "google_maps": GoogleMaps,
    "retrieval": Retrieval,
}


def decode_Tool(data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None) -> Tool:
    """The ``Tool`` member named by ``type``; ``UnknownTool`` for a value this version lacks."""
    tag = data.get("type")
    # A tag that is not a string (a list, say: unhashable) names no member either.
    cls = _TOOL_CLASSES.get(tag, UnknownTool) if type(tag) is str else UnknownTool
    return cast("Tool", cls._wrap(data, parent, key))


AgentOption: TypeAlias = str
EnvironmentNetworkEgressAllowlist: TypeAlias = dict[str, Any] | EnvironmentNetworkEgressAllowlistValue | str
InteractionsInput: TypeAlias = str | list[Step] | list[Content] | Content
ModelOption: TypeAlias = str
ResponseFormat: TypeAlias = AudioResponseFormat | TextResponseFormat | ImageResponseFormat | dict[str, Any]
ResponseFormatList: TypeAlias = list[Any]

Agent._nested = {"base_environment": lambda v: encode_union(v), "tools": lambda v: encode_union(v)}
AllowedTools._nested = {"tools": lambda v: list(v)}
AllowlistEntry._nested = {"transform": lambda v: encode_union(v)}
AudioContent._nested = {"data": encode_base64}
AudioDelta._nested = {"data": encode_base64}
CodeExecutionCallDelta._nested = {"arguments": CodeExecutionCallArguments._coerce, "signature": encode_base64}
CodeExecutionCallStep._nested = {"arguments": CodeExecutionCallStepArguments._coerce, "signature": encode_base64}
CodeExecutionResultDelta._nested = {"signature": encode_base64}
CodeExecutionResultStep._nested = {"signature": encode_base64}
ComputerUse._nested = {"excluded_predefined_functions": lambda v: list(v)}
ContentDelta._nested = {"delta": lambda v: encode_union(v)}
ContentStart._nested = {"content": lambda v: encode_union(v)}
CreateAgentInteractionParams._nested = {
    "agent": lambda v: encode_union(v),
    "agent_config": lambda v: encode_union(v),
    "environment": lambda v: encode_union(v),
    "input": lambda v: encode_union(v),
    "response_format": lambda v: encode_union(v),
    "response_modalities": lambda v: list(v),
    "tools": lambda v: encode_union(v),
    "usage": Usage._coerce,
    "webhook_config": WebhookConfig._coerce,
}
CreateModelInteractionParams._nested = {
    "environment": lambda v: encode_union(v),
    "generation_config": GenerationConfig._coerce,
    "input": lambda v: encode_union(v),
    "model": lambda v: encode_union(v),
    "response_format": lambda v: encode_union(v),
    "response_modalities": lambda v: list(v),
    "tools": lambda v: encode_union(v),
    "usage": Usage._coerce,
    "webhook_config": WebhookConfig._coerce,
}
DocumentContent._nested = {"data": encode_base64}
DocumentDelta._nested = {"data": encode_base64}
EnvironmentConfig._nested = {"network": lambda v: encode_union(v), "sources": partial(encode_model_list, Source)}
ErrorEvent._nested = {"error": Error._coerce}
FileCitation._nested = {"custom_metadata": lambda v: dict(v)}
FileSearch._nested = {"file_search_store_names": lambda v: list(v)}
FileSearchCallDelta._nested = {"signature": encode_base64}
FileSearchCallStep._nested = {"signature": encode_base64}
FileSearchResultDelta._nested = {"result": partial(encode_model_list, FileSearchResult), "signature": encode_base64}
FileSearchResultStep._nested = {"signature": encode_base64}
Function._nested = {"parameters": lambda v: encode_union(v)}
FunctionCallDelta._nested = {"arguments": lambda v: dict(v), "signature": encode_base64}
FunctionCallStep._nested = {"arguments": lambda v: dict(v), "signature": encode_base64}
FunctionResultDelta._nested = {"result": lambda v: encode_union(v)}
FunctionResultStep._nested = {"result": lambda v: encode_union(v), "signature": encode_base64}
GenerationConfig._nested = {
    "image_config": ImageConfig._coerce,
    "speech_config": partial(encode_model_list, SpeechConfig),
    "stop_sequences": lambda v: list(v),
    "tool_choice": lambda v: encode_union(v),
}
GoogleMapsCallArguments._nested = {"queries": lambda v: list(v)}
GoogleMapsCallDelta._nested = {"arguments": GoogleMapsCallArguments._coerce, "signature": encode_base64}
GoogleMapsCallStep._nested = {"arguments": GoogleMapsCallStepArguments._coerce, "signature": encode_base64}
GoogleMapsCallStepArguments._nested = {"queries": lambda v: list(v)}
GoogleMapsResult._nested = {"places": partial(encode_model_list, Places)}
GoogleMapsResultDelta._nested = {"result": partial(encode_model_list, GoogleMapsResult), "signature": encode_base64}
GoogleMapsResultItem._nested = {"places": partial(encode_model_list, GoogleMapsResultPlaces)}
GoogleMapsResultPlaces._nested = {"review_snippets": partial(encode_model_list, ReviewSnippet)}
GoogleMapsResultStep._nested = {"result": partial(encode_model_list, GoogleMapsResultItem), "signature": encode_base64}
GoogleSearch._nested = {"search_types": lambda v: list(v)}
GoogleSearchCallArguments._nested = {"queries": lambda v: list(v)}
GoogleSearchCallDelta._nested = {"arguments": GoogleSearchCallArguments._coerce, "signature": encode_base64}
GoogleSearchCallStep._nested = {"arguments": GoogleSearchCallStepArguments._coerce, "signature": encode_base64}
GoogleSearchCallStepArguments._nested = {"queries": lambda v: list(v)}
GoogleSearchResultDelta._nested = {"result": partial(encode_model_list, GoogleSearchResult), "signature": encode_base64}
GoogleSearchResultStep._nested = {
    "result": partial(encode_model_list, GoogleSearchResultItem),
    "signature": encode_base64,
}
ImageConfig._nested = {"aspect_ratio": lambda v: encode_union(v), "image_size": lambda v: encode_union(v)}
ImageContent._nested = {"data": encode_base64}
ImageDelta._nested = {"data": encode_base64}
Interaction._nested = {
    "agent": lambda v: encode_union(v),
    "agent_config": lambda v: encode_union(v),
    "environment": lambda v: encode_union(v),
    "generation_config": GenerationConfig._coerce,
    "input": lambda v: encode_union(v),
    "model": lambda v: encode_union(v),
    "response_format": lambda v: encode_union(v),
    "response_modalities": lambda v: list(v),
    "steps": lambda v: encode_union(v),
    "tools": lambda v: encode_union(v),
    "usage": Usage._coerce,
    "webhook_config": WebhookConfig._coerce,
}
InteractionCompletedEvent._nested = {"interaction": Interaction._coerce}
InteractionCreatedEvent._nested = {"interaction": Interaction._coerce}
ListAgentsResponse._nested = {"agents": partial(encode_model_list, Agent)}
ListWebhooksResponse._nested = {"webhooks": partial(encode_model_list, Webhook)}
McpServer._nested = {"allowed_tools": partial(encode_model_list, AllowedTools), "headers": lambda v: dict(v)}
McpServerToolCallDelta._nested = {"arguments": lambda v: dict(v), "signature": encode_base64}
McpServerToolCallStep._nested = {"arguments": lambda v: dict(v), "signature": encode_base64}
McpServerToolResultDelta._nested = {"result": lambda v: encode_union(v), "signature": encode_base64}
McpServerToolResultStep._nested = {"result": lambda v: encode_union(v), "signature": encode_base64}
ModelOutputStep._nested = {"content": lambda v: encode_union(v)}
PlaceCitation._nested = {"review_snippets": partial(encode_model_list, ReviewSnippet)}
Places._nested = {"review_snippets": partial(encode_model_list, ReviewSnippet)}
Retrieval._nested = {"retrieval_types": lambda v: list(v), "vertex_ai_search_config": VertexAISearchConfig._coerce}
StepDelta._nested = {"delta": lambda v: encode_union(v), "metadata": StepDeltaMetadata._coerce}
StepDeltaMetadata._nested = {"total_usage": Usage._coerce}
StepStart._nested = {"step": lambda v: encode_union(v)}
StepStop._nested = {"step_usage": Usage._coerce, "usage": Usage._coerce}
TextAnnotationDelta._nested = {"annotations": lambda v: encode_union(v)}
TextContent._nested = {"annotations": lambda v: encode_union(v)}
TextResponseFormat._nested = {"schema": lambda v: dict(v)}
ThoughtContent._nested = {"signature": encode_base64, "summary": lambda v: encode_union(v)}
ThoughtSignatureDelta._nested = {"signature": encode_base64}
ThoughtStep._nested = {"signature": encode_base64, "summary": lambda v: encode_union(v)}
ThoughtSummaryDelta._nested = {"content": lambda v: encode_union(v)}
ToolChoiceConfig._nested = {"allowed_tools": AllowedTools._coerce}
Turn._nested = {"content": lambda v: encode_union(v)}
UrlContextCallArguments._nested = {"urls": lambda v: list(v)}
UrlContextCallDelta._nested = {"arguments": UrlContextCallArguments._coerce, "signature": encode_base64}
UrlContextCallStep._nested = {"arguments": UrlContextCallStepArguments._coerce, "signature": encode_base64}
UrlContextCallStepArguments._nested = {"urls": lambda v: list(v)}
UrlContextResultDelta._nested = {"result": partial(encode_model_list, UrlContextResult), "signature": encode_base64}
UrlContextResultStep._nested = {"result": partial(encode_model_list, UrlContextResultItem), "signature": encode_base64}
Usage._nested = {
    "cached_tokens_by_modality": partial(encode_model_list, ModalityTokens),
    "grounding_tool_count": partial(encode_model_list, GroundingToolCount),
    "input_tokens_by_modality": partial(encode_model_list, ModalityTokens),
    "output_tokens_by_modality": partial(encode_model_list, ModalityTokens),
    "tool_use_tokens_by_modality": partial(encode_model_list, ModalityTokens),
}
UserInputStep._nested = {"content": lambda v: encode_union(v)}
VertexAISearchConfig._nested = {"datastores": lambda v: list(v)}
VideoContent._nested = {"data": encode_base64}
VideoDelta._nested = {"data": encode_base64}
Webhook._nested = {
    "signing_secrets": partial(encode_model_list, SigningSecret),
    "subscribed_events": lambda v: encode_union(v),
}
WebhookConfig._nested = {"uris": lambda v: list(v), "user_metadata": lambda v: dict(v)}
WebhookUpdate._nested = {"subscribed_events": lambda v: encode_union(v)}
