"""Fixtures for the MCP tests: the real reference servers, installed from npm once per machine.

``mcp_servers`` installs ``@modelcontextprotocol/server-everything`` and ``server-filesystem`` (pinned below) into
a cache directory (``$PYGENAI_MCP_NPM_CACHE``, else ``$XDG_CACHE_HOME/pygenai/npm-mcp``, else
``~/.cache/pygenai/npm-mcp``) the first time a session needs them, and gives their entry points. npm runs in a
subprocess, so ``--block-network`` (which guards this process's sockets) does not stop it; without node or npm,
or when npm cannot install, the fixture fails and says what is missing.

``everything_http`` runs server-everything over Streamable HTTP on a free 127.0.0.1 port (it has no host option:
a ``--require`` preload makes its ``listen(port)`` bind loopback) and stops it after the test.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from importlib import import_module
from pathlib import Path
from typing import Any

import mcp
import pytest

SERVER_VERSION = "2026.8.31"
PACKAGES = {
    "everything": f"@modelcontextprotocol/server-everything@{SERVER_VERSION}",
    "filesystem": f"@modelcontextprotocol/server-filesystem@{SERVER_VERSION}",
}

# Node's http.Server.listen(port) binds every interface; the tests' servers must stay on loopback.
LOOPBACK_PRELOAD = """\
const net = require("net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" && (args.length === 1 || typeof args[1] === "function")) {
    args.splice(1, 0, "127.0.0.1");
  }
  return listen.apply(this, args);
};
"""


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclasses.dataclass(frozen=True)
class MCPServers:
    """Where the installed reference servers are."""

    node: str
    everything: Path
    """server-everything's entry point: ``node <everything> stdio|streamableHttp``."""
    filesystem: Path
    """server-filesystem's entry point: ``node <filesystem> <allowed dir>...``."""
    loopback_preload: Path
    """A ``node --require`` preload that makes ``listen(port)`` bind 127.0.0.1."""


def _cache_dir() -> Path:
    explicit = os.environ.get("PYGENAI_MCP_NPM_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pygenai" / "npm-mcp"


def _installed(root: Path) -> bool:
    for spec in PACKAGES.values():
        name, _, version = spec.rpartition("@")
        manifest = root / "node_modules" / name / "package.json"
        if not manifest.exists() or json.loads(manifest.read_text())["version"] != version:
            return False
    return True


def _install(root: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("the MCP tests need npm (Node.js >= 20) to install the reference servers; npm is not on PATH")
    root.mkdir(parents=True, exist_ok=True)
    (root / "package.json").write_text('{"name": "pygenai-mcp-test-servers", "private": true}\n')
    command = [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", *PACKAGES.values()]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0 or not _installed(root):
        pytest.fail(
            f"npm could not install the MCP reference servers into {root} (exit {done.returncode}); "
            f"they are needed: {', '.join(PACKAGES.values())}\n{done.stderr[-2000:]}"
        )


@pytest.fixture(scope="session")
def mcp_servers() -> MCPServers:
    """The reference servers, installed into the cache directory on first use."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("the MCP tests need Node.js >= 20 (`node` on PATH) to run the reference servers")
    root = _cache_dir()
    if not _installed(root):
        _install(root)
    preload = root / "loopback.cjs"
    if not preload.exists() or preload.read_text() != LOOPBACK_PRELOAD:
        preload.write_text(LOOPBACK_PRELOAD)
    modules = root / "node_modules" / "@modelcontextprotocol"
    return MCPServers(
        node=node,
        everything=modules / "server-everything" / "dist" / "index.js",
        filesystem=modules / "server-filesystem" / "dist" / "index.js",
        loopback_preload=preload,
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclasses.dataclass
class RunningHTTPServer:
    """A server-everything process serving Streamable HTTP on loopback."""

    url: str
    process: subprocess.Popen[bytes]


@pytest.fixture
def everything_http(mcp_servers: MCPServers) -> Iterator[RunningHTTPServer]:
    """server-everything over Streamable HTTP at ``http://127.0.0.1:<free port>/mcp``, stopped after the test."""
    port = _free_port()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/"), "PORT": str(port)}
    command = [mcp_servers.node, "--require", str(mcp_servers.loopback_preload), str(mcp_servers.everything)]
    process = subprocess.Popen([*command, "streamableHttp"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    err = process.stderr.read().decode(errors="replace") if process.stderr else ""
                    pytest.fail(f"server-everything did not start on 127.0.0.1:{port}: {err[-2000:]}")
                time.sleep(0.05)
        yield RunningHTTPServer(f"http://127.0.0.1:{port}/mcp", process)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stderr is not None:
            process.stderr.close()


# --------------------------------------------------------------------------- both SDK lines
# The same tests run on SDK v2 (the test group's mcp==2.3.0) and on 1.x (`nox -s mcp_v1`); these helpers give the
# SDK objects a test needs in the installed line's spelling.

SDK_V2 = hasattr(mcp, "Client")
"""Whether the installed MCP SDK is the v2 line (``mcp.Client``); 1.x otherwise."""

sdk_types: Any = import_module("mcp_types" if SDK_V2 else "mcp.types")
"""The installed line's protocol models: v2's ``mcp_types`` distribution or 1.x's ``mcp.types``. Tests build them
with camelCase keywords (1.x's field names, v2's aliases) and an explicit ``type=`` on content blocks (required
by 1.x)."""


def sdk_field(model: Any, name: str) -> Any:
    """Attribute ``name`` (snake_case, v2's spelling) of an SDK model, read as the installed line spells it: as
    it is on v2, camelCase on 1.x (``stop_reason`` -> ``stopReason``). A missing attribute raises."""
    if not SDK_V2:
        head, *rest = name.split("_")
        name = head + "".join(word.capitalize() for word in rest)
    return getattr(model, name)


def in_process_server(name: str) -> Any:
    """An empty high-level SDK server: ``MCPServer`` (v2) or ``FastMCP`` (1.x); tools are added with ``.tool()``."""
    if SDK_V2:
        from mcp.server import MCPServer

        return MCPServer(name)
    from mcp.server.fastmcp import FastMCP

    return FastMCP(name)


@asynccontextmanager
async def open_sdk_session(command: str, args: list[str]) -> AsyncIterator[Any]:
    """A session the test opens itself with the SDK: ``mcp.Client`` (v2) or ``ClientSession`` (1.x)."""
    parameters = mcp.StdioServerParameters(command=command, args=args)
    if SDK_V2:
        async with mcp.Client(parameters, mode="legacy") as client:
            yield client
        return
    from mcp.client.stdio import stdio_client

    async with stdio_client(parameters) as (read, write), mcp.ClientSession(read, write) as session:
        await session.initialize()
        yield session


def context_type() -> Any:
    """The type a high-level server's tool annotates its ``ctx`` parameter with (to get the request context)."""
    if SDK_V2:
        from mcp.server.mcpserver import Context

        return Context
    from mcp.server.fastmcp import Context

    return Context
