# Generated from specs/interactions-v1beta.json (sha256 1d19520be2f8f072) by `nox -s generate`; do not edit.
"""``TypedDict`` twins of the interactions models: dicts with Python names, for type checkers (see codegen)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from .interactions_types import (
    Agent,
    AgentTool,
    AllowedTools,
    Annotation,
    AudioContentMimeType,
    AudioDeltaMimeType,
    AudioResponseFormatDelivery,
    AudioResponseFormatMimeType,
    CodeExecutionCallArguments,
    CodeExecutionCallArgumentsLanguage,
    CodeExecutionCallStepArguments,
    CodeExecutionCallStepArgumentsLanguage,
    ComputerUseEnvironment,
    Content,
    ContentDeltaData,
    CreateAgentInteractionParamsStatus,
    CreateModelInteractionParamsStatus,
    DeepResearchAgentConfigVisualization,
    DocumentContentMimeType,
    DocumentDeltaMimeType,
    Error,
    FileSearchResult,
    GenerationConfig,
    GoogleMapsCallArguments,
    GoogleMapsCallStepArguments,
    GoogleMapsResult,
    GoogleMapsResultItem,
    GoogleMapsResultPlaces,
    GoogleSearchCallArguments,
    GoogleSearchCallStepArguments,
    GoogleSearchCallStepSearchType,
    GoogleSearchResult,
    GoogleSearchResultItem,
    GoogleSearchSearchTypes,
    GroundingToolCount,
    GroundingToolCountType,
    ImageConfig,
    ImageContentMimeType,
    ImageDeltaMimeType,
    ImageResponseFormatAspectRatio,
    ImageResponseFormatDelivery,
    ImageResponseFormatImageSize,
    ImageResponseFormatMimeType,
    Interaction,
    InteractionStatus,
    InteractionStatusUpdateStatus,
    MediaResolution,
    ModalityTokens,
    Places,
    ResponseModality,
    RetrievalRetrievalTypes,
    ReviewSnippet,
    RotateSigningSecretRequestRevocationBehavior,
    ServiceTier,
    SigningSecret,
    Source,
    SourceType,
    SpeechConfig,
    Step,
    StepDeltaData,
    StepDeltaMetadata,
    TextResponseFormatMimeType,
    ThinkingLevel,
    ThinkingSummaries,
    ThoughtSummaryContent,
    Tool,
    ToolChoiceType,
    UrlContextCallArguments,
    UrlContextCallStepArguments,
    UrlContextResult,
    UrlContextResultItem,
    UrlContextResultItemStatus,
    UrlContextResultStatus,
    Usage,
    VertexAISearchConfig,
    VideoContentMimeType,
    VideoDeltaMimeType,
    Webhook,
    WebhookConfig,
    WebhookState,
    WebhookUpdateState,
)

__all__ = [
    "AgentDict",
    "AllowedToolsDict",
    "AllowlistEntryDict",
    "ArgumentsDeltaDict",
    "AudioContentDict",
    "AudioDeltaDict",
    "AudioResponseFormatDict",
    "CodeExecutionCallArgumentsDict",
    "CodeExecutionCallDeltaDict",
    "CodeExecutionCallStepArgumentsDict",
    "CodeExecutionCallStepDict",
    "CodeExecutionDict",
    "CodeExecutionResultDeltaDict",
    "CodeExecutionResultStepDict",
    "ComputerUseDict",
    "ContentDeltaDict",
    "ContentStartDict",
    "ContentStopDict",
    "CreateAgentInteractionParamsDict",
    "CreateModelInteractionParamsDict",
    "DeepResearchAgentConfigDict",
    "DocumentContentDict",
    "DocumentDeltaDict",
    "DynamicAgentConfigDict",
    "EmptyDict",
    "EnvironmentConfigDict",
    "ErrorDict",
    "ErrorEventDict",
    "FileCitationDict",
    "FileSearchCallDeltaDict",
    "FileSearchCallStepDict",
    "FileSearchDict",
    "FileSearchResultDeltaDict",
    "FileSearchResultDict",
    "FileSearchResultStepDict",
    "FunctionCallDeltaDict",
    "FunctionCallStepDict",
    "FunctionDict",
    "FunctionResultDeltaDict",
    "FunctionResultStepDict",
    "GenerationConfigDict",
    "GoogleMapsCallArgumentsDict",
    "GoogleMapsCallDeltaDict",
    "GoogleMapsCallStepArgumentsDict",
    "GoogleMapsCallStepDict",
    "GoogleMapsDict",
    "GoogleMapsResultDeltaDict",
    "GoogleMapsResultDict",
    "GoogleMapsResultItemDict",
    "GoogleMapsResultPlacesDict",
    "GoogleMapsResultStepDict",
    "GoogleSearchCallArgumentsDict",
    "GoogleSearchCallDeltaDict",
    "GoogleSearchCallStepArgumentsDict",
    "GoogleSearchCallStepDict",
    "GoogleSearchDict",
    "GoogleSearchResultDeltaDict",
    "GoogleSearchResultDict",
    "GoogleSearchResultItemDict",
    "GoogleSearchResultStepDict",
    "GroundingToolCountDict",
    "ImageConfigDict",
    "ImageContentDict",
    "ImageDeltaDict",
    "ImageResponseFormatDict",
    "InteractionCompletedEventDict",
    "InteractionCreatedEventDict",
    "InteractionDict",
    "InteractionStatusUpdateDict",
    "ListAgentsResponseDict",
    "ListWebhooksResponseDict",
    "McpServerDict",
    "McpServerToolCallDeltaDict",
    "McpServerToolCallStepDict",
    "McpServerToolResultDeltaDict",
    "McpServerToolResultStepDict",
    "ModalityTokensDict",
    "ModelOutputStepDict",
    "PingWebhookRequestDict",
    "PingWebhookResponseDict",
    "PlaceCitationDict",
    "PlacesDict",
    "RetrievalDict",
    "ReviewSnippetDict",
    "RotateSigningSecretRequestDict",
    "RotateSigningSecretResponseDict",
    "SigningSecretDict",
    "SourceDict",
    "SpeechConfigDict",
    "StepDeltaDict",
    "StepDeltaMetadataDict",
    "StepStartDict",
    "StepStopDict",
    "TextAnnotationDeltaDict",
    "TextContentDict",
    "TextDeltaDict",
    "TextResponseFormatDict",
    "ThoughtContentDict",
    "ThoughtSignatureDeltaDict",
    "ThoughtStepDict",
    "ThoughtSummaryDeltaDict",
    "ToolChoiceConfigDict",
    "TurnDict",
    "UrlCitationDict",
    "UrlContextCallArgumentsDict",
    "UrlContextCallDeltaDict",
    "UrlContextCallStepArgumentsDict",
    "UrlContextCallStepDict",
    "UrlContextDict",
    "UrlContextResultDeltaDict",
    "UrlContextResultDict",
    "UrlContextResultItemDict",
    "UrlContextResultStepDict",
    "UsageDict",
    "UserInputStepDict",
    "VertexAISearchConfigDict",
    "VideoContentDict",
    "VideoDeltaDict",
    "WebhookConfigDict",
    "WebhookDict",
    "WebhookUpdateDict",
]


class AgentDict(TypedDict, total=False):
    """``Agent`` as a dict with Python names (every key optional)."""

    base_agent: str
    base_environment: Any
    description: str
    id: str
    system_instruction: str
    tools: Sequence[AgentTool | Mapping[str, Any]]


class AllowedToolsDict(TypedDict, total=False):
    """``AllowedTools`` as a dict with Python names (every key optional)."""

    mode: ToolChoiceType | str
    tools: Sequence[str]


class AllowlistEntryDict(TypedDict, total=False):
    """``AllowlistEntry`` as a dict with Python names (every key optional)."""

    domain: str
    transform: Sequence[Any]


class ArgumentsDeltaDict(TypedDict, total=False):
    """``ArgumentsDelta`` as a dict with Python names (every key optional)."""

    arguments: str
    type: str


class AudioContentDict(TypedDict, total=False):
    """``AudioContent`` as a dict with Python names (every key optional)."""

    channels: int
    data: bytes | str
    mime_type: AudioContentMimeType | str
    sample_rate: int
    type: str
    uri: str


class AudioDeltaDict(TypedDict, total=False):
    """``AudioDelta`` as a dict with Python names (every key optional)."""

    channels: int
    data: bytes | str
    mime_type: AudioDeltaMimeType | str
    rate: int
    sample_rate: int
    type: str
    uri: str


class AudioResponseFormatDict(TypedDict, total=False):
    """``AudioResponseFormat`` as a dict with Python names (every key optional)."""

    bit_rate: int
    delivery: AudioResponseFormatDelivery | str
    mime_type: AudioResponseFormatMimeType | str
    sample_rate: int
    type: str


class CodeExecutionDict(TypedDict, total=False):
    """``CodeExecution`` as a dict with Python names (every key optional)."""

    type: str


class CodeExecutionCallArgumentsDict(TypedDict, total=False):
    """``CodeExecutionCallArguments`` as a dict with Python names (every key optional)."""

    code: str
    language: CodeExecutionCallArgumentsLanguage | str


class CodeExecutionCallDeltaDict(TypedDict, total=False):
    """``CodeExecutionCallDelta`` as a dict with Python names (every key optional)."""

    arguments: CodeExecutionCallArguments | Mapping[str, Any]
    signature: bytes | str
    type: str


class CodeExecutionCallStepDict(TypedDict, total=False):
    """``CodeExecutionCallStep`` as a dict with Python names (every key optional)."""

    arguments: CodeExecutionCallStepArguments | Mapping[str, Any]
    id: str
    signature: bytes | str
    type: str


class CodeExecutionCallStepArgumentsDict(TypedDict, total=False):
    """``CodeExecutionCallStepArguments`` as a dict with Python names (every key optional)."""

    code: str
    language: CodeExecutionCallStepArgumentsLanguage | str


class CodeExecutionResultDeltaDict(TypedDict, total=False):
    """``CodeExecutionResultDelta`` as a dict with Python names (every key optional)."""

    is_error: bool
    result: str
    signature: bytes | str
    type: str


class CodeExecutionResultStepDict(TypedDict, total=False):
    """``CodeExecutionResultStep`` as a dict with Python names (every key optional)."""

    call_id: str
    is_error: bool
    result: str
    signature: bytes | str
    type: str


class ComputerUseDict(TypedDict, total=False):
    """``ComputerUse`` as a dict with Python names (every key optional)."""

    environment: ComputerUseEnvironment | str
    excluded_predefined_functions: Sequence[str]
    type: str


class ContentDeltaDict(TypedDict, total=False):
    """``ContentDelta`` as a dict with Python names (every key optional)."""

    delta: ContentDeltaData | Mapping[str, Any]
    event_id: str
    event_type: str
    index: int


class ContentStartDict(TypedDict, total=False):
    """``ContentStart`` as a dict with Python names (every key optional)."""

    content: Content | Mapping[str, Any]
    event_id: str
    event_type: str
    index: int


class ContentStopDict(TypedDict, total=False):
    """``ContentStop`` as a dict with Python names (every key optional)."""

    event_id: str
    event_type: str
    index: int


class CreateAgentInteractionParamsDict(TypedDict, total=False):
    """``CreateAgentInteractionParams`` as a dict with Python names (every key optional)."""

    agent: Any
    agent_config: Any
    background: bool
    created: str
    environment: Any
    environment_id: str
    id: str
    input: Any
    previous_interaction_id: str
    response_format: Any
    response_mime_type: str
    response_modalities: Sequence[ResponseModality | str]
    role: str
    service_tier: ServiceTier | str
    status: CreateAgentInteractionParamsStatus | str
    store: bool
    stream: bool
    system_instruction: str
    tools: Sequence[Tool | Mapping[str, Any]]
    updated: str
    usage: Usage | Mapping[str, Any]
    webhook_config: WebhookConfig | Mapping[str, Any]


class CreateModelInteractionParamsDict(TypedDict, total=False):
    """``CreateModelInteractionParams`` as a dict with Python names (every key optional)."""

    background: bool
    created: str
    environment: Any
    environment_id: str
    generation_config: GenerationConfig | Mapping[str, Any]
    id: str
    input: Any
    model: Any
    previous_interaction_id: str
    response_format: Any
    response_mime_type: str
    response_modalities: Sequence[ResponseModality | str]
    role: str
    service_tier: ServiceTier | str
    status: CreateModelInteractionParamsStatus | str
    store: bool
    stream: bool
    system_instruction: str
    tools: Sequence[Tool | Mapping[str, Any]]
    updated: str
    usage: Usage | Mapping[str, Any]
    webhook_config: WebhookConfig | Mapping[str, Any]


class DeepResearchAgentConfigDict(TypedDict, total=False):
    """``DeepResearchAgentConfig`` as a dict with Python names (every key optional)."""

    collaborative_planning: bool
    thinking_summaries: ThinkingSummaries | str
    type: str
    visualization: DeepResearchAgentConfigVisualization | str


class DocumentContentDict(TypedDict, total=False):
    """``DocumentContent`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: DocumentContentMimeType | str
    type: str
    uri: str


class DocumentDeltaDict(TypedDict, total=False):
    """``DocumentDelta`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: DocumentDeltaMimeType | str
    type: str
    uri: str


