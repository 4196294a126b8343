"""Running an example script as a user would: ``python examples/<name>.py`` from the repository root, with no API
key in the environment, so it replays its cassette."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = REPO_ROOT / "examples"


def run_example(
    script: Path, *arguments: str, extra_env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``script`` from the repository root without an API key (and with ``extra_env``); a script kept outside
    ``examples/`` (a tampered copy) gets ``examples/`` on its path to find ``_replay``."""
    env = {k: v for k, v in os.environ.items() if k not in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GEMINI_BASE_URL")}
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra_env or {})
    if script.is_relative_to(EXAMPLES):
        command = str(script.relative_to(REPO_ROOT))
    else:
        command = str(script)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(EXAMPLES), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, command, *arguments],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def tampered(tmp: Path, script: Path, old: str, new: str) -> Path:
    """A copy of ``script`` in ``tmp`` (same name, so the same cassette) with one piece of its code changed."""
    source = script.read_text(encoding="utf-8")
    assert old in source
    path = tmp / script.name
    path.write_text(source.replace(old, new), encoding="utf-8")
    return path


def run_examples(
    scripts: Mapping[str, Path | tuple[Path, Sequence[str]]], *, workers: int = 8
) -> dict[str, subprocess.CompletedProcess[str]]:
    """Every script (or ``(script, arguments)``) run at the same time with :func:`run_example`, by name."""
    jobs = {name: job if isinstance(job, tuple) else (job, ()) for name, job in scripts.items()}
    with ThreadPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        futures = {name: pool.submit(run_example, script, *arguments) for name, (script, arguments) in jobs.items()}
        return {name: future.result() for name, future in futures.items()}
