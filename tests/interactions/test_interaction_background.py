"""Background interactions: ``wait`` (polling with backoff and server delays, or streaming and reopening),
``cancel`` by interaction or id, terminal statuses as typed outcomes, timeouts; sync and async."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from background_support import (
    BACKGROUND_ID,
    GEMINI,
    Api,
    ScriptServer,
    interaction,
    json_answer,
    open_api,
    sse_answer,
)

import pygenai
from pygenai.interactions._poll import PollPolicy, interaction_outcome, is_terminal
from pygenai.interactions._progress import ProgressTracker
from pygenai.interactions._result import Interaction
from pygenai.types.interactions import ModelOutputStep, ThoughtStep, UserInputStep
from tests.harness import recording

pytestmark = pytest.mark.anyio

NO_RETRIES = pygenai.RetryPolicy(max_retries=0)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def api(mode: str, vcr: object) -> AsyncIterator[Api]:
    """A client of the real host replaying the test's cassette, with a fake clock."""
    if vcr is None:
        pytest.fail("mark the test @pytest.mark.vcr(...)")
    opened = open_api(mode, GEMINI, api_key=recording.api_key())
    try:
        yield opened
    finally:
        await opened.close()


# --------------------------------------------------------------------------- polling on cassettes


@pytest.mark.vcr("wait_polls_until_completed.yaml")
async def test_create_in_background_returns_at_once_and_wait_polls_with_backoff_until_completed(api: Api) -> None:
    started = await api(
        api.client.interactions.create(
            model="gemini-3.5-flash", input="Summarise the plot of Hamlet in two sentences.", background=True
        )
    )
    assert started.status == "in_progress" and not is_terminal(started.status)

    reports: list[pygenai.InteractionProgress] = []
    done = await api(api.client.interactions.wait(started, on_progress=reports.append))

    assert isinstance(done, Interaction) and done.status == "completed"
    assert done.output_text.startswith("Prince Hamlet feigns madness")
    assert api.clock.sleeps == [1.0, 2.0]  # backoff: 1 s, then doubled
    assert [(r.status, r.status_changed, r.elapsed) for r in reports] == [
        ("in_progress", True, 0.0),
        ("in_progress", False, 1.0),
        ("completed", True, 3.0),
    ]
    assert [[type(s) for s in r.new_steps] for r in reports] == [[UserInputStep], [ThoughtStep], [ModelOutputStep]]
    assert reports[1].thought_summaries == (
        "**Condensing the tragedy**\n\nI am picking the revenge plot and the ending.",
    )
    assert reports[-1].terminal and reports[-1].interaction is not None
    outcome = interaction_outcome(done)
    assert isinstance(outcome, pygenai.InteractionCompleted) and outcome.ok and outcome.terminal


@pytest.mark.vcr("wait_failed.yaml")
async def test_a_failed_interaction_ends_the_wait_as_a_failure_carrying_its_error(api: Api) -> None:
    done = await api(api.client.interactions.wait(BACKGROUND_ID))
    outcome = interaction_outcome(done)
    assert isinstance(outcome, pygenai.InteractionFailed) and not outcome.ok
    assert outcome.error is not None
    assert (outcome.error.code, outcome.error.message) == (
        "internal",
        "The model backend failed while generating the response. Try again later.",
    )
    assert api.clock.sleeps == []


@pytest.mark.vcr("cancel.yaml")
async def test_cancel_takes_an_interaction_or_its_id(api: Api) -> None:
    running = Interaction._wrap(interaction(BACKGROUND_ID, "in_progress"))
    by_object = await api(api.client.interactions.cancel(running))
    by_id = await api(api.client.interactions.cancel(BACKGROUND_ID))
    assert isinstance(by_object, Interaction) and by_object.status == "cancelled"
    assert by_id.status == "cancelled"
    assert isinstance(interaction_outcome(by_id), pygenai.InteractionCancelled)
    done = await api(api.client.interactions.wait(BACKGROUND_ID))  # already final: one poll, no sleep
    assert done.status == "cancelled" and api.clock.sleeps == []