class DynamicAgentConfigDict(TypedDict, total=False):
    """``DynamicAgentConfig`` as a dict with Python names (every key optional)."""

    type: str


class EmptyDict(TypedDict, total=False):
    """``Empty`` as a dict with Python names (every key optional)."""

    pass


class EnvironmentConfigDict(TypedDict, total=False):
    """``EnvironmentConfig`` as a dict with Python names (every key optional)."""

    network: Any
    sources: Sequence[Source | Mapping[str, Any]]
    type: str


class ErrorDict(TypedDict, total=False):
    """``Error`` as a dict with Python names (every key optional)."""

    code: str
    message: str


class ErrorEventDict(TypedDict, total=False):
    """``ErrorEvent`` as a dict with Python names (every key optional)."""

    error: Error | Mapping[str, Any]
    event_id: str
    event_type: str


class FileCitationDict(TypedDict, total=False):
    """``FileCitation`` as a dict with Python names (every key optional)."""

    custom_metadata: Mapping[str, Any]
    document_uri: str
    end_index: int
    file_name: str
    media_id: str
    page_number: int
    source: str
    start_index: int
    type: str


class FileSearchDict(TypedDict, total=False):
    """``FileSearch`` as a dict with Python names (every key optional)."""

    file_search_store_names: Sequence[str]
    metadata_filter: str
    top_k: int
    type: str


