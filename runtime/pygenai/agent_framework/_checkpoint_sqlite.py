"""The default checkpoint store: one SQLite file (the standard library's ``sqlite3``), any number of runs.

A store keeps one connection, opened on first use, shared by the worker threads the agent calls it from (one at a
time, under a lock) and opened again in a forked child; ``close()`` (or ``with``) closes it. (A connection per call
would cost a WAL checkpoint and a disk flush each time it closes.) The file is in WAL mode, so readers (``load``)
never wait for the run that writes. With ``fsync=True`` (``synchronous=FULL``) a write is on disk when the method
returns; with ``fsync=False`` (``synchronous=NORMAL``) it is in the operating system's hands: it survives the
process being killed, not a power loss. Each write is one ``BEGIN IMMEDIATE`` transaction that first checks the
writer still holds the run.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Generator
from types import TracebackType

from .._core.errors import CheckpointBusyError
from ._checkpoint import JournalEntry, LeaseHolder, Progress, RunIdentity, RunSnapshot, RunStatus

__all__ = ["SQLiteCheckpoints"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS agent_runs (
    run_id TEXT PRIMARY KEY,
    agent TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt BLOB NOT NULL,
    status TEXT NOT NULL,
    steps INTEGER NOT NULL,
    messages BLOB NOT NULL,
    usage BLOB NOT NULL,
    error TEXT,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    holder_token TEXT,
    holder_host TEXT,
    holder_pid INTEGER,
    renewed REAL
);
CREATE TABLE IF NOT EXISTS agent_run_journal (
    run_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    step INTEGER NOT NULL,
    call INTEGER,
    request TEXT,
    data BLOB NOT NULL,
    PRIMARY KEY (run_id, seq)
);
"""


