"""``client.files.upload`` against a loopback server that speaks the resumable upload protocol."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from google.genai import types as genai_types
from resource_support import Api
from resumable_server import Drop, ResumableServer, Status

import pygenai

pytestmark = pytest.mark.anyio

KIB = 1024
CHUNK = 64 * KIB
DATA = os.urandom(200 * KIB)  # four chunks: three full, one of 8 KiB


async def upload(api: Api, data: object = DATA, **kwargs: object) -> pygenai.types.File:
    kwargs.setdefault("mime_type", "application/octet-stream")
    kwargs.setdefault("chunk_size", CHUNK)
    return await api(api.client.files.upload(data, **kwargs))


def stored(server: ResumableServer) -> bytes:
    (session,) = server.sessions.values()
    return bytes(session.data)


async def test_a_multi_chunk_upload_starts_a_session_sends_every_chunk_and_returns_the_file(
    loop_api: Api, server: ResumableServer
) -> None:
    file = await upload(loop_api, display_name="notes", mime_type="text/plain")

    assert server.commands() == ["start", "upload", "upload", "upload", "upload, finalize"]
    assert server.offsets() == [0, CHUNK, 2 * CHUNK, 3 * CHUNK]
    assert [len(r.body) for r in server.requests[1:]] == [CHUNK, CHUNK, CHUNK, 8 * KIB]
    assert stored(server) == DATA

    start = server.requests[0]
    assert start.path == "/upload/v1beta/files"
    assert start.headers["x-goog-upload-protocol"] == "resumable"
    assert start.headers["x-goog-upload-header-content-length"] == str(len(DATA))
    assert start.headers["x-goog-upload-header-content-type"] == "text/plain"
    assert start.headers["content-type"] == "application/json"
    assert start.headers["x-goog-api-key"] == "test-key-123"
    assert start.body == b'{"file":{"displayName":"notes"}}'

    for chunk in server.requests[1:]:
        assert chunk.query["upload_id"] == ["upload-1"]
        assert chunk.headers["x-goog-api-key"] == "test-key-123"  # same origin as the API
        assert "content-type" not in chunk.headers and "x-goog-upload-protocol" not in chunk.headers

    assert file.name == "files/f1abc"
    assert file.display_name == "notes"
    assert file.mime_type == "text/plain"
    assert file.size_bytes == len(DATA)  # "204800" on the wire
    assert file.state == "ACTIVE"
    raw = pygenai.raw_response(file)
    assert raw.status_code == 200 and raw.headers["x-goog-upload-status"] == "final"


async def test_progress_is_reported_per_confirmed_chunk_and_ends_at_the_total(
    loop_api: Api, server: ResumableServer
) -> None:
    seen: list[tuple[int, int]] = []
    await upload(loop_api, on_progress=lambda done, total: seen.append((done, total)))
    total = len(DATA)
    assert seen == [(0, total), (CHUNK, total), (2 * CHUNK, total), (3 * CHUNK, total), (total, total)]


async def test_a_connection_dropped_mid_chunk_resumes_from_the_offset_the_server_reports(
    loop_api: Api, server: ResumableServer
) -> None:
    server.chunk_faults[1] = Drop(keep=10_000)  # the second chunk: 10,000 of its bytes arrive, then a reset
    seen: list[int] = []
    file = await upload(loop_api, on_progress=lambda done, total: seen.append(done))

    assert server.commands() == ["start", "upload", "upload", "query", "upload", "upload, finalize"]
    resumed = CHUNK + 10_000
    assert server.offsets() == [0, CHUNK, resumed, resumed + CHUNK]
    assert stored(server) == DATA
    assert seen == sorted(seen) and seen[-1] == len(DATA) and resumed in seen
    assert file.size_bytes == len(DATA)
    assert pygenai.raw_response(file).retries == 1


@pytest.mark.parametrize("keep", [0, 1_000])
async def test_a_503_on_a_chunk_is_followed_by_a_status_query_and_the_upload_goes_on(
    loop_api: Api, server: ResumableServer, keep: int
) -> None:
    server.chunk_faults[2] = Status(503, keep=keep)
    await upload(loop_api)

    assert server.commands() == ["start", "upload", "upload", "upload", "query", "upload", "upload, finalize"]
    assert server.offsets() == [0, CHUNK, 2 * CHUNK, 2 * CHUNK + keep, 3 * CHUNK + keep]
    assert stored(server) == DATA


async def test_a_failing_status_query_is_retried_too(loop_api: Api, server: ResumableServer) -> None:
    server.chunk_faults[0] = Drop(keep=0)
    server.query_faults[0] = Status(503)
    await upload(loop_api)
    assert server.commands()[:5] == ["start", "upload", "query", "query", "upload"]
    assert stored(server) == DATA


async def test_retries_are_bounded_per_chunk_by_the_client_policy(loop_api: Api, server: ResumableServer) -> None:
    for attempt in range(4):  # FAST allows 3 retries: the first attempt and three resumptions all fail
        server.chunk_faults[attempt] = Drop(keep=0)
    with pytest.raises(pygenai.APIConnectionError):
        await upload(loop_api)
    assert server.commands() == ["start", "upload", "query", "upload", "query", "upload", "query", "upload"]


async def test_a_non_retryable_status_on_a_chunk_raises_without_querying(
    loop_api: Api, server: ResumableServer
) -> None:
    server.chunk_faults[1] = Status(400)
    with pytest.raises(pygenai.BadRequestError):
        await upload(loop_api)
    assert server.commands() == ["start", "upload", "upload"]


async def test_a_start_answer_without_an_upload_url_is_a_clear_error(loop_api: Api, server: ResumableServer) -> None:
    server.upload_url = None
    with pytest.raises(pygenai.UploadError, match="x-goog-upload-url"):
        await upload(loop_api)
    assert server.commands() == ["start"]


@pytest.mark.parametrize("url", ["not a url", "/upload/v1beta/files?upload_id=1", "ftp://127.0.0.1/upload"])
async def test_a_malformed_upload_url_is_a_clear_error(loop_api: Api, server: ResumableServer, url: str) -> None:
    server.upload_url = url
    with pytest.raises(pygenai.UploadError, match="not an absolute http"):
        await upload(loop_api)
    assert server.commands() == ["start"]


async def test_an_upload_url_that_the_server_does_not_know_raises_not_found(
    loop_api: Api, server: ResumableServer
) -> None:
    server.upload_url = f"{server.url}/upload/v1beta/files?upload_id=gone&upload_protocol=resumable"
    with pytest.raises(pygenai.NotFoundError):
        await upload(loop_api)


async def test_the_api_key_is_not_sent_to_an_upload_url_on_another_origin(
    loop_api: Api, server: ResumableServer
) -> None:
    server.upload_host = "localhost"
    await upload(loop_api, extra_headers={"x-trace": "1"})
    start, *chunks = server.requests
    assert start.headers["x-goog-api-key"] == "test-key-123"
    assert chunks and all("x-goog-api-key" not in c.headers for c in chunks)
    assert all(c.headers["x-trace"] == "1" for c in chunks)
    assert stored(server) == DATA


async def test_uploads_from_a_path_take_the_type_from_the_name(
    loop_api: Api, server: ResumableServer, tmp_path: Path
) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# Title\n\nBody.\n")
    file = await api_upload_plain(loop_api, path)
    assert server.requests[0].headers["x-goog-upload-header-content-type"] == "text/markdown"
    assert file.mime_type == "text/markdown"
    assert stored(server) == b"# Title\n\nBody.\n"


async def api_upload_plain(api: Api, source: object, **kwargs: object) -> pygenai.types.File:
    return await api(api.client.files.upload(source, **kwargs))


async def test_a_file_object_is_read_from_its_position_and_sniffed(loop_api: Api, server: ResumableServer) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(200))
    handle = io.BytesIO(b"skip!" + png)
    handle.seek(5)
    file = await api_upload_plain(loop_api, handle, chunk_size=64)
    assert file.mime_type == "image/png"
    assert stored(server) == png
    assert server.offsets() == [0, 64, 128, 192]


async def test_an_unseekable_stream_is_read_whole_then_uploaded(loop_api: Api, server: ResumableServer) -> None:
    read, write = os.pipe()
    os.write(write, b"%PDF-1.7 tiny")
    os.close(write)
    with os.fdopen(read, "rb", buffering=0) as pipe:
        file = await api_upload_plain(loop_api, pipe)
    assert file.mime_type == "application/pdf"
    assert stored(server) == b"%PDF-1.7 tiny"


async def test_an_explicit_mime_type_wins(loop_api: Api, server: ResumableServer, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b'{"key": "a"}\n')
    await api_upload_plain(loop_api, path, mime_type="text/plain")
    assert server.requests[0].headers["x-goog-upload-header-content-type"] == "text/plain"


async def test_bytes_of_unknown_type_fail_before_any_request(loop_api: Api, server: ResumableServer) -> None:
    with pytest.raises(ValueError, match="mime_type="):
        await api_upload_plain(loop_api, b"\x00\x01 no magic here")
    assert server.requests == []


async def test_an_empty_file_is_one_finalize_chunk(loop_api: Api, server: ResumableServer) -> None:
    seen: list[tuple[int, int]] = []
    file = await upload(loop_api, b"", on_progress=lambda done, total: seen.append((done, total)))
    assert server.commands() == ["start", "upload, finalize"]
    assert server.offsets() == [0]
    assert seen == [(0, 0)]
    assert file.size_bytes == 0


async def test_the_progress_bar_is_drawn_on_stderr(
    loop_api: Api, server: ResumableServer, capsys: pytest.CaptureFixture[str]
) -> None:
    await upload(loop_api, progress_bar=True, display_name="talk")
    err = capsys.readouterr().err
    assert err.startswith("\rtalk   0% [") and err.endswith("] 0.2/0.2 MiB\n")
    assert err.count("\r") == 5 and "100% [########################]" in err


async def test_files_download_reads_media(loop_api: Api, server: ResumableServer) -> None:
    server.downloads["files/batch-out"] = b'{"key": "a"}\n'
    assert await loop_api(loop_api.client.files.download("batch-out")) == b'{"key": "a"}\n'
    (request,) = server.requests
    assert request.path == "/download/v1beta/files/batch-out:download" and request.query == {"alt": ["media"]}


# --------------------------------------------------------------------------- google-genai's config=


async def test_config_gives_the_display_name_type_and_name_as_google_genai_does(
    loop_api: Api, server: ResumableServer, tmp_path: Path
) -> None:
    path = tmp_path / "notes.bin"
    path.write_bytes(b"plain words")
    config = {"display_name": "notes", "mime_type": "text/plain", "name": "files/my-notes"}
    file = await loop_api(loop_api.client.files.upload(file=path, config=config))
    start = server.requests[0]
    assert start.headers["x-goog-upload-header-content-type"] == "text/plain"
    assert start.body == b'{"file":{"name":"files/my-notes","displayName":"notes"}}'
    assert (file.name, file.display_name, file.mime_type) == ("files/my-notes", "notes", "text/plain")


async def test_config_takes_google_genais_upload_file_config(loop_api: Api, server: ResumableServer) -> None:
    config = genai_types.UploadFileConfig(display_name="talk", mime_type="application/octet-stream")
    file = await loop_api(loop_api.client.files.upload(file=DATA, config=config, chunk_size=CHUNK))
    assert server.requests[0].body == b'{"file":{"displayName":"talk"}}'
    assert file.display_name == "talk" and stored(server) == DATA


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"config": {"dispaly_name": "x"}}, r"unknown config key 'dispaly_name'. Did you mean 'display_name'\?"),
        (
            {"config": {"http_options": {}}},
            r"upload\(\) got an unknown config key 'http_options'. The config keys it takes: display_name, "
            r"mime_type, name",
        ),
        ({"display_name": "a", "config": {"display_name": "b"}}, "display_name is given both as a keyword"),
        ({"timeot": 5}, r"upload\(\) got an unexpected keyword argument 'timeot'. Did you mean 'timeout'\?"),
    ],
    ids=["typo", "http_options", "twice", "option"],
)
async def test_wrong_arguments_raise_before_the_file_is_opened(
    loop_api: Api, server: ResumableServer, tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    missing = tmp_path / "not-there.txt"  # opening it would raise FileNotFoundError instead
    with pytest.raises(TypeError, match=message):
        await loop_api(loop_api.client.files.upload(missing, **kwargs))
    assert server.requests == []
