"""Deterministic bench payloads shaped like real Gemini API traffic.

Every builder takes its randomness from ``random.Random`` seeded with a fixed value, so a run today and
a run next month measure byte-identical payloads. Shapes follow the recorded wire facts: responses are
pretty-printed with a 2-space indent, ``<``/``>`` escaped as ``\\u003c``/``\\u003e`` and a trailing
newline; SSE events are ``data: <json>\\r\\n\\r\\n`` with ``": "`` after keys and a bare ``,`` between
members; thought signatures are standard base64 siblings of ``functionCall``/``text``; grounding segment
offsets are UTF-8 byte offsets into the answer text; usage in a stream is a snapshot per chunk.

Only fields google-genai 3.6.1 declares are used, because its ``model_validate_json`` rejects unknown
ones and the decode comparison needs it to accept the very same bytes.

``python -m benches.workloads`` writes the payloads to ``benches/data/`` for inspection.
"""

from __future__ import annotations

import base64
import json
import random
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

__all__ = [
    "MODEL_VERSION",
    "chat_history",
    "interaction_200_steps",
    "network_pieces",
    "pretty",
    "request_body",
    "response_1mb",
    "response_32k",
    "small_text_response",
    "sse_event",
    "stream_body",
    "stream_chunks",
]

JSON = dict[str, Any]

SEED = 20_261_126
MODEL_VERSION = "gemini-3.5-flash"

_WORDS = (
    "the of and to in is that for it as with was on be by this are from at or an which have not "
    "model token stream signature request response server client python decode encode latency history "
    "function call result weather forecast city river mountain north south harbour bridge station "
    "temperature humidity pressure wind rain cloud sunny morning evening tomorrow weekend average "
    "record between during across within around against without through under over because however "
    "therefore meanwhile although measured observed reported expected increase decrease steady sharp "
    "quarter annual budget revenue growth market supply demand price index policy report figure table "
    "chapter section page note summary detail example reason answer question search source article "
    "library museum garden castle valley coast island lake forest field village county region country"
).split()
# A few non-ASCII words, as real answers carry (degree signs, accents, CJK): they are raw UTF-8 on the wire.
_RARE_WORDS = ("23°C", "café", "Zürich", "東京", "São", "naïve", "\u22124°F", "Málaga")
_DOMAINS = (
    "weather.gov",
    "en.wikipedia.org",
    "bbc.co.uk",
    "nature.com",
    "reuters.com",
    "metoffice.gov.uk",
    "python.org",
    "nasa.gov",
    "who.int",
    "imf.org",
    "ons.gov.uk",
    "stats.oecd.org",
)
_FUNCTIONS = ("get_weather", "search_flights", "lookup_stock", "read_file", "query_database", "send_email")


# --------------------------------------------------------------------- primitives


def _sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(_RARE_WORDS) if rng.random() < 0.02 else rng.choice(_WORDS) for _ in range(words)]
    text = " ".join(picked)
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, chars: int) -> str:
    out: list[str] = []
    size = 0
    while size < chars:
        sentence = _sentence(rng, rng.randint(6, 18))
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)


