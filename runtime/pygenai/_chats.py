"""``client.chats``: multi-turn conversations whose history keeps every model turn exactly as received.

A :class:`Chat` holds the model name, a config (a :class:`~pygenai.GenerateContentConfig`) and the history.
Each turn is stored as the compact JSON of the wire ``Content`` the server sent (the accumulated turn, for a
stream), so thought signatures — on calls, on text, on empty parts that carry only a signature — and fields
this version does not know go back to the server untouched. Storing bytes rather than parsed objects keeps
a long chat's memory close to the size of its JSON, and each send splices the stored turns into the request
without encoding them again. History saves to JSON and loads back byte-for-byte, and can be replaced
(``chat.history = ...``) or cut (``chat.truncate(n)``).

A send whose answer has no content (a blocked prompt or candidate, ``MAX_TOKENS`` before any part) leaves the
history unchanged; its response says why (``response.outcome``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Unpack

import orjson

from pygenai_generated.gemini_types import Content

from ._config import PreparedRequest, content_dicts, merge_configs, prepare
from ._errors import ChatHistoryError
from ._options import RequestOptions
from ._response import GenerateContentResponse

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._contents import ContentsInput
    from ._events import AsyncGenerateContentEvents, GenerateContentEvents
    from ._models import AsyncGenerateContentStream, AsyncModels, GenerateContentStream, Models

__all__ = ["AsyncChat", "AsyncChats", "Chat", "Chats"]

JSONObject = dict[str, Any]

FORMAT: Final = "pygenai.chat/1"


def _valid_turn(content: Any) -> bool:
    return isinstance(content, dict) and isinstance(content.get("parts"), list) and bool(content["parts"])


def _model_turn(response: GenerateContentResponse) -> JSONObject | None:
    content = response.content
    return content._data if content is not None and _valid_turn(content._data) else None


def _encode_turn(turn: Any) -> bytes:
    # orjson's result keeps its whole output buffer allocated (16 KiB for a small turn); a copy is exact-size.
    return bytes(memoryview(orjson.dumps(turn)))


def _encode_turns(turns: Sequence[Any]) -> list[bytes]:
    return [_encode_turn(turn) for turn in turns]


def _decode_saved(data: bytes | bytearray | memoryview | str | Mapping[str, Any] | Sequence[Any]) -> JSONObject:
    if isinstance(data, bytes | bytearray | memoryview | str):
        try:
            data = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise ChatHistoryError(f"saved chat is not JSON: {exc}") from None
    if isinstance(data, list):
        data = {"history": data}
    if not isinstance(data, Mapping):
        raise ChatHistoryError(f"saved chat must be an object or a list of contents, not {type(data).__name__}")
    history = data.get("history")
    if not isinstance(history, list):
        raise ChatHistoryError("saved chat has no 'history' list")
    for index, content in enumerate(history):
        if not isinstance(content, dict) or not isinstance(content.get("parts", []), list):
            raise ChatHistoryError(f"history[{index}] is not a Content object (a dict with a 'parts' list)")
    model = data.get("model")
    if model is not None and not isinstance(model, str):
        raise ChatHistoryError("saved chat 'model' is not a string")
    return dict(data)


class _ChatBase:
    """History and config shared by :class:`Chat` and :class:`AsyncChat`."""

    def __init__(
        self,
        *,
        model: str,
        config: Mapping[str, Any] | None = None,
        history: Sequence[Content | Mapping[str, Any]] | None = None,
    ) -> None:
        self.model = model
        self.config: dict[str, Any] = dict(config or {})
        self._history: list[bytes] = _encode_turns(content_dicts(history or []))

    @property
    def history(self) -> list[Content]:
        """The turns so far, as ``Content`` models decoded from the stored JSON.

        They are copies: to edit the history, change them and assign the list back (``chat.history = turns``);
        appending to the returned list does not change the chat either.
        """
        return [Content._wrap(orjson.loads(turn)) for turn in self._history]

    @history.setter
    def history(self, value: Sequence[Content | Mapping[str, Any]]) -> None:
        self._history = _encode_turns(content_dicts(value))

    def truncate(self, length: int) -> None:
        """Keep the first ``length`` turns (a negative ``length`` drops that many from the end)."""
        del self._history[length:]

    def save(self) -> bytes:
        """The chat as JSON bytes: the model name and every turn exactly as stored (``load`` reads it back)."""
        document = {"format": FORMAT, "model": self.model, "history": [orjson.Fragment(t) for t in self._history]}
        return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)

    def _prepare(self, message: ContentsInput, config: Mapping[str, Any] | None) -> PreparedRequest:
        history = [orjson.Fragment(turn) for turn in self._history]
        return prepare(message, merge_configs(self.config, config), history=history)

    def _record(self, prepared: PreparedRequest, response: GenerateContentResponse) -> None:
        """Append the user turn, the function-calling turns and the model's answer, unless there is no answer."""
        answer = _model_turn(response)
        if answer is None:
            return
        self._history.extend(_encode_turns(prepared.new_contents))
        afc = response.automatic_function_calling
        if afc is not None:
            self._history.extend(_encode_turns(afc.history))
        self._history.append(_encode_turn(answer))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model!r}, turns={len(self._history)})"


