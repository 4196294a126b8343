"""A fast prebuilt-response HTTP/1.1 server on 127.0.0.1, run in its own process for the HTTP and agents measures.

The server is a raw asyncio protocol: it reads each request's head and ``Content-Length`` body and answers with a
prebuilt response, keeping the connection alive: the same one for every request (:func:`serve_in_subprocess`),
or, for a scripted agent run (:func:`serve_script_in_subprocess`), the one for the step the request has reached.
The step is read from the request itself, not from a counter: it is the number of ``"functionResponse"`` keys in
the body, i.e. how many tool results the history already carries, so any number of clients may run the script at
once, or stop half-way, without the answers drifting. Doing no routing, parsing or JSON work keeps the server from
being the bottleneck, so client-side costs dominate the difference between contenders. It binds 127.0.0.1 only,
on a port the OS picks, and stops by itself: when its parent closes its stdin, on SIGTERM, or after
``--lifetime`` seconds, whichever comes first.

Run in-process for a quick check: ``python -m benches.loopback --lifetime 5``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["serve_in_subprocess", "serve_script_in_subprocess"]

_MAX_HEAD = 64 * 1024
_MAX_BODY = 64 * 1024 * 1024
_STEP_MARKER = b'"functionResponse"'


class _ScriptedResponses(asyncio.Protocol):
    """Answers each complete request on the connection with ``responses[step]``: the response for the number of
    tool results its body carries (the last one beyond the script's end); one response answers everything."""

    def __init__(self, responses: Sequence[bytes]) -> None:
        self._responses = responses
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
            responses = self._responses
            step = 0 if len(responses) == 1 else min(buffer.count(_STEP_MARKER, head_end + 4, end), len(responses) - 1)
            del buffer[:end]
            assert self._transport is not None
            self._transport.write(responses[step])

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


async def _serve(responses: Sequence[bytes], lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _ScriptedResponses(responses), host="127.0.0.1", port=0, backlog=4096, reuse_address=True
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
    with _served(["--body", str(body_path)], lifetime) as base_url:
        yield base_url
    body_path.unlink(missing_ok=True)


@contextlib.contextmanager
def serve_script_in_subprocess(bodies: Sequence[bytes], *, lifetime: float = 600.0) -> Iterator[str]:
    """Start the server in a child process playing ``bodies`` (step 0 first, see the module docstring); yield
    its base URL."""
    data_dir = Path(__file__).parent / "data"
    data_dir.mkdir(exist_ok=True)
    script_path = data_dir / f"agent-script-{os.getpid()}.json"
    script_path.write_text(json.dumps([body.decode() for body in bodies]), encoding="utf-8")
    with _served(["--script", str(script_path)], lifetime) as base_url:
        yield base_url
    script_path.unlink(missing_ok=True)


@contextlib.contextmanager
def _served(arguments: list[str], lifetime: float) -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "benches.loopback", *arguments, "--lifetime", str(lifetime)],
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


def main() -> None:
    """Serve a body file (or a script: a JSON list of bodies, one per step) until stdin closes, SIGTERM, or the
    lifetime ends; print the port first."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--body", type=Path, help="file whose bytes every response carries")
    parser.add_argument("--script", type=Path, help="JSON list of response bodies, one per step")
    parser.add_argument("--lifetime", type=float, default=600.0, help="seconds before stopping by itself")
    args = parser.parse_args()
    if args.script is not None:
        bodies = [body.encode() for body in json.loads(args.script.read_text(encoding="utf-8"))]
        asyncio.run(_serve([http_response(body) for body in bodies], args.lifetime))
        return
    body_path: Path | None = args.body
    if body_path is None:
        body_path = Path(__file__).parent / "data" / "loopback-default.json"
        body_path.parent.mkdir(exist_ok=True)
        body_path.write_bytes(b'{"ok": true}\n')
    asyncio.run(_serve([http_response(body_path.read_bytes())], args.lifetime))


if __name__ == "__main__":
    main()
