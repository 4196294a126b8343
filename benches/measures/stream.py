"""(c) Decoding and accumulating a 1,000-chunk ``streamGenerateContent`` SSE body.

The body arrives in 16 KB pieces, as socket reads deliver it (events split across pieces). Contenders:

* raw: split the whole body on ``\\r\\n`` and ``orjson.loads`` every ``data:`` line — the floor;
* pygenai core: the sans-I/O SSE decoder, one parse per event, typed chunk, accumulator;
* pygenai client / google-genai: each SDK's public streaming call over an ``httpx2.MockTransport`` that
  returns the same pieces, the caller merging chunks (pygenai's accumulator; plain text joins for
  google-genai, which has no accumulator).
"""

from __future__ import annotations

from collections.abc import Iterator

import orjson

from .. import genai_side, pygenai_side, workloads
from ..report import MeasureResult
from ..settings import MODEL, Settings
from ..timing import time_contenders

__all__ = ["run"]


def _raw(body: bytes) -> int:
    count = 0
    for line in body.split(b"\r\n"):
        if line.startswith(b"data: "):
            orjson.loads(line[6:])
            count += 1
    return count


def run(settings: Settings) -> list[MeasureResult]:
    """Time the four stream consumers on the same bytes, after checking they agree on the merged answer."""
    chunks = workloads.stream_chunks(1000)
    body = workloads.stream_body(1000)
    pieces = workloads.network_pieces(body)

    def feed() -> Iterator[bytes]:
        return iter(pieces)

    p_client = pygenai_side.mock_client(feed, "text/event-stream")
    g_client = genai_side.mock_client(feed, "text/event-stream")

    expected_answer = "".join(
        c["candidates"][0]["content"]["parts"][0]["text"]
        for c in chunks
        if not c["candidates"][0]["content"]["parts"][0].get("thought")
    )
    for merged in (pygenai_side.stream_core(pieces), pygenai_side.stream_and_accumulate(p_client, MODEL)):
        parts = merged["candidates"][0]["content"]["parts"]
        answer = "".join(p["text"] for p in parts if not p.get("thought"))
        if answer != expected_answer or merged["usageMetadata"] != chunks[-1]["usageMetadata"]:
            raise AssertionError("pygenai merged the stream into something else")
    answer_chars, _, _ = genai_side.stream_and_accumulate(g_client, MODEL)
    if answer_chars != len(expected_answer):
        raise AssertionError("google-genai merged the stream into something else")
    if _raw(body) != len(chunks):
        raise AssertionError("raw split found the wrong number of events")

    timings = time_contenders(
        [
            ("raw split + orjson.loads", lambda: _raw(body)),
            ("pygenai SSE + accumulate (core)", lambda: pygenai_side.stream_core(pieces)),
            ("pygenai client stream + accumulate", lambda: pygenai_side.stream_and_accumulate(p_client, MODEL)),
            ("google-genai generate_content_stream", lambda: genai_side.stream_and_accumulate(g_client, MODEL)),
        ],
        rounds=settings.rounds,
        batch_s=max(settings.batch_s, 0.2),
    )
    result = MeasureResult("stream_1000", "decode + accumulate 1,000-chunk stream")
    result.add_times(timings)
    result.facts["body bytes"] = len(body)
    result.add_ratio(
        timings,
        "pygenai SSE + accumulate (core)",
        "raw split + orjson.loads",
        "pygenai core / raw",
        goal_max=1.5,
        goal="≤ 1.5",
    )
    result.add_ratio(timings, "pygenai client stream + accumulate", "raw split + orjson.loads", "pygenai client / raw")
    result.add_ratio(
        timings,
        "pygenai client stream + accumulate",
        "google-genai generate_content_stream",
        "pygenai client / google-genai",
        goal_max=0.1,
        goal="≤ 0.1 (≥ 10x faster)",
    )
    return [result]
