# Generated from specs/live-v1beta.json (sha256 f42d5958ddbb5221) by `nox -s generate`; do not edit.
"""``TypedDict`` twins of the live models: dicts with Python names, for type checkers (see codegen)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from .live_types import (
    AudioTranscriptionConfig,
    BidiGenerateContentClientContent,
    BidiGenerateContentRealtimeInput,
    BidiGenerateContentRealtimeInputActivityEnd,
    BidiGenerateContentRealtimeInputActivityStart,
    BidiGenerateContentServerContent,
    BidiGenerateContentSetup,
    BidiGenerateContentSetupComplete,
    BidiGenerateContentToolCall,
    BidiGenerateContentToolCallCancellation,
    BidiGenerateContentToolResponse,
    BidiGenerateContentTranscription,
    Blob,
    CodeExecution,
    CodeExecutionResult,
    CodeExecutionResultOutcome,
    Content,
    ContextWindowCompressionConfig,
    ContextWindowCompressionConfigSlidingWindow,
    DynamicRetrievalConfig,
    DynamicRetrievalConfigMode,
    ExecutableCode,
    ExecutableCodeLanguage,
    FileData,
    FileSearch,
    FileSearchRetrievalConfig,
    FileSearchRetrievalResource,
    FunctionCall,
    FunctionDeclaration,
    FunctionDeclarationBehavior,
    FunctionResponse,
    FunctionResponseBlob,
    FunctionResponsePart,
    FunctionResponseScheduling,
    GenerationConfig,
    GenerationConfigMediaResolution,
    GenerationConfigModality,
    GoAway,
    GoogleMaps,
    GoogleSearchRetrieval,
    GroundingChunk,
    GroundingChunkMaps,
    GroundingChunkMapsPlaceAnswerSources,
    GroundingChunkMapsPlaceAnswerSourcesReviewSnippet,
    GroundingChunkRetrievedContext,
    GroundingChunkWeb,
    GroundingMetadata,
    GroundingSupport,
    ImageConfig,
    Modality,
    ModalityTokenCount,
    MultiSpeakerVoiceConfig,
    Part,
    PrebuiltVoiceConfig,
    RealtimeInputConfig,
    RealtimeInputConfigActivityHandling,
    RealtimeInputConfigAutomaticActivityDetection,
    RealtimeInputConfigAutomaticActivityDetectionEndSensitivity,
    RealtimeInputConfigAutomaticActivityDetectionStartSensitivity,
    RealtimeInputConfigTurnCoverage,
    RetrievalMetadata,
    Schema,
    SearchEntryPoint,
    Segment,
    SessionResumptionConfig,
    SessionResumptionUpdate,
    SpeakerVoiceConfig,
    SpeechConfig,
    ThinkingConfig,
    Tool,
    ToolComputerUse,
    ToolComputerUseEnvironment,
    ToolGoogleSearch,
    Type,
    UrlContext,
    UrlContextMetadata,
    UrlMetadata,
    UrlMetadataUrlRetrievalStatus,
    UsageMetadata,
    VideoMetadata,
    VoiceConfig,
    typeInterval,
)

__all__ = [
    "AudioTranscriptionConfigDict",
    "BidiGenerateContentClientContentDict",
    "BidiGenerateContentClientMessageDict",
    "BidiGenerateContentRealtimeInputActivityEndDict",
    "BidiGenerateContentRealtimeInputActivityStartDict",
    "BidiGenerateContentRealtimeInputDict",
    "BidiGenerateContentServerContentDict",
    "BidiGenerateContentServerMessageDict",
    "BidiGenerateContentSetupCompleteDict",
    "BidiGenerateContentSetupDict",
    "BidiGenerateContentToolCallCancellationDict",
    "BidiGenerateContentToolCallDict",
    "BidiGenerateContentToolResponseDict",
    "BidiGenerateContentTranscriptionDict",
    "BlobDict",
    "CodeExecutionDict",
    "CodeExecutionResultDict",
    "ContentDict",
    "ContextWindowCompressionConfigDict",
    "ContextWindowCompressionConfigSlidingWindowDict",
    "DynamicRetrievalConfigDict",
    "ExecutableCodeDict",
    "FileDataDict",
    "FileSearchDict",
    "FileSearchRetrievalConfigDict",
    "FileSearchRetrievalResourceDict",
    "FunctionCallDict",
    "FunctionDeclarationDict",
    "FunctionResponseBlobDict",
    "FunctionResponseDict",
    "FunctionResponsePartDict",
    "GenerationConfigDict",
    "GoAwayDict",
    "GoogleMapsDict",
    "GoogleSearchRetrievalDict",
    "GroundingChunkDict",
    "GroundingChunkMapsDict",
    "GroundingChunkMapsPlaceAnswerSourcesDict",
    "GroundingChunkMapsPlaceAnswerSourcesReviewSnippetDict",
    "GroundingChunkRetrievedContextDict",
    "GroundingChunkWebDict",
    "GroundingMetadataDict",
    "GroundingSupportDict",
    "ImageConfigDict",
    "ModalityTokenCountDict",
    "MultiSpeakerVoiceConfigDict",
    "PartDict",
    "PrebuiltVoiceConfigDict",
    "RealtimeInputConfigAutomaticActivityDetectionDict",
    "RealtimeInputConfigDict",
    "RetrievalMetadataDict",
    "SchemaDict",
    "SearchEntryPointDict",
    "SegmentDict",
    "SessionResumptionConfigDict",
    "SessionResumptionUpdateDict",
    "SpeakerVoiceConfigDict",
    "SpeechConfigDict",
    "ThinkingConfigDict",
    "ToolComputerUseDict",
    "ToolDict",
    "ToolGoogleSearchDict",
    "UrlContextDict",
    "UrlContextMetadataDict",
    "UrlMetadataDict",
    "UsageMetadataDict",
    "VideoMetadataDict",
    "VoiceConfigDict",
    "typeIntervalDict",
]


class AudioTranscriptionConfigDict(TypedDict, total=False):
    """``AudioTranscriptionConfig`` as a dict with Python names (every key optional)."""

    pass


class BidiGenerateContentClientContentDict(TypedDict, total=False):
    """``BidiGenerateContentClientContent`` as a dict with Python names (every key optional)."""

    turn_complete: bool
    turns: Sequence[Content | Mapping[str, Any]]


class BidiGenerateContentClientMessageDict(TypedDict, total=False):
    """``BidiGenerateContentClientMessage`` as a dict with Python names (every key optional)."""

    client_content: BidiGenerateContentClientContent | Mapping[str, Any]
    realtime_input: BidiGenerateContentRealtimeInput | Mapping[str, Any]
    setup: BidiGenerateContentSetup | Mapping[str, Any]
    tool_response: BidiGenerateContentToolResponse | Mapping[str, Any]


class BidiGenerateContentRealtimeInputDict(TypedDict, total=False):
    """``BidiGenerateContentRealtimeInput`` as a dict with Python names (every key optional)."""

    activity_end: BidiGenerateContentRealtimeInputActivityEnd | Mapping[str, Any]
    activity_start: BidiGenerateContentRealtimeInputActivityStart | Mapping[str, Any]
    audio: Blob | Mapping[str, Any]
    audio_stream_end: bool
    media_chunks: Sequence[Blob | Mapping[str, Any]]
    text: str
    video: Blob | Mapping[str, Any]


class BidiGenerateContentRealtimeInputActivityEndDict(TypedDict, total=False):
    """``BidiGenerateContentRealtimeInputActivityEnd`` as a dict with Python names (every key optional)."""

    pass


class BidiGenerateContentRealtimeInputActivityStartDict(TypedDict, total=False):
    """``BidiGenerateContentRealtimeInputActivityStart`` as a dict with Python names (every key optional)."""

    pass


class BidiGenerateContentServerContentDict(TypedDict, total=False):
    """``BidiGenerateContentServerContent`` as a dict with Python names (every key optional)."""

    generation_complete: bool
    grounding_metadata: GroundingMetadata | Mapping[str, Any]
    input_transcription: BidiGenerateContentTranscription | Mapping[str, Any]
    interrupted: bool
    model_turn: Content | Mapping[str, Any]
    output_transcription: BidiGenerateContentTranscription | Mapping[str, Any]
    turn_complete: bool
    url_context_metadata: UrlContextMetadata | Mapping[str, Any]
    waiting_for_input: bool


class BidiGenerateContentServerMessageDict(TypedDict, total=False):
    """``BidiGenerateContentServerMessage`` as a dict with Python names (every key optional)."""

    go_away: GoAway | Mapping[str, Any]
    server_content: BidiGenerateContentServerContent | Mapping[str, Any]
    session_resumption_update: SessionResumptionUpdate | Mapping[str, Any]
    setup_complete: BidiGenerateContentSetupComplete | Mapping[str, Any]
    tool_call: BidiGenerateContentToolCall | Mapping[str, Any]
    tool_call_cancellation: BidiGenerateContentToolCallCancellation | Mapping[str, Any]
    usage_metadata: UsageMetadata | Mapping[str, Any]


class BidiGenerateContentSetupDict(TypedDict, total=False):
    """``BidiGenerateContentSetup`` as a dict with Python names (every key optional)."""

    context_window_compression: ContextWindowCompressionConfig | Mapping[str, Any]
    generation_config: GenerationConfig | Mapping[str, Any]
    input_audio_transcription: AudioTranscriptionConfig | Mapping[str, Any]
    model: str
    output_audio_transcription: AudioTranscriptionConfig | Mapping[str, Any]
    realtime_input_config: RealtimeInputConfig | Mapping[str, Any]
    session_resumption: SessionResumptionConfig | Mapping[str, Any]
    system_instruction: Content | Mapping[str, Any]
    tools: Sequence[Tool | Mapping[str, Any]]


class BidiGenerateContentSetupCompleteDict(TypedDict, total=False):
    """``BidiGenerateContentSetupComplete`` as a dict with Python names (every key optional)."""

    pass


class BidiGenerateContentToolCallDict(TypedDict, total=False):
    """``BidiGenerateContentToolCall`` as a dict with Python names (every key optional)."""

    function_calls: Sequence[FunctionCall | Mapping[str, Any]]


class BidiGenerateContentToolCallCancellationDict(TypedDict, total=False):
    """``BidiGenerateContentToolCallCancellation`` as a dict with Python names (every key optional)."""

    ids: Sequence[str]


class BidiGenerateContentToolResponseDict(TypedDict, total=False):
    """``BidiGenerateContentToolResponse`` as a dict with Python names (every key optional)."""

    function_responses: Sequence[FunctionResponse | Mapping[str, Any]]


class BidiGenerateContentTranscriptionDict(TypedDict, total=False):
    """``BidiGenerateContentTranscription`` as a dict with Python names (every key optional)."""

    text: str


class BlobDict(TypedDict, total=False):
    """``Blob`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: str


class CodeExecutionDict(TypedDict, total=False):
    """``CodeExecution`` as a dict with Python names (every key optional)."""

    pass


class CodeExecutionResultDict(TypedDict, total=False):
    """``CodeExecutionResult`` as a dict with Python names (every key optional)."""

    outcome: CodeExecutionResultOutcome | str
    output: str


class ContentDict(TypedDict, total=False):
    """``Content`` as a dict with Python names (every key optional)."""

    parts: Sequence[Part | Mapping[str, Any]]
    role: str


class ContextWindowCompressionConfigDict(TypedDict, total=False):
    """``ContextWindowCompressionConfig`` as a dict with Python names (every key optional)."""

    sliding_window: ContextWindowCompressionConfigSlidingWindow | Mapping[str, Any]
    trigger_tokens: int | str


class ContextWindowCompressionConfigSlidingWindowDict(TypedDict, total=False):
    """``ContextWindowCompressionConfigSlidingWindow`` as a dict with Python names (every key optional)."""

    target_tokens: int | str


class DynamicRetrievalConfigDict(TypedDict, total=False):
    """``DynamicRetrievalConfig`` as a dict with Python names (every key optional)."""

    dynamic_threshold: float
    mode: DynamicRetrievalConfigMode | str


class ExecutableCodeDict(TypedDict, total=False):
    """``ExecutableCode`` as a dict with Python names (every key optional)."""

    code: str
    language: ExecutableCodeLanguage | str


class FileDataDict(TypedDict, total=False):
    """``FileData`` as a dict with Python names (every key optional)."""

    file_uri: str
    mime_type: str


class FileSearchDict(TypedDict, total=False):
    """``FileSearch`` as a dict with Python names (every key optional)."""

    retrieval_config: FileSearchRetrievalConfig | Mapping[str, Any]
    retrieval_resources: Sequence[FileSearchRetrievalResource | Mapping[str, Any]]


class FileSearchRetrievalConfigDict(TypedDict, total=False):
    """``FileSearchRetrievalConfig`` as a dict with Python names (every key optional)."""

    metadata_filter: str
    top_k: int


class FileSearchRetrievalResourceDict(TypedDict, total=False):
    """``FileSearchRetrievalResource`` as a dict with Python names (every key optional)."""

    rag_store_name: str


class FunctionCallDict(TypedDict, total=False):
    """``FunctionCall`` as a dict with Python names (every key optional)."""

    args: Mapping[str, Any]
    id: str
    name: str


class FunctionDeclarationDict(TypedDict, total=False):
    """``FunctionDeclaration`` as a dict with Python names (every key optional)."""

    behavior: FunctionDeclarationBehavior | str
    description: str
    name: str
    parameters: Schema | Mapping[str, Any]
    parameters_json_schema: Any
    response: Schema | Mapping[str, Any]
    response_json_schema: Any


class FunctionResponseDict(TypedDict, total=False):
    """``FunctionResponse`` as a dict with Python names (every key optional)."""

    id: str
    name: str
    parts: Sequence[FunctionResponsePart | Mapping[str, Any]]
    response: Mapping[str, Any]
    scheduling: FunctionResponseScheduling | str
    will_continue: bool


class FunctionResponseBlobDict(TypedDict, total=False):
    """``FunctionResponseBlob`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: str