def _signature(rng: random.Random, chars: int = 300) -> str:
    """A standard-alphabet base64 thought signature of exactly ``chars`` characters (no padding)."""
    return base64.b64encode(rng.randbytes(chars // 4 * 3)).decode("ascii")


def _call_id(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_lowercase + string.digits, k=8))


def _function_args(rng: random.Random) -> JSON:
    return {
        "location": f"{rng.choice(_WORDS).capitalize()} {rng.choice(_WORDS)}",
        "unit": rng.choice(("celsius", "fahrenheit")),
        "days": rng.randint(1, 14),
        "filters": {"max": round(rng.uniform(10, 40), 2)},
    }


def _redirect_uri(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return "https://vertexaisearch.cloud.google.com/grounding-api-redirect/AUZIYQ" + "".join(
        rng.choices(alphabet, k=168)
    )


def _usage(prompt: int, candidates: int, thoughts: int) -> JSON:
    usage: JSON = {"promptTokenCount": prompt}
    if candidates:
        usage["candidatesTokenCount"] = candidates
    usage["totalTokenCount"] = prompt + candidates + thoughts
    usage["promptTokensDetails"] = [{"modality": "TEXT", "tokenCount": prompt}]
    if thoughts:
        usage["thoughtsTokenCount"] = thoughts
    return usage


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


# --------------------------------------------------------------------- serialization like the server


def _escape_html(text: str) -> str:
    # The server escapes < and > inside strings; they never occur outside strings in JSON.
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def pretty(obj: JSON) -> bytes:
    """A non-streaming response body: 2-space indent, ``"key": value``, escaped ``<>``, trailing newline."""
    return _escape_html(json.dumps(obj, indent=2, ensure_ascii=False)).encode() + b"\n"


def sse_event(obj: JSON) -> bytes:
    """One ``streamGenerateContent?alt=sse`` event: one ``data:`` line with ``": "`` and ``,`` separators."""
    text = _escape_html(json.dumps(obj, separators=(",", ": "), ensure_ascii=False))
    return b"data: " + text.encode() + b"\r\n\r\n"


# --------------------------------------------------------------------- responses


def small_text_response(seed: int = SEED) -> bytes:
    """A one-part text answer with usage, as a quick question gets (~600 bytes)."""
    rng = random.Random(seed)
    text = _paragraph(rng, 180)
    body: JSON = {
        "candidates": [
            {
                "content": {"parts": [{"text": text}], "role": "model"},
                "finishReason": "STOP",
                "index": 0,
            }
        ],
        "usageMetadata": _usage(12, _tokens(text), 0),
        "modelVersion": MODEL_VERSION,
        "responseId": _response_id(rng),
    }
    return pretty(body)


def _response_id(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_letters + string.digits + "-_", k=22))


def _answer_parts(rng: random.Random, n_parts: int, text_chars: int) -> list[JSON]:
    """Thought parts first, then text parts interleaved with function calls carrying signatures."""
    n_thoughts = max(1, n_parts * 3 // 20)
    n_calls = max(1, n_parts // 8)
    n_text = n_parts - n_thoughts - n_calls
    parts: list[JSON] = [{"text": _paragraph(rng, text_chars), "thought": True} for _ in range(n_thoughts)]
    body: list[JSON] = []
    for _ in range(n_calls):
        call: JSON = {"name": rng.choice(_FUNCTIONS), "args": _function_args(rng)}
        if rng.random() < 0.5:
            call["id"] = _call_id(rng)
        body.append({"functionCall": call, "thoughtSignature": _signature(rng)})
    body.extend({"text": _paragraph(rng, text_chars)} for _ in range(n_text))
    rng.shuffle(body)
    parts.extend(body)
    # The final text part carries a signature too (Gemini 3 does this even on one-token answers).
    last_text = next(p for p in reversed(parts) if "text" in p and not p.get("thought"))
    last_text["thoughtSignature"] = _signature(rng)
    return parts


def _grounding(rng: random.Random, answer: str, n_chunks: int, n_supports: int) -> JSON:
    raw = answer.encode()
    chunks = [{"web": {"uri": _redirect_uri(rng), "title": rng.choice(_DOMAINS)}} for _ in range(n_chunks)]
    supports: list[JSON] = []
    step = max(1, len(raw) // max(1, n_supports))
    for i in range(n_supports):
        start = min(i * step, max(0, len(raw) - 2))
        end = min(len(raw), start + rng.randint(30, 90))
        # Move the end back to a character boundary so the segment text is valid UTF-8.
        while start < end < len(raw) and (raw[end] & 0xC0) == 0x80:
            end -= 1
        while start > 0 and (raw[start] & 0xC0) == 0x80:
            start -= 1
        segment: JSON = {"endIndex": end, "text": raw[start:end].decode()}
        if start:  # proto3 omits a zero startIndex
            segment = {"startIndex": start, **segment}
        supports.append(
            {
                "segment": segment,
                "groundingChunkIndices": sorted(rng.sample(range(n_chunks), k=min(n_chunks, rng.randint(1, 3)))),
            }
        )
    queries = [f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {rng.choice(_WORDS)}" for _ in range(4)]
    return {
        "searchEntryPoint": {"renderedContent": _rendered_content(rng, queries)},
        "groundingChunks": chunks,
        "groundingSupports": supports,
        "webSearchQueries": queries,
    }


def _rendered_content(rng: random.Random, queries: list[str]) -> str:
    style = (
        "<style>\n.container {\n  align-items: center;\n  border-radius: 8px;\n  display: flex;\n"
        "  font-family: Google Sans, Roboto, sans-serif;\n  font-size: 14px;\n  line-height: 20px;\n"
        "  padding: 8px 12px;\n}\n.chip {\n  display: inline-block;\n  border: solid 1px;\n"
        "  border-radius: 16px;\n  min-width: 14px;\n  padding: 5px 16px;\n  text-align: center;\n"
        "  user-select: none;\n  margin: 0 8px;\n}\n</style>\n"
    )
    chips = "".join(
        f'<a class="chip" href="https://www.google.com/search?q={q.replace(" ", "+")}&client=app-vertex'
        f'-grounding&safesearch=active">{q}</a>\n'
        for q in queries
    )
    return f'{style}<div class="container">\n<div class="carousel">\n{chips}</div>\n</div>\n'


def _response(rng: random.Random, n_parts: int, text_chars: int, n_chunks: int, n_supports: int) -> JSON:
    parts = _answer_parts(rng, n_parts, text_chars)
    answer = "".join(p["text"] for p in parts if "text" in p and not p.get("thought"))
    thoughts = sum(_tokens(p["text"]) for p in parts if p.get("thought"))
    candidate: JSON = {
        "content": {"parts": parts, "role": "model"},
        "finishReason": "STOP",
        "index": 0,
    }
    if n_chunks:
        candidate["groundingMetadata"] = _grounding(rng, answer, n_chunks, n_supports)
    return {
        "candidates": [candidate],
        "usageMetadata": _usage(rng.randint(200, 4000), _tokens(answer), thoughts),
        "modelVersion": MODEL_VERSION,
        "responseId": _response_id(rng),
    }


def _sized_response(target: int, n_parts: int, n_chunks: int, n_supports: int, seed: int) -> bytes:
    """Find the per-part text length that brings the pretty-printed body to ``target`` bytes (within 1%).

    Size grows about linearly with the text length, so a few secant steps converge.
    """

    def build(chars: int) -> bytes:
        return pretty(_response(random.Random(seed), n_parts, chars, n_chunks, n_supports))

    x0, x1 = 40, 400
    y0, y1 = len(build(x0)), len(build(x1))
    body = b""
    for _ in range(8):
        slope = (y1 - y0) / (x1 - x0) if x1 != x0 else 1.0
        x2 = max(1, round(x1 + (target - y1) / slope))
        body = build(x2)
        if abs(len(body) - target) <= target // 100:
            return body
        x0, y0, x1, y1 = x1, y1, x2, len(body)
    raise ValueError(f"cannot reach {target} bytes with {n_parts} parts (got {len(body)})")


def response_32k(seed: int = SEED) -> bytes:
    """~32 KB: 40 parts (thoughts, text, signed function calls) and grounding with 30 chunks and 30 supports."""
    return _sized_response(32 * 1024, n_parts=40, n_chunks=30, n_supports=30, seed=seed)


def response_1mb(seed: int = SEED) -> bytes:
    """~1 MB: the 32 KB shape scaled up (600 parts, 200 grounding chunks, 400 supports)."""
    return _sized_response(1024 * 1024, n_parts=600, n_chunks=200, n_supports=400, seed=seed)


# --------------------------------------------------------------------- requests and history


def chat_history(turns: int, seed: int = SEED) -> list[JSON]:
    """``turns`` Content objects alternating user/model, as wire JSON.

    Every fourth model turn calls a function (signed, like Gemini 3) and the user turn after it answers
    with a functionResponse; other model turns are text with a signature on the last part.
    """
    rng = random.Random(seed)
    history: list[JSON] = []
    pending_call: JSON | None = None
    for index in range(turns):
        if index % 2 == 0:
            if pending_call is not None:
                response = {"name": pending_call["name"], "response": {"result": _paragraph(rng, 200), "status": "ok"}}
                if "id" in pending_call:
                    response["id"] = pending_call["id"]
                history.append({"role": "user", "parts": [{"functionResponse": response}]})
                pending_call = None
            else:
                history.append({"role": "user", "parts": [{"text": _paragraph(rng, rng.randint(80, 400))}]})
        elif index % 8 == 7:
            call: JSON = {"name": rng.choice(_FUNCTIONS), "args": _function_args(rng)}
            if rng.random() < 0.5:
                call["id"] = _call_id(rng)
            pending_call = call
            history.append({"role": "model", "parts": [{"functionCall": call, "thoughtSignature": _signature(rng)}]})
        else:
            parts: list[JSON] = [{"text": _paragraph(rng, rng.randint(300, 1500))}]
            parts[-1]["thoughtSignature"] = _signature(rng)
            history.append({"role": "model", "parts": parts})
    return history


def request_body(turns: int = 200, seed: int = SEED) -> JSON:
    """A generateContent request body carrying a ``turns``-long history, a system instruction, tools and config."""
    rng = random.Random(seed + 1)
    declarations = [
        {
            "name": name,
            "description": _sentence(rng, 12),
            "parameters": {
                "type": "OBJECT",
                "properties": {
                    "location": {"type": "STRING", "description": _sentence(rng, 6)},
                    "unit": {"type": "STRING", "enum": ["celsius", "fahrenheit"]},
                    "days": {"type": "INTEGER"},
                },
                "required": ["location"],
            },
        }
        for name in _FUNCTIONS
    ]
    return {
        "contents": chat_history(turns, seed),
        "systemInstruction": {"parts": [{"text": _paragraph(rng, 600)}]},
        "tools": [{"functionDeclarations": declarations}],
        "generationConfig": {
            "temperature": 0.7,
            "maxOutputTokens": 8192,
            "thinkingConfig": {"includeThoughts": True, "thinkingBudget": 2048},
        },
    }


# --------------------------------------------------------------------- streaming


def stream_chunks(n: int = 1000, seed: int = SEED) -> list[JSON]:
    """``n`` streamGenerateContent chunks: thoughts first, then answer text, the last one finishing.

    Each chunk repeats usageMetadata (a running snapshot), modelVersion and responseId; the last chunk
    carries an empty text part with the thought signature and ``finishReason``.
    """
    rng = random.Random(seed + 2)
    response_id = _response_id(rng)
    prompt = rng.randint(50, 400)
    n_thought = n // 10
    thoughts = 0
    answer = 0
    chunks: list[JSON] = []
    for index in range(n):
        last = index == n - 1
        if last:
            part: JSON = {"text": "", "thoughtSignature": _signature(rng)}
        elif index < n_thought:
            part = {"text": _paragraph(rng, rng.randint(30, 120)), "thought": True}
            thoughts += _tokens(part["text"])
        else:
            part = {"text": _paragraph(rng, rng.randint(20, 90)) + " "}
            answer += _tokens(part["text"])
        candidate: JSON = {"content": {"parts": [part], "role": "model"}}
        if last:
            candidate["finishReason"] = "STOP"
        candidate["index"] = 0
        chunks.append(
            {
                "candidates": [candidate],
                "usageMetadata": _usage(prompt, answer, thoughts),
                "modelVersion": MODEL_VERSION,
                "responseId": response_id,
            }
        )
    return chunks


def stream_body(n: int = 1000, seed: int = SEED) -> bytes:
    """The whole SSE body of an ``n``-chunk stream, CRLF-framed."""
    return b"".join(sse_event(chunk) for chunk in stream_chunks(n, seed))


def network_pieces(body: bytes, size: int = 16 * 1024) -> list[bytes]:
    """The body cut the way a socket read delivers it: fixed-size pieces, events split across them."""
    return [body[i : i + size] for i in range(0, len(body), size)]


# --------------------------------------------------------------------- Interactions


def _interaction_usage(rng: random.Random) -> JSON:
    text_in = rng.randint(20_000, 40_000)
    return {
        "total_tokens": text_in + 9_000,
        "total_input_tokens": text_in,
        "input_tokens_by_modality": [{"modality": "text", "tokens": text_in}],
        "total_cached_tokens": 0,
        "total_output_tokens": 3_000,
        "total_tool_use_tokens": 0,
        "total_thought_tokens": 6_000,
    }


def interaction_200_steps(seed: int = SEED) -> bytes:
    """A 200-step agent turn as ``GET .../interactions/{id}?include_input=true`` returns it (wire facts §7).

    Compact one-line JSON without a trailing newline, in the real key order: the question, then rounds of a
    thought (signature and summary), a function call, its result (sent back as input), a search call and its
    result, and a model output; the last step is the answer. Only fields google-genai 3.6.1 declares.
    """
    rng = random.Random(seed + 11)
    steps: list[JSON] = [{"content": [{"text": _sentence(rng, 20), "type": "text"}], "type": "user_input"}]
    while len(steps) < 199:
        call_id = _call_id(rng)
        search_id = _call_id(rng)
        steps.append(
            {
                "signature": _signature(rng),
                "summary": [{"text": "**" + _sentence(rng, 4) + "**\n\n" + _paragraph(rng, 300), "type": "text"}],
                "type": "thought",
            }
        )
        steps.append({"id": call_id, "name": "get_forecast", "arguments": _function_args(rng), "type": "function_call"})
        steps.append(
            {
                "call_id": call_id,
                "name": "get_forecast",
                "result": [{"text": orjson.dumps({"forecast": _paragraph(rng, 200)}).decode(), "type": "text"}],
                "type": "function_result",
            }
        )
        steps.append({"id": search_id, "arguments": {"queries": [_sentence(rng, 5)]}, "type": "google_search_call"})
        steps.append(
            {
                "call_id": search_id,
                "result": [{"search_suggestions": "<div>" + _sentence(rng, 6) + "</div>"}],
                "type": "google_search_result",
            }
        )
        steps.append({"content": [{"text": _paragraph(rng, 400), "type": "text"}], "type": "model_output"})
    steps = steps[:199]
    steps.append({"content": [{"text": _paragraph(rng, 1_500), "type": "text"}], "type": "model_output"})
    interaction = {
        "id": "v1_" + base64.b64encode(rng.randbytes(48)).decode("ascii"),
        "status": "completed",
        "usage": _interaction_usage(rng),
        "created": "2026-06-24T11:13:57Z",
        "updated": "2026-06-24T11:19:02Z",
        "service_tier": "standard",
        "steps": steps,
        "object": "interaction",
        "model": MODEL_VERSION,
    }
    return orjson.dumps(interaction)


# --------------------------------------------------------------------- dump for inspection


def _all() -> Iterator[tuple[str, bytes]]:
    yield "small_text_response.json", small_text_response()
    yield "response_32k.json", response_32k()
    yield "response_1mb.json", response_1mb()
    yield "request_200_turns.json", orjson.dumps(request_body(200), option=orjson.OPT_INDENT_2)
    yield "stream_1000_chunks.sse", stream_body(1000)
    yield "interaction_200_steps.json", interaction_200_steps()


def main() -> None:
    """Write every payload to ``benches/data/`` (not committed) and print their sizes."""
    out = Path(__file__).parent / "data"
    out.mkdir(exist_ok=True)
    for name, data in _all():
        (out / name).write_bytes(data)
        sys.stdout.write(f"{name:28} {len(data):>10,} bytes\n")


if __name__ == "__main__":
    main()
