# Generated from specs/gemini-v1beta.json (sha256 a2f1b395758d2810) by `nox -s generate`; do not edit.
"""Typed models of ``gemini-v1beta.json``: one class per object schema, type aliases for enums and unions."""

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
    get_int64_list,
    get_int_list,
    get_list,
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
    "AsyncBatchEmbedContentRequest",
    "AttributionSourceId",
    "AudioTranscriptionConfig",
    "AuthToken",
    "AutomaticActivityDetection",
    "AutomaticActivityDetectionEndOfSpeechSensitivity",
    "AutomaticActivityDetectionStartOfSpeechSensitivity",
    "BatchEmbedContentsRequest",
    "BatchEmbedContentsResponse",
    "BatchEmbedTextRequest",
    "BatchEmbedTextResponse",
    "BatchGenerateContentRequest",
    "BatchStats",
    "BidiGenerateContentSetup",
    "Blob",
    "CachedContent",
    "CachedContentUsageMetadata",
    "Candidate",
    "CandidateFinishReason",
    "ChunkingConfig",
    "CitationMetadata",
    "CitationSource",
    "CodeExecution",
    "CodeExecutionResult",
    "CodeExecutionResultOutcome",
    "ComputerUse",
    "ComputerUseEnvironment",
    "Condition",
    "ConditionOperation",
    "Content",
    "ContentEmbedding",
    "ContentFilter",
    "ContentFilterReason",
    "ContextWindowCompressionConfig",
    "Corpus",
    "CountMessageTokensRequest",
    "CountMessageTokensResponse",
    "CountTextTokensRequest",
    "CountTextTokensResponse",
    "CountTokensRequest",
    "CountTokensResponse",
    "CreateFileRequest",
    "CreateFileResponse",
    "CustomLongRunningOperation",
    "CustomMetadata",
    "Dataset",
    "Document",
    "DocumentState",
    "DownloadFileResponse",
    "DynamicRetrievalConfig",
    "DynamicRetrievalConfigMode",
    "EmbedContentBatch",
    "EmbedContentBatchOutput",
    "EmbedContentBatchState",
    "EmbedContentBatchStats",
    "EmbedContentRequest",
    "EmbedContentRequestTaskType",
    "EmbedContentResponse",
    "EmbedTextRequest",
    "EmbedTextResponse",
    "Embedding",
    "EmbeddingUsageMetadata",
    "Empty",
    "Example",
    "ExecutableCode",
    "ExecutableCodeLanguage",
    "File",
    "FileData",
    "FileSearch",
    "FileSearchStore",
    "FileSource",
    "FileState",
    "FunctionCall",
    "FunctionCallingConfig",
    "FunctionCallingConfigMode",
    "FunctionDeclaration",
    "FunctionDeclarationBehavior",
    "FunctionResponse",
    "FunctionResponseBlob",
    "FunctionResponsePart",
    "FunctionResponseScheduling",
    "GenerateAnswerRequest",
    "GenerateAnswerRequestAnswerStyle",
    "GenerateAnswerResponse",
    "GenerateContentBatch",
    "GenerateContentBatchOutput",
    "GenerateContentBatchState",
    "GenerateContentRequest",
    "GenerateContentRequestServiceTier",
    "GenerateContentResponse",
    "GenerateMessageRequest",
    "GenerateMessageResponse",
    "GenerateTextRequest",
    "GenerateTextResponse",
    "GeneratedFile",
    "GeneratedFileState",
    "GenerationConfig",
    "GenerationConfigMediaResolution",
    "GenerationConfigResponseModalities",
    "GoogleAiGenerativelanguageV1alphaGroundingSupport",
    "GoogleAiGenerativelanguageV1alphaSegment",
    "GoogleMaps",
    "GoogleSearch",
    "GoogleSearchRetrieval",
    "GroundingAttribution",
    "GroundingChunk",
    "GroundingChunkCustomMetadata",
    "GroundingChunkStringList",
    "GroundingMetadata",
    "GroundingPassage",
    "GroundingPassageId",
    "GroundingPassages",
    "HistoryConfig",
    "Hyperparameters",
    "Image",
    "ImageConfig",
    "ImageSearch",
    "ImportFileRequest",
    "InlinedEmbedContentRequest",
    "InlinedEmbedContentRequests",
    "InlinedEmbedContentResponse",
    "InlinedEmbedContentResponses",
    "InlinedRequest",
    "InlinedRequests",
    "InlinedResponse",
    "InlinedResponses",
    "InputConfig",
    "InputEmbedContentConfig",
    "InputFeedback",
    "InputFeedbackBlockReason",
    "Interval",
    "LatLng",
    "ListCachedContentsResponse",
    "ListCorporaResponse",
    "ListDocumentsResponse",
    "ListFileSearchStoresResponse",
    "ListFilesResponse",
    "ListGeneratedFilesResponse",
    "ListModelsResponse",
    "ListOperationsResponse",
    "ListPermissionsResponse",
    "ListTunedModelsResponse",
    "LogprobsResult",
    "LogprobsResultCandidate",
    "Maps",
    "McpServer",
    "MediaResolution",
    "MediaResolutionLevel",
    "Message",
    "MessagePrompt",
    "MetadataFilter",
    "ModalityTokenCount",
    "ModalityTokenCountModality",
    "Model",
    "ModelStatus",
    "ModelStatusModelStage",
    "MultiSpeakerVoiceConfig",
    "Operation",
    "Part",
    "Permission",
    "PermissionGranteeType",
    "PermissionRole",
    "PlaceAnswerSources",
    "PrebuiltVoiceConfig",
    "PredictLongRunningRequest",
    "PredictRequest",
    "PredictResponse",
    "ProactivityConfig",
    "PromptFeedback",
    "PromptFeedbackBlockReason",
    "RealtimeInputConfig",
    "RealtimeInputConfigActivityHandling",
    "RealtimeInputConfigTurnCoverage",
    "RegisterFilesRequest",
    "RegisterFilesResponse",
    "RetrievalConfig",
    "RetrievalMetadata",
    "RetrievedContext",
    "ReviewSnippet",
    "SafetyFeedback",
    "SafetyRating",
    "SafetyRatingCategory",
    "SafetyRatingProbability",
    "SafetySetting",
    "SafetySettingCategory",
    "SafetySettingThreshold",
    "Schema",
    "SchemaType",
    "SearchEntryPoint",
    "SearchTypes",
    "SemanticRetrieverChunk",
    "SemanticRetrieverConfig",
    "SessionResumptionConfig",
    "SlidingWindow",
    "SpeakerVoiceConfig",
    "SpeechConfig",
    "Status",
    "StreamableHttpTransport",
    "StringList",
    "TextCompletion",
    "TextPrompt",
    "ThinkingConfig",
    "ThinkingConfigThinkingLevel",
    "Tool",
    "ToolCall",
    "ToolCallToolType",
    "ToolConfig",
    "ToolResponse",
    "ToolResponseToolType",
    "TopCandidates",
    "TransferOwnershipRequest",
    "TransferOwnershipResponse",
    "TunedModel",
    "TunedModelSource",
    "TunedModelState",
    "TuningContent",
    "TuningExample",
    "TuningExamples",
    "TuningMultiturnExample",
    "TuningPart",
    "TuningSnapshot",
    "TuningTask",
    "UploadToFileSearchStoreRequest",
    "UrlContext",
    "UrlContextMetadata",
    "UrlMetadata",
    "UrlMetadataUrlRetrievalStatus",
    "UsageMetadata",
    "VideoFileMetadata",
    "VideoMetadata",
    "VoiceConfig",
    "Web",
    "WebSearch",
    "WhiteSpaceConfig",
]

AutomaticActivityDetectionEndOfSpeechSensitivity: TypeAlias = Literal[
    "END_SENSITIVITY_UNSPECIFIED", "END_SENSITIVITY_HIGH", "END_SENSITIVITY_LOW"
]
AutomaticActivityDetectionStartOfSpeechSensitivity: TypeAlias = Literal[
    "START_SENSITIVITY_UNSPECIFIED", "START_SENSITIVITY_HIGH", "START_SENSITIVITY_LOW"
]
CandidateFinishReason: TypeAlias = Literal[
    "FINISH_REASON_UNSPECIFIED",
    "STOP",
    "MAX_TOKENS",
    "SAFETY",
    "RECITATION",
    "LANGUAGE",
    "OTHER",
    "BLOCKLIST",
    "PROHIBITED_CONTENT",
    "SPII",
    "MALFORMED_FUNCTION_CALL",
    "IMAGE_SAFETY",
    "IMAGE_PROHIBITED_CONTENT",
    "IMAGE_OTHER",
    "NO_IMAGE",
    "IMAGE_RECITATION",
    "UNEXPECTED_TOOL_CALL",
    "TOO_MANY_TOOL_CALLS",
    "MISSING_THOUGHT_SIGNATURE",
    "MALFORMED_RESPONSE",
]
CodeExecutionResultOutcome: TypeAlias = Literal[
    "OUTCOME_UNSPECIFIED", "OUTCOME_OK", "OUTCOME_FAILED", "OUTCOME_DEADLINE_EXCEEDED"
]
ComputerUseEnvironment: TypeAlias = Literal["ENVIRONMENT_UNSPECIFIED", "ENVIRONMENT_BROWSER"]
ConditionOperation: TypeAlias = Literal[
    "OPERATOR_UNSPECIFIED",
    "LESS",
    "LESS_EQUAL",
    "EQUAL",
    "GREATER_EQUAL",
    "GREATER",
    "NOT_EQUAL",
    "INCLUDES",
    "EXCLUDES",
]
ContentFilterReason: TypeAlias = Literal["BLOCKED_REASON_UNSPECIFIED", "SAFETY", "OTHER"]
DocumentState: TypeAlias = Literal["STATE_UNSPECIFIED", "STATE_PENDING", "STATE_ACTIVE", "STATE_FAILED"]
DynamicRetrievalConfigMode: TypeAlias = Literal["MODE_UNSPECIFIED", "MODE_DYNAMIC"]
EmbedContentBatchState: TypeAlias = Literal[
    "BATCH_STATE_UNSPECIFIED",
    "BATCH_STATE_PENDING",
    "BATCH_STATE_RUNNING",
    "BATCH_STATE_SUCCEEDED",
    "BATCH_STATE_FAILED",
    "BATCH_STATE_CANCELLED",
    "BATCH_STATE_EXPIRED",
]
EmbedContentRequestTaskType: TypeAlias = Literal[
    "TASK_TYPE_UNSPECIFIED",
    "RETRIEVAL_QUERY",
    "RETRIEVAL_DOCUMENT",
    "SEMANTIC_SIMILARITY",
    "CLASSIFICATION",
    "CLUSTERING",
    "QUESTION_ANSWERING",
    "FACT_VERIFICATION",
    "CODE_RETRIEVAL_QUERY",
]
ExecutableCodeLanguage: TypeAlias = Literal["LANGUAGE_UNSPECIFIED", "PYTHON"]
FileSource: TypeAlias = Literal["SOURCE_UNSPECIFIED", "UPLOADED", "GENERATED", "REGISTERED"]
FileState: TypeAlias = Literal["STATE_UNSPECIFIED", "PROCESSING", "ACTIVE", "FAILED"]
FunctionCallingConfigMode: TypeAlias = Literal["MODE_UNSPECIFIED", "AUTO", "ANY", "NONE", "VALIDATED"]
FunctionDeclarationBehavior: TypeAlias = Literal["UNSPECIFIED", "BLOCKING", "NON_BLOCKING"]
FunctionResponseScheduling: TypeAlias = Literal["SCHEDULING_UNSPECIFIED", "SILENT", "WHEN_IDLE", "INTERRUPT"]
GenerateAnswerRequestAnswerStyle: TypeAlias = Literal[
    "ANSWER_STYLE_UNSPECIFIED", "ABSTRACTIVE", "EXTRACTIVE", "VERBOSE"
]
GenerateContentBatchState: TypeAlias = Literal[
    "BATCH_STATE_UNSPECIFIED",
    "BATCH_STATE_PENDING",
    "BATCH_STATE_RUNNING",
    "BATCH_STATE_SUCCEEDED",
    "BATCH_STATE_FAILED",
    "BATCH_STATE_CANCELLED",
    "BATCH_STATE_EXPIRED",
]
GenerateContentRequestServiceTier: TypeAlias = Literal["unspecified", "standard", "flex", "priority"]
GeneratedFileState: TypeAlias = Literal["STATE_UNSPECIFIED", "GENERATING", "GENERATED", "FAILED"]
GenerationConfigMediaResolution: TypeAlias = Literal[
    "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
]
GenerationConfigResponseModalities: TypeAlias = Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]
InputFeedbackBlockReason: TypeAlias = Literal["BLOCK_REASON_UNSPECIFIED", "SAFETY", "OTHER"]
MediaResolutionLevel: TypeAlias = Literal[
    "MEDIA_RESOLUTION_UNSPECIFIED",
    "MEDIA_RESOLUTION_LOW",
    "MEDIA_RESOLUTION_MEDIUM",
    "MEDIA_RESOLUTION_HIGH",
    "MEDIA_RESOLUTION_ULTRA_HIGH",
]
ModalityTokenCountModality: TypeAlias = Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "VIDEO", "AUDIO", "DOCUMENT"]
ModelStatusModelStage: TypeAlias = Literal[
    "MODEL_STAGE_UNSPECIFIED",
    "UNSTABLE_EXPERIMENTAL",
    "EXPERIMENTAL",
    "PREVIEW",
    "STABLE",
    "LEGACY",
    "DEPRECATED",
    "RETIRED",
]
PermissionGranteeType: TypeAlias = Literal["GRANTEE_TYPE_UNSPECIFIED", "USER", "GROUP", "EVERYONE"]
PermissionRole: TypeAlias = Literal["ROLE_UNSPECIFIED", "OWNER", "WRITER", "READER"]
PromptFeedbackBlockReason: TypeAlias = Literal[
    "BLOCK_REASON_UNSPECIFIED", "SAFETY", "OTHER", "BLOCKLIST", "PROHIBITED_CONTENT", "IMAGE_SAFETY"
]
RealtimeInputConfigActivityHandling: TypeAlias = Literal[
    "ACTIVITY_HANDLING_UNSPECIFIED", "START_OF_ACTIVITY_INTERRUPTS", "NO_INTERRUPTION"
]
RealtimeInputConfigTurnCoverage: TypeAlias = Literal[
    "TURN_COVERAGE_UNSPECIFIED",
    "TURN_INCLUDES_ONLY_ACTIVITY",
    "TURN_INCLUDES_ALL_INPUT",
    "TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO",
]
SafetyRatingCategory: TypeAlias = Literal[
    "HARM_CATEGORY_UNSPECIFIED",
    "HARM_CATEGORY_DEROGATORY",
    "HARM_CATEGORY_TOXICITY",
    "HARM_CATEGORY_VIOLENCE",
    "HARM_CATEGORY_SEXUAL",
    "HARM_CATEGORY_MEDICAL",
    "HARM_CATEGORY_DANGEROUS",
    "HARM_CATEGORY_HARASSMENT",
    "HARM_CATEGORY_HATE_SPEECH",
    "HARM_CATEGORY_SEXUALLY_EXPLICIT",
    "HARM_CATEGORY_DANGEROUS_CONTENT",
    "HARM_CATEGORY_CIVIC_INTEGRITY",
]
SafetyRatingProbability: TypeAlias = Literal["HARM_PROBABILITY_UNSPECIFIED", "NEGLIGIBLE", "LOW", "MEDIUM", "HIGH"]
SafetySettingCategory: TypeAlias = Literal[
    "HARM_CATEGORY_UNSPECIFIED",
    "HARM_CATEGORY_DEROGATORY",
    "HARM_CATEGORY_TOXICITY",
    "HARM_CATEGORY_VIOLENCE",
    "HARM_CATEGORY_SEXUAL",
    "HARM_CATEGORY_MEDICAL",
    "HARM_CATEGORY_DANGEROUS",
    "HARM_CATEGORY_HARASSMENT",
    "HARM_CATEGORY_HATE_SPEECH",
    "HARM_CATEGORY_SEXUALLY_EXPLICIT",
    "HARM_CATEGORY_DANGEROUS_CONTENT",
    "HARM_CATEGORY_CIVIC_INTEGRITY",
]
SafetySettingThreshold: TypeAlias = Literal[
    "HARM_BLOCK_THRESHOLD_UNSPECIFIED",
    "BLOCK_LOW_AND_ABOVE",
    "BLOCK_MEDIUM_AND_ABOVE",
    "BLOCK_ONLY_HIGH",
    "BLOCK_NONE",
    "OFF",
]
SchemaType: TypeAlias = Literal["TYPE_UNSPECIFIED", "STRING", "NUMBER", "INTEGER", "BOOLEAN", "ARRAY", "OBJECT", "NULL"]
ThinkingConfigThinkingLevel: TypeAlias = Literal["THINKING_LEVEL_UNSPECIFIED", "MINIMAL", "LOW", "MEDIUM", "HIGH"]
ToolCallToolType: TypeAlias = Literal[
    "TOOL_TYPE_UNSPECIFIED", "GOOGLE_SEARCH_WEB", "GOOGLE_SEARCH_IMAGE", "URL_CONTEXT", "GOOGLE_MAPS", "FILE_SEARCH"
]
ToolResponseToolType: TypeAlias = Literal[
    "TOOL_TYPE_UNSPECIFIED", "GOOGLE_SEARCH_WEB", "GOOGLE_SEARCH_IMAGE", "URL_CONTEXT", "GOOGLE_MAPS", "FILE_SEARCH"
]
TunedModelState: TypeAlias = Literal["STATE_UNSPECIFIED", "CREATING", "ACTIVE", "FAILED"]
UrlMetadataUrlRetrievalStatus: TypeAlias = Literal[
    "URL_RETRIEVAL_STATUS_UNSPECIFIED",
    "URL_RETRIEVAL_STATUS_SUCCESS",
    "URL_RETRIEVAL_STATUS_ERROR",
    "URL_RETRIEVAL_STATUS_PAYWALL",
    "URL_RETRIEVAL_STATUS_UNSAFE",
]


