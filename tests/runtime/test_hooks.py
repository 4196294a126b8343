"""Per-attempt hooks (``pygenai.AttemptHook``) against a loopback server, through Client and AsyncClient.

A recording hook checks what the transport and the streams tell hooks: one ``on_request`` per attempt (retries
and stream re-sends included), ``on_response`` / ``on_error`` with the retry decision, the stream events and the
stream's end, the ``Attempt`` fields (never the API key) and its per-attempt ``state``. The client side is covered
too: ``hooks=`` validation, ``client.hooks`` order, the ``Hooks`` bookkeeping that skips methods no hook overrides,
and the built-in ``RetryLog`` that logs each retry once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import orjson
import pytest
from loopback_server import Chunked, LoopbackServer, Reply, error_body, sse
from runtime_support import CREATE_INTERACTION, FAST, GENERATE, KEY, STREAM_GENERATE, FakeClock, Harness

import pygenai
from pygenai._core.attempts import Attempts

GENERATE_PATH = "/v1beta/models/m:generateContent"
STREAM_PATH = "/v1beta/models/m:streamGenerateContent"
BODY = {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}
OK = Reply(body={"text": "ok"})


def chunk(text: str) -> str:
    """A generateContent stream chunk's JSON."""
    return orjson.dumps({"candidates": [{"content": {"parts": [{"text": text}], "role": "model"}}]}).decode()


def texts(items: list[Any]) -> list[str]:
    return [item.to_dict()["candidates"][0]["content"]["parts"][0]["text"] for item in items]


def ievent(event_type: str, event_id: str, **fields: object) -> bytes:
    """An Interactions stream event with its event id."""
    data = {**fields, "event_id": event_id, "event_type": event_type}
    return f"event: {event_type}\ndata: {orjson.dumps(data).decode()}\n\n".encode()


CREATED = ievent("interaction.created", "e1", interaction={"id": "v1_abc", "status": "in_progress"})
STARTED = ievent("step.start", "e2", index=0, step={"type": "model_output"})
DELTA = ievent("step.delta", "e3", index=0, delta={"type": "text", "text": "Hi"})
COMPLETED = ievent("interaction.completed", "e4", interaction={"id": "v1_abc", "status": "completed"})
DONE = b"event: done\ndata: [DONE]\n\n"


def kinds(items: list[Any]) -> list[str]:
    return [item.to_dict()["event_type"] for item in items]


def unavailable() -> Reply:
    return Reply(503, error_body(503, "UNAVAILABLE", "The model is overloaded. Please try again later."))


def bad_request() -> Reply:
    return Reply(400, error_body(400, "INVALID_ARGUMENT", "Request contains an invalid argument."))


@dataclass
class Call:
    """One hook call: which method, the attempt it got, and what came with it."""

    kind: str  # request | response | error | event | end
    attempt: pygenai.Attempt
    payload: Any = None  # RawResponse | (APIError, RetryDecision) | event | BaseException | None


class Recorder(pygenai.AttemptHook):
    """Overrides every method and records each call in order (into ``log``, which hooks may share)."""

    def __init__(self, name: str = "rec", log: list[tuple[str, Call]] | None = None) -> None:
        self.name = name
        self.log: list[tuple[str, Call]] = [] if log is None else log

    @property
    def calls(self) -> list[Call]:
        return [call for name, call in self.log if name == self.name]

    def of(self, kind: str) -> list[Call]:
        return [call for call in self.calls if call.kind == kind]

    def sequence(self) -> list[tuple[str, int]]:
        """``(kind, attempt number)`` of each call, in order."""
        return [(call.kind, call.attempt.number) for call in self.calls]

    def _add(self, kind: str, attempt: pygenai.Attempt, payload: Any = None) -> None:
        self.log.append((self.name, Call(kind, attempt, payload)))

    def on_request(self, attempt: pygenai.Attempt) -> None:
        self._add("request", attempt)

    def on_response(self, attempt: pygenai.Attempt, response: Any) -> None:
        self._add("response", attempt, response)

    def on_error(self, attempt: pygenai.Attempt, error: Any, decision: Any) -> None:
        self._add("error", attempt, (error, decision))

    def on_stream_event(self, attempt: pygenai.Attempt, event: object) -> None:
        self._add("event", attempt, event)

    def on_stream_end(self, attempt: pygenai.Attempt, error: BaseException | None) -> None:
        self._add("end", attempt, error)


