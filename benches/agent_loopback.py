"""A loopback HTTP/1.1 server that plays a scripted multi-step agent run, for the agents measure.

Like :mod:`benches.loopback` (a raw asyncio protocol on 127.0.0.1, in its own process, stopping when its parent
closes its stdin, on SIGTERM or after ``--lifetime`` seconds), but it holds a list of response bodies and answers
each request with the one for its step. The step is read from the request itself, not from a counter: it is the
number of ``"functionResponse"`` keys in the body, i.e. how many tool results the history already carries. So any
number of clients may run the script at the same time, or stop half-way, without the answers drifting.
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

from .loopback import _content_length, http_response

__all__ = ["serve_script_in_subprocess"]

_MAX_HEAD = 64 * 1024
_MAX_BODY = 64 * 1024 * 1024
_MARKER = b'"functionResponse"'


class _ScriptedResponses(asyncio.Protocol):
    """Answers every complete request with the response of the step its body has reached."""

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
            step = buffer.count(_MARKER, head_end + 4, end)
            del buffer[:end]
            assert self._transport is not None
            self._transport.write(self._responses[min(step, len(self._responses) - 1)])

    def _close(self) -> None:
        if self._transport is not None:
            self._transport.close()


async def _serve(script_path: Path, lifetime: float) -> None:
    bodies = [body.encode() for body in json.loads(script_path.read_text(encoding="utf-8"))]
    responses = [http_response(body) for body in bodies]
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _ScriptedResponses(responses), host="127.0.0.1", port=0, backlog=4096, reuse_address=True
    )
    sys.stdout.write(f"{server.sockets[0].getsockname()[1]}\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
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
def serve_script_in_subprocess(bodies: Sequence[bytes], *, lifetime: float = 600.0) -> Iterator[str]:
    """Start the server in a child process playing ``bodies`` (step 0 first); yield its base URL."""
    data_dir = Path(__file__).parent / "data"
    data_dir.mkdir(exist_ok=True)
    script_path = data_dir / f"agent-script-{os.getpid()}.json"
    script_path.write_text(json.dumps([body.decode() for body in bodies]), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "benches.agent_loopback", "--script", str(script_path), "--lifetime", str(lifetime)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=Path(__file__).parent.parent,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the scripted loopback server did not start")
        yield f"http://127.0.0.1:{int(line)}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()
        script_path.unlink(missing_ok=True)


def main() -> None:
    """Serve a script file (a JSON list of response bodies) until stdin closes, SIGTERM, or the lifetime ends."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--script", type=Path, required=True, help="JSON list of response bodies, one per step")
    parser.add_argument("--lifetime", type=float, default=600.0, help="seconds before stopping by itself")
    args = parser.parse_args()
    asyncio.run(_serve(args.script, args.lifetime))


if __name__ == "__main__":
    main()