class AsyncBatchEmbedContentRequest(_Model):
    """Model of schema ``AsyncBatchEmbedContentRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"batch": "batch"}

    def __init__(self, *, batch: EmbedContentBatch | Mapping[str, Any]) -> None:
        d: dict[str, Any] = {}
        d["batch"] = EmbedContentBatch._coerce(batch)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def batch(self) -> EmbedContentBatch | None:
        return get_model(self, "batch", EmbedContentBatch)

    @batch.setter
    def batch(self, value: EmbedContentBatch | Mapping[str, Any] | None) -> None:
        self._set("batch", None if value is None else EmbedContentBatch._coerce(value))


class AttributionSourceId(_Model):
    """Model of schema ``AttributionSourceId`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "grounding_passage": "groundingPassage",
        "semantic_retriever_chunk": "semanticRetrieverChunk",
    }

    def __init__(
        self,
        *,
        grounding_passage: GroundingPassageId | Mapping[str, Any] | None = None,
        semantic_retriever_chunk: SemanticRetrieverChunk | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if grounding_passage is not None:
            d["groundingPassage"] = GroundingPassageId._coerce(grounding_passage)
        if semantic_retriever_chunk is not None:
            d["semanticRetrieverChunk"] = SemanticRetrieverChunk._coerce(semantic_retriever_chunk)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def grounding_passage(self) -> GroundingPassageId | None:
        return get_model(self, "groundingPassage", GroundingPassageId)

    @grounding_passage.setter
    def grounding_passage(self, value: GroundingPassageId | Mapping[str, Any] | None) -> None:
        self._set("groundingPassage", None if value is None else GroundingPassageId._coerce(value))

    @property
    def semantic_retriever_chunk(self) -> SemanticRetrieverChunk | None:
        return get_model(self, "semanticRetrieverChunk", SemanticRetrieverChunk)

    @semantic_retriever_chunk.setter
    def semantic_retriever_chunk(self, value: SemanticRetrieverChunk | Mapping[str, Any] | None) -> None:
        self._set("semanticRetrieverChunk", None if value is None else SemanticRetrieverChunk._coerce(value))


class AudioTranscriptionConfig(_Model):
    """Model of schema ``AudioTranscriptionConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class AuthToken(_Model):
    """Model of schema ``AuthToken`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "bidi_generate_content_setup": "bidiGenerateContentSetup",
        "expire_time": "expireTime",
        "field_mask": "fieldMask",
        "name": "name",
        "new_session_expire_time": "newSessionExpireTime",
        "uses": "uses",
    }

    def __init__(
        self,
        *,
        bidi_generate_content_setup: BidiGenerateContentSetup | Mapping[str, Any] | None = None,
        expire_time: str | None = None,
        field_mask: str | None = None,
        name: str | None = None,
        new_session_expire_time: str | None = None,
        uses: int | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if bidi_generate_content_setup is not None:
            d["bidiGenerateContentSetup"] = BidiGenerateContentSetup._coerce(bidi_generate_content_setup)
        if expire_time is not None:
            d["expireTime"] = expire_time
        if field_mask is not None:
            d["fieldMask"] = field_mask
        if name is not None:
            d["name"] = name
        if new_session_expire_time is not None:
            d["newSessionExpireTime"] = new_session_expire_time
        if uses is not None:
            d["uses"] = uses
        self._data = d
        self._parent = None
        self._key = None

    @property
    def bidi_generate_content_setup(self) -> BidiGenerateContentSetup | None:
        return get_model(self, "bidiGenerateContentSetup", BidiGenerateContentSetup)

    @bidi_generate_content_setup.setter
    def bidi_generate_content_setup(self, value: BidiGenerateContentSetup | Mapping[str, Any] | None) -> None:
        self._set("bidiGenerateContentSetup", None if value is None else BidiGenerateContentSetup._coerce(value))

    @property
    def expire_time(self) -> str | None:
        value = self._data.get("expireTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "expireTime")

    @expire_time.setter
    def expire_time(self, value: str | None) -> None:
        self._set("expireTime", value)

    @property
    def field_mask(self) -> str | None:
        value = self._data.get("fieldMask")
        if value is None or type(value) is str:
            return value
        return get_str(self, "fieldMask")

    @field_mask.setter
    def field_mask(self, value: str | None) -> None:
        self._set("fieldMask", value)

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
    def new_session_expire_time(self) -> str | None:
        value = self._data.get("newSessionExpireTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "newSessionExpireTime")

    @new_session_expire_time.setter
    def new_session_expire_time(self, value: str | None) -> None:
        self._set("newSessionExpireTime", value)

    @property
    def uses(self) -> int | None:
        value = self._data.get("uses")
        if value is None or type(value) is int:
            return value
        return get_int(self, "uses")

    @uses.setter
    def uses(self, value: int | None) -> None:
        self._set("uses", value)


class AutomaticActivityDetection(_Model):
    """Model of schema ``AutomaticActivityDetection`` (gemini-v1beta)."""

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
        end_of_speech_sensitivity: AutomaticActivityDetectionEndOfSpeechSensitivity | str | None = None,
        prefix_padding_ms: int | None = None,
        silence_duration_ms: int | None = None,
        start_of_speech_sensitivity: AutomaticActivityDetectionStartOfSpeechSensitivity | str | None = None,
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
    def end_of_speech_sensitivity(self) -> AutomaticActivityDetectionEndOfSpeechSensitivity | str | None:
        value = self._data.get("endOfSpeechSensitivity")
        if value is None or type(value) is str:
            return value
        return get_str(self, "endOfSpeechSensitivity")

    @end_of_speech_sensitivity.setter
    def end_of_speech_sensitivity(self, value: AutomaticActivityDetectionEndOfSpeechSensitivity | str | None) -> None:
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
    def start_of_speech_sensitivity(self) -> AutomaticActivityDetectionStartOfSpeechSensitivity | str | None:
        value = self._data.get("startOfSpeechSensitivity")
        if value is None or type(value) is str:
            return value
        return get_str(self, "startOfSpeechSensitivity")

    @start_of_speech_sensitivity.setter
    def start_of_speech_sensitivity(
        self, value: AutomaticActivityDetectionStartOfSpeechSensitivity | str | None
    ) -> None:
        self._set("startOfSpeechSensitivity", value)


class BatchEmbedContentsRequest(_Model):
    """Model of schema ``BatchEmbedContentsRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"requests": "requests"}

    def __init__(self, *, requests: Sequence[EmbedContentRequest | Mapping[str, Any]]) -> None:
        d: dict[str, Any] = {}
        d["requests"] = encode_model_list(EmbedContentRequest, requests)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def requests(self) -> list[EmbedContentRequest] | None:
        return get_model_list(self, "requests", EmbedContentRequest)

    @requests.setter
    def requests(self, value: Sequence[EmbedContentRequest | Mapping[str, Any]] | None) -> None:
        self._set("requests", None if value is None else encode_model_list(EmbedContentRequest, value))


class BatchEmbedContentsResponse(_Model):
    """Model of schema ``BatchEmbedContentsResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"embeddings": "embeddings", "usage_metadata": "usageMetadata"}

    def __init__(
        self,
        *,
        embeddings: Sequence[ContentEmbedding | Mapping[str, Any]] | None = None,
        usage_metadata: EmbeddingUsageMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if embeddings is not None:
            d["embeddings"] = encode_model_list(ContentEmbedding, embeddings)
        if usage_metadata is not None:
            d["usageMetadata"] = EmbeddingUsageMetadata._coerce(usage_metadata)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def embeddings(self) -> list[ContentEmbedding] | None:
        return get_model_list(self, "embeddings", ContentEmbedding)

    @embeddings.setter
    def embeddings(self, value: Sequence[ContentEmbedding | Mapping[str, Any]] | None) -> None:
        self._set("embeddings", None if value is None else encode_model_list(ContentEmbedding, value))

    @property
    def usage_metadata(self) -> EmbeddingUsageMetadata | None:
        return get_model(self, "usageMetadata", EmbeddingUsageMetadata)

    @usage_metadata.setter
    def usage_metadata(self, value: EmbeddingUsageMetadata | Mapping[str, Any] | None) -> None:
        self._set("usageMetadata", None if value is None else EmbeddingUsageMetadata._coerce(value))


class BatchEmbedTextRequest(_Model):
    """Model of schema ``BatchEmbedTextRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"requests": "requests", "texts": "texts"}

    def __init__(
        self,
        *,
        requests: Sequence[EmbedTextRequest | Mapping[str, Any]] | None = None,
        texts: Sequence[str] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if requests is not None:
            d["requests"] = encode_model_list(EmbedTextRequest, requests)
        if texts is not None:
            d["texts"] = list(texts)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def requests(self) -> list[EmbedTextRequest] | None:
        return get_model_list(self, "requests", EmbedTextRequest)

    @requests.setter
    def requests(self, value: Sequence[EmbedTextRequest | Mapping[str, Any]] | None) -> None:
        self._set("requests", None if value is None else encode_model_list(EmbedTextRequest, value))

    @property
    def texts(self) -> list[str] | None:
        return get_str_list(self, "texts")

    @texts.setter
    def texts(self, value: Sequence[str] | None) -> None:
        self._set("texts", None if value is None else list(value))


class BatchEmbedTextResponse(_Model):
    """Model of schema ``BatchEmbedTextResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"embeddings": "embeddings"}

    def __init__(self, *, embeddings: Sequence[Embedding | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if embeddings is not None:
            d["embeddings"] = encode_model_list(Embedding, embeddings)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def embeddings(self) -> list[Embedding] | None:
        return get_model_list(self, "embeddings", Embedding)

    @embeddings.setter
    def embeddings(self, value: Sequence[Embedding | Mapping[str, Any]] | None) -> None:
        self._set("embeddings", None if value is None else encode_model_list(Embedding, value))


class BatchGenerateContentRequest(_Model):
    """Model of schema ``BatchGenerateContentRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"batch": "batch"}

    def __init__(self, *, batch: GenerateContentBatch | Mapping[str, Any]) -> None:
        d: dict[str, Any] = {}
        d["batch"] = GenerateContentBatch._coerce(batch)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def batch(self) -> GenerateContentBatch | None:
        return get_model(self, "batch", GenerateContentBatch)

    @batch.setter
    def batch(self, value: GenerateContentBatch | Mapping[str, Any] | None) -> None:
        self._set("batch", None if value is None else GenerateContentBatch._coerce(value))


class BatchStats(_Model):
    """Model of schema ``BatchStats`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "failed_request_count": "failedRequestCount",
        "pending_request_count": "pendingRequestCount",
        "request_count": "requestCount",
        "successful_request_count": "successfulRequestCount",
    }

    def __init__(
        self,
        *,
        failed_request_count: int | str | None = None,
        pending_request_count: int | str | None = None,
        request_count: int | str | None = None,
        successful_request_count: int | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if failed_request_count is not None:
            d["failedRequestCount"] = encode_int64(failed_request_count)
        if pending_request_count is not None:
            d["pendingRequestCount"] = encode_int64(pending_request_count)
        if request_count is not None:
            d["requestCount"] = encode_int64(request_count)
        if successful_request_count is not None:
            d["successfulRequestCount"] = encode_int64(successful_request_count)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def failed_request_count(self) -> int | None:
        return get_int64(self, "failedRequestCount")

    @failed_request_count.setter
    def failed_request_count(self, value: int | str | None) -> None:
        self._set("failedRequestCount", None if value is None else encode_int64(value))

    @property
    def pending_request_count(self) -> int | None:
        return get_int64(self, "pendingRequestCount")

    @pending_request_count.setter
    def pending_request_count(self, value: int | str | None) -> None:
        self._set("pendingRequestCount", None if value is None else encode_int64(value))

    @property
    def request_count(self) -> int | None:
        return get_int64(self, "requestCount")

    @request_count.setter
    def request_count(self, value: int | str | None) -> None:
        self._set("requestCount", None if value is None else encode_int64(value))

    @property
    def successful_request_count(self) -> int | None:
        return get_int64(self, "successfulRequestCount")

    @successful_request_count.setter
    def successful_request_count(self, value: int | str | None) -> None:
        self._set("successfulRequestCount", None if value is None else encode_int64(value))


class BidiGenerateContentSetup(_Model):
    """Model of schema ``BidiGenerateContentSetup`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "context_window_compression": "contextWindowCompression",
        "generation_config": "generationConfig",
        "history_config": "historyConfig",
        "input_audio_transcription": "inputAudioTranscription",
        "model": "model",
        "output_audio_transcription": "outputAudioTranscription",
        "proactivity": "proactivity",
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
        history_config: HistoryConfig | Mapping[str, Any] | None = None,
        input_audio_transcription: AudioTranscriptionConfig | Mapping[str, Any] | None = None,
        output_audio_transcription: AudioTranscriptionConfig | Mapping[str, Any] | None = None,
        proactivity: ProactivityConfig | Mapping[str, Any] | None = None,
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
        if history_config is not None:
            d["historyConfig"] = HistoryConfig._coerce(history_config)
        if input_audio_transcription is not None:
            d["inputAudioTranscription"] = AudioTranscriptionConfig._coerce(input_audio_transcription)
        d["model"] = model
        if output_audio_transcription is not None:
            d["outputAudioTranscription"] = AudioTranscriptionConfig._coerce(output_audio_transcription)
        if proactivity is not None:
            d["proactivity"] = ProactivityConfig._coerce(proactivity)
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
    def history_config(self) -> HistoryConfig | None:
        return get_model(self, "historyConfig", HistoryConfig)

    @history_config.setter
    def history_config(self, value: HistoryConfig | Mapping[str, Any] | None) -> None:
        self._set("historyConfig", None if value is None else HistoryConfig._coerce(value))

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
    def proactivity(self) -> ProactivityConfig | None:
        return get_model(self, "proactivity", ProactivityConfig)

    @proactivity.setter
    def proactivity(self, value: ProactivityConfig | Mapping[str, Any] | None) -> None:
        self._set("proactivity", None if value is None else ProactivityConfig._coerce(value))

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


class Blob(_Model):
    """Model of schema ``Blob`` (gemini-v1beta)."""

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


class CachedContent(_Model):
    """Model of schema ``CachedContent`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "contents": "contents",
        "create_time": "createTime",
        "display_name": "displayName",
        "expire_time": "expireTime",
        "model": "model",
        "name": "name",
        "system_instruction": "systemInstruction",
        "tool_config": "toolConfig",
        "tools": "tools",
        "ttl": "ttl",
        "update_time": "updateTime",
        "usage_metadata": "usageMetadata",
    }

    def __init__(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]] | None = None,
        create_time: str | None = None,
        display_name: str | None = None,
        expire_time: str | None = None,
        name: str | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        ttl: str | None = None,
        update_time: str | None = None,
        usage_metadata: CachedContentUsageMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if contents is not None:
            d["contents"] = encode_model_list(Content, contents)
        if create_time is not None:
            d["createTime"] = create_time
        if display_name is not None:
            d["displayName"] = display_name
        if expire_time is not None:
            d["expireTime"] = expire_time
        d["model"] = model
        if name is not None:
            d["name"] = name
        if system_instruction is not None:
            d["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            d["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            d["tools"] = encode_model_list(Tool, tools)
        if ttl is not None:
            d["ttl"] = ttl
        if update_time is not None:
            d["updateTime"] = update_time
        if usage_metadata is not None:
            d["usageMetadata"] = CachedContentUsageMetadata._coerce(usage_metadata)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def contents(self) -> list[Content] | None:
        return get_model_list(self, "contents", Content)

    @contents.setter
    def contents(self, value: Sequence[Content | Mapping[str, Any]] | None) -> None:
        self._set("contents", None if value is None else encode_model_list(Content, value))

    @property
    def create_time(self) -> str | None:
        value = self._data.get("createTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "createTime")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("createTime", value)

    @property
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

    @property
    def expire_time(self) -> str | None:
        value = self._data.get("expireTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "expireTime")

    @expire_time.setter
    def expire_time(self, value: str | None) -> None:
        self._set("expireTime", value)

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
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def system_instruction(self) -> Content | None:
        return get_model(self, "systemInstruction", Content)

    @system_instruction.setter
    def system_instruction(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("systemInstruction", None if value is None else Content._coerce(value))

    @property
    def tool_config(self) -> ToolConfig | None:
        return get_model(self, "toolConfig", ToolConfig)

    @tool_config.setter
    def tool_config(self, value: ToolConfig | Mapping[str, Any] | None) -> None:
        self._set("toolConfig", None if value is None else ToolConfig._coerce(value))

    @property
    def tools(self) -> list[Tool] | None:
        return get_model_list(self, "tools", Tool)

    @tools.setter
    def tools(self, value: Sequence[Tool | Mapping[str, Any]] | None) -> None:
        self._set("tools", None if value is None else encode_model_list(Tool, value))

    @property
    def ttl(self) -> str | None:
        value = self._data.get("ttl")
        if value is None or type(value) is str:
            return value
        return get_str(self, "ttl")

    @ttl.setter
    def ttl(self, value: str | None) -> None:
        self._set("ttl", value)

    @property
    def update_time(self) -> str | None:
        value = self._data.get("updateTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updateTime")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("updateTime", value)

    @property
    def usage_metadata(self) -> CachedContentUsageMetadata | None:
        return get_model(self, "usageMetadata", CachedContentUsageMetadata)

    @usage_metadata.setter
    def usage_metadata(self, value: CachedContentUsageMetadata | Mapping[str, Any] | None) -> None:
        self._set("usageMetadata", None if value is None else CachedContentUsageMetadata._coerce(value))


class CachedContentUsageMetadata(_Model):
    """Model of schema ``CachedContentUsageMetadata`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"total_token_count": "totalTokenCount"}

    def __init__(self, *, total_token_count: int | None = None) -> None:
        d: dict[str, Any] = {}
        if total_token_count is not None:
            d["totalTokenCount"] = total_token_count
        self._data = d
        self._parent = None
        self._key = None

    @property
    def total_token_count(self) -> int | None:
        value = self._data.get("totalTokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "totalTokenCount")

    @total_token_count.setter
    def total_token_count(self, value: int | None) -> None:
        self._set("totalTokenCount", value)


class Candidate(_Model):
    """Model of schema ``Candidate`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "avg_logprobs": "avgLogprobs",
        "citation_metadata": "citationMetadata",
        "content": "content",
        "finish_message": "finishMessage",
        "finish_reason": "finishReason",
        "grounding_attributions": "groundingAttributions",
        "grounding_metadata": "groundingMetadata",
        "index": "index",
        "logprobs_result": "logprobsResult",
        "safety_ratings": "safetyRatings",
        "token_count": "tokenCount",
        "url_context_metadata": "urlContextMetadata",
    }

    def __init__(
        self,
        *,
        avg_logprobs: float | None = None,
        citation_metadata: CitationMetadata | Mapping[str, Any] | None = None,
        content: Content | Mapping[str, Any] | None = None,
        finish_message: str | None = None,
        finish_reason: CandidateFinishReason | str | None = None,
        grounding_attributions: Sequence[GroundingAttribution | Mapping[str, Any]] | None = None,
        grounding_metadata: GroundingMetadata | Mapping[str, Any] | None = None,
        index: int | None = None,
        logprobs_result: LogprobsResult | Mapping[str, Any] | None = None,
        safety_ratings: Sequence[SafetyRating | Mapping[str, Any]] | None = None,
        token_count: int | None = None,
        url_context_metadata: UrlContextMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if avg_logprobs is not None:
            d["avgLogprobs"] = avg_logprobs
        if citation_metadata is not None:
            d["citationMetadata"] = CitationMetadata._coerce(citation_metadata)
        if content is not None:
            d["content"] = Content._coerce(content)
        if finish_message is not None:
            d["finishMessage"] = finish_message
        if finish_reason is not None:
            d["finishReason"] = finish_reason
        if grounding_attributions is not None:
            d["groundingAttributions"] = encode_model_list(GroundingAttribution, grounding_attributions)
        if grounding_metadata is not None:
            d["groundingMetadata"] = GroundingMetadata._coerce(grounding_metadata)
        if index is not None:
            d["index"] = index
        if logprobs_result is not None:
            d["logprobsResult"] = LogprobsResult._coerce(logprobs_result)
        if safety_ratings is not None:
            d["safetyRatings"] = encode_model_list(SafetyRating, safety_ratings)
        if token_count is not None:
            d["tokenCount"] = token_count
        if url_context_metadata is not None:
            d["urlContextMetadata"] = UrlContextMetadata._coerce(url_context_metadata)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("avgLogprobs",))

    @property
    def avg_logprobs(self) -> float | None:
        return get_float(self, "avgLogprobs")

    @avg_logprobs.setter
    def avg_logprobs(self, value: float | None) -> None:
        self._set("avgLogprobs", value)

    @property
    def citation_metadata(self) -> CitationMetadata | None:
        return get_model(self, "citationMetadata", CitationMetadata)

    @citation_metadata.setter
    def citation_metadata(self, value: CitationMetadata | Mapping[str, Any] | None) -> None:
        self._set("citationMetadata", None if value is None else CitationMetadata._coerce(value))

    @property
    def content(self) -> Content | None:
        return get_model(self, "content", Content)

    @content.setter
    def content(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("content", None if value is None else Content._coerce(value))

    @property
    def finish_message(self) -> str | None:
        value = self._data.get("finishMessage")
        if value is None or type(value) is str:
            return value
        return get_str(self, "finishMessage")

    @finish_message.setter
    def finish_message(self, value: str | None) -> None:
        self._set("finishMessage", value)

    @property
    def finish_reason(self) -> CandidateFinishReason | str | None:
        value = self._data.get("finishReason")
        if value is None or type(value) is str:
            return value
        return get_str(self, "finishReason")

    @finish_reason.setter
    def finish_reason(self, value: CandidateFinishReason | str | None) -> None:
        self._set("finishReason", value)

    @property
    def grounding_attributions(self) -> list[GroundingAttribution] | None:
        return get_model_list(self, "groundingAttributions", GroundingAttribution)

    @grounding_attributions.setter
    def grounding_attributions(self, value: Sequence[GroundingAttribution | Mapping[str, Any]] | None) -> None:
        self._set("groundingAttributions", None if value is None else encode_model_list(GroundingAttribution, value))

    @property
    def grounding_metadata(self) -> GroundingMetadata | None:
        return get_model(self, "groundingMetadata", GroundingMetadata)

    @grounding_metadata.setter
    def grounding_metadata(self, value: GroundingMetadata | Mapping[str, Any] | None) -> None:
        self._set("groundingMetadata", None if value is None else GroundingMetadata._coerce(value))

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
    def logprobs_result(self) -> LogprobsResult | None:
        return get_model(self, "logprobsResult", LogprobsResult)

    @logprobs_result.setter
    def logprobs_result(self, value: LogprobsResult | Mapping[str, Any] | None) -> None:
        self._set("logprobsResult", None if value is None else LogprobsResult._coerce(value))

    @property
    def safety_ratings(self) -> list[SafetyRating] | None:
        return get_model_list(self, "safetyRatings", SafetyRating)

    @safety_ratings.setter
    def safety_ratings(self, value: Sequence[SafetyRating | Mapping[str, Any]] | None) -> None:
        self._set("safetyRatings", None if value is None else encode_model_list(SafetyRating, value))

    @property
    def token_count(self) -> int | None:
        value = self._data.get("tokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "tokenCount")

    @token_count.setter
    def token_count(self, value: int | None) -> None:
        self._set("tokenCount", value)

    @property
    def url_context_metadata(self) -> UrlContextMetadata | None:
        return get_model(self, "urlContextMetadata", UrlContextMetadata)

    @url_context_metadata.setter
    def url_context_metadata(self, value: UrlContextMetadata | Mapping[str, Any] | None) -> None:
        self._set("urlContextMetadata", None if value is None else UrlContextMetadata._coerce(value))


class ChunkingConfig(_Model):
    """Model of schema ``ChunkingConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"white_space_config": "whiteSpaceConfig"}

    def __init__(self, *, white_space_config: WhiteSpaceConfig | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if white_space_config is not None:
            d["whiteSpaceConfig"] = WhiteSpaceConfig._coerce(white_space_config)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def white_space_config(self) -> WhiteSpaceConfig | None:
        return get_model(self, "whiteSpaceConfig", WhiteSpaceConfig)

    @white_space_config.setter
    def white_space_config(self, value: WhiteSpaceConfig | Mapping[str, Any] | None) -> None:
        self._set("whiteSpaceConfig", None if value is None else WhiteSpaceConfig._coerce(value))


class CitationMetadata(_Model):
    """Model of schema ``CitationMetadata`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"citation_sources": "citationSources"}

    def __init__(self, *, citation_sources: Sequence[CitationSource | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if citation_sources is not None:
            d["citationSources"] = encode_model_list(CitationSource, citation_sources)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def citation_sources(self) -> list[CitationSource] | None:
        return get_model_list(self, "citationSources", CitationSource)

    @citation_sources.setter
    def citation_sources(self, value: Sequence[CitationSource | Mapping[str, Any]] | None) -> None:
        self._set("citationSources", None if value is None else encode_model_list(CitationSource, value))


class CitationSource(_Model):
    """Model of schema ``CitationSource`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "end_index": "endIndex",
        "license": "license",
        "start_index": "startIndex",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        end_index: int | None = None,
        license: str | None = None,
        start_index: int | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if end_index is not None:
            d["endIndex"] = end_index
        if license is not None:
            d["license"] = license
        if start_index is not None:
            d["startIndex"] = start_index
        if uri is not None:
            d["uri"] = uri
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
    def license(self) -> str | None:
        value = self._data.get("license")
        if value is None or type(value) is str:
            return value
        return get_str(self, "license")

    @license.setter
    def license(self, value: str | None) -> None:
        self._set("license", value)

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
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)


class CodeExecution(_Model):
    """Model of schema ``CodeExecution`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class CodeExecutionResult(_Model):
    """Model of schema ``CodeExecutionResult`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"id": "id", "outcome": "outcome", "output": "output"}

    def __init__(
        self, *, outcome: CodeExecutionResultOutcome | str, id: str | None = None, output: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if id is not None:
            d["id"] = id
        d["outcome"] = outcome
        if output is not None:
            d["output"] = output
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


class ComputerUse(_Model):
    """Model of schema ``ComputerUse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "environment": "environment",
        "excluded_predefined_functions": "excludedPredefinedFunctions",
    }

    def __init__(
        self, *, environment: ComputerUseEnvironment | str, excluded_predefined_functions: Sequence[str] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["environment"] = environment
        if excluded_predefined_functions is not None:
            d["excludedPredefinedFunctions"] = list(excluded_predefined_functions)
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
        return get_str_list(self, "excludedPredefinedFunctions")

    @excluded_predefined_functions.setter
    def excluded_predefined_functions(self, value: Sequence[str] | None) -> None:
        self._set("excludedPredefinedFunctions", None if value is None else list(value))


class Condition(_Model):
    """Model of schema ``Condition`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "numeric_value": "numericValue",
        "operation": "operation",
        "string_value": "stringValue",
    }

    def __init__(
        self,
        *,
        operation: ConditionOperation | str,
        numeric_value: float | None = None,
        string_value: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if numeric_value is not None:
            d["numericValue"] = numeric_value
        d["operation"] = operation
        if string_value is not None:
            d["stringValue"] = string_value
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("numericValue",))

    @property
    def numeric_value(self) -> float | None:
        return get_float(self, "numericValue")

    @numeric_value.setter
    def numeric_value(self, value: float | None) -> None:
        self._set("numericValue", value)

    @property
    def operation(self) -> ConditionOperation | str | None:
        value = self._data.get("operation")
        if value is None or type(value) is str:
            return value
        return get_str(self, "operation")

    @operation.setter
    def operation(self, value: ConditionOperation | str | None) -> None:
        self._set("operation", value)

    @property
    def string_value(self) -> str | None:
        value = self._data.get("stringValue")
        if value is None or type(value) is str:
            return value
        return get_str(self, "stringValue")

    @string_value.setter
    def string_value(self, value: str | None) -> None:
        self._set("stringValue", value)


class Content(_Model):
    """Model of schema ``Content`` (gemini-v1beta)."""

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


class ContentEmbedding(_Model):
    """Model of schema ``ContentEmbedding`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"shape": "shape", "values": "values"}

    def __init__(self, *, shape: Sequence[int] | None = None, values: Sequence[float] | None = None) -> None:
        d: dict[str, Any] = {}
        if shape is not None:
            d["shape"] = list(shape)
        if values is not None:
            d["values"] = list(values)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("values",))

    @property
    def shape(self) -> list[int] | None:
        return get_int_list(self, "shape")

    @shape.setter
    def shape(self, value: Sequence[int] | None) -> None:
        self._set("shape", None if value is None else list(value))

    @property
    def values(self) -> list[float] | None:
        return get_float_list(self, "values")

    @values.setter
    def values(self, value: Sequence[float] | None) -> None:
        self._set("values", None if value is None else list(value))


class ContentFilter(_Model):
    """Model of schema ``ContentFilter`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"message": "message", "reason": "reason"}

    def __init__(self, *, message: str | None = None, reason: ContentFilterReason | str | None = None) -> None:
        d: dict[str, Any] = {}
        if message is not None:
            d["message"] = message
        if reason is not None:
            d["reason"] = reason
        self._data = d
        self._parent = None
        self._key = None

    @property
    def message(self) -> str | None:
        value = self._data.get("message")
        if value is None or type(value) is str:
            return value
        return get_str(self, "message")

    @message.setter
    def message(self, value: str | None) -> None:
        self._set("message", value)

    @property
    def reason(self) -> ContentFilterReason | str | None:
        value = self._data.get("reason")
        if value is None or type(value) is str:
            return value
        return get_str(self, "reason")

    @reason.setter
    def reason(self, value: ContentFilterReason | str | None) -> None:
        self._set("reason", value)


class ContextWindowCompressionConfig(_Model):
    """Model of schema ``ContextWindowCompressionConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"sliding_window": "slidingWindow", "trigger_tokens": "triggerTokens"}

    def __init__(
        self,
        *,
        sliding_window: SlidingWindow | Mapping[str, Any] | None = None,
        trigger_tokens: int | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if sliding_window is not None:
            d["slidingWindow"] = SlidingWindow._coerce(sliding_window)
        if trigger_tokens is not None:
            d["triggerTokens"] = encode_int64(trigger_tokens)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def sliding_window(self) -> SlidingWindow | None:
        return get_model(self, "slidingWindow", SlidingWindow)

    @sliding_window.setter
    def sliding_window(self, value: SlidingWindow | Mapping[str, Any] | None) -> None:
        self._set("slidingWindow", None if value is None else SlidingWindow._coerce(value))

    @property
    def trigger_tokens(self) -> int | None:
        return get_int64(self, "triggerTokens")

    @trigger_tokens.setter
    def trigger_tokens(self, value: int | str | None) -> None:
        self._set("triggerTokens", None if value is None else encode_int64(value))


class Corpus(_Model):
    """Model of schema ``Corpus`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "create_time": "createTime",
        "display_name": "displayName",
        "name": "name",
        "update_time": "updateTime",
    }

    def __init__(
        self,
        *,
        create_time: str | None = None,
        display_name: str | None = None,
        name: str | None = None,
        update_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if create_time is not None:
            d["createTime"] = create_time
        if display_name is not None:
            d["displayName"] = display_name
        if name is not None:
            d["name"] = name
        if update_time is not None:
            d["updateTime"] = update_time
        self._data = d
        self._parent = None
        self._key = None

    @property
    def create_time(self) -> str | None:
        value = self._data.get("createTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "createTime")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("createTime", value)

    @property
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

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
    def update_time(self) -> str | None:
        value = self._data.get("updateTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updateTime")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("updateTime", value)


class CountMessageTokensRequest(_Model):
    """Model of schema ``CountMessageTokensRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"prompt": "prompt"}

    def __init__(self, *, prompt: MessagePrompt | Mapping[str, Any]) -> None:
        d: dict[str, Any] = {}
        d["prompt"] = MessagePrompt._coerce(prompt)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def prompt(self) -> MessagePrompt | None:
        return get_model(self, "prompt", MessagePrompt)

    @prompt.setter
    def prompt(self, value: MessagePrompt | Mapping[str, Any] | None) -> None:
        self._set("prompt", None if value is None else MessagePrompt._coerce(value))


class CountMessageTokensResponse(_Model):
    """Model of schema ``CountMessageTokensResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"token_count": "tokenCount"}

    def __init__(self, *, token_count: int | None = None) -> None:
        d: dict[str, Any] = {}
        if token_count is not None:
            d["tokenCount"] = token_count
        self._data = d
        self._parent = None
        self._key = None

    @property
    def token_count(self) -> int | None:
        value = self._data.get("tokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "tokenCount")

    @token_count.setter
    def token_count(self, value: int | None) -> None:
        self._set("tokenCount", value)


class CountTextTokensRequest(_Model):
    """Model of schema ``CountTextTokensRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"prompt": "prompt"}

    def __init__(self, *, prompt: TextPrompt | Mapping[str, Any]) -> None:
        d: dict[str, Any] = {}
        d["prompt"] = TextPrompt._coerce(prompt)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def prompt(self) -> TextPrompt | None:
        return get_model(self, "prompt", TextPrompt)

    @prompt.setter
    def prompt(self, value: TextPrompt | Mapping[str, Any] | None) -> None:
        self._set("prompt", None if value is None else TextPrompt._coerce(value))


class CountTextTokensResponse(_Model):
    """Model of schema ``CountTextTokensResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"token_count": "tokenCount"}

    def __init__(self, *, token_count: int | None = None) -> None:
        d: dict[str, Any] = {}
        if token_count is not None:
            d["tokenCount"] = token_count
        self._data = d
        self._parent = None
        self._key = None

    @property
    def token_count(self) -> int | None:
        value = self._data.get("tokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "tokenCount")

    @token_count.setter
    def token_count(self, value: int | None) -> None:
        self._set("tokenCount", value)


class CountTokensRequest(_Model):
    """Model of schema ``CountTokensRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "contents": "contents",
        "generate_content_request": "generateContentRequest",
    }

    def __init__(
        self,
        *,
        contents: Sequence[Content | Mapping[str, Any]] | None = None,
        generate_content_request: GenerateContentRequest | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if contents is not None:
            d["contents"] = encode_model_list(Content, contents)
        if generate_content_request is not None:
            d["generateContentRequest"] = GenerateContentRequest._coerce(generate_content_request)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def contents(self) -> list[Content] | None:
        return get_model_list(self, "contents", Content)

    @contents.setter
    def contents(self, value: Sequence[Content | Mapping[str, Any]] | None) -> None:
        self._set("contents", None if value is None else encode_model_list(Content, value))

    @property
    def generate_content_request(self) -> GenerateContentRequest | None:
        return get_model(self, "generateContentRequest", GenerateContentRequest)

    @generate_content_request.setter
    def generate_content_request(self, value: GenerateContentRequest | Mapping[str, Any] | None) -> None:
        self._set("generateContentRequest", None if value is None else GenerateContentRequest._coerce(value))


class CountTokensResponse(_Model):
    """Model of schema ``CountTokensResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "cache_tokens_details": "cacheTokensDetails",
        "cached_content_token_count": "cachedContentTokenCount",
        "prompt_tokens_details": "promptTokensDetails",
        "total_tokens": "totalTokens",
    }

    def __init__(
        self,
        *,
        cache_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
        cached_content_token_count: int | None = None,
        prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
        total_tokens: int | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if cache_tokens_details is not None:
            d["cacheTokensDetails"] = encode_model_list(ModalityTokenCount, cache_tokens_details)
        if cached_content_token_count is not None:
            d["cachedContentTokenCount"] = cached_content_token_count
        if prompt_tokens_details is not None:
            d["promptTokensDetails"] = encode_model_list(ModalityTokenCount, prompt_tokens_details)
        if total_tokens is not None:
            d["totalTokens"] = total_tokens
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
    def prompt_tokens_details(self) -> list[ModalityTokenCount] | None:
        return get_model_list(self, "promptTokensDetails", ModalityTokenCount)

    @prompt_tokens_details.setter
    def prompt_tokens_details(self, value: Sequence[ModalityTokenCount | Mapping[str, Any]] | None) -> None:
        self._set("promptTokensDetails", None if value is None else encode_model_list(ModalityTokenCount, value))

    @property
    def total_tokens(self) -> int | None:
        value = self._data.get("totalTokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "totalTokens")

    @total_tokens.setter
    def total_tokens(self, value: int | None) -> None:
        self._set("totalTokens", value)


class CreateFileRequest(_Model):
    """Model of schema ``CreateFileRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"file": "file"}

    def __init__(self, *, file: File | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if file is not None:
            d["file"] = File._coerce(file)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def file(self) -> File | None:
        return get_model(self, "file", File)

    @file.setter
    def file(self, value: File | Mapping[str, Any] | None) -> None:
        self._set("file", None if value is None else File._coerce(value))


class CreateFileResponse(_Model):
    """Model of schema ``CreateFileResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"file": "file"}

    def __init__(self, *, file: File | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if file is not None:
            d["file"] = File._coerce(file)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def file(self) -> File | None:
        return get_model(self, "file", File)

    @file.setter
    def file(self, value: File | Mapping[str, Any] | None) -> None:
        self._set("file", None if value is None else File._coerce(value))


class CustomLongRunningOperation(_Model):
    """Model of schema ``CustomLongRunningOperation`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "done": "done",
        "error": "error",
        "metadata": "metadata",
        "name": "name",
        "response": "response",
    }

    def __init__(
        self,
        *,
        done: bool | None = None,
        error: Status | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        name: str | None = None,
        response: Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if done is not None:
            d["done"] = done
        if error is not None:
            d["error"] = Status._coerce(error)
        if metadata is not None:
            d["metadata"] = dict(metadata)
        if name is not None:
            d["name"] = name
        if response is not None:
            d["response"] = dict(response)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "metadata",
                "response",
            ),
        )

    @property
    def done(self) -> bool | None:
        value = self._data.get("done")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "done")

    @done.setter
    def done(self, value: bool | None) -> None:
        self._set("done", value)

    @property
    def error(self) -> Status | None:
        return get_model(self, "error", Status)

    @error.setter
    def error(self, value: Status | Mapping[str, Any] | None) -> None:
        self._set("error", None if value is None else Status._coerce(value))

    @property
    def metadata(self) -> dict[str, Any] | None:
        value = self._data.get("metadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "metadata")

    @metadata.setter
    def metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("metadata", None if value is None else dict(value))

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
    def response(self) -> dict[str, Any] | None:
        value = self._data.get("response")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "response")

    @response.setter
    def response(self, value: Mapping[str, Any] | None) -> None:
        self._set("response", None if value is None else dict(value))


class CustomMetadata(_Model):
    """Model of schema ``CustomMetadata`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "key": "key",
        "numeric_value": "numericValue",
        "string_list_value": "stringListValue",
        "string_value": "stringValue",
    }

    def __init__(
        self,
        *,
        key: str,
        numeric_value: float | None = None,
        string_list_value: StringList | Mapping[str, Any] | None = None,
        string_value: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["key"] = key
        if numeric_value is not None:
            d["numericValue"] = numeric_value
        if string_list_value is not None:
            d["stringListValue"] = StringList._coerce(string_list_value)
        if string_value is not None:
            d["stringValue"] = string_value
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("numericValue",))

    @property
    def key(self) -> str | None:
        value = self._data.get("key")
        if value is None or type(value) is str:
            return value
        return get_str(self, "key")

    @key.setter
    def key(self, value: str | None) -> None:
        self._set("key", value)

    @property
    def numeric_value(self) -> float | None:
        return get_float(self, "numericValue")

    @numeric_value.setter
    def numeric_value(self, value: float | None) -> None:
        self._set("numericValue", value)

    @property
    def string_list_value(self) -> StringList | None:
        return get_model(self, "stringListValue", StringList)

    @string_list_value.setter
    def string_list_value(self, value: StringList | Mapping[str, Any] | None) -> None:
        self._set("stringListValue", None if value is None else StringList._coerce(value))

    @property
    def string_value(self) -> str | None:
        value = self._data.get("stringValue")
        if value is None or type(value) is str:
            return value
        return get_str(self, "stringValue")

    @string_value.setter
    def string_value(self, value: str | None) -> None:
        self._set("stringValue", value)


class Dataset(_Model):
    """Model of schema ``Dataset`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"examples": "examples"}

    def __init__(self, *, examples: TuningExamples | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if examples is not None:
            d["examples"] = TuningExamples._coerce(examples)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def examples(self) -> TuningExamples | None:
        return get_model(self, "examples", TuningExamples)

    @examples.setter
    def examples(self, value: TuningExamples | Mapping[str, Any] | None) -> None:
        self._set("examples", None if value is None else TuningExamples._coerce(value))


class Document(_Model):
    """Model of schema ``Document`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "create_time": "createTime",
        "custom_metadata": "customMetadata",
        "display_name": "displayName",
        "mime_type": "mimeType",
        "name": "name",
        "size_bytes": "sizeBytes",
        "state": "state",
        "update_time": "updateTime",
    }

    def __init__(
        self,
        *,
        create_time: str | None = None,
        custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]] | None = None,
        display_name: str | None = None,
        mime_type: str | None = None,
        name: str | None = None,
        size_bytes: int | str | None = None,
        state: DocumentState | str | None = None,
        update_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if create_time is not None:
            d["createTime"] = create_time
        if custom_metadata is not None:
            d["customMetadata"] = encode_model_list(CustomMetadata, custom_metadata)
        if display_name is not None:
            d["displayName"] = display_name
        if mime_type is not None:
            d["mimeType"] = mime_type
        if name is not None:
            d["name"] = name
        if size_bytes is not None:
            d["sizeBytes"] = encode_int64(size_bytes)
        if state is not None:
            d["state"] = state
        if update_time is not None:
            d["updateTime"] = update_time
        self._data = d
        self._parent = None
        self._key = None

    @property
    def create_time(self) -> str | None:
        value = self._data.get("createTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "createTime")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("createTime", value)

    @property
    def custom_metadata(self) -> list[CustomMetadata] | None:
        return get_model_list(self, "customMetadata", CustomMetadata)

    @custom_metadata.setter
    def custom_metadata(self, value: Sequence[CustomMetadata | Mapping[str, Any]] | None) -> None:
        self._set("customMetadata", None if value is None else encode_model_list(CustomMetadata, value))

    @property
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

    @property
    def mime_type(self) -> str | None:
        value = self._data.get("mimeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mimeType")

    @mime_type.setter
    def mime_type(self, value: str | None) -> None:
        self._set("mimeType", value)

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
    def size_bytes(self) -> int | None:
        return get_int64(self, "sizeBytes")

    @size_bytes.setter
    def size_bytes(self, value: int | str | None) -> None:
        self._set("sizeBytes", None if value is None else encode_int64(value))

    @property
    def state(self) -> DocumentState | str | None:
        value = self._data.get("state")
        if value is None or type(value) is str:
            return value
        return get_str(self, "state")

    @state.setter
    def state(self, value: DocumentState | str | None) -> None:
        self._set("state", value)

    @property
    def update_time(self) -> str | None:
        value = self._data.get("updateTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updateTime")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("updateTime", value)


class DownloadFileResponse(_Model):
    """Model of schema ``DownloadFileResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class DynamicRetrievalConfig(_Model):
    """Model of schema ``DynamicRetrievalConfig`` (gemini-v1beta)."""

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


class EmbedContentBatch(_Model):
    """Model of schema ``EmbedContentBatch`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "batch_stats": "batchStats",
        "create_time": "createTime",
        "display_name": "displayName",
        "end_time": "endTime",
        "input_config": "inputConfig",
        "model": "model",
        "name": "name",
        "output": "output",
        "priority": "priority",
        "state": "state",
        "update_time": "updateTime",
    }

    def __init__(
        self,
        *,
        display_name: str,
        input_config: InputEmbedContentConfig | Mapping[str, Any],
        model: str,
        batch_stats: EmbedContentBatchStats | Mapping[str, Any] | None = None,
        create_time: str | None = None,
        end_time: str | None = None,
        name: str | None = None,
        output: EmbedContentBatchOutput | Mapping[str, Any] | None = None,
        priority: int | str | None = None,
        state: EmbedContentBatchState | str | None = None,
        update_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if batch_stats is not None:
            d["batchStats"] = EmbedContentBatchStats._coerce(batch_stats)
        if create_time is not None:
            d["createTime"] = create_time
        d["displayName"] = display_name
        if end_time is not None:
            d["endTime"] = end_time
        d["inputConfig"] = InputEmbedContentConfig._coerce(input_config)
        d["model"] = model
        if name is not None:
            d["name"] = name
        if output is not None:
            d["output"] = EmbedContentBatchOutput._coerce(output)
        if priority is not None:
            d["priority"] = encode_int64(priority)
        if state is not None:
            d["state"] = state
        if update_time is not None:
            d["updateTime"] = update_time
        self._data = d
        self._parent = None
        self._key = None

    @property
    def batch_stats(self) -> EmbedContentBatchStats | None:
        return get_model(self, "batchStats", EmbedContentBatchStats)

    @batch_stats.setter
    def batch_stats(self, value: EmbedContentBatchStats | Mapping[str, Any] | None) -> None:
        self._set("batchStats", None if value is None else EmbedContentBatchStats._coerce(value))

    @property
    def create_time(self) -> str | None:
        value = self._data.get("createTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "createTime")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("createTime", value)

    @property
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

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
    def input_config(self) -> InputEmbedContentConfig | None:
        return get_model(self, "inputConfig", InputEmbedContentConfig)

    @input_config.setter
    def input_config(self, value: InputEmbedContentConfig | Mapping[str, Any] | None) -> None:
        self._set("inputConfig", None if value is None else InputEmbedContentConfig._coerce(value))

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
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def output(self) -> EmbedContentBatchOutput | None:
        return get_model(self, "output", EmbedContentBatchOutput)

    @output.setter
    def output(self, value: EmbedContentBatchOutput | Mapping[str, Any] | None) -> None:
        self._set("output", None if value is None else EmbedContentBatchOutput._coerce(value))

    @property
    def priority(self) -> int | None:
        return get_int64(self, "priority")

    @priority.setter
    def priority(self, value: int | str | None) -> None:
        self._set("priority", None if value is None else encode_int64(value))

    @property
    def state(self) -> EmbedContentBatchState | str | None:
        value = self._data.get("state")
        if value is None or type(value) is str:
            return value
        return get_str(self, "state")

    @state.setter
    def state(self, value: EmbedContentBatchState | str | None) -> None:
        self._set("state", value)

    @property
    def update_time(self) -> str | None:
        value = self._data.get("updateTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updateTime")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("updateTime", value)


class EmbedContentBatchOutput(_Model):
    """Model of schema ``EmbedContentBatchOutput`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "inlined_responses": "inlinedResponses",
        "responses_file": "responsesFile",
    }

    def __init__(
        self,
        *,
        inlined_responses: InlinedEmbedContentResponses | Mapping[str, Any] | None = None,
        responses_file: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if inlined_responses is not None:
            d["inlinedResponses"] = InlinedEmbedContentResponses._coerce(inlined_responses)
        if responses_file is not None:
            d["responsesFile"] = responses_file
        self._data = d
        self._parent = None
        self._key = None

    @property
    def inlined_responses(self) -> InlinedEmbedContentResponses | None:
        return get_model(self, "inlinedResponses", InlinedEmbedContentResponses)

    @inlined_responses.setter
    def inlined_responses(self, value: InlinedEmbedContentResponses | Mapping[str, Any] | None) -> None:
        self._set("inlinedResponses", None if value is None else InlinedEmbedContentResponses._coerce(value))

    @property
    def responses_file(self) -> str | None:
        value = self._data.get("responsesFile")
        if value is None or type(value) is str:
            return value
        return get_str(self, "responsesFile")

    @responses_file.setter
    def responses_file(self, value: str | None) -> None:
        self._set("responsesFile", value)


class EmbedContentBatchStats(_Model):
    """Model of schema ``EmbedContentBatchStats`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "failed_request_count": "failedRequestCount",
        "pending_request_count": "pendingRequestCount",
        "request_count": "requestCount",
        "successful_request_count": "successfulRequestCount",
    }

    def __init__(
        self,
        *,
        failed_request_count: int | str | None = None,
        pending_request_count: int | str | None = None,
        request_count: int | str | None = None,
        successful_request_count: int | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if failed_request_count is not None:
            d["failedRequestCount"] = encode_int64(failed_request_count)
        if pending_request_count is not None:
            d["pendingRequestCount"] = encode_int64(pending_request_count)
        if request_count is not None:
            d["requestCount"] = encode_int64(request_count)
        if successful_request_count is not None:
            d["successfulRequestCount"] = encode_int64(successful_request_count)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def failed_request_count(self) -> int | None:
        return get_int64(self, "failedRequestCount")

    @failed_request_count.setter
    def failed_request_count(self, value: int | str | None) -> None:
        self._set("failedRequestCount", None if value is None else encode_int64(value))

    @property
    def pending_request_count(self) -> int | None:
        return get_int64(self, "pendingRequestCount")

    @pending_request_count.setter
    def pending_request_count(self, value: int | str | None) -> None:
        self._set("pendingRequestCount", None if value is None else encode_int64(value))

    @property
    def request_count(self) -> int | None:
        return get_int64(self, "requestCount")

    @request_count.setter
    def request_count(self, value: int | str | None) -> None:
        self._set("requestCount", None if value is None else encode_int64(value))

    @property
    def successful_request_count(self) -> int | None:
        return get_int64(self, "successfulRequestCount")

    @successful_request_count.setter
    def successful_request_count(self, value: int | str | None) -> None:
        self._set("successfulRequestCount", None if value is None else encode_int64(value))


class EmbedContentRequest(_Model):
    """Model of schema ``EmbedContentRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "content": "content",
        "model": "model",
        "output_dimensionality": "outputDimensionality",
        "task_type": "taskType",
        "title": "title",
    }

    def __init__(
        self,
        *,
        content: Content | Mapping[str, Any],
        model: str,
        output_dimensionality: int | None = None,
        task_type: EmbedContentRequestTaskType | str | None = None,
        title: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["content"] = Content._coerce(content)
        d["model"] = model
        if output_dimensionality is not None:
            d["outputDimensionality"] = output_dimensionality
        if task_type is not None:
            d["taskType"] = task_type
        if title is not None:
            d["title"] = title
        self._data = d
        self._parent = None
        self._key = None

    @property
    def content(self) -> Content | None:
        return get_model(self, "content", Content)

    @content.setter
    def content(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("content", None if value is None else Content._coerce(value))

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
    def output_dimensionality(self) -> int | None:
        value = self._data.get("outputDimensionality")
        if value is None or type(value) is int:
            return value
        return get_int(self, "outputDimensionality")

    @output_dimensionality.setter
    def output_dimensionality(self, value: int | None) -> None:
        self._set("outputDimensionality", value)

    @property
    def task_type(self) -> EmbedContentRequestTaskType | str | None:
        value = self._data.get("taskType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "taskType")

    @task_type.setter
    def task_type(self, value: EmbedContentRequestTaskType | str | None) -> None:
        self._set("taskType", value)

    @property
    def title(self) -> str | None:
        value = self._data.get("title")
        if value is None or type(value) is str:
            return value
        return get_str(self, "title")

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)


class EmbedContentResponse(_Model):
    """Model of schema ``EmbedContentResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"embedding": "embedding"}

    def __init__(self, *, embedding: ContentEmbedding | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if embedding is not None:
            d["embedding"] = ContentEmbedding._coerce(embedding)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def embedding(self) -> ContentEmbedding | None:
        return get_model(self, "embedding", ContentEmbedding)

    @embedding.setter
    def embedding(self, value: ContentEmbedding | Mapping[str, Any] | None) -> None:
        self._set("embedding", None if value is None else ContentEmbedding._coerce(value))


class EmbedTextRequest(_Model):
    """Model of schema ``EmbedTextRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"model": "model", "text": "text"}

    def __init__(self, *, model: str, text: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["model"] = model
        if text is not None:
            d["text"] = text
        self._data = d
        self._parent = None
        self._key = None

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
    def text(self) -> str | None:
        value = self._data.get("text")
        if value is None or type(value) is str:
            return value
        return get_str(self, "text")

    @text.setter
    def text(self, value: str | None) -> None:
        self._set("text", value)


class EmbedTextResponse(_Model):
    """Model of schema ``EmbedTextResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"embedding": "embedding"}

    def __init__(self, *, embedding: Embedding | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if embedding is not None:
            d["embedding"] = Embedding._coerce(embedding)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def embedding(self) -> Embedding | None:
        return get_model(self, "embedding", Embedding)

    @embedding.setter
    def embedding(self, value: Embedding | Mapping[str, Any] | None) -> None:
        self._set("embedding", None if value is None else Embedding._coerce(value))


class Embedding(_Model):
    """Model of schema ``Embedding`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"value": "value"}

    def __init__(self, *, value: Sequence[float] | None = None) -> None:
        d: dict[str, Any] = {}
        if value is not None:
            d["value"] = list(value)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("value",))

    @property
    def value(self) -> list[float] | None:
        return get_float_list(self, "value")

    @value.setter
    def value(self, value: Sequence[float] | None) -> None:
        self._set("value", None if value is None else list(value))


class EmbeddingUsageMetadata(_Model):
    """Model of schema ``EmbeddingUsageMetadata`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "prompt_token_count": "promptTokenCount",
        "prompt_token_details": "promptTokenDetails",
    }

    def __init__(
        self,
        *,
        prompt_token_count: int | None = None,
        prompt_token_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if prompt_token_count is not None:
            d["promptTokenCount"] = prompt_token_count
        if prompt_token_details is not None:
            d["promptTokenDetails"] = encode_model_list(ModalityTokenCount, prompt_token_details)
        self._data = d
        self._parent = None
        self._key = None

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
    def prompt_token_details(self) -> list[ModalityTokenCount] | None:
        return get_model_list(self, "promptTokenDetails", ModalityTokenCount)

    @prompt_token_details.setter
    def prompt_token_details(self, value: Sequence[ModalityTokenCount | Mapping[str, Any]] | None) -> None:
        self._set("promptTokenDetails", None if value is None else encode_model_list(ModalityTokenCount, value))


class Empty(_Model):
    """Model of schema ``Empty`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class Example(_Model):
    """Model of schema ``Example`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"input": "input", "output": "output"}

    def __init__(self, *, input: Message | Mapping[str, Any], output: Message | Mapping[str, Any]) -> None:
        d: dict[str, Any] = {}
        d["input"] = Message._coerce(input)
        d["output"] = Message._coerce(output)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def input(self) -> Message | None:
        return get_model(self, "input", Message)

    @input.setter
    def input(self, value: Message | Mapping[str, Any] | None) -> None:
        self._set("input", None if value is None else Message._coerce(value))

    @property
    def output(self) -> Message | None:
        return get_model(self, "output", Message)

    @output.setter
    def output(self, value: Message | Mapping[str, Any] | None) -> None:
        self._set("output", None if value is None else Message._coerce(value))


class ExecutableCode(_Model):
    """Model of schema ``ExecutableCode`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"code": "code", "id": "id", "language": "language"}

    def __init__(self, *, code: str, language: ExecutableCodeLanguage | str, id: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["code"] = code
        if id is not None:
            d["id"] = id
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
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)

    @property
    def language(self) -> ExecutableCodeLanguage | str | None:
        value = self._data.get("language")
        if value is None or type(value) is str:
            return value
        return get_str(self, "language")

    @language.setter
    def language(self, value: ExecutableCodeLanguage | str | None) -> None:
        self._set("language", value)


class File(_Model):
    """Model of schema ``File`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "create_time": "createTime",
        "display_name": "displayName",
        "download_uri": "downloadUri",
        "error": "error",
        "expiration_time": "expirationTime",
        "mime_type": "mimeType",
        "name": "name",
        "sha256_hash": "sha256Hash",
        "size_bytes": "sizeBytes",
        "source": "source",
        "state": "state",
        "update_time": "updateTime",
        "uri": "uri",
        "video_metadata": "videoMetadata",
    }

    def __init__(
        self,
        *,
        create_time: str | None = None,
        display_name: str | None = None,
        download_uri: str | None = None,
        error: Status | Mapping[str, Any] | None = None,
        expiration_time: str | None = None,
        mime_type: str | None = None,
        name: str | None = None,
        sha256_hash: bytes | str | None = None,
        size_bytes: int | str | None = None,
        source: FileSource | str | None = None,
        state: FileState | str | None = None,
        update_time: str | None = None,
        uri: str | None = None,
        video_metadata: VideoFileMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if create_time is not None:
            d["createTime"] = create_time
        if display_name is not None:
            d["displayName"] = display_name
        if download_uri is not None:
            d["downloadUri"] = download_uri
        if error is not None:
            d["error"] = Status._coerce(error)
        if expiration_time is not None:
            d["expirationTime"] = expiration_time
        if mime_type is not None:
            d["mimeType"] = mime_type
        if name is not None:
            d["name"] = name
        if sha256_hash is not None:
            d["sha256Hash"] = encode_base64(sha256_hash)
        if size_bytes is not None:
            d["sizeBytes"] = encode_int64(size_bytes)
        if source is not None:
            d["source"] = source
        if state is not None:
            d["state"] = state
        if update_time is not None:
            d["updateTime"] = update_time
        if uri is not None:
            d["uri"] = uri
        if video_metadata is not None:
            d["videoMetadata"] = VideoFileMetadata._coerce(video_metadata)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def create_time(self) -> str | None:
        value = self._data.get("createTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "createTime")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("createTime", value)

    @property
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

    @property
    def download_uri(self) -> str | None:
        value = self._data.get("downloadUri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "downloadUri")

    @download_uri.setter
    def download_uri(self, value: str | None) -> None:
        self._set("downloadUri", value)

    @property
    def error(self) -> Status | None:
        return get_model(self, "error", Status)

    @error.setter
    def error(self, value: Status | Mapping[str, Any] | None) -> None:
        self._set("error", None if value is None else Status._coerce(value))

    @property
    def expiration_time(self) -> str | None:
        value = self._data.get("expirationTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "expirationTime")

    @expiration_time.setter
    def expiration_time(self, value: str | None) -> None:
        self._set("expirationTime", value)

    @property
    def mime_type(self) -> str | None:
        value = self._data.get("mimeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mimeType")

    @mime_type.setter
    def mime_type(self, value: str | None) -> None:
        self._set("mimeType", value)

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
    def sha256_hash(self) -> bytes | None:
        return get_bytes(self, "sha256Hash")

    @sha256_hash.setter
    def sha256_hash(self, value: bytes | str | None) -> None:
        self._set("sha256Hash", None if value is None else encode_base64(value))

    @property
    def size_bytes(self) -> int | None:
        return get_int64(self, "sizeBytes")

    @size_bytes.setter
    def size_bytes(self, value: int | str | None) -> None:
        self._set("sizeBytes", None if value is None else encode_int64(value))

    @property
    def source(self) -> FileSource | str | None:
        value = self._data.get("source")
        if value is None or type(value) is str:
            return value
        return get_str(self, "source")

    @source.setter
    def source(self, value: FileSource | str | None) -> None:
        self._set("source", value)

    @property
    def state(self) -> FileState | str | None:
        value = self._data.get("state")
        if value is None or type(value) is str:
            return value
        return get_str(self, "state")

    @state.setter
    def state(self, value: FileState | str | None) -> None:
        self._set("state", value)

    @property
    def update_time(self) -> str | None:
        value = self._data.get("updateTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updateTime")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("updateTime", value)

    @property
    def uri(self) -> str | None:
        value = self._data.get("uri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "uri")

    @uri.setter
    def uri(self, value: str | None) -> None:
        self._set("uri", value)

    @property
    def video_metadata(self) -> VideoFileMetadata | None:
        return get_model(self, "videoMetadata", VideoFileMetadata)

    @video_metadata.setter
    def video_metadata(self, value: VideoFileMetadata | Mapping[str, Any] | None) -> None:
        self._set("videoMetadata", None if value is None else VideoFileMetadata._coerce(value))


class FileData(_Model):
    """Model of schema ``FileData`` (gemini-v1beta)."""

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
    """Model of schema ``FileSearch`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "file_search_store_names": "fileSearchStoreNames",
        "metadata_filter": "metadataFilter",
        "top_k": "topK",
    }

    def __init__(
        self, *, file_search_store_names: Sequence[str], metadata_filter: str | None = None, top_k: int | None = None
    ) -> None:
        d: dict[str, Any] = {}
        d["fileSearchStoreNames"] = list(file_search_store_names)
        if metadata_filter is not None:
            d["metadataFilter"] = metadata_filter
        if top_k is not None:
            d["topK"] = top_k
        self._data = d
        self._parent = None
        self._key = None

    @property
    def file_search_store_names(self) -> list[str] | None:
        return get_str_list(self, "fileSearchStoreNames")

    @file_search_store_names.setter
    def file_search_store_names(self, value: Sequence[str] | None) -> None:
        self._set("fileSearchStoreNames", None if value is None else list(value))

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


class FileSearchStore(_Model):
    """Model of schema ``FileSearchStore`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "active_documents_count": "activeDocumentsCount",
        "create_time": "createTime",
        "display_name": "displayName",
        "failed_documents_count": "failedDocumentsCount",
        "name": "name",
        "pending_documents_count": "pendingDocumentsCount",
        "size_bytes": "sizeBytes",
        "update_time": "updateTime",
    }

    def __init__(
        self,
        *,
        active_documents_count: int | str | None = None,
        create_time: str | None = None,
        display_name: str | None = None,
        failed_documents_count: int | str | None = None,
        name: str | None = None,
        pending_documents_count: int | str | None = None,
        size_bytes: int | str | None = None,
        update_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if active_documents_count is not None:
            d["activeDocumentsCount"] = encode_int64(active_documents_count)
        if create_time is not None:
            d["createTime"] = create_time
        if display_name is not None:
            d["displayName"] = display_name
        if failed_documents_count is not None:
            d["failedDocumentsCount"] = encode_int64(failed_documents_count)
        if name is not None:
            d["name"] = name
        if pending_documents_count is not None:
            d["pendingDocumentsCount"] = encode_int64(pending_documents_count)
        if size_bytes is not None:
            d["sizeBytes"] = encode_int64(size_bytes)
        if update_time is not None:
            d["updateTime"] = update_time
        self._data = d
        self._parent = None
        self._key = None

    @property
    def active_documents_count(self) -> int | None:
        return get_int64(self, "activeDocumentsCount")

    @active_documents_count.setter
    def active_documents_count(self, value: int | str | None) -> None:
        self._set("activeDocumentsCount", None if value is None else encode_int64(value))

    @property
    def create_time(self) -> str | None:
        value = self._data.get("createTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "createTime")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("createTime", value)

    @property
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

    @property
    def failed_documents_count(self) -> int | None:
        return get_int64(self, "failedDocumentsCount")

    @failed_documents_count.setter
    def failed_documents_count(self, value: int | str | None) -> None:
        self._set("failedDocumentsCount", None if value is None else encode_int64(value))

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
    def pending_documents_count(self) -> int | None:
        return get_int64(self, "pendingDocumentsCount")

    @pending_documents_count.setter
    def pending_documents_count(self, value: int | str | None) -> None:
        self._set("pendingDocumentsCount", None if value is None else encode_int64(value))

    @property
    def size_bytes(self) -> int | None:
        return get_int64(self, "sizeBytes")

    @size_bytes.setter
    def size_bytes(self, value: int | str | None) -> None:
        self._set("sizeBytes", None if value is None else encode_int64(value))

    @property
    def update_time(self) -> str | None:
        value = self._data.get("updateTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updateTime")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("updateTime", value)


class FunctionCall(_Model):
    """Model of schema ``FunctionCall`` (gemini-v1beta)."""

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


class FunctionCallingConfig(_Model):
    """Model of schema ``FunctionCallingConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"allowed_function_names": "allowedFunctionNames", "mode": "mode"}

    def __init__(
        self,
        *,
        allowed_function_names: Sequence[str] | None = None,
        mode: FunctionCallingConfigMode | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if allowed_function_names is not None:
            d["allowedFunctionNames"] = list(allowed_function_names)
        if mode is not None:
            d["mode"] = mode
        self._data = d
        self._parent = None
        self._key = None

    @property
    def allowed_function_names(self) -> list[str] | None:
        return get_str_list(self, "allowedFunctionNames")

    @allowed_function_names.setter
    def allowed_function_names(self, value: Sequence[str] | None) -> None:
        self._set("allowedFunctionNames", None if value is None else list(value))

    @property
    def mode(self) -> FunctionCallingConfigMode | str | None:
        value = self._data.get("mode")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mode")

    @mode.setter
    def mode(self, value: FunctionCallingConfigMode | str | None) -> None:
        self._set("mode", value)


class FunctionDeclaration(_Model):
    """Model of schema ``FunctionDeclaration`` (gemini-v1beta)."""

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
    """Model of schema ``FunctionResponse`` (gemini-v1beta)."""

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
    """Model of schema ``FunctionResponseBlob`` (gemini-v1beta)."""

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
    """Model of schema ``FunctionResponsePart`` (gemini-v1beta)."""

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


class GenerateAnswerRequest(_Model):
    """Model of schema ``GenerateAnswerRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "answer_style": "answerStyle",
        "contents": "contents",
        "inline_passages": "inlinePassages",
        "safety_settings": "safetySettings",
        "semantic_retriever": "semanticRetriever",
        "temperature": "temperature",
    }

    def __init__(
        self,
        *,
        answer_style: GenerateAnswerRequestAnswerStyle | str,
        contents: Sequence[Content | Mapping[str, Any]],
        inline_passages: GroundingPassages | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        semantic_retriever: SemanticRetrieverConfig | Mapping[str, Any] | None = None,
        temperature: float | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["answerStyle"] = answer_style
        d["contents"] = encode_model_list(Content, contents)
        if inline_passages is not None:
            d["inlinePassages"] = GroundingPassages._coerce(inline_passages)
        if safety_settings is not None:
            d["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if semantic_retriever is not None:
            d["semanticRetriever"] = SemanticRetrieverConfig._coerce(semantic_retriever)
        if temperature is not None:
            d["temperature"] = temperature
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("temperature",))

    @property
    def answer_style(self) -> GenerateAnswerRequestAnswerStyle | str | None:
        value = self._data.get("answerStyle")
        if value is None or type(value) is str:
            return value
        return get_str(self, "answerStyle")

    @answer_style.setter
    def answer_style(self, value: GenerateAnswerRequestAnswerStyle | str | None) -> None:
        self._set("answerStyle", value)

    @property
    def contents(self) -> list[Content] | None:
        return get_model_list(self, "contents", Content)

    @contents.setter
    def contents(self, value: Sequence[Content | Mapping[str, Any]] | None) -> None:
        self._set("contents", None if value is None else encode_model_list(Content, value))

    @property
    def inline_passages(self) -> GroundingPassages | None:
        return get_model(self, "inlinePassages", GroundingPassages)

    @inline_passages.setter
    def inline_passages(self, value: GroundingPassages | Mapping[str, Any] | None) -> None:
        self._set("inlinePassages", None if value is None else GroundingPassages._coerce(value))

    @property
    def safety_settings(self) -> list[SafetySetting] | None:
        return get_model_list(self, "safetySettings", SafetySetting)

    @safety_settings.setter
    def safety_settings(self, value: Sequence[SafetySetting | Mapping[str, Any]] | None) -> None:
        self._set("safetySettings", None if value is None else encode_model_list(SafetySetting, value))

    @property
    def semantic_retriever(self) -> SemanticRetrieverConfig | None:
        return get_model(self, "semanticRetriever", SemanticRetrieverConfig)

    @semantic_retriever.setter
    def semantic_retriever(self, value: SemanticRetrieverConfig | Mapping[str, Any] | None) -> None:
        self._set("semanticRetriever", None if value is None else SemanticRetrieverConfig._coerce(value))

    @property
    def temperature(self) -> float | None:
        return get_float(self, "temperature")

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self._set("temperature", value)


class GenerateAnswerResponse(_Model):
    """Model of schema ``GenerateAnswerResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "answer": "answer",
        "answerable_probability": "answerableProbability",
        "input_feedback": "inputFeedback",
    }

    def __init__(
        self,
        *,
        answer: Candidate | Mapping[str, Any] | None = None,
        answerable_probability: float | None = None,
        input_feedback: InputFeedback | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if answer is not None:
            d["answer"] = Candidate._coerce(answer)
        if answerable_probability is not None:
            d["answerableProbability"] = answerable_probability
        if input_feedback is not None:
            d["inputFeedback"] = InputFeedback._coerce(input_feedback)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("answerableProbability",))

    @property
    def answer(self) -> Candidate | None:
        return get_model(self, "answer", Candidate)

    @answer.setter
    def answer(self, value: Candidate | Mapping[str, Any] | None) -> None:
        self._set("answer", None if value is None else Candidate._coerce(value))

    @property
    def answerable_probability(self) -> float | None:
        return get_float(self, "answerableProbability")

    @answerable_probability.setter
    def answerable_probability(self, value: float | None) -> None:
        self._set("answerableProbability", value)

    @property
    def input_feedback(self) -> InputFeedback | None:
        return get_model(self, "inputFeedback", InputFeedback)

    @input_feedback.setter
    def input_feedback(self, value: InputFeedback | Mapping[str, Any] | None) -> None:
        self._set("inputFeedback", None if value is None else InputFeedback._coerce(value))


class GenerateContentBatch(_Model):
    """Model of schema ``GenerateContentBatch`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "batch_stats": "batchStats",
        "create_time": "createTime",
        "display_name": "displayName",
        "end_time": "endTime",
        "input_config": "inputConfig",
        "model": "model",
        "name": "name",
        "output": "output",
        "priority": "priority",
        "state": "state",
        "update_time": "updateTime",
    }

    def __init__(
        self,
        *,
        display_name: str,
        input_config: InputConfig | Mapping[str, Any],
        model: str,
        batch_stats: BatchStats | Mapping[str, Any] | None = None,
        create_time: str | None = None,
        end_time: str | None = None,
        name: str | None = None,
        output: GenerateContentBatchOutput | Mapping[str, Any] | None = None,
        priority: int | str | None = None,
        state: GenerateContentBatchState | str | None = None,
        update_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if batch_stats is not None:
            d["batchStats"] = BatchStats._coerce(batch_stats)
        if create_time is not None:
            d["createTime"] = create_time
        d["displayName"] = display_name
        if end_time is not None:
            d["endTime"] = end_time
        d["inputConfig"] = InputConfig._coerce(input_config)
        d["model"] = model
        if name is not None:
            d["name"] = name
        if output is not None:
            d["output"] = GenerateContentBatchOutput._coerce(output)
        if priority is not None:
            d["priority"] = encode_int64(priority)
        if state is not None:
            d["state"] = state
        if update_time is not None:
            d["updateTime"] = update_time
        self._data = d
        self._parent = None
        self._key = None

    @property
    def batch_stats(self) -> BatchStats | None:
        return get_model(self, "batchStats", BatchStats)

    @batch_stats.setter
    def batch_stats(self, value: BatchStats | Mapping[str, Any] | None) -> None:
        self._set("batchStats", None if value is None else BatchStats._coerce(value))

    @property
    def create_time(self) -> str | None:
        value = self._data.get("createTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "createTime")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("createTime", value)

    @property
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

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
    def input_config(self) -> InputConfig | None:
        return get_model(self, "inputConfig", InputConfig)

    @input_config.setter
    def input_config(self, value: InputConfig | Mapping[str, Any] | None) -> None:
        self._set("inputConfig", None if value is None else InputConfig._coerce(value))

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
    def name(self) -> str | None:
        value = self._data.get("name")
        if value is None or type(value) is str:
            return value
        return get_str(self, "name")

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def output(self) -> GenerateContentBatchOutput | None:
        return get_model(self, "output", GenerateContentBatchOutput)

    @output.setter
    def output(self, value: GenerateContentBatchOutput | Mapping[str, Any] | None) -> None:
        self._set("output", None if value is None else GenerateContentBatchOutput._coerce(value))

    @property
    def priority(self) -> int | None:
        return get_int64(self, "priority")

    @priority.setter
    def priority(self, value: int | str | None) -> None:
        self._set("priority", None if value is None else encode_int64(value))

    @property
    def state(self) -> GenerateContentBatchState | str | None:
        value = self._data.get("state")
        if value is None or type(value) is str:
            return value
        return get_str(self, "state")

    @state.setter
    def state(self, value: GenerateContentBatchState | str | None) -> None:
        self._set("state", value)

    @property
    def update_time(self) -> str | None:
        value = self._data.get("updateTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updateTime")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("updateTime", value)


class GenerateContentBatchOutput(_Model):
    """Model of schema ``GenerateContentBatchOutput`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "inlined_responses": "inlinedResponses",
        "responses_file": "responsesFile",
    }

    def __init__(
        self,
        *,
        inlined_responses: InlinedResponses | Mapping[str, Any] | None = None,
        responses_file: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if inlined_responses is not None:
            d["inlinedResponses"] = InlinedResponses._coerce(inlined_responses)
        if responses_file is not None:
            d["responsesFile"] = responses_file
        self._data = d
        self._parent = None
        self._key = None

    @property
    def inlined_responses(self) -> InlinedResponses | None:
        return get_model(self, "inlinedResponses", InlinedResponses)

    @inlined_responses.setter
    def inlined_responses(self, value: InlinedResponses | Mapping[str, Any] | None) -> None:
        self._set("inlinedResponses", None if value is None else InlinedResponses._coerce(value))

    @property
    def responses_file(self) -> str | None:
        value = self._data.get("responsesFile")
        if value is None or type(value) is str:
            return value
        return get_str(self, "responsesFile")

    @responses_file.setter
    def responses_file(self, value: str | None) -> None:
        self._set("responsesFile", value)


class GenerateContentRequest(_Model):
    """Model of schema ``GenerateContentRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "cached_content": "cachedContent",
        "contents": "contents",
        "generation_config": "generationConfig",
        "model": "model",
        "safety_settings": "safetySettings",
        "service_tier": "serviceTier",
        "store": "store",
        "system_instruction": "systemInstruction",
        "tool_config": "toolConfig",
        "tools": "tools",
    }

    def __init__(
        self,
        *,
        contents: Sequence[Content | Mapping[str, Any]],
        model: str,
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if cached_content is not None:
            d["cachedContent"] = cached_content
        d["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            d["generationConfig"] = GenerationConfig._coerce(generation_config)
        d["model"] = model
        if safety_settings is not None:
            d["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            d["serviceTier"] = service_tier
        if store is not None:
            d["store"] = store
        if system_instruction is not None:
            d["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            d["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            d["tools"] = encode_model_list(Tool, tools)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def cached_content(self) -> str | None:
        value = self._data.get("cachedContent")
        if value is None or type(value) is str:
            return value
        return get_str(self, "cachedContent")

    @cached_content.setter
    def cached_content(self, value: str | None) -> None:
        self._set("cachedContent", value)

    @property
    def contents(self) -> list[Content] | None:
        return get_model_list(self, "contents", Content)

    @contents.setter
    def contents(self, value: Sequence[Content | Mapping[str, Any]] | None) -> None:
        self._set("contents", None if value is None else encode_model_list(Content, value))

    @property
    def generation_config(self) -> GenerationConfig | None:
        return get_model(self, "generationConfig", GenerationConfig)

    @generation_config.setter
    def generation_config(self, value: GenerationConfig | Mapping[str, Any] | None) -> None:
        self._set("generationConfig", None if value is None else GenerationConfig._coerce(value))

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
    def safety_settings(self) -> list[SafetySetting] | None:
        return get_model_list(self, "safetySettings", SafetySetting)

    @safety_settings.setter
    def safety_settings(self, value: Sequence[SafetySetting | Mapping[str, Any]] | None) -> None:
        self._set("safetySettings", None if value is None else encode_model_list(SafetySetting, value))

    @property
    def service_tier(self) -> GenerateContentRequestServiceTier | str | None:
        value = self._data.get("serviceTier")
        if value is None or type(value) is str:
            return value
        return get_str(self, "serviceTier")

    @service_tier.setter
    def service_tier(self, value: GenerateContentRequestServiceTier | str | None) -> None:
        self._set("serviceTier", value)

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
    def system_instruction(self) -> Content | None:
        return get_model(self, "systemInstruction", Content)

    @system_instruction.setter
    def system_instruction(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("systemInstruction", None if value is None else Content._coerce(value))

    @property
    def tool_config(self) -> ToolConfig | None:
        return get_model(self, "toolConfig", ToolConfig)

    @tool_config.setter
    def tool_config(self, value: ToolConfig | Mapping[str, Any] | None) -> None:
        self._set("toolConfig", None if value is None else ToolConfig._coerce(value))

    @property
    def tools(self) -> list[Tool] | None:
        return get_model_list(self, "tools", Tool)

    @tools.setter
    def tools(self, value: Sequence[Tool | Mapping[str, Any]] | None) -> None:
        self._set("tools", None if value is None else encode_model_list(Tool, value))


class GenerateContentResponse(_Model):
    """Model of schema ``GenerateContentResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "candidates": "candidates",
        "model_status": "modelStatus",
        "model_version": "modelVersion",
        "prompt_feedback": "promptFeedback",
        "response_id": "responseId",
        "usage_metadata": "usageMetadata",
    }

    def __init__(
        self,
        *,
        candidates: Sequence[Candidate | Mapping[str, Any]] | None = None,
        model_status: ModelStatus | Mapping[str, Any] | None = None,
        model_version: str | None = None,
        prompt_feedback: PromptFeedback | Mapping[str, Any] | None = None,
        response_id: str | None = None,
        usage_metadata: UsageMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if candidates is not None:
            d["candidates"] = encode_model_list(Candidate, candidates)
        if model_status is not None:
            d["modelStatus"] = ModelStatus._coerce(model_status)
        if model_version is not None:
            d["modelVersion"] = model_version
        if prompt_feedback is not None:
            d["promptFeedback"] = PromptFeedback._coerce(prompt_feedback)
        if response_id is not None:
            d["responseId"] = response_id
        if usage_metadata is not None:
            d["usageMetadata"] = UsageMetadata._coerce(usage_metadata)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def candidates(self) -> list[Candidate] | None:
        return get_model_list(self, "candidates", Candidate)

    @candidates.setter
    def candidates(self, value: Sequence[Candidate | Mapping[str, Any]] | None) -> None:
        self._set("candidates", None if value is None else encode_model_list(Candidate, value))

    @property
    def model_status(self) -> ModelStatus | None:
        return get_model(self, "modelStatus", ModelStatus)

    @model_status.setter
    def model_status(self, value: ModelStatus | Mapping[str, Any] | None) -> None:
        self._set("modelStatus", None if value is None else ModelStatus._coerce(value))

    @property
    def model_version(self) -> str | None:
        value = self._data.get("modelVersion")
        if value is None or type(value) is str:
            return value
        return get_str(self, "modelVersion")

    @model_version.setter
    def model_version(self, value: str | None) -> None:
        self._set("modelVersion", value)

    @property
    def prompt_feedback(self) -> PromptFeedback | None:
        return get_model(self, "promptFeedback", PromptFeedback)

    @prompt_feedback.setter
    def prompt_feedback(self, value: PromptFeedback | Mapping[str, Any] | None) -> None:
        self._set("promptFeedback", None if value is None else PromptFeedback._coerce(value))

    @property
    def response_id(self) -> str | None:
        value = self._data.get("responseId")
        if value is None or type(value) is str:
            return value
        return get_str(self, "responseId")

    @response_id.setter
    def response_id(self, value: str | None) -> None:
        self._set("responseId", value)

    @property
    def usage_metadata(self) -> UsageMetadata | None:
        return get_model(self, "usageMetadata", UsageMetadata)

    @usage_metadata.setter
    def usage_metadata(self, value: UsageMetadata | Mapping[str, Any] | None) -> None:
        self._set("usageMetadata", None if value is None else UsageMetadata._coerce(value))


class GenerateMessageRequest(_Model):
    """Model of schema ``GenerateMessageRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "candidate_count": "candidateCount",
        "prompt": "prompt",
        "temperature": "temperature",
        "top_k": "topK",
        "top_p": "topP",
    }

    def __init__(
        self,
        *,
        prompt: MessagePrompt | Mapping[str, Any],
        candidate_count: int | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if candidate_count is not None:
            d["candidateCount"] = candidate_count
        d["prompt"] = MessagePrompt._coerce(prompt)
        if temperature is not None:
            d["temperature"] = temperature
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
    def prompt(self) -> MessagePrompt | None:
        return get_model(self, "prompt", MessagePrompt)

    @prompt.setter
    def prompt(self, value: MessagePrompt | Mapping[str, Any] | None) -> None:
        self._set("prompt", None if value is None else MessagePrompt._coerce(value))

    @property
    def temperature(self) -> float | None:
        return get_float(self, "temperature")

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self._set("temperature", value)

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


class GenerateMessageResponse(_Model):
    """Model of schema ``GenerateMessageResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "candidates": "candidates",
        "filters": "filters",
        "messages": "messages",
    }

    def __init__(
        self,
        *,
        candidates: Sequence[Message | Mapping[str, Any]] | None = None,
        filters: Sequence[ContentFilter | Mapping[str, Any]] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if candidates is not None:
            d["candidates"] = encode_model_list(Message, candidates)
        if filters is not None:
            d["filters"] = encode_model_list(ContentFilter, filters)
        if messages is not None:
            d["messages"] = encode_model_list(Message, messages)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def candidates(self) -> list[Message] | None:
        return get_model_list(self, "candidates", Message)

    @candidates.setter
    def candidates(self, value: Sequence[Message | Mapping[str, Any]] | None) -> None:
        self._set("candidates", None if value is None else encode_model_list(Message, value))

    @property
    def filters(self) -> list[ContentFilter] | None:
        return get_model_list(self, "filters", ContentFilter)

    @filters.setter
    def filters(self, value: Sequence[ContentFilter | Mapping[str, Any]] | None) -> None:
        self._set("filters", None if value is None else encode_model_list(ContentFilter, value))

    @property
    def messages(self) -> list[Message] | None:
        return get_model_list(self, "messages", Message)

    @messages.setter
    def messages(self, value: Sequence[Message | Mapping[str, Any]] | None) -> None:
        self._set("messages", None if value is None else encode_model_list(Message, value))


class GenerateTextRequest(_Model):
    """Model of schema ``GenerateTextRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "candidate_count": "candidateCount",
        "max_output_tokens": "maxOutputTokens",
        "prompt": "prompt",
        "safety_settings": "safetySettings",
        "stop_sequences": "stopSequences",
        "temperature": "temperature",
        "top_k": "topK",
        "top_p": "topP",
    }

    def __init__(
        self,
        *,
        prompt: TextPrompt | Mapping[str, Any],
        candidate_count: int | None = None,
        max_output_tokens: int | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        stop_sequences: Sequence[str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if candidate_count is not None:
            d["candidateCount"] = candidate_count
        if max_output_tokens is not None:
            d["maxOutputTokens"] = max_output_tokens
        d["prompt"] = TextPrompt._coerce(prompt)
        if safety_settings is not None:
            d["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if stop_sequences is not None:
            d["stopSequences"] = list(stop_sequences)
        if temperature is not None:
            d["temperature"] = temperature
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
    def max_output_tokens(self) -> int | None:
        value = self._data.get("maxOutputTokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "maxOutputTokens")

    @max_output_tokens.setter
    def max_output_tokens(self, value: int | None) -> None:
        self._set("maxOutputTokens", value)

    @property
    def prompt(self) -> TextPrompt | None:
        return get_model(self, "prompt", TextPrompt)

    @prompt.setter
    def prompt(self, value: TextPrompt | Mapping[str, Any] | None) -> None:
        self._set("prompt", None if value is None else TextPrompt._coerce(value))

    @property
    def safety_settings(self) -> list[SafetySetting] | None:
        return get_model_list(self, "safetySettings", SafetySetting)

    @safety_settings.setter
    def safety_settings(self, value: Sequence[SafetySetting | Mapping[str, Any]] | None) -> None:
        self._set("safetySettings", None if value is None else encode_model_list(SafetySetting, value))

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


class GenerateTextResponse(_Model):
    """Model of schema ``GenerateTextResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "candidates": "candidates",
        "filters": "filters",
        "safety_feedback": "safetyFeedback",
    }

    def __init__(
        self,
        *,
        candidates: Sequence[TextCompletion | Mapping[str, Any]] | None = None,
        filters: Sequence[ContentFilter | Mapping[str, Any]] | None = None,
        safety_feedback: Sequence[SafetyFeedback | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if candidates is not None:
            d["candidates"] = encode_model_list(TextCompletion, candidates)
        if filters is not None:
            d["filters"] = encode_model_list(ContentFilter, filters)
        if safety_feedback is not None:
            d["safetyFeedback"] = encode_model_list(SafetyFeedback, safety_feedback)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def candidates(self) -> list[TextCompletion] | None:
        return get_model_list(self, "candidates", TextCompletion)

    @candidates.setter
    def candidates(self, value: Sequence[TextCompletion | Mapping[str, Any]] | None) -> None:
        self._set("candidates", None if value is None else encode_model_list(TextCompletion, value))

    @property
    def filters(self) -> list[ContentFilter] | None:
        return get_model_list(self, "filters", ContentFilter)

    @filters.setter
    def filters(self, value: Sequence[ContentFilter | Mapping[str, Any]] | None) -> None:
        self._set("filters", None if value is None else encode_model_list(ContentFilter, value))

    @property
    def safety_feedback(self) -> list[SafetyFeedback] | None:
        return get_model_list(self, "safetyFeedback", SafetyFeedback)

    @safety_feedback.setter
    def safety_feedback(self, value: Sequence[SafetyFeedback | Mapping[str, Any]] | None) -> None:
        self._set("safetyFeedback", None if value is None else encode_model_list(SafetyFeedback, value))


class GeneratedFile(_Model):
    """Model of schema ``GeneratedFile`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "error": "error",
        "mime_type": "mimeType",
        "name": "name",
        "state": "state",
    }

    def __init__(
        self,
        *,
        error: Status | Mapping[str, Any] | None = None,
        mime_type: str | None = None,
        name: str | None = None,
        state: GeneratedFileState | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if error is not None:
            d["error"] = Status._coerce(error)
        if mime_type is not None:
            d["mimeType"] = mime_type
        if name is not None:
            d["name"] = name
        if state is not None:
            d["state"] = state
        self._data = d
        self._parent = None
        self._key = None

    @property
    def error(self) -> Status | None:
        return get_model(self, "error", Status)

    @error.setter
    def error(self, value: Status | Mapping[str, Any] | None) -> None:
        self._set("error", None if value is None else Status._coerce(value))

    @property
    def mime_type(self) -> str | None:
        value = self._data.get("mimeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mimeType")

    @mime_type.setter
    def mime_type(self, value: str | None) -> None:
        self._set("mimeType", value)

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
    def state(self) -> GeneratedFileState | str | None:
        value = self._data.get("state")
        if value is None or type(value) is str:
            return value
        return get_str(self, "state")

    @state.setter
    def state(self, value: GeneratedFileState | str | None) -> None:
        self._set("state", value)


class GenerationConfig(_Model):
    """Model of schema ``GenerationConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "response_json_schema_": "_responseJsonSchema",
        "candidate_count": "candidateCount",
        "enable_affective_dialog": "enableAffectiveDialog",
        "enable_enhanced_civic_answers": "enableEnhancedCivicAnswers",
        "frequency_penalty": "frequencyPenalty",
        "image_config": "imageConfig",
        "logprobs": "logprobs",
        "max_output_tokens": "maxOutputTokens",
        "media_resolution": "mediaResolution",
        "presence_penalty": "presencePenalty",
        "response_json_schema": "responseJsonSchema",
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
        response_json_schema_: Any | None = None,
        candidate_count: int | None = None,
        enable_affective_dialog: bool | None = None,
        enable_enhanced_civic_answers: bool | None = None,
        frequency_penalty: float | None = None,
        image_config: ImageConfig | Mapping[str, Any] | None = None,
        logprobs: int | None = None,
        max_output_tokens: int | None = None,
        media_resolution: GenerationConfigMediaResolution | str | None = None,
        presence_penalty: float | None = None,
        response_json_schema: Any | None = None,
        response_logprobs: bool | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[GenerationConfigResponseModalities | str] | None = None,
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
        if response_json_schema_ is not None:
            d["_responseJsonSchema"] = encode_union(response_json_schema_)
        if candidate_count is not None:
            d["candidateCount"] = candidate_count
        if enable_affective_dialog is not None:
            d["enableAffectiveDialog"] = enable_affective_dialog
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
                "_responseJsonSchema",
                "frequencyPenalty",
                "presencePenalty",
                "responseJsonSchema",
                "temperature",
                "topP",
            ),
        )

    @property
    def response_json_schema_(self) -> Any | None:
        return get_any(self, "_responseJsonSchema")

    @response_json_schema_.setter
    def response_json_schema_(self, value: Any | None) -> None:
        self._set("_responseJsonSchema", None if value is None else encode_union(value))

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
    def enable_affective_dialog(self) -> bool | None:
        value = self._data.get("enableAffectiveDialog")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "enableAffectiveDialog")

    @enable_affective_dialog.setter
    def enable_affective_dialog(self, value: bool | None) -> None:
        self._set("enableAffectiveDialog", value)

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
    def response_modalities(self) -> list[GenerationConfigResponseModalities | str] | None:
        return get_str_list(self, "responseModalities")

    @response_modalities.setter
    def response_modalities(self, value: Sequence[GenerationConfigResponseModalities | str] | None) -> None:
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


class GoogleAiGenerativelanguageV1alphaGroundingSupport(_Model):
    """Model of schema ``GoogleAiGenerativelanguageV1alphaGroundingSupport`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "confidence_scores": "confidenceScores",
        "grounding_chunk_indices": "groundingChunkIndices",
        "rendered_parts": "renderedParts",
        "segment": "segment",
    }

    def __init__(
        self,
        *,
        confidence_scores: Sequence[float] | None = None,
        grounding_chunk_indices: Sequence[int] | None = None,
        rendered_parts: Sequence[int] | None = None,
        segment: GoogleAiGenerativelanguageV1alphaSegment | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if confidence_scores is not None:
            d["confidenceScores"] = list(confidence_scores)
        if grounding_chunk_indices is not None:
            d["groundingChunkIndices"] = list(grounding_chunk_indices)
        if rendered_parts is not None:
            d["renderedParts"] = list(rendered_parts)
        if segment is not None:
            d["segment"] = GoogleAiGenerativelanguageV1alphaSegment._coerce(segment)
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
    def rendered_parts(self) -> list[int] | None:
        return get_int_list(self, "renderedParts")

    @rendered_parts.setter
    def rendered_parts(self, value: Sequence[int] | None) -> None:
        self._set("renderedParts", None if value is None else list(value))

    @property
    def segment(self) -> GoogleAiGenerativelanguageV1alphaSegment | None:
        return get_model(self, "segment", GoogleAiGenerativelanguageV1alphaSegment)

    @segment.setter
    def segment(self, value: GoogleAiGenerativelanguageV1alphaSegment | Mapping[str, Any] | None) -> None:
        self._set("segment", None if value is None else GoogleAiGenerativelanguageV1alphaSegment._coerce(value))


class GoogleAiGenerativelanguageV1alphaSegment(_Model):
    """Model of schema ``GoogleAiGenerativelanguageV1alphaSegment`` (gemini-v1beta)."""

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


class GoogleMaps(_Model):
    """Model of schema ``GoogleMaps`` (gemini-v1beta)."""

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


class GoogleSearch(_Model):
    """Model of schema ``GoogleSearch`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"search_types": "searchTypes", "time_range_filter": "timeRangeFilter"}

    def __init__(
        self,
        *,
        search_types: SearchTypes | Mapping[str, Any] | None = None,
        time_range_filter: Interval | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if search_types is not None:
            d["searchTypes"] = SearchTypes._coerce(search_types)
        if time_range_filter is not None:
            d["timeRangeFilter"] = Interval._coerce(time_range_filter)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def search_types(self) -> SearchTypes | None:
        return get_model(self, "searchTypes", SearchTypes)

    @search_types.setter
    def search_types(self, value: SearchTypes | Mapping[str, Any] | None) -> None:
        self._set("searchTypes", None if value is None else SearchTypes._coerce(value))

    @property
    def time_range_filter(self) -> Interval | None:
        return get_model(self, "timeRangeFilter", Interval)

    @time_range_filter.setter
    def time_range_filter(self, value: Interval | Mapping[str, Any] | None) -> None:
        self._set("timeRangeFilter", None if value is None else Interval._coerce(value))


class GoogleSearchRetrieval(_Model):
    """Model of schema ``GoogleSearchRetrieval`` (gemini-v1beta)."""

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


class GroundingAttribution(_Model):
    """Model of schema ``GroundingAttribution`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"content": "content", "source_id": "sourceId"}

    def __init__(
        self,
        *,
        content: Content | Mapping[str, Any] | None = None,
        source_id: AttributionSourceId | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if content is not None:
            d["content"] = Content._coerce(content)
        if source_id is not None:
            d["sourceId"] = AttributionSourceId._coerce(source_id)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def content(self) -> Content | None:
        return get_model(self, "content", Content)

    @content.setter
    def content(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("content", None if value is None else Content._coerce(value))

    @property
    def source_id(self) -> AttributionSourceId | None:
        return get_model(self, "sourceId", AttributionSourceId)

    @source_id.setter
    def source_id(self, value: AttributionSourceId | Mapping[str, Any] | None) -> None:
        self._set("sourceId", None if value is None else AttributionSourceId._coerce(value))


class GroundingChunk(_Model):
    """Model of schema ``GroundingChunk`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "image": "image",
        "maps": "maps",
        "retrieved_context": "retrievedContext",
        "web": "web",
    }

    def __init__(
        self,
        *,
        image: Image | Mapping[str, Any] | None = None,
        maps: Maps | Mapping[str, Any] | None = None,
        retrieved_context: RetrievedContext | Mapping[str, Any] | None = None,
        web: Web | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if image is not None:
            d["image"] = Image._coerce(image)
        if maps is not None:
            d["maps"] = Maps._coerce(maps)
        if retrieved_context is not None:
            d["retrievedContext"] = RetrievedContext._coerce(retrieved_context)
        if web is not None:
            d["web"] = Web._coerce(web)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def image(self) -> Image | None:
        return get_model(self, "image", Image)

    @image.setter
    def image(self, value: Image | Mapping[str, Any] | None) -> None:
        self._set("image", None if value is None else Image._coerce(value))

    @property
    def maps(self) -> Maps | None:
        return get_model(self, "maps", Maps)

    @maps.setter
    def maps(self, value: Maps | Mapping[str, Any] | None) -> None:
        self._set("maps", None if value is None else Maps._coerce(value))

    @property
    def retrieved_context(self) -> RetrievedContext | None:
        return get_model(self, "retrievedContext", RetrievedContext)

    @retrieved_context.setter
    def retrieved_context(self, value: RetrievedContext | Mapping[str, Any] | None) -> None:
        self._set("retrievedContext", None if value is None else RetrievedContext._coerce(value))

    @property
    def web(self) -> Web | None:
        return get_model(self, "web", Web)

    @web.setter
    def web(self, value: Web | Mapping[str, Any] | None) -> None:
        self._set("web", None if value is None else Web._coerce(value))


class GroundingChunkCustomMetadata(_Model):
    """Model of schema ``GroundingChunkCustomMetadata`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "key": "key",
        "numeric_value": "numericValue",
        "string_list_value": "stringListValue",
        "string_value": "stringValue",
    }

    def __init__(
        self,
        *,
        key: str | None = None,
        numeric_value: float | None = None,
        string_list_value: GroundingChunkStringList | Mapping[str, Any] | None = None,
        string_value: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if key is not None:
            d["key"] = key
        if numeric_value is not None:
            d["numericValue"] = numeric_value
        if string_list_value is not None:
            d["stringListValue"] = GroundingChunkStringList._coerce(string_list_value)
        if string_value is not None:
            d["stringValue"] = string_value
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("numericValue",))

    @property
    def key(self) -> str | None:
        value = self._data.get("key")
        if value is None or type(value) is str:
            return value
        return get_str(self, "key")

    @key.setter
    def key(self, value: str | None) -> None:
        self._set("key", value)

    @property
    def numeric_value(self) -> float | None:
        return get_float(self, "numericValue")

    @numeric_value.setter
    def numeric_value(self, value: float | None) -> None:
        self._set("numericValue", value)

    @property
    def string_list_value(self) -> GroundingChunkStringList | None:
        return get_model(self, "stringListValue", GroundingChunkStringList)

    @string_list_value.setter
    def string_list_value(self, value: GroundingChunkStringList | Mapping[str, Any] | None) -> None:
        self._set("stringListValue", None if value is None else GroundingChunkStringList._coerce(value))

    @property
    def string_value(self) -> str | None:
        value = self._data.get("stringValue")
        if value is None or type(value) is str:
            return value
        return get_str(self, "stringValue")

    @string_value.setter
    def string_value(self, value: str | None) -> None:
        self._set("stringValue", value)


class GroundingChunkStringList(_Model):
    """Model of schema ``GroundingChunkStringList`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"values": "values"}

    def __init__(self, *, values: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if values is not None:
            d["values"] = list(values)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def values(self) -> list[str] | None:
        return get_str_list(self, "values")

    @values.setter
    def values(self, value: Sequence[str] | None) -> None:
        self._set("values", None if value is None else list(value))


class GroundingMetadata(_Model):
    """Model of schema ``GroundingMetadata`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "google_maps_widget_context_token": "googleMapsWidgetContextToken",
        "grounding_chunks": "groundingChunks",
        "grounding_supports": "groundingSupports",
        "image_search_queries": "imageSearchQueries",
        "retrieval_metadata": "retrievalMetadata",
        "search_entry_point": "searchEntryPoint",
        "web_search_queries": "webSearchQueries",
    }

    def __init__(
        self,
        *,
        google_maps_widget_context_token: str | None = None,
        grounding_chunks: Sequence[GroundingChunk | Mapping[str, Any]] | None = None,
        grounding_supports: Sequence[GoogleAiGenerativelanguageV1alphaGroundingSupport | Mapping[str, Any]]
        | None = None,
        image_search_queries: Sequence[str] | None = None,
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
            d["groundingSupports"] = encode_model_list(
                GoogleAiGenerativelanguageV1alphaGroundingSupport, grounding_supports
            )
        if image_search_queries is not None:
            d["imageSearchQueries"] = list(image_search_queries)
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
    def grounding_supports(self) -> list[GoogleAiGenerativelanguageV1alphaGroundingSupport] | None:
        return get_model_list(self, "groundingSupports", GoogleAiGenerativelanguageV1alphaGroundingSupport)

    @grounding_supports.setter
    def grounding_supports(
        self, value: Sequence[GoogleAiGenerativelanguageV1alphaGroundingSupport | Mapping[str, Any]] | None
    ) -> None:
        self._set(
            "groundingSupports",
            None if value is None else encode_model_list(GoogleAiGenerativelanguageV1alphaGroundingSupport, value),
        )

    @property
    def image_search_queries(self) -> list[str] | None:
        return get_str_list(self, "imageSearchQueries")

    @image_search_queries.setter
    def image_search_queries(self, value: Sequence[str] | None) -> None:
        self._set("imageSearchQueries", None if value is None else list(value))

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


class GroundingPassage(_Model):
    """Model of schema ``GroundingPassage`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"content": "content", "id": "id"}

    def __init__(self, *, content: Content | Mapping[str, Any] | None = None, id: str | None = None) -> None:
        d: dict[str, Any] = {}
        if content is not None:
            d["content"] = Content._coerce(content)
        if id is not None:
            d["id"] = id
        self._data = d
        self._parent = None
        self._key = None

    @property
    def content(self) -> Content | None:
        return get_model(self, "content", Content)

    @content.setter
    def content(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("content", None if value is None else Content._coerce(value))

    @property
    def id(self) -> str | None:
        value = self._data.get("id")
        if value is None or type(value) is str:
            return value
        return get_str(self, "id")

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)


class GroundingPassageId(_Model):
    """Model of schema ``GroundingPassageId`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"part_index": "partIndex", "passage_id": "passageId"}

    def __init__(self, *, part_index: int | None = None, passage_id: str | None = None) -> None:
        d: dict[str, Any] = {}
        if part_index is not None:
            d["partIndex"] = part_index
        if passage_id is not None:
            d["passageId"] = passage_id
        self._data = d
        self._parent = None
        self._key = None

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
    def passage_id(self) -> str | None:
        value = self._data.get("passageId")
        if value is None or type(value) is str:
            return value
        return get_str(self, "passageId")

    @passage_id.setter
    def passage_id(self, value: str | None) -> None:
        self._set("passageId", value)


class GroundingPassages(_Model):
    """Model of schema ``GroundingPassages`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"passages": "passages"}

    def __init__(self, *, passages: Sequence[GroundingPassage | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if passages is not None:
            d["passages"] = encode_model_list(GroundingPassage, passages)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def passages(self) -> list[GroundingPassage] | None:
        return get_model_list(self, "passages", GroundingPassage)

    @passages.setter
    def passages(self, value: Sequence[GroundingPassage | Mapping[str, Any]] | None) -> None:
        self._set("passages", None if value is None else encode_model_list(GroundingPassage, value))


class HistoryConfig(_Model):
    """Model of schema ``HistoryConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"initial_history_in_client_content": "initialHistoryInClientContent"}

    def __init__(self, *, initial_history_in_client_content: bool | None = None) -> None:
        d: dict[str, Any] = {}
        if initial_history_in_client_content is not None:
            d["initialHistoryInClientContent"] = initial_history_in_client_content
        self._data = d
        self._parent = None
        self._key = None

    @property
    def initial_history_in_client_content(self) -> bool | None:
        value = self._data.get("initialHistoryInClientContent")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "initialHistoryInClientContent")

    @initial_history_in_client_content.setter
    def initial_history_in_client_content(self, value: bool | None) -> None:
        self._set("initialHistoryInClientContent", value)


class Hyperparameters(_Model):
    """Model of schema ``Hyperparameters`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "batch_size": "batchSize",
        "epoch_count": "epochCount",
        "learning_rate": "learningRate",
        "learning_rate_multiplier": "learningRateMultiplier",
    }

    def __init__(
        self,
        *,
        batch_size: int | None = None,
        epoch_count: int | None = None,
        learning_rate: float | None = None,
        learning_rate_multiplier: float | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if batch_size is not None:
            d["batchSize"] = batch_size
        if epoch_count is not None:
            d["epochCount"] = epoch_count
        if learning_rate is not None:
            d["learningRate"] = learning_rate
        if learning_rate_multiplier is not None:
            d["learningRateMultiplier"] = learning_rate_multiplier
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "learningRate",
                "learningRateMultiplier",
            ),
        )

    @property
    def batch_size(self) -> int | None:
        value = self._data.get("batchSize")
        if value is None or type(value) is int:
            return value
        return get_int(self, "batchSize")

    @batch_size.setter
    def batch_size(self, value: int | None) -> None:
        self._set("batchSize", value)

    @property
    def epoch_count(self) -> int | None:
        value = self._data.get("epochCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "epochCount")

    @epoch_count.setter
    def epoch_count(self, value: int | None) -> None:
        self._set("epochCount", value)

    @property
    def learning_rate(self) -> float | None:
        return get_float(self, "learningRate")

    @learning_rate.setter
    def learning_rate(self, value: float | None) -> None:
        self._set("learningRate", value)

    @property
    def learning_rate_multiplier(self) -> float | None:
        return get_float(self, "learningRateMultiplier")

    @learning_rate_multiplier.setter
    def learning_rate_multiplier(self, value: float | None) -> None:
        self._set("learningRateMultiplier", value)


class Image(_Model):
    """Model of schema ``Image`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "domain": "domain",
        "image_uri": "imageUri",
        "source_uri": "sourceUri",
        "title": "title",
    }

    def __init__(
        self,
        *,
        domain: str | None = None,
        image_uri: str | None = None,
        source_uri: str | None = None,
        title: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if domain is not None:
            d["domain"] = domain
        if image_uri is not None:
            d["imageUri"] = image_uri
        if source_uri is not None:
            d["sourceUri"] = source_uri
        if title is not None:
            d["title"] = title
        self._data = d
        self._parent = None
        self._key = None

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
    def image_uri(self) -> str | None:
        value = self._data.get("imageUri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "imageUri")

    @image_uri.setter
    def image_uri(self, value: str | None) -> None:
        self._set("imageUri", value)

    @property
    def source_uri(self) -> str | None:
        value = self._data.get("sourceUri")
        if value is None or type(value) is str:
            return value
        return get_str(self, "sourceUri")

    @source_uri.setter
    def source_uri(self, value: str | None) -> None:
        self._set("sourceUri", value)

    @property
    def title(self) -> str | None:
        value = self._data.get("title")
        if value is None or type(value) is str:
            return value
        return get_str(self, "title")

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)


class ImageConfig(_Model):
    """Model of schema ``ImageConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"aspect_ratio": "aspectRatio", "image_size": "imageSize"}

    def __init__(self, *, aspect_ratio: str | None = None, image_size: str | None = None) -> None:
        d: dict[str, Any] = {}
        if aspect_ratio is not None:
            d["aspectRatio"] = aspect_ratio
        if image_size is not None:
            d["imageSize"] = image_size
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

    @property
    def image_size(self) -> str | None:
        value = self._data.get("imageSize")
        if value is None or type(value) is str:
            return value
        return get_str(self, "imageSize")

    @image_size.setter
    def image_size(self, value: str | None) -> None:
        self._set("imageSize", value)


class ImageSearch(_Model):
    """Model of schema ``ImageSearch`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class ImportFileRequest(_Model):
    """Model of schema ``ImportFileRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "chunking_config": "chunkingConfig",
        "custom_metadata": "customMetadata",
        "file_name": "fileName",
    }

    def __init__(
        self,
        *,
        file_name: str,
        chunking_config: ChunkingConfig | Mapping[str, Any] | None = None,
        custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if chunking_config is not None:
            d["chunkingConfig"] = ChunkingConfig._coerce(chunking_config)
        if custom_metadata is not None:
            d["customMetadata"] = encode_model_list(CustomMetadata, custom_metadata)
        d["fileName"] = file_name
        self._data = d
        self._parent = None
        self._key = None

    @property
    def chunking_config(self) -> ChunkingConfig | None:
        return get_model(self, "chunkingConfig", ChunkingConfig)

    @chunking_config.setter
    def chunking_config(self, value: ChunkingConfig | Mapping[str, Any] | None) -> None:
        self._set("chunkingConfig", None if value is None else ChunkingConfig._coerce(value))

    @property
    def custom_metadata(self) -> list[CustomMetadata] | None:
        return get_model_list(self, "customMetadata", CustomMetadata)

    @custom_metadata.setter
    def custom_metadata(self, value: Sequence[CustomMetadata | Mapping[str, Any]] | None) -> None:
        self._set("customMetadata", None if value is None else encode_model_list(CustomMetadata, value))

    @property
    def file_name(self) -> str | None:
        value = self._data.get("fileName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "fileName")

    @file_name.setter
    def file_name(self, value: str | None) -> None:
        self._set("fileName", value)


class InlinedEmbedContentRequest(_Model):
    """Model of schema ``InlinedEmbedContentRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"metadata": "metadata", "request": "request"}

    def __init__(
        self, *, request: EmbedContentRequest | Mapping[str, Any], metadata: Mapping[str, Any] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if metadata is not None:
            d["metadata"] = dict(metadata)
        d["request"] = EmbedContentRequest._coerce(request)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("metadata",))

    @property
    def metadata(self) -> dict[str, Any] | None:
        value = self._data.get("metadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "metadata")

    @metadata.setter
    def metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("metadata", None if value is None else dict(value))

    @property
    def request(self) -> EmbedContentRequest | None:
        return get_model(self, "request", EmbedContentRequest)

    @request.setter
    def request(self, value: EmbedContentRequest | Mapping[str, Any] | None) -> None:
        self._set("request", None if value is None else EmbedContentRequest._coerce(value))


class InlinedEmbedContentRequests(_Model):
    """Model of schema ``InlinedEmbedContentRequests`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"requests": "requests"}

    def __init__(self, *, requests: Sequence[InlinedEmbedContentRequest | Mapping[str, Any]]) -> None:
        d: dict[str, Any] = {}
        d["requests"] = encode_model_list(InlinedEmbedContentRequest, requests)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def requests(self) -> list[InlinedEmbedContentRequest] | None:
        return get_model_list(self, "requests", InlinedEmbedContentRequest)

    @requests.setter
    def requests(self, value: Sequence[InlinedEmbedContentRequest | Mapping[str, Any]] | None) -> None:
        self._set("requests", None if value is None else encode_model_list(InlinedEmbedContentRequest, value))


class InlinedEmbedContentResponse(_Model):
    """Model of schema ``InlinedEmbedContentResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"error": "error", "metadata": "metadata", "response": "response"}

    def __init__(
        self,
        *,
        error: Status | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        response: EmbedContentResponse | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if error is not None:
            d["error"] = Status._coerce(error)
        if metadata is not None:
            d["metadata"] = dict(metadata)
        if response is not None:
            d["response"] = EmbedContentResponse._coerce(response)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("metadata",))

    @property
    def error(self) -> Status | None:
        return get_model(self, "error", Status)

    @error.setter
    def error(self, value: Status | Mapping[str, Any] | None) -> None:
        self._set("error", None if value is None else Status._coerce(value))

    @property
    def metadata(self) -> dict[str, Any] | None:
        value = self._data.get("metadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "metadata")

    @metadata.setter
    def metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("metadata", None if value is None else dict(value))

    @property
    def response(self) -> EmbedContentResponse | None:
        return get_model(self, "response", EmbedContentResponse)

    @response.setter
    def response(self, value: EmbedContentResponse | Mapping[str, Any] | None) -> None:
        self._set("response", None if value is None else EmbedContentResponse._coerce(value))


class InlinedEmbedContentResponses(_Model):
    """Model of schema ``InlinedEmbedContentResponses`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"inlined_responses": "inlinedResponses"}

    def __init__(
        self, *, inlined_responses: Sequence[InlinedEmbedContentResponse | Mapping[str, Any]] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if inlined_responses is not None:
            d["inlinedResponses"] = encode_model_list(InlinedEmbedContentResponse, inlined_responses)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def inlined_responses(self) -> list[InlinedEmbedContentResponse] | None:
        return get_model_list(self, "inlinedResponses", InlinedEmbedContentResponse)

    @inlined_responses.setter
    def inlined_responses(self, value: Sequence[InlinedEmbedContentResponse | Mapping[str, Any]] | None) -> None:
        self._set("inlinedResponses", None if value is None else encode_model_list(InlinedEmbedContentResponse, value))


class InlinedRequest(_Model):
    """Model of schema ``InlinedRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"metadata": "metadata", "request": "request"}

    def __init__(
        self, *, request: GenerateContentRequest | Mapping[str, Any], metadata: Mapping[str, Any] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if metadata is not None:
            d["metadata"] = dict(metadata)
        d["request"] = GenerateContentRequest._coerce(request)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("metadata",))

    @property
    def metadata(self) -> dict[str, Any] | None:
        value = self._data.get("metadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "metadata")

    @metadata.setter
    def metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("metadata", None if value is None else dict(value))

    @property
    def request(self) -> GenerateContentRequest | None:
        return get_model(self, "request", GenerateContentRequest)

    @request.setter
    def request(self, value: GenerateContentRequest | Mapping[str, Any] | None) -> None:
        self._set("request", None if value is None else GenerateContentRequest._coerce(value))


class InlinedRequests(_Model):
    """Model of schema ``InlinedRequests`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"requests": "requests"}

    def __init__(self, *, requests: Sequence[InlinedRequest | Mapping[str, Any]]) -> None:
        d: dict[str, Any] = {}
        d["requests"] = encode_model_list(InlinedRequest, requests)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def requests(self) -> list[InlinedRequest] | None:
        return get_model_list(self, "requests", InlinedRequest)

    @requests.setter
    def requests(self, value: Sequence[InlinedRequest | Mapping[str, Any]] | None) -> None:
        self._set("requests", None if value is None else encode_model_list(InlinedRequest, value))


class InlinedResponse(_Model):
    """Model of schema ``InlinedResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"error": "error", "metadata": "metadata", "response": "response"}

    def __init__(
        self,
        *,
        error: Status | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        response: GenerateContentResponse | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if error is not None:
            d["error"] = Status._coerce(error)
        if metadata is not None:
            d["metadata"] = dict(metadata)
        if response is not None:
            d["response"] = GenerateContentResponse._coerce(response)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("metadata",))

    @property
    def error(self) -> Status | None:
        return get_model(self, "error", Status)

    @error.setter
    def error(self, value: Status | Mapping[str, Any] | None) -> None:
        self._set("error", None if value is None else Status._coerce(value))

    @property
    def metadata(self) -> dict[str, Any] | None:
        value = self._data.get("metadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "metadata")

    @metadata.setter
    def metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("metadata", None if value is None else dict(value))

    @property
    def response(self) -> GenerateContentResponse | None:
        return get_model(self, "response", GenerateContentResponse)

    @response.setter
    def response(self, value: GenerateContentResponse | Mapping[str, Any] | None) -> None:
        self._set("response", None if value is None else GenerateContentResponse._coerce(value))


class InlinedResponses(_Model):
    """Model of schema ``InlinedResponses`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"inlined_responses": "inlinedResponses"}

    def __init__(self, *, inlined_responses: Sequence[InlinedResponse | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if inlined_responses is not None:
            d["inlinedResponses"] = encode_model_list(InlinedResponse, inlined_responses)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def inlined_responses(self) -> list[InlinedResponse] | None:
        return get_model_list(self, "inlinedResponses", InlinedResponse)

    @inlined_responses.setter
    def inlined_responses(self, value: Sequence[InlinedResponse | Mapping[str, Any]] | None) -> None:
        self._set("inlinedResponses", None if value is None else encode_model_list(InlinedResponse, value))


class InputConfig(_Model):
    """Model of schema ``InputConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"file_name": "fileName", "requests": "requests"}

    def __init__(
        self, *, file_name: str | None = None, requests: InlinedRequests | Mapping[str, Any] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if file_name is not None:
            d["fileName"] = file_name
        if requests is not None:
            d["requests"] = InlinedRequests._coerce(requests)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def file_name(self) -> str | None:
        value = self._data.get("fileName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "fileName")

    @file_name.setter
    def file_name(self, value: str | None) -> None:
        self._set("fileName", value)

    @property
    def requests(self) -> InlinedRequests | None:
        return get_model(self, "requests", InlinedRequests)

    @requests.setter
    def requests(self, value: InlinedRequests | Mapping[str, Any] | None) -> None:
        self._set("requests", None if value is None else InlinedRequests._coerce(value))


class InputEmbedContentConfig(_Model):
    """Model of schema ``InputEmbedContentConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"file_name": "fileName", "requests": "requests"}

    def __init__(
        self, *, file_name: str | None = None, requests: InlinedEmbedContentRequests | Mapping[str, Any] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if file_name is not None:
            d["fileName"] = file_name
        if requests is not None:
            d["requests"] = InlinedEmbedContentRequests._coerce(requests)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def file_name(self) -> str | None:
        value = self._data.get("fileName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "fileName")

    @file_name.setter
    def file_name(self, value: str | None) -> None:
        self._set("fileName", value)

    @property
    def requests(self) -> InlinedEmbedContentRequests | None:
        return get_model(self, "requests", InlinedEmbedContentRequests)

    @requests.setter
    def requests(self, value: InlinedEmbedContentRequests | Mapping[str, Any] | None) -> None:
        self._set("requests", None if value is None else InlinedEmbedContentRequests._coerce(value))


class InputFeedback(_Model):
    """Model of schema ``InputFeedback`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"block_reason": "blockReason", "safety_ratings": "safetyRatings"}

    def __init__(
        self,
        *,
        block_reason: InputFeedbackBlockReason | str | None = None,
        safety_ratings: Sequence[SafetyRating | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if block_reason is not None:
            d["blockReason"] = block_reason
        if safety_ratings is not None:
            d["safetyRatings"] = encode_model_list(SafetyRating, safety_ratings)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def block_reason(self) -> InputFeedbackBlockReason | str | None:
        value = self._data.get("blockReason")
        if value is None or type(value) is str:
            return value
        return get_str(self, "blockReason")

    @block_reason.setter
    def block_reason(self, value: InputFeedbackBlockReason | str | None) -> None:
        self._set("blockReason", value)

    @property
    def safety_ratings(self) -> list[SafetyRating] | None:
        return get_model_list(self, "safetyRatings", SafetyRating)

    @safety_ratings.setter
    def safety_ratings(self, value: Sequence[SafetyRating | Mapping[str, Any]] | None) -> None:
        self._set("safetyRatings", None if value is None else encode_model_list(SafetyRating, value))


class Interval(_Model):
    """Model of schema ``Interval`` (gemini-v1beta)."""

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


class LatLng(_Model):
    """Model of schema ``LatLng`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"latitude": "latitude", "longitude": "longitude"}

    def __init__(self, *, latitude: float | None = None, longitude: float | None = None) -> None:
        d: dict[str, Any] = {}
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


class ListCachedContentsResponse(_Model):
    """Model of schema ``ListCachedContentsResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"cached_contents": "cachedContents", "next_page_token": "nextPageToken"}

    def __init__(
        self,
        *,
        cached_contents: Sequence[CachedContent | Mapping[str, Any]] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if cached_contents is not None:
            d["cachedContents"] = encode_model_list(CachedContent, cached_contents)
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def cached_contents(self) -> list[CachedContent] | None:
        return get_model_list(self, "cachedContents", CachedContent)

    @cached_contents.setter
    def cached_contents(self, value: Sequence[CachedContent | Mapping[str, Any]] | None) -> None:
        self._set("cachedContents", None if value is None else encode_model_list(CachedContent, value))

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)


class ListCorporaResponse(_Model):
    """Model of schema ``ListCorporaResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"corpora": "corpora", "next_page_token": "nextPageToken"}

    def __init__(
        self, *, corpora: Sequence[Corpus | Mapping[str, Any]] | None = None, next_page_token: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if corpora is not None:
            d["corpora"] = encode_model_list(Corpus, corpora)
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def corpora(self) -> list[Corpus] | None:
        return get_model_list(self, "corpora", Corpus)

    @corpora.setter
    def corpora(self, value: Sequence[Corpus | Mapping[str, Any]] | None) -> None:
        self._set("corpora", None if value is None else encode_model_list(Corpus, value))

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)


class ListDocumentsResponse(_Model):
    """Model of schema ``ListDocumentsResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"documents": "documents", "next_page_token": "nextPageToken"}

    def __init__(
        self, *, documents: Sequence[Document | Mapping[str, Any]] | None = None, next_page_token: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if documents is not None:
            d["documents"] = encode_model_list(Document, documents)
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def documents(self) -> list[Document] | None:
        return get_model_list(self, "documents", Document)

    @documents.setter
    def documents(self, value: Sequence[Document | Mapping[str, Any]] | None) -> None:
        self._set("documents", None if value is None else encode_model_list(Document, value))

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)


class ListFileSearchStoresResponse(_Model):
    """Model of schema ``ListFileSearchStoresResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "file_search_stores": "fileSearchStores",
        "next_page_token": "nextPageToken",
    }

    def __init__(
        self,
        *,
        file_search_stores: Sequence[FileSearchStore | Mapping[str, Any]] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if file_search_stores is not None:
            d["fileSearchStores"] = encode_model_list(FileSearchStore, file_search_stores)
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def file_search_stores(self) -> list[FileSearchStore] | None:
        return get_model_list(self, "fileSearchStores", FileSearchStore)

    @file_search_stores.setter
    def file_search_stores(self, value: Sequence[FileSearchStore | Mapping[str, Any]] | None) -> None:
        self._set("fileSearchStores", None if value is None else encode_model_list(FileSearchStore, value))

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)


class ListFilesResponse(_Model):
    """Model of schema ``ListFilesResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"files": "files", "next_page_token": "nextPageToken"}

    def __init__(
        self, *, files: Sequence[File | Mapping[str, Any]] | None = None, next_page_token: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if files is not None:
            d["files"] = encode_model_list(File, files)
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def files(self) -> list[File] | None:
        return get_model_list(self, "files", File)

    @files.setter
    def files(self, value: Sequence[File | Mapping[str, Any]] | None) -> None:
        self._set("files", None if value is None else encode_model_list(File, value))

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)


class ListGeneratedFilesResponse(_Model):
    """Model of schema ``ListGeneratedFilesResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"generated_files": "generatedFiles", "next_page_token": "nextPageToken"}

    def __init__(
        self,
        *,
        generated_files: Sequence[GeneratedFile | Mapping[str, Any]] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if generated_files is not None:
            d["generatedFiles"] = encode_model_list(GeneratedFile, generated_files)
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def generated_files(self) -> list[GeneratedFile] | None:
        return get_model_list(self, "generatedFiles", GeneratedFile)

    @generated_files.setter
    def generated_files(self, value: Sequence[GeneratedFile | Mapping[str, Any]] | None) -> None:
        self._set("generatedFiles", None if value is None else encode_model_list(GeneratedFile, value))

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)


class ListModelsResponse(_Model):
    """Model of schema ``ListModelsResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"models": "models", "next_page_token": "nextPageToken"}

    def __init__(
        self, *, models: Sequence[Model | Mapping[str, Any]] | None = None, next_page_token: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if models is not None:
            d["models"] = encode_model_list(Model, models)
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        self._data = d
        self._parent = None
        self._key = None

    @property
    def models(self) -> list[Model] | None:
        return get_model_list(self, "models", Model)

    @models.setter
    def models(self, value: Sequence[Model | Mapping[str, Any]] | None) -> None:
        self._set("models", None if value is None else encode_model_list(Model, value))

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)


class ListOperationsResponse(_Model):
    """Model of schema ``ListOperationsResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "next_page_token": "nextPageToken",
        "operations": "operations",
        "unreachable": "unreachable",
    }

    def __init__(
        self,
        *,
        next_page_token: str | None = None,
        operations: Sequence[Operation | Mapping[str, Any]] | None = None,
        unreachable: Sequence[str] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        if operations is not None:
            d["operations"] = encode_model_list(Operation, operations)
        if unreachable is not None:
            d["unreachable"] = list(unreachable)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)

    @property
    def operations(self) -> list[Operation] | None:
        return get_model_list(self, "operations", Operation)

    @operations.setter
    def operations(self, value: Sequence[Operation | Mapping[str, Any]] | None) -> None:
        self._set("operations", None if value is None else encode_model_list(Operation, value))

    @property
    def unreachable(self) -> list[str] | None:
        return get_str_list(self, "unreachable")

    @unreachable.setter
    def unreachable(self, value: Sequence[str] | None) -> None:
        self._set("unreachable", None if value is None else list(value))


class ListPermissionsResponse(_Model):
    """Model of schema ``ListPermissionsResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"next_page_token": "nextPageToken", "permissions": "permissions"}

    def __init__(
        self, *, next_page_token: str | None = None, permissions: Sequence[Permission | Mapping[str, Any]] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        if permissions is not None:
            d["permissions"] = encode_model_list(Permission, permissions)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)

    @property
    def permissions(self) -> list[Permission] | None:
        return get_model_list(self, "permissions", Permission)

    @permissions.setter
    def permissions(self, value: Sequence[Permission | Mapping[str, Any]] | None) -> None:
        self._set("permissions", None if value is None else encode_model_list(Permission, value))


class ListTunedModelsResponse(_Model):
    """Model of schema ``ListTunedModelsResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"next_page_token": "nextPageToken", "tuned_models": "tunedModels"}

    def __init__(
        self,
        *,
        next_page_token: str | None = None,
        tuned_models: Sequence[TunedModel | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if next_page_token is not None:
            d["nextPageToken"] = next_page_token
        if tuned_models is not None:
            d["tunedModels"] = encode_model_list(TunedModel, tuned_models)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def next_page_token(self) -> str | None:
        value = self._data.get("nextPageToken")
        if value is None or type(value) is str:
            return value
        return get_str(self, "nextPageToken")

    @next_page_token.setter
    def next_page_token(self, value: str | None) -> None:
        self._set("nextPageToken", value)

    @property
    def tuned_models(self) -> list[TunedModel] | None:
        return get_model_list(self, "tunedModels", TunedModel)

    @tuned_models.setter
    def tuned_models(self, value: Sequence[TunedModel | Mapping[str, Any]] | None) -> None:
        self._set("tunedModels", None if value is None else encode_model_list(TunedModel, value))


class LogprobsResult(_Model):
    """Model of schema ``LogprobsResult`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "chosen_candidates": "chosenCandidates",
        "log_probability_sum": "logProbabilitySum",
        "top_candidates": "topCandidates",
    }

    def __init__(
        self,
        *,
        chosen_candidates: Sequence[LogprobsResultCandidate | Mapping[str, Any]] | None = None,
        log_probability_sum: float | None = None,
        top_candidates: Sequence[TopCandidates | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if chosen_candidates is not None:
            d["chosenCandidates"] = encode_model_list(LogprobsResultCandidate, chosen_candidates)
        if log_probability_sum is not None:
            d["logProbabilitySum"] = log_probability_sum
        if top_candidates is not None:
            d["topCandidates"] = encode_model_list(TopCandidates, top_candidates)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("logProbabilitySum",))

    @property
    def chosen_candidates(self) -> list[LogprobsResultCandidate] | None:
        return get_model_list(self, "chosenCandidates", LogprobsResultCandidate)

    @chosen_candidates.setter
    def chosen_candidates(self, value: Sequence[LogprobsResultCandidate | Mapping[str, Any]] | None) -> None:
        self._set("chosenCandidates", None if value is None else encode_model_list(LogprobsResultCandidate, value))

    @property
    def log_probability_sum(self) -> float | None:
        return get_float(self, "logProbabilitySum")

    @log_probability_sum.setter
    def log_probability_sum(self, value: float | None) -> None:
        self._set("logProbabilitySum", value)

    @property
    def top_candidates(self) -> list[TopCandidates] | None:
        return get_model_list(self, "topCandidates", TopCandidates)

    @top_candidates.setter
    def top_candidates(self, value: Sequence[TopCandidates | Mapping[str, Any]] | None) -> None:
        self._set("topCandidates", None if value is None else encode_model_list(TopCandidates, value))


class LogprobsResultCandidate(_Model):
    """Model of schema ``LogprobsResultCandidate`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "log_probability": "logProbability",
        "token": "token",
        "token_id": "tokenId",
    }

    def __init__(
        self, *, log_probability: float | None = None, token: str | None = None, token_id: int | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if log_probability is not None:
            d["logProbability"] = log_probability
        if token is not None:
            d["token"] = token
        if token_id is not None:
            d["tokenId"] = token_id
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("logProbability",))

    @property
    def log_probability(self) -> float | None:
        return get_float(self, "logProbability")

    @log_probability.setter
    def log_probability(self, value: float | None) -> None:
        self._set("logProbability", value)

    @property
    def token(self) -> str | None:
        value = self._data.get("token")
        if value is None or type(value) is str:
            return value
        return get_str(self, "token")

    @token.setter
    def token(self, value: str | None) -> None:
        self._set("token", value)

    @property
    def token_id(self) -> int | None:
        value = self._data.get("tokenId")
        if value is None or type(value) is int:
            return value
        return get_int(self, "tokenId")

    @token_id.setter
    def token_id(self, value: int | None) -> None:
        self._set("tokenId", value)


class Maps(_Model):
    """Model of schema ``Maps`` (gemini-v1beta)."""

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
        place_answer_sources: PlaceAnswerSources | Mapping[str, Any] | None = None,
        place_id: str | None = None,
        text: str | None = None,
        title: str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if place_answer_sources is not None:
            d["placeAnswerSources"] = PlaceAnswerSources._coerce(place_answer_sources)
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
    def place_answer_sources(self) -> PlaceAnswerSources | None:
        return get_model(self, "placeAnswerSources", PlaceAnswerSources)

    @place_answer_sources.setter
    def place_answer_sources(self, value: PlaceAnswerSources | Mapping[str, Any] | None) -> None:
        self._set("placeAnswerSources", None if value is None else PlaceAnswerSources._coerce(value))

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


class McpServer(_Model):
    """Model of schema ``McpServer`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"name": "name", "streamable_http_transport": "streamableHttpTransport"}

    def __init__(
        self,
        *,
        name: str | None = None,
        streamable_http_transport: StreamableHttpTransport | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if name is not None:
            d["name"] = name
        if streamable_http_transport is not None:
            d["streamableHttpTransport"] = StreamableHttpTransport._coerce(streamable_http_transport)
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
    def streamable_http_transport(self) -> StreamableHttpTransport | None:
        return get_model(self, "streamableHttpTransport", StreamableHttpTransport)

    @streamable_http_transport.setter
    def streamable_http_transport(self, value: StreamableHttpTransport | Mapping[str, Any] | None) -> None:
        self._set("streamableHttpTransport", None if value is None else StreamableHttpTransport._coerce(value))


class MediaResolution(_Model):
    """Model of schema ``MediaResolution`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"level": "level", "num_tokens": "numTokens"}

    def __init__(self, *, level: MediaResolutionLevel | str | None = None, num_tokens: int | None = None) -> None:
        d: dict[str, Any] = {}
        if level is not None:
            d["level"] = level
        if num_tokens is not None:
            d["numTokens"] = num_tokens
        self._data = d
        self._parent = None
        self._key = None

    @property
    def level(self) -> MediaResolutionLevel | str | None:
        value = self._data.get("level")
        if value is None or type(value) is str:
            return value
        return get_str(self, "level")

    @level.setter
    def level(self, value: MediaResolutionLevel | str | None) -> None:
        self._set("level", value)

    @property
    def num_tokens(self) -> int | None:
        value = self._data.get("numTokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "numTokens")

    @num_tokens.setter
    def num_tokens(self, value: int | None) -> None:
        self._set("numTokens", value)


class Message(_Model):
    """Model of schema ``Message`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "author": "author",
        "citation_metadata": "citationMetadata",
        "content": "content",
    }

    def __init__(
        self,
        *,
        content: str,
        author: str | None = None,
        citation_metadata: CitationMetadata | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if author is not None:
            d["author"] = author
        if citation_metadata is not None:
            d["citationMetadata"] = CitationMetadata._coerce(citation_metadata)
        d["content"] = content
        self._data = d
        self._parent = None
        self._key = None

    @property
    def author(self) -> str | None:
        value = self._data.get("author")
        if value is None or type(value) is str:
            return value
        return get_str(self, "author")

    @author.setter
    def author(self, value: str | None) -> None:
        self._set("author", value)

    @property
    def citation_metadata(self) -> CitationMetadata | None:
        return get_model(self, "citationMetadata", CitationMetadata)

    @citation_metadata.setter
    def citation_metadata(self, value: CitationMetadata | Mapping[str, Any] | None) -> None:
        self._set("citationMetadata", None if value is None else CitationMetadata._coerce(value))

    @property
    def content(self) -> str | None:
        value = self._data.get("content")
        if value is None or type(value) is str:
            return value
        return get_str(self, "content")

    @content.setter
    def content(self, value: str | None) -> None:
        self._set("content", value)


class MessagePrompt(_Model):
    """Model of schema ``MessagePrompt`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"context": "context", "examples": "examples", "messages": "messages"}

    def __init__(
        self,
        *,
        messages: Sequence[Message | Mapping[str, Any]],
        context: str | None = None,
        examples: Sequence[Example | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if context is not None:
            d["context"] = context
        if examples is not None:
            d["examples"] = encode_model_list(Example, examples)
        d["messages"] = encode_model_list(Message, messages)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def context(self) -> str | None:
        value = self._data.get("context")
        if value is None or type(value) is str:
            return value
        return get_str(self, "context")

    @context.setter
    def context(self, value: str | None) -> None:
        self._set("context", value)

    @property
    def examples(self) -> list[Example] | None:
        return get_model_list(self, "examples", Example)

    @examples.setter
    def examples(self, value: Sequence[Example | Mapping[str, Any]] | None) -> None:
        self._set("examples", None if value is None else encode_model_list(Example, value))

    @property
    def messages(self) -> list[Message] | None:
        return get_model_list(self, "messages", Message)

    @messages.setter
    def messages(self, value: Sequence[Message | Mapping[str, Any]] | None) -> None:
        self._set("messages", None if value is None else encode_model_list(Message, value))


class MetadataFilter(_Model):
    """Model of schema ``MetadataFilter`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"conditions": "conditions", "key": "key"}

    def __init__(self, *, conditions: Sequence[Condition | Mapping[str, Any]], key: str) -> None:
        d: dict[str, Any] = {}
        d["conditions"] = encode_model_list(Condition, conditions)
        d["key"] = key
        self._data = d
        self._parent = None
        self._key = None

    @property
    def conditions(self) -> list[Condition] | None:
        return get_model_list(self, "conditions", Condition)

    @conditions.setter
    def conditions(self, value: Sequence[Condition | Mapping[str, Any]] | None) -> None:
        self._set("conditions", None if value is None else encode_model_list(Condition, value))

    @property
    def key(self) -> str | None:
        value = self._data.get("key")
        if value is None or type(value) is str:
            return value
        return get_str(self, "key")

    @key.setter
    def key(self, value: str | None) -> None:
        self._set("key", value)


class ModalityTokenCount(_Model):
    """Model of schema ``ModalityTokenCount`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"modality": "modality", "token_count": "tokenCount"}

    def __init__(
        self, *, modality: ModalityTokenCountModality | str | None = None, token_count: int | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if modality is not None:
            d["modality"] = modality
        if token_count is not None:
            d["tokenCount"] = token_count
        self._data = d
        self._parent = None
        self._key = None

    @property
    def modality(self) -> ModalityTokenCountModality | str | None:
        value = self._data.get("modality")
        if value is None or type(value) is str:
            return value
        return get_str(self, "modality")

    @modality.setter
    def modality(self, value: ModalityTokenCountModality | str | None) -> None:
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


class Model(_Model):
    """Model of schema ``Model`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "base_model_id": "baseModelId",
        "description": "description",
        "display_name": "displayName",
        "input_token_limit": "inputTokenLimit",
        "max_temperature": "maxTemperature",
        "name": "name",
        "output_token_limit": "outputTokenLimit",
        "supported_generation_methods": "supportedGenerationMethods",
        "temperature": "temperature",
        "thinking": "thinking",
        "top_k": "topK",
        "top_p": "topP",
        "version": "version",
    }

    def __init__(
        self,
        *,
        base_model_id: str,
        name: str,
        version: str,
        description: str | None = None,
        display_name: str | None = None,
        input_token_limit: int | None = None,
        max_temperature: float | None = None,
        output_token_limit: int | None = None,
        supported_generation_methods: Sequence[str] | None = None,
        temperature: float | None = None,
        thinking: bool | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        d["baseModelId"] = base_model_id
        if description is not None:
            d["description"] = description
        if display_name is not None:
            d["displayName"] = display_name
        if input_token_limit is not None:
            d["inputTokenLimit"] = input_token_limit
        if max_temperature is not None:
            d["maxTemperature"] = max_temperature
        d["name"] = name
        if output_token_limit is not None:
            d["outputTokenLimit"] = output_token_limit
        if supported_generation_methods is not None:
            d["supportedGenerationMethods"] = list(supported_generation_methods)
        if temperature is not None:
            d["temperature"] = temperature
        if thinking is not None:
            d["thinking"] = thinking
        if top_k is not None:
            d["topK"] = top_k
        if top_p is not None:
            d["topP"] = top_p
        d["version"] = version
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "maxTemperature",
                "temperature",
                "topP",
            ),
        )

    @property
    def base_model_id(self) -> str | None:
        value = self._data.get("baseModelId")
        if value is None or type(value) is str:
            return value
        return get_str(self, "baseModelId")

    @base_model_id.setter
    def base_model_id(self, value: str | None) -> None:
        self._set("baseModelId", value)

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
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

    @property
    def input_token_limit(self) -> int | None:
        value = self._data.get("inputTokenLimit")
        if value is None or type(value) is int:
            return value
        return get_int(self, "inputTokenLimit")

    @input_token_limit.setter
    def input_token_limit(self, value: int | None) -> None:
        self._set("inputTokenLimit", value)

    @property
    def max_temperature(self) -> float | None:
        return get_float(self, "maxTemperature")

    @max_temperature.setter
    def max_temperature(self, value: float | None) -> None:
        self._set("maxTemperature", value)

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
    def output_token_limit(self) -> int | None:
        value = self._data.get("outputTokenLimit")
        if value is None or type(value) is int:
            return value
        return get_int(self, "outputTokenLimit")

    @output_token_limit.setter
    def output_token_limit(self, value: int | None) -> None:
        self._set("outputTokenLimit", value)

    @property
    def supported_generation_methods(self) -> list[str] | None:
        return get_str_list(self, "supportedGenerationMethods")

    @supported_generation_methods.setter
    def supported_generation_methods(self, value: Sequence[str] | None) -> None:
        self._set("supportedGenerationMethods", None if value is None else list(value))

    @property
    def temperature(self) -> float | None:
        return get_float(self, "temperature")

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self._set("temperature", value)

    @property
    def thinking(self) -> bool | None:
        value = self._data.get("thinking")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "thinking")

    @thinking.setter
    def thinking(self, value: bool | None) -> None:
        self._set("thinking", value)

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

    @property
    def version(self) -> str | None:
        value = self._data.get("version")
        if value is None or type(value) is str:
            return value
        return get_str(self, "version")

    @version.setter
    def version(self, value: str | None) -> None:
        self._set("version", value)


class ModelStatus(_Model):
    """Model of schema ``ModelStatus`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "message": "message",
        "model_stage": "modelStage",
        "retirement_time": "retirementTime",
    }

    def __init__(
        self,
        *,
        message: str | None = None,
        model_stage: ModelStatusModelStage | str | None = None,
        retirement_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if message is not None:
            d["message"] = message
        if model_stage is not None:
            d["modelStage"] = model_stage
        if retirement_time is not None:
            d["retirementTime"] = retirement_time
        self._data = d
        self._parent = None
        self._key = None

    @property
    def message(self) -> str | None:
        value = self._data.get("message")
        if value is None or type(value) is str:
            return value
        return get_str(self, "message")

    @message.setter
    def message(self, value: str | None) -> None:
        self._set("message", value)

    @property
    def model_stage(self) -> ModelStatusModelStage | str | None:
        value = self._data.get("modelStage")
        if value is None or type(value) is str:
            return value
        return get_str(self, "modelStage")

    @model_stage.setter
    def model_stage(self, value: ModelStatusModelStage | str | None) -> None:
        self._set("modelStage", value)

    @property
    def retirement_time(self) -> str | None:
        value = self._data.get("retirementTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "retirementTime")

    @retirement_time.setter
    def retirement_time(self, value: str | None) -> None:
        self._set("retirementTime", value)


class MultiSpeakerVoiceConfig(_Model):
    """Model of schema ``MultiSpeakerVoiceConfig`` (gemini-v1beta)."""

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


class Operation(_Model):
    """Model of schema ``Operation`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "done": "done",
        "error": "error",
        "metadata": "metadata",
        "name": "name",
        "response": "response",
    }

    def __init__(
        self,
        *,
        done: bool | None = None,
        error: Status | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        name: str | None = None,
        response: Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if done is not None:
            d["done"] = done
        if error is not None:
            d["error"] = Status._coerce(error)
        if metadata is not None:
            d["metadata"] = dict(metadata)
        if name is not None:
            d["name"] = name
        if response is not None:
            d["response"] = dict(response)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "metadata",
                "response",
            ),
        )

    @property
    def done(self) -> bool | None:
        value = self._data.get("done")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "done")

    @done.setter
    def done(self, value: bool | None) -> None:
        self._set("done", value)

    @property
    def error(self) -> Status | None:
        return get_model(self, "error", Status)

    @error.setter
    def error(self, value: Status | Mapping[str, Any] | None) -> None:
        self._set("error", None if value is None else Status._coerce(value))

    @property
    def metadata(self) -> dict[str, Any] | None:
        value = self._data.get("metadata")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "metadata")

    @metadata.setter
    def metadata(self, value: Mapping[str, Any] | None) -> None:
        self._set("metadata", None if value is None else dict(value))

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
    def response(self) -> dict[str, Any] | None:
        value = self._data.get("response")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "response")

    @response.setter
    def response(self, value: Mapping[str, Any] | None) -> None:
        self._set("response", None if value is None else dict(value))


class Part(_Model, PartMixin):
    """Model of schema ``Part`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code_execution_result": "codeExecutionResult",
        "executable_code": "executableCode",
        "file_data": "fileData",
        "function_call": "functionCall",
        "function_response": "functionResponse",
        "inline_data": "inlineData",
        "media_resolution": "mediaResolution",
        "part_metadata": "partMetadata",
        "text": "text",
        "thought": "thought",
        "thought_signature": "thoughtSignature",
        "tool_call": "toolCall",
        "tool_response": "toolResponse",
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
        media_resolution: MediaResolution | Mapping[str, Any] | None = None,
        part_metadata: Mapping[str, Any] | None = None,
        text: str | None = None,
        thought: bool | None = None,
        thought_signature: bytes | str | None = None,
        tool_call: ToolCall | Mapping[str, Any] | None = None,
        tool_response: ToolResponse | Mapping[str, Any] | None = None,
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
        if media_resolution is not None:
            d["mediaResolution"] = MediaResolution._coerce(media_resolution)
        if part_metadata is not None:
            d["partMetadata"] = dict(part_metadata)
        if text is not None:
            d["text"] = text
        if thought is not None:
            d["thought"] = thought
        if thought_signature is not None:
            d["thoughtSignature"] = encode_base64(thought_signature)
        if tool_call is not None:
            d["toolCall"] = ToolCall._coerce(tool_call)
        if tool_response is not None:
            d["toolResponse"] = ToolResponse._coerce(tool_response)
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
    def media_resolution(self) -> MediaResolution | None:
        return get_model(self, "mediaResolution", MediaResolution)

    @media_resolution.setter
    def media_resolution(self, value: MediaResolution | Mapping[str, Any] | None) -> None:
        self._set("mediaResolution", None if value is None else MediaResolution._coerce(value))

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
    def tool_call(self) -> ToolCall | None:
        return get_model(self, "toolCall", ToolCall)

    @tool_call.setter
    def tool_call(self, value: ToolCall | Mapping[str, Any] | None) -> None:
        self._set("toolCall", None if value is None else ToolCall._coerce(value))

    @property
    def tool_response(self) -> ToolResponse | None:
        return get_model(self, "toolResponse", ToolResponse)

    @tool_response.setter
    def tool_response(self, value: ToolResponse | Mapping[str, Any] | None) -> None:
        self._set("toolResponse", None if value is None else ToolResponse._coerce(value))

    @property
    def video_metadata(self) -> VideoMetadata | None:
        return get_model(self, "videoMetadata", VideoMetadata)

    @video_metadata.setter
    def video_metadata(self, value: VideoMetadata | Mapping[str, Any] | None) -> None:
        self._set("videoMetadata", None if value is None else VideoMetadata._coerce(value))


class Permission(_Model):
    """Model of schema ``Permission`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "email_address": "emailAddress",
        "grantee_type": "granteeType",
        "name": "name",
        "role": "role",
    }

    def __init__(
        self,
        *,
        role: PermissionRole | str,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        name: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if email_address is not None:
            d["emailAddress"] = email_address
        if grantee_type is not None:
            d["granteeType"] = grantee_type
        if name is not None:
            d["name"] = name
        d["role"] = role
        self._data = d
        self._parent = None
        self._key = None

    @property
    def email_address(self) -> str | None:
        value = self._data.get("emailAddress")
        if value is None or type(value) is str:
            return value
        return get_str(self, "emailAddress")

    @email_address.setter
    def email_address(self, value: str | None) -> None:
        self._set("emailAddress", value)

    @property
    def grantee_type(self) -> PermissionGranteeType | str | None:
        value = self._data.get("granteeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "granteeType")

    @grantee_type.setter
    def grantee_type(self, value: PermissionGranteeType | str | None) -> None:
        self._set("granteeType", value)

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
    def role(self) -> PermissionRole | str | None:
        value = self._data.get("role")
        if value is None or type(value) is str:
            return value
        return get_str(self, "role")

    @role.setter
    def role(self, value: PermissionRole | str | None) -> None:
        self._set("role", value)


class PlaceAnswerSources(_Model):
    """Model of schema ``PlaceAnswerSources`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"review_snippets": "reviewSnippets"}

    def __init__(self, *, review_snippets: Sequence[ReviewSnippet | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if review_snippets is not None:
            d["reviewSnippets"] = encode_model_list(ReviewSnippet, review_snippets)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def review_snippets(self) -> list[ReviewSnippet] | None:
        return get_model_list(self, "reviewSnippets", ReviewSnippet)

    @review_snippets.setter
    def review_snippets(self, value: Sequence[ReviewSnippet | Mapping[str, Any]] | None) -> None:
        self._set("reviewSnippets", None if value is None else encode_model_list(ReviewSnippet, value))


class PrebuiltVoiceConfig(_Model):
    """Model of schema ``PrebuiltVoiceConfig`` (gemini-v1beta)."""

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


class PredictLongRunningRequest(_Model):
    """Model of schema ``PredictLongRunningRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"instances": "instances", "parameters": "parameters"}

    def __init__(self, *, instances: Sequence[Any], parameters: Any | None = None) -> None:
        d: dict[str, Any] = {}
        d["instances"] = encode_union(instances)
        if parameters is not None:
            d["parameters"] = encode_union(parameters)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "instances",
                "parameters",
            ),
        )

    @property
    def instances(self) -> list[Any] | None:
        return get_list(self, "instances")

    @instances.setter
    def instances(self, value: Sequence[Any] | None) -> None:
        self._set("instances", None if value is None else encode_union(value))

    @property
    def parameters(self) -> Any | None:
        return get_any(self, "parameters")

    @parameters.setter
    def parameters(self, value: Any | None) -> None:
        self._set("parameters", None if value is None else encode_union(value))


class PredictRequest(_Model):
    """Model of schema ``PredictRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"instances": "instances", "parameters": "parameters"}

    def __init__(self, *, instances: Sequence[Any], parameters: Any | None = None) -> None:
        d: dict[str, Any] = {}
        d["instances"] = encode_union(instances)
        if parameters is not None:
            d["parameters"] = encode_union(parameters)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "instances",
                "parameters",
            ),
        )

    @property
    def instances(self) -> list[Any] | None:
        return get_list(self, "instances")

    @instances.setter
    def instances(self, value: Sequence[Any] | None) -> None:
        self._set("instances", None if value is None else encode_union(value))

    @property
    def parameters(self) -> Any | None:
        return get_any(self, "parameters")

    @parameters.setter
    def parameters(self, value: Any | None) -> None:
        self._set("parameters", None if value is None else encode_union(value))


class PredictResponse(_Model):
    """Model of schema ``PredictResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"predictions": "predictions"}

    def __init__(self, *, predictions: Sequence[Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if predictions is not None:
            d["predictions"] = encode_union(predictions)
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("predictions",))

    @property
    def predictions(self) -> list[Any] | None:
        return get_list(self, "predictions")

    @predictions.setter
    def predictions(self, value: Sequence[Any] | None) -> None:
        self._set("predictions", None if value is None else encode_union(value))


class ProactivityConfig(_Model):
    """Model of schema ``ProactivityConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"proactive_audio": "proactiveAudio"}

    def __init__(self, *, proactive_audio: bool | None = None) -> None:
        d: dict[str, Any] = {}
        if proactive_audio is not None:
            d["proactiveAudio"] = proactive_audio
        self._data = d
        self._parent = None
        self._key = None

    @property
    def proactive_audio(self) -> bool | None:
        value = self._data.get("proactiveAudio")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "proactiveAudio")

    @proactive_audio.setter
    def proactive_audio(self, value: bool | None) -> None:
        self._set("proactiveAudio", value)


class PromptFeedback(_Model):
    """Model of schema ``PromptFeedback`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"block_reason": "blockReason", "safety_ratings": "safetyRatings"}

    def __init__(
        self,
        *,
        block_reason: PromptFeedbackBlockReason | str | None = None,
        safety_ratings: Sequence[SafetyRating | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if block_reason is not None:
            d["blockReason"] = block_reason
        if safety_ratings is not None:
            d["safetyRatings"] = encode_model_list(SafetyRating, safety_ratings)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def block_reason(self) -> PromptFeedbackBlockReason | str | None:
        value = self._data.get("blockReason")
        if value is None or type(value) is str:
            return value
        return get_str(self, "blockReason")

    @block_reason.setter
    def block_reason(self, value: PromptFeedbackBlockReason | str | None) -> None:
        self._set("blockReason", value)

    @property
    def safety_ratings(self) -> list[SafetyRating] | None:
        return get_model_list(self, "safetyRatings", SafetyRating)

    @safety_ratings.setter
    def safety_ratings(self, value: Sequence[SafetyRating | Mapping[str, Any]] | None) -> None:
        self._set("safetyRatings", None if value is None else encode_model_list(SafetyRating, value))


class RealtimeInputConfig(_Model):
    """Model of schema ``RealtimeInputConfig`` (gemini-v1beta)."""

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
        automatic_activity_detection: AutomaticActivityDetection | Mapping[str, Any] | None = None,
        turn_coverage: RealtimeInputConfigTurnCoverage | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if activity_handling is not None:
            d["activityHandling"] = activity_handling
        if automatic_activity_detection is not None:
            d["automaticActivityDetection"] = AutomaticActivityDetection._coerce(automatic_activity_detection)
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
    def automatic_activity_detection(self) -> AutomaticActivityDetection | None:
        return get_model(self, "automaticActivityDetection", AutomaticActivityDetection)

    @automatic_activity_detection.setter
    def automatic_activity_detection(self, value: AutomaticActivityDetection | Mapping[str, Any] | None) -> None:
        self._set("automaticActivityDetection", None if value is None else AutomaticActivityDetection._coerce(value))

    @property
    def turn_coverage(self) -> RealtimeInputConfigTurnCoverage | str | None:
        value = self._data.get("turnCoverage")
        if value is None or type(value) is str:
            return value
        return get_str(self, "turnCoverage")

    @turn_coverage.setter
    def turn_coverage(self, value: RealtimeInputConfigTurnCoverage | str | None) -> None:
        self._set("turnCoverage", value)


class RegisterFilesRequest(_Model):
    """Model of schema ``RegisterFilesRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"uris": "uris"}

    def __init__(self, *, uris: Sequence[str]) -> None:
        d: dict[str, Any] = {}
        d["uris"] = list(uris)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def uris(self) -> list[str] | None:
        return get_str_list(self, "uris")

    @uris.setter
    def uris(self, value: Sequence[str] | None) -> None:
        self._set("uris", None if value is None else list(value))


class RegisterFilesResponse(_Model):
    """Model of schema ``RegisterFilesResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"files": "files"}

    def __init__(self, *, files: Sequence[File | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if files is not None:
            d["files"] = encode_model_list(File, files)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def files(self) -> list[File] | None:
        return get_model_list(self, "files", File)

    @files.setter
    def files(self, value: Sequence[File | Mapping[str, Any]] | None) -> None:
        self._set("files", None if value is None else encode_model_list(File, value))


class RetrievalConfig(_Model):
    """Model of schema ``RetrievalConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"language_code": "languageCode", "lat_lng": "latLng"}

    def __init__(self, *, language_code: str | None = None, lat_lng: LatLng | Mapping[str, Any] | None = None) -> None:
        d: dict[str, Any] = {}
        if language_code is not None:
            d["languageCode"] = language_code
        if lat_lng is not None:
            d["latLng"] = LatLng._coerce(lat_lng)
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
    def lat_lng(self) -> LatLng | None:
        return get_model(self, "latLng", LatLng)

    @lat_lng.setter
    def lat_lng(self, value: LatLng | Mapping[str, Any] | None) -> None:
        self._set("latLng", None if value is None else LatLng._coerce(value))