class FunctionResponsePartDict(TypedDict, total=False):
    """``FunctionResponsePart`` as a dict with Python names (every key optional)."""

    inline_data: FunctionResponseBlob | Mapping[str, Any]


class GenerationConfigDict(TypedDict, total=False):
    """``GenerationConfig`` as a dict with Python names (every key optional)."""

    candidate_count: int
    enable_enhanced_civic_answers: bool
    frequency_penalty: float
    image_config: ImageConfig | Mapping[str, Any]
    logprobs: int
    max_output_tokens: int
    media_resolution: GenerationConfigMediaResolution | str
    presence_penalty: float
    response_json_schema: Any
    response_json_schema_ordered: Any
    response_logprobs: bool
    response_mime_type: str
    response_modalities: Sequence[GenerationConfigModality | str]
    response_schema: Any
    seed: int
    speech_config: SpeechConfig | Mapping[str, Any]
    stop_sequences: Sequence[str]
    temperature: float
    thinking_config: ThinkingConfig | Mapping[str, Any]
    top_k: int
    top_p: float


class GoAwayDict(TypedDict, total=False):
    """``GoAway`` as a dict with Python names (every key optional)."""

    time_left: str


class GoogleMapsDict(TypedDict, total=False):
    """``GoogleMaps`` as a dict with Python names (every key optional)."""

    enable_widget: bool


