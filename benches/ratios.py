"""The ratio table, the chart and the ratio gate, all computed from one saved pytest-benchmark JSON file.

    python -m benches.ratios benches/results/latest.json
    python -m benches.ratios benches/results/latest.json --markdown benches/results/latest.md \\
        --chart docs/assets/benchmarks.svg --compare benches/results/baseline.json

Every benchmark in the file (``benches/test_*.py``) carries its measure and contender in ``extra_info`` and the
per-call seconds of each interleaved round in ``stats.data``; the ``pygenai_bench`` section (written by
``benches/conftest.py``) says which ratios to form: numerator and denominator contenders, label, goal. A ratio is the
median of the per-round ratios (round *i* of the numerator over round *i* of the denominator: they ran seconds
apart, under the same load), shown beside the ratio of the minima. Ratios that are not times (memory) are stored in
that section as measured. Every ratio is *pygenai / other*: lower is better, and a goal is an upper bound.

The ratio gate (``--compare``) fails on a ratio that grew more than 10% against the baseline file, and on a measure
that reported errors. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .chart import Bar, render_svg

__all__ = ["REGRESSION_TOLERANCE", "Row", "chart", "main", "ratio_regressions", "rows", "table_markdown", "table_text"]

REGRESSION_TOLERANCE = 0.10
SECTION = "pygenai_bench"

JSON = dict[str, Any]


@dataclass(frozen=True)
class Row:
    """One ratio of the table."""

    measure: str
    title: str
    key: str
    label: str
    value: float
    value_of_minima: float | None
    goal_max: float | None
    goal: str

    @property
    def met(self) -> bool | None:
        """Whether the goal holds; ``None`` for ratios reported without a goal."""
        return None if self.goal_max is None else self.value <= self.goal_max


def _section(document: JSON) -> JSON:
    try:
        section: JSON = document[SECTION]
    except KeyError:
        raise ValueError(
            f"no {SECTION!r} section: not a JSON file saved by the benchmark tests (benches/conftest.py)"
        ) from None
    return section


def samples(document: JSON) -> dict[tuple[str, str], list[float]]:
    """Per-round per-call seconds of every benchmark, keyed by (measure, contender)."""
    found: dict[tuple[str, str], list[float]] = {}
    for bench in document.get("benchmarks", ()):
        info = bench.get("extra_info", {})
        if "measure" in info and "contender" in info:
            data = bench["stats"].get("data")
            if not data:
                raise ValueError(f"{bench['fullname']}: no per-round data (save with --benchmark-json)")
            found[info["measure"], info["contender"]] = [float(x) for x in data]
    return found


def rows(document: JSON) -> list[Row]:
    """Every ratio the file defines, computed from its benchmarks' rounds (or as stored, for non-time ratios)."""
    timed = samples(document)
    out: list[Row] = []
    for measure in _section(document)["measures"]:
        for ratio in measure["ratios"]:
            numerator, denominator = ratio.get("numerator"), ratio.get("denominator")
            if numerator is None or denominator is None:
                value, of_minima = float(ratio["value"]), None
            else:
                top, bottom = timed[measure["id"], numerator], timed[measure["id"], denominator]
                if len(top) != len(bottom):
                    raise ValueError(f"{ratio['key']}: {len(top)} rounds against {len(bottom)}: not paired rounds")
                value = statistics.median(a / b for a, b in zip(top, bottom, strict=True))
                of_minima = min(top) / min(bottom)
            out.append(
                Row(
                    measure["id"],
                    measure["title"],
                    ratio["key"],
                    ratio["label"],
                    value,
                    of_minima,
                    ratio.get("goal_max"),
                    ratio.get("goal", ""),
                )
            )
    return out


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


def _cells(table: list[Row]) -> list[tuple[str, str, str, str, str, str]]:
    cells = []
    for row in table:
        met = {True: "yes", False: "NO", None: "-"}[row.met]
        minima = "" if row.value_of_minima is None else _fmt_ratio(row.value_of_minima)
        cells.append((row.title, row.label, _fmt_ratio(row.value), minima, row.goal or "(reported)", met))
    return cells


def _times(document: JSON) -> list[tuple[str, str, float, float, int]]:
    """(measure, contender, min, median, rounds) of every benchmark, in file order."""
    out = []
    for bench in document.get("benchmarks", ()):
        info, stats = bench.get("extra_info", {}), bench["stats"]
        if "measure" in info:
            out.append((info["measure"], info["contender"], stats["min"], stats["median"], stats["rounds"]))
    return out


def machine_line(document: JSON) -> str:
    """CPU, cores, Python, packages, date and commit of the run, on one line."""
    machine = _section(document)["machine"]
    packages = ", ".join(f"{k} {v}" for k, v in machine["packages"].items() if v)
    return (
        f"{machine['cpu']}, {machine['cores']} cores, {machine['implementation']} {machine['python']}, "
        f"{machine['os']}; {packages}; {machine['date']}"
        + (f", commit {machine['commit']}" if machine.get("commit") else "")
    )


