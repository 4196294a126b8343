"""Streams over a loopback server: typed events, [DONE], error events, cuts, retries before the first event,
and Interactions resuming from the last event id (sync and async)."""

from __future__ import annotations

import httpx2
import orjson
import pytest
from loopback_server import Chunked, LoopbackServer, Reply, error_body, sse
from runtime_support import CREATE_INTERACTION, GET_INTERACTION, KEY, STREAM_GENERATE, Doc, Harness

import pygenai
from pygenai._abi import AsyncResource, Resource


def chunk(text: str) -> str:
    return orjson.dumps({"candidates": [{"content": {"parts": [{"text": text}], "role": "model"}}]}).decode()


def texts(items: list[Doc]) -> list[str]:
    return [item.to_dict()["candidates"][0]["content"]["parts"][0]["text"] for item in items]


def ievent(event_type: str, event_id: str | None = None, **fields: object) -> bytes:
    """An Interactions event: an ``event:`` line, compact JSON with ``event_type`` last, ``\\n\\n`` framing."""
    data = {**fields, **({"event_id": event_id} if event_id else {}), "event_type": event_type}
    return f"event: {event_type}\ndata: {orjson.dumps(data).decode()}\n\n".encode()


DONE = b"event: done\ndata: [DONE]\n\n"
CREATED = ievent("interaction.created", "e1", interaction={"id": "v1_abc", "status": "in_progress"})
STARTED = ievent("step.start", "e2", index=0, step={"type": "model_output"})
DELTA = ievent("step.delta", "e3", index=0, delta={"type": "text", "text": "Hi"})
COMPLETED = ievent("interaction.completed", "e4", interaction={"id": "v1_abc", "status": "completed"})


def kinds(items: list[Doc]) -> list[str]:
    return [item.to_dict()["event_type"] for item in items]


# --------------------------------------------------------------------------- generateContent streams


def test_crlf_framed_chunks_arrive_typed_and_in_order(api: Harness, server: LoopbackServer) -> None:
    body = b"".join(sse(chunk("The"), chunk(" quick"), chunk(" fox")))
    pieces = [body[:10], body[10:75], body[75:]]  # split inside events and inside the CRLF pairs
    server.add(Chunked(pieces, headers={"content-type": "text/event-stream", "content-disposition": "attachment"}))
    items, error, stream = api.collect(STREAM_GENERATE, path={"model": "m"}, body={"contents": []})
    assert error is None
    assert texts(items) == ["The", " quick", " fox"]
    assert all(isinstance(item, Doc) for item in items)
    raw = pygenai.raw_response(stream)
    assert raw is stream.response
    assert raw.status_code == 200 and raw.headers["content-disposition"] == "attachment" and raw.content == b""
    assert server.requests[0].query == [("alt", "sse")]


def test_last_event_without_its_blank_line_is_delivered(api: Harness, server: LoopbackServer) -> None:
    server.add(
        Chunked(
            [b"data: " + chunk("a").encode() + b"\r\n\r\n", b": keep-alive\r\ndata: " + chunk("b").encode() + b"\r\n"]
        )
    )
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert error is None and texts(items) == ["a", "b"]


def test_error_event_inside_a_200_stream(api: Harness, server: LoopbackServer) -> None:
    failure = orjson.dumps(error_body(500, "INTERNAL", "An internal error has occurred.")).decode()
    server.add(Chunked(sse(chunk("partial"), failure, chunk("never"))))
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert texts(items) == ["partial"]
    assert isinstance(error, pygenai.StreamError)
    assert (error.code, error.status, error.message) == (500, "INTERNAL", "An internal error has occurred.")
    assert error.data == failure
    assert str(error) == "500 INTERNAL: An internal error has occurred."
    assert len(server.requests) == 1


def test_stream_cut_mid_event_raises(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([*sse(chunk("one")), b'data: {"candidates": [{"cont'], cut=True))
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert texts(items) == ["one"]
    assert isinstance(error, pygenai.StreamError)
    assert str(error).startswith("the stream was cut after 1 event: RemoteProtocolError")
    assert isinstance(error.__cause__, httpx2.RemoteProtocolError)
    assert len(server.requests) == 1  # an event reached the caller: no retry


