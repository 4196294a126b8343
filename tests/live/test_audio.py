"""The Live audio helpers: WAV in and out, mono, resampling, realtime chunks; typed errors for what they cannot use."""

from __future__ import annotations

import io
import math
import pickle
import struct
import wave
from array import array
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pygenai import LiveAudioError, LiveError
from pygenai.live._audio import WavAudio, chunk_pcm, read_wav, resample_pcm16, to_mono, write_wav


def _pcm(values: list[int]) -> bytes:
    return struct.pack(f"<{len(values)}h", *values)


def _values(pcm: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(pcm) // 2}h", pcm))


def _sine(frequency: float, rate: int, seconds: float, amplitude: int = 12000) -> bytes:
    count = round(rate * seconds)
    return _pcm([round(amplitude * math.sin(2 * math.pi * frequency * i / rate)) for i in range(count)])


def _zero_crossings(pcm: bytes) -> int:
    values = _values(pcm)
    return sum(1 for a, b in pairwise(values) if (a < 0) != (b < 0))


def _rms(values: list[int]) -> float:
    return math.sqrt(sum(v * v for v in values) / len(values))


def _wav(
    samples: bytes,
    *,
    rate: int = 16000,
    channels: int = 1,
    width: int = 2,
    tag: int = 1,
    extensible: bool = False,
    extra_chunks: bytes = b"",
) -> bytes:
    """A WAV file built byte by byte, so the reader is tested against the format, not against ``wave``."""
    fmt = struct.pack("<HHIIHH", 0xFFFE if extensible else tag, channels, rate, rate * channels * width,
                      channels * width, 8 * width)  # fmt: skip
    if extensible:
        guid_tail = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        fmt += struct.pack("<HHI", 22, 8 * width, 0) + struct.pack("<H", tag) + guid_tail
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra_chunks
    body += b"data" + struct.pack("<I", len(samples)) + samples + (b"\x00" if len(samples) % 2 else b"")
    return b"RIFF" + struct.pack("<I", len(body)) + body


# --------------------------------------------------------------------------- WAV files


def test_write_then_read_round_trips_exactly(tmp_path: Path) -> None:
    pcm = _pcm([0, 1, -1, 32767, -32768, 1234, -4321, 7])
    path = tmp_path / "out.wav"
    write_wav(path, pcm, rate=24000)
    audio = read_wav(path)
    assert audio == WavAudio(pcm, 24000, 1, 2, 2)
    assert audio.frames == 8 and audio.duration == pytest.approx(8 / 24000)
    pcm_again, rate, channels, width = read_wav(str(path))[:4]  # unpacks like the tuple of the contract
    assert (pcm_again, rate, channels, width) == (pcm, 24000, 1, 2)


def test_written_file_is_a_standard_wav(tmp_path: Path) -> None:
    pcm = _pcm([10, -10, 20, -20])
    path = tmp_path / "stereo.wav"
    write_wav(path, pcm, rate=16000, channels=2)
    with wave.open(str(path), "rb") as reader:  # another reader agrees on every header field and the frames
        assert (reader.getnchannels(), reader.getsampwidth(), reader.getframerate(), reader.getnframes()) == (
            2,
            2,
            16000,
            2,
        )
        assert reader.readframes(2) == pcm


def test_write_to_an_open_file_and_read_from_bytes() -> None:
    buffer = io.BytesIO()
    pcm = _sine(440, 24000, 0.05)
    write_wav(buffer, pcm)
    assert read_wav(buffer.getvalue()) == WavAudio(pcm, 24000, 1)
    assert read_wav(bytearray(buffer.getvalue())).pcm == pcm
    assert read_wav(memoryview(buffer.getvalue())).pcm == pcm


def test_reads_a_file_wave_wrote(tmp_path: Path) -> None:
    path = tmp_path / "by_wave.wav"
    pcm = _pcm([5, -5, 300, -300, 32767, -32768])
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(2)
        writer.setsampwidth(2)
        writer.setframerate(44100)
        writer.writeframes(pcm)
    assert read_wav(path) == WavAudio(pcm, 44100, 2)


def test_skips_unknown_chunks_and_their_padding() -> None:
    pcm = _pcm([1, 2, 3])
    odd_chunk = b"LIST" + struct.pack("<I", 3) + b"abc" + b"\x00"  # odd size: one pad byte follows
    assert read_wav(_wav(pcm, extra_chunks=odd_chunk)).pcm == pcm


def test_8_bit_unsigned_becomes_16_bit() -> None:
    audio = read_wav(_wav(bytes([0x80, 0x00, 0xFF, 0x81]), width=1))
    assert _values(audio.pcm) == [0, -32768, 0x7F00, 0x0100]
    assert (audio.sample_width, audio.source_sample_width) == (2, 1)


def test_24_and_32_bit_keep_the_top_16_bits() -> None:
    samples24 = b"".join(v.to_bytes(3, "little", signed=True) for v in (0x123456, -0x123456, 0x7FFFFF, -0x800000))
    assert _values(read_wav(_wav(samples24, width=3)).pcm) == [0x1234, -0x1235, 0x7FFF, -0x8000]
    samples32 = b"".join(v.to_bytes(4, "little", signed=True) for v in (0x12345678, -1, 0x7FFFFFFF))
    audio = read_wav(_wav(samples32, width=4, extensible=True))  # what recorders write for > 16 bits
    assert _values(audio.pcm) == [0x1234, -1, 0x7FFF]
    assert audio.source_sample_width == 4


def test_32_bit_float_is_scaled_and_clipped() -> None:
    floats = array("f", [0.0, 0.5, -0.5, 1.0, -1.0, 2.5, float("nan")])
    audio = read_wav(_wav(floats.tobytes(), width=4, tag=3))
    assert _values(audio.pcm) == [0, 16384, -16384, 32767, -32768, 32767, 32767]


def test_a_partial_last_frame_is_dropped_and_an_overlong_data_size_reads_to_the_end() -> None:
    wav = _wav(_pcm([1, 2, 3, 4]) + b"\x05", channels=2)  # two stereo frames and one stray byte
    assert _values(read_wav(wav).pcm) == [1, 2, 3, 4]
    data_at = wav.index(b"data")
    streamed = wav[: data_at + 4] + b"\xff\xff\xff\xff" + wav[data_at + 8 :]  # size unknown while recording
    assert _values(read_wav(streamed).pcm) == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not a WAV file"),
        (b"ID3\x04" + b"\x00" * 40, "not a WAV file"),  # an MP3
        (b"RIFF\x00\x00\x00\x00AVI LIST", "not a WAV file"),
        (b"RIFX\x00\x00\x00\x00WAVE", "big-endian RIFX"),
        (b"RF64\xff\xff\xff\xffWAVE", "RF64"),
        (b"RIFF\x04\x00\x00\x00WAVE", "no fmt chunk"),
        (_wav(b"", width=2)[:36], "no data chunk"),
        (_wav(b"\x00" * 4, tag=7), "mu-law, not PCM"),
        (_wav(b"\x00" * 4, tag=2), "Microsoft ADPCM, not PCM"),
        (_wav(b"\x00" * 4, tag=0x1234), "format tag 0x1234, not PCM"),
        (_wav(b"\x00" * 8, tag=0x55, extensible=True), "MP3, not PCM"),
        (_wav(b"\x00" * 8, width=8, tag=3), "64-bit float samples are not supported"),
        (_wav(b"\x00" * 10, width=5), "40-bit samples are not supported"),
        (_wav(b"\x00" * 4, channels=0), "0 channels"),
        (_wav(b"\x00" * 4, rate=0), "sample rate of 0 Hz"),
    ],
)
def test_unreadable_files_raise_a_typed_error_saying_why(data: bytes, reason: str) -> None:
    with pytest.raises(LiveAudioError, match=reason) as caught:
        read_wav(data)
    assert caught.value.source == "bytes"
    assert isinstance(caught.value, LiveError) and isinstance(caught.value, ValueError)


