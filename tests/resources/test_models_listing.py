"""``client.models.list`` / ``get`` / ``tuned_models.list`` as generated: every list is a pager over all its pages.

Each recorded response plays once, so a test whose pager fetched a page twice would fail on the repeated request.
"""

from __future__ import annotations

import pytest
from google.genai import types as genai_types
from resource_support import Api

import pygenai

pytestmark = pytest.mark.anyio

EVERY_MODEL = ["models/gemini-2.5-flash", "models/gemini-2.5-pro", "models/gemini-embedding-001"]


def pager(api: Api, **arguments: object) -> pygenai.Pager[object, object] | pygenai.AsyncPager[object, object]:
    paginate = pygenai.paginate if api.mode == "sync" else pygenai.paginate_async
    return paginate(api.client.models.list, **arguments)


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_the_generated_list_iterates_every_model_across_pages(api: Api) -> None:
    listing = api.client.models.list(page_size=2)
    assert isinstance(listing, pygenai.Pager if api.mode == "sync" else pygenai.AsyncPager)
    models = await api.collect(listing)
    assert [m.name for m in models] == EVERY_MODEL
    assert isinstance(models[0], pygenai.types.Model)
    embedding = models[2]
    assert embedding.input_token_limit == 2048 and embedding.thinking is None
    assert "embedContent" in (embedding.supported_generation_methods or [])


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_the_generated_list_pages_yields_each_page_with_its_token(api: Api) -> None:
    pages = await api.collect(api.client.models.list(page_size=2).pages())
    assert [len(p.models) for p in pages] == [2, 1]
    assert [p.next_page_token for p in pages] == ["Chltb2RlbHMvZ2VtaW5pLTIuNS1wcm8=", None]


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_one_page_at_a_time_as_google_genai_reads_it(api: Api) -> None:
    # google-genai: pager = client.models.list(config=...) / await client.aio.models.list(config=...)
    listing = await api(api.client.models.list(config={"page_size": 2}))
    assert listing.page_size == 2
    assert [m.name for m in listing.page] == EVERY_MODEL[:2]
    assert listing[0].name == "models/gemini-2.5-flash" and listing[1].name == "models/gemini-2.5-pro"
    second = await api(listing.next_page())
    assert [m.name for m in second] == [m.name for m in listing.page] == EVERY_MODEL[2:]
    with pytest.raises(IndexError, match="no more pages"):
        await api(listing.next_page())
    assert listing[0].name == "models/gemini-embedding-001"  # still on the last page


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_iterating_after_reading_the_first_page_does_not_fetch_it_again(api: Api) -> None:
    listing = await api(api.client.models.list(page_size=2))
    assert listing[0].name == "models/gemini-2.5-flash"
    assert [m.name for m in await api.collect(listing)] == EVERY_MODEL


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_config_takes_google_genais_list_config_object(api: Api) -> None:
    models = await api.collect(api.client.models.list(config=genai_types.ListModelsConfig(page_size=2)))
    assert [m.name for m in models] == EVERY_MODEL


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_paginate_over_a_list_method_that_returns_a_pager_still_works(api: Api) -> None:
    models = await api.collect(pager(api, page_size=2))
    assert [m.name for m in models] == EVERY_MODEL


@pytest.mark.vcr("models_list_two_pages.yaml")
async def test_paginate_pages_yields_each_page(api: Api) -> None:
    pages = await api.collect(pager(api, page_size=2).pages())
    assert [len(p.models) for p in pages] == [2, 1]


@pytest.mark.vcr("tuned_models_list_two_pages.yaml")
async def test_other_generated_lists_are_pagers_too_with_their_query_parameters(api: Api) -> None:
    listing = api.client.tuned_models.list(page_size=1, config={"filter": "owner:me"})
    tuned = await api.collect(listing)
    assert [(t.name, t.state) for t in tuned] == [
        ("tunedModels/sentiment-v1", "ACTIVE"),
        ("tunedModels/faq-v2", "CREATING"),
    ]
    assert isinstance(tuned[0], pygenai.types.TunedModel)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.models.list(config={"query_base": False}),
            r"list\(\) got an unknown config key 'query_base': models.list\(\) lists base models .* tuned models are "
            r"listed by client.tuned_models.list\(\)",
        ),
        (
            lambda c: c.models.list(config={"page_sise": 10}),
            r"list\(\) got an unknown config key 'page_sise'. Did you mean 'page_size'\? The config keys it takes: "
            r"page_size, page_token$",
        ),
        (
            lambda c: c.models.list(page_size=5, config={"page_size": 10}),
            r"list\(\): page_size is given both as a keyword argument and in config",
        ),
        (
            lambda c: c.tuned_models.list(config={"http_options": {"timeout": 1}}),
            r"unknown config key 'http_options'. The config keys it takes: filter, page_size, page_token",
        ),
        (lambda c: c.models.list(config=10), "config must be a mapping or an object with model_dump"),
        (lambda c: c.models.list(timeot=3), r"list\(\) got an unexpected keyword argument 'timeot'. Did you mean"),
    ],
    ids=["query_base", "typo", "twice", "http_options", "not-a-mapping", "option"],
)
async def test_list_arguments_are_checked_when_list_is_called_before_any_request(
    api_free: Api, call: object, message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        call(api_free.client)  # type: ignore[operator]  # no iteration: the call itself raises


@pytest.mark.vcr("models_get.yaml")
async def test_get_takes_a_bare_id_or_a_full_name(api: Api) -> None:
    bare = await api(api.client.models.get(name="gemini-2.5-flash"))
    full = await api(api.client.models.get(name="models/gemini-2.5-flash"))
    assert bare == full
    assert (bare.display_name, bare.input_token_limit, bare.output_token_limit) == ("Gemini 2.5 Flash", 1048576, 65536)
    assert bare.thinking is True and bare.top_k == 64 and bare.temperature == 1
