"""The resumable upload shell: runs ``_core.upload.ResumableSession`` over HTTP, with retries and progress.

Start the session, send the chunks, and after a failed chunk ask the server what arrived and go on from there,
within the client's retry budget (renewed whenever the server confirms more bytes). The API key goes only to the
API's own origin, never to a session URL the server named elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._core.errors import APIError
from ..._core.upload import (
    Budget,
    Progress,
    ResumableSession,
    UploadRequest,
    decode_final,
    same_origin,
    session_spec,
    start_spec,
)
from ..clock import clock_of
from .concurrency import run_blocking, sleep

if TYPE_CHECKING:
    import httpx2

    from ..._core.operation import Operation
    from ..._core.request import RequestSpec
    from .transport import AsyncTransport

__all__ = ["upload"]


async def upload(
    transport: AsyncTransport, operation: Operation, request: UploadRequest
) -> tuple[dict[str, Any], httpx2.Response, RequestSpec, int]:
    """Run one upload to the end; returns the ``File`` JSON, the final response, its request and the retries made."""
    client = transport.client
    start = start_spec(client, transport.timeout, operation, request)
    response, _, _ = await transport.send(start)
    url = ResumableSession.session_url(response.headers, client.base_url)
    auth = same_origin(url, client.base_url)
    session = ResumableSession(url, request.source.size, request.chunk_size)
    query = session_spec(start, url, session.query_headers(), None, same_origin=auth)
    progress = Progress(session.total, request.progress)
    progress.update(0)
    budget = Budget(clock_of(client), client.circuit_breaker)
    while True:
        chunk = session.next_chunk()
        if request.source.blocking:
            data = await run_blocking(request.source.read, chunk.offset, chunk.length)
        else:
            data = request.source.read(chunk.offset, chunk.length)
        spec = session_spec(start, url, session.chunk_headers(chunk), data, same_origin=auth)
        attempts = budget.at(session.offset, spec)
        result, attempt = await transport.send_once(spec, attempts, auth=auth)
        if not isinstance(result, APIError):
            if session.chunk_accepted(chunk, result.headers):
                progress.update(session.total)
                return decode_final(result.content), result, spec, budget.retries
            progress.update(session.offset)
            continue
        failed = spec
        while isinstance(result, APIError):  # ask what arrived, until the server answers or the budget is spent
            decision = transport.failed(attempts, failed, attempt, result)
            if decision.delay is None:
                raise result
            await sleep(attempts.clock, decision.delay)
            result, attempt = await transport.send_once(query, attempts, auth=auth)
            failed = query
        if session.query_answered(result.headers):
            return decode_final(result.content), result, query, budget.retries
        progress.update(session.offset)
