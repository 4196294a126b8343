"""Interleaved timing of contenders, built to give stable ratios on a small, noisy machine.

Each contender is calibrated to a batch of calls lasting about ``batch_s``; then, round after round, every
contender runs one batch, in an order that rotates each round so none always goes first. A ratio is
taken *within* each round (the contenders ran seconds apart, under the same background load) and the
median of those per-round ratios is reported, beside the ratio of the minima. Absolute per-call times
(minimum and median over rounds) are reported too, never asserted.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

__all__ = ["Timing", "calibrate_async", "paired_ratio", "time_contenders"]


@dataclass(frozen=True)
class Timing:
    """Per-call seconds of one contender, one sample per round."""

    name: str
    samples: tuple[float, ...]
    calls_per_batch: int
    clock: str = "perf_counter"  # the time function the samples were taken with ("process_time": CPU time)

    @property
    def min(self) -> float:
        """The fastest round: the least disturbed estimate of the cost."""
        return min(self.samples)

    @property
    def median(self) -> float:
        """The typical round."""
        return statistics.median(self.samples)


def paired_ratio(numerator: Timing, denominator: Timing) -> tuple[float, float]:
    """(median of per-round ratios, ratio of minima) of ``numerator / denominator``."""
    per_round = [a / b for a, b in zip(numerator.samples, denominator.samples, strict=True)]
    return statistics.median(per_round), numerator.min / denominator.min


def _calibrate(fn: Callable[[], object], batch_s: float) -> int:
    fn()  # warm caches, lazy imports, code objects
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        elapsed = time.perf_counter() - start
        if elapsed >= batch_s / 4 or calls >= 1 << 20:
            return max(1, round(calls * batch_s / max(elapsed, 1e-9)))
        calls *= 4


async def calibrate_async(call: Callable[[], Awaitable[object]], batch_s: float, *, max_calls: int) -> int:
    """How many awaited calls of ``call`` fill about ``batch_s`` seconds (three warm-up calls first; at most
    ``max_calls`` are tried while measuring)."""
    for _ in range(3):  # warm caches, lazy imports, the server's JIT
        await call()
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            await call()
        elapsed = time.perf_counter() - start
        if elapsed >= batch_s / 4 or calls >= max_calls:
            return max(1, round(calls * batch_s / max(elapsed, 1e-9)))
        calls *= 4


def time_contenders(
    contenders: Sequence[tuple[str, Callable[[], object]]],
    *,
    rounds: int = 15,
    batch_s: float = 0.05,
) -> dict[str, Timing]:
    """Time every contender in ``rounds`` interleaved rounds of one calibrated batch each.

    The garbage collector stays on (its cost is part of what a user pays) but runs a full collection
    before each batch, so one contender's garbage is not collected on another's clock.
    """
    sizes = {name: _calibrate(fn, batch_s) for name, fn in contenders}
    samples: dict[str, list[float]] = {name: [] for name, _ in contenders}
    order = list(contenders)
    for round_index in range(rounds):
        shift = round_index % len(order)
        for name, fn in order[shift:] + order[:shift]:
            calls = sizes[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - start) / calls)
    return {name: Timing(name, tuple(samples[name]), sizes[name]) for name, _ in contenders}
