"""Crash and resume, for real: a checkpointed agent run is killed with SIGKILL in a child process after a known tool
call finished, and a fresh process resumes it.

Run it (from the repository root)::

    PYTHONPATH=runtime:generated python -m tests.agents.crash_resume_demo

It prints each phase and exits with 0 when every check holds. ``tests/agents/test_checkpoint_crash.py`` runs the
same demonstration and asserts on its report. The model is a scripted fake (an ``httpx2.MockTransport`` that answers
by the number of model turns in the request, so any process can take over the conversation); the tool ``book``
appends a line to a side-effect file, so the file shows how many times each call really ran.

Child mode (what the demonstration starts): ``python -m tests.agents.crash_resume_demo child <mode> <db> <effects>``
with ``<mode>`` one of ``whole`` (an uninterrupted run under its own id), ``crash`` (a run that stops after the
``hotel`` booking finished, says so on stdout and waits to be killed) and ``resume``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

RUN_ID = "trip-2026-11"
PROMPT = "Book my trip: a flight and a hotel, then a car."
STOP_AFTER = "hotel"
MODEL = "gemini-2.5-flash"


# --------------------------------------------------------------------------- the child process


def _script() -> list[dict[str, Any]]:
    from tests.agents._scripted import call, response, text

    return [
        response(call("book", item="flight"), call("book", item="hotel")),
        response(call("book", item="car")),
        text("Booked: flight, hotel and car."),
    ]


def _scripted_client() -> tuple[Any, list[int]]:
    """A client whose model answers request n (n model turns in its history) with the script's n-th body."""
    import httpx2
    import orjson

    import pygenai

    script = _script()
    sent: list[int] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        body = orjson.loads(request.content)
        turn = sum(1 for content in body["contents"] if content.get("role") == "model")
        sent.append(turn)
        return httpx2.Response(200, content=orjson.dumps(script[turn]), headers={"content-type": "application/json"})

    http = httpx2.Client(transport=httpx2.MockTransport(handle))
    return pygenai.Client(api_key="demo-key", base_url="http://gemini.test", http_client=http), sent


def _child(mode: str, db: str, effects: str) -> int:
    from pygenai.agent_framework import Agent, CheckpointBusyError, SQLiteCheckpoints, ToolCallFinished

    client, sent = _scripted_client()

    def book(item: str) -> str:
        """Book one item of the trip; the confirmation code."""
        with open(effects, "a", encoding="utf-8") as file:
            file.write(f"{item}\n")
        return f"confirmed {item.upper()}"

    def on_event(event: object) -> None:
        if mode == "crash" and isinstance(event, ToolCallFinished) and event.call.args.get("item") == STOP_AFTER:
            # the call's record is written before this event: say so, then wait to be killed
            print(f"FINISHED {STOP_AFTER} after {len(sent)} request(s)", flush=True)
            sys.stdin.read()  # the parent never writes: this returns only if the parent went away
            os._exit(3)

    agent = Agent(client, model=MODEL, name="travel-agent", tools=[book], on_event=on_event)
    with SQLiteCheckpoints(db) as store:
        try:
            if mode == "resume":
                result = agent.resume_sync(RUN_ID, checkpoint=store)
            else:
                result = agent.run_sync(PROMPT, checkpoint=store, run_id=RUN_ID)
        except CheckpointBusyError as busy:
            print(json.dumps({"busy": busy.holder}), flush=True)
            return 2
    summary = {"output": result.output, "messages": result.messages, "usage": result.usage.to_json(), "requests": sent}
    print(json.dumps(summary), flush=True)
    return 0


# --------------------------------------------------------------------------- the demonstration


@dataclasses.dataclass
class Report:
    """What the demonstration saw."""

    whole: dict[str, Any]
    crashed_after_requests: int
    busy_holder: str | None
    crashed_pid: int
    snapshot_status: str
    snapshot_steps: int
    snapshot_journal: int
    resumed: dict[str, Any]
    effects: list[str]

    def problems(self) -> list[str]:
        """Every check that does not hold (empty: the demonstration succeeded)."""
        found: list[str] = []
        if self.effects != ["flight", "hotel", "car"]:
            found.append(f"side effects {self.effects}: each booking should have happened exactly once")
        for key in ("output", "messages", "usage"):
            if self.resumed[key] != self.whole[key]:
                found.append(f"the resumed run's {key} differs from the uninterrupted run's")
        if self.crashed_after_requests + len(self.resumed["requests"]) != len(self.whole["requests"]):
            found.append("the two lives together did not send exactly the uninterrupted run's requests")
        if self.busy_holder is None or not self.busy_holder.endswith(f":{self.crashed_pid}"):
            found.append(f"a second process was not refused while the first held the run: {self.busy_holder}")
        return found


