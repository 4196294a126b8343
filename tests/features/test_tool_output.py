"""``pygenai.ToolOutput``: a tool's value with media parts, or an error the tool reports, on both APIs' wires."""

from __future__ import annotations

import base64

import pytest

import pygenai
from pygenai.gemini._wire import GEMINI_WIRE, pair_function_responses
from pygenai.interactions._wire import INTERACTIONS_WIRE, pair_function_results
from pygenai.tools import FunctionToolset, Toolbox, ToolInvocation, ToolOutput, ToolResult
from pygenai.tools._sync.run import run_calls
from pygenai.types import Part

PNG = b"\x89PNG\r\n\x1a\n\0\0"
PNG64 = base64.b64encode(PNG).decode()


def chart(metric: str) -> ToolOutput:
    """Draw a chart of a metric."""
    return ToolOutput({"metric": metric}, parts=[ToolOutput.inline(PNG, "image/png")])


def invocation(name: str = "chart", call_id: str | None = "c1") -> ToolInvocation:
    return ToolInvocation(0, name, {"metric": "rps"}, call_id, {})


def test_a_python_tool_returns_media_in_the_gemini_function_response() -> None:
    toolbox = Toolbox([FunctionToolset([chart])])
    toolbox.add_listing(toolbox.toolsets[0], toolbox.toolsets[0].list_tools_sync())
    [result] = run_calls(toolbox, [invocation()], GEMINI_WIRE)
    assert result.part == {
        "functionResponse": {
            "name": "chart",
            "id": "c1",
            "response": {"result": {"metric": "rps"}},
            "parts": [{"inlineData": {"mimeType": "image/png", "data": PNG64}}],
        }
    }
    assert result.value == chart("rps") and result.error is None


def test_interactions_sends_the_value_as_text_and_the_images_as_items() -> None:
    output = ToolOutput(
        "two files",
        parts=[
            {"inline_data": {"mime_type": "image/png", "data": PNG}},
            {"fileData": {"mimeType": "application/pdf", "fileUri": "gs://b/r.pdf"}},
        ],
    )
    step = ToolResult.success(invocation(), output, INTERACTIONS_WIRE).part
    assert step == {
        "type": "function_result",
        "call_id": "c1",
        "name": "chart",
        "result": [
            {"type": "text", "text": "two files"},
            {"type": "image", "mime_type": "image/png", "data": PNG64},
            {"type": "text", "text": "[application/pdf attachment (gs://b/r.pdf) not shown: not an image]"},
        ],
        "is_error": False,
    }


def test_pairing_builds_the_parts_of_results_made_without_a_wire() -> None:
    output = ToolOutput("see image", parts=[Part(inline_data={"mime_type": "image/png", "data": PNG})])
    result = ToolResult.success(invocation(call_id=None), output)
    assert result.part is None and result.parts == ({"inlineData": {"mimeType": "image/png", "data": PNG64}},)
    content = pair_function_responses([invocation(call_id=None)], [result])
    assert content["parts"][0]["functionResponse"]["parts"] == list(result.parts)
    steps = pair_function_results([invocation()], [ToolResult.success(invocation(), output)])
    assert steps["steps"][0]["result"][1]["type"] == "image"


def test_an_error_the_tool_reports_is_an_error_response_without_an_exception() -> None:
    result = ToolResult.success(invocation(), ToolOutput({"code": 404}, is_error=True), GEMINI_WIRE)
    assert result.error is None
    assert result.response == {"error": {"code": 404}}
    step = ToolResult.success(invocation(), ToolOutput("gone", is_error=True), INTERACTIONS_WIRE).part
    assert step is not None and (step["result"], step["is_error"]) == ("gone", True)


@pytest.mark.parametrize(
    ("parts", "where"),
    [
        (["not a mapping"], r"\$\.parts\[0\]: a media part is a mapping"),
        ([{"text": "hi"}], r"\$\.parts\[0\]: a media part holds exactly one of inlineData or fileData"),
        ([{"inlineData": {"mimeType": "image/png"}}], r"\$\.parts\[0\]\.inlineData: needs a string mimeType and data"),
        ([ToolOutput.inline(PNG, "image/png"), {"fileData": {"mimeType": "x/y"}}], r"\$\.parts\[1\]\.fileData"),
    ],
)
def test_bad_media_parts_become_a_failure_naming_the_part(parts: list[object], where: str) -> None:
    result = ToolResult.success(invocation(), ToolOutput("v", parts=parts), GEMINI_WIRE)  # type: ignore[arg-type]
    assert isinstance(result.error, pygenai.UnencodableValueError)
    assert result.part is not None and "UnencodableValueError" in result.part["functionResponse"]["response"]["error"]
    with pytest.raises(pygenai.UnencodableValueError, match=where):
        raise result.error


def test_plain_values_are_unchanged() -> None:
    result = ToolResult.success(invocation(), {"ok": True}, GEMINI_WIRE)
    assert result.parts == ()
    assert result.part == {"functionResponse": {"name": "chart", "id": "c1", "response": {"result": {"ok": True}}}}


def test_gemini_names_the_media_its_function_responses_cannot_carry() -> None:
    output = ToolOutput(
        "three files",
        parts=[
            ToolOutput.inline(b"%PDF-1.7", "application/pdf"),
            ToolOutput.inline(b"GIF89a", "image/gif"),
            {"fileData": {"mimeType": "image/png", "fileUri": "https://example.com/a.png"}},
        ],
    )
    part = ToolResult.success(invocation(), output, GEMINI_WIRE).part
    assert part is not None
    response = part["functionResponse"]
    assert [p["inlineData"]["mimeType"] for p in response["parts"]] == ["application/pdf"]
    reason = "function responses carry only PNG, JPEG and WebP images, PDF and plain text"
    assert response["response"] == {
        "result": "three files",
        "notShown": [f"image/gif (inline data): {reason}", f"image/png (https://example.com/a.png): {reason}"],
    }
