"""Types and tools written with PEP 563 string annotations (``from __future__ import annotations``)."""

from __future__ import annotations

import dataclasses
from typing import NotRequired, Required, TypedDict


class Query(TypedDict, total=False):
    """A search query."""

    text: Required[str]
    limit: int


class Filters(TypedDict):
    tag: str
    since: NotRequired[str | None]


@dataclasses.dataclass
class Node:
    """A tree node.

    Attributes:
        label: What the node is called.
        children: Its subtrees.
    """

    label: str
    children: list[Node] = dataclasses.field(default_factory=list)


def search(query: Query, filters: Filters | None = None) -> list[str]:
    """Search the catalogue.

    Args:
        query: What to look for.
        filters: Narrow the results.
    """
    return [query["text"]]


def uses_undefined(item: Missing) -> None:  # type: ignore[name-defined]  # noqa: F821
    """A tool whose hint names a type that does not exist."""