class ErrorsOnly(pygenai.AttemptHook):
    """Overrides only ``on_error``."""

    def __init__(self) -> None:
        self.errors: list[tuple[pygenai.Attempt, Any, Any]] = []

    def on_error(self, attempt: pygenai.Attempt, error: Any, decision: Any) -> None:
        self.errors.append((attempt, error, decision))


def open_recorded(api: Harness, **kwargs: Any) -> tuple[Recorder, FakeClock]:
    """A client with one recording hook and a fake clock (retries do not really wait)."""
    recorder, clock = Recorder(), FakeClock(rand=0.5)
    api.open(hooks=[recorder], clock=clock, **kwargs)
    return recorder, clock


def assert_no_key(attempt: pygenai.Attempt) -> None:
    assert all(name.lower() != "x-goog-api-key" for name in attempt.headers)
    assert all(KEY not in value for value in attempt.headers.values())


# --------------------------------------------------------------------------- unary calls and retries


def test_credentials_set_any_way_never_reach_hooks(api: Harness, server: LoopbackServer) -> None:
    server.add(OK)
    recorder, _ = open_recorded(api, default_headers={"Authorization": "Bearer other-secret", "x-team": "a"})
    api.call(GENERATE, path={"model": "m"}, body=BODY, extra_headers={"X-Goog-Api-Key": "per-call-secret"})
    attempt = recorder.of("request")[0].attempt
    assert {name.lower() for name in attempt.headers} >= {"x-team", "content-type"}
    assert not {"authorization", "x-goog-api-key"} & {name.lower() for name in attempt.headers}
    assert server.requests[0].headers["x-goog-api-key"] == "per-call-secret"  # the request itself still has it
    with pytest.raises(TypeError):
        attempt.headers["x-team"] = "b"  # type: ignore[index]  # read-only: a hook cannot change later attempts


def test_every_attempt_of_a_retried_request_is_seen(api: Harness, server: LoopbackServer) -> None:
    server.add(unavailable(), unavailable(), OK)
    recorder, clock = open_recorded(api)
    result = api.call(GENERATE, path={"model": "m"}, body=BODY)
    assert result.text == "ok"

    assert recorder.sequence() == [
        ("request", 1),
        ("error", 1),
        ("request", 2),
        ("error", 2),
        ("request", 3),
        ("response", 3),
    ]
    requests = recorder.of("request")
    for call in requests:
        attempt = call.attempt
        assert attempt.operation == "models.generateContent"
        assert attempt.method == "POST"
        assert attempt.url == server.url + GENERATE_PATH
        assert attempt.max_retries == FAST.max_retries
        assert attempt.stream is False
        assert attempt.body == orjson.dumps(BODY)
        assert_no_key(attempt)
    assert [call.attempt.body for call in requests] == [r.body for r in server.requests]
    assert all(r.headers["x-goog-api-key"] == KEY for r in server.requests)  # sent, but not shown to hooks

    errors = recorder.of("error")
    assert [call.attempt for call in errors] == [call.attempt for call in requests[:2]]
    for error, decision in (call.payload for call in errors):
        assert isinstance(error, pygenai.APIStatusError) and error.status_code == 503
        assert decision.retry is True and decision.delay is not None
    assert [decision.delay for _, decision in (call.payload for call in errors)] == clock.sleeps == [0.0005, 0.001]

    (response,) = recorder.of("response")
    assert response.attempt is requests[2].attempt
    assert response.payload.status_code == 200 and response.payload.retries == 2
    assert orjson.loads(response.payload.content) == {"text": "ok"}


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_exhausted_retries_end_with_a_final_decision(api: Harness, server: LoopbackServer, max_retries: int) -> None:
    server.add(*[unavailable() for _ in range(max_retries + 1)], OK)
    recorder, _ = open_recorded(api)
    with pytest.raises(pygenai.ServiceUnavailableError) as info:
        api.call(GENERATE, path={"model": "m"}, body=BODY, max_retries=max_retries)

    requests = recorder.of("request")
    assert [call.attempt.number for call in requests] == list(range(1, max_retries + 2))
    assert all(call.attempt.max_retries == max_retries for call in requests)  # the per-request budget
    assert len(server.requests) == max_retries + 1
    decisions = [call.payload[1] for call in recorder.of("error")]
    assert [d.retry for d in decisions] == [True] * max_retries + [False]
    assert decisions[-1].delay is None
    assert recorder.of("error")[-1].payload[0] is info.value
    assert recorder.of("response") == []


