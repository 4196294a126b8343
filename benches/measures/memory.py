"""(g) Memory held by a 1,000-turn chat history, measured with ``tracemalloc``.

pygenai: a real ``client.chats.create()`` chat is driven through 500 ``send`` calls over an
``httpx2.MockTransport`` that answers with prebuilt response bodies, so the history holds exactly what the
chat keeps. google-genai: its chat is created with the equivalent history (model turns taken from
``model_validate_json`` of the same response bodies, user turns built as a user would); driving its
chat for 500 sends would re-encode the growing history each time (minutes of run time) to build the same
objects. Everything a build needs is prepared outside the traced window; user turns are re-parsed inside
it, so their strings count as new allocations, as a user's would. The reference is the size of the
history's own JSON (``orjson.dumps`` of the Content list).

Also reported: the floor any dict-based representation has (the turns as plain ``orjson.loads`` dicts),
and what keeping ``response.candidates[0].content`` views costs (each view keeps its whole response).
"""

from __future__ import annotations

import gc
import statistics
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import orjson
from google import genai
from google.genai import types as genai_types

import pygenai
from pygenai import types

from .. import genai_side, workloads
from ..report import MeasureResult, Ratio
from ..settings import MODEL, Settings

__all__ = ["run"]

JSON = dict[str, Any]


def _held(build: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = build()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return after - before


def _response_bytes(turn: JSON, index: int) -> bytes:
    body = {
        "candidates": [{"content": turn, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {"promptTokenCount": 100 + index, "candidatesTokenCount": 50, "totalTokenCount": 150 + index},
        "modelVersion": workloads.MODEL_VERSION,
        "responseId": f"resp-{index:06d}-bench",
    }
    return workloads.pretty(body)


class _Replies:
    """A MockTransport handler answering each request with the next prebuilt response body."""

    def __init__(self, bodies: list[bytes]) -> None:
        self._bodies = bodies
        self._next: Iterator[bytes] = iter(bodies)

    def rewind(self) -> None:
        self._next = iter(self._bodies)

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        return httpx2.Response(200, headers={"content-type": "application/json"}, content=next(self._next))


def run(settings: Settings) -> list[MeasureResult]:
    """Measure the held bytes of each history and compare them with the history's JSON size."""
    turns = workloads.chat_history(1000)
    json_bytes = len(orjson.dumps(turns))
    model_turns = [i for i, t in enumerate(turns) if t["role"] == "model"]
    responses = {i: _response_bytes(turns[i], i) for i in model_turns}
    turn_bytes = [orjson.dumps(t) for t in turns]
    user_turns = [i for i, t in enumerate(turns) if t["role"] == "user"]

    replies = _Replies([responses[i] for i in model_turns])
    client = pygenai.Client(api_key="test-key-123", http_client=httpx2.Client(transport=httpx2.MockTransport(replies)))
    g_client = genai.Client(api_key="test-key-123")

    def pygenai_chat() -> object:
        replies.rewind()
        chat = client.chats.create(model=MODEL)
        for i in user_turns:
            chat.send(orjson.loads(turn_bytes[i]))
        return chat

    def google_chat() -> object:
        history: list[genai_types.Content | genai_types.ContentDict] = []
        for i in range(len(turns)):
            if i in responses:
                candidates = genai_types.GenerateContentResponse.model_validate_json(responses[i]).candidates
                assert candidates is not None and candidates[0].content is not None
                history.append(candidates[0].content)
            else:
                history.append(genai_side.content(orjson.loads(turn_bytes[i])))
        return g_client.chats.create(model=MODEL, history=history)

    def plain_dicts() -> list[JSON]:
        return [orjson.loads(body) for body in turn_bytes]

    def response_views() -> list[types.Content]:
        history: list[types.Content] = []
        for i in range(len(turns)):
            if i in responses:
                candidates = pygenai.GenerateContentResponse.from_json(responses[i]).candidates
                assert candidates is not None and candidates[0].content is not None
                history.append(candidates[0].content)
            else:
                history.append(types.Content.from_json(turn_bytes[i]))
        return history

    # The chat must really hold the 1,000 turns it is measured for.
    probe = pygenai_chat()
    assert isinstance(probe, pygenai.Chat) and len(probe.history) == len(turns)
    del probe

    runs = 3 if settings.quick else 5
    held = {
        name: statistics.median(_held(build) for _ in range(runs))
        for name, build in (
            ("pygenai chat", pygenai_chat),
            ("google-genai chat", google_chat),
            ("plain dicts (orjson.loads per turn, the floor)", plain_dicts),
            ("pygenai response.candidates[0].content views", response_views),
        )
    }
    client.close()
    g_client.close()

    result = MeasureResult("memory_history_1000", "memory held by a 1,000-turn chat history")
    result.facts["history JSON bytes"] = f"{json_bytes:,}"
    for name, size in held.items():
        result.facts[f"{name} bytes"] = f"{int(size):,} ({size / json_bytes:.2f}x the JSON)"
    result.ratios.append(
        Ratio(
            f"{result.id}: pygenai / JSON bytes",
            "pygenai chat / JSON bytes",
            held["pygenai chat"] / json_bytes,
            None,
            2.0,
            "≤ 2.0",
        )
    )
    result.ratios.append(
        Ratio(
            f"{result.id}: pygenai / google-genai",
            "pygenai / google-genai",
            held["pygenai chat"] / held["google-genai chat"],
        )
    )
    result.ratios.append(
        Ratio(
            f"{result.id}: pygenai content views / JSON bytes",
            "pygenai kept response views / JSON bytes",
            held["pygenai response.candidates[0].content views"] / json_bytes,
        )
    )
    return [result]
