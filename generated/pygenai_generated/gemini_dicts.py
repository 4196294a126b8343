# Generated from specs/gemini-v1beta.json (sha256 a2f1b395758d2810) by `nox -s generate`; do not edit.
"""``TypedDict`` twins of the gemini models: dicts with Python names, for type checkers (see codegen)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from .gemini_types import (
    AttributionSourceId,
    AudioTranscriptionConfig,
    AutomaticActivityDetection,
    AutomaticActivityDetectionEndOfSpeechSensitivity,
    AutomaticActivityDetectionStartOfSpeechSensitivity,
    BatchStats,
    BidiGenerateContentSetup,
    Blob,
    CachedContent,
    CachedContentUsageMetadata,
    Candidate,
    CandidateFinishReason,
    ChunkingConfig,
    CitationMetadata,
    CitationSource,
    CodeExecution,
    CodeExecutionResult,
    CodeExecutionResultOutcome,
    ComputerUse,
    ComputerUseEnvironment,
    Condition,
    ConditionOperation,
    Content,
    ContentEmbedding,
    ContentFilter,
    ContentFilterReason,
    ContextWindowCompressionConfig,
    Corpus,
    CustomMetadata,
    Dataset,
    Document,
    DocumentState,
    DynamicRetrievalConfig,
    DynamicRetrievalConfigMode,
    EmbedContentBatch,
    EmbedContentBatchOutput,
    EmbedContentBatchState,
    EmbedContentBatchStats,
    EmbedContentRequest,
    EmbedContentRequestTaskType,
    EmbedContentResponse,
    Embedding,
    EmbeddingUsageMetadata,
    EmbedTextRequest,
    Example,
    ExecutableCode,
    ExecutableCodeLanguage,
    File,
    FileData,
    FileSearch,
    FileSearchStore,
    FileSource,
    FileState,
    FunctionCall,
    FunctionCallingConfig,
    FunctionCallingConfigMode,
    FunctionDeclaration,
    FunctionDeclarationBehavior,
    FunctionResponse,
    FunctionResponseBlob,
    FunctionResponsePart,
    FunctionResponseScheduling,
    GenerateAnswerRequestAnswerStyle,
    GenerateContentBatch,
    GenerateContentBatchOutput,
    GenerateContentBatchState,
    GenerateContentRequest,
    GenerateContentRequestServiceTier,
    GenerateContentResponse,
    GeneratedFile,
    GeneratedFileState,
    GenerationConfig,
    GenerationConfigMediaResolution,
    GenerationConfigResponseModalities,
    GoogleAiGenerativelanguageV1alphaGroundingSupport,
    GoogleAiGenerativelanguageV1alphaSegment,
    GoogleMaps,
    GoogleSearch,
    GoogleSearchRetrieval,
    GroundingAttribution,
    GroundingChunk,
    GroundingChunkCustomMetadata,
    GroundingChunkStringList,
    GroundingMetadata,
    GroundingPassage,
    GroundingPassageId,
    GroundingPassages,
    HistoryConfig,
    Hyperparameters,
    Image,
    ImageConfig,
    ImageSearch,
    InlinedEmbedContentRequest,
    InlinedEmbedContentRequests,
    InlinedEmbedContentResponse,
    InlinedEmbedContentResponses,
    InlinedRequest,
    InlinedRequests,
    InlinedResponse,
    InlinedResponses,
    InputConfig,
    InputEmbedContentConfig,
    InputFeedback,
    InputFeedbackBlockReason,
    Interval,
    LatLng,
    LogprobsResult,
    LogprobsResultCandidate,
    Maps,
    McpServer,
    MediaResolution,
    MediaResolutionLevel,
    Message,
    MessagePrompt,
    MetadataFilter,
    ModalityTokenCount,
    ModalityTokenCountModality,
    Model,
    ModelStatus,
    ModelStatusModelStage,
    MultiSpeakerVoiceConfig,
    Operation,
    Part,
    Permission,
    PermissionGranteeType,
    PermissionRole,
    PlaceAnswerSources,
    PrebuiltVoiceConfig,
    ProactivityConfig,
    PromptFeedback,
    PromptFeedbackBlockReason,
    RealtimeInputConfig,
    RealtimeInputConfigActivityHandling,
    RealtimeInputConfigTurnCoverage,
    RetrievalConfig,
    RetrievalMetadata,
    RetrievedContext,
    ReviewSnippet,
    SafetyFeedback,
    SafetyRating,
    SafetyRatingCategory,
    SafetyRatingProbability,
    SafetySetting,
    SafetySettingCategory,
    SafetySettingThreshold,
    Schema,
    SchemaType,
    SearchEntryPoint,
    SearchTypes,
    SemanticRetrieverChunk,
    SemanticRetrieverConfig,
    SessionResumptionConfig,
    SlidingWindow,
    SpeakerVoiceConfig,
    SpeechConfig,
    Status,
    StreamableHttpTransport,
    StringList,
    TextCompletion,
    TextPrompt,
    ThinkingConfig,
    ThinkingConfigThinkingLevel,
    Tool,
    ToolCall,
    ToolCallToolType,
    ToolConfig,
    ToolResponse,
    ToolResponseToolType,
    TopCandidates,
    TunedModel,
    TunedModelSource,
    TunedModelState,
    TuningContent,
    TuningExample,
    TuningExamples,
    TuningMultiturnExample,
    TuningPart,
    TuningSnapshot,
    TuningTask,
    UrlContext,
    UrlContextMetadata,
    UrlMetadata,
    UrlMetadataUrlRetrievalStatus,
    UsageMetadata,
    VideoFileMetadata,
    VideoMetadata,
    VoiceConfig,
    Web,
    WebSearch,
    WhiteSpaceConfig,
)

__all__ = [
    "AsyncBatchEmbedContentRequestDict",
    "AttributionSourceIdDict",
    "AudioTranscriptionConfigDict",
    "AuthTokenDict",
    "AutomaticActivityDetectionDict",
    "BatchEmbedContentsRequestDict",
    "BatchEmbedContentsResponseDict",
    "BatchEmbedTextRequestDict",
    "BatchEmbedTextResponseDict",
    "BatchGenerateContentRequestDict",
    "BatchStatsDict",
    "BidiGenerateContentSetupDict",
    "BlobDict",
    "CachedContentDict",
    "CachedContentUsageMetadataDict",
    "CandidateDict",
    "ChunkingConfigDict",
    "CitationMetadataDict",
    "CitationSourceDict",
    "CodeExecutionDict",
    "CodeExecutionResultDict",
    "ComputerUseDict",
    "ConditionDict",
    "ContentDict",
    "ContentEmbeddingDict",
    "ContentFilterDict",
    "ContextWindowCompressionConfigDict",
    "CorpusDict",
    "CountMessageTokensRequestDict",
    "CountMessageTokensResponseDict",
    "CountTextTokensRequestDict",
    "CountTextTokensResponseDict",
    "CountTokensRequestDict",
    "CountTokensResponseDict",
    "CreateFileRequestDict",
    "CreateFileResponseDict",
    "CustomLongRunningOperationDict",
    "CustomMetadataDict",
    "DatasetDict",
    "DocumentDict",
    "DownloadFileResponseDict",
    "DynamicRetrievalConfigDict",
    "EmbedContentBatchDict",
    "EmbedContentBatchOutputDict",
    "EmbedContentBatchStatsDict",
    "EmbedContentRequestDict",
    "EmbedContentResponseDict",
    "EmbedTextRequestDict",
    "EmbedTextResponseDict",
    "EmbeddingDict",
    "EmbeddingUsageMetadataDict",
    "EmptyDict",
    "ExampleDict",
    "ExecutableCodeDict",
    "FileDataDict",
    "FileDict",
    "FileSearchDict",
    "FileSearchStoreDict",
    "FunctionCallDict",
    "FunctionCallingConfigDict",
    "FunctionDeclarationDict",
    "FunctionResponseBlobDict",
    "FunctionResponseDict",
    "FunctionResponsePartDict",
    "GenerateAnswerRequestDict",
    "GenerateAnswerResponseDict",
    "GenerateContentBatchDict",
    "GenerateContentBatchOutputDict",
    "GenerateContentRequestDict",
    "GenerateContentResponseDict",
    "GenerateMessageRequestDict",
    "GenerateMessageResponseDict",
    "GenerateTextRequestDict",
    "GenerateTextResponseDict",
    "GeneratedFileDict",
    "GenerationConfigDict",
    "GoogleAiGenerativelanguageV1alphaGroundingSupportDict",
    "GoogleAiGenerativelanguageV1alphaSegmentDict",
    "GoogleMapsDict",
    "GoogleSearchDict",
    "GoogleSearchRetrievalDict",
    "GroundingAttributionDict",
    "GroundingChunkCustomMetadataDict",
    "GroundingChunkDict",
    "GroundingChunkStringListDict",
    "GroundingMetadataDict",
    "GroundingPassageDict",
    "GroundingPassageIdDict",
    "GroundingPassagesDict",
    "HistoryConfigDict",
    "HyperparametersDict",
    "ImageConfigDict",
    "ImageDict",
    "ImageSearchDict",
    "ImportFileRequestDict",
    "InlinedEmbedContentRequestDict",
    "InlinedEmbedContentRequestsDict",
    "InlinedEmbedContentResponseDict",
    "InlinedEmbedContentResponsesDict",
    "InlinedRequestDict",
    "InlinedRequestsDict",
    "InlinedResponseDict",
    "InlinedResponsesDict",
    "InputConfigDict",
    "InputEmbedContentConfigDict",
    "InputFeedbackDict",
    "IntervalDict",
    "LatLngDict",
    "ListCachedContentsResponseDict",
    "ListCorporaResponseDict",
    "ListDocumentsResponseDict",
    "ListFileSearchStoresResponseDict",
    "ListFilesResponseDict",
    "ListGeneratedFilesResponseDict",
    "ListModelsResponseDict",
    "ListOperationsResponseDict",
    "ListPermissionsResponseDict",
    "ListTunedModelsResponseDict",
    "LogprobsResultCandidateDict",
    "LogprobsResultDict",
    "MapsDict",
    "McpServerDict",
    "MediaResolutionDict",
    "MessageDict",
    "MessagePromptDict",
    "MetadataFilterDict",
    "ModalityTokenCountDict",
    "ModelDict",
    "ModelStatusDict",
    "MultiSpeakerVoiceConfigDict",
    "OperationDict",
    "PartDict",
    "PermissionDict",
    "PlaceAnswerSourcesDict",
    "PrebuiltVoiceConfigDict",
    "PredictLongRunningRequestDict",
    "PredictRequestDict",
    "PredictResponseDict",
    "ProactivityConfigDict",
    "PromptFeedbackDict",
    "RealtimeInputConfigDict",
    "RegisterFilesRequestDict",
    "RegisterFilesResponseDict",
    "RetrievalConfigDict",
    "RetrievalMetadataDict",
    "RetrievedContextDict",
    "ReviewSnippetDict",
    "SafetyFeedbackDict",
    "SafetyRatingDict",
    "SafetySettingDict",
    "SchemaDict",
    "SearchEntryPointDict",
    "SearchTypesDict",
    "SemanticRetrieverChunkDict",
    "SemanticRetrieverConfigDict",
    "SessionResumptionConfigDict",
    "SlidingWindowDict",
    "SpeakerVoiceConfigDict",
    "SpeechConfigDict",
    "StatusDict",
    "StreamableHttpTransportDict",
    "StringListDict",
    "TextCompletionDict",
    "TextPromptDict",
    "ThinkingConfigDict",
    "ToolCallDict",
    "ToolConfigDict",
    "ToolDict",
    "ToolResponseDict",
    "TopCandidatesDict",
    "TransferOwnershipRequestDict",
    "TransferOwnershipResponseDict",
    "TunedModelDict",
    "TunedModelSourceDict",
    "TuningContentDict",
    "TuningExampleDict",
    "TuningExamplesDict",
    "TuningMultiturnExampleDict",
    "TuningPartDict",
    "TuningSnapshotDict",
    "TuningTaskDict",
    "UploadToFileSearchStoreRequestDict",
    "UrlContextDict",
    "UrlContextMetadataDict",
    "UrlMetadataDict",
    "UsageMetadataDict",
    "VideoFileMetadataDict",
    "VideoMetadataDict",
    "VoiceConfigDict",
    "WebDict",
    "WebSearchDict",
    "WhiteSpaceConfigDict",
]


class AsyncBatchEmbedContentRequestDict(TypedDict, total=False):
    """``AsyncBatchEmbedContentRequest`` as a dict with Python names (every key optional)."""

    batch: EmbedContentBatch | Mapping[str, Any]


class AttributionSourceIdDict(TypedDict, total=False):
    """``AttributionSourceId`` as a dict with Python names (every key optional)."""

    grounding_passage: GroundingPassageId | Mapping[str, Any]
    semantic_retriever_chunk: SemanticRetrieverChunk | Mapping[str, Any]


class AudioTranscriptionConfigDict(TypedDict, total=False):
    """``AudioTranscriptionConfig`` as a dict with Python names (every key optional)."""

    pass


class AuthTokenDict(TypedDict, total=False):
    """``AuthToken`` as a dict with Python names (every key optional)."""

    bidi_generate_content_setup: BidiGenerateContentSetup | Mapping[str, Any]
    expire_time: str
    field_mask: str
    name: str
    new_session_expire_time: str
    uses: int


class AutomaticActivityDetectionDict(TypedDict, total=False):
    """``AutomaticActivityDetection`` as a dict with Python names (every key optional)."""

    disabled: bool
    end_of_speech_sensitivity: AutomaticActivityDetectionEndOfSpeechSensitivity | str
    prefix_padding_ms: int
    silence_duration_ms: int
    start_of_speech_sensitivity: AutomaticActivityDetectionStartOfSpeechSensitivity | str


class BatchEmbedContentsRequestDict(TypedDict, total=False):
    """``BatchEmbedContentsRequest`` as a dict with Python names (every key optional)."""

    requests: Sequence[EmbedContentRequest | Mapping[str, Any]]


class BatchEmbedContentsResponseDict(TypedDict, total=False):
    """``BatchEmbedContentsResponse`` as a dict with Python names (every key optional)."""

    embeddings: Sequence[ContentEmbedding | Mapping[str, Any]]
    usage_metadata: EmbeddingUsageMetadata | Mapping[str, Any]


class BatchEmbedTextRequestDict(TypedDict, total=False):
    """``BatchEmbedTextRequest`` as a dict with Python names (every key optional)."""

    requests: Sequence[EmbedTextRequest | Mapping[str, Any]]
    texts: Sequence[str]


class BatchEmbedTextResponseDict(TypedDict, total=False):
    """``BatchEmbedTextResponse`` as a dict with Python names (every key optional)."""

    embeddings: Sequence[Embedding | Mapping[str, Any]]


class BatchGenerateContentRequestDict(TypedDict, total=False):
    """``BatchGenerateContentRequest`` as a dict with Python names (every key optional)."""

    batch: GenerateContentBatch | Mapping[str, Any]


class BatchStatsDict(TypedDict, total=False):
    """``BatchStats`` as a dict with Python names (every key optional)."""

    failed_request_count: int | str
    pending_request_count: int | str
    request_count: int | str
    successful_request_count: int | str


class BidiGenerateContentSetupDict(TypedDict, total=False):
    """``BidiGenerateContentSetup`` as a dict with Python names (every key optional)."""

    context_window_compression: ContextWindowCompressionConfig | Mapping[str, Any]
    generation_config: GenerationConfig | Mapping[str, Any]
    history_config: HistoryConfig | Mapping[str, Any]
    input_audio_transcription: AudioTranscriptionConfig | Mapping[str, Any]
    model: str
    output_audio_transcription: AudioTranscriptionConfig | Mapping[str, Any]
    proactivity: ProactivityConfig | Mapping[str, Any]
    realtime_input_config: RealtimeInputConfig | Mapping[str, Any]
    session_resumption: SessionResumptionConfig | Mapping[str, Any]
    system_instruction: Content | Mapping[str, Any]
    tools: Sequence[Tool | Mapping[str, Any]]


class BlobDict(TypedDict, total=False):
    """``Blob`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: str


class CachedContentDict(TypedDict, total=False):
    """``CachedContent`` as a dict with Python names (every key optional)."""

    contents: Sequence[Content | Mapping[str, Any]]
    create_time: str
    display_name: str
    expire_time: str
    model: str
    name: str
    system_instruction: Content | Mapping[str, Any]
    tool_config: ToolConfig | Mapping[str, Any]
    tools: Sequence[Tool | Mapping[str, Any]]
    ttl: str
    update_time: str
    usage_metadata: CachedContentUsageMetadata | Mapping[str, Any]


class CachedContentUsageMetadataDict(TypedDict, total=False):
    """``CachedContentUsageMetadata`` as a dict with Python names (every key optional)."""

    total_token_count: int


class CandidateDict(TypedDict, total=False):
    """``Candidate`` as a dict with Python names (every key optional)."""

    avg_logprobs: float
    citation_metadata: CitationMetadata | Mapping[str, Any]
    content: Content | Mapping[str, Any]
    finish_message: str
    finish_reason: CandidateFinishReason | str
    grounding_attributions: Sequence[GroundingAttribution | Mapping[str, Any]]
    grounding_metadata: GroundingMetadata | Mapping[str, Any]
    index: int
    logprobs_result: LogprobsResult | Mapping[str, Any]
    safety_ratings: Sequence[SafetyRating | Mapping[str, Any]]
    token_count: int
    url_context_metadata: UrlContextMetadata | Mapping[str, Any]


class ChunkingConfigDict(TypedDict, total=False):
    """``ChunkingConfig`` as a dict with Python names (every key optional)."""

    white_space_config: WhiteSpaceConfig | Mapping[str, Any]


class CitationMetadataDict(TypedDict, total=False):
    """``CitationMetadata`` as a dict with Python names (every key optional)."""

    citation_sources: Sequence[CitationSource | Mapping[str, Any]]


class CitationSourceDict(TypedDict, total=False):
    """``CitationSource`` as a dict with Python names (every key optional)."""

    end_index: int
    license: str
    start_index: int
    uri: str


class CodeExecutionDict(TypedDict, total=False):
    """``CodeExecution`` as a dict with Python names (every key optional)."""

    pass


class CodeExecutionResultDict(TypedDict, total=False):
    """``CodeExecutionResult`` as a dict with Python names (every key optional)."""

    id: str
    outcome: CodeExecutionResultOutcome | str
    output: str


class ComputerUseDict(TypedDict, total=False):
    """``ComputerUse`` as a dict with Python names (every key optional)."""

    environment: ComputerUseEnvironment | str
    excluded_predefined_functions: Sequence[str]


class ConditionDict(TypedDict, total=False):
    """``Condition`` as a dict with Python names (every key optional)."""

    numeric_value: float
    operation: ConditionOperation | str
    string_value: str


class ContentDict(TypedDict, total=False):
    """``Content`` as a dict with Python names (every key optional)."""

    parts: Sequence[Part | Mapping[str, Any]]
    role: str


class ContentEmbeddingDict(TypedDict, total=False):
    """``ContentEmbedding`` as a dict with Python names (every key optional)."""

    shape: Sequence[int]
    values: Sequence[float]


class ContentFilterDict(TypedDict, total=False):
    """``ContentFilter`` as a dict with Python names (every key optional)."""

    message: str
    reason: ContentFilterReason | str


class ContextWindowCompressionConfigDict(TypedDict, total=False):
    """``ContextWindowCompressionConfig`` as a dict with Python names (every key optional)."""

    sliding_window: SlidingWindow | Mapping[str, Any]
    trigger_tokens: int | str


class CorpusDict(TypedDict, total=False):
    """``Corpus`` as a dict with Python names (every key optional)."""

    create_time: str
    display_name: str
    name: str
    update_time: str


class CountMessageTokensRequestDict(TypedDict, total=False):
    """``CountMessageTokensRequest`` as a dict with Python names (every key optional)."""

    prompt: MessagePrompt | Mapping[str, Any]


class CountMessageTokensResponseDict(TypedDict, total=False):
    """``CountMessageTokensResponse`` as a dict with Python names (every key optional)."""

    token_count: int


class CountTextTokensRequestDict(TypedDict, total=False):
    """``CountTextTokensRequest`` as a dict with Python names (every key optional)."""

    prompt: TextPrompt | Mapping[str, Any]


class CountTextTokensResponseDict(TypedDict, total=False):
    """``CountTextTokensResponse`` as a dict with Python names (every key optional)."""

    token_count: int


class CountTokensRequestDict(TypedDict, total=False):
    """``CountTokensRequest`` as a dict with Python names (every key optional)."""

    contents: Sequence[Content | Mapping[str, Any]]
    generate_content_request: GenerateContentRequest | Mapping[str, Any]


class CountTokensResponseDict(TypedDict, total=False):
    """``CountTokensResponse`` as a dict with Python names (every key optional)."""

    cache_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    cached_content_token_count: int
    prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    total_tokens: int


class CreateFileRequestDict(TypedDict, total=False):
    """``CreateFileRequest`` as a dict with Python names (every key optional)."""

    file: File | Mapping[str, Any]


class CreateFileResponseDict(TypedDict, total=False):
    """``CreateFileResponse`` as a dict with Python names (every key optional)."""

    file: File | Mapping[str, Any]


class CustomLongRunningOperationDict(TypedDict, total=False):
    """``CustomLongRunningOperation`` as a dict with Python names (every key optional)."""

    done: bool
    error: Status | Mapping[str, Any]
    metadata: Mapping[str, Any]
    name: str
    response: Mapping[str, Any]


class CustomMetadataDict(TypedDict, total=False):
    """``CustomMetadata`` as a dict with Python names (every key optional)."""

    key: str
    numeric_value: float
    string_list_value: StringList | Mapping[str, Any]
    string_value: str


class DatasetDict(TypedDict, total=False):
    """``Dataset`` as a dict with Python names (every key optional)."""

    examples: TuningExamples | Mapping[str, Any]


class DocumentDict(TypedDict, total=False):
    """``Document`` as a dict with Python names (every key optional)."""

    create_time: str
    custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]]
    display_name: str
    mime_type: str
    name: str
    size_bytes: int | str
    state: DocumentState | str
    update_time: str


class DownloadFileResponseDict(TypedDict, total=False):
    """``DownloadFileResponse`` as a dict with Python names (every key optional)."""

    pass


class DynamicRetrievalConfigDict(TypedDict, total=False):
    """``DynamicRetrievalConfig`` as a dict with Python names (every key optional)."""

    dynamic_threshold: float
    mode: DynamicRetrievalConfigMode | str


class EmbedContentBatchDict(TypedDict, total=False):
    """``EmbedContentBatch`` as a dict with Python names (every key optional)."""

    batch_stats: EmbedContentBatchStats | Mapping[str, Any]
    create_time: str
    display_name: str
    end_time: str
    input_config: InputEmbedContentConfig | Mapping[str, Any]
    model: str
    name: str
    output: EmbedContentBatchOutput | Mapping[str, Any]
    priority: int | str
    state: EmbedContentBatchState | str
    update_time: str


class EmbedContentBatchOutputDict(TypedDict, total=False):
    """``EmbedContentBatchOutput`` as a dict with Python names (every key optional)."""

    inlined_responses: InlinedEmbedContentResponses | Mapping[str, Any]
    responses_file: str


class EmbedContentBatchStatsDict(TypedDict, total=False):
    """``EmbedContentBatchStats`` as a dict with Python names (every key optional)."""

    failed_request_count: int | str
    pending_request_count: int | str
    request_count: int | str
    successful_request_count: int | str


class EmbedContentRequestDict(TypedDict, total=False):
    """``EmbedContentRequest`` as a dict with Python names (every key optional)."""

    content: Content | Mapping[str, Any]
    model: str
    output_dimensionality: int
    task_type: EmbedContentRequestTaskType | str
    title: str


class EmbedContentResponseDict(TypedDict, total=False):
    """``EmbedContentResponse`` as a dict with Python names (every key optional)."""

    embedding: ContentEmbedding | Mapping[str, Any]


class EmbedTextRequestDict(TypedDict, total=False):
    """``EmbedTextRequest`` as a dict with Python names (every key optional)."""

    model: str
    text: str


class EmbedTextResponseDict(TypedDict, total=False):
    """``EmbedTextResponse`` as a dict with Python names (every key optional)."""

    embedding: Embedding | Mapping[str, Any]


class EmbeddingDict(TypedDict, total=False):
    """``Embedding`` as a dict with Python names (every key optional)."""

    value: Sequence[float]


class EmbeddingUsageMetadataDict(TypedDict, total=False):
    """``EmbeddingUsageMetadata`` as a dict with Python names (every key optional)."""

    prompt_token_count: int
    prompt_token_details: Sequence[ModalityTokenCount | Mapping[str, Any]]


class EmptyDict(TypedDict, total=False):
    """``Empty`` as a dict with Python names (every key optional)."""

    pass


class ExampleDict(TypedDict, total=False):
    """``Example`` as a dict with Python names (every key optional)."""

    input: Message | Mapping[str, Any]
    output: Message | Mapping[str, Any]


class ExecutableCodeDict(TypedDict, total=False):
    """``ExecutableCode`` as a dict with Python names (every key optional)."""

    code: str
    id: str
    language: ExecutableCodeLanguage | str


class FileDict(TypedDict, total=False):
    """``File`` as a dict with Python names (every key optional)."""

    create_time: str
    display_name: str
    download_uri: str
    error: Status | Mapping[str, Any]
    expiration_time: str
    mime_type: str
    name: str
    sha256_hash: bytes | str
    size_bytes: int | str
    source: FileSource | str
    state: FileState | str
    update_time: str
    uri: str
    video_metadata: VideoFileMetadata | Mapping[str, Any]


class FileDataDict(TypedDict, total=False):
    """``FileData`` as a dict with Python names (every key optional)."""

    file_uri: str
    mime_type: str


class FileSearchDict(TypedDict, total=False):
    """``FileSearch`` as a dict with Python names (every key optional)."""

    file_search_store_names: Sequence[str]
    metadata_filter: str
    top_k: int


class FileSearchStoreDict(TypedDict, total=False):
    """``FileSearchStore`` as a dict with Python names (every key optional)."""

    active_documents_count: int | str
    create_time: str
    display_name: str
    failed_documents_count: int | str
    name: str
    pending_documents_count: int | str
    size_bytes: int | str
    update_time: str


class FunctionCallDict(TypedDict, total=False):
    """``FunctionCall`` as a dict with Python names (every key optional)."""

    args: Mapping[str, Any]
    id: str
    name: str


class FunctionCallingConfigDict(TypedDict, total=False):
    """``FunctionCallingConfig`` as a dict with Python names (every key optional)."""

    allowed_function_names: Sequence[str]
    mode: FunctionCallingConfigMode | str


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


class GenerateAnswerRequestDict(TypedDict, total=False):
    """``GenerateAnswerRequest`` as a dict with Python names (every key optional)."""

    answer_style: GenerateAnswerRequestAnswerStyle | str
    contents: Sequence[Content | Mapping[str, Any]]
    inline_passages: GroundingPassages | Mapping[str, Any]
    safety_settings: Sequence[SafetySetting | Mapping[str, Any]]
    semantic_retriever: SemanticRetrieverConfig | Mapping[str, Any]
    temperature: float


class GenerateAnswerResponseDict(TypedDict, total=False):
    """``GenerateAnswerResponse`` as a dict with Python names (every key optional)."""

    answer: Candidate | Mapping[str, Any]
    answerable_probability: float
    input_feedback: InputFeedback | Mapping[str, Any]


class GenerateContentBatchDict(TypedDict, total=False):
    """``GenerateContentBatch`` as a dict with Python names (every key optional)."""

    batch_stats: BatchStats | Mapping[str, Any]
    create_time: str
    display_name: str
    end_time: str
    input_config: InputConfig | Mapping[str, Any]
    model: str
    name: str
    output: GenerateContentBatchOutput | Mapping[str, Any]
    priority: int | str
    state: GenerateContentBatchState | str
    update_time: str


class GenerateContentBatchOutputDict(TypedDict, total=False):
    """``GenerateContentBatchOutput`` as a dict with Python names (every key optional)."""

    inlined_responses: InlinedResponses | Mapping[str, Any]
    responses_file: str


class GenerateContentRequestDict(TypedDict, total=False):
    """``GenerateContentRequest`` as a dict with Python names (every key optional)."""

    cached_content: str
    contents: Sequence[Content | Mapping[str, Any]]
    generation_config: GenerationConfig | Mapping[str, Any]
    model: str
    safety_settings: Sequence[SafetySetting | Mapping[str, Any]]
    service_tier: GenerateContentRequestServiceTier | str
    store: bool
    system_instruction: Content | Mapping[str, Any]
    tool_config: ToolConfig | Mapping[str, Any]
    tools: Sequence[Tool | Mapping[str, Any]]


class GenerateContentResponseDict(TypedDict, total=False):
    """``GenerateContentResponse`` as a dict with Python names (every key optional)."""

    candidates: Sequence[Candidate | Mapping[str, Any]]
    model_status: ModelStatus | Mapping[str, Any]
    model_version: str
    prompt_feedback: PromptFeedback | Mapping[str, Any]
    response_id: str
    usage_metadata: UsageMetadata | Mapping[str, Any]


class GenerateMessageRequestDict(TypedDict, total=False):
    """``GenerateMessageRequest`` as a dict with Python names (every key optional)."""

    candidate_count: int
    prompt: MessagePrompt | Mapping[str, Any]
    temperature: float
    top_k: int
    top_p: float


class GenerateMessageResponseDict(TypedDict, total=False):
    """``GenerateMessageResponse`` as a dict with Python names (every key optional)."""

    candidates: Sequence[Message | Mapping[str, Any]]
    filters: Sequence[ContentFilter | Mapping[str, Any]]
    messages: Sequence[Message | Mapping[str, Any]]


class GenerateTextRequestDict(TypedDict, total=False):
    """``GenerateTextRequest`` as a dict with Python names (every key optional)."""

    candidate_count: int
    max_output_tokens: int
    prompt: TextPrompt | Mapping[str, Any]
    safety_settings: Sequence[SafetySetting | Mapping[str, Any]]
    stop_sequences: Sequence[str]
    temperature: float
    top_k: int
    top_p: float


class GenerateTextResponseDict(TypedDict, total=False):
    """``GenerateTextResponse`` as a dict with Python names (every key optional)."""

    candidates: Sequence[TextCompletion | Mapping[str, Any]]
    filters: Sequence[ContentFilter | Mapping[str, Any]]
    safety_feedback: Sequence[SafetyFeedback | Mapping[str, Any]]


class GeneratedFileDict(TypedDict, total=False):
    """``GeneratedFile`` as a dict with Python names (every key optional)."""

    error: Status | Mapping[str, Any]
    mime_type: str
    name: str
    state: GeneratedFileState | str


class GenerationConfigDict(TypedDict, total=False):
    """``GenerationConfig`` as a dict with Python names (every key optional)."""

    response_json_schema_: Any
    candidate_count: int
    enable_affective_dialog: bool
    enable_enhanced_civic_answers: bool
    frequency_penalty: float
    image_config: ImageConfig | Mapping[str, Any]
    logprobs: int
    max_output_tokens: int
    media_resolution: GenerationConfigMediaResolution | str
    presence_penalty: float
    response_json_schema: Any
    response_logprobs: bool
    response_mime_type: str
    response_modalities: Sequence[GenerationConfigResponseModalities | str]
    response_schema: Any
    seed: int
    speech_config: SpeechConfig | Mapping[str, Any]
    stop_sequences: Sequence[str]
    temperature: float
    thinking_config: ThinkingConfig | Mapping[str, Any]
    top_k: int
    top_p: float


class GoogleAiGenerativelanguageV1alphaGroundingSupportDict(TypedDict, total=False):
    """``GoogleAiGenerativelanguageV1alphaGroundingSupport`` as a dict with Python names (every key optional)."""

    confidence_scores: Sequence[float]
    grounding_chunk_indices: Sequence[int]
    rendered_parts: Sequence[int]
    segment: GoogleAiGenerativelanguageV1alphaSegment | Mapping[str, Any]


class GoogleAiGenerativelanguageV1alphaSegmentDict(TypedDict, total=False):
    """``GoogleAiGenerativelanguageV1alphaSegment`` as a dict with Python names (every key optional)."""

    end_index: int
    part_index: int
    start_index: int
    text: str


class GoogleMapsDict(TypedDict, total=False):
    """``GoogleMaps`` as a dict with Python names (every key optional)."""

    enable_widget: bool


class GoogleSearchDict(TypedDict, total=False):
    """``GoogleSearch`` as a dict with Python names (every key optional)."""

    search_types: SearchTypes | Mapping[str, Any]
    time_range_filter: Interval | Mapping[str, Any]


class GoogleSearchRetrievalDict(TypedDict, total=False):
    """``GoogleSearchRetrieval`` as a dict with Python names (every key optional)."""

    dynamic_retrieval_config: DynamicRetrievalConfig | Mapping[str, Any]


class GroundingAttributionDict(TypedDict, total=False):
    """``GroundingAttribution`` as a dict with Python names (every key optional)."""

    content: Content | Mapping[str, Any]
    source_id: AttributionSourceId | Mapping[str, Any]


class GroundingChunkDict(TypedDict, total=False):
    """``GroundingChunk`` as a dict with Python names (every key optional)."""

    image: Image | Mapping[str, Any]
    maps: Maps | Mapping[str, Any]
    retrieved_context: RetrievedContext | Mapping[str, Any]
    web: Web | Mapping[str, Any]


class GroundingChunkCustomMetadataDict(TypedDict, total=False):
    """``GroundingChunkCustomMetadata`` as a dict with Python names (every key optional)."""

    key: str
    numeric_value: float
    string_list_value: GroundingChunkStringList | Mapping[str, Any]
    string_value: str


class GroundingChunkStringListDict(TypedDict, total=False):
    """``GroundingChunkStringList`` as a dict with Python names (every key optional)."""

    values: Sequence[str]


class GroundingMetadataDict(TypedDict, total=False):
    """``GroundingMetadata`` as a dict with Python names (every key optional)."""

    google_maps_widget_context_token: str
    grounding_chunks: Sequence[GroundingChunk | Mapping[str, Any]]
    grounding_supports: Sequence[GoogleAiGenerativelanguageV1alphaGroundingSupport | Mapping[str, Any]]
    image_search_queries: Sequence[str]
    retrieval_metadata: RetrievalMetadata | Mapping[str, Any]
    search_entry_point: SearchEntryPoint | Mapping[str, Any]
    web_search_queries: Sequence[str]


class GroundingPassageDict(TypedDict, total=False):
    """``GroundingPassage`` as a dict with Python names (every key optional)."""

    content: Content | Mapping[str, Any]
    id: str


class GroundingPassageIdDict(TypedDict, total=False):
    """``GroundingPassageId`` as a dict with Python names (every key optional)."""

    part_index: int
    passage_id: str


class GroundingPassagesDict(TypedDict, total=False):
    """``GroundingPassages`` as a dict with Python names (every key optional)."""

    passages: Sequence[GroundingPassage | Mapping[str, Any]]


class HistoryConfigDict(TypedDict, total=False):
    """``HistoryConfig`` as a dict with Python names (every key optional)."""

    initial_history_in_client_content: bool


class HyperparametersDict(TypedDict, total=False):
    """``Hyperparameters`` as a dict with Python names (every key optional)."""

    batch_size: int
    epoch_count: int
    learning_rate: float
    learning_rate_multiplier: float


class ImageDict(TypedDict, total=False):
    """``Image`` as a dict with Python names (every key optional)."""

    domain: str
    image_uri: str
    source_uri: str
    title: str


class ImageConfigDict(TypedDict, total=False):
    """``ImageConfig`` as a dict with Python names (every key optional)."""

    aspect_ratio: str
    image_size: str


class ImageSearchDict(TypedDict, total=False):
    """``ImageSearch`` as a dict with Python names (every key optional)."""

    pass


class ImportFileRequestDict(TypedDict, total=False):
    """``ImportFileRequest`` as a dict with Python names (every key optional)."""

    chunking_config: ChunkingConfig | Mapping[str, Any]
    custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]]
    file_name: str


class InlinedEmbedContentRequestDict(TypedDict, total=False):
    """``InlinedEmbedContentRequest`` as a dict with Python names (every key optional)."""

    metadata: Mapping[str, Any]
    request: EmbedContentRequest | Mapping[str, Any]


class InlinedEmbedContentRequestsDict(TypedDict, total=False):
    """``InlinedEmbedContentRequests`` as a dict with Python names (every key optional)."""

    requests: Sequence[InlinedEmbedContentRequest | Mapping[str, Any]]


class InlinedEmbedContentResponseDict(TypedDict, total=False):
    """``InlinedEmbedContentResponse`` as a dict with Python names (every key optional)."""

    error: Status | Mapping[str, Any]
    metadata: Mapping[str, Any]
    response: EmbedContentResponse | Mapping[str, Any]


class InlinedEmbedContentResponsesDict(TypedDict, total=False):
    """``InlinedEmbedContentResponses`` as a dict with Python names (every key optional)."""

    inlined_responses: Sequence[InlinedEmbedContentResponse | Mapping[str, Any]]


class InlinedRequestDict(TypedDict, total=False):
    """``InlinedRequest`` as a dict with Python names (every key optional)."""

    metadata: Mapping[str, Any]
    request: GenerateContentRequest | Mapping[str, Any]


class InlinedRequestsDict(TypedDict, total=False):
    """``InlinedRequests`` as a dict with Python names (every key optional)."""

    requests: Sequence[InlinedRequest | Mapping[str, Any]]


class InlinedResponseDict(TypedDict, total=False):
    """``InlinedResponse`` as a dict with Python names (every key optional)."""

    error: Status | Mapping[str, Any]
    metadata: Mapping[str, Any]
    response: GenerateContentResponse | Mapping[str, Any]


class InlinedResponsesDict(TypedDict, total=False):
    """``InlinedResponses`` as a dict with Python names (every key optional)."""

    inlined_responses: Sequence[InlinedResponse | Mapping[str, Any]]


class InputConfigDict(TypedDict, total=False):
    """``InputConfig`` as a dict with Python names (every key optional)."""

    file_name: str
    requests: InlinedRequests | Mapping[str, Any]


class InputEmbedContentConfigDict(TypedDict, total=False):
    """``InputEmbedContentConfig`` as a dict with Python names (every key optional)."""

    file_name: str
    requests: InlinedEmbedContentRequests | Mapping[str, Any]


class InputFeedbackDict(TypedDict, total=False):
    """``InputFeedback`` as a dict with Python names (every key optional)."""

    block_reason: InputFeedbackBlockReason | str
    safety_ratings: Sequence[SafetyRating | Mapping[str, Any]]


class IntervalDict(TypedDict, total=False):
    """``Interval`` as a dict with Python names (every key optional)."""

    end_time: str
    start_time: str


class LatLngDict(TypedDict, total=False):
    """``LatLng`` as a dict with Python names (every key optional)."""

    latitude: float
    longitude: float


class ListCachedContentsResponseDict(TypedDict, total=False):
    """``ListCachedContentsResponse`` as a dict with Python names (every key optional)."""

    cached_contents: Sequence[CachedContent | Mapping[str, Any]]
    next_page_token: str


class ListCorporaResponseDict(TypedDict, total=False):
    """``ListCorporaResponse`` as a dict with Python names (every key optional)."""

    corpora: Sequence[Corpus | Mapping[str, Any]]
    next_page_token: str


class ListDocumentsResponseDict(TypedDict, total=False):
    """``ListDocumentsResponse`` as a dict with Python names (every key optional)."""

    documents: Sequence[Document | Mapping[str, Any]]
    next_page_token: str


class ListFileSearchStoresResponseDict(TypedDict, total=False):
    """``ListFileSearchStoresResponse`` as a dict with Python names (every key optional)."""

    file_search_stores: Sequence[FileSearchStore | Mapping[str, Any]]
    next_page_token: str


class ListFilesResponseDict(TypedDict, total=False):
    """``ListFilesResponse`` as a dict with Python names (every key optional)."""

    files: Sequence[File | Mapping[str, Any]]
    next_page_token: str


class ListGeneratedFilesResponseDict(TypedDict, total=False):
    """``ListGeneratedFilesResponse`` as a dict with Python names (every key optional)."""

    generated_files: Sequence[GeneratedFile | Mapping[str, Any]]
    next_page_token: str


class ListModelsResponseDict(TypedDict, total=False):
    """``ListModelsResponse`` as a dict with Python names (every key optional)."""

    models: Sequence[Model | Mapping[str, Any]]
    next_page_token: str


class ListOperationsResponseDict(TypedDict, total=False):
    """``ListOperationsResponse`` as a dict with Python names (every key optional)."""

    next_page_token: str
    operations: Sequence[Operation | Mapping[str, Any]]
    unreachable: Sequence[str]


class ListPermissionsResponseDict(TypedDict, total=False):
    """``ListPermissionsResponse`` as a dict with Python names (every key optional)."""

    next_page_token: str
    permissions: Sequence[Permission | Mapping[str, Any]]


class ListTunedModelsResponseDict(TypedDict, total=False):
    """``ListTunedModelsResponse`` as a dict with Python names (every key optional)."""

    next_page_token: str
    tuned_models: Sequence[TunedModel | Mapping[str, Any]]


class LogprobsResultDict(TypedDict, total=False):
    """``LogprobsResult`` as a dict with Python names (every key optional)."""

    chosen_candidates: Sequence[LogprobsResultCandidate | Mapping[str, Any]]
    log_probability_sum: float
    top_candidates: Sequence[TopCandidates | Mapping[str, Any]]


class LogprobsResultCandidateDict(TypedDict, total=False):
    """``LogprobsResultCandidate`` as a dict with Python names (every key optional)."""

    log_probability: float
    token: str
    token_id: int


class MapsDict(TypedDict, total=False):
    """``Maps`` as a dict with Python names (every key optional)."""

    place_answer_sources: PlaceAnswerSources | Mapping[str, Any]
    place_id: str
    text: str
    title: str
    uri: str


class McpServerDict(TypedDict, total=False):
    """``McpServer`` as a dict with Python names (every key optional)."""

    name: str
    streamable_http_transport: StreamableHttpTransport | Mapping[str, Any]


class MediaResolutionDict(TypedDict, total=False):
    """``MediaResolution`` as a dict with Python names (every key optional)."""

    level: MediaResolutionLevel | str
    num_tokens: int


class MessageDict(TypedDict, total=False):
    """``Message`` as a dict with Python names (every key optional)."""

    author: str
    citation_metadata: CitationMetadata | Mapping[str, Any]
    content: str


class MessagePromptDict(TypedDict, total=False):
    """``MessagePrompt`` as a dict with Python names (every key optional)."""

    context: str
    examples: Sequence[Example | Mapping[str, Any]]
    messages: Sequence[Message | Mapping[str, Any]]


class MetadataFilterDict(TypedDict, total=False):
    """``MetadataFilter`` as a dict with Python names (every key optional)."""

    conditions: Sequence[Condition | Mapping[str, Any]]
    key: str


class ModalityTokenCountDict(TypedDict, total=False):
    """``ModalityTokenCount`` as a dict with Python names (every key optional)."""

    modality: ModalityTokenCountModality | str
    token_count: int


class ModelDict(TypedDict, total=False):
    """``Model`` as a dict with Python names (every key optional)."""

    base_model_id: str
    description: str
    display_name: str
    input_token_limit: int
    max_temperature: float
    name: str
    output_token_limit: int
    supported_generation_methods: Sequence[str]
    temperature: float
    thinking: bool
    top_k: int
    top_p: float
    version: str


class ModelStatusDict(TypedDict, total=False):
    """``ModelStatus`` as a dict with Python names (every key optional)."""

    message: str
    model_stage: ModelStatusModelStage | str
    retirement_time: str


class MultiSpeakerVoiceConfigDict(TypedDict, total=False):
    """``MultiSpeakerVoiceConfig`` as a dict with Python names (every key optional)."""

    speaker_voice_configs: Sequence[SpeakerVoiceConfig | Mapping[str, Any]]


class OperationDict(TypedDict, total=False):
    """``Operation`` as a dict with Python names (every key optional)."""

    done: bool
    error: Status | Mapping[str, Any]
    metadata: Mapping[str, Any]
    name: str
    response: Mapping[str, Any]


class PartDict(TypedDict, total=False):
    """``Part`` as a dict with Python names (every key optional)."""

    code_execution_result: CodeExecutionResult | Mapping[str, Any]
    executable_code: ExecutableCode | Mapping[str, Any]
    file_data: FileData | Mapping[str, Any]
    function_call: FunctionCall | Mapping[str, Any]
    function_response: FunctionResponse | Mapping[str, Any]
    inline_data: Blob | Mapping[str, Any]
    media_resolution: MediaResolution | Mapping[str, Any]
    part_metadata: Mapping[str, Any]
    text: str
    thought: bool
    thought_signature: bytes | str
    tool_call: ToolCall | Mapping[str, Any]
    tool_response: ToolResponse | Mapping[str, Any]
    video_metadata: VideoMetadata | Mapping[str, Any]


class PermissionDict(TypedDict, total=False):
    """``Permission`` as a dict with Python names (every key optional)."""

    email_address: str
    grantee_type: PermissionGranteeType | str
    name: str
    role: PermissionRole | str


class PlaceAnswerSourcesDict(TypedDict, total=False):
    """``PlaceAnswerSources`` as a dict with Python names (every key optional)."""

    review_snippets: Sequence[ReviewSnippet | Mapping[str, Any]]


class PrebuiltVoiceConfigDict(TypedDict, total=False):
    """``PrebuiltVoiceConfig`` as a dict with Python names (every key optional)."""

    voice_name: str


class PredictLongRunningRequestDict(TypedDict, total=False):
    """``PredictLongRunningRequest`` as a dict with Python names (every key optional)."""

    instances: Sequence[Any]
    parameters: Any


class PredictRequestDict(TypedDict, total=False):
    """``PredictRequest`` as a dict with Python names (every key optional)."""

    instances: Sequence[Any]
    parameters: Any


class PredictResponseDict(TypedDict, total=False):
    """``PredictResponse`` as a dict with Python names (every key optional)."""

    predictions: Sequence[Any]


class ProactivityConfigDict(TypedDict, total=False):
    """``ProactivityConfig`` as a dict with Python names (every key optional)."""

    proactive_audio: bool


class PromptFeedbackDict(TypedDict, total=False):
    """``PromptFeedback`` as a dict with Python names (every key optional)."""

    block_reason: PromptFeedbackBlockReason | str
    safety_ratings: Sequence[SafetyRating | Mapping[str, Any]]


class RealtimeInputConfigDict(TypedDict, total=False):
    """``RealtimeInputConfig`` as a dict with Python names (every key optional)."""

    activity_handling: RealtimeInputConfigActivityHandling | str
    automatic_activity_detection: AutomaticActivityDetection | Mapping[str, Any]
    turn_coverage: RealtimeInputConfigTurnCoverage | str


class RegisterFilesRequestDict(TypedDict, total=False):
    """``RegisterFilesRequest`` as a dict with Python names (every key optional)."""

    uris: Sequence[str]


class RegisterFilesResponseDict(TypedDict, total=False):
    """``RegisterFilesResponse`` as a dict with Python names (every key optional)."""

    files: Sequence[File | Mapping[str, Any]]


class RetrievalConfigDict(TypedDict, total=False):
    """``RetrievalConfig`` as a dict with Python names (every key optional)."""

    language_code: str
    lat_lng: LatLng | Mapping[str, Any]


class RetrievalMetadataDict(TypedDict, total=False):
    """``RetrievalMetadata`` as a dict with Python names (every key optional)."""

    google_search_dynamic_retrieval_score: float


class RetrievedContextDict(TypedDict, total=False):
    """``RetrievedContext`` as a dict with Python names (every key optional)."""

    custom_metadata: Sequence[GroundingChunkCustomMetadata | Mapping[str, Any]]
    file_search_store: str
    text: str
    title: str
    uri: str


class ReviewSnippetDict(TypedDict, total=False):
    """``ReviewSnippet`` as a dict with Python names (every key optional)."""

    google_maps_uri: str
    review_id: str
    title: str


class SafetyFeedbackDict(TypedDict, total=False):
    """``SafetyFeedback`` as a dict with Python names (every key optional)."""

    rating: SafetyRating | Mapping[str, Any]
    setting: SafetySetting | Mapping[str, Any]


class SafetyRatingDict(TypedDict, total=False):
    """``SafetyRating`` as a dict with Python names (every key optional)."""

    blocked: bool
    category: SafetyRatingCategory | str
    probability: SafetyRatingProbability | str


class SafetySettingDict(TypedDict, total=False):
    """``SafetySetting`` as a dict with Python names (every key optional)."""

    category: SafetySettingCategory | str
    threshold: SafetySettingThreshold | str


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
    type: SchemaType | str


class SearchEntryPointDict(TypedDict, total=False):
    """``SearchEntryPoint`` as a dict with Python names (every key optional)."""

    rendered_content: str
    sdk_blob: bytes | str


class SearchTypesDict(TypedDict, total=False):
    """``SearchTypes`` as a dict with Python names (every key optional)."""

    image_search: ImageSearch | Mapping[str, Any]
    web_search: WebSearch | Mapping[str, Any]


class SemanticRetrieverChunkDict(TypedDict, total=False):
    """``SemanticRetrieverChunk`` as a dict with Python names (every key optional)."""

    chunk: str
    source: str


class SemanticRetrieverConfigDict(TypedDict, total=False):
    """``SemanticRetrieverConfig`` as a dict with Python names (every key optional)."""

    max_chunks_count: int
    metadata_filters: Sequence[MetadataFilter | Mapping[str, Any]]
    minimum_relevance_score: float
    query: Content | Mapping[str, Any]
    source: str


class SessionResumptionConfigDict(TypedDict, total=False):
    """``SessionResumptionConfig`` as a dict with Python names (every key optional)."""

    handle: str


class SlidingWindowDict(TypedDict, total=False):
    """``SlidingWindow`` as a dict with Python names (every key optional)."""

    target_tokens: int | str


class SpeakerVoiceConfigDict(TypedDict, total=False):
    """``SpeakerVoiceConfig`` as a dict with Python names (every key optional)."""

    speaker: str
    voice_config: VoiceConfig | Mapping[str, Any]


class SpeechConfigDict(TypedDict, total=False):
    """``SpeechConfig`` as a dict with Python names (every key optional)."""

    language_code: str
    multi_speaker_voice_config: MultiSpeakerVoiceConfig | Mapping[str, Any]
    voice_config: VoiceConfig | Mapping[str, Any]


class StatusDict(TypedDict, total=False):
    """``Status`` as a dict with Python names (every key optional)."""

    code: int
    details: Sequence[Any]
    message: str


class StreamableHttpTransportDict(TypedDict, total=False):
    """``StreamableHttpTransport`` as a dict with Python names (every key optional)."""

    headers: Mapping[str, Any]
    sse_read_timeout: str
    terminate_on_close: bool
    timeout: str
    url: str


class StringListDict(TypedDict, total=False):
    """``StringList`` as a dict with Python names (every key optional)."""

    values: Sequence[str]


class TextCompletionDict(TypedDict, total=False):
    """``TextCompletion`` as a dict with Python names (every key optional)."""

    citation_metadata: CitationMetadata | Mapping[str, Any]
    output: str
    safety_ratings: Sequence[SafetyRating | Mapping[str, Any]]


class TextPromptDict(TypedDict, total=False):
    """``TextPrompt`` as a dict with Python names (every key optional)."""

    text: str


class ThinkingConfigDict(TypedDict, total=False):
    """``ThinkingConfig`` as a dict with Python names (every key optional)."""

    include_thoughts: bool
    thinking_budget: int
    thinking_level: ThinkingConfigThinkingLevel | str


class ToolDict(TypedDict, total=False):
    """``Tool`` as a dict with Python names (every key optional)."""

    code_execution: CodeExecution | Mapping[str, Any]
    computer_use: ComputerUse | Mapping[str, Any]
    file_search: FileSearch | Mapping[str, Any]
    function_declarations: Sequence[FunctionDeclaration | Mapping[str, Any]]
    google_maps: GoogleMaps | Mapping[str, Any]
    google_search: GoogleSearch | Mapping[str, Any]
    google_search_retrieval: GoogleSearchRetrieval | Mapping[str, Any]
    mcp_servers: Sequence[McpServer | Mapping[str, Any]]
    url_context: UrlContext | Mapping[str, Any]


class ToolCallDict(TypedDict, total=False):
    """``ToolCall`` as a dict with Python names (every key optional)."""

    args: Mapping[str, Any]
    id: str
    tool_type: ToolCallToolType | str


class ToolConfigDict(TypedDict, total=False):
    """``ToolConfig`` as a dict with Python names (every key optional)."""

    function_calling_config: FunctionCallingConfig | Mapping[str, Any]
    include_server_side_tool_invocations: bool
    retrieval_config: RetrievalConfig | Mapping[str, Any]


class ToolResponseDict(TypedDict, total=False):
    """``ToolResponse`` as a dict with Python names (every key optional)."""

    id: str
    response: Mapping[str, Any]
    tool_type: ToolResponseToolType | str


class TopCandidatesDict(TypedDict, total=False):
    """``TopCandidates`` as a dict with Python names (every key optional)."""

    candidates: Sequence[LogprobsResultCandidate | Mapping[str, Any]]


class TransferOwnershipRequestDict(TypedDict, total=False):
    """``TransferOwnershipRequest`` as a dict with Python names (every key optional)."""

    email_address: str


class TransferOwnershipResponseDict(TypedDict, total=False):
    """``TransferOwnershipResponse`` as a dict with Python names (every key optional)."""

    pass


class TunedModelDict(TypedDict, total=False):
    """``TunedModel`` as a dict with Python names (every key optional)."""

    base_model: str
    create_time: str
    description: str
    display_name: str
    name: str
    reader_project_numbers: Sequence[int | str]
    state: TunedModelState | str
    temperature: float
    top_k: int
    top_p: float
    tuned_model_source: TunedModelSource | Mapping[str, Any]
    tuning_task: TuningTask | Mapping[str, Any]
    update_time: str


class TunedModelSourceDict(TypedDict, total=False):
    """``TunedModelSource`` as a dict with Python names (every key optional)."""

    base_model: str
    tuned_model: str


class TuningContentDict(TypedDict, total=False):
    """``TuningContent`` as a dict with Python names (every key optional)."""

    parts: Sequence[TuningPart | Mapping[str, Any]]
    role: str


class TuningExampleDict(TypedDict, total=False):
    """``TuningExample`` as a dict with Python names (every key optional)."""

    output: str
    text_input: str


class TuningExamplesDict(TypedDict, total=False):
    """``TuningExamples`` as a dict with Python names (every key optional)."""

    examples: Sequence[TuningExample | Mapping[str, Any]]
    multiturn_examples: Sequence[TuningMultiturnExample | Mapping[str, Any]]


class TuningMultiturnExampleDict(TypedDict, total=False):
    """``TuningMultiturnExample`` as a dict with Python names (every key optional)."""

    contents: Sequence[TuningContent | Mapping[str, Any]]
    system_instruction: TuningContent | Mapping[str, Any]


class TuningPartDict(TypedDict, total=False):
    """``TuningPart`` as a dict with Python names (every key optional)."""

    text: str


class TuningSnapshotDict(TypedDict, total=False):
    """``TuningSnapshot`` as a dict with Python names (every key optional)."""

    compute_time: str
    epoch: int
    mean_loss: float
    step: int


class TuningTaskDict(TypedDict, total=False):
    """``TuningTask`` as a dict with Python names (every key optional)."""

    complete_time: str
    hyperparameters: Hyperparameters | Mapping[str, Any]
    snapshots: Sequence[TuningSnapshot | Mapping[str, Any]]
    start_time: str
    training_data: Dataset | Mapping[str, Any]


class UploadToFileSearchStoreRequestDict(TypedDict, total=False):
    """``UploadToFileSearchStoreRequest`` as a dict with Python names (every key optional)."""

    chunking_config: ChunkingConfig | Mapping[str, Any]
    custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]]
    display_name: str
    mime_type: str


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
    candidates_token_count: int
    candidates_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    prompt_token_count: int
    prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    service_tier: str
    thoughts_token_count: int
    tool_use_prompt_token_count: int
    tool_use_prompt_tokens_details: Sequence[ModalityTokenCount | Mapping[str, Any]]
    total_token_count: int


class VideoFileMetadataDict(TypedDict, total=False):
    """``VideoFileMetadata`` as a dict with Python names (every key optional)."""

    video_duration: str


class VideoMetadataDict(TypedDict, total=False):
    """``VideoMetadata`` as a dict with Python names (every key optional)."""

    end_offset: str
    fps: float
    start_offset: str


class VoiceConfigDict(TypedDict, total=False):
    """``VoiceConfig`` as a dict with Python names (every key optional)."""

    prebuilt_voice_config: PrebuiltVoiceConfig | Mapping[str, Any]


class WebDict(TypedDict, total=False):
    """``Web`` as a dict with Python names (every key optional)."""

    domain: str
    title: str
    uri: str


class WebSearchDict(TypedDict, total=False):
    """``WebSearch`` as a dict with Python names (every key optional)."""

    pass


class WhiteSpaceConfigDict(TypedDict, total=False):
    """``WhiteSpaceConfig`` as a dict with Python names (every key optional)."""

    max_overlap_tokens: int
    max_tokens_per_chunk: int
