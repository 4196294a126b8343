"""The Interactions API: one call per turn, the server keeps the conversation, answers come as steps.

``client.interactions.create`` sends the input (``stream=True`` for server-sent events). An interaction
holds ``steps``: thoughts (here only their signatures), model output, tool calls and results. The next turn
names the previous one with ``previous_interaction_id`` instead of resending the history. A stream yields
typed events: ``interaction.created``, ``step.start``, ``step.delta`` (text, thought signatures, ...),
``step.stop``, ``interaction.completed``; it ends at the server's ``[DONE]``.

    python examples/interactions.py
"""

from __future__ import annotations

from _replay import client

from pygenai.types.interactions import (
    InteractionCompletedEvent,
    ModelOutputStep,
    StepDelta,
    TextContent,
    TextDelta,
    ThoughtStep,
)

MODEL = "gemini-3.5-flash"


def main() -> None:
    with client() as gemini:
        interaction = gemini.interactions.create(
            model=MODEL, input="Name three unusual uses for a paperclip, one line each."
        )
        print(f"{(interaction.id or '?')[:16]}...: {interaction.status}")
        for step in interaction.steps or []:
            if isinstance(step, ThoughtStep):
                print(f"[thought step with a {len(step.signature or b'')}-byte signature]")
            elif isinstance(step, ModelOutputStep):
                print("".join(part.text or "" for part in step.content or [] if isinstance(part, TextContent)))
        if interaction.usage is not None:
            print(f"[{interaction.usage.total_tokens} tokens]\n")

        stream = gemini.interactions.create(
            model=MODEL,
            input="Which one would you try first, and why? Two sentences.",
            previous_interaction_id=interaction.id,
            stream=True,
        )
        with stream:
            for event in stream:
                if isinstance(event, StepDelta) and isinstance(event.delta, TextDelta):
                    print(event.delta.text, end="", flush=True)
                elif isinstance(event, InteractionCompletedEvent) and event.interaction is not None:
                    usage = event.interaction.usage
                    print(f"\n[{event.interaction.status}, {usage.total_tokens if usage else '?'} tokens]")


if __name__ == "__main__":
    main()
