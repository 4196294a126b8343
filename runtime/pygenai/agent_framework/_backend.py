"""Where the agent sends its model requests: the seam between the loop and an API surface.

:class:`GenerateContentBackend` sends the whole history to ``client.models.generate_content`` each step (the
tools declared, never run there: the agent runs them). A sync :class:`pygenai.Client` is called in a worker
thread. An Interactions backend (stateful, ``previous_interaction_id``) is the next slice's: it implements the
same :class:`ModelBackend` protocol.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any, Protocol, TypeAlias

from .._io._async.concurrency import run_blocking

__all__ = ["GenerateContentBackend", "ModelBackend", "ModelReply"]

JSONObject: TypeAlias = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class ModelReply:
    """One response: ``data`` in wire form (``candidates``, ``usageMetadata``), and ``answer_text`` giving the
    answer text of a turn without calls, or raising pygenai's typed :class:`~pygenai.NoAnswerError` that says why
    there is none (a blocked prompt or candidate, ``MAX_TOKENS``, ...)."""

    data: JSONObject
    answer_text: Callable[[], str]


class ModelBackend(Protocol):
    """Sends one step's request and returns the :class:`ModelReply`."""

    async def request(self, contents: Sequence[JSONObject], config: JSONObject) -> ModelReply: ...

    def reply(self, data: JSONObject) -> ModelReply:
        """The reply a request answered with ``data`` (a recorded reply, replayed by a resumed run)."""
        ...


class GenerateContentBackend:
    """GenerateContent over a :class:`pygenai.Client` or :class:`pygenai.AsyncClient`."""

    def __init__(self, client: Any, model: str) -> None:
        self.client = client
        self.model = model

    async def request(self, contents: Sequence[JSONObject], config: JSONObject) -> ModelReply:
        generate: Callable[..., Any] = self.client.models.generate_content
        call = partial(generate, model=self.model, contents=list(contents), config=config)
        if _is_async(self.client):
            response = await _awaited(call())
        else:
            response = await run_blocking(call)
        data: JSONObject = response._data
        return ModelReply(data, lambda: str(response.text))

    def reply(self, data: JSONObject) -> ModelReply:
        from ..gemini._response import GenerateContentResponse

        response = GenerateContentResponse._wrap(data)
        return ModelReply(data, lambda: str(response.text))


def _is_async(client: Any) -> bool:
    from .._client._async.client import AsyncClient

    return isinstance(client, AsyncClient)


async def _awaited(value: Awaitable[Any]) -> Any:
    return await value
