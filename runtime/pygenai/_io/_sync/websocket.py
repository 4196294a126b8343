# Generated from runtime/pygenai/_io/_async/websocket.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The Live API's WebSocket, on httpx2's own WebSocket support (``httpx2.websockets``, over wsproto).

Why httpx2's and not the ``websockets`` package (the figures are in the README, "Live API: the WebSocket"): the
upgrade goes through the same ``httpx2`` client as every other call, so an injected ``http_client`` (proxies, TLS
settings, custom transports, event hooks) applies to Live too, and it runs on anyio (asyncio and trio alike). The
cost, about 0.2 ms more CPU per frame than ``websockets`` without compression, is under 2 % of a core at the few
dozen frames a second a Live session moves.

What this module adds on top of httpx2's session:

* the handshake is made here (``GET`` with the upgrade headers), so a refused upgrade is read to its end and becomes
  the runtime's status error with the body (401, 403, 404, ...), and a failed connection the runtime's connection
  error; the API key travels only in the headers given, never in the URL shown in an error;
* frames come back as ``str`` (text) or ``bytes`` (binary); a close, by the server or the client, or a lost
  connection, becomes :class:`~pygenai.LiveConnectionClosedError` with the close code and reason, raised again by
  every later send or receive;
* a message over ``max_frame_bytes`` closes the connection with 1009 (message too big), raised the same way;
* server pings are answered in the background while nobody reads, and a keepalive ping goes out every 20 s.

The connection's lifetime is a task group (httpx2's background reader): open and close it in the same task, or use
:func:`connect_websocket`, which does.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Generator, Mapping
from contextlib import ExitStack, contextmanager
from typing import Final

import httpx2

from ..._core.errors import InvalidRequestError, LiveConnectionClosedError, LiveProtocolError, MissingDependencyError
from ..._core.request import RequestSpec
from ..._core.retry import RetryPolicy
from ..._core.timeouts import Timeouts
from ..http import HTTPX_EXCEPTIONS, map_httpx_error, pool_settings, status_error

try:
    from httpx2.websockets import WebSocketDisconnect, WebSocketNetworkError, WebSocketSession
except ImportError as missing:  # httpx2's WebSocket support needs wsproto: the live extra
    raise MissingDependencyError("wsproto", "the Live API (pip install 'pygenai[live]')") from missing

__all__ = ["WebSocketConnection", "connect_websocket", "open_websocket"]

NORMAL_CLOSE: Final = 1000
LOST_CONNECTION: Final = 1006
"""The close code for a connection that ended without a close frame (RFC 6455 §7.1.5; never sent on the wire)."""

_SCHEMES: Final = {"wss": "https", "ws": "http", "https": "https", "http": "http"}


class WebSocketConnection:
    """One open WebSocket: send and receive whole messages, close with a code and reason.

    Made by :func:`open_websocket` / :func:`connect_websocket`. ``receive()`` gives the next message, ``str`` for a
    text frame and ``bytes`` for a binary one; once the connection is closed, by either side or by a network failure,
    ``receive()`` and the ``send_*`` methods raise :class:`~pygenai.LiveConnectionClosedError` with ``closed_code``
    and ``closed_reason``.
    """

    __slots__ = ("_closed", "_session", "_stack")

    def __init__(self, session: WebSocketSession, stack: ExitStack) -> None:
        self._session = session
        self._stack = stack
        self._closed: LiveConnectionClosedError | None = None

    @property
    def closed_code(self) -> int | None:
        """The close code once closed (1000 normal, 1006 connection lost, 1009 message too big, ...), else ``None``."""
        return self._closed.code if self._closed is not None else None

    @property
    def closed_reason(self) -> str | None:
        """The close reason the closing side gave (``""`` when none) once closed, else ``None``."""
        return self._closed.reason if self._closed is not None else None

    def send_text(self, data: str) -> None:
        """Send one text frame."""
        self._check_open()
        try:
            self._session.send_text(data)
        except WebSocketNetworkError as exc:
            raise self._lost("the connection failed while sending") from exc

    def send_bytes(self, data: bytes) -> None:
        """Send one binary frame."""
        self._check_open()
        try:
            self._session.send_bytes(data)
        except WebSocketNetworkError as exc:
            raise self._lost("the connection failed while sending") from exc

    def receive(self) -> str | bytes:
        """The next message: ``str`` for a text frame, ``bytes`` for a binary one (fragments joined)."""
        self._check_open()
        try:
            event = self._session.receive()
        except WebSocketDisconnect as exc:
            self._closed = LiveConnectionClosedError(exc.code, exc.reason)
            raise self._closed from None
        except WebSocketNetworkError as exc:
            raise self._lost("the connection was lost") from exc
        data = getattr(event, "data", None)  # a wsproto Message; httpx2 answers pings and pongs itself
        if isinstance(data, str):
            return data
        if isinstance(data, bytes | bytearray):
            return bytes(data)
        raise LiveProtocolError(f"unexpected WebSocket event {type(event).__name__}", repr(event)[:80])

    def close(self, code: int = NORMAL_CLOSE, reason: str = "") -> None:
        """Send a close frame with ``code`` and ``reason`` (when not closed already) and release the connection."""
        if self._closed is None:
            self._closed = LiveConnectionClosedError(code, reason)
            try:
                self._session.close(code, reason)
            except HTTPX_EXCEPTIONS:
                pass  # the socket is gone already: closing it is all that was left to do
        self._stack.close()

    def _check_open(self) -> None:
        if self._closed is not None:
            raise LiveConnectionClosedError(self._closed.code, self._closed.reason)

    def _lost(self, reason: str) -> LiveConnectionClosedError:
        self._closed = LiveConnectionClosedError(LOST_CONNECTION, reason)
        return self._closed


