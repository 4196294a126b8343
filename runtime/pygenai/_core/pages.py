"""Page following, without I/O: which field of a page holds the items, and the tokens seen so far.

The pagers of the I/O layer use it. One request of a list operation answers one page (``ListFilesResponse``
with ``files`` and ``nextPageToken``); every ``list()`` returns a pager that sends it again with each page's token
until a page comes without one, and yields the items in order. Pages are fetched as iteration reaches them;
iterating a pager again starts over from its first page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .errors import PaginationError
from .model import WireModel

__all__ = ["PageTokens", "items_of"]

_TOKEN_FIELD = "next_page_token"
_NOT_ITEMS = frozenset({_TOKEN_FIELD, "unreachable"})


def _next_token(page: object) -> str | None:
    token = getattr(page, _TOKEN_FIELD, None)
    return token if isinstance(token, str) and token else None


def items_of(page_type: type[Any]) -> Callable[[Any], Sequence[Any] | None]:
    """The getter of a page type's list of items: its one field besides the page token (and ``unreachable``)."""
    names = getattr(page_type, "_wire_names", {})
    fields = [name for name in names if name not in _NOT_ITEMS]
    if not issubclass(page_type, WireModel) or len(fields) != 1:
        raise TypeError(f"cannot tell which field of {page_type.__name__} holds the items: pass items=")
    field = fields[0]

    def get(page: Any) -> Sequence[Any] | None:
        value: Sequence[Any] | None = getattr(page, field)
        return value

    return get


class PageTokens:
    """The page tokens seen so far, to stop a server that sends the same one again."""

    __slots__ = ("seen",)

    def __init__(self, first: str | None) -> None:
        self.seen = {first} if first else set()

    def follow(self, page: object) -> str | None:
        token = _next_token(page)
        if token is not None:
            if token in self.seen:
                raise PaginationError(f"the server sent the page token {token!r} twice; stopping instead of looping")
            self.seen.add(token)
        return token
