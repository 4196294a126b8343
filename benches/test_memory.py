"""(g) Memory held by a 1,000-turn chat history (``measures/memory.py``).

Not a time, so not a pytest-benchmark benchmark: the bytes held (``tracemalloc``, median of runs) are facts of the
measure and its ratios are stored with their values in the saved JSON's ``pygenai_bench`` section, beside the
timed measures' ratio definitions; the table, the chart and the ratio gate read them from there.
"""

from __future__ import annotations

from .harness import Measured


def test_memory(measured: Measured) -> None:
    (result,) = measured("memory").values()
    held = {ratio.label: ratio.value for ratio in result.ratios}
    assert held["pygenai chat / JSON bytes"] > 0, held
    assert all(ratio.numerator is None for ratio in result.ratios)  # values, not timed pairs
