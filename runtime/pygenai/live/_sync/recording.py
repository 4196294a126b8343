# Generated from runtime/pygenai/live/_async/recording.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""Recording a Live session: a WebSocket connection that reports every frame to a
:class:`~pygenai.live._recording.CassetteRecorder` (the cassette format and its rules are there)."""

from __future__ import annotations

from typing import Any, Protocol

from .._recording import CassetteRecorder

__all__ = ["RecordingConnection"]


class _Connection(Protocol):
    """What is recorded: ``pygenai._io``'s ``WebSocketConnection`` has these methods."""

    def send_text(self, text: str, /) -> None: ...
    def send_bytes(self, data: bytes, /) -> None: ...
    def receive(self) -> str | bytes: ...
    def close(self, code: int = 1000, reason: str = "", /) -> None: ...


class RecordingConnection:
    """``connection``, recording into ``recorder`` every frame sent and received and how the connection ended.
    Errors pass through unchanged; other attributes (``closed_code``, ``closed_reason``) are the connection's.

    Example::

        recorder = CassetteRecorder("session.json", model=model, path=WEBSOCKET_PATH, secrets=[api_key])
        connection = RecordingConnection(open_websocket(url, headers=headers, ...), recorder)
    """

    def __init__(self, connection: _Connection, recorder: CassetteRecorder) -> None:
        self._connection = connection
        self._recorder = recorder
        recorder.opened()

    def send_text(self, text: str) -> None:
        """Send a text frame and record it."""
        self._connection.send_text(text)
        self._recorder.sent(text)

    def send_bytes(self, data: bytes) -> None:
        """Send a binary frame and record it."""
        self._connection.send_bytes(data)
        self._recorder.sent(data)

    def receive(self) -> str | bytes:
        """Receive a frame and record it; a close (``LiveConnectionClosedError``) is recorded, then raised."""
        try:
            frame = self._connection.receive()
        except Exception as error:
            self._recorder.receive_failed(error)
            raise
        self._recorder.received(frame)
        return frame

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the connection, record the close (unless the server ended it first) and write the cassette."""
        try:
            self._connection.close(code, reason)
        finally:
            self._recorder.closed(code, reason)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)