async def test_cancel_needs_exactly_one_interaction(mode: str) -> None:
    api = open_api(mode, "http://127.0.0.1:9")
    try:
        with pytest.raises(TypeError, match="takes an interaction or its id"):
            await api(api.client.interactions.cancel())
        with pytest.raises(ValueError, match="has no id"):
            await api(api.client.interactions.cancel(Interaction._wrap({"status": "in_progress"})))
    finally:
        await api.close()


# --------------------------------------------------------------------------- timeouts and server delays (loopback)


async def test_wait_times_out_with_the_interaction_last_seen(mode: str) -> None:
    server = ScriptServer([json_answer(interaction(BACKGROUND_ID, "in_progress")) for _ in range(4)])
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            with pytest.raises(pygenai.WaitTimeoutError, match="is still in_progress after 5s") as caught:
                await api(api.client.interactions.wait(BACKGROUND_ID, timeout=5))
        finally:
            await api.close()
    assert api.clock.sleeps == [1.0, 2.0, 2.0]  # the last wait is cut to the time left
    assert isinstance(caught.value.last, Interaction) and caught.value.last.status == "in_progress"
    assert len(server.received) == 4


async def test_a_status_this_version_does_not_know_keeps_the_wait_going(mode: str) -> None:
    server = ScriptServer(
        [
            json_answer(interaction(BACKGROUND_ID, "queued")),
            json_answer(interaction(BACKGROUND_ID, "paused_for_review")),
            json_answer(interaction(BACKGROUND_ID, "requires_action")),
        ]
    )
    reports: list[pygenai.InteractionProgress] = []
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            done = await api(api.client.interactions.wait(BACKGROUND_ID, on_progress=reports.append))
        finally:
            await api.close()
    assert [r.status for r in reports] == ["queued", "paused_for_review", "requires_action"]
    assert isinstance(interaction_outcome(done), pygenai.InteractionRequiresAction)
    assert api.clock.sleeps == [1.0, 2.0]


async def test_a_retry_after_on_a_poll_replaces_the_backoff(mode: str) -> None:
    server = ScriptServer(
        [
            json_answer(interaction(BACKGROUND_ID, "in_progress"), **{"Retry-After": "7"}),
            json_answer(interaction(BACKGROUND_ID, "in_progress"), **{"retry-after-ms": "2500"}),
            json_answer(interaction(BACKGROUND_ID, "completed")),
        ]
    )
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            done = await api(api.client.interactions.wait(BACKGROUND_ID))
        finally:
            await api.close()
    assert done.status == "completed"
    assert api.clock.sleeps == [7.0, 2.5]


async def test_a_poll_that_fails_with_a_server_delay_is_polled_again_after_it(mode: str) -> None:
    unavailable = {"error": {"code": "unavailable", "message": "The service is currently unavailable."}}
    rate_limited = {"error": {"code": "rate_limit_exceeded", "message": "Too many requests."}}
    server = ScriptServer(
        [
            json_answer(interaction(BACKGROUND_ID, "in_progress")),
            json_answer(unavailable, 503, **{"Retry-After": "5"}),
            json_answer(rate_limited, 429, **{"Retry-After": "12"}),
            json_answer(interaction(BACKGROUND_ID, "completed")),
        ]
    )
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            done = await api(api.client.interactions.wait(BACKGROUND_ID))
        finally:
            await api.close()
    assert done.status == "completed"
    assert api.clock.sleeps == [1.0, 5.0, 12.0]


async def test_polls_failing_too_often_in_a_row_raise_the_last_error(mode: str) -> None:
    unavailable = {"error": {"code": "unavailable", "message": "The service is currently unavailable."}}
    server = ScriptServer([json_answer(unavailable, 503) for _ in range(3)])
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            with pytest.raises(pygenai.ServiceUnavailableError):
                await api(api.client.interactions.wait(BACKGROUND_ID, poll=PollPolicy(max_failed_polls=2)))
        finally:
            await api.close()
    assert len(server.received) == 3 and api.clock.sleeps == [1.0, 2.0]