class FileSearchCallDeltaDict(TypedDict, total=False):
    """``FileSearchCallDelta`` as a dict with Python names (every key optional)."""

    signature: bytes | str
    type: str


class FileSearchCallStepDict(TypedDict, total=False):
    """``FileSearchCallStep`` as a dict with Python names (every key optional)."""

    id: str
    signature: bytes | str
    type: str


class FileSearchResultDict(TypedDict, total=False):
    """``FileSearchResult`` as a dict with Python names (every key optional)."""

    pass


class FileSearchResultDeltaDict(TypedDict, total=False):
    """``FileSearchResultDelta`` as a dict with Python names (every key optional)."""

    result: Sequence[FileSearchResult | Mapping[str, Any]]
    signature: bytes | str
    type: str


class FileSearchResultStepDict(TypedDict, total=False):
    """``FileSearchResultStep`` as a dict with Python names (every key optional)."""

    call_id: str
    signature: bytes | str
    type: str


class FunctionDict(TypedDict, total=False):
    """``Function`` as a dict with Python names (every key optional)."""

    description: str
    name: str
    parameters: Any
    type: str


class FunctionCallDeltaDict(TypedDict, total=False):
    """``FunctionCallDelta`` as a dict with Python names (every key optional)."""

    arguments: Mapping[str, Any]
    id: str
    name: str
    signature: bytes | str
    type: str


