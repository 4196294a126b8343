# Generated from specs/live-v1beta.json (sha256 f42d5958ddbb5221) by `nox -s generate`; do not edit.
"""Typed models of ``live-v1beta.json``: one class per object schema, type aliases for enums and unions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any, ClassVar, Literal, TypeAlias

from pygenai._abi import (
    PartMixin,
    check_fields,
    encode_base64,
    encode_int64,
    encode_model_list,
    encode_model_map,
    encode_union,
    get_any,
    get_bool,
    get_bytes,
    get_float,
    get_float_list,
    get_int,
    get_int64,
    get_int_list,
    get_model,
    get_model_list,
    get_model_map,
    get_object,
    get_str,
    get_str_list,
)
from pygenai._abi import (
    WireModel as _Model,
)

__all__ = [
    "AudioTranscriptionConfig",
    "BidiGenerateContentClientContent",
    "BidiGenerateContentClientMessage",
    "BidiGenerateContentRealtimeInput",
    "BidiGenerateContentRealtimeInputActivityEnd",
    "BidiGenerateContentRealtimeInputActivityStart",
    "BidiGenerateContentServerContent",
    "BidiGenerateContentServerMessage",
    "BidiGenerateContentSetup",
    "BidiGenerateContentSetupComplete",
    "BidiGenerateContentToolCall",
    "BidiGenerateContentToolCallCancellation",
    "BidiGenerateContentToolResponse",
    "BidiGenerateContentTranscription",
    "Blob",
    "CodeExecution",
    "CodeExecutionResult",
    "CodeExecutionResultOutcome",
    "Content",
    "ContextWindowCompressionConfig",
    "ContextWindowCompressionConfigSlidingWindow",
    "DynamicRetrievalConfig",
    "DynamicRetrievalConfigMode",
    "ExecutableCode",
    "ExecutableCodeLanguage",
    "FileData",
    "FileSearch",
    "FileSearchRetrievalConfig",
    "FileSearchRetrievalResource",
    "FunctionCall",
    "FunctionDeclaration",
    "FunctionDeclarationBehavior",
    "FunctionResponse",
    "FunctionResponseBlob",
    "FunctionResponsePart",
    "FunctionResponseScheduling",
    "GenerationConfig",
    "GenerationConfigMediaResolution",
    "GenerationConfigModality",
    "GoAway",
    "GoogleMaps",
    "GoogleSearchRetrieval",
    "GroundingChunk",
    "GroundingChunkMaps",
    "GroundingChunkMapsPlaceAnswerSources",
    "GroundingChunkMapsPlaceAnswerSourcesReviewSnippet",
    "GroundingChunkRetrievedContext",
    "GroundingChunkWeb",
    "GroundingMetadata",
    "GroundingSupport",
    "ImageConfig",
    "Modality",
    "ModalityTokenCount",
    "MultiSpeakerVoiceConfig",
    "Part",
    "PrebuiltVoiceConfig",
    "RealtimeInputConfig",
    "RealtimeInputConfigActivityHandling",
    "RealtimeInputConfigAutomaticActivityDetection",
    "RealtimeInputConfigAutomaticActivityDetectionEndSensitivity",
    "RealtimeInputConfigAutomaticActivityDetectionStartSensitivity",
    "RealtimeInputConfigTurnCoverage",
    "RetrievalMetadata",
    "Schema",
    "SearchEntryPoint",
    "Segment",
    "SessionResumptionConfig",
    "SessionResumptionUpdate",
    "SpeakerVoiceConfig",
    "SpeechConfig",
    "ThinkingConfig",
    "Tool",
    "ToolComputerUse",
    "ToolComputerUseEnvironment",
    "ToolGoogleSearch",
    "Type",
    "UrlContext",
    "UrlContextMetadata",
    "UrlMetadata",
    "UrlMetadataUrlRetrievalStatus",
    "UsageMetadata",
    "VideoMetadata",
    "VoiceConfig",
    "typeInterval",
]

WEBSOCKET_PATH = "/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent"
"""The path of the API's WebSocket endpoint (``x-websocket`` in the spec), under the base URL."""

CodeExecutionResultOutcome: TypeAlias = Literal[
    "OUTCOME_UNSPECIFIED", "OUTCOME_OK", "OUTCOME_FAILED", "OUTCOME_DEADLINE_EXCEEDED"
]
DynamicRetrievalConfigMode: TypeAlias = Literal["MODE_UNSPECIFIED", "MODE_DYNAMIC"]
ExecutableCodeLanguage: TypeAlias = Literal["LANGUAGE_UNSPECIFIED", "PYTHON"]
FunctionDeclarationBehavior: TypeAlias = Literal["UNSPECIFIED", "BLOCKING", "NON_BLOCKING"]
FunctionResponseScheduling: TypeAlias = Literal["SCHEDULING_UNSPECIFIED", "SILENT", "WHEN_IDLE", "INTERRUPT"]
GenerationConfigMediaResolution: TypeAlias = Literal[
    "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
]
GenerationConfigModality: TypeAlias = Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]
Modality: TypeAlias = Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "VIDEO", "AUDIO", "DOCUMENT"]
RealtimeInputConfigActivityHandling: TypeAlias = Literal[
    "ACTIVITY_HANDLING_UNSPECIFIED", "START_OF_ACTIVITY_INTERRUPTS", "NO_INTERRUPTION"
]
RealtimeInputConfigAutomaticActivityDetectionEndSensitivity: TypeAlias = Literal[
    "END_SENSITIVITY_UNSPECIFIED", "END_SENSITIVITY_HIGH", "END_SENSITIVITY_LOW"
]
RealtimeInputConfigAutomaticActivityDetectionStartSensitivity: TypeAlias = Literal[
    "START_SENSITIVITY_UNSPECIFIED", "START_SENSITIVITY_HIGH", "START_SENSITIVITY_LOW"
]
RealtimeInputConfigTurnCoverage: TypeAlias = Literal[
    "TURN_COVERAGE_UNSPECIFIED", "TURN_INCLUDES_ONLY_ACTIVITY", "TURN_INCLUDES_ALL_INPUT"
]
ToolComputerUseEnvironment: TypeAlias = Literal["ENVIRONMENT_UNSPECIFIED", "ENVIRONMENT_BROWSER"]
Type: TypeAlias = Literal["TYPE_UNSPECIFIED", "STRING", "NUMBER", "INTEGER", "BOOLEAN", "ARRAY", "OBJECT", "NULL"]
UrlMetadataUrlRetrievalStatus: TypeAlias = Literal[
    "URL_RETRIEVAL_STATUS_UNSPECIFIED",
    "URL_RETRIEVAL_STATUS_SUCCESS",
    "URL_RETRIEVAL_STATUS_ERROR",
    "URL_RETRIEVAL_STATUS_PAYWALL",
    "URL_RETRIEVAL_STATUS_UNSAFE",
]


