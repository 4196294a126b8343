"""Run the benchmarks of issue 4 under pytest-benchmark, then the ratio table, the chart and the gates.

    python -m benches.run                    # all measures; writes benches/results/latest.{json,md} and the chart
    python -m benches.run --compare          # also the two gates against benches/results/baseline.json
    python -m benches.run --only decode,stream --quick
    python -m benches.run --write-baseline   # make this run the committed baseline

What it runs, in order:

1. ``pytest -c benches/pytest.ini benches/test_<measure>.py ... --benchmark-json=benches/results/latest.json``:
   every contender of every measure is a benchmark test, its interleaved rounds saved in that JSON file;
2. ``python -m benches.ratios`` on that file: the ratio table (printed and ``results/latest.md``) and, on a full
   run, the chart ``docs/assets/benchmarks.svg``.

``--compare`` adds two gates against the baseline (a JSON file of the same kind): pytest-benchmark's own
(``--benchmark-compare=<baseline> --benchmark-compare-fail=median:10%``: a contender's median time grew more than
10%), applied only when the baseline was measured on a machine like this one (same CPU model, cores and Python),
since absolute times do not carry across machines; and the ratio gate (a ratio grew more than 10%), which does.

Benchmarks never run as part of the test suite; absolute times are reported, never asserted elsewhere.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import ratios
from .harness import MEASURES
from .report import machine_info

__all__ = ["main"]

BENCHES = Path(__file__).parent
ROOT = BENCHES.parent
RESULTS = BENCHES / "results"
CHART = ROOT / "docs" / "assets" / "benchmarks.svg"
ABSOLUTE_GATE = "median:10%"


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benches.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", action="store_true", help="exit 1 on a >10%% regression vs the baseline")
    parser.add_argument("--baseline", type=Path, default=RESULTS / "baseline.json", help="baseline to compare with")
    parser.add_argument("--write-baseline", action="store_true", help="also write this run as the baseline")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(MEASURES)}")
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a smoke run, not for baselines")
    return parser.parse_args(argv)


def _same_machine(baseline: dict[str, Any]) -> tuple[bool, str]:
    """Whether ``baseline`` was measured on a machine like this one, and a line saying so."""
    here = machine_info()
    there = baseline.get(ratios.SECTION, {}).get("machine", {})
    keys = ("cpu", "usable_cores", "implementation", "python")
    differ = [f"{key} {there.get(key)!r} there, {here[key]!r} here" for key in keys if there.get(key) != here[key]]
    return not differ, "; ".join(differ)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark tests, print the table, write the results; the exit status reflects the run and the
    gates."""
    args = _parse(argv)
    selected = [name.strip() for name in args.only.split(",") if name.strip()] or list(MEASURES)
    unknown = [name for name in selected if name not in MEASURES]
    if unknown:
        sys.stderr.write(f"unknown measure(s): {', '.join(unknown)}; known: {', '.join(MEASURES)}\n")
        return 2
    full = selected == list(MEASURES) and not args.quick
    if args.write_baseline and not full:
        sys.stderr.write("a baseline holds every measure of a full run: no --quick, no --only\n")
        return 2
    if args.compare and not args.baseline.exists():
        sys.stderr.write(f"no baseline at {args.baseline}\n")
        return 1

    RESULTS.mkdir(exist_ok=True)
    latest = RESULTS / "latest.json"
    latest.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-c",
        str(BENCHES / "pytest.ini"),
        "--rootdir",
        str(ROOT),
        *(str(BENCHES / f"test_{name}.py") for name in selected),
        f"--benchmark-json={latest}",
    ]
    if args.quick:
        command.append("--bench-quick")
    if args.compare:
        baseline = json.loads(args.baseline.read_text())
        same, why = _same_machine(baseline)
        if same:
            command += [f"--benchmark-compare={args.baseline}", f"--benchmark-compare-fail={ABSOLUTE_GATE}"]
        else:
            sys.stdout.write(f"absolute-time gate skipped: the baseline is from another machine ({why})\n")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-storage-") as storage:
        # Runs are saved to `latest` (and compared with a file), never to pytest-benchmark's numbered storage,
        # which it creates anyway: in a temporary directory, not as .benchmarks/ in the work tree.
        command.append(f"--benchmark-storage=file://{storage}")
        tests = subprocess.run(command, cwd=ROOT, check=False)
    sys.stdout.write(f"\n[bench] benchmark tests: {time.perf_counter() - started:.0f} s, exit {tests.returncode}\n\n")
    if not latest.exists():
        sys.stderr.write("the benchmark tests saved no results\n")
        return tests.returncode or 1

    ratio_args = [str(latest), "--markdown", str(RESULTS / "latest.md")]
    if full:
        ratio_args += ["--chart", str(CHART)]
    if args.compare:
        ratio_args += ["--compare", str(args.baseline)]
    status = ratios.main(ratio_args)
    if full:
        sys.stdout.write(f"chart: {CHART.relative_to(ROOT)}\n")
    if args.write_baseline and tests.returncode == 0:
        shutil.copyfile(latest, args.baseline)
        sys.stdout.write(f"baseline written: {args.baseline}\n")
    if tests.returncode != 0:
        sys.stdout.write("the benchmark tests failed (a measure, or the absolute-time gate: see above)\n")
    return tests.returncode or status


if __name__ == "__main__":
    sys.exit(main())
