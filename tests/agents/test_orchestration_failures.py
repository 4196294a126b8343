"""Failure policies of multi-agent runs (fail fast, continue with the error recorded, retry with backoff),
cancellation of a whole run reaching every branch, and teams built wrongly."""

from __future__ import annotations

import dataclasses
import signal
import threading
from typing import Any

import anyio
import pytest

import pygenai
from pygenai.agent_framework import FailurePolicy, FanOut, Handoff, Hierarchy, Pipeline, TeamResult
from tests.agents._scripted import call, response, text
from tests.agents._team_support import FakeClock, bad_request, scripted_agent, user_text

# ------------------------------------------------------------------------------------------------ failure policy


@pytest.mark.anyio
async def test_fail_fast_raises_a_team_error_naming_the_node_with_the_partial_result() -> None:
    first, _ = scripted_agent("first", text("one", prompt=3, output=2))
    second, _ = scripted_agent("second", bad_request("no"))
    third, third_model = scripted_agent("third", text("never"))

    with pytest.raises(pygenai.TeamRunError) as caught:
        await Pipeline([first, second, third]).run("go")

    error = caught.value
    assert error.node == "second"
    assert isinstance(error.__cause__, pygenai.BadRequestError)
    assert str(error).startswith("agent 'second' failed: BadRequestError:")
    partial = error.partial
    assert isinstance(partial, TeamResult)
    assert [node.name for node in partial.nodes] == ["first", "second"]
    assert partial.usage.requests == 1 and partial.usage.input_tokens == 3
    assert [path for path, _ in partial.errors] == ["second"]
    assert third_model.requests == []


@pytest.mark.anyio
async def test_continue_on_error_records_the_error_and_the_run_goes_on() -> None:
    first, _ = scripted_agent("first", text("one"))
    second, _ = scripted_agent("second", bad_request("no"))
    third, third_model = scripted_agent("third", text("three"))

    result = await Pipeline([first, second, third], failure=FailurePolicy.continue_on_error()).run("go")

    assert result.output == "three"
    assert user_text(third_model.requests[0]) == "one"  # the failed node is skipped
    [(path, error)] = result.errors
    assert path == "second" and isinstance(error, pygenai.BadRequestError)
    assert not result.node("second").ok and result.node("second").output is None
    assert result.usage.requests == 2


@pytest.mark.anyio
async def test_a_policy_per_node_overrides_the_team_default() -> None:
    a, _ = scripted_agent("a", bad_request())
    b, _ = scripted_agent("b", text("beta"))
    judge, judge_model = scripted_agent("judge", text("verdict"))
    fan = FanOut([a, b], aggregator=judge, node_failure={"a": FailurePolicy.continue_on_error()})
    result = await fan.run("q")
    assert result.output == "verdict"
    prompt = user_text(judge_model.requests[0])
    assert "[a]\n(no answer: BadRequestError: " in prompt and "[b]\nbeta" in prompt

    c, _ = scripted_agent("c", bad_request())
    d, _ = scripted_agent("d", text("delta"))
    with pytest.raises(pygenai.TeamRunError) as caught:
        await FanOut(
            [c, d],
            aggregator=lambda answers: answers,
            failure=FailurePolicy.continue_on_error(),
            node_failure={"c": FailurePolicy.fail_fast()},
        ).run("q")
    assert caught.value.node == "c"


@dataclasses.dataclass
class Titled:
    title: str


@pytest.mark.anyio
async def test_retry_runs_the_node_again_after_a_backoff_and_counts_every_attempt() -> None:
    clock = FakeClock()
    flaky, model = scripted_agent(
        "flaky",
        text('{"title": 1}', prompt=4, output=1),  # does not fit: output_retries=0 makes the attempt fail
        bad_request(),
        text('{"title": "ok"}', prompt=6, output=2),
        output_type=Titled,
        output_retries=0,
    )
    policy = FailurePolicy.retry(3, backoff=0.5, max_backoff=0.75, clock=clock)

    result = await Pipeline([flaky], failure=policy).run("go")

    assert result.output == Titled("ok")
    node = result.node("flaky")
    assert node.attempts == 3 and node.ok and result.errors == []
    assert len(node.runs) == 3 and [run.output for run in node.runs[:2]] == [None, None]
    assert clock.sleeps == [0.5, 0.75]  # 0.5 * 2**n, capped at max_backoff (jitter 1.0)
    assert [user_text(body) for body in model.requests] == ["go", "go", "go"]
    assert (result.usage.requests, result.usage.input_tokens) == (2, 10)  # the 400 reported no usage


