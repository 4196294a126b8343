"""DBOSAgent on a real DBOS (PostgreSQL on loopback, or SQLite): a run is a workflow whose model requests and tool
calls are steps recorded in DBOS's system database; a finished workflow is not run again."""

from __future__ import annotations

import uuid

import httpx2
import orjson
import pytest
from dbos import DBOS, StepOptions

import pygenai
from pygenai import ModelRetry, UsageLimitExceededError
from pygenai.agent_framework import Agent, UsageLimits
from pygenai.agent_framework.durable import DBOSAgent
from tests.agents._scripted import ScriptedModel, call, response, text
from tests.durable.conftest import Launch

MODEL = "gemini-2.5-flash"


def _unique(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:8]}"


@pytest.mark.anyio
async def test_a_run_is_a_workflow_with_a_step_per_request_and_tool_call(
    system_database_url: str, launch_dbos: Launch
) -> None:
    booked: list[str] = []

    def book(city: str) -> str:
        """Book a hotel."""
        booked.append(city)
        return f"booked in {city}"

    first_reply = response(call("book", city="Oslo"))
    model = ScriptedModel(first_reply, text("Booked."))
    agent = Agent(model.async_client(), model=MODEL, tools=[book], name=_unique("booker"))
    durable = DBOSAgent(agent)
    launch_dbos(system_database_url)

    workflow_id = _unique("trip")
    result = await durable.run("Book Oslo", workflow_id=workflow_id)

    assert result.output == "Booked." and booked == ["Oslo"] and len(model.requests) == 2
    status = await DBOS.get_workflow_status_async(workflow_id)
    assert status is not None and status.status == "SUCCESS" and status.name == durable.workflow_name
    steps = await DBOS.list_workflow_steps_async(workflow_id)
    prefix = durable.workflow_name
    assert [s["function_name"] for s in steps] == [
        f"{prefix}.model_request",
        f"{prefix}.tool.book",
        f"{prefix}.model_request",
    ]
    assert steps[0]["output"] == first_reply  # the response body as received
    assert steps[1]["output"]["response"] == {"result": "booked in Oslo"}
    assert steps[1]["output"]["error"] is None
    assert steps[2]["output"]["candidates"][0]["content"] == result.messages[-1]


@pytest.mark.anyio
async def test_a_finished_workflow_id_returns_its_recorded_result_without_running_again(
    system_database_url: str, launch_dbos: Launch
) -> None:
    model = ScriptedModel(text("first answer"))  # one answer only: a second run would get a 500
    durable = DBOSAgent(Agent(model.async_client(), model=MODEL, name=_unique("once")))
    launch_dbos(system_database_url)
    workflow_id = _unique("once")

    first = await durable.run("hi", workflow_id=workflow_id)
    again = await durable.run("hi", workflow_id=workflow_id)
    recorded = await durable.result(workflow_id)

    assert first.output == again.output == recorded.output == "first answer"
    assert recorded.messages == first.messages and recorded.usage == first.usage
    assert len(model.requests) == 1


@pytest.mark.anyio
async def test_tool_errors_are_recorded_as_json_and_a_fork_replays_them_without_calling_the_tool(
    system_database_url: str, launch_dbos: Launch
) -> None:
    calls: list[str] = []

    def lookup(city: str) -> str:
        """Look a city up."""
        calls.append(city)
        if city == "Atlantis":
            raise ModelRetry("no such city: pick a real one")
        raise KeyError(city)

    two_calls = response(call("lookup", city="Atlantis"), call("lookup", city="Oslo"))
    model = ScriptedModel(two_calls, text("done"), text("done again"))
    durable = DBOSAgent(Agent(model.async_client(), model=MODEL, tools=[lookup], name=_unique("errors")))
    launch_dbos(system_database_url)
    workflow_id = _unique("errors")
    first = await durable.run("go", workflow_id=workflow_id)

    steps = await DBOS.list_workflow_steps_async(workflow_id)
    retry, failure = steps[1]["output"], steps[2]["output"]
    assert retry["response"] == {"error": "no such city: pick a real one"}
    assert retry["error"] == {"type": "ModelRetry", "message": "no such city: pick a real one"}
    assert failure["response"] == {"error": "KeyError: 'Oslo'"}
    assert failure["error"] == {"type": "KeyError", "message": "'Oslo'"}

    # DBOS re-executes a copy of the workflow from its last step: the steps before it come from the record
    fork = await DBOS.fork_workflow_async(workflow_id, steps[3]["function_id"])
    forked = await fork.get_result()
    assert calls == ["Atlantis", "Oslo"]  # not called again
    assert len(model.requests) == 3 and model.requests[2]["contents"] == model.requests[1]["contents"]
    assert forked.output == "done again" and forked.messages[:3] == first.messages[:3]
    assert [o.error for o in forked.trace[0].observations] == [o.error for o in first.trace[0].observations]


