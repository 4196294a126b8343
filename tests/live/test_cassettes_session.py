"""Live sessions replayed offline: ``client.live.connect(...)`` against the loopback server playing each cassette
(``cassettes/live/``), asserting the typed events a user sees. The server checks every frame the client sends."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest

import pygenai
from pygenai.live import (
    AudioChunk,
    GenerationComplete,
    GoAway,
    InputTranscription,
    Interrupted,
    LiveEvent,
    OutputTranscription,
    Reconnected,
    ResumptionUpdate,
    TextDelta,
    ToolCall,
    ToolCallCancellation,
    TurnComplete,
    Usage,
)
from tests.harness.live_audio import tone
from tests.harness.live_server import CassetteMismatch, ReplayServer, replay
from tests.harness.live_session import (
    AUDIO_MODEL,
    H1,
    H2,
    TEXT,
    TEXT_MODEL,
    client_for,
    events_until,
    is_usage,
    usage,
)
from tests.harness.recording import FAKE_API_KEY


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --------------------------------------------------------------------------- one cassette each


@pytest.mark.anyio
async def test_text_in_text_out() -> None:
    with replay("text_turn") as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
            await session.send_text("What is the capital of France?")
            events = await events_until(session, is_usage)
    assert events == [
        TextDelta("The capital of France"),
        TextDelta(" is Paris."),
        GenerationComplete(),
        TurnComplete(),
        usage(8, 7),
    ]
    assert server.requests[0][1]["x-goog-api-key"] == FAKE_API_KEY


@pytest.mark.anyio
async def test_receive_text_joins_the_turn() -> None:
    with replay("text_turn") as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
            await session.send_text("What is the capital of France?")
            assert await session.receive_text() == "The capital of France is Paris."
            assert await events_until(session, is_usage) == [usage(8, 7)]


AUDIO_CONFIG = {
    "response_modalities": ["AUDIO"],
    "voice": "Kore",
    "input_audio_transcription": True,
    "output_audio_transcription": True,
}


@pytest.mark.anyio
async def test_audio_in_audio_out_with_transcriptions() -> None:
    with replay("audio_transcription") as server:
        async with client_for(server).live.connect(model=AUDIO_MODEL, config=AUDIO_CONFIG) as session:
            await session.send_audio(tone(200, 16000, 437))  # sent as two 100 ms frames, checked by hash
            await session.audio_stream_end()
            events = await events_until(session, is_usage)
    mime = "audio/pcm;rate=24000"
    assert events == [
        InputTranscription(" Hello there."),
        AudioChunk(tone(40, 24000, 220), 24000, mime),
        OutputTranscription("Hi!"),
        AudioChunk(tone(40, 24000, 220, start_ms=40), 24000, mime),
        OutputTranscription(" How can I help?"),
        GenerationComplete(),
        TurnComplete(),
        usage(12, 25, "AUDIO", "AUDIO"),
    ]


@pytest.mark.anyio
async def test_receive_audio_joins_the_pcm_of_the_turn() -> None:
    with replay("audio_transcription") as server:
        async with client_for(server).live.connect(model=AUDIO_MODEL, config=AUDIO_CONFIG) as session:
            await session.send_audio(tone(200, 16000, 437))
            await session.audio_stream_end()
            assert await session.receive_audio() == tone(80, 24000, 220)
            assert await events_until(session, is_usage) == [usage(12, 25, "AUDIO", "AUDIO")]


@pytest.mark.anyio
async def test_other_input_audio_fails_the_replay() -> None:
    with pytest.raises(CassetteMismatch, match="frame 2: the frame differs from the recording"):
        with replay("audio_transcription") as server:
            async with client_for(server).live.connect(model=AUDIO_MODEL, config=AUDIO_CONFIG) as session:
                await session.send_audio(tone(200, 16000, 440))
                await session.audio_stream_end()
                await events_until(session, is_usage)


@pytest.mark.anyio
async def test_a_tool_call_runs_and_the_cancelled_one_is_not_answered() -> None:
    cancelled: list[str] = []

    async def get_weather(city: str) -> dict[str, Any]:
        """Today's weather in a city.

        Args:
            city: The city name, e.g. Paris.
        """
        if city == "London":
            try:
                await anyio.sleep(30)  # until the server's toolCallCancellation
            except anyio.get_cancelled_exc_class():
                cancelled.append(city)
                raise
        return {"city": city, "sky": "sunny", "celsius": 21}

    config = {**TEXT, "tools": [get_weather]}
    with replay("tool_call_cancellation") as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=config) as session:
            await session.send_text("What is the weather in Paris and in London?")
            events = await events_until(session, is_usage)
            assert session.protocol.pending_tool_calls == {}
    call, cancellation, *rest = events
    assert isinstance(call, ToolCall)
    assert [(c.id, c.name, c.args) for c in call.calls] == [
        ("function-call-10418538426528213211", "get_weather", {"city": "Paris"}),
        ("function-call-7339151432245102418", "get_weather", {"city": "London"}),
    ]
    assert cancellation == ToolCallCancellation(("function-call-7339151432245102418",))
    assert rest == [
        TextDelta("It is sunny in Paris"),
        TextDelta(" at 21 °C."),
        GenerationComplete(),
        TurnComplete(),
        usage(61, 12),
    ]
    assert cancelled == ["London"]


@pytest.mark.anyio
async def test_interruption() -> None:
    config = {**TEXT, "input_audio_transcription": True}
    with replay("interruption") as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=config) as session:
            await session.send_text("Tell me a long story about a lighthouse.")
            first = await events_until(session, lambda e: isinstance(e, TextDelta))
            await session.send_audio(tone(100, 16000, 330))  # the user speaks over the answer
            interrupted = await events_until(session, lambda e: isinstance(e, Interrupted))
            assert session.protocol.interrupted
            rest = await events_until(session, is_usage)
    assert first == [TextDelta("Once upon a time, on a rocky cape,")]
    assert interrupted == [Interrupted()]
    assert rest == [
        InputTranscription(" Make it short."),
        TextDelta("A keeper lit the lamp every night, and every ship came home."),
        GenerationComplete(),
        TurnComplete(),
        usage(30, 26),
    ]


@pytest.mark.anyio
async def test_go_away_then_resumption_with_the_latest_handle() -> None:
    config = {**TEXT, "session_resumption": True}
    with replay("go_away_resumption") as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=config) as session:
            await session.send_text("Remember the number 42.")
            first = await events_until(session, lambda e: isinstance(e, GoAway))
            await session.send_text("Which number did I ask you to remember?")
            second = await events_until(session, lambda e: isinstance(e, ResumptionUpdate) and e.handle == H2)
            assert session.protocol.resumption_handle == H2
    assert first == [
        ResumptionUpdate(None, False),
        TextDelta("Got it: 42."),
        GenerationComplete(),
        TurnComplete(),
        usage(6, 5),
        ResumptionUpdate(H1, True),
        GoAway(5.0),
    ]
    assert second == [
        Reconnected(1, 0),
        TextDelta("You asked me to remember 42."),
        GenerationComplete(),
        TurnComplete(),
        usage(18, 8),
        ResumptionUpdate(H2, True),
    ]
    assert server.connections == 2
    assert [path for path, _ in server.requests] == [server.cassette.path] * 2


@pytest.mark.anyio
async def test_a_connection_dropped_mid_turn_resumes_and_sends_the_turn_again() -> None:
    config = {**TEXT, "session_resumption": True}
    with replay("drop_resumption") as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=config) as session:
            await session.send_text("Count from one to five.")
            events = await events_until(session, lambda e: isinstance(e, ResumptionUpdate) and e.handle == H2)
    assert events == [
        ResumptionUpdate(H1, True),
        TextDelta("One, two,"),
        Reconnected(1, 1),
        TextDelta("One, two, three, four, five."),
        GenerationComplete(),
        TurnComplete(),
        usage(7, 10),
        ResumptionUpdate(H2, True),
    ]


@pytest.mark.anyio
async def test_a_server_error_close_raises_with_code_and_reason() -> None:
    with replay("server_error_close") as server:
        async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
            await session.send_text("Hello?")
            with pytest.raises(pygenai.LiveConnectionClosedError) as failure:
                await events_until(session, lambda e: False)
    assert (failure.value.code, failure.value.reason) == (1011, "Internal error encountered.")


# --------------------------------------------------------------------------- mismatch and sync


@pytest.mark.anyio
async def test_a_client_that_sends_something_else_fails_the_test() -> None:
    with pytest.raises(CassetteMismatch) as failure:
        with replay("text_turn") as server:
            async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT) as session:
                await session.send_text("What is the capital of Spain?")
                await events_until(session, is_usage)
    assert "connection 1, frame 2: the frame differs from the recording" in str(failure.value)
    assert '\n-            "text": "What is the capital of France?"\n' in str(failure.value)
    assert '\n+            "text": "What is the capital of Spain?"\n' in str(failure.value)
    # what the client saw: the server's close with the mismatch code, as raised in the block (no exception group)
    cause = failure.value.__cause__
    assert isinstance(cause, pygenai.LiveConnectionClosedError) and cause.code == 4400


@pytest.mark.anyio
async def test_an_error_raised_in_the_session_block_comes_out_as_itself() -> None:
    with replay("text_turn", complete=False) as server:
        with pytest.raises(KeyError) as failure:
            async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT):
                raise KeyError("mine")
    assert failure.value.args == ("mine",)


def test_the_sync_session_replays_too() -> None:
    with replay("text_turn") as server:
        client = pygenai.Client(api_key=FAKE_API_KEY, base_url=server.base_url)
        with client.live.connect(model=TEXT_MODEL, config=TEXT) as session:
            session.send_text("What is the capital of France?")
            assert session.receive_text() == "The capital of France is Paris."
            events = []
            for event in session.receive():
                events.append(event)
                if isinstance(event, Usage):
                    break
    assert events == [usage(8, 7)]


# --------------------------------------------------------------------------- record, then replay the recording


async def _text_session(server: ReplayServer, record: Path | None = None) -> list[LiveEvent]:
    async with client_for(server).live.connect(model=TEXT_MODEL, config=TEXT, record=record) as session:
        await session.send_text("What is the capital of France?")
        return await events_until(session, is_usage)


async def _resumed_session(server: ReplayServer, record: Path | None = None) -> list[LiveEvent]:
    async with client_for(server).live.connect(
        model=TEXT_MODEL, config={**TEXT, "session_resumption": True}, record=record
    ) as session:
        await session.send_text("Remember the number 42.")
        events = await events_until(session, lambda e: isinstance(e, GoAway))
        await session.send_text("Which number did I ask you to remember?")
        return events + await events_until(session, lambda e: isinstance(e, ResumptionUpdate) and e.handle == H2)


@pytest.mark.parametrize(("name", "scenario"), [("text_turn", _text_session), ("go_away_resumption", _resumed_session)])
@pytest.mark.anyio
async def test_a_session_recorded_through_client_live_replays_with_identical_events(
    name: str, scenario: Callable[..., Any], tmp_path: Path
) -> None:
    file = tmp_path / f"{name}.json"
    with replay(name) as server:
        recorded_events = await scenario(server, record=file)
    with replay(file) as server:
        replayed_events = await scenario(server)
    assert replayed_events == recorded_events
    assert FAKE_API_KEY not in file.read_text()
