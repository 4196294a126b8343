"""More scripted fake models for the agent tests: GenerateContent answered as an SSE stream (chunk by chunk, with an
optional gate that holds the rest of a response until the test opens it), and an Interactions server (unary or SSE)
that keeps every request body."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx2
import orjson

import pygenai

Chunks = list[dict[str, Any]]


def chunk(*parts: dict[str, Any], prompt: int = 10, output: int = 5, finish: bool = False) -> dict[str, Any]:
    """One ``streamGenerateContent`` chunk holding ``parts`` (the usage a running snapshot, as the server sends)."""
    candidate: dict[str, Any] = {"content": {"role": "model", "parts": list(parts)}, "index": 0}
    if finish:
        candidate["finishReason"] = "STOP"
    return {
        "candidates": [candidate],
        "usageMetadata": {"promptTokenCount": prompt, "candidatesTokenCount": output},
        "modelVersion": "gemini-2.5-flash",
        "responseId": "resp-1",
    }


def _sse(event: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(event) + b"\r\n\r\n"


class StreamingModel:
    """Answers each ``streamGenerateContent`` request with the next scripted list of chunks, as SSE.

    ``gate``: when set, a response sends its first chunk, then waits for ``gate`` before the rest (so a test can see
    that text arrived while the request was still in flight). ``requests`` holds the bodies sent; a unary
    ``generateContent`` request is refused (the test would not be streaming).
    """

    def __init__(self, *scripts: Chunks, gate: anyio.Event | None = None) -> None:
        self.scripts = list(scripts)
        self.gate = gate
        self.requests: list[dict[str, Any]] = []
        self.finished = 0

    def _next(self, request: httpx2.Request) -> Chunks:
        assert request.url.path.endswith(":streamGenerateContent"), request.url.path
        assert request.url.params.get("alt") == "sse"
        self.requests.append(orjson.loads(request.content))
        return self.scripts.pop(0)

    async def handle_async(self, request: httpx2.Request) -> httpx2.Response:
        script = self._next(request)

        async def body() -> AsyncIterator[bytes]:
            for position, event in enumerate(script):
                if position == 1 and self.gate is not None:
                    await self.gate.wait()
                yield _sse(event)
            self.finished += 1

        return httpx2.Response(200, content=body(), headers={"content-type": "text/event-stream"})

    def handle_sync(self, request: httpx2.Request) -> httpx2.Response:
        script = self._next(request)

        def body() -> Iterator[bytes]:
            for event in script:
                yield _sse(event)
            self.finished += 1

        return httpx2.Response(200, content=body(), headers={"content-type": "text/event-stream"})

    def async_client(self) -> pygenai.AsyncClient:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(self.handle_async))
        return pygenai.AsyncClient(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)

    def client(self) -> pygenai.Client:
        http = httpx2.Client(transport=httpx2.MockTransport(self.handle_sync))
        return pygenai.Client(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)


# --------------------------------------------------------------------------- Interactions


def interaction(
    id: str, *steps: dict[str, Any], status: str = "completed", input: int = 20, output: int = 6, thought: int = 0
) -> dict[str, Any]:
    """An interaction as ``POST /v1beta/interactions`` returns it (field order as the server sends it)."""
    return {
        "id": id,
        "status": status,
        "usage": {
            "total_tokens": input + output + thought,
            "total_input_tokens": input,
            "total_cached_tokens": 0,
            "total_output_tokens": output,
            "total_tool_use_tokens": 0,
            "total_thought_tokens": thought,
        },
        "created": "2026-11-30T00:00:00Z",
        "updated": "2026-11-30T00:00:01Z",
        "steps": list(steps),
        "object": "interaction",
        "model": "gemini-3.5-flash",
    }


def output(text: str) -> dict[str, Any]:
    """A ``model_output`` step of text."""
    return {"type": "model_output", "content": [{"type": "text", "text": text}]}


def thought(signature: str, summary: str | None = None) -> dict[str, Any]:
    """A ``thought`` step with its signature (and a summary when given)."""
    step: dict[str, Any] = {"type": "thought", "signature": signature}
    if summary is not None:
        step["summary"] = [{"type": "text", "text": summary}]
    return step


def function_call(id: str, name: str, **arguments: Any) -> dict[str, Any]:
    """A ``function_call`` step."""
    return {"type": "function_call", "id": id, "name": name, "arguments": arguments}


def _ievent(event_type: str, **fields: Any) -> bytes:
    data = {**fields, "event_type": event_type}
    return f"event: {event_type}\ndata: {orjson.dumps(data).decode()}\n\n".encode()


def interaction_events(body: dict[str, Any], pieces: int = 3) -> list[bytes]:
    """``body`` as the SSE events of a streamed interaction: each text split in ``pieces`` deltas, a thought's
    signature as a ``thought_signature`` delta, a call's arguments whole in its ``step.start``."""
    head = {k: body[k] for k in ("id", "status", "object", "model")}
    events = [_ievent("interaction.created", interaction={**head, "status": "in_progress"})]
    for index, step in enumerate(body["steps"]):
        kind = step["type"]
        if kind == "model_output":
            events.append(_ievent("step.start", index=index, step={"type": kind, "content": []}))
            for item in step["content"]:
                text = item["text"]
                size = max(1, -(-len(text) // pieces))
                for start in range(0, len(text), size):
                    events.append(
                        _ievent("step.delta", index=index, delta={"type": "text", "text": text[start : start + size]})
                    )
        elif kind == "thought":
            events.append(_ievent("step.start", index=index, step={"type": kind}))
            events.append(
                _ievent("step.delta", index=index, delta={"type": "thought_signature", "signature": step["signature"]})
            )
            for item in step.get("summary", ()):
                events.append(_ievent("step.delta", index=index, delta={"type": "thought_summary", "content": item}))
        else:
            events.append(_ievent("step.start", index=index, step=step))
        events.append(_ievent("step.stop", index=index))
    events.append(_ievent("interaction.completed", interaction={**head, "usage": body["usage"]}))
    events.append(b"event: done\ndata: [DONE]\n\n")
    return events


class InteractionsServer:
    """Answers ``POST /v1beta/interactions`` with the next scripted interaction (as SSE events when the body asks
    to stream); ``requests`` holds the bodies sent."""

    def __init__(self, *interactions: dict[str, Any]) -> None:
        self.interactions = list(interactions)
        self.requests: list[dict[str, Any]] = []

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        assert request.method == "POST" and request.url.path == "/v1beta/interactions", request.url.path
        body = orjson.loads(request.content)
        self.requests.append(body)
        if not self.interactions:
            return httpx2.Response(400, json={"error": {"code": "invalid_request", "message": "script ran out"}})
        answer = self.interactions.pop(0)
        if body.get("stream"):
            content = b"".join(interaction_events(answer))
            return httpx2.Response(200, content=content, headers={"content-type": "text/event-stream"})
        return httpx2.Response(200, content=orjson.dumps(answer), headers={"content-type": "application/json"})

    def async_client(self) -> pygenai.AsyncClient:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(self.handle))
        return pygenai.AsyncClient(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)

    def client(self) -> pygenai.Client:
        http = httpx2.Client(transport=httpx2.MockTransport(self.handle))
        return pygenai.Client(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)
