"""(e) Per-request overhead and (f) 1,000 concurrent async requests, against a loopback server.

The server (:mod:`benches.loopback`) runs in its own process and answers every request with the small
text response, so what differs between contenders is client-side work. The bare contenders send the
very bytes pygenai sends, with the same headers, and parse the reply with ``orjson.loads`` — the least
any client must do.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx2
import orjson
from google import genai
from google.genai import types as genai_types

import pygenai

from .. import workloads
from ..loopback import serve_in_subprocess
from ..report import MeasureResult
from ..settings import MODEL, Settings
from ..timing import Timing, time_contenders

__all__ = ["run"]

_CONCURRENCY = 1000
_PROMPT = "What is the weather like in Zürich in March?"
_HEADERS = {"content-type": "application/json", "x-goog-api-key": "test-key-123"}


def _body() -> bytes:
    return orjson.dumps({"contents": [{"role": "user", "parts": [{"text": _PROMPT}]}]})


def _default_timeout() -> httpx2.Timeout:
    # What pygenai configures on the pool it creates (600 s, 10 s to connect).
    return httpx2.Timeout(600.0, connect=10.0)


def _per_request(base_url: str, settings: Settings) -> MeasureResult:
    url = f"{base_url}/v1beta/models/{MODEL}:generateContent"
    body = _body()
    bare = httpx2.Client(timeout=_default_timeout(), follow_redirects=False)
    client = pygenai.Client(api_key="test-key-123", base_url=base_url)
    google = genai.Client(
        api_key="test-key-123", http_options=genai_types.HttpOptions(base_url=base_url, api_version="v1beta")
    )

    def bare_post() -> object:
        return orjson.loads(bare.post(url, content=body, headers=_HEADERS).content)

    def pygenai_call() -> object:
        return client.models.generate_content(model=MODEL, contents=_PROMPT)

    def google_call() -> object:
        return google.models.generate_content(model=MODEL, contents=_PROMPT)

    try:
        timings = time_contenders(
            [
                ("bare httpx2 POST", bare_post),
                ("pygenai generate_content", pygenai_call),
                ("google-genai generate_content", google_call),
            ],
            rounds=settings.rounds,
            batch_s=max(settings.batch_s, 0.1),
        )
    finally:
        bare.close()
        client.close()
        google.close()
    result = MeasureResult("request_overhead", "per-request, loopback")
    result.add_times(timings)
    result.add_ratio(
        timings, "pygenai generate_content", "bare httpx2 POST", "pygenai / bare httpx2", goal_max=1.1, goal="≤ 1.1"
    )
    result.add_ratio(timings, "pygenai generate_content", "google-genai generate_content", "pygenai / google-genai")
    return result


async def _fire(call: Callable[[], Awaitable[object]]) -> tuple[float, int]:
    start = time.perf_counter()
    outcomes = await asyncio.gather(*(call() for _ in range(_CONCURRENCY)), return_exceptions=True)
    elapsed = time.perf_counter() - start
    return elapsed, sum(isinstance(o, BaseException) for o in outcomes)


async def _concurrent(base_url: str, settings: Settings) -> tuple[dict[str, Timing], dict[str, int]]:
    url = f"{base_url}/v1beta/models/{MODEL}:generateContent"
    body = _body()
    bare = httpx2.AsyncClient(timeout=_default_timeout(), follow_redirects=False)
    client = pygenai.AsyncClient(api_key="test-key-123", base_url=base_url)
    google = genai.Client(
        api_key="test-key-123", http_options=genai_types.HttpOptions(base_url=base_url, api_version="v1beta")
    )

    async def bare_post() -> Any:
        response = await bare.post(url, content=body, headers=_HEADERS)
        response.raise_for_status()
        return orjson.loads(response.content)

    async def pygenai_call() -> Any:
        return await client.models.generate_content(model=MODEL, contents=_PROMPT)

    async def google_call() -> Any:
        return await google.aio.models.generate_content(model=MODEL, contents=_PROMPT)

    contenders: list[tuple[str, Callable[[], Awaitable[object]]]] = [
        ("bare httpx2 AsyncClient", bare_post),
        ("pygenai AsyncClient", pygenai_call),
        ("google-genai client.aio", google_call),
    ]
    samples: dict[str, list[float]] = {name: [] for name, _ in contenders}
    errors: dict[str, int] = {name: 0 for name, _ in contenders}
    try:
        for _, call in contenders:  # open the connections once, untimed
            await _fire(call)
        for round_index in range(settings.concurrency_rounds):
            shift = round_index % len(contenders)
            for name, call in contenders[shift:] + contenders[:shift]:
                elapsed, failed = await _fire(call)
                samples[name].append(elapsed)
                errors[name] += failed
    finally:
        await bare.aclose()
        await client.close()
        await google.aio.aclose()
    # One sample per round: the wall time of one burst of 1,000 concurrent requests (one call of the contender).
    return {name: Timing(name, tuple(s), 1) for name, s in samples.items()}, errors


def run(settings: Settings) -> list[MeasureResult]:
    """Start one loopback server and run both HTTP measures against it."""
    with serve_in_subprocess(workloads.small_text_response(), lifetime=1200) as base_url:
        per_request = _per_request(base_url, settings)
        timings, errors = asyncio.run(_concurrent(base_url, settings))
    concurrent = MeasureResult("concurrency_1000", "1,000 concurrent async requests, loopback")
    concurrent.add_times(timings)
    concurrent.errors = errors["pygenai AsyncClient"]
    concurrent.facts["errors (pygenai, bare httpx2, google-genai)"] = ", ".join(
        str(errors[name]) for name in ("pygenai AsyncClient", "bare httpx2 AsyncClient", "google-genai client.aio")
    )
    concurrent.add_ratio(
        timings,
        "pygenai AsyncClient",
        "bare httpx2 AsyncClient",
        "pygenai / bare httpx2 (wall)",
        goal_max=1.2,
        goal="≤ 1.2, no errors",
    )
    concurrent.add_ratio(timings, "pygenai AsyncClient", "google-genai client.aio", "pygenai / google-genai (wall)")
    return [per_request, concurrent]