def test_fmt_chunk_after_data_and_short_fmt_are_named() -> None:
    data_first = b"RIFF\x00\x00\x00\x00WAVE" + b"data" + struct.pack("<I", 2) + b"\x00\x00"
    with pytest.raises(LiveAudioError, match="data chunk comes before the fmt chunk"):
        read_wav(data_first)
    short = b"RIFF\x00\x00\x00\x00WAVE" + b"fmt " + struct.pack("<I", 4) + b"\x01\x00\x01\x00" + data_first[12:]
    with pytest.raises(LiveAudioError, match="shorter than the 16"):
        read_wav(short)


def test_the_error_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "song.mp3"
    path.write_bytes(b"ID3\x04rest")
    with pytest.raises(LiveAudioError) as caught:
        read_wav(path)
    assert caught.value.source == str(path) and str(path) in str(caught.value)
    copy = pickle.loads(pickle.dumps(caught.value))  # errors cross processes (durable runs) with their fields
    assert (copy.source, copy.reason) == (caught.value.source, caught.value.reason)


# --------------------------------------------------------------------------- mono, resampling, chunks


def test_to_mono_averages_each_frame() -> None:
    stereo = _pcm([100, 300, -100, -301, 32767, 32767, -32768, -32768])
    assert _values(to_mono(stereo, 2)) == [200, -201, 32767, -32768]
    assert _values(to_mono(_pcm([3, 6, 9, -3, -6, -9]), 3)) == [6, -6]
    assert to_mono(stereo, 1) == stereo


