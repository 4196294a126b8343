"""Pagers: every item of a list operation, following ``nextPageToken`` from page to page.

A generated ``list`` method returns one page (``ListFilesResponse`` with ``files`` and ``nextPageToken``). A pager
calls it again with each page's token until a page comes without one, and yields the items in order::

    for model in pygenai.paginate(client.models.list, page_size=50):
        print(model.name)

    async for model in pygenai.paginate_async(aclient.models.list):
        ...

Pages are fetched as iteration reaches them; iterating a pager again starts over from its first page.
``pages()`` yields the pages themselves (to read a page's token, or stop after some pages).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from ._errors import PygenaiError
from ._model import Model

__all__ = ["AsyncPager", "Pager", "paginate", "paginate_async"]

P = TypeVar("P")
T = TypeVar("T")

_TOKEN_FIELD = "next_page_token"
_NOT_ITEMS = frozenset({_TOKEN_FIELD, "unreachable"})


class PaginationError(PygenaiError):
    """The server sent a page token it had already sent: following it would loop forever."""


def _next_token(page: object) -> str | None:
    token = getattr(page, _TOKEN_FIELD, None)
    return token if isinstance(token, str) and token else None


def items_of(page_type: type[Any]) -> Callable[[Any], Sequence[Any] | None]:
    """The getter of a page type's list of items: its one field besides the page token (and ``unreachable``)."""
    names = getattr(page_type, "_wire_names", {})
    fields = [name for name in names if name not in _NOT_ITEMS]
    if not issubclass(page_type, Model) or len(fields) != 1:
        raise TypeError(f"cannot tell which field of {page_type.__name__} holds the items: pass items=")
    field = fields[0]

    def get(page: Any) -> Sequence[Any] | None:
        value: Sequence[Any] | None = getattr(page, field)
        return value

    return get


class _Tokens:
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


class Pager(Generic[P, T]):
    """The items of a list operation across all its pages (see the module docstring).

    ``fetch(page_token)`` gets one page; ``items(page)`` the items on it (``None`` for an empty page).
    """

    __slots__ = ("_fetch", "_items", "_page_token")

    def __init__(
        self,
        fetch: Callable[[str | None], P],
        items: Callable[[P], Sequence[T] | None] | None = None,
        *,
        page_token: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._page_token = page_token

    def pages(self) -> Iterator[P]:
        """Each page in turn, starting at the first (or at ``page_token``)."""
        tokens = _Tokens(self._page_token)
        token = self._page_token
        while True:
            page = self._fetch(token)
            yield page
            token = tokens.follow(page)
            if token is None:
                return

    def __iter__(self) -> Iterator[T]:
        items = self._items
        for page in self.pages():
            if items is None:
                items = items_of(type(page))
            yield from items(page) or ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page_token={self._page_token!r})"


class AsyncPager(Generic[P, T]):
    """The async twin of :class:`Pager`: ``async for item in pager``, ``async for page in pager.pages()``."""

    __slots__ = ("_fetch", "_items", "_page_token")

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[P]],
        items: Callable[[P], Sequence[T] | None] | None = None,
        *,
        page_token: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._page_token = page_token

    async def pages(self) -> AsyncIterator[P]:
        """Each page in turn, starting at the first (or at ``page_token``)."""
        tokens = _Tokens(self._page_token)
        token = self._page_token
        while True:
            page = await self._fetch(token)
            yield page
            token = tokens.follow(page)
            if token is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        items = self._items
        async for page in self.pages():
            if items is None:
                items = items_of(type(page))
            for item in items(page) or ():
                yield item

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page_token={self._page_token!r})"


@overload
def paginate(
    list_method: Callable[..., P], /, *, items: Callable[[P], Sequence[T] | None], **arguments: Any
) -> Pager[P, T]: ...
@overload
def paginate(list_method: Callable[..., P], /, *, items: None = None, **arguments: Any) -> Pager[P, Any]: ...
def paginate(
    list_method: Callable[..., P], /, *, items: Callable[[P], Sequence[T] | None] | None = None, **arguments: Any
) -> Pager[P, Any]:
    """A :class:`Pager` over any generated list method: ``paginate(client.models.list, page_size=50)``.

    ``arguments`` go to every call (``page_token`` starts somewhere other than the first page). ``items`` picks
    the items out of a page; by default, the page type's only list field (``models``, ``files``, ...).
    """
    page_token = arguments.pop("page_token", None)

    def fetch(token: str | None) -> P:
        return list_method(page_token=token, **arguments)

    return Pager(fetch, items, page_token=page_token)


@overload
def paginate_async(
    list_method: Callable[..., Awaitable[P]], /, *, items: Callable[[P], Sequence[T] | None], **arguments: Any
) -> AsyncPager[P, T]: ...
@overload
def paginate_async(
    list_method: Callable[..., Awaitable[P]], /, *, items: None = None, **arguments: Any
) -> AsyncPager[P, Any]: ...
def paginate_async(
    list_method: Callable[..., Awaitable[P]],
    /,
    *,
    items: Callable[[P], Sequence[T] | None] | None = None,
    **arguments: Any,
) -> AsyncPager[P, Any]:
    """An :class:`AsyncPager` over any generated async list method; see :func:`paginate`."""
    page_token = arguments.pop("page_token", None)

    def fetch(token: str | None) -> Awaitable[P]:
        return list_method(page_token=token, **arguments)

    return AsyncPager(fetch, items, page_token=page_token)