class Chat(_ChatBase):
    """A conversation with one model through a :class:`~pygenai.Client`; create it with ``client.chats.create``.

    Example::

        chat = client.chats.create(model="gemini-2.5-flash", config={"tools": [get_weather]})
        print(chat.send("Weather in Paris?").text)
        for chunk in chat.send_stream("And tomorrow?"):
            print(chunk.text, end="")
        saved = chat.save()                      # bytes; client.chats.load(saved) resumes it
    """

    def __init__(
        self,
        models: Models,
        *,
        model: str,
        config: Mapping[str, Any] | None = None,
        history: Sequence[Content | Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(model=model, config=config, history=history)
        self._models = models

    @classmethod
    def load(
        cls,
        data: bytes | str | Mapping[str, Any] | Sequence[Any],
        *,
        client: Client,
        model: str | None = None,
        config: Mapping[str, Any] | None = None,
    ) -> Chat:
        """A chat from :meth:`save` output (or a bare list of contents); ``model`` overrides the saved one."""
        return client.chats.load(data, model=model, config=config)

    def send(
        self, message: ContentsInput, *, config: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> GenerateContentResponse:
        """Send a user turn (text, parts, or contents such as function responses); the model's answer.

        ``config`` overrides the chat's config for this send. Python tools run automatically, and the history
        gains the user turn, every function-calling turn and the answer.
        """
        prepared = self._prepare(message, config)
        response = self._models._generate(self.model, prepared, options)
        self._record(prepared, response)
        return response

    def send_stream(
        self, message: ContentsInput, *, config: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> GenerateContentStream:
        """Send a user turn and stream the answer; the history gains the accumulated turn when the stream ends.

        One request: Python tools are not run here (use :meth:`send_events`, or disable automatic function
        calling and answer the calls with the next send).
        """
        from ._models import _check_streamable

        prepared = self._prepare(message, config)
        _check_streamable(prepared, "send_stream")
        return self._models._open_stream(
            self.model,
            prepared.request_body(),
            options,
            prepared.structured,
            on_complete=lambda response: self._record(prepared, response),
        )

    def send_events(
        self, message: ContentsInput, *, config: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> GenerateContentEvents:
        """Send a user turn, streaming and running tools as events (see ``generate_content_stream_events``)."""
        prepared = self._prepare(message, config)
        return self._models._events(
            self.model, prepared, options, on_final=lambda response: self._record(prepared, response)
        )

    send_message = send
    """google-genai's name for :meth:`send`."""
    send_message_stream = send_stream
    """google-genai's name for :meth:`send_stream`."""

    def get_history(self) -> list[Content]:
        """google-genai's name for :attr:`history`."""
        return self.history


class AsyncChat(_ChatBase):
    """The async twin of :class:`Chat` (``await chat.send(...)``); tools of one turn run concurrently."""

    def __init__(
        self,
        models: AsyncModels,
        *,
        model: str,
        config: Mapping[str, Any] | None = None,
        history: Sequence[Content | Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(model=model, config=config, history=history)
        self._models = models

    @classmethod
    def load(
        cls,
        data: bytes | str | Mapping[str, Any] | Sequence[Any],
        *,
        client: AsyncClient,
        model: str | None = None,
        config: Mapping[str, Any] | None = None,
    ) -> AsyncChat:
        """A chat from :meth:`save` output (or a bare list of contents); ``model`` overrides the saved one."""
        return client.chats.load(data, model=model, config=config)

    async def send(
        self, message: ContentsInput, *, config: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> GenerateContentResponse:
        """See :meth:`Chat.send`."""
        prepared = self._prepare(message, config)
        response = await self._models._generate(self.model, prepared, options)
        self._record(prepared, response)
        return response

    async def send_stream(
        self, message: ContentsInput, *, config: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncGenerateContentStream:
        """See :meth:`Chat.send_stream` (``await`` it, then ``async for``)."""
        from ._models import _check_streamable

        prepared = self._prepare(message, config)
        _check_streamable(prepared, "send_stream")
        return await self._models._open_stream(
            self.model,
            prepared.request_body(),
            options,
            prepared.structured,
            on_complete=lambda response: self._record(prepared, response),
        )

    async def send_events(
        self, message: ContentsInput, *, config: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncGenerateContentEvents:
        """See :meth:`Chat.send_events` (``await`` it, then ``async for``)."""
        prepared = self._prepare(message, config)
        return await self._models._events(
            self.model, prepared, options, on_final=lambda response: self._record(prepared, response)
        )

    send_message = send
    """google-genai's name for :meth:`send`."""
    send_message_stream = send_stream
    """google-genai's name for :meth:`send_stream`."""

    def get_history(self) -> list[Content]:
        """google-genai's name for :attr:`history`."""
        return self.history


class Chats:
    """``client.chats``: create chats, or load saved ones."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        config: Mapping[str, Any] | None = None,
        history: Sequence[Content | Mapping[str, Any]] | None = None,
    ) -> Chat:
        """A new chat with ``model``; ``config`` applies to every send, ``history`` starts it (kept as given)."""
        return Chat(self._client.models, model=model, config=config, history=history)

    def load(
        self,
        data: bytes | str | Mapping[str, Any] | Sequence[Any],
        *,
        model: str | None = None,
        config: Mapping[str, Any] | None = None,
    ) -> Chat:
        """A chat from ``Chat.save()`` output (or a bare list of contents); ``model`` overrides the saved one.

        The loaded turns are the saved dicts, so ``chats.load(saved).save() == saved``.
        """
        document = _decode_saved(data)
        name = model or document.get("model")
        if not name:
            raise ChatHistoryError("the saved chat names no model; pass model=")
        chat = Chat(self._client.models, model=name, config=config)
        chat._history = _encode_turns(document["history"])
        return chat


class AsyncChats:
    """``client.chats`` of an :class:`~pygenai.AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        config: Mapping[str, Any] | None = None,
        history: Sequence[Content | Mapping[str, Any]] | None = None,
    ) -> AsyncChat:
        """See :meth:`Chats.create`."""
        return AsyncChat(self._client.models, model=model, config=config, history=history)

    def load(
        self,
        data: bytes | str | Mapping[str, Any] | Sequence[Any],
        *,
        model: str | None = None,
        config: Mapping[str, Any] | None = None,
    ) -> AsyncChat:
        """See :meth:`Chats.load`."""
        document = _decode_saved(data)
        name = model or document.get("model")
        if not name:
            raise ChatHistoryError("the saved chat names no model; pass model=")
        chat = AsyncChat(self._client.models, model=name, config=config)
        chat._history = _encode_turns(document["history"])
        return chat
