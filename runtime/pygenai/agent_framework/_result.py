"""What a run returns."""

from __future__ import annotations

import dataclasses
from typing import Any, Generic, TypeVar

from ._trace import Trace
from ._usage import Usage

__all__ = ["RunResult"]

OutputT = TypeVar("OutputT")


@dataclasses.dataclass
class RunResult(Generic[OutputT]):
    """A run's answer and how it got there.

    ``output`` is the answer, parsed into ``output_type`` (``None`` on a partial run attached to an error);
    ``messages`` the whole history as wire ``Content`` dicts, model turns exactly as received (thought signatures
    intact), ready to send again; ``usage`` the counts; ``cost`` USD from the price table (``None`` when the model
    has no price); ``trace`` one entry per step; ``stopped`` the reason a run ended without an answer
    (:meth:`AgentRun.stop_after_step`), else ``None``.
    """

    output: OutputT
    messages: list[dict[str, Any]]
    usage: Usage
    cost: float | None
    trace: Trace
    stopped: str | None = None
