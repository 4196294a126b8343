"""Background interactions: waiting for one to finish, cancelling it, and Deep Research on top."""

from __future__ import annotations

from pygenai_generated.interactions_resources import AsyncInteractions as _GeneratedAsyncInteractions

__all__ = ["AsyncInteractionsBackground"]


class AsyncInteractionsBackground(_GeneratedAsyncInteractions):
    """The background half of ``client.interactions``."""

    __slots__ = ()
