"""Thinking: choose how much the model thinks, and read its thought summaries (async client).

Gemini 3 models take ``thinking_level`` (``"minimal"``, ``"low"``, ``"medium"``, ``"high"``; newer levels pass
through); Gemini 2.5 models take ``thinking_budget`` in tokens. ``include_thoughts`` asks for thought
summaries: ``response.thoughts`` holds them, ``response.text`` only the answer, and ``usage.thoughts_tokens``
what the thinking cost.

    python examples/thinking.py
"""

from __future__ import annotations

import asyncio

from _replay import async_client

import pygenai

QUESTION = "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. What does the ball cost?"


async def main() -> None:
    async with async_client() as gemini:
        runs: list[tuple[str, pygenai.GenerateContentConfig]] = [
            ("gemini-3.5-flash", {"thinking_level": "high", "include_thoughts": True}),
            ("gemini-2.5-flash", {"thinking_budget": 1024, "include_thoughts": True}),
        ]
        for model, config in runs:
            response = await gemini.models.generate_content(model=model, contents=QUESTION, config=config)
            print(f"--- {model} with {config}")
            print(f"thought summary: {response.thoughts}")
            print(f"answer: {response.text}")
            usage = response.usage
            print(f"thinking tokens: {usage.thoughts_tokens}, answer tokens: {usage.candidates_tokens}\n")


if __name__ == "__main__":
    asyncio.run(main())
