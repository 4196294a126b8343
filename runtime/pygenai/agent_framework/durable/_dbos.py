"""The DBOS adapter: a run as a DBOS workflow, each model request and tool call as a DBOS step.

A step's output is what DBOS records, so it is plain JSON: a model request records the response body as received
(``ModelReply.data``; a replay rebuilds the reply with ``backend.reply``), a tool call records the response the
model reads, the wire part and media parts, and the error's type and message when the call failed. A replayed
result has no Python value but its JSON (``value`` is ``response["result"]``), and its error is a
:class:`RecordedToolError` (a :class:`ModelRetry` stays one).

Recovery re-executes the workflow function: the loop runs again from the prompt and DBOS answers every step it
recorded from the record, in order, until the first step it has not; from there the run goes on live. So the loop
must take the same steps again, which it does given the same replies and results; what it does between steps
(events, ``on_event``, an ``approve`` callback) happens again on a replay.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeAlias, TypeVar

from dbos import DBOS, SetWorkflowID, StepOptions, WorkflowHandleAsync

from ..._core.errors import ModelRetry, PygenaiError
from ..._io import portal
from ...tools import ToolInvocation, ToolResult
from .._agent import Agent, AgentRun
from .._backend import ModelReply
from .._intercept import ExecuteCall, RunInterceptor, SendRequest
from .._result import RunResult

__all__ = ["DBOSAgent", "DBOSSteps", "RecordedToolError"]

JSONObject: TypeAlias = dict[str, Any]
Prompt: TypeAlias = "str | Sequence[Mapping[str, Any]]"
OutputT = TypeVar("OutputT")


class RecordedToolError(PygenaiError):
    """The error of a tool call replayed from DBOS's record: the original exception is gone with the process that
    raised it; ``type_name`` and ``message`` are what it was (the model was told ``"<type_name>: <message>"``)."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(f"{type_name}: {message}" if message else type_name)
        self.type_name = type_name
        self.message = message


class DBOSSteps(RunInterceptor):
    """An interceptor that makes each model request and each tool call of a run a DBOS step.

    Inside a DBOS workflow, a finished step's output is recorded and, when the workflow is recovered, returned
    from the record instead of running the step again; outside one the steps simply run. ``prefix`` starts every
    step's name (``<prefix>.model_request``, ``<prefix>.tool.<name>``); ``model_step`` and ``tool_step`` are
    DBOS :class:`~dbos.StepOptions` (retries with backoff, timeouts) for each kind of step. DBOS retries a step
    that raises: a model request whose error outlived the client's own retries; a tool's exception does not raise,
    it is the call's result (sent to the model), recorded like any other.
    """

    def __init__(
        self, prefix: str, *, model_step: StepOptions | None = None, tool_step: StepOptions | None = None
    ) -> None:
        self.prefix = prefix
        self.model_step: StepOptions = {**(model_step or {})}
        self.tool_step: StepOptions = {**(tool_step or {})}

    async def model_request(self, run: AgentRun[Any], step: int, send: SendRequest) -> ModelReply:
        sent: list[ModelReply] = []

        async def model_request() -> JSONObject:
            reply = await send()
            sent.append(reply)
            return reply.data

        options: StepOptions = {**self.model_step, "name": f"{self.prefix}.model_request"}
        data = await DBOS.run_step_async(options, model_request)
        return sent[-1] if sent else run.agent.backend.reply(data)

    async def tool_call(self, run: AgentRun[Any], step: int, call: ToolInvocation, execute: ExecuteCall) -> ToolResult:
        ran: list[ToolResult] = []

        async def tool_call() -> JSONObject:
            result = await execute()
            ran.append(result)
            return _record(result)

        options: StepOptions = {**self.tool_step, "name": f"{self.prefix}.tool.{call.name}"}
        record = await DBOS.run_step_async(options, tool_call)
        return ran[-1] if ran else _replay(call, record)


def _record(result: ToolResult) -> JSONObject:
    error = result.error
    return {
        "response": result.response,
        "part": result.part,
        "parts": list(result.parts),
        "error": None if error is None else {"type": type(error).__name__, "message": _message(error)},
    }


