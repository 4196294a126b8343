"""Count tokens before sending a prompt.

``client.models.count_tokens`` takes anything ``generate_content`` takes (a string, parts, files, whole
conversations) and answers with the total and a count per modality, without generating anything.

    python examples/count_tokens.py
"""

from __future__ import annotations

from _replay import client

MODEL = "gemini-3.5-flash"


def main() -> None:
    with client() as gemini:
        prompt = "Summarize the plot of Moby-Dick in three sentences."
        counted = gemini.models.count_tokens(model=MODEL, contents=prompt)
        print(f"{counted.total_tokens} tokens: {prompt!r}")

        conversation = [
            {"role": "user", "parts": [{"text": "I'm planning a trip to Kyoto in April."}]},
            {"role": "model", "parts": [{"text": "April is cherry blossom season, so book early."}]},
            {"role": "user", "parts": [{"text": "Which temples should I visit first?"}]},
        ]
        counted = gemini.models.count_tokens(model=MODEL, contents=conversation)
        by_modality = {d.modality: d.token_count for d in counted.prompt_tokens_details or []}
        print(f"{counted.total_tokens} tokens for a {len(conversation)}-turn conversation {by_modality}")


if __name__ == "__main__":
    main()