def test_a_non_retryable_400_is_one_attempt_and_one_error(api: Harness, server: LoopbackServer) -> None:
    server.add(bad_request(), OK)
    recorder, clock = open_recorded(api)
    with pytest.raises(pygenai.BadRequestError) as info:
        api.call(GENERATE, path={"model": "m"}, body=BODY)
    assert recorder.sequence() == [("request", 1), ("error", 1)]
    error, decision = recorder.of("error")[0].payload
    assert error is info.value and error.status_code == 400
    assert decision.retry is False and decision.delay is None
    assert clock.sleeps == [] and len(server.requests) == 1


def test_state_belongs_to_one_attempt(api: Harness, server: LoopbackServer) -> None:
    class Stateful(pygenai.AttemptHook):
        def __init__(self) -> None:
            self.states: list[dict[str, Any]] = []
            self.read_back: list[tuple[str, int, int]] = []

        def on_request(self, attempt: pygenai.Attempt) -> None:
            assert attempt.state == {}  # fresh for every attempt
            attempt.state["number"] = attempt.number
            self.states.append(attempt.state)

        def on_response(self, attempt: pygenai.Attempt, response: Any) -> None:
            self.read_back.append(("response", attempt.number, attempt.state["number"]))

        def on_error(self, attempt: pygenai.Attempt, error: Any, decision: Any) -> None:
            self.read_back.append(("error", attempt.number, attempt.state["number"]))

    server.add(unavailable(), unavailable(), OK)
    hook = Stateful()
    api.open(hooks=[hook], clock=FakeClock())
    api.call(GENERATE, path={"model": "m"}, body=BODY)
    assert hook.read_back == [("error", 1, 1), ("error", 2, 2), ("response", 3, 3)]
    assert len({id(state) for state in hook.states}) == 3


def test_hooks_run_in_order_for_each_call(api: Harness, server: LoopbackServer) -> None:
    server.add(unavailable(), OK)
    shared: list[tuple[str, Call]] = []
    first, second = Recorder("first", shared), Recorder("second", shared)
    api.open(hooks=[first, second], clock=FakeClock())
    api.call(GENERATE, path={"model": "m"})
    assert [(name, call.kind, call.attempt.number) for name, call in shared] == [
        ("first", "request", 1),
        ("second", "request", 1),
        ("first", "error", 1),
        ("second", "error", 1),
        ("first", "request", 2),
        ("second", "request", 2),
        ("first", "response", 2),
        ("second", "response", 2),
    ]
    assert all(a.attempt is b.attempt for (_, a), (_, b) in zip(shared[::2], shared[1::2], strict=True))


def test_an_exception_from_a_hook_propagates_before_anything_is_sent(api: Harness, server: LoopbackServer) -> None:
    class Refuses(pygenai.AttemptHook):
        def on_request(self, attempt: pygenai.Attempt) -> None:
            raise RuntimeError(f"refused {attempt.operation}")

    server.add(OK)
    api.open(hooks=[Refuses()])
    with pytest.raises(RuntimeError, match=r"refused models\.generateContent"):
        api.call(GENERATE, path={"model": "m"})
    assert server.requests == []


# --------------------------------------------------------------------------- what hooks cost


def test_hooks_collect_only_overridden_methods(api: Harness, server: LoopbackServer) -> None:
    errors_only = ErrorsOnly()
    client = api.open(hooks=[errors_only])
    hooks = client._hooks
    assert hooks.request == () and hooks.response == ()
    assert hooks.stream_event == () and hooks.stream_end == () and hooks.streams is False
    assert len(hooks.error) == 2  # the retry log's and this hook's
    assert hooks.error[1].__self__ is errors_only  # type: ignore[attr-defined]

    class EndsOnly(pygenai.AttemptHook):
        def on_stream_end(self, attempt: pygenai.Attempt, error: BaseException | None) -> None:
            pass

    assert api.open(hooks=[EndsOnly()])._hooks.streams is True


