"""MCP servers' tools in Gemini function calling, on the official MCP Python SDK (``pip install 'pygenai[mcp]'``).

Each function returns an :class:`MCPToolset`, a :class:`pygenai.Toolset`: pass it in ``tools=[...]`` of
``generate_content``, a chat or ``interactions.create``, sync or async. ``import pygenai`` does not import this
package; ``pygenai.mcp`` does, and without the SDK it raises :class:`~pygenai.MissingDependencyError`.

Example::

    files = pygenai.mcp.stdio("npx", args=["-y", "@modelcontextprotocol/server-filesystem", "."], prefix="fs")
    async with pygenai.AsyncClient() as client, files:
        chat = client.chats.create(model="gemini-2.5-flash", config={"tools": [files]})
        print((await chat.send("What is in README.md?")).text)

A toolset given in ``tools=`` that is not open is opened for that request and closed after it; open it yourself
(``async with``, or ``with`` from sync code) to keep one server process or session across requests.

Options every function takes:

- ``name``: how errors and reprs name the server (default: its command line or URL).
- ``prefix``: tools are offered to the model as ``<prefix>_<tool>`` (to tell several servers apart).
- ``allow``: the server's tool names to offer, or a predicate on :class:`MCPTool`; the others are hidden.
- ``confirm``: ``confirm(tool, args) -> bool`` (or awaitable), asked before a tool that may be destructive
  (not read-only and not marked non-destructive) runs; ``False`` sends the model an error response instead.
- ``timeout``: seconds per call; a call that takes longer is cancelled on the server and the model is told.
- ``on_progress``: receives a :class:`ToolProgress` for each progress notification of a running call.
- ``elicitation``, ``sampling``, ``roots``, ``on_log``: client capabilities (see ``pygenai.mcp._callbacks``).

A server that crashes makes the call that notices raise :class:`~pygenai.MCPServerError` (its exit status and
stderr tail; the model gets it as an error response) and is started again on the next use, after a delay that
grows while it keeps failing. ``notifications/tools/list_changed`` makes the next listing ask the server again.
On SDK 1.x, tools that must run as 2025-11-25 tasks are called as tasks; SDK v2 has no tasks, so such tools are
not offered (``toolset.unavailable`` says why).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from ._callbacks import (
    ElicitationHandler,
    ElicitationRequest,
    ElicitationResponse,
    LogHandler,
    LogRecord,
    RootsOption,
    SamplingHandler,
    SamplingRequest,
    SamplingResponse,
    session_callbacks,
)
from ._connect import HTTPEndpoint, SessionEndpoint, StdioEndpoint, sdk
from ._resources import MCPPrompt, MCPResource
from ._sampling import GeminiSampling, gemini_sampling
from ._toolset import Allow, Confirm, MCPTool, MCPToolset, OnProgress, ToolAnnotations, ToolProgress

__all__ = [
    "ElicitationRequest",
    "ElicitationResponse",
    "GeminiSampling",
    "LogRecord",
    "MCPPrompt",
    "MCPResource",
    "MCPTool",
    "MCPToolset",
    "SamplingRequest",
    "SamplingResponse",
    "ToolAnnotations",
    "ToolProgress",
    "connect",
    "gemini_sampling",
    "http",
    "stdio",
]

sdk()  # importing pygenai.mcp without the SDK raises MissingDependencyError here, naming the extra


def _session_options(
    elicitation: ElicitationHandler | None,
    sampling: SamplingHandler | None,
    roots: RootsOption | None,
    on_log: LogHandler | None,
) -> dict[str, Any]:
    return session_callbacks(elicitation=elicitation, sampling=sampling, roots=roots, on_log=on_log)


def stdio(
    command: str,
    args: Sequence[str] = (),
    *,
    env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    name: str | None = None,
    prefix: str | None = None,
    allow: Allow = None,
    confirm: Confirm = None,
    timeout: float | None = None,
    on_progress: OnProgress = None,
    elicitation: ElicitationHandler | None = None,
    sampling: SamplingHandler | None = None,
    roots: RootsOption | None = None,
    on_log: LogHandler | None = None,
) -> MCPToolset:
    """A server run as a child process (``command args...``) speaking MCP on its stdin and stdout.

    The process starts when the toolset is opened and is stopped and reaped when it closes; ``env`` is added
    to a few safe variables of this process's environment (``PATH``, ``HOME``...), not to all of it.
    """
    return MCPToolset(
        StdioEndpoint(command, args, env, cwd),
        name=name,
        prefix=prefix,
        allow=allow,
        confirm=confirm,
        timeout=timeout,
        on_progress=on_progress,
        session_options=_session_options(elicitation, sampling, roots, on_log),
    )


def http(
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    auth: Any = None,
    name: str | None = None,
    prefix: str | None = None,
    allow: Allow = None,
    confirm: Confirm = None,
    timeout: float | None = None,
    on_progress: OnProgress = None,
    elicitation: ElicitationHandler | None = None,
    sampling: SamplingHandler | None = None,
    roots: RootsOption | None = None,
    on_log: LogHandler | None = None,
) -> MCPToolset:
    """A server at a Streamable HTTP endpoint (``http://host:port/mcp``).

    ``auth`` is an ``httpx2.Auth``, typically the SDK's ``OAuthClientProvider`` for servers behind OAuth.
    """
    return MCPToolset(
        HTTPEndpoint(url, headers, auth),
        name=name,
        prefix=prefix,
        allow=allow,
        confirm=confirm,
        timeout=timeout,
        on_progress=on_progress,
        session_options=_session_options(elicitation, sampling, roots, on_log),
    )


def connect(
    session_or_server: Any,
    *,
    name: str | None = None,
    prefix: str | None = None,
    allow: Allow = None,
    confirm: Confirm = None,
    timeout: float | None = None,
    on_progress: OnProgress = None,
    elicitation: ElicitationHandler | None = None,
    sampling: SamplingHandler | None = None,
    roots: RootsOption | None = None,
    on_log: LogHandler | None = None,
) -> MCPToolset:
    """An already-open SDK session (``mcp.Client``, ``ClientSession``), or an in-process server object.

    An open session stays the caller's: it is used as it is (its callbacks are the ones it was opened with)
    and not closed. A server object (``mcp.server.MCPServer``, a low-level ``Server``) is connected in
    process when the toolset opens: handy for tests.
    """
    return MCPToolset(
        SessionEndpoint(session_or_server),
        name=name,
        prefix=prefix,
        allow=allow,
        confirm=confirm,
        timeout=timeout,
        on_progress=on_progress,
        session_options=_session_options(elicitation, sampling, roots, on_log),
    )