class FunctionCallStepDict(TypedDict, total=False):
    """``FunctionCallStep`` as a dict with Python names (every key optional)."""

    arguments: Mapping[str, Any]
    id: str
    name: str
    signature: bytes | str
    type: str


class FunctionResultDeltaDict(TypedDict, total=False):
    """``FunctionResultDelta`` as a dict with Python names (every key optional)."""

    call_id: str
    is_error: bool
    name: str
    result: Any
    type: str


class FunctionResultStepDict(TypedDict, total=False):
    """``FunctionResultStep`` as a dict with Python names (every key optional)."""

    call_id: str
    is_error: bool
    name: str
    result: Any
    signature: bytes | str
    type: str


class GenerationConfigDict(TypedDict, total=False):
    """``GenerationConfig`` as a dict with Python names (every key optional)."""

    image_config: ImageConfig | Mapping[str, Any]
    max_output_tokens: int
    seed: int
    speech_config: Sequence[SpeechConfig | Mapping[str, Any]]
    stop_sequences: Sequence[str]
    temperature: float
    thinking_level: ThinkingLevel | str
    thinking_summaries: ThinkingSummaries | str
    tool_choice: Any
    top_p: float


class GoogleMapsDict(TypedDict, total=False):
    """``GoogleMaps`` as a dict with Python names (every key optional)."""

    enable_widget: bool
    latitude: float
    longitude: float
    type: str


class GoogleMapsCallArgumentsDict(TypedDict, total=False):
    """``GoogleMapsCallArguments`` as a dict with Python names (every key optional)."""

    queries: Sequence[str]


class GoogleMapsCallDeltaDict(TypedDict, total=False):
    """``GoogleMapsCallDelta`` as a dict with Python names (every key optional)."""

    arguments: GoogleMapsCallArguments | Mapping[str, Any]
    signature: bytes | str
    type: str


class GoogleMapsCallStepDict(TypedDict, total=False):
    """``GoogleMapsCallStep`` as a dict with Python names (every key optional)."""

    arguments: GoogleMapsCallStepArguments | Mapping[str, Any]
    id: str
    signature: bytes | str
    type: str