class GoogleSearchRetrievalDict(TypedDict, total=False):
    """``GoogleSearchRetrieval`` as a dict with Python names (every key optional)."""

    dynamic_retrieval_config: DynamicRetrievalConfig | Mapping[str, Any]


class GroundingChunkDict(TypedDict, total=False):
    """``GroundingChunk`` as a dict with Python names (every key optional)."""

    maps: GroundingChunkMaps | Mapping[str, Any]
    retrieved_context: GroundingChunkRetrievedContext | Mapping[str, Any]
    web: GroundingChunkWeb | Mapping[str, Any]


class GroundingChunkMapsDict(TypedDict, total=False):
    """``GroundingChunkMaps`` as a dict with Python names (every key optional)."""

    place_answer_sources: GroundingChunkMapsPlaceAnswerSources | Mapping[str, Any]
    place_id: str
    text: str
    title: str
    uri: str


class GroundingChunkMapsPlaceAnswerSourcesDict(TypedDict, total=False):
    """``GroundingChunkMapsPlaceAnswerSources`` as a dict with Python names (every key optional)."""

    review_snippets: Sequence[GroundingChunkMapsPlaceAnswerSourcesReviewSnippet | Mapping[str, Any]]


class GroundingChunkMapsPlaceAnswerSourcesReviewSnippetDict(TypedDict, total=False):
    """``GroundingChunkMapsPlaceAnswerSourcesReviewSnippet`` as a dict with Python names (every key optional)."""

    google_maps_uri: str
    review_id: str
    title: str