async def test_a_poll_refused_for_good_raises_at_once(mode: str) -> None:
    missing = {"error": {"code": "not_found", "message": "Interaction not found."}}
    server = ScriptServer([json_answer(missing, 404)])
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            with pytest.raises(pygenai.NotFoundError):
                await api(api.client.interactions.wait(BACKGROUND_ID))
        finally:
            await api.close()
    assert api.clock.sleeps == []


# --------------------------------------------------------------------------- waiting on the stream (loopback)


def _created(event_id: str) -> dict[str, object]:
    body = {"id": BACKGROUND_ID, "status": "in_progress", "object": "interaction", "model": "gemini-3.5-flash"}
    return {"interaction": body, "event_id": event_id, "event_type": "interaction.created"}


async def test_wait_by_stream_reopens_a_dropped_stream_from_the_last_event_id(mode: str) -> None:
    thought = {"type": "thought_summary", "content": {"type": "text", "text": "Drafting the summary."}}
    server = ScriptServer(
        [
            sse_answer(
                [
                    _created("evt_1"),
                    {"index": 1, "step": {"type": "thought"}, "event_id": "evt_2", "event_type": "step.start"},
                    {"index": 1, "delta": thought, "event_id": "evt_3", "event_type": "step.delta"},
                ],
                done=False,
                cut=True,
            ),
            json_answer(interaction(BACKGROUND_ID, "in_progress")),
            sse_answer(
                [
                    {
                        "index": 2,
                        "delta": {"type": "text", "text": "Hamlet"},
                        "event_id": "evt_4",
                        "event_type": "step.delta",
                    },
                    {
                        "interaction_id": BACKGROUND_ID,
                        "status": "completed",
                        "event_id": "evt_5",
                        "event_type": "interaction.status_update",
                    },
                ]
            ),
            json_answer(interaction(BACKGROUND_ID, "completed")),
        ]
    )
    reports: list[pygenai.InteractionProgress] = []
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            done = await api(api.client.interactions.wait(BACKGROUND_ID, stream=True, on_progress=reports.append))
        finally:
            await api.close()
    assert done.status == "completed"
    streams = [r for r in server.received if r.query.get("stream") == ["true"]]
    assert [r.query.get("last_event_id") for r in streams] == [None, ["evt_3"]]
    assert [r.event_type for r in reports] == [
        "interaction.created",
        "step.start",
        "step.delta",
        "step.delta",
        "interaction.status_update",
    ]
    assert [r.thought_summaries for r in reports if r.thought_summaries] == [("Drafting the summary.",)]
    assert "".join(r.text for r in reports) == "Hamlet"
    assert api.clock.sleeps == [1.0]


async def test_wait_by_stream_reads_the_finished_interaction_again_when_that_read_fails(mode: str) -> None:
    completed = {"interaction_id": BACKGROUND_ID, "status": "completed", "event_type": "interaction.status_update"}
    unavailable = {"error": {"code": "unavailable", "message": "The service is currently unavailable."}}
    server = ScriptServer(
        [
            sse_answer([_created("evt_1"), {**completed, "event_id": "evt_2"}]),
            json_answer(unavailable, 503, **{"Retry-After": "3"}),
            sse_answer([{**completed, "event_id": "evt_2"}]),
            json_answer(interaction(BACKGROUND_ID, "completed")),
        ]
    )
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            done = await api(api.client.interactions.wait(BACKGROUND_ID, stream=True))
        finally:
            await api.close()
    assert done.status == "completed" and api.clock.sleeps == [3.0]
    assert [r.query.get("last_event_id") for r in server.received] == [None, None, ["evt_2"], None]


async def test_wait_by_stream_times_out_between_streams_with_the_interaction_polled(mode: str) -> None:
    server = ScriptServer(
        [
            sse_answer([_created("evt_1")]),
            json_answer(interaction(BACKGROUND_ID, "in_progress")),
            sse_answer([_created("evt_1")]),
            json_answer(interaction(BACKGROUND_ID, "in_progress")),
        ]
    )
    with server.running() as url:
        api = open_api(mode, url, retry_policy=NO_RETRIES)
        try:
            with pytest.raises(pygenai.WaitTimeoutError) as caught:
                await api(api.client.interactions.wait(BACKGROUND_ID, stream=True, timeout=1))
        finally:
            await api.close()
    assert caught.value.last.status == "in_progress"
    assert api.clock.sleeps == [1.0]


