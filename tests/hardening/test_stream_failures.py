"""Streams that fail, end early or are left behind (issue 10, defects 1, 2, 10 and 11), sync and async.

Every scenario runs against a loopback server through a client whose pool holds one connection, and most end by
sending another request: it gets through only if the stream released its connection (else ``PoolTimeout``).

* a failed stream stays failed: every later read raises the error it failed with, and a chat records nothing of
  the exchange (as when ``send`` fails), so sending the same message again is the retry;
* every way out of a stream releases its connection: an error while decoding, an error in the caller's loop, a
  break, ``close()``, dropping it, tool loops between and inside turns, chats, the events variant, Interactions;
* a 200 stream without events is a ``StreamError``, an empty 200 body a ``ResponseDecodeError`` (except where
  the operation's response has no fields, as a delete's);
* what a stream hands out shares nothing: the final response, ``accumulated`` and the chunks are separate trees.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import orjson
import pytest

import pygenai
from pygenai._core.errors import stream_status_error_class
from pygenai.gemini._accumulate import GenerateContentAccumulator
from tests.runtime.loopback_server import Chunked, LoopbackServer, Reply, error_body, sse

KEY = "test-key-stream-failures"
POOL_WAIT = 1.0  # seconds a request waits for the pool's one connection before PoolTimeout
NEXT_ANSWER = {"candidates": [{"content": {"parts": [{"text": "next"}], "role": "model"}, "finishReason": "STOP"}]}


def chunk(*parts: dict[str, Any], **fields: Any) -> str:
    """One streamGenerateContent event's data: a candidate with these parts, and top-level ``fields``."""
    return orjson.dumps({"candidates": [{"content": {"parts": list(parts), "role": "model"}}], **fields}).decode()


def text(value: str) -> str:
    return chunk({"text": value})


