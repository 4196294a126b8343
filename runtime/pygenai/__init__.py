"""pygenai: the Gemini API for Python.

Public names load on first use (module ``__getattr__``), so ``import pygenai`` costs almost nothing.
"""

from __future__ import annotations

import warnings
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._core.version import __version__ as __version__

# Public name -> the private module that defines it; nothing is imported until used. A new entry also goes in
# __all__ and the TYPE_CHECKING imports below (tests/runtime/test_client_config.py checks they agree).
_EXPORTS: dict[str, str] = {
    "InteractionFunctionCallingResult": ".interactions._loop",
    "AsyncInteractionEvents": ".interactions._async.events",
    "InteractionEvents": ".interactions._sync.events",
    "AsyncConversationStream": ".interactions._async.conversation",
    "AsyncConversation": ".interactions._async.conversation",
    "ConversationStream": ".interactions._sync.conversation",
    "Conversation": ".interactions._sync.conversation",
    "FinalInteractionEvent": ".interactions._events",
    "DEFAULT_RESEARCH_AGENT": ".interactions._research",
    "ResearchProgressBar": ".interactions._research",
    "ResearchReport": ".interactions._research",
    "InteractionProgress": ".interactions._progress",
    "interaction_outcome": ".interactions._poll",
    "PollPolicy": ".interactions._poll",
    "InteractionPending": ".interactions._poll",
    "InteractionRequiresAction": ".interactions._poll",
    "InteractionBudgetExceeded": ".interactions._poll",
    "InteractionIncomplete": ".interactions._poll",
    "InteractionCancelled": ".interactions._poll",
    "InteractionFailed": ".interactions._poll",
    "InteractionCompleted": ".interactions._poll",
    "InteractionOutcome": ".interactions._poll",
    "InteractionAccumulator": ".interactions._accumulate",
    "AsyncInteractionStream": ".interactions._async.stream",
    "InteractionStream": ".interactions._sync.stream",
    "InteractionThought": ".interactions._result",
    "InteractionUsage": ".interactions._result",
    "Interaction": ".interactions._result",
    "UnknownWebhookEvent": "._core.webhooks",
    "InteractionWebhookEvent": "._core.webhooks",
    "BatchWebhookEvent": "._core.webhooks",
    "WebhookEvent": "._core.webhooks",
    "verify_webhook": ".interactions._webhooks",
    "WebhookVerificationError": "._core.errors",
    "InteractionStatusError": "._core.errors",
    "ConfigTypeError": "._core.errors",
    "InvalidRequestError": "._core.errors",
    "MCPServerError": "._core.errors",
    "MCPResultError": "._core.errors",
    "UnencodableValueError": "._core.errors",
    "InvalidAPIKeyError": "._core.errors",
    "Client": "._client._sync.client",
    "AsyncClient": "._client._async.client",
    "RequestOptions": "._core.options",
    "Stream": "._io._sync.stream",
    "AsyncStream": "._io._async.stream",
    "RawResponse": "._core.raw",
    "raw_response": "._core.raw",
    "RetryPolicy": "._core.retry",
    "CircuitBreaker": "._core.retry",
    "Attempt": "._core.hooks",
    "AttemptHook": "._core.hooks",
    "RetryLog": "._core.hooks",
    "PygenaiError": "._core.errors",
    "ResponseDecodeError": "._core.errors",
    "MissingAPIKeyError": "._core.errors",
    "MissingDependencyError": "._core.errors",
    "APIError": "._core.errors",
    "APIStatusError": "._core.errors",
    "BadRequestError": "._core.errors",
    "AuthenticationError": "._core.errors",
    "PermissionDeniedError": "._core.errors",
    "NotFoundError": "._core.errors",
    "RequestTimeoutError": "._core.errors",
    "ConflictError": "._core.errors",
    "UnprocessableEntityError": "._core.errors",
    "RateLimitError": "._core.errors",
    "InternalServerError": "._core.errors",
    "ServiceUnavailableError": "._core.errors",
    "GatewayTimeoutError": "._core.errors",
    "APIConnectionError": "._core.errors",
    "APITimeoutError": "._core.errors",
    "DeadlineExceededError": "._core.errors",
    "StreamError": "._core.errors",
    "CircuitOpenError": "._core.errors",
    "NoAnswerError": "._core.errors",
    "PromptBlockedError": "._core.errors",
    "CandidateBlockedError": "._core.errors",
    "MaxTokensError": "._core.errors",
    "MalformedFunctionCallError": "._core.errors",
    "UnknownFinishReasonError": "._core.errors",
    "NoTextError": "._core.errors",
    "ChatHistoryError": "._core.errors",
    "ConversationLoadError": "._core.errors",
    "ToolDefinitionError": "._core.errors",
    "ToolArgumentError": "._core.errors",
    "ToolPairingError": "._core.errors",
    "StructuredOutputError": "._core.errors",
    "UnsupportedTypeError": "._core.errors",
    "PaginationError": "._core.errors",
    "UploadError": "._core.errors",
    "FileProcessingError": "._core.errors",
    "WaitTimeoutError": "._core.errors",
    "BatchError": "._core.errors",
    "AgentRunError": "._core.errors",
    "UsageLimitExceededError": "._core.errors",
    "OutputRetriesExceededError": "._core.errors",
    "CheckpointError": "._core.errors",
    "CheckpointNotFoundError": "._core.errors",
    "CheckpointMismatchError": "._core.errors",
    "CheckpointCorruptError": "._core.errors",
    "CheckpointBusyError": "._core.errors",
    "TeamRunError": "._core.errors",
    "TeamDefinitionError": "._core.errors",
    "ModelRetry": "._core.errors",
    "ErrorDetail": "._core.error_details",
    "RetryInfo": "._core.error_details",
    "QuotaFailure": "._core.error_details",
    "QuotaViolation": "._core.error_details",
    "ErrorInfo": "._core.error_details",
    "BadRequest": "._core.error_details",
    "FieldViolation": "._core.error_details",
    "Help": "._core.error_details",
    "HelpLink": "._core.error_details",
    "LocalizedMessage": "._core.error_details",
    "UnknownDetail": "._core.error_details",
    "Outcome": "._core.outcome",
    "GenerateContentResponse": ".gemini._response",
    "GenerateContentChunk": ".gemini._response",
    "TokenUsage": ".gemini._response",
    "CodeRun": ".gemini._response",
    "UrlRetrieval": ".gemini._response",
    "AutomaticFunctionCallingResult": ".gemini._response",
    "GenerateContentConfig": ".gemini._config",
    "AutomaticFunctionCallingConfig": ".gemini._config",
    "Chat": ".gemini._sync.chats",
    "AsyncChat": ".gemini._async.chats",
    "GenerateContentStream": ".gemini._sync.stream",
    "AsyncGenerateContentStream": ".gemini._async.stream",
    "GenerateContentEvents": ".gemini._sync.events",
    "AsyncGenerateContentEvents": ".gemini._async.events",
    "TextEvent": ".gemini._events",
    "FunctionCallEvent": ".gemini._events",
    "FunctionResultEvent": ".gemini._events",
    "FinalEvent": ".gemini._events",
    "tool": ".tools._declarations",
    "FunctionTool": ".tools._declarations",
    "ToolDefinition": ".tools._declarations",
    "ToolInvocation": ".tools._calls",
    "ToolResult": ".tools._calls",
    "ToolOutput": ".tools._calls",
    "Toolset": ".tools._toolset",
    "FunctionToolset": ".tools._toolset",
    "tool_config": ".gemini._wire",
    "function_response_part": ".gemini._wire",
    "pair_function_responses": ".gemini._wire",
    "Citation": ".gemini._citations",
    "CitedText": ".gemini._citations",
    "Pager": "._io._sync.pager",
    "AsyncPager": "._io._async.pager",
    "paginate": "._io._sync.pager",
    "paginate_async": "._io._async.pager",
    "BatchJob": ".gemini._batches",
    "BatchResult": ".gemini._batches",
    "BatchProgress": ".gemini._batches",
    "batch_jsonl": ".gemini._batches",
    "Embeddings": ".gemini._sync.embeddings",
    "AsyncEmbeddings": ".gemini._async.embeddings",
    "EmbedResult": ".gemini._embeddings",
}

