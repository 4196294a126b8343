"""The base class of every resource (``client.models``, ``client.interactions``, ...).

A generated method builds the wire JSON of its arguments and hands it, with the operation's description, to
``_call`` (one JSON response), ``_stream`` (server-sent events), ``_download`` (raw bytes) or ``_paginate`` (a list
operation: a pager over all its pages). How the request travels lives behind these methods.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from ..._core.options import check_options, config_arguments
from .pager import AsyncPager
from .stream import AsyncStream

if TYPE_CHECKING:
    import httpx2

    from ..._core.attempts import Attempts
    from ..._core.hooks import Attempt
    from ..._core.operation import Operation
    from ..._core.options import ConfigInput, RequestOptions
    from ..._core.request import RequestSpec
    from ..._core.stream_parser import ResumeStrategy
    from .transport import AsyncTransport

__all__ = ["AsyncResource", "AsyncResourceClient"]

P = TypeVar("P")
T = TypeVar("T")


class AsyncResourceClient(Protocol):
    """What a resource needs of its client: the transport its requests go through."""

    def _get_transport(self) -> AsyncTransport: ...


class AsyncResource:
    """Base of the resources of a client.

    ``_resume_strategies`` maps an operation's ``stream_resume`` fact to the strategy that continues a cut
    stream; an API package's resource sets it for the mechanisms its API has. ``_config_hints`` maps a
    google-genai ``config=`` key this resource's list methods do not take to a sentence saying what to do instead.
    """

    __slots__ = ("_client",)

    _resume_strategies: ClassVar[Mapping[str, ResumeStrategy]] = {}
    _config_hints: ClassVar[Mapping[str, str]] = {}

    def __init__(self, client: AsyncResourceClient) -> None:
        self._client = client

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute of a resource

        def __getattr__(self, name: str) -> Any:
            # Only a failed lookup gets here: Python's message, plus the pygenai name of a google-genai one.
            from ..._core.porting import missing_attribute

            raise missing_attribute(self, name)

    async def _call(
        self,
        operation: Operation,
        decode: Callable[[Any], T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        """Send one request and decode its JSON response (``decode`` gets the parsed object)."""
        from ..http import decode_response

        transport = self._client._get_transport()
        spec = transport.build(operation, path=path, query=query, body=body, options=options, stream=False)
        response, attempts, _ = await transport.send(spec)
        return decode_response(response, spec, attempts.retries, decode)

    async def _download(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> bytes:
        """Send a media request (``alt=media``) and return the body's bytes."""
        transport = self._client._get_transport()
        media = {**(query or {}), "alt": "media"}
        spec = transport.build(operation, path=path, query=media, body=None, options=options, stream=False)
        response, _, _ = await transport.send(spec)
        return response.content

    def _paginate(
        self,
        operation: Operation,
        decode: Callable[[Any], P],
        items: Callable[[P], Sequence[T] | None],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any],
        config: ConfigInput | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPager[P, T]:
        """A pager over a list operation: each page is one ``_call`` with the page's token.

        ``query`` holds the operation's query arguments by Python name (``page_size``, ``page_token``, ``filter``,
        ...; ``None`` where not given), ``config`` google-genai's ``config=`` with those names as keys. Unknown
        options and config keys raise here, before anything is sent.
        """
        if options:
            check_options(options)
        arguments = config_arguments(config, query, hints=self._config_hints) if config is not None else query
        names = operation.query
        start = arguments.get("page_token")
        fixed = {names[name]: value for name, value in arguments.items() if name != "page_token"}
        token_name = names["page_token"]
        page_size = arguments.get("page_size")

        async def fetch(token: str | None) -> P:
            return await self._call(operation, decode, path=path, query={**fixed, token_name: token}, options=options)

        return AsyncPager(fetch, items, page_token=start, page_size=page_size)

    async def _stream(
        self,
        operation: Operation,
        decode: Callable[[Any], T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncStream[T]:
        """Send a streaming request; the returned stream decodes each event with ``decode``.

        Errors before the stream starts (a non-2xx status after retries) raise here, not while iterating.
        """
        transport, spec, attempts, response, attempt = await self._send_stream(
            operation, path=path, query=query, body=body, options=options
        )
        return AsyncStream(
            transport,
            spec,
            attempts,
            response,
            decode,
            attempt=attempt,
            sentinel=operation.stream_done,
            resume=self._resume_strategy(operation),
        )

    def _resume_strategy(self, operation: Operation) -> ResumeStrategy | None:
        mechanism = operation.stream_resume
        return self._resume_strategies.get(mechanism) if mechanism is not None else None

    async def _send_stream(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> tuple[AsyncTransport, RequestSpec, Attempts, httpx2.Response, Attempt | None]:
        """Send a streaming request and return what a stream class is built from (for hand-written streams)."""
        transport = self._client._get_transport()
        spec = transport.build(operation, path=path, query=query, body=body, options=options, stream=True)
        response, attempts, attempt = await transport.send(spec)
        return transport, spec, attempts, response, attempt