class GoogleMapsCallStepArgumentsDict(TypedDict, total=False):
    """``GoogleMapsCallStepArguments`` as a dict with Python names (every key optional)."""

    queries: Sequence[str]


class GoogleMapsResultDict(TypedDict, total=False):
    """``GoogleMapsResult`` as a dict with Python names (every key optional)."""

    places: Sequence[Places | Mapping[str, Any]]
    widget_context_token: str


class GoogleMapsResultDeltaDict(TypedDict, total=False):
    """``GoogleMapsResultDelta`` as a dict with Python names (every key optional)."""

    result: Sequence[GoogleMapsResult | Mapping[str, Any]]
    signature: bytes | str
    type: str


class GoogleMapsResultItemDict(TypedDict, total=False):
    """``GoogleMapsResultItem`` as a dict with Python names (every key optional)."""

    places: Sequence[GoogleMapsResultPlaces | Mapping[str, Any]]
    widget_context_token: str


class GoogleMapsResultPlacesDict(TypedDict, total=False):
    """``GoogleMapsResultPlaces`` as a dict with Python names (every key optional)."""

    name: str
    place_id: str
    review_snippets: Sequence[ReviewSnippet | Mapping[str, Any]]
    url: str


class GoogleMapsResultStepDict(TypedDict, total=False):
    """``GoogleMapsResultStep`` as a dict with Python names (every key optional)."""

    call_id: str
    result: Sequence[GoogleMapsResultItem | Mapping[str, Any]]
    signature: bytes | str
    type: str


class GoogleSearchDict(TypedDict, total=False):
    """``GoogleSearch`` as a dict with Python names (every key optional)."""

    search_types: Sequence[GoogleSearchSearchTypes | str]
    type: str


class GoogleSearchCallArgumentsDict(TypedDict, total=False):
    """``GoogleSearchCallArguments`` as a dict with Python names (every key optional)."""

    queries: Sequence[str]


class GoogleSearchCallDeltaDict(TypedDict, total=False):
    """``GoogleSearchCallDelta`` as a dict with Python names (every key optional)."""

    arguments: GoogleSearchCallArguments | Mapping[str, Any]
    signature: bytes | str
    type: str


class GoogleSearchCallStepDict(TypedDict, total=False):
    """``GoogleSearchCallStep`` as a dict with Python names (every key optional)."""

    arguments: GoogleSearchCallStepArguments | Mapping[str, Any]
    id: str
    search_type: GoogleSearchCallStepSearchType | str
    signature: bytes | str
    type: str


class GoogleSearchCallStepArgumentsDict(TypedDict, total=False):
    """``GoogleSearchCallStepArguments`` as a dict with Python names (every key optional)."""

    queries: Sequence[str]


class GoogleSearchResultDict(TypedDict, total=False):
    """``GoogleSearchResult`` as a dict with Python names (every key optional)."""

    search_suggestions: str


class GoogleSearchResultDeltaDict(TypedDict, total=False):
    """``GoogleSearchResultDelta`` as a dict with Python names (every key optional)."""

    is_error: bool
    result: Sequence[GoogleSearchResult | Mapping[str, Any]]
    signature: bytes | str
    type: str


class GoogleSearchResultItemDict(TypedDict, total=False):
    """``GoogleSearchResultItem`` as a dict with Python names (every key optional)."""

    search_suggestions: str


class GoogleSearchResultStepDict(TypedDict, total=False):
    """``GoogleSearchResultStep`` as a dict with Python names (every key optional)."""

    call_id: str
    is_error: bool
    result: Sequence[GoogleSearchResultItem | Mapping[str, Any]]
    signature: bytes | str
    type: str


class GroundingToolCountDict(TypedDict, total=False):
    """``GroundingToolCount`` as a dict with Python names (every key optional)."""

    count: int
    type: GroundingToolCountType | str


class ImageConfigDict(TypedDict, total=False):
    """``ImageConfig`` as a dict with Python names (every key optional)."""

    aspect_ratio: Any
    image_size: Any


