# Generated from runtime/pygenai/_io/_async/resource.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The base class of every resource (``client.models``, ``client.interactions``, ...).

A generated method builds the wire JSON of its arguments and hands it, with the operation's description, to
``_call`` (one JSON response), ``_stream`` (server-sent events) or ``_download`` (raw bytes). How the request
travels lives behind these methods.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from .stream import Stream

if TYPE_CHECKING:
    import httpx2

    from ..._core.attempts import Attempts
    from ..._core.hooks import Attempt
    from ..._core.operation import Operation
    from ..._core.options import RequestOptions
    from ..._core.request import RequestSpec
    from ..._core.stream_parser import ResumeStrategy
    from .transport import Transport

__all__ = ["Resource", "ResourceClient"]

T = TypeVar("T")


class ResourceClient(Protocol):
    """What a resource needs of its client: the transport its requests go through."""

    def _get_transport(self) -> Transport: ...


class Resource:
    """Base of the resources of a client.

    ``_resume_strategies`` maps an operation's ``stream_resume`` fact to the strategy that continues a cut
    stream; an API package's resource sets it for the mechanisms its API has.
    """

    __slots__ = ("_client",)

    _resume_strategies: ClassVar[Mapping[str, ResumeStrategy]] = {}

    def __init__(self, client: ResourceClient) -> None:
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
        from ..http import decode_response

        transport = self._client._get_transport()
        spec = transport.build(operation, path=path, query=query, body=body, options=options, stream=False)
        response, attempts, _ = transport.send(spec)
        return decode_response(response, spec, attempts.retries, decode)

    def _download(
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
        response, _, _ = transport.send(spec)
        return response.content

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
        transport, spec, attempts, response, attempt = self._send_stream(
            operation, path=path, query=query, body=body, options=options
        )
        return Stream(
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

    def _send_stream(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> tuple[Transport, RequestSpec, Attempts, httpx2.Response, Attempt | None]:
        """Send a streaming request and return what a stream class is built from (for hand-written streams)."""
        transport = self._client._get_transport()
        spec = transport.build(operation, path=path, query=query, body=body, options=options, stream=True)
        response, attempts, attempt = transport.send(spec)
        return transport, spec, attempts, response, attempt
