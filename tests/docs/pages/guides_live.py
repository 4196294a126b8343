"""The Live guide talks to a WebSocket server on loopback that replays ``cassettes/live/docs_guides_live.json``
(one recorded connection per session the page opens) and checks every frame the page sends; the page's plain
``pygenai.Client()`` reaches it through ``GEMINI_BASE_URL``. The working directory gets ``question.wav``, the
recording the audio section reads: a voice-like sound as a 48 kHz stereo WAV, as a phone records."""

from __future__ import annotations

import contextlib
import math
import os
from array import array
from collections.abc import Iterator
from pathlib import Path

from pygenai.live import write_wav
from tests.harness import live_server

HTTP_CASSETTE = False  # only WebSocket sessions with the loopback server: no VCR, which would end each upgrade
CASSETTE = live_server.LIVE_CASSETTES_DIR / "docs_guides_live.json"


def write_question(path: Path, rate: int = 48000) -> None:
    """Three syllables, each a pitch glide with five harmonics, the right channel at half volume (the bytes the
    cassette's audio digests were made from)."""
    samples: list[int] = []
    for syllable, (start_hz, end_hz) in enumerate([(140, 170), (170, 130), (120, 180)]):
        length = rate * 300 // 1000
        phase = 0.0
        for n in range(length):
            hertz = start_hz + (end_hz - start_hz) * n / length
            phase += 2 * math.pi * hertz / rate
            envelope = math.sin(math.pi * n / length) ** 2
            value = sum(math.sin(k * phase) / k for k in range(1, 6))
            samples.append(round(9000 * envelope * value))
        samples.extend([0] * (rate * (100 if syllable < 2 else 200) // 1000))
    stereo = array("h", (value for sample in samples for value in (sample, sample // 2)))
    write_wav(path, stereo.tobytes(), rate=rate, channels=2)


@contextlib.contextmanager
def setup(workdir: Path) -> Iterator[None]:
    write_question(workdir / "question.wav")
    with live_server.replay(CASSETTE) as server:
        os.environ["GEMINI_BASE_URL"] = server.base_url
        yield