class RetrievalMetadata(_Model):
    """Model of schema ``RetrievalMetadata`` (gemini-v1beta)."""

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


class RetrievedContext(_Model):
    """Model of schema ``RetrievedContext`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "custom_metadata": "customMetadata",
        "file_search_store": "fileSearchStore",
        "text": "text",
        "title": "title",
        "uri": "uri",
    }

    def __init__(
        self,
        *,
        custom_metadata: Sequence[GroundingChunkCustomMetadata | Mapping[str, Any]] | None = None,
        file_search_store: str | None = None,
        text: str | None = None,
        title: str | None = None,
        uri: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if custom_metadata is not None:
            d["customMetadata"] = encode_model_list(GroundingChunkCustomMetadata, custom_metadata)
        if file_search_store is not None:
            d["fileSearchStore"] = file_search_store
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
    def custom_metadata(self) -> list[GroundingChunkCustomMetadata] | None:
        return get_model_list(self, "customMetadata", GroundingChunkCustomMetadata)

    @custom_metadata.setter
    def custom_metadata(self, value: Sequence[GroundingChunkCustomMetadata | Mapping[str, Any]] | None) -> None:
        self._set("customMetadata", None if value is None else encode_model_list(GroundingChunkCustomMetadata, value))

    @property
    def file_search_store(self) -> str | None:
        value = self._data.get("fileSearchStore")
        if value is None or type(value) is str:
            return value
        return get_str(self, "fileSearchStore")

    @file_search_store.setter
    def file_search_store(self, value: str | None) -> None:
        self._set("fileSearchStore", value)

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


class ReviewSnippet(_Model):
    """Model of schema ``ReviewSnippet`` (gemini-v1beta)."""

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


class SafetyFeedback(_Model):
    """Model of schema ``SafetyFeedback`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"rating": "rating", "setting": "setting"}

    def __init__(
        self,
        *,
        rating: SafetyRating | Mapping[str, Any] | None = None,
        setting: SafetySetting | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if rating is not None:
            d["rating"] = SafetyRating._coerce(rating)
        if setting is not None:
            d["setting"] = SafetySetting._coerce(setting)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def rating(self) -> SafetyRating | None:
        return get_model(self, "rating", SafetyRating)

    @rating.setter
    def rating(self, value: SafetyRating | Mapping[str, Any] | None) -> None:
        self._set("rating", None if value is None else SafetyRating._coerce(value))

    @property
    def setting(self) -> SafetySetting | None:
        return get_model(self, "setting", SafetySetting)

    @setting.setter
    def setting(self, value: SafetySetting | Mapping[str, Any] | None) -> None:
        self._set("setting", None if value is None else SafetySetting._coerce(value))


class SafetyRating(_Model):
    """Model of schema ``SafetyRating`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "blocked": "blocked",
        "category": "category",
        "probability": "probability",
    }

    def __init__(
        self,
        *,
        category: SafetyRatingCategory | str,
        probability: SafetyRatingProbability | str,
        blocked: bool | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if blocked is not None:
            d["blocked"] = blocked
        d["category"] = category
        d["probability"] = probability
        self._data = d
        self._parent = None
        self._key = None

    @property
    def blocked(self) -> bool | None:
        value = self._data.get("blocked")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "blocked")

    @blocked.setter
    def blocked(self, value: bool | None) -> None:
        self._set("blocked", value)

    @property
    def category(self) -> SafetyRatingCategory | str | None:
        value = self._data.get("category")
        if value is None or type(value) is str:
            return value
        return get_str(self, "category")

    @category.setter
    def category(self, value: SafetyRatingCategory | str | None) -> None:
        self._set("category", value)

    @property
    def probability(self) -> SafetyRatingProbability | str | None:
        value = self._data.get("probability")
        if value is None or type(value) is str:
            return value
        return get_str(self, "probability")

    @probability.setter
    def probability(self, value: SafetyRatingProbability | str | None) -> None:
        self._set("probability", value)


