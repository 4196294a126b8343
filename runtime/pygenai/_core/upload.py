"""Google's resumable upload protocol, as the Files API speaks it.

1. **start**: ``POST /upload/v1beta/files`` with ``X-Goog-Upload-Protocol: resumable``,
   ``X-Goog-Upload-Command: start``, the size and type of the bytes to come (``X-Goog-Upload-Header-Content-Length``,
   ``X-Goog-Upload-Header-Content-Type``) and the file's metadata as JSON (``{"file": {"displayName": ...}}``). The
   answer carries the session's URL in ``x-goog-upload-url``.
2. **upload**: the bytes, in chunks ``POST``-ed to that URL with ``X-Goog-Upload-Command: upload`` (``upload,
   finalize`` on the last) and ``X-Goog-Upload-Offset``. The last answer (``x-goog-upload-status: final``) holds
   ``{"file": {...}}``.
3. **query**: after a dropped connection or a retryable status, ``X-Goog-Upload-Command: query`` asks how many
   bytes arrived (``X-Goog-Upload-Size-Received``); the upload goes on from there, not from the chunk's start.

:class:`ResumableSession` is the protocol without I/O (what to send next, what an answer means); the upload
shell in the I/O layer sends, sleeps between retries (the client's retry policy, renewed whenever the server
confirms more bytes) and reports progress.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import IO, TYPE_CHECKING, Any, Final, TextIO, TypeAlias
from urllib.parse import urlsplit

import orjson

from .attempts import Attempts
from .errors import UploadError
from .request import RequestSpec, build_request

if TYPE_CHECKING:
    from .clock import Clock
    from .operation import Operation
    from .options import RequestOptions
    from .retry import CircuitBreaker
    from .settings import BaseClient
    from .timeouts import Timeouts

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "Budget",
    "FileInput",
    "Progress",
    "ProgressBar",
    "ProgressCallback",
    "ResumableSession",
    "UploadRequest",
    "UploadSource",
    "decode_final",
    "open_source",
    "same_origin",
    "session_spec",
    "start_spec",
]

DEFAULT_CHUNK_SIZE: Final = 8 * 1024 * 1024
"""Bytes per upload request; the service asks for multiples of 256 KiB except for the last chunk."""

FileInput: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]"
"""What can be uploaded: a path, bytes, or a binary file object (read from its current position)."""

ProgressCallback: TypeAlias = Callable[[int, int], None]
"""Called with ``(bytes_uploaded, total_bytes)``; the first value never decreases and ends at the total."""

_STATUS: Final = "x-goog-upload-status"
_URL: Final = "x-goog-upload-url"
_SIZE_RECEIVED: Final = "x-goog-upload-size-received"


# --------------------------------------------------------------------------- what to upload


class UploadSource:
    """Bytes to upload, readable from any offset so that an upload can resume where the server says."""

    __slots__ = ("_buffer", "_file", "_owned", "_start", "name", "size")

    def __init__(
        self,
        *,
        buffer: bytes | None = None,
        file: IO[bytes] | None = None,
        start: int = 0,
        size: int,
        name: str | None,
        owned: bool = False,
    ) -> None:
        self._buffer = buffer
        self._file = file
        self._start = start
        self._owned = owned
        self.size = size
        self.name = name

    @property
    def blocking(self) -> bool:
        """Whether reading touches a file (async uploads then read in a worker thread)."""
        return self._file is not None

    def read(self, offset: int, length: int) -> bytes:
        """``length`` bytes from ``offset`` (fewer only at the end)."""
        length = max(0, min(length, self.size - offset))
        if self._buffer is not None:
            return self._buffer[offset : offset + length]
        assert self._file is not None
        self._file.seek(self._start + offset)
        parts: list[bytes] = []
        missing = length
        while missing > 0:
            data = self._file.read(missing)
            if not data:
                raise UploadError(f"the file ended {missing} bytes early: it changed while being uploaded")
            parts.append(data)
            missing -= len(data)
        return b"".join(parts)

    def close(self) -> None:
        if self._owned and self._file is not None:
            self._file.close()


def open_source(file: FileInput) -> UploadSource:
    """An :class:`UploadSource` for a path, bytes, or a binary file object.

    A seekable file object is read from its current position without loading it; an unseekable one (a pipe, a
    socket) is read whole first, since resuming needs to go back.
    """
    if isinstance(file, (bytes, bytearray, memoryview)):
        data = bytes(file)
        return UploadSource(buffer=data, size=len(data), name=None)
    if isinstance(file, (str, os.PathLike)):
        path = os.fspath(file)
        handle = open(path, "rb")  # closed by UploadSource.close
        try:
            size = os.fstat(handle.fileno()).st_size
        except BaseException:
            handle.close()
            raise
        return UploadSource(file=handle, size=size, name=path, owned=True)
    if isinstance(file, io.TextIOBase):
        raise TypeError("upload needs a binary file object: open the file with 'rb'")
    name = getattr(file, "name", None)
    name = name if isinstance(name, str) else None
    seekable = getattr(file, "seekable", None)
    if callable(seekable) and seekable():
        start = file.tell()
        end = file.seek(0, io.SEEK_END)
        file.seek(start)
        return UploadSource(file=file, start=start, size=end - start, name=name)
    data = file.read()
    if not isinstance(data, bytes):
        raise TypeError(f"upload needs a binary file object; read() returned {type(data).__name__}")
    return UploadSource(buffer=data, size=len(data), name=name)


# --------------------------------------------------------------------------- the protocol without I/O


@dataclass(frozen=True, slots=True)
class Chunk:
    """The next bytes to send: ``length`` bytes from ``offset``; ``finalize`` on the last one."""

    offset: int
    length: int
    finalize: bool


class ResumableSession:
    """The state of one resumable upload: what the server has, what to send next, what its answers mean."""

    __slots__ = ("chunk_size", "offset", "total", "url")

    def __init__(self, url: str, total: int, chunk_size: int) -> None:
        self.url = url
        self.total = total
        self.chunk_size = chunk_size
        self.offset = 0
        """Bytes the server has confirmed."""

    @staticmethod
    def start_headers(total: int, mime_type: str) -> dict[str, str]:
        return {
            "X-Goog-Upload-Protocol": "resumable",
            "X-Goog-Upload-Command": "start",
            "X-Goog-Upload-Header-Content-Length": str(total),
            "X-Goog-Upload-Header-Content-Type": mime_type,
            "content-type": "application/json",
        }

    @staticmethod
    def session_url(headers: Mapping[str, str], base_url: str) -> str:
        """The session URL from the start answer, checked: absolute http(s), and not http when the API is https."""
        url = headers.get(_URL)
        if not url:
            raise UploadError(
                f"the upload start answer has no {_URL} header, so there is nowhere to send the bytes "
                f"(upload status: {headers.get(_STATUS)!r})"
            )
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UploadError(f"the server's upload URL is not an absolute http(s) URL: {url!r}")
        if parts.scheme == "http" and urlsplit(base_url).scheme == "https":
            raise UploadError(f"the server's upload URL would send the file unencrypted: {url!r}")
        return url

    def next_chunk(self) -> Chunk:
        length = min(self.chunk_size, self.total - self.offset)
        return Chunk(self.offset, length, self.offset + length >= self.total)

    @staticmethod
    def chunk_headers(chunk: Chunk) -> dict[str, str]:
        return {
            "X-Goog-Upload-Command": "upload, finalize" if chunk.finalize else "upload",
            "X-Goog-Upload-Offset": str(chunk.offset),
        }

    @staticmethod
    def query_headers() -> dict[str, str]:
        return {"X-Goog-Upload-Command": "query"}

    def chunk_accepted(self, chunk: Chunk, headers: Mapping[str, str]) -> bool:
        """Record a 2xx answer to ``chunk``; ``True`` when the upload is complete (the answer holds the file)."""
        status = (headers.get(_STATUS) or "").lower()
        if status == "final":
            return True
        if chunk.finalize:
            raise UploadError(f"the server did not finish the upload after its last chunk (upload status: {status!r})")
        if status not in ("", "active"):
            raise UploadError(f"the server ended the upload session (upload status: {status!r})")
        received = headers.get(_SIZE_RECEIVED)
        self.offset = self._received(received) if received is not None else chunk.offset + chunk.length
        return False

    def query_answered(self, headers: Mapping[str, str]) -> bool:
        """Record the answer to a status query; ``True`` when the upload is already complete."""
        status = (headers.get(_STATUS) or "").lower()
        if status == "final":
            return True
        if status != "active":
            raise UploadError(f"the upload session cannot be resumed (upload status: {status!r})")
        received = headers.get(_SIZE_RECEIVED)
        if received is None:
            raise UploadError(f"the status query answer has no {_SIZE_RECEIVED} header")
        self.offset = self._received(received)
        return False

    def _received(self, value: str) -> int:
        try:
            size = int(value)
        except ValueError:
            size = -1
        if not 0 <= size <= self.total:
            raise UploadError(f"the server reports {value!r} bytes received of {self.total}")
        return size


def decode_final(content: bytes) -> dict[str, Any]:
    """The ``File`` JSON object in the final answer (``{"file": {...}}``)."""
    try:
        data = orjson.loads(content) if content.strip() else None
    except orjson.JSONDecodeError:
        data = None
    file = data.get("file") if isinstance(data, dict) else None
    if not isinstance(file, dict):
        snippet = content[:120].decode("utf-8", "replace")
        raise UploadError(f"the final upload answer does not hold a file object: {snippet!r}")
    return file


# --------------------------------------------------------------------------- progress


class Progress:
    """Turns the confirmed offsets into callback calls whose value never decreases."""

    __slots__ = ("callbacks", "reported", "total")

    def __init__(self, total: int, callbacks: list[ProgressCallback]) -> None:
        self.total = total
        self.callbacks = callbacks
        self.reported = -1

    def update(self, done: int) -> None:
        if done > self.reported:
            self.reported = done
            for callback in self.callbacks:
                callback(done, self.total)


class ProgressBar:
    """A one-line text progress bar (``label  42% [########    ] 3.4/8.0 MiB``), redrawn in place."""

    __slots__ = ("label", "stream", "width")

    def __init__(self, label: str, stream: TextIO | None = None, width: int = 24) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.width = width

    def __call__(self, done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        filled = round(fraction * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        mib = 1024 * 1024
        line = f"\r{self.label} {fraction:4.0%} [{bar}] {done / mib:.1f}/{total / mib:.1f} MiB"
        self.stream.write(line + ("\n" if done >= total else ""))
        self.stream.flush()


# --------------------------------------------------------------------------- requests of one upload


@dataclass(frozen=True, slots=True)
class UploadRequest:
    """One upload's inputs, as the Files resource prepared them."""

    source: UploadSource
    mime_type: str
    metadata: Mapping[str, Any]
    chunk_size: int
    progress: list[ProgressCallback]
    options: RequestOptions | None


def start_spec(client: BaseClient, timeout: Timeouts, operation: Operation, request: UploadRequest) -> RequestSpec:
    """The request that opens the upload session (``operation`` is the media upload operation)."""
    spec = build_request(
        client,
        timeout,
        operation,
        path=None,
        query=None,
        body={"file": dict(request.metadata)},
        options=request.options,
        stream=False,
    )
    headers = {**spec.headers, **ResumableSession.start_headers(request.source.size, request.mime_type)}
    return replace(spec, headers=headers)


_CREDENTIALS: Final = frozenset({"x-goog-api-key", "authorization"})


def session_spec(
    start: RequestSpec, url: str, headers: Mapping[str, str], content: bytes | None, *, same_origin: bool
) -> RequestSpec:
    """A request to the session URL: the start request's headers minus its body type, upload commands and, when
    the URL is on another origin, any credentials."""
    common = {
        k: v
        for k, v in start.headers.items()
        if k.lower() != "content-type"
        and not k.lower().startswith("x-goog-upload-")
        and (same_origin or k.lower() not in _CREDENTIALS)
    }
    return replace(start, url=url, params=(), headers={**common, **headers}, content=content)


def same_origin(url: str, base_url: str) -> bool:
    """Whether ``url`` is on the API's own origin (only then does the key go with it)."""
    a, b = urlsplit(url), urlsplit(base_url)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)


class Budget:
    """The retry budget of an upload: the client's policy, renewed whenever the server confirms more bytes.

    So a long upload over a flaky link goes on as long as it moves forward, and one that stops moving gives up
    after the policy's retries, however the failed attempts were split between chunks and status queries.
    """

    __slots__ = ("attempts", "breaker", "clock", "offset", "spent")

    def __init__(self, clock: Clock, breaker: CircuitBreaker | None) -> None:
        self.clock = clock
        self.breaker = breaker
        self.attempts: Attempts | None = None
        self.offset = -1
        self.spent = 0

    def at(self, offset: int, spec: RequestSpec) -> Attempts:
        """The attempt record for a request made when the server had confirmed ``offset`` bytes."""
        if self.attempts is None or offset > self.offset:
            if self.attempts is not None:
                self.spent += self.attempts.retries
            self.attempts = Attempts(spec, self.clock, self.breaker)
            self.offset = offset
        return self.attempts

    @property
    def retries(self) -> int:
        return self.spent + (self.attempts.retries if self.attempts is not None else 0)
