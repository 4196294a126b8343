"""``client.models``: the generated ``Models`` resource with the GenerateContent experience on top.

``generate_content`` and ``stream_generate_content`` keep the generated keyword arguments (wire-level
``generation_config=``, ``tools=``, ...) and add what google-genai users write:

* ``contents=`` also takes a string, a part, a ``Content`` or a list mixing them (see ``_contents``);
* ``config=`` takes a :class:`~pygenai.GenerateContentConfig` (snake_case settings, thinking, tools,
  structured output, automatic function calling);
* ``tools`` may hold Python functions: ``generate_content`` runs them (the automatic function-calling loop)
  unless ``config["automatic_function_calling"]["disable"]``.

The responses are :class:`~pygenai.GenerateContentResponse` (``text``, ``parsed``, ``outcome``, ...).
``stream_generate_content`` returns a :class:`GenerateContentStream` that also accumulates the turn
(``final_response()``); ``generate_content_stream_events`` streams and runs tools, yielding events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Unpack, cast

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
from pygenai_generated.gemini_types import GenerateContentResponse as _GeneratedResponse

from ._accumulate import GenerateContentAccumulator
from ._config import PreparedRequest, ToolConfigInput, ToolInput, prepare
from ._contents import ContentsInput, to_contents
from ._embeddings import AsyncEmbeddings, Embeddings, EmbedInput, EmbedResult
from ._events import AsyncGenerateContentEvents, GenerateContentEvents
from ._options import RequestOptions
from ._response import (
    AutomaticFunctionCallingResult,
    GenerateContentChunk,
    GenerateContentResponse,
    attach,
)
from ._streaming import AsyncStream, Stream
from ._tools import Finished, FunctionCallingLoop, ToolResult, arun_calls, run_calls

if TYPE_CHECKING:
    import httpx2

    from ._structured import StructuredOutput
    from ._transport import AsyncTransport, Attempts, RequestSpec, SyncTransport

__all__ = ["AsyncGenerateContentStream", "AsyncModels", "GenerateContentStream", "Models"]

JSONObject = dict[str, Any]
OnComplete = Callable[[GenerateContentResponse], None]

_HTTP: Final = "_http"


def _model_content(response: GenerateContentResponse) -> JSONObject | None:
    content = response.content
    return content._data if content is not None else None


def _check_streamable(prepared: PreparedRequest, method: str) -> None:
    if prepared.automatic:
        raise TypeError(
            f"{method} sends one request and does not run Python tools: use generate_content_stream_events "
            "(chat.send_events) to stream with automatic function calling, or set "
            "config['automatic_function_calling'] = {'disable': True} to answer the calls yourself"
        )


_BARE_EMPTY_TEXT: Final = {"text": ""}


def _drop_bare_empty_text(data: JSONObject) -> JSONObject:
    """Drop ``{"text": ""}`` parts that carry nothing else from an accumulated turn (in place; its lists are new).

    A stream often ends with one; sent back in history it is noise at best. An empty part holding a
    ``thoughtSignature`` is kept: the signature must go back.
    """
    for candidate in data.get("candidates") or ():
        content = candidate.get("content") if isinstance(candidate, dict) else None
        if not isinstance(content, dict):
            continue
        parts = content.get("parts")
        if isinstance(parts, list) and len(parts) > 1:
            kept = [part for part in parts if part != _BARE_EMPTY_TEXT]
            if kept:
                content["parts"] = kept
    return data


class _Turn:
    """What both stream classes add: the turn accumulated as chunks pass, and a hook when the stream ends."""

    __slots__ = ("abandoned", "accumulator", "final", "on_complete", "structured")

    def __init__(self, structured: StructuredOutput[Any] | None, on_complete: OnComplete | None) -> None:
        self.accumulator = GenerateContentAccumulator()
        self.structured = structured
        self.on_complete = on_complete
        self.final: GenerateContentResponse | None = None
        self.abandoned = False

    def snapshot(self) -> GenerateContentResponse:
        return attach(
            GenerateContentResponse._wrap(_drop_bare_empty_text(self.accumulator.result())), structured=self.structured
        )

    def complete(self, raw: object) -> None:
        if self.final is not None or self.abandoned:
            return
        final = self.snapshot()
        setattr(final, _HTTP, raw)
        self.final = final
        if self.on_complete is not None:
            self.on_complete(final)

    def close(self) -> None:
        if self.final is None:
            self.abandoned = True

    def result(self) -> GenerateContentResponse:
        if self.final is None:
            raise RuntimeError("the stream was closed before it ended; see .accumulated for what arrived")
        return self.final


class GenerateContentStream(Stream[_GeneratedResponse]):
    """The chunks of ``streamGenerateContent`` (:class:`~pygenai.GenerateContentChunk`), accumulated as they pass.

    The accumulated turn (``final_response()``, ``accumulated``) merges text fragments, keeps every part that
    carries a thought signature as it came (an empty final part included) and leaves out bare ``{"text": ""}``
    parts.

    Example::

        with client.models.stream_generate_content(model="gemini-2.5-flash", contents="Tell a story") as stream:
            for chunk in stream:
                print(chunk.text, end="")
        answer = stream.final_response()   # the whole turn, signatures on their parts, last usage snapshot
    """

    def __init__(
        self,
        transport: SyncTransport,
        spec: RequestSpec,
        attempts: Attempts,
        response: httpx2.Response,
        *,
        structured: StructuredOutput[Any] | None = None,
        on_complete: OnComplete | None = None,
    ) -> None:
        super().__init__(transport, spec, attempts, response, GenerateContentChunk._wrap)
        self._turn = _Turn(structured, on_complete)

    def __next__(self) -> GenerateContentChunk:
        try:
            chunk = super().__next__()
        except StopIteration:
            self._turn.complete(self.response)
            raise
        self._turn.accumulator.add(chunk)
        return cast(GenerateContentChunk, chunk)

    @property
    def accumulated(self) -> GenerateContentResponse:
        """The chunks seen so far merged into one response (thought signatures kept on their parts)."""
        return self._turn.snapshot()

    def final_response(self) -> GenerateContentResponse:
        """Read the rest of the stream; the whole turn as one response (what ``generate_content`` returns)."""
        for _ in self:
            pass
        return self._turn.result()

    def close(self) -> None:
        """Stop reading and release the connection (a stream closed before its end runs no completion hook)."""
        self._turn.close()
        super().close()


class AsyncGenerateContentStream(AsyncStream[_GeneratedResponse]):
    """The async twin of :class:`GenerateContentStream` (``async for``; ``await stream.final_response()``)."""

    def __init__(
        self,
        transport: AsyncTransport,
        spec: RequestSpec,
        attempts: Attempts,
        response: httpx2.Response,
        *,
        structured: StructuredOutput[Any] | None = None,
        on_complete: OnComplete | None = None,
    ) -> None:
        super().__init__(transport, spec, attempts, response, GenerateContentChunk._wrap)
        self._turn = _Turn(structured, on_complete)

    async def __anext__(self) -> GenerateContentChunk:
        try:
            chunk = await super().__anext__()
        except StopAsyncIteration:
            self._turn.complete(self.response)
            raise
        self._turn.accumulator.add(chunk)
        return cast(GenerateContentChunk, chunk)

    @property
    def accumulated(self) -> GenerateContentResponse:
        """The chunks seen so far merged into one response (thought signatures kept on their parts)."""
        return self._turn.snapshot()

    async def final_response(self) -> GenerateContentResponse:
        """Read the rest of the stream; the whole turn as one response."""
        async for _ in self:
            pass
        return self._turn.result()

    async def close(self) -> None:
        """Stop reading and release the connection (a stream closed before its end runs no completion hook)."""
        self._turn.close()
        await super().close()


def _afc_result(step: Finished, loop: FunctionCallingLoop, results: list[ToolResult]) -> AutomaticFunctionCallingResult:
    return AutomaticFunctionCallingResult(step.reason, step.rounds, list(loop.history), list(results), step.calls)


class Models(_generated.Models):
    """``client.models``: every generated ``models`` method, with the GenerateContent experience on top."""

    __slots__ = ()

    def generate_content(
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
        """``POST /v1beta/{+model}:generateContent``, running Python tools until the model answers.

        ``contents``: a string, part, ``Content`` or a list of them. ``config``: a
        :class:`~pygenai.GenerateContentConfig` (a setting may not also be given as a keyword argument).
        With Python functions in ``tools`` the automatic function-calling loop runs them (at most
        ``maximum_remote_calls`` rounds, default 10) and sends the results back, each model turn exactly as
        received; ``response.automatic_function_calling`` tells how it ended.

        Example::

            response = client.models.generate_content(
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
        return self._generate(model, prepared, options)

    def _send(self, model: str, body: JSONObject, options: RequestOptions) -> GenerateContentResponse:
        return self._call(
            OPERATIONS["models.generateContent"],
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def _generate(self, model: str, prepared: PreparedRequest, options: RequestOptions) -> GenerateContentResponse:
        if not prepared.automatic or prepared.toolbox is None:
            return attach(self._send(model, prepared.request_body(), options), structured=prepared.structured)
        toolbox = prepared.toolbox
        loop = FunctionCallingLoop(toolbox, max_rounds=prepared.max_rounds)
        results: list[ToolResult] = []
        while True:
            response = self._send(model, prepared.request_body(loop.history), options)
            step = loop.step(_model_content(response))
            if isinstance(step, Finished):
                return attach(response, structured=prepared.structured, afc=_afc_result(step, loop, results))
            round_results = run_calls(toolbox, step.calls, on_error=prepared.on_error)
            results.extend(round_results)
            loop.submit(round_results)

    def stream_generate_content(
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
    ) -> GenerateContentStream:
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
        _check_streamable(prepared, "stream_generate_content")
        return self._open_stream(model, prepared.request_body(), options, prepared.structured)

    def _open_stream(
        self,
        model: str,
        body: JSONObject,
        options: RequestOptions,
        structured: StructuredOutput[Any] | None,
        on_complete: OnComplete | None = None,
    ) -> GenerateContentStream:
        transport, spec, attempts, response = self._send_stream(
            OPERATIONS["models.streamGenerateContent"], path={"model": model}, body=body, options=options
        )
        return GenerateContentStream(
            transport, spec, attempts, response, structured=structured, on_complete=on_complete
        )

    def generate_content_stream_events(
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
    ) -> GenerateContentEvents:
        """Stream each model turn and run Python tools between turns, as events (text, call, result, final).

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
        return self._events(model, prepared, options)

    def _events(
        self, model: str, prepared: PreparedRequest, options: RequestOptions, on_final: OnComplete | None = None
    ) -> GenerateContentEvents:
        def reopen(body: JSONObject) -> GenerateContentStream:
            return self._open_stream(model, body, options, prepared.structured)

        return GenerateContentEvents(reopen(prepared.request_body()), reopen, prepared, on_final=on_final)

    def embed(
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
        return Embeddings(self._client).embed(
            model,
            contents,
            task_type=task_type,
            output_dimensionality=output_dimensionality,
            title=title,
            **options,
        )

    def count_tokens(
        self,
        *,
        model: str,
        contents: ContentsInput | None = None,
        generate_content_request: GenerateContentRequest | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CountTokensResponse:
        """Count the tokens of ``contents`` (anything ``generate_content`` takes) for ``model``."""
        return super().count_tokens(
            model=model,
            contents=None if contents is None else to_contents(contents),
            generate_content_request=generate_content_request,
            **options,
        )


class AsyncModels(_generated.AsyncModels):
    """``client.models`` of an :class:`~pygenai.AsyncClient`: the async twin of :class:`Models`.

    Tools of one model turn run concurrently (an anyio task group); their results go back in call order.
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
        """See :meth:`Models.generate_content`; tools of one turn run concurrently."""
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
        if not prepared.automatic or prepared.toolbox is None:
            response = await self._send(model, prepared.request_body(), options)
            return attach(response, structured=prepared.structured)
        toolbox = prepared.toolbox
        loop = FunctionCallingLoop(toolbox, max_rounds=prepared.max_rounds)
        results: list[ToolResult] = []
        while True:
            response = await self._send(model, prepared.request_body(loop.history), options)
            step = loop.step(_model_content(response))
            if isinstance(step, Finished):
                return attach(response, structured=prepared.structured, afc=_afc_result(step, loop, results))
            round_results = await arun_calls(toolbox, step.calls, on_error=prepared.on_error)
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
        """See :meth:`Models.stream_generate_content` (``await`` it, then ``async for``)."""
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
        _check_streamable(prepared, "stream_generate_content")
        return await self._open_stream(model, prepared.request_body(), options, prepared.structured)

    async def _open_stream(
        self,
        model: str,
        body: JSONObject,
        options: RequestOptions,
        structured: StructuredOutput[Any] | None,
        on_complete: OnComplete | None = None,
    ) -> AsyncGenerateContentStream:
        transport, spec, attempts, response = await self._send_stream(
            OPERATIONS["models.streamGenerateContent"], path={"model": model}, body=body, options=options
        )
        return AsyncGenerateContentStream(
            transport, spec, attempts, response, structured=structured, on_complete=on_complete
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
        """See :meth:`Models.generate_content_stream_events` (``await`` it, then ``async for``)."""
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
        """Embed one text (or ``Content``) or a list of them; see :class:`~pygenai.AsyncEmbeddings`."""
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