class GroundingChunkRetrievedContextDict(TypedDict, total=False):
    """``GroundingChunkRetrievedContext`` as a dict with Python names (every key optional)."""

    text: str
    title: str
    uri: str


class GroundingChunkWebDict(TypedDict, total=False):
    """``GroundingChunkWeb`` as a dict with Python names (every key optional)."""

    title: str
    uri: str


class GroundingMetadataDict(TypedDict, total=False):
    """``GroundingMetadata`` as a dict with Python names (every key optional)."""

    google_maps_widget_context_token: str
    grounding_chunks: Sequence[GroundingChunk | Mapping[str, Any]]
    grounding_supports: Sequence[GroundingSupport | Mapping[str, Any]]
    retrieval_metadata: RetrievalMetadata | Mapping[str, Any]
    search_entry_point: SearchEntryPoint | Mapping[str, Any]
    web_search_queries: Sequence[str]


class GroundingSupportDict(TypedDict, total=False):
    """``GroundingSupport`` as a dict with Python names (every key optional)."""

    confidence_scores: Sequence[float]
    grounding_chunk_indices: Sequence[int]
    segment: Segment | Mapping[str, Any]


class ImageConfigDict(TypedDict, total=False):
    """``ImageConfig`` as a dict with Python names (every key optional)."""

    aspect_ratio: str


