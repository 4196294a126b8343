# Generated from runtime/pygenai/interactions/_async/background.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""Background interactions: waiting for one to finish, cancelling it, and Deep Research on top."""

from __future__ import annotations

from pygenai_generated.interactions_resources import Interactions as _GeneratedAsyncInteractions

__all__ = ["InteractionsBackground"]


class InteractionsBackground(_GeneratedAsyncInteractions):
    """The background half of ``client.interactions``."""

    __slots__ = ()
