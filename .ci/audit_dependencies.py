"""Check the runtime dependencies, as ``pip install pygenai`` resolves them, against PyPI's vulnerability data.

Usage (``nox -s audit`` runs it)::

    python .ci/audit_dependencies.py 'anyio>=4.10' 'httpx2>=2.16' 'orjson>=3.10'

1. Resolve the requirements the way a user's install would: ``pip install --dry-run --ignore-installed --report``
   (nothing is installed, and what this environment already holds does not steer the choice).
2. For each resolved package, read the advisories PyPI publishes for that release: ``/pypi/NAME/VERSION/json``,
   the endpoint pip-audit's default service reads. This workplace's PyPI does not serve that endpoint (it answers
   404; OSV, pip-audit's other source, is not reachable), so pip-audit itself reports every package as "not found
   on PyPI". Where that happens this script falls back to the project's JSON (``/pypi/NAME/json``), whose
   ``vulnerabilities`` are those of the latest release: enough when the resolved release is the latest, which is
   what a fresh install picks unless a bound holds it back.
3. Print one line per package and every advisory that applies (withdrawn ones left out).

Exit status 0 when every resolved package could be checked and none has a known vulnerability, 1 otherwise (a
vulnerable release, or one that PyPI gives no data for here).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

PYPI = "https://pypi.org/pypi"
TIMEOUT_S = 30


def resolve(requirements: list[str]) -> list[tuple[str, str]]:
    """(name, version) of every package a fresh install of ``requirements`` would bring, dependencies included."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet"]
        subprocess.run([*command, "--report", str(report), *requirements], check=True)
        installs = json.loads(report.read_text())["install"]
    return sorted((item["metadata"]["name"], item["metadata"]["version"]) for item in installs)


def fetch_json(url: str) -> dict[str, Any] | None:
    """The JSON at ``url``; None for a 404."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:
            data: dict[str, Any] = json.load(response)
            return data
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise


def advisories(name: str, version: str) -> tuple[list[dict[str, Any]] | None, str]:
    """The advisories of one release, and where they came from; None when PyPI gives none for that release here."""
    release = fetch_json(f"{PYPI}/{name}/{version}/json")
    if release is not None:
        return release.get("vulnerabilities") or [], "release JSON"
    project = fetch_json(f"{PYPI}/{name}/json")
    if project is None:
        return None, "not on PyPI"
    latest = project["info"]["version"]
    if latest != version:
        return None, f"no per-release data here, and {version} is not the latest release ({latest})"
    return project.get("vulnerabilities") or [], "project JSON (latest release)"


def main(requirements: list[str]) -> int:
    if not requirements:
        print("usage: audit_dependencies.py REQUIREMENT [REQUIREMENT ...]", file=sys.stderr)
        return 2
    resolved = resolve(requirements)
    print(f"resolved {', '.join(requirements)} to {len(resolved)} packages")
    failed = False
    for name, version in resolved:
        found, source = advisories(name, version)
        if found is None:
            print(f"  NOT AUDITED {name}=={version}: {source}")
            failed = True
            continue
        applying = [entry for entry in found if not entry.get("withdrawn")]
        print(f"  {'VULNERABLE' if applying else 'ok'} {name}=={version} ({source})")
        for entry in applying:
            fixed = ", ".join(entry.get("fixed_in") or []) or "no fixed release"
            aliases = ", ".join(entry.get("aliases") or [])
            print(f"      {entry.get('id')} ({aliases}); fixed in: {fixed}; {entry.get('link', '')}")
            failed = True
    print("audit: FAILED" if failed else "audit: no known vulnerabilities")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
