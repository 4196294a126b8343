"""pygenai's front door: `nox -s specs`, `generate`, `tests`, `lint`, `bench`, `fuzz`, `audit`."""

from __future__ import annotations

import time
from pathlib import Path

import nox
from packaging.requirements import Requirement

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session
def specs(session: nox.Session) -> None:
    """Re-ingest the upstream documents into specs/ and print the spec diff.

    `nox -s specs -- --from PATH_OR_URL [--from ...] [--fail-on-breaking] [--dry-run]`; without --from, each
    API's source as specs/lock.toml records it is read again (a URL or npm package needs the network; a file does
    not), and `-- --official` reads each API's official source instead. The lock records what was read: the path
    or URL, the revision the document states, the sha256 of its bytes.
    """
    session.run("python", "-m", "codegen", "specs", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate all output, print what was generated, then run the main-job demo offline.

    Output: generated/ from specs/; the runtime's sync twins (runtime/**/_sync/, from _async/); the client's
    resource table (runtime/pygenai/_client/resources.py, from specs/ and _client/overrides.toml).
    The demo (examples/demo_chat_tools.py: a chat with thinking on that calls two Python tools in one turn)
    replays its cassette, or calls the API when GEMINI_API_KEY is set. `-- --check` only compares all of it
    with a fresh regeneration and skips the demo.
    """
    session.install(*_group("codegen"))
    session.run("python", "-m", "codegen", "generate", *session.posargs)
    if "--check" not in session.posargs:
        session.install("-e", ".", "vcrpy>=7", "pyyaml")
        session.run("python", "examples/demo_chat_tools.py")


@nox.session
def tests(session: nox.Session) -> None:
    """The offline test suite (cassettes and loopback servers; no network)."""
    session.install("-e", ".", *_group("test"), *_group("codegen"))  # codegen: the pinned ruff that formats generated/
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """The fuzz targets of tests/fuzz at full length: at least 100,000 cases each (hypothesis profile "fuzz").

    `nox -s tests` runs the same targets with a short budget (profile "suite"). The statistics printed at the
    end give each target's case count and time.
    """
    session.install("-e", ".", *_group("test"))
    profile = ("--hypothesis-profile=fuzz", "--hypothesis-show-statistics")
    session.run("python", "-m", "pytest", "tests/fuzz", *profile, *session.posargs)


def _lowest_allowed(requirements: list[str]) -> list[str]:
    """Each requirement pinned to its `>=` lower bound (`anyio>=4.10` -> `anyio==4.10`)."""
    pins: list[str] = []
    for text in requirements:
        requirement = Requirement(text)
        bounds = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        if len(bounds) != 1:
            raise ValueError(f"runtime dependency {text!r}: give it exactly one `>=` lower bound, so audit can test it")
        pins.append(f"{requirement.name}=={bounds[0]}")
    return pins


@nox.session
def audit(session: nox.Session) -> None:
    """The runtime dependencies, as a user gets them: known vulnerabilities, and the suite on the oldest allowed.

    1. `.ci/audit_dependencies.py` resolves pyproject's `[project] dependencies` (not the dev tools) as
       `pip install pygenai` would and checks every resolved package against PyPI's advisories (the data
       pip-audit's default service reads; see the script for why pip-audit itself cannot run here).
    2. The oldest allowed version of each runtime dependency (its `>=` bound) is installed with the test tools and
       the whole suite runs against them. A failure there means a lower bound is wrong: raise it.
    """
    started = time.monotonic()
    runtime = list(PYPROJECT["project"]["dependencies"])
    lowest = _lowest_allowed(runtime)
    session.run("python", ".ci/audit_dependencies.py", *runtime)

    session.install("-e", ".", *_group("test"), *_group("codegen"), *lowest)
    session.run("python", "-m", "pip", "check")
    session.run("python", "-c", _PRINT_VERSIONS, *(Requirement(text).name for text in runtime))
    session.run("python", "-m", "pytest", *session.posargs)
    session.log(f"audit took {time.monotonic() - started:.0f} s")


_PRINT_VERSIONS = (
    "import sys; from importlib.metadata import version; "
    "print('runtime dependencies under test:', ', '.join(f'{name}=={version(name)}' for name in sys.argv[1:]))"
)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint and format); mypy --strict over runtime/, generated/, codegen/, examples/ and tests/typing/;
    pyright (strict) over tests/typing/, the typing of the public surface as users see it."""
    session.install("-e", ".", *_group("lint"))
    session.run("ruff", "check", "runtime", "generated", "codegen", "tests", "benches", "examples", "noxfile.py")
    session.run("ruff", "format", "--check", "generated", "runtime", "codegen")
    session.run("mypy")
    python = str(Path(session.virtualenv.location) / "bin" / "python")  # pyright reads the session's packages
    session.run("pyright", "--project", ".", "--pythonpath", python)  # this directory's config, not a parent's


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with google-genai and the raw limit (`-- --compare` checks the baseline)."""
    session.install("-e", ".", "-r", "benches/requirements.txt")
    session.run("python", "-m", "compileall", "-q", "runtime", "generated")
    session.run("python", "-m", "benches.run", *session.posargs)
