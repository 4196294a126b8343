"""Hand-made operations and models (as generated code would write them) and sync/async call harnesses."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Protocol

from pygenai import AsyncClient, Client, PygenaiError, RetryPolicy
from pygenai._abi import AsyncResource, AsyncStream, Resource, Stream
from pygenai._core.model import WireModel, get_str
from pygenai._core.operation import Operation, PathParam
from pygenai.interactions._async.interactions import AsyncInteractions
from pygenai.interactions._sync.interactions import Interactions
from pygenai_generated.interactions_resources import OPERATIONS as INTERACTIONS_OPERATIONS

KEY = "test-key-123-do-not-leak"

FAST = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.004, max_server_delay=60.0, deadline=30.0)

MODEL = PathParam("model", reserved=True, prefix="models/")
GENERATE = Operation(
    api="gemini",
    id="models.generateContent",
    http_method="POST",
    path="/v1beta/{+model}:generateContent",
    path_params=(MODEL,),
)
STREAM_GENERATE = Operation(
    api="gemini",
    id="models.streamGenerateContent",
    http_method="POST",
    path="/v1beta/{+model}:streamGenerateContent",
    path_params=(MODEL,),
    stream="sse",
    stream_query={"alt": "sse"},
)
GET_FILE = Operation(
    api="gemini",
    id="files.get",
    http_method="GET",
    path="/v1beta/files/{name}",
    path_params=(PathParam("name"),),
)
# The Interactions operations as generated (their stream facts come from specs/overlays/interactions-streaming.json).
CREATE_INTERACTION = INTERACTIONS_OPERATIONS["CreateInteraction"]
GET_INTERACTION = INTERACTIONS_OPERATIONS["getInteractionById"]


class Doc(WireModel):
    """A response model with one field, as the generator would emit it."""

    __slots__ = ()
    _wire_names = {"text": "text"}  # noqa: RUF012

    @property
    def text(self) -> str | None:
        return get_str(self, "text")


class FakeClock:
    """Records sleeps instead of waiting; time moves forward by what was slept."""

    def __init__(self, rand: float = 0.5) -> None:
        self.rand = rand
        self.sleeps: list[float] = []
        self.offset = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def time(self) -> float:
        return time.time() + self.offset

    def random(self) -> float:
        return self.rand

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.offset += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


Outcome = tuple[list[Any], PygenaiError | None, Any]


class Harness(Protocol):
    mode: str
    client: Client | AsyncClient

    def open(self, **kwargs: Any) -> Client | AsyncClient: ...
    def call(self, op: Operation, **kwargs: Any) -> Any: ...
    def collect(self, op: Operation, **kwargs: Any) -> Outcome: ...
    def close(self) -> None: ...


_OPTION_KEYS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")


def _split(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Separate per-request options from the call arguments, as a generated method's ``**options`` does."""
    options = {k: kwargs.pop(k) for k in _OPTION_KEYS if k in kwargs}
    kwargs["options"] = options
    return kwargs


def _client_kwargs(url: str, kwargs: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("base_url", url)
    kwargs.setdefault("retry_policy", FAST)
    return kwargs, kwargs.pop("clock", None)


class SyncHarness:
    mode = "sync"

    def __init__(self, url: str) -> None:
        self.url = url
        self.client: Client = None  # type: ignore[assignment]

    def open(self, **kwargs: Any) -> Client:
        kwargs, clock = _client_kwargs(self.url, kwargs)
        self.client = Client(**kwargs)
        self.client._clock = clock
        return self.client

    def call(self, op: Operation, *, decode: Any = Doc._wrap, **kwargs: Any) -> Any:
        if self.client is None:
            self.open()
        return Resource(self.client)._call(op, decode, **_split(kwargs))

    def collect(self, op: Operation, *, decode: Any = Doc._wrap, **kwargs: Any) -> Outcome:
        if self.client is None:
            self.open()
        items: list[Any] = []
        stream: Stream[Any] | None = None
        try:
            resource = Interactions(self.client) if op.api == "interactions" else Resource(self.client)
            with resource._stream(op, decode, **_split(kwargs)) as stream:
                for item in stream:
                    items.append(item)
        except PygenaiError as exc:
            return items, exc, stream
        return items, None, stream

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


class AsyncHarness:
    mode = "async"

    def __init__(self, url: str) -> None:
        self.url = url
        self.client: AsyncClient = None  # type: ignore[assignment]
        self.runner = asyncio.Runner()

    def open(self, **kwargs: Any) -> AsyncClient:
        kwargs, clock = _client_kwargs(self.url, kwargs)
        self.client = AsyncClient(**kwargs)
        self.client._clock = clock
        return self.client

    def call(self, op: Operation, *, decode: Any = Doc._wrap, **kwargs: Any) -> Any:
        if self.client is None:
            self.open()
        return self.runner.run(AsyncResource(self.client)._call(op, decode, **_split(kwargs)))

    def collect(self, op: Operation, *, decode: Any = Doc._wrap, **kwargs: Any) -> Outcome:
        if self.client is None:
            self.open()
        return self.runner.run(self._collect(op, decode, kwargs))

    async def _collect(self, op: Operation, decode: Any, kwargs: dict[str, Any]) -> Outcome:
        items: list[Any] = []
        stream: AsyncStream[Any] | None = None
        try:
            resource = AsyncInteractions(self.client) if op.api == "interactions" else AsyncResource(self.client)
            stream = await resource._stream(op, decode, **_split(kwargs))
            async with stream:
                async for item in stream:
                    items.append(item)
        except PygenaiError as exc:
            return items, exc, stream
        return items, None, stream

    def close(self) -> None:
        if self.client is not None:
            self.runner.run(self.client.close())
        self.runner.close()
