"""Generate text: one request, the answer, and what it cost.

``contents`` takes a plain string (or parts, files, whole turns); ``config`` takes the settings google-genai
users know, in snake_case. ``response.text`` is the answer, or an error that says why there is none (a
blocked prompt, the token limit, ...); ``response.outcome`` tells the same without raising.

    python examples/generate_text.py
"""

from __future__ import annotations

from _replay import client


def main() -> None:
    with client() as gemini:
        response = gemini.models.generate_content(
            model="gemini-3.5-flash",
            contents="Why is the sky blue? Two sentences.",
            config={"system_instruction": "You are a patient science teacher.", "temperature": 0.4},
        )
        print(response.text)

        usage = response.usage
        print(f"\noutcome: {response.outcome.kind} (finish reason {response.finish_reason})")
        print(f"tokens: {usage.prompt_tokens} in, {usage.candidates_tokens} answer, {usage.thoughts_tokens} thinking")


if __name__ == "__main__":
    main()
