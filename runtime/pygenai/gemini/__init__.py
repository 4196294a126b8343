"""The GenerateContent experience: contents and config conveniences, typed outcomes, function calling, chats
with byte-faithful history, streams that accumulate the turn, files, caches, batches, embeddings.

Most names are re-exported by ``pygenai``; the resources are reached through ``client.models``,
``client.chats``, ``client.files``, ``client.caches`` and ``client.batches``.
"""

from ._batches import BatchJob, BatchProgress, BatchResult, batch_jsonl
from ._caches import duration, timestamp
from ._citations import Citation, CitedText
from ._config import AutomaticFunctionCallingConfig, GenerateContentConfig
from ._embeddings import EmbedResult
from ._events import FinalEvent, FunctionCallEvent, FunctionResultEvent, GenerateContentEvent, TextEvent
from ._response import (
    AutomaticFunctionCallingResult,
    CodeRun,
    GenerateContentChunk,
    GenerateContentResponse,
    TokenUsage,
    UrlRetrieval,
)
from ._wire import GEMINI_WIRE, function_calls, function_response_part, pair_function_responses, tool_config

__all__ = [
    "GEMINI_WIRE",
    "AutomaticFunctionCallingConfig",
    "AutomaticFunctionCallingResult",
    "BatchJob",
    "BatchProgress",
    "BatchResult",
    "Citation",
    "CitedText",
    "CodeRun",
    "EmbedResult",
    "FinalEvent",
    "FunctionCallEvent",
    "FunctionResultEvent",
    "GenerateContentChunk",
    "GenerateContentConfig",
    "GenerateContentEvent",
    "GenerateContentResponse",
    "TextEvent",
    "TokenUsage",
    "UrlRetrieval",
    "batch_jsonl",
    "duration",
    "function_calls",
    "function_response_part",
    "pair_function_responses",
    "timestamp",
    "tool_config",
]
