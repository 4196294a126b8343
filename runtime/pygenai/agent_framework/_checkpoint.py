"""Checkpoint and resume: a run's journal, written as the run goes and replayed to resume it after a crash.

A checkpointed run (``agent.run(prompt, checkpoint=store, run_id="...")``) records, through a
:class:`RunInterceptor`:

* when it starts: the run id's identity (agent name, model, prompt as wire bytes), so that a resume with another
  agent or prompt raises :class:`~pygenai.CheckpointMismatchError` instead of mixing two runs;
* after each model request: the reply as wire bytes, with a digest of the history it answered;
* after each tool call that finished: its response (the JSON the model reads), whether it was an error, its
  media parts and its wire part;
* before each new step's request: the history so far (wire bytes), the step count and the usage, so that
  ``store.load(run_id)`` shows where the run is.

Resuming is running again with the same run id (or ``agent.resume(run_id, checkpoint=store)``): the journal
answers the model requests and tool calls in order, without sending or executing anything, until it runs out;
then the run goes on live and keeps recording. A finished tool call is never executed again: its side effects
happen once (exactly once). A call that started but whose record was not written when the process died runs
again on resume (at least once): the journal cannot know how far it got. A finished run's id gives its result
back from the journal alone. Replay is checked: each request must be sent with the recorded history, each call
must be the recorded one; a run that leaves its journal raises :class:`~pygenai.CheckpointMismatchError`.

One process at a time runs a run id: a store gives the run to one holder (token, host, pid), and each record is
written only while that holder still has it (:class:`~pygenai.CheckpointBusyError` otherwise). A holder is gone
when it released the run, when it was a process of this host that no longer exists, or (for another host) when
it wrote nothing for the store's lease time. What the loop does between requests and calls happens again for the
replayed steps: events are emitted (with the replay's timings) and approvals asked (a denied call is not a tool
call, so it is not in the journal; deciding differently on resume leaves the journal).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import socket
import uuid
from collections import deque
from collections.abc import AsyncGenerator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, cast

import orjson

from .._core.errors import (
    CheckpointCorruptError,
    CheckpointMismatchError,
    CheckpointNotFoundError,
)
from .._io._async.concurrency import run_blocking, shielded
from ..tools import ToolInvocation, ToolResult
from ..tools._calls import error_text
from ._backend import ModelReply
from ._intercept import ExecuteCall, RunInterceptor, SendRequest

if TYPE_CHECKING:
    from ._agent import AgentRun

__all__ = [
    "CheckpointStore",
    "Checkpointer",
    "JournalEntry",
    "LeaseHolder",
    "Progress",
    "RecordedToolError",
    "RunIdentity",
    "RunSnapshot",
    "RunStatus",
    "checkpointing",
    "stored_prompt",
]

JSONObject: TypeAlias = dict[str, Any]
RunStatus: TypeAlias = Literal["running", "finished", "failed", "interrupted"]
"""``running`` (going on, or its process died), ``finished`` (it has its result), ``failed`` (it raised; see
``error``), ``interrupted`` (stopped between steps, or cancelled)."""


@dataclasses.dataclass(frozen=True)
class RunIdentity:
    """What a run id is bound to: the agent's name and model, and the prompt turns as wire bytes."""

    agent: str
    model: str
    prompt: bytes


@dataclasses.dataclass(frozen=True)
class LeaseHolder:
    """Who runs a checkpointed run: a token unique to this run, and the host and process it runs in."""

    token: str
    host: str
    pid: int

    @classmethod
    def here(cls) -> LeaseHolder:
        """A new holder in this process."""
        return cls(uuid.uuid4().hex, socket.gethostname(), os.getpid())

    def gone(self, idle_seconds: float, lease_seconds: float) -> bool:
        """Whether this holder no longer runs its run: a process of this host that does not exist any more (on
        POSIX; a killed child counts once its parent reaped it), or, for another host, one that wrote nothing for
        ``lease_seconds``."""
        if self.host == socket.gethostname() and os.name == "posix":
            return not _process_exists(self.pid)
        return idle_seconds > lease_seconds

    def __str__(self) -> str:
        return f"{self.host}:{self.pid}"


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


@dataclasses.dataclass(frozen=True)
class JournalEntry:
    """One record of a run, in the order written: step ``step``'s model reply (``call`` is ``None``; ``data`` the
    reply as wire bytes, ``request`` the digest of the history it answered), or the result of call ``call`` of
    that step (``data``: JSON ``{"name", "response", "error", "parts", "part"}``)."""

    step: int
    call: int | None
    data: bytes
    request: str | None = None


@dataclasses.dataclass(frozen=True)
class Progress:
    """Where a run is: ``steps`` finished, the history after them and the usage so far (JSON bytes each)."""

    steps: int
    messages: bytes
    usage: bytes


