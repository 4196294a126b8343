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

from collections.abc import Mapping, Sequence
from contextlib import AsyncExitStack
from typing import TYPE_CHECKING, Any, Unpack

from pygenai_generated import gemini_resources as _generated
from pygenai_generated.gemini_resources import OPERATIONS
from pygenai_generated.gemini_types import (
    CountTokensResponse,
    EmbedContentRequestTaskType,
    GenerateContentRequest,
    GenerateContentRequestServiceTier,
    GenerationConfig,
    SafetySetting,
)

from ..._core.options import RequestOptions
from ...tools import Finished, FunctionCallingLoop, ToolResult
from ...tools._async.run import list_tools, run_calls, using_tools
from .._config import ToolConfigInput, ToolInput
from .._contents import ContentsInput, to_contents
from .._embeddings import EmbedInput, EmbedResult
from .._prepare import PreparedRequest, prepare
from .._response import GenerateContentResponse, attach
from .._turn import OnComplete, afc_result, check_streamable, model_content
from .._wire import GEMINI_WIRE
from .embeddings import AsyncEmbeddings
from .events import AsyncGenerateContentEvents
from .stream import AsyncGenerateContentStream

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

    async def generate_content(
        self,
        *,
        model: str,
        contents: ContentsInput,
        config: Mapping[str, Any] | None = None,
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
        With Python functions or toolsets in ``tools`` the automatic function-calling loop runs them (at most
        ``maximum_remote_calls`` rounds, default 10) and sends the results back, each model turn exactly as
        received; ``response.automatic_function_calling`` tells how it ended.

        Example::

            response = await client.models.generate_content(
                model="gemini-2.5-flash",
                contents="What's the weather in Paris?",
                config={"tools": [get_weather], "thinking_budget": 512},
            )
            print(response.text)
        """
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

    async def stream_generate_content(
        self,
        *,
        model: str,
        contents: ContentsInput,
        config: Mapping[str, Any] | None = None,
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

        Takes what :meth:`generate_content` takes. It sends one request, so Python functions in ``tools`` are only
        declared: disable automatic function calling to answer the calls yourself, or use
        :meth:`generate_content_stream_events` to stream and run them. ``stream.final_response()`` is the whole
        turn.
        """
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
        check_streamable(prepared, "stream_generate_content")
        await self._declare_tools(prepared)
        return await self._open_stream(model, prepared.request_body(), options, prepared.structured)

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
    ) -> AsyncGenerateContentStream:
        transport, spec, attempts, response, attempt = await self._send_stream(
            OPERATIONS["models.streamGenerateContent"], path={"model": model}, body=body, options=options
        )
        return AsyncGenerateContentStream(
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
        config: Mapping[str, Any] | None = None,
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
        async def reopen(body: JSONObject) -> AsyncGenerateContentStream:
            return await self._open_stream(model, body, options, prepared.structured)

        tools: AsyncExitStack | None = None
        if prepared.toolbox is not None and prepared.toolbox.toolsets:
            tools = AsyncExitStack()
            try:
                await tools.enter_async_context(using_tools(prepared.toolbox))
                prepared.tools_listed()
                first = await reopen(prepared.request_body())
            except BaseException:
                await tools.aclose()
                raise
        else:
            first = await reopen(prepared.request_body())
        return AsyncGenerateContentEvents(first, reopen, prepared, on_final=on_final, tools=tools)

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
        return await AsyncEmbeddings(self._client).embed(
            model,
            contents,
            task_type=task_type,
            output_dimensionality=output_dimensionality,
            title=title,
            **options,
        )

    async def count_tokens(
        self,
        *,
        model: str,
        contents: ContentsInput | None = None,
        generate_content_request: GenerateContentRequest | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CountTokensResponse:
        """Count the tokens of ``contents`` (anything ``generate_content`` takes) for ``model``."""
        return await super().count_tokens(
            model=model,
            contents=None if contents is None else to_contents(contents),
            generate_content_request=generate_content_request,
            **options,
        )