@pytest.mark.anyio
async def test_a_failed_run_is_recorded_with_its_typed_error_and_partial_run(
    system_database_url: str, launch_dbos: Launch
) -> None:
    def lookup(city: str) -> str:
        """Look a city up."""
        return city

    model = ScriptedModel(response(call("lookup", city="Oslo")), response(call("lookup", city="Rome")))
    agent = Agent(
        model.async_client(), model=MODEL, tools=[lookup], limits=UsageLimits(max_steps=1), name=_unique("limited")
    )
    durable = DBOSAgent(agent)
    launch_dbos(system_database_url)
    workflow_id = _unique("limited")

    with pytest.raises(UsageLimitExceededError) as live:
        await durable.run("go", workflow_id=workflow_id)
    with pytest.raises(UsageLimitExceededError) as recorded:
        await durable.result(workflow_id)

    assert recorded.value.limit == "max_steps" and (recorded.value.value, recorded.value.allowed) == (2, 1)
    assert recorded.value.partial.messages == live.value.partial.messages
    assert len(model.requests) == 1
    status = await DBOS.get_workflow_status_async(workflow_id)
    assert status is not None and status.status == "ERROR"


@pytest.mark.anyio
async def test_start_runs_in_the_background_and_result_reads_it_by_workflow_id(
    system_database_url: str, launch_dbos: Launch
) -> None:
    model = ScriptedModel(text("background answer"))
    durable = DBOSAgent(Agent(model.async_client(), model=MODEL, name=_unique("background")))
    launch_dbos(system_database_url)

    handle = await durable.start("hi", workflow_id=_unique("background"))
    result = await durable.result(handle.workflow_id)

    assert result.output == "background answer" and len(model.requests) == 1
    assert (await handle.get_status()).status == "SUCCESS"


def test_run_sync_runs_the_workflow_from_sync_code(system_database_url: str, launch_dbos: Launch) -> None:
    model = ScriptedModel(text("sync answer"))
    durable = DBOSAgent(Agent(model.client(), model=MODEL, name=_unique("sync")))  # a sync Client works too
    launch_dbos(system_database_url)
    workflow_id = _unique("sync")

    assert durable.run_sync("hi", workflow_id=workflow_id).output == "sync answer"
    assert durable.run_sync("hi", workflow_id=workflow_id).output == "sync answer"  # recorded, not run again
    assert len(model.requests) == 1


@pytest.mark.anyio
async def test_model_step_options_let_dbos_retry_a_failed_request(
    system_database_url: str, launch_dbos: Launch
) -> None:
    bodies = [
        httpx2.Response(503, json={"error": {"code": 503, "message": "overloaded", "status": "UNAVAILABLE"}}),
        httpx2.Response(200, content=orjson.dumps(text("after a retry"))),
    ]
    sent: list[httpx2.Request] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return bodies.pop(0)

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handle))
    client = pygenai.AsyncClient(
        api_key="test-key-durable", base_url="http://gemini.test", http_client=http, max_retries=0
    )
    retrying: StepOptions = {"retries_allowed": True, "max_attempts": 2, "interval_seconds": 0.01}
    durable = DBOSAgent(Agent(client, model=MODEL, name=_unique("retrying")), model_step=retrying)
    launch_dbos(system_database_url)
    workflow_id = _unique("retrying")

    result = await durable.run("hi", workflow_id=workflow_id)

    assert result.output == "after a retry" and len(sent) == 2
    steps = await DBOS.list_workflow_steps_async(workflow_id)
    assert len(steps) == 1 and steps[0]["output"] == text("after a retry") and steps[0]["error"] is None
