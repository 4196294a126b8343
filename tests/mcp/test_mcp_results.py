"""What an MCP tool call gives the model (``pygenai.mcp._results``), and resources and prompts as model input.

Unit tests build SDK result objects in memory (the installed line's models, ``conftest.sdk_types``; v1's camelCase
attributes as plain objects; wire dicts);
the rest call the real server-everything (installed by ``conftest.py``) over stdio, async and sync.
"""

from __future__ import annotations

import base64
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

import pygenai
from pygenai.gemini._wire import GEMINI_WIRE
from pygenai.interactions._wire import INTERACTIONS_WIRE
from pygenai.mcp import MCPToolset
from pygenai.mcp._resources import prompt_contents, resource_contents
from pygenai.mcp._results import convert_result
from pygenai.tools import ToolInvocation, ToolOutput, ToolResult
from tests.mcp.conftest import MCPServers, sdk_types

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 8).decode()
WEATHER_SCHEMA = {
    "type": "object",
    "properties": {"temperature": {"type": "number"}, "conditions": {"type": "string"}},
    "required": ["temperature", "conditions"],
}


def call(name: str, **args: Any) -> ToolInvocation:
    return ToolInvocation(index=0, name=name, args=args, id="c1", part={})


def everything(servers: MCPServers, **options: Any) -> MCPToolset:
    return pygenai.mcp.stdio(servers.node, args=[str(servers.everything), "stdio"], **options)


def tool(schema: dict[str, Any] | None, name: str = "weather") -> Any:
    return sdk_types.Tool(name=name, inputSchema={"type": "object"}, outputSchema=schema)


# ------------------------------------------------------------------------------------ structured content


def test_structured_content_is_the_value_and_its_json_text_is_not_repeated() -> None:
    structured = {"temperature": 21.5, "conditions": "Sunny"}
    result = sdk_types.CallToolResult(
        content=[sdk_types.TextContent(type="text", text=orjson.dumps(structured).decode())],
        structuredContent=structured,
    )
    output = convert_result(result, tool=tool(WEATHER_SCHEMA))
    assert output == ToolOutput(structured, [], False)


def test_structured_content_with_other_blocks_keeps_both() -> None:
    structured = {"temperature": 3, "conditions": "Snow"}
    result = sdk_types.CallToolResult(
        content=[sdk_types.TextContent(type="text", text="Dress warmly.")], structuredContent=structured
    )
    output = convert_result(result, tool=tool(WEATHER_SCHEMA))
    assert output.value == {"structuredContent": structured, "content": ["Dress warmly."]}


def test_structured_content_that_breaks_the_output_schema_is_a_typed_error_with_its_path() -> None:
    result = sdk_types.CallToolResult(content=[], structuredContent={"temperature": "warm", "conditions": "Sunny"})
    with pytest.raises(pygenai.MCPResultError) as caught:
        convert_result(result, tool=tool(WEATHER_SCHEMA))
    assert (caught.value.tool, caught.value.path) == ("weather", "$.temperature")
    assert "'warm' is not of type 'number'" in str(caught.value)
    # the caller may leave validation to the SDK session
    assert convert_result(result, tool=tool(WEATHER_SCHEMA), validate=False).value["temperature"] == "warm"


def test_missing_structured_content_under_an_output_schema_is_a_typed_error() -> None:
    result = sdk_types.CallToolResult(content=[sdk_types.TextContent(type="text", text="21 degrees")])
    with pytest.raises(pygenai.MCPResultError, match=r"at \$: the tool declares an outputSchema"):
        convert_result(result, tool=tool(WEATHER_SCHEMA))


def test_an_invalid_output_schema_is_reported_not_crashed_on() -> None:
    result = sdk_types.CallToolResult(content=[], structuredContent={"a": 1})
    with pytest.raises(pygenai.MCPResultError, match="not a valid JSON Schema"):
        convert_result(result, tool=tool({"type": "no-such-type"}))


def test_error_results_are_not_validated_and_become_error_responses() -> None:
    result = sdk_types.CallToolResult(content=[sdk_types.TextContent(type="text", text="city not found")], isError=True)
    output = convert_result(result, tool=tool(WEATHER_SCHEMA))
    assert output == ToolOutput("city not found", [], True)
    gemini = ToolResult.success(call("weather"), output, GEMINI_WIRE)
    assert gemini.error is None  # reported by the tool, not raised
    assert gemini.part == {"functionResponse": {"name": "weather", "id": "c1", "response": {"error": "city not found"}}}
    interactions = ToolResult.success(call("weather"), output, INTERACTIONS_WIRE)
    assert interactions.part == {
        "type": "function_result",
        "call_id": "c1",
        "name": "weather",
        "result": "city not found",
        "is_error": True,
    }


# ---------------------------------------------------------------------------------------- media and resources


