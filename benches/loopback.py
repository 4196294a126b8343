"""A fast fixed-response HTTP/1.1 server on 127.0.0.1, run in its own process for the HTTP measures.

The server is a raw asyncio protocol: it reads each request's head and ``Content-Length`` body and
answers with one prebuilt response, keeping the connection alive. Doing no routing, parsing or JSON
work keeps the server from being the bottleneck, so client-side costs dominate the difference between
contenders. It binds 127.0.0.1 only, on a port the OS picks, and stops by itself: when its parent closes
its stdin, on SIGTERM, or after ``--lifetime`` seconds, whichever comes first.

Run in-process for a quick check: ``python -m benches.loopback --lifetime 5``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

__all__ = ["serve_in_subprocess"]

_MAX_HEAD = 64 * 1024
_MAX_BODY = 64 * 1024 * 1024


class _FixedResponse(asyncio.Protocol):
    """Answers every complete request on the connection with the same bytes."""

    def __init__(self, response: bytes) -> None:
        self._response = response
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        while True:
            head_end = buffer.find(b"\r\n\r\n")
            if head_end < 0:
                if len(buffer) > _MAX_HEAD:
                    self._close()
                return
            length = _content_length(bytes(buffer[:head_end]))
            if length is None or length > _MAX_BODY:
                self._close()
                return
            end = head_end + 4 + length
            if len(buffer) < end:
                return
            del buffer[:end]
            assert self._transport is not None
            self._transport.write(self._response)

    def _close(self) -> None:
        if self._transport is not None:
            self._transport.close()


def _content_length(head: bytes) -> int | None:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            try:
                return int(value.strip())
            except ValueError:
                return None
        if name.strip().lower() == b"transfer-encoding":
            return None  # chunked uploads are not needed by the benches
    return 0


def http_response(body: bytes, content_type: str = "application/json; charset=UTF-8") -> bytes:
    """A complete keep-alive HTTP/1.1 200 response carrying ``body``."""
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Vary: Origin\r\nVary: X-Origin\r\nVary: Referer\r\n"
        "Server: scaffolding on HTTPServer2\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


async def _serve(body_path: Path, lifetime: float) -> None:
    response = http_response(body_path.read_bytes())
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _FixedResponse(response), host="127.0.0.1", port=0, backlog=4096, reuse_address=True
    )
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"{port}\n")
    sys.stdout.flush()

    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    # The parent holds our stdin open; EOF means it is gone (or done with us).
    stdin = sys.stdin.fileno()

    def on_stdin() -> None:
        if not os.read(stdin, 4096):
            loop.remove_reader(stdin)
            stop.set()

    loop.add_reader(stdin, on_stdin)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=lifetime)
    server.close()
    await server.wait_closed()


@contextlib.contextmanager
def serve_in_subprocess(body: bytes, *, lifetime: float = 600.0) -> Iterator[str]:
    """Start the server in a child process answering every request with ``body``; yield its base URL.

    The child is stopped on exit (stdin closed, then terminated, then killed if it still lingers).
    """
    data_dir = Path(__file__).parent / "data"
    data_dir.mkdir(exist_ok=True)
    body_path = data_dir / f"loopback-body-{id(body)}.bin"
    body_path.write_bytes(body)
    proc = subprocess.Popen(
        [sys.executable, "-m", "benches.loopback", "--body", str(body_path), "--lifetime", str(lifetime)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=Path(__file__).parent.parent,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the loopback server did not start")
        yield f"http://127.0.0.1:{int(line)}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
        body_path.unlink(missing_ok=True)


def main() -> None:
    """Serve a body file until stdin closes, SIGTERM, or the lifetime ends; print the port first."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--body", type=Path, help="file whose bytes every response carries")
    parser.add_argument("--lifetime", type=float, default=600.0, help="seconds before stopping by itself")
    args = parser.parse_args()
    body_path: Path | None = args.body
    if body_path is None:
        body_path = Path(__file__).parent / "data" / "loopback-default.json"
        body_path.parent.mkdir(exist_ok=True)
        body_path.write_bytes(b'{"ok": true}\n')
    asyncio.run(_serve(body_path, args.lifetime))


if __name__ == "__main__":
    main()
