"""Pagers: every item of a list operation, following ``nextPageToken`` from page to page.

A generated ``list`` method returns one page (``ListFilesResponse`` with ``files`` and ``nextPageToken``). A pager
calls it again with each page's token until a page comes without one, and yields the items in order::

    async for model in pygenai.paginate_async(client.models.list, page_size=50):
        print(model.name)

Pages are fetched as iteration reaches them; iterating a pager again starts over from its first page.
``pages()`` yields the pages themselves (to read a page's token, or stop after some pages).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar, overload

from ..._core.pages import PageTokens, items_of

__all__ = ["AsyncPager", "paginate_async"]

P = TypeVar("P")
T = TypeVar("T")


class AsyncPager(Generic[P, T]):
    """The items of a list operation across all its pages (see the module docstring).

    ``fetch(page_token)`` gets one page; ``items(page)`` the items on it (``None`` for an empty page).
    """

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
        tokens = PageTokens(self._page_token)
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
    """A pager over any generated list method: ``paginate_async(client.models.list, page_size=50)``.

    ``arguments`` go to every call (``page_token`` starts somewhere other than the first page). ``items`` picks
    the items out of a page; by default, the page type's only list field (``models``, ``files``, ...).
    """
    page_token = arguments.pop("page_token", None)

    async def fetch(token: str | None) -> P:
        return await list_method(page_token=token, **arguments)

    return AsyncPager(fetch, items, page_token=page_token)
