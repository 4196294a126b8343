"""``client.chats``: multi-turn conversations whose history keeps every model turn exactly as received.

See ``pygenai.gemini._chats`` for how the history is kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, Unpack

from pygenai_generated.gemini_types import Content

from ..._core.errors import ChatHistoryError
from ..._core.model import ModelDumpable
from ..._core.options import RequestOptions, check_options
from ..._io._async.resource import AsyncResourceClient
from .._chats import ChatBase, decode_saved, encode_turns
from .._config import GenerateContentConfig
from .._prepare import config_hint
from .._response import GenerateContentResponse
from .models import AsyncModels

if TYPE_CHECKING:
    from .._contents import ContentsInput
    from .events import AsyncGenerateContentEvents
    from .stream import AsyncGenerateContentStream

__all__ = ["AsyncChat", "AsyncChats"]


class AsyncChatsOwner(Protocol):
    """A client, as far as loading a chat needs it."""

    @property
    def chats(self) -> AsyncChats: ...


class AsyncChat(ChatBase):
    """A conversation with one model through a client; create it with ``client.chats.create``.

    With the async client the tools of one turn run concurrently.

    Example::

        chat = client.chats.create(model="gemini-2.5-flash", config={"tools": [get_weather]})
        print((await chat.send("Weather in Paris?")).text)
        async for chunk in await chat.send_stream("And tomorrow?"):
            print(chunk.text, end="")
        saved = chat.save()                      # bytes; client.chats.load(saved) resumes it
    """

    def __init__(
        self,
        models: AsyncModels,
        *,
        model: str,
        config: GenerateContentConfig | ModelDumpable | None = None,
        history: Sequence[Content | Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(model=model, config=config, history=history)
        self._models = models

    @classmethod
    def load(
        cls,
        data: bytes | str | Mapping[str, Any] | Sequence[Any],
        *,
        client: AsyncChatsOwner,
        model: str | None = None,
        config: GenerateContentConfig | ModelDumpable | None = None,
    ) -> AsyncChat:
        """A chat from :meth:`save` output (or a bare list of contents); ``model`` overrides the saved one."""
        return client.chats.load(data, model=model, config=config)

    async def send(
        self,
        message: ContentsInput,
        *,
        config: GenerateContentConfig | ModelDumpable | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentResponse:
        """Send a user turn (text, parts, or contents such as function responses); the model's answer.

        ``config`` overrides the chat's config for this send. Tools run automatically, and the history
        gains the user turn, every function-calling turn and the answer. If the send raises, the history is
        unchanged: send the same message again to retry.
        """
        check_options(options, config_hint)
        prepared = self._prepare(message, config)
        response = await self._models._generate(self.model, prepared, options)
        self._record(prepared, response)
        return response

    async def send_stream(
        self,
        message: ContentsInput,
        *,
        config: GenerateContentConfig | ModelDumpable | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncGenerateContentStream:
        """Send a user turn and stream the answer; the history gains the exchange when the stream ends.

        With tools, the chunks of every model turn stream in and the tools run between turns; the history then
        gains the user turn, every function-calling turn and the answer, as :meth:`send` does. A stream that fails
        (cut, an error event, a chunk that does not decode) or is closed before its end records nothing, as a
        failed :meth:`send` does: the failed stream raises its error from every later read, and sending the same
        message again is the retry.
        """
        check_options(options, config_hint)
        prepared = self._prepare(message, config)
        return await self._models._stream_generation(
            self.model, prepared, options, on_complete=lambda response: self._record(prepared, response)
        )

    async def send_events(
        self,
        message: ContentsInput,
        *,
        config: GenerateContentConfig | ModelDumpable | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncGenerateContentEvents:
        """Send a user turn, streaming and running tools as events (see ``generate_content_stream_events``).

        The history gains the exchange with the final event; events that fail or are closed before it record
        nothing, as a failed :meth:`send` does.
        """
        check_options(options, config_hint)
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


class AsyncChats:
    """``client.chats``: create chats, or load saved ones."""

    __slots__ = ("_models",)

    def __init__(self, client: AsyncResourceClient) -> None:
        self._models = AsyncModels(client)

    def create(
        self,
        *,
        model: str,
        config: GenerateContentConfig | ModelDumpable | None = None,
        history: Sequence[Content | Mapping[str, Any]] | None = None,
    ) -> AsyncChat:
        """A new chat with ``model``; ``config`` applies to every send, ``history`` starts it (kept as given)."""
        return AsyncChat(self._models, model=model, config=config, history=history)

    def load(
        self,
        data: bytes | str | Mapping[str, Any] | Sequence[Any],
        *,
        model: str | None = None,
        config: GenerateContentConfig | ModelDumpable | None = None,
    ) -> AsyncChat:
        """A chat from ``Chat.save()`` output (or a bare list of contents); ``model`` overrides the saved one.

        The loaded turns are the saved dicts, so ``chats.load(saved).save() == saved``.
        """
        document = decode_saved(data)
        name = model or document.get("model")
        if not name:
            raise ChatHistoryError("the saved chat names no model; pass model=")
        chat = AsyncChat(self._models, model=name, config=config)
        chat._history = encode_turns(document["history"])
        return chat