# Old names that meant something else than the pygenai.types name of the same spelling: still working, with a
# DeprecationWarning naming the new one.
_RENAMED: dict[str, tuple[str, str]] = {
    "FunctionCall": ("ToolInvocation", "pygenai.types.FunctionCall is the wire model of a call"),
    "CodeExecution": ("CodeRun", "pygenai.types.CodeExecution is the code-execution tool"),
    "Usage": ("TokenUsage", "pygenai.types.interactions.Usage is the Interactions usage model"),
}

__all__ = [
    "DEFAULT_RESEARCH_AGENT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AgentRunError",
    "AsyncChat",
    "AsyncClient",
    "AsyncConversation",
    "AsyncConversationStream",
    "AsyncEmbeddings",
    "AsyncGenerateContentEvents",
    "AsyncGenerateContentStream",
    "AsyncInteractionEvents",
    "AsyncInteractionStream",
    "AsyncPager",
    "AsyncStream",
    "Attempt",
    "AttemptHook",
    "AuthenticationError",
    "AutomaticFunctionCallingConfig",
    "AutomaticFunctionCallingResult",
    "BadRequest",
    "BadRequestError",
    "BatchError",
    "BatchJob",
    "BatchProgress",
    "BatchResult",
    "BatchWebhookEvent",
    "CandidateBlockedError",
    "Chat",
    "ChatHistoryError",
    "CheckpointBusyError",
    "CheckpointCorruptError",
    "CheckpointError",
    "CheckpointMismatchError",
    "CheckpointNotFoundError",
    "CircuitBreaker",
    "CircuitOpenError",
    "Citation",
    "CitedText",
    "Client",
    "CodeRun",
    "ConfigTypeError",
    "ConflictError",
    "Conversation",
    "ConversationLoadError",
    "ConversationStream",
    "DeadlineExceededError",
    "EmbedResult",
    "Embeddings",
    "ErrorDetail",
    "ErrorInfo",
    "FieldViolation",
    "FileProcessingError",
    "FinalEvent",
    "FinalInteractionEvent",
    "FunctionCallEvent",
    "FunctionResultEvent",
    "FunctionTool",
    "FunctionToolset",
    "GatewayTimeoutError",
    "GenerateContentChunk",
    "GenerateContentConfig",
    "GenerateContentEvents",
    "GenerateContentResponse",
    "GenerateContentStream",
    "Help",
    "HelpLink",
    "Interaction",
    "InteractionAccumulator",
    "InteractionBudgetExceeded",
    "InteractionCancelled",
    "InteractionCompleted",
    "InteractionEvents",
    "InteractionFailed",
    "InteractionFunctionCallingResult",
    "InteractionIncomplete",
    "InteractionOutcome",
    "InteractionPending",
    "InteractionProgress",
    "InteractionRequiresAction",
    "InteractionStatusError",
    "InteractionStream",
    "InteractionThought",
    "InteractionUsage",
    "InteractionWebhookEvent",
    "InternalServerError",
    "InvalidAPIKeyError",
    "InvalidRequestError",
    "LocalizedMessage",
    "MCPResultError",
    "MCPServerError",
    "MalformedFunctionCallError",
    "MaxTokensError",
    "MissingAPIKeyError",
    "MissingDependencyError",
    "ModelRetry",
    "NoAnswerError",
    "NoTextError",
    "NotFoundError",
    "Outcome",
    "OutputRetriesExceededError",
    "Pager",
    "PaginationError",
    "PermissionDeniedError",
    "PollPolicy",
    "PromptBlockedError",
    "PygenaiError",
    "QuotaFailure",
    "QuotaViolation",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "RequestTimeoutError",
    "ResearchProgressBar",
    "ResearchReport",
    "ResponseDecodeError",
    "RetryInfo",
    "RetryLog",
    "RetryPolicy",
    "ServiceUnavailableError",
    "Stream",
    "StreamError",
    "StructuredOutputError",
    "TeamDefinitionError",
    "TeamRunError",
    "TextEvent",
    "TokenUsage",
    "ToolArgumentError",
    "ToolDefinition",
    "ToolDefinitionError",
    "ToolInvocation",
    "ToolOutput",
    "ToolPairingError",
    "ToolResult",
    "Toolset",
    "UnencodableValueError",
    "UnknownDetail",
    "UnknownFinishReasonError",
    "UnknownWebhookEvent",
    "UnprocessableEntityError",
    "UnsupportedTypeError",
    "UploadError",
    "UrlRetrieval",
    "UsageLimitExceededError",
    "WaitTimeoutError",
    "WebhookEvent",
    "WebhookVerificationError",
    "batch_jsonl",
    "function_response_part",
    "interaction_outcome",
    "paginate",
    "paginate_async",
    "pair_function_responses",
    "raw_response",
    "tool",
    "tool_config",
    "verify_webhook",
]