class ImageContentDict(TypedDict, total=False):
    """``ImageContent`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: ImageContentMimeType | str
    resolution: MediaResolution | str
    type: str
    uri: str


class ImageDeltaDict(TypedDict, total=False):
    """``ImageDelta`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: ImageDeltaMimeType | str
    resolution: MediaResolution | str
    type: str
    uri: str


class ImageResponseFormatDict(TypedDict, total=False):
    """``ImageResponseFormat`` as a dict with Python names (every key optional)."""

    aspect_ratio: ImageResponseFormatAspectRatio | str
    delivery: ImageResponseFormatDelivery | str
    image_size: ImageResponseFormatImageSize | str
    mime_type: ImageResponseFormatMimeType | str
    type: str


class InteractionDict(TypedDict, total=False):
    """``Interaction`` as a dict with Python names (every key optional)."""

    agent: Any
    agent_config: Any
    created: str
    environment: Any
    environment_id: str
    generation_config: GenerationConfig | Mapping[str, Any]
    id: str
    input: Any
    model: Any
    object: str
    previous_interaction_id: str
    response_format: Any
    response_mime_type: str
    response_modalities: Sequence[ResponseModality | str]
    role: str
    service_tier: ServiceTier | str
    status: InteractionStatus | str
    steps: Sequence[Step | Mapping[str, Any]]
    system_instruction: str
    tools: Sequence[Tool | Mapping[str, Any]]
    updated: str
    usage: Usage | Mapping[str, Any]
    webhook_config: WebhookConfig | Mapping[str, Any]


class InteractionCompletedEventDict(TypedDict, total=False):
    """``InteractionCompletedEvent`` as a dict with Python names (every key optional)."""

    event_id: str
    event_type: str
    interaction: Interaction | Mapping[str, Any]


class InteractionCreatedEventDict(TypedDict, total=False):
    """``InteractionCreatedEvent`` as a dict with Python names (every key optional)."""

    event_id: str
    event_type: str
    interaction: Interaction | Mapping[str, Any]


class InteractionStatusUpdateDict(TypedDict, total=False):
    """``InteractionStatusUpdate`` as a dict with Python names (every key optional)."""

    event_id: str
    event_type: str
    interaction_id: str
    status: InteractionStatusUpdateStatus | str


class ListAgentsResponseDict(TypedDict, total=False):
    """``ListAgentsResponse`` as a dict with Python names (every key optional)."""

    agents: Sequence[Agent | Mapping[str, Any]]
    next_page_token: str


class ListWebhooksResponseDict(TypedDict, total=False):
    """``ListWebhooksResponse`` as a dict with Python names (every key optional)."""

    next_page_token: str
    webhooks: Sequence[Webhook | Mapping[str, Any]]


class McpServerDict(TypedDict, total=False):
    """``McpServer`` as a dict with Python names (every key optional)."""

    allowed_tools: Sequence[AllowedTools | Mapping[str, Any]]
    headers: Mapping[str, Any]
    name: str
    type: str
    url: str


class McpServerToolCallDeltaDict(TypedDict, total=False):
    """``McpServerToolCallDelta`` as a dict with Python names (every key optional)."""

    arguments: Mapping[str, Any]
    name: str
    server_name: str
    signature: bytes | str
    type: str


class McpServerToolCallStepDict(TypedDict, total=False):
    """``McpServerToolCallStep`` as a dict with Python names (every key optional)."""

    arguments: Mapping[str, Any]
    id: str
    name: str
    server_name: str
    signature: bytes | str
    type: str


class McpServerToolResultDeltaDict(TypedDict, total=False):
    """``McpServerToolResultDelta`` as a dict with Python names (every key optional)."""

    name: str
    result: Any
    server_name: str
    signature: bytes | str
    type: str


class McpServerToolResultStepDict(TypedDict, total=False):
    """``McpServerToolResultStep`` as a dict with Python names (every key optional)."""

    call_id: str
    name: str
    result: Any
    server_name: str
    signature: bytes | str
    type: str


class ModalityTokensDict(TypedDict, total=False):
    """``ModalityTokens`` as a dict with Python names (every key optional)."""

    modality: ResponseModality | str
    tokens: int


class ModelOutputStepDict(TypedDict, total=False):
    """``ModelOutputStep`` as a dict with Python names (every key optional)."""

    content: Sequence[Content | Mapping[str, Any]]
    type: str


class PingWebhookRequestDict(TypedDict, total=False):
    """``PingWebhookRequest`` as a dict with Python names (every key optional)."""

    pass


class PingWebhookResponseDict(TypedDict, total=False):
    """``PingWebhookResponse`` as a dict with Python names (every key optional)."""

    pass


class PlaceCitationDict(TypedDict, total=False):
    """``PlaceCitation`` as a dict with Python names (every key optional)."""

    end_index: int
    name: str
    place_id: str
    review_snippets: Sequence[ReviewSnippet | Mapping[str, Any]]
    start_index: int
    type: str
    url: str


class PlacesDict(TypedDict, total=False):
    """``Places`` as a dict with Python names (every key optional)."""

    name: str
    place_id: str
    review_snippets: Sequence[ReviewSnippet | Mapping[str, Any]]
    url: str


class RetrievalDict(TypedDict, total=False):
    """``Retrieval`` as a dict with Python names (every key optional)."""

    retrieval_types: Sequence[RetrievalRetrievalTypes | str]
    type: str
    vertex_ai_search_config: VertexAISearchConfig | Mapping[str, Any]


class ReviewSnippetDict(TypedDict, total=False):
    """``ReviewSnippet`` as a dict with Python names (every key optional)."""

    review_id: str
    title: str
    url: str


class RotateSigningSecretRequestDict(TypedDict, total=False):
    """``RotateSigningSecretRequest`` as a dict with Python names (every key optional)."""

    revocation_behavior: RotateSigningSecretRequestRevocationBehavior | str


class RotateSigningSecretResponseDict(TypedDict, total=False):
    """``RotateSigningSecretResponse`` as a dict with Python names (every key optional)."""

    secret: str


class SigningSecretDict(TypedDict, total=False):
    """``SigningSecret`` as a dict with Python names (every key optional)."""

    expire_time: str
    truncated_secret: str


class SourceDict(TypedDict, total=False):
    """``Source`` as a dict with Python names (every key optional)."""

    content: str
    encoding: str
    source: str
    target: str
    type: SourceType | str


class SpeechConfigDict(TypedDict, total=False):
    """``SpeechConfig`` as a dict with Python names (every key optional)."""

    language: str
    speaker: str
    voice: str


class StepDeltaDict(TypedDict, total=False):
    """``StepDelta`` as a dict with Python names (every key optional)."""

    delta: StepDeltaData | Mapping[str, Any]
    event_id: str
    event_type: str
    index: int
    metadata: StepDeltaMetadata | Mapping[str, Any]


class StepDeltaMetadataDict(TypedDict, total=False):
    """``StepDeltaMetadata`` as a dict with Python names (every key optional)."""

    total_usage: Usage | Mapping[str, Any]


class StepStartDict(TypedDict, total=False):
    """``StepStart`` as a dict with Python names (every key optional)."""

    event_id: str
    event_type: str
    index: int
    step: Step | Mapping[str, Any]


class StepStopDict(TypedDict, total=False):
    """``StepStop`` as a dict with Python names (every key optional)."""

    event_id: str
    event_type: str
    index: int
    step_usage: Usage | Mapping[str, Any]
    usage: Usage | Mapping[str, Any]


class TextAnnotationDeltaDict(TypedDict, total=False):
    """``TextAnnotationDelta`` as a dict with Python names (every key optional)."""

    annotations: Sequence[Annotation | Mapping[str, Any]]
    type: str


class TextContentDict(TypedDict, total=False):
    """``TextContent`` as a dict with Python names (every key optional)."""

    annotations: Sequence[Annotation | Mapping[str, Any]]
    text: str
    type: str


class TextDeltaDict(TypedDict, total=False):
    """``TextDelta`` as a dict with Python names (every key optional)."""

    text: str
    type: str


class TextResponseFormatDict(TypedDict, total=False):
    """``TextResponseFormat`` as a dict with Python names (every key optional)."""

    mime_type: TextResponseFormatMimeType | str
    schema: Mapping[str, Any]
    type: str


class ThoughtContentDict(TypedDict, total=False):
    """``ThoughtContent`` as a dict with Python names (every key optional)."""

    signature: bytes | str
    summary: Sequence[ThoughtSummaryContent | Mapping[str, Any]]
    type: str


class ThoughtSignatureDeltaDict(TypedDict, total=False):
    """``ThoughtSignatureDelta`` as a dict with Python names (every key optional)."""

    signature: bytes | str
    type: str


class ThoughtStepDict(TypedDict, total=False):
    """``ThoughtStep`` as a dict with Python names (every key optional)."""

    signature: bytes | str
    summary: Sequence[ThoughtSummaryContent | Mapping[str, Any]]
    type: str


class ThoughtSummaryDeltaDict(TypedDict, total=False):
    """``ThoughtSummaryDelta`` as a dict with Python names (every key optional)."""

    content: ThoughtSummaryContent | Mapping[str, Any]
    type: str


class ToolChoiceConfigDict(TypedDict, total=False):
    """``ToolChoiceConfig`` as a dict with Python names (every key optional)."""

    allowed_tools: AllowedTools | Mapping[str, Any]


class TurnDict(TypedDict, total=False):
    """``Turn`` as a dict with Python names (every key optional)."""

    content: Any
    role: str


class UrlCitationDict(TypedDict, total=False):
    """``UrlCitation`` as a dict with Python names (every key optional)."""

    end_index: int
    start_index: int
    title: str
    type: str
    url: str


class UrlContextDict(TypedDict, total=False):
    """``UrlContext`` as a dict with Python names (every key optional)."""

    type: str


class UrlContextCallArgumentsDict(TypedDict, total=False):
    """``UrlContextCallArguments`` as a dict with Python names (every key optional)."""

    urls: Sequence[str]


class UrlContextCallDeltaDict(TypedDict, total=False):
    """``UrlContextCallDelta`` as a dict with Python names (every key optional)."""

    arguments: UrlContextCallArguments | Mapping[str, Any]
    signature: bytes | str
    type: str


class UrlContextCallStepDict(TypedDict, total=False):
    """``UrlContextCallStep`` as a dict with Python names (every key optional)."""

    arguments: UrlContextCallStepArguments | Mapping[str, Any]
    id: str
    signature: bytes | str
    type: str


class UrlContextCallStepArgumentsDict(TypedDict, total=False):
    """``UrlContextCallStepArguments`` as a dict with Python names (every key optional)."""

    urls: Sequence[str]


class UrlContextResultDict(TypedDict, total=False):
    """``UrlContextResult`` as a dict with Python names (every key optional)."""

    status: UrlContextResultStatus | str
    url: str


class UrlContextResultDeltaDict(TypedDict, total=False):
    """``UrlContextResultDelta`` as a dict with Python names (every key optional)."""

    is_error: bool
    result: Sequence[UrlContextResult | Mapping[str, Any]]
    signature: bytes | str
    type: str


class UrlContextResultItemDict(TypedDict, total=False):
    """``UrlContextResultItem`` as a dict with Python names (every key optional)."""

    status: UrlContextResultItemStatus | str
    url: str


class UrlContextResultStepDict(TypedDict, total=False):
    """``UrlContextResultStep`` as a dict with Python names (every key optional)."""

    call_id: str
    is_error: bool
    result: Sequence[UrlContextResultItem | Mapping[str, Any]]
    signature: bytes | str
    type: str


class UsageDict(TypedDict, total=False):
    """``Usage`` as a dict with Python names (every key optional)."""

    cached_tokens_by_modality: Sequence[ModalityTokens | Mapping[str, Any]]
    grounding_tool_count: Sequence[GroundingToolCount | Mapping[str, Any]]
    input_tokens_by_modality: Sequence[ModalityTokens | Mapping[str, Any]]
    output_tokens_by_modality: Sequence[ModalityTokens | Mapping[str, Any]]
    tool_use_tokens_by_modality: Sequence[ModalityTokens | Mapping[str, Any]]
    total_cached_tokens: int
    total_input_tokens: int
    total_output_tokens: int
    total_thought_tokens: int
    total_tokens: int
    total_tool_use_tokens: int


class UserInputStepDict(TypedDict, total=False):
    """``UserInputStep`` as a dict with Python names (every key optional)."""

    content: Sequence[Content | Mapping[str, Any]]
    type: str


class VertexAISearchConfigDict(TypedDict, total=False):
    """``VertexAISearchConfig`` as a dict with Python names (every key optional)."""

    datastores: Sequence[str]
    engine: str


class VideoContentDict(TypedDict, total=False):
    """``VideoContent`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: VideoContentMimeType | str
    resolution: MediaResolution | str
    type: str
    uri: str


class VideoDeltaDict(TypedDict, total=False):
    """``VideoDelta`` as a dict with Python names (every key optional)."""

    data: bytes | str
    mime_type: VideoDeltaMimeType | str
    resolution: MediaResolution | str
    type: str
    uri: str


class WebhookDict(TypedDict, total=False):
    """``Webhook`` as a dict with Python names (every key optional)."""

    create_time: str
    id: str
    name: str
    new_signing_secret: str
    signing_secrets: Sequence[SigningSecret | Mapping[str, Any]]
    state: WebhookState | str
    subscribed_events: Sequence[Any]
    update_time: str
    uri: str


class WebhookConfigDict(TypedDict, total=False):
    """``WebhookConfig`` as a dict with Python names (every key optional)."""

    uris: Sequence[str]
    user_metadata: Mapping[str, Any]


class WebhookUpdateDict(TypedDict, total=False):
    """``WebhookUpdate`` as a dict with Python names (every key optional)."""

    name: str
    state: WebhookUpdateState | str
    subscribed_events: Sequence[Any]
    uri: str