def _message(error: BaseException) -> str:
    return error.message if isinstance(error, ModelRetry) else str(error)


def _replay(call: ToolInvocation, record: Mapping[str, Any]) -> ToolResult:
    response: JSONObject = dict(record["response"])
    error: BaseException | None = None
    recorded_error: Mapping[str, str] | None = record["error"]
    if recorded_error is not None:
        type_name, message = recorded_error["type"], recorded_error["message"]
        error = ModelRetry(message) if type_name == ModelRetry.__name__ else RecordedToolError(type_name, message)
    part: JSONObject | None = record["part"]  # None as recorded: the API's pairing builds it (see ToolResult)
    value = None if error is not None else response.get("result")
    return ToolResult(call, part, value, error, response, tuple(record["parts"]))


class DBOSAgent(Generic[OutputT]):
    """``agent``'s runs as DBOS workflows, each model request and tool call a DBOS step (see :class:`DBOSSteps`).

    Construct it before ``DBOS.launch()``, in every process that may run or recover its workflows: the workflow is
    registered under ``pygenai.agent.<name>`` (``name`` defaults to the agent's), and recovery looks it up by that
    name. ``agent`` itself is not changed: the step interceptor is added to each run, innermost (so the agent's
    own interceptors, a tracer say, see replayed steps as well). The run's :class:`RunResult` is the workflow's
    output, stored by DBOS's serializer (pickle by default), so an ``output_type`` must be one it can store.
    """

    def __init__(
        self,
        agent: Agent[OutputT],
        *,
        name: str | None = None,
        model_step: StepOptions | None = None,
        tool_step: StepOptions | None = None,
    ) -> None:
        self.agent = agent
        self.name = name if name is not None else agent.name
        self.workflow_name = f"pygenai.agent.{self.name}"
        self.steps = DBOSSteps(self.workflow_name, model_step=model_step, tool_step=tool_step)

        async def run_agent(prompt: Prompt) -> RunResult[OutputT]:
            run = AgentRun(self.agent, prompt, interceptors=[self.steps])
            async for _ in run.events():
                pass
            assert run.result is not None
            return run.result

        self._workflow = DBOS.workflow(name=self.workflow_name)(run_agent)

    def __repr__(self) -> str:
        return f"DBOSAgent({self.agent!r}, workflow={self.workflow_name!r})"

    async def run(self, prompt: Prompt, *, workflow_id: str | None = None) -> RunResult[OutputT]:
        """Run as a workflow and wait for its result. With ``workflow_id`` (unique per run, e.g. a request id),
        a run that finished already is not run again: its recorded result comes back."""
        with _workflow_id(workflow_id):
            return await self._workflow(prompt)

    def run_sync(self, prompt: Prompt, *, workflow_id: str | None = None) -> RunResult[OutputT]:
        """:meth:`run` from sync code (on the shared portal loop)."""
        return portal.call(self._run_with_id, prompt, workflow_id)

    async def _run_with_id(self, prompt: Prompt, workflow_id: str | None) -> RunResult[OutputT]:
        return await self.run(prompt, workflow_id=workflow_id)

    async def start(self, prompt: Prompt, *, workflow_id: str | None = None) -> WorkflowHandleAsync[RunResult[OutputT]]:
        """Start the run in the background; its DBOS handle (``workflow_id``, ``await handle.get_result()``)."""
        with _workflow_id(workflow_id):
            return await DBOS.start_workflow_async(self._workflow, prompt)

    async def result(self, workflow_id: str) -> RunResult[OutputT]:
        """The result of the run ``workflow_id`` (waiting for it to finish, in this process or a recovering one)."""
        handle: WorkflowHandleAsync[RunResult[OutputT]] = await DBOS.retrieve_workflow_async(workflow_id)
        return await handle.get_result()


def _workflow_id(workflow_id: str | None) -> contextlib.AbstractContextManager[Any]:
    return SetWorkflowID(workflow_id) if workflow_id is not None else contextlib.nullcontext()
