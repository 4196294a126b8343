"""A loopback server that speaks Google's resumable upload protocol (start, upload, query, finalize) for tests.

It keeps every session's bytes, answers the way the Files API does (wire facts §1: empty ``text/plain`` start
answer with ``x-goog-upload-url`` pointing back at this server, ``x-goog-upload-status: active``/``final``, the
final body ``{"file": {...}}`` pretty-printed with a trailing newline), and can misbehave on purpose: drop the
connection after reading part of a chunk, or answer a chunk or a query with an error status.
It also serves ``GET /download/v1beta/files/<id>:download?alt=media`` from :attr:`ResumableServer.downloads`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Drop:
    """Read ``keep`` bytes of the chunk (the server keeps them), then reset the connection without answering."""

    keep: int


@dataclass
class Status:
    """Answer with ``status``; ``keep`` bytes of the chunk are stored first (``0``: the chunk is lost)."""

    status: int
    keep: int = 0


Fault = Drop | Status


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def command(self) -> str:
        return self.headers.get("x-goog-upload-command", "")


@dataclass
class Session:
    id: str
    total: int
    mime_type: str
    metadata: dict[str, Any]
    data: bytearray = field(default_factory=bytearray)
    file: dict[str, Any] | None = None


class ResumableServer:
    """Run with ``with ResumableServer() as server: ...``; ``server.url`` is the API base URL to give the client."""

    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self.sessions: dict[str, Session] = {}
        self.chunk_faults: dict[int, Fault] = {}
        """n-th upload request (0-based, counting every chunk attempt) -> fault."""
        self.query_faults: dict[int, Fault] = {}
        """n-th query request (0-based) -> fault."""
        self.upload_url: str | None = ""
        """The ``x-goog-upload-url`` to answer with: ``""`` (default) this server's own URL, ``None`` no header."""
        self.upload_host = "127.0.0.1"
        self.report_size_on_chunks = False
        self.file_state = "ACTIVE"
        self.downloads: dict[str, bytes] = {}
        self._chunks = 0
        self._queries = 0
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ResumableServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def commands(self) -> list[str]:
        return [r.command for r in self.requests]

    def offsets(self) -> list[int]:
        return [int(r.headers["x-goog-upload-offset"]) for r in self.requests if r.command.startswith("upload")]

    # ------------------------------------------------------------------ protocol

    def _start(self, seen: Seen) -> tuple[int, dict[str, str], bytes]:
        headers = seen.headers
        if headers.get("x-goog-upload-protocol") != "resumable" or seen.command != "start":
            return _error(400, "INVALID_ARGUMENT", "expected a resumable start request")
        metadata = json.loads(seen.body or b"{}").get("file", {})
        with self._lock:
            number = len(self.sessions) + 1
            session = Session(
                id=f"upload-{number}",
                total=int(headers["x-goog-upload-header-content-length"]),
                mime_type=headers["x-goog-upload-header-content-type"],
                metadata=metadata,
            )
            self.sessions[session.id] = session
        out = {"content-type": "text/plain; charset=utf-8", "x-goog-upload-status": "active"}
        if self.upload_url is not None:
            out["x-goog-upload-url"] = self.upload_url or (
                f"http://{self.upload_host}:{self.port}/upload/v1beta/files"
                f"?upload_id={session.id}&upload_protocol=resumable"
            )
        return 200, out, b""

    def _final_file(self, session: Session) -> dict[str, Any]:
        digest = hashlib.sha256(bytes(session.data)).hexdigest().encode()
        name = session.metadata.get("name") or f"files/{session.id.replace('upload-', 'f')}abc"
        file: dict[str, Any] = {"name": name}
        if "displayName" in session.metadata:
            file["displayName"] = session.metadata["displayName"]
        file.update(
            {
                "mimeType": session.mime_type,
                "sizeBytes": str(session.total),
                "createTime": "2026-05-28T14:45:17.041985Z",
                "updateTime": "2026-05-28T14:45:17.041985Z",
                "expirationTime": "2026-05-30T14:45:16.701652823Z",
                "sha256Hash": base64.b64encode(digest).decode(),
                "uri": f"https://generativelanguage.googleapis.com/v1beta/{name}",
                "state": self.file_state,
                "source": "UPLOADED",
            }
        )
        return file

    def _session_request(self, seen: Seen) -> tuple[int, dict[str, str], bytes] | None:
        session = self.sessions.get((seen.query.get("upload_id") or [""])[0])
        if session is None:
            return _error(404, "NOT_FOUND", "no such upload session")
        if seen.command == "query":
            with self._lock:
                fault = self.query_faults.get(self._queries)
                self._queries += 1
            if isinstance(fault, Drop):
                return None
            if isinstance(fault, Status):
                return _error(fault.status, "UNAVAILABLE", "The service is currently unavailable.")
            return self._status(session)
        with self._lock:
            fault = self.chunk_faults.get(self._chunks)
            self._chunks += 1
        offset = int(seen.headers.get("x-goog-upload-offset", "-1"))
        if offset != len(session.data):
            return _error(400, "INVALID_ARGUMENT", f"offset {offset} but {len(session.data)} bytes received")
        if fault is not None:
            session.data += seen.body[: fault.keep]
            if isinstance(fault, Drop):
                return None
            return _error(fault.status, "UNAVAILABLE", "The service is currently unavailable.")
        session.data += seen.body
        if "finalize" in seen.command:
            if len(session.data) != session.total:
                return _error(400, "INVALID_ARGUMENT", f"{len(session.data)} bytes of {session.total}")
            session.file = self._final_file(session)
            return self._status(session)
        headers = {"x-goog-upload-status": "active"}
        if self.report_size_on_chunks:
            headers["x-goog-upload-size-received"] = str(len(session.data))
        return 200, headers, b""

    def _status(self, session: Session) -> tuple[int, dict[str, str], bytes]:
        headers = {"x-goog-upload-size-received": str(len(session.data))}
        if session.file is None:
            return 200, {**headers, "x-goog-upload-status": "active"}, b""
        body = (json.dumps({"file": session.file}, indent=2) + "\n").encode()
        return (
            200,
            {**headers, "x-goog-upload-status": "final", "content-type": "application/json; charset=UTF-8"},
            body,
        )

    def _download(self, seen: Seen) -> tuple[int, dict[str, str], bytes]:
        name = seen.path.removeprefix("/download/v1beta/").removesuffix(":download")
        if seen.query.get("alt") != ["media"] or name not in self.downloads:
            return _error(404, "NOT_FOUND", f"{name} not found")
        return 200, {"content-type": "application/octet-stream"}, self.downloads[name]

    # ------------------------------------------------------------------ HTTP

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            dropped = False

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                headers = {k.lower(): v for k, v in self.headers.items()}
                command = headers.get("x-goog-upload-command", "")
                length = int(headers.get("content-length") or 0)
                fault = server.chunk_faults.get(server._chunks) if command.startswith("upload") else None
                if isinstance(fault, Drop):
                    body = self.rfile.read(min(fault.keep, length))
                else:
                    body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, parts.path, parse_qs(parts.query), headers, body)
                server.requests.append(seen)
                if parts.path.startswith("/download/"):
                    answer: tuple[int, dict[str, str], bytes] | None = server._download(seen)
                elif parts.query:
                    answer = server._session_request(seen)
                else:
                    answer = server._start(seen)
                if answer is None:
                    self._reset()
                    return
                status, out, content = answer
                self.send_response(status)
                for name, value in out.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def _reset(self) -> None:
                self.dropped = True
                self.close_connection = True
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()

            do_GET = do_POST = _serve

            def finish(self) -> None:
                if not self.dropped:
                    super().finish()

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that went away mid-request is part of the tests


def _error(code: int, status: str, message: str) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"error": {"code": code, "message": message, "status": status}}, indent=2) + "\n"
    return code, {"content-type": "application/json; charset=UTF-8"}, body.encode()
