# Generated from runtime/pygenai/interactions/_async/interactions.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""``client.interactions``: the generated Interactions resource with the request experience on top.

``create`` keeps every generated keyword argument (the wire fields) and adds what callers write (see
``pygenai.interactions._prepare``): ``input`` as text, contents, steps, files, bytes or an earlier interaction;
``tools`` with Python callables and toolsets, which it runs (the automatic function-calling loop, the same as
``generate_content``'s); ``response_format`` from a type, parsed back as ``interaction.parsed``. Cut streams
resume from the last event id (``pygenai.interactions._resume``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Unpack, overload

from pygenai_generated.interactions_resources import OPERATIONS
from pygenai_generated.interactions_types import decode_InteractionSseEvent

from ..._core.options import RequestOptions, check_options
from ..._core.stream_parser import ResumeStrategy
from ...tools import Finished
from ...tools._sync.run import list_tools_sync, run_calls, using_tools
from .._input import InteractionInput
from .._loop import ToolRun
from .._prepare import AutomaticFunctionCalling, PreparedInteraction, create_hint, prepare
from .._result import Interaction, attach
from .._resume import InteractionsResume
from .._wire import INTERACTIONS_WIRE
from .background import InteractionsBackground
from .events import InteractionEvents
from .stream import InteractionStream

if TYPE_CHECKING:
    from pygenai_generated.interactions_types import InteractionSseEvent

    from ..._io._sync.stream import Stream
    from ...tools._toolset import ToolLike
    from .conversation import Conversation

__all__ = ["Interactions"]

JSONObject = dict[str, Any]

_CREATE = OPERATIONS["CreateInteraction"]
_GET = OPERATIONS["getInteractionById"]


class Interactions(InteractionsBackground):
    """``client.interactions``: create an interaction (streamed or not, running Python tools), get, cancel, delete,
    and hold a conversation (:meth:`conversation`).

    With the async client the tools of one round run concurrently. A stream cut after events reached the caller
    continues after the last event id, under the client's retry policy.
    """

    __slots__ = ()

    _resume_strategies: ClassVar[Mapping[str, ResumeStrategy]] = {"last_event_id": InteractionsResume}

    @overload  # type: ignore[override]  # input and tools take more than the wire types
    def create(
        self,
        *,
        input: InteractionInput,
        model: str | None = None,
        agent: str | None = None,
        agent_config: Any | None = None,
        automatic_function_calling: AutomaticFunctionCalling | None = None,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[str] | None = None,
        service_tier: str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[ToolLike | str] | None = None,
        webhook_config: Any | None = None,
        stream: Literal[True],
        **options: Unpack[RequestOptions],
    ) -> InteractionStream: ...

    @overload
    def create(
        self,
        *,
        input: InteractionInput,
        model: str | None = None,
        agent: str | None = None,
        agent_config: Any | None = None,
        automatic_function_calling: AutomaticFunctionCalling | None = None,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[str] | None = None,
        service_tier: str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[ToolLike | str] | None = None,
        webhook_config: Any | None = None,
        stream: Literal[False] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction: ...

    def create(
        self,
        *,
        input: InteractionInput,
        model: str | None = None,
        agent: str | None = None,
        agent_config: Any | None = None,
        automatic_function_calling: AutomaticFunctionCalling | None = None,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[str] | None = None,
        service_tier: str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[ToolLike | str] | None = None,
        webhook_config: Any | None = None,
        stream: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction | InteractionStream:
        """``POST /v1beta/interactions``: one interaction with a model (``model=``) or an agent (``agent=``).

        ``input``: a string, contents or steps (dicts or models), an uploaded ``File``, bytes of an image, audio
        or PDF file, an earlier ``Interaction`` (its steps), or a list mixing them. ``tools``: Python functions and
        toolsets (run automatically, for at most ``automatic_function_calling["maximum_remote_calls"]`` requests;
        ``interaction.automatic_function_calling`` tells how the loop ended), built-in tools by name
        (``"google_search"``, ``"code_execution"``, ``"url_context"``, ``"google_maps"``), MCP servers
        (``{"type": "mcp_server", "name": ..., "url": ...}``) and other tool dicts. ``response_format``: a type
        (pydantic, msgspec, dataclass, TypedDict, ...) or a JSON Schema, parsed back as ``interaction.parsed``.
        ``stream=True`` returns an :class:`~pygenai.InteractionStream` (one request: Python tools are not
        run; use :meth:`create_events` to stream and run them). The other keyword arguments are the wire fields.

        Example::

            interaction = client.interactions.create(
                model="gemini-3.5-flash", input="Weather in Paris?", tools=[get_weather]
            )
            print(interaction.text)
        """
        check_options(options, create_hint)
        prepared = prepare(
            input=input,
            model=model,
            agent=agent,
            agent_config=agent_config,
            automatic_function_calling=automatic_function_calling,
            background=background,
            environment=environment,
            generation_config=generation_config,
            previous_interaction_id=previous_interaction_id,
            response_format=response_format,
            response_mime_type=response_mime_type,
            response_modalities=response_modalities,
            service_tier=service_tier,
            store=store,
            system_instruction=system_instruction,
            tools=tools,
            webhook_config=webhook_config,
        )
        if stream:
            if prepared.runs_tools:
                raise TypeError(
                    "interactions.create(stream=True) sends one request and does not run Python tools: use "
                    "interactions.create_events(...) to stream with automatic function calling, or pass "
                    "automatic_function_calling={'disable': True} to answer the calls yourself"
                )
            return self._open_stream(prepared, options)
        return self._run(prepared, options)

    @overload  # type: ignore[override]  # the same call, returning the richer views
    def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: Literal[True],
        **options: Unpack[RequestOptions],
    ) -> InteractionStream: ...

    @overload
    def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: Literal[False] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction: ...

    def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> InteractionStream | Interaction:
        """``GET /v1beta/interactions/{id}``: an interaction as it stands (``include_input=True``: with the
        ``user_input`` steps of every turn), or with ``stream=True`` its events from ``last_event_id`` on (an
        :class:`~pygenai.InteractionStream`; a background interaction's progress as it happens).
        """
        query = {"stream": stream, "last_event_id": last_event_id, "include_input": include_input}
        if stream:
            events = self._stream(
                _GET, decode_InteractionSseEvent, path={"id": id}, query=query, body=None, options=options
            )
            return InteractionStream(events)
        return self._call(_GET, Interaction._wrap, path={"id": id}, query=query, body=None, options=options)

    def _send(self, body: JSONObject, options: RequestOptions) -> Interaction:
        return self._call(_CREATE, Interaction._wrap, path={}, query=None, body=body, options=options)

    def _declare_tools(self, prepared: PreparedInteraction) -> None:
        """For a request that declares toolsets but runs none: list their tools (each opened while it lists)."""
        toolbox = prepared.toolbox
        if toolbox is not None and toolbox.pending:
            with using_tools(toolbox):
                list_tools_sync(toolbox)
            prepared.tools_listed()

    def _stream_events(
        self, prepared: PreparedInteraction, options: RequestOptions, body: JSONObject | None = None
    ) -> Stream[InteractionSseEvent]:
        """Send the request (``body``, else the first one) with ``stream: true``; its typed events."""
        wire = prepared.request_body() if body is None else body
        return self._stream(
            _CREATE, decode_InteractionSseEvent, path={}, query=None, body={**wire, "stream": True}, options=options
        )

    def _open_stream(self, prepared: PreparedInteraction, options: RequestOptions) -> InteractionStream:
        self._declare_tools(prepared)
        return InteractionStream(self._stream_events(prepared, options), structured=prepared.structured)

    def _run(self, prepared: PreparedInteraction, options: RequestOptions) -> Interaction:
        """Send the request; with tools to run, run the loop until the model answers (or the loop stops)."""
        toolbox = prepared.toolbox
        if not prepared.runs_tools or toolbox is None:
            self._declare_tools(prepared)
            return attach(self._send(prepared.request_body(), options), prepared.structured)
        with using_tools(toolbox):
            prepared.tools_listed()
            run = ToolRun(prepared)
            body = prepared.request_body()
            while True:
                interaction = self._send(body, options)
                step = run.step(interaction._data)
                if isinstance(step, Finished):
                    return attach(interaction, prepared.structured, afc=run.outcome(step))
                results = run_calls(toolbox, step.calls, INTERACTIONS_WIRE, on_error=prepared.on_error)
                body = run.follow_up(interaction._data, results)

    def create_events(
        self,
        *,
        input: InteractionInput,
        model: str | None = None,
        agent: str | None = None,
        agent_config: Any | None = None,
        automatic_function_calling: AutomaticFunctionCalling | None = None,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[str] | None = None,
        service_tier: str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[ToolLike | str] | None = None,
        webhook_config: Any | None = None,
        **options: Unpack[RequestOptions],
    ) -> InteractionEvents:
        """Stream the interaction and run Python tools between interactions, as events (text, call, result, final).

        Takes what :meth:`create` takes; the first request is sent here (its errors raise here). See
        ``pygenai.interactions._events`` for the events.

        Example::

            with client.interactions.create_events(model=..., input=..., tools=[get_weather]) as events:
                for event in events:
                    if event.type == "text":
                        print(event.text, end="")
        """
        check_options(options, create_hint)
        prepared = prepare(
            input=input,
            model=model,
            agent=agent,
            agent_config=agent_config,
            automatic_function_calling=automatic_function_calling,
            background=background,
            environment=environment,
            generation_config=generation_config,
            previous_interaction_id=previous_interaction_id,
            response_format=response_format,
            response_mime_type=response_mime_type,
            response_modalities=response_modalities,
            service_tier=service_tier,
            store=store,
            system_instruction=system_instruction,
            tools=tools,
            webhook_config=webhook_config,
        )
        return self._events(prepared, options)

    def _events(
        self,
        prepared: PreparedInteraction,
        options: RequestOptions,
        on_final: Callable[[Interaction], None] | None = None,
    ) -> InteractionEvents:
        toolbox = prepared.toolbox
        if not prepared.runs_tools or toolbox is None:
            first = self._open_stream(prepared, options)
            return InteractionEvents(self, prepared, options, first, on_final=on_final)
        tools = ExitStack()
        try:
            tools.enter_context(using_tools(toolbox))
            prepared.tools_listed()
            first = InteractionStream(self._stream_events(prepared, options), structured=prepared.structured)
        except BaseException:
            tools.close()
            raise
        return InteractionEvents(self, prepared, options, first, tools=tools, on_final=on_final)

    def conversation(
        self,
        *,
        model: str | None = None,
        agent: str | None = None,
        system_instruction: str | None = None,
        tools: Sequence[ToolLike | str] | None = None,
        generation_config: Any | None = None,
        response_format: Any | None = None,
        store: bool = True,
        **settings: Any,
    ) -> Conversation:
        """A multi-turn conversation with ``model`` (or ``agent``); see :class:`~pygenai.Conversation`.

        The settings apply to every turn (``settings`` takes the other keyword arguments of :meth:`create`, such
        as ``service_tier`` or ``automatic_function_calling``). ``store=False`` keeps the conversation on the
        client and replays it each turn.
        """
        from .conversation import Conversation

        return Conversation(
            self,
            model=model,
            agent=agent,
            system_instruction=system_instruction,
            tools=tools,
            generation_config=generation_config,
            response_format=response_format,
            store=store,
            **settings,
        )

    def load_conversation(self, data: bytes | str | Mapping[str, Any], **settings: Any) -> Conversation:
        """A conversation from ``Conversation.save()`` output, ready for its next turn; ``settings`` (``tools``,
        ``response_format``, ...) are added to the saved ones: Python tools are not saved, pass them again."""
        from .conversation import Conversation

        return Conversation.load(data, interactions=self, **settings)
