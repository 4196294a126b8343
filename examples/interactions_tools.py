"""Function calling with the Interactions API: Python functions as tools, run for you, then streamed as events.

``client.interactions.create(..., tools=[...])`` declares each function as ``{"type": "function", ...}``; when
the model answers with ``function_call`` steps (status ``requires_action``), the client runs them and sends
``function_result`` steps back on the stored interaction (``previous_interaction_id``) until the model answers.
``interaction.automatic_function_calling`` says how the loop ended. ``create_events`` does the same while
streaming: text as it arrives, each call, each result, then the final interaction.

    python examples/interactions_tools.py
"""

from __future__ import annotations

from _replay import client

MODEL = "gemini-3.5-flash"


def get_weather(city: str) -> dict[str, object]:
    """Current weather for a city.

    Args:
        city: City name, e.g. "Lisbon".
    """
    return {"city": city, "temperature_c": 21, "sky": "sunny"}


def get_time(city: str) -> str:
    """Local time in a city (24-hour clock).

    Args:
        city: City name, e.g. "Lisbon".
    """
    return "17:40"


def main() -> None:
    with client() as gemini:
        interaction = gemini.interactions.create(
            model=MODEL, input="Is it a good time for a walk in Lisbon?", tools=[get_weather, get_time]
        )
        loop = interaction.automatic_function_calling
        assert loop is not None
        for result in loop.results:
            print(f"[ran] {result.call.name}({result.call.args}) -> {result.value!r}")
        print(f"[answer] {interaction.text}")
        print(f"[loop] {loop.reason} after {loop.rounds} round(s); interactions {len(loop.interaction_ids)}\n")

        with gemini.interactions.create_events(
            model=MODEL, input="And in Oslo?", tools=[get_weather, get_time], previous_interaction_id=interaction.id
        ) as events:
            for event in events:
                if event.type == "text" and event.thought:
                    print(f"[thinking] {event.text}")
                elif event.type == "text":
                    print(event.text, end="", flush=True)
                elif event.type == "call":
                    print(f"[call] {event.call.name}({event.call.args})")
                elif event.type == "result":
                    print(f"[result] {event.result.call.name} -> {event.result.value!r}")
                else:
                    print(f"\n[final] {event.interaction.status} in turn {event.turn}")


if __name__ == "__main__":
    main()
