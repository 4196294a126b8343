"""Helpers of the multi-agent tests: one scripted model per agent, and a scripted reply that fails."""

from __future__ import annotations

from typing import Any

import httpx2
import orjson

from pygenai.agent_framework import Agent
from tests.agents._scripted import ScriptedModel

MODEL = "gemini-2.5-flash"


def bad_request(message: str = "scripted failure") -> dict[str, Any]:
    """A script entry answered with HTTP 400 (not retried by the client)."""
    return {"__status__": 400, "error": {"code": 400, "message": message, "status": "INVALID_ARGUMENT"}}


class TeamModel(ScriptedModel):
    """A :class:`ScriptedModel` whose script may hold :func:`bad_request` entries."""

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        if self.bodies and "__status__" in self.bodies[0]:
            self.requests.append(orjson.loads(request.content))
            body = dict(self.bodies.pop(0))
            status = body.pop("__status__")
            return httpx2.Response(status, content=orjson.dumps(body), headers={"content-type": "application/json"})
        return super().handle(request)


def scripted_agent(name: str, *bodies: dict[str, Any], **options: Any) -> tuple[Agent[Any], TeamModel]:
    """An agent named ``name`` over its own scripted model."""
    model = TeamModel(*bodies)
    agent: Agent[Any] = Agent(model.async_client(), model=MODEL, name=name, **options)
    return agent, model


def user_text(body: dict[str, Any], index: int = -1) -> str:
    """The text of the ``index``-th turn of a request body."""
    return "".join(part.get("text", "") for part in body["contents"][index]["parts"])


class FakeClock:
    """Records the sleeps of a retry policy instead of sleeping; jitter always 1.0 (the full backoff)."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return 0.0

    def time(self) -> float:
        return 0.0

    def random(self) -> float:
        return 1.0

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
