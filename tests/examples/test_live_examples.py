"""The Live API examples replay offline against the loopback WebSocket server and print what they are meant to show.

Each runs as a user runs it (``python examples/live_*.py`` from the repository root, without ``GEMINI_API_KEY``),
in a subprocess. The replay server checks every frame the example sends against its cassette
(``cassettes/live/examples_<name>.json``), so a passing run also proves the example sent the recorded setup, turns,
tool response and audio (by length and SHA-256).
"""

from __future__ import annotations

import base64
import subprocess
from collections.abc import Mapping
from pathlib import Path

import orjson
import pytest

from pygenai.live import read_wav
from tests.examples._run import EXAMPLES, REPO_ROOT, run_examples, tampered

LIVE_CASSETTES = REPO_ROOT / "cassettes" / "live"

EXPECTED: dict[str, list[str]] = {
    "live_text": [
        "[offline] replaying cassettes/live/examples_live_text.json (set GEMINI_API_KEY to call the API)",
        "[tool call] get_weather({'city': 'Lisbon'}) id=function-call-14638205316912448501",
        "[tool] get_weather('Lisbon') runs",
        "[turn 1] It's sunny in Lisbon right now, at 21°C.",
        "[turn complete]",
        "[turn 2] Em Lisboa está sol e 21°C.",
    ],
    "live_audio": [
        "[input] question.wav: 1.30 s, 48000 Hz, 2 channel(s)",
        "[input] resampled to 16000 Hz mono: 41600 bytes in 13 chunks of 100 ms",
        "[offline] replaying cassettes/live/examples_live_audio.json (set GEMINI_API_KEY to call the API)",
        "[you said] Hmm,",
        "[you said] hmm?",
        "[model said] That sounded like humming. What would you like to ask?",
        "8 audio chunks, 0.32 s at 24000 Hz",
    ],
}


@pytest.fixture(scope="module")
def answer_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("answer") / "answer.wav"


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, answer_wav: Path) -> Mapping[str, subprocess.CompletedProcess[str]]:
    """Both examples and two tampered copies, run at the same time."""
    tmp = tmp_path_factory.mktemp("tampered")
    (tmp / "text").mkdir()
    (tmp / "audio").mkdir()
    jobs: dict[str, tuple[Path, tuple[str, ...]]] = {
        "live_text": (EXAMPLES / "live_text.py", ()),
        "live_audio": (EXAMPLES / "live_audio.py", ("--output", str(answer_wav))),
        "changed turn": (
            tampered(tmp / "text", EXAMPLES / "live_text.py", "in one short sentence in Portuguese", "in Spanish"),
            (),
        ),
        "changed audio": (
            tampered(tmp / "audio", EXAMPLES / "live_audio.py", "(120, 180)", "(120, 181)"),
            ("--output", str(tmp / "audio" / "unused.wav")),
        ),
    }
    return run_examples(jobs, workers=4)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_live_example_replays_offline_and_prints_its_steps(
    name: str, runs: Mapping[str, subprocess.CompletedProcess[str]]
) -> None:
    result = runs[name]
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("[offline] replaying")  # the first line says it replays
    missing = [line for line in EXPECTED[name] if line not in result.stdout]
    assert not missing, f"missing from the output:\n{missing}\n--- output:\n{result.stdout}"


def test_the_audio_example_writes_the_answer_it_received(
    runs: Mapping[str, subprocess.CompletedProcess[str]], answer_wav: Path
) -> None:
    assert runs["live_audio"].returncode == 0, runs["live_audio"].stderr
    cassette = orjson.loads((LIVE_CASSETTES / "examples_live_audio.json").read_bytes())
    received = b"".join(
        base64.b64decode(part["inlineData"]["data"])
        for frame in cassette["frames"]
        if frame.get("dir") == "recv" and "json" in frame
        for part in frame["json"].get("serverContent", {}).get("modelTurn", {}).get("parts", ())
    )
    written = read_wav(answer_wav)
    assert (written.rate, written.channels, written.sample_width) == (24000, 1, 2)
    assert written.pcm == received and len(received) == 8 * 1920


def test_a_changed_turn_fails_the_replay(runs: Mapping[str, subprocess.CompletedProcess[str]]) -> None:
    result = runs["changed turn"]
    assert result.returncode != 0
    assert "CassetteMismatch" in result.stderr
    assert "the frame differs from the recording" in result.stderr


def test_changed_audio_fails_the_replay(runs: Mapping[str, subprocess.CompletedProcess[str]]) -> None:
    result = runs["changed audio"]
    assert result.returncode != 0
    assert "CassetteMismatch" in result.stderr
    assert "sha256" in result.stderr


def test_every_live_example_has_a_cassette() -> None:
    scripts = {p.stem for p in EXAMPLES.glob("live_*.py")}
    assert scripts == set(EXPECTED)
    assert all((LIVE_CASSETTES / f"examples_{name}.json").is_file() for name in scripts)
