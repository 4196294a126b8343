"""(i) The Live API: server frames decoded into typed events, audio delivered to the caller, input resampled.

Frames are built here from fixed seeds in the shapes the Live API sends (compact JSON, as UTF-8 bytes: the server
sends binary frames): five spoken turns, each with the user's input transcription, 25 audio chunks of 40 ms of
24 kHz PCM (1,920 bytes, 2,560 base64 characters) interleaved with output transcription pieces, a few text deltas,
a tool call, ``generationComplete``, then ``turnComplete`` with ``usageMetadata``. Compact JSON is the harder case
for the ratio: pretty-printed frames give ``orjson.loads`` more whitespace to skip for the same events.

Measures:

- ``live_decode``: ``LiveProtocol.receive`` on every frame of the mix against ``orjson.loads`` of the same frames
  (goal ≤ 1.2), and against ``orjson.loads`` plus one base64 decode of each audio chunk, the least any client must
  do to hand the caller PCM bytes.
- ``live_audio``: audio frames only. PCM bytes per second delivered as ``AudioChunk.data``, against
  ``orjson.loads`` + ``binascii.a2b_base64(strict_mode=True)`` (one decode, validated in C) and the same with
  ``base64.b64decode(validate=True)``. Copies are counted with ``tracemalloc``: the bytes allocated while one frame is
  turned into its event and still held afterwards (the event) against those a bare ``a2b_base64`` of its data keeps:
  the difference is the event objects (a few hundred bytes), less than one more copy of the chunk's 1,920 bytes.
  (The peak while decoding says nothing here: orjson's parse buffer, about ten times the frame, dominates it.)
- ``live_resample``: ``pygenai.live``'s pure-Python resampler, 48 and 44.1 kHz to 16 kHz, in seconds of audio per
  second of CPU (reported).
"""

from __future__ import annotations

import base64
import binascii
import gc
import math
import random
import time
import tracemalloc
from array import array
from collections.abc import Callable
from typing import Any

import orjson

from pygenai.live._audio import resample_pcm16
from pygenai.live._events import AudioChunk
from pygenai.live._protocol import LiveProtocol

from ..report import MeasureResult
from ..settings import Settings
from ..timing import Timing, time_contenders

__all__ = ["run"]

_SEED = 20_261_130
_CHUNK_MS = 40
_OUTPUT_RATE = 24000
_CHUNK_BYTES = _OUTPUT_RATE * _CHUNK_MS // 1000 * 2  # 1,920 bytes of PCM in a 40 ms chunk
_WORDS = "the weather in lisbon is sunny today with a light breeze from the north and about twenty degrees".split()


