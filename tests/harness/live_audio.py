"""Deterministic PCM for Live cassettes: the audio a test sends must hash to what the cassette recorded."""

from __future__ import annotations

import math
import struct


def tone(ms: int, rate: int, hertz: float, *, start_ms: int = 0, amplitude: int = 8000) -> bytes:
    """``ms`` milliseconds of a sine at ``hertz``, PCM 16-bit little-endian mono at ``rate`` Hz, starting ``start_ms``
    into the wave (so consecutive chunks join without a click)."""
    first = rate * start_ms // 1000
    count = rate * ms // 1000
    samples = (round(amplitude * math.sin(2 * math.pi * hertz * (first + n) / rate)) for n in range(count))
    return struct.pack(f"<{count}h", *samples)