class AudioTranscriptionConfig(_Model):
    """Model of schema ``AudioTranscriptionConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class BidiGenerateContentClientContent(_Model):
    """Model of schema ``BidiGenerateContentClientContent`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"turn_complete": "turnComplete", "turns": "turns"}

    def __init__(
        self, *, turn_complete: bool | None = None, turns: Sequence[Content | Mapping[str, Any]] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if turn_complete is not None:
            d["turnComplete"] = turn_complete
        if turns is not None:
            d["turns"] = encode_model_list(Content, turns)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def turn_complete(self) -> bool | None:
        value = self._data.get("turnComplete")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "turnComplete")

    @turn_complete.setter
    def turn_complete(self, value: bool | None) -> None:
        self._set("turnComplete", value)

    @property
    def turns(self) -> list[Content] | None:
        return get_model_list(self, "turns", Content)

    @turns.setter
    def turns(self, value: Sequence[Content | Mapping[str, Any]] | None) -> None:
        self._set("turns", None if value is None else encode_model_list(Content, value))


class BidiGenerateContentClientMessage(_Model):
    """Model of schema ``BidiGenerateContentClientMessage`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "client_content": "clientContent",
        "realtime_input": "realtimeInput",
        "setup": "setup",
        "tool_response": "toolResponse",
    }

    def __init__(
        self,
        *,
        client_content: BidiGenerateContentClientContent | Mapping[str, Any] | None = None,
        realtime_input: BidiGenerateContentRealtimeInput | Mapping[str, Any] | None = None,
        setup: BidiGenerateContentSetup | Mapping[str, Any] | None = None,
        tool_response: BidiGenerateContentToolResponse | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if client_content is not None:
            d["clientContent"] = BidiGenerateContentClientContent._coerce(client_content)
        if realtime_input is not None:
            d["realtimeInput"] = BidiGenerateContentRealtimeInput._coerce(realtime_input)
        if setup is not None:
            d["setup"] = BidiGenerateContentSetup._coerce(setup)
        if tool_response is not None:
            d["toolResponse"] = BidiGenerateContentToolResponse._coerce(tool_response)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def client_content(self) -> BidiGenerateContentClientContent | None:
        return get_model(self, "clientContent", BidiGenerateContentClientContent)

    @client_content.setter
    def client_content(self, value: BidiGenerateContentClientContent | Mapping[str, Any] | None) -> None:
        self._set("clientContent", None if value is None else BidiGenerateContentClientContent._coerce(value))

    @property
    def realtime_input(self) -> BidiGenerateContentRealtimeInput | None:
        return get_model(self, "realtimeInput", BidiGenerateContentRealtimeInput)

    @realtime_input.setter
    def realtime_input(self, value: BidiGenerateContentRealtimeInput | Mapping[str, Any] | None) -> None:
        self._set("realtimeInput", None if value is None else BidiGenerateContentRealtimeInput._coerce(value))

    @property
    def setup(self) -> BidiGenerateContentSetup | None:
        return get_model(self, "setup", BidiGenerateContentSetup)

    @setup.setter
    def setup(self, value: BidiGenerateContentSetup | Mapping[str, Any] | None) -> None:
        self._set("setup", None if value is None else BidiGenerateContentSetup._coerce(value))

    @property
    def tool_response(self) -> BidiGenerateContentToolResponse | None:
        return get_model(self, "toolResponse", BidiGenerateContentToolResponse)

    @tool_response.setter
    def tool_response(self, value: BidiGenerateContentToolResponse | Mapping[str, Any] | None) -> None:
        self._set("toolResponse", None if value is None else BidiGenerateContentToolResponse._coerce(value))


class BidiGenerateContentRealtimeInput(_Model):
    """Model of schema ``BidiGenerateContentRealtimeInput`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "activity_end": "activityEnd",
        "activity_start": "activityStart",
        "audio": "audio",
        "audio_stream_end": "audioStreamEnd",
        "media_chunks": "mediaChunks",
        "text": "text",
        "video": "video",
    }

    def __init__(
        self,
        *,
        activity_end: BidiGenerateContentRealtimeInputActivityEnd | Mapping[str, Any] | None = None,
        activity_start: BidiGenerateContentRealtimeInputActivityStart | Mapping[str, Any] | None = None,
        audio: Blob | Mapping[str, Any] | None = None,
        audio_stream_end: bool | None = None,
        media_chunks: Sequence[Blob | Mapping[str, Any]] | None = None,
        text: str | None = None,
        video: Blob | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if activity_end is not None:
            d["activityEnd"] = BidiGenerateContentRealtimeInputActivityEnd._coerce(activity_end)
        if activity_start is not None:
            d["activityStart"] = BidiGenerateContentRealtimeInputActivityStart._coerce(activity_start)
        if audio is not None:
            d["audio"] = Blob._coerce(audio)
        if audio_stream_end is not None:
            d["audioStreamEnd"] = audio_stream_end
        if media_chunks is not None:
            d["mediaChunks"] = encode_model_list(Blob, media_chunks)
        if text is not None:
            d["text"] = text
        if video is not None:
            d["video"] = Blob._coerce(video)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def activity_end(self) -> BidiGenerateContentRealtimeInputActivityEnd | None:
        return get_model(self, "activityEnd", BidiGenerateContentRealtimeInputActivityEnd)

    @activity_end.setter
    def activity_end(self, value: BidiGenerateContentRealtimeInputActivityEnd | Mapping[str, Any] | None) -> None:
        self._set("activityEnd", None if value is None else BidiGenerateContentRealtimeInputActivityEnd._coerce(value))

    @property
    def activity_start(self) -> BidiGenerateContentRealtimeInputActivityStart | None:
        return get_model(self, "activityStart", BidiGenerateContentRealtimeInputActivityStart)

    @activity_start.setter
    def activity_start(self, value: BidiGenerateContentRealtimeInputActivityStart | Mapping[str, Any] | None) -> None:
        self._set(
            "activityStart", None if value is None else BidiGenerateContentRealtimeInputActivityStart._coerce(value)
        )

    @property
    def audio(self) -> Blob | None:
        return get_model(self, "audio", Blob)

    @audio.setter
    def audio(self, value: Blob | Mapping[str, Any] | None) -> None:
        self._set("audio", None if value is None else Blob._coerce(value))

    @property
    def audio_stream_end(self) -> bool | None:
        value = self._data.get("audioStreamEnd")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "audioStreamEnd")

    @audio_stream_end.setter
    def audio_stream_end(self, value: bool | None) -> None:
        self._set("audioStreamEnd", value)

    @property
    def media_chunks(self) -> list[Blob] | None:
        return get_model_list(self, "mediaChunks", Blob)

    @media_chunks.setter
    def media_chunks(self, value: Sequence[Blob | Mapping[str, Any]] | None) -> None:
        self._set("mediaChunks", None if value is None else encode_model_list(Blob, value))

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
    def video(self) -> Blob | None:
        return get_model(self, "video", Blob)

    @video.setter
    def video(self, value: Blob | Mapping[str, Any] | None) -> None:
        self._set("video", None if value is None else Blob._coerce(value))


class BidiGenerateContentRealtimeInputActivityEnd(_Model):
    """Model of schema ``BidiGenerateContentRealtimeInputActivityEnd`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class BidiGenerateContentRealtimeInputActivityStart(_Model):
    """Model of schema ``BidiGenerateContentRealtimeInputActivityStart`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class BidiGenerateContentServerContent(_Model):
    """Model of schema ``BidiGenerateContentServerContent`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "generation_complete": "generationComplete",
        "grounding_metadata": "groundingMetadata",
        "input_transcription": "inputTranscription",
        "interrupted": "interrupted",
        "model_turn": "modelTurn",
        "output_transcription": "outputTranscription",
        "turn_complete": "turnComplete",
        "url_context_metadata": "urlContextMetadata",
        "waiting_for_input": "waitingForInput",
    }

    def __init__(
        self,
        *,
        generation_complete: bool | None = None,
        grounding_metadata: GroundingMetadata | Mapping[str, Any] | None = None,
        input_transcription: BidiGenerateContentTranscription | Mapping[str, Any] | None = None,
        interrupted: bool | None = None,
        model_turn: Content | Mapping[str, Any] | None = None,
        output_transcription: BidiGenerateContentTranscription | Mapping[str, Any] | None = None,
        turn_complete: bool | None = None,
        url_context_metadata: UrlContextMetadata | Mapping[str, Any] | None = None,
        waiting_for_input: bool | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if generation_complete is not None:
            d["generationComplete"] = generation_complete
        if grounding_metadata is not None:
            d["groundingMetadata"] = GroundingMetadata._coerce(grounding_metadata)
        if input_transcription is not None:
            d["inputTranscription"] = BidiGenerateContentTranscription._coerce(input_transcription)
        if interrupted is not None:
            d["interrupted"] = interrupted
        if model_turn is not None:
            d["modelTurn"] = Content._coerce(model_turn)
        if output_transcription is not None:
            d["outputTranscription"] = BidiGenerateContentTranscription._coerce(output_transcription)
        if turn_complete is not None:
            d["turnComplete"] = turn_complete
        if url_context_metadata is not None:
            d["urlContextMetadata"] = UrlContextMetadata._coerce(url_context_metadata)
        if waiting_for_input is not None:
            d["waitingForInput"] = waiting_for_input
        self._data = d
        self._parent = None
        self._key = None

    @property
    def generation_complete(self) -> bool | None:
        value = self._data.get("generationComplete")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "generationComplete")

    @generation_complete.setter
    def generation_complete(self, value: bool | None) -> None:
        self._set("generationComplete", value)

    @property
    def grounding_metadata(self) -> GroundingMetadata | None:
        return get_model(self, "groundingMetadata", GroundingMetadata)

    @grounding_metadata.setter
    def grounding_metadata(self, value: GroundingMetadata | Mapping[str, Any] | None) -> None:
        self._set("groundingMetadata", None if value is None else GroundingMetadata._coerce(value))

    @property
    def input_transcription(self) -> BidiGenerateContentTranscription | None:
        return get_model(self, "inputTranscription", BidiGenerateContentTranscription)

    @input_transcription.setter
    def input_transcription(self, value: BidiGenerateContentTranscription | Mapping[str, Any] | None) -> None:
        self._set("inputTranscription", None if value is None else BidiGenerateContentTranscription._coerce(value))

    @property
    def interrupted(self) -> bool | None:
        value = self._data.get("interrupted")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "interrupted")

    @interrupted.setter
    def interrupted(self, value: bool | None) -> None:
        self._set("interrupted", value)

    @property
    def model_turn(self) -> Content | None:
        return get_model(self, "modelTurn", Content)

    @model_turn.setter
    def model_turn(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("modelTurn", None if value is None else Content._coerce(value))

    @property
    def output_transcription(self) -> BidiGenerateContentTranscription | None:
        return get_model(self, "outputTranscription", BidiGenerateContentTranscription)

    @output_transcription.setter
    def output_transcription(self, value: BidiGenerateContentTranscription | Mapping[str, Any] | None) -> None:
        self._set("outputTranscription", None if value is None else BidiGenerateContentTranscription._coerce(value))

    @property
    def turn_complete(self) -> bool | None:
        value = self._data.get("turnComplete")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "turnComplete")

    @turn_complete.setter
    def turn_complete(self, value: bool | None) -> None:
        self._set("turnComplete", value)

    @property
    def url_context_metadata(self) -> UrlContextMetadata | None:
        return get_model(self, "urlContextMetadata", UrlContextMetadata)

    @url_context_metadata.setter
    def url_context_metadata(self, value: UrlContextMetadata | Mapping[str, Any] | None) -> None:
        self._set("urlContextMetadata", None if value is None else UrlContextMetadata._coerce(value))

    @property
    def waiting_for_input(self) -> bool | None:
        value = self._data.get("waitingForInput")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "waitingForInput")

    @waiting_for_input.setter
    def waiting_for_input(self, value: bool | None) -> None:
        self._set("waitingForInput", value)


class BidiGenerateContentServerMessage(_Model):
    """Model of schema ``BidiGenerateContentServerMessage`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "go_away": "goAway",
        "server_content": "serverContent",
        "session_resumption_update": "sessionResumptionUpdate",
        "setup_complete": "setupComplete",
        "tool_call": "toolCall",
        "tool_call_cancellation": "toolCallCancellation",
        "usage_metadata": "usageMetadata",
    }

    def __init__(
        self,
        *,
        go_away: GoAway | Mapping[str, Any] | None = None,
        server_content: BidiGenerateContentServerContent | Mapping[str, Any] | None = None,
        session_resumption_update: SessionResumptionUpdate | Mapping[str, Any] | None = None,
        setup_complete: BidiGenerateContentSetupComplete | Mapping[str, Any] | None = None,
        tool_call: BidiGenerateContentToolCall | Mapping[str, Any] | None = None,
        tool_call_cancellation: BidiGenerateContentToolCallCancellation | Mapping[str, Any] | None = None,
        usage_metadata: UsageMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if go_away is not None:
            d["goAway"] = GoAway._coerce(go_away)
        if server_content is not None:
            d["serverContent"] = BidiGenerateContentServerContent._coerce(server_content)
        if session_resumption_update is not None:
            d["sessionResumptionUpdate"] = SessionResumptionUpdate._coerce(session_resumption_update)
        if setup_complete is not None:
            d["setupComplete"] = BidiGenerateContentSetupComplete._coerce(setup_complete)
        if tool_call is not None:
            d["toolCall"] = BidiGenerateContentToolCall._coerce(tool_call)
        if tool_call_cancellation is not None:
            d["toolCallCancellation"] = BidiGenerateContentToolCallCancellation._coerce(tool_call_cancellation)
        if usage_metadata is not None:
            d["usageMetadata"] = UsageMetadata._coerce(usage_metadata)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def go_away(self) -> GoAway | None:
        return get_model(self, "goAway", GoAway)

    @go_away.setter
    def go_away(self, value: GoAway | Mapping[str, Any] | None) -> None:
        self._set("goAway", None if value is None else GoAway._coerce(value))

    @property
    def server_content(self) -> BidiGenerateContentServerContent | None:
        return get_model(self, "serverContent", BidiGenerateContentServerContent)

    @server_content.setter
    def server_content(self, value: BidiGenerateContentServerContent | Mapping[str, Any] | None) -> None:
        self._set("serverContent", None if value is None else BidiGenerateContentServerContent._coerce(value))

    @property
    def session_resumption_update(self) -> SessionResumptionUpdate | None:
        return get_model(self, "sessionResumptionUpdate", SessionResumptionUpdate)

    @session_resumption_update.setter
    def session_resumption_update(self, value: SessionResumptionUpdate | Mapping[str, Any] | None) -> None:
        self._set("sessionResumptionUpdate", None if value is None else SessionResumptionUpdate._coerce(value))

    @property
    def setup_complete(self) -> BidiGenerateContentSetupComplete | None:
        return get_model(self, "setupComplete", BidiGenerateContentSetupComplete)

    @setup_complete.setter
    def setup_complete(self, value: BidiGenerateContentSetupComplete | Mapping[str, Any] | None) -> None:
        self._set("setupComplete", None if value is None else BidiGenerateContentSetupComplete._coerce(value))

    @property
    def tool_call(self) -> BidiGenerateContentToolCall | None:
        return get_model(self, "toolCall", BidiGenerateContentToolCall)

    @tool_call.setter
    def tool_call(self, value: BidiGenerateContentToolCall | Mapping[str, Any] | None) -> None:
        self._set("toolCall", None if value is None else BidiGenerateContentToolCall._coerce(value))

    @property
    def tool_call_cancellation(self) -> BidiGenerateContentToolCallCancellation | None:
        return get_model(self, "toolCallCancellation", BidiGenerateContentToolCallCancellation)

    @tool_call_cancellation.setter
    def tool_call_cancellation(self, value: BidiGenerateContentToolCallCancellation | Mapping[str, Any] | None) -> None:
        self._set(
            "toolCallCancellation", None if value is None else BidiGenerateContentToolCallCancellation._coerce(value)
        )

    @property
    def usage_metadata(self) -> UsageMetadata | None:
        return get_model(self, "usageMetadata", UsageMetadata)

    @usage_metadata.setter
    def usage_metadata(self, value: UsageMetadata | Mapping[str, Any] | None) -> None:
        self._set("usageMetadata", None if value is None else UsageMetadata._coerce(value))


class BidiGenerateContentSetup(_Model):
    """Model of schema ``BidiGenerateContentSetup`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "context_window_compression": "contextWindowCompression",
        "generation_config": "generationConfig",
        "input_audio_transcription": "inputAudioTranscription",
        "model": "model",
        "output_audio_transcription": "outputAudioTranscription",
        "realtime_input_config": "realtimeInputConfig",
        "session_resumption": "sessionResumption",
        "system_instruction": "systemInstruction",
        "tools": "tools",
    }

    def __init__(
        self,
        *,
        model: str,
        context_window_compression: ContextWindowCompressionConfig | Mapping[str, Any] | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        input_audio_transcription: AudioTranscriptionConfig | Mapping[str, Any] | None = None,
        output_audio_transcription: AudioTranscriptionConfig | Mapping[str, Any] | None = None,
        realtime_input_config: RealtimeInputConfig | Mapping[str, Any] | None = None,
        session_resumption: SessionResumptionConfig | Mapping[str, Any] | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if context_window_compression is not None:
            d["contextWindowCompression"] = ContextWindowCompressionConfig._coerce(context_window_compression)
        if generation_config is not None:
            d["generationConfig"] = GenerationConfig._coerce(generation_config)
        if input_audio_transcription is not None:
            d["inputAudioTranscription"] = AudioTranscriptionConfig._coerce(input_audio_transcription)
        d["model"] = model
        if output_audio_transcription is not None:
            d["outputAudioTranscription"] = AudioTranscriptionConfig._coerce(output_audio_transcription)
        if realtime_input_config is not None:
            d["realtimeInputConfig"] = RealtimeInputConfig._coerce(realtime_input_config)
        if session_resumption is not None:
            d["sessionResumption"] = SessionResumptionConfig._coerce(session_resumption)
        if system_instruction is not None:
            d["systemInstruction"] = Content._coerce(system_instruction)
        if tools is not None:
            d["tools"] = encode_model_list(Tool, tools)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def context_window_compression(self) -> ContextWindowCompressionConfig | None:
        return get_model(self, "contextWindowCompression", ContextWindowCompressionConfig)

    @context_window_compression.setter
    def context_window_compression(self, value: ContextWindowCompressionConfig | Mapping[str, Any] | None) -> None:
        self._set("contextWindowCompression", None if value is None else ContextWindowCompressionConfig._coerce(value))

    @property
    def generation_config(self) -> GenerationConfig | None:
        return get_model(self, "generationConfig", GenerationConfig)

    @generation_config.setter
    def generation_config(self, value: GenerationConfig | Mapping[str, Any] | None) -> None:
        self._set("generationConfig", None if value is None else GenerationConfig._coerce(value))

    @property
    def input_audio_transcription(self) -> AudioTranscriptionConfig | None:
        return get_model(self, "inputAudioTranscription", AudioTranscriptionConfig)

    @input_audio_transcription.setter
    def input_audio_transcription(self, value: AudioTranscriptionConfig | Mapping[str, Any] | None) -> None:
        self._set("inputAudioTranscription", None if value is None else AudioTranscriptionConfig._coerce(value))

    @property
    def model(self) -> str | None:
        value = self._data.get("model")
        if value is None or type(value) is str:
            return value
        return get_str(self, "model")

    @model.setter
    def model(self, value: str | None) -> None:
        self._set("model", value)

    @property
    def output_audio_transcription(self) -> AudioTranscriptionConfig | None:
        return get_model(self, "outputAudioTranscription", AudioTranscriptionConfig)

    @output_audio_transcription.setter
    def output_audio_transcription(self, value: AudioTranscriptionConfig | Mapping[str, Any] | None) -> None:
        self._set("outputAudioTranscription", None if value is None else AudioTranscriptionConfig._coerce(value))

    @property
    def realtime_input_config(self) -> RealtimeInputConfig | None:
        return get_model(self, "realtimeInputConfig", RealtimeInputConfig)

    @realtime_input_config.setter
    def realtime_input_config(self, value: RealtimeInputConfig | Mapping[str, Any] | None) -> None:
        self._set("realtimeInputConfig", None if value is None else RealtimeInputConfig._coerce(value))

    @property
    def session_resumption(self) -> SessionResumptionConfig | None:
        return get_model(self, "sessionResumption", SessionResumptionConfig)

    @session_resumption.setter
    def session_resumption(self, value: SessionResumptionConfig | Mapping[str, Any] | None) -> None:
        self._set("sessionResumption", None if value is None else SessionResumptionConfig._coerce(value))

    @property
    def system_instruction(self) -> Content | None:
        return get_model(self, "systemInstruction", Content)

    @system_instruction.setter
    def system_instruction(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("systemInstruction", None if value is None else Content._coerce(value))

    @property
    def tools(self) -> list[Tool] | None:
        return get_model_list(self, "tools", Tool)

    @tools.setter
    def tools(self, value: Sequence[Tool | Mapping[str, Any]] | None) -> None:
        self._set("tools", None if value is None else encode_model_list(Tool, value))


class BidiGenerateContentSetupComplete(_Model):
    """Model of schema ``BidiGenerateContentSetupComplete`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class BidiGenerateContentToolCall(_Model):
    """Model of schema ``BidiGenerateContentToolCall`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"function_calls": "functionCalls"}

    def __init__(self, *, function_calls: Sequence[FunctionCall | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if function_calls is not None:
            d["functionCalls"] = encode_model_list(FunctionCall, function_calls)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def function_calls(self) -> list[FunctionCall] | None:
        return get_model_list(self, "functionCalls", FunctionCall)

    @function_calls.setter
    def function_calls(self, value: Sequence[FunctionCall | Mapping[str, Any]] | None) -> None:
        self._set("functionCalls", None if value is None else encode_model_list(FunctionCall, value))


class BidiGenerateContentToolCallCancellation(_Model):
    """Model of schema ``BidiGenerateContentToolCallCancellation`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"ids": "ids"}

    def __init__(self, *, ids: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if ids is not None:
            d["ids"] = list(ids)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def ids(self) -> list[str] | None:
        return get_str_list(self, "ids")

    @ids.setter
    def ids(self, value: Sequence[str] | None) -> None:
        self._set("ids", None if value is None else list(value))


class BidiGenerateContentToolResponse(_Model):
    """Model of schema ``BidiGenerateContentToolResponse`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"function_responses": "functionResponses"}

    def __init__(self, *, function_responses: Sequence[FunctionResponse | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if function_responses is not None:
            d["functionResponses"] = encode_model_list(FunctionResponse, function_responses)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def function_responses(self) -> list[FunctionResponse] | None:
        return get_model_list(self, "functionResponses", FunctionResponse)

    @function_responses.setter
    def function_responses(self, value: Sequence[FunctionResponse | Mapping[str, Any]] | None) -> None:
        self._set("functionResponses", None if value is None else encode_model_list(FunctionResponse, value))


class BidiGenerateContentTranscription(_Model):
    """Model of schema ``BidiGenerateContentTranscription`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"text": "text"}

    def __init__(self, *, text: str | None = None) -> None:
        d: dict[str, Any] = {}
        if text is not None:
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


class Blob(_Model):
    """Model of schema ``Blob`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"data": "data", "mime_type": "mimeType"}

    def __init__(self, *, data: bytes | str | None = None, mime_type: str | None = None) -> None:
        d: dict[str, Any] = {}
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mimeType"] = mime_type
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
    def mime_type(self) -> str | None:
        value = self._data.get("mimeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mimeType")

    @mime_type.setter
    def mime_type(self, value: str | None) -> None:
        self._set("mimeType", value)


class CodeExecution(_Model):
    """Model of schema ``CodeExecution`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class CodeExecutionResult(_Model):
    """Model of schema ``CodeExecutionResult`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"outcome": "outcome", "output": "output"}

    def __init__(self, *, outcome: CodeExecutionResultOutcome | str, output: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["outcome"] = outcome
        if output is not None:
            d["output"] = output
        self._data = d
        self._parent = None
        self._key = None

    @property
    def outcome(self) -> CodeExecutionResultOutcome | str | None:
        value = self._data.get("outcome")
        if value is None or type(value) is str:
            return value
        return get_str(self, "outcome")

    @outcome.setter
    def outcome(self, value: CodeExecutionResultOutcome | str | None) -> None:
        self._set("outcome", value)

    @property
    def output(self) -> str | None:
        value = self._data.get("output")
        if value is None or type(value) is str:
            return value
        return get_str(self, "output")

    @output.setter
    def output(self, value: str | None) -> None:
        self._set("output", value)


class Content(_Model):
    """Model of schema ``Content`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"parts": "parts", "role": "role"}

    def __init__(self, *, parts: Sequence[Part | Mapping[str, Any]] | None = None, role: str | None = None) -> None:
        d: dict[str, Any] = {}
        if parts is not None:
            d["parts"] = encode_model_list(Part, parts)
        if role is not None:
            d["role"] = role
        self._data = d
        self._parent = None
        self._key = None

    @property
    def parts(self) -> list[Part] | None:
        return get_model_list(self, "parts", Part)

    @parts.setter
    def parts(self, value: Sequence[Part | Mapping[str, Any]] | None) -> None:
        self._set("parts", None if value is None else encode_model_list(Part, value))

    @property
    def role(self) -> str | None:
        value = self._data.get("role")
        if value is None or type(value) is str:
            return value
        return get_str(self, "role")

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)


