"""Pagers over any list method: tokens followed, pages exposed, restarts, loops refused (sync and async)."""

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
