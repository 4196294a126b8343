"""Pagers: tokens followed, pages exposed, restarts, loops refused, and google-genai's one-page-at-a-time reading
(``pager.page``, ``pager[0]``, ``pager.page_size``, ``next_page()``, ``await`` on the async one), sync and async."""

from __future__ import annotations

from typing import Any

import pytest

import pygenai
from pygenai.types import ListFilesResponse, ListOperationsResponse, Model

PAGES: dict[str | None, dict[str, Any]] = {
    None: {"files": [{"name": "files/a"}, {"name": "files/b"}], "nextPageToken": "t1"},
    "t1": {"nextPageToken": "t2"},  # an empty page in the middle: proto3 leaves the list out
    "t2": {"files": [{"name": "files/c"}]},
}


class Lister:
    """A stand-in for a generated list method: records its calls, answers from ``pages``."""

    def __init__(self, pages: dict[str | None, dict[str, Any]]) -> None:
        self.pages = pages
        self.calls: list[dict[str, Any]] = []

    def __call__(self, **kwargs: Any) -> ListFilesResponse:
        self.calls.append(kwargs)
        return ListFilesResponse._wrap(self.pages[kwargs["page_token"]])

    async def call_async(self, **kwargs: Any) -> ListFilesResponse:
        return self(**kwargs)


def test_items_come_from_every_page_in_order_and_arguments_go_to_every_call() -> None:
    lister = Lister(PAGES)
    pager = pygenai.paginate(lister, page_size=2)
    assert [f.name for f in pager] == ["files/a", "files/b", "files/c"]
    assert lister.calls == [
        {"page_token": None, "page_size": 2},
        {"page_token": "t1", "page_size": 2},
        {"page_token": "t2", "page_size": 2},
    ]


def test_pages_are_fetched_lazily_and_iteration_starts_over() -> None:
    lister = Lister(PAGES)
    pager = pygenai.paginate(lister)
    assert lister.calls == []
    first = next(iter(pager))
    assert first.name == "files/a" and len(lister.calls) == 1
    assert len(list(pager)) == 3 and len(lister.calls) == 4


def test_pages_yields_the_pages_and_a_page_token_starts_later() -> None:
    pages = list(pygenai.paginate(Lister(PAGES), page_token="t1").pages())
    assert [p.next_page_token for p in pages] == ["t2", None]
    assert [f.name for f in pygenai.paginate(Lister(PAGES), page_token="t1")] == ["files/c"]


def test_an_explicit_items_getter_is_used() -> None:
    pager = pygenai.paginate(Lister(PAGES), items=lambda page: [f.name for f in page.files or []])
    assert list(pager) == ["files/a", "files/b", "files/c"]


def test_a_repeated_page_token_stops_with_an_error_instead_of_looping() -> None:
    looping = {None: {"files": [{"name": "files/a"}], "nextPageToken": "t1"}, "t1": {"nextPageToken": "t1"}}
    with pytest.raises(pygenai.PaginationError, match="'t1' twice"):
        list(pygenai.paginate(Lister(looping)))


def test_an_empty_token_ends_the_listing() -> None:
    assert [f.name for f in pygenai.paginate(Lister({None: {"files": [{"name": "x"}], "nextPageToken": ""}}))] == ["x"]


def test_the_items_field_is_found_from_the_page_type() -> None:
    operations = ListOperationsResponse._wrap({"operations": [{"name": "batches/1"}], "unreachable": ["batches/2"]})
    pager = pygenai.Pager(lambda token: operations)
    assert [op.name for op in pager] == ["batches/1"]


def test_a_page_type_without_one_list_field_needs_items() -> None:
    with pytest.raises(TypeError, match="pass items="):
        list(pygenai.Pager(lambda token: Model._wrap({"name": "models/x"})))


@pytest.mark.anyio
async def test_the_async_pager_does_the_same() -> None:
    lister = Lister(PAGES)
    pager = pygenai.paginate_async(lister.call_async, page_size=2)
    assert [f.name async for f in pager] == ["files/a", "files/b", "files/c"]
    assert [p.next_page_token async for p in pager.pages()] == ["t1", "t2", None]
    assert len(lister.calls) == 6
    looping = Lister({None: {"nextPageToken": "t"}, "t": {"nextPageToken": "t"}})
    with pytest.raises(pygenai.PaginationError):
        [f async for f in pygenai.paginate_async(looping.call_async)]


def test_pagers_say_where_they_start() -> None:
    assert repr(pygenai.paginate(Lister(PAGES), page_token="t1")) == "Pager(page_token='t1')"


# --------------------------------------------------------------------------- one page at a time


