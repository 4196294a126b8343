"""What the checkpoint tests share: tools that count their side effects, a trace without timings, and a checkpoint
store that dies: it writes through to a real store, and after a given number of journal entries the process it
stands for "crashes" (raises :class:`SimulatedCrash` and writes nothing more), as a killed process would. Its lease
is let go as it dies, as it is for a process that no longer exists."""

from __future__ import annotations

from typing import Any, cast

import pygenai
from pygenai.agent_framework import CheckpointStore, RunSnapshot
from pygenai.agent_framework._checkpoint import JournalEntry, LeaseHolder, Progress, RunIdentity, RunStatus


class SimulatedCrash(Exception):
    """The process died here."""


class CrashingStore:
    """Delegates to ``store``; dies right after journal entry number ``after`` is written (``after=0``: right after
    the run is claimed). With ``while_writing``, it dies instead while writing entry ``after + 1``, which is then
    not written (the work it records happened, its record did not)."""

    def __init__(self, store: CheckpointStore, after: int, *, while_writing: bool = False) -> None:
        self.store = store
        self.after = after
        self.while_writing = while_writing
        self.written = 0
        self.dead = False

    def _die(self, run_id: str, holder: LeaseHolder) -> SimulatedCrash:
        self.dead = True
        self.store.release(run_id, holder, None, None, None)
        return SimulatedCrash(f"crashed after {self.written} journal entries")

    def claim(self, run_id: str, identity: RunIdentity, holder: LeaseHolder) -> tuple[RunIdentity, list[JournalEntry]]:
        claimed = self.store.claim(run_id, identity, holder)
        if self.after == 0 and not self.while_writing:
            raise self._die(run_id, holder)
        return claimed

    def record(self, run_id: str, holder: LeaseHolder, entry: JournalEntry | None, progress: Progress | None) -> None:
        if self.dead:
            raise SimulatedCrash("already dead")
        if entry is not None and self.while_writing and self.written == self.after:
            raise self._die(run_id, holder)
        self.store.record(run_id, holder, entry, progress)
        if entry is not None:
            self.written += 1
            if not self.while_writing and self.written == self.after:
                raise self._die(run_id, holder)

    def release(
        self, run_id: str, holder: LeaseHolder, status: RunStatus | None, progress: Progress | None, error: str | None
    ) -> None:
        if not self.dead:
            self.store.release(run_id, holder, status, progress, error)

    def load(self, run_id: str) -> RunSnapshot | None:
        return self.store.load(run_id)

    def runs(self) -> list[str]:
        return self.store.runs()

    def delete(self, run_id: str) -> bool:
        return self.store.delete(run_id)


class Bookings:
    """Tools whose side effects are counted: ``book`` succeeds, ``refuse`` raises, ``retry`` asks for a retry."""

    def __init__(self) -> None:
        self.done: dict[str, int] = {}

    def tools(self) -> list[Any]:
        def book(item: str) -> str:
            """Book an item."""
            self.done[item] = self.done.get(item, 0) + 1
            return f"booked {item}"

        def refuse(item: str) -> str:
            """Refuse an item."""
            self.done[item] = self.done.get(item, 0) + 1
            raise ValueError(f"no {item}")

        def retry(item: str) -> str:
            """Ask again."""
            self.done[item] = self.done.get(item, 0) + 1
            raise pygenai.ModelRetry(f"say {item} differently")

        return [book, refuse, retry]


def untimed(value: Any) -> Any:
    """A trace's JSON without its timings (which differ between runs)."""
    if isinstance(value, dict):
        return {k: untimed(v) for k, v in cast("dict[str, Any]", value).items() if k != "seconds"}
    if isinstance(value, list):
        return [untimed(v) for v in cast("list[object]", value)]
    return value


def steps_of(result: Any) -> list[Any]:
    return [untimed(step.to_json()) for step in result.trace]
