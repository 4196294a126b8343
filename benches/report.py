"""Bench results: the data a measure produces (times of every round, ratio definitions, facts) and the machine.

Every ratio is *pygenai cost / other cost*, so lower is better everywhere and a goal is an upper bound
(``≥ 20x faster than google-genai`` is stored as ``≤ 0.05``). The benchmark tests save the rounds as pytest-benchmark
JSON; :mod:`benches.ratios` computes the table, the chart and the ratio gate from that file.
"""

from __future__ import annotations

import datetime
import importlib.metadata
import os
import platform
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .timing import Timing, paired_ratio

__all__ = ["MeasureResult", "Ratio", "machine_info"]

_PACKAGES = (
    "pygenai",
    "google-genai",
    "pydantic-ai-slim",
    "pydantic",
    "pydantic-core",
    "orjson",
    "httpx2",
    "httpcore2",
)


@dataclass(frozen=True)
class Ratio:
    """One compared figure: ``value`` = pygenai / reference (median of per-round ratios)."""

    key: str
    label: str
    value: float
    value_of_minima: float | None = None
    goal_max: float | None = None
    goal: str = ""
    numerator: str | None = None
    denominator: str | None = None

    @property
    def met(self) -> bool | None:
        """Whether the goal holds; ``None`` for figures reported without a goal."""
        return None if self.goal_max is None else self.value <= self.goal_max


@dataclass
class MeasureResult:
    """What one measure produced: absolute times per contender, ratios, and anything else worth keeping."""

    id: str
    title: str
    times: dict[str, dict[str, float]] = field(default_factory=dict)
    ratios: list[Ratio] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    errors: int = 0

    def add_times(self, timings: dict[str, Timing]) -> None:
        """Record each contender's per-call seconds of every round (and their min/median)."""
        for name, timing in timings.items():
            self.times[name] = {
                "min_s": timing.min,
                "median_s": timing.median,
                "rounds": len(timing.samples),
                "calls_per_batch": timing.calls_per_batch,
                "clock": timing.clock,
                "samples": list(timing.samples),
            }

    def add_ratio(
        self,
        timings: dict[str, Timing],
        numerator: str,
        denominator: str,
        label: str,
        *,
        goal_max: float | None = None,
        goal: str = "",
    ) -> Ratio:
        """Add ``numerator / denominator`` from paired rounds; ``label`` also makes the stable key. Both contenders
        must be in :attr:`times` (see :meth:`add_times`): the ratio is recomputed from the saved rounds."""
        value, of_minima = paired_ratio(timings[numerator], timings[denominator])
        ratio = Ratio(f"{self.id}: {label}", label, value, of_minima, goal_max, goal, numerator, denominator)
        self.ratios.append(ratio)
        return ratio

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict, ratios with their ``met`` flag."""
        data = asdict(self)
        data["ratios"] = [{**asdict(r), "met": r.met} for r in self.ratios]
        return data


def machine_info() -> dict[str, Any]:
    """CPU, cores, OS, Python, package versions, date and commit: what a reader needs to place the numbers."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions: dict[str, str | None] = {}
    for name in _PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
            cwd=Path(__file__).parent,
        ).stdout.strip()
    except OSError:
        commit = ""
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count() or 0
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": affinity,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "packages": versions,
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": commit or None,
    }
