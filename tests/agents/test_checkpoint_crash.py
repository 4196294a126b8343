"""The issue's demonstration, as a test: a checkpointed run in a child process is killed with SIGKILL after a known
tool call finished; a second process is refused while the first holds the run; a fresh process resumes it to the
uninterrupted run's result, and no finished call ran twice (``python -m tests.agents.crash_resume_demo`` prints
the same story)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.agents.crash_resume_demo import demonstrate


@pytest.mark.slow
def test_a_run_killed_mid_way_resumes_in_a_fresh_process(tmp_path: Path) -> None:
    said: list[str] = []
    report = demonstrate(tmp_path, said.append)
    assert report.problems() == []
    assert report.effects == ["flight", "hotel", "car"]  # each booking ran once, across the two processes
    assert report.crashed_after_requests == 1  # killed during step 1, after its second call finished
    assert (report.snapshot_status, report.snapshot_journal) == ("running", 3)  # reply, flight, hotel
    assert report.resumed["requests"] == [1, 2]  # the resumed process asked only for steps 2 and 3
    assert report.whole["requests"] == [0, 1, 2]
    assert report.resumed["output"] == report.whole["output"] == "Booked: flight, hotel and car."
    assert report.resumed["messages"] == report.whole["messages"]
    assert report.busy_holder is not None and report.busy_holder.endswith(f":{report.crashed_pid}")
    assert any("SIGKILL" in line for line in said)
