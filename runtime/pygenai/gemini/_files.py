"""Files: what the upload, wait and list conveniences of ``client.files`` share (no I/O here).

The generated ``Files`` resource has ``get``, ``delete``, ``register`` and ``download``; ``client.files`` adds
what the API leaves to clients::

    file = client.files.upload("talk.mp4", display_name="talk", progress_bar=True)
    file = client.files.wait_until_active(file)
    response = client.models.generate_content(
        model="gemini-2.5-flash",
        contents=[file, "Summarize the talk."],
    )
    for f in client.files.list():
        print(f.name, f.state)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from pygenai_generated.gemini_types import File

from .._core.errors import FileProcessingError
from .._core.mime import guess_mime_type, sniff_mime_type
from .._core.upload import FileInput, ProgressBar, ProgressCallback, UploadRequest, open_source

if TYPE_CHECKING:
    from .._core.options import RequestOptions

__all__ = ["DEFAULT_POLL_INTERVAL", "DEFAULT_WAIT_TIMEOUT", "check_state", "file_name", "upload_request"]

DEFAULT_WAIT_TIMEOUT: Final = 600.0
DEFAULT_POLL_INTERVAL: Final = 2.0


def file_name(file: str | File) -> str:
    if isinstance(file, File):
        if not file.name:
            raise ValueError("the File has no name")
        return file.name
    return file


def upload_request(
    file: FileInput,
    *,
    mime_type: str | None,
    display_name: str | None,
    name: str | None,
    chunk_size: int,
    on_progress: ProgressCallback | None,
    progress_bar: bool,
    options: RequestOptions,
) -> UploadRequest:
    if chunk_size <= 0:
        raise ValueError("chunk_size must be > 0")
    source = open_source(file)
    try:
        mime = mime_type or (guess_mime_type(source.name) if source.name else None)
        mime = mime or sniff_mime_type(source.read(0, 16))
        if mime is None:
            what = repr(source.name) if source.name else "these bytes"
            raise ValueError(f"cannot tell the MIME type of {what}: pass mime_type= (for example 'text/plain')")
        metadata: dict[str, Any] = {}
        if name is not None:
            metadata["name"] = name
        if display_name is not None:
            metadata["displayName"] = display_name
        callbacks: list[ProgressCallback] = [on_progress] if on_progress is not None else []
        if progress_bar:
            callbacks.append(ProgressBar(display_name or source.name or "upload"))
    except BaseException:
        source.close()
        raise
    return UploadRequest(source, mime, metadata, chunk_size, callbacks, options)


def check_state(file: File) -> bool:
    """``True`` when the file is ready; raises when processing failed."""
    state = file.state
    if state == "ACTIVE":
        return True
    if state == "FAILED":
        raise FileProcessingError(file)
    return False