def weather_call() -> str:
    return chunk({"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}})


def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


class RecordingTools(pygenai.FunctionToolset):
    """``get_weather`` as a toolset that records when it is opened and closed (sync and async)."""

    def __init__(self) -> None:
        super().__init__([get_weather])
        self.log: list[str] = []

    def __enter__(self) -> RecordingTools:
        self.log.append("open")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.log.append("close")

    async def __aenter__(self) -> RecordingTools:
        return self.__enter__()

    async def __aexit__(self, *exc_info: object) -> None:
        self.__exit__(*exc_info)


def failing_body(kind: str) -> Chunked:
    """A stream that delivers the chunk "one", then fails as ``kind`` says."""
    bodies = {
        "cut mid-event": Chunked([*sse(text("one")), b'data: {"candidates": [{"cont'], cut=True),
        "error event": Chunked(sse(text("one"), orjson.dumps(error_body(500, "INTERNAL", "boom")).decode())),
        "invalid JSON": Chunked(sse(text("one"), "{not json")),
        "chunk of the wrong shape": Chunked(sse(text("one"), '{"candidates": 5}', text("two"))),
    }
    return bodies[kind]


FAILURES = {
    "cut mid-event": pygenai.StreamError,
    "error event": stream_status_error_class(500),  # INTERNAL: an InternalServerError that is a StreamError too
    "invalid JSON": pygenai.ResponseDecodeError,
    "chunk of the wrong shape": pygenai.ResponseDecodeError,
}


class Api:
    """A sync or async client on a one-connection pool; async calls run on one event loop kept for the test."""

    def __init__(self, mode: str, url: str, **client_options: Any) -> None:
        self.is_async = mode == "async"
        self.closed = False
        limits = httpx2.Limits(max_connections=1)
        timeout = httpx2.Timeout(5.0, pool=POOL_WAIT)
        if "retry_policy" not in client_options:
            client_options.setdefault("max_retries", 0)
        self.client: Any
        if self.is_async:
            self.runner = asyncio.Runner()
            self.http: Any = httpx2.AsyncClient(limits=limits, timeout=timeout)
            self.client = pygenai.AsyncClient(api_key=KEY, base_url=url, http_client=self.http, **client_options)
        else:
            self.http = httpx2.Client(limits=limits, timeout=timeout)
            self.client = pygenai.Client(api_key=KEY, base_url=url, http_client=self.http, **client_options)

    def run(self, value: Any) -> Any:
        """The result of a call: the async client's coroutine is run on the test's loop."""
        return self.runner.run(value) if self.is_async else value

    def read(self, stream: Any, on_item: Callable[[Any], None] | None = None) -> tuple[list[Any], Exception | None]:
        """Iterate the stream to its end: the items, and the error that ended it (``None`` at a normal end)."""
        items: list[Any] = []

        def take(item: Any) -> None:
            items.append(item)
            if on_item is not None:
                on_item(item)

        async def read_async() -> None:
            async for item in stream:
                take(item)

        try:
            if self.is_async:
                self.runner.run(read_async())
            else:
                for item in stream:
                    take(item)
        except Exception as exc:
            return items, exc
        return items, None

    def error_of(self, call: Callable[[], Any]) -> BaseException:
        """The exception ``call()`` (run on the loop for the async client) raises."""
        with pytest.raises(Exception) as info:
            self.run(call())
        return info.value

    def settle(self) -> None:
        """Collect garbage and let the event loop run what that scheduled (an async generator's cleanup)."""
        gc.collect()
        if self.is_async:
            self.runner.run(asyncio.sleep(0.05))

    def next_answer(self) -> str | None:
        """Send another request (the server must have ``NEXT_ANSWER`` scripted): it needs the pool's connection."""
        response = self.run(self.client.models.generate_content(model="m", contents="again"))
        return response.text  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.is_async:
            self.runner.run(self.client.close())
            self.runner.run(self.http.aclose())
            self.runner.close()
        else:
            self.client.close()
            self.http.close()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, server: LoopbackServer) -> Iterator[Api]:
    client = Api(request.param, server.url)
    yield client
    client.close()


def stream_of(api: Api, **kwargs: Any) -> Any:
    return api.run(api.client.models.generate_content_stream(model="m", contents="hi", **kwargs))


def texts(chunks: list[Any]) -> list[str | None]:
    return [item.text for item in chunks]


# --------------------------------------------------------------------------- defect 1: a failed stream stays failed


@pytest.mark.parametrize("kind", FAILURES)
def test_a_failed_stream_raises_its_error_from_every_later_read(api: Api, server: LoopbackServer, kind: str) -> None:
    server.add(failing_body(kind), Reply(body=NEXT_ANSWER))
    stream = stream_of(api)
    items, error = api.read(stream)
    assert texts(items) == ["one"]
    assert type(error) is FAILURES[kind]
    assert api.read(stream) == ([], error)  # a second loop
    assert api.error_of(stream.final_response) is error
    with pytest.raises(FAILURES[kind]) as info:
        _ = stream.accumulated
    assert info.value is error
    assert stream.response.status_code == 200  # what the stream came from stays readable
    assert api.next_answer() == "next"


@pytest.mark.parametrize("kind", FAILURES)
def test_a_failed_stream_keeps_its_first_traceback(api: Api, server: LoopbackServer, kind: str) -> None:
    server.add(failing_body(kind))
    stream = stream_of(api)
    _, error = api.read(stream)
    assert error is not None
    lengths = []
    for _ in range(3):
        api.error_of(stream.final_response)
        tb, length = error.__traceback__, 0
        while tb is not None:
            tb, length = tb.tb_next, length + 1
        lengths.append(length)
    assert lengths[0] == lengths[1] == lengths[2]  # raised again from its first traceback, not a growing one


def test_a_failed_tool_loop_stream_stays_failed_and_closes_its_tools(api: Api, server: LoopbackServer) -> None:
    server.add(
        Chunked(sse(weather_call())),
        Chunked(sse(text("It is"), '{"candidates": 5}', text(" sunny"))),
        Reply(body=NEXT_ANSWER),
    )
    tools = RecordingTools()
    stream = stream_of(api, config={"tools": [tools]})
    items, error = api.read(stream)
    assert texts(items)[-1] == "It is"
    assert isinstance(error, pygenai.ResponseDecodeError) and error.path == "candidates"
    assert tools.log == ["open", "close"]  # closed when the stream failed, not only when it is closed
    assert api.read(stream) == ([], error)
    assert api.error_of(stream.final_response) is error
    with pytest.raises(pygenai.ResponseDecodeError) as info:
        _ = stream.accumulated
    assert info.value is error
    assert api.next_answer() == "next"
    assert len(server.requests) == 3


def test_a_tool_that_raises_fails_the_stream_for_good(api: Api, server: LoopbackServer) -> None:
    def get_weather(city: str) -> str:
        """The weather in a city."""
        raise LookupError(f"no weather for {city}")

    server.add(Chunked(sse(weather_call())))
    stream = stream_of(api, config={"tools": [get_weather], "automatic_function_calling": {"on_tool_error": "raise"}})
    items, error = api.read(stream)
    assert len(items) == 1 and isinstance(error, LookupError)
    assert api.read(stream) == ([], error)
    assert api.error_of(stream.final_response) is error


def test_failed_events_stay_failed_and_close_their_tools(api: Api, server: LoopbackServer) -> None:
    server.add(
        Chunked(sse(weather_call())),
        Chunked([*sse(text("It is")), b'data: {"candidates": [{"cont'], cut=True),
        Reply(body=NEXT_ANSWER),
    )
    tools = RecordingTools()
    events = api.run(
        api.client.models.generate_content_stream_events(model="m", contents="hi", config={"tools": [tools]})
    )
    items, error = api.read(events)
    assert [event.type for event in items] == ["call", "result", "text"]
    assert isinstance(error, pygenai.StreamError)
    assert tools.log == ["open", "close"]
    assert api.read(events) == ([], error)
    assert api.error_of(events.until_done) is error
    with pytest.raises(pygenai.StreamError) as info:
        _ = events.response
    assert info.value is error
    assert api.next_answer() == "next"


@pytest.mark.parametrize("kind", FAILURES)
@pytest.mark.parametrize("method", ["send_stream", "send_message_stream"])
def test_a_chat_keeps_nothing_of_a_failed_stream(api: Api, server: LoopbackServer, kind: str, method: str) -> None:
    chat = api.client.chats.create(model="m", history=[{"role": "user", "parts": [{"text": "earlier"}]}])
    before = chat.save()
    server.add(failing_body(kind), Reply(body=NEXT_ANSWER))
    stream = api.run(getattr(chat, method)("hi"))
    _, error = api.read(stream)
    assert type(error) is FAILURES[kind]
    assert api.read(stream) == ([], error)  # reading again neither completes the turn nor records it
    assert api.error_of(stream.final_response) is error
    assert chat.save() == before
    # The retry is the same message sent again: the history gains it once, with the answer.
    assert api.run(chat.send("hi")).text == "next"
    assert [turn.to_dict() for turn in chat.history[1:]] == [
        {"role": "user", "parts": [{"text": "hi"}]},
        {"role": "model", "parts": [{"text": "next"}]},
    ]


def test_a_chat_keeps_nothing_of_a_failed_tool_loop_stream(api: Api, server: LoopbackServer) -> None:
    chat = api.client.chats.create(model="m", config={"tools": [get_weather]})
    server.add(Chunked(sse(weather_call())), Chunked(sse(text("It is"), '{"candidates": 5}')))
    stream = api.run(chat.send_stream("weather?"))
    _, error = api.read(stream)
    assert isinstance(error, pygenai.ResponseDecodeError)
    assert api.error_of(stream.final_response) is error
    assert chat.history == []


def test_a_chat_keeps_nothing_of_failed_events(api: Api, server: LoopbackServer) -> None:
    chat = api.client.chats.create(model="m", config={"tools": [get_weather]})
    server.add(Chunked(sse(weather_call())), Chunked([*sse(text("It is")), b"data: {"], cut=True))
    events = api.run(chat.send_events("weather?"))
    _, error = api.read(events)
    assert isinstance(error, pygenai.StreamError)
    assert api.error_of(events.until_done) is error
    assert chat.history == []


def test_a_chat_keeps_nothing_of_a_failed_send_either(api: Api, server: LoopbackServer) -> None:
    chat = api.client.chats.create(model="m")
    server.add(Reply(400, error_body(400, "INVALID_ARGUMENT", "bad")))
    with pytest.raises(pygenai.BadRequestError):
        api.run(chat.send("hi"))
    assert chat.history == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            Chunked([b"event: step.delta\ndata: {}\n\n", b'event: step.delta\ndata: {"ind'], cut=True),
            pygenai.StreamError,
        ),
        (Chunked([b"event: step.delta\ndata: {}\n\n", b"data: [1]\n\n"]), pygenai.ResponseDecodeError),
    ],
    ids=["cut", "not an object"],
)
def test_a_failed_interactions_stream_stays_failed(
    api: Api, server: LoopbackServer, body: Chunked, expected: type[Exception]
) -> None:
    server.add(body, Reply(body=NEXT_ANSWER))
    stream = api.run(api.client.interactions.create(model="m", input="hi", stream=True))
    items, error = api.read(stream)
    assert len(items) == 1 and type(error) is expected
    assert api.read(stream) == ([], error)
    assert api.next_answer() == "next"
    assert len(server.requests) == 2  # no event id: nothing to resume from


