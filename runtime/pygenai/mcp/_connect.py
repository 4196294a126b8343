"""How a toolset reaches its MCP server: a process over stdio, Streamable HTTP, or a session given to us.

Both lines of the official SDK are supported. v2 (``mcp.Client``) is used when installed; with 1.x the same
endpoints open a ``ClientSession`` over the 1.x transports. The SDK is handled as ``Any`` here on purpose: the two
lines differ in names and types, and only this module and :mod:`._toolset` talk to it.

Stdio servers are started by our own transport (not the SDK's ``stdio_client``) so that the process is ours to
watch: its exit status and the tail of its stderr go into :class:`~pygenai.MCPServerError` when it dies, and
closing always reaps it (stdin closed, then SIGTERM, then SIGKILL to its process group).
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
import warnings
from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from importlib import import_module
from typing import Any, Final

import anyio
import anyio.abc

from .._core.errors import MissingDependencyError

__all__ = [
    "SDK",
    "Endpoint",
    "HTTPEndpoint",
    "SessionEndpoint",
    "StdioEndpoint",
    "sdk",
]

STDERR_TAIL_LINES: Final = 20
"""How many of a server's last stderr lines an :class:`~pygenai.MCPServerError` quotes."""

EXIT_GRACE: Final = 2.0
"""Seconds a stdio server gets to exit after its stdin closes, then again after SIGTERM, before SIGKILL."""

_CONNECTION_CLOSED: Final = -32000  # the SDKs' JSON-RPC code for "the connection closed under the request"


class SDK:
    """The installed MCP SDK: which line, and the few names of it this package uses."""

    def __init__(self) -> None:
        try:
            self.mcp: Any = import_module("mcp")
        except ImportError as exc:
            raise MissingDependencyError("'pygenai[mcp]'", "pygenai.mcp") from exc
        self.v2: bool = hasattr(self.mcp, "Client")
        self.message: Any = import_module("mcp.shared.message")
        if self.v2:
            self.types: Any = import_module("mcp_types")
            self.parse_message: Callable[[bytes], Any] = lambda line: self.types.jsonrpc_message_adapter.validate_json(
                line, by_name=False
            )
        else:
            self.types = import_module("mcp.types")
            self.parse_message = self.types.JSONRPCMessage.model_validate_json

    @property
    def tasks(self) -> bool:
        """Whether this SDK can call a tool as a task (2025-11-25 tasks; 1.x only, v2 dropped them)."""
        return not self.v2 and hasattr(import_module("mcp.client.session").ClientSession, "experimental")


_sdk: SDK | None = None


def sdk() -> SDK:
    """The installed SDK (imported on first use; :class:`~pygenai.MissingDependencyError` when absent)."""
    global _sdk
    if _sdk is None:
        _sdk = SDK()
    return _sdk


def is_connection_error(exc: BaseException) -> bool:
    """Whether ``exc`` says the connection is gone (rather than the server answering with an error)."""
    if isinstance(exc, anyio.ClosedResourceError | anyio.BrokenResourceError | anyio.EndOfStream | OSError):
        return True
    code = getattr(getattr(exc, "error", None), "code", None)
    if code == _CONNECTION_CLOSED:
        return True
    members: tuple[BaseException, ...] = getattr(exc, "exceptions", ())  # an exception group's
    if members:
        return any(is_connection_error(inner) for inner in members)
    return type(exc).__module__.startswith("httpx")