def test_images_and_audio_become_inline_parts_with_markers_in_the_value() -> None:
    result = sdk_types.CallToolResult(
        content=[
            sdk_types.TextContent(type="text", text="Here:"),
            sdk_types.ImageContent(type="image", data=PNG, mimeType="image/png"),
            sdk_types.AudioContent(type="audio", data="UklGRg==", mimeType="audio/wav"),
        ]
    )
    output = convert_result(result)
    assert output.value == [
        "Here:",
        {"type": "image", "mimeType": "image/png"},
        {"type": "audio", "mimeType": "audio/wav"},
    ]
    assert list(output.parts) == [
        {"inlineData": {"mimeType": "image/png", "data": PNG}},
        {"inlineData": {"mimeType": "audio/wav", "data": "UklGRg=="}},
    ]
    gemini = ToolResult.success(call("snap"), output, GEMINI_WIRE).part
    assert gemini is not None
    assert gemini["functionResponse"]["parts"] == list(output.parts[:1])  # the API takes no audio there: named
    assert gemini["functionResponse"]["response"] == {
        "result": output.value,
        "notShown": [
            "audio/wav (inline data): function responses carry only PNG, JPEG and WebP images, PDF and plain text"
        ],
    }
    steps = ToolResult.success(call("snap"), output, INTERACTIONS_WIRE).part
    assert steps is not None
    assert steps["is_error"] is False
    assert steps["result"][0] == {"type": "text", "text": orjson.dumps(output.value).decode()}
    assert steps["result"][1] == {"type": "image", "mime_type": "image/png", "data": PNG}
    assert steps["result"][2]["type"] == "text" and "audio/wav" in steps["result"][2]["text"]  # named, not dropped


def test_resource_links_and_embedded_resources_are_described() -> None:
    result = sdk_types.CallToolResult(
        content=[
            sdk_types.ResourceLink(
                type="resource_link", uri="file:///r/a.txt", name="a.txt", mimeType="text/plain", description="A"
            ),
            sdk_types.EmbeddedResource(
                type="resource",
                resource=sdk_types.TextResourceContents(uri="file:///r/b.md", mimeType="text/markdown", text="# B"),
            ),
            sdk_types.EmbeddedResource(
                type="resource",
                resource=sdk_types.BlobResourceContents(uri="file:///r/c.png", mimeType="image/png", blob=PNG),
            ),
            sdk_types.EmbeddedResource(
                type="resource",
                resource=sdk_types.BlobResourceContents(
                    uri="file:///r/d.gz", mimeType="application/gzip", blob=base64.b64encode(b"12345").decode()
                ),
            ),
        ]
    )
    output = convert_result(result)
    assert output.value == [
        {
            "type": "resource_link",
            "uri": "file:///r/a.txt",
            "name": "a.txt",
            "description": "A",
            "mimeType": "text/plain",
        },
        {"type": "resource", "uri": "file:///r/b.md", "mimeType": "text/markdown", "text": "# B"},
        {"type": "resource", "uri": "file:///r/c.png", "mimeType": "image/png"},
        {
            "type": "resource",
            "uri": "file:///r/d.gz",
            "mimeType": "application/gzip",
            "size": 5,
            "note": "binary contents not shown",
        },
    ]
    assert list(output.parts) == [{"inlineData": {"mimeType": "image/png", "data": PNG}}]


def test_sdk_v1_camel_case_objects_and_wire_dicts_convert_the_same() -> None:
    structured = {"temperature": 9, "conditions": "Rain"}
    sdk_result = sdk_types.CallToolResult(
        content=[sdk_types.ImageContent(type="image", data=PNG, mimeType="image/png")], structuredContent=structured
    )
    v1 = SimpleNamespace(  # SDK 1.x models: camelCase attribute names
        content=[SimpleNamespace(type="image", data=PNG, mimeType="image/png")],
        structuredContent=structured,
        isError=False,
    )
    wire = sdk_result.model_dump(mode="json", by_alias=True, exclude_none=True)
    v1_tool = SimpleNamespace(name="weather", outputSchema=WEATHER_SCHEMA)
    expected = convert_result(sdk_result, tool=tool(WEATHER_SCHEMA))
    assert expected.value == {"structuredContent": structured, "content": [{"type": "image", "mimeType": "image/png"}]}
    assert convert_result(v1, tool=v1_tool) == expected
    assert convert_result(wire, tool=v1_tool) == expected
    with pytest.raises(pygenai.MCPResultError, match=r"\$\.conditions"):
        convert_result(SimpleNamespace(content=[], structuredContent={"temperature": 1, "conditions": 2}), tool=v1_tool)