class InterruptSecondEvent(pygenai.AttemptHook):
    """Raises ``KeyboardInterrupt`` inside the read that delivers the second event (as Ctrl-C would)."""

    def __init__(self) -> None:
        self.events = 0
        self.ended: list[BaseException | None] = []

    def on_stream_event(self, attempt: pygenai.Attempt, event: object) -> None:
        self.events += 1
        if self.events == 2:
            raise KeyboardInterrupt

    def on_stream_end(self, attempt: pygenai.Attempt, error: BaseException | None) -> None:
        self.ended.append(error)


def test_a_read_interrupted_by_keyboard_interrupt_fails_the_stream(server: LoopbackServer) -> None:
    hook = InterruptSecondEvent()
    api = Api("sync", server.url, hooks=[hook])
    try:
        server.add(Chunked(sse(text("one"), text("two"), text("three"))), Reply(body=NEXT_ANSWER))
        stream = stream_of(api)
        assert next(stream).text == "one"
        with pytest.raises(KeyboardInterrupt):
            next(stream)
        error = api.error_of(stream.final_response)
        assert isinstance(error, pygenai.StreamError)
        assert "interrupted (KeyboardInterrupt)" in str(error)
        assert [type(e) for e in hook.ended] == [KeyboardInterrupt]
        assert api.next_answer() == "next"
    finally:
        api.close()