class ModalityTokenCountDict(TypedDict, total=False):
    """``ModalityTokenCount`` as a dict with Python names (every key optional)."""

    modality: Modality | str
    token_count: int


class MultiSpeakerVoiceConfigDict(TypedDict, total=False):
    """``MultiSpeakerVoiceConfig`` as a dict with Python names (every key optional)."""

    speaker_voice_configs: Sequence[SpeakerVoiceConfig | Mapping[str, Any]]


class PartDict(TypedDict, total=False):
    """``Part`` as a dict with Python names (every key optional)."""

    code_execution_result: CodeExecutionResult | Mapping[str, Any]
    executable_code: ExecutableCode | Mapping[str, Any]
    file_data: FileData | Mapping[str, Any]
    function_call: FunctionCall | Mapping[str, Any]
    function_response: FunctionResponse | Mapping[str, Any]
    inline_data: Blob | Mapping[str, Any]
    part_metadata: Mapping[str, Any]
    text: str
    thought: bool
    thought_signature: bytes | str
    video_metadata: VideoMetadata | Mapping[str, Any]


class PrebuiltVoiceConfigDict(TypedDict, total=False):
    """``PrebuiltVoiceConfig`` as a dict with Python names (every key optional)."""

    voice_name: str


class RealtimeInputConfigDict(TypedDict, total=False):
    """``RealtimeInputConfig`` as a dict with Python names (every key optional)."""

    activity_handling: RealtimeInputConfigActivityHandling | str
    automatic_activity_detection: RealtimeInputConfigAutomaticActivityDetection | Mapping[str, Any]
    turn_coverage: RealtimeInputConfigTurnCoverage | str


class RealtimeInputConfigAutomaticActivityDetectionDict(TypedDict, total=False):
    """``RealtimeInputConfigAutomaticActivityDetection`` as a dict with Python names (every key optional)."""

    disabled: bool
    end_of_speech_sensitivity: RealtimeInputConfigAutomaticActivityDetectionEndSensitivity | str
    prefix_padding_ms: int
    silence_duration_ms: int
    start_of_speech_sensitivity: RealtimeInputConfigAutomaticActivityDetectionStartSensitivity | str


class RetrievalMetadataDict(TypedDict, total=False):
    """``RetrievalMetadata`` as a dict with Python names (every key optional)."""

    google_search_dynamic_retrieval_score: float


class SchemaDict(TypedDict, total=False):
    """``Schema`` as a dict with Python names (every key optional)."""

    any_of: Sequence[Schema | Mapping[str, Any]]
    default: Any
    description: str
    enum: Sequence[str]
    example: Any
    format: str
    items: Schema | Mapping[str, Any]
    max_items: int | str
    max_length: int | str
    max_properties: int | str
    maximum: float
    min_items: int | str
    min_length: int | str
    min_properties: int | str
    minimum: float
    nullable: bool
    pattern: str
    properties: Mapping[str, Schema | Mapping[str, Any]]
    property_ordering: Sequence[str]
    required: Sequence[str]
    title: str
    type: Type | str


