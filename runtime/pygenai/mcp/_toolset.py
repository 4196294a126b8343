"""An MCP server's tools as a :class:`pygenai.Toolset`: declarations, calls, and the connection's lifecycle.

The connection lives in a task of a task group the toolset enters with its first ``__aenter__`` (nested
entries share it; the last ``__aexit__`` closes it). Calls may come from any task of that event loop. When the
connection breaks, the call that saw it raises :class:`~pygenai.MCPServerError`, the broken connection is
closed (its process reaped) and the next use opens a new one, waiting longer after each failure in a row.
"""

from __future__ import annotations

import dataclasses
import inspect
import math
from collections.abc import Callable, Collection, Mapping, Sequence
from types import TracebackType
from typing import Any, Final, Self, TypeAlias

import anyio
import anyio.abc

from .._core.errors import MCPServerError
from ..tools._calls import ToolInvocation
from ..tools._declarations import ToolDefinition
from ..tools._toolset import Toolset
from ._connect import Endpoint, Session, is_connection_error, sdk
from ._resources import MCPPrompt, MCPResource, prompt_contents, resource_contents
from ._results import convert_result

__all__ = ["MCPTool", "MCPToolset", "ToolAnnotations", "ToolProgress"]

JSONObject: TypeAlias = dict[str, Any]

RESTART_DELAYS: Final = (0.0, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0)
"""Seconds to wait before reopening a connection after 1, 2, 3... failures in a row (the last one repeats)."""


@dataclasses.dataclass(frozen=True)
class ToolAnnotations:
    """What an MCP server says about a tool's behaviour (hints, not guarantees), with the spec's defaults.

    ``destructive`` and ``idempotent`` only mean something when ``read_only`` is false. ``raw`` is the
    ``annotations`` object as the server sent it.
    """

    title: str | None = None
    read_only: bool = False
    destructive: bool = True
    idempotent: bool = False
    open_world: bool = True
    raw: Mapping[str, Any] = dataclasses.field(default_factory=dict[str, Any])

    @classmethod
    def from_wire(cls, data: Mapping[str, Any] | None) -> ToolAnnotations:
        data = data or {}
        return cls(
            title=data.get("title"),
            read_only=bool(data.get("readOnlyHint", False)),
            destructive=bool(data.get("destructiveHint", True)),
            idempotent=bool(data.get("idempotentHint", False)),
            open_world=bool(data.get("openWorldHint", True)),
            raw=dict(data),
        )

    @property
    def may_destroy(self) -> bool:
        """Whether the tool may make destructive changes: not read-only, and not declared non-destructive."""
        return not self.read_only and self.destructive


@dataclasses.dataclass(frozen=True)
class MCPTool:
    """One tool of an MCP server.

    ``name`` is what the model sees (with the toolset's prefix), ``server_name`` what the server calls it;
    ``input_schema`` goes to the model unchanged as ``parametersJsonSchema``.
    """

    name: str
    server_name: str
    description: str | None
    input_schema: JSONObject
    output_schema: JSONObject | None
    annotations: ToolAnnotations
    wire: JSONObject
    """The tool as ``tools/list`` gave it."""

    @property
    def definition(self) -> ToolDefinition:
        metadata = {"mcp_tool": self.server_name, "annotations": self.annotations.raw}
        return ToolDefinition(self.name, self.description, self.input_schema, metadata)


@dataclasses.dataclass(frozen=True)
class ToolProgress:
    """A progress notification of a running tool call, as ``on_progress`` receives it."""

    tool: str
    progress: float
    total: float | None
    message: str | None

    @property
    def fraction(self) -> float | None:
        """``progress / total`` when the server gave a total."""
        return self.progress / self.total if self.total else None


Allow: TypeAlias = "Collection[str] | Callable[[MCPTool], bool] | None"
Confirm: TypeAlias = "Callable[[MCPTool, JSONObject], Any] | None"
OnProgress: TypeAlias = "Callable[[ToolProgress], Any] | None"


