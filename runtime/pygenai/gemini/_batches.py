"""Batch jobs, for ``client.batches``: the job, its states and progress, inline and JSONL input, results.

Submit requests inline or as a JSONL file, wait with progress, read the results back (in request order, each
with its key and its response or error)::

    job = client.batches.create(model="gemini-2.5-flash", requests={"q1": "Say hi.", "q2": "Name a color."})
    job = client.batches.wait(job, on_progress=lambda j: print(j.state, j.progress))
    for result in client.batches.results(job):
        print(result.key, result.response.text if result.ok else result.error.message)

``src`` takes what google-genai's ``batches.create`` takes for the Gemini API: inline requests (a list, or a dict by
key), each a prompt string, a ``GenerateContentRequest`` (or its dict), or google-genai's inline request
``{"contents": [...], "config": {...}, "metadata": {...}}`` whose ``config`` is a ``GenerateContentConfig`` (or its
dict), resolved as ``generate_content`` resolves it (``generationConfig``, ``systemInstruction``, ``tools``,
``toolConfig``, ``safetySettings``, ...; Python functions in ``tools`` are declared, not run); or an uploaded JSONL
file's name (``src="files/abc"``). Bigger jobs go through a file: ``src="requests.jsonl"`` (a path that exists, bytes
or a binary file object) is uploaded first (:func:`batch_jsonl` writes one from requests).

The job is a long-running operation whose ``metadata`` is the batch. Its states, as the service sends them and
``job.state`` gives them: ``BATCH_STATE_PENDING``, ``BATCH_STATE_RUNNING``, ``BATCH_STATE_SUCCEEDED``,
``BATCH_STATE_FAILED``, ``BATCH_STATE_CANCELLED``, ``BATCH_STATE_EXPIRED``. google-genai renames them
``JOB_STATE_*`` (``JOB_STATE_SUCCEEDED``, ...): a job whose metadata carries that spelling reads as the
``BATCH_STATE_*`` one, so code ported from google-genai compares ``job.state`` with ``BATCH_STATE_*`` names, or
uses ``job.is_terminal`` (what ``client.batches.wait(job)`` polls for).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypeAlias, cast

import orjson

from pygenai_generated.gemini_types import (
    GenerateContentBatch,
    GenerateContentBatchOutput,
    GenerateContentRequest,
    InlinedResponse,
    ListOperationsResponse,
    Status,
)
from pygenai_generated.gemini_types import Operation as LongRunningOperation

from .._core.errors import BatchError, ResponseDecodeError, UnencodableValueError
from .._core.model import WireModel, foreign_dict
from .._core.wire_json import encode_json
from ._contents import to_contents
from ._prepare import prepare
from ._response import GenerateContentResponse

if TYPE_CHECKING:
    from .._core.options import RequestOptions
    from .._core.upload import FileInput

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "BatchJob",
    "BatchProgress",
    "BatchResult",
    "RequestsInput",
    "SourceInput",
    "batch_input",
    "batch_jsonl",
    "check_input",
    "inlined",
    "job_name",
    "jobs_on",
    "parse_results_jsonl",
    "results_source",
    "source_parts",
    "upload_options",
]

TERMINAL_STATES: Final = frozenset(
    {"BATCH_STATE_SUCCEEDED", "BATCH_STATE_FAILED", "BATCH_STATE_CANCELLED", "BATCH_STATE_EXPIRED"}
)
DEFAULT_POLL_INTERVAL: Final = 10.0

RequestInput: TypeAlias = "str | GenerateContentRequest | Mapping[str, Any]"
"""One request: a prompt string, a ``GenerateContentRequest``, its dict (``{"contents": [...], ...}``), or
google-genai's inline request (``{"contents": [...], "config": {...}}``, or ``types.InlinedRequest``)."""
RequestsInput: TypeAlias = "Sequence[RequestInput] | Mapping[str, RequestInput]"
"""Requests in order, or by key (the key comes back with each result)."""
SourceInput: TypeAlias = "FileInput | RequestsInput"
"""``src``: inline requests, an uploaded file's name (``files/...``), or a JSONL file to upload."""


def normalize_state(state: str | None) -> str | None:
    """``JOB_STATE_SUCCEEDED`` (the SDKs' spelling) -> ``BATCH_STATE_SUCCEEDED`` (the wire's); others unchanged."""
    if state is not None and state.startswith("JOB_STATE_"):
        return "BATCH_STATE_" + state.removeprefix("JOB_STATE_")
    return state


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """How far a batch is: request counts from ``batchStats`` (int64 strings on the wire, ints here)."""

    total: int
    succeeded: int
    failed: int
    pending: int

    @property
    def completed(self) -> int:
        """Requests that finished, well or not."""
        return self.succeeded + self.failed

    @property
    def fraction(self) -> float:
        """``completed / total`` (1.0 for an empty batch)."""
        return self.completed / self.total if self.total else 1.0