class SearchEntryPointDict(TypedDict, total=False):
    """``SearchEntryPoint`` as a dict with Python names (every key optional)."""

    rendered_content: str
    sdk_blob: bytes | str


class SegmentDict(TypedDict, total=False):
    """``Segment`` as a dict with Python names (every key optional)."""

    end_index: int
    part_index: int
    start_index: int
    text: str


class SessionResumptionConfigDict(TypedDict, total=False):
    """``SessionResumptionConfig`` as a dict with Python names (every key optional)."""

    handle: str


class SessionResumptionUpdateDict(TypedDict, total=False):
    """``SessionResumptionUpdate`` as a dict with Python names (every key optional)."""

    new_handle: str
    resumable: bool


class SpeakerVoiceConfigDict(TypedDict, total=False):
    """``SpeakerVoiceConfig`` as a dict with Python names (every key optional)."""

    speaker: str
    voice_config: VoiceConfig | Mapping[str, Any]


class SpeechConfigDict(TypedDict, total=False):
    """``SpeechConfig`` as a dict with Python names (every key optional)."""

    language_code: str
    multi_speaker_voice_config: MultiSpeakerVoiceConfig | Mapping[str, Any]
    voice_config: VoiceConfig | Mapping[str, Any]


class ThinkingConfigDict(TypedDict, total=False):
    """``ThinkingConfig`` as a dict with Python names (every key optional)."""

    include_thoughts: bool
    thinking_budget: int


class ToolDict(TypedDict, total=False):
    """``Tool`` as a dict with Python names (every key optional)."""

    code_execution: CodeExecution | Mapping[str, Any]
    computer_use: ToolComputerUse | Mapping[str, Any]
    file_search: FileSearch | Mapping[str, Any]
    function_declarations: Sequence[FunctionDeclaration | Mapping[str, Any]]
    google_maps: GoogleMaps | Mapping[str, Any]
    google_search: ToolGoogleSearch | Mapping[str, Any]
    google_search_retrieval: GoogleSearchRetrieval | Mapping[str, Any]
    url_context: UrlContext | Mapping[str, Any]


class ToolComputerUseDict(TypedDict, total=False):
    """``ToolComputerUse`` as a dict with Python names (every key optional)."""

    environment: ToolComputerUseEnvironment | str
    excluded_predefined_functions: Sequence[str]


class ToolGoogleSearchDict(TypedDict, total=False):
    """``ToolGoogleSearch`` as a dict with Python names (every key optional)."""

    time_range_filter: typeInterval | Mapping[str, Any]


class UrlContextDict(TypedDict, total=False):
    """``UrlContext`` as a dict with Python names (every key optional)."""

    pass


class UrlContextMetadataDict(TypedDict, total=False):
    """``UrlContextMetadata`` as a dict with Python names (every key optional)."""

    url_metadata: Sequence[UrlMetadata | Mapping[str, Any]]


class UrlMetadataDict(TypedDict, total=False):
    """``UrlMetadata`` as a dict with Python names (every key optional)."""

    retrieved_url: str
    url_retrieval_status: UrlMetadataUrlRetrievalStatus | str


class UsageMetadataDict(TypedDict, total=False):
    """``UsageMetadata`` as a dict with Python names (every key optional)."""

    cache_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    cached_content_token_count: int
    prompt_token_count: int
    prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    response_token_count: int
    response_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    thoughts_token_count: int
    tool_use_prompt_token_count: int
    tool_use_prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    total_token_count: int


class VideoMetadataDict(TypedDict, total=False):
    """``VideoMetadata`` as a dict with Python names (every key optional)."""

    end_offset: str
    fps: float
    start_offset: str


class VoiceConfigDict(TypedDict, total=False):
    """``VoiceConfig`` as a dict with Python names (every key optional)."""

    prebuilt_voice_config: PrebuiltVoiceConfig | Mapping[str, Any]


class typeIntervalDict(TypedDict, total=False):
    """``typeInterval`` as a dict with Python names (every key optional)."""

    end_time: str
    start_time: str