def test_an_error_only_hook_costs_nothing_on_success(
    api: Harness, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[pygenai.Attempt] = []
    original = Attempts.attempt

    def counting(self: Attempts, spec: Any = None) -> pygenai.Attempt:
        attempt = original(self, spec)
        built.append(attempt)
        return attempt

    monkeypatch.setattr(Attempts, "attempt", counting)
    errors_only = ErrorsOnly()
    api.open(hooks=[errors_only], clock=FakeClock())

    server.add(OK)
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
    assert built == [] and errors_only.errors == []  # no Attempt described, the hook not called

    server.add(unavailable(), OK)
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
    assert len(built) == 1  # described once, when the first attempt failed
    ((attempt, error, decision),) = errors_only.errors
    assert attempt is built[0] and attempt.number == 1 and attempt.state == {}
    assert error.status_code == 503 and decision.retry is True


# --------------------------------------------------------------------------- the hooks= parameter


def test_hooks_must_be_attempt_hook_instances(api: Harness) -> None:
    with pytest.raises(TypeError, match=r"AttemptHook.*got object"):
        api.open(hooks=[object()])
    with pytest.raises(TypeError, match=r"AttemptHook.*got type"):
        api.open(hooks=[Recorder])  # the class, not an instance


def test_client_hooks_start_with_the_retry_log(api: Harness) -> None:
    default = api.open().hooks
    assert len(default) == 1 and isinstance(default[0], pygenai.RetryLog)
    first, second = Recorder("first"), ErrorsOnly()
    hooks = api.open(hooks=[first, second]).hooks
    assert isinstance(hooks, tuple) and len(hooks) == 3
    assert isinstance(hooks[0], pygenai.RetryLog)
    assert hooks[1] is first and hooks[2] is second


# --------------------------------------------------------------------------- the retry log


def _retry_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "pygenai"]


def test_retry_log_logs_each_retry_once_beside_other_hooks(
    api: Harness, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pygenai")
    logged_before_hook: list[int] = []

    class CountsLogs(ErrorsOnly):
        def on_error(self, attempt: pygenai.Attempt, error: Any, decision: Any) -> None:
            logged_before_hook.append(len(_retry_records(caplog)))
            super().on_error(attempt, error, decision)

    extra = CountsLogs()
    server.add(unavailable(), OK)
    api.open(hooks=[extra, Recorder()], clock=FakeClock())
    api.call(GENERATE, path={"model": "m"})
    (record,) = _retry_records(caplog)
    assert record.levelno == logging.INFO
    assert "retry 1 of 2" in record.getMessage() and "503" in record.getMessage()
    assert logged_before_hook == [1]  # the retry log runs first
    assert len(extra.errors) == 1


def test_retry_log_does_not_log_the_failure_that_ends_the_call(
    api: Harness, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pygenai")
    extra = ErrorsOnly()
    server.add(unavailable(), unavailable(), unavailable())
    api.open(hooks=[extra], clock=FakeClock())
    with pytest.raises(pygenai.ServiceUnavailableError):
        api.call(GENERATE, path={"model": "m"})
    messages = [r.getMessage() for r in _retry_records(caplog)]
    assert len(messages) == 2
    assert "retry 1 of 2" in messages[0] and "retry 2 of 2" in messages[1]
    assert len(extra.errors) == 3  # the hook still sees the last failure


# --------------------------------------------------------------------------- streams


def test_stream_events_reach_hooks_in_order(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked(sse(chunk("a"), chunk("b"), chunk("c"))))
    recorder, _ = open_recorded(api)
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body=BODY)
    assert error is None and texts(items) == ["a", "b", "c"]

    assert recorder.sequence() == [("request", 1), ("response", 1)] + [("event", 1)] * 3 + [("end", 1)]
    events = [call.payload for call in recorder.of("event")]
    assert len(events) == len(items) and all(seen is got for seen, got in zip(events, items, strict=True))
    assert recorder.of("end")[-1].payload is None

    attempt = recorder.of("request")[0].attempt
    assert attempt.operation == "models.streamGenerateContent" and attempt.stream is True
    assert attempt.url == server.url + STREAM_PATH  # the query (alt=sse) is not part of the url
    assert attempt.body == orjson.dumps(BODY)
    assert_no_key(attempt)
    assert all(call.attempt is attempt for call in recorder.calls)
    response = recorder.of("response")[0].payload
    assert response.status_code == 200 and response.content == b""


def test_unrecoverable_cut_ends_the_stream_with_the_error(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([*sse(chunk("one")), b'data: {"candidates": [{"cont'], cut=True), OK)
    recorder, _ = open_recorded(api)
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body=BODY)
    assert texts(items) == ["one"] and isinstance(error, pygenai.StreamError)
    assert recorder.sequence() == [("request", 1), ("response", 1), ("event", 1), ("end", 1)]
    assert recorder.of("end")[0].payload is error  # the exception the caller got
    assert len(server.requests) == 1