class SafetySetting(_Model):
    """Model of schema ``SafetySetting`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"category": "category", "threshold": "threshold"}

    def __init__(self, *, category: SafetySettingCategory | str, threshold: SafetySettingThreshold | str) -> None:
        d: dict[str, Any] = {}
        d["category"] = category
        d["threshold"] = threshold
        self._data = d
        self._parent = None
        self._key = None

    @property
    def category(self) -> SafetySettingCategory | str | None:
        value = self._data.get("category")
        if value is None or type(value) is str:
            return value
        return get_str(self, "category")

    @category.setter
    def category(self, value: SafetySettingCategory | str | None) -> None:
        self._set("category", value)

    @property
    def threshold(self) -> SafetySettingThreshold | str | None:
        value = self._data.get("threshold")
        if value is None or type(value) is str:
            return value
        return get_str(self, "threshold")

    @threshold.setter
    def threshold(self, value: SafetySettingThreshold | str | None) -> None:
        self._set("threshold", value)


class Schema(_Model):
    """Model of schema ``Schema`` (gemini-v1beta)."""

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
        type: SchemaType | str,
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
    def type(self) -> SchemaType | str | None:
        value = self._data.get("type")
        if value is None or type(value) is str:
            return value
        return get_str(self, "type")

    @type.setter
    def type(self, value: SchemaType | str | None) -> None:
        self._set("type", value)


class SearchEntryPoint(_Model):
    """Model of schema ``SearchEntryPoint`` (gemini-v1beta)."""

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


class SearchTypes(_Model):
    """Model of schema ``SearchTypes`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"image_search": "imageSearch", "web_search": "webSearch"}

    def __init__(
        self,
        *,
        image_search: ImageSearch | Mapping[str, Any] | None = None,
        web_search: WebSearch | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if image_search is not None:
            d["imageSearch"] = ImageSearch._coerce(image_search)
        if web_search is not None:
            d["webSearch"] = WebSearch._coerce(web_search)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def image_search(self) -> ImageSearch | None:
        return get_model(self, "imageSearch", ImageSearch)

    @image_search.setter
    def image_search(self, value: ImageSearch | Mapping[str, Any] | None) -> None:
        self._set("imageSearch", None if value is None else ImageSearch._coerce(value))

    @property
    def web_search(self) -> WebSearch | None:
        return get_model(self, "webSearch", WebSearch)

    @web_search.setter
    def web_search(self, value: WebSearch | Mapping[str, Any] | None) -> None:
        self._set("webSearch", None if value is None else WebSearch._coerce(value))


class SemanticRetrieverChunk(_Model):
    """Model of schema ``SemanticRetrieverChunk`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"chunk": "chunk", "source": "source"}

    def __init__(self, *, chunk: str | None = None, source: str | None = None) -> None:
        d: dict[str, Any] = {}
        if chunk is not None:
            d["chunk"] = chunk
        if source is not None:
            d["source"] = source
        self._data = d
        self._parent = None
        self._key = None

    @property
    def chunk(self) -> str | None:
        value = self._data.get("chunk")
        if value is None or type(value) is str:
            return value
        return get_str(self, "chunk")

    @chunk.setter
    def chunk(self, value: str | None) -> None:
        self._set("chunk", value)

    @property
    def source(self) -> str | None:
        value = self._data.get("source")
        if value is None or type(value) is str:
            return value
        return get_str(self, "source")

    @source.setter
    def source(self, value: str | None) -> None:
        self._set("source", value)