class ContextWindowCompressionConfig(_Model):
    """Model of schema ``ContextWindowCompressionConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"sliding_window": "slidingWindow", "trigger_tokens": "triggerTokens"}

    def __init__(
        self,
        *,
        sliding_window: ContextWindowCompressionConfigSlidingWindow | Mapping[str, Any] | None = None,
        trigger_tokens: int | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if sliding_window is not None:
            d["slidingWindow"] = ContextWindowCompressionConfigSlidingWindow._coerce(sliding_window)
        if trigger_tokens is not None:
            d["triggerTokens"] = encode_int64(trigger_tokens)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def sliding_window(self) -> ContextWindowCompressionConfigSlidingWindow | None:
        return get_model(self, "slidingWindow", ContextWindowCompressionConfigSlidingWindow)

    @sliding_window.setter
    def sliding_window(self, value: ContextWindowCompressionConfigSlidingWindow | Mapping[str, Any] | None) -> None:
        self._set(
            "slidingWindow", None if value is None else ContextWindowCompressionConfigSlidingWindow._coerce(value)
        )

    @property
    def trigger_tokens(self) -> int | None:
        return get_int64(self, "triggerTokens")

    @trigger_tokens.setter
    def trigger_tokens(self, value: int | str | None) -> None:
        self._set("triggerTokens", None if value is None else encode_int64(value))


class ContextWindowCompressionConfigSlidingWindow(_Model):
    """Model of schema ``ContextWindowCompressionConfigSlidingWindow`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"target_tokens": "targetTokens"}

    def __init__(self, *, target_tokens: int | str | None = None) -> None:
        d: dict[str, Any] = {}
        if target_tokens is not None:
            d["targetTokens"] = encode_int64(target_tokens)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def target_tokens(self) -> int | None:
        return get_int64(self, "targetTokens")

    @target_tokens.setter
    def target_tokens(self, value: int | str | None) -> None:
        self._set("targetTokens", None if value is None else encode_int64(value))


class DynamicRetrievalConfig(_Model):
    """Model of schema ``DynamicRetrievalConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"dynamic_threshold": "dynamicThreshold", "mode": "mode"}

    def __init__(
        self, *, dynamic_threshold: float | None = None, mode: DynamicRetrievalConfigMode | str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if dynamic_threshold is not None:
            d["dynamicThreshold"] = dynamic_threshold
        if mode is not None:
            d["mode"] = mode
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("dynamicThreshold",))

    @property
    def dynamic_threshold(self) -> float | None:
        return get_float(self, "dynamicThreshold")

    @dynamic_threshold.setter
    def dynamic_threshold(self, value: float | None) -> None:
        self._set("dynamicThreshold", value)

    @property
    def mode(self) -> DynamicRetrievalConfigMode | str | None:
        value = self._data.get("mode")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mode")

    @mode.setter
    def mode(self, value: DynamicRetrievalConfigMode | str | None) -> None:
        self._set("mode", value)


class ExecutableCode(_Model):
    """Model of schema ``ExecutableCode`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"code": "code", "language": "language"}

    def __init__(self, *, code: str, language: ExecutableCodeLanguage | str) -> None:
        d: dict[str, Any] = {}
        d["code"] = code
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
    def language(self) -> ExecutableCodeLanguage | str | None:
        value = self._data.get("language")
        if value is None or type(value) is str:
            return value
        return get_str(self, "language")

    @language.setter
    def language(self, value: ExecutableCodeLanguage | str | None) -> None:
        self._set("language", value)


class FileData(_Model):
    """Model of schema ``FileData`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"file_uri": "fileUri", "mime_type": "mimeType"}

    def __init__(self, *, file_uri: str, mime_type: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["fileUri"] = file_uri
        if mime_type is not None:
            d["mimeType"] = mime_type
        self._data = d
        self._parent = None
        self._key = None

    @property
    def file_uri(self) -> str | None:
        value = self._data.get("fileUri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "fileUri")

    @file_uri.setter
    def file_uri(self, value: str | None) -> None:
        self._set("fileUri", value)

    @property
    def mime_type(self) -> str | None:
        value = self._data.get("mimeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mimeType")

    @mime_type.setter
    def mime_type(self, value: str | None) -> None:
        self._set("mimeType", value)


class FileSearch(_Model):
    """Model of schema ``FileSearch`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "retrieval_config": "retrievalConfig",
        "retrieval_resources": "retrievalResources",
    }

    def __init__(
        self,
        *,
        retrieval_resources: Sequence[FileSearchRetrievalResource | Mapping[str, Any]],
        retrieval_config: FileSearchRetrievalConfig | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if retrieval_config is not None:
            d["retrievalConfig"] = FileSearchRetrievalConfig._coerce(retrieval_config)
        d["retrievalResources"] = encode_model_list(FileSearchRetrievalResource, retrieval_resources)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def retrieval_config(self) -> FileSearchRetrievalConfig | None:
        return get_model(self, "retrievalConfig", FileSearchRetrievalConfig)

    @retrieval_config.setter
    def retrieval_config(self, value: FileSearchRetrievalConfig | Mapping[str, Any] | None) -> None:
        self._set("retrievalConfig", None if value is None else FileSearchRetrievalConfig._coerce(value))

    @property
    def retrieval_resources(self) -> list[FileSearchRetrievalResource] | None:
        return get_model_list(self, "retrievalResources", FileSearchRetrievalResource)

    @retrieval_resources.setter
    def retrieval_resources(self, value: Sequence[FileSearchRetrievalResource | Mapping[str, Any]] | None) -> None:
        self._set(
            "retrievalResources", None if value is None else encode_model_list(FileSearchRetrievalResource, value)
        )


class FileSearchRetrievalConfig(_Model):
    """Model of schema ``FileSearchRetrievalConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"metadata_filter": "metadataFilter", "top_k": "topK"}

    def __init__(self, *, metadata_filter: str | None = None, top_k: int | None = None) -> None:
        d: dict[str, Any] = {}
        if metadata_filter is not None:
            d["metadataFilter"] = metadata_filter
        if top_k is not None:
            d["topK"] = top_k
        self._data = d
        self._parent = None
        self._key = None

    @property
    def metadata_filter(self) -> str | None:
        value = self._data.get("metadataFilter")
        if value is None or type(value) is str:
            return value
        return get_str(self, "metadataFilter")

    @metadata_filter.setter
    def metadata_filter(self, value: str | None) -> None:
        self._set("metadataFilter", value)

    @property
    def top_k(self) -> int | None:
        value = self._data.get("topK")
        if value is None or type(value) is int:
            return value
        return get_int(self, "topK")

    @top_k.setter
    def top_k(self, value: int | None) -> None:
        self._set("topK", value)


class FileSearchRetrievalResource(_Model):
    """Model of schema ``FileSearchRetrievalResource`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"rag_store_name": "ragStoreName"}

    def __init__(self, *, rag_store_name: str) -> None:
        d: dict[str, Any] = {}
        d["ragStoreName"] = rag_store_name
        self._data = d
        self._parent = None
        self._key = None

    @property
    def rag_store_name(self) -> str | None:
        value = self._data.get("ragStoreName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "ragStoreName")

    @rag_store_name.setter
    def rag_store_name(self, value: str | None) -> None:
        self._set("ragStoreName", value)


class FunctionCall(_Model):
    """Model of schema ``FunctionCall`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"args": "args", "id": "id", "name": "name"}

    def __init__(self, *, name: str, args: Mapping[str, Any] | None = None, id: str | None = None) -> None:
        d: dict[str, Any] = {}
        if args is not None:
            d["args"] = dict(args)
        if id is not None:
            d["id"] = id
        d["name"] = name
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("args",))

    @property
    def args(self) -> dict[str, Any] | None:
        value = self._data.get("args")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "args")

    @args.setter
    def args(self, value: Mapping[str, Any] | None) -> None:
        self._set("args", None if value is None else dict(value))

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


class FunctionDeclaration(_Model):
    """Model of schema ``FunctionDeclaration`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "behavior": "behavior",
        "description": "description",
        "name": "name",
        "parameters": "parameters",
        "parameters_json_schema": "parametersJsonSchema",
        "response": "response",
        "response_json_schema": "responseJsonSchema",
    }

    def __init__(
        self,
        *,
        description: str,
        name: str,
        behavior: FunctionDeclarationBehavior | str | None = None,
        parameters: Schema | Mapping[str, Any] | None = None,
        parameters_json_schema: Any | None = None,
        response: Schema | Mapping[str, Any] | None = None,
        response_json_schema: Any | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if behavior is not None:
            d["behavior"] = behavior
        d["description"] = description
        d["name"] = name
        if parameters is not None:
            d["parameters"] = Schema._coerce(parameters)
        if parameters_json_schema is not None:
            d["parametersJsonSchema"] = encode_union(parameters_json_schema)
        if response is not None:
            d["response"] = Schema._coerce(response)
        if response_json_schema is not None:
            d["responseJsonSchema"] = encode_union(response_json_schema)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "parametersJsonSchema",
                "responseJsonSchema",
            ),
        )

    @property
    def behavior(self) -> FunctionDeclarationBehavior | str | None:
        value = self._data.get("behavior")
        if value is None or type(value) is str:
            return value
        return get_str(self, "behavior")

    @behavior.setter
    def behavior(self, value: FunctionDeclarationBehavior | str | None) -> None:
        self._set("behavior", value)

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
    def parameters(self) -> Schema | None:
        return get_model(self, "parameters", Schema)

    @parameters.setter
    def parameters(self, value: Schema | Mapping[str, Any] | None) -> None:
        self._set("parameters", None if value is None else Schema._coerce(value))

    @property
    def parameters_json_schema(self) -> Any | None:
        return get_any(self, "parametersJsonSchema")

    @parameters_json_schema.setter
    def parameters_json_schema(self, value: Any | None) -> None:
        self._set("parametersJsonSchema", None if value is None else encode_union(value))

    @property
    def response(self) -> Schema | None:
        return get_model(self, "response", Schema)

    @response.setter
    def response(self, value: Schema | Mapping[str, Any] | None) -> None:
        self._set("response", None if value is None else Schema._coerce(value))

    @property
    def response_json_schema(self) -> Any | None:
        return get_any(self, "responseJsonSchema")

    @response_json_schema.setter
    def response_json_schema(self, value: Any | None) -> None:
        self._set("responseJsonSchema", None if value is None else encode_union(value))


class FunctionResponse(_Model):
    """Model of schema ``FunctionResponse`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "parts": "parts",
        "response": "response",
        "scheduling": "scheduling",
        "will_continue": "willContinue",
    }

    def __init__(
        self,
        *,
        name: str,
        response: Mapping[str, Any],
        id: str | None = None,
        parts: Sequence[FunctionResponsePart | Mapping[str, Any]] | None = None,
        scheduling: FunctionResponseScheduling | str | None = None,
        will_continue: bool | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if id is not None:
            d["id"] = id
        d["name"] = name
        if parts is not None:
            d["parts"] = encode_model_list(FunctionResponsePart, parts)
        d["response"] = dict(response)
        if scheduling is not None:
            d["scheduling"] = scheduling
        if will_continue is not None:
            d["willContinue"] = will_continue
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("response",))

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
    def parts(self) -> list[FunctionResponsePart] | None:
        return get_model_list(self, "parts", FunctionResponsePart)

    @parts.setter
    def parts(self, value: Sequence[FunctionResponsePart | Mapping[str, Any]] | None) -> None:
        self._set("parts", None if value is None else encode_model_list(FunctionResponsePart, value))

    @property
    def response(self) -> dict[str, Any] | None:
        value = self._data.get("response")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "response")

    @response.setter
    def response(self, value: Mapping[str, Any] | None) -> None:
        self._set("response", None if value is None else dict(value))

    @property
    def scheduling(self) -> FunctionResponseScheduling | str | None:
        value = self._data.get("scheduling")
        if value is None or type(value) is str:
            return value
        return get_str(self, "scheduling")

    @scheduling.setter
    def scheduling(self, value: FunctionResponseScheduling | str | None) -> None:
        self._set("scheduling", value)

    @property
    def will_continue(self) -> bool | None:
        value = self._data.get("willContinue")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "willContinue")

    @will_continue.setter
    def will_continue(self, value: bool | None) -> None:
        self._set("willContinue", value)


