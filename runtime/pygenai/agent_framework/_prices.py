"""USD prices per million tokens, kept in this one table; :func:`cost_usd` prices a run's usage.

The figures are Gemini API list prices (standard tier, prompts up to 200k tokens; thinking billed as output) as
reported in 2026 from Google's pricing page (ai.google.dev/gemini-api/docs/pricing) for the 2.5 family; they change
and newer models are missing, so pass your own table to ``Agent(prices=...)`` (or edit :data:`PRICES` at start-up).
A model missing from the table has no price: the run's ``cost`` is ``None``, and a cost budget for it is refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Final

__all__ = ["PRICES", "ModelPrice", "cost_usd", "price_for"]


@dataclasses.dataclass(frozen=True)
class ModelPrice:
    """USD per million input tokens and per million output tokens (thinking tokens are billed as output)."""

    input_per_million: float
    output_per_million: float


PRICES: Final[dict[str, ModelPrice]] = {
    "gemini-2.5-pro": ModelPrice(1.25, 10.0),
    "gemini-2.5-flash": ModelPrice(0.30, 2.50),
    "gemini-2.5-flash-lite": ModelPrice(0.10, 0.40),
    "gemini-2.0-flash": ModelPrice(0.10, 0.40),
    "gemini-3-pro-preview": ModelPrice(2.0, 12.0),
}


def price_for(model: str, prices: Mapping[str, ModelPrice]) -> ModelPrice | None:
    """The price of ``model`` (``models/`` prefix ignored), else of the longest table key it starts with."""
    name = model.removeprefix("models/")
    found = prices.get(name)
    if found is not None:
        return found
    keys = sorted((k for k in prices if name.startswith(k)), key=len, reverse=True)
    return prices[keys[0]] if keys else None


def cost_usd(model: str, input_tokens: int, output_tokens: int, prices: Mapping[str, ModelPrice]) -> float | None:
    """What the tokens cost, or ``None`` when the table has no price for ``model``."""
    price = price_for(model, prices)
    if price is None:
        return None
    return (input_tokens * price.input_per_million + output_tokens * price.output_per_million) / 1_000_000