class SemanticRetrieverConfig(_Model):
    """Model of schema ``SemanticRetrieverConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "max_chunks_count": "maxChunksCount",
        "metadata_filters": "metadataFilters",
        "minimum_relevance_score": "minimumRelevanceScore",
        "query": "query",
        "source": "source",
    }

    def __init__(
        self,
        *,
        query: Content | Mapping[str, Any],
        source: str,
        max_chunks_count: int | None = None,
        metadata_filters: Sequence[MetadataFilter | Mapping[str, Any]] | None = None,
        minimum_relevance_score: float | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if max_chunks_count is not None:
            d["maxChunksCount"] = max_chunks_count
        if metadata_filters is not None:
            d["metadataFilters"] = encode_model_list(MetadataFilter, metadata_filters)
        if minimum_relevance_score is not None:
            d["minimumRelevanceScore"] = minimum_relevance_score
        d["query"] = Content._coerce(query)
        d["source"] = source
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("minimumRelevanceScore",))

    @property
    def max_chunks_count(self) -> int | None:
        value = self._data.get("maxChunksCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "maxChunksCount")

    @max_chunks_count.setter
    def max_chunks_count(self, value: int | None) -> None:
        self._set("maxChunksCount", value)

    @property
    def metadata_filters(self) -> list[MetadataFilter] | None:
        return get_model_list(self, "metadataFilters", MetadataFilter)

    @metadata_filters.setter
    def metadata_filters(self, value: Sequence[MetadataFilter | Mapping[str, Any]] | None) -> None:
        self._set("metadataFilters", None if value is None else encode_model_list(MetadataFilter, value))

    @property
    def minimum_relevance_score(self) -> float | None:
        return get_float(self, "minimumRelevanceScore")

    @minimum_relevance_score.setter
    def minimum_relevance_score(self, value: float | None) -> None:
        self._set("minimumRelevanceScore", value)

    @property
    def query(self) -> Content | None:
        return get_model(self, "query", Content)

    @query.setter
    def query(self, value: Content | Mapping[str, Any] | None) -> None:
        self._set("query", None if value is None else Content._coerce(value))

    @property
    def source(self) -> str | None:
        value = self._data.get("source")
        if value is None or type(value) is str:
            return value
        return get_str(self, "source")

    @source.setter
    def source(self, value: str | None) -> None:
        self._set("source", value)


class SessionResumptionConfig(_Model):
    """Model of schema ``SessionResumptionConfig`` (gemini-v1beta)."""

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


class SlidingWindow(_Model):
    """Model of schema ``SlidingWindow`` (gemini-v1beta)."""

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


class SpeakerVoiceConfig(_Model):
    """Model of schema ``SpeakerVoiceConfig`` (gemini-v1beta)."""

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
    """Model of schema ``SpeechConfig`` (gemini-v1beta)."""

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


class Status(_Model):
    """Model of schema ``Status`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"code": "code", "details": "details", "message": "message"}

    def __init__(
        self, *, code: int | None = None, details: Sequence[Any] | None = None, message: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if code is not None:
            d["code"] = code
        if details is not None:
            d["details"] = encode_union(details)
        if message is not None:
            d["message"] = message
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("details",))

    @property
    def code(self) -> int | None:
        value = self._data.get("code")
        if value is None or type(value) is int:
            return value
        return get_int(self, "code")

    @code.setter
    def code(self, value: int | None) -> None:
        self._set("code", value)

    @property
    def details(self) -> list[Any] | None:
        return get_list(self, "details")

    @details.setter
    def details(self, value: Sequence[Any] | None) -> None:
        self._set("details", None if value is None else encode_union(value))

    @property
    def message(self) -> str | None:
        value = self._data.get("message")
        if value is None or type(value) is str:
            return value
        return get_str(self, "message")

    @message.setter
    def message(self, value: str | None) -> None:
        self._set("message", value)


class StreamableHttpTransport(_Model):
    """Model of schema ``StreamableHttpTransport`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "headers": "headers",
        "sse_read_timeout": "sseReadTimeout",
        "terminate_on_close": "terminateOnClose",
        "timeout": "timeout",
        "url": "url",
    }

    def __init__(
        self,
        *,
        headers: Mapping[str, Any] | None = None,
        sse_read_timeout: str | None = None,
        terminate_on_close: bool | None = None,
        timeout: str | None = None,
        url: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if headers is not None:
            d["headers"] = dict(headers)
        if sse_read_timeout is not None:
            d["sseReadTimeout"] = sse_read_timeout
        if terminate_on_close is not None:
            d["terminateOnClose"] = terminate_on_close
        if timeout is not None:
            d["timeout"] = timeout
        if url is not None:
            d["url"] = url
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("headers",))

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
    def sse_read_timeout(self) -> str | None:
        value = self._data.get("sseReadTimeout")
        if value is None or type(value) is str:
            return value
        return get_str(self, "sseReadTimeout")

    @sse_read_timeout.setter
    def sse_read_timeout(self, value: str | None) -> None:
        self._set("sseReadTimeout", value)

    @property
    def terminate_on_close(self) -> bool | None:
        value = self._data.get("terminateOnClose")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "terminateOnClose")

    @terminate_on_close.setter
    def terminate_on_close(self, value: bool | None) -> None:
        self._set("terminateOnClose", value)

    @property
    def timeout(self) -> str | None:
        value = self._data.get("timeout")
        if value is None or type(value) is str:
            return value
        return get_str(self, "timeout")

    @timeout.setter
    def timeout(self, value: str | None) -> None:
        self._set("timeout", value)

    @property
    def url(self) -> str | None:
        value = self._data.get("url")
        if value is None or type(value) is str:
            return value
        return get_str(self, "url")

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)


