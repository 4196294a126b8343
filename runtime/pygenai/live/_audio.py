"""Audio helpers for the Live API: WAV in and out, mono, resampling to 16 kHz, realtime chunks.

The Live API takes input audio as raw 16-bit little-endian PCM, mono, at 16 kHz (``audio/pcm;rate=16000``) and
answers with the same encoding at 24 kHz. These helpers turn what people have (a WAV file from a phone at 44.1 or
48 kHz, stereo, maybe 24-bit) into what the API takes, and write what it answers back into a WAV file, with the
standard library alone (no numpy, and not ``audioop``, which Python 3.13 removed). Everything here is pure: no
sockets, no event loop; a file is read or written only where a path is given.

Samples are little-endian ``int16`` throughout, whatever the machine's byte order. Bad input raises
``LiveAudioError`` (also a ``ValueError``) saying which input and what is wrong.
"""

from __future__ import annotations

import os
import struct
import sys
from array import array
from collections.abc import Iterator
from itertools import accumulate, pairwise
from math import gcd
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .._core.errors import LiveAudioError

__all__ = ["WavAudio", "chunk_pcm", "read_wav", "resample_pcm16", "to_mono", "write_wav"]

INPUT_RATE = 16_000
"""The sample rate the Live API takes input audio at (``audio/pcm;rate=16000``)."""
OUTPUT_RATE = 24_000
"""The sample rate of the audio the Live API answers with."""

_BIG_ENDIAN = sys.byteorder == "big"
_FORMAT_PCM = 0x0001
_FORMAT_FLOAT = 0x0003
_FORMAT_EXTENSIBLE = 0xFFFE
_FORMAT_NAMES = {0x0002: "Microsoft ADPCM", 0x0006: "A-law", 0x0007: "mu-law", 0x0011: "IMA ADPCM", 0x0055: "MP3"}
_FLIP_SIGN = bytes((value ^ 0x80) for value in range(256))  # unsigned 8-bit sample -> high byte of a signed 16-bit
_MAX_RATE = 1_000_000  # far above any audio rate; catches a header or an argument that is not a rate at all


class WavAudio(NamedTuple):
    """A WAV file's samples as 16-bit little-endian PCM, with the rate and channel count to read them by.

    A named tuple, so ``pcm, rate, channels, sample_width = read_wav(path)`` works too. ``sample_width`` is always
    2: 8-, 24- and 32-bit integer and 32-bit float files are converted to 16-bit when read. ``source_sample_width``
    keeps the file's own width (in bytes), to tell a converted file from a 16-bit one.
    """

    pcm: bytes
    rate: int
    channels: int
    sample_width: int = 2
    source_sample_width: int = 2

    @property
    def frames(self) -> int:
        """Samples per channel."""
        return len(self.pcm) // (2 * self.channels)

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.rate


# --------------------------------------------------------------------------- reading and writing WAV files