class FunctionResponseBlob(_Model):
    """Model of schema ``FunctionResponseBlob`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"data": "data", "mime_type": "mimeType"}

    def __init__(self, *, data: bytes | str | None = None, mime_type: str | None = None) -> None:
        d: dict[str, Any] = {}
        if data is not None:
            d["data"] = encode_base64(data)
        if mime_type is not None:
            d["mimeType"] = mime_type
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
    def mime_type(self) -> str | None:
        value = self._data.get("mimeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mimeType")

    @mime_type.setter
    def mime_type(self, value: str | None) -> None:
        self._set("mimeType", value)


class FunctionResponsePart(_Model):
    """Model of schema ``FunctionResponsePart`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"inline_data": "inlineData"}

    def __init__(self, *, inline_data: FunctionResponseBlob | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if inline_data is not None:
            d["inlineData"] = FunctionResponseBlob._coerce(inline_data)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def inline_data(self) -> FunctionResponseBlob | None:
        return get_model(self, "inlineData", FunctionResponseBlob)

    @inline_data.setter
    def inline_data(self, value: FunctionResponseBlob | Mapping[str, Any] | None) -> None:
        self._set("inlineData", None if value is None else FunctionResponseBlob._coerce(value))


class GenerationConfig(_Model):
    """Model of schema ``GenerationConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "candidate_count": "candidateCount",
        "enable_enhanced_civic_answers": "enableEnhancedCivicAnswers",
        "frequency_penalty": "frequencyPenalty",
        "image_config": "imageConfig",
        "logprobs": "logprobs",
        "max_output_tokens": "maxOutputTokens",
        "media_resolution": "mediaResolution",
        "presence_penalty": "presencePenalty",
        "response_json_schema": "responseJsonSchema",
        "response_json_schema_ordered": "responseJsonSchemaOrdered",
        "response_logprobs": "responseLogprobs",
        "response_mime_type": "responseMimeType",
        "response_modalities": "responseModalities",
        "response_schema": "responseSchema",
        "seed": "seed",
        "speech_config": "speechConfig",
        "stop_sequences": "stopSequences",
        "temperature": "temperature",
        "thinking_config": "thinkingConfig",
        "top_k": "topK",
        "top_p": "topP",
    }

    def __init__(
        self,
        *,
        candidate_count: int | None = None,
        enable_enhanced_civic_answers: bool | None = None,
        frequency_penalty: float | None = None,
        image_config: ImageConfig | Mapping[str, Any] | None = None,
        logprobs: int | None = None,
        max_output_tokens: int | None = None,
        media_resolution: GenerationConfigMediaResolution | str | None = None,
        presence_penalty: float | None = None,
        response_json_schema: Any | None = None,
        response_json_schema_ordered: Any | None = None,
        response_logprobs: bool | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[GenerationConfigModality | str] | None = None,
        response_schema: Schema | Mapping[str, Any] | None = None,
        seed: int | None = None,
        speech_config: SpeechConfig | Mapping[str, Any] | None = None,
        stop_sequences: Sequence[str] | None = None,
        temperature: float | None = None,
        thinking_config: ThinkingConfig | Mapping[str, Any] | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if candidate_count is not None:
            d["candidateCount"] = candidate_count
        if enable_enhanced_civic_answers is not None:
            d["enableEnhancedCivicAnswers"] = enable_enhanced_civic_answers
        if frequency_penalty is not None:
            d["frequencyPenalty"] = frequency_penalty
        if image_config is not None:
            d["imageConfig"] = ImageConfig._coerce(image_config)
        if logprobs is not None:
            d["logprobs"] = logprobs
        if max_output_tokens is not None:
            d["maxOutputTokens"] = max_output_tokens
        if media_resolution is not None:
            d["mediaResolution"] = media_resolution
        if presence_penalty is not None:
            d["presencePenalty"] = presence_penalty
        if response_json_schema is not None:
            d["responseJsonSchema"] = encode_union(response_json_schema)
        if response_json_schema_ordered is not None:
            d["responseJsonSchemaOrdered"] = encode_union(response_json_schema_ordered)
        if response_logprobs is not None:
            d["responseLogprobs"] = response_logprobs
        if response_mime_type is not None:
            d["responseMimeType"] = response_mime_type
        if response_modalities is not None:
            d["responseModalities"] = list(response_modalities)
        if response_schema is not None:
            d["responseSchema"] = Schema._coerce(response_schema)
        if seed is not None:
            d["seed"] = seed
        if speech_config is not None:
            d["speechConfig"] = SpeechConfig._coerce(speech_config)
        if stop_sequences is not None:
            d["stopSequences"] = list(stop_sequences)
        if temperature is not None:
            d["temperature"] = temperature
        if thinking_config is not None:
            d["thinkingConfig"] = ThinkingConfig._coerce(thinking_config)
        if top_k is not None:
            d["topK"] = top_k
        if top_p is not None:
            d["topP"] = top_p
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "frequencyPenalty",
                "presencePenalty",
                "responseJsonSchema",
                "responseJsonSchemaOrdered",
                "temperature",
                "topP",
            ),
        )

    @property
    def candidate_count(self) -> int | None:
        value = self._data.get("candidateCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "candidateCount")

    @candidate_count.setter
    def candidate_count(self, value: int | None) -> None:
        self._set("candidateCount", value)

    @property
    def enable_enhanced_civic_answers(self) -> bool | None:
        value = self._data.get("enableEnhancedCivicAnswers")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "enableEnhancedCivicAnswers")

    @enable_enhanced_civic_answers.setter
    def enable_enhanced_civic_answers(self, value: bool | None) -> None:
        self._set("enableEnhancedCivicAnswers", value)

    @property
    def frequency_penalty(self) -> float | None:
        return get_float(self, "frequencyPenalty")

    @frequency_penalty.setter
    def frequency_penalty(self, value: float | None) -> None:
        self._set("frequencyPenalty", value)

    @property
    def image_config(self) -> ImageConfig | None:
        return get_model(self, "imageConfig", ImageConfig)

    @image_config.setter
    def image_config(self, value: ImageConfig | Mapping[str, Any] | None) -> None:
        self._set("imageConfig", None if value is None else ImageConfig._coerce(value))

    @property
    def logprobs(self) -> int | None:
        value = self._data.get("logprobs")
        if value is None or type(value) is int:
            return value
        return get_int(self, "logprobs")

    @logprobs.setter
    def logprobs(self, value: int | None) -> None:
        self._set("logprobs", value)

    @property
    def max_output_tokens(self) -> int | None:
        value = self._data.get("maxOutputTokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "maxOutputTokens")

    @max_output_tokens.setter
    def max_output_tokens(self, value: int | None) -> None:
        self._set("maxOutputTokens", value)

    @property
    def media_resolution(self) -> GenerationConfigMediaResolution | str | None:
        value = self._data.get("mediaResolution")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mediaResolution")

    @media_resolution.setter
    def media_resolution(self, value: GenerationConfigMediaResolution | str | None) -> None:
        self._set("mediaResolution", value)

    @property
    def presence_penalty(self) -> float | None:
        return get_float(self, "presencePenalty")

    @presence_penalty.setter
    def presence_penalty(self, value: float | None) -> None:
        self._set("presencePenalty", value)

    @property
    def response_json_schema(self) -> Any | None:
        return get_any(self, "responseJsonSchema")

    @response_json_schema.setter
    def response_json_schema(self, value: Any | None) -> None:
        self._set("responseJsonSchema", None if value is None else encode_union(value))

    @property
    def response_json_schema_ordered(self) -> Any | None:
        return get_any(self, "responseJsonSchemaOrdered")

    @response_json_schema_ordered.setter
    def response_json_schema_ordered(self, value: Any | None) -> None:
        self._set("responseJsonSchemaOrdered", None if value is None else encode_union(value))

    @property
    def response_logprobs(self) -> bool | None:
        value = self._data.get("responseLogprobs")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "responseLogprobs")

    @response_logprobs.setter
    def response_logprobs(self, value: bool | None) -> None:
        self._set("responseLogprobs", value)

    @property
    def response_mime_type(self) -> str | None:
        value = self._data.get("responseMimeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "responseMimeType")

    @response_mime_type.setter
    def response_mime_type(self, value: str | None) -> None:
        self._set("responseMimeType", value)

    @property
    def response_modalities(self) -> list[GenerationConfigModality | str] | None:
        return get_str_list(self, "responseModalities")

    @response_modalities.setter
    def response_modalities(self, value: Sequence[GenerationConfigModality | str] | None) -> None:
        self._set("responseModalities", None if value is None else list(value))

    @property
    def response_schema(self) -> Schema | None:
        return get_model(self, "responseSchema", Schema)

    @response_schema.setter
    def response_schema(self, value: Schema | Mapping[str, Any] | None) -> None:
        self._set("responseSchema", None if value is None else Schema._coerce(value))

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
    def speech_config(self) -> SpeechConfig | None:
        return get_model(self, "speechConfig", SpeechConfig)

    @speech_config.setter
    def speech_config(self, value: SpeechConfig | Mapping[str, Any] | None) -> None:
        self._set("speechConfig", None if value is None else SpeechConfig._coerce(value))

    @property
    def stop_sequences(self) -> list[str] | None:
        return get_str_list(self, "stopSequences")

    @stop_sequences.setter
    def stop_sequences(self, value: Sequence[str] | None) -> None:
        self._set("stopSequences", None if value is None else list(value))

    @property
    def temperature(self) -> float | None:
        return get_float(self, "temperature")

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self._set("temperature", value)

    @property
    def thinking_config(self) -> ThinkingConfig | None:
        return get_model(self, "thinkingConfig", ThinkingConfig)

    @thinking_config.setter
    def thinking_config(self, value: ThinkingConfig | Mapping[str, Any] | None) -> None:
        self._set("thinkingConfig", None if value is None else ThinkingConfig._coerce(value))

    @property
    def top_k(self) -> int | None:
        value = self._data.get("topK")
        if value is None or type(value) is int:
            return value
        return get_int(self, "topK")

    @top_k.setter
    def top_k(self, value: int | None) -> None:
        self._set("topK", value)

    @property
    def top_p(self) -> float | None:
        return get_float(self, "topP")

    @top_p.setter
    def top_p(self, value: float | None) -> None:
        self._set("topP", value)


class GoAway(_Model):
    """Model of schema ``GoAway`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"time_left": "timeLeft"}

    def __init__(self, *, time_left: str | None = None) -> None:
        d: dict[str, Any] = {}
        if time_left is not None:
            d["timeLeft"] = time_left
        self._data = d
        self._parent = None
        self._key = None

    @property
    def time_left(self) -> str | None:
        value = self._data.get("timeLeft")
        if value is None or type(value) is str:
            return value
        return get_str(self, "timeLeft")

    @time_left.setter
    def time_left(self, value: str | None) -> None:
        self._set("timeLeft", value)