class Session:
    """One open connection, the same shape whichever SDK line is installed.

    Wire objects come back as the SDK's own result types (``CallToolResult``...); listings as JSON dicts in
    their wire spelling (``inputSchema``), which both lines produce with ``model_dump(by_alias=True)``.
    """

    def __init__(self, sdk_session: Any, *, v2: bool) -> None:
        self.raw = sdk_session
        self.v2 = v2

    async def list_tools(self) -> list[dict[str, Any]]:
        tools: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            page = await self.raw.list_tools(cursor=cursor) if cursor else await self.raw.list_tools()
            data = page.model_dump(by_alias=True, exclude_none=True, mode="json")
            tools.extend(data.get("tools", []))
            cursor = data.get("nextCursor")
            if not cursor:
                return tools

    async def call_tool(
        self,
        name: str,
        arguments: dict[str, Any],
        *,
        timeout: float | None,
        on_progress: Callable[[float, float | None, str | None], Awaitable[None]] | None,
        as_task: bool = False,
    ) -> Any:
        if as_task:
            return await self._call_as_task(name, arguments, timeout)
        wait: float | dt.timedelta | None = timeout
        if timeout is not None and not self.v2:
            wait = dt.timedelta(seconds=timeout)
        return await self.raw.call_tool(name, arguments, read_timeout_seconds=wait, progress_callback=on_progress)

    async def _call_as_task(self, name: str, arguments: dict[str, Any], timeout: float | None) -> Any:
        """Call a tool as a 2025-11-25 task (1.x SDKs): create it, poll until it ends, fetch its result.

        On timeout the task is cancelled on the server and ``TimeoutError`` raised.
        """
        with warnings.catch_warnings():  # 1.x marks its tasks API deprecated (tasks leave the core spec)
            warnings.simplefilter("ignore", DeprecationWarning)
            tasks = self.raw.experimental
        created = await tasks.call_tool_as_task(name, arguments)
        task_id = created.task.taskId
        try:
            with anyio.fail_after(timeout):
                async for _status in tasks.poll_task(task_id):
                    pass
        except TimeoutError:
            with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
                await tasks.cancel_task(task_id)
            raise
        return await tasks.get_task_result(task_id, sdk().types.CallToolResult)

    async def read_resource(self, uri: str) -> Any:
        if not self.v2:
            uri = sdk().mcp.types.AnyUrl(uri) if hasattr(sdk().mcp.types, "AnyUrl") else uri
        return await self.raw.read_resource(uri)

    async def get_prompt(self, name: str, arguments: Mapping[str, str] | None) -> Any:
        return await self.raw.get_prompt(name, dict(arguments) if arguments is not None else None)

    @property
    def streams_changes(self) -> bool:
        """Whether list changes come through a ``subscriptions/listen`` stream (2026-07-28 connections), not as
        notifications."""
        if not self.v2:
            return False
        modern = import_module("mcp_types.version").MODERN_PROTOCOL_VERSIONS
        return getattr(self.raw.session, "protocol_version", None) in modern

    async def watch_tool_changes(self, changed: Callable[[], None]) -> None:
        """Call ``changed`` whenever the server says its tools changed (2026-07-28: ``subscriptions/listen``)."""
        with contextlib.suppress(Exception):  # no stream (a server without it, a closing connection): no refresh
            async with self.raw.listen(tools_list_changed=True) as subscription:
                async for _event in subscription:
                    changed()


MessageHandler = Callable[[Any], Awaitable[None]]


class Endpoint(ABC):
    """Where a server is and how to open a session to it."""

    label: str
    """How errors and reprs name the server: its command line, its URL or its session."""

    restartable: bool = True
    """Whether a broken connection can be opened again (not a session the caller handed us)."""

    @abstractmethod
    def open(
        self, options: Mapping[str, Any], on_message: MessageHandler
    ) -> contextlib.AbstractAsyncContextManager[Session]:
        """Open a session; ``options`` are the SDK client's callback keywords."""

    def exit_status(self) -> int | None:
        """The server process's exit status once it has exited (stdio only)."""
        return None

    def stderr_tail(self) -> str:
        """The last lines the server process wrote to stderr (stdio only)."""
        return ""

    async def wait_exited(self, seconds: float) -> int | None:
        """Up to ``seconds`` for the process to be seen exited; its status, or ``None``."""
        return None


@asynccontextmanager
async def _sdk_session(
    transport: Any, options: Mapping[str, Any], on_message: MessageHandler, *, legacy: bool = False
) -> AsyncGenerator[Session, None]:
    """A session over a transport (a context manager yielding the streams, or for v2 anything ``Client`` takes).

    With v2 the protocol version is negotiated (``mode="auto"``), except that server-to-client requests
    (sampling, elicitation, roots) need a handshake-era session, and so does ``legacy``.
    """
    found = sdk()
    if found.v2:
        pushed = {"sampling_callback", "elicitation_callback", "list_roots_callback"} & set(options)
        mode = "legacy" if legacy or pushed else "auto"
        client = found.mcp.Client(transport, mode=mode, cache=None, message_handler=on_message, **options)
        async with client:
            yield Session(client, v2=True)
        return
    async with transport as streams:
        read, write = streams[0], streams[1]
        async with found.mcp.ClientSession(read, write, message_handler=on_message, **options) as session:
            await session.initialize()
            yield Session(session, v2=False)


