"""What the Live session tests share: the cassettes' models, handles and usage, a client pointed at a replay server,
and collecting a session's events up to a given one."""

from __future__ import annotations

from collections.abc import Callable

import anyio

import pygenai
from pygenai.live import LiveEvent, Usage
from pygenai.live._async.session import AsyncLiveSession
from tests.harness.live_server import ReplayServer
from tests.harness.recording import FAKE_API_KEY

TEXT_MODEL = "gemini-live-2.5-flash-preview"
AUDIO_MODEL = "gemini-2.5-flash-native-audio-preview-09-2025"
TEXT = {"response_modalities": ["TEXT"]}
H1 = "Cj0KK2dlbWluaS1saXZlLTIuNS1mbGFzaC1wcmV2aWV3LXNlc3Npb24tYTFiMmMzEg4IARIKaGFuZGxlLW9uZQ"
H2 = "Cj0KK2dlbWluaS1saXZlLTIuNS1mbGFzaC1wcmV2aWV3LXNlc3Npb24tYTFiMmMzEg4IAhIKaGFuZGxlLXR3bw"


def client_for(server: ReplayServer) -> pygenai.AsyncClient:
    return pygenai.AsyncClient(api_key=FAKE_API_KEY, base_url=server.base_url)


async def events_until(session: AsyncLiveSession, last: Callable[[LiveEvent], bool]) -> list[LiveEvent]:
    """The session's events up to and including the first for which ``last`` is true."""
    seen: list[LiveEvent] = []
    with anyio.fail_after(10):
        async for event in session.receive():
            seen.append(event)
            if last(event):
                return seen
    raise AssertionError(f"the events ended before the expected one: {seen}")


def is_usage(event: LiveEvent) -> bool:
    return isinstance(event, Usage)


def usage(prompt: int, response: int, modality: str = "TEXT", prompt_modality: str = "TEXT") -> Usage:
    data = {
        "promptTokenCount": prompt,
        "responseTokenCount": response,
        "totalTokenCount": prompt + response,
        "promptTokensDetails": [{"modality": prompt_modality, "tokenCount": prompt}],
        "responseTokensDetails": [{"modality": modality, "tokenCount": response}],
    }
    return Usage(prompt, response, prompt + response, data)
