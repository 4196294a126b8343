"""Stream text: print the answer as it arrives, then read the whole turn.

Each chunk's ``text`` is the new fragment. The stream also accumulates the turn, so ``final_response()``
is what ``generate_content`` would have returned: the full text, the thought signature the last (empty)
chunk carried, and the final usage (each chunk holds a snapshot; only the last one counts).

    python examples/stream_text.py
"""

from __future__ import annotations

from _replay import client


def main() -> None:
    with client() as gemini:
        stream = gemini.models.stream_generate_content(
            model="gemini-3.5-flash",
            contents="Write a four-line poem about the sea at night.",
        )
        chunks = 0
        with stream:
            for chunk in stream:
                chunks += 1
                print(chunk.text, end="", flush=True)
            response = stream.final_response()
        print(f"\n\n{chunks} chunks; the whole turn: {len(response.text)} characters")
        print(f"signatures kept: {len(response.thought_signatures)}; final usage: {response.usage.total_tokens} tokens")


if __name__ == "__main__":
    main()