class BatchJob(LongRunningOperation):
    """A batch: the long-running operation the service returns, with its batch metadata read out.

    ``name``, ``done``, ``error``, ``metadata`` and ``response`` are the operation's fields; the rest reads the
    ``GenerateContentBatch`` in ``metadata``.
    """

    __slots__ = ()

    @classmethod
    def _from(cls, operation: LongRunningOperation) -> BatchJob:
        job = cls._wrap(operation._data)
        raw = getattr(operation, "_http", None)
        if raw is not None:
            setattr(job, "_http", raw)  # noqa: B010  (a slot WireModel declares without an annotation)
        return job

    @property
    def batch(self) -> GenerateContentBatch | None:
        """The batch itself (model, display name, state, stats, times, output)."""
        metadata = self.metadata
        return GenerateContentBatch._wrap(metadata, self, "metadata") if metadata is not None else None

    @property
    def state(self) -> str | None:
        """The wire's spelling: ``BATCH_STATE_PENDING``, ``BATCH_STATE_RUNNING``, ``BATCH_STATE_SUCCEEDED``,
        ``BATCH_STATE_FAILED``, ``BATCH_STATE_CANCELLED``, ``BATCH_STATE_EXPIRED``.

        google-genai calls them ``JOB_STATE_*`` (``JOB_STATE_SUCCEEDED``, ...); that spelling, found in a job's
        metadata, reads as the ``BATCH_STATE_*`` one. Compare with ``BATCH_STATE_*`` names when porting, or use
        :attr:`is_terminal`."""
        batch = self.batch
        return normalize_state(batch.state) if batch is not None else None

    @property
    def is_terminal(self) -> bool:
        """Whether the batch has stopped (finished, failed, cancelled or expired)."""
        return bool(self.done) or self.state in TERMINAL_STATES

    @property
    def display_name(self) -> str | None:
        batch = self.batch
        return batch.display_name if batch is not None else None

    @property
    def model(self) -> str | None:
        batch = self.batch
        return batch.model if batch is not None else None

    @property
    def progress(self) -> BatchProgress:
        """Request counts so far (absent counts are 0)."""
        batch = self.batch
        stats = batch.batch_stats if batch is not None else None
        if stats is None:
            return BatchProgress(0, 0, 0, 0)
        return BatchProgress(
            total=stats.request_count or 0,
            succeeded=stats.successful_request_count or 0,
            failed=stats.failed_request_count or 0,
            pending=stats.pending_request_count or 0,
        )

    @property
    def output(self) -> GenerateContentBatchOutput | None:
        """Where the results are: the operation's ``response``, else the batch's ``output``."""
        response = self.response
        if response is not None:
            return GenerateContentBatchOutput._wrap(response, self, "response")
        batch = self.batch
        return batch.output if batch is not None else None

    @property
    def responses_file(self) -> str | None:
        """The results file (``files/...``), when the batch was submitted as a file."""
        output = self.output
        return output.responses_file if output is not None else None

    @property
    def inlined_responses(self) -> list[InlinedResponse]:
        """The inline results, unwrapped from the wire's doubly nested ``inlinedResponses.inlinedResponses``."""
        output = self.output
        wrapper = output.inlined_responses if output is not None else None
        return (wrapper.inlined_responses if wrapper is not None else None) or []


@dataclass(frozen=True, slots=True)
class BatchResult:
    """One request's outcome: its ``response`` (``.text`` and all), or the ``error`` it failed with; ``key`` as
    submitted; ``index`` its position among the results."""

    index: int
    key: str | None
    response: GenerateContentResponse | None
    error: Status | None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None and self.response is not None


# --------------------------------------------------------------------------- requests in


