"""What a run used (requests, tool calls, tokens) and the limits it may not exceed."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

__all__ = ["Usage", "UsageLimits"]


@dataclasses.dataclass
class Usage:
    """Counts for one run: model requests, tool calls and tokens as the API reported them (``usageMetadata``).

    ``input_tokens`` counts the prompt (tool-use prompt tokens included), ``output_tokens`` the candidates and
    ``thinking_tokens`` the thoughts, which are billed as output (:attr:`billed_output_tokens`).
    """

    requests: int = 0
    tool_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    thinking_tokens: int = 0

    @property
    def billed_output_tokens(self) -> int:
        """Output plus thinking tokens."""
        return self.output_tokens + self.thinking_tokens

    @property
    def total_tokens(self) -> int:
        """Input, output and thinking tokens."""
        return self.input_tokens + self.billed_output_tokens

    def add_response(self, usage_metadata: Mapping[str, Any] | None) -> None:
        """Count one model response and its ``usageMetadata`` (wire form)."""
        self.requests += 1
        if not usage_metadata:
            return
        self.input_tokens += _int(usage_metadata, "promptTokenCount") + _int(usage_metadata, "toolUsePromptTokenCount")
        self.output_tokens += _int(usage_metadata, "candidatesTokenCount")
        self.thinking_tokens += _int(usage_metadata, "thoughtsTokenCount")

    def to_json(self) -> dict[str, int]:
        """The counts as a JSON object."""
        return dataclasses.asdict(self)


def _int(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


@dataclasses.dataclass(frozen=True)
class UsageLimits:
    """Limits of one run; ``None`` is no limit. Exceeding one raises :class:`pygenai.UsageLimitExceededError`.

    ``max_steps`` counts model requests; ``max_tool_calls`` is checked before calls run (a turn that would pass it
    runs none of its calls); token and cost limits are checked after each response.
    """

    max_steps: int | None = 20
    max_tool_calls: int | None = None
    max_input_tokens: int | None = None
    max_output_tokens: int | None = None
    max_total_tokens: int | None = None
    max_cost_usd: float | None = None

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is not None and value < 0:
                raise ValueError(f"UsageLimits.{field.name} must be >= 0, got {value!r}")

    def exceeded_after_response(self, usage: Usage, cost: float | None) -> tuple[str, float, float] | None:
        """The first token or cost limit ``usage`` is over: ``(name, value, limit)``."""
        checks: list[tuple[str, float, float | None]] = [
            ("max_input_tokens", usage.input_tokens, self.max_input_tokens),
            ("max_output_tokens", usage.billed_output_tokens, self.max_output_tokens),
            ("max_total_tokens", usage.total_tokens, self.max_total_tokens),
            ("max_cost_usd", cost or 0.0, self.max_cost_usd),
        ]
        for name, value, limit in checks:
            if limit is not None and value > limit:
                return name, value, limit
        return None