@dataclasses.dataclass(frozen=True)
class RunSnapshot:
    """A stored run as ``store.load(run_id)`` gives it: ``status`` (:data:`RunStatus`), ``steps`` finished,
    ``prompt`` and ``messages`` (the history after those steps) as wire ``Content`` dicts, ``usage`` counts,
    ``journal`` the number of records, ``error`` what a failed run raised, ``holder`` who runs it now
    (``host:pid``, ``None`` when nobody does), ``created`` / ``updated`` as Unix times."""

    run_id: str
    agent: str
    model: str
    status: str
    steps: int
    prompt: list[JSONObject]
    messages: list[JSONObject]
    usage: dict[str, int]
    journal: int
    error: str | None
    holder: str | None
    created: float
    updated: float

    @classmethod
    def decode(
        cls,
        run_id: str,
        identity: RunIdentity,
        progress: Progress,
        *,
        status: str,
        journal: int,
        error: str | None,
        holder: str | None,
        created: float,
        updated: float,
    ) -> RunSnapshot:
        """The snapshot from its stored bytes (:class:`~pygenai.CheckpointCorruptError` when they do not read)."""
        prompt = _turns(run_id, "$.prompt", identity.prompt)
        messages = _turns(run_id, "$.messages", progress.messages)
        usage = _json(run_id, "$.usage", progress.usage)
        if not isinstance(usage, dict) or not all(isinstance(v, int) for v in cast(JSONObject, usage).values()):
            raise CheckpointCorruptError(run_id, "$.usage", "not an object of counts")
        counts = cast("dict[str, int]", usage)
        return cls(
            run_id, identity.agent, identity.model, status, progress.steps, prompt, messages, counts, journal, error,
            holder, created, updated,
        )  # fmt: skip


class CheckpointStore(Protocol):
    """Where checkpointed runs are kept (:class:`SQLiteCheckpoints` is the default).

    The methods block; the agent calls them in a worker thread. ``claim``, ``record`` and ``release`` work for
    one :class:`LeaseHolder` at a time per run id: ``claim`` raises :class:`~pygenai.CheckpointBusyError` while
    another holder that is not :meth:`LeaseHolder.gone` has the run, and ``record`` raises it when the run was
    taken over. A write is durable when the method returns.
    """

    def claim(self, run_id: str, identity: RunIdentity, holder: LeaseHolder) -> tuple[RunIdentity, list[JournalEntry]]:
        """Give the run to ``holder`` (creating it, status ``running``, when the id is new); its identity as
        stored and its journal in order."""
        ...

    def record(self, run_id: str, holder: LeaseHolder, entry: JournalEntry | None, progress: Progress | None) -> None:
        """Append ``entry`` to the journal and/or store ``progress``; the status becomes ``running``."""
        ...

    def release(
        self, run_id: str, holder: LeaseHolder, status: RunStatus | None, progress: Progress | None, error: str | None
    ) -> None:
        """Let the run go (nothing when ``holder`` no longer has it), setting its status (unless ``None``),
        progress and error."""
        ...

    def load(self, run_id: str) -> RunSnapshot | None:
        """The run's :class:`RunSnapshot`, or ``None`` when the store has no such run."""
        ...

    def runs(self) -> list[str]:
        """Every stored run id, oldest first."""
        ...

    def delete(self, run_id: str) -> bool:
        """Forget the run and its journal; whether there was one."""
        ...


class RecordedToolError(Exception):
    """Stands for the exception a tool raised in an earlier life of a resumed run (``ToolResult.error`` of a
    replayed call); its message is the error the model read. Never raised."""


def checkpointing(checkpoint: CheckpointStore | None, run_id: str | None) -> list[RunInterceptor]:
    """The interceptors a run with ``checkpoint=`` and ``run_id=`` gets (none without them)."""
    if checkpoint is None and run_id is None:
        return []
    if checkpoint is None or run_id is None:
        raise ValueError("checkpoint= and run_id= go together: the store, and the id the run is kept under")
    if not isinstance(run_id, str) or not run_id:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError(f"run_id must be a non-empty string, got {run_id!r}")
    return [Checkpointer(checkpoint, run_id)]


async def stored_prompt(checkpoint: CheckpointStore, run_id: str) -> list[JSONObject]:
    """The prompt turns of a stored run (:class:`~pygenai.CheckpointNotFoundError` when there is none)."""
    snapshot = await run_blocking(checkpoint.load, run_id)
    if snapshot is None:
        raise CheckpointNotFoundError(run_id)
    return snapshot.prompt