class GoogleMaps(_Model):
    """Model of schema ``GoogleMaps`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"enable_widget": "enableWidget"}

    def __init__(self, *, enable_widget: bool | None = None) -> None:
        d: dict[str, Any] = {}
        if enable_widget is not None:
            d["enableWidget"] = enable_widget
        self._data = d
        self._parent = None
        self._key = None

    @property
    def enable_widget(self) -> bool | None:
        value = self._data.get("enableWidget")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "enableWidget")

    @enable_widget.setter
    def enable_widget(self, value: bool | None) -> None:
        self._set("enableWidget", value)


class GoogleSearchRetrieval(_Model):
    """Model of schema ``GoogleSearchRetrieval`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"dynamic_retrieval_config": "dynamicRetrievalConfig"}

    def __init__(self, *, dynamic_retrieval_config: DynamicRetrievalConfig | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if dynamic_retrieval_config is not None:
            d["dynamicRetrievalConfig"] = DynamicRetrievalConfig._coerce(dynamic_retrieval_config)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def dynamic_retrieval_config(self) -> DynamicRetrievalConfig | None:
        return get_model(self, "dynamicRetrievalConfig", DynamicRetrievalConfig)

    @dynamic_retrieval_config.setter
    def dynamic_retrieval_config(self, value: DynamicRetrievalConfig | Mapping[str, Any] | None) -> None:
        self._set("dynamicRetrievalConfig", None if value is None else DynamicRetrievalConfig._coerce(value))


class GroundingChunk(_Model):
    """Model of schema ``GroundingChunk`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"maps": "maps", "retrieved_context": "retrievedContext", "web": "web"}

    def __init__(
        self,
        *,
        maps: GroundingChunkMaps | Mapping[str, Any] | None = None,
        retrieved_context: GroundingChunkRetrievedContext | Mapping[str, Any] | None = None,
        web: GroundingChunkWeb | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if maps is not None:
            d["maps"] = GroundingChunkMaps._coerce(maps)
        if retrieved_context is not None:
            d["retrievedContext"] = GroundingChunkRetrievedContext._coerce(retrieved_context)
        if web is not None:
            d["web"] = GroundingChunkWeb._coerce(web)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def maps(self) -> GroundingChunkMaps | None:
        return get_model(self, "maps", GroundingChunkMaps)

    @maps.setter
    def maps(self, value: GroundingChunkMaps | Mapping[str, Any] | None) -> None:
        self._set("maps", None if value is None else GroundingChunkMaps._coerce(value))

    @property
    def retrieved_context(self) -> GroundingChunkRetrievedContext | None:
        return get_model(self, "retrievedContext", GroundingChunkRetrievedContext)

    @retrieved_context.setter
    def retrieved_context(self, value: GroundingChunkRetrievedContext | Mapping[str, Any] | None) -> None:
        self._set("retrievedContext", None if value is None else GroundingChunkRetrievedContext._coerce(value))

    @property
    def web(self) -> GroundingChunkWeb | None:
        return get_model(self, "web", GroundingChunkWeb)

    @web.setter
    def web(self, value: GroundingChunkWeb | Mapping[str, Any] | None) -> None:
        self._set("web", None if value is None else GroundingChunkWeb._coerce(value))


class GroundingChunkMaps(_Model):
    """Model of schema ``GroundingChunkMaps`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "place_answer_sources": "placeAnswerSources",
        "place_id": "placeId",
        "text": "text",
        "title": "title",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        place_answer_sources: GroundingChunkMapsPlaceAnswerSources | Mapping[str, Any] | None = None,
        place_id: str | None = None,
        text: str | None = None,
        title: str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if place_answer_sources is not None:
            d["placeAnswerSources"] = GroundingChunkMapsPlaceAnswerSources._coerce(place_answer_sources)
        if place_id is not None:
            d["placeId"] = place_id
        if text is not None:
            d["text"] = text
        if title is not None:
            d["title"] = title
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

    @property
    def place_answer_sources(self) -> GroundingChunkMapsPlaceAnswerSources | None:
        return get_model(self, "placeAnswerSources", GroundingChunkMapsPlaceAnswerSources)

    @place_answer_sources.setter
    def place_answer_sources(self, value: GroundingChunkMapsPlaceAnswerSources | Mapping[str, Any] | None) -> None:
        self._set("placeAnswerSources", None if value is None else GroundingChunkMapsPlaceAnswerSources._coerce(value))

    @property
    def place_id(self) -> str | None:
        value = self._data.get("placeId")
        if value is None or type(value) is str:
            return value
        return get_str(self, "placeId")

    @place_id.setter
    def place_id(self, value: str | None) -> None:
        self._set("placeId", value)

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
    def title(self) -> str | None:
        value = self._data.get("title")
        if value is None or type(value) is str:
            return value
        return get_str(self, "title")

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class GroundingChunkMapsPlaceAnswerSources(_Model):
    """Model of schema ``GroundingChunkMapsPlaceAnswerSources`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"review_snippets": "reviewSnippets"}

    def __init__(
        self,
        *,
        review_snippets: Sequence[GroundingChunkMapsPlaceAnswerSourcesReviewSnippet | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if review_snippets is not None:
            d["reviewSnippets"] = encode_model_list(GroundingChunkMapsPlaceAnswerSourcesReviewSnippet, review_snippets)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def review_snippets(self) -> list[GroundingChunkMapsPlaceAnswerSourcesReviewSnippet] | None:
        return get_model_list(self, "reviewSnippets", GroundingChunkMapsPlaceAnswerSourcesReviewSnippet)

    @review_snippets.setter
    def review_snippets(
        self, value: Sequence[GroundingChunkMapsPlaceAnswerSourcesReviewSnippet | Mapping[str, Any]] | None
    ) -> None:
        self._set(
            "reviewSnippets",
            None if value is None else encode_model_list(GroundingChunkMapsPlaceAnswerSourcesReviewSnippet, value),
        )


class GroundingChunkMapsPlaceAnswerSourcesReviewSnippet(_Model):
    """Model of schema ``GroundingChunkMapsPlaceAnswerSourcesReviewSnippet`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "google_maps_uri": "googleMapsUri",
        "review_id": "reviewId",
        "title": "title",
    }

    def __init__(
        self, *, google_maps_uri: str | None = None, review_id: str | None = None, title: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if google_maps_uri is not None:
            d["googleMapsUri"] = google_maps_uri
        if review_id is not None:
            d["reviewId"] = review_id
        if title is not None:
            d["title"] = title
        self._data = d
        self._parent = None
        self._key = None

    @property
    def google_maps_uri(self) -> str | None:
        value = self._data.get("googleMapsUri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "googleMapsUri")

    @google_maps_uri.setter
    def google_maps_uri(self, value: str | None) -> None:
        self._set("googleMapsUri", value)

    @property
    def review_id(self) -> str | None:
        value = self._data.get("reviewId")
        if value is None or type(value) is str:
            return value
        return get_str(self, "reviewId")

    @review_id.setter
    def review_id(self, value: str | None) -> None:
        self._set("reviewId", value)

    @property
    def title(self) -> str | None:
        value = self._data.get("title")
        if value is None or type(value) is str:
            return value
        return get_str(self, "title")

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)


class GroundingChunkRetrievedContext(_Model):
    """Model of schema ``GroundingChunkRetrievedContext`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"text": "text", "title": "title", "uri": "uri"}

    def __init__(self, *, text: str | None = None, title: str | None = None, uri: str | None = None) -> None:
        d: dict[str, Any] = {}
        if text is not None:
            d["text"] = text
        if title is not None:
            d["title"] = title
        if uri is not None:
            d["uri"] = uri
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
    def title(self) -> str | None:
        value = self._data.get("title")
        if value is None or type(value) is str:
            return value
        return get_str(self, "title")

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class GroundingChunkWeb(_Model):
    """Model of schema ``GroundingChunkWeb`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"title": "title", "uri": "uri"}

    def __init__(self, *, title: str | None = None, uri: str | None = None) -> None:
        d: dict[str, Any] = {}
        if title is not None:
            d["title"] = title
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

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
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class GroundingMetadata(_Model):
    """Model of schema ``GroundingMetadata`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "google_maps_widget_context_token": "googleMapsWidgetContextToken",
        "grounding_chunks": "groundingChunks",
        "grounding_supports": "groundingSupports",
        "retrieval_metadata": "retrievalMetadata",
        "search_entry_point": "searchEntryPoint",
        "web_search_queries": "webSearchQueries",
    }

    def __init__(
        self,
        *,
        google_maps_widget_context_token: str | None = None,
        grounding_chunks: Sequence[GroundingChunk | Mapping[str, Any]] | None = None,
        grounding_supports: Sequence[GroundingSupport | Mapping[str, Any]] | None = None,
        retrieval_metadata: RetrievalMetadata | Mapping[str, Any] | None = None,
        search_entry_point: SearchEntryPoint | Mapping[str, Any] | None = None,
        web_search_queries: Sequence[str] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if google_maps_widget_context_token is not None:
            d["googleMapsWidgetContextToken"] = google_maps_widget_context_token
        if grounding_chunks is not None:
            d["groundingChunks"] = encode_model_list(GroundingChunk, grounding_chunks)
        if grounding_supports is not None:
            d["groundingSupports"] = encode_model_list(GroundingSupport, grounding_supports)
        if retrieval_metadata is not None:
            d["retrievalMetadata"] = RetrievalMetadata._coerce(retrieval_metadata)
        if search_entry_point is not None:
            d["searchEntryPoint"] = SearchEntryPoint._coerce(search_entry_point)
        if web_search_queries is not None:
            d["webSearchQueries"] = list(web_search_queries)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def google_maps_widget_context_token(self) -> str | None:
        value = self._data.get("googleMapsWidgetContextToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "googleMapsWidgetContextToken")

    @google_maps_widget_context_token.setter
    def google_maps_widget_context_token(self, value: str | None) -> None:
        self._set("googleMapsWidgetContextToken", value)

    @property
    def grounding_chunks(self) -> list[GroundingChunk] | None:
        return get_model_list(self, "groundingChunks", GroundingChunk)

    @grounding_chunks.setter
    def grounding_chunks(self, value: Sequence[GroundingChunk | Mapping[str, Any]] | None) -> None:
        self._set("groundingChunks", None if value is None else encode_model_list(GroundingChunk, value))

    @property
    def grounding_supports(self) -> list[GroundingSupport] | None:
        return get_model_list(self, "groundingSupports", GroundingSupport)

    @grounding_supports.setter
    def grounding_supports(self, value: Sequence[GroundingSupport | Mapping[str, Any]] | None) -> None:
        self._set("groundingSupports", None if value is None else encode_model_list(GroundingSupport, value))

    @property
    def retrieval_metadata(self) -> RetrievalMetadata | None:
        return get_model(self, "retrievalMetadata", RetrievalMetadata)

    @retrieval_metadata.setter
    def retrieval_metadata(self, value: RetrievalMetadata | Mapping[str, Any] | None) -> None:
        self._set("retrievalMetadata", None if value is None else RetrievalMetadata._coerce(value))

    @property
    def search_entry_point(self) -> SearchEntryPoint | None:
        return get_model(self, "searchEntryPoint", SearchEntryPoint)

    @search_entry_point.setter
    def search_entry_point(self, value: SearchEntryPoint | Mapping[str, Any] | None) -> None:
        self._set("searchEntryPoint", None if value is None else SearchEntryPoint._coerce(value))

    @property
    def web_search_queries(self) -> list[str] | None:
        return get_str_list(self, "webSearchQueries")

    @web_search_queries.setter
    def web_search_queries(self, value: Sequence[str] | None) -> None:
        self._set("webSearchQueries", None if value is None else list(value))


class GroundingSupport(_Model):
    """Model of schema ``GroundingSupport`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "confidence_scores": "confidenceScores",
        "grounding_chunk_indices": "groundingChunkIndices",
        "segment": "segment",
    }

    def __init__(
        self,
        *,
        confidence_scores: Sequence[float] | None = None,
        grounding_chunk_indices: Sequence[int] | None = None,
        segment: Segment | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if confidence_scores is not None:
            d["confidenceScores"] = list(confidence_scores)
        if grounding_chunk_indices is not None:
            d["groundingChunkIndices"] = list(grounding_chunk_indices)
        if segment is not None:
            d["segment"] = Segment._coerce(segment)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("confidenceScores",))

    @property
    def confidence_scores(self) -> list[float] | None:
        return get_float_list(self, "confidenceScores")

    @confidence_scores.setter
    def confidence_scores(self, value: Sequence[float] | None) -> None:
        self._set("confidenceScores", None if value is None else list(value))

    @property
    def grounding_chunk_indices(self) -> list[int] | None:
        return get_int_list(self, "groundingChunkIndices")

    @grounding_chunk_indices.setter
    def grounding_chunk_indices(self, value: Sequence[int] | None) -> None:
        self._set("groundingChunkIndices", None if value is None else list(value))

    @property
    def segment(self) -> Segment | None:
        return get_model(self, "segment", Segment)

    @segment.setter
    def segment(self, value: Segment | Mapping[str, Any] | None) -> None:
        self._set("segment", None if value is None else Segment._coerce(value))


class ImageConfig(_Model):
    """Model of schema ``ImageConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"aspect_ratio": "aspectRatio"}

    def __init__(self, *, aspect_ratio: str | None = None) -> None:
        d: dict[str, Any] = {}
        if aspect_ratio is not None:
            d["aspectRatio"] = aspect_ratio
        self._data = d
        self._parent = None
        self._key = None

    @property
    def aspect_ratio(self) -> str | None:
        value = self._data.get("aspectRatio")
        if value is None or type(value) is str:
            return value
        return get_str(self, "aspectRatio")

    @aspect_ratio.setter
    def aspect_ratio(self, value: str | None) -> None:
        self._set("aspectRatio", value)


class ModalityTokenCount(_Model):
    """Model of schema ``ModalityTokenCount`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"modality": "modality", "token_count": "tokenCount"}

    def __init__(self, *, modality: Modality | str | None = None, token_count: int | None = None) -> None:
        d: dict[str, Any] = {}
        if modality is not None:
            d["modality"] = modality
        if token_count is not None:
            d["tokenCount"] = token_count
        self._data = d
        self._parent = None
        self._key = None

    @property
    def modality(self) -> Modality | str | None:
        value = self._data.get("modality")
        if value is None or type(value) is str:
            return value
        return get_str(self, "modality")

    @modality.setter
    def modality(self, value: Modality | str | None) -> None:
        self._set("modality", value)

    @property
    def token_count(self) -> int | None:
        value = self._data.get("tokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "tokenCount")

    @token_count.setter
    def token_count(self, value: int | None) -> None:
        self._set("tokenCount", value)


class MultiSpeakerVoiceConfig(_Model):
    """Model of schema ``MultiSpeakerVoiceConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"speaker_voice_configs": "speakerVoiceConfigs"}

    def __init__(self, *, speaker_voice_configs: Sequence[SpeakerVoiceConfig | Mapping[str, Any]]) -> None:
        d: dict[str, Any] = {}
        d["speakerVoiceConfigs"] = encode_model_list(SpeakerVoiceConfig, speaker_voice_configs)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def speaker_voice_configs(self) -> list[SpeakerVoiceConfig] | None:
        return get_model_list(self, "speakerVoiceConfigs", SpeakerVoiceConfig)

    @speaker_voice_configs.setter
    def speaker_voice_configs(self, value: Sequence[SpeakerVoiceConfig | Mapping[str, Any]] | None) -> None:
        self._set("speakerVoiceConfigs", None if value is None else encode_model_list(SpeakerVoiceConfig, value))