def http_url(url: str) -> str:
    """The ``http(s)://`` form of a ``ws(s)://`` URL: httpx2 makes the upgrade request as a plain ``GET``."""
    scheme, sep, rest = url.partition("://")
    mapped = _SCHEMES.get(scheme.lower()) if sep else None
    if mapped is None:
        raise InvalidRequestError(
            f"a WebSocket URL must start with wss://, ws://, https:// or http://, not {url[:40]!r}"
        )
    return f"{mapped}://{rest}"


def _upgrade_headers() -> dict[str, str]:
    return {
        "connection": "upgrade",
        "upgrade": "websocket",
        "sec-websocket-key": base64.b64encode(os.urandom(16)).decode("ascii"),
        "sec-websocket-version": "13",
    }


def open_websocket(
    url: str,
    *,
    headers: Mapping[str, str],
    http_client: httpx2.Client | None,
    open_timeout: float,
    max_frame_bytes: int,
) -> WebSocketConnection:
    """Open a WebSocket to ``url`` (``wss://...``) through ``http_client`` (a new client when ``None``, closed with
    the connection) and give the connection.

    ``headers`` go with the upgrade request (the API key belongs there, as ``x-goog-api-key``; never in ``url``),
    ``open_timeout`` bounds connecting and the handshake, ``max_frame_bytes`` the size of one received message.
    An upgrade the server refuses raises the status error for its answer (:class:`~pygenai.AuthenticationError`,
    :class:`~pygenai.PermissionDeniedError`, :class:`~pygenai.NotFoundError`, ...) with the body; a connection that
    fails, :class:`~pygenai.APIConnectionError` (:class:`~pygenai.APITimeoutError` past ``open_timeout``).
    """
    target = http_url(url)
    stack = ExitStack()
    stack.__enter__()
    try:
        http = http_client if http_client is not None else stack.enter_context(httpx2.Client(**pool_settings()))
        session = _handshake(stack, http, target, headers, open_timeout, max_frame_bytes)
    except BaseException:
        stack.close()
        raise
    return WebSocketConnection(session, stack)


def _handshake(
    stack: ExitStack,
    http: httpx2.Client,
    url: str,
    headers: Mapping[str, str],
    open_timeout: float,
    max_frame_bytes: int,
) -> WebSocketSession:
    request_headers = {**headers, **_upgrade_headers()}
    spec = RequestSpec(
        operation="live.connect",
        method="GET",
        url=url,
        params=(),
        headers=request_headers,
        content=None,
        timeout=Timeouts(open_timeout, open_timeout, open_timeout, open_timeout),
        policy=RetryPolicy(max_retries=0),
        stream=True,
    )
    try:
        response = stack.enter_context(
            http.stream("GET", url, headers=request_headers, timeout=httpx2.Timeout(open_timeout))
        )
        if response.status_code != 101:
            body = response.read()
            raise status_error(response, body, spec, time.time())
        session = WebSocketSession(
            response.extensions["network_stream"], max_message_size_bytes=max_frame_bytes, response=response
        )
        return stack.enter_context(session)
    except HTTPX_EXCEPTIONS as exc:
        failure = map_httpx_error(exc, spec, timeouts=spec.timeout, headers=(request_headers,))
        if not isinstance(failure, InvalidRequestError):
            raise failure from exc
    raise failure  # outside the except block: no httpx2 exception (its message may hold a header value) rides along


@contextmanager
def connect_websocket(
    url: str,
    *,
    headers: Mapping[str, str],
    http_client: httpx2.Client | None,
    open_timeout: float,
    max_frame_bytes: int,
) -> Generator[WebSocketConnection]:
    """:func:`open_websocket` as a context manager: the connection is closed (1000) when the block ends.

    Example::

        with connect_websocket(url, headers={"x-goog-api-key": key}, http_client=None, open_timeout=10,
                                     max_frame_bytes=16 * 2**20) as ws:
            ws.send_text('{"setup": {...}}')
            print(ws.receive())
    """
    connection = open_websocket(
        url, headers=headers, http_client=http_client, open_timeout=open_timeout, max_frame_bytes=max_frame_bytes
    )
    try:
        yield connection
    finally:
        connection.close()
