"""The Live guide talks to a WebSocket server on loopback that replays ``cassettes/live/docs_guides_live.json``
(one recorded connection per session the page opens) and checks every frame the page sends; the page's plain
``pygenai.Client()`` reaches it through ``GEMINI_BASE_URL``. The working directory gets ``question.wav``, the
recording the audio section reads: a voice-like sound as a 48 kHz stereo WAV, as a phone records."""

from __future__ import annotations

import contextlib
import os
import runpy
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.harness import live_server, recording

HTTP_CASSETTE = False  # only WebSocket sessions with the loopback server: no VCR, which would end each upgrade
CASSETTE = live_server.LIVE_CASSETTES_DIR / "docs_guides_live.json"
EXAMPLES = recording.REPO_ROOT / "examples"


def write_question(path: Path) -> None:
    """The question of ``examples/live_audio.py`` (the bytes the cassette's audio digests were made from), written
    by the example's own function; the example imports its replay helper by a path-relative name, hence the path."""
    sys.path.insert(0, str(EXAMPLES))
    try:
        example = runpy.run_path(str(EXAMPLES / "live_audio.py"), run_name="live_audio_example")
    finally:
        sys.path.remove(str(EXAMPLES))
    example["write_question"](path)


@contextlib.contextmanager
def setup(workdir: Path) -> Iterator[None]:
    write_question(workdir / "question.wav")
    with live_server.replay(CASSETTE) as server:
        os.environ["GEMINI_BASE_URL"] = server.base_url
        yield
