"""Resume from every cut point: over random scripts (turns of calls that succeed, raise or ask for a retry, then an
answer), a run that dies after any number k of journal entries and is resumed gives the uninterrupted run's result,
the two lives together send exactly the uninterrupted run's requests, and every call's side effect happens once."""

from __future__ import annotations

import copy
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pygenai.agent_framework import Agent, SQLiteCheckpoints
from tests.agents._checkpoint_kit import Bookings, CrashingStore, SimulatedCrash, steps_of
from tests.agents._scripted import ScriptedModel, call, response, text

MODEL = "gemini-2.5-flash"

turns_strategy = st.lists(st.lists(st.sampled_from(["book", "refuse", "retry"]), min_size=1, max_size=3), max_size=4)


def bodies_for(turns: list[list[str]]) -> list[dict[str, Any]]:
    bodies = [
        response(*[call(tool, item=f"s{step}c{index}") for index, tool in enumerate(turn)], prompt=7 + step, output=3)
        for step, turn in enumerate(turns)
    ]
    return [*bodies, text("done", prompt=50, output=9)]


@settings(max_examples=20, deadline=None)
@given(turns=turns_strategy)
def test_a_run_cut_after_any_journal_entry_resumes_to_the_uninterrupted_result(turns: list[list[str]]) -> None:
    bodies = bodies_for(turns)
    items = {f"s{step}c{index}": 1 for step, turn in enumerate(turns) for index in range(len(turn))}
    # fsync=False: what is tested here is the journal's logic (a disk flush per record would make it slow)
    with tempfile.TemporaryDirectory() as folder, SQLiteCheckpoints(Path(folder) / "runs.db", fsync=False) as store:
        whole_model, whole_tools = ScriptedModel(*copy.deepcopy(bodies)), Bookings()
        whole = Agent(whole_model.client(), model=MODEL, tools=whole_tools.tools()).run_sync(
            "go", checkpoint=store, run_id="whole"
        )
        assert whole.output == "done" and whole_tools.done == items
        snapshot = store.load("whole")
        assert snapshot is not None
        entries = snapshot.journal
        assert entries == len(bodies) + len(items)
        for cut in range(entries + 1):
            run_id = f"cut-{cut}"
            model, tools = ScriptedModel(*copy.deepcopy(bodies)), Bookings()
            agent = Agent(model.client(), model=MODEL, tools=tools.tools())
            try:
                agent.run_sync("go", checkpoint=CrashingStore(store, after=cut), run_id=run_id)
            except SimulatedCrash:
                pass
            else:
                raise AssertionError(f"the run cut after {cut} entries did not die")
            died = store.load(run_id)
            assert died is not None and died.journal == cut and died.status == "running" and died.holder is None
            resumed = agent.resume_sync(run_id, checkpoint=store)
            assert resumed.output == whole.output
            assert resumed.messages == whole.messages
            assert resumed.usage == whole.usage
            assert steps_of(resumed) == steps_of(whole)
            assert model.requests == whole_model.requests, f"cut after {cut}"
            assert tools.done == items, f"cut after {cut}"
            done = store.load(run_id)
            assert done is not None and done.status == "finished" and done.journal == entries
            assert done.messages == whole.messages


def journal_of(store: SQLiteCheckpoints, run_id: str) -> list[tuple[int, int | None]]:
    """``(step, call)`` of each journal entry, in order (``call`` is ``None`` for a model reply)."""
    with sqlite3.connect(store.path) as db:
        rows = db.execute("SELECT step, call FROM agent_run_journal WHERE run_id = ? ORDER BY seq", (run_id,))
        entries = [(step, call) for step, call in rows]
    db.close()
    return entries


@settings(max_examples=10, deadline=None)
@given(turns=turns_strategy)
def test_the_work_whose_record_was_being_written_is_done_again_and_only_it(turns: list[list[str]]) -> None:
    """At least once: a crash while entry k + 1 is written repeats that entry's work (its request, or its call) once
    on resume, and nothing else."""
    bodies = bodies_for(turns)
    items = {f"s{step}c{index}": 1 for step, turn in enumerate(turns) for index in range(len(turn))}
    with tempfile.TemporaryDirectory() as folder, SQLiteCheckpoints(Path(folder) / "runs.db", fsync=False) as store:
        whole_model = ScriptedModel(*copy.deepcopy(bodies))
        whole = Agent(whole_model.client(), model=MODEL, tools=Bookings().tools()).run_sync(
            "go", checkpoint=store, run_id="whole"
        )
        journal = journal_of(store, "whole")
        for cut, (step, call_index) in enumerate(journal):
            run_id = f"cut-{cut}"
            model, tools = ScriptedModel(*copy.deepcopy(bodies)), Bookings()
            agent = Agent(model.client(), model=MODEL, tools=tools.tools())
            try:
                agent.run_sync("go", checkpoint=CrashingStore(store, after=cut, while_writing=True), run_id=run_id)
            except SimulatedCrash:
                pass
            else:
                raise AssertionError(f"the run cut while writing entry {cut + 1} did not die")
            if call_index is None:  # the scripted model answers the lost reply's request again
                model.bodies = copy.deepcopy(bodies[step - 1 :])
            resumed = agent.resume_sync(run_id, checkpoint=store)
            assert resumed.messages == whole.messages and resumed.output == whole.output
            expected_items = dict(items)
            expected_requests = list(whole_model.requests)
            if call_index is None:  # the request of step `step` was answered, its record lost: it is sent again
                expected_requests.insert(step - 1, whole_model.requests[step - 1])
            else:  # the call ran, its record was lost: it runs again
                expected_items[f"s{step - 1}c{call_index}"] = 2
            assert tools.done == expected_items, f"cut while writing entry {cut + 1}"
            assert model.requests == expected_requests, f"cut while writing entry {cut + 1}"