class StringList(_Model):
    """Model of schema ``StringList`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"values": "values"}

    def __init__(self, *, values: Sequence[str] | None = None) -> None:
        d: dict[str, Any] = {}
        if values is not None:
            d["values"] = list(values)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def values(self) -> list[str] | None:
        return get_str_list(self, "values")

    @values.setter
    def values(self, value: Sequence[str] | None) -> None:
        self._set("values", None if value is None else list(value))


class TextCompletion(_Model):
    """Model of schema ``TextCompletion`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "citation_metadata": "citationMetadata",
        "output": "output",
        "safety_ratings": "safetyRatings",
    }

    def __init__(
        self,
        *,
        citation_metadata: CitationMetadata | Mapping[str, Any] | None = None,
        output: str | None = None,
        safety_ratings: Sequence[SafetyRating | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if citation_metadata is not None:
            d["citationMetadata"] = CitationMetadata._coerce(citation_metadata)
        if output is not None:
            d["output"] = output
        if safety_ratings is not None:
            d["safetyRatings"] = encode_model_list(SafetyRating, safety_ratings)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def citation_metadata(self) -> CitationMetadata | None:
        return get_model(self, "citationMetadata", CitationMetadata)

    @citation_metadata.setter
    def citation_metadata(self, value: CitationMetadata | Mapping[str, Any] | None) -> None:
        self._set("citationMetadata", None if value is None else CitationMetadata._coerce(value))

    @property
    def output(self) -> str | None:
        value = self._data.get("output")
        if value is None or type(value) is str:
            return value
        return get_str(self, "output")

    @output.setter
    def output(self, value: str | None) -> None:
        self._set("output", value)

    @property
    def safety_ratings(self) -> list[SafetyRating] | None:
        return get_model_list(self, "safetyRatings", SafetyRating)

    @safety_ratings.setter
    def safety_ratings(self, value: Sequence[SafetyRating | Mapping[str, Any]] | None) -> None:
        self._set("safetyRatings", None if value is None else encode_model_list(SafetyRating, value))


class TextPrompt(_Model):
    """Model of schema ``TextPrompt`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"text": "text"}

    def __init__(self, *, text: str) -> None:
        d: dict[str, Any] = {}
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