def _configured(value: Mapping[str, Any]) -> dict[str, Any]:
    """google-genai's inline request, ``{"contents": [...], "config": {...GenerateContentConfig...}}``, as the wire's
    ``GenerateContentRequest``: the config resolved into its fields as ``generate_content`` resolves it."""
    if value.get("contents") is None:
        raise TypeError("a batch request with a config needs its contents too: {'contents': [...], 'config': {...}}")
    config = value["config"]
    fields = config if isinstance(config, Mapping) else foreign_dict(config)
    if fields is not None and fields.get("http_options") is not None:
        raise TypeError("config['http_options'] has no meaning in a batch request; give options to batches.create")
    prepared = prepare(value["contents"], config)
    if prepared.toolbox is not None and prepared.toolbox.pending:
        names = ", ".join(repr(t) for t in prepared.toolbox.pending)
        raise TypeError(
            f"a batch request cannot hold toolsets that list their tools when run ({names}): a batch runs no "
            "tools; give function declarations (or Python functions, which are declared)"
        )
    request: dict[str, Any] = {"contents": prepared.contents, **prepared.body}
    rest = {k: v for k, v in value.items() if k not in ("contents", "config") and v is not None}
    model = rest.get("model")
    if isinstance(model, str) and "/" not in model:
        rest["model"] = f"models/{model}"
    for key in rest:
        if GenerateContentRequest._wire_names.get(key, key) in request:
            raise TypeError(f"{key} is given both in the batch request and in its config")
    request.update(GenerateContentRequest._coerce_mapping(rest))
    return request