def read_wav(source: str | os.PathLike[str] | bytes | bytearray | memoryview) -> WavAudio:
    """Read a WAV file (a path, or the file's bytes) into 16-bit PCM.

    Reads the RIFF chunks itself rather than through ``wave``, so that ``WAVE_FORMAT_EXTENSIBLE`` headers (what
    most recorders write for 24-bit or multichannel audio) and float samples are read the same on every Python.
    8-bit (unsigned), 24- and 32-bit integer and 32-bit float samples are converted to 16-bit by keeping the top
    16 bits (float: scaled and clipped to the int16 range). A trailing partial frame (a file cut short while
    being written) is dropped; a ``data`` size larger than the file is read as "to the end".

    Raises ``LiveAudioError`` for a file that is not RIFF/WAVE, a compressed format (ADPCM, mu-law, MP3, ...),
    an unsupported sample width, or a header whose sizes do not agree.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        name, data = "bytes", bytes(source)
    else:
        name = os.fspath(source)
        data = Path(name).read_bytes()
    return _parse_wav(name, data)


def _parse_wav(name: str, data: bytes) -> WavAudio:
    if len(data) < 12 or data[8:12] != b"WAVE" or data[:4] not in (b"RIFF", b"RIFX", b"RF64"):
        raise LiveAudioError(name, f"not a WAV file (it starts with {data[:12]!r}, not RIFF....WAVE)")
    if data[:4] != b"RIFF":
        kind = "big-endian RIFX" if data[:4] == b"RIFX" else "RF64 (a WAV larger than 4 GiB)"
        raise LiveAudioError(name, f"a {kind} file, which is not supported; convert it to a plain RIFF WAV")
    fmt: bytes | None = None
    samples: bytes | None = None
    offset = 12
    while offset + 8 <= len(data):
        chunk_id = data[offset : offset + 4]
        (size,) = struct.unpack_from("<I", data, offset + 4)
        body = data[offset + 8 : offset + 8 + size]  # a size past the end reads to the end (streamed files)
        if chunk_id == b"fmt ":
            fmt = body
        elif chunk_id == b"data":
            if fmt is None:
                raise LiveAudioError(name, "the data chunk comes before the fmt chunk")
            samples = body
            break
        offset += 8 + size + (size & 1)  # chunks are padded to an even length
    if fmt is None:
        raise LiveAudioError(name, "no fmt chunk: the file does not say how its samples are encoded")
    if samples is None:
        raise LiveAudioError(name, "no data chunk: the file holds no samples")
    tag, channels, rate, width = _read_format(name, fmt)
    block = channels * width
    samples = samples[: len(samples) - len(samples) % block]
    return WavAudio(_to_int16(name, samples, tag, width), rate, channels, 2, width)


def _read_format(name: str, fmt: bytes) -> tuple[int, int, int, int]:
    """(format tag, channels, rate, bytes per sample) from a ``fmt`` chunk, checked."""
    if len(fmt) < 16:
        raise LiveAudioError(name, f"the fmt chunk is {len(fmt)} bytes, shorter than the 16 a WAV header needs")
    tag, channels, rate, _byte_rate, block_align, bits = struct.unpack_from("<HHIIHH", fmt)
    if tag == _FORMAT_EXTENSIBLE:
        if len(fmt) < 26:
            raise LiveAudioError(name, "a WAVE_FORMAT_EXTENSIBLE fmt chunk without its sub-format")
        (tag,) = struct.unpack_from("<H", fmt, 24)  # the first two bytes of the sub-format GUID
    if tag not in (_FORMAT_PCM, _FORMAT_FLOAT):
        kind = _FORMAT_NAMES.get(tag, f"format tag 0x{tag:04x}")
        raise LiveAudioError(name, f"the samples are {kind}, not PCM; convert the file to 16-bit PCM")
    if channels == 0:
        raise LiveAudioError(name, "the header says 0 channels")
    if not 0 < rate <= _MAX_RATE:
        raise LiveAudioError(name, f"the header says a sample rate of {rate} Hz")
    if block_align % channels or block_align == 0:
        raise LiveAudioError(name, f"a frame of {block_align} bytes does not split into {channels} channels")
    width = block_align // channels  # the container width; 20-bit samples travel in 24-bit containers
    if bits > 8 * width:
        raise LiveAudioError(name, f"{bits}-bit samples do not fit in {width}-byte frames")
    if tag == _FORMAT_FLOAT and width != 4:
        raise LiveAudioError(name, f"{8 * width}-bit float samples are not supported (32-bit float is)")
    if width not in (1, 2, 3, 4):
        raise LiveAudioError(name, f"{8 * width}-bit samples are not supported (8, 16, 24 and 32-bit are)")
    return tag, channels, rate, width


def _to_int16(name: str, samples: bytes, tag: int, width: int) -> bytes:
    """Samples of any supported encoding as 16-bit little-endian PCM."""
    if tag == _FORMAT_FLOAT:
        floats = array("f")
        floats.frombytes(samples)
        if _BIG_ENDIAN:
            floats.byteswap()
        # Clipped first: a float file may hold values beyond ±1.0 (and NaN, which min/max turn into 32767).
        return _pack([round(max(-32768.0, min(32767.0, value * 32768.0))) for value in floats])
    if width == 2:
        return samples
    count = len(samples) // width
    out = bytearray(2 * count)
    if width == 1:  # unsigned: 0x80 is silence
        out[1::2] = samples.translate(_FLIP_SIGN)
    else:  # keep the two most significant bytes of each little-endian sample
        out[0::2] = samples[width - 2 :: width]
        out[1::2] = samples[width - 1 :: width]
    return bytes(out)


def write_wav(
    destination: str | os.PathLike[str] | BinaryIO,
    pcm: bytes | bytearray | memoryview,
    rate: int = OUTPUT_RATE,
    channels: int = 1,
) -> None:
    """Write 16-bit little-endian PCM as a WAV file, to a path or an open binary file.

    The default rate is the Live API's output rate (24 kHz), so ``write_wav("answer.wav", b"".join(chunks))``
    writes what a session answered.
    """
    _check_pcm("pcm", pcm, channels)
    _check_rate("rate", rate)
    size = memoryview(pcm).nbytes
    if size > 0xFFFFFFFF - 36:
        raise LiveAudioError("pcm", f"{size} bytes is more than a RIFF WAV file can hold (4 GiB)")
    # Written by hand, not with ``wave``, which takes frames in the machine's byte order.
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + size,
        b"WAVE",
        b"fmt ",
        16,
        _FORMAT_PCM,
        channels,
        rate,
        rate * channels * 2,
        channels * 2,
        16,
        b"data",
        size,
    )
    if isinstance(destination, str | os.PathLike):
        with open(destination, "wb") as out:
            out.write(header)
            out.write(pcm)
    else:
        destination.write(header)
        destination.write(pcm)


# --------------------------------------------------------------------------- PCM transforms


def to_mono(pcm: bytes | bytearray | memoryview, channels: int) -> bytes:
    """Interleaved 16-bit PCM with ``channels`` channels as mono: each frame's channels averaged (rounded down)."""
    _check_pcm("pcm", pcm, channels)
    if channels == 1:
        return bytes(pcm)
    samples = _samples(pcm)
    columns = [samples[channel::channels] for channel in range(channels)]
    if channels == 2:
        return _pack([(left + right) >> 1 for left, right in zip(columns[0], columns[1], strict=True)])
    return _pack([sum(frame) // channels for frame in zip(*columns, strict=True)])


def resample_pcm16(
    pcm: bytes | bytearray | memoryview,
    from_rate: int,
    to_rate: int,
    channels: int = 1,
) -> bytes:
    """16-bit PCM at ``from_rate`` resampled to ``to_rate``: ``frames * to_rate // from_rate`` frames out.

    Downsampling (48 or 44.1 kHz to the 16 kHz the Live API takes) averages each output sample's span of input
    (a box filter over exactly ``from_rate / to_rate`` input samples, fractional edges weighted). The trade-off,
    measured at 48 kHz -> 16 kHz: speech's band passes nearly whole (1 kHz: -0.05 dB, 3 kHz: -0.5 dB, 6 kHz:
    -1.9 dB); tones above the new Nyquist frequency (8 kHz), which dropping samples would fold back at full
    strength, fold back attenuated, but weakly just above it (8.5 kHz: -4 dB, 10 kHz: -6 dB, 13 kHz and up:
    -12 dB or less). Speech carries little energy up there and speech recognition does not mind; a windowed-sinc
    resampler (soxr, scipy) does better at many times the cost, and is the tool for music. Upsampling
    interpolates linearly between neighbouring samples.

    Resample a whole recording at once: each call starts afresh, so resampling chunk by chunk rounds each
    chunk's length separately. Pure Python, about 130 seconds of 48 or 44.1 kHz audio per second of CPU
    (≈ 8 ms per second of audio on a 2-core Xeon; ``python -m benches.run --only live`` measures it).
    """
    _check_pcm("pcm", pcm, channels)
    _check_rate("from_rate", from_rate)
    _check_rate("to_rate", to_rate)
    if from_rate == to_rate:
        return bytes(pcm)
    samples = _samples(pcm)
    if channels == 1:
        return _pack(_resample_channel(samples.tolist(), from_rate, to_rate))
    frames = len(samples) // channels
    out = array("h", bytes(2 * channels * (frames * to_rate // from_rate)))
    for channel in range(channels):
        out[channel::channels] = array("h", _resample_channel(samples[channel::channels].tolist(), from_rate, to_rate))
    if _BIG_ENDIAN:
        out.byteswap()
    return out.tobytes()


def _resample_channel(samples: list[int], from_rate: int, to_rate: int) -> list[int]:
    count = len(samples) * to_rate // from_rate
    if count == 0:
        return []
    # Output i sits at input position i * from / to = k + r / to. Reduced to lowest terms (step = from / g,
    # period = to / g), outputs i and i + period are exactly step input samples apart with the same fraction r,
    # so each of the ``period`` phases is one strided slice of the input, computed without per-sample divisions.
    common = gcd(from_rate, to_rate)
    step, period = from_rate // common, to_rate // common
    if to_rate > from_rate:  # interpolate between samples k and k + 1
        points = count
        left, right = samples, [*samples[1:], samples[-1]]
    else:  # the running sum up to position t = k + f: the first k samples, plus f of sample k
        points = count + 1
        left, right = list(accumulate(samples, initial=0)), [*samples, 0]
    values = [0.0] * points
    for phase in range(min(period, points)):
        k, r = divmod(phase * from_rate, to_rate)
        n = (points - 1 - phase) // period + 1
        weight = r / to_rate
        stop = k + (n - 1) * step + 1
        if to_rate > from_rate:
            values[phase::period] = [
                a + (b - a) * weight for a, b in zip(left[k:stop:step], right[k:stop:step], strict=False)
            ]
        else:
            values[phase::period] = [
                a + b * weight for a, b in zip(left[k:stop:step], right[k:stop:step], strict=False)
            ]
    if to_rate > from_rate:
        return list(map(round, values))
    # Output i averages the input over [i, i + 1) * from / to: the difference of two running sums, scaled.
    scale = to_rate / from_rate
    out = [round((high - low) * scale) for low, high in pairwise(values)]
    if max(out) > 32767 or min(out) < -32768:  # a weighted mean stays in range but for float rounding
        out = [max(-32768, min(32767, value)) for value in out]
    return out


def chunk_pcm(
    pcm: bytes | bytearray | memoryview,
    rate: int = INPUT_RATE,
    ms: int = 100,
    channels: int = 1,
) -> Iterator[bytes]:
    """Split 16-bit PCM into chunks of ``ms`` milliseconds each (the last one may be shorter), for realtime sending.

    The Live API suggests sending input audio in chunks of 20 to 100 ms; a chunk never splits a frame.
    """
    _check_pcm("pcm", pcm, channels)
    _check_rate("rate", rate)
    _check_ms(ms)
    frames = rate * ms // 1000
    if frames == 0:
        raise LiveAudioError("ms", f"{ms} ms at {rate} Hz is less than one sample")
    return _chunks(bytes(pcm), frames * 2 * channels)  # checked now, not at the first ``next()``


def _chunks(pcm: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(pcm), size):
        yield pcm[start : start + size]


# --------------------------------------------------------------------------- helpers


def _check_pcm(name: str, pcm: object, channels: object) -> None:
    if not isinstance(pcm, bytes | bytearray | memoryview):
        raise LiveAudioError(name, f"PCM must be bytes, not {type(pcm).__name__}")
    if not isinstance(channels, int) or isinstance(channels, bool) or not 0 < channels <= 64:
        raise LiveAudioError("channels", f"a channel count must be an integer from 1 to 64, not {channels!r}")
    size = pcm.nbytes if isinstance(pcm, memoryview) else len(pcm)
    if size % (2 * channels):
        raise LiveAudioError(
            name,
            f"{size} bytes is not a whole number of 16-bit frames of {channels} channel(s) ({2 * channels} bytes each)",
        )


def _check_ms(ms: object) -> None:
    if not isinstance(ms, int) or isinstance(ms, bool) or ms <= 0:
        raise LiveAudioError("ms", f"a chunk length must be a positive number of milliseconds, not {ms!r}")


def _check_rate(name: str, rate: object) -> None:
    if not isinstance(rate, int) or isinstance(rate, bool) or not 0 < rate <= _MAX_RATE:
        raise LiveAudioError(name, f"a sample rate must be a positive integer of Hz, not {rate!r}")


def _samples(pcm: bytes | bytearray | memoryview) -> array[int]:
    samples = array("h")
    samples.frombytes(pcm)
    if _BIG_ENDIAN:
        samples.byteswap()
    return samples


def _pack(values: list[int]) -> bytes:
    samples = array("h", values)
    if _BIG_ENDIAN:
        samples.byteswap()
    return samples.tobytes()