def test_a_chunk_that_cannot_be_merged_ends_the_attempt_with_its_error(api: Api, server: LoopbackServer) -> None:
    hook = InterruptSecondEvent()
    hook.events = 2  # never interrupts
    watched = Api("async" if api.is_async else "sync", server.url, hooks=[hook])
    try:
        server.add(failing_body("chunk of the wrong shape"))
        _, error = watched.read(stream_of(watched))
        assert isinstance(error, pygenai.ResponseDecodeError)
        assert hook.ended == [error]  # hooks see the stream's error, not the generator's close
    finally:
        watched.close()


def test_an_interrupted_read_fails_the_stream(server: LoopbackServer) -> None:
    api = Api("async", server.url)
    try:
        server.add(Chunked(sse(text("one"), text("two")), pause=3.0), Reply(body=NEXT_ANSWER))
        stream = stream_of(api)
        assert api.run(stream.__anext__()).text == "one"
        with pytest.raises(TimeoutError):
            api.run(asyncio.wait_for(stream.__anext__(), 0.2))  # cancels the read
        error = api.error_of(stream.final_response)
        assert isinstance(error, pygenai.StreamError)
        assert "interrupted (CancelledError)" in str(error)
        assert api.error_of(stream.__anext__) is error
        assert api.next_answer() == "next"
    finally:
        api.close()


# ------------------------------------------------------------------- defect 2: every exit releases the connection


