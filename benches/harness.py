"""How the benchmark tests turn a measure's interleaved rounds into pytest-benchmark results.

pytest-benchmark times one test at a time. On a shared two-core machine that makes ratios drift with the load of
the moment, so each measure (``benches/measures/*.py``) runs once, the first time one of its tests asks for it, and
times all its contenders in interleaved rounds (:mod:`benches.timing`: a calibrated batch per contender per round,
the order rotating). Each contender's test then records those rounds as its benchmark: round *i* is one sample,
whose ``iterations`` are the calls of the batch, exactly as ``benchmark.pedantic(rounds=..., iterations=...)`` would
record them. So the saved JSON holds each contender's real timings (``stats.data``: per-call seconds of every round;
min, median, rounds), and the ratios are recomputed from it (:mod:`benches.ratios`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from .report import MeasureResult, machine_info
from .settings import Settings

__all__ = ["MEASURES", "Measured", "contender_params", "record"]

# Measure name (as --only takes it) -> module in benches/measures; its test file is benches/test_<name>.py.
MEASURES = {
    "decode": "decode",
    "encode": "encode",
    "stream": "stream",
    "startup": "startup",
    "http": "http",
    "memory": "memory",
    "mcp": "mcp_call",
    "agents": "agents",
    "live": "live",
}


class Measured:
    """The results of every measure run in this session, each measure run at most once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._results: dict[str, list[MeasureResult]] = {}
        self._failed: dict[str, BaseException] = {}

    def __call__(self, name: str) -> dict[str, MeasureResult]:
        """The results of measure ``name`` by measure id, running it on first use."""
        if name in self._failed:
            pytest.fail(f"measure {name!r} failed earlier in this session: {self._failed[name]!r}", pytrace=False)
        if name not in self._results:
            module = importlib.import_module(f"benches.measures.{MEASURES[name]}")
            run: Callable[[Settings], list[MeasureResult]] = module.run
            try:
                self._results[name] = run(self.settings)
            except BaseException as error:
                self._failed[name] = error
                raise
        return {result.id: result for result in self._results[name]}

    def to_json(self) -> dict[str, Any]:
        """The ``pygenai_bench`` section of the saved JSON: settings, machine, and per measure its title, facts,
        errors and ratio definitions. A timed ratio names its contenders, whose rounds are benchmarks of the same
        file; a ratio that is not a time (memory) carries its measured value."""
        measures = []
        for results in self._results.values():
            for result in results:
                ratios = []
                for ratio in result.ratios:
                    definition: dict[str, Any] = {
                        "key": ratio.key,
                        "label": ratio.label,
                        "goal_max": ratio.goal_max,
                        "goal": ratio.goal,
                    }
                    if ratio.numerator is not None and ratio.denominator is not None:
                        definition |= {"numerator": ratio.numerator, "denominator": ratio.denominator}
                    else:
                        definition["value"] = ratio.value
                    ratios.append(definition)
                measures.append(
                    {
                        "id": result.id,
                        "title": result.title,
                        "contenders": list(result.times),
                        "facts": {key: _plain(value) for key, value in result.facts.items()},
                        "errors": result.errors,
                        "ratios": ratios,
                    }
                )
        settings = self.settings
        return {
            "settings": {"quick": settings.quick, "rounds": settings.rounds, "batch_s": settings.batch_s},
            "machine": machine_info(),
            "measures": measures,
        }


def _plain(value: object) -> object:
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def contender_params(contenders: Mapping[str, Sequence[str]]) -> list[Any]:
    """``pytest.param(measure_id, contender)`` for every contender of every measure id."""
    return [
        pytest.param(measure_id, name, id=f"{measure_id}-{name}")
        for measure_id, names in contenders.items()
        for name in names
    ]


def record(benchmark: Any, result: MeasureResult, contender: str, declared: Sequence[str]) -> None:
    """Record ``contender``'s rounds of ``result`` as this test's benchmark (group: the measure id).

    ``declared`` is the contender list of the test's parametrization: a measure that times another set of
    contenders fails here, so a contender never goes unsaved or is looked for in vain.
    """
    if set(result.times) != set(declared):
        pytest.fail(
            f"{result.id} timed {list(result.times)}, the benchmark tests declare {list(declared)}", pytrace=False
        )
    times = result.times[contender]
    calls = int(times["calls_per_batch"])
    benchmark.group = result.id
    benchmark.extra_info.update(
        measure=result.id,
        contender=contender,
        calls_per_round=calls,
        timing="benches.timing: interleaved rounds, one calibrated batch per contender per round",
    )
    if benchmark.disabled:
        return
    # What BenchmarkFixture.pedantic does with its own timer, fed the rounds measured interleaved: one Metadata for
    # the test, one update per round with the batch's duration (pytest-benchmark divides it by the iterations).
    stats = benchmark._make_stats(calls)
    # The options that apply (the fixture's own calibration options played no part).
    stats.options = {
        "timer": f"time.{times['clock']}",
        "disable_gc": False,  # on, with a full collection before each batch
        "interleaved": True,
    }
    benchmark._mode = "benches.harness.record(...)"
    for per_call in times["samples"]:
        stats.update(per_call * calls)