def _child_command(mode: str, db: Path, effects: Path) -> list[str]:
    return [sys.executable, "-m", "tests.agents.crash_resume_demo", "child", mode, str(db), str(effects)]


def _child_env() -> dict[str, str]:
    """This process's environment, with the pygenai it imports first on the child's path."""
    import pygenai
    import pygenai_generated

    paths = [str(Path(module.__file__ or "").resolve().parent.parent) for module in (pygenai, pygenai_generated)]
    old = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([*paths, *([old] if old else [])])}


ROOT = Path(__file__).resolve().parent.parent.parent


def _finish(mode: str, db: Path, effects: Path) -> tuple[int, dict[str, Any]]:
    done = subprocess.run(
        _child_command(mode, db, effects), cwd=ROOT, env=_child_env(), capture_output=True, text=True, timeout=120
    )
    lines = done.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(f"child {mode} printed nothing (exit {done.returncode}): {done.stderr[-2000:]}")
    return done.returncode, json.loads(lines[-1])


def demonstrate(folder: Path, say: Callable[[str], None] = print) -> Report:
    """Run the demonstration in ``folder``; ``say`` each phase."""
    say("1. an uninterrupted run, for reference (its own database and side-effect file)")
    _, whole = _finish("whole", folder / "whole.db", folder / "whole-effects.txt")
    say(f"   output {whole['output']!r} after {len(whole['requests'])} model requests")

    db, effects = folder / "runs.db", folder / "effects.txt"
    say(f"2. the same run, checkpointed under {RUN_ID!r} in {db.name}, in a child process")
    with subprocess.Popen(
        _child_command("crash", db, effects),
        cwd=ROOT,
        env=_child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        line = child.stdout.readline()  # waits for the child to finish the hotel booking
        if not line.startswith("FINISHED"):
            child.kill()
            raise RuntimeError(f"the child did not reach the {STOP_AFTER} booking: {line!r} {child.stderr.read()}")
        crashed_after = int(line.split(" after ")[1].split()[0])
        say(f"   the child (pid {child.pid}) finished booking {STOP_AFTER!r} and is still running")

        say("3. a second process resumes the same run id while the first holds it")
        code, busy = _finish("resume", db, effects)
        say(f"   refused (exit {code}): the run is held by {busy.get('busy')}")

        say("4. SIGKILL the first child")
        child.send_signal(signal.SIGKILL)
        child.wait()
        say(f"   killed: exit status {child.returncode}")

    from pygenai.agent_framework import SQLiteCheckpoints

    with SQLiteCheckpoints(db) as store:
        snapshot = store.load(RUN_ID)
    assert snapshot is not None
    say(
        f"   stored: status {snapshot.status!r}, {snapshot.steps} step(s) finished, {snapshot.journal} journal "
        f"entries, side effects so far {effects.read_text().split()}"
    )

    say("5. a fresh process resumes the run")
    code, resumed = _finish("resume", db, effects)
    done = effects.read_text().split()
    say(f"   exit {code}; output {resumed.get('output')!r}; it sent {len(resumed.get('requests', []))} request(s)")
    say(f"   side effects: {done}")
    return Report(
        whole=whole,
        crashed_after_requests=crashed_after,
        busy_holder=busy.get("busy"),
        crashed_pid=child.pid,
        snapshot_status=snapshot.status,
        snapshot_steps=snapshot.steps,
        snapshot_journal=snapshot.journal,
        resumed=resumed,
        effects=done,
    )


def main(argv: list[str]) -> int:
    if argv[:1] == ["child"]:
        return _child(*argv[1:4])
    with tempfile.TemporaryDirectory() as folder:
        report = demonstrate(Path(folder))
    problems = report.problems()
    for problem in problems:
        print(f"FAILED: {problem}")
    if not problems:
        print("OK: the run completed after the crash, no finished call ran twice, and the result is the same.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