@pytest.mark.anyio
async def test_retry_then_continue_or_fail_once_the_attempts_are_spent() -> None:
    clock = FakeClock()
    broken, _ = scripted_agent("broken", bad_request(), bad_request())
    after, _ = scripted_agent("after", text("went on"))
    result = await Pipeline(
        [broken, after], failure=FailurePolicy.retry(2, backoff=1.0, then="continue", clock=clock)
    ).run("go")
    assert result.output == "went on" and result.node("broken").attempts == 2
    assert clock.sleeps == [1.0]

    broken, _ = scripted_agent("broken", bad_request(), bad_request())
    with pytest.raises(pygenai.TeamRunError) as caught:
        await Pipeline([broken], failure=FailurePolicy.retry(2, backoff=0, clock=clock)).run("go")
    assert caught.value.partial.node("broken").attempts == 2


def test_failure_policy_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="attempts"):
        FailurePolicy.retry(0)
    with pytest.raises(ValueError, match="backoff"):
        FailurePolicy.retry(2, backoff=-1)


# -------------------------------------------------------------------------------------------------- cancellation


class SlowTools:
    """Tools that record when they start, finish or are cancelled (finishing takes ``seconds``)."""

    def __init__(self, seconds: float = 0.4) -> None:
        self.seconds = seconds
        self.log: list[str] = []
        self.started = threading.Event()
        self.count = 0

    def tool(self, label: str) -> Any:
        tools = self

        async def work() -> str:
            """Do slow work."""
            tools.log.append(f"{label} started")
            tools.count += 1
            if tools.count == 2:
                tools.started.set()
            try:
                await anyio.sleep(tools.seconds)
            except anyio.get_cancelled_exc_class():
                tools.log.append(f"{label} cancelled")
                raise
            tools.log.append(f"{label} finished")
            return "done"

        return work


def slow_agent(name: str, tools: SlowTools) -> Any:
    agent, _ = scripted_agent(name, response(call("work")), text("finished"), tools=[tools.tool(name)])
    return agent


@pytest.mark.anyio
async def test_a_failing_branch_under_fail_fast_cancels_the_other_branches() -> None:
    tools = SlowTools()
    waiting = slow_agent("waiting", tools)
    nested_worker = slow_agent("worker", tools)
    manager, _ = scripted_agent("manager", response(call("worker", request="go")), text("unused"))
    manager.tools = [nested_worker.as_tool()]
    started = anyio.Event()

    async def fail_once_both_started() -> str:
        """Fail later."""
        while tools.count < 2:
            await anyio.sleep(0.01)
        started.set()
        return "now"

    failing, _ = scripted_agent(
        "failing", response(call("fail_once_both_started")), bad_request(), tools=[fail_once_both_started]
    )
    fan = FanOut([waiting, Hierarchy(manager, name="managed"), failing], aggregator=lambda answers: answers)
    with pytest.raises(pygenai.TeamRunError) as caught:
        await fan.run("go")
    assert caught.value.node == "failing"
    assert started.is_set()
    partial = caught.value.partial
    assert [(path, node.cancelled) for path, node in partial.walk()] == [
        ("waiting", True),
        ("managed", True),
        ("managed/manager", True),
        ("managed/manager/worker", True),
        ("failing", False),
    ]
    assert not any(node.ok for _, node in partial.walk())
    # what the cancelled branches used is counted: one request each, and the failing agent's call turn
    assert (partial.usage.requests, partial.usage.input_tokens) == (4, 40)
    await anyio.sleep(tools.seconds + 0.2)
    assert sorted(tools.log) == ["waiting cancelled", "waiting started", "worker cancelled", "worker started"]


