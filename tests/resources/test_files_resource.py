"""``client.files``: get, delete, every page of list, waiting until a file is processed, a file in a prompt."""

from __future__ import annotations

import pytest
from google.genai import types as genai_types
from resource_support import Api

import pygenai

pytestmark = pytest.mark.anyio


@pytest.mark.vcr("files_list_two_pages.yaml")
async def test_list_iterates_every_file_across_pages(api: Api) -> None:
    files = await api.collect(api.client.files.list(page_size=2))
    assert [f.name for f in files] == ["files/abc123", "files/def456", "files/ghi789"]
    assert [f.size_bytes for f in files] == [79, 48213, 10485760]
    assert files[2].video_metadata is not None and files[2].video_metadata.video_duration == "12s"


@pytest.mark.vcr("files_list_two_pages.yaml")
async def test_list_pages_gives_the_pages_and_their_tokens(api: Api) -> None:
    pages = await api.collect(api.client.files.list(page_size=2).pages())
    assert [page.next_page_token for page in pages] == ["CAIQAhoMCOK_p8IGEPjW-JoB", None]
    assert [len(page.files or []) for page in pages] == [2, 1]


@pytest.mark.vcr("files_list_two_pages.yaml")
async def test_list_can_start_at_a_page_token(api: Api) -> None:
    files = await api.collect(api.client.files.list(page_size=2, page_token="CAIQAhoMCOK_p8IGEPjW-JoB"))
    assert [f.name for f in files] == ["files/ghi789"]


@pytest.mark.vcr("files_list_two_pages.yaml")
async def test_list_takes_google_genais_config_and_reads_a_page_at_a_time(api: Api) -> None:
    pager = await api(api.client.files.list(config=genai_types.ListFilesConfig(page_size=2)))
    assert [f.name for f in pager.page] == ["files/abc123", "files/def456"]
    assert [f.name for f in await api(pager.next_page())] == ["files/ghi789"]


@pytest.mark.vcr("files_get_delete.yaml")
async def test_get_and_delete_use_the_generated_operations(api: Api) -> None:
    file = await api(api.client.files.get(name="abc123"))
    assert (file.name, file.display_name, file.state, file.source) == ("files/abc123", "notes", "ACTIVE", "UPLOADED")
    assert file.sha256_hash is not None and len(file.sha256_hash) == 64
    deleted = await api(api.client.files.delete(name=file))
    assert deleted.to_dict() == {}


@pytest.mark.vcr("files_wait_active.yaml")
async def test_wait_until_active_polls_while_processing(api: Api) -> None:
    clock = api.use_clock()
    file = await api(api.client.files.wait_until_active("files/vid1", timeout=60, poll_interval=3))
    assert file.state == "ACTIVE" and file.video_metadata is not None
    assert clock.sleeps == [3, 3]


@pytest.mark.vcr("files_wait_failed.yaml")
async def test_wait_until_active_raises_a_typed_error_when_processing_fails(api: Api) -> None:
    api.use_clock()
    with pytest.raises(pygenai.FileProcessingError, match="files/vid2 failed: The video file could not be decoded"):
        await api(api.client.files.wait_until_active("files/vid2"))


@pytest.mark.vcr("files_wait_timeout.yaml")
async def test_wait_until_active_times_out_with_the_file_last_seen(api: Api) -> None:
    clock = api.use_clock()
    with pytest.raises(pygenai.WaitTimeoutError, match="files/vid3 is still PROCESSING after 5s") as caught:
        await api(api.client.files.wait_until_active("files/vid3", timeout=5, poll_interval=2))
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.last.state == "PROCESSING"
    assert clock.sleeps[:2] == [2, 2] and len(clock.sleeps) == 3 and sum(clock.sleeps) == pytest.approx(5, abs=0.5)


@pytest.mark.vcr("files_list_two_pages.yaml", "files_use_in_prompt.yaml")
async def test_an_uploaded_file_goes_into_a_prompt(api: Api) -> None:
    files = await api.collect(api.client.files.list(page_size=2))
    video = files[2]
    response = await api(
        api.client.models.generate_content(model="gemini-2.5-flash", contents=[video, "Summarize the clip."])
    )
    assert response.text == "A speaker explains resumable uploads in twelve seconds."
