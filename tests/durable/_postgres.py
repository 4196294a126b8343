"""A throwaway PostgreSQL server on loopback, from the distribution's binaries (``initdb``, ``pg_ctl``).

The cluster lives in a temporary directory, listens on 127.0.0.1 on a free port (its socket in that directory too),
trusts local connections and is stopped and deleted by :meth:`Postgres.stop`. PostgreSQL refuses to run as root, so
as root the server runs as the ``postgres`` user (Debian's package creates it) or ``nobody``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

_BIN_ENV = "PYGENAI_POSTGRES_BIN"
"""A directory holding ``initdb`` and ``pg_ctl``, when they are neither on PATH nor in /usr/lib/postgresql."""


def postgres_bin() -> Path | None:
    """The directory of ``initdb`` and ``pg_ctl``: $PYGENAI_POSTGRES_BIN, PATH, or Debian's newest
    /usr/lib/postgresql/<major>/bin; ``None`` when there is none."""
    given = os.environ.get(_BIN_ENV)
    candidates = [Path(given)] if given else []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    candidates += [Path(p) for p in debian]
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "pg_ctl").is_file():
            return directory
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Postgres:
    """One running cluster; ``url(database)`` is a SQLAlchemy/psycopg URL for a database on it."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.root = Path(tempfile.mkdtemp(prefix="pygenai-postgres-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.user = "pygenai"
        self._as: list[str] = []
        if os.geteuid() == 0:
            account = _unprivileged_account()
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as = ["runuser", "-u", account.pw_name, "--"]

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def _run(self, *command: str) -> None:
        completed = subprocess.run(
            [*self._as, *command], cwd=self.root, capture_output=True, text=True, timeout=120, check=False
        )
        if completed.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(
                f"{command[0]} failed ({completed.returncode}):\n{completed.stdout}\n{completed.stderr}\n{log}"
            )

    def start(self) -> None:
        initdb, pg_ctl = str(self.binaries / "initdb"), str(self.binaries / "pg_ctl")
        self._run(initdb, "-D", str(self.data), "-U", self.user, "-A", "trust", "-E", "UTF8", "--no-sync")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(pg_ctl, "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _unprivileged_account() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root, and there is neither a 'postgres' nor a 'nobody' user to run PostgreSQL as")


@contextlib.contextmanager
def running_postgres() -> Iterator[Postgres]:
    """A started cluster, stopped and deleted on exit."""
    binaries = postgres_bin()
    if binaries is None:
        raise RuntimeError(
            "PostgreSQL's initdb and pg_ctl were not found (PATH, /usr/lib/postgresql/*/bin, $PYGENAI_POSTGRES_BIN): "
            "install Debian's 'postgresql' package (nox -s durable does, as root)"
        )
    server = Postgres(binaries)
    try:
        server.start()
        yield server
    finally:
        server.stop()
