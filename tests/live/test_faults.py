"""Live sessions against a misbehaving loopback server (``tests/harness/live_server.py`` faults): each fault ends in
resumption or a typed error."""

from __future__ import annotations

import time

import pytest

import pygenai
from pygenai.live import (
    GenerationComplete,
    Reconnected,
    ResumptionUpdate,
    TextDelta,
    TurnComplete,
    UnknownMessage,
)
from tests.harness.live_server import CloseWith, Drop, Malformed, Slow, load, replay
from tests.harness.live_session import H1, H2, TEXT, TEXT_MODEL, client_for, events_until, is_usage, usage


def _index(name: str, key: str, nth: int = 0) -> int:
    """The index in ``frames`` of the ``nth`` server frame of cassette ``name`` holding ``key``."""
    frames = load(name).frames
    return [i for i, f in enumerate(frames) if f.get("dir") == "recv" and key in f.get("json", {})][nth]


TEXT_TURN_FIRST_ANSWER = _index("text_turn", "serverContent", 0)
TEXT_TURN_SECOND_ANSWER = _index("text_turn", "serverContent", 1)
GO_AWAY = _index("go_away_resumption", "goAway")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_a_drop_mid_turn_without_a_handle_raises_connection_closed() -> None:
    with replay("text_turn", Drop(at=TEXT_TURN_SECOND_ANSWER), complete=False) as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
            await session.send_text("What is the capital of France?")
            assert await events_until(session, lambda e: isinstance(e, TextDelta)) == [
                TextDelta("The capital of France")
            ]
            with pytest.raises(pygenai.LiveConnectionClosedError) as failure:
                await events_until(session, lambda e: False)
    assert failure.value.code == 1006
    assert server.connections == 1


@pytest.mark.anyio
async def test_a_drop_after_a_handle_resumes_with_it() -> None:
    config = {**TEXT, "session_resumption": True}
    with replay("go_away_resumption", Drop(at=GO_AWAY)) as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=config) as session:
            await session.send_text("Remember the number 42.")
            first = await events_until(session, lambda e: isinstance(e, Reconnected))
            await session.send_text("Which number did I ask you to remember?")
            second = await events_until(session, lambda e: isinstance(e, ResumptionUpdate) and e.handle == H2)
    assert first[-2:] == [ResumptionUpdate(H1, True), Reconnected(1, 0)]  # no goAway: the connection just dropped
    assert second[0] == TextDelta("You asked me to remember 42.")
    assert server.connections == 2


@pytest.mark.anyio
async def test_a_slow_server_still_completes_the_turn() -> None:
    with replay("text_turn", Slow(0.1)) as server:
        start = time.monotonic()
        async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
            await session.send_text("What is the capital of France?")
            events = await events_until(session, is_usage)
        elapsed = time.monotonic() - start
    assert events == [
        TextDelta("The capital of France"),
        TextDelta(" is Paris."),
        GenerationComplete(),
        TurnComplete(),
        usage(8, 7),
    ]
    assert elapsed >= 5 * 0.1


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (b"\x00this is not JSON", "a Live frame is not JSON"),
        ("[1, 2]", "must hold a JSON object"),
        ('{"serverContent": {"turnComplete": "yes"}}', "serverContent.turnComplete: expected a boolean"),
        (b'{"serverContent": {"modelTurn": {"parts": [{"text": 7}]}}}', "serverContent.modelTurn.parts[0].text"),
        ('{"goAway": {"timeLeft": 5}}', "goAway.timeLeft"),
    ],
)
@pytest.mark.anyio
async def test_a_malformed_frame_raises_a_protocol_error_naming_the_problem(frame: str | bytes, message: str) -> None:
    with replay("text_turn", Malformed(at=TEXT_TURN_FIRST_ANSWER, frame=frame), complete=False) as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
            await session.send_text("What is the capital of France?")
            with pytest.raises(pygenai.LiveProtocolError) as failure:
                await events_until(session, is_usage)
    assert message in str(failure.value)


@pytest.mark.anyio
async def test_a_message_of_an_unknown_kind_is_an_event_and_the_session_goes_on() -> None:
    frame = b'{"sessionMetrics": {"latencyMs": 120}}'
    with replay("text_turn", Malformed(at=TEXT_TURN_FIRST_ANSWER, frame=frame)) as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
            await session.send_text("What is the capital of France?")
            events = await events_until(session, is_usage)
    assert events[0] == UnknownMessage({"sessionMetrics": {"latencyMs": 120}})
    assert events[1:3] == [TextDelta("The capital of France"), TextDelta(" is Paris.")]


@pytest.mark.parametrize(("code", "reason"), [(1011, "Internal error encountered."), (1008, "Quota exceeded.")])
@pytest.mark.anyio
async def test_an_unexpected_close_code_raises_with_code_and_reason(code: int, reason: str) -> None:
    with replay("text_turn", CloseWith(at=TEXT_TURN_SECOND_ANSWER, code=code, reason=reason), complete=False) as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
            await session.send_text("What is the capital of France?")
            with pytest.raises(pygenai.LiveConnectionClosedError) as failure:
                await events_until(session, is_usage)
    assert (failure.value.code, failure.value.reason) == (code, reason)


@pytest.mark.anyio
async def test_a_policy_close_is_raised_even_when_the_session_could_resume() -> None:
    config = {**TEXT, "session_resumption": True}
    fault = CloseWith(at=GO_AWAY, code=1008, reason="Request contains an invalid argument.")
    with replay("go_away_resumption", fault, complete=False) as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=config) as session:
            await session.send_text("Remember the number 42.")
            with pytest.raises(pygenai.LiveConnectionClosedError) as failure:
                await events_until(session, lambda e: False)
    assert (failure.value.code, failure.value.reason) == (1008, "Request contains an invalid argument.")
    assert server.connections == 1
