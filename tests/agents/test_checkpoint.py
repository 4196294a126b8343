"""Checkpoint and resume: a run recorded in SQLite, replayed without repeating finished work, checked against its
journal, and held by one process at a time."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import pytest

import pygenai
from pygenai.agent_framework import (
    Agent,
    CheckpointBusyError,
    CheckpointCorruptError,
    CheckpointMismatchError,
    CheckpointNotFoundError,
    SQLiteCheckpoints,
    StepFinished,
)
from pygenai.agent_framework._checkpoint import RecordedToolError
from tests.agents._checkpoint_kit import Bookings, CrashingStore, SimulatedCrash, steps_of
from tests.agents._scripted import ScriptedModel, call, response, text

MODEL = "gemini-2.5-flash"


def script() -> list[dict[str, Any]]:
    return [
        response(call("book", item="flight"), call("refuse", item="car"), prompt=10, output=4),
        response(call("retry", item="hotel"), prompt=20, output=3),
        response(call("book", item="hotel2", signature="c2lnbg=="), prompt=30, output=2),
        text("all booked", prompt=40, output=6),
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteCheckpoints]:
    with SQLiteCheckpoints(tmp_path / "runs.db") as opened:
        yield opened


@pytest.mark.anyio
async def test_a_checkpointed_run_records_every_reply_and_call(store: SQLiteCheckpoints) -> None:
    bookings = Bookings()
    model = ScriptedModel(*script())
    agent = Agent(model.async_client(), model=MODEL, name="booker", tools=bookings.tools())
    result = await agent.run("book my trip", checkpoint=store, run_id="trip-1")
    assert result.output == "all booked"
    snapshot = store.load("trip-1")
    assert snapshot is not None
    assert (snapshot.agent, snapshot.model, snapshot.status, snapshot.error) == ("booker", MODEL, "finished", None)
    assert snapshot.steps == 4 and snapshot.journal == 4 + 4  # four replies, four calls
    assert snapshot.messages == result.messages
    assert snapshot.prompt == [{"role": "user", "parts": [{"text": "book my trip"}]}]
    assert snapshot.usage == result.usage.to_json()
    assert snapshot.holder is None
    assert store.runs() == ["trip-1"]


@pytest.mark.anyio
async def test_a_finished_run_id_gives_its_result_without_any_request_or_call(store: SQLiteCheckpoints) -> None:
    bookings = Bookings()
    first = await Agent(ScriptedModel(*script()).async_client(), model=MODEL, tools=bookings.tools()).run(
        "book my trip", checkpoint=store, run_id="trip-1"
    )
    silent = ScriptedModel()  # any request would fail
    again_agent = Agent(silent.async_client(), model=MODEL, tools=bookings.tools())
    again = await again_agent.run("book my trip", checkpoint=store, run_id="trip-1")
    resumed = await again_agent.resume("trip-1", checkpoint=store)
    assert silent.requests == []
    assert bookings.done == {"flight": 1, "car": 1, "hotel": 1, "hotel2": 1}
    for result in (again, resumed):
        assert result.output == first.output
        assert result.messages == first.messages
        assert result.usage == first.usage
        assert steps_of(result) == steps_of(first)
    refused = again.trace[0].observations[1]
    assert refused.error == "ValueError: no car"


def test_sync_entry_points_and_iter_checkpoint_too(store: SQLiteCheckpoints) -> None:
    bookings = Bookings()
    agent = Agent(ScriptedModel(*script()).client(), model=MODEL, tools=bookings.tools())
    first = agent.run_sync("book my trip", checkpoint=store, run_id="sync-1")
    silent = Agent(ScriptedModel().client(), model=MODEL, tools=bookings.tools())
    assert silent.resume_sync("sync-1", checkpoint=store).messages == first.messages
    assert silent.run_sync("book my trip", checkpoint=store, run_id="sync-1").output == "all booked"
    assert bookings.done == {"flight": 1, "car": 1, "hotel": 1, "hotel2": 1}


@pytest.mark.anyio
async def test_iter_and_run_stream_take_a_checkpoint(store: SQLiteCheckpoints) -> None:
    bookings = Bookings()
    agent = Agent(ScriptedModel(*script()).async_client(), model=MODEL, tools=bookings.tools())
    run = agent.iter("book my trip", checkpoint=store, run_id="iter-1")
    async for _ in run:
        pass
    assert run.result is not None
    silent = Agent(ScriptedModel().async_client(), model=MODEL, tools=bookings.tools())
    streamed = silent.run_stream("book my trip", checkpoint=store, run_id="iter-1")
    events = [event async for event in streamed.events()]
    assert streamed.result is not None and streamed.result.messages == run.result.messages
    assert sum(isinstance(e, StepFinished) for e in events) == 4
    assert bookings.done == {"flight": 1, "car": 1, "hotel": 1, "hotel2": 1}


@pytest.mark.anyio
async def test_resume_after_a_crash_continues_without_repeating_finished_calls(store: SQLiteCheckpoints) -> None:
    bookings = Bookings()
    model = ScriptedModel(*script())
    agent = Agent(model.async_client(), model=MODEL, tools=bookings.tools())
    with pytest.raises(SimulatedCrash):  # dies once step 2's call is recorded (reply, 2 calls, reply, call)
        await agent.run("book my trip", checkpoint=CrashingStore(store, after=5), run_id="trip-1")
    snapshot = store.load("trip-1")
    assert snapshot is not None and snapshot.status == "running" and snapshot.journal == 5
    assert snapshot.steps == 1 and len(snapshot.messages) == 3  # the prompt and step 1, as saved before step 2
    assert bookings.done == {"flight": 1, "car": 1, "hotel": 1}
    result = await agent.resume("trip-1", checkpoint=store)
    assert result.output == "all booked"
    assert bookings.done == {"flight": 1, "car": 1, "hotel": 1, "hotel2": 1}
    assert len(model.requests) == 4  # two before the crash, two after it
    assert result.usage.requests == 4 and result.usage.tool_calls == 4
    replayed = result.trace[1].observations[0]
    assert replayed.error == "say hotel differently"
    resumed_store = store.load("trip-1")
    assert resumed_store is not None and resumed_store.status == "finished" and resumed_store.journal == 8


@pytest.mark.anyio
async def test_a_call_whose_record_was_not_written_runs_again(store: SQLiteCheckpoints) -> None:
    """At least once: the call ran, the process died before its record was written, so it runs on resume."""
    bookings = Bookings()
    model = ScriptedModel(*script())
    agent = Agent(model.async_client(), model=MODEL, tools=bookings.tools())
    with pytest.raises(SimulatedCrash):  # the reply of step 1 recorded; "flight" booked but not recorded
        await agent.run("book my trip", checkpoint=CrashingStore(store, after=1, while_writing=True), run_id="t")
    assert bookings.done == {"flight": 1}
    result = await agent.resume("t", checkpoint=store)
    assert result.output == "all booked"
    assert bookings.done == {"flight": 2, "car": 1, "hotel": 1, "hotel2": 1}
    assert len(model.requests) == 4


@pytest.mark.anyio
async def test_a_replayed_error_result_reads_as_recorded(store: SQLiteCheckpoints) -> None:
    seen: list[Any] = []
    bookings = Bookings()
    agent = Agent(ScriptedModel(*script()).async_client(), model=MODEL, tools=bookings.tools())
    await agent.run("book my trip", checkpoint=store, run_id="t")

    from pygenai.agent_framework import RunInterceptor

    class Watch(RunInterceptor):
        async def tool_call(self, run: Any, step: int, call: Any, execute: Any) -> Any:
            result = await execute()
            seen.append(result)
            return result

    watched = Agent(ScriptedModel().async_client(), model=MODEL, tools=bookings.tools(), interceptors=[Watch()])
    await watched.run("book my trip", checkpoint=store, run_id="t")
    refused = seen[1]
    assert isinstance(refused.error, RecordedToolError) and str(refused.error) == "ValueError: no car"
    assert refused.response == {"error": "ValueError: no car"}
    assert seen[0].error is None and seen[0].response == {"result": "booked flight"}


@pytest.mark.anyio
async def test_a_failed_run_is_marked_and_resumes_live_where_it_failed(store: SQLiteCheckpoints) -> None:
    bookings = Bookings()
    model = ScriptedModel(*script()[:2])  # the script runs out at step 3: a 500
    agent = Agent(model.async_client(), model=MODEL, tools=bookings.tools())
    with pytest.raises(pygenai.InternalServerError):
        await agent.run("book my trip", checkpoint=store, run_id="t")
    snapshot = store.load("t")
    assert snapshot is not None and snapshot.status == "failed"
    assert snapshot.error is not None and snapshot.error.startswith("InternalServerError")
    model.bodies = script()[2:]
    before = len(model.requests)  # two answered, then the 500 and the client's retries of it
    result = await agent.resume("t", checkpoint=store)
    assert result.output == "all booked"
    assert bookings.done == {"flight": 1, "car": 1, "hotel": 1, "hotel2": 1}
    assert len(model.requests) == before + 2  # steps 3 and 4 only: steps 1 and 2 came from the record
    assert len(model.requests[before]["contents"]) == 5


@pytest.mark.anyio
async def test_a_run_stopped_between_steps_is_interrupted_and_resumable(store: SQLiteCheckpoints) -> None:
    bookings = Bookings()
    model = ScriptedModel(*script())
    agent = Agent(model.async_client(), model=MODEL, tools=bookings.tools())
    run = agent.iter("book my trip", checkpoint=store, run_id="t")
    async for step in run:
        if step.index == 2:
            break
    await run.aclose()
    snapshot = store.load("t")
    assert snapshot is not None and snapshot.status == "interrupted" and snapshot.steps == 2
    assert snapshot.holder is None
    result = await agent.resume("t", checkpoint=store)
    assert result.output == "all booked" and len(model.requests) == 4
    assert bookings.done == {"flight": 1, "car": 1, "hotel": 1, "hotel2": 1}


@pytest.mark.anyio
async def test_another_prompt_agent_or_model_under_the_same_id_is_refused(store: SQLiteCheckpoints) -> None:
    agent = Agent(ScriptedModel(text("hi")).async_client(), model=MODEL, name="greeter")
    await agent.run("hello", checkpoint=store, run_id="g")
    silent = ScriptedModel()
    cases = [
        (Agent(silent.async_client(), model=MODEL, name="greeter"), "bye", "prompt"),
        (Agent(silent.async_client(), model=MODEL, name="other"), "hello", "agent"),
        (Agent(silent.async_client(), model="gemini-2.5-pro", name="greeter"), "hello", "model"),
    ]
    for other, prompt, field in cases:
        with pytest.raises(CheckpointMismatchError) as caught:
            await other.run(prompt, checkpoint=store, run_id="g")
        assert caught.value.field == field and caught.value.run_id == "g"
    assert silent.requests == []
    snapshot = store.load("g")
    assert snapshot is not None and snapshot.status == "finished" and snapshot.holder is None


@pytest.mark.anyio
async def test_a_run_that_leaves_its_journal_is_refused(store: SQLiteCheckpoints) -> None:
    """The call was approved in the recorded run and is denied on resume: the history differs from the record."""
    bookings = Bookings()
    model = ScriptedModel(*script())
    yes = Agent(
        model.async_client(), model=MODEL, tools=bookings.tools(), requires_approval=["book"], approve=lambda c: True
    )
    with pytest.raises(SimulatedCrash):
        await yes.run("book my trip", checkpoint=CrashingStore(store, after=3), run_id="t")
    no = Agent(
        model.async_client(), model=MODEL, tools=bookings.tools(), requires_approval=["book"], approve=lambda c: False
    )
    with pytest.raises(CheckpointMismatchError) as caught:
        await no.run("book my trip", checkpoint=store, run_id="t")
    assert caught.value.field == "journal[1]"  # the recorded "flight" booking, not made again
    assert bookings.done == {"flight": 1, "car": 1}


@pytest.mark.anyio
async def test_resume_of_an_unknown_run_id(store: SQLiteCheckpoints) -> None:
    agent = Agent(ScriptedModel().async_client(), model=MODEL)
    with pytest.raises(CheckpointNotFoundError) as caught:
        await agent.resume("nope", checkpoint=store)
    assert isinstance(caught.value, LookupError) and caught.value.run_id == "nope"


def test_checkpoint_and_run_id_go_together(store: SQLiteCheckpoints) -> None:
    agent = Agent(ScriptedModel().client(), model=MODEL)
    cases: list[dict[str, Any]] = [{"checkpoint": store}, {"run_id": "x"}, {"checkpoint": store, "run_id": ""}]
    for kwargs in cases:
        with pytest.raises(ValueError, match="run_id"):
            agent.iter("hi", **kwargs)


def corrupt(tmp_path: Path, sql: str, *args: Any) -> None:
    with sqlite3.connect(tmp_path / "runs.db") as db:
        db.execute(sql, args)
    db.close()


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("sql", "args", "path", "reason"),
    [
        ("UPDATE agent_run_journal SET data = ? WHERE seq = 1", (b"{not json",), "$.journal[1].data", "not JSON"),
        ("UPDATE agent_run_journal SET data = ? WHERE seq = 0", (b"[1]",), "$.journal[0].data", "JSON object"),
        (
            "UPDATE agent_run_journal SET data = ? WHERE seq = 2",
            (b'{"name": "book"}',),
            "$.journal[2].data.response",
            "dict",
        ),
        ("UPDATE agent_run_journal SET request = 'x' WHERE seq = 0", (), "$.journal[0].request", "SHA-256"),
        (
            "DELETE FROM agent_run_journal WHERE seq = 3",
            (),
            "$.journal[3]",
            "call 0 of step 2 after the model reply of step 1",
        ),
        ("UPDATE agent_run_journal SET call = 0 WHERE seq = 2", (), "$.journal[2]", "again"),
    ],
)
async def test_a_corrupt_journal_is_named_where_it_is_wrong(
    store: SQLiteCheckpoints, tmp_path: Path, sql: str, args: tuple[Any, ...], path: str, reason: str
) -> None:
    bookings = Bookings()
    await Agent(ScriptedModel(*script()).async_client(), model=MODEL, tools=bookings.tools()).run(
        "book my trip", checkpoint=store, run_id="t"
    )
    corrupt(tmp_path, sql, *args)
    silent = ScriptedModel()
    with pytest.raises(CheckpointCorruptError) as caught:
        await Agent(silent.async_client(), model=MODEL, tools=bookings.tools()).resume("t", checkpoint=store)
    assert caught.value.path == path and reason in caught.value.reason
    assert silent.requests == [] and bookings.done == {"flight": 1, "car": 1, "hotel": 1, "hotel2": 1}
    snapshot = store.load("t")
    assert snapshot is not None and snapshot.holder is None and snapshot.status == "finished"


@pytest.mark.anyio
async def test_a_corrupt_snapshot_is_named(store: SQLiteCheckpoints, tmp_path: Path) -> None:
    await Agent(ScriptedModel(text("hi")).async_client(), model=MODEL).run("hello", checkpoint=store, run_id="g")
    corrupt(tmp_path, "UPDATE agent_runs SET messages = ?", b'[{"role": "user"}, 3]')
    with pytest.raises(CheckpointCorruptError) as caught:
        store.load("g")
    assert caught.value.path == "$.messages[1]"
    corrupt(tmp_path, "UPDATE agent_runs SET prompt = ?", b"\xff")
    with pytest.raises(CheckpointCorruptError) as caught:
        await Agent(ScriptedModel().async_client(), model=MODEL).resume("g", checkpoint=store)
    assert caught.value.path == "$.prompt"


@pytest.mark.anyio
async def test_one_run_at_a_time_holds_a_run_id(store: SQLiteCheckpoints) -> None:
    bookings = Bookings()
    model = ScriptedModel(*script())
    agent = Agent(model.async_client(), model=MODEL, tools=bookings.tools())
    first = agent.iter("book my trip", checkpoint=store, run_id="t")
    await first.__anext__()  # step 1 done; the run holds the id
    snapshot = store.load("t")
    assert snapshot is not None and snapshot.holder is not None and snapshot.holder.endswith(f":{os.getpid()}")
    with pytest.raises(CheckpointBusyError) as caught:
        await agent.run("book my trip", checkpoint=store, run_id="t")
    assert caught.value.holder == snapshot.holder
    async for _ in first:
        pass
    assert first.result is not None and first.result.output == "all booked"
    assert bookings.done == {"flight": 1, "car": 1, "hotel": 1, "hotel2": 1}
    assert len(model.requests) == 4


@pytest.mark.anyio
async def test_a_run_taken_over_stops_at_its_next_write(store: SQLiteCheckpoints, tmp_path: Path) -> None:
    bookings = Bookings()
    agent = Agent(ScriptedModel(*script()).async_client(), model=MODEL, tools=bookings.tools())
    run = agent.iter("book my trip", checkpoint=store, run_id="t")
    await run.__anext__()
    corrupt(tmp_path, "UPDATE agent_runs SET holder_token = 'other', holder_host = 'elsewhere', holder_pid = 7")
    with pytest.raises(CheckpointBusyError, match="taken over by elsewhere:7"):
        await run.__anext__()
    snapshot = store.load("t")
    assert snapshot is not None and snapshot.holder == "elsewhere:7"  # the new holder keeps it


@pytest.mark.anyio
async def test_a_lease_of_another_host_runs_out(store: SQLiteCheckpoints, tmp_path: Path) -> None:
    store.lease_seconds = 60
    agent = Agent(ScriptedModel(text("hi"), text("hi")).async_client(), model=MODEL)
    await agent.run("hello", checkpoint=store, run_id="g")
    corrupt(
        tmp_path,
        "UPDATE agent_runs SET holder_token = 't', holder_host = 'elsewhere', holder_pid = 7, renewed = ?",
        time.time(),
    )
    with pytest.raises(CheckpointBusyError):
        await agent.run("hello", checkpoint=store, run_id="g")
    corrupt(tmp_path, "UPDATE agent_runs SET renewed = renewed - 61")
    assert (await agent.run("hello", checkpoint=store, run_id="g")).output == "hi"


@pytest.mark.anyio
async def test_delete_forgets_a_run(store: SQLiteCheckpoints) -> None:
    agent = Agent(ScriptedModel(text("one"), text("two")).async_client(), model=MODEL)
    await agent.run("hello", checkpoint=store, run_id="g")
    assert store.delete("g") is True and store.delete("g") is False
    assert store.load("g") is None and store.runs() == []
    assert (await agent.run("hello", checkpoint=store, run_id="g")).output == "two"


@pytest.mark.anyio
async def test_concurrent_calls_are_recorded_as_they_finish_and_replayed_by_call(store: SQLiteCheckpoints) -> None:
    finished: list[str] = []
    release_first = anyio.Event()

    async def fetch(item: str) -> str:
        """Fetch an item; the first waits until the others finished, so the calls finish out of order."""
        if item == "a":
            await release_first.wait()
        elif len(finished) == 1:
            release_first.set()
        finished.append(item)
        return item.upper()

    turn = response(call("fetch", item="a"), call("fetch", item="b"), call("fetch", item="c"))
    model = ScriptedModel(turn, text("fetched"))
    agent = Agent(model.async_client(), model=MODEL, tools=[fetch], parallel_tool_calls=True)
    first = await agent.run("go", checkpoint=store, run_id="p")
    assert finished[-1] == "a"  # recorded after b and c
    with sqlite3.connect(store.path) as db:
        calls = [row[0] for row in db.execute("SELECT call FROM agent_run_journal WHERE call IS NOT NULL ORDER BY seq")]
    db.close()
    assert calls[-1] == 0 and sorted(calls) == [0, 1, 2]
    silent = Agent(ScriptedModel().async_client(), model=MODEL, tools=[fetch], parallel_tool_calls=True)
    again = await silent.run("go", checkpoint=store, run_id="p")
    assert again.messages == first.messages and len(finished) == 3


@pytest.mark.anyio
async def test_a_cancelled_run_lets_go_of_its_run_id(store: SQLiteCheckpoints) -> None:
    started = anyio.Event()

    async def wait_forever() -> str:
        """Never answers."""
        started.set()
        await anyio.Event().wait()
        return "never"

    model = ScriptedModel(response(call("wait_forever")), text("done"))
    agent = Agent(model.async_client(), model=MODEL, tools=[wait_forever])
    async with anyio.create_task_group() as group:
        group.start_soon(partial(agent.run, "go", checkpoint=store, run_id="c"))
        await started.wait()
        group.cancel_scope.cancel()
    snapshot = store.load("c")
    assert snapshot is not None and snapshot.status == "interrupted" and snapshot.holder is None
    assert snapshot.journal == 1  # the reply; the call never finished, so it runs again on resume
