"""Where every example gets its client: the live API when ``GEMINI_API_KEY`` is set, else a replay.

An example does::

    from _replay import client

    with client() as gemini:
        print(gemini.models.generate_content(model="gemini-3.5-flash", contents="Hi").text)

Without ``GEMINI_API_KEY``, the client's HTTP traffic is answered from ``cassettes/examples/<example>.yaml``
by vcrpy: nothing leaves the machine, a request the cassette does not hold fails, and request bodies are
compared as JSON values, so a replay also checks what the example sent. Each recorded answer plays once, and
leaving the block with answers never asked for is an error too.

The Live API examples use :func:`async_live_client`: offline, a WebSocket server on loopback
(``tests/harness/live_server.py``) replays ``cassettes/live/examples_<example>.json`` and checks every frame the
example sends against the recording (JSON-equal, audio by length and SHA-256).

vcrpy (with PyYAML) is a development dependency of pygenai, needed only to replay (the Live replay also needs the
``websockets`` package); running live needs pygenai alone.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pygenai

REPO_ROOT = Path(__file__).resolve().parents[1]
CASSETTES = REPO_ROOT / "cassettes" / "examples"
LIVE_CASSETTES = REPO_ROOT / "cassettes" / "live"
API_ROOT = "https://generativelanguage.googleapis.com"
REPLAY_KEY = "offline-replay"  # sent nowhere: the cassette answers every request

LIVE = bool(os.environ.get("GEMINI_API_KEY"))
"""True when the examples call the real API."""


def poll_interval(seconds: float) -> float:
    """How long to wait between polls of a long-running job: ``seconds`` live, 0 when replaying."""
    return seconds if LIVE else 0.0


def _example_name() -> str:
    main = getattr(sys.modules["__main__"], "__file__", None)
    if not main:
        raise RuntimeError("run the example as a script: python examples/<name>.py")
    script = Path(main).resolve()
    examples = Path(__file__).resolve().parent
    if examples in script.parents:  # examples/agents/<name>.py replays cassettes/examples/agents/<name>.yaml
        return script.relative_to(examples).with_suffix("").as_posix()
    return script.stem


def _canonical(body: Any) -> bytes:
    """A request body as comparable bytes: its JSON value (key order and spacing aside), else the bytes."""
    raw = body.encode() if isinstance(body, str) else bytes(body or b"")
    if not raw.strip():
        return b""
    try:
        value = json.loads(raw)
    except ValueError:
        return b"bytes:" + raw
    # Dumped, not compared as Python values: in Python true == 1, in JSON they differ.
    return b"json:" + json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _json_body(sent: Any, recorded: Any) -> None:
    """vcrpy matcher: both requests carry the same JSON value (or, if not JSON, the same bytes)."""
    if _canonical(sent.body) != _canonical(recorded.body):
        raise AssertionError(f"request bodies differ:\n  sent     {sent.body!r}\n  recorded {recorded.body!r}")


@contextlib.contextmanager
def _replaying(name: str) -> Iterator[None]:
    from vcr import VCR  # type: ignore[import-untyped]  # a development dependency: only replays need it

    path = CASSETTES / f"{name}.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"no cassette for this example: {path}")
    vcr = VCR(record_mode="none", match_on=("method", "scheme", "host", "port", "path", "query", "json_body"))
    vcr.register_matcher("json_body", _json_body)
    print(f"[offline] replaying {path.relative_to(REPO_ROOT)} (set GEMINI_API_KEY to call the API)")
    with vcr.use_cassette(str(path)) as cassette:
        yield
        if not cassette.all_played:
            unplayed = len(cassette) - cassette.play_count
            raise RuntimeError(f"{path.name}: {unplayed} recorded answer(s) were never asked for")


@contextlib.contextmanager
def client(name: str | None = None) -> Iterator[pygenai.Client]:
    """A ``pygenai.Client``: live with ``GEMINI_API_KEY``, else replaying the example's cassette."""
    if LIVE:
        print("[live] calling the Gemini API with GEMINI_API_KEY")
        with pygenai.Client() as live:
            yield live
        return
    with _replaying(name or _example_name()), pygenai.Client(api_key=REPLAY_KEY, base_url=API_ROOT) as replay:
        yield replay


@contextlib.asynccontextmanager
async def async_client(name: str | None = None) -> AsyncIterator[pygenai.AsyncClient]:
    """A ``pygenai.AsyncClient``: live with ``GEMINI_API_KEY``, else replaying the example's cassette."""
    if LIVE:
        print("[live] calling the Gemini API with GEMINI_API_KEY")
        async with pygenai.AsyncClient() as live:
            yield live
        return
    with _replaying(name or _example_name()):
        async with pygenai.AsyncClient(api_key=REPLAY_KEY, base_url=API_ROOT) as replay:
            yield replay


@contextlib.asynccontextmanager
async def async_live_client(name: str | None = None) -> AsyncIterator[pygenai.AsyncClient]:
    """A ``pygenai.AsyncClient`` for ``client.live``: live with ``GEMINI_API_KEY``, else pointed at a loopback
    WebSocket server replaying ``cassettes/live/examples_<example>.json``.

    Leaving the block offline raises if the example sent anything other than the recording, or stopped early.
    """
    if LIVE:
        print("[live] calling the Gemini Live API with GEMINI_API_KEY")
        async with pygenai.AsyncClient() as live:
            yield live
        return
    path = LIVE_CASSETTES / f"examples_{name or _example_name()}.json"
    if not path.is_file():
        raise FileNotFoundError(f"no cassette for this example: {path}")
    if str(REPO_ROOT) not in sys.path:
        sys.path.append(str(REPO_ROOT))  # the replay server is the test suite's (tests/harness/live_server.py)
    server_module: Any = importlib.import_module("tests.harness.live_server")
    print(f"[offline] replaying {path.relative_to(REPO_ROOT)} (set GEMINI_API_KEY to call the API)")
    with server_module.replay(path) as server:
        async with pygenai.AsyncClient(api_key=REPLAY_KEY, base_url=server.base_url) as replay:
            yield replay
