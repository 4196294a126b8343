"""Helpers shared by the resource tests: the sync/async adapter, a fake clock, a fast retry policy."""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterable, Awaitable, Iterable
from typing import Any, TypeVar

import pygenai

T = TypeVar("T")

KEY = "test-key-123"
FAST = pygenai.RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=0.004, deadline=30.0)


class Api:
    """One scenario through either client: ``await api(call)`` gives the result of a sync or an async call."""

    def __init__(self, mode: str, client: pygenai.Client | pygenai.AsyncClient) -> None:
        self.mode = mode
        self.client: Any = client

    async def __call__(self, value: T | Awaitable[T]) -> T:
        if inspect.isawaitable(value):
            return await value
        return value

    async def collect(self, items: Iterable[T] | AsyncIterable[T]) -> list[T]:
        """Every item of a pager (or any iterable), sync or async."""
        if isinstance(items, AsyncIterable):
            return [item async for item in items]
        return list(items)

    def use_clock(self) -> FakeClock:
        clock = FakeClock()
        self.client._clock = clock
        return clock


class FakeClock:
    """Records sleeps instead of waiting; its time moves on by what was slept."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.offset = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def time(self) -> float:
        return time.time() + self.offset

    def random(self) -> float:
        return 0.5

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.offset += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
