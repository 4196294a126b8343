"""Run the benchmarks of issue 4 and report pygenai's ratios against google-genai and the raw limits.

    python -m benches.run                    # all measures; writes benches/results/latest.{json,md}
    python -m benches.run --compare          # also exit 1 if a ratio regressed >10% vs baseline.json
    python -m benches.run --only decode,stream --quick
    python -m benches.run --write-baseline   # make this run the committed baseline

Benchmarks never run as part of the test suite; absolute times are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .measures import agents, decode, encode, http, live, mcp_call, memory, startup, stream
from .report import MeasureResult, compare, machine_info, render_markdown, render_text
from .settings import Settings

__all__ = ["main"]

RESULTS = Path(__file__).parent / "results"
MEASURES: dict[str, Callable[[Settings], list[MeasureResult]]] = {
    "decode": decode.run,
    "encode": encode.run,
    "stream": stream.run,
    "startup": startup.run,
    "http": http.run,
    "memory": memory.run,
    "mcp": mcp_call.run,
    "agents": agents.run,
    "live": live.run,
}


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benches.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", action="store_true", help="exit 1 on a >10%% regression vs the baseline")
    parser.add_argument("--baseline", type=Path, default=RESULTS / "baseline.json", help="baseline to compare with")
    parser.add_argument("--write-baseline", action="store_true", help="also write this run as the baseline")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(MEASURES)}")
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a smoke run, not for baselines")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run, print the table, write the results; the exit status reflects ``--compare``."""
    args = _parse(argv)
    selected = [name.strip() for name in args.only.split(",") if name.strip()] or list(MEASURES)
    unknown = [name for name in selected if name not in MEASURES]
    if unknown:
        sys.stderr.write(f"unknown measure(s): {', '.join(unknown)}; known: {', '.join(MEASURES)}\n")
        return 2
    if args.quick and args.write_baseline:
        sys.stderr.write("a --quick run is too noisy to be a baseline\n")
        return 2

    settings = Settings(quick=args.quick)
    results: list[MeasureResult] = []
    for name in selected:
        sys.stderr.write(f"[bench] {name} ...")
        sys.stderr.flush()
        started = time.perf_counter()
        results.extend(MEASURES[name](settings))
        sys.stderr.write(f" {time.perf_counter() - started:.1f} s\n")

    machine = machine_info()
    document: dict[str, Any] = {
        "machine": machine,
        "settings": {"quick": settings.quick, "rounds": settings.rounds, "batch_s": settings.batch_s},
        "measures": [r.to_json() for r in results],
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    (RESULTS / "latest.md").write_text(render_markdown(results, machine))
    if args.write_baseline:
        (RESULTS / "baseline.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.write(render_text(results, machine) + "\n")

    if not args.compare:
        return 0
    if not args.baseline.exists():
        sys.stderr.write(f"no baseline at {args.baseline}\n")
        return 1
    problems = compare(document, json.loads(args.baseline.read_text()))
    if problems:
        sys.stdout.write("\nREGRESSIONS against the baseline:\n" + "".join(f"  {p}\n" for p in problems))
        return 1
    sys.stdout.write("\nno regression against the baseline (tolerance 10%)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