def test_the_current_page_is_fetched_on_first_use_and_next_page_moves_on() -> None:
    lister = Lister(PAGES)
    pager = pygenai.paginate(lister, page_size=2)
    assert lister.calls == [] and pager.page_size == 2  # the size asked for: nothing fetched
    assert [f.name for f in pager.page] == ["files/a", "files/b"]
    assert pager[1].name == "files/b" and pager[-1].name == "files/b"
    assert len(lister.calls) == 1
    assert pager.next_page() == [] and pager.page == []  # the empty page in the middle is a page too
    assert [f.name for f in pager.next_page()] == ["files/c"] and pager[0].name == "files/c"
    with pytest.raises(IndexError, match="no more pages"):
        pager.next_page()
    with pytest.raises(IndexError):
        pager[1]
    assert [c["page_token"] for c in lister.calls] == [None, "t1", "t2"]


def test_page_size_is_the_first_pages_size_when_none_was_asked_for() -> None:
    pager = pygenai.paginate(Lister(PAGES))
    assert pager.page_size == 2
    pager.next_page()
    assert pager.page_size == 2  # still the first page's


def test_next_page_before_reading_fetches_the_first_page_then_the_second() -> None:
    lister = Lister(PAGES)
    pager = pygenai.paginate(lister)
    assert pager.next_page() == []
    assert [c["page_token"] for c in lister.calls] == [None, "t1"]


def test_the_first_iteration_uses_a_first_page_already_fetched_and_later_ones_start_over() -> None:
    lister = Lister(PAGES)
    pager = pygenai.paginate(lister)
    assert pager[0].name == "files/a"
    assert [f.name for f in pager] == ["files/a", "files/b", "files/c"]
    assert [c["page_token"] for c in lister.calls] == [None, "t1", "t2"]
    assert [f.name for f in pager] == ["files/a", "files/b", "files/c"]
    assert [c["page_token"] for c in lister.calls] == [None, "t1", "t2", None, "t1", "t2"]


def test_a_failed_next_page_can_be_tried_again_and_a_repeated_token_still_stops() -> None:
    failures = [ConnectionError("dropped")]

    def flaky(token: str | None) -> ListFilesResponse:
        if token == "t1" and failures:
            raise failures.pop()
        return ListFilesResponse._wrap(PAGES[token])

    pager = pygenai.Pager(flaky)
    assert len(pager.page) == 2
    with pytest.raises(ConnectionError):
        pager.next_page()
    assert pager.next_page() == [] and pager.next_page()[0].name == "files/c"

    looping = pygenai.paginate(Lister({None: {"nextPageToken": "t"}, "t": {"nextPageToken": "t"}}))
    looping.next_page()
    with pytest.raises(pygenai.PaginationError, match="'t' twice"):
        looping.next_page()


@pytest.mark.anyio
async def test_awaiting_the_async_pager_fetches_the_first_page_and_gives_the_pager_back() -> None:
    lister = Lister(PAGES)
    pager = pygenai.paginate_async(lister.call_async)
    with pytest.raises(RuntimeError, match="has not fetched a page yet: await it first"):
        _ = pager.page
    with pytest.raises(RuntimeError, match="await it first"):
        _ = pager.page_size
    assert await pager is pager
    assert await pager is pager and len(lister.calls) == 1  # awaiting again fetches nothing
    assert (pager.page_size, pager[0].name) == (2, "files/a")
    assert await pager.next_page() == []
    assert [f.name for f in await pager.next_page()] == ["files/c"]
    with pytest.raises(IndexError):
        await pager.next_page()
    assert [f.name async for f in pager] == ["files/a", "files/b", "files/c"]  # page 1 not fetched again
    assert len(lister.calls) == 5


@pytest.mark.anyio
async def test_async_for_needs_no_await_and_next_page_needs_none_first() -> None:
    lister = Lister(PAGES)
    assert [f.name async for f in pygenai.paginate_async(lister.call_async)] == ["files/a", "files/b", "files/c"]
    pager = pygenai.paginate_async(lister.call_async, page_size=2)
    assert pager.page_size == 2
    assert await pager.next_page() == [] and pager.page == []


def test_a_sync_pager_is_not_awaitable() -> None:
    import inspect

    assert not inspect.isawaitable(pygenai.paginate(Lister(PAGES)))
    assert inspect.isawaitable(pygenai.paginate_async(Lister(PAGES).call_async))


def test_paginate_over_a_method_that_returns_a_pager_uses_its_pages_and_items() -> None:
    lister = Lister(PAGES)

    def list_method(**kwargs: Any) -> pygenai.Pager[ListFilesResponse, str]:
        def fetch(token: str | None) -> ListFilesResponse:
            return lister(**{**kwargs, "page_token": token})

        return pygenai.Pager(fetch, lambda page: [f.name.upper() for f in page.files or []])

    assert list(pygenai.paginate(list_method, page_size=2)) == ["FILES/A", "FILES/B", "FILES/C"]
    assert list(pygenai.paginate(list_method, items=lambda p: [len(p.files or [])])) == [2, 0, 1]
    assert lister.calls[0] == {"page_token": None, "page_size": 2}