def test_a_chunk_of_the_wrong_shape_releases_the_connection(api: Api, server: LoopbackServer) -> None:
    server.add(failing_body("chunk of the wrong shape"), Reply(body=NEXT_ANSWER))
    stream = stream_of(api)
    _, error = api.read(stream)
    assert isinstance(error, pygenai.ResponseDecodeError)
    assert api.next_answer() == "next"


def test_no_async_generator_is_left_to_the_event_loop(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    api = Api("async", server.url)
    server.add(failing_body("chunk of the wrong shape"))
    stream = stream_of(api)
    _, error = api.read(stream)
    assert isinstance(error, pygenai.ResponseDecodeError)
    assert stream._turn._http_response.is_closed  # closed now, not by the loop's shutdown (which logs an error)
    with caplog.at_level(logging.ERROR, logger="asyncio"):
        api.close()  # shuts the loop's async generators down
    assert [r.getMessage() for r in caplog.records if "generator" in r.getMessage()] == []


def test_invalid_json_in_an_event_releases_the_connection(api: Api, server: LoopbackServer) -> None:
    server.add(failing_body("invalid JSON"), Reply(body=NEXT_ANSWER))
    _, error = api.read(stream_of(api))
    assert isinstance(error, pygenai.ResponseDecodeError)
    assert api.next_answer() == "next"


class Boom(Exception):
    pass


def consume_and_raise(api: Api, stream: Any, *, within: bool) -> None:
    """Raise from the body of a loop over the stream (inside ``with stream`` when ``within``)."""

    async def body_async() -> None:
        if within:
            async with stream:
                async for _ in stream:
                    raise Boom
        async for _ in stream:
            raise Boom

    def body_sync() -> None:
        if within:
            with stream:
                for _ in stream:
                    raise Boom
        for _ in stream:
            raise Boom

    with pytest.raises(Boom):
        api.run(body_async()) if api.is_async else body_sync()


STREAM_BODY = [*sse(text("a"), text("b"), text("c"))]


def test_an_error_in_the_loop_body_within_with_releases_the_connection(api: Api, server: LoopbackServer) -> None:
    server.add(Chunked(STREAM_BODY), Reply(body=NEXT_ANSWER))
    consume_and_raise(api, stream_of(api), within=True)
    assert api.next_answer() == "next"


def test_a_stream_dropped_after_an_error_in_the_loop_body_releases_the_connection(
    api: Api, server: LoopbackServer
) -> None:
    server.add(Chunked(STREAM_BODY), Reply(body=NEXT_ANSWER))
    consume_and_raise(api, stream_of(api), within=False)
    api.settle()
    assert api.next_answer() == "next"


def test_break_and_close_release_the_connection(api: Api, server: LoopbackServer) -> None:
    server.add(Chunked(STREAM_BODY), Reply(body=NEXT_ANSWER))
    stream = stream_of(api)
    assert api.run(stream.__anext__() if api.is_async else next(stream)).text == "a"
    api.run(stream.close())
    assert api.next_answer() == "next"
    assert api.read(stream) == ([], None)  # a closed stream reads as ended


def test_closing_a_stream_before_reading_releases_the_connection(api: Api, server: LoopbackServer) -> None:
    server.add(Chunked(STREAM_BODY), Reply(body=NEXT_ANSWER))
    api.run(stream_of(api).close())
    assert api.next_answer() == "next"


def test_closing_a_tool_loop_stream_in_its_second_turn_releases_the_connection(
    api: Api, server: LoopbackServer
) -> None:
    server.add(Chunked(sse(weather_call())), Chunked(STREAM_BODY, pause=0.05), Reply(body=NEXT_ANSWER))
    tools = RecordingTools()
    stream = stream_of(api, config={"tools": [tools]})
    first = [api.run(stream.__anext__() if api.is_async else next(stream)) for _ in range(2)]
    assert texts(first[1:]) == ["a"]
    api.run(stream.close())
    assert tools.log == ["open", "close"]
    assert api.next_answer() == "next"


def test_closing_events_in_their_second_turn_releases_the_connection(api: Api, server: LoopbackServer) -> None:
    server.add(Chunked(sse(weather_call())), Chunked(STREAM_BODY, pause=0.05), Reply(body=NEXT_ANSWER))
    tools = RecordingTools()
    events = api.run(
        api.client.models.generate_content_stream_events(model="m", contents="hi", config={"tools": [tools]})
    )
    seen = [api.run(events.__anext__() if api.is_async else next(events)) for _ in range(3)]
    assert [event.type for event in seen] == ["call", "result", "text"]
    api.run(events.close())
    assert tools.log == ["open", "close"]
    assert api.next_answer() == "next"


def test_a_chunk_of_the_wrong_shape_in_events_releases_the_connection(api: Api, server: LoopbackServer) -> None:
    server.add(failing_body("chunk of the wrong shape"), Reply(body=NEXT_ANSWER))
    events = api.run(api.client.models.generate_content_stream_events(model="m", contents="hi"))
    items, error = api.read(events)
    assert [event.type for event in items] == ["text"] and isinstance(error, pygenai.ResponseDecodeError)
    assert api.next_answer() == "next"


def test_a_chunk_of_the_wrong_shape_in_a_chat_stream_releases_the_connection(api: Api, server: LoopbackServer) -> None:
    server.add(failing_body("chunk of the wrong shape"), Reply(body=NEXT_ANSWER))
    chat = api.client.chats.create(model="m")
    _, error = api.read(api.run(chat.send_stream("hi")))
    assert isinstance(error, pygenai.ResponseDecodeError)
    assert api.next_answer() == "next"


# --------------------------------------------------------------------------- defect 10: no events, no body


@pytest.mark.parametrize(
    "pieces",
    [[], [b": keep-alive\n\n"], [b"data:\n\n", b"event: ping\n\n"]],
    ids=["empty body", "comments only", "empty events only"],
)
def test_a_stream_without_events_is_a_stream_error(api: Api, server: LoopbackServer, pieces: list[bytes]) -> None:
    server.add(Chunked(pieces), Reply(body=NEXT_ANSWER))
    stream = stream_of(api)
    items, error = api.read(stream)
    assert items == []
    assert isinstance(error, pygenai.StreamError)
    assert str(error) == "the stream was cut before its first event: the body ended without any event"
    assert api.error_of(stream.final_response) is error
    assert api.next_answer() == "next"


def test_a_stream_without_events_is_sent_again_like_any_cut_before_its_first_event(server: LoopbackServer) -> None:
    for mode in ("sync", "async"):
        api = Api(
            mode, server.url, retry_policy=pygenai.RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.002)
        )
        try:
            server.add(Chunked([]), Chunked(sse(text("there"))))
            stream = stream_of(api)
            assert texts(api.read(stream)[0]) == ["there"]
            assert stream.response.retries == 1
        finally:
            api.close()
    assert len(server.requests) == 4