def test_resample_gives_exact_sample_counts() -> None:
    for from_rate, to_rate, frames, expected in [
        (48000, 16000, 48000, 16000),
        (44100, 16000, 44100, 16000),
        (44100, 16000, 4410, 1600),  # 100 ms
        (24000, 16000, 2400, 1600),
        (16000, 24000, 1600, 2400),
        (8000, 16000, 3, 6),
        (48000, 16000, 2, 0),  # less than one output sample
        (22050, 16000, 1, 0),
    ]:
        out = resample_pcm16(_pcm([7] * frames), from_rate, to_rate)
        assert len(out) == 2 * expected, (from_rate, to_rate, frames)
    assert resample_pcm16(b"", 48000, 16000) == b""
    assert len(resample_pcm16(_pcm([1, 2] * 4410), 44100, 16000, channels=2)) == 2 * 2 * 1600


def test_resample_keeps_a_constant_and_the_same_rate_is_a_copy() -> None:
    assert set(_values(resample_pcm16(_pcm([-1234] * 4410), 44100, 16000))) == {-1234}
    assert set(_values(resample_pcm16(_pcm([32767] * 999), 48000, 16000))) == {32767}
    assert set(_values(resample_pcm16(_pcm([-32768] * 160), 16000, 24000))) == {-32768}
    pcm = _sine(440, 16000, 0.01)
    assert resample_pcm16(pcm, 16000, 16000) == pcm


def test_downsampling_an_integer_ratio_averages_each_group() -> None:
    assert _values(resample_pcm16(_pcm([3, 6, 9, -3, -6, -9, 1, 2]), 48000, 16000)) == [6, -6]


def test_upsampling_interpolates_linearly() -> None:
    assert _values(resample_pcm16(_pcm([0, 300, 600]), 16000, 48000)) == [0, 100, 200, 300, 400, 500, 600, 600, 600]


@pytest.mark.parametrize(("from_rate", "to_rate"), [(48000, 16000), (44100, 16000), (24000, 16000), (16000, 24000)])
def test_a_resampled_sine_keeps_its_frequency_and_level(from_rate: int, to_rate: int) -> None:
    seconds = 0.5
    source = _sine(440, from_rate, seconds)
    out = resample_pcm16(source, from_rate, to_rate)
    # 440 Hz crosses zero 880 times a second, wherever the samples fall
    assert abs(_zero_crossings(out) - _zero_crossings(source)) <= 1
    assert abs(_zero_crossings(out) - 880 * seconds) <= 2
    assert _rms(_values(out)) == pytest.approx(_rms(_values(source)), rel=0.02)


def test_a_stereo_resample_keeps_the_channels_apart() -> None:
    left, right = _values(_sine(440, 48000, 0.2)), _values(_sine(1000, 48000, 0.2))
    interleaved = _pcm([v for pair in zip(left, right, strict=True) for v in pair])
    out = _values(resample_pcm16(interleaved, 48000, 16000, channels=2))
    assert abs(_zero_crossings(_pcm(out[0::2])) - 176) <= 2
    assert abs(_zero_crossings(_pcm(out[1::2])) - 400) <= 2


def test_a_tone_above_the_new_nyquist_frequency_is_attenuated() -> None:
    # 13 kHz at 48 kHz would fold to 3 kHz at full strength if samples were only dropped
    source = _sine(13000, 48000, 0.2)
    dropped = _values(source)[::3]
    filtered = _values(resample_pcm16(source, 48000, 16000))
    assert _rms(filtered) < 0.35 * _rms(dropped)


