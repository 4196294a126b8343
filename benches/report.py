"""Bench results: the data a measure produces, the printed and markdown tables, and the baseline check.

Every ratio is stored as *pygenai cost / other cost*, so lower is better everywhere and a goal is an
upper bound (``≥ 20x faster than google-genai`` is stored as ``≤ 0.05``). ``--compare`` flags a ratio
that grew by more than the tolerance (10%) against the baseline, and any measure that reported errors.
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

__all__ = ["MeasureResult", "Ratio", "compare", "machine_info", "render_markdown", "render_text"]

REGRESSION_TOLERANCE = 0.10
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
        """Record min/median per-call seconds of each contender."""
        for name, timing in timings.items():
            self.times[name] = {
                "min_s": timing.min,
                "median_s": timing.median,
                "rounds": len(timing.samples),
                "calls_per_batch": timing.calls_per_batch,
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
        """Add ``numerator / denominator`` from paired rounds; ``label`` also makes the stable key."""
        value, of_minima = paired_ratio(timings[numerator], timings[denominator])
        ratio = Ratio(f"{self.id}: {label}", label, value, of_minima, goal_max, goal)
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


def _fmt_ratio(value: float) -> str:
    if value < 0.1:
        return f"{value:.2g}"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def _fmt_seconds(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def _speed_phrase(value: float) -> str:
    if value <= 0:
        return ""
    return f"{1 / value:.1f}x faster" if value < 1 else f"{value:.2f}x the cost"


def _rows(results: list[MeasureResult]) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    for result in results:
        for ratio in result.ratios:
            met = {True: "yes", False: "NO", None: "-"}[ratio.met]
            minima = "" if ratio.value_of_minima is None else _fmt_ratio(ratio.value_of_minima)
            rows.append((result.title, ratio.label, _fmt_ratio(ratio.value), minima, ratio.goal or "(reported)", met))
    return rows


def render_text(results: list[MeasureResult], machine: dict[str, Any]) -> str:
    """The table printed at the end of a run."""
    header = ("measure", "ratio (pygenai / x)", "median", "of minima", "goal", "met")
    rows = [header, *_rows(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("absolute per-call times (min / median over rounds):")
    for result in results:
        for name, t in result.times.items():
            lines.append(f"  {result.id:18} {name:34} {_fmt_seconds(t['min_s']):>10} / {_fmt_seconds(t['median_s'])}")
        for key, value in result.facts.items():
            lines.append(f"  {result.id:18} {key:34} {value}")
        if result.errors:
            lines.append(f"  {result.id:18} {'ERRORS':34} {result.errors}")
    lines.append("")
    lines.append(_machine_line(machine))
    return "\n".join(lines)


def _machine_line(machine: dict[str, Any]) -> str:
    packages = ", ".join(f"{k} {v}" for k, v in machine["packages"].items() if v)
    return (
        f"{machine['cpu']}, {machine['cores']} cores, {machine['implementation']} {machine['python']}, "
        f"{machine['os']}; {packages}; {machine['date']}"
        + (f", commit {machine['commit']}" if machine.get("commit") else "")
    )


def render_markdown(results: list[MeasureResult], machine: dict[str, Any]) -> str:
    """The markdown table written to ``benches/results/latest.md`` (and shown in the README)."""
    lines = [
        "| measure | ratio (pygenai / x) | median | of minima | goal | met |",
        "|---|---|---:|---:|---|---|",
    ]
    lines += [f"| {' | '.join(row)} |" for row in _rows(results)]
    lines += ["", "| measure | contender | min | median |", "|---|---|---:|---:|"]
    for result in results:
        for name, t in result.times.items():
            lines.append(f"| {result.id} | {name} | {_fmt_seconds(t['min_s'])} | {_fmt_seconds(t['median_s'])} |")
    facts = [(r.id, k, v) for r in results for k, v in r.facts.items()]
    if facts:
        lines += ["", "| measure | fact | value |", "|---|---|---|"]
        lines += [f"| {mid} | {key} | {value} |" for mid, key, value in facts]
    lines += ["", f"Machine: {_machine_line(machine)}.", ""]
    return "\n".join(lines)


def compare(current: dict[str, Any], baseline: dict[str, Any], tolerance: float = REGRESSION_TOLERANCE) -> list[str]:
    """Regressions of ``current`` against ``baseline`` (both in the latest.json format); empty when none."""
    problems: list[str] = []
    base_ratios = {r["key"]: r["value"] for m in baseline["measures"] for r in m["ratios"]}
    for measure in current["measures"]:
        if measure.get("errors"):
            problems.append(f"{measure['id']}: {measure['errors']} errors")
        for ratio in measure["ratios"]:
            before = base_ratios.get(ratio["key"])
            if before is None:
                continue
            if ratio["value"] > before * (1 + tolerance):
                problems.append(
                    f"{ratio['key']}: {ratio['value']:.3f} vs baseline {before:.3f} "
                    f"(+{(ratio['value'] / before - 1) * 100:.0f}%, tolerance {tolerance * 100:.0f}%)"
                )
    return problems