class ThinkingConfig(_Model):
    """Model of schema ``ThinkingConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "include_thoughts": "includeThoughts",
        "thinking_budget": "thinkingBudget",
        "thinking_level": "thinkingLevel",
    }

    def __init__(
        self,
        *,
        include_thoughts: bool | None = None,
        thinking_budget: int | None = None,
        thinking_level: ThinkingConfigThinkingLevel | str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if include_thoughts is not None:
            d["includeThoughts"] = include_thoughts
        if thinking_budget is not None:
            d["thinkingBudget"] = thinking_budget
        if thinking_level is not None:
            d["thinkingLevel"] = thinking_level
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

    @property
    def thinking_level(self) -> ThinkingConfigThinkingLevel | str | None:
        value = self._data.get("thinkingLevel")
        if value is None or type(value) is str:
            return value
        return get_str(self, "thinkingLevel")

    @thinking_level.setter
    def thinking_level(self, value: ThinkingConfigThinkingLevel | str | None) -> None:
        self._set("thinkingLevel", value)


class Tool(_Model):
    """Model of schema ``Tool`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code_execution": "codeExecution",
        "computer_use": "computerUse",
        "file_search": "fileSearch",
        "function_declarations": "functionDeclarations",
        "google_maps": "googleMaps",
        "google_search": "googleSearch",
        "google_search_retrieval": "googleSearchRetrieval",
        "mcp_servers": "mcpServers",
        "url_context": "urlContext",
    }

    def __init__(
        self,
        *,
        code_execution: CodeExecution | Mapping[str, Any] | None = None,
        computer_use: ComputerUse | Mapping[str, Any] | None = None,
        file_search: FileSearch | Mapping[str, Any] | None = None,
        function_declarations: Sequence[FunctionDeclaration | Mapping[str, Any]] | None = None,
        google_maps: GoogleMaps | Mapping[str, Any] | None = None,
        google_search: GoogleSearch | Mapping[str, Any] | None = None,
        google_search_retrieval: GoogleSearchRetrieval | Mapping[str, Any] | None = None,
        mcp_servers: Sequence[McpServer | Mapping[str, Any]] | None = None,
        url_context: UrlContext | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if code_execution is not None:
            d["codeExecution"] = CodeExecution._coerce(code_execution)
        if computer_use is not None:
            d["computerUse"] = ComputerUse._coerce(computer_use)
        if file_search is not None:
            d["fileSearch"] = FileSearch._coerce(file_search)
        if function_declarations is not None:
            d["functionDeclarations"] = encode_model_list(FunctionDeclaration, function_declarations)
        if google_maps is not None:
            d["googleMaps"] = GoogleMaps._coerce(google_maps)
        if google_search is not None:
            d["googleSearch"] = GoogleSearch._coerce(google_search)
        if google_search_retrieval is not None:
            d["googleSearchRetrieval"] = GoogleSearchRetrieval._coerce(google_search_retrieval)
        if mcp_servers is not None:
            d["mcpServers"] = encode_model_list(McpServer, mcp_servers)
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
    def computer_use(self) -> ComputerUse | None:
        return get_model(self, "computerUse", ComputerUse)

    @computer_use.setter
    def computer_use(self, value: ComputerUse | Mapping[str, Any] | None) -> None:
        self._set("computerUse", None if value is None else ComputerUse._coerce(value))

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
    def google_search(self) -> GoogleSearch | None:
        return get_model(self, "googleSearch", GoogleSearch)

    @google_search.setter
    def google_search(self, value: GoogleSearch | Mapping[str, Any] | None) -> None:
        self._set("googleSearch", None if value is None else GoogleSearch._coerce(value))

    @property
    def google_search_retrieval(self) -> GoogleSearchRetrieval | None:
        return get_model(self, "googleSearchRetrieval", GoogleSearchRetrieval)

    @google_search_retrieval.setter
    def google_search_retrieval(self, value: GoogleSearchRetrieval | Mapping[str, Any] | None) -> None:
        self._set("googleSearchRetrieval", None if value is None else GoogleSearchRetrieval._coerce(value))

    @property
    def mcp_servers(self) -> list[McpServer] | None:
        return get_model_list(self, "mcpServers", McpServer)

    @mcp_servers.setter
    def mcp_servers(self, value: Sequence[McpServer | Mapping[str, Any]] | None) -> None:
        self._set("mcpServers", None if value is None else encode_model_list(McpServer, value))

    @property
    def url_context(self) -> UrlContext | None:
        return get_model(self, "urlContext", UrlContext)

    @url_context.setter
    def url_context(self, value: UrlContext | Mapping[str, Any] | None) -> None:
        self._set("urlContext", None if value is None else UrlContext._coerce(value))


class ToolCall(_Model):
    """Model of schema ``ToolCall`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"args": "args", "id": "id", "tool_type": "toolType"}

    def __init__(
        self, *, tool_type: ToolCallToolType | str, args: Mapping[str, Any] | None = None, id: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if args is not None:
            d["args"] = dict(args)
        if id is not None:
            d["id"] = id
        d["toolType"] = tool_type
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
    def tool_type(self) -> ToolCallToolType | str | None:
        value = self._data.get("toolType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "toolType")

    @tool_type.setter
    def tool_type(self, value: ToolCallToolType | str | None) -> None:
        self._set("toolType", value)


class ToolConfig(_Model):
    """Model of schema ``ToolConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "function_calling_config": "functionCallingConfig",
        "include_server_side_tool_invocations": "includeServerSideToolInvocations",
        "retrieval_config": "retrievalConfig",
    }

    def __init__(
        self,
        *,
        function_calling_config: FunctionCallingConfig | Mapping[str, Any] | None = None,
        include_server_side_tool_invocations: bool | None = None,
        retrieval_config: RetrievalConfig | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if function_calling_config is not None:
            d["functionCallingConfig"] = FunctionCallingConfig._coerce(function_calling_config)
        if include_server_side_tool_invocations is not None:
            d["includeServerSideToolInvocations"] = include_server_side_tool_invocations
        if retrieval_config is not None:
            d["retrievalConfig"] = RetrievalConfig._coerce(retrieval_config)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def function_calling_config(self) -> FunctionCallingConfig | None:
        return get_model(self, "functionCallingConfig", FunctionCallingConfig)

    @function_calling_config.setter
    def function_calling_config(self, value: FunctionCallingConfig | Mapping[str, Any] | None) -> None:
        self._set("functionCallingConfig", None if value is None else FunctionCallingConfig._coerce(value))

    @property
    def include_server_side_tool_invocations(self) -> bool | None:
        value = self._data.get("includeServerSideToolInvocations")
        if value is None or type(value) is bool:
            return value
        return get_bool(self, "includeServerSideToolInvocations")

    @include_server_side_tool_invocations.setter
    def include_server_side_tool_invocations(self, value: bool | None) -> None:
        self._set("includeServerSideToolInvocations", value)

    @property
    def retrieval_config(self) -> RetrievalConfig | None:
        return get_model(self, "retrievalConfig", RetrievalConfig)

    @retrieval_config.setter
    def retrieval_config(self, value: RetrievalConfig | Mapping[str, Any] | None) -> None:
        self._set("retrievalConfig", None if value is None else RetrievalConfig._coerce(value))


class ToolResponse(_Model):
    """Model of schema ``ToolResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"id": "id", "response": "response", "tool_type": "toolType"}

    def __init__(
        self, *, tool_type: ToolResponseToolType | str, id: str | None = None, response: Mapping[str, Any] | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if id is not None:
            d["id"] = id
        if response is not None:
            d["response"] = dict(response)
        d["toolType"] = tool_type
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
    def response(self) -> dict[str, Any] | None:
        value = self._data.get("response")
        if value is None or type(value) is dict:
            return value
        return get_object(self, "response")

    @response.setter
    def response(self, value: Mapping[str, Any] | None) -> None:
        self._set("response", None if value is None else dict(value))

    @property
    def tool_type(self) -> ToolResponseToolType | str | None:
        value = self._data.get("toolType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "toolType")

    @tool_type.setter
    def tool_type(self, value: ToolResponseToolType | str | None) -> None:
        self._set("toolType", value)


class TopCandidates(_Model):
    """Model of schema ``TopCandidates`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"candidates": "candidates"}

    def __init__(self, *, candidates: Sequence[LogprobsResultCandidate | Mapping[str, Any]] | None = None) -> None:
        d: dict[str, Any] = {}
        if candidates is not None:
            d["candidates"] = encode_model_list(LogprobsResultCandidate, candidates)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def candidates(self) -> list[LogprobsResultCandidate] | None:
        return get_model_list(self, "candidates", LogprobsResultCandidate)

    @candidates.setter
    def candidates(self, value: Sequence[LogprobsResultCandidate | Mapping[str, Any]] | None) -> None:
        self._set("candidates", None if value is None else encode_model_list(LogprobsResultCandidate, value))


class TransferOwnershipRequest(_Model):
    """Model of schema ``TransferOwnershipRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"email_address": "emailAddress"}

    def __init__(self, *, email_address: str) -> None:
        d: dict[str, Any] = {}
        d["emailAddress"] = email_address
        self._data = d
        self._parent = None
        self._key = None

    @property
    def email_address(self) -> str | None:
        value = self._data.get("emailAddress")
        if value is None or type(value) is str:
            return value
        return get_str(self, "emailAddress")

    @email_address.setter
    def email_address(self, value: str | None) -> None:
        self._set("emailAddress", value)


class TransferOwnershipResponse(_Model):
    """Model of schema ``TransferOwnershipResponse`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class TunedModel(_Model):
    """Model of schema ``TunedModel`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "base_model": "baseModel",
        "create_time": "createTime",
        "description": "description",
        "display_name": "displayName",
        "name": "name",
        "reader_project_numbers": "readerProjectNumbers",
        "state": "state",
        "temperature": "temperature",
        "top_k": "topK",
        "top_p": "topP",
        "tuned_model_source": "tunedModelSource",
        "tuning_task": "tuningTask",
        "update_time": "updateTime",
    }

    def __init__(
        self,
        *,
        tuning_task: TuningTask | Mapping[str, Any],
        base_model: str | None = None,
        create_time: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        name: str | None = None,
        reader_project_numbers: Sequence[int | str] | None = None,
        state: TunedModelState | str | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        tuned_model_source: TunedModelSource | Mapping[str, Any] | None = None,
        update_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if base_model is not None:
            d["baseModel"] = base_model
        if create_time is not None:
            d["createTime"] = create_time
        if description is not None:
            d["description"] = description
        if display_name is not None:
            d["displayName"] = display_name
        if name is not None:
            d["name"] = name
        if reader_project_numbers is not None:
            d["readerProjectNumbers"] = [encode_int64(x) for x in reader_project_numbers]
        if state is not None:
            d["state"] = state
        if temperature is not None:
            d["temperature"] = temperature
        if top_k is not None:
            d["topK"] = top_k
        if top_p is not None:
            d["topP"] = top_p
        if tuned_model_source is not None:
            d["tunedModelSource"] = TunedModelSource._coerce(tuned_model_source)
        d["tuningTask"] = TuningTask._coerce(tuning_task)
        if update_time is not None:
            d["updateTime"] = update_time
        self._data = d
        self._parent = None
        self._key = None
        check_fields(
            self,
            (
                "temperature",
                "topP",
            ),
        )

    @property
    def base_model(self) -> str | None:
        value = self._data.get("baseModel")
        if value is None or type(value) is str:
            return value
        return get_str(self, "baseModel")

    @base_model.setter
    def base_model(self, value: str | None) -> None:
        self._set("baseModel", value)

    @property
    def create_time(self) -> str | None:
        value = self._data.get("createTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "createTime")

    @create_time.setter
    def create_time(self, value: str | None) -> None:
        self._set("createTime", value)

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
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

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
    def reader_project_numbers(self) -> list[int] | None:
        return get_int64_list(self, "readerProjectNumbers")

    @reader_project_numbers.setter
    def reader_project_numbers(self, value: Sequence[int | str] | None) -> None:
        self._set("readerProjectNumbers", None if value is None else [encode_int64(x) for x in value])

    @property
    def state(self) -> TunedModelState | str | None:
        value = self._data.get("state")
        if value is None or type(value) is str:
            return value
        return get_str(self, "state")

    @state.setter
    def state(self, value: TunedModelState | str | None) -> None:
        self._set("state", value)

    @property
    def temperature(self) -> float | None:
        return get_float(self, "temperature")

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self._set("temperature", value)

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

    @property
    def tuned_model_source(self) -> TunedModelSource | None:
        return get_model(self, "tunedModelSource", TunedModelSource)

    @tuned_model_source.setter
    def tuned_model_source(self, value: TunedModelSource | Mapping[str, Any] | None) -> None:
        self._set("tunedModelSource", None if value is None else TunedModelSource._coerce(value))

    @property
    def tuning_task(self) -> TuningTask | None:
        return get_model(self, "tuningTask", TuningTask)

    @tuning_task.setter
    def tuning_task(self, value: TuningTask | Mapping[str, Any] | None) -> None:
        self._set("tuningTask", None if value is None else TuningTask._coerce(value))

    @property
    def update_time(self) -> str | None:
        value = self._data.get("updateTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "updateTime")

    @update_time.setter
    def update_time(self, value: str | None) -> None:
        self._set("updateTime", value)


class TunedModelSource(_Model):
    """Model of schema ``TunedModelSource`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"base_model": "baseModel", "tuned_model": "tunedModel"}

    def __init__(self, *, base_model: str | None = None, tuned_model: str | None = None) -> None:
        d: dict[str, Any] = {}
        if base_model is not None:
            d["baseModel"] = base_model
        if tuned_model is not None:
            d["tunedModel"] = tuned_model
        self._data = d
        self._parent = None
        self._key = None

    @property
    def base_model(self) -> str | None:
        value = self._data.get("baseModel")
        if value is None or type(value) is str:
            return value
        return get_str(self, "baseModel")

    @base_model.setter
    def base_model(self, value: str | None) -> None:
        self._set("baseModel", value)

    @property
    def tuned_model(self) -> str | None:
        value = self._data.get("tunedModel")
        if value is None or type(value) is str:
            return value
        return get_str(self, "tunedModel")

    @tuned_model.setter
    def tuned_model(self, value: str | None) -> None:
        self._set("tunedModel", value)


class TuningContent(_Model):
    """Model of schema ``TuningContent`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"parts": "parts", "role": "role"}

    def __init__(
        self, *, parts: Sequence[TuningPart | Mapping[str, Any]] | None = None, role: str | None = None
    ) -> None:
        d: dict[str, Any] = {}
        if parts is not None:
            d["parts"] = encode_model_list(TuningPart, parts)
        if role is not None:
            d["role"] = role
        self._data = d
        self._parent = None
        self._key = None

    @property
    def parts(self) -> list[TuningPart] | None:
        return get_model_list(self, "parts", TuningPart)

    @parts.setter
    def parts(self, value: Sequence[TuningPart | Mapping[str, Any]] | None) -> None:
        self._set("parts", None if value is None else encode_model_list(TuningPart, value))

    @property
    def role(self) -> str | None:
        value = self._data.get("role")
        if value is None or type(value) is str:
            return value
        return get_str(self, "role")

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)


class TuningExample(_Model):
    """Model of schema ``TuningExample`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"output": "output", "text_input": "textInput"}

    def __init__(self, *, output: str, text_input: str | None = None) -> None:
        d: dict[str, Any] = {}
        d["output"] = output
        if text_input is not None:
            d["textInput"] = text_input
        self._data = d
        self._parent = None
        self._key = None

    @property
    def output(self) -> str | None:
        value = self._data.get("output")
        if value is None or type(value) is str:
            return value
        return get_str(self, "output")

    @output.setter
    def output(self, value: str | None) -> None:
        self._set("output", value)

    @property
    def text_input(self) -> str | None:
        value = self._data.get("textInput")
        if value is None or type(value) is str:
            return value
        return get_str(self, "textInput")

    @text_input.setter
    def text_input(self, value: str | None) -> None:
        self._set("textInput", value)


class TuningExamples(_Model):
    """Model of schema ``TuningExamples`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"examples": "examples", "multiturn_examples": "multiturnExamples"}

    def __init__(
        self,
        *,
        examples: Sequence[TuningExample | Mapping[str, Any]] | None = None,
        multiturn_examples: Sequence[TuningMultiturnExample | Mapping[str, Any]] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if examples is not None:
            d["examples"] = encode_model_list(TuningExample, examples)
        if multiturn_examples is not None:
            d["multiturnExamples"] = encode_model_list(TuningMultiturnExample, multiturn_examples)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def examples(self) -> list[TuningExample] | None:
        return get_model_list(self, "examples", TuningExample)

    @examples.setter
    def examples(self, value: Sequence[TuningExample | Mapping[str, Any]] | None) -> None:
        self._set("examples", None if value is None else encode_model_list(TuningExample, value))

    @property
    def multiturn_examples(self) -> list[TuningMultiturnExample] | None:
        return get_model_list(self, "multiturnExamples", TuningMultiturnExample)

    @multiturn_examples.setter
    def multiturn_examples(self, value: Sequence[TuningMultiturnExample | Mapping[str, Any]] | None) -> None:
        self._set("multiturnExamples", None if value is None else encode_model_list(TuningMultiturnExample, value))


class TuningMultiturnExample(_Model):
    """Model of schema ``TuningMultiturnExample`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"contents": "contents", "system_instruction": "systemInstruction"}

    def __init__(
        self,
        *,
        contents: Sequence[TuningContent | Mapping[str, Any]] | None = None,
        system_instruction: TuningContent | Mapping[str, Any] | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if contents is not None:
            d["contents"] = encode_model_list(TuningContent, contents)
        if system_instruction is not None:
            d["systemInstruction"] = TuningContent._coerce(system_instruction)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def contents(self) -> list[TuningContent] | None:
        return get_model_list(self, "contents", TuningContent)

    @contents.setter
    def contents(self, value: Sequence[TuningContent | Mapping[str, Any]] | None) -> None:
        self._set("contents", None if value is None else encode_model_list(TuningContent, value))

    @property
    def system_instruction(self) -> TuningContent | None:
        return get_model(self, "systemInstruction", TuningContent)

    @system_instruction.setter
    def system_instruction(self, value: TuningContent | Mapping[str, Any] | None) -> None:
        self._set("systemInstruction", None if value is None else TuningContent._coerce(value))


class TuningPart(_Model):
    """Model of schema ``TuningPart`` (gemini-v1beta)."""

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


class TuningSnapshot(_Model):
    """Model of schema ``TuningSnapshot`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "compute_time": "computeTime",
        "epoch": "epoch",
        "mean_loss": "meanLoss",
        "step": "step",
    }

    def __init__(
        self,
        *,
        compute_time: str | None = None,
        epoch: int | None = None,
        mean_loss: float | None = None,
        step: int | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if compute_time is not None:
            d["computeTime"] = compute_time
        if epoch is not None:
            d["epoch"] = epoch
        if mean_loss is not None:
            d["meanLoss"] = mean_loss
        if step is not None:
            d["step"] = step
        self._data = d
        self._parent = None
        self._key = None
        check_fields(self, ("meanLoss",))

    @property
    def compute_time(self) -> str | None:
        value = self._data.get("computeTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "computeTime")

    @compute_time.setter
    def compute_time(self, value: str | None) -> None:
        self._set("computeTime", value)

    @property
    def epoch(self) -> int | None:
        value = self._data.get("epoch")
        if value is None or type(value) is int:
            return value
        return get_int(self, "epoch")

    @epoch.setter
    def epoch(self, value: int | None) -> None:
        self._set("epoch", value)

    @property
    def mean_loss(self) -> float | None:
        return get_float(self, "meanLoss")

    @mean_loss.setter
    def mean_loss(self, value: float | None) -> None:
        self._set("meanLoss", value)

    @property
    def step(self) -> int | None:
        value = self._data.get("step")
        if value is None or type(value) is int:
            return value
        return get_int(self, "step")

    @step.setter
    def step(self, value: int | None) -> None:
        self._set("step", value)


class TuningTask(_Model):
    """Model of schema ``TuningTask`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "complete_time": "completeTime",
        "hyperparameters": "hyperparameters",
        "snapshots": "snapshots",
        "start_time": "startTime",
        "training_data": "trainingData",
    }

    def __init__(
        self,
        *,
        training_data: Dataset | Mapping[str, Any],
        complete_time: str | None = None,
        hyperparameters: Hyperparameters | Mapping[str, Any] | None = None,
        snapshots: Sequence[TuningSnapshot | Mapping[str, Any]] | None = None,
        start_time: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if complete_time is not None:
            d["completeTime"] = complete_time
        if hyperparameters is not None:
            d["hyperparameters"] = Hyperparameters._coerce(hyperparameters)
        if snapshots is not None:
            d["snapshots"] = encode_model_list(TuningSnapshot, snapshots)
        if start_time is not None:
            d["startTime"] = start_time
        d["trainingData"] = Dataset._coerce(training_data)
        self._data = d
        self._parent = None
        self._key = None

    @property
    def complete_time(self) -> str | None:
        value = self._data.get("completeTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "completeTime")

    @complete_time.setter
    def complete_time(self, value: str | None) -> None:
        self._set("completeTime", value)

    @property
    def hyperparameters(self) -> Hyperparameters | None:
        return get_model(self, "hyperparameters", Hyperparameters)

    @hyperparameters.setter
    def hyperparameters(self, value: Hyperparameters | Mapping[str, Any] | None) -> None:
        self._set("hyperparameters", None if value is None else Hyperparameters._coerce(value))

    @property
    def snapshots(self) -> list[TuningSnapshot] | None:
        return get_model_list(self, "snapshots", TuningSnapshot)

    @snapshots.setter
    def snapshots(self, value: Sequence[TuningSnapshot | Mapping[str, Any]] | None) -> None:
        self._set("snapshots", None if value is None else encode_model_list(TuningSnapshot, value))

    @property
    def start_time(self) -> str | None:
        value = self._data.get("startTime")
        if value is None or type(value) is str:
            return value
        return get_str(self, "startTime")

    @start_time.setter
    def start_time(self, value: str | None) -> None:
        self._set("startTime", value)

    @property
    def training_data(self) -> Dataset | None:
        return get_model(self, "trainingData", Dataset)

    @training_data.setter
    def training_data(self, value: Dataset | Mapping[str, Any] | None) -> None:
        self._set("trainingData", None if value is None else Dataset._coerce(value))


class UploadToFileSearchStoreRequest(_Model):
    """Model of schema ``UploadToFileSearchStoreRequest`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "chunking_config": "chunkingConfig",
        "custom_metadata": "customMetadata",
        "display_name": "displayName",
        "mime_type": "mimeType",
    }

    def __init__(
        self,
        *,
        chunking_config: ChunkingConfig | Mapping[str, Any] | None = None,
        custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]] | None = None,
        display_name: str | None = None,
        mime_type: str | None = None,
    ) -> None:
        d: dict[str, Any] = {}
        if chunking_config is not None:
            d["chunkingConfig"] = ChunkingConfig._coerce(chunking_config)
        if custom_metadata is not None:
            d["customMetadata"] = encode_model_list(CustomMetadata, custom_metadata)
        if display_name is not None:
            d["displayName"] = display_name
        if mime_type is not None:
            d["mimeType"] = mime_type
        self._data = d
        self._parent = None
        self._key = None

    @property
    def chunking_config(self) -> ChunkingConfig | None:
        return get_model(self, "chunkingConfig", ChunkingConfig)

    @chunking_config.setter
    def chunking_config(self, value: ChunkingConfig | Mapping[str, Any] | None) -> None:
        self._set("chunkingConfig", None if value is None else ChunkingConfig._coerce(value))

    @property
    def custom_metadata(self) -> list[CustomMetadata] | None:
        return get_model_list(self, "customMetadata", CustomMetadata)

    @custom_metadata.setter
    def custom_metadata(self, value: Sequence[CustomMetadata | Mapping[str, Any]] | None) -> None:
        self._set("customMetadata", None if value is None else encode_model_list(CustomMetadata, value))

    @property
    def display_name(self) -> str | None:
        value = self._data.get("displayName")
        if value is None or type(value) is str:
            return value
        return get_str(self, "displayName")

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("displayName", value)

    @property
    def mime_type(self) -> str | None:
        value = self._data.get("mimeType")
        if value is None or type(value) is str:
            return value
        return get_str(self, "mimeType")

    @mime_type.setter
    def mime_type(self, value: str | None) -> None:
        self._set("mimeType", value)


class UrlContext(_Model):
    """Model of schema ``UrlContext`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class UrlContextMetadata(_Model):
    """Model of schema ``UrlContextMetadata`` (gemini-v1beta)."""

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
    """Model of schema ``UrlMetadata`` (gemini-v1beta)."""

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
    """Model of schema ``UsageMetadata`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "cache_tokens_details": "cacheTokensDetails",
        "cached_content_token_count": "cachedContentTokenCount",
        "candidates_token_count": "candidatesTokenCount",
        "candidates_tokens_details": "candidatesTokensDetails",
        "prompt_token_count": "promptTokenCount",
        "prompt_tokens_details": "promptTokensDetails",
        "service_tier": "serviceTier",
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
        candidates_token_count: int | None = None,
        candidates_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
        prompt_token_count: int | None = None,
        prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]] | None = None,
        service_tier: str | None = None,
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
        if candidates_token_count is not None:
            d["candidatesTokenCount"] = candidates_token_count
        if candidates_tokens_details is not None:
            d["candidatesTokensDetails"] = encode_model_list(ModalityTokenCount, candidates_tokens_details)
        if prompt_token_count is not None:
            d["promptTokenCount"] = prompt_token_count
        if prompt_tokens_details is not None:
            d["promptTokensDetails"] = encode_model_list(ModalityTokenCount, prompt_tokens_details)
        if service_tier is not None:
            d["serviceTier"] = service_tier
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
    def candidates_token_count(self) -> int | None:
        value = self._data.get("candidatesTokenCount")
        if value is None or type(value) is int:
            return value
        return get_int(self, "candidatesTokenCount")

    @candidates_token_count.setter
    def candidates_token_count(self, value: int | None) -> None:
        self._set("candidatesTokenCount", value)

    @property
    def candidates_tokens_details(self) -> list[ModalityTokenCount] | None:
        return get_model_list(self, "candidatesTokensDetails", ModalityTokenCount)

    @candidates_tokens_details.setter
    def candidates_tokens_details(self, value: Sequence[ModalityTokenCount | Mapping[str, Any]] | None) -> None:
        self._set("candidatesTokensDetails", None if value is None else encode_model_list(ModalityTokenCount, value))

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
    def service_tier(self) -> str | None:
        value = self._data.get("serviceTier")
        if value is None or type(value) is str:
            return value
        return get_str(self, "serviceTier")

    @service_tier.setter
    def service_tier(self, value: str | None) -> None:
        self._set("serviceTier", value)

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