def test_chunk_pcm_splits_into_realtime_chunks() -> None:
    pcm = _pcm(list(range(16000 // 10 * 3 + 5)))  # 300 ms and 5 samples
    chunks = list(chunk_pcm(pcm, 16000, ms=100))
    assert [len(c) for c in chunks] == [3200, 3200, 3200, 10]
    assert b"".join(chunks) == pcm and all(isinstance(c, bytes) for c in chunks)
    stereo = list(chunk_pcm(_pcm([1, 2] * 960), 48000, ms=10, channels=2))  # 480 frames of 4 bytes per chunk
    assert [len(c) for c in stereo] == [1920, 1920]
    assert list(chunk_pcm(b"", 16000)) == []


@pytest.mark.parametrize(
    ("call", "source", "reason"),
    [
        (lambda: to_mono(b"\x00\x00\x00", 1), "pcm", "3 bytes is not a whole number of 16-bit frames"),
        (lambda: to_mono(b"\x00\x00", 2), "pcm", "2 bytes is not a whole number of 16-bit frames of 2 channel"),
        (lambda: to_mono(b"", 0), "channels", "from 1 to 64"),
        (lambda: resample_pcm16(b"\x00", 48000, 16000), "pcm", "1 bytes is not a whole number"),
        (lambda: resample_pcm16(b"", 0, 16000), "from_rate", "positive integer"),
        (lambda: resample_pcm16(b"", 48000, 16000.0), "to_rate", "positive integer"),  # type: ignore[arg-type]
        (lambda: resample_pcm16("abc", 48000, 16000), "pcm", "must be bytes, not str"),  # type: ignore[arg-type]
        (lambda: list(chunk_pcm(b"\x00\x00", 16000, ms=0)), "ms", "positive number of milliseconds"),
        (lambda: list(chunk_pcm(b"\x00\x00", 500, ms=1)), "ms", "less than one sample"),
        (lambda: write_wav(io.BytesIO(), b"\x00"), "pcm", "1 bytes"),
        (lambda: write_wav(io.BytesIO(), b"", rate=-1), "rate", "positive integer"),
    ],
)
def test_bad_arguments_raise_a_typed_error(call: object, source: str, reason: str) -> None:
    assert callable(call)
    with pytest.raises(LiveAudioError, match=reason) as caught:
        call()
    assert caught.value.source == source


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000), channels=st.integers(1, 3))
def test_any_byte_string_is_resampled_or_refused_with_a_typed_error(data: bytes, channels: int) -> None:
    frame = 2 * channels
    if len(data) % frame:
        with pytest.raises(LiveAudioError, match="not a whole number of 16-bit frames"):
            resample_pcm16(data, 44100, 16000, channels)
        with pytest.raises(LiveAudioError):
            to_mono(data, channels)
        with pytest.raises(LiveAudioError):
            list(chunk_pcm(data, 16000, 20, channels))
        return
    frames = len(data) // frame
    assert len(resample_pcm16(data, 44100, 16000, channels)) == frame * (frames * 16000 // 44100)
    assert len(resample_pcm16(data, 16000, 24000, channels)) == frame * (frames * 24000 // 16000)
    assert len(to_mono(data, channels)) == 2 * frames
    assert b"".join(chunk_pcm(data, 16000, 20, channels)) == data


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.integers(-32768, 32767), max_size=500), rate=st.sampled_from([8000, 16000, 24000, 48000]))
def test_any_pcm_round_trips_through_a_wav_file(values: list[int], rate: int) -> None:
    buffer = io.BytesIO()
    write_wav(buffer, _pcm(values), rate=rate)
    assert read_wav(buffer.getvalue()) == WavAudio(_pcm(values), rate, 1)
    for value in _values(resample_pcm16(_pcm(values), 48000, 16000)):
        assert -32768 <= value <= 32767


def test_chunk_pcm_checks_its_arguments_when_called_not_when_iterated() -> None:
    with pytest.raises(LiveAudioError, match="3 bytes"):
        chunk_pcm(b"\x00\x00\x00", 16000)  # no next(): a bad chunk size must not wait for the first send
    view = memoryview(_pcm(list(range(3200))))
    assert [len(c) for c in chunk_pcm(view, 16000, ms=100)] == [3200, 3200]
