# Generated from runtime/pygenai/gemini/_async/files.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""``client.files``: upload (resumable, chunked, resuming after failures), wait until processed, download.

``list`` is the generated one: a pager over every page (see ``pygenai._io._sync.pager``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Unpack

from pygenai_generated.gemini_resources import OPERATIONS
from pygenai_generated.gemini_resources import Files as _GeneratedAsyncFiles
from pygenai_generated.gemini_types import Empty, File

from ..._core.clock import Deadline
from ..._core.errors import WaitTimeoutError
from ..._core.options import ConfigInput, RequestOptions, check_options, config_arguments
from ..._core.upload import DEFAULT_CHUNK_SIZE, FileInput, ProgressCallback
from ..._io._sync.concurrency import sleep
from ..._io._sync.upload import upload
from ..._io.clock import clock_of
from ..._io.http import RAW_SLOT, raw_info
from .._files import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, check_state, file_name, upload_request

__all__ = ["Files"]

_RESUMABLE_UPLOAD = OPERATIONS["media.upload"]
_RESUMABLE_UPLOAD = replace(_RESUMABLE_UPLOAD, path=_RESUMABLE_UPLOAD.upload_paths["resumable"])


class Files(_GeneratedAsyncFiles):
    """``client.files``: the generated operations (``list`` gives every page) plus upload, waiting and download."""

    __slots__ = ()

    def get(self, *, name: str | File, **options: Unpack[RequestOptions]) -> File:
        """A file's metadata; ``name`` is ``files/...`` or a ``File`` (e.g. what ``upload`` returned)."""
        return super().get(name=file_name(name), **options)

    def delete(self, *, name: str | File, **options: Unpack[RequestOptions]) -> Empty:
        """Delete a file; ``name`` is ``files/...`` or a ``File``."""
        return super().delete(name=file_name(name), **options)

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
        config: ConfigInput | None = None,
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
        * ``config``: google-genai's upload config, ``{"display_name": ..., "mime_type": ..., "name": ...}`` or
          ``types.UploadFileConfig(...)``: the same three settings, another way to give them (not both ways).

        A dropped connection or a retryable status during a chunk asks the server how much arrived and goes on
        from there, within the client's retry policy (renewed whenever the server confirms more bytes).
        Large videos need processing before use: see :meth:`wait_until_active`.
        """
        check_options(options)  # before the file is opened
        if config is not None:
            given = {"display_name": display_name, "mime_type": mime_type, "name": name}
            settings = config_arguments(config, given)
            display_name, mime_type, name = settings["display_name"], settings["mime_type"], settings["name"]
        request = upload_request(
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
            data, response, spec, retries = upload(self._client._get_transport(), _RESUMABLE_UPLOAD, request)
        finally:
            request.source.close()
        result = File._wrap(data)
        setattr(result, RAW_SLOT, raw_info(response, spec, retries, response.content))
        return result

    def wait_until_active(
        self,
        file: str | File,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> File:
        """Poll a file until its state is ``ACTIVE`` and return it.

        Raises :class:`~pygenai.FileProcessingError` when the state becomes ``FAILED``, and
        :class:`~pygenai.WaitTimeoutError` (a ``TimeoutError``) after ``timeout`` seconds (``None``: no limit).
        """
        name = file_name(file)
        deadline = Deadline(clock_of(self._client._get_transport().client), timeout, poll_interval)
        while True:
            current = self.get(name=name)
            if check_state(current):
                return current
            delay = deadline.next_delay()
            if delay is None:
                raise WaitTimeoutError(f"{name} is still {current.state} after {timeout:g}s", current)
            sleep(deadline.clock, delay)

    def download(  # type: ignore[override]  # takes the File as well as its name
        self, file: str | File, **options: Unpack[RequestOptions]
    ) -> bytes:
        """The bytes of a file the service made (batch results, generated media); uploaded files cannot be read."""
        return super().download(name=file_name(file), **options)
