"""The main-job demo: a chat, thinking on, whose model calls two Python tools at once; each step printed.

The chat offers two async tools, ``get_weather`` and ``get_time``. Asked about a walk in Lisbon, the model
thinks, then calls both in one turn. pygenai runs them concurrently, sends the results back in call order
(with the turn exactly as received, thought signature included), and streams the answer. The follow-up
question goes out with the whole exchange as history.

    python examples/demo_chat_tools.py                      # offline, from cassettes/examples/
    GEMINI_API_KEY=... python examples/demo_chat_tools.py   # live
"""

from __future__ import annotations

import asyncio
from typing import Any, TypeVar

from _replay import async_client

import pygenai

MODEL = "gemini-3.5-flash"
WEATHER = {"Lisbon": {"sky": "sunny", "temperature_c": 21, "wind_kmh": 12}}
LOCAL_TIME = {"Lisbon": "17:40"}

running: set[str] = set()
overlaps: list[str] = []


T = TypeVar("T")


async def slow_service(name: str, answer: T) -> T:
    """Stands in for a network call, and notes when another tool was running at the same time."""
    overlaps.extend(f"{name} started while {other} was running" for other in sorted(running))
    running.add(name)
    await asyncio.sleep(0.2)
    running.discard(name)
    return answer


async def get_weather(city: str) -> dict[str, Any]:
    """Current weather in a city.

    Args:
        city: City name, e.g. "Lisbon".
    """
    return await slow_service("get_weather", {"city": city, **WEATHER.get(city, {"sky": "unknown"})})


async def get_time(city: str) -> str:
    """Local time in a city (24-hour clock).

    Args:
        city: City name, e.g. "Lisbon".
    """
    return await slow_service("get_time", LOCAL_TIME.get(city, "unknown"))


async def ask(chat: pygenai.AsyncChat, question: str) -> None:
    """Send one question and print everything that happens until the answer: each model request (a step) with its
    thought summary, the calls it makes, the tools' results, and the answer."""
    print(f"\nyou: {question}")
    shown = ""  # the kind of text being printed, to start a new line when it changes
    events = await chat.send_events(question)
    async with events:
        async for event in events:
            step = event.turn + 1
            if event.type == "text":
                kind = f"step {step} {'thought summary' if event.thought else 'answer'}"
                if kind != shown:
                    print(f"\n[{kind}] ", end="")
                    shown = kind
                print(event.text, end="", flush=True)
            elif event.type == "call":
                shown = ""
                call = event.call
                args = ", ".join(f"{k}={v!r}" for k, v in call.args.items())
                print(f"\n[step {step} call {call.index + 1}] {call.name}({args})", end="")
            elif event.type == "result":
                result, call = event.result, event.result.call
                outcome = result.value if result.error is None else f"error: {result.error}"
                print(f"\n[step {step} result {call.index + 1}] {call.name} -> {outcome!r}", end="")
                while overlaps:
                    print(f"\n[concurrently] {overlaps.pop(0)}", end="")
            elif event.type == "final":
                afc = event.response.automatic_function_calling
                rounds = f"{afc.reason}: {afc.rounds} round(s) of tool calls" if afc else "no tools ran"
                thinking = event.response.usage.thoughts_tokens
                print(f"\n[done] {rounds}, {thinking} thinking tokens in the last step")


async def main() -> None:
    async with async_client() as client:
        chat = client.chats.create(
            model=MODEL,
            config={"tools": [get_weather, get_time], "thinking_level": "low", "include_thoughts": True},
        )
        await ask(chat, "Is now a good time for a walk in Lisbon?")
        await ask(chat, "Should I bring a jacket for later?")
        signatures = sum(part.thought_signature is not None for turn in chat.history for part in turn.parts or [])
        print(f"\n[history] {len(chat.history)} turns, {signatures} thought signatures kept exactly as received")


if __name__ == "__main__":
    asyncio.run(main())
