"""pygenai.mcp toolsets: declarations, annotations, allow-lists, confirmation, progress, prefixes and name clashes,
list_changed; and a chat whose automatic function calling runs tools of two real servers (model side on cassettes).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import anyio
import mcp
import pytest

import pygenai
from pygenai.gemini._wire import gemini_tools
from pygenai.mcp import MCPTool, MCPToolset, ToolProgress
from pygenai.tools import Toolbox, ToolInvocation
from pygenai.tools._async.run import list_tools, run_calls, using_tools
from tests.mcp.conftest import SDK_V2, MCPServers, context_type, in_process_server, open_sdk_session

MODEL = "gemini-3.5-flash"


def call(name: str, **args: Any) -> ToolInvocation:
    return ToolInvocation(index=0, name=name, args=args, id=None, part={})


def everything(servers: MCPServers, **options: Any) -> MCPToolset:
    return pygenai.mcp.stdio(servers.node, args=[str(servers.everything), "stdio"], **options)


def filesystem(servers: MCPServers, root: Path, **options: Any) -> MCPToolset:
    return pygenai.mcp.stdio(servers.node, args=[str(servers.filesystem), str(root)], cwd=root, **options)


@pytest.mark.anyio
async def test_declarations_carry_the_servers_json_schema_unchanged(mcp_servers: MCPServers) -> None:
    async with open_sdk_session(mcp_servers.node, [str(mcp_servers.everything), "stdio"]) as client:
        listing = await client.list_tools()
    wire = {t["name"]: t for t in (tool.model_dump(by_alias=True, exclude_none=True) for tool in listing.tools)}
    async with everything(mcp_servers) as server:
        definitions = {d.name: d for d in await server.list_tools()}
    assert definitions.keys() == wire.keys() - server.unavailable.keys()
    for name, definition in definitions.items():
        assert definition.declaration["parametersJsonSchema"] == wire[name]["inputSchema"], name
        assert definition.description == wire[name].get("description")
    assert definitions["get-sum"].declaration == {
        "name": "get-sum",
        "description": "Returns the sum of two numbers",
        "parametersJsonSchema": {
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "a": {"type": "number", "description": "First number"},
                "b": {"type": "number", "description": "Second number"},
            },
            "required": ["a", "b"],
        },
    }


@pytest.mark.anyio
async def test_annotations_are_kept_and_readable(mcp_servers: MCPServers, tmp_path: Path) -> None:
    async with filesystem(mcp_servers, tmp_path) as server:
        definitions = {d.name: d for d in await server.list_tools()}
        read, write, mkdir = (server.tools[n].annotations for n in ("read_text_file", "write_file", "create_directory"))
    assert (read.read_only, read.open_world, read.may_destroy) == (True, False, False)
    assert (write.read_only, write.destructive, write.idempotent, write.may_destroy) == (False, True, True, True)
    assert (mkdir.destructive, mkdir.idempotent, mkdir.may_destroy) == (False, True, False)
    assert write.raw == {"readOnlyHint": False, "destructiveHint": True, "idempotentHint": True, "openWorldHint": False}
    assert definitions["write_file"].metadata["annotations"] == write.raw
    assert "annotations" not in definitions["write_file"].declaration  # the model sees name, description, schema


def test_annotations_default_as_the_spec_says() -> None:
    bare = pygenai.mcp.ToolAnnotations.from_wire(None)
    assert (bare.read_only, bare.destructive, bare.idempotent, bare.open_world, bare.may_destroy) == (
        False,
        True,
        False,
        True,
        True,
    )


@pytest.mark.anyio
async def test_allow_list_and_predicate(mcp_servers: MCPServers, tmp_path: Path) -> None:
    async with everything(mcp_servers, allow=["echo", "get-sum", "no-such-tool"]) as server:
        assert [d.name for d in await server.list_tools()] == ["echo", "get-sum"]
        with pytest.raises(LookupError, match="has no tool named 'get-env'"):
            await server.call_tool(call("get-env"))

    def read_only(tool: MCPTool) -> bool:
        return tool.annotations.read_only

    async with filesystem(mcp_servers, tmp_path, allow=read_only) as fs:
        names = {d.name for d in await fs.list_tools()}
    assert "read_text_file" in names and "list_allowed_directories" in names
    assert not names & {"write_file", "edit_file", "move_file", "create_directory"}


@pytest.mark.anyio
async def test_confirm_is_asked_before_a_destructive_tool(mcp_servers: MCPServers, tmp_path: Path) -> None:
    asked: list[tuple[str, dict[str, Any]]] = []
    allow_writes = False

    async def confirm(tool: MCPTool, args: dict[str, Any]) -> bool:
        asked.append((tool.name, args))
        return allow_writes

    async with filesystem(mcp_servers, tmp_path, confirm=confirm) as fs:
        await fs.list_tools()
        refused = call("write_file", path=str(tmp_path / "a.txt"), content="one")
        with pytest.raises(PermissionError, match="the user did not allow write_file"):
            await fs.call_tool(refused)
        assert not (tmp_path / "a.txt").exists()
        allow_writes = True
        await fs.call_tool(call("write_file", path=str(tmp_path / "a.txt"), content="two"))
        read = await fs.call_tool(call("read_text_file", path=str(tmp_path / "a.txt")))  # read-only: not asked
        await fs.call_tool(call("create_directory", path=str(tmp_path / "d")))  # not destructive: not asked
    assert (tmp_path / "a.txt").read_text() == "two" and (tmp_path / "d").is_dir()
    assert "two" in str(read.value)
    assert [name for name, _ in asked] == ["write_file", "write_file"]
    assert asked[0][1] == {"path": str(tmp_path / "a.txt"), "content": "one"}


@pytest.mark.anyio
async def test_a_refusal_reaches_the_model_as_an_error_response(mcp_servers: MCPServers, tmp_path: Path) -> None:
    from pygenai.gemini._wire import GeminiToolWire

    fs = filesystem(mcp_servers, tmp_path, confirm=lambda tool, args: False)
    toolbox = Toolbox([fs])
    async with using_tools(toolbox):
        [result] = await run_calls(toolbox, [call("write_file", path="x.txt", content="no")], GeminiToolWire())
    assert result.response == {
        "error": "PermissionError: the user did not allow write_file to run with these arguments"
    }
    assert not (tmp_path / "x.txt").exists()


@pytest.mark.anyio
async def test_progress_notifications_reach_the_callback(mcp_servers: MCPServers) -> None:
    seen: list[ToolProgress] = []
    async with everything(mcp_servers, on_progress=seen.append) as server:
        done = await server.call_tool(call("trigger-long-running-operation", duration=0.3, steps=3))
    assert "Long running operation completed" in str(done.value)
    assert [(p.tool, p.progress, p.total) for p in seen] == [
        ("trigger-long-running-operation", n, 3) for n in (1, 2, 3)
    ]
    assert seen[-1].fraction == 1


@pytest.mark.anyio
async def test_prefixes_tell_servers_apart(mcp_servers: MCPServers, tmp_path: Path) -> None:
    ev = everything(mcp_servers, prefix="ev", allow=["echo"])
    fs = filesystem(mcp_servers, tmp_path, prefix="fs", allow=["list_allowed_directories"])
    toolbox = Toolbox([ev, fs])
    async with using_tools(toolbox):
        assert list(toolbox.definitions) == ["ev_echo", "fs_list_allowed_directories"]
        echoed = await ev.call_tool(call("ev_echo", message="hi"))
    assert echoed.value == "Echo: hi"
    assert ev.tools["ev_echo"].server_name == "echo"


@pytest.mark.anyio
async def test_name_clash_is_resolved_in_order_and_reported(mcp_servers: MCPServers) -> None:
    from pygenai.gemini._wire import GeminiToolWire

    first, second = everything(mcp_servers, allow=["echo"]), everything(mcp_servers, allow=["echo", "get-sum"])
    toolbox = Toolbox([first, second])
    async with _opened(first, second):
        with pytest.warns(UserWarning, match=r"both offer a tool named 'echo': the model sees .* as 'echo_2'"):
            await list_tools(toolbox)
        assert list(toolbox.definitions) == ["echo", "echo_2", "get-sum"]
        assert toolbox.renamed == {"echo_2": ("echo", second)}
        assert [d["name"] for d in gemini_tools(toolbox)[0]["functionDeclarations"]] == ["echo", "echo_2", "get-sum"]
        results = await run_calls(
            toolbox, [call("echo", message="one"), call("echo_2", message="two")], GeminiToolWire()
        )
        assert [r.value.value for r in results] == ["Echo: one", "Echo: two"]
        assert second.tools["echo_2"].server_name == "echo"
        # the next request's toolbox sees the same names, and nothing clashes any more
        again = Toolbox([first, second])
        await list_tools(again)
        assert list(again.definitions) == ["echo", "echo_2", "get-sum"] and again.renamed == {}


class _opened:
    """Open toolsets for a block (``AsyncExitStack`` in one line)."""

    def __init__(self, *toolsets: MCPToolset) -> None:
        self.toolsets = toolsets

    async def __aenter__(self) -> None:
        for toolset in self.toolsets:
            await toolset.__aenter__()

    async def __aexit__(self, *exc: Any) -> None:
        for toolset in reversed(self.toolsets):
            await toolset.__aexit__(None, None, None)


Context = context_type()  # a global name: the SDK finds the ctx parameter by resolving its annotation


def _growing_server() -> Any:
    app = in_process_server("grower")

    @app.tool()
    async def unlock(ctx: Context) -> str:
        """Add the tool `secret`."""

        def secret() -> str:
            """The secret."""
            return "open sesame"

        app.add_tool(secret)
        if SDK_V2:
            await ctx.notify_tools_changed()  # 2026-07-28 connections: to subscriptions/listen streams
        if not SDK_V2 or ctx.session.protocol_version != "2026-07-28":  # handshake-era: a notification
            await ctx.session.send_tool_list_changed()
        return "unlocked"

    return app


async def _reveals_the_new_tool(server: MCPToolset) -> None:
    assert [d.name for d in await server.list_tools()] == ["unlock"]
    await server.call_tool(call("unlock"))
    with anyio.fail_after(5):
        while [d.name for d in await server.list_tools()] != ["unlock", "secret"]:
            await asyncio.sleep(0.01)
    revealed = await server.call_tool(call("secret"))
    assert "open sesame" in str(revealed.value)


@pytest.mark.anyio
async def test_tools_list_changed_notification_refreshes_the_declarations() -> None:
    async with pygenai.mcp.connect(_growing_server()) as server:  # in process: a handshake-era session
        await _reveals_the_new_tool(server)


if SDK_V2:  # subscriptions/listen is 2026-07-28 wire, which only v2 speaks

    @pytest.mark.anyio
    async def test_tools_changed_on_a_2026_connection_refreshes_the_declarations() -> None:
        async with mcp.Client(_growing_server()) as client, pygenai.mcp.connect(client) as server:
            assert client.protocol_version == "2026-07-28"  # changes come through subscriptions/listen
            await _reveals_the_new_tool(server)


def test_read_only_and_other_helpers_exist() -> None:
    # supports_tasks is False on SDK v2 (tasks were dropped), True on 1.x
    server = pygenai.mcp.stdio("true")
    assert server.supports_tasks is (not hasattr(mcp, "Client"))
    assert repr(server) == "MCPToolset('true')"


# --------------------------------------------------------------------------- a chat, end to end
# The model side replays cassettes/mcp/test_mcp_toolset/<test>.yaml, matched on the request body: the declarations
# sent are the servers' own, and the function responses are what the servers answered.

QUESTION = "How many fruits does notes.txt list in total?"
ANSWER = "notes.txt lists 7 fruits: 3 apples and 4 pears."


def _chat_servers(servers: MCPServers, root: Path) -> tuple[MCPToolset, MCPToolset]:
    (root / "notes.txt").write_text("apples: 3\npears: 4\n")
    return (
        filesystem(servers, root, prefix="fs", allow=["read_text_file"]),
        everything(servers, prefix="ev", allow=["get-sum"]),
    )


@pytest.mark.vcr
def test_chat_runs_tools_of_two_mcp_servers(
    gemini_client: pygenai.Client, vcr: Any, mcp_servers: MCPServers, tmp_path: Path
) -> None:
    fs, ev = _chat_servers(mcp_servers, tmp_path)
    with fs, ev:
        chat = gemini_client.chats.create(model=MODEL, config={"tools": [fs, ev]})
        response = chat.send(QUESTION)
        fs_process = fs.endpoint.process  # type: ignore[attr-defined]
    assert response.text == ANSWER
    afc = response.automatic_function_calling
    assert afc is not None and afc.completed and afc.rounds == 2 and not afc.errors
    assert [(r.call.name, r.call.args) for r in afc.results] == [
        ("fs_read_text_file", {"path": "notes.txt"}),
        ("ev_get-sum", {"a": 3, "b": 4}),
    ]
    assert "apples: 3" in str(afc.results[0].value.value)
    assert afc.results[1].value.value == "The sum of 3 and 4 is 7."
    assert fs_process.returncode == 0  # both servers stopped with the `with` block
    assert vcr.all_played


@pytest.mark.vcr
@pytest.mark.anyio
async def test_chat_runs_tools_of_two_mcp_servers_async(
    async_gemini_client: pygenai.AsyncClient, vcr: Any, mcp_servers: MCPServers, tmp_path: Path
) -> None:
    fs, ev = _chat_servers(mcp_servers, tmp_path)
    # not opened by the caller: the request opens both servers for its loop and stops them after
    chat = async_gemini_client.chats.create(model=MODEL, config={"tools": [fs, ev]})
    response = await chat.send(QUESTION)
    assert response.text == ANSWER
    assert not fs.is_open and not ev.is_open
    assert fs.endpoint.process.returncode == 0  # type: ignore[attr-defined]
    assert [role for role in (c.role for c in chat.history)] == ["user", "model", "user", "model", "user", "model"]
    assert vcr.all_played


# --------------------------------------------------------------------------- 2025-11-25 tasks (SDK 1.x only)
# server-everything's simulate-research-query must be called as a task (execution.taskSupport "required").

if SDK_V2:

    @pytest.mark.anyio
    async def test_a_tool_that_needs_tasks_is_not_offered_without_them(mcp_servers: MCPServers) -> None:
        async with everything(mcp_servers) as server:
            names = {d.name for d in await server.list_tools()}
        assert "simulate-research-query" not in names and "get-sum" in names
        assert "runs only as a task" in server.unavailable["simulate-research-query"]
        assert server.supports_tasks is False

else:

    @pytest.mark.anyio
    async def test_a_tool_that_needs_tasks_runs_as_a_task(mcp_servers: MCPServers) -> None:
        async with everything(mcp_servers) as server:
            assert "simulate-research-query" in {d.name for d in await server.list_tools()}
            report = await server.call_tool(call("simulate-research-query", topic="tide pools"))
        assert server.supports_tasks is True and server.unavailable == {}
        assert "tide pools" in str(report.value)


@pytest.mark.vcr
def test_interactions_run_an_mcp_tool(gemini_client: pygenai.Client, vcr: Any, mcp_servers: MCPServers) -> None:
    ev = everything(mcp_servers, allow=["get-sum"])
    interaction = gemini_client.interactions.create(model=MODEL, input="What is 2 + 40? Use the tool.", tools=[ev])
    assert interaction.text == "2 + 40 = 42."
    afc = interaction.automatic_function_calling
    assert afc is not None and afc.completed and not afc.errors
    assert [(r.call.name, r.call.args) for r in afc.results] == [("get-sum", {"a": 2, "b": 40})]
    assert not ev.is_open  # opened for the request, stopped after it
    assert vcr.all_played


STREAM_PROMPT = "Have the echo tool repeat: streamed through MCP"


@pytest.mark.vcr
def test_streamed_chat_runs_an_mcp_tool(gemini_client: pygenai.Client, vcr: Any, mcp_servers: MCPServers) -> None:
    ev = everything(mcp_servers, allow=["echo"])
    with ev:
        chat = gemini_client.chats.create(model=MODEL, config={"tools": [ev]})
        text = "".join(chunk.text or "" for chunk in chat.send_message_stream(STREAM_PROMPT))
    assert text == "The server said: Echo: streamed through MCP"
    assert [c.role for c in chat.history] == ["user", "model", "user", "model"]
    assert vcr.all_played


@pytest.mark.vcr
@pytest.mark.anyio
async def test_streamed_chat_runs_an_mcp_tool_async(
    async_gemini_client: pygenai.AsyncClient, vcr: Any, mcp_servers: MCPServers
) -> None:
    ev = everything(mcp_servers, allow=["echo"])
    async with ev:
        chat = async_gemini_client.chats.create(model=MODEL, config={"tools": [ev]})
        stream = await chat.send_message_stream(STREAM_PROMPT)
        text = "".join([chunk.text or "" async for chunk in stream])
    assert text == "The server said: Echo: streamed through MCP"
    assert vcr.all_played
