"""A research assistant: an agent whose only tool is Google Search, answering with cited sources.

``tools=["google_search"]`` hands the search to the API: the model searches, reads and answers in one step, and the
answer comes back with ``groundingMetadata`` (the searches, the web sources and which spans of the answer each
supports, in UTF-8 byte offsets). The agent's result keeps the conversation (``messages``); the grounding lives on the
response, so a small :class:`RunInterceptor` keeps each raw response as the loop receives it, and
``GenerateContentResponse.render_citations()`` turns the last one into text with ``[n]`` markers and numbered sources.

    python examples/agents/research_assistant.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/agents/research_assistant.py   # live
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import client

import pygenai
from pygenai.agent_framework import Agent, AgentRun, ModelReply, RunInterceptor

MODEL = "gemini-2.5-flash"
QUESTION = "When did the James Webb Space Telescope launch, and where does it observe from?"


class KeepResponses(RunInterceptor):
    """Keeps every model response of a run, as received (grounding metadata included)."""

    def __init__(self) -> None:
        self.responses: list[pygenai.GenerateContentResponse] = []

    async def model_request(
        self, run: AgentRun[Any], step: int, send: Callable[[], Awaitable[ModelReply]]
    ) -> ModelReply:
        reply = await send()
        self.responses.append(pygenai.GenerateContentResponse.from_dict(reply.data))
        return reply


def main() -> None:
    kept = KeepResponses()
    with client() as gemini:
        agent = Agent(
            gemini,
            model=MODEL,
            name="researcher",
            instructions="You are a research assistant. Search the web, then answer in two or three sentences.",
            tools=["google_search"],  # the API's own tool, by name
            interceptors=[kept],
        )
        result = agent.run_sync(QUESTION)

    print(f"question: {QUESTION}")
    print(f"answer: {result.output}")
    last = kept.responses[-1]
    grounding = last.grounding_metadata
    searches = grounding.web_search_queries if grounding is not None else None
    print(f"\n[searched] {searches or []}")
    print("\n--- answer with citations")
    print(last.render_citations())
    print(
        f"\n[usage] {result.usage.requests} request(s), {result.usage.input_tokens} input tokens "
        f"(search prompts included), {result.usage.billed_output_tokens} output tokens"
    )
    print(f"[cost] ${result.cost:.6f}" if result.cost is not None else f"[cost] no price for {MODEL}")


if __name__ == "__main__":
    main()
