"""The Live API with audio: a WAV file in (resampled to 16 kHz, sent in realtime chunks), spoken audio out to a WAV.

    python examples/live_audio.py                      # offline: replays cassettes/live/examples_live_audio.json
    GEMINI_API_KEY=... python examples/live_audio.py   # live: opens a Live session with the Gemini API
    GEMINI_API_KEY=... python examples/live_audio.py --input question.wav --output answer.wav

Without ``--input`` the script writes its own question: 1.3 seconds of a voice-like sound (three syllables of a
gliding pitch with harmonics) as a 48 kHz stereo WAV, the kind of file a phone records. The Live API takes 16 kHz
mono, so the file goes through ``pygenai.live``'s helpers: ``read_wav``, ``to_mono``, ``resample_pcm16`` and
``chunk_pcm`` (100 ms chunks, sent at the pace they would be spoken when live). The model answers in 24 kHz PCM,
written to ``--output`` with ``write_wav``; the transcriptions of both sides print as they arrive. (A synthetic
question gets a puzzled answer from the real model: record a question of your own and pass it with ``--input``.)
"""

from __future__ import annotations

import argparse
import asyncio
import math
import tempfile
from array import array
from pathlib import Path

from _replay import LIVE, async_live_client

from pygenai.live import (
    AudioChunk,
    InputTranscription,
    OutputTranscription,
    TurnComplete,
    chunk_pcm,
    read_wav,
    resample_pcm16,
    to_mono,
    write_wav,
)

MODEL = "gemini-2.5-flash-native-audio-preview-09-2025"
INPUT_RATE = 16000  # what the Live API takes
CHUNK_MS = 100


def write_question(path: Path, rate: int = 48000) -> None:
    """A voice-like question as a stereo 16-bit WAV: three syllables, each a pitch glide with five harmonics."""
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
        samples.extend([0] * (rate * (100 if syllable < 2 else 200) // 1000))  # pauses between syllables
    stereo = array("h", (value for sample in samples for value in (sample, sample // 2)))  # louder on the left
    write_wav(path, stereo.tobytes(), rate=rate, channels=2)


async def main(question: Path | None, answer: Path) -> None:
    config = {
        "response_modalities": ["AUDIO"],
        "voice": "Kore",
        "input_audio_transcription": True,
        "output_audio_transcription": True,
    }
    audio: list[bytes] = []
    rate = 24000
    said: list[str] = []
    async with async_live_client() as client:
        with tempfile.TemporaryDirectory() as scratch:
            if question is None:
                question = Path(scratch) / "question.wav"
                write_question(question)
            wav = read_wav(question)
        print(f"[input] {question.name}: {wav.duration:.2f} s, {wav.rate} Hz, {wav.channels} channel(s)")
        pcm = resample_pcm16(to_mono(wav.pcm, wav.channels), wav.rate, INPUT_RATE)
        chunks = list(chunk_pcm(pcm, INPUT_RATE, ms=CHUNK_MS))
        print(f"[input] resampled to {INPUT_RATE} Hz mono: {len(pcm)} bytes in {len(chunks)} chunks of {CHUNK_MS} ms")

        async with client.live.connect(model=MODEL, config=config) as session:
            for chunk in chunks:
                await session.send_audio(chunk, rate=INPUT_RATE)
                if LIVE:
                    await asyncio.sleep(CHUNK_MS / 1000)  # realtime: the server hears the question as it is spoken
            await session.audio_stream_end()
            async for event in session.receive():
                if isinstance(event, InputTranscription):
                    print(f"[you said] {event.text.strip()}")
                elif isinstance(event, OutputTranscription):
                    said.append(event.text)
                elif isinstance(event, AudioChunk):
                    audio.append(event.data)
                    rate = event.rate
                elif isinstance(event, TurnComplete):
                    break

    print(f"[model said] {''.join(said).strip()}")
    write_wav(answer, b"".join(audio), rate=rate)
    written = read_wav(answer)
    print(f"[output] {answer}: {len(audio)} audio chunks, {written.duration:.2f} s at {written.rate} Hz")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, help="a WAV file to send (any rate, mono or stereo)")
    parser.add_argument("--output", type=Path, default=Path("live_audio_answer.wav"), help="where to write the answer")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.input, arguments.output))