class Part(_Model, PartMixin):
    """Model of schema ``Part`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code_execution_result": "codeExecutionResult",
        "executable_code": "executableCode",
        "file_data": "fileData",
        "function_call": "functionCall",
        "function_response": "functionResponse",
        "inline_data": "inlineData",
        "part_metadata": "partMetadata",
        "text": "text",
        "thought": "thought",
        "thought_signature": "thoughtSignature",
        "video_metadata": "videoMetadata",
    }

    def __init__(
        self,
        *,
        code_execution_result: CodeExecutionResult | Mapping[str, Any] | None = None,
        executable_code: ExecutableCode | Mapping[str, Any] | None = None,
        file_data: FileData | Mapping[str, Any] | None = None,
        function_call: FunctionCall | Mapping[str, Any] | None = None,
        function_response: FunctionResponse | Mapping[str, Any] | None = None,
        inline_data: Blob | Mapping[str, Any] | None = None,
        part_metadata: Mapping[str, Any] | None = None,
        text: str | None = None,
        thought: bool | None = None,
        thought_signature: bytes | str | None = None,
        video_metadata: VideoMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if code_execution_result is not None:
            d["codeExecutionResult"] = CodeExecutionResult._coerce(code_execution_result)
        if executable_code is not None:
            d["executableCode"] = ExecutableCode._coerce(executable_code)
        if file_data is not None:
            d["fileData"] = FileData._coerce(file_data)
        if function_call is not None:
            d["functionCall"] = FunctionCall._coerce(function_call)
        if function_response is not None:
            d["functionResponse"] = FunctionResponse._coerce(function_response)
        if inline_data is not None:
            d["inlineData"] = Blob._coerce(inline_data)
        if part_metadata is not None:
            d["partMetadata"] = dict(part_metadata)
        if text is not None:
            d["text"] = text
        if thought is not None:
            d["thought"] = thought
        if thought_signature is not None:
            d["thoughtSignature"] = encode_base64(thought_signature)
        if video_metadata is not None:
            d["videoMetadata"] = VideoMetadata._coerce(video_metadata)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("partMetadata",))

    @property
    def code_execution_result(self) -> CodeExecutionResult | None:
        return get_model(self, "codeExecutionResult", CodeExecutionResult)

    @code_execution_result.setter
    def code_execution_result(self, value: CodeExecutionResult | Mapping[str, Any] | None) -> None:
        self._set("codeExecutionResult", None if value is None else CodeExecutionResult._coerce(value))

    @property
    def executable_code(self) -> ExecutableCode | None:
        return get_model(self, "executableCode", ExecutableCode)

    @executable_code.setter
    def executable_code(self, value: ExecutableCode | Mapping[str, Any] | None) -> None:
        self._set("executableCode", None if value is None else ExecutableCode._coerce(value))

    @property
    def file_data(self) -> FileData | None:
        return get_model(self, "fileData", FileData)

    @file_data.setter
    def file_data(self, value: FileData | Mapping[str, Any] | None) -> None:
        self._set("fileData", None if value is None else FileData._coerce(value))

    @property
    def function_call(self) -> FunctionCall | None:
        return get_model(self, "functionCall", FunctionCall)

    @function_call.setter
    def function_call(self, value: FunctionCall | Mapping[str, Any] | None) -> None:
        self._set("functionCall", None if value is None else FunctionCall._coerce(value))

    @property
    def function_response(self) -> FunctionResponse | None:
        return get_model(self, "functionResponse", FunctionResponse)

    @function_response.setter
    def function_response(self, value: FunctionResponse | Mapping[str, Any] | None) -> None:
        self._set("functionResponse", None if value is None else FunctionResponse._coerce(value))

    @property
    def inline_data(self) -> Blob | None:
        return get_model(self, "inlineData", Blob)

    @inline_data.setter
    def inline_data(self, value: Blob | Mapping[str, Any] | None) -> None:
        self._set("inlineData", None if value is None else Blob._coerce(value))

    @property
    def part_metadata(self) -> dict[str, Any] | None:
        value = self._data.get("partMetadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "partMetadata")

    @part_metadata.setter
    def part_metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("partMetadata", None if value is None else dict(value))

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
    def thought(self) -> bool | None:
        value = self._data.get("thought")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "thought")

    @thought.setter
    def thought(self, value: bool | None) -> None:
        self._set("thought", value)

    @property
    def thought_signature(self) -> bytes | None:
        return get_bytes(self, "thoughtSignature")

    @thought_signature.setter
    def thought_signature(self, value: bytes | str | None) -> None:
        self._set("thoughtSignature", None if value is None else encode_base64(value))

    @property
    def video_metadata(self) -> VideoMetadata | None:
        return get_model(self, "videoMetadata", VideoMetadata)

    @video_metadata.setter
    def video_metadata(self, value: VideoMetadata | Mapping[str, Any] | None) -> None:
        self._set("videoMetadata", None if value is None else VideoMetadata._coerce(value))


class PrebuiltVoiceConfig(_Model):
    """Model of schema ``PrebuiltVoiceConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"voice_name": "voiceName"}

    def __init__(self, *, voice_name: str | None = None) -> None:
        d: dict[str, Any] = {}
        if voice_name is not None:
            d["voiceName"] = voice_name
        self._data = d
        self._parent = None
        self._key = None

    @property
    def voice_name(self) -> str | None:
        value = self._data.get("voiceName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "voiceName")

    @voice_name.setter
    def voice_name(self, value: str | None) -> None:
        self._set("voiceName", value)


class RealtimeInputConfig(_Model):
    """Model of schema ``RealtimeInputConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "activity_handling": "activityHandling",
        "automatic_activity_detection": "automaticActivityDetection",
        "turn_coverage": "turnCoverage",
    }

    def __init__(
        self,
        *,
        activity_handling: RealtimeInputConfigActivityHandling | str | None = None,
        automatic_activity_detection: RealtimeInputConfigAutomaticActivityDetection | Mapping[str, Any] | None = None,
        turn_coverage: RealtimeInputConfigTurnCoverage | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if activity_handling is not None:
            d["activityHandling"] = activity_handling
        if automatic_activity_detection is not None:
            d["automaticActivityDetection"] = RealtimeInputConfigAutomaticActivityDetection._coerce(
                automatic_activity_detection
            )
        if turn_coverage is not None:
            d["turnCoverage"] = turn_coverage
        self._data = d
        self._parent = None
        self._key = None

    @property
    def activity_handling(self) -> RealtimeInputConfigActivityHandling | str | None:
        value = self._data.get("activityHandling")
        if value is None or type(value) is str:
            return value
        return get_str(self, "activityHandling")

    @activity_handling.setter
    def activity_handling(self, value: RealtimeInputConfigActivityHandling | str | None) -> None:
        self._set("activityHandling", value)

    @property
    def automatic_activity_detection(self) -> RealtimeInputConfigAutomaticActivityDetection | None:
        return get_model(self, "automaticActivityDetection", RealtimeInputConfigAutomaticActivityDetection)

    @automatic_activity_detection.setter
    def automatic_activity_detection(
        self, value: RealtimeInputConfigAutomaticActivityDetection | Mapping[str, Any] | None
    ) -> None:
        self._set(
            "automaticActivityDetection",
            None if value is None else RealtimeInputConfigAutomaticActivityDetection._coerce(value),
        )

    @property
    def turn_coverage(self) -> RealtimeInputConfigTurnCoverage | str | None:
        value = self._data.get("turnCoverage")
        if value is None or type(value) is str:
            return value
        return get_str(self, "turnCoverage")

    @turn_coverage.setter
    def turn_coverage(self, value: RealtimeInputConfigTurnCoverage | str | None) -> None:
        self._set("turnCoverage", value)


class RealtimeInputConfigAutomaticActivityDetection(_Model):
    """Model of schema ``RealtimeInputConfigAutomaticActivityDetection`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "disabled": "disabled",
        "end_of_speech_sensitivity": "endOfSpeechSensitivity",
        "prefix_padding_ms": "prefixPaddingMs",
        "silence_duration_ms": "silenceDurationMs",
        "start_of_speech_sensitivity": "startOfSpeechSensitivity",
    }

    def __init__(
        self,
        *,
        disabled: bool | None = None,
        end_of_speech_sensitivity: RealtimeInputConfigAutomaticActivityDetectionEndSensitivity | str | None = None,
        prefix_padding_ms: int | None = None,
        silence_duration_ms: int | None = None,
        start_of_speech_sensitivity: RealtimeInputConfigAutomaticActivityDetectionStartSensitivity | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if disabled is not None:
            d["disabled"] = disabled
        if end_of_speech_sensitivity is not None:
            d["endOfSpeechSensitivity"] = end_of_speech_sensitivity
        if prefix_padding_ms is not None:
            d["prefixPaddingMs"] = prefix_padding_ms
        if silence_duration_ms is not None:
            d["silenceDurationMs"] = silence_duration_ms
        if start_of_speech_sensitivity is not None:
            d["startOfSpeechSensitivity"] = start_of_speech_sensitivity
        self._data = d
        self._parent = None
        self._key = None

    @property
    def disabled(self) -> bool | None:
        value = self._data.get("disabled")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "disabled")

    @disabled.setter
    def disabled(self, value: bool | None) -> None:
        self._set("disabled", value)

    @property
    def end_of_speech_sensitivity(self) -> RealtimeInputConfigAutomaticActivityDetectionEndSensitivity | str | None:
        value = self._data.get("endOfSpeechSensitivity")
        if value is None or type(value) is str:
            return value
        return get_str(self, "endOfSpeechSensitivity")

    @end_of_speech_sensitivity.setter
    def end_of_speech_sensitivity(
        self, value: RealtimeInputConfigAutomaticActivityDetectionEndSensitivity | str | None
    ) -> None:
        self._set("endOfSpeechSensitivity", value)

    @property
    def prefix_padding_ms(self) -> int | None:
        value = self._data.get("prefixPaddingMs")
        if value is None or type(value) is int:
            return value
        return get_int(self, "prefixPaddingMs")

    @prefix_padding_ms.setter
    def prefix_padding_ms(self, value: int | None) -> None:
        self._set("prefixPaddingMs", value)

    @property
    def silence_duration_ms(self) -> int | None:
        value = self._data.get("silenceDurationMs")
        if value is None or type(value) is int:
            return value
        return get_int(self, "silenceDurationMs")

    @silence_duration_ms.setter
    def silence_duration_ms(self, value: int | None) -> None:
        self._set("silenceDurationMs", value)

    @property
    def start_of_speech_sensitivity(self) -> RealtimeInputConfigAutomaticActivityDetectionStartSensitivity | str | None:
        value = self._data.get("startOfSpeechSensitivity")
        if value is None or type(value) is str:
            return value
        return get_str(self, "startOfSpeechSensitivity")

    @start_of_speech_sensitivity.setter
    def start_of_speech_sensitivity(
        self, value: RealtimeInputConfigAutomaticActivityDetectionStartSensitivity | str | None
    ) -> None:
        self._set("startOfSpeechSensitivity", value)


class RetrievalMetadata(_Model):
    """Model of schema ``RetrievalMetadata`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "google_search_dynamic_retrieval_score": "googleSearchDynamicRetrievalScore"
    }

    def __init__(self, *, google_search_dynamic_retrieval_score: float | None = None) -> None:
        d: dict[str, Any] = {}
        if google_search_dynamic_retrieval_score is not None:
            d["googleSearchDynamicRetrievalScore"] = google_search_dynamic_retrieval_score
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("googleSearchDynamicRetrievalScore",))

    @property
    def google_search_dynamic_retrieval_score(self) -> float | None:
        return get_float(self, "googleSearchDynamicRetrievalScore")

    @google_search_dynamic_retrieval_score.setter
    def google_search_dynamic_retrieval_score(self, value: float | None) -> None:
        self._set("googleSearchDynamicRetrievalScore", value)


