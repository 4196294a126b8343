"""The resumable upload protocol without I/O: session URL checks, chunk planning, answers; sources and MIME types."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pygenai._core.errors import UploadError
from pygenai._core.mime import guess_mime_type, sniff_mime_type
from pygenai._core.upload import Chunk, Progress, ProgressBar, ResumableSession, decode_final, open_source

API = "https://generativelanguage.googleapis.com"
SESSION = f"{API}/upload/v1beta/files?upload_id=AbC-1&upload_protocol=resumable"


def test_the_start_request_announces_size_and_type() -> None:
    assert ResumableSession.start_headers(79, "text/plain") == {
        "X-Goog-Upload-Protocol": "resumable",
        "X-Goog-Upload-Command": "start",
        "X-Goog-Upload-Header-Content-Length": "79",
        "X-Goog-Upload-Header-Content-Type": "text/plain",
        "content-type": "application/json",
    }


def test_the_session_url_comes_from_the_start_answer() -> None:
    assert ResumableSession.session_url({"x-goog-upload-url": SESSION}, API) == SESSION
    assert ResumableSession.session_url({"x-goog-upload-url": "http://127.0.0.1:9/u?id=1"}, "http://127.0.0.1:9")


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"x-goog-upload-status": "active"}, "no x-goog-upload-url header"),
        ({"x-goog-upload-url": ""}, "no x-goog-upload-url header"),
        ({"x-goog-upload-url": "upload?upload_id=1"}, "not an absolute http"),
        ({"x-goog-upload-url": "file:///etc/passwd"}, "not an absolute http"),
        ({"x-goog-upload-url": "http://generativelanguage.googleapis.com/upload"}, "unencrypted"),
    ],
)
def test_a_missing_or_unusable_session_url_is_refused(headers: dict[str, str], message: str) -> None:
    with pytest.raises(UploadError, match=message):
        ResumableSession.session_url(headers, API)


def test_chunks_cover_the_file_and_only_the_last_finalizes() -> None:
    session = ResumableSession(SESSION, total=10, chunk_size=4)
    chunks = []
    while True:
        chunk = session.next_chunk()
        chunks.append(chunk)
        headers = {"x-goog-upload-status": "final" if chunk.finalize else "active"}
        if session.chunk_accepted(chunk, headers):
            break
    assert chunks == [Chunk(0, 4, False), Chunk(4, 4, False), Chunk(8, 2, True)]
    assert ResumableSession.chunk_headers(chunks[1]) == {"X-Goog-Upload-Command": "upload", "X-Goog-Upload-Offset": "4"}
    assert ResumableSession.chunk_headers(chunks[2])["X-Goog-Upload-Command"] == "upload, finalize"


def test_an_empty_file_is_a_single_empty_finalize_chunk() -> None:
    assert ResumableSession(SESSION, total=0, chunk_size=4).next_chunk() == Chunk(0, 0, True)


def test_a_chunk_answer_that_reports_fewer_bytes_moves_the_offset_back_to_them() -> None:
    session = ResumableSession(SESSION, total=10, chunk_size=4)
    chunk = session.next_chunk()
    assert not session.chunk_accepted(chunk, {"x-goog-upload-status": "active", "x-goog-upload-size-received": "3"})
    assert session.next_chunk() == Chunk(3, 4, False)


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"x-goog-upload-status": "cancelled"}, "ended the upload session"),
        ({"x-goog-upload-status": "active", "x-goog-upload-size-received": "11"}, "reports '11' bytes"),
        ({"x-goog-upload-status": "active", "x-goog-upload-size-received": "many"}, "reports 'many' bytes"),
    ],
)
def test_odd_chunk_answers_are_errors(headers: dict[str, str], message: str) -> None:
    session = ResumableSession(SESSION, total=10, chunk_size=4)
    with pytest.raises(UploadError, match=message):
        session.chunk_accepted(session.next_chunk(), headers)


def test_a_last_chunk_the_server_does_not_finalize_is_an_error() -> None:
    session = ResumableSession(SESSION, total=3, chunk_size=4)
    with pytest.raises(UploadError, match="did not finish the upload"):
        session.chunk_accepted(session.next_chunk(), {"x-goog-upload-status": "active"})


def test_a_query_answer_sets_the_offset_or_finishes() -> None:
    session = ResumableSession(SESSION, total=10, chunk_size=4)
    assert not session.query_answered({"x-goog-upload-status": "active", "x-goog-upload-size-received": "7"})
    assert session.offset == 7 and session.next_chunk() == Chunk(7, 3, True)
    assert session.query_answered({"x-goog-upload-status": "FINAL"})


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"x-goog-upload-status": "active"}, "no x-goog-upload-size-received"),
        ({"x-goog-upload-status": "cancelled", "x-goog-upload-size-received": "1"}, "cannot be resumed"),
        ({}, "cannot be resumed"),
        ({"x-goog-upload-status": "active", "x-goog-upload-size-received": "-1"}, "reports '-1' bytes"),
    ],
)
def test_odd_query_answers_are_errors(headers: dict[str, str], message: str) -> None:
    with pytest.raises(UploadError, match=message):
        ResumableSession(SESSION, total=10, chunk_size=4).query_answered(headers)


def test_the_final_answer_holds_the_file() -> None:
    assert decode_final(b'{\n  "file": {\n    "name": "files/a"\n  }\n}\n') == {"name": "files/a"}
    with pytest.raises(UploadError, match="does not hold a file object: '<html>"):
        decode_final(b"<html>oops</html>")
    with pytest.raises(UploadError, match="does not hold a file object"):
        decode_final(b"")


def test_progress_never_goes_back_and_reports_each_value_once() -> None:
    seen: list[tuple[int, int]] = []
    progress = Progress(10, [lambda done, total: seen.append((done, total))])
    for value in (0, 4, 4, 3, 8, 10):
        progress.update(value)
    assert seen == [(0, 10), (4, 10), (8, 10), (10, 10)]


def test_the_progress_bar_redraws_one_line_and_ends_it() -> None:
    out = io.StringIO()
    bar = ProgressBar("clip.mp4", stream=out, width=10)
    bar(0, 4 * 1024 * 1024)
    bar(2 * 1024 * 1024, 4 * 1024 * 1024)
    bar(4 * 1024 * 1024, 4 * 1024 * 1024)
    assert out.getvalue() == (
        "\rclip.mp4   0% [----------] 0.0/4.0 MiB"
        "\rclip.mp4  50% [#####-----] 2.0/4.0 MiB"
        "\rclip.mp4 100% [##########] 4.0/4.0 MiB\n"
    )


def test_sources_read_any_range_and_close_only_what_they_opened(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"0123456789")
    source = open_source(path)
    assert (source.size, source.name, source.blocking) == (10, str(path), True)
    assert source.read(7, 5) == b"789"
    assert source.read(2, 3) == b"234"
    source.close()

    handle = io.BytesIO(b"xx0123")
    handle.seek(2)
    given = open_source(handle)
    assert given.size == 4 and given.read(1, 2) == b"12"
    given.close()
    assert not handle.closed

    assert open_source(memoryview(b"abc")).read(0, 10) == b"abc"


def test_a_file_that_shrinks_during_the_upload_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"0123456789")
    source = open_source(path)
    path.write_bytes(b"01")
    with pytest.raises(UploadError, match="changed while being uploaded"):
        source.read(0, 10)
    source.close()


def test_a_text_file_object_is_refused() -> None:
    with pytest.raises(TypeError, match="'rb'"):
        open_source(io.StringIO("text"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("requests.jsonl", "application/jsonl"),
        ("README.MD", "text/markdown"),
        ("main.ts", "text/x-typescript"),
        ("clip.3gp", "video/3gpp"),
        ("voice.wav", "audio/wav"),
        ("photo.heic", "image/heic"),
        ("config.yaml", "application/yaml"),
        ("paper.pdf", "application/pdf"),
        ("table.csv", "text/csv"),
        ("noextension", None),
    ],
)
def test_mime_types_come_from_the_name_the_same_on_every_host(name: str, expected: str | None) -> None:
    assert guess_mime_type(name) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\x00", "image/gif"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio/wav"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
        (b"\x00\x00\x00\x18ftypqt  ", "video/quicktime"),
        (b"ID3\x04\x00", "audio/mpeg"),
        (b"%PDF-1.7\n", "application/pdf"),
        (b"RIFF\x24\x00\x00\x00XXXX", None),
        (b"plain text", None),
        (b"", None),
    ],
)
def test_mime_types_come_from_the_first_bytes(head: bytes, expected: str | None) -> None:
    assert sniff_mime_type(head) == expected