# --------------------------------------------------------------------------- the pure parts


def test_the_poll_interval_grows_to_its_ceiling_and_yields_to_the_server_and_the_timeout() -> None:
    policy = PollPolicy()
    assert [policy.interval(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    assert policy.next_delay(polls_done=3, server_delay=30.0, remaining=None) == 30.0
    assert policy.next_delay(polls_done=3, server_delay=None, remaining=1.5) == 1.5
    assert policy.next_delay(polls_done=1, server_delay=None, remaining=0.0) is None
    with pytest.raises(ValueError, match="multiplier"):
        PollPolicy(multiplier=0.5)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("completed", pygenai.InteractionCompleted),
        ("failed", pygenai.InteractionFailed),
        ("cancelled", pygenai.InteractionCancelled),
        ("incomplete", pygenai.InteractionIncomplete),
        ("budget_exceeded", pygenai.InteractionBudgetExceeded),
        ("requires_action", pygenai.InteractionRequiresAction),
        ("in_progress", pygenai.InteractionPending),
        ("paused_for_review", pygenai.InteractionPending),  # unknown: not final
    ],
)
def test_each_status_has_its_outcome_type(status: str, kind: type[pygenai.InteractionOutcome]) -> None:
    outcome = interaction_outcome(Interaction._wrap(interaction(BACKGROUND_ID, status)))
    assert type(outcome) is kind and outcome.status == status
    assert outcome.ok is (status == "completed")
    assert outcome.terminal is is_terminal(status) is (kind is not pygenai.InteractionPending)


def test_a_failure_reads_the_errors_list_when_there_is_no_error_object() -> None:
    data = interaction(BACKGROUND_ID, "failed", errors=[{"code": "resource_exhausted", "message": "Out of quota."}])
    outcome = interaction_outcome(Interaction._wrap(data))
    assert isinstance(outcome, pygenai.InteractionFailed) and outcome.error is not None
    assert outcome.error.code == "resource_exhausted"
    bare = interaction_outcome(Interaction._wrap(interaction(BACKGROUND_ID, "failed")))
    assert isinstance(bare, pygenai.InteractionFailed) and bare.error is None


def test_progress_reports_only_the_steps_new_since_the_last_poll() -> None:
    tracker = ProgressTracker(BACKGROUND_ID)
    user = {"type": "user_input", "content": [{"type": "text", "text": "Hi"}]}
    first = tracker.from_poll(Interaction._wrap(interaction(BACKGROUND_ID, "in_progress", [user])), 0.0)
    again = tracker.from_poll(Interaction._wrap(interaction(BACKGROUND_ID, "in_progress", [user])), 1.0)
    assert len(first.new_steps) == 1 and again.new_steps == () and not again.status_changed
    legacy = tracker.from_event(
        {"interaction": {"id": BACKGROUND_ID, "status": "completed"}, "event_type": "interaction.complete"}, 2.0
    )
    assert legacy.status == "completed" and legacy.status_changed and legacy.terminal


def test_the_progress_bar_draws_one_line_in_place_and_ends_it_when_final() -> None:
    out = io.StringIO()
    bar = pygenai.ResearchProgressBar(out, width=60)
    tracker = ProgressTracker(BACKGROUND_ID)
    thought = {"type": "thought", "summary": [{"type": "text", "text": "**Reading the sources**\n\nDetails..."}]}
    bar(tracker.from_poll(Interaction._wrap(interaction(BACKGROUND_ID, "in_progress", [thought])), 75.0))
    bar(tracker.from_poll(Interaction._wrap(interaction(BACKGROUND_ID, "completed", [thought])), 130.0))
    assert out.getvalue() == (
        "\r[01:15] in_progress | 1 steps | Reading the sources\r[02:10] completed | 1 steps | Reading the sources  \n"
    )