@dataclasses.dataclass(frozen=True)
class _Recorded:
    """A journal entry, decoded and checked."""

    position: int
    step: int
    call: int | None
    request: str | None
    body: JSONObject

    def describe(self) -> str:
        kind = "the model reply" if self.call is None else f"the result of call {self.call} ({self.body['name']!r})"
        return f"{kind} of step {self.step}"


class Checkpointer(RunInterceptor):
    """Records one run under ``run_id`` in ``store`` and replays what is recorded (see the module docstring)."""

    def __init__(self, store: CheckpointStore, run_id: str) -> None:
        self.store = store
        self.run_id = run_id
        self._replies: deque[_Recorded] = deque()  # recorded model replies not replayed yet, in step order
        self._results: dict[tuple[int, int], _Recorded] = {}  # recorded call results not replayed yet
        self._holder: LeaseHolder | None = None

    def around_run(self, run: AgentRun[Any]) -> contextlib.AbstractAsyncContextManager[None]:
        return self._around(run)

    @contextlib.asynccontextmanager
    async def _around(self, run: AgentRun[Any]) -> AsyncGenerator[None, None]:
        identity = RunIdentity(run.agent.name, run.agent.model, orjson.dumps(run.messages))
        holder = LeaseHolder.here()
        stored, entries = await run_blocking(self.store.claim, self.run_id, identity, holder)
        try:
            _check_identity(self.run_id, stored, identity)
            for recorded in decode_journal(self.run_id, entries):
                if recorded.call is None:
                    self._replies.append(recorded)
                else:
                    self._results[recorded.step, recorded.call] = recorded
        except BaseException:
            with shielded():
                await run_blocking(self.store.release, self.run_id, holder, None, None, None)
            raise
        self._holder = holder
        status: RunStatus = "interrupted"
        error: str | None = None
        try:
            yield
            if run.result is not None:
                status = "finished"
                left = self._replies[0] if self._replies else self._unreplayed(len(run.trace) + 1)
                if left is not None:
                    given = "a run that ended before it"
                    raise CheckpointMismatchError(self.run_id, f"journal[{left.position}]", left.describe(), given)
        except Exception as exc:
            status, error = "failed", error_text(exc)
            raise
        finally:
            self._holder = None
            with shielded():
                await run_blocking(self.store.release, self.run_id, holder, status, _progress(run), error)

    async def model_request(self, run: AgentRun[Any], step: int, send: SendRequest) -> ModelReply:
        history = orjson.dumps(run.messages)
        digest = hashlib.sha256(history).hexdigest()
        given = f"the model request of step {step}"
        left = self._unreplayed(step)
        if left is not None:  # a recorded call of an earlier step was not made again
            raise CheckpointMismatchError(self.run_id, f"journal[{left.position}]", left.describe(), given)
        if self._replies:
            recorded = self._replies.popleft()
            where = f"journal[{recorded.position}]"
            if recorded.step != step:
                raise CheckpointMismatchError(self.run_id, where, recorded.describe(), given)
            if recorded.request != digest:
                stored = f"the history step {step} was sent with"
                raise CheckpointMismatchError(
                    self.run_id, where, stored, "another history (a result or approval differs)"
                )
            return run.agent.backend.reply(recorded.body)
        if step > 1:
            await self._record(None, Progress(step - 1, history, orjson.dumps(run.usage.to_json())))
        reply = await send()
        await self._record(JournalEntry(step, None, orjson.dumps(reply.data), digest), None)
        return reply

    async def tool_call(self, run: AgentRun[Any], step: int, call: ToolInvocation, execute: ExecuteCall) -> ToolResult:
        given = f"call {call.index} ({call.name!r}) of step {step}"
        recorded = self._results.pop((step, call.index), None)
        if recorded is not None:
            if recorded.body["name"] != call.name:
                raise CheckpointMismatchError(self.run_id, f"journal[{recorded.position}]", recorded.describe(), given)
            return _replayed_result(call, recorded.body)
        if self._replies:  # the journal goes on to a later step: this call was not made in the recorded run
            later = self._replies[0]
            raise CheckpointMismatchError(self.run_id, f"journal[{later.position}]", later.describe(), given)
        result = await execute()
        await self._record(JournalEntry(step, call.index, _tool_record(result)), None)
        return result

    def _unreplayed(self, step: int) -> _Recorded | None:
        """The first recorded call result of a step before ``step`` that the run did not make again."""
        earlier = [recorded for (at, _), recorded in self._results.items() if at < step]
        return min(earlier, key=lambda recorded: recorded.position) if earlier else None

    async def _record(self, entry: JournalEntry | None, progress: Progress | None) -> None:
        holder = self._holder
        assert holder is not None, "a checkpointed run records only inside its around_run"
        await run_blocking(self.store.record, self.run_id, holder, entry, progress)