if TYPE_CHECKING:  # what _EXPORTS loads lazily, spelled out for type checkers and IDEs
    from ._client._async.client import AsyncClient
    from ._client._sync.client import Client
    from ._core.error_details import (
        BadRequest,
        ErrorDetail,
        ErrorInfo,
        FieldViolation,
        Help,
        HelpLink,
        LocalizedMessage,
        QuotaFailure,
        QuotaViolation,
        RetryInfo,
        UnknownDetail,
    )
    from ._core.errors import (
        AgentRunError,
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BatchError,
        CandidateBlockedError,
        ChatHistoryError,
        CheckpointBusyError,
        CheckpointCorruptError,
        CheckpointError,
        CheckpointMismatchError,
        CheckpointNotFoundError,
        CircuitOpenError,
        ConfigTypeError,
        ConflictError,
        ConversationLoadError,
        DeadlineExceededError,
        FileProcessingError,
        GatewayTimeoutError,
        InteractionStatusError,
        InternalServerError,
        InvalidAPIKeyError,
        InvalidRequestError,
        MalformedFunctionCallError,
        MaxTokensError,
        MCPResultError,
        MCPServerError,
        MissingAPIKeyError,
        MissingDependencyError,
        ModelRetry,
        NoAnswerError,
        NoTextError,
        NotFoundError,
        OutputRetriesExceededError,
        PaginationError,
        PermissionDeniedError,
        PromptBlockedError,
        PygenaiError,
        RateLimitError,
        RequestTimeoutError,
        ResponseDecodeError,
        ServiceUnavailableError,
        StreamError,
        StructuredOutputError,
        TeamDefinitionError,
        TeamRunError,
        ToolArgumentError,
        ToolDefinitionError,
        ToolPairingError,
        UnencodableValueError,
        UnknownFinishReasonError,
        UnprocessableEntityError,
        UnsupportedTypeError,
        UploadError,
        UsageLimitExceededError,
        WaitTimeoutError,
        WebhookVerificationError,
    )
    from ._core.hooks import Attempt, AttemptHook, RetryLog
    from ._core.options import RequestOptions
    from ._core.outcome import Outcome
    from ._core.raw import RawResponse, raw_response
    from ._core.retry import CircuitBreaker, RetryPolicy
    from ._core.webhooks import BatchWebhookEvent, InteractionWebhookEvent, UnknownWebhookEvent, WebhookEvent
    from ._io._async.pager import AsyncPager, paginate_async
    from ._io._async.stream import AsyncStream
    from ._io._sync.pager import Pager, paginate
    from ._io._sync.stream import Stream
    from .gemini._async.chats import AsyncChat
    from .gemini._async.embeddings import AsyncEmbeddings
    from .gemini._async.events import AsyncGenerateContentEvents
    from .gemini._async.stream import AsyncGenerateContentStream
    from .gemini._batches import BatchJob, BatchProgress, BatchResult, batch_jsonl
    from .gemini._citations import Citation, CitedText
    from .gemini._config import AutomaticFunctionCallingConfig, GenerateContentConfig
    from .gemini._embeddings import EmbedResult
    from .gemini._events import FinalEvent, FunctionCallEvent, FunctionResultEvent, TextEvent
    from .gemini._response import (
        AutomaticFunctionCallingResult,
        CodeRun,
        GenerateContentChunk,
        GenerateContentResponse,
        TokenUsage,
        UrlRetrieval,
    )
    from .gemini._sync.chats import Chat
    from .gemini._sync.embeddings import Embeddings
    from .gemini._sync.events import GenerateContentEvents
    from .gemini._sync.stream import GenerateContentStream
    from .gemini._wire import function_response_part, pair_function_responses, tool_config
    from .interactions._accumulate import InteractionAccumulator
    from .interactions._async.conversation import AsyncConversation, AsyncConversationStream
    from .interactions._async.events import AsyncInteractionEvents
    from .interactions._async.stream import AsyncInteractionStream
    from .interactions._events import FinalInteractionEvent
    from .interactions._loop import InteractionFunctionCallingResult
    from .interactions._poll import (
        InteractionBudgetExceeded,
        InteractionCancelled,
        InteractionCompleted,
        InteractionFailed,
        InteractionIncomplete,
        InteractionOutcome,
        InteractionPending,
        InteractionRequiresAction,
        PollPolicy,
        interaction_outcome,
    )
    from .interactions._progress import InteractionProgress
    from .interactions._research import (
        DEFAULT_RESEARCH_AGENT,
        ResearchProgressBar,
        ResearchReport,
    )
    from .interactions._result import Interaction, InteractionThought, InteractionUsage
    from .interactions._sync.conversation import Conversation, ConversationStream
    from .interactions._sync.events import InteractionEvents
    from .interactions._sync.stream import InteractionStream
    from .interactions._webhooks import verify_webhook
    from .tools._calls import ToolInvocation, ToolOutput, ToolResult
    from .tools._declarations import FunctionTool, ToolDefinition, tool
    from .tools._toolset import FunctionToolset, Toolset


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        if name == "types":  # `import pygenai; pygenai.types.Part(...)`, as google-genai's `genai.types`
            return import_module(".types", __name__)
        if name == "mcp":  # `pygenai.mcp.stdio(...)`: the MCP SDK is imported on this first use only
            return import_module(".mcp", __name__)
        if name == "agent_framework":  # `pygenai.agent_framework.Agent(...)`: loaded on first use
            return import_module(".agent_framework", __name__)
        renamed = _RENAMED.get(name)
        if renamed is None:
            from ._core.porting import missing_module_attribute  # a google-genai name says what pygenai calls it

            raise missing_module_attribute("pygenai", name)
        new, why = renamed
        warnings.warn(f"pygenai.{name} is now pygenai.{new} ({why})", DeprecationWarning, stacklevel=2)
        return __getattr__(new)
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