def test_an_interactions_stream_of_only_its_end_event_is_an_answer(api: Api, server: LoopbackServer) -> None:
    server.add(Chunked([b"event: done\ndata: [DONE]\n\n"]))
    stream = api.run(api.client.interactions.create(model="m", input="hi", stream=True))
    assert api.read(stream) == ([], None)  # the server said it was done: nothing was cut


@pytest.mark.parametrize("body", [b"", b" \r\n\t "], ids=["empty", "whitespace"])
def test_an_empty_200_body_is_a_decode_error(api: Api, server: LoopbackServer, body: bytes) -> None:
    server.add(Reply(200, body))
    error = api.error_of(lambda: api.client.models.generate_content(model="m", contents="hi"))
    assert isinstance(error, pygenai.ResponseDecodeError)
    assert str(error) == "the response body is empty; expected a GenerateContentResponse object"


@pytest.mark.parametrize("body", [b"", b"{}", b"\n"], ids=["empty", "empty object", "newline"])
def test_a_delete_answered_with_an_empty_body_works(api: Api, server: LoopbackServer, body: bytes) -> None:
    server.add(Reply(200, body), Reply(200, body), Reply(200, body))
    assert api.run(api.client.files.delete(name="files/abc")).to_dict() == {}
    assert api.run(api.client.caches.delete(name="cachedContents/abc")).to_dict() == {}
    assert api.run(api.client.interactions.delete(id="v1_abc")) is None
    assert [(r.method, r.path) for r in server.requests] == [
        ("DELETE", "/v1beta/files/abc"),
        ("DELETE", "/v1beta/cachedContents/abc"),
        ("DELETE", "/v1beta/interactions/v1_abc"),
    ]


