"""``client.models``: the generated ``Models`` resource with the GenerateContent experience on top.

``generate_content`` and ``stream_generate_content`` keep the generated keyword arguments (wire-level
``generation_config=``, ``tools=``, ...) and add what google-genai users write:

* ``contents=`` also takes a string, a part, a ``Content`` or a list mixing them (see ``_contents``);
* ``config=`` takes a :class:`~pygenai.GenerateContentConfig` (snake_case settings, thinking, tools,
  structured output, automatic function calling);
* ``tools`` may hold Python functions and toolsets: ``generate_content`` runs them (the automatic
  function-calling loop) unless ``config["automatic_function_calling"]["disable"]``.

The responses are :class:`~pygenai.GenerateContentResponse` (``text``, ``parsed``, ``outcome``, ...).
``stream_generate_content`` returns a stream that also accumulates the turn (``final_response()``);
``generate_content_stream_events`` streams and runs tools, yielding events.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import AsyncExitStack
from typing import TYPE_CHECKING, Any, ClassVar, Unpack, overload

from pygenai_generated import gemini_resources as _generated
from pygenai_generated.gemini_resources import OPERATIONS
from pygenai_generated.gemini_types import (
    BatchEmbedContentsResponse,
    Content,
    CountTokensResponse,
    EmbedContentRequestTaskType,
    EmbedContentResponse,
    GenerateContentRequest,
    GenerateContentRequestServiceTier,
    GenerationConfig,
    Model,
    SafetySetting,
)

from ..._core.model import ModelDumpable
from ..._core.options import RequestOptions, check_options
from ...tools import Finished, FunctionCallingLoop, ToolResult
from ...tools._async.run import list_tools, run_calls, using_tools
from .._config import GenerateContentConfig, ToolConfigInput, ToolInput
from .._contents import ContentsInput, to_contents
from .._embeddings import EmbedInput, EmbedResult, embed_settings, python_settings
from .._events import EventDriver
from .._prepare import PreparedRequest, config_hint, count_request, prepare
from .._response import GenerateContentResponse, attach
from .._turn import OnComplete, afc_result, model_content
from .._wire import GEMINI_WIRE
from .embeddings import AsyncEmbeddings
from .events import AsyncGenerateContentEvents
from .stream import AsyncGenerateContentStream
from .turn_stream import AsyncTurnStream

if TYPE_CHECKING:
    from ...tools._structured import StructuredOutput

__all__ = ["AsyncModels"]

JSONObject = dict[str, Any]


class AsyncModels(_generated.AsyncModels):
    """``client.models``: every generated ``models`` method, with the GenerateContent experience on top.

    With the async client, the tools of one model turn run concurrently (an anyio task group); their results
    go back in call order.
    """

    __slots__ = ()

    _config_hints: ClassVar[Mapping[str, str]] = {  # google-genai's list config keys pygenai spells otherwise
        "query_base": "models.list() lists base models (google-genai's query_base=True); tuned models are listed by "
        "client.tuned_models.list()",
    }

    async def get(
        self, *, name: str | None = None, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> Model:
        """``GET /v1beta/{+name}``: one model's details; ``name`` is ``"gemini-2.5-flash"`` or ``"models/..."``.

        ``model=`` is the same argument under google-genai's name; give one of the two.
        """
        key = name if model is None else model
        if key is None or (name is not None and model is not None):
            raise TypeError("models.get() takes name= (or model=, as in google-genai): exactly one of them")
        return await super().get(name=key, **options)

    async def generate_content(
        self,
        *,
        model: str,
        contents: ContentsInput,
        config: GenerateContentConfig | ModelDumpable | None = None,
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Any = None,
        tool_config: ToolConfigInput | None = None,
        tools: Sequence[ToolInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentResponse:
        """``POST /v1beta/{+model}:generateContent``, running tools until the model answers.

        ``contents``: a string, part, ``Content`` or a list of them. ``config``: a
        :class:`~pygenai.GenerateContentConfig` (a setting may not also be given as a keyword argument).
        With Python functions or toolsets in ``tools`` the automatic function-calling loop runs them and sends
        the results back, each model turn exactly as received, for at most ``maximum_remote_calls`` requests to
        the model (default 10: up to 9 rounds of tool calls); ``response.automatic_function_calling`` tells how
        it ended.

        Example::

            response = await client.models.generate_content(
                model="gemini-2.5-flash",
                contents="What's the weather in Paris?",
                config={"tools": [get_weather], "thinking_budget": 512},
            )
            print(response.text)
        """
        check_options(options, config_hint)
        prepared = prepare(
            contents,
            config,
            cached_content=cached_content,
            generation_config=generation_config,
            safety_settings=safety_settings,
            service_tier=service_tier,
            store=store,
            system_instruction=system_instruction,
            tool_config=tool_config,
            tools=tools,
        )
        return await self._generate(model, prepared, options)

    async def _send(self, model: str, body: JSONObject, options: RequestOptions) -> GenerateContentResponse:
        return await self._call(
            OPERATIONS["models.generateContent"],
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def _generate(
        self, model: str, prepared: PreparedRequest, options: RequestOptions
    ) -> GenerateContentResponse:
        options = prepared.call_options(options)
        toolbox = prepared.toolbox
        if toolbox is None or not toolbox.toolsets:
            response = await self._send(model, prepared.request_body(), options)
            return attach(response, structured=prepared.structured)
        async with using_tools(toolbox):
            prepared.tools_listed()
            if not prepared.runs_tools:
                response = await self._send(model, prepared.request_body(), options)
                return attach(response, structured=prepared.structured)
            loop = FunctionCallingLoop(toolbox, GEMINI_WIRE, max_rounds=prepared.max_rounds)
            results: list[ToolResult] = []
            while True:
                response = await self._send(model, prepared.request_body(loop.history), options)
                step = loop.step(model_content(response))
                if isinstance(step, Finished):
                    return attach(response, structured=prepared.structured, afc=afc_result(step, loop, results))
                round_results = await run_calls(toolbox, step.calls, GEMINI_WIRE, on_error=prepared.on_error)
                results.extend(round_results)
                loop.submit(round_results)

    async def stream_generate_content(  # type: ignore[override]  # a stream that spans the tool loop's turns
        self,
        *,
        model: str,
        contents: ContentsInput,
        config: GenerateContentConfig | ModelDumpable | None = None,
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Any = None,
        tool_config: ToolConfigInput | None = None,
        tools: Sequence[ToolInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncGenerateContentStream:
        """``POST /v1beta/{+model}:streamGenerateContent?alt=sse``: one model turn as chunks.

        Takes what :meth:`generate_content` takes. With Python functions or toolsets in ``tools``, the chunks of
        every model turn stream in and the tools run between turns (as ``generate_content`` runs them);
        ``stream.final_response()`` is the last turn, with ``automatic_function_calling``. For the calls and
        results as events, use :meth:`generate_content_stream_events`.
        """
        check_options(options, config_hint)
        prepared = prepare(
            contents,
            config,
            cached_content=cached_content,
            generation_config=generation_config,
            safety_settings=safety_settings,
            service_tier=service_tier,
            store=store,
            system_instruction=system_instruction,
            tool_config=tool_config,
            tools=tools,
        )
        return await self._stream_generation(model, prepared, options)

    generate_content_stream = stream_generate_content
    """google-genai's name for :meth:`stream_generate_content`."""

    async def _stream_generation(
        self,
        model: str,
        prepared: PreparedRequest,
        options: RequestOptions,
        on_complete: OnComplete | None = None,
    ) -> AsyncGenerateContentStream:
        """The stream of one generation: one turn, or every turn of the tool loop when the request runs tools.

        ``on_complete`` gets the final response (the last turn, with how the loop ended) once it has all arrived.
        """
        options = prepared.call_options(options)
        if not prepared.runs_tools:
            await self._declare_tools(prepared)
            turn = await self._open_stream(model, prepared.request_body(), options, prepared.structured, on_complete)
            return AsyncGenerateContentStream(turn)

        async def reopen(body: JSONObject) -> AsyncTurnStream:
            return await self._open_stream(model, body, options, prepared.structured)

        tools, first = await self._open_with_tools(prepared, reopen)
        driver = EventDriver(prepared, on_complete)
        return AsyncGenerateContentStream(first, reopen=reopen, driver=driver, tools=tools)

    async def _open_with_tools(
        self, prepared: PreparedRequest, reopen: Callable[[JSONObject], Awaitable[AsyncTurnStream]]
    ) -> tuple[AsyncExitStack, AsyncTurnStream]:
        """Open the request's toolsets (kept open until the stream ends) and send the first request."""
        assert prepared.toolbox is not None
        tools = AsyncExitStack()
        try:
            await tools.enter_async_context(using_tools(prepared.toolbox))
            prepared.tools_listed()
            first = await reopen(prepared.request_body())
        except BaseException:
            await tools.aclose()
            raise
        return tools, first

    async def _declare_tools(self, prepared: PreparedRequest) -> None:
        """For a request that declares toolsets but runs none: list their tools (each opened while it lists)."""
        toolbox = prepared.toolbox
        if toolbox is not None and toolbox.pending:
            async with using_tools(toolbox):
                await list_tools(toolbox)
            prepared.tools_listed()

    async def _open_stream(
        self,
        model: str,
        body: JSONObject,
        options: RequestOptions,
        structured: StructuredOutput[Any] | None,
        on_complete: OnComplete | None = None,
    ) -> AsyncTurnStream:
        transport, spec, attempts, response, attempt = await self._send_stream(
            OPERATIONS["models.streamGenerateContent"], path={"model": model}, body=body, options=options
        )
        return AsyncTurnStream(
            transport,
            spec,
            attempts,
            response,
            attempt=attempt,
            structured=structured,
            on_complete=on_complete,
        )

    async def generate_content_stream_events(
        self,
        *,
        model: str,
        contents: ContentsInput,
        config: GenerateContentConfig | ModelDumpable | None = None,
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Any = None,
        tool_config: ToolConfigInput | None = None,
        tools: Sequence[ToolInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncGenerateContentEvents:
        """Stream each model turn and run tools between turns, as events (text, call, result, final).

        Takes what :meth:`generate_content` takes; the first request is sent here (its errors raise here). See
        :class:`~pygenai.GenerateContentEvents` for the events.
        """
        check_options(options, config_hint)
        prepared = prepare(
            contents,
            config,
            cached_content=cached_content,
            generation_config=generation_config,
            safety_settings=safety_settings,
            service_tier=service_tier,
            store=store,
            system_instruction=system_instruction,
            tool_config=tool_config,
            tools=tools,
        )
        return await self._events(model, prepared, options)

    async def _events(
        self, model: str, prepared: PreparedRequest, options: RequestOptions, on_final: OnComplete | None = None
    ) -> AsyncGenerateContentEvents:
        options = prepared.call_options(options)

        async def reopen(body: JSONObject) -> AsyncTurnStream:
            return await self._open_stream(model, body, options, prepared.structured)

        if prepared.toolbox is not None and prepared.toolbox.toolsets:
            tools, first = await self._open_with_tools(prepared, reopen)
            return AsyncGenerateContentEvents(first, reopen, prepared, on_final=on_final, tools=tools)
        first = await reopen(prepared.request_body())
        return AsyncGenerateContentEvents(first, reopen, prepared, on_final=on_final)

    async def embed(
        self,
        *,
        model: str,
        contents: EmbedInput | Sequence[EmbedInput],
        task_type: EmbedContentRequestTaskType | str | None = None,
        output_dimensionality: int | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> EmbedResult:
        """Embed one text (or ``Content``) or a list of them, batching as needed; see :class:`~pygenai.Embeddings`."""
        check_options(options)
        return await AsyncEmbeddings(self._client).embed(
            model,
            contents,
            task_type=task_type,
            output_dimensionality=output_dimensionality,
            title=title,
            **options,
        )

    @overload
    async def embed_content(
        self,
        *,
        model: str,
        contents: EmbedInput | Sequence[EmbedInput],
        config: Mapping[str, Any] | object | None = None,
        task_type: EmbedContentRequestTaskType | str | None = None,
        output_dimensionality: int | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BatchEmbedContentsResponse: ...

    @overload
    async def embed_content(
        self,
        *,
        model: str,
        content: Content | Mapping[str, Any],
        config: Mapping[str, Any] | object | None = None,
        task_type: EmbedContentRequestTaskType | str | None = None,
        output_dimensionality: int | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> EmbedContentResponse: ...

    async def embed_content(  # google-genai's shape added: contents= and config=
        self,
        *,
        model: str,
        contents: EmbedInput | Sequence[EmbedInput] | None = None,
        content: Content | Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | object | None = None,
        task_type: EmbedContentRequestTaskType | str | None = None,
        output_dimensionality: int | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BatchEmbedContentsResponse | EmbedContentResponse:
        """Embed ``contents`` (one text or ``Content``, or a list) the way google-genai's ``embed_content`` does.

        ``config`` takes google-genai's ``EmbedContentConfig`` keys (``task_type``, ``output_dimensionality``,
        ``title``; a mapping or the object), or give them as keyword arguments. The response holds
        ``embeddings`` in input order (one call for one content, batches of 100 for a list) and the usage,
        summed. With ``content=`` (one ``Content``) it is the API's own method: one ``embedding``. For plain
        vectors, :meth:`embed` is shorter.
        """
        check_options(options)
        if (contents is None) == (content is None):
            raise TypeError("embed_content() takes contents= (one or a list) or content= (one Content)")
        settings = embed_settings(config, task_type=task_type, output_dimensionality=output_dimensionality, title=title)
        if content is not None:
            return await super().embed_content(model=model, content=content, **python_settings(settings), **options)
        assert contents is not None
        return await AsyncEmbeddings(self._client).embed_content(model, contents, settings, options)

    async def count_tokens(
        self,
        *,
        model: str,
        contents: ContentsInput | None = None,
        config: Mapping[str, Any] | object | None = None,
        generate_content_request: GenerateContentRequest | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CountTokensResponse:
        """Count the tokens of ``contents`` (anything ``generate_content`` takes) for ``model``.

        ``config`` (google-genai's ``CountTokensConfig``: ``system_instruction``, ``tools``, ``generation_config``)
        counts them as part of a whole request, as ``generate_content`` would send it.
        """
        check_options(options)
        if config is not None:
            if generate_content_request is not None:
                raise TypeError("give config or generate_content_request, not both")
            generate_content_request = count_request(model, contents, config)
            contents = None
        return await super().count_tokens(
            model=model,
            contents=None if contents is None else to_contents(contents),
            generate_content_request=generate_content_request,
            **options,
        )
