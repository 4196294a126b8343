"""MCP sampling answered by a Gemini model: :func:`gemini_sampling`.

The server's request maps onto ``generate_content``: its messages become contents (roles ``user``/``model``; text,
images, audio), ``systemPrompt`` the system instruction, ``maxTokens`` ``max_output_tokens``, ``temperature`` and
``stopSequences`` as they are. The model is chosen from the server's preferences: the first hint that names a Gemini
model is used as it is; other hints map by family word (``lite``/``haiku``/``mini``/``nano`` to the fast model,
``pro``/``opus``/``ultra`` to the strong one, ``flash``/``sonnet``/``4o`` to the default one); with no usable hint a
clear lean of the priorities (intelligence over cost and speed, or the reverse, at 0.5 or more) picks the strong or
the fast model; otherwise the default.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from typing import Any, Final

from .._io._async.concurrency import run_blocking
from ._callbacks import SamplingRequest, SamplingResponse

__all__ = ["GeminiSampling", "gemini_sampling"]

DEFAULT_MODEL: Final = "gemini-2.5-flash"
DEFAULT_FAST_MODEL: Final = "gemini-2.5-flash-lite"
DEFAULT_STRONG_MODEL: Final = "gemini-2.5-pro"

_FAST_WORDS: Final = frozenset({"lite", "haiku", "mini", "nano", "small", "fast"})
_STRONG_WORDS: Final = frozenset({"pro", "opus", "ultra", "large"})
_DEFAULT_WORDS: Final = frozenset({"flash", "sonnet", "4o", "medium", "gemini"})

_STOP_REASONS: Final[dict[str, str]] = {"STOP": "endTurn", "MAX_TOKENS": "maxTokens"}


class GeminiSampling:
    """A sampling callback that asks a Gemini model (see :func:`gemini_sampling`)."""

    def __init__(
        self,
        client: Any,
        model: str = DEFAULT_MODEL,
        *,
        fast_model: str = DEFAULT_FAST_MODEL,
        strong_model: str = DEFAULT_STRONG_MODEL,
        config: Mapping[str, Any] | None = None,
    ) -> None:
        self.client = client
        self.model = model
        self.fast_model = fast_model
        self.strong_model = strong_model
        self.config = dict(config or {})

    def __repr__(self) -> str:
        return (
            f"GeminiSampling(model={self.model!r}, fast_model={self.fast_model!r}, strong_model={self.strong_model!r})"
        )

    def choose_model(self, request: SamplingRequest) -> str:
        """The model that answers ``request``, from its hints, then its priorities (see the module docstring)."""
        for hint in request.model_hints:
            lowered = hint.strip().lower()
            if lowered.startswith(("gemini-", "models/gemini-")):
                return hint.strip()
            words = set(re.split(r"[^a-z0-9]+", lowered))
            if words & _FAST_WORDS:
                return self.fast_model
            if words & _STRONG_WORDS:
                return self.strong_model
            if words & _DEFAULT_WORDS:
                return self.model
        intelligence = request.intelligence_priority or 0.0
        thrift = max(request.cost_priority or 0.0, request.speed_priority or 0.0)
        if intelligence >= 0.5 and intelligence > thrift:
            return self.strong_model
        if thrift >= 0.5 and thrift > intelligence:
            return self.fast_model
        return self.model

    def generation_config(self, request: SamplingRequest) -> dict[str, Any]:
        """The ``generate_content`` config for ``request`` (the ``config`` given to :func:`gemini_sampling` first,
        then the server's settings over it)."""
        config = dict(self.config)
        if request.max_tokens > 0:
            config["max_output_tokens"] = request.max_tokens
        if request.system_prompt:
            config["system_instruction"] = request.system_prompt
        if request.temperature is not None:
            config["temperature"] = request.temperature
        if request.stop_sequences:
            config["stop_sequences"] = list(request.stop_sequences)
        return config

    async def __call__(self, request: SamplingRequest) -> SamplingResponse:
        model = self.choose_model(request)
        config = self.generation_config(request)
        generate = self.client.models.generate_content
        if inspect.iscoroutinefunction(generate):
            response = await generate(model=model, contents=request.contents, config=config)
        else:  # a sync client: its blocking call runs in a worker thread, the session keeps going
            response = await run_blocking(lambda: generate(model=model, contents=request.contents, config=config))
        return _sampling_response(response, model)


def _sampling_response(response: Any, model: str) -> SamplingResponse:
    data = getattr(response, "_data", response)
    candidates = data.get("candidates") if isinstance(data, Mapping) else None
    first = candidates[0] if isinstance(candidates, list) and candidates else {}
    parts = (first.get("content") or {}).get("parts") or []
    text = "".join(p["text"] for p in parts if isinstance(p.get("text"), str) and not p.get("thought"))
    reason = first.get("finishReason")
    if not text and reason != "MAX_TOKENS":
        text = response.text  # no answer: raises the typed reason (prompt blocked, safety, ...)
    version = data.get("modelVersion") if isinstance(data, Mapping) else None
    stop = (_STOP_REASONS.get(reason) or reason.lower()) if isinstance(reason, str) else None
    return SamplingResponse(text, version if isinstance(version, str) and version else model, stop)


def gemini_sampling(
    client: Any,
    model: str = DEFAULT_MODEL,
    *,
    fast_model: str = DEFAULT_FAST_MODEL,
    strong_model: str = DEFAULT_STRONG_MODEL,
    config: Mapping[str, Any] | None = None,
) -> GeminiSampling:
    """A sampling callback that answers the server's ``sampling/createMessage`` with a Gemini model.

    ``client`` is a :class:`pygenai.Client` or :class:`pygenai.AsyncClient`; ``model`` the default model,
    ``fast_model`` and ``strong_model`` what the server's preferences may pick instead (module docstring);
    ``config`` extra ``generate_content`` settings (e.g. ``{"thinking_budget": 0}``, so that the server's
    ``maxTokens`` is all answer). The server's ``maxTokens`` becomes ``max_output_tokens``.

    Example::

        server = pygenai.mcp.stdio("npx", args=["-y", "some-server"], sampling=pygenai.mcp.gemini_sampling(client))
    """
    return GeminiSampling(client, model, fast_model=fast_model, strong_model=strong_model, config=config)