class VideoFileMetadata(_Model):
    """Model of schema ``VideoFileMetadata`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"video_duration": "videoDuration"}

    def __init__(self, *, video_duration: str | None = None) -> None:
        d: dict[str, Any] = {}
        if video_duration is not None:
            d["videoDuration"] = video_duration
        self._data = d
        self._parent = None
        self._key = None

    @property
    def video_duration(self) -> str | None:
        value = self._data.get("videoDuration")
        if value is None or type(value) is str:
            return value
        return get_str(self, "videoDuration")

    @video_duration.setter
    def video_duration(self, value: str | None) -> None:
        self._set("videoDuration", value)


class VideoMetadata(_Model):
    """Model of schema ``VideoMetadata`` (gemini-v1beta)."""

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
    """Model of schema ``VoiceConfig`` (gemini-v1beta)."""

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


class Web(_Model):
    """Model of schema ``Web`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {"domain": "domain", "title": "title", "uri": "uri"}

    def __init__(self, *, domain: str | None = None, title: str | None = None, uri: str | None = None) -> None:
        d: dict[str, Any] = {}
        if domain is not None:
            d["domain"] = domain
        if title is not None:
            d["title"] = title
        if uri is not None:
            d["uri"] = uri
        self._data = d
        self._parent = None
        self._key = None

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


class WebSearch(_Model):
    """Model of schema ``WebSearch`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        d: dict[str, Any] = {}
        self._data = d
        self._parent = None
        self._key = None


class WhiteSpaceConfig(_Model):
    """Model of schema ``WhiteSpaceConfig`` (gemini-v1beta)."""

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "max_overlap_tokens": "maxOverlapTokens",
        "max_tokens_per_chunk": "maxTokensPerChunk",
    }

    def __init__(self, *, max_overlap_tokens: int | None = None, max_tokens_per_chunk: int | None = None) -> None:
        d: dict[str, Any] = {}
        if max_overlap_tokens is not None:
            d["maxOverlapTokens"] = max_overlap_tokens
        if max_tokens_per_chunk is not None:
            d["maxTokensPerChunk"] = max_tokens_per_chunk
        self._data = d
        self._parent = None
        self._key = None

    @property
    def max_overlap_tokens(self) -> int | None:
        value = self._data.get("maxOverlapTokens")
        if value is None or type(value) is int:
            return value
        return get_int(self, "maxOverlapTokens")

    @max_overlap_tokens.setter
    def max_overlap_tokens(self, value: int | None) -> None:
        self._set("maxOverlapTokens", value)

    @property
    def max_tokens_per_chunk(self) -> int | None:
        value = self._data.get("maxTokensPerChunk")
        if value is None or type(value) is int:
            return value
        return get_int(self, "maxTokensPerChunk")

    @max_tokens_per_chunk.setter
    def max_tokens_per_chunk(self, value: int | None) -> None:
        self._set("maxTokensPerChunk", value)


AsyncBatchEmbedContentRequest._nested = {"batch": EmbedContentBatch._coerce}
AttributionSourceId._nested = {
    "groundingPassage": GroundingPassageId._coerce,
    "semanticRetrieverChunk": SemanticRetrieverChunk._coerce,
}
AuthToken._nested = {"bidiGenerateContentSetup": BidiGenerateContentSetup._coerce}
BatchEmbedContentsRequest._nested = {"requests": partial(encode_model_list, EmbedContentRequest)}
BatchEmbedContentsResponse._nested = {
    "embeddings": partial(encode_model_list, ContentEmbedding),
    "usageMetadata": EmbeddingUsageMetadata._coerce,
}
BatchEmbedTextRequest._nested = {"requests": partial(encode_model_list, EmbedTextRequest), "texts": lambda v: list(v)}
BatchEmbedTextResponse._nested = {"embeddings": partial(encode_model_list, Embedding)}
BatchGenerateContentRequest._nested = {"batch": GenerateContentBatch._coerce}
BatchStats._nested = {
    "failedRequestCount": encode_int64,
    "pendingRequestCount": encode_int64,
    "requestCount": encode_int64,
    "successfulRequestCount": encode_int64,
}
BidiGenerateContentSetup._nested = {
    "contextWindowCompression": ContextWindowCompressionConfig._coerce,
    "generationConfig": GenerationConfig._coerce,
    "historyConfig": HistoryConfig._coerce,
    "inputAudioTranscription": AudioTranscriptionConfig._coerce,
    "outputAudioTranscription": AudioTranscriptionConfig._coerce,
    "proactivity": ProactivityConfig._coerce,
    "realtimeInputConfig": RealtimeInputConfig._coerce,
    "sessionResumption": SessionResumptionConfig._coerce,
    "systemInstruction": Content._coerce,
    "tools": partial(encode_model_list, Tool),
}
Blob._nested = {"data": encode_base64}
CachedContent._nested = {
    "contents": partial(encode_model_list, Content),
    "systemInstruction": Content._coerce,
    "toolConfig": ToolConfig._coerce,
    "tools": partial(encode_model_list, Tool),
    "usageMetadata": CachedContentUsageMetadata._coerce,
}
Candidate._nested = {
    "citationMetadata": CitationMetadata._coerce,
    "content": Content._coerce,
    "groundingAttributions": partial(encode_model_list, GroundingAttribution),
    "groundingMetadata": GroundingMetadata._coerce,
    "logprobsResult": LogprobsResult._coerce,
    "safetyRatings": partial(encode_model_list, SafetyRating),
    "urlContextMetadata": UrlContextMetadata._coerce,
}
ChunkingConfig._nested = {"whiteSpaceConfig": WhiteSpaceConfig._coerce}
CitationMetadata._nested = {"citationSources": partial(encode_model_list, CitationSource)}
ComputerUse._nested = {"excludedPredefinedFunctions": lambda v: list(v)}
Content._nested = {"parts": partial(encode_model_list, Part)}
ContentEmbedding._nested = {"shape": lambda v: list(v), "values": lambda v: list(v)}
ContextWindowCompressionConfig._nested = {"slidingWindow": SlidingWindow._coerce, "triggerTokens": encode_int64}
CountMessageTokensRequest._nested = {"prompt": MessagePrompt._coerce}
CountTextTokensRequest._nested = {"prompt": TextPrompt._coerce}
CountTokensRequest._nested = {
    "contents": partial(encode_model_list, Content),
    "generateContentRequest": GenerateContentRequest._coerce,
}
CountTokensResponse._nested = {
    "cacheTokensDetails": partial(encode_model_list, ModalityTokenCount),
    "promptTokensDetails": partial(encode_model_list, ModalityTokenCount),
}
CreateFileRequest._nested = {"file": File._coerce}
CreateFileResponse._nested = {"file": File._coerce}
CustomLongRunningOperation._nested = {
    "error": Status._coerce,
    "metadata": lambda v: dict(v),
    "response": lambda v: dict(v),
}
CustomMetadata._nested = {"stringListValue": StringList._coerce}
Dataset._nested = {"examples": TuningExamples._coerce}
Document._nested = {"customMetadata": partial(encode_model_list, CustomMetadata), "sizeBytes": encode_int64}
EmbedContentBatch._nested = {
    "batchStats": EmbedContentBatchStats._coerce,
    "inputConfig": InputEmbedContentConfig._coerce,
    "output": EmbedContentBatchOutput._coerce,
    "priority": encode_int64,
}
EmbedContentBatchOutput._nested = {"inlinedResponses": InlinedEmbedContentResponses._coerce}
EmbedContentBatchStats._nested = {
    "failedRequestCount": encode_int64,
    "pendingRequestCount": encode_int64,
    "requestCount": encode_int64,
    "successfulRequestCount": encode_int64,
}
EmbedContentRequest._nested = {"content": Content._coerce}
EmbedContentResponse._nested = {"embedding": ContentEmbedding._coerce}
EmbedTextResponse._nested = {"embedding": Embedding._coerce}
Embedding._nested = {"value": lambda v: list(v)}
EmbeddingUsageMetadata._nested = {"promptTokenDetails": partial(encode_model_list, ModalityTokenCount)}
Example._nested = {"input": Message._coerce, "output": Message._coerce}
File._nested = {
    "error": Status._coerce,
    "sha256Hash": encode_base64,
    "sizeBytes": encode_int64,
    "videoMetadata": VideoFileMetadata._coerce,
}
FileSearch._nested = {"fileSearchStoreNames": lambda v: list(v)}
FileSearchStore._nested = {
    "activeDocumentsCount": encode_int64,
    "failedDocumentsCount": encode_int64,
    "pendingDocumentsCount": encode_int64,
    "sizeBytes": encode_int64,
}
FunctionCall._nested = {"args": lambda v: dict(v)}
FunctionCallingConfig._nested = {"allowedFunctionNames": lambda v: list(v)}
FunctionDeclaration._nested = {
    "parameters": Schema._coerce,
    "parametersJsonSchema": lambda v: encode_union(v),
    "response": Schema._coerce,
    "responseJsonSchema": lambda v: encode_union(v),
}
FunctionResponse._nested = {"parts": partial(encode_model_list, FunctionResponsePart), "response": lambda v: dict(v)}
FunctionResponseBlob._nested = {"data": encode_base64}
FunctionResponsePart._nested = {"inlineData": FunctionResponseBlob._coerce}
GenerateAnswerRequest._nested = {
    "contents": partial(encode_model_list, Content),
    "inlinePassages": GroundingPassages._coerce,
    "safetySettings": partial(encode_model_list, SafetySetting),
    "semanticRetriever": SemanticRetrieverConfig._coerce,
}
GenerateAnswerResponse._nested = {"answer": Candidate._coerce, "inputFeedback": InputFeedback._coerce}
GenerateContentBatch._nested = {
    "batchStats": BatchStats._coerce,
    "inputConfig": InputConfig._coerce,
    "output": GenerateContentBatchOutput._coerce,
    "priority": encode_int64,
}
GenerateContentBatchOutput._nested = {"inlinedResponses": InlinedResponses._coerce}
GenerateContentRequest._nested = {
    "contents": partial(encode_model_list, Content),
    "generationConfig": GenerationConfig._coerce,
    "safetySettings": partial(encode_model_list, SafetySetting),
    "systemInstruction": Content._coerce,
    "toolConfig": ToolConfig._coerce,
    "tools": partial(encode_model_list, Tool),
}
GenerateContentResponse._nested = {
    "candidates": partial(encode_model_list, Candidate),
    "modelStatus": ModelStatus._coerce,
    "promptFeedback": PromptFeedback._coerce,
    "usageMetadata": UsageMetadata._coerce,
}
GenerateMessageRequest._nested = {"prompt": MessagePrompt._coerce}
GenerateMessageResponse._nested = {
    "candidates": partial(encode_model_list, Message),
    "filters": partial(encode_model_list, ContentFilter),
    "messages": partial(encode_model_list, Message),
}
GenerateTextRequest._nested = {
    "prompt": TextPrompt._coerce,
    "safetySettings": partial(encode_model_list, SafetySetting),
    "stopSequences": lambda v: list(v),
}
GenerateTextResponse._nested = {
    "candidates": partial(encode_model_list, TextCompletion),
    "filters": partial(encode_model_list, ContentFilter),
    "safetyFeedback": partial(encode_model_list, SafetyFeedback),
}
GeneratedFile._nested = {"error": Status._coerce}
GenerationConfig._nested = {
    "_responseJsonSchema": lambda v: encode_union(v),
    "imageConfig": ImageConfig._coerce,
    "responseJsonSchema": lambda v: encode_union(v),
    "responseModalities": lambda v: list(v),
    "responseSchema": Schema._coerce,
    "speechConfig": SpeechConfig._coerce,
    "stopSequences": lambda v: list(v),
    "thinkingConfig": ThinkingConfig._coerce,
}
GoogleAiGenerativelanguageV1alphaGroundingSupport._nested = {
    "confidenceScores": lambda v: list(v),
    "groundingChunkIndices": lambda v: list(v),
    "renderedParts": lambda v: list(v),
    "segment": GoogleAiGenerativelanguageV1alphaSegment._coerce,
}
GoogleSearch._nested = {"searchTypes": SearchTypes._coerce, "timeRangeFilter": Interval._coerce}
GoogleSearchRetrieval._nested = {"dynamicRetrievalConfig": DynamicRetrievalConfig._coerce}
GroundingAttribution._nested = {"content": Content._coerce, "sourceId": AttributionSourceId._coerce}
GroundingChunk._nested = {
    "image": Image._coerce,
    "maps": Maps._coerce,
    "retrievedContext": RetrievedContext._coerce,
    "web": Web._coerce,
}
GroundingChunkCustomMetadata._nested = {"stringListValue": GroundingChunkStringList._coerce}
GroundingChunkStringList._nested = {"values": lambda v: list(v)}
GroundingMetadata._nested = {
    "groundingChunks": partial(encode_model_list, GroundingChunk),
    "groundingSupports": partial(encode_model_list, GoogleAiGenerativelanguageV1alphaGroundingSupport),
    "imageSearchQueries": lambda v: list(v),
    "retrievalMetadata": RetrievalMetadata._coerce,
    "searchEntryPoint": SearchEntryPoint._coerce,
    "webSearchQueries": lambda v: list(v),
}
GroundingPassage._nested = {"content": Content._coerce}
GroundingPassages._nested = {"passages": partial(encode_model_list, GroundingPassage)}
ImportFileRequest._nested = {
    "chunkingConfig": ChunkingConfig._coerce,
    "customMetadata": partial(encode_model_list, CustomMetadata),
}
InlinedEmbedContentRequest._nested = {"metadata": lambda v: dict(v), "request": EmbedContentRequest._coerce}
InlinedEmbedContentRequests._nested = {"requests": partial(encode_model_list, InlinedEmbedContentRequest)}
InlinedEmbedContentResponse._nested = {
    "error": Status._coerce,
    "metadata": lambda v: dict(v),
    "response": EmbedContentResponse._coerce,
}
InlinedEmbedContentResponses._nested = {"inlinedResponses": partial(encode_model_list, InlinedEmbedContentResponse)}
InlinedRequest._nested = {"metadata": lambda v: dict(v), "request": GenerateContentRequest._coerce}
InlinedRequests._nested = {"requests": partial(encode_model_list, InlinedRequest)}
InlinedResponse._nested = {
    "error": Status._coerce,
    "metadata": lambda v: dict(v),
    "response": GenerateContentResponse._coerce,
}
InlinedResponses._nested = {"inlinedResponses": partial(encode_model_list, InlinedResponse)}
InputConfig._nested = {"requests": InlinedRequests._coerce}
InputEmbedContentConfig._nested = {"requests": InlinedEmbedContentRequests._coerce}
InputFeedback._nested = {"safetyRatings": partial(encode_model_list, SafetyRating)}
ListCachedContentsResponse._nested = {"cachedContents": partial(encode_model_list, CachedContent)}
ListCorporaResponse._nested = {"corpora": partial(encode_model_list, Corpus)}
ListDocumentsResponse._nested = {"documents": partial(encode_model_list, Document)}
ListFileSearchStoresResponse._nested = {"fileSearchStores": partial(encode_model_list, FileSearchStore)}
ListFilesResponse._nested = {"files": partial(encode_model_list, File)}
ListGeneratedFilesResponse._nested = {"generatedFiles": partial(encode_model_list, GeneratedFile)}
ListModelsResponse._nested = {"models": partial(encode_model_list, Model)}
ListOperationsResponse._nested = {"operations": partial(encode_model_list, Operation), "unreachable": lambda v: list(v)}
ListPermissionsResponse._nested = {"permissions": partial(encode_model_list, Permission)}
ListTunedModelsResponse._nested = {"tunedModels": partial(encode_model_list, TunedModel)}
LogprobsResult._nested = {
    "chosenCandidates": partial(encode_model_list, LogprobsResultCandidate),
    "topCandidates": partial(encode_model_list, TopCandidates),
}
Maps._nested = {"placeAnswerSources": PlaceAnswerSources._coerce}
McpServer._nested = {"streamableHttpTransport": StreamableHttpTransport._coerce}
Message._nested = {"citationMetadata": CitationMetadata._coerce}
MessagePrompt._nested = {
    "examples": partial(encode_model_list, Example),
    "messages": partial(encode_model_list, Message),
}
MetadataFilter._nested = {"conditions": partial(encode_model_list, Condition)}
Model._nested = {"supportedGenerationMethods": lambda v: list(v)}
MultiSpeakerVoiceConfig._nested = {"speakerVoiceConfigs": partial(encode_model_list, SpeakerVoiceConfig)}
Operation._nested = {"error": Status._coerce, "metadata": lambda v: dict(v), "response": lambda v: dict(v)}
Part._nested = {
    "codeExecutionResult": CodeExecutionResult._coerce,
    "executableCode": ExecutableCode._coerce,
    "fileData": FileData._coerce,
    "functionCall": FunctionCall._coerce,
    "functionResponse": FunctionResponse._coerce,
    "inlineData": Blob._coerce,
    "mediaResolution": MediaResolution._coerce,
    "partMetadata": lambda v: dict(v),
    "thoughtSignature": encode_base64,
    "toolCall": ToolCall._coerce,
    "toolResponse": ToolResponse._coerce,
    "videoMetadata": VideoMetadata._coerce,
}
PlaceAnswerSources._nested = {"reviewSnippets": partial(encode_model_list, ReviewSnippet)}
PredictLongRunningRequest._nested = {"instances": lambda v: encode_union(v), "parameters": lambda v: encode_union(v)}
PredictRequest._nested = {"instances": lambda v: encode_union(v), "parameters": lambda v: encode_union(v)}
PredictResponse._nested = {"predictions": lambda v: encode_union(v)}
PromptFeedback._nested = {"safetyRatings": partial(encode_model_list, SafetyRating)}
RealtimeInputConfig._nested = {"automaticActivityDetection": AutomaticActivityDetection._coerce}
RegisterFilesRequest._nested = {"uris": lambda v: list(v)}
RegisterFilesResponse._nested = {"files": partial(encode_model_list, File)}
RetrievalConfig._nested = {"latLng": LatLng._coerce}
RetrievedContext._nested = {"customMetadata": partial(encode_model_list, GroundingChunkCustomMetadata)}
SafetyFeedback._nested = {"rating": SafetyRating._coerce, "setting": SafetySetting._coerce}
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
SearchTypes._nested = {"imageSearch": ImageSearch._coerce, "webSearch": WebSearch._coerce}
SemanticRetrieverConfig._nested = {
    "metadataFilters": partial(encode_model_list, MetadataFilter),
    "query": Content._coerce,
}
SlidingWindow._nested = {"targetTokens": encode_int64}
SpeakerVoiceConfig._nested = {"voiceConfig": VoiceConfig._coerce}
SpeechConfig._nested = {"multiSpeakerVoiceConfig": MultiSpeakerVoiceConfig._coerce, "voiceConfig": VoiceConfig._coerce}
Status._nested = {"details": lambda v: encode_union(v)}
StreamableHttpTransport._nested = {"headers": lambda v: dict(v)}
StringList._nested = {"values": lambda v: list(v)}
TextCompletion._nested = {
    "citationMetadata": CitationMetadata._coerce,
    "safetyRatings": partial(encode_model_list, SafetyRating),
}
Tool._nested = {
    "codeExecution": CodeExecution._coerce,
    "computerUse": ComputerUse._coerce,
    "fileSearch": FileSearch._coerce,
    "functionDeclarations": partial(encode_model_list, FunctionDeclaration),
    "googleMaps": GoogleMaps._coerce,
    "googleSearch": GoogleSearch._coerce,
    "googleSearchRetrieval": GoogleSearchRetrieval._coerce,
    "mcpServers": partial(encode_model_list, McpServer),
    "urlContext": UrlContext._coerce,
}
ToolCall._nested = {"args": lambda v: dict(v)}
ToolConfig._nested = {
    "functionCallingConfig": FunctionCallingConfig._coerce,
    "retrievalConfig": RetrievalConfig._coerce,
}
ToolResponse._nested = {"response": lambda v: dict(v)}
TopCandidates._nested = {"candidates": partial(encode_model_list, LogprobsResultCandidate)}
TunedModel._nested = {
    "readerProjectNumbers": lambda v: [encode_int64(x) for x in v],
    "tunedModelSource": TunedModelSource._coerce,
    "tuningTask": TuningTask._coerce,
}
TuningContent._nested = {"parts": partial(encode_model_list, TuningPart)}
TuningExamples._nested = {
    "examples": partial(encode_model_list, TuningExample),
    "multiturnExamples": partial(encode_model_list, TuningMultiturnExample),
}
TuningMultiturnExample._nested = {
    "contents": partial(encode_model_list, TuningContent),
    "systemInstruction": TuningContent._coerce,
}
TuningTask._nested = {
    "hyperparameters": Hyperparameters._coerce,
    "snapshots": partial(encode_model_list, TuningSnapshot),
    "trainingData": Dataset._coerce,
}
UploadToFileSearchStoreRequest._nested = {
    "chunkingConfig": ChunkingConfig._coerce,
    "customMetadata": partial(encode_model_list, CustomMetadata),
}
UrlContextMetadata._nested = {"urlMetadata": partial(encode_model_list, UrlMetadata)}
UsageMetadata._nested = {
    "cacheTokensDetails": partial(encode_model_list, ModalityTokenCount),
    "candidatesTokensDetails": partial(encode_model_list, ModalityTokenCount),
    "promptTokensDetails": partial(encode_model_list, ModalityTokenCount),
    "toolUsePromptTokensDetails": partial(encode_model_list, ModalityTokenCount),
}
VoiceConfig._nested = {"prebuiltVoiceConfig": PrebuiltVoiceConfig._coerce}
