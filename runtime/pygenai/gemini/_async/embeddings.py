"""Embeddings and token counts in one call each (see ``pygenai.gemini._embeddings`` for the rules)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Unpack

from pygenai_generated.gemini_resources import AsyncModels as _GeneratedAsyncModels
from pygenai_generated.gemini_types import BatchEmbedContentsResponse, EmbedContentRequestTaskType

from ..._core.model import WireModel
from ..._core.options import RequestOptions
from ..._io._async.resource import AsyncResourceClient
from .._contents import ContentsInput, to_contents
from .._embeddings import (
    MAX_BATCH,
    EmbedInput,
    EmbedResult,
    _batch_vectors,
    _check_batch_size,
    _extra,
    _items,
    _model_name,
    _python_names,
    _requests,
    _Usage,
    _values,
    embeddings_response,
)

__all__ = ["AsyncEmbeddings"]


class AsyncEmbeddings:
    """Embedding and token-count conveniences for a client (see the module docstring of ``_embeddings``)."""

    __slots__ = ("_models",)

    def __init__(self, client: AsyncResourceClient) -> None:
        self._models = _GeneratedAsyncModels(client)

    async def embed(
        self,
        model: str,
        contents: EmbedInput | Sequence[EmbedInput],
        *,
        task_type: EmbedContentRequestTaskType | str | None = None,
        output_dimensionality: int | None = None,
        title: str | None = None,
        batch_size: int = MAX_BATCH,
        **options: Unpack[RequestOptions],
    ) -> EmbedResult:
        """Embed one text (or ``Content``) or a list of them; vectors come back in input order.

        ``task_type`` (``RETRIEVAL_QUERY``, ``RETRIEVAL_DOCUMENT``, ``SEMANTIC_SIMILARITY``, ...),
        ``output_dimensionality`` (truncates the vectors) and ``title`` (documents) apply to every input.
        """
        _check_batch_size(batch_size)
        items, single = _items(contents)
        name = _model_name(model)
        extra = _extra(task_type, output_dimensionality, title)
        usage = _Usage()
        if single:
            one = await self._models.embed_content(model=name, content=items[0], **_python_names(extra), **options)
            usage.add(one)
            return usage.result([_values(one.embedding)])
        vectors: list[list[float]] = []
        for start in range(0, len(items), batch_size):
            group = items[start : start + batch_size]
            batch = await self._models.batch_embed_contents(
                model=name, requests=_requests(name, group, extra), **options
            )
            usage.add(batch)
            vectors.extend(_batch_vectors(batch, len(group)))
        return usage.result(vectors)

    async def embed_content(
        self, model: str, contents: EmbedInput | Sequence[EmbedInput], settings: dict[str, Any], options: RequestOptions
    ) -> BatchEmbedContentsResponse:
        """google-genai's ``embed_content``: every embedding, in input order, in one response (see
        ``pygenai.Models.embed_content``)."""
        items, single = _items(contents)
        name = _model_name(model)
        if single:
            one = await self._models.embed_content(model=name, content=items[0], **_python_names(settings), **options)
            return embeddings_response([one], single=True)
        responses: list[WireModel] = []
        for start in range(0, len(items), MAX_BATCH):
            group = items[start : start + MAX_BATCH]
            batch = await self._models.batch_embed_contents(
                model=name, requests=_requests(name, group, settings), **options
            )
            _batch_vectors(batch, len(group))  # checks the count
            responses.append(batch)
        return embeddings_response(responses, single=False)

    async def count_tokens(self, model: str, contents: ContentsInput, **options: Unpack[RequestOptions]) -> int:
        """The number of tokens ``contents`` (anything ``generate_content`` takes) is for ``model``."""
        response = await self._models.count_tokens(model=model, contents=to_contents(contents), **options)
        return response.total_tokens or 0
