"""The base classes of generated resources (``client.models``, ``client.interactions``, ...).

A generated method builds the wire JSON of its arguments and hands it, with the operation's description, to
``_call`` (one JSON response) or ``_stream`` (server-sent events). Everything about how the request travels
lives behind these two methods.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._streaming import AsyncStream, Stream

if TYPE_CHECKING:
    import httpx2

    from ._client import AsyncClient, Client
    from ._operation import Operation
    from ._options import RequestOptions
    from ._transport import AsyncTransport, Attempts, RequestSpec, SyncTransport

__all__ = ["AsyncResource", "SyncResource"]

T = TypeVar("T")


class SyncResource:
    """Base of the resources of a :class:`~pygenai.Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def _call(
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
        from ._transport import decode_response

        transport = self._client._get_transport()
        spec = transport.build(operation, path=path, query=query, body=body, options=options, stream=False)
        response, attempts = transport.send(spec)
        return decode_response(response, spec, attempts.retries, decode)

    def _stream(
        self,
        operation: Operation,
        decode: Callable[[Any], T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Stream[T]:
        """Send a streaming request; the returned stream decodes each event with ``decode``.

        Errors before the stream starts (a non-2xx status after retries) raise here, not while iterating.
        """
        transport, spec, attempts, response = self._send_stream(
            operation, path=path, query=query, body=body, options=options
        )
        interactions = operation.api == "interactions"
        return Stream(transport, spec, attempts, response, decode, resumable=interactions, expect_done=interactions)

    def _send_stream(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> tuple[SyncTransport, RequestSpec, Attempts, httpx2.Response]:
        """Send a streaming request and return what a stream class is built from (for hand-written streams)."""
        transport = self._client._get_transport()
        spec = transport.build(operation, path=path, query=query, body=body, options=options, stream=True)
        response, attempts = transport.send(spec)
        return transport, spec, attempts, response


class AsyncResource:
    """Base of the resources of an :class:`~pygenai.AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

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
        from ._transport import decode_response

        transport = self._client._get_transport()
        spec = transport.build(operation, path=path, query=query, body=body, options=options, stream=False)
        response, attempts = await transport.send(spec)
        return decode_response(response, spec, attempts.retries, decode)

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
        """Send a streaming request; see :meth:`SyncResource._stream`."""
        transport, spec, attempts, response = await self._send_stream(
            operation, path=path, query=query, body=body, options=options
        )
        interactions = operation.api == "interactions"
        return AsyncStream(
            transport, spec, attempts, response, decode, resumable=interactions, expect_done=interactions
        )

    async def _send_stream(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> tuple[AsyncTransport, RequestSpec, Attempts, httpx2.Response]:
        """Send a streaming request; see :meth:`SyncResource._open_stream`."""
        transport = self._client._get_transport()
        spec = transport.build(operation, path=path, query=query, body=body, options=options, stream=True)
        response, attempts = await transport.send(spec)
        return transport, spec, attempts, response