@pytest.mark.anyio
@pytest.mark.parametrize("pattern", ["fan_out", "pipeline", "hierarchy"])
async def test_cancelling_the_whole_run_cancels_every_branch(pattern: str) -> None:
    tools = SlowTools()
    team: Any
    if pattern == "fan_out":
        team = FanOut([slow_agent("a", tools), slow_agent("b", tools)], aggregator=lambda answers: answers)
    elif pattern == "pipeline":
        inner = FanOut([slow_agent("a", tools), slow_agent("b", tools)], aggregator=lambda answers: "x")
        team = Pipeline([inner, slow_agent("c", tools)])
    else:
        a, b = slow_agent("a", tools), slow_agent("b", tools)
        manager, _ = scripted_agent("manager", response(call("a", request="1"), call("b", request="2")), text("unused"))
        manager.tools = [a.as_tool(), b.as_tool()]
        team = Hierarchy(manager)
        tools.count = 1  # the calls of one turn run one after another: one started is enough

    with anyio.move_on_after(5) as scope:
        async with anyio.create_task_group() as group:
            group.start_soon(team.run, "go")
            while not tools.started.is_set():
                await anyio.sleep(0.01)
            group.cancel_scope.cancel()
    assert not scope.cancelled_caught
    await anyio.sleep(tools.seconds + 0.2)
    assert not [entry for entry in tools.log if entry.endswith("finished")]
    assert [entry for entry in tools.log if entry.endswith("cancelled")]


def test_run_sync_interrupted_cancels_every_branch_before_it_returns(request: pytest.FixtureRequest) -> None:
    tools = SlowTools(seconds=10.0)
    main = threading.main_thread().ident
    assert threading.current_thread().ident == main
    # Python raises KeyboardInterrupt on SIGINT unless the process started with SIGINT ignored, as one started in
    # the background by a non-interactive shell (a CI job) does: give the test the handler a terminal program has.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    request.addfinalizer(lambda: signal.signal(signal.SIGINT, previous))

    async def interrupt() -> str:
        """Interrupt the caller once the other branches are in their slow tools, as Ctrl-C would while run_sync
        waits; again every half second until the run is cancelled, which also ends this tool."""
        while tools.count < 2:
            await anyio.sleep(0.01)
        assert main is not None
        while True:
            signal.pthread_kill(main, signal.SIGINT)
            await anyio.sleep(0.5)

    a, b = slow_agent("a", tools), slow_agent("b", tools)
    c, _ = scripted_agent("c", response(call("interrupt")), text("unused"), tools=[interrupt])
    fan = FanOut([a, b, c], aggregator=lambda answers: answers)
    with pytest.raises(KeyboardInterrupt):
        fan.run_sync("go")
    # run_sync returned only once every branch had stopped
    assert sorted(tools.log) == ["a cancelled", "a started", "b cancelled", "b started"]


# ------------------------------------------------------------------------------------------ teams built wrongly


def test_teams_built_wrongly_raise_a_typed_error_naming_what_is_wrong() -> None:
    a, _ = scripted_agent("a")
    a2, _ = scripted_agent("a")
    b, _ = scripted_agent("b")
    spaced, _ = scripted_agent("has space")
    cases: list[tuple[Any, str]] = [
        (lambda: Pipeline([]), r"Pipeline\(agents\): give at least one agent"),
        (lambda: Pipeline([a, a2]), r"Pipeline\(agents\)\[1\]: two agents are named 'a'"),
        (lambda: Pipeline([a], node_failure={"z": FailurePolicy.fail_fast()}), r"no node is named \['z'\]"),
        (lambda: FanOut([a, b], aggregator=a), r"the aggregator and an agent are both named 'a'"),
        (lambda: FanOut([a], aggregator=42), r"an Agent or a function, not 42"),
        (lambda: Handoff(a, [spaced]), r"'transfer_to_has space' cannot name a tool"),
        (lambda: Handoff(a, [b], routes={"a": ["a"]}), r"routes\['a'\]\): 'a' is not another agent"),
        (lambda: Handoff(a, [b], routes={"x": []}), r"'x' is not an agent of this handoff"),
        (lambda: Handoff(a, [b], max_handoffs=-1), r"max_handoffs=-1"),
        (lambda: spaced.as_tool(), r"'has space' cannot name a tool"),
    ]
    for build, message in cases:
        with pytest.raises(pygenai.agent_framework.TeamDefinitionError, match=message):
            build()


@pytest.mark.anyio
async def test_handoff_start_must_name_an_agent_of_it() -> None:
    a, _ = scripted_agent("a")
    b, _ = scripted_agent("b")
    with pytest.raises(pygenai.agent_framework.TeamDefinitionError, match=r"start='c'"):
        await Handoff(a, [b]).run("x", start="c")
