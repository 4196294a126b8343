"""The offline-testing guide replays cassettes of the reader's own app: two ``pygenai.testing`` files in the workdir.

modeled-on: cassettes/examples/generate_text.yaml (a Gemini 3 answer: 2-space pretty JSON with a trailing newline,
a signed text part, usage with thoughtsTokenCount) and cassettes/examples/stream_text.yaml (SSE framing: ``data: ``
+ JSON with ": " after keys and "," between members, CRLF CRLF, usage on every chunk, the signature on a closing
empty text part); written in the JSON format ``pygenai.testing`` records (``pygenai.testing._format``).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

API = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3.8-flash"
SIGNATURE = "CiQB0e2KBwxT6pXUG0cP1Lq8vT2w3n5Ea1fWcA9kJm4sHq7rYd0uNZbL2oVgRiK8eXf3sM6hQj1tPyCzW5nD"
TICKET_PROMPT = "Label this support ticket with one word (billing, bug or other): I was charged twice this month."

TAG_ANSWER = {
    "candidates": [
        {
            "content": {"parts": [{"text": "billing", "thoughtSignature": SIGNATURE}], "role": "model"},
            "finishReason": "STOP",
            "index": 0,
        }
    ],
    "usageMetadata": {
        "promptTokenCount": 24,
        "candidatesTokenCount": 1,
        "totalTokenCount": 61,
        "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 24}],
        "thoughtsTokenCount": 36,
        "serviceTier": "standard",
    },
    "modelVersion": "gemini-3.8-flash",
    "responseId": "t7QkZ2mVd0aPq9LsXc4HnRe",
}

HAIKU_CHUNKS = ["Green dots in a row,\n", "the cassette plays back the past;\n", "no network needed."]


def _sse_event(parts: list[dict[str, object]], tokens: int, *, last: bool) -> str:
    candidate: dict[str, object] = {"content": {"parts": parts, "role": "model"}}
    if last:
        candidate["finishReason"] = "STOP"
    candidate["index"] = 0
    chunk = {
        "candidates": [candidate],
        "usageMetadata": {
            "promptTokenCount": 9,
            "candidatesTokenCount": tokens,
            "totalTokenCount": 9 + tokens + 54,
            "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 9}],
            "thoughtsTokenCount": 54,
            "serviceTier": "standard",
        },
        "modelVersion": "gemini-3.8-flash",
        "responseId": "pX2mW8cQe1rTg5LhUo7NbVz",
    }
    return "data: " + json.dumps(chunk, separators=(",", ": ")) + "\r\n\r\n"


def _haiku_stream() -> str:
    events = [_sse_event([{"text": text}], 6 * (n + 1), last=False) for n, text in enumerate(HAIKU_CHUNKS)]
    events.append(_sse_event([{"text": "", "thoughtSignature": SIGNATURE}], 18, last=True))
    return "".join(events)


def _cassette(request: dict[str, object], status: int, content_type: str, text: str) -> str:
    interaction = {
        "request": request,
        "response": {"status": status, "headers": {"content-type": content_type}, "text": text},
    }
    return json.dumps({"pygenai_cassette": 1, "interactions": [interaction]}, indent=2, ensure_ascii=False) + "\n"


@contextlib.contextmanager
def setup(workdir: Path) -> Iterator[None]:
    folder = workdir / "tests" / "cassettes"
    folder.mkdir(parents=True)
    tag_request = {
        "method": "POST",
        "url": f"{API}:generateContent",
        "json": {
            "contents": [{"role": "user", "parts": [{"text": TICKET_PROMPT}]}],
            "generationConfig": {"temperature": 0},
        },
    }
    (folder / "tag_ticket.json").write_text(
        _cassette(tag_request, 200, "application/json; charset=UTF-8", json.dumps(TAG_ANSWER, indent=2) + "\n"),
        encoding="utf-8",
    )
    haiku_request = {
        "method": "POST",
        "url": f"{API}:streamGenerateContent?alt=sse",
        "json": {"contents": [{"role": "user", "parts": [{"text": "A haiku about offline tests."}]}]},
    }
    (folder / "haiku.json").write_text(
        _cassette(haiku_request, 200, "text/event-stream", _haiku_stream()), encoding="utf-8"
    )
    yield