# --------------------------------------------------------------------------- defect 11: nothing handed out is shared


def containers(value: Any) -> dict[int, Any]:
    """Every dict and list inside ``value``, by id (the objects are kept alive, so ids stay unique)."""
    found: dict[int, Any] = {}
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict | list):
            found[id(item)] = item
            pending.extend(item.values() if isinstance(item, dict) else item)
    return found


SIGNED_STREAM = [
    text("The weather"),
    weather_call(),
    chunk({"text": " in Paris."}, usageMetadata={"totalTokenCount": 9, "promptTokensDetails": [{"tokenCount": 4}]}),
    chunk(
        {"text": "", "thoughtSignature": "c2ln"},
        usageMetadata={"totalTokenCount": 12, "promptTokensDetails": [{"tokenCount": 4}]},
    ),
]


def test_the_final_response_shares_nothing_with_the_chunks(api: Api, server: LoopbackServer) -> None:
    server.add(Chunked(sse(*SIGNED_STREAM)))
    stream = stream_of(api)
    as_yielded: list[bytes] = []
    chunks, error = api.read(stream, on_item=lambda item: as_yielded.append(orjson.dumps(item.to_dict())))
    assert error is None
    assert [orjson.dumps(item.to_dict()) for item in chunks] == as_yielded  # later chunks changed none of them
    final = api.run(stream.final_response())
    snapshot = stream.accumulated
    chunk_objects = containers([item._data for item in chunks])
    assert not containers(final._data).keys() & chunk_objects.keys()
    assert not containers(snapshot._data).keys() & (chunk_objects.keys() | containers(final._data).keys())

    parts = final.candidates[0].content.parts
    parts[1].function_call.name = "changed"
    parts[1].function_call.args = {"city": "Rome"}
    parts[-1].thought_signature = b"other"
    final.usage_metadata.total_token_count = 0
    assert [orjson.dumps(item.to_dict()) for item in chunks] == as_yielded  # editing the final changed no chunk
    again = stream.accumulated
    assert again.function_calls[0].name == "get_weather" and again.usage_metadata.total_token_count == 12
    assert again.candidates[0].content.parts[-1].thought_signature == b"sig"

    chunks[1].candidates[0].content.parts[0].function_call.name = "edited"
    assert final.candidates[0].content.parts[1].function_call.name == "changed"  # nor the other way round
    assert snapshot.function_calls[0].name == "get_weather"


def test_accumulator_results_share_nothing() -> None:
    data = [orjson.loads(item) for item in SIGNED_STREAM]
    accumulator = GenerateContentAccumulator()
    for item in data:
        accumulator.add(item)
    first, second = accumulator.result(), accumulator.result()
    assert first == second
    assert not containers(first).keys() & containers(second).keys()
    assert not containers(first).keys() & containers(data).keys()
    first["usageMetadata"]["promptTokensDetails"][0]["tokenCount"] = 0
    first["candidates"][0]["content"]["parts"][1]["functionCall"]["args"]["city"] = "Rome"
    assert accumulator.result() == second


def test_a_chunk_that_cannot_be_merged_leaves_the_accumulator_as_it_was() -> None:
    accumulator = GenerateContentAccumulator()
    accumulator.add(orjson.loads(text("Hello")))
    before = accumulator.result()
    bad = {"usageMetadata": {"totalTokenCount": 3}, "candidates": [orjson.loads(text(" world"))["candidates"][0], 5]}
    with pytest.raises(pygenai.ResponseDecodeError) as info:
        accumulator.add(bad)
    assert info.value.path == "candidates[1]"
    assert accumulator.result() == before and accumulator.chunk_count == 1
