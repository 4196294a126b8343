"""Conversations with the Interactions API: stateful (the server keeps the history) and stateless.

``client.interactions.conversation(...)`` holds the settings of every turn. By default each turn names the
previous interaction (``previous_interaction_id``) and sends the system instruction and other settings again,
since the server carries over only the history. With ``store=False`` nothing is kept on the server: the
conversation keeps every step, thought signatures included, and replays them each turn. ``save()`` writes a
conversation as JSON; ``client.interactions.load_conversation`` resumes it, in this process or another.

    python examples/interactions_conversation.py
"""

from __future__ import annotations

from _replay import client

MODEL = "gemini-3.5-flash"
INSTRUCTION = "You are a terse travel guide: two sentences at most."


def main() -> None:
    with client() as gemini:
        conv = gemini.interactions.conversation(model=MODEL, system_instruction=INSTRUCTION)
        print(f"[turn 1] {conv.send('Suggest one day trip from Kyoto.').text}")
        first_id = conv.interaction_id
        print(f"[turn 2] {conv.send('How do I get there?').text}")
        print(f"[chained] turn 2 continued turn 1 ({first_id}); the next turn continues {conv.interaction_id}")

        saved = conv.save()  # bytes: the settings and the last interaction id
        resumed = gemini.interactions.load_conversation(saved)
        with resumed.send_stream("Best time of day to go?") as stream:
            print("[turn 3, streamed] ", end="")
            for text in stream.text_stream():
                print(text, end="", flush=True)
            print()
        print(f"[resumed] saved {len(saved)} bytes, continued from the saved interaction id\n")

        private = gemini.interactions.conversation(model=MODEL, system_instruction=INSTRUCTION, store=False)
        print(f"[stateless 1] {private.send('Name a temple in Nara.').text}")
        print(f"[stateless 2] {private.send('When was it founded?').text}")
        thoughts = [step for step in private.steps if step["type"] == "thought"]
        print(
            f"[kept] {len(private.steps)} steps on the client, {len(thoughts)} thought signatures replayed as received"
        )


if __name__ == "__main__":
    main()
