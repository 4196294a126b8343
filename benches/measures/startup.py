"""(d) A fresh interpreter importing the SDK and building a client.

Each run is a new ``python -I -c ...`` process (warm ``.pyc`` caches: one untimed run first). The
process times ``import`` + ``Client(api_key=...)`` itself with ``perf_counter`` and prints it; the parent
also times the whole process, interpreter start-up included. Contenders alternate run by run.
"""

from __future__ import annotations

import subprocess
import sys
import time

from ..report import MeasureResult
from ..settings import Settings
from ..timing import Timing

__all__ = ["run"]

_TEMPLATE = "import time\nt0 = time.perf_counter()\n{body}\nt1 = time.perf_counter()\nprint(t1 - t0)\n"
_PROGRAMS = {
    "bare interpreter": "pass",
    "pygenai import + Client()": 'import pygenai\npygenai.Client(api_key="test-key-123")',
    "google-genai import + Client()": 'from google import genai\ngenai.Client(api_key="test-key-123")',
}


def _one(body: str) -> tuple[float, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-I", "-c", _TEMPLATE.format(body=body)], capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - start
    return float(done.stdout.strip()), wall


def run(settings: Settings) -> list[MeasureResult]:
    """Alternate fresh interpreters of the three programs and compare their medians."""
    names = list(_PROGRAMS)
    for name in names:
        _one(_PROGRAMS[name])
    inner: dict[str, list[float]] = {name: [] for name in names}
    wall: dict[str, list[float]] = {name: [] for name in names}
    for round_index in range(settings.process_runs):
        shift = round_index % len(names)
        for name in names[shift:] + names[:shift]:
            in_process, whole = _one(_PROGRAMS[name])
            inner[name].append(in_process)
            wall[name].append(whole)

    timings = {f"{name} (in process)": Timing(name, tuple(inner[name]), 1) for name in names[1:]}
    timings |= {f"{name} (whole process)": Timing(name, tuple(wall[name]), 1) for name in names}
    result = MeasureResult("startup", "fresh interpreter: import + Client()")
    result.add_times(timings)
    result.add_ratio(
        timings,
        "pygenai import + Client() (in process)",
        "google-genai import + Client() (in process)",
        "pygenai / google-genai (import + Client)",
        goal_max=0.15,
        goal="≤ 0.15",
    )
    result.add_ratio(
        timings,
        "pygenai import + Client() (whole process)",
        "google-genai import + Client() (whole process)",
        "pygenai / google-genai (whole process)",
    )
    return [result]
