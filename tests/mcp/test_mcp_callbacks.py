"""Client capabilities as callbacks (``pygenai.mcp._callbacks``, ``gemini_sampling``): elicitation (form and URL),
sampling answered by Gemini (on cassettes), roots and logging, against the real server-everything over stdio.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import anyio
import pytest

import pygenai
from pygenai.mcp import MCPToolset
from pygenai.mcp._callbacks import (
    ElicitationRequest,
    ElicitationResponse,
    LogRecord,
    SamplingRequest,
    SamplingResponse,
    required_url_elicitations,
    sampling_request,
    session_callbacks,
)
from pygenai.mcp._sampling import GeminiSampling, gemini_sampling
from pygenai.tools import ToolInvocation
from tests.mcp.conftest import MCPServers, sdk_field, sdk_types

SAMPLING_PROMPT = "Name a primary colour."


def call(name: str, **args: Any) -> ToolInvocation:
    return ToolInvocation(index=0, name=name, args=args, id=None, part={})


def everything(servers: MCPServers, **options: Any) -> MCPToolset:
    return pygenai.mcp.stdio(servers.node, args=[str(servers.everything), "stdio"], **options)


# ------------------------------------------------------------------------------------------------ elicitation


@pytest.mark.anyio
async def test_form_elicitation_reaches_an_async_callback_and_its_answer_the_server(mcp_servers: MCPServers) -> None:
    seen: list[ElicitationRequest] = []

    async def fill_in(request: ElicitationRequest) -> dict[str, Any]:
        seen.append(request)
        return {**request.defaults(), "name": "Ada Lovelace", "integer": 7}

    async with everything(mcp_servers, elicitation=fill_in) as server:
        assert "trigger-elicitation-request" in {d.name for d in await server.list_tools()}
        output = await server.call_tool(call("trigger-elicitation-request"))
    [request] = seen
    assert request.mode == "form" and request.url is None
    assert request.requested_schema is not None and request.requested_schema["required"] == ["name"]
    assert request.defaults()["firstLine"] == "It was a dark and stormy night."
    text = "\n".join(output.value)
    assert "User provided the requested information" in text
    assert '"name": "Ada Lovelace"' in text and '"integer": 7' in text


def test_form_elicitation_declined_by_a_sync_callback_in_a_worker_thread(mcp_servers: MCPServers) -> None:
    threads: list[threading.Thread] = []

    def decline(request: ElicitationRequest) -> str:
        threads.append(threading.current_thread())
        return "decline"

    server = everything(mcp_servers, elicitation=decline)
    with server:
        server.list_tools_sync()
        output = server.call_tool_sync(call("trigger-elicitation-request"))
    assert "User declined to provide the requested information" in output.value[0]
    assert '"action": "decline"' in output.value[1]
    assert [thread.name for thread in threads] == ["AnyIO worker thread"]  # not the loop that serves the session


@pytest.mark.anyio
async def test_url_elicitation(mcp_servers: MCPServers) -> None:
    seen: list[ElicitationRequest] = []

    def consent(request: ElicitationRequest) -> ElicitationResponse:
        seen.append(request)
        return ElicitationResponse("accept")

    async with everything(mcp_servers, elicitation=consent) as server:
        await server.list_tools()
        output = await server.call_tool(
            call("trigger-url-elicitation", url="https://example.com/sign-in", elicitationId="e-42")
        )
    [request] = seen
    assert (request.mode, request.url, request.elicitation_id) == ("url", "https://example.com/sign-in", "e-42")
    assert request.message == "Please open the link to complete this action."
    assert "User completed the URL elicitation flow" in "\n".join(output.value)


@pytest.mark.anyio
async def test_a_failing_callback_answers_the_server_with_an_error() -> None:
    def broken(request: ElicitationRequest) -> None:
        raise LookupError("no user at the keyboard")

    callback = session_callbacks(elicitation=broken)["elicitation_callback"]
    params = sdk_types.ElicitRequestFormParams(message="?", requestedSchema={"type": "object", "properties": {}})
    answer = await callback(None, params)
    assert isinstance(answer, sdk_types.ErrorData)
    assert answer.message == "LookupError: no user at the keyboard"
    bad_action = await session_callbacks(elicitation=lambda request: "maybe")["elicitation_callback"](None, params)
    assert "accept, decline or cancel, not 'maybe'" in bad_action.message


# --------------------------------------------------------------------------------------------------- sampling


def test_sampling_request_from_sdk_params() -> None:
    image = sdk_types.ImageContent(type="image", data="iVBO", mimeType="image/png")
    params = sdk_types.CreateMessageRequestParams(
        messages=[
            sdk_types.SamplingMessage(role="user", content=sdk_types.TextContent(type="text", text="Describe:")),
            sdk_types.SamplingMessage(role="user", content=image),
            sdk_types.SamplingMessage(role="assistant", content=sdk_types.TextContent(type="text", text="A logo.")),
        ],
        maxTokens=64,
        systemPrompt="Be brief.",
        temperature=0.2,
        stopSequences=["END"],
        modelPreferences=sdk_types.ModelPreferences(
            hints=[sdk_types.ModelHint(name="claude-3-haiku")], intelligencePriority=0.9
        ),
    )
    request = sampling_request(params)
    assert request.contents == [
        {"role": "user", "parts": [{"text": "Describe:"}, {"inlineData": {"mimeType": "image/png", "data": "iVBO"}}]},
        {"role": "model", "parts": [{"text": "A logo."}]},
    ]
    assert (request.max_tokens, request.system_prompt, request.temperature) == (64, "Be brief.", 0.2)
    assert (request.stop_sequences, request.model_hints, request.intelligence_priority) == (
        ["END"],
        ["claude-3-haiku"],
        0.9,
    )
    config = GeminiSampling(None, config={"thinking_budget": 0}).generation_config(request)
    assert config == {
        "thinking_budget": 0,
        "max_output_tokens": 64,
        "system_instruction": "Be brief.",
        "temperature": 0.2,
        "stop_sequences": ["END"],
    }


@pytest.mark.parametrize(
    ("hints", "priorities", "model"),
    [
        (["gemini-2.0-flash-001"], {}, "gemini-2.0-flash-001"),  # a Gemini name is taken as it is
        (["claude-3-haiku"], {"intelligence_priority": 1.0}, "gemini-2.5-flash-lite"),  # hints before priorities
        (["gpt-4o-mini"], {}, "gemini-2.5-flash-lite"),
        (["claude-3-opus"], {}, "gemini-2.5-pro"),
        (["claude-3-5-sonnet"], {}, "gemini-2.5-flash"),
        (["llama", "sonnet"], {}, "gemini-2.5-flash"),  # the first hint that means something wins
        ([], {"intelligence_priority": 0.8, "speed_priority": 0.3}, "gemini-2.5-pro"),
        ([], {"cost_priority": 0.9, "intelligence_priority": 0.2}, "gemini-2.5-flash-lite"),
        ([], {"cost_priority": 0.5, "intelligence_priority": 0.5}, "gemini-2.5-flash"),
        (["mystery-model"], {}, "gemini-2.5-flash"),
    ],
)
def test_model_preferences_choose_the_gemini_model(hints: list[str], priorities: dict[str, float], model: str) -> None:
    request = SamplingRequest(contents=[], max_tokens=10, model_hints=hints, **priorities)
    assert GeminiSampling(None).choose_model(request) == model


@pytest.mark.anyio
@pytest.mark.vcr
async def test_sampling_answered_by_gemini_async(mcp_servers: MCPServers, async_gemini_client: Any) -> None:
    sampling = pygenai.mcp.gemini_sampling(async_gemini_client)
    async with everything(mcp_servers, sampling=sampling) as server:
        await server.list_tools()
        output = await server.call_tool(call("trigger-sampling-request", prompt=SAMPLING_PROMPT))
    assert output.value.startswith("LLM sampling result:")
    assert '"text": "Red."' in output.value
    assert '"model": "gemini-2.5-flash"' in output.value and '"stopReason": "endTurn"' in output.value


@pytest.mark.vcr
def test_sampling_answered_by_gemini_sync_hits_max_tokens(mcp_servers: MCPServers, gemini_client: Any) -> None:
    server = everything(mcp_servers, sampling=gemini_sampling(gemini_client, config={"thinking_budget": 0}))
    with server:
        server.list_tools_sync()
        output = server.call_tool_sync(call("trigger-sampling-request", prompt=SAMPLING_PROMPT, maxTokens=3))
    assert '"text": "The primary"' in output.value and '"stopReason": "maxTokens"' in output.value


@pytest.mark.anyio
async def test_a_plain_sampling_callback_may_answer_with_text_or_a_response() -> None:
    params = sdk_types.CreateMessageRequestParams(
        messages=[sdk_types.SamplingMessage(role="user", content=sdk_types.TextContent(type="text", text="hi"))],
        maxTokens=5,
    )
    as_text = await session_callbacks(sampling=lambda request: "hello")["sampling_callback"](None, params)
    assert isinstance(as_text, sdk_types.CreateMessageResult)
    assert (as_text.content.text, as_text.model, sdk_field(as_text, "stop_reason")) == ("hello", "unknown", "endTurn")

    async def answer(request: SamplingRequest) -> SamplingResponse:
        return SamplingResponse("cut", "my-model", "maxTokens")

    full = await session_callbacks(sampling=answer)["sampling_callback"](None, params)
    assert (full.content.text, full.model, sdk_field(full, "stop_reason")) == ("cut", "my-model", "maxTokens")


# ------------------------------------------------------------------------------------------- roots and logging


@pytest.mark.anyio
async def test_roots_as_a_list_and_as_an_async_callback(mcp_servers: MCPServers, tmp_path: Path) -> None:
    async with everything(mcp_servers, roots=[tmp_path, (tmp_path / "docs", "docs")]) as server:
        await server.list_tools()
        listed = await server.call_tool(call("get-roots-list"))
    assert "Current MCP Roots (2 total)" in listed.value
    assert f"URI: {tmp_path.as_uri()}" in listed.value and "2. docs" in listed.value

    asked: list[int] = []

    async def current_roots() -> list[str]:
        asked.append(1)
        return ["file:///srv/data"]

    async with everything(mcp_servers, roots=current_roots) as server:
        await server.list_tools()
        listed = await server.call_tool(call("get-roots-list"))
    assert "URI: file:///srv/data" in listed.value and asked


def test_a_root_that_is_not_a_file_uri_fails_when_the_toolset_is_made() -> None:
    with pytest.raises(pygenai.InvalidRequestError, match=r"roots\[1\]: 'https://example.com' is not a file:// URI"):
        session_callbacks(roots=["/tmp", "https://example.com"])


@pytest.mark.anyio
async def test_server_log_messages_reach_on_log_as_typed_records(mcp_servers: MCPServers) -> None:
    records: list[LogRecord] = []
    arrived = anyio.Event()

    def on_log(record: LogRecord) -> None:
        records.append(record)
        if any(r.data and "level" in str(r.data).lower() for r in records):
            arrived.set()

    async with everything(mcp_servers, on_log=on_log) as server:
        await server.list_tools()
        started = await server.call_tool(call("toggle-simulated-logging"))
        with anyio.fail_after(10):
            await arrived.wait()
        await server.call_tool(call("toggle-simulated-logging"))  # and off again
    assert started.value.startswith("Started simulated, random-leveled logging")
    simulated = next(r for r in records if "level" in str(r.data).lower())
    levels = ("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency")
    assert simulated.level in levels
    assert simulated.data.lower().startswith(simulated.level)
    assert simulated.python_level >= logging.DEBUG


@pytest.mark.anyio
async def test_a_failing_log_callback_is_logged_and_the_session_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    def broken(record: LogRecord) -> None:
        raise RuntimeError("full disk")

    callback = session_callbacks(on_log=broken)["logging_callback"]
    with caplog.at_level(logging.ERROR, logger="pygenai.mcp"):
        await callback(sdk_types.LoggingMessageNotificationParams(level="warning", data="careful"))
    assert "on_log callback failed" in caplog.text and "full disk" in caplog.text


@pytest.mark.anyio
async def test_url_elicitation_required_error_is_completed_and_the_call_retried(mcp_servers: MCPServers) -> None:
    seen: list[ElicitationRequest] = []

    def consent(request: ElicitationRequest) -> str:
        seen.append(request)
        return "accept"

    args = {"url": "https://example.com/pay", "elicitationId": "e-7", "errorPath": True}
    async with everything(mcp_servers, elicitation=consent) as server:
        await server.list_tools()
        output = await server.call_tool(call("trigger-url-elicitation", **args))
    # first the prerequisite from the -32042 error, then the elicitation of the retried call itself
    assert [(r.mode, r.url) for r in seen] == [
        ("url", "https://modelcontextprotocol.io"),
        ("url", "https://example.com/pay"),
    ]
    assert "User completed the URL elicitation flow" in "\n".join(output.value)


@pytest.mark.anyio
async def test_url_elicitation_required_and_declined_is_the_error(mcp_servers: MCPServers) -> None:
    args = {"url": "https://example.com/pay", "errorPath": True}
    async with everything(mcp_servers, elicitation=lambda request: "decline") as server:
        await server.list_tools()
        with pytest.raises(Exception, match="-32042") as caught:
            await server.call_tool(call("trigger-url-elicitation", **args))
    assert [e.url for e in required_url_elicitations(caught.value)] == ["https://modelcontextprotocol.io"]