def test_body_ending_mid_line_raises(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([*sse(chunk("one")), b'data: {"candidates": [{"cont']))  # a complete HTTP body, cut SSE
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert texts(items) == ["one"]
    assert isinstance(error, pygenai.StreamError)
    assert str(error).startswith("the stream was cut after 1 event: the event stream ended in the middle of a line")


def test_cut_before_the_first_event_is_retried(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([b'data: {"candi'], cut=True), Chunked(sse(chunk("a"), chunk("b"))))
    items, error, stream = api.collect(STREAM_GENERATE, path={"model": "m"}, body={"contents": []})
    assert error is None and texts(items) == ["a", "b"]
    assert len(server.requests) == 2
    assert server.requests[1].json() == {"contents": []}
    assert stream.response.retries == 1


def test_cut_before_the_first_event_beyond_the_budget_raises(api: Harness, server: LoopbackServer) -> None:
    server.add(*[Chunked([b"data: {"], cut=True) for _ in range(3)])
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert items == []
    assert isinstance(error, pygenai.StreamError) and "before its first event" in str(error)
    assert len(server.requests) == 3


def test_status_errors_before_the_stream_are_retried(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(429, error_body(429, "RESOURCE_EXHAUSTED", "slow down")), Chunked(sse(chunk("ok"))))
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert error is None and texts(items) == ["ok"]


def test_status_error_raises_when_the_stream_is_requested(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(400, error_body(400, "INVALID_ARGUMENT", "bad")))
    items, error, stream = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert isinstance(error, pygenai.BadRequestError) and stream is None and items == []


def test_slow_drip_after_the_first_event_raises(api: Harness, server: LoopbackServer) -> None:
    # Margins wide enough for a loaded machine: the first event is prompt, the second comes after 4x the timeout.
    server.add(Chunked(sse(chunk("first"), chunk("late")), pause=2.0))
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={}, timeout=0.5)
    assert texts(items) == ["first"]
    assert isinstance(error, pygenai.StreamError)
    assert isinstance(error.__cause__, httpx2.ReadTimeout)


def test_invalid_json_in_an_event_raises_decode_error(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked(sse("{not json")))
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert items == [] and isinstance(error, pygenai.ResponseDecodeError)
    assert error.snippet == "{not json"


def test_error_event_with_plain_text_data(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([b"event: error\ndata: upstream overloaded\n\n"]))
    _, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert isinstance(error, pygenai.StreamError) and error.message == "upstream overloaded"


# --------------------------------------------------------------------------- Interactions streams


def test_interactions_stream_stops_at_done(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([CREATED, STARTED, DELTA, COMPLETED, DONE, b"data: {}\n\n"]))
    items, error, stream = api.collect(CREATE_INTERACTION, body={"model": "m", "input": "hi", "stream": True})
    assert error is None
    assert kinds(items) == ["interaction.created", "step.start", "step.delta", "interaction.completed"]
    assert stream.last_event_id == "e4"
    req = server.requests[0]
    assert req.method == "POST" and req.path == "/v1beta/interactions" and req.query == [("alt", "sse")]


def test_interactions_stream_resumes_from_the_last_event_id(api: Harness, server: LoopbackServer) -> None:
    server.add(
        Chunked([CREATED, STARTED, b'event: step.delta\ndata: {"ind'], cut=True), Chunked([DELTA, COMPLETED, DONE])
    )
    items, error, stream = api.collect(CREATE_INTERACTION, body={"model": "m", "input": "hi", "stream": True})
    assert error is None
    assert kinds(items) == ["interaction.created", "step.start", "step.delta", "interaction.completed"]
    resume = server.requests[1]
    assert resume.method == "GET" and resume.path == "/v1beta/interactions/v1_abc"
    assert resume.query == [("alt", "sse"), ("stream", "true"), ("last_event_id", "e2")]
    assert resume.body == b""
    assert resume.headers["x-goog-api-key"] == KEY
    assert stream.response.url.endswith("last_event_id=e2")


def test_get_stream_resumes_with_sse_ids(api: Harness, server: LoopbackServer) -> None:
    first = [b'id: 7\nevent: step.delta\ndata: {"n": 1}\n\n', b'id: 8\nevent: step.delta\ndata: {"n": 2}\n\n']
    server.add(Chunked(first, cut=True), Chunked([b'id: 9\nevent: step.delta\ndata: {"n": 3}\n\n', DONE]))
    items, error, _ = api.collect(GET_INTERACTION, path={"id": "v1_abc"}, query={"stream": True}, decode=dict)
    assert error is None
    assert [item["n"] for item in items] == [1, 2, 3]
    assert server.requests[1].method == "GET"
    assert server.requests[1].query == [("stream", "true"), ("alt", "sse"), ("last_event_id", "8")]