class MCPToolset(Toolset):
    """The tools of one MCP server. Build one with :func:`pygenai.mcp.stdio`, :func:`~pygenai.mcp.http` or
    :func:`~pygenai.mcp.connect`.

    Open it with ``async with`` (or ``with`` from sync code); a request given a toolset that is not open opens
    it for the request's duration. ``tools`` holds the tools as last listed, by the name the model sees.
    """

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        name: str | None = None,
        prefix: str | None = None,
        allow: Allow = None,
        confirm: Confirm = None,
        timeout: float | None = None,
        on_progress: OnProgress = None,
        session_options: Mapping[str, Any] | None = None,
    ) -> None:
        if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
        self.endpoint = endpoint
        self.name = name or endpoint.label
        self.prefix = prefix
        self.allow = allow
        self.confirm = confirm
        self.timeout = timeout
        self.on_progress = on_progress
        self._session_options = dict(session_options or {})
        self.tools: dict[str, MCPTool] = {}
        self.unavailable: dict[str, str] = {}
        """Tools of the server not offered to the model, by the server's name, with the reason."""
        self._aliases: dict[str, str] = {}
        self._stale = True
        self._users = 0
        self._tasks: anyio.abc.TaskGroup | None = None
        self._session: Session | None = None
        self._close_connection: anyio.Event | None = None
        self._connection_closed: anyio.Event | None = None
        self._lock: anyio.Lock | None = None
        self._failures = 0
        self._lost: MCPServerError | None = None
        self.restarts = 0
        """How many times the connection was opened again after breaking."""

    def __repr__(self) -> str:
        return f"MCPToolset({self.name!r})"

    # Lifecycle

    async def __aenter__(self) -> Self:
        if self._users == 0:
            tasks = anyio.create_task_group()
            await tasks.__aenter__()
            self._tasks = tasks
            self._lock = anyio.Lock()
            self._failures = 0
            try:
                await self._open()
            except BaseException:
                self._tasks = None
                tasks.cancel_scope.cancel()
                await tasks.__aexit__(None, None, None)
                raise
        self._users += 1
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._users -= 1
        if self._users > 0:
            return
        tasks, self._tasks = self._tasks, None
        with anyio.CancelScope(shield=True):
            await self._close()
        if tasks is not None:
            tasks.cancel_scope.cancel()
            await tasks.__aexit__(None, None, None)

    @property
    def is_open(self) -> bool:
        """Whether the toolset is entered (its connection may still be broken and waiting to reopen)."""
        return self._users > 0

    async def _open(self) -> None:
        """Start the task holding a new connection and wait until it is open (or failed to open)."""
        assert self._tasks is not None
        opened = anyio.Event()
        close = anyio.Event()
        closed = anyio.Event()
        failure: list[BaseException] = []

        async def hold() -> None:
            try:
                async with self.endpoint.open(self._session_options, self._on_message) as session:
                    async with anyio.create_task_group() as watchers:
                        if session.streams_changes:
                            watchers.start_soon(session.watch_tool_changes, self._tools_changed)
                        self._session = session
                        self._stale = True
                        opened.set()
                        await close.wait()
                        watchers.cancel_scope.cancel()
            except Exception as exc:  # kept for the opener; a broken connection must not cancel the caller's task
                failure.append(exc)
            finally:
                if opened.is_set() and not close.is_set():  # it ended by itself: the next use reports it
                    await self.endpoint.wait_exited(1.0)
                    self._lost = self._server_error("the connection ended", failure[0] if failure else None)
                self._session = None
                opened.set()
                closed.set()

        self._close_connection, self._connection_closed = close, closed
        self._tasks.start_soon(hold)
        await opened.wait()
        if self._session is None:
            self._failures += 1
            raise self._server_error("could not connect", failure[0] if failure else None)
        self._failures = 0

    async def _close(self) -> None:
        if self._close_connection is not None and self._connection_closed is not None:
            self._close_connection.set()
            await self._connection_closed.wait()

    async def _connected(self) -> Session:
        """The open session, reopening a broken connection (after the backoff delay) first."""
        if self._users == 0 or self._lock is None:
            raise RuntimeError(f"{self!r} is not open: use it in `async with` (or `with`), or pass it in tools=[...]")
        session = self._session
        if session is not None:
            return session
        if not self.endpoint.restartable:
            raise self._server_error("the session given to pygenai.mcp.connect() is closed", None)
        lost, self._lost = self._lost, None
        if lost is not None:
            self._failures += 1
            raise lost
        async with self._lock:
            if self._session is None:
                await self._close()
                await anyio.sleep(RESTART_DELAYS[min(self._failures, len(RESTART_DELAYS) - 1)])
                await self._open()
                self.restarts += 1
            assert self._session is not None
            return self._session

    async def _broken(self, exc: BaseException) -> MCPServerError:
        """Note that the connection broke under a request: close it (reaping the process); the error to raise."""
        self._failures += 1
        await self.endpoint.wait_exited(1.0)
        error = self._server_error("the connection broke", exc)
        with anyio.CancelScope(shield=True):
            await self._close()
        self._lost = None  # reported now, by this error
        return error

    def _server_error(self, reason: str, exc: BaseException | None) -> MCPServerError:
        status = self.endpoint.exit_status()
        if status is not None:
            reason = "the server process exited"
        elif exc is not None:
            leaf = _first_leaf(exc)
            reason = f"{reason}: {type(leaf).__name__}: {leaf}"
        error = MCPServerError(self.name, reason, exit_status=status, stderr_tail=self.endpoint.stderr_tail())
        error.__cause__ = exc
        return error

    async def _on_message(self, message: Any) -> None:
        root = getattr(message, "root", message)
        if getattr(root, "method", None) == "notifications/tools/list_changed":
            self._tools_changed()

    def _tools_changed(self) -> None:
        self._stale = True  # the next list_tools asks the server again

    # Tools

    async def list_tools(self) -> Sequence[ToolDefinition]:
        """The server's tools (allowed ones, prefixed), listed again after ``notifications/tools/list_changed``."""
        if self._stale or self._session is None:
            session = await self._connected()
            self._stale = False
            try:
                listing = await session.list_tools()
            except Exception as exc:
                if is_connection_error(exc):
                    raise await self._broken(exc) from exc
                raise
            self.tools = self._tools_from(listing)
        return [tool.definition for tool in self.tools.values()]

    def _tools_from(self, listing: Sequence[JSONObject]) -> dict[str, MCPTool]:
        tools: dict[str, MCPTool] = {}
        self.unavailable = {}
        renamed = {original: alias for alias, original in self._aliases.items()}
        tasks = sdk().tasks
        for wire in listing:
            server_name = wire["name"]
            if _runs_as_task(wire) and not tasks:
                self.unavailable[server_name] = (
                    "it runs only as a task (MCP 2025-11-25 tasks), which the installed MCP SDK does not implement "
                    "(v2 dropped them; the 1.x line has them)"
                )
                continue
            name = f"{self.prefix}_{server_name}" if self.prefix else server_name
            name = renamed.get(name, name)
            tool = MCPTool(
                name=name,
                server_name=server_name,
                description=wire.get("description"),
                input_schema=wire.get("inputSchema") or {"type": "object"},
                output_schema=wire.get("outputSchema"),
                annotations=ToolAnnotations.from_wire(wire.get("annotations")),
                wire=wire,
            )
            if self._allowed(tool):
                tools[name] = tool
        return tools

    def _allowed(self, tool: MCPTool) -> bool:
        if self.allow is None:
            return True
        if callable(self.allow):
            return bool(self.allow(tool))
        return tool.server_name in self.allow

    def alias_tool(self, name: str, alias: str) -> bool:
        """Offer tool ``name`` as ``alias`` (a :class:`pygenai.Toolbox` resolving a name two toolsets share)."""
        tool = self.tools.get(name)
        if tool is None:
            return False
        self._aliases[alias] = name
        self.tools = {(alias if key == name else key): value for key, value in self.tools.items()}
        self.tools[alias] = dataclasses.replace(tool, name=alias)
        return True

    async def call_tool(self, call: ToolInvocation) -> Any:
        """Run the call on the server; the result as the model should see it.

        A destructive tool first asks ``confirm`` (a refusal is the model's error response); ``timeout``
        cancels the request on the server; a broken connection raises :class:`~pygenai.MCPServerError`.
        """
        tool = self.tools.get(call.name)
        if tool is None:
            await self.list_tools()
            tool = self.tools.get(call.name)
            if tool is None:
                raise LookupError(f"{self.name} has no tool named {call.name!r}; it offers: {', '.join(self.tools)}")
        if self.confirm is not None and tool.annotations.may_destroy:
            answer = self.confirm(tool, call.args)
            if inspect.isawaitable(answer):
                answer = await answer
            if not answer:
                raise PermissionError(f"the user did not allow {tool.name} to run with these arguments")
        session = await self._connected()

        async def send() -> Any:
            return await session.call_tool(
                tool.server_name,
                call.args,
                timeout=self.timeout,
                on_progress=self._progress_for(tool),
                as_task=_runs_as_task(tool.wire),
            )

        try:
            try:
                result = await send()
            except Exception as exc:  # -32042: once the user has completed the URL elicitations, the call goes again
                from ._callbacks import complete_url_elicitations

                if not await complete_url_elicitations(exc, self._session_options):
                    raise
                result = await send()
        except Exception as exc:
            if self.timeout is not None and _is_timeout(exc):
                raise TimeoutError(f"{tool.name} did not answer within {self.timeout:g} s; it was cancelled") from exc
            if is_connection_error(exc):
                raise await self._broken(exc) from exc
            raise
        return convert_result(result, tool=tool)

    def _progress_for(self, tool: MCPTool) -> Any:
        on_progress = self.on_progress
        if on_progress is None:
            return None

        async def report(progress: float, total: float | None, message: str | None) -> None:
            value = on_progress(ToolProgress(tool.name, progress, total, message))
            if inspect.isawaitable(value):
                await value

        return report

    # Resources and prompts

    async def read_resource(self, uri: str) -> MCPResource:
        """Read a resource of the server (``resources/read``): its contents as parts to put into contents."""
        session = await self._connected()
        return resource_contents(await session.read_resource(uri))

    async def get_prompt(self, name: str, arguments: Mapping[str, str] | None = None) -> MCPPrompt:
        """Get a prompt of the server, filled with ``arguments`` (``prompts/get``)."""
        session = await self._connected()
        return prompt_contents(await session.get_prompt(name, arguments))

    @property
    def session(self) -> Any:
        """The SDK's open client or session (``mcp.Client`` with SDK v2), for what this toolset does not wrap."""
        if self._session is None:
            raise RuntimeError(f"{self!r} is not connected")
        return self._session.raw

    @property
    def supports_tasks(self) -> bool:
        """Whether the installed SDK can run tools as 2025-11-25 tasks (1.x only; v2 does not implement them)."""
        return sdk().tasks


def _runs_as_task(wire: JSONObject) -> bool:
    """Whether the server says a tool must be called as a task (``execution.taskSupport: "required"``)."""
    execution: Mapping[str, Any] = wire.get("execution") or {}  # the SDK validated its shape
    return execution.get("taskSupport") == "required"


def _first_leaf(exc: BaseException) -> BaseException:
    """The first exception that is not a group (task groups wrap what went wrong in their tasks)."""
    while True:
        members: tuple[BaseException, ...] = getattr(exc, "exceptions", ())  # an exception group's
        if not members:
            return exc
        exc = members[0]


def _is_timeout(exc: BaseException) -> bool:
    if isinstance(exc, TimeoutError):
        return True
    request_timeout = getattr(sdk().types, "REQUEST_TIMEOUT", 408)  # 1.x uses HTTP's 408 for the code
    return bool(getattr(getattr(exc, "error", None), "code", None) == request_timeout)
