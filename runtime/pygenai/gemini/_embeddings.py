"""Embeddings and token counts in one call each, over the generated ``embedContent``, ``batchEmbedContents`` and
``countTokens`` operations.

::

    embeddings = pygenai.Embeddings(client)
    result = embeddings.embed("gemini-embedding-001", ["first text", "second text"], task_type="RETRIEVAL_DOCUMENT")
    result.vectors          # [[0.01, ...], [0.02, ...]]
    result.prompt_token_count
    embeddings.count_tokens("gemini-2.5-flash", "How many tokens is this?")   # 7

One text goes to ``embedContent``; a list goes to ``batchEmbedContents`` in groups of ``batch_size`` (the API takes
at most 100 per call), and the vectors come back in input order. Batch usage arrives as ``promptTokenDetails``
(singular, unlike every other usage object); both spellings are read.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeAlias

from pygenai_generated.gemini_types import (
    BatchEmbedContentsResponse,
    Content,
    ModalityTokenCount,
)

from .._core.errors import ResponseDecodeError
from .._core.model import WireModel
from ._contents import to_part

__all__ = ["MAX_BATCH", "EmbedInput", "EmbedResult", "embed_settings", "embeddings_response", "python_settings"]

MAX_BATCH: Final = 100

EmbedInput: TypeAlias = "str | Content | Mapping[str, Any]"
"""One thing to embed: a text, or a ``Content`` (model or wire dict) for several parts or other media."""


@dataclass(frozen=True, slots=True)
class EmbedResult:
    """The vectors of one ``embed`` call, in input order, and the usage the service reported (summed)."""

    vectors: list[list[float]]
    prompt_token_count: int | None = None
    prompt_tokens_details: list[ModalityTokenCount] = field(default_factory=list)

    @property
    def vector(self) -> list[float]:
        """The only vector, when one input was embedded."""
        if len(self.vectors) != 1:
            raise ValueError(f"this result holds {len(self.vectors)} vectors; use .vectors")
        return self.vectors[0]


def _model_name(model: str) -> str:
    return model if "/" in model else f"models/{model}"


def _content(value: Any) -> dict[str, Any]:
    if isinstance(value, Content):
        return value._data
    if isinstance(value, Mapping) and not isinstance(value, WireModel) and "parts" in value:
        return Content._coerce_mapping(value)
    return {"parts": [to_part(value)]}


def _items(contents: EmbedInput | Sequence[EmbedInput]) -> tuple[list[dict[str, Any]], bool]:
    """The contents to embed, and whether a single one was given."""
    if isinstance(contents, (str, Mapping, WireModel)):
        return [_content(contents)], True
    items = [_content(item) for item in contents]
    if not items:
        raise ValueError("nothing to embed")
    return items, False


def _values(embedding: Any) -> list[float]:
    values = embedding.values if embedding is not None else None
    if values is None:
        raise ResponseDecodeError("embedding.values", "the service returned an embedding without values")
    return list(values)


class _Usage:
    """Embedding usage summed over the calls of one ``embed``."""

    __slots__ = ("count", "details")

    def __init__(self) -> None:
        self.count: int | None = None
        self.details: dict[str, dict[str, Any]] = {}

    def add(self, response: WireModel) -> None:
        usage = response._data.get("usageMetadata")
        if not isinstance(usage, dict):
            return
        count = usage.get("promptTokenCount")
        if isinstance(count, int):
            self.count = (self.count or 0) + count
        details = usage.get("promptTokenDetails", usage.get("promptTokensDetails"))
        for item in details if isinstance(details, list) else ():
            if isinstance(item, dict):
                modality = str(item.get("modality", "MODALITY_UNSPECIFIED"))
                merged = self.details.setdefault(modality, {"modality": modality, "tokenCount": 0})
                tokens = item.get("tokenCount")
                merged["tokenCount"] += tokens if isinstance(tokens, int) else 0

    def result(self, vectors: list[list[float]]) -> EmbedResult:
        details = [ModalityTokenCount._wrap(d) for d in self.details.values()]
        return EmbedResult(vectors, self.count, details)


def _requests(model: str, items: list[dict[str, Any]], extra: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"model": model, "content": item, **extra} for item in items]


_CONFIG_KEYS: Final = {"task_type": "taskType", "output_dimensionality": "outputDimensionality", "title": "title"}


def embed_settings(config: Mapping[str, Any] | object | None, **keywords: Any) -> dict[str, Any]:
    """The wire settings of ``embed_content``: google-genai's ``config`` (mapping or ``EmbedContentConfig``) and
    the keyword arguments; a setting given both ways, or a key the API does not take, is a ``TypeError``."""
    from .._core.model import foreign_dict

    given: Mapping[str, Any] | None = {}
    if config is not None:
        given = config if isinstance(config, Mapping) else foreign_dict(config)
    if given is None:
        raise TypeError(f"config must be a mapping (EmbedContentConfig), not {type(config).__name__}")
    out: dict[str, Any] = {}
    for key, value in given.items():
        if value is None:
            continue
        if key not in _CONFIG_KEYS:
            close = difflib.get_close_matches(key, _CONFIG_KEYS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; the keys are {', '.join(_CONFIG_KEYS)}"
            raise TypeError(f"unknown embed_content config key {key!r}{hint}")
        if keywords.get(key) is not None:
            raise TypeError(f"{key} is given both as a keyword argument and in config")
        out[_CONFIG_KEYS[key]] = value
    for key, value in keywords.items():
        if value is not None:
            out[_CONFIG_KEYS[key]] = value
    return out


def embeddings_response(responses: list[WireModel], single: bool) -> BatchEmbedContentsResponse:
    """One ``BatchEmbedContentsResponse`` (``embeddings`` in input order, usage summed) from the calls made."""
    embeddings: list[Any] = []
    for response in responses:
        data = response._data
        if single:
            embeddings.append(data.get("embedding"))
        else:
            embeddings.extend(data.get("embeddings") or ())
    merged: dict[str, Any] = {"embeddings": embeddings}
    usage = _Usage()
    for response in responses:
        usage.add(response)
    if usage.count is not None:
        merged["usageMetadata"] = {"promptTokenCount": usage.count, "promptTokenDetails": list(usage.details.values())}
    return BatchEmbedContentsResponse._wrap(merged)


def _extra(task_type: str | None, output_dimensionality: int | None, title: str | None) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if task_type is not None:
        extra["taskType"] = task_type
    if output_dimensionality is not None:
        extra["outputDimensionality"] = output_dimensionality
    if title is not None:
        extra["title"] = title
    return extra


def _check_batch_size(batch_size: int) -> None:
    if not 1 <= batch_size <= MAX_BATCH:
        raise ValueError(f"batch_size must be between 1 and {MAX_BATCH}")


_PYTHON_NAMES: Final = {"taskType": "task_type", "outputDimensionality": "output_dimensionality", "title": "title"}


def python_settings(extra: dict[str, Any]) -> dict[str, Any]:
    """Wire settings (``taskType``) as the generated method's keyword arguments (``task_type``)."""
    return _python_names(extra)


def _python_names(extra: dict[str, Any]) -> dict[str, Any]:
    return {_PYTHON_NAMES[k]: v for k, v in extra.items()}


def _batch_vectors(response: BatchEmbedContentsResponse, expected: int) -> list[list[float]]:
    embeddings = response.embeddings or []
    if len(embeddings) != expected:
        raise ResponseDecodeError("embeddings", f"sent {expected} inputs but got {len(embeddings)} embeddings back")
    return [_values(e) for e in embeddings]