class SQLiteCheckpoints:
    """Checkpointed agent runs in the SQLite file at ``path`` (created with its tables on first use).

    ``agent.run(prompt, checkpoint=store, run_id="order-42")`` records the run; after a crash the same call (or
    ``agent.resume("order-42", checkpoint=store)``) continues it. Inspect with :meth:`runs`, :meth:`load` and
    :meth:`delete`. ``lease_seconds``: how long a run held by a process of another host may go without writing
    before another process may take it over (a process of this host is checked directly). ``timeout``: how long
    a write waits for another writer's transaction. ``fsync``: flush every record to disk before the run goes on
    (default), so that a finished call's record survives a power loss too; ``False`` keeps records safe from a
    killed process only, and saves a disk flush per model request and tool call (milliseconds on most disks).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        lease_seconds: float = 300.0,
        timeout: float = 10.0,
        fsync: bool = True,
    ) -> None:
        self.path = os.fspath(path)
        self.lease_seconds = lease_seconds
        self.timeout = timeout
        self.fsync = fsync
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pid = 0

    def __repr__(self) -> str:
        return f"SQLiteCheckpoints({self.path!r})"

    def close(self) -> None:
        """Close the store's connection (the next use opens it again)."""
        with self._lock:
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db = None

    def __enter__(self) -> SQLiteCheckpoints:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def claim(self, run_id: str, identity: RunIdentity, holder: LeaseHolder) -> tuple[RunIdentity, list[JournalEntry]]:
        """See :meth:`CheckpointStore.claim`."""
        with self._write() as db:
            now = time.time()
            row = db.execute(
                "SELECT agent, model, prompt, holder_token, holder_host, holder_pid, renewed FROM agent_runs "
                "WHERE run_id = ?",
                (run_id,),
            ).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO agent_runs VALUES (?, ?, ?, ?, 'running', 0, ?, ?, NULL, ?, ?, ?, ?, ?, ?)",
                    (run_id, identity.agent, identity.model, identity.prompt, identity.prompt, b"{}", now, now,
                     holder.token, holder.host, holder.pid, now),
                )  # fmt: skip
                return identity, []
            agent, model, prompt, token, host, pid, renewed = row
            if token is not None and token != holder.token:
                current = LeaseHolder(token, host, pid)
                if not current.gone(now - renewed, self.lease_seconds):
                    raise CheckpointBusyError(run_id, str(current))
            db.execute(
                "UPDATE agent_runs SET holder_token = ?, holder_host = ?, holder_pid = ?, renewed = ? WHERE run_id = ?",
                (holder.token, holder.host, holder.pid, now, run_id),
            )
            journal = db.execute(
                "SELECT step, call, data, request FROM agent_run_journal WHERE run_id = ? ORDER BY seq", (run_id,)
            ).fetchall()
        entries = [JournalEntry(step, call, bytes(data), request) for step, call, data, request in journal]
        return RunIdentity(agent, model, bytes(prompt)), entries

    def record(self, run_id: str, holder: LeaseHolder, entry: JournalEntry | None, progress: Progress | None) -> None:
        """See :meth:`CheckpointStore.record`."""
        with self._write() as db:
            now = time.time()
            sets = "status = 'running', error = NULL, renewed = ?, updated = ?"
            values: list[object] = [now, now]
            if progress is not None:
                sets += ", steps = ?, messages = ?, usage = ?"
                values += [progress.steps, progress.messages, progress.usage]
            changed = db.execute(
                f"UPDATE agent_runs SET {sets} WHERE run_id = ? AND holder_token = ?", (*values, run_id, holder.token)
            ).rowcount
            if changed == 0:
                raise CheckpointBusyError(run_id, _holder_of(db, run_id), lost=True)
            if entry is not None:
                db.execute(
                    "INSERT INTO agent_run_journal SELECT ?, COALESCE(MAX(seq), -1) + 1, ?, ?, ?, ? "
                    "FROM agent_run_journal WHERE run_id = ?",
                    (run_id, entry.step, entry.call, entry.request, entry.data, run_id),
                )

    def release(
        self, run_id: str, holder: LeaseHolder, status: RunStatus | None, progress: Progress | None, error: str | None
    ) -> None:
        """See :meth:`CheckpointStore.release`."""
        with self._write() as db:
            sets = "holder_token = NULL, holder_host = NULL, holder_pid = NULL, renewed = NULL, updated = ?"
            values: list[object] = [time.time()]
            if status is not None:
                sets += ", status = ?, error = ?"
                values += [status, error]
            if progress is not None:
                sets += ", steps = ?, messages = ?, usage = ?"
                values += [progress.steps, progress.messages, progress.usage]
            db.execute(
                f"UPDATE agent_runs SET {sets} WHERE run_id = ? AND holder_token = ?", (*values, run_id, holder.token)
            )

    def load(self, run_id: str) -> RunSnapshot | None:
        """The run's :class:`RunSnapshot` (status, steps, history, usage, ...), or ``None``."""
        with self._read() as db:
            row = db.execute(
                "SELECT agent, model, prompt, status, steps, messages, usage, error, created, updated, holder_host, "
                "holder_pid, (SELECT COUNT(*) FROM agent_run_journal j WHERE j.run_id = r.run_id) "
                "FROM agent_runs r WHERE run_id = ?",
                (run_id,),
            ).fetchone()
        if row is None:
            return None
        agent, model, prompt, status, steps, messages, usage, error, created, updated, host, pid, journal = row
        return RunSnapshot.decode(
            run_id,
            RunIdentity(agent, model, bytes(prompt)),
            Progress(steps, bytes(messages), bytes(usage)),
            status=status,
            journal=journal,
            error=error,
            holder=None if host is None else f"{host}:{pid}",
            created=created,
            updated=updated,
        )

    def runs(self) -> list[str]:
        """Every stored run id, oldest first."""
        with self._read() as db:
            return [run_id for (run_id,) in db.execute("SELECT run_id FROM agent_runs ORDER BY created, run_id")]

    def delete(self, run_id: str) -> bool:
        """Forget the run and its journal (a process still running it fails at its next write); whether there was
        one."""
        with self._write() as db:
            db.execute("DELETE FROM agent_run_journal WHERE run_id = ?", (run_id,))
            return db.execute("DELETE FROM agent_runs WHERE run_id = ?", (run_id,)).rowcount > 0

    @contextlib.contextmanager
    def _read(self) -> Generator[sqlite3.Connection, None, None]:
        with self._lock:
            yield self._connection()

    @contextlib.contextmanager
    def _write(self) -> Generator[sqlite3.Connection, None, None]:
        with self._lock:
            db = self._connection()
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _connection(self) -> sqlite3.Connection:
        if self._db is not None and self._pid == os.getpid():
            return self._db
        db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA synchronous = FULL" if self.fsync else "PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA journal_mode = WAL")
            db.executescript(_SCHEMA)
        except BaseException:
            db.close()
            raise
        self._db, self._pid = db, os.getpid()
        return db


def _holder_of(db: sqlite3.Connection, run_id: str) -> str:
    row = db.execute("SELECT holder_host, holder_pid FROM agent_runs WHERE run_id = ?", (run_id,)).fetchone()
    if row is None:
        return "nobody (the run was deleted)"
    host, pid = row
    return "nobody (the run was released)" if host is None else f"{host}:{pid}"
