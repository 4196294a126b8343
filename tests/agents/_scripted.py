"""A scripted fake model: a MockTransport that answers generateContent with the given turns in order and keeps
every request body, for testing the agent loop offline."""

from __future__ import annotations

from typing import Any

import httpx2
import orjson

import pygenai


def call(name: str, id: str | None = None, signature: str | None = None, **args: Any) -> dict[str, Any]:
    """A ``functionCall`` part (with a thought signature when given)."""
    body: dict[str, Any] = {"name": name, "args": args}
    if id is not None:
        body["id"] = id
    part: dict[str, Any] = {"functionCall": body}
    if signature is not None:
        part["thoughtSignature"] = signature
    return part


def response(*parts: dict[str, Any], prompt: int = 10, output: int = 5, thoughts: int = 0) -> dict[str, Any]:
    """A generateContent response body holding one model turn of ``parts``."""
    usage: dict[str, Any] = {"promptTokenCount": prompt, "candidatesTokenCount": output}
    if thoughts:
        usage["thoughtsTokenCount"] = thoughts
    return {
        "candidates": [{"content": {"role": "model", "parts": list(parts)}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": usage,
        "modelVersion": "gemini-2.5-flash",
    }


def text(value: str, **usage: int) -> dict[str, Any]:
    """A response whose turn is one text part."""
    return response({"text": value}, **usage)


class ScriptedModel:
    """Answers each request with the next scripted body; ``requests`` holds the bodies sent."""

    def __init__(self, *bodies: dict[str, Any]) -> None:
        self.bodies = list(bodies)
        self.requests: list[dict[str, Any]] = []

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        assert request.url.path.endswith(":generateContent"), request.url.path
        self.requests.append(orjson.loads(request.content))
        if not self.bodies:
            return httpx2.Response(
                500, json={"error": {"code": 500, "message": "script ran out", "status": "INTERNAL"}}
            )
        return httpx2.Response(
            200, content=orjson.dumps(self.bodies.pop(0)), headers={"content-type": "application/json"}
        )

    def client(self) -> pygenai.Client:
        http = httpx2.Client(transport=httpx2.MockTransport(self.handle))
        return pygenai.Client(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)

    def async_client(self) -> pygenai.AsyncClient:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(self.handle))
        return pygenai.AsyncClient(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)
