"""``client.files``: upload (resumable, chunked, resuming after failures), list every page, wait until processed.

The generated ``Files`` resource has ``get``, ``delete`` and ``register``; this adds what the API leaves to
clients::

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

from typing import TYPE_CHECKING, Any, Final, Unpack

from pygenai_generated.gemini_resources import AsyncFiles as _GeneratedAsyncFiles
from pygenai_generated.gemini_resources import Files as _GeneratedFiles
from pygenai_generated.gemini_types import Empty, File, ListFilesResponse

from ._errors import PygenaiError
from ._mime import guess_mime_type, sniff_mime_type
from ._operation import Operation, PathParam
from ._pagination import AsyncPager, Pager
from ._polling import Deadline, WaitTimeoutError, client_clock
from ._upload import DEFAULT_CHUNK_SIZE, FileInput, ProgressBar, ProgressCallback, UploadRequest, open_source

if TYPE_CHECKING:
    from ._options import RequestOptions

__all__ = ["AsyncFiles", "FileProcessingError", "Files"]

FILES_DOWNLOAD: Final = Operation(
    api="gemini",
    id="files.download",
    http_method="GET",
    path="/download/v1beta/{+name}:download",
    path_params=(PathParam("name", reserved=True, prefix="files/"),),
)
"""Media download (``?alt=media``): how batch result files and generated files are read back."""

_MEDIA: Final = {"alt": "media"}

DEFAULT_WAIT_TIMEOUT: Final = 600.0
DEFAULT_POLL_INTERVAL: Final = 2.0


class FileProcessingError(PygenaiError):
    """The service could not process an uploaded file (its state is ``FAILED``); ``file`` is the file as reported."""

    def __init__(self, file: File) -> None:
        error = file.error
        reason = error.message if error is not None and error.message else "no reason given"
        super().__init__(f"processing {file.name} failed: {reason}")
        self.file = file


def _file_name(file: str | File) -> str:
    if isinstance(file, File):
        if not file.name:
            raise ValueError("the File has no name")
        return file.name
    return file


def _prepare(
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


def _check_state(file: File) -> bool:
    """``True`` when the file is ready; raises when processing failed."""
    state = file.state
    if state == "ACTIVE":
        return True
    if state == "FAILED":
        raise FileProcessingError(file)
    return False


class Files(_GeneratedFiles):
    """``client.files``: the generated operations plus upload, all-pages listing, waiting and download."""

    __slots__ = ()

    def get(self, *, name: str | File, **options: Unpack[RequestOptions]) -> File:
        """A file's metadata; ``name`` is ``files/...`` or a ``File`` (e.g. what ``upload`` returned)."""
        return super().get(name=_file_name(name), **options)

    def delete(self, *, name: str | File, **options: Unpack[RequestOptions]) -> Empty:
        """Delete a file; ``name`` is ``files/...`` or a ``File``."""
        return super().delete(name=_file_name(name), **options)

    def upload(
        self,
        file: FileInput,
        *,
        mime_type: str | None = None,
        display_name: str | None = None,
        name: str | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        on_progress: ProgressCallback | None = None,
        progress_bar: bool = False,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Upload a file with the resumable protocol and return it as the service stored it.

        * ``file``: a path, bytes, or a binary file object (read from its current position).
        * ``mime_type``: the content type; by default guessed from the file name, else from the first bytes.
        * ``display_name``, ``name``: the file's display name and resource name (``files/my-id``; the service
          picks one when not given).
        * ``chunk_size``: bytes per request (default 8 MiB; the service wants multiples of 256 KiB).
        * ``on_progress``: called with ``(bytes_uploaded, total)`` after each confirmed chunk, from 0 to the total.
        * ``progress_bar``: draw a text progress bar on stderr.

        A dropped connection or a retryable status during a chunk asks the server how much arrived and goes on
        from there, within the client's retry policy (renewed whenever the server confirms more bytes).
        Large videos need processing before use: see :meth:`wait_until_active`.
        """
        from ._upload import attach_raw, upload_sync

        request = _prepare(
            file,
            mime_type=mime_type,
            display_name=display_name,
            name=name,
            chunk_size=chunk_size,
            on_progress=on_progress,
            progress_bar=progress_bar,
            options=options,
        )
        try:
            data, response, spec, retries = upload_sync(self._client._get_transport(), request)
        finally:
            request.source.close()
        result = File._wrap(data)
        attach_raw(result, response, spec, retries)
        return result

    def list(  # type: ignore[override]  # all pages, where the generated method returns one
        self, *, page_size: int | None = None, page_token: str | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[ListFilesResponse, File]:
        """Every file of the project, fetched page by page as iteration goes (``.pages()`` for the pages)."""
        one_page = super().list

        def fetch(token: str | None) -> ListFilesResponse:
            return one_page(page_size=page_size, page_token=token, **options)

        return Pager(fetch, _files_on, page_token=page_token)

    def wait_until_active(
        self,
        file: str | File,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> File:
        """Poll a file until its state is ``ACTIVE`` and return it.

        Raises :class:`FileProcessingError` when the state becomes ``FAILED``, and
        :class:`~pygenai.WaitTimeoutError` (a ``TimeoutError``) after ``timeout`` seconds (``None``: no limit).
        """
        name = _file_name(file)
        deadline = Deadline(client_clock(self._client), timeout, poll_interval)
        while True:
            current = self.get(name=name)
            if _check_state(current):
                return current
            delay = deadline.next_delay()
            if delay is None:
                raise WaitTimeoutError(f"{name} is still {current.state} after {timeout:g}s", current)
            deadline.clock.sleep(delay)

    def download(self, file: str | File, **options: Unpack[RequestOptions]) -> bytes:
        """The bytes of a file the service made (batch results, generated media); uploaded files cannot be read."""
        transport = self._client._get_transport()
        path = {"name": _file_name(file)}
        spec = transport.build(FILES_DOWNLOAD, path=path, query=_MEDIA, body=None, options=options, stream=False)
        response, _ = transport.send(spec)
        return response.content


class AsyncFiles(_GeneratedAsyncFiles):
    """The async ``client.files``; the same methods as :class:`Files`."""

    __slots__ = ()

    async def get(self, *, name: str | File, **options: Unpack[RequestOptions]) -> File:
        """A file's metadata; ``name`` is ``files/...`` or a ``File`` (e.g. what ``upload`` returned)."""
        return await super().get(name=_file_name(name), **options)

    async def delete(self, *, name: str | File, **options: Unpack[RequestOptions]) -> Empty:
        """Delete a file; ``name`` is ``files/...`` or a ``File``."""
        return await super().delete(name=_file_name(name), **options)

    async def upload(
        self,
        file: FileInput,
        *,
        mime_type: str | None = None,
        display_name: str | None = None,
        name: str | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        on_progress: ProgressCallback | None = None,
        progress_bar: bool = False,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Upload a file with the resumable protocol; see :meth:`Files.upload`."""
        from ._upload import attach_raw, upload_async

        request = _prepare(
            file,
            mime_type=mime_type,
            display_name=display_name,
            name=name,
            chunk_size=chunk_size,
            on_progress=on_progress,
            progress_bar=progress_bar,
            options=options,
        )
        try:
            data, response, spec, retries = await upload_async(self._client._get_transport(), request)
        finally:
            request.source.close()
        result = File._wrap(data)
        attach_raw(result, response, spec, retries)
        return result

    def list(  # type: ignore[override]  # all pages, where the generated method returns one
        self, *, page_size: int | None = None, page_token: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[ListFilesResponse, File]:
        """Every file of the project: ``async for file in client.files.list()``."""
        one_page = super().list

        async def fetch(token: str | None) -> ListFilesResponse:
            return await one_page(page_size=page_size, page_token=token, **options)

        return AsyncPager(fetch, _files_on, page_token=page_token)

    async def wait_until_active(
        self,
        file: str | File,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> File:
        """Poll a file until its state is ``ACTIVE``; see :meth:`Files.wait_until_active`."""
        name = _file_name(file)
        deadline = Deadline(client_clock(self._client), timeout, poll_interval)
        while True:
            current = await self.get(name=name)
            if _check_state(current):
                return current
            delay = deadline.next_delay()
            if delay is None:
                raise WaitTimeoutError(f"{name} is still {current.state} after {timeout:g}s", current)
            await deadline.clock.asleep(delay)

    async def download(self, file: str | File, **options: Unpack[RequestOptions]) -> bytes:
        """The bytes of a file the service made; see :meth:`Files.download`."""
        transport = self._client._get_transport()
        path = {"name": _file_name(file)}
        spec = transport.build(FILES_DOWNLOAD, path=path, query=_MEDIA, body=None, options=options, stream=False)
        response, _ = await transport.send(spec)
        return response.content


def _files_on(page: ListFilesResponse) -> list[File] | None:
    return page.files