class StdioEndpoint(Endpoint):
    """A server started as a child process, speaking newline-delimited JSON-RPC on its stdin and stdout."""

    def __init__(
        self, command: str, args: Sequence[str], env: Mapping[str, str] | None, cwd: str | os.PathLike[str] | None
    ) -> None:
        self.command = command
        self.args = list(args)
        self.env = dict(env) if env is not None else None
        self.cwd = cwd
        self.label = " ".join([command, *self.args])
        self.process: anyio.abc.Process | None = None
        self._stderr: collections.deque[str] = collections.deque(maxlen=STDERR_TAIL_LINES)
        self._stderr_read: anyio.Event | None = None

    def open(
        self, options: Mapping[str, Any], on_message: MessageHandler
    ) -> contextlib.AbstractAsyncContextManager[Session]:
        return _sdk_session(self._transport(), options, on_message)

    def exit_status(self) -> int | None:
        return self.process.returncode if self.process is not None else None

    def stderr_tail(self) -> str:
        return "\n".join(self._stderr)

    async def wait_exited(self, seconds: float) -> int | None:
        with anyio.move_on_after(seconds):
            while self.process is not None and self.process.returncode is None:
                await anyio.sleep(0.01)
            if self.process is not None and self._stderr_read is not None:
                await self._stderr_read.wait()  # its last words are in the pipe still
        return self.exit_status()

    def _environment(self) -> dict[str, str]:
        # Like the SDK: a few safe variables of ours, then what the caller gave.
        keep = ("HOME", "LOGNAME", "PATH", "SHELL", "TERM", "USER", "LANG", "TMPDIR")
        base = {key: value for key in keep if (value := os.environ.get(key)) is not None}
        return base | (self.env or {})

    @asynccontextmanager
    async def _transport(self) -> AsyncGenerator[tuple[Any, Any], None]:
        message_type = sdk().message.SessionMessage
        parse = sdk().parse_message
        self._stderr.clear()
        process = await anyio.open_process(
            [self.command, *self.args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=self.cwd,
            env=self._environment(),
            start_new_session=True,  # its own process group, so the whole tree can be stopped
        )
        self.process = process
        stderr_read = self._stderr_read = anyio.Event()
        incoming_send, incoming = anyio.create_memory_object_stream[Any](0)
        outgoing, outgoing_receive = anyio.create_memory_object_stream[Any](0)

        async def read_stdout() -> None:
            assert process.stdout is not None
            async with incoming_send:
                buffer = b""
                with contextlib.suppress(anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
                    async for chunk in process.stdout:
                        *lines, buffer = (buffer + chunk).split(b"\n")
                        for line in lines:
                            if line.strip():
                                await incoming_send.send(_parsed(parse, message_type, line))

        async def read_stderr() -> None:
            assert process.stderr is not None
            buffer = b""
            with contextlib.suppress(anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
                async for chunk in process.stderr:
                    *lines, buffer = (buffer + chunk).split(b"\n")
                    self._stderr.extend(line.decode(errors="replace") for line in lines)
            if buffer:
                self._stderr.append(buffer.decode(errors="replace"))
            stderr_read.set()

        async def write_stdin() -> None:
            assert process.stdin is not None
            async with outgoing_receive:
                try:
                    async for message in outgoing_receive:
                        data = message.message.model_dump_json(by_alias=True, exclude_unset=True)
                        await process.stdin.send(data.encode() + b"\n")
                except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
                    await incoming_send.aclose()  # the session sees the connection end instead of waiting forever

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(read_stdout)
            tasks.start_soon(read_stderr)
            tasks.start_soon(write_stdin)
            try:
                yield incoming, outgoing
            finally:
                with anyio.CancelScope(shield=True):
                    await outgoing.aclose()
                    await incoming.aclose()
                    await _stop_process(process)
                    with anyio.move_on_after(EXIT_GRACE):
                        await stderr_read.wait()
                tasks.cancel_scope.cancel()


def _parsed(parse: Callable[[bytes], Any], message_type: Any, line: bytes) -> Any:
    try:
        return message_type(parse(line))
    except ValueError as exc:  # the session reports a line that is not JSON-RPC; the connection goes on
        return exc


async def _stop_process(process: anyio.abc.Process) -> None:
    """Stop a server as the MCP lifecycle says (close stdin, wait, SIGTERM, SIGKILL), then reap it."""
    if process.stdin is not None:
        with contextlib.suppress(OSError, anyio.BrokenResourceError, anyio.ClosedResourceError):
            await process.stdin.aclose()
    for sent in (None, signal.SIGTERM, signal.SIGKILL):
        if sent is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                if sys.platform == "win32":  # pragma: no cover
                    process.send_signal(sent)
                else:
                    os.killpg(process.pid, sent)
        with anyio.move_on_after(EXIT_GRACE):
            while process.returncode is None:
                await anyio.sleep(0.01)
        if process.returncode is not None:
            break
    with anyio.move_on_after(EXIT_GRACE):
        await process.aclose()  # closes the pipes and reaps the process


class HTTPEndpoint(Endpoint):
    """A server at a Streamable HTTP URL (over httpx2 with SDK v2; the 1.x transport otherwise)."""

    def __init__(self, url: str, headers: Mapping[str, str] | None, auth: Any) -> None:
        self.url = url
        self.headers = dict(headers) if headers is not None else None
        self.auth = auth
        self.label = url

    def open(
        self, options: Mapping[str, Any], on_message: MessageHandler
    ) -> contextlib.AbstractAsyncContextManager[Session]:
        return _sdk_session(self._transport(), options, on_message)

    @asynccontextmanager
    async def _transport(self) -> AsyncGenerator[Any, None]:
        transports = import_module("mcp.client.streamable_http")
        if not hasattr(transports, "streamable_http_client"):  # 1.23 to 1.2x: only the deprecated spelling
            async with transports.streamablehttp_client(self.url, headers=self.headers, auth=self.auth) as streams:
                yield streams[0], streams[1]
            return
        # the SDK's HTTP client (httpx2 with v2, httpx with 1.x) with its timeouts for long-held response streams
        make_client = import_module("mcp.shared._httpx_utils").create_mcp_http_client
        async with make_client(headers=self.headers, auth=self.auth) as http_client:
            async with transports.streamable_http_client(self.url, http_client=http_client) as streams:
                yield streams[0], streams[1]


class SessionEndpoint(Endpoint):
    """A session the caller opened (``mcp.Client``, ``ClientSession``) or an in-process server object."""

    def __init__(self, target: Any) -> None:
        self.target = target
        self.open_session = hasattr(target, "call_tool") and hasattr(target, "list_tools") and not _is_server(target)
        self.restartable = not self.open_session
        named = getattr(target, "name", None)  # a server object's name; a session's server says its own
        named = named if isinstance(named, str) else getattr(getattr(target, "server_info", None), "name", None)
        self.label = named if isinstance(named, str) and named else type(target).__name__

    def open(
        self, options: Mapping[str, Any], on_message: MessageHandler
    ) -> contextlib.AbstractAsyncContextManager[Session]:
        return self._open(options, on_message)

    @asynccontextmanager
    async def _open(self, options: Mapping[str, Any], on_message: MessageHandler) -> AsyncGenerator[Session, None]:
        found = sdk()
        if self.open_session:  # theirs to close; its callbacks are what they set
            yield Session(self.target, v2=found.v2 and isinstance(self.target, found.mcp.Client))
            return
        if found.v2:
            # handshake-era, as the reference servers negotiate: notifications and server requests are pushed
            async with _sdk_session(self.target, options, on_message, legacy=True) as session:
                yield session
            return
        memory = import_module("mcp.shared.memory")
        server = getattr(self.target, "_mcp_server", self.target)
        async with memory.create_connected_server_and_client_session(
            server, message_handler=on_message, **options
        ) as s:
            yield Session(s, v2=False)


def _is_server(target: Any) -> bool:
    found = sdk()
    server_types = [import_module("mcp.server.lowlevel").Server]
    if found.v2:
        server_types.append(import_module("mcp.server").MCPServer)
    else:
        server_types.append(import_module("mcp.server.fastmcp").FastMCP)
    return isinstance(target, tuple(server_types))
