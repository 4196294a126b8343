# Generated from runtime/pygenai/_io/_async/pager.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""Pagers: every item of a list operation, following ``nextPageToken`` from page to page.

Every ``list`` method returns one (``client.models.list()``, ``client.files.list()``, ``client.batches.list()``,
...). Iterate it for the items; pages are fetched as iteration reaches them::

    for model in client.models.list(page_size=50):
        print(model.name)

Each iteration starts over from the first page (or from ``page_token``); ``pages()`` yields the pages themselves
(to read a page's token, or stop after some pages).

google-genai's way of reading one page at a time works too: ``pager.page`` is the current page's items (at first,
the first page's), ``pager[0]`` one of them, ``pager.page_size`` the page size asked for (or the first page's size),
and ``pager.next_page()`` moves on to the next page and returns its items (``IndexError`` after the last).
A sync pager fetches its first page when one of these is first read; an async pager when it is awaited (as with
google-genai, put ``await`` before the ``list(...)`` call). The first iteration uses that page rather than fetching
it again.

``paginate(list_method, ...)`` builds a pager over any function that returns one page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from ..._core.pages import PageTokens, items_of
from .concurrency import FirstPage

__all__ = ["Pager", "paginate"]

P = TypeVar("P")
T = TypeVar("T")


class Pager(FirstPage, Generic[P, T]):
    """The items of a list operation across all its pages (see the module docstring).

    ``fetch(page_token)`` gets one page; ``items(page)`` the items on it (``None`` for an empty page; by default the
    page type's only list field). ``page_token`` is where to start, ``page_size`` the page size asked for.
    """

    __slots__ = ("_current", "_fetch", "_first_size", "_items", "_page_size", "_page_token", "_tokens", "_unread")

    def __init__(
        self,
        fetch: Callable[[str | None], P],
        items: Callable[[P], Sequence[T] | None] | None = None,
        *,
        page_token: str | None = None,
        page_size: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._page_token = page_token
        self._page_size = page_size
        self._current: tuple[P, list[T]] | None = None  # the page .page, [i] and next_page() are at
        self._first_size: int | None = None
        self._tokens = PageTokens(page_token)
        self._unread: P | None = None  # that first page, until an iteration uses it

    def _items_on(self, page: P) -> list[T]:
        items = self._items
        if items is None:
            items = self._items = items_of(type(page))
        return list(items(page) or ())

    # ------------------------------------------------------------------ all the items, page by page

    def pages(self) -> Iterator[P]:
        """Each page in turn, starting at the first (or at ``page_token``)."""
        tokens = PageTokens(self._page_token)
        page = self._unread
        self._unread = None
        if page is None:
            page = self._fetch(self._page_token)
        while True:
            yield page
            token = tokens.follow(page)
            if token is None:
                return
            page = self._fetch(token)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            for item in self._items_on(page):
                yield item

    # ------------------------------------------------------------------ one page at a time (google-genai's Pager)

    def _fetch_first(self) -> None:
        if self._current is None:
            page = self._fetch(self._page_token)
            self._hold(page)
            self._unread = page

    def _hold(self, page: P) -> list[T]:
        items = self._items_on(page)
        if self._first_size is None:
            self._first_size = len(items)
        self._current = (page, items)
        return items

    def _held(self) -> list[T]:
        if self._current is None:
            self._need_first()
        if self._current is None:  # the first fetch failed, or was never made
            raise RuntimeError("no page has been fetched")
        return self._current[1]

    @property
    def page(self) -> list[T]:
        """The items of the current page (the first one, until :meth:`next_page`)."""
        return list(self._held())

    @property
    def page_size(self) -> int:
        """The page size asked for (``page_size=``), else the number of items on the first page."""
        if self._page_size is not None:
            return self._page_size
        self._held()
        return self._first_size or 0

    def __getitem__(self, index: int) -> T:
        """An item of the current page: ``pager[0]``."""
        return self._held()[index]

    def next_page(self) -> list[T]:
        """Move on to the next page and return its items; ``IndexError`` when the current page is the last."""
        self._fetch_first()
        current = self._current
        assert current is not None  # _fetch_first held the first page
        tokens = PageTokens(None)
        tokens.seen = set(self._tokens.seen)  # kept only once the page arrives: a failed fetch can be tried again
        token = tokens.follow(current[0])
        if token is None:
            raise IndexError("no more pages: the current page is the last one")
        page = self._fetch(token)
        self._tokens = tokens
        return list(self._hold(page))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page_token={self._page_token!r})"


@overload
def paginate(list_method: Callable[..., Pager[P, T]], /, *, items: None = None, **arguments: Any) -> Pager[P, T]: ...
@overload
def paginate(
    list_method: Callable[..., P], /, *, items: Callable[[P], Sequence[T] | None], **arguments: Any
) -> Pager[P, T]: ...
@overload
def paginate(list_method: Callable[..., P], /, *, items: None = None, **arguments: Any) -> Pager[P, Any]: ...
def paginate(
    list_method: Callable[..., Any],
    /,
    *,
    items: Callable[[Any], Sequence[Any] | None] | None = None,
    **arguments: Any,
) -> Pager[Any, Any]:
    """A pager over a function that returns one page: ``paginate(fetch_page, page_size=50)``.

    ``arguments`` go to every call, with each page's ``page_token`` (``page_token`` starts somewhere other than the
    first page). ``items`` picks the items out of a page; by default, the page type's only list field (``models``,
    ``files``, ...). Given a method that already returns a pager (every ``list``), the pager it returns is used page
    by page, with its items.
    """
    page_token = arguments.pop("page_token", None)
    getters: list[Callable[[Any], Sequence[Any] | None]] = []

    def fetch(token: str | None) -> Any:
        result = list_method(page_token=token, **arguments)
        if isinstance(result, Pager):  # a list method that returns a pager: take its pages one by one
            if items is None and not getters and result._items is not None:
                getters.append(result._items)
            return result._fetch(token)
        return result

    def pick(page: Any) -> Sequence[Any] | None:
        getter = items or (getters[0] if getters else items_of(type(page)))
        return getter(page)

    return Pager(fetch, pick, page_token=page_token, page_size=arguments.get("page_size"))
