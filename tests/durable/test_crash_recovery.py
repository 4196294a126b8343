"""A durable run killed with SIGKILL after its tool calls finished is finished by DBOS's recovery in a new process,
without calling a finished tool again or sending a finished model request again (PostgreSQL on loopback)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
from dbos import DBOSClient

from tests.durable.crash_worker import REPLIES

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "pygenai.agent.travel"


def _worker(phase: str, url: str, workdir: Path, workflow_id: str) -> subprocess.Popen[bytes]:
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    command = [sys.executable, "-m", "tests.durable.crash_worker", phase, url, str(workdir), workflow_id]
    with (workdir / f"{phase}.out").open("wb") as out, (workdir / f"{phase}.log").open("wb") as log:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=log)


def _wait_for(path: Path, process: subprocess.Popen[bytes], workdir: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None:
            raise AssertionError(
                f"the worker ended ({process.returncode}) first:\n{(workdir / 'crash.log').read_text()}"
            )
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"no {path.name} after {timeout} s:\n{(workdir / 'crash.log').read_text()}")
        time.sleep(0.02)


def _requests(workdir: Path, phase: str) -> list[dict[str, object]]:
    lines = (workdir / f"requests-{phase}.jsonl").read_bytes().splitlines()
    return [orjson.loads(line) for line in lines]


def test_recovery_after_sigkill_repeats_no_finished_tool_call_or_model_request(
    system_database_url: str, tmp_path: Path
) -> None:
    workflow_id = f"trip-{uuid.uuid4().hex[:8]}"

    crashing = _worker("crash", system_database_url, tmp_path, workflow_id)
    _wait_for(tmp_path / "ready", crashing, tmp_path)
    crashing.send_signal(signal.SIGKILL)
    assert crashing.wait(timeout=60) == -signal.SIGKILL

    client = DBOSClient(system_database_url=system_database_url)
    try:
        status = client.retrieve_workflow(workflow_id).get_status()
        assert status.status == "PENDING" and status.name == PREFIX
        recorded = client.list_workflow_steps(workflow_id)
        assert [s["function_name"] for s in recorded] == [
            f"{PREFIX}.model_request",
            f"{PREFIX}.tool.book",
            f"{PREFIX}.model_request",
            f"{PREFIX}.tool.pay",
        ]
        assert (tmp_path / "side_effects.txt").read_text() == "book Oslo\npay 120\n"
        assert [len(r["contents"]) for r in _requests(tmp_path, "crash")] == [1, 3, 5]  # type: ignore[arg-type]

        recovering = _worker("recover", system_database_url, tmp_path, workflow_id)
        assert recovering.wait(timeout=120) == 0, (tmp_path / "recover.log").read_text()
        summary = orjson.loads((tmp_path / "recover.out").read_bytes().splitlines()[-1])

        assert (tmp_path / "side_effects.txt").read_text() == "book Oslo\npay 120\n"  # no tool ran again
        resent = _requests(tmp_path, "recover")
        assert [len(r["contents"]) for r in resent] == [5]  # type: ignore[arg-type]  # only the unfinished request
        sent_before = _requests(tmp_path, "crash")[-1]
        assert resent[0]["contents"] == sent_before["contents"]  # the history rebuilt from the record, unchanged
        assert summary["output"] == "Trip booked: Oslo, paid 120." and summary["tool_calls"] == 2
        responses = [
            part["functionResponse"]["response"]
            for turn in summary["messages"]
            for part in turn["parts"]
            if "functionResponse" in part
        ]
        assert responses == [{"result": "booked in Oslo"}, {"result": "paid 120"}]
        assert summary["messages"][-1] == REPLIES[5]["candidates"][0]["content"]

        assert client.retrieve_workflow(workflow_id).get_status().status == "SUCCESS"
        assert len(client.list_workflow_steps(workflow_id)) == 5
    finally:
        client.destroy()
