"""Where the agent sends its model requests: the seam between the loop and an API surface.

A backend knows one API's wire: how a request is configured (:meth:`ModelBackend.settings`), how a history is sent
(:meth:`~ModelBackend.request`, or :meth:`~ModelBackend.stream` with the text as it arrives), what a reply adds
to the history (:meth:`~ModelBackend.turn`), how the tool calls are read and answered (``wire``), and how usage
is counted. The loop (``_agent``) keeps the history and asks the backend for everything else.

:class:`GenerateContentBackend` sends the whole history to ``client.models.generate_content`` each step (the tools
declared, never run there: the agent runs them). The Interactions backend is in ``_interactions_backend``. A sync
:class:`pygenai.Client` is called in a worker thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeAlias, cast

import anyio.from_thread

from pygenai_generated.gemini_types import Content

from .._core.errors import UnencodableValueError
from .._io._async.concurrency import run_blocking
from ..gemini._wire import GEMINI_WIRE, gemini_tools
from ..tools import Toolbox, ToolInvocation, ToolWire

if TYPE_CHECKING:
    from ..tools._structured import StructuredOutput
    from ._usage import Usage

__all__ = ["GenerateContentBackend", "ModelBackend", "ModelReply", "TextSink"]

JSONObject: TypeAlias = dict[str, Any]
TextSink: TypeAlias = Callable[[str], None]
"""Receives each fragment of answer text as it streams in (called on the event loop's thread)."""


@dataclasses.dataclass(frozen=True)
class ModelReply:
    """One response: ``data`` in wire form (``candidates``, ``usageMetadata``; an interaction's JSON for the
    Interactions backend), and ``answer_text`` giving the answer text of a turn without calls, or raising pygenai's
    typed error that says why there is none (a blocked prompt or candidate, ``MAX_TOKENS``, an interaction's
    status, ...)."""

    data: JSONObject
    answer_text: Callable[[], str]


class ModelBackend(Protocol):
    """One API surface as the agent loop sees it (see the module docstring)."""

    wire: ToolWire
    """How tool calls are read from a model turn and answered."""

    owned: Mapping[str, str]
    """Settings the agent sets itself, and the ``Agent`` argument that takes each (refused in ``config``)."""

    def settings(
        self,
        toolbox: Toolbox,
        *,
        declare_functions: bool,
        instructions: str | None,
        structured: StructuredOutput[Any] | None,
        extra: Mapping[str, Any],
    ) -> JSONObject:
        """The settings every request of a run sends: ``extra`` plus the tools (the function declarations only when
        ``declare_functions``), the instructions and the output schema."""
        ...

    async def request(self, contents: Sequence[JSONObject], config: JSONObject) -> ModelReply:
        """Send the history ``contents`` (as this API needs it) with ``config``; the reply."""
        ...

    async def stream(self, contents: Sequence[JSONObject], config: JSONObject, on_text: TextSink) -> ModelReply:
        """:meth:`request`, streamed: ``on_text`` gets each fragment of answer text as it arrives; the whole reply
        (what :meth:`request` returns) once the stream ended."""
        ...

    def reply(self, data: JSONObject) -> ModelReply:
        """The reply a request answered with ``data`` (a recorded reply, replayed by a resumed run)."""
        ...

    def turn(self, data: JSONObject) -> JSONObject:
        """The model turn a reply adds to the history, exactly as received."""
        ...

    def user_turn(self, text: str) -> JSONObject:
        """A user turn holding ``text`` (a prompt, a retry request, an observation)."""
        ...

    def history(self, turns: Sequence[Any]) -> list[JSONObject]:
        """A prompt given as turns (an earlier run's ``messages``, ...), as this API's history: checked, in wire
        form, new dicts (the caller's are not changed by the run)."""
        ...

    def builtin_tool(self, name: str) -> JSONObject:
        """The wire tool for the API's built-in tool ``name`` (``"google_search"``, ...); ``ValueError`` naming the
        known ones for another name."""
        ...

    def answer_turn(self, calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
        """The turn answering every call of a model turn, in call order."""
        ...

    def texts(self, turn: Mapping[str, Any]) -> tuple[str, str]:
        """A model turn's thought summaries and its answer text."""
        ...

    def count(self, usage: Usage, data: JSONObject) -> None:
        """Count one response (its token usage) in ``usage``."""
        ...


_GC_OWNED: Final[Mapping[str, str]] = {
    "tools": "tools",
    "system_instruction": "instructions",
    "response_schema": "output_type",
    "response_json_schema": "output_type",
    "response_mime_type": "output_type",
    "automatic_function_calling": "tools",
}


class GenerateContentBackend:
    """GenerateContent over a :class:`pygenai.Client` or :class:`pygenai.AsyncClient`; the history is a list of
    ``Content`` dicts, sent whole each step."""

    wire: ToolWire = GEMINI_WIRE
    owned: Mapping[str, str] = _GC_OWNED

    def __init__(self, client: Any, model: str) -> None:
        self.client = client
        self.model = model

    def settings(
        self,
        toolbox: Toolbox,
        *,
        declare_functions: bool,
        instructions: str | None,
        structured: StructuredOutput[Any] | None,
        extra: Mapping[str, Any],
    ) -> JSONObject:
        config: JSONObject = dict(extra)
        declared = gemini_tools(toolbox)
        if not declare_functions:
            declared = [tool for tool in declared if "functionDeclarations" not in tool]
        if declared:
            config["tools"] = declared
        if instructions:
            config["system_instruction"] = instructions
        if structured is not None:  # the answer is parsed by the agent, so it can be retried
            config["response_json_schema"] = structured.json_schema
            config["response_mime_type"] = structured.mime_type
        return config

    async def request(self, contents: Sequence[JSONObject], config: JSONObject) -> ModelReply:
        generate: Callable[..., Any] = self.client.models.generate_content
        call = partial(generate, model=self.model, contents=_views(contents), config=config)
        if is_async_client(self.client):
            response = await awaited(call())
        else:
            response = await run_blocking(call)
        data: JSONObject = response._data
        return ModelReply(data, lambda: str(response.text))

    async def stream(self, contents: Sequence[JSONObject], config: JSONObject, on_text: TextSink) -> ModelReply:
        open_stream: Callable[..., Any] = self.client.models.stream_generate_content
        call = partial(open_stream, model=self.model, contents=_views(contents), config=config)
        if is_async_client(self.client):
            async with await awaited(call()) as chunks:
                async for chunk in chunks:
                    _pass_text(chunk._data, on_text)
                response = await chunks.final_response()
        else:
            response = await run_blocking(_read_sync_stream, call, on_text)
        data: JSONObject = response._data
        return ModelReply(data, lambda: str(response.text))

    def reply(self, data: JSONObject) -> ModelReply:
        from ..gemini._response import GenerateContentResponse

        response = GenerateContentResponse._wrap(data)  # pyright: ignore[reportPrivateUsage]
        return ModelReply(data, lambda: str(response.text))

    def turn(self, data: JSONObject) -> JSONObject:
        return model_content(data)

    def user_turn(self, text: str) -> JSONObject:
        return {"role": "user", "parts": [{"text": text}]}

    def history(self, turns: Sequence[Any]) -> list[JSONObject]:
        from ..gemini._contents import to_contents

        try:
            wire = to_contents(list(turns))  # every form generate_content takes, checked
        except UnencodableValueError as error:  # named as the caller gave it: the prompt
            path = error.path.removeprefix("contents")
            raise UnencodableValueError(f"prompt{path}", error.reason) from None
        return [dict(turn) for turn in wire]

    def builtin_tool(self, name: str) -> JSONObject:
        from ..gemini._prepare import BUILTIN_TOOLS

        if name not in BUILTIN_TOOLS:
            raise ValueError(f"tools: {name!r} is not a built-in tool of GenerateContent ({', '.join(BUILTIN_TOOLS)})")
        return {BUILTIN_TOOLS[name]: {}}

    def answer_turn(self, calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
        return GEMINI_WIRE.answer(calls, results)

    def texts(self, turn: Mapping[str, Any]) -> tuple[str, str]:
        return content_texts(turn)

    def count(self, usage: Usage, data: JSONObject) -> None:
        usage.add_response(data.get("usageMetadata"))


def _views(contents: Sequence[JSONObject]) -> list[Any]:
    """The history as ``Content`` views, sent as they are: every turn is wire JSON already checked (a prompt by
    :meth:`GenerateContentBackend.history`, a model turn as received, an answer built from checked results), so
    no request converts or checks the turns of the steps before it again."""
    wrap = Content._wrap  # pyright: ignore[reportPrivateUsage]
    return [wrap(turn) for turn in contents]


def _pass_text(chunk: Mapping[str, Any], on_text: TextSink) -> None:
    text = content_texts(model_content(chunk))[1]
    if text:
        on_text(text)


def _read_sync_stream(open_stream: Callable[[], Any], on_text: TextSink) -> Any:
    """In a worker thread: read a sync client's stream, handing each text fragment to the event loop's thread."""
    with open_stream() as chunks:
        for chunk in chunks:
            text = content_texts(model_content(chunk._data))[1]
            if text:
                anyio.from_thread.run_sync(on_text, text)
        return chunks.final_response()


def model_content(response: Mapping[str, Any]) -> JSONObject:
    """The first candidate's ``Content``, the same object as received (an empty model turn when there is none)."""
    candidates: Any = response.get("candidates")
    if isinstance(candidates, list) and candidates:
        first = cast("Sequence[Any]", candidates)[0]
        if isinstance(first, dict):
            content = cast(JSONObject, first).get("content")
            if isinstance(content, dict):
                return cast(JSONObject, content)
    return {"role": "model", "parts": []}


def content_texts(turn: Mapping[str, Any]) -> tuple[str, str]:
    """A ``Content``'s thought text and answer text."""
    thought: list[str] = []
    text: list[str] = []
    parts: Any = turn.get("parts") or ()
    for part in cast("list[Any]", parts):
        if not isinstance(part, Mapping):
            continue
        fields = cast("Mapping[str, Any]", part)
        value = fields.get("text")
        if isinstance(value, str):
            (thought if fields.get("thought") else text).append(value)
    return "".join(thought), "".join(text)


def is_async_client(client: Any) -> bool:
    """Whether ``client`` is a :class:`pygenai.AsyncClient`."""
    from .._client._async.client import AsyncClient

    return isinstance(client, AsyncClient)


async def awaited(value: Awaitable[Any]) -> Any:
    """``await value`` (typed as ``Any``)."""
    return await value
