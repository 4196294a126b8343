"""``client.caches``: create with a TTL, use in a prompt, get, list every page, update the expiry, delete."""

from __future__ import annotations

import datetime as dt

import pytest
from google.genai import types as genai_types
from resource_support import Api

from pygenai.gemini._caches import duration, timestamp

pytestmark = pytest.mark.anyio

NAME = "cachedContents/h4nd800k7qz2"
DOC = "Employee handbook. Vacation: 25 days a year. Remote work: up to 3 days a week. " * 3


@pytest.mark.vcr("caches_lifecycle.yaml")
async def test_a_cache_is_created_used_read_extended_and_deleted(api: Api) -> None:
    cache = await api(
        api.client.caches.create(
            model="gemini-2.5-flash",
            contents=DOC,
            system_instruction="Answer from the handbook only.",
            display_name="handbook",
            ttl=300,
        )
    )
    assert (cache.name, cache.model, cache.display_name) == (NAME, "models/gemini-2.5-flash", "handbook")
    assert cache.expire_time == "2026-05-28T14:50:16.701652823Z"
    assert cache.usage_metadata is not None and cache.usage_metadata.total_token_count == 4372

    response = await api(
        api.client.models.generate_content(
            model="gemini-2.5-flash", contents="How many vacation days?", cached_content=cache.name
        )
    )
    assert response.text == "25 days a year."
    assert response.usage_metadata.cached_content_token_count == 4372

    assert await api(api.client.caches.get(name="h4nd800k7qz2")) == cache

    longer = await api(api.client.caches.update(name=cache, ttl=dt.timedelta(hours=1)))
    assert longer.expire_time == "2026-05-28T15:46:02.118226714Z"

    fixed = dt.datetime(2026, 5, 29, 2, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    until = await api(api.client.caches.update(name=cache.name, expire_time=fixed))
    assert until.expire_time == "2026-05-29T00:00:00Z"

    assert (await api(api.client.caches.delete(name=cache))).to_dict() == {}


@pytest.mark.vcr("caches_lifecycle.yaml")
async def test_create_takes_google_genais_config_mapping(api: Api) -> None:
    # google-genai: client.caches.create(model=..., config={...}); the same request as the keyword arguments
    config = {
        "contents": [DOC],
        "system_instruction": "Answer from the handbook only.",
        "display_name": "handbook",
        "ttl": "300s",
    }
    cache = await api(api.client.caches.create(model="gemini-2.5-flash", config=config))
    assert (cache.name, cache.display_name) == (NAME, "handbook")


@pytest.mark.vcr("caches_lifecycle.yaml")
async def test_create_takes_google_genais_create_cached_content_config(api: Api) -> None:
    config = genai_types.CreateCachedContentConfig(
        contents=[genai_types.Content(role="user", parts=[genai_types.Part(text=DOC)])],
        system_instruction="Answer from the handbook only.",
        display_name="handbook",
        ttl="300s",
    )
    cache = await api(api.client.caches.create(model="models/gemini-2.5-flash", config=config))
    assert cache.usage_metadata is not None and cache.usage_metadata.total_token_count == 4372


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"ttl": 60, "config": {"ttl": "3600s"}},
            r"^AsyncCaches.create\(\): ttl is given both as a keyword argument and in config$|"
            r"^Caches.create\(\): ttl is given both as a keyword argument and in config$",
        ),
        ({"config": {"system_instructions": "x"}}, r"unknown config key 'system_instructions'. Did you mean 'system_"),
        ({"config": {"kms_key_name": "k"}}, "unknown config key 'kms_key_name': customer-managed encryption keys"),
        (
            {"config": {"model": "gemini-2.5-pro"}},
            "The config keys it takes: contents, system_instruction, tools, tool_config, display_name, ttl, "
            "expire_time",
        ),
        ({"contents": "x", "config": "ttl=60"}, "config must be a mapping or an object with model_dump"),
        ({"display_nme": "x"}, r"create\(\) got an unexpected keyword argument 'display_nme'. Did you mean 'displ"),
    ],
    ids=["twice", "typo", "vertex-only", "model", "string", "option"],
)
async def test_create_refuses_what_it_would_otherwise_drop(
    api_free: Api, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        await api_free(api_free.client.caches.create(model="gemini-2.5-flash", **kwargs))


@pytest.mark.vcr("caches_list_two_pages.yaml")
async def test_list_takes_config_and_reads_a_page_at_a_time(api: Api) -> None:
    pager = await api(api.client.caches.list(config={"page_size": 1}))
    assert pager.page_size == 1 and pager[0].name == NAME
    assert [c.display_name for c in await api(pager.next_page())] == ["policies"]


@pytest.mark.vcr("caches_create_expire_time.yaml")
async def test_create_takes_an_expire_time_instead_of_a_ttl(api: Api) -> None:
    when = dt.datetime(2026, 5, 28, 16, 0, 0, 250000, tzinfo=dt.UTC)
    cache = await api(api.client.caches.create(model="models/gemini-2.5-flash", contents=[DOC], expire_time=when))
    assert cache.expire_time == "2026-05-28T16:00:00.250Z"


@pytest.mark.vcr("caches_list_two_pages.yaml")
async def test_list_iterates_every_cache_across_pages(api: Api) -> None:
    caches = await api.collect(api.client.caches.list(page_size=1))
    assert [c.name for c in caches] == [NAME, "cachedContents/p0l1cy9x"]
    assert [c.display_name for c in caches] == ["handbook", "policies"]


@pytest.mark.vcr("caches_list_two_pages.yaml")
async def test_list_pages_gives_the_pages(api: Api) -> None:
    pages = await api.collect(api.client.caches.list(page_size=1).pages())
    assert [p.next_page_token for p in pages] == ["CgxoNG5kODAwazdxejI=", None]


async def test_expiry_arguments_are_checked_before_sending(api_free: Api) -> None:
    caches = api_free.client.caches
    with pytest.raises(ValueError, match="not both"):
        await api_free(
            caches.create(model="gemini-2.5-flash", contents="x", ttl=60, expire_time="2026-05-29T00:00:00Z")
        )
    with pytest.raises(ValueError, match="the new ttl or expire_time"):
        await api_free(caches.update(name=NAME))
    with pytest.raises(ValueError, match="timezone-aware"):
        await api_free(caches.update(name=NAME, expire_time=dt.datetime(2026, 5, 29)))


@pytest.mark.parametrize(
    ("ttl", "wire"),
    [
        (300, "300s"),
        (1.5, "1.5s"),
        (0.000000001, "0.000000001s"),
        (dt.timedelta(minutes=5), "300s"),
        (dt.timedelta(seconds=2, microseconds=500), "2.0005s"),
        ("86400s", "86400s"),
    ],
)
def test_ttls_become_protobuf_durations(ttl: float | dt.timedelta | str, wire: str) -> None:
    assert duration(ttl) == wire


@pytest.mark.parametrize("ttl", [-1, float("inf"), float("nan"), dt.timedelta(seconds=-5)])
def test_negative_or_infinite_ttls_are_refused(ttl: float | dt.timedelta) -> None:
    with pytest.raises(ValueError, match="finite number of seconds"):
        duration(ttl)


def test_a_bool_is_not_a_ttl() -> None:
    with pytest.raises(TypeError):
        duration(True)


def test_expire_times_become_utc_rfc3339() -> None:
    tz = dt.timezone(dt.timedelta(hours=-5))
    assert timestamp(dt.datetime(2026, 5, 28, 19, 0, tzinfo=tz)) == "2026-05-29T00:00:00Z"
    assert timestamp(dt.datetime(2026, 5, 28, 0, 0, 0, 123456, tzinfo=dt.UTC)) == "2026-05-28T00:00:00.123456Z"
    assert timestamp("2026-05-28T00:00:00Z") == "2026-05-28T00:00:00Z"
