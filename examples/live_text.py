"""The Live API with text: a session over a WebSocket, the answer streamed as it comes, a Python tool run for you.

    python examples/live_text.py                      # offline: replays cassettes/live/examples_live_text.json
    GEMINI_API_KEY=... python examples/live_text.py   # live: opens a Live session with the Gemini API

The first turn asks for the weather: the model calls ``get_weather``, the session runs it and sends the result
back by itself (a ``toolResponse`` answering the call's id), and the answer streams in as ``TextDelta`` events.
The second turn uses ``session.receive_text()``, which gathers one turn's text.
"""

from __future__ import annotations

import asyncio
from typing import Any

from _replay import async_live_client

from pygenai.live import GenerationComplete, TextDelta, ToolCall, TurnComplete

MODEL = "gemini-live-2.5-flash-preview"


def get_weather(city: str) -> dict[str, Any]:
    """The current weather in a city: temperature in °C and the sky."""
    print(f"[tool] get_weather({city!r}) runs")
    return {"city": city, "temperature_c": 21, "sky": "sunny"}


async def main() -> None:
    config = {
        "response_modalities": ["TEXT"],
        "system_instruction": "You are a concise assistant. Use the tools when they help.",
        "tools": [get_weather],
    }
    async with async_live_client() as client, client.live.connect(model=MODEL, config=config) as session:
        await session.send_text("What's the weather like in Lisbon right now?")
        answering = False
        async for event in session.receive():
            if isinstance(event, ToolCall):
                for call in event.calls:
                    print(f"[tool call] {call.name}({call.args}) id={call.id}")
            elif isinstance(event, TextDelta):
                if not answering:
                    print("[turn 1] ", end="")
                    answering = True
                print(event.text, end="", flush=True)
            elif isinstance(event, GenerationComplete):
                print()
            elif isinstance(event, TurnComplete):
                print("[turn complete]")
                break

        await session.send_text("Thanks! Now say that in one short sentence in Portuguese.")
        print(f"[turn 2] {await session.receive_text()}")


if __name__ == "__main__":
    asyncio.run(main())
