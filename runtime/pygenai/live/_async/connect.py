"""``client.live``: opening a Live session (``async with client.live.connect(model=..., config=...) as session``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..._core.settings import Unset
from ..._core.timeouts import to_timeouts
from ..._io.clock import clock_of
from .._endpoint import WEBSOCKET_PATH, live_url
from .._protocol import LiveProtocol
from .._recording import CassetteRecorder
from .recording import RecordingConnection
from .session import AsyncLiveSession, LiveConnection

if TYPE_CHECKING:
    from ..._core.settings import BaseClient

__all__ = ["DEFAULT_OPEN_TIMEOUT", "MAX_FRAME_BYTES", "AsyncLive"]

DEFAULT_OPEN_TIMEOUT: Final = 10.0
"""Seconds to open the WebSocket when the client's ``timeout`` sets no connect timeout."""
MAX_FRAME_BYTES: Final = 16 * 1024 * 1024
"""The largest server frame accepted (audio answers come in frames of a few kB; a setup echo can be larger)."""


async def _open_websocket(
    url: str, *, headers: Mapping[str, str], http_client: Any | None, open_timeout: float, max_frame_bytes: int
) -> LiveConnection:
    from ..._io._async.websocket import open_websocket

    connection: LiveConnection = await open_websocket(
        url, headers=headers, http_client=http_client, open_timeout=open_timeout, max_frame_bytes=max_frame_bytes
    )
    return connection


class AsyncLive:
    """The Live API (``client.live``, also ``client.aio.live``): a bidirectional session over a WebSocket.

    Example::

        config = {"response_modalities": ["TEXT"]}
        async with client.live.connect(model="gemini-live-2.5-flash-preview", config=config) as session:
            await session.send_text("What is the capital of France?")
            async for event in session.receive():
                print(event)
    """

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @asynccontextmanager
    async def connect(
        self, *, model: str, config: Mapping[str, Any] | None = None, record: str | Path | None = None
    ) -> AsyncIterator[AsyncLiveSession]:
        """Open a session with ``model``, set up from ``config``, and close it at the end of the block.

        ``config`` keys (snake_case; an unknown key raises :class:`~pygenai.ConfigTypeError` naming the closest):
        ``response_modalities`` (``["TEXT"]`` or ``["AUDIO"]``), ``voice`` (a prebuilt voice name) or
        ``speech_config``, ``thinking_config``, ``temperature``, ``top_p``, ``top_k``, ``max_output_tokens``,
        ``seed``, ``generation_config`` (the whole object), ``system_instruction`` (a str or a ``Content``),
        ``tools`` (Python callables, toolsets and wire tool objects, as everywhere: calls of the callables and
        toolsets run by themselves), ``input_audio_transcription`` / ``output_audio_transcription`` (``True`` or
        an object), ``context_window_compression`` (``True``/``{}`` for a sliding window, or an object),
        ``session_resumption`` (``True`` or an object: the session then reconnects by itself with the latest
        handle), ``realtime_input_config``, ``automatic_activity_detection`` (``False`` to send
        ``activity_start``/``activity_end`` yourself).

        The key goes in the ``x-goog-api-key`` header; the URL is the client's ``base_url`` as ``ws(s)://`` plus
        the endpoint path of the spec. The server's refusal of the setup raises :class:`~pygenai.LiveSetupError`.

        ``record``: a file that receives the session as a WebSocket cassette (every frame both ways, each
        connection of a resumed session, how each ended; the key and credential-like fields scrubbed), written
        when each connection ends; ``cassettes/README.md`` describes the format and the replay server.
        """
        protocol = LiveProtocol(model, config)
        client = self._client
        url = live_url(client.base_url)
        extra = dict(client.default_headers)
        headers = {**extra, **client._auth_headers(extra)}
        timeout = client._timeout
        connect_timeout = None if isinstance(timeout, Unset) else to_timeouts(timeout).connect
        # an http_client given to the client carries proxies and transports to the WebSocket too
        http_client = getattr(client, "_http_client", None) if getattr(client, "_http_client_given", False) else None

        recorder: CassetteRecorder | None = None
        if record is not None:
            secrets = [value for name, value in headers.items() if name.lower() == "x-goog-api-key"]
            recorder = CassetteRecorder(record, model=model, path=WEBSOCKET_PATH, secrets=secrets)

        async def opener() -> LiveConnection:
            connection = await _open_websocket(
                url,
                headers=headers,
                http_client=http_client,
                open_timeout=connect_timeout or DEFAULT_OPEN_TIMEOUT,
                max_frame_bytes=MAX_FRAME_BYTES,
            )
            return connection if recorder is None else RecordingConnection(connection, recorder)

        session = AsyncLiveSession(protocol, opener, retry_policy=client.retry_policy, clock=clock_of(client))
        async with session:
            yield session