def test_resume_that_makes_no_progress_gives_up(api: Harness, server: LoopbackServer) -> None:
    server.add(Chunked([CREATED, STARTED], cut=True), *[Chunked([b""], cut=True) for _ in range(3)])
    items, error, _ = api.collect(CREATE_INTERACTION, body={"stream": True})
    assert kinds(items) == ["interaction.created", "step.start"]
    assert isinstance(error, pygenai.StreamError) and "after 2 events" in str(error)
    assert len(server.requests) == 3  # the first request and max_retries=2 resumes


def test_interactions_stream_ending_without_done_raises(api: Harness, server: LoopbackServer) -> None:
    no_ids = [b'event: step.delta\ndata: {"index": 0}\n\n']
    server.add(Chunked(no_ids))
    items, error, _ = api.collect(CREATE_INTERACTION, body={"stream": True}, decode=dict)
    assert len(items) == 1
    assert isinstance(error, pygenai.StreamError) and "[DONE]" in str(error)
    assert len(server.requests) == 1  # no event id: nothing to resume from


def test_bare_json_error_line_ends_the_stream_with_an_error(api: Harness, server: LoopbackServer) -> None:
    refusal = b'{"error": {"code": "prohibited_content", "message": "The request was blocked."}}\n'
    server.add(
        Chunked([CREATED, ievent("interaction.status_update", interaction_id="v1_abc", status="failed"), refusal])
    )
    items, error, _ = api.collect(CREATE_INTERACTION, body={"stream": True})
    assert kinds(items) == ["interaction.created", "interaction.status_update"]
    assert isinstance(error, pygenai.StreamError)
    assert (error.code, error.message) == ("prohibited_content", "The request was blocked.")


def test_interactions_error_event(api: Harness, server: LoopbackServer) -> None:
    data = b'{"error":{"message":"Deadline expired.","code":"gateway_timeout"},"event_type":"error"}'
    failure = b"event: error\ndata: " + data + b"\n\n"
    server.add(Chunked([CREATED, failure]))
    items, error, _ = api.collect(CREATE_INTERACTION, body={"stream": True})
    assert kinds(items) == ["interaction.created"]
    assert isinstance(error, pygenai.StreamError) and error.code == "gateway_timeout"
    assert len(server.requests) == 1  # an error event is an answer, not a cut: no resume


# --------------------------------------------------------------------------- closing


def test_closing_a_stream_early_releases_the_response(server: LoopbackServer) -> None:
    server.add(Chunked(sse(chunk("a"), chunk("b"), chunk("c")), pause=0.05))
    with pygenai.Client(api_key=KEY, base_url=server.url) as client:
        with Resource(client)._stream(STREAM_GENERATE, Doc._wrap, path={"model": "m"}, body={}) as stream:
            first = next(stream)
        assert texts([first]) == ["a"]
        assert stream._http_response.is_closed
        with pytest.raises(StopIteration):
            next(stream)


@pytest.mark.anyio
async def test_closing_an_async_stream_early_releases_the_response(server: LoopbackServer) -> None:
    server.add(Chunked(sse(chunk("a"), chunk("b"), chunk("c")), pause=0.05))
    async with pygenai.AsyncClient(api_key=KEY, base_url=server.url) as client:
        stream = await AsyncResource(client)._stream(STREAM_GENERATE, Doc._wrap, path={"model": "m"}, body={})
        async with stream:
            first = await stream.__anext__()
        assert texts([first]) == ["a"]
        assert stream._http_response.is_closed
        with pytest.raises(StopAsyncIteration):
            await stream.__anext__()


def test_a_stream_read_to_the_end_is_closed(server: LoopbackServer) -> None:
    server.add(Chunked(sse(chunk("a"))))
    with pygenai.Client(api_key=KEY, base_url=server.url) as client:
        stream = Resource(client)._stream(STREAM_GENERATE, Doc._wrap, path={"model": "m"}, body={})
        assert texts(list(stream)) == ["a"]
        assert stream._http_response.is_closed
