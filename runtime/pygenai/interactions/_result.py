"""``Interaction``: the generated interaction view plus what the common jobs read."""

from __future__ import annotations

from pygenai_generated.interactions_types import Interaction as _GeneratedInteraction

__all__ = ["Interaction"]


class Interaction(_GeneratedInteraction):
    """An interaction as the API returned it, with accessors for its output."""

    __slots__ = ()