def _pcm_chunk(rng: random.Random, index: int) -> bytes:
    """40 ms of a voice-like signal: two harmonics plus noise, so base64 text is not repetitive."""
    start = index * (_CHUNK_BYTES // 2)
    values = [
        int(
            6000 * math.sin(2 * math.pi * 180 * (start + i) / _OUTPUT_RATE)
            + 2500 * math.sin(2 * math.pi * 540 * (start + i) / _OUTPUT_RATE)
            + rng.randint(-800, 800)
        )
        for i in range(_CHUNK_BYTES // 2)
    ]
    return array("h", values).tobytes()


def _text(rng: random.Random, words: int) -> str:
    return " " + " ".join(rng.choice(_WORDS) for _ in range(words))


def _frame(message: dict[str, Any]) -> bytes:
    return orjson.dumps(message)


def audio_frame(pcm: bytes) -> bytes:
    """One ``serverContent`` frame carrying one chunk of model audio."""
    blob = {"mimeType": f"audio/pcm;rate={_OUTPUT_RATE}", "data": base64.b64encode(pcm).decode("ascii")}
    return _frame({"serverContent": {"modelTurn": {"parts": [{"inlineData": blob}]}}})


def frame_mix(turns: int = 5) -> list[bytes]:
    """The frames of ``turns`` spoken turns, in the order a session receives them."""
    rng = random.Random(_SEED)
    frames = [_frame({"setupComplete": {}})]
    chunk_index = 0
    for turn in range(turns):
        for _ in range(2):
            frames.append(_frame({"serverContent": {"inputTranscription": {"text": _text(rng, 4)}}}))
        for chunk in range(25):
            frames.append(audio_frame(_pcm_chunk(rng, chunk_index)))
            chunk_index += 1
            if chunk % 3 == 0:
                frames.append(_frame({"serverContent": {"outputTranscription": {"text": _text(rng, 3)}}}))
        for _ in range(4):
            frames.append(_frame({"serverContent": {"modelTurn": {"parts": [{"text": _text(rng, 6)}]}}}))
        call = {"id": f"function-call-{turn:04d}", "name": "get_weather", "args": {"city": "Lisbon"}}
        frames.append(_frame({"toolCall": {"functionCalls": [call]}}))
        frames.append(_frame({"serverContent": {"generationComplete": True}}))
        prompt, response = 180 + 40 * turn, 150 + 10 * turn
        usage = {
            "promptTokenCount": prompt,
            "responseTokenCount": response,
            "totalTokenCount": prompt + response,
            "promptTokensDetails": [{"modality": "AUDIO", "tokenCount": prompt}],
            "responseTokensDetails": [{"modality": "AUDIO", "tokenCount": response}],
        }
        frames.append(_frame({"serverContent": {"turnComplete": True}, "usageMetadata": usage}))
    return frames


def _audio_data(frame: bytes) -> str | None:
    """The base64 text of a frame's audio, if it carries some (read from the parsed JSON)."""
    content = orjson.loads(frame).get("serverContent", {})
    for part in content.get("modelTurn", {}).get("parts", ()):
        if "inlineData" in part:
            data: str = part["inlineData"]["data"]
            return data
    return None


def _decode_measure(settings: Settings) -> MeasureResult:
    frames = frame_mix()
    protocol = LiveProtocol("gemini-live-2.5-flash-preview")
    receive = protocol.receive
    loads = orjson.loads
    a2b = binascii.a2b_base64

    def pygenai_events() -> int:
        count = 0
        for frame in frames:
            count += len(receive(frame))
        return count

    def raw_loads() -> None:
        for frame in frames:
            loads(frame)

    def loads_and_decode() -> None:
        for frame in frames:
            message = loads(frame)
            content = message.get("serverContent")
            if content is not None and "modelTurn" in content:
                for part in content["modelTurn"]["parts"]:
                    blob = part.get("inlineData")
                    if blob is not None:
                        a2b(blob["data"])

    events = pygenai_events()
    audio = [e for frame in frames for e in protocol.receive(frame) if isinstance(e, AudioChunk)]
    expected_audio = [base64.b64decode(d) for d in map(_audio_data, frames) if d is not None]
    if [e.data for e in audio] != expected_audio:
        raise AssertionError("LiveProtocol.receive delivered other audio than the frames hold")

    contenders: list[tuple[str, Callable[[], object]]] = [
        ("orjson.loads", raw_loads),
        ("orjson.loads + base64 of audio", loads_and_decode),
        ("pygenai LiveProtocol.receive", pygenai_events),
    ]
    timings = time_contenders(contenders, rounds=settings.rounds, batch_s=settings.batch_s)
    result = MeasureResult("live_decode", "decode Live frames into events")
    result.add_times(timings)
    result.facts["frames (audio frames), bytes"] = f"{len(frames)} ({len(expected_audio)}), {sum(map(len, frames)):,}"
    result.facts["events per pass"] = events
    per_frame = timings["pygenai LiveProtocol.receive"].median / len(frames)
    result.facts["frames per second, pygenai (median)"] = f"{1 / per_frame:,.0f}"
    result.facts["frames per second, orjson.loads (median)"] = f"{len(frames) / timings['orjson.loads'].median:,.0f}"
    result.add_ratio(
        timings,
        "pygenai LiveProtocol.receive",
        "orjson.loads",
        "pygenai / orjson.loads",
        goal_max=1.2,
        goal="≤ 1.2",
    )
    result.add_ratio(
        timings, "pygenai LiveProtocol.receive", "orjson.loads + base64 of audio", "pygenai / orjson.loads + base64"
    )
    return result


def _retained_bytes(make: Callable[[], object]) -> tuple[int, object]:
    """Bytes allocated by ``make()`` and still held by what it returns (tracemalloc), and that value."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        value = make()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return after - before, value


def _audio_measure(settings: Settings) -> MeasureResult:
    rng = random.Random(_SEED + 1)
    frames = [audio_frame(_pcm_chunk(rng, i)) for i in range(50)]
    protocol = LiveProtocol("gemini-live-2.5-flash-preview")
    receive = protocol.receive
    loads = orjson.loads
    a2b = binascii.a2b_base64
    b64decode = base64.b64decode

    def pygenai_audio() -> int:
        total = 0
        for frame in frames:
            for event in receive(frame):
                if isinstance(event, AudioChunk):
                    total += len(event.data)
        return total

    def one_decode() -> int:
        total = 0
        for frame in frames:
            blob = loads(frame)["serverContent"]["modelTurn"]["parts"][0]["inlineData"]
            total += len(a2b(blob["data"], strict_mode=True))
        return total

    def validated_decode() -> int:
        total = 0
        for frame in frames:
            blob = loads(frame)["serverContent"]["modelTurn"]["parts"][0]["inlineData"]
            total += len(b64decode(blob["data"], validate=True))
        return total

    delivered = pygenai_audio()
    if delivered != one_decode() or delivered != _CHUNK_BYTES * len(frames):
        raise AssertionError("the audio contenders delivered different byte counts")

    # Memory: what one frame's event keeps, and the most that turning it into the event holds at once.
    frame = frames[0]
    kept, events = _retained_bytes(lambda: receive(frame))
    assert isinstance(events, list) and isinstance(events[0], AudioChunk)
    base_kept, decoded = _retained_bytes(lambda: a2b(_audio_data(frame) or "", strict_mode=True))
    assert isinstance(decoded, bytes)

    contenders: list[tuple[str, Callable[[], object]]] = [
        ("orjson.loads + a2b_base64", one_decode),
        ("orjson.loads + b64decode(validate)", validated_decode),
        ("pygenai AudioChunk.data", pygenai_audio),
    ]
    timings = time_contenders(contenders, rounds=settings.rounds, batch_s=settings.batch_s)
    result = MeasureResult("live_audio", "Live audio to the caller")
    result.add_times(timings)
    for name, timing in timings.items():
        result.facts[f"PCM MB/s, {name}"] = f"{delivered / timing.median / 1e6:,.0f}"
    result.facts["bytes kept per 1,920-byte chunk: event, bare decode"] = f"{kept}, {base_kept}"
    result.facts["bytes the event keeps beyond the decoded PCM (the event objects)"] = kept - base_kept
    result.facts["PCM copies beyond the base64 decode"] = (kept - base_kept) // _CHUNK_BYTES
    result.facts["AudioChunk.data equals one base64 decode of the frame"] = events[0].data == decoded
    result.add_ratio(timings, "pygenai AudioChunk.data", "orjson.loads + a2b_base64", "pygenai / loads + one decode")
    result.add_ratio(
        timings,
        "pygenai AudioChunk.data",
        "orjson.loads + b64decode(validate)",
        "pygenai / loads + b64decode(validate)",
    )
    return result


def _resample_measure(settings: Settings) -> MeasureResult:
    seconds = 2 if settings.quick else 5
    result = MeasureResult("live_resample", "resample input audio to 16 kHz")
    result.facts["seconds of audio per call"] = seconds
    for rate in (48000, 44100):
        pcm = array("h", (int(8000 * math.sin(2 * math.pi * 220 * i / rate)) for i in range(rate * seconds))).tobytes()
        runs: list[float] = []
        for _ in range(3 if settings.quick else 7):
            started = time.process_time()
            out = resample_pcm16(pcm, rate, 16000)
            runs.append(time.process_time() - started)
        if len(out) != 2 * 16000 * seconds:
            raise AssertionError("the resampler returned a wrong sample count")
        best = min(runs)
        name = f"resample {rate} Hz to 16 kHz (CPU time)"
        result.add_times({name: Timing(name, tuple(runs), 1, clock="process_time")})
        result.facts[f"{rate // 1000 if rate % 1000 == 0 else rate / 1000} kHz → 16 kHz, s of audio per CPU s"] = (
            f"{seconds / best:.0f}"
        )
    return result


def run(settings: Settings) -> list[MeasureResult]:
    """Frames to events (goal ≤ 1.2 of ``orjson.loads``), audio delivery and copies, resampling speed."""
    return [_decode_measure(settings), _audio_measure(settings), _resample_measure(settings)]
