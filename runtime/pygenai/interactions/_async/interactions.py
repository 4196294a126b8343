"""``client.interactions``: the generated Interactions resource, with cut streams resuming from the last event."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..._core.stream_parser import ResumeStrategy
from .._resume import InteractionsResume
from .background import AsyncInteractionsBackground

__all__ = ["AsyncInteractions"]


class AsyncInteractions(AsyncInteractionsBackground):
    """``client.interactions``: create an interaction (streamed or not), get, cancel, delete.

    A stream cut after events reached the caller continues after the last event id (see
    ``pygenai.interactions._resume``), under the client's retry policy.
    """

    __slots__ = ()

    _resume_strategies: ClassVar[Mapping[str, ResumeStrategy]] = {"last_event_id": InteractionsResume}
