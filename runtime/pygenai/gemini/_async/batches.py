"""``client.batches``: run many GenerateContent requests as one job on Google's side, at batch prices.

Submit requests inline or as a JSONL file, wait with progress, read the results back (in request order, each
with its key and its response or error)::

    job = await client.batches.create(model="gemini-2.5-flash", requests={"q1": "Say hi.", "q2": "Name a color."})
    job = await client.batches.wait(job, on_progress=lambda j: print(j.state, j.progress))
    for result in await client.batches.results(job):
        print(result.key, result.response.text if result.ok else result.error.message)

google-genai's spelling works too: ``create(model=..., src=[{"contents": [...], "config": {...}}],
config={"display_name": ...})``, ``src="files/abc"`` for an uploaded JSONL file. States are ``BATCH_STATE_*`` as
the service sends them (google-genai's ``JOB_STATE_*`` spellings read as those). See ``pygenai.gemini._batches``
for the job, its states, the inputs and the results.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Any, Unpack

from pygenai_generated.gemini_resources import OPERATIONS
from pygenai_generated.gemini_resources import AsyncBatches as _GeneratedAsyncBatches
from pygenai_generated.gemini_resources import AsyncModels as _GeneratedAsyncModels
from pygenai_generated.gemini_types import ListOperationsResponse

from ..._core.clock import Deadline
from ..._core.errors import WaitTimeoutError
from ..._core.options import ConfigInput, RequestOptions, check_options, config_arguments
from ..._io._async.concurrency import sleep
from ..._io._async.pager import AsyncPager
from ..._io.clock import clock_of
from .._batches import (
    DEFAULT_POLL_INTERVAL,
    BatchJob,
    BatchResult,
    RequestsInput,
    SourceInput,
    batch_input,
    check_input,
    inlined,
    job_name,
    jobs_on,
    parse_results_jsonl,
    results_source,
    source_parts,
    upload_options,
)
from .files import AsyncFiles

__all__ = ["AsyncBatches"]

_LIST = OPERATIONS["batches.list"]
_CREATE_HINTS = {
    "dest": "the Gemini API has no output destination (google-genai refuses it too): results come back inline or "
    "in a file, read them with client.batches.results(job)",
}


class AsyncBatches(_GeneratedAsyncBatches):
    """``client.batches``: create, get, list (every page), wait, results, cancel, delete."""

    __slots__ = ()

    async def create(
        self,
        *,
        model: str,
        requests: RequestsInput | None = None,
        src: SourceInput | None = None,
        file_name: str | None = None,
        display_name: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Start a batch of GenerateContent requests for ``model``.

        Give exactly one of: ``requests`` (inline: a list, or a dict by key), ``src`` (google-genai's parameter:
        inline requests as ``requests`` takes them, an uploaded JSONL file's name ``"files/..."``, or a JSONL file
        to upload first as a path, bytes or file object; see :func:`~pygenai.batch_jsonl`), ``file_name`` (an
        uploaded JSONL file). An inline request is a prompt, a ``GenerateContentRequest`` (or its dict), or
        google-genai's ``{"contents": [...], "config": {...GenerateContentConfig...}}``.

        ``config`` is google-genai's ``CreateBatchJobConfig`` (or a mapping): ``display_name``.
        """
        check_options(options)  # before anything is uploaded
        if config is not None:
            display_name = config_arguments(config, {"display_name": display_name}, hints=_CREATE_HINTS)["display_name"]
        check_input(requests, src, file_name)
        upload_file = None
        if src is not None:
            requests, upload_file, file_name = source_parts(src)
        if requests is not None:
            input_config: dict[str, Any] = {"requests": {"requests": inlined(requests)}}
        else:
            if upload_file is not None:
                uploaded = await AsyncFiles(self._client).upload(
                    upload_file, mime_type="application/jsonl", display_name=display_name, **upload_options(options)
                )
                file_name = uploaded.name
            input_config = {"fileName": file_name}
        operation = await _GeneratedAsyncModels(self._client).batch_generate_content(
            model=model, batch=batch_input(display_name, input_config), **options
        )
        return BatchJob._from(operation)

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> BatchJob:
        """The batch as it is now."""
        return BatchJob._from(await super().get(name=name, **options))

    def list(  # type: ignore[override]  # no collection name to pass, and jobs for items
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListOperationsResponse, BatchJob]:
        """Every batch of the project as a :class:`BatchJob`, fetched page by page as iteration goes.

        ``config`` is google-genai's ``ListBatchJobsConfig`` (or a mapping) with the keyword arguments as keys.
        """
        return self._paginate(
            _LIST,
            ListOperationsResponse._wrap,
            jobs_on,
            path={"name": "batches"},
            query={"filter": filter, "page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def wait(
        self,
        job: str | BatchJob,
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[BatchJob], None] | None = None,
    ) -> BatchJob:
        """Poll a batch until it stops (succeeded, failed, cancelled or expired) and return it.

        ``on_progress`` gets the batch after every poll (``job.state``, ``job.progress``). After ``timeout``
        seconds (``None``: no limit) :class:`~pygenai.WaitTimeoutError` is raised, holding the batch last seen.
        """
        name = job_name(job)
        deadline = Deadline(clock_of(self._client._get_transport().client), timeout, poll_interval)
        while True:
            current = await self.get(name=name)
            if on_progress is not None:
                on_progress(current)
            if current.is_terminal:
                return current
            delay = deadline.next_delay()
            if delay is None:
                raise WaitTimeoutError(f"{name} is still {current.state} after {timeout:g}s", current)
            await sleep(deadline.clock, delay)

    async def results(self, job: str | BatchJob, **options: Unpack[RequestOptions]) -> builtins.list[BatchResult]:
        """Each request's result in submission order, from the inline output or the downloaded results file.

        Raises :class:`~pygenai.BatchError` when the batch has not finished or ended without results.
        """
        current = await self.get(name=job, **options) if isinstance(job, str) else job
        source = results_source(current)
        if isinstance(source, list):
            return source
        return parse_results_jsonl(await AsyncFiles(self._client).download(source, **options))
