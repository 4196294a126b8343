"""pygenai's front door: `nox -s specs`, `generate`, `tests`, `lint`, `bench`."""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session
def specs(session: nox.Session) -> None:
    """Re-ingest the upstream documents into specs/ and print the spec diff.

    `nox -s specs -- --from PATH_OR_URL [--from ...] [--fail-on-breaking] [--dry-run]`; without --from,
    each API's official source from specs/lock.toml is fetched (needs network).
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
