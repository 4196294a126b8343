"""pygenai.mcp connections: stdio, Streamable HTTP, an open session, an in-process server; lifecycle and crashes.

The servers are the real npm reference servers (``conftest.py`` installs them) on loopback only.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import anyio
import pytest

import pygenai
from pygenai.mcp import MCPToolset
from pygenai.tools import ToolInvocation
from tests.mcp.conftest import SDK_V2, MCPServers, RunningHTTPServer, in_process_server, open_sdk_session

ROOT = Path(__file__).resolve().parents[2]
PYTHONPATH = os.pathsep.join(str(ROOT / part) for part in ("runtime", "generated"))


def call(name: str, **args: Any) -> ToolInvocation:
    return ToolInvocation(index=0, name=name, args=args, id=None, part={})


def everything(servers: MCPServers, **options: Any) -> MCPToolset:
    return pygenai.mcp.stdio(servers.node, args=[str(servers.everything), "stdio"], **options)


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": PYTHONPATH}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)


def test_import_pygenai_does_not_import_the_mcp_sdk() -> None:
    done = _run_python(
        "import sys, pygenai\n"
        "pygenai.Client, pygenai.Toolset, pygenai.MCPServerError\n"
        "print(sorted(m for m in sys.modules if m == 'mcp' or m.startswith(('mcp.', 'mcp_types'))))\n"
        "pygenai.mcp.stdio\n"
        "print('mcp' in sys.modules)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "True"]


def test_pygenai_mcp_without_the_sdk_names_the_extra() -> None:
    done = _run_python(
        "import sys\n"
        "sys.modules['mcp'] = None  # as if not installed\n"
        "import pygenai\n"
        "try:\n"
        "    pygenai.mcp\n"
        "except pygenai.MissingDependencyError as exc:\n"
        "    print(type(exc).__name__, '|', exc)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("MissingDependencyError | ")
    assert "pip install 'pygenai[mcp]'" in done.stdout


@pytest.mark.anyio
async def test_stdio_echo_and_sum(mcp_servers: MCPServers) -> None:
    async with everything(mcp_servers) as server:
        names = [definition.name for definition in await server.list_tools()]
        assert {"echo", "get-sum", "trigger-long-running-operation"} <= set(names)
        echoed = await server.call_tool(call("echo", message="hello from pygenai"))
        summed = await server.call_tool(call("get-sum", a=2, b=40))
    assert echoed.value == "Echo: hello from pygenai"
    assert summed.value == "The sum of 2 and 40 is 42."


def test_stdio_from_sync_code_through_the_portal(mcp_servers: MCPServers) -> None:
    server = everything(mcp_servers)
    with server:
        assert "get-sum" in {d.name for d in server.list_tools_sync()}
        first = server.call_tool_sync(call("get-sum", a=1, b=2))
        process = server.endpoint.process  # type: ignore[attr-defined]
        second = server.call_tool_sync(call("get-sum", a=3, b=4))
        assert server.endpoint.process is process  # type: ignore[attr-defined]  # one session for both calls
    assert (first.value, second.value) == ("The sum of 1 and 2 is 3.", "The sum of 3 and 4 is 7.")
    assert process is not None and process.returncode == 0  # stdin closed, the server exited by itself


@pytest.mark.anyio
async def test_streamable_http(everything_http: RunningHTTPServer) -> None:
    async with pygenai.mcp.http(everything_http.url, headers={"X-Test": "1"}) as server:
        assert "echo" in {d.name for d in await server.list_tools()}
        echoed = await server.call_tool(call("echo", message="over http"))
        summed = await server.call_tool(call("get-sum", a=0.5, b=0.25))
    assert echoed.value == "Echo: over http"
    assert summed.value == "The sum of 0.5 and 0.25 is 0.75."


@pytest.mark.anyio
async def test_http_server_gone_is_a_typed_error_and_reconnects(mcp_servers: MCPServers) -> None:
    # nothing listens on this port: opening fails with MCPServerError naming the URL
    with socket_port() as port:
        url = f"http://127.0.0.1:{port}/mcp"
    with pytest.raises(pygenai.MCPServerError) as caught:
        async with pygenai.mcp.http(url):
            pass
    assert caught.value.server == url
    assert "could not connect" in str(caught.value)
    assert caught.value.exit_status is None


class socket_port:
    """A port that was free a moment ago (closed again on exit of the block)."""

    def __enter__(self) -> int:
        import socket

        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        return int(self.socket.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        self.socket.close()


@pytest.mark.anyio
async def test_crashed_server_gives_typed_error_then_restarts(mcp_servers: MCPServers) -> None:
    async with everything(mcp_servers, name="everything") as server:
        await server.list_tools()
        first = server.endpoint.process  # type: ignore[attr-defined]
        assert first is not None
        os.kill(first.pid, signal.SIGKILL)
        with pytest.raises(pygenai.MCPServerError) as caught:
            await server.call_tool(call("get-sum", a=1, b=1))
        error = caught.value
        assert error.server == "everything"
        assert error.exit_status == -signal.SIGKILL
        assert "Starting default (STDIO) server" in error.stderr_tail  # what server-everything wrote at start
        assert "exit status -9" in str(error) and "everything" in str(error)
        # the next use starts the server again
        again = await server.call_tool(call("get-sum", a=2, b=2))
        assert again.value == "The sum of 2 and 2 is 4."
        assert server.restarts == 1
        assert server.endpoint.process is not first  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_restarts_back_off_while_the_server_keeps_failing(mcp_servers: MCPServers) -> None:
    from pygenai.mcp._toolset import RESTART_DELAYS

    async with everything(mcp_servers, name="everything") as server:
        await server.list_tools()
        endpoint = server.endpoint
        os.kill(endpoint.process.pid, signal.SIGKILL)  # type: ignore[attr-defined]
        with pytest.raises(pygenai.MCPServerError, match="exit status -9"):
            await server.call_tool(call("echo", message="x"))
        # from now on the server cannot start: each attempt waits longer than the one before
        endpoint.args = ["-e", "process.stderr.write('port in use'); process.exit(7)"]  # type: ignore[attr-defined]
        waits = []
        for _ in range(3):
            started = time.monotonic()
            with pytest.raises(pygenai.MCPServerError) as caught:
                await server.call_tool(call("echo", message="x"))
            waits.append(time.monotonic() - started)
            assert (caught.value.exit_status, caught.value.stderr_tail) == (7, "port in use")
        assert [round(w, 1) >= d for w, d in zip(waits, RESTART_DELAYS[1:4], strict=True)] == [True] * 3
        assert waits[0] < waits[1] < waits[2]
        endpoint.args = [str(mcp_servers.everything), "stdio"]  # type: ignore[attr-defined]
        assert (await server.call_tool(call("echo", message="back"))).value == "Echo: back"


@pytest.mark.anyio
async def test_server_that_exits_at_once_reports_status_and_stderr() -> None:
    script = "import sys; print('no config file found', file=sys.stderr); sys.exit(3)"
    server = pygenai.mcp.stdio(sys.executable, args=["-c", script], name="broken")
    with pytest.raises(pygenai.MCPServerError) as caught:
        async with server:
            pass
    assert caught.value.exit_status == 3
    assert caught.value.stderr_tail == "no config file found"
    assert not server.is_open


def _children() -> set[int]:
    me = str(os.getpid())
    found: set[int] = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if stat.rsplit(")", 1)[1].split()[1] == me:
                found.add(int(entry))
    return found


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_servers_are_reaped_and_nothing_leaks(mcp_servers: MCPServers) -> None:
    """Open, use, crash and close servers many ways; children, fds, threads and tasks are as before."""

    async def cycles() -> int:
        tasks_before = len(asyncio.all_tasks())
        for _ in range(2):
            async with everything(mcp_servers) as server:
                await server.call_tool(call("echo", message="x"))
            crashed = everything(mcp_servers)
            async with crashed:
                os.kill(crashed.endpoint.process.pid, signal.SIGKILL)  # type: ignore[attr-defined]
                with pytest.raises(pygenai.MCPServerError):
                    await crashed.call_tool(call("echo", message="x"))
                await crashed.call_tool(call("echo", message="restarted"))
            with pytest.raises(ZeroDivisionError):  # an error in the block still stops the server
                async with everything(mcp_servers):
                    1 / 0  # noqa: B018
        return len(asyncio.all_tasks()) - tasks_before

    with everything(mcp_servers) as warm:  # start the portal thread first: it is meant to live on
        warm.list_tools_sync()
    children, fds, threads = _children(), _fds(), threading.active_count()
    leaked_tasks = anyio.run(cycles)
    server = everything(mcp_servers)
    with server:  # and from sync code, through the portal
        server.call_tool_sync(call("echo", message="sync"))
    time.sleep(0.05)
    assert leaked_tasks == 0
    assert _children() == children
    assert _fds() == fds
    assert threading.active_count() == threads
    zombies = [pid for pid in _children() if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"]
    assert zombies == []


@pytest.mark.anyio
async def test_connect_uses_an_open_sdk_session_and_leaves_it_open(mcp_servers: MCPServers) -> None:
    async with open_sdk_session(mcp_servers.node, [str(mcp_servers.everything), "stdio"]) as client:
        async with pygenai.mcp.connect(client, prefix="ev") as server:
            assert "ev_get-sum" in {d.name for d in await server.list_tools()}
            summed = await server.call_tool(call("ev_get-sum", a=5, b=6))
            assert server.session is client
        assert summed.value == "The sum of 5 and 6 is 11."
        still = await client.call_tool("echo", {"message": "still open"})
        assert still.content[0].text == "Echo: still open"


def _calculator(seen: list[tuple[int, int]]) -> Any:
    app = in_process_server("calculator")

    @app.tool()
    def multiply(a: int, b: int) -> int:
        """Multiply two integers."""
        seen.append((a, b))
        return a * b

    return app


@pytest.mark.anyio
async def test_connect_runs_an_in_process_server() -> None:
    seen: list[tuple[int, int]] = []
    async with pygenai.mcp.connect(_calculator(seen)) as server:
        definitions = {d.name: d for d in await server.list_tools()}
        product = await server.call_tool(call("multiply", a=6, b=7))
    assert definitions["multiply"].description == "Multiply two integers."
    assert definitions["multiply"].parameters["required"] == ["a", "b"]
    assert seen == [(6, 7)]
    assert "42" in str(product.value)


@pytest.mark.anyio
async def test_timeout_cancels_the_call_and_the_session_goes_on(mcp_servers: MCPServers) -> None:
    async with everything(mcp_servers, timeout=0.5) as server:
        started = time.monotonic()
        with pytest.raises(TimeoutError, match=r"trigger-long-running-operation did not answer within 0.5 s"):
            await server.call_tool(call("trigger-long-running-operation", duration=20, steps=20))
        assert time.monotonic() - started < 5
        summed = await server.call_tool(call("get-sum", a=1, b=1))
    assert summed.value == "The sum of 1 and 1 is 2."


def test_use_without_opening_says_how() -> None:
    server = pygenai.mcp.stdio("true")
    with pytest.raises(RuntimeError, match=r"not open: use it in `async with`"):
        anyio.run(server.list_tools)


def test_bad_timeout_is_rejected() -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        pygenai.mcp.stdio("true", timeout=0)


def _sleeper(events: list[str]) -> Any:
    app = in_process_server("sleeper")

    @app.tool()
    async def slow() -> str:
        """Take ten seconds."""
        events.append("started")
        try:
            await anyio.sleep(10)
        except anyio.get_cancelled_exc_class():
            events.append("cancelled on the server")
            raise
        return "done"

    return app


@pytest.mark.anyio
async def test_timeout_reaches_the_server_as_a_cancellation() -> None:
    events: list[str] = []
    async with pygenai.mcp.connect(_sleeper(events), timeout=0.3) as server:
        with pytest.raises(TimeoutError, match=r"slow did not answer within 0\.3 s"):
            await server.call_tool(call("slow"))
        with anyio.move_on_after(2):
            while len(events) < 2:
                await anyio.sleep(0.01)
        # SDK v2 sends notifications/cancelled when a request times out; 1.x only stops waiting (the handler
        # runs on until the session closes)
        assert events == (["started", "cancelled on the server"] if SDK_V2 else ["started"])


def test_an_in_process_server_is_named_by_its_name() -> None:
    assert repr(pygenai.mcp.connect(_calculator([]))) == "MCPToolset('calculator')"
    assert pygenai.mcp.connect(_calculator([]), name="calc").name == "calc"
