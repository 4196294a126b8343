"""``client.interactions.conversation(...)``: multi-turn conversations over the Interactions API.

How a conversation is carried (stateful or stateless), what each turn re-sends, and the saved form are in
``pygenai.interactions._conversation``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from ..._core.errors import ChatHistoryError
from ..._core.options import RequestOptions, check_options
from .._conversation import ConversationBase, decode_saved, saved_settings
from .._prepare import create_hint
from .._result import Interaction
from .stream import AsyncInteractionStream

if TYPE_CHECKING:
    from pygenai_generated.interactions_types import InteractionSseEvent

    from ..._io._async.stream import AsyncStream
    from ...tools._structured import StructuredOutput
    from .._input import InteractionInput
    from .events import AsyncInteractionEvents
    from .interactions import AsyncInteractions

__all__ = ["AsyncConversation", "AsyncConversationStream"]


class AsyncConversationStream(AsyncInteractionStream):
    """A conversation turn's stream: an :class:`~pygenai.AsyncInteractionStream` that records the turn when it ends.

    The turn is recorded once the stream has ended with ``interaction.completed``; a stream that fails or is
    closed before its end records nothing.
    """

    def __init__(
        self,
        events: AsyncStream[InteractionSseEvent],
        structured: StructuredOutput[Any] | None,
        on_complete: Callable[[Interaction], None],
    ) -> None:
        super().__init__(events, structured=structured)
        self._on_complete: Callable[[Interaction], None] | None = on_complete
        self._abandoned = False

    async def __anext__(self) -> InteractionSseEvent:
        try:
            return await super().__anext__()
        except StopAsyncIteration:
            on_complete, self._on_complete = self._on_complete, None
            if on_complete is not None and not self._abandoned and self.accumulator.completed:
                on_complete(self.accumulated)
            raise

    async def close(self) -> None:
        """Stop reading and release the connection (a turn not read to its end is not recorded)."""
        if self._on_complete is not None:
            self._abandoned = True
        await super().close()


class AsyncConversation(ConversationBase):
    """A conversation with a model (or agent) over the Interactions API; create it with
    ``client.interactions.conversation(...)``.

    Each :meth:`send` is one turn: stateful conversations (the default) chain the server's interactions with
    ``previous_interaction_id`` and send the interaction-scoped settings (system instruction, tools, generation
    config, ...) again each turn, as the server does not carry them over; stateless ones (``store=False``) replay
    every step so far, byte for byte. A turn that fails records nothing. See ``pygenai.interactions._conversation``.

    Example::

        conv = client.interactions.conversation(model="gemini-3.5-flash", tools=[get_weather])
        print((await conv.send("Weather in Paris?")).text)
        print((await conv.send("And in London?")).text)
        saved = conv.save()            # client.interactions.load_conversation(saved, tools=[get_weather]) resumes
    """

    def __init__(self, interactions: AsyncInteractions, *, store: bool = True, **settings: Any) -> None:
        super().__init__(store=store, **settings)
        self._interactions = interactions

    async def send(
        self, input: InteractionInput, *, overrides: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> Interaction:
        """Send one turn (anything ``create(input=...)`` takes); the interaction that answers it.

        Python tools run as ``create`` runs them. ``overrides`` changes settings for this turn only
        (``{"generation_config": {...}}``).
        """
        check_options(options, create_hint)
        prepared = self._prepare(input, overrides or {})
        interaction = await self._interactions._run(prepared, options)
        self._record(prepared, interaction)
        return interaction

    async def send_stream(
        self, input: InteractionInput, *, overrides: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncConversationStream:
        """Send one turn and stream the answer's events; the turn is recorded when the stream ends.

        One request: Python tools are declared but not run (answer the calls with ``function_result`` steps in
        the next turn, or use :meth:`send`).
        """
        check_options(options, create_hint)
        prepared = self._prepare(input, {"automatic_function_calling": {"disable": True}, **(overrides or {})})
        await self._interactions._declare_tools(prepared)
        events = await self._interactions._stream_events(prepared, options)
        return AsyncConversationStream(
            events, prepared.structured, lambda interaction: self._record(prepared, interaction)
        )

    async def send_events(
        self, input: InteractionInput, *, overrides: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncInteractionEvents:
        """Send one turn, streaming it and running Python tools between interactions, as events (see
        ``interactions.create_events``); the turn is recorded with the final event, and not at all if the events
        fail or are closed before it."""
        check_options(options, create_hint)
        prepared = self._prepare(input, overrides or {})
        return await self._interactions._events(
            prepared, options, on_final=lambda interaction: self._record(prepared, interaction)
        )

    @classmethod
    def load(
        cls, data: bytes | str | Mapping[str, Any], *, interactions: AsyncInteractions, **settings: Any
    ) -> AsyncConversation:
        """A conversation from :meth:`save` output; ``settings`` (``tools``, ``response_format``, ...) are added to
        the saved ones (Python tools are not saved: pass them again)."""
        document = decode_saved(data)
        try:
            conversation = cls(interactions, store=document["store"], **saved_settings(document, settings))
        except TypeError as exc:
            raise ChatHistoryError(f"saved conversation settings do not apply: {exc}") from None
        conversation._restore(document)
        return conversation
