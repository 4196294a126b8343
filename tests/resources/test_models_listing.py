"""``client.models.list`` / ``get`` as generated, and every page of a list through ``pygenai.paginate``."""

from __future__ import annotations

import pytest
from resource_support import Api

import pygenai

pytestmark = pytest.mark.anyio


def pager(api: Api, **arguments: object) -> pygenai.Pager[object, object] | pygenai.AsyncPager[object, object]:
    paginate = pygenai.paginate if api.mode == "sync" else pygenai.paginate_async
    return paginate(api.client.models.list, **arguments)


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_the_generated_list_returns_one_page_with_its_token(api: Api) -> None:
    page = await api(api.client.models.list(page_size=2))
    assert [m.name for m in page.models] == ["models/gemini-2.5-flash", "models/gemini-2.5-pro"]
    assert page.next_page_token == "Chltb2RlbHMvZ2VtaW5pLTIuNS1wcm8="


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_paginate_follows_next_page_token_through_every_page(api: Api) -> None:
    models = await api.collect(pager(api, page_size=2))
    assert [m.name for m in models] == [
        "models/gemini-2.5-flash",
        "models/gemini-2.5-pro",
        "models/gemini-embedding-001",
    ]
    embedding = models[2]
    assert embedding.input_token_limit == 2048 and embedding.thinking is None
    assert "embedContent" in (embedding.supported_generation_methods or [])


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_paginate_pages_yields_each_page(api: Api) -> None:
    pages = await api.collect(pager(api, page_size=2).pages())
    assert [len(p.models) for p in pages] == [2, 1]


@pytest.mark.vcr("models_get.yaml")
async def test_get_takes_a_bare_id_or_a_full_name(api: Api) -> None:
    bare = await api(api.client.models.get(name="gemini-2.5-flash"))
    full = await api(api.client.models.get(name="models/gemini-2.5-flash"))
    assert bare == full
    assert (bare.display_name, bare.input_token_limit, bare.output_token_limit) == ("Gemini 2.5 Flash", 1048576, 65536)
    assert bare.thinking is True and bare.top_k == 64 and bare.temperature == 1