class Schema(_Model):
    """Model of schema ``Schema`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "any_of": "anyOf",
        "default": "default",
        "description": "description",
        "enum": "enum",
        "example": "example",
        "format": "format",
        "items": "items",
        "max_items": "maxItems",
        "max_length": "maxLength",
        "max_properties": "maxProperties",
        "maximum": "maximum",
        "min_items": "minItems",
        "min_length": "minLength",
        "min_properties": "minProperties",
        "minimum": "minimum",
        "nullable": "nullable",
        "pattern": "pattern",
        "properties": "properties",
        "property_ordering": "propertyOrdering",
        "required": "required",
        "title": "title",
        "type": "type",
    }

    def __init__(
        self,
        *,
        type: Type | str,
        any_of: Sequence[Schema | Mapping[str, Any]] | None = None,
        default: Any | None = None,
        description: str | None = None,
        enum: Sequence[str] | None = None,
        example: Any | None = None,
        format: str | None = None,
        items: Schema | Mapping[str, Any] | None = None,
        max_items: int | str | None = None,
        max_length: int | str | None = None,
        max_properties: int | str | None = None,
        maximum: float | None = None,
        min_items: int | str | None = None,
        min_length: int | str | None = None,
        min_properties: int | str | None = None,
        minimum: float | None = None,
        nullable: bool | None = None,
        pattern: str | None = None,
        properties: Mapping[str, Schema | Mapping[str, Any]] | None = None,
        property_ordering: Sequence[str] | None = None,
        required: Sequence[str] | None = None,
        title: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if any_of is not None:
            d["anyOf"] = encode_model_list(Schema, any_of)
        if default is not None:
            d["default"] = encode_union(default)
        if description is not None:
            d["description"] = description
        if enum is not None:
            d["enum"] = list(enum)
        if example is not None:
            d["example"] = encode_union(example)
        if format is not None:
            d["format"] = format
        if items is not None:
            d["items"] = Schema._coerce(items)
        if max_items is not None:
            d["maxItems"] = encode_int64(max_items)
        if max_length is not None:
            d["maxLength"] = encode_int64(max_length)
        if max_properties is not None:
            d["maxProperties"] = encode_int64(max_properties)
        if maximum is not None:
            d["maximum"] = maximum
        if min_items is not None:
            d["minItems"] = encode_int64(min_items)
        if min_length is not None:
            d["minLength"] = encode_int64(min_length)
        if min_properties is not None:
            d["minProperties"] = encode_int64(min_properties)
        if minimum is not None:
            d["minimum"] = minimum
        if nullable is not None:
            d["nullable"] = nullable
        if pattern is not None:
            d["pattern"] = pattern
        if properties is not None:
            d["properties"] = encode_model_map(Schema, properties)
        if property_ordering is not None:
            d["propertyOrdering"] = list(property_ordering)
        if required is not None:
            d["required"] = list(required)
        if title is not None:
            d["title"] = title
        d["type"] = type
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "default",
                "example",
                "maximum",
                "minimum",
            ),
        )

    @property
    def any_of(self) -> list[Schema] | None:
        return get_model_list(self, "anyOf", Schema)

    @any_of.setter
    def any_of(self, value: Sequence[Schema | Mapping[str, Any]] | None) -> None:
        self._set("anyOf", None if value is None else encode_model_list(Schema, value))

    @property
    def default(self) -> Any | None:
        return get_any(self, "default")

    @default.setter
    def default(self, value: Any | None) -> None:
        self._set("default", None if value is None else encode_union(value))

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
    def enum(self) -> list[str] | None:
        return get_str_list(self, "enum")

    @enum.setter
    def enum(self, value: Sequence[str] | None) -> None:
        self._set("enum", None if value is None else list(value))

    @property
    def example(self) -> Any | None:
        return get_any(self, "example")

    @example.setter
    def example(self, value: Any | None) -> None:
        self._set("example", None if value is None else encode_union(value))

    @property
    def format(self) -> str | None:
        value = self._data.get("format")
        if value is None or type(value) is str:
            return value
        return get_str(self, "format")

    @format.setter
    def format(self, value: str | None) -> None:
        self._set("format", value)

    @property
    def items(self) -> Schema | None:
        return get_model(self, "items", Schema)

    @items.setter
    def items(self, value: Schema | Mapping[str, Any] | None) -> None:
        self._set("items", None if value is None else Schema._coerce(value))

    @property
    def max_items(self) -> int | None:
        return get_int64(self, "maxItems")

    @max_items.setter
    def max_items(self, value: int | str | None) -> None:
        self._set("maxItems", None if value is None else encode_int64(value))

    @property
    def max_length(self) -> int | None:
        return get_int64(self, "maxLength")

    @max_length.setter
    def max_length(self, value: int | str | None) -> None:
        self._set("maxLength", None if value is None else encode_int64(value))

    @property
    def max_properties(self) -> int | None:
        return get_int64(self, "maxProperties")

    @max_properties.setter
    def max_properties(self, value: int | str | None) -> None:
        self._set("maxProperties", None if value is None else encode_int64(value))

    @property
    def maximum(self) -> float | None:
        return get_float(self, "maximum")

    @maximum.setter
    def maximum(self, value: float | None) -> None:
        self._set("maximum", value)

    @property
    def min_items(self) -> int | None:
        return get_int64(self, "minItems")

    @min_items.setter
    def min_items(self, value: int | str | None) -> None:
        self._set("minItems", None if value is None else encode_int64(value))

    @property
    def min_length(self) -> int | None:
        return get_int64(self, "minLength")

    @min_length.setter
    def min_length(self, value: int | str | None) -> None:
        self._set("minLength", None if value is None else encode_int64(value))

    @property
    def min_properties(self) -> int | None:
        return get_int64(self, "minProperties")

    @min_properties.setter
    def min_properties(self, value: int | str | None) -> None:
        self._set("minProperties", None if value is None else encode_int64(value))

    @property
    def minimum(self) -> float | None:
        return get_float(self, "minimum")

    @minimum.setter
    def minimum(self, value: float | None) -> None:
        self._set("minimum", value)

    @property
    def nullable(self) -> bool | None:
        value = self._data.get("nullable")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "nullable")

    @nullable.setter
    def nullable(self, value: bool | None) -> None:
        self._set("nullable", value)

    @property
    def pattern(self) -> str | None:
        value = self._data.get("pattern")
        if value is None or type(value) is str:
            return value
        return get_str(self, "pattern")

    @pattern.setter
    def pattern(self, value: str | None) -> None:
        self._set("pattern", value)

    @property
    def properties(self) -> dict[str, Schema] | None:
        return get_model_map(self, "properties", Schema)

    @properties.setter
    def properties(self, value: Mapping[str, Schema | Mapping[str, Any]] | None) -> None:
        self._set("properties", None if value is None else encode_model_map(Schema, value))

    @property
    def property_ordering(self) -> list[str] | None:
        return get_str_list(self, "propertyOrdering")

    @property_ordering.setter
    def property_ordering(self, value: Sequence[str] | None) -> None:
        self._set("propertyOrdering", None if value is None else list(value))

    @property
    def required(self) -> list[str] | None:
        return get_str_list(self, "required")

    @required.setter
    def required(self, value: Sequence[str] | None) -> None:
        self._set("required", None if value is None else list(value))

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
    def type(self) -> Type | str | None:
        value = self._data.get("type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "type")

    @type.setter
    def type(self, value: Type | str | None) -> None:
        self._set("type", value)


class SearchEntryPoint(_Model):
    """Model of schema ``SearchEntryPoint`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"rendered_content": "renderedContent", "sdk_blob": "sdkBlob"}

    def __init__(self, *, rendered_content: str | None = None, sdk_blob: bytes | str | None = None) -> None:
        d: dict[str, Any] = {}
        if rendered_content is not None:
            d["renderedContent"] = rendered_content
        if sdk_blob is not None:
            d["sdkBlob"] = encode_base64(sdk_blob)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def rendered_content(self) -> str | None:
        value = self._data.get("renderedContent")
        if value is None or type(value) is str:
            return value
        return get_str(self, "renderedContent")

    @rendered_content.setter
    def rendered_content(self, value: str | None) -> None:
        self._set("renderedContent", value)

    @property
    def sdk_blob(self) -> bytes | None:
        return get_bytes(self, "sdkBlob")

    @sdk_blob.setter
    def sdk_blob(self, value: bytes | str | None) -> None:
        self._set("sdkBlob", None if value is None else encode_base64(value))


class Segment(_Model):
    """Model of schema ``Segment`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "end_index": "endIndex",
        "part_index": "partIndex",
        "start_index": "startIndex",
        "text": "text",
    }

    def __init__(
        self,
        *,
        end_index: int | None = None,
        part_index: int | None = None,
        start_index: int | None = None,
        text: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if end_index is not None:
            d["endIndex"] = end_index
        if part_index is not None:
            d["partIndex"] = part_index
        if start_index is not None:
            d["startIndex"] = start_index
        if text is not None:
            d["text"] = text
        self._data = d
        self._parent = None
        self._key = None

    @property
    def end_index(self) -> int | None:
        value = self._data.get("endIndex")
        if value is None or type(value) is int:
            return value
        return get_int(self, "endIndex")

    @end_index.setter
    def end_index(self, value: int | None) -> None:
        self._set("endIndex", value)

    @property
    def part_index(self) -> int | None:
        value = self._data.get("partIndex")
        if value is None or type(value) is int:
            return value
        return get_int(self, "partIndex")

    @part_index.setter
    def part_index(self, value: int | None) -> None:
        self._set("partIndex", value)

    @property
    def start_index(self) -> int | None:
        value = self._data.get("startIndex")
        if value is None or type(value) is int:
            return value
        return get_int(self, "startIndex")

    @start_index.setter
    def start_index(self, value: int | None) -> None:
        self._set("startIndex", value)

    @property
    def text(self) -> str | None:
        value = self._data.get("text")
        if value is None or type(value) is str:
            return value
        return get_str(self, "text")

    @text.setter
    def text(self, value: str | None) -> None:
        self._set("text", value)


class SessionResumptionConfig(_Model):
    """Model of schema ``SessionResumptionConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"handle": "handle"}

    def __init__(self, *, handle: str | None = None) -> None:
        d: dict[str, Any] = {}
        if handle is not None:
            d["handle"] = handle
        self._data = d
        self._parent = None
        self._key = None

    @property
    def handle(self) -> str | None:
        value = self._data.get("handle")
        if value is None or type(value) is str:
            return value
        return get_str(self, "handle")

    @handle.setter
    def handle(self, value: str | None) -> None:
        self._set("handle", value)


class SessionResumptionUpdate(_Model):
    """Model of schema ``SessionResumptionUpdate`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"new_handle": "newHandle", "resumable": "resumable"}

    def __init__(self, *, new_handle: str | None = None, resumable: bool | None = None) -> None:
        d: dict[str, Any] = {}
        if new_handle is not None:
            d["newHandle"] = new_handle
        if resumable is not None:
            d["resumable"] = resumable
        self._data = d
        self._parent = None
        self._key = None

    @property
    def new_handle(self) -> str | None:
        value = self._data.get("newHandle")
        if value is None or type(value) is str:
            return value
        return get_str(self, "newHandle")

    @new_handle.setter
    def new_handle(self, value: str | None) -> None:
        self._set("newHandle", value)

    @property
    def resumable(self) -> bool | None:
        value = self._data.get("resumable")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "resumable")

    @resumable.setter
    def resumable(self, value: bool | None) -> None:
        self._set("resumable", value)


class SpeakerVoiceConfig(_Model):
    """Model of schema ``SpeakerVoiceConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"speaker": "speaker", "voice_config": "voiceConfig"}

    def __init__(self, *, speaker: str, voice_config: VoiceConfig | Mapping[str, Any]) -> None:
        d: dict[str, Any] = {}
        d["speaker"] = speaker
        d["voiceConfig"] = VoiceConfig._coerce(voice_config)
        self._data = d
        self._parent = None
        self._key = None

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
    def voice_config(self) -> VoiceConfig | None:
        return get_model(self, "voiceConfig", VoiceConfig)

    @voice_config.setter
    def voice_config(self, value: VoiceConfig | Mapping[str, Any] | None) -> None:
        self._set("voiceConfig", None if value is None else VoiceConfig._coerce(value))


class SpeechConfig(_Model):
    """Model of schema ``SpeechConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "language_code": "languageCode",
        "multi_speaker_voice_config": "multiSpeakerVoiceConfig",
        "voice_config": "voiceConfig",
    }

    def __init__(
        self,
        *,
        language_code: str | None = None,
        multi_speaker_voice_config: MultiSpeakerVoiceConfig | Mapping[str, Any] | None = None,
        voice_config: VoiceConfig | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if language_code is not None:
            d["languageCode"] = language_code
        if multi_speaker_voice_config is not None:
            d["multiSpeakerVoiceConfig"] = MultiSpeakerVoiceConfig._coerce(multi_speaker_voice_config)
        if voice_config is not None:
            d["voiceConfig"] = VoiceConfig._coerce(voice_config)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def language_code(self) -> str | None:
        value = self._data.get("languageCode")
        if value is None or type(value) is str:
            return value
        return get_str(self, "languageCode")

    @language_code.setter
    def language_code(self, value: str | None) -> None:
        self._set("languageCode", value)

    @property
    def multi_speaker_voice_config(self) -> MultiSpeakerVoiceConfig | None:
        return get_model(self, "multiSpeakerVoiceConfig", MultiSpeakerVoiceConfig)

    @multi_speaker_voice_config.setter
    def multi_speaker_voice_config(self, value: MultiSpeakerVoiceConfig | Mapping[str, Any] | None) -> None:
        self._set("multiSpeakerVoiceConfig", None if value is None else MultiSpeakerVoiceConfig._coerce(value))

    @property
    def voice_config(self) -> VoiceConfig | None:
        return get_model(self, "voiceConfig", VoiceConfig)

    @voice_config.setter
    def voice_config(self, value: VoiceConfig | Mapping[str, Any] | None) -> None:
        self._set("voiceConfig", None if value is None else VoiceConfig._coerce(value))


class ThinkingConfig(_Model):
    """Model of schema ``ThinkingConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "include_thoughts": "includeThoughts",
        "thinking_budget": "thinkingBudget",
    }

    def __init__(self, *, include_thoughts: bool | None = None, thinking_budget: int | None = None) -> None:
        d: dict[str, Any] = {}
        if include_thoughts is not None:
            d["includeThoughts"] = include_thoughts
        if thinking_budget is not None:
            d["thinkingBudget"] = thinking_budget
        self._data = d
        self._parent = None
        self._key = None

    @property
    def include_thoughts(self) -> bool | None:
        value = self._data.get("includeThoughts")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "includeThoughts")

    @include_thoughts.setter
    def include_thoughts(self, value: bool | None) -> None:
        self._set("includeThoughts", value)

    @property
    def thinking_budget(self) -> int | None:
        value = self._data.get("thinkingBudget")
        if value is None or type(value) is int:
            return value
        return get_int(self, "thinkingBudget")

    @thinking_budget.setter
    def thinking_budget(self, value: int | None) -> None:
        self._set("thinkingBudget", value)


class Tool(_Model):
    """Model of schema ``Tool`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code_execution": "codeExecution",
        "computer_use": "computerUse",
        "file_search": "fileSearch",
        "function_declarations": "functionDeclarations",
        "google_maps": "googleMaps",
        "google_search": "googleSearch",
        "google_search_retrieval": "googleSearchRetrieval",
        "url_context": "urlContext",
    }

    def __init__(
        self,
        *,
        code_execution: CodeExecution | Mapping[str, Any] | None = None,
        computer_use: ToolComputerUse | Mapping[str, Any] | None = None,
        file_search: FileSearch | Mapping[str, Any] | None = None,
        function_declarations: Sequence[FunctionDeclaration | Mapping[str, Any]] | None = None,
        google_maps: GoogleMaps | Mapping[str, Any] | None = None,
        google_search: ToolGoogleSearch | Mapping[str, Any] | None = None,
        google_search_retrieval: GoogleSearchRetrieval | Mapping[str, Any] | None = None,
        url_context: UrlContext | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if code_execution is not None:
            d["codeExecution"] = CodeExecution._coerce(code_execution)
        if computer_use is not None:
            d["computerUse"] = ToolComputerUse._coerce(computer_use)
        if file_search is not None:
            d["fileSearch"] = FileSearch._coerce(file_search)
        if function_declarations is not None:
            d["functionDeclarations"] = encode_model_list(FunctionDeclaration, function_declarations)
        if google_maps is not None:
            d["googleMaps"] = GoogleMaps._coerce(google_maps)
        if google_search is not None:
            d["googleSearch"] = ToolGoogleSearch._coerce(google_search)
        if google_search_retrieval is not None:
            d["googleSearchRetrieval"] = GoogleSearchRetrieval._coerce(google_search_retrieval)
        if url_context is not None:
            d["urlContext"] = UrlContext._coerce(url_context)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def code_execution(self) -> CodeExecution | None:
        return get_model(self, "codeExecution", CodeExecution)

    @code_execution.setter
    def code_execution(self, value: CodeExecution | Mapping[str, Any] | None) -> None:
        self._set("codeExecution", None if value is None else CodeExecution._coerce(value))

    @property
    def computer_use(self) -> ToolComputerUse | None:
        return get_model(self, "computerUse", ToolComputerUse)

    @computer_use.setter
    def computer_use(self, value: ToolComputerUse | Mapping[str, Any] | None) -> None:
        self._set("computerUse", None if value is None else ToolComputerUse._coerce(value))

    @property
    def file_search(self) -> FileSearch | None:
        return get_model(self, "fileSearch", FileSearch)

    @file_search.setter
    def file_search(self, value: FileSearch | Mapping[str, Any] | None) -> None:
        self._set("fileSearch", None if value is None else FileSearch._coerce(value))

    @property
    def function_declarations(self) -> list[FunctionDeclaration] | None:
        return get_model_list(self, "functionDeclarations", FunctionDeclaration)

    @function_declarations.setter
    def function_declarations(self, value: Sequence[FunctionDeclaration | Mapping[str, Any]] | None) -> None:
        self._set("functionDeclarations", None if value is None else encode_model_list(FunctionDeclaration, value))

    @property
    def google_maps(self) -> GoogleMaps | None:
        return get_model(self, "googleMaps", GoogleMaps)

    @google_maps.setter
    def google_maps(self, value: GoogleMaps | Mapping[str, Any] | None) -> None:
        self._set("googleMaps", None if value is None else GoogleMaps._coerce(value))

    @property
    def google_search(self) -> ToolGoogleSearch | None:
        return get_model(self, "googleSearch", ToolGoogleSearch)

    @google_search.setter
    def google_search(self, value: ToolGoogleSearch | Mapping[str, Any] | None) -> None:
        self._set("googleSearch", None if value is None else ToolGoogleSearch._coerce(value))

    @property
    def google_search_retrieval(self) -> GoogleSearchRetrieval | None:
        return get_model(self, "googleSearchRetrieval", GoogleSearchRetrieval)

    @google_search_retrieval.setter
    def google_search_retrieval(self, value: GoogleSearchRetrieval | Mapping[str, Any] | None) -> None:
        self._set("googleSearchRetrieval", None if value is None else GoogleSearchRetrieval._coerce(value))

    @property
    def url_context(self) -> UrlContext | None:
        return get_model(self, "urlContext", UrlContext)

    @url_context.setter
    def url_context(self, value: UrlContext | Mapping[str, Any] | None) -> None:
        self._set("urlContext", None if value is None else UrlContext._coerce(value))


class ToolComputerUse(_Model):
    """Model of schema ``ToolComputerUse`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "environment": "environment",
        "excluded_predefined_functions": "excludedPredefinedFunctions",
    }

    def __init__(
        self,
        *,
        environment: ToolComputerUseEnvironment | str,
        excluded_predefined_functions: Sequence[str] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["environment"] = environment
        if excluded_predefined_functions is not None:
            d["excludedPredefinedFunctions"] = list(excluded_predefined_functions)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def environment(self) -> ToolComputerUseEnvironment | str | None:
        value = self._data.get("environment")
        if value is None or type(value) is str:
            return value
        return get_str(self, "environment")

    @environment.setter
    def environment(self, value: ToolComputerUseEnvironment | str | None) -> None:
        self._set("environment", value)

    @property
    def excluded_predefined_functions(self) -> list[str] | None:
        return get_str_list(self, "excludedPredefinedFunctions")

    @excluded_predefined_functions.setter
    def excluded_predefined_functions(self, value: Sequence[str] | None) -> None:
        self._set("excludedPredefinedFunctions", None if value is None else list(value))


class ToolGoogleSearch(_Model):
    """Model of schema ``ToolGoogleSearch`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"time_range_filter": "timeRangeFilter"}

    def __init__(self, *, time_range_filter: typeInterval | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if time_range_filter is not None:
            d["timeRangeFilter"] = typeInterval._coerce(time_range_filter)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def time_range_filter(self) -> typeInterval | None:
        return get_model(self, "timeRangeFilter", typeInterval)

    @time_range_filter.setter
    def time_range_filter(self, value: typeInterval | Mapping[str, Any] | None) -> None:
        self._set("timeRangeFilter", None if value is None else typeInterval._coerce(value))


class UrlContext(_Model):
    """Model of schema ``UrlContext`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class UrlContextMetadata(_Model):
    """Model of schema ``UrlContextMetadata`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"url_metadata": "urlMetadata"}

    def __init__(self, *, url_metadata: Sequence[UrlMetadata | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if url_metadata is not None:
            d["urlMetadata"] = encode_model_list(UrlMetadata, url_metadata)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def url_metadata(self) -> list[UrlMetadata] | None:
        return get_model_list(self, "urlMetadata", UrlMetadata)

    @url_metadata.setter
    def url_metadata(self, value: Sequence[UrlMetadata | Mapping[str, Any]] | None) -> None:
        self._set("urlMetadata", None if value is None else encode_model_list(UrlMetadata, value))


class UrlMetadata(_Model):
    """Model of schema ``UrlMetadata`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "retrieved_url": "retrievedUrl",
        "url_retrieval_status": "urlRetrievalStatus",
    }

    def __init__(
        self,
        *,
        retrieved_url: str | None = None,
        url_retrieval_status: UrlMetadataUrlRetrievalStatus | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if retrieved_url is not None:
            d["retrievedUrl"] = retrieved_url
        if url_retrieval_status is not None:
            d["urlRetrievalStatus"] = url_retrieval_status
        self._data = d
        self._parent = None
        self._key = None

    @property
    def retrieved_url(self) -> str | None:
        value = self._data.get("retrievedUrl")
        if value is None or type(value) is str:
            return value
        return get_str(self, "retrievedUrl")

    @retrieved_url.setter
    def retrieved_url(self, value: str | None) -> None:
        self._set("retrievedUrl", value)

    @property
    def url_retrieval_status(self) -> UrlMetadataUrlRetrievalStatus | str | None:
        value = self._data.get("urlRetrievalStatus")
        if value is None or type(value) is str:
            return value
        return get_str(self, "urlRetrievalStatus")

    @url_retrieval_status.setter
    def url_retrieval_status(self, value: UrlMetadataUrlRetrievalStatus | str | None) -> None:
        self._set("urlRetrievalStatus", value)


class UsageMetadata(_Model):
    """Model of schema ``UsageMetadata`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "cache_tokens_details": "cacheTokensDetails",
        "cached_content_token_count": "cachedContentTokenCount",
        "prompt_token_count": "promptTokenCount",
        "prompt_tokens_details": "promptTokensDetails",
        "response_token_count": "responseTokenCount",
        "response_tokens_details": "responseTokensDetails",
        "thoughts_token_count": "thoughtsTokenCount",
        "tool_use_prompt_token_count": "toolUsePromptTokenCount",
        "tool_use_prompt_tokens_details": "toolUsePromptTokensDetails",
        "total_token_count": "totalTokenCount",
    }

    def __init__(
        self,
        *,
        cache_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
        cached_content_token_count: int | None = None,
        prompt_token_count: int | None = None,
        prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
        response_token_count: int | None = None,
        response_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
        thoughts_token_count: int | None = None,
        tool_use_prompt_token_count: int | None = None,
        tool_use_prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
        total_token_count: int | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if cache_tokens_details is not None:
            d["cacheTokensDetails"] = encode_model_list(ModalityTokenCount, cache_tokens_details)
        if cached_content_token_count is not None:
            d["cachedContentTokenCount"] = cached_content_token_count
        if prompt_token_count is not None:
            d["promptTokenCount"] = prompt_token_count
        if prompt_tokens_details is not None:
            d["promptTokensDetails"] = encode_model_list(ModalityTokenCount, prompt_tokens_details)
        if response_token_count is not None:
            d["responseTokenCount"] = response_token_count
        if response_tokens_details is not None:
            d["responseTokensDetails"] = encode_model_list(ModalityTokenCount, response_tokens_details)
        if thoughts_token_count is not None:
            d["thoughtsTokenCount"] = thoughts_token_count
        if tool_use_prompt_token_count is not None:
            d["toolUsePromptTokenCount"] = tool_use_prompt_token_count
        if tool_use_prompt_tokens_details is not None:
            d["toolUsePromptTokensDetails"] = encode_model_list(ModalityTokenCount, tool_use_prompt_tokens_details)
        if total_token_count is not None:
            d["totalTokenCount"] = total_token_count
        self._data = d
        self._parent = None
        self._key = None

    @property
    def cache_tokens_details(self) -> list[ModalityTokenCount] | None:
        return get_model_list(self, "cacheTokensDetails", ModalityTokenCount)

    @cache_tokens_details.setter
    def cache_tokens_details(self, value: Sequence[ModalityTokenCount | Mapping[str, Any]] | None) -> None:
        self._set("cacheTokensDetails", None if value is None else encode_model_list(ModalityTokenCount, value))

    @property
    def cached_content_token_count(self) -> int | None:
        value = self._data.get("cachedContentTokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "cachedContentTokenCount")

    @cached_content_token_count.setter
    def cached_content_token_count(self, value: int | None) -> None:
        self._set("cachedContentTokenCount", value)

    @property
    def prompt_token_count(self) -> int | None:
        value = self._data.get("promptTokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "promptTokenCount")

    @prompt_token_count.setter
    def prompt_token_count(self, value: int | None) -> None:
        self._set("promptTokenCount", value)

    @property
    def prompt_tokens_details(self) -> list[ModalityTokenCount] | None:
        return get_model_list(self, "promptTokensDetails", ModalityTokenCount)

    @prompt_tokens_details.setter
    def prompt_tokens_details(self, value: Sequence[ModalityTokenCount | Mapping[str, Any]] | None) -> None:
        self._set("promptTokensDetails", None if value is None else encode_model_list(ModalityTokenCount, value))

    @property
    def response_token_count(self) -> int | None:
        value = self._data.get("responseTokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "responseTokenCount")

    @response_token_count.setter
    def response_token_count(self, value: int | None) -> None:
        self._set("responseTokenCount", value)

    @property
    def response_tokens_details(self) -> list[ModalityTokenCount] | None:
        return get_model_list(self, "responseTokensDetails", ModalityTokenCount)

    @response_tokens_details.setter
    def response_tokens_details(self, value: Sequence[ModalityTokenCount | Mapping[str, Any]] | None) -> None:
        self._set("responseTokensDetails", None if value is None else encode_model_list(ModalityTokenCount, value))

    @property
    def thoughts_token_count(self) -> int | None:
        value = self._data.get("thoughtsTokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "thoughtsTokenCount")

    @thoughts_token_count.setter
    def thoughts_token_count(self, value: int | None) -> None:
        self._set("thoughtsTokenCount", value)

    @property
    def tool_use_prompt_token_count(self) -> int | None:
        value = self._data.get("toolUsePromptTokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "toolUsePromptTokenCount")

    @tool_use_prompt_token_count.setter
    def tool_use_prompt_token_count(self, value: int | None) -> None:
        self._set("toolUsePromptTokenCount", value)

    @property
    def tool_use_prompt_tokens_details(self) -> list[ModalityTokenCount] | None:
        return get_model_list(self, "toolUsePromptTokensDetails", ModalityTokenCount)

    @tool_use_prompt_tokens_details.setter
    def tool_use_prompt_tokens_details(self, value: Sequence[ModalityTokenCount | Mapping[str, Any]] | None) -> None:
        self._set("toolUsePromptTokensDetails", None if value is None else encode_model_list(ModalityTokenCount, value))

    @property
    def total_token_count(self) -> int | None:
        value = self._data.get("totalTokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "totalTokenCount")

    @total_token_count.setter
    def total_token_count(self, value: int | None) -> None:
        self._set("totalTokenCount", value)


class VideoMetadata(_Model):
    """Model of schema ``VideoMetadata`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"end_offset": "endOffset", "fps": "fps", "start_offset": "startOffset"}

    def __init__(
        self, *, end_offset: str | None = None, fps: float | None = None, start_offset: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if end_offset is not None:
            d["endOffset"] = end_offset
        if fps is not None:
            d["fps"] = fps
        if start_offset is not None:
            d["startOffset"] = start_offset
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("fps",))

    @property
    def end_offset(self) -> str | None:
        value = self._data.get("endOffset")
        if value is None or type(value) is str:
            return value
        return get_str(self, "endOffset")

    @end_offset.setter
    def end_offset(self, value: str | None) -> None:
        self._set("endOffset", value)

    @property
    def fps(self) -> float | None:
        return get_float(self, "fps")

    @fps.setter
    def fps(self, value: float | None) -> None:
        self._set("fps", value)

    @property
    def start_offset(self) -> str | None:
        value = self._data.get("startOffset")
        if value is None or type(value) is str:
            return value
        return get_str(self, "startOffset")

    @start_offset.setter
    def start_offset(self, value: str | None) -> None:
        self._set("startOffset", value)


class VoiceConfig(_Model):
    """Model of schema ``VoiceConfig`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"prebuilt_voice_config": "prebuiltVoiceConfig"}

    def __init__(self, *, prebuilt_voice_config: PrebuiltVoiceConfig | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if prebuilt_voice_config is not None:
            d["prebuiltVoiceConfig"] = PrebuiltVoiceConfig._coerce(prebuilt_voice_config)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def prebuilt_voice_config(self) -> PrebuiltVoiceConfig | None:
        return get_model(self, "prebuiltVoiceConfig", PrebuiltVoiceConfig)

    @prebuilt_voice_config.setter
    def prebuilt_voice_config(self, value: PrebuiltVoiceConfig | Mapping[str, Any] | None) -> None:
        self._set("prebuiltVoiceConfig", None if value is None else PrebuiltVoiceConfig._coerce(value))


class typeInterval(_Model):
    """Model of schema ``typeInterval`` (live-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"end_time": "endTime", "start_time": "startTime"}

    def __init__(self, *, end_time: str | None = None, start_time: str | None = None) -> None:
        d: dict[str, Any] = {}
        if end_time is not None:
            d["endTime"] = end_time
        if start_time is not None:
            d["startTime"] = start_time
        self._data = d
        self._parent = None
        self._key = None

    @property
    def end_time(self) -> str | None:
        value = self._data.get("endTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "endTime")

    @end_time.setter
    def end_time(self, value: str | None) -> None:
        self._set("endTime", value)

    @property
    def start_time(self) -> str | None:
        value = self._data.get("startTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "startTime")

    @start_time.setter
    def start_time(self, value: str | None) -> None:
        self._set("startTime", value)


BidiGenerateContentClientContent._nested = {"turns": partial(encode_model_list, Content)}
BidiGenerateContentClientMessage._nested = {
    "clientContent": BidiGenerateContentClientContent._coerce,
    "realtimeInput": BidiGenerateContentRealtimeInput._coerce,
    "setup": BidiGenerateContentSetup._coerce,
    "toolResponse": BidiGenerateContentToolResponse._coerce,
}
BidiGenerateContentRealtimeInput._nested = {
    "activityEnd": BidiGenerateContentRealtimeInputActivityEnd._coerce,
    "activityStart": BidiGenerateContentRealtimeInputActivityStart._coerce,
    "audio": Blob._coerce,
    "mediaChunks": partial(encode_model_list, Blob),
    "video": Blob._coerce,
}
BidiGenerateContentServerContent._nested = {
    "groundingMetadata": GroundingMetadata._coerce,
    "inputTranscription": BidiGenerateContentTranscription._coerce,
    "modelTurn": Content._coerce,
    "outputTranscription": BidiGenerateContentTranscription._coerce,
    "urlContextMetadata": UrlContextMetadata._coerce,
}
BidiGenerateContentServerMessage._nested = {
    "goAway": GoAway._coerce,
    "serverContent": BidiGenerateContentServerContent._coerce,
    "sessionResumptionUpdate": SessionResumptionUpdate._coerce,
    "setupComplete": BidiGenerateContentSetupComplete._coerce,
    "toolCall": BidiGenerateContentToolCall._coerce,
    "toolCallCancellation": BidiGenerateContentToolCallCancellation._coerce,
    "usageMetadata": UsageMetadata._coerce,
}
BidiGenerateContentSetup._nested = {
    "contextWindowCompression": ContextWindowCompressionConfig._coerce,
    "generationConfig": GenerationConfig._coerce,
    "inputAudioTranscription": AudioTranscriptionConfig._coerce,
    "outputAudioTranscription": AudioTranscriptionConfig._coerce,
    "realtimeInputConfig": RealtimeInputConfig._coerce,
    "sessionResumption": SessionResumptionConfig._coerce,
    "systemInstruction": Content._coerce,
    "tools": partial(encode_model_list, Tool),
}
BidiGenerateContentToolCall._nested = {"functionCalls": partial(encode_model_list, FunctionCall)}
BidiGenerateContentToolCallCancellation._nested = {"ids": lambda v: list(v)}
BidiGenerateContentToolResponse._nested = {"functionResponses": partial(encode_model_list, FunctionResponse)}
Blob._nested = {"data": encode_base64}
Content._nested = {"parts": partial(encode_model_list, Part)}
ContextWindowCompressionConfig._nested = {
    "slidingWindow": ContextWindowCompressionConfigSlidingWindow._coerce,
    "triggerTokens": encode_int64,
}
ContextWindowCompressionConfigSlidingWindow._nested = {"targetTokens": encode_int64}
FileSearch._nested = {
    "retrievalConfig": FileSearchRetrievalConfig._coerce,
    "retrievalResources": partial(encode_model_list, FileSearchRetrievalResource),
}
FunctionCall._nested = {"args": lambda v: dict(v)}
FunctionDeclaration._nested = {
    "parameters": Schema._coerce,
    "parametersJsonSchema": lambda v: encode_union(v),
    "response": Schema._coerce,
    "responseJsonSchema": lambda v: encode_union(v),
}
FunctionResponse._nested = {"parts": partial(encode_model_list, FunctionResponsePart), "response": lambda v: dict(v)}
FunctionResponseBlob._nested = {"data": encode_base64}
FunctionResponsePart._nested = {"inlineData": FunctionResponseBlob._coerce}
GenerationConfig._nested = {
    "imageConfig": ImageConfig._coerce,
    "responseJsonSchema": lambda v: encode_union(v),
    "responseJsonSchemaOrdered": lambda v: encode_union(v),
    "responseModalities": lambda v: list(v),
    "responseSchema": Schema._coerce,
    "speechConfig": SpeechConfig._coerce,
    "stopSequences": lambda v: list(v),
    "thinkingConfig": ThinkingConfig._coerce,
}
GoogleSearchRetrieval._nested = {"dynamicRetrievalConfig": DynamicRetrievalConfig._coerce}
GroundingChunk._nested = {
    "maps": GroundingChunkMaps._coerce,
    "retrievedContext": GroundingChunkRetrievedContext._coerce,
    "web": GroundingChunkWeb._coerce,
}
GroundingChunkMaps._nested = {"placeAnswerSources": GroundingChunkMapsPlaceAnswerSources._coerce}
GroundingChunkMapsPlaceAnswerSources._nested = {
    "reviewSnippets": partial(encode_model_list, GroundingChunkMapsPlaceAnswerSourcesReviewSnippet)
}
GroundingMetadata._nested = {
    "groundingChunks": partial(encode_model_list, GroundingChunk),
    "groundingSupports": partial(encode_model_list, GroundingSupport),
    "retrievalMetadata": RetrievalMetadata._coerce,
    "searchEntryPoint": SearchEntryPoint._coerce,
    "webSearchQueries": lambda v: list(v),
}
GroundingSupport._nested = {
    "confidenceScores": lambda v: list(v),
    "groundingChunkIndices": lambda v: list(v),
    "segment": Segment._coerce,
}
MultiSpeakerVoiceConfig._nested = {"speakerVoiceConfigs": partial(encode_model_list, SpeakerVoiceConfig)}
Part._nested = {
    "codeExecutionResult": CodeExecutionResult._coerce,
    "executableCode": ExecutableCode._coerce,
    "fileData": FileData._coerce,
    "functionCall": FunctionCall._coerce,
    "functionResponse": FunctionResponse._coerce,
    "inlineData": Blob._coerce,
    "partMetadata": lambda v: dict(v),
    "thoughtSignature": encode_base64,
    "videoMetadata": VideoMetadata._coerce,
}
RealtimeInputConfig._nested = {"automaticActivityDetection": RealtimeInputConfigAutomaticActivityDetection._coerce}
Schema._nested = {
    "anyOf": partial(encode_model_list, Schema),
    "default": lambda v: encode_union(v),
    "enum": lambda v: list(v),
    "example": lambda v: encode_union(v),
    "items": Schema._coerce,
    "maxItems": encode_int64,
    "maxLength": encode_int64,
    "maxProperties": encode_int64,
    "minItems": encode_int64,
    "minLength": encode_int64,
    "minProperties": encode_int64,
    "properties": partial(encode_model_map, Schema),
    "propertyOrdering": lambda v: list(v),
    "required": lambda v: list(v),
}
SearchEntryPoint._nested = {"sdkBlob": encode_base64}
SpeakerVoiceConfig._nested = {"voiceConfig": VoiceConfig._coerce}
SpeechConfig._nested = {"multiSpeakerVoiceConfig": MultiSpeakerVoiceConfig._coerce, "voiceConfig": VoiceConfig._coerce}
Tool._nested = {
    "codeExecution": CodeExecution._coerce,
    "computerUse": ToolComputerUse._coerce,
    "fileSearch": FileSearch._coerce,
    "functionDeclarations": partial(encode_model_list, FunctionDeclaration),
    "googleMaps": GoogleMaps._coerce,
    "googleSearch": ToolGoogleSearch._coerce,
    "googleSearchRetrieval": GoogleSearchRetrieval._coerce,
    "urlContext": UrlContext._coerce,
}
ToolComputerUse._nested = {"excludedPredefinedFunctions": lambda v: list(v)}
ToolGoogleSearch._nested = {"timeRangeFilter": typeInterval._coerce}
UrlContextMetadata._nested = {"urlMetadata": partial(encode_model_list, UrlMetadata)}
UsageMetadata._nested = {
    "cacheTokensDetails": partial(encode_model_list, ModalityTokenCount),
    "promptTokensDetails": partial(encode_model_list, ModalityTokenCount),
    "responseTokensDetails": partial(encode_model_list, ModalityTokenCount),
    "toolUsePromptTokensDetails": partial(encode_model_list, ModalityTokenCount),
}
VoiceConfig._nested = {"prebuiltVoiceConfig": PrebuiltVoiceConfig._coerce}