def test_stream_resent_before_its_first_event_is_a_second_attempt(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([b'data: {"candi'], cut=True), Chunked(sse(chunk("a"), chunk("b"))))
    recorder, clock = open_recorded(api)
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body=BODY)
    assert error is None and texts(items) == ["a", "b"]

    requests = recorder.of("request")
    assert [call.attempt.number for call in requests] == [1, 2]
    assert requests[0].attempt is not requests[1].attempt
    assert requests[1].attempt.body == orjson.dumps(BODY) and requests[1].attempt.url == server.url + STREAM_PATH
    assert recorder.sequence() == [
        ("request", 1),
        ("response", 1),
        ("end", 1),  # the first body was cut...
        ("error", 1),  # ...and the policy decided to send it again
        ("request", 2),
        ("response", 2),
        ("event", 2),
        ("event", 2),
        ("end", 2),
    ]
    ends = recorder.of("end")
    assert isinstance(ends[0].payload, pygenai.StreamError) and ends[1].payload is None
    assert len(clock.sleeps) == 1


def test_closing_a_stream_early_ends_it_for_hooks(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked(sse(chunk("a"), chunk("b"), chunk("c")), pause=0.05))
    recorder, _ = open_recorded(api)
    if api.mode == "sync":
        from pygenai._abi import Resource

        with Resource(api.client)._stream(STREAM_GENERATE, dict, path={"model": "m"}, body={}) as stream:
            first = next(stream)
    else:
        from pygenai._abi import AsyncResource

        async def read_one() -> object:
            stream = await AsyncResource(api.client)._stream(STREAM_GENERATE, dict, path={"model": "m"}, body={})
            async with stream:
                return await stream.__anext__()

        first = api.runner.run(read_one())  # type: ignore[attr-defined]
    assert recorder.sequence() == [("request", 1), ("response", 1), ("event", 1), ("end", 1)]
    assert recorder.of("event")[0].payload is first
    assert recorder.of("end")[0].payload is not None  # not a complete stream


def test_interactions_resume_is_a_new_attempt(api: Harness, server: LoopbackServer) -> None:
    server.add(
        Chunked([CREATED, STARTED, b'event: step.delta\ndata: {"ind'], cut=True), Chunked([DELTA, COMPLETED, DONE])
    )
    recorder, _ = open_recorded(api)
    items, error, _ = api.collect(CREATE_INTERACTION, body={"model": "m", "input": "hi", "stream": True})
    assert error is None
    assert kinds(items) == ["interaction.created", "step.start", "step.delta", "interaction.completed"]

    first, resume = (call.attempt for call in recorder.of("request"))
    assert (first.method, first.url) == ("POST", server.url + "/v1beta/interactions")
    assert first.body is not None and orjson.loads(first.body)["stream"] is True
    assert resume.method == "GET" and resume.url.endswith("/interactions/v1_abc")
    assert resume.url == server.url + "/v1beta/interactions/v1_abc"
    assert resume.body is None and resume.stream is True and resume.operation == first.operation
    assert resume.number == 2
    assert_no_key(first)
    assert_no_key(resume)

    assert recorder.sequence() == [
        ("request", 1),
        ("response", 1),
        ("event", 1),
        ("event", 1),
        ("end", 1),
        ("error", 1),
        ("request", 2),
        ("response", 2),
        ("event", 2),
        ("event", 2),
        ("end", 2),
    ]
    events = [call.payload for call in recorder.of("event")]
    assert len(events) == 4 and all(seen is got for seen, got in zip(events, items, strict=True))
    assert recorder.of("end")[-1].payload is None


# --------------------------------------------------------------------------- cut and early-closed streams


def test_the_cut_attempt_of_a_resent_stream_is_closed_for_hooks(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([b'data: {"candi'], cut=True), Chunked(sse(chunk("a"))))
    recorder, _ = open_recorded(api)
    _, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body=BODY)
    assert error is None
    first = recorder.of("request")[0].attempt
    closing = [call for call in recorder.calls if call.attempt is first and call.kind in ("error", "end")]
    # documented: the cut attempt's stream ends (with the cut), then the attempt fails with the retry decision
    assert [call.kind for call in closing] == ["end", "error"]
    assert isinstance(closing[0].payload, pygenai.StreamError)


def test_a_stream_closed_before_iterating_ends_for_hooks(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked(sse(chunk("a"))))
    recorder, _ = open_recorded(api)
    if api.mode == "sync":
        from pygenai._abi import Resource

        Resource(api.client)._stream(STREAM_GENERATE, dict, path={"model": "m"}, body={}).close()
    else:
        from pygenai._abi import AsyncResource

        async def open_and_close() -> None:
            stream = await AsyncResource(api.client)._stream(STREAM_GENERATE, dict, path={"model": "m"}, body={})
            await stream.close()

        api.runner.run(open_and_close())  # type: ignore[attr-defined]
    assert recorder.sequence() == [("request", 1), ("response", 1), ("end", 1)]
