"""Run settings shared by every measure."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MODEL", "Settings"]

MODEL = "gemini-3.5-flash"


@dataclass(frozen=True)
class Settings:
    """How long to measure: ``quick`` trades stability for a run of about a minute (for smoke checks)."""

    quick: bool = False

    @property
    def rounds(self) -> int:
        """Interleaved rounds per in-process timing."""
        return 5 if self.quick else 21

    @property
    def batch_s(self) -> float:
        """Target seconds per calibrated batch."""
        return 0.02 if self.quick else 0.06

    @property
    def process_runs(self) -> int:
        """Fresh interpreters per contender for the startup measure."""
        return 3 if self.quick else 11

    @property
    def concurrency_rounds(self) -> int:
        """Rounds of 1,000 concurrent requests per contender."""
        return 2 if self.quick else 9