def test_resources_and_prompts_as_contents_and_interaction_input() -> None:
    read = sdk_types.ReadResourceResult(
        contents=[
            sdk_types.TextResourceContents(uri="file:///a.md", text="alpha"),
            sdk_types.BlobResourceContents(uri="file:///b.pdf", mimeType="application/pdf", blob="JVBERi0="),
        ]
    )
    resource = resource_contents(read)
    assert resource.uris == ["file:///a.md", "file:///b.pdf"]
    assert resource.parts == [{"text": "alpha"}, {"inlineData": {"mimeType": "application/pdf", "data": "JVBERi0="}}]
    assert resource.input == [
        {"type": "text", "text": "alpha"},
        {"type": "document", "data": "JVBERi0=", "mime_type": "application/pdf"},
    ]
    assert resource.text == "alpha"
    prompt = prompt_contents(
        sdk_types.GetPromptResult(
            description="review",
            messages=[
                sdk_types.PromptMessage(role="user", content=sdk_types.TextContent(type="text", text="Review this:")),
                sdk_types.PromptMessage(
                    role="user", content=sdk_types.ImageContent(type="image", data=PNG, mimeType="image/png")
                ),
                sdk_types.PromptMessage(
                    role="assistant", content=sdk_types.TextContent(type="text", text="Looks fine.")
                ),
            ],
        )
    )
    assert prompt.description == "review"
    assert prompt.contents == [
        {"role": "user", "parts": [{"text": "Review this:"}, {"inlineData": {"mimeType": "image/png", "data": PNG}}]},
        {"role": "model", "parts": [{"text": "Looks fine."}]},
    ]
    assert [step["type"] for step in prompt.input] == ["user_input", "model_output"]
    assert prompt.input[0]["content"][1] == {"type": "image", "data": PNG, "mime_type": "image/png"}
    # both shapes are accepted as they are by the request builders
    from pygenai.gemini._contents import to_contents
    from pygenai.interactions._input import to_input

    assert to_contents(["Summarise:", *resource.parts])[0]["parts"][1:] == resource.parts
    assert to_input(["Summarise:", *resource.input])[1:] == resource.input
    assert to_input(prompt.input) == prompt.input


# ------------------------------------------------------------------------------------ real server-everything


@pytest.mark.anyio
async def test_server_everything_results(mcp_servers: MCPServers) -> None:
    async with everything(mcp_servers) as server:
        await server.list_tools()
        structured = await server.call_tool(call("get-structured-content", location="New York"))
        image = await server.call_tool(call("get-tiny-image"))
        links = await server.call_tool(call("get-resource-links", count=2))
        reference = await server.call_tool(call("get-resource-reference", resourceType="Text", resourceId=1))
        bad = await server.call_tool(call("get-sum", a="two", b=2))
    assert isinstance(structured, ToolOutput)
    assert set(structured.value) == {"temperature", "conditions", "humidity"} and not structured.is_error
    assert image.value[1] == {"type": "image", "mimeType": "image/png"}
    assert len(image.parts) == 1
    assert base64.b64decode(image.parts[0]["inlineData"]["data"]).startswith(b"\x89PNG\r\n\x1a\n")
    assert [item["type"] for item in links.value[1:]] == ["resource_link", "resource_link"]
    assert all(item["uri"].startswith("demo://resource/") for item in links.value[1:])
    embedded = reference.value[1]
    assert embedded["type"] == "resource" and embedded["uri"] == "demo://resource/dynamic/text/1"
    assert embedded["text"].startswith("Resource 1: This is a plaintext resource")
    assert bad.is_error and "Input validation error" in bad.value


def test_server_everything_image_reaches_the_gemini_function_response_from_sync_code(mcp_servers: MCPServers) -> None:
    from pygenai.tools._sync.run import run_calls

    server = everything(mcp_servers)
    with server:
        toolbox = pygenai.tools.Toolbox([server])
        toolbox.add_listing(server, server.list_tools_sync())
        [result] = run_calls(toolbox, [call("get-tiny-image")], GEMINI_WIRE)
    assert result.part is not None
    response = result.part["functionResponse"]
    assert response["response"]["result"][0] == "Here's the image you requested:"
    assert [part["inlineData"]["mimeType"] for part in response["parts"]] == ["image/png"]


@pytest.mark.anyio
async def test_server_everything_resources_and_prompts(mcp_servers: MCPServers) -> None:
    async with everything(mcp_servers) as server:
        document = await server.read_resource("demo://resource/static/document/architecture.md")
        prompt = await server.get_prompt("args-prompt", {"city": "Paris", "state": "Texas"})
    assert document.uris == ["demo://resource/static/document/architecture.md"]
    assert document.text.startswith("# Everything Server")
    assert prompt.contents == [{"role": "user", "parts": [{"text": "What's weather in Paris, Texas?"}]}]
    assert prompt.input == [
        {"type": "user_input", "content": [{"type": "text", "text": "What's weather in Paris, Texas?"}]}
    ]