def table_text(document: JSON) -> str:
    """The table printed at the end of a run."""
    header = ("measure", "ratio (pygenai / x)", "median", "of minima", "goal", "met")
    cells = [header, *_cells(rows(document))]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines += ["", "absolute per-call times (min / median over rounds):"]
    for measure, contender, low, median, _ in _times(document):
        lines.append(f"  {measure:22} {contender:44} {_fmt_seconds(low):>10} / {_fmt_seconds(median)}")
    for measure in _section(document)["measures"]:
        for key, value in measure["facts"].items():
            lines.append(f"  {measure['id']:22} {key:44} {value}")
        if measure.get("errors"):
            lines.append(f"  {measure['id']:22} {'ERRORS':44} {measure['errors']}")
    lines += ["", machine_line(document)]
    return "\n".join(lines)


def table_markdown(document: JSON) -> str:
    """The markdown tables written to ``benches/results/latest.md``."""
    lines = [
        "| measure | ratio (pygenai / x) | median | of minima | goal | met |",
        "|---|---|---:|---:|---|---|",
    ]
    lines += [f"| {' | '.join(cells)} |" for cells in _cells(rows(document))]
    lines += ["", "| measure | contender | min | median | rounds |", "|---|---|---:|---:|---:|"]
    for measure, contender, low, median, rounds in _times(document):
        lines.append(f"| {measure} | {contender} | {_fmt_seconds(low)} | {_fmt_seconds(median)} | {rounds} |")
    facts = [(m["id"], k, v) for m in _section(document)["measures"] for k, v in m["facts"].items()]
    if facts:
        lines += ["", "| measure | fact | value |", "|---|---|---|"]
        lines += [f"| {mid} | {key} | {value} |" for mid, key, value in facts]
    lines += ["", f"Machine: {machine_line(document)}.", ""]
    return "\n".join(lines)


def chart(document: JSON) -> str:
    """The SVG chart of every ratio that has a goal, titled with the run's date, commit and machine."""
    bars = [Bar(row.title, row.label, row.value, row.goal_max) for row in rows(document) if row.goal_max is not None]
    machine = _section(document)["machine"]
    subtitle = (
        f"{machine['date'][:10]} · commit {machine.get('commit') or 'unknown'} · {machine['cpu']}, "
        f"{machine['cores']} cores · {machine['implementation']} {machine['python']} · "
        "median of per-round ratios, contenders interleaved"
    )
    return render_svg(bars, title="pygenai benchmarks: ratios against their goals", subtitle=subtitle)


def ratio_regressions(current: JSON, baseline: JSON, tolerance: float = REGRESSION_TOLERANCE) -> list[str]:
    """Ratios of ``current`` more than ``tolerance`` above the same ratio in ``baseline``, and measures that
    reported errors; empty when none."""
    problems = [f"{m['id']}: {m['errors']} errors" for m in _section(current)["measures"] if m.get("errors")]
    before = {row.key: row.value for row in rows(baseline)}
    for row in rows(current):
        if row.key in before and row.value > before[row.key] * (1 + tolerance):
            problems.append(
                f"{row.key}: {row.value:.3f} vs baseline {before[row.key]:.3f} "
                f"(+{(row.value / before[row.key] - 1) * 100:.0f}%, tolerance {tolerance * 100:.0f}%)"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    """Print the table; write the markdown and the chart if asked; exit 1 on a ratio regression (``--compare``)."""
    parser = argparse.ArgumentParser(prog="python -m benches.ratios", description=__doc__.split("\n\n")[0])
    parser.add_argument("json", type=Path, help="a JSON file saved by the benchmark tests (--benchmark-json)")
    parser.add_argument("--markdown", type=Path, help="write the markdown tables here")
    parser.add_argument("--chart", type=Path, help="write the SVG chart here")
    parser.add_argument("--compare", type=Path, metavar="BASELINE", help="exit 1 on a >10%% ratio regression")
    args = parser.parse_args(argv)

    document = json.loads(args.json.read_text())
    sys.stdout.write(table_text(document) + "\n")
    if args.markdown:
        args.markdown.write_text(table_markdown(document))
    if args.chart:
        args.chart.parent.mkdir(parents=True, exist_ok=True)
        args.chart.write_text(chart(document))
    if args.compare is None:
        return 0
    problems = ratio_regressions(document, json.loads(args.compare.read_text()))
    if problems:
        sys.stdout.write("\nRATIO REGRESSIONS against the baseline:\n" + "".join(f"  {p}\n" for p in problems))
        return 1
    sys.stdout.write(f"\nratio gate: no ratio regressed more than 10% against {args.compare}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