def _progress(run: AgentRun[Any]) -> Progress:
    return Progress(len(run.trace), orjson.dumps(run.messages), orjson.dumps(run.usage.to_json()))


def _check_identity(run_id: str, stored: RunIdentity, given: RunIdentity) -> None:
    for field in ("agent", "model"):
        was, now = getattr(stored, field), getattr(given, field)
        if was != now:
            raise CheckpointMismatchError(run_id, field, repr(was), repr(now))
    if stored.prompt != given.prompt:
        raise CheckpointMismatchError(run_id, "prompt", _preview(stored.prompt), _preview(given.prompt))


def _preview(data: bytes, limit: int = 80) -> str:
    text = data.decode("utf-8", "replace")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _tool_record(result: ToolResult) -> bytes:
    return orjson.dumps(
        {
            "name": result.call.name,
            "response": result.response,
            "error": result.error is not None,
            "parts": list(result.parts),
            "part": result.part,
        }
    )


def _replayed_result(call: ToolInvocation, body: Mapping[str, Any]) -> ToolResult:
    response = cast(JSONObject, body["response"])
    error: BaseException | None = None
    if body["error"]:
        message = response.get("error")
        error = RecordedToolError(message if isinstance(message, str) else orjson.dumps(message).decode())
    parts = tuple(cast("list[JSONObject]", body["parts"]))
    return ToolResult(call, cast("JSONObject | None", body["part"]), None, error, response, parts)


def decode_journal(run_id: str, entries: Sequence[JournalEntry]) -> list[_Recorded]:
    """The journal, each entry read and checked, and their order checked: model replies of steps 1, 2, 3, ...,
    each followed by the results of its calls, each call once, in the order they finished (any order when calls
    run concurrently); :class:`~pygenai.CheckpointCorruptError` names the first entry at fault."""
    out: list[_Recorded] = []
    step = 0
    calls: set[int] = set()
    for position, entry in enumerate(entries):
        path = f"$.journal[{position}]"
        if entry.call is None:
            if entry.step != step + 1:
                raise CheckpointCorruptError(run_id, path, f"the model reply of step {entry.step} after step {step}")
            if not isinstance(entry.request, str) or len(entry.request) != 64:
                raise CheckpointCorruptError(run_id, f"{path}.request", "not a SHA-256 digest of the history")
            body = _json(run_id, f"{path}.data", entry.data)
            if not isinstance(body, dict):
                raise CheckpointCorruptError(run_id, f"{path}.data", "a model reply is a JSON object")
            step, calls = entry.step, set[int]()
        else:
            if entry.step != step or entry.call < 0 or entry.call in calls:
                again = " again" if entry.step == step and entry.call in calls else ""
                where = f"call {entry.call} of step {entry.step}{again}"
                raise CheckpointCorruptError(run_id, path, f"{where} after the model reply of step {step}")
            body = _tool_body(run_id, f"{path}.data", entry.data)
            calls.add(entry.call)
        out.append(_Recorded(position, entry.step, entry.call, entry.request, cast(JSONObject, body)))
    return out


_TOOL_FIELDS: dict[str, tuple[type, ...]] = {
    "name": (str,),
    "response": (dict,),
    "error": (bool,),
    "parts": (list,),
    "part": (dict, type(None)),
}


def _tool_body(run_id: str, path: str, data: bytes) -> JSONObject:
    body = _json(run_id, path, data)
    if not isinstance(body, dict):
        raise CheckpointCorruptError(run_id, path, "a tool result is a JSON object")
    fields = cast(JSONObject, body)
    for name, types in _TOOL_FIELDS.items():
        if not isinstance(fields.get(name), types):
            wanted = " or ".join("null" if t is type(None) else t.__name__ for t in types)
            raise CheckpointCorruptError(run_id, f"{path}.{name}", f"expected {wanted}")
    parts = cast("list[Any]", fields["parts"])
    for index, part in enumerate(parts):
        if not isinstance(part, dict):
            raise CheckpointCorruptError(run_id, f"{path}.parts[{index}]", "a media part is a JSON object")
    return fields


def _json(run_id: str, path: str, data: bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise CheckpointCorruptError(run_id, path, f"not JSON ({exc})") from exc


def _turns(run_id: str, path: str, data: bytes) -> list[JSONObject]:
    value = _json(run_id, path, data)
    if not isinstance(value, list):
        raise CheckpointCorruptError(run_id, path, "not a list of Content objects")
    for index, turn in enumerate(cast("list[object]", value)):
        if not isinstance(turn, dict):
            raise CheckpointCorruptError(run_id, f"{path}[{index}]", "a Content is a JSON object")
    return cast("list[JSONObject]", value)