def _request(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        return {"contents": to_contents(value)}
    if isinstance(value, GenerateContentRequest):
        return value._data
    if not isinstance(value, Mapping) or isinstance(value, WireModel):
        dumped = foreign_dict(value)
        if dumped is None:
            raise TypeError(f"a batch request is a str, GenerateContentRequest or dict, got {type(value).__name__}")
        value = dumped
    if "config" in value:
        return _configured(value)
    return GenerateContentRequest._coerce_mapping(value)


def _item(value: Any) -> tuple[Any, dict[str, Any] | None]:
    """(the request, its metadata) of one item of a list: ``{"request": ..., "metadata": ...}`` (the wire's
    ``InlinedRequest``), google-genai's ``{"contents": ..., "config": ..., "metadata": ...}``, or a bare request."""
    if not isinstance(value, str | Mapping | WireModel):
        dumped = foreign_dict(value)  # google-genai's types.InlinedRequest
        value = dumped if dumped is not None else value
    if isinstance(value, Mapping) and not isinstance(value, WireModel):
        metadata = value.get("metadata")
        if "request" in value:
            return value["request"], dict(metadata) if isinstance(metadata, Mapping) else None
        if metadata is not None:
            if not isinstance(metadata, Mapping):
                raise TypeError(f"a batch request's metadata is a dict, got {type(metadata).__name__}")
            return {k: v for k, v in value.items() if k != "metadata"}, dict(metadata)
    return value, None


def _checked_request(value: Any) -> dict[str, Any]:
    try:
        return _request(value)
    except UnencodableValueError as error:  # a number in a config given as a dict, named from the batch line
        raise error.within("request") from None


def _keyed(requests: RequestsInput) -> Iterator[tuple[str | None, dict[str, Any], dict[str, Any] | None]]:
    """(key, wire request, metadata) for each request."""
    if isinstance(requests, Mapping):
        if "contents" in requests or "request" in requests:
            raise TypeError("give a list of requests (or a dict of them by key), not one request: wrap it in [...]")
        for name, value in requests.items():
            request, metadata = _item(value)
            yield str(name), _checked_request(request), {**metadata, "key": str(name)} if metadata is not None else None
        return
    if isinstance(requests, str):
        raise TypeError("requests must be a list or a dict of requests, not one string")
    for value in requests:
        request, metadata = _item(value)
        key = metadata.get("key") if metadata is not None else None
        yield key if isinstance(key, str) else None, _checked_request(request), metadata


def inlined(requests: RequestsInput) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for key, request, metadata in _keyed(requests):
        item: dict[str, Any] = {"request": request}
        if metadata is not None:
            item["metadata"] = metadata
        elif key is not None:
            item["metadata"] = {"key": key}
        out.append(item)
    if not out:
        raise ValueError("a batch needs at least one request")
    return out


def batch_jsonl(requests: RequestsInput) -> bytes:
    """The JSONL input file for a batch: one ``{"key": ..., "request": {...}}`` line per request.

    Requests without a key (a list) are keyed by position (``"0"``, ``"1"``, ...).
    """
    lines: list[bytes] = []
    for index, (key, request, _) in enumerate(_keyed(requests)):
        lines.append(encode_json({"key": key if key is not None else str(index), "request": request}))
    if not lines:
        raise ValueError("a batch needs at least one request")
    return b"\n".join(lines) + b"\n"


def batch_input(display_name: str | None, input_config: dict[str, Any]) -> dict[str, Any]:
    batch: dict[str, Any] = {}
    if display_name is not None:
        batch["displayName"] = display_name
    batch["inputConfig"] = input_config
    return batch


def check_input(requests: RequestsInput | None, src: SourceInput | None, file_name: str | None) -> None:
    if sum(x is not None for x in (requests, src, file_name)) != 1:
        raise ValueError(
            "give exactly one of requests=, src= (inline requests, an uploaded file's name, or a JSONL file to "
            "upload) or file_name= (uploaded)"
        )


def source_parts(src: SourceInput) -> tuple[RequestsInput | None, FileInput | None, str | None]:
    """What ``src`` is: (inline requests, a JSONL file to upload, an uploaded file's name), one of them set.

    A string is an uploaded file's name when it starts with ``files/`` and no such path exists; bytes, a file
    object, a path-like object and any other string are a file to upload.
    """
    if isinstance(src, bytes | bytearray | memoryview | os.PathLike):
        return None, src, None
    if isinstance(src, str):
        if src.startswith("files/") and not os.path.exists(src):
            return None, None, src
        if src.startswith(("gs://", "bq://")):
            raise ValueError(
                f"src={src!r}: Cloud Storage and BigQuery sources are Vertex AI's; the Gemini API takes inline "
                "requests, an uploaded file's name (files/...) or a JSONL file to upload"
            )
        return None, src, None
    if isinstance(src, Mapping | Sequence):
        return cast("RequestsInput", src), None, None
    return None, src, None


def upload_options(options: RequestOptions) -> RequestOptions:
    """The options that make sense for the input file's upload too (not ``extra_body``/``extra_query``)."""
    out: RequestOptions = {}
    if "timeout" in options:
        out["timeout"] = options["timeout"]
    if "deadline" in options:
        out["deadline"] = options["deadline"]
    if "max_retries" in options:
        out["max_retries"] = options["max_retries"]
    if "extra_headers" in options:
        out["extra_headers"] = options["extra_headers"]
    return out


# --------------------------------------------------------------------------- results out


def _from_inlined(items: list[InlinedResponse]) -> list[BatchResult]:
    results: list[BatchResult] = []
    for index, item in enumerate(items):
        metadata = item.metadata or {}
        key = metadata.get("key")
        response = item._data.get("response")
        results.append(
            BatchResult(
                index=index,
                key=key if isinstance(key, str) else None,
                response=GenerateContentResponse._wrap(response) if isinstance(response, dict) else None,
                error=item.error,
                metadata=dict(metadata),
            )
        )
    return results


def parse_results_jsonl(content: bytes) -> list[BatchResult]:
    """The results file: one ``{"key", "response"}`` or ``{"key", "error"}`` object per line."""
    results: list[BatchResult] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            snippet = line[:120].decode("utf-8", "replace")
            raise ResponseDecodeError(f"line {number}", f"invalid JSON: {exc}", snippet) from None
        if type(data) is not dict:
            raise ResponseDecodeError(f"line {number}", "expected a JSON object", line[:120].decode("utf-8", "replace"))
        metadata = data.get("metadata")
        metadata = metadata if isinstance(metadata, dict) else {}
        key = data.get("key", metadata.get("key"))
        response = data.get("response")
        error = data.get("error")
        results.append(
            BatchResult(
                index=len(results),
                key=key if isinstance(key, str) else None,
                response=GenerateContentResponse._wrap(response) if isinstance(response, dict) else None,
                error=Status._wrap(error) if isinstance(error, dict) else None,
                metadata=metadata,
            )
        )
    return results


def results_source(job: BatchJob) -> list[BatchResult] | str:
    """The inline results, or the name of the results file to download; raises when there are none."""
    if not job.is_terminal:
        raise BatchError(f"{job.name} is {job.state}: wait() for it before reading results", job)
    inlined = job.inlined_responses
    if inlined:
        return _from_inlined(inlined)
    responses_file = job.responses_file
    if responses_file:
        return responses_file
    error = job.error
    if error is not None:
        raise BatchError(f"{job.name} ended {job.state} without results: {error.message}", job)
    if job.state != "BATCH_STATE_SUCCEEDED":
        raise BatchError(f"{job.name} ended {job.state} without results", job)
    return []


def job_name(job: str | BatchJob) -> str:
    if isinstance(job, BatchJob):
        if not job.name:
            raise ValueError("the batch has no name")
        return job.name
    return job


# --------------------------------------------------------------------------- the resources


def jobs_on(page: ListOperationsResponse) -> list[BatchJob]:
    return [BatchJob._from(operation) for operation in page.operations or ()]
