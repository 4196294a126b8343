"""The ``Interaction`` result: the latest turn's text (or an error naming the status), function calls, thoughts,
citations rendered as GenerateContent's, usage per modality, structured output and typed steps (sync and async;
cassettes under ``cassettes/interactions/test_interaction_results/``)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

import pygenai
from pygenai.gemini._response import GenerateContentResponse
from pygenai.interactions._result import Interaction, InteractionThought, InteractionUsage, attach
from pygenai.tools._structured import StructuredOutput
from pygenai_generated.interactions_types import Interaction as GeneratedInteraction
from pygenai_generated.interactions_types import (
    ModelOutputStep,
    ThoughtStep,
    UnknownContent,
    UnknownStep,
    UserInputStep,
)

TIMELINE_ID = "v1_ChZ0d29UdXJuc1RpbWVsaW5lMDAwMDAwEhZ0d29UdXJuc1RpbWVsaW5lMDAwMDAw"
SIGNATURE = (
    "CmEB0e2Kb3sXQ1vN9pTzR4wHkY7mL2cF8aJdU6oEqS0gIiVnBtZxW5rKeP+hM3yGfA/lC1uOj"
    "D4sNbQ7vTw9XzR2mLkJ8pH6dY0cFaE3gUoI5nSqWtV1xBrZ=="
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def as_interaction(result: Any) -> Interaction:
    assert type(result) is Interaction  # create() and get() return the rich view
    return result


def interaction(status: str, *steps: dict[str, Any], **fields: Any) -> Interaction:
    return Interaction._wrap({"id": "v1_x", "status": status, "steps": list(steps), **fields})


def output(*items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "model_output", "content": list(items)}


def text(value: str, **fields: Any) -> dict[str, Any]:
    return {"type": "text", "text": value, **fields}


def user(value: str) -> dict[str, Any]:
    return {"type": "user_input", "content": [text(value)]}


# --------------------------------------------------------------------------- from the wire


def check_timeline(result: Interaction) -> None:
    assert result.text == "About 2.1 million people live in Paris proper."  # the latest turn, both text items
    assert result.output_text == result.text
    assert result.thoughts == [
        InteractionThought(
            "**Recalling the census**\n\nAbout two million in the city proper.", SIGNATURE, result.thoughts[0].step
        )
    ]
    assert result.thought_signatures == [SIGNATURE] and result.function_calls == []
    usage = result.usage
    assert isinstance(usage, InteractionUsage) and usage._data is result._data["usage"]
    counts = (usage.input_tokens, usage.output_tokens, usage.thought_tokens, usage.cached_tokens, usage.tool_use_tokens)
    assert counts == (400, 40, 90, 128, 0) and usage.total_tokens == 530
    assert usage.input_by_modality == {"text": 380, "image": 20}
    assert usage.output_by_modality == {"text": 40} and usage.cached_by_modality == {"text": 128}
    assert usage.tool_use_by_modality == {} and usage.grounding_tool_counts == {}
    assert usage.total_input_tokens == 400  # the generated fields are all there
    steps = result.steps or []
    assert [type(step) for step in steps] == [
        UserInputStep,
        ThoughtStep,
        ModelOutputStep,
        UserInputStep,
        ThoughtStep,
        ModelOutputStep,
    ]


@pytest.mark.vcr("timeline.yaml")
def test_a_whole_timeline_reads_its_latest_turn(gemini_client: pygenai.Client) -> None:
    result = as_interaction(gemini_client.interactions.get(id=TIMELINE_ID, include_input=True))
    check_timeline(result)
    assert isinstance(result, GeneratedInteraction)
    step = result.thoughts[0].step
    assert step._data is result._data["steps"][4]  # a view over the received dict, not a copy


@pytest.mark.anyio
@pytest.mark.vcr("timeline.yaml")
async def test_a_whole_timeline_reads_its_latest_turn_async(async_gemini_client: pygenai.AsyncClient) -> None:
    check_timeline(as_interaction(await async_gemini_client.interactions.get(id=TIMELINE_ID, include_input=True)))


# --------------------------------------------------------------------------- no text: the status says why


@pytest.mark.parametrize(
    ("status", "steps", "says"),
    [
        ("failed", [], "failed"),
        ("incomplete", [{"type": "thought", "signature": "c2ln"}], "stopped early"),
        ("budget_exceeded", [], "budget"),
        ("cancelled", [], "cancelled"),
        ("in_progress", [], "still running"),
        ("queued", [], "not started"),
        ("completed", [output({"type": "image", "data": "aW1n", "mime_type": "image/png"})], r"model_output \(image\)"),
        ("completed", [], "no steps"),
        ("paused_for_review", [], "'paused_for_review'"),
    ],
)
def test_text_raises_an_error_naming_the_status(status: str, steps: list[dict[str, Any]], says: str) -> None:
    result = interaction(status, *steps)
    with pytest.raises(pygenai.InteractionStatusError, match=says) as caught:
        _ = result.text
    error = caught.value
    assert error.status == status and error.interaction_id == "v1_x" and error.interaction is result
    assert status in str(error)
    assert result.output_text == ""


def test_text_of_an_earlier_turn_is_not_this_turns_text() -> None:
    result = interaction("failed", user("Hi"), output(text("Hello!")), user("And now?"))
    with pytest.raises(pygenai.InteractionStatusError, match="status failed"):
        _ = result.text


def test_partial_text_of_an_incomplete_interaction_is_returned() -> None:
    assert interaction("incomplete", output(text("The answer is"))).text == "The answer is"


def test_requires_action_names_the_pending_calls() -> None:
    call = {"type": "function_call", "id": "c1", "name": "get_time", "arguments": {"zone": "CET"}}
    result = interaction("requires_action", {"type": "thought", "signature": "c2ln"}, call)
    with pytest.raises(pygenai.InteractionStatusError, match=r"requires_action.*get_time"):
        _ = result.text
    (invocation,) = result.function_calls
    assert (invocation.id, invocation.name, invocation.args, invocation.index) == ("c1", "get_time", {"zone": "CET"}, 0)
    assert invocation.part is result._data["steps"][1]


def test_answered_calls_are_not_pending() -> None:
    first = {"type": "function_call", "id": "c1", "name": "a", "arguments": {}}
    second = {"type": "function_call", "id": "c2", "name": "b", "arguments": {}}
    answer = {"type": "function_result", "call_id": "c1", "name": "a", "result": "ok"}
    result = interaction("requires_action", user("go"), first, second, answer)
    assert [call.id for call in result.function_calls] == ["c2"]


def test_text_after_a_tool_step_is_the_output() -> None:
    search = {"type": "google_search_call", "id": "s1", "arguments": {"queries": ["x"]}}
    result = interaction("completed", output(text("Let me look.")), search, output(text("Found it.")))
    assert result.text == "Found it."  # as google-genai's output_text reads it


# --------------------------------------------------------------------------- citations


def test_citations_render_as_generate_content_does() -> None:
    answer = "It is 25°C in Paris. Rain 雨 tomorrow."
    cut = len("It is 25°C in Paris.".encode())
    end = len(answer.encode())
    weather = {"type": "url_citation", "url": "https://weather.example", "title": "weather.example"}
    news = {"type": "url_citation", "url": "https://news.example", "title": "news.example"}
    result = interaction(
        "completed",
        output(
            text(
                answer,
                annotations=[
                    {**weather, "end_index": cut},
                    {**news, "start_index": 0, "end_index": cut},
                    {**news, "start_index": cut + 1, "end_index": end},
                ],
            )
        ),
    )
    grounded = GenerateContentResponse._wrap(
        {
            "candidates": [
                {
                    "content": {"parts": [{"text": answer}], "role": "model"},
                    "groundingMetadata": {
                        "groundingChunks": [
                            {"web": {"uri": "https://weather.example", "title": "weather.example"}},
                            {"web": {"uri": "https://news.example", "title": "news.example"}},
                        ],
                        "groundingSupports": [
                            {"segment": {"endIndex": cut}, "groundingChunkIndices": [0, 1]},
                            {"segment": {"startIndex": cut + 1, "endIndex": end}, "groundingChunkIndices": [1]},
                        ],
                    },
                }
            ]
        }
    )
    rendered = result.render_citations()
    assert rendered.text == "It is 25°C in Paris.[1][2] Rain 雨 tomorrow.[2]"
    assert str(rendered) == str(grounded.render_citations())
    assert result.render_citations("[{number}]({uri})").text == grounded.render_citations("[{number}]({uri})").text
    citations = result.citations()
    assert [(c.start, c.end, c.text) for c in citations] == [
        (0, 20, "It is 25°C in Paris."),
        (0, 20, "It is 25°C in Paris."),
        (21, 37, "Rain 雨 tomorrow."),
    ]
    assert [s.kind for s in rendered.sources] == ["url_citation", "url_citation"]


def test_citations_across_text_items_use_each_items_offsets() -> None:
    cite = {
        "type": "file_citation",
        "document_uri": "files/abc",
        "file_name": "report.pdf",
        "start_index": 0,
        "end_index": 5,
    }
    result = interaction("completed", output(text("Über "), text("alles.", annotations=[cite])))
    (citation,) = result.citations()
    assert (citation.start, citation.end, citation.text) == (5, 10, "alles")
    assert str(result.render_citations()) == "Über alles[1].\n\nSources:\n[1] report.pdf: files/abc"


def test_no_annotations_no_citations() -> None:
    result = interaction("completed", output(text("Plain.")))
    assert result.citations() == [] and str(result.render_citations()) == "Plain."


# --------------------------------------------------------------------------- usage, parsed, unknown steps


def test_usage_count_of_the_wrong_type_names_its_path() -> None:
    with pytest.raises(pygenai.ResponseDecodeError, match=r"usage\.total_tokens"):
        _ = interaction("completed", usage={"total_tokens": "many"}).usage.total_tokens
    with pytest.raises(pygenai.ResponseDecodeError, match=r"usage\.input_tokens_by_modality\[0\]\.tokens"):
        _ = interaction(
            "completed", usage={"input_tokens_by_modality": [{"modality": "text", "tokens": []}]}
        ).usage.input_by_modality
    empty = interaction("in_progress").usage
    assert (empty.total_tokens, empty.input_tokens, empty.output_by_modality) == (0, 0, {})
    result = interaction("completed", usage={"total_tokens": 9})
    result.usage = {"total_tokens": 12, "total_output_tokens": 3}
    assert (result.usage.total_tokens, result.usage.output_tokens) == (12, 3)


@dataclasses.dataclass
class City:
    name: str
    population: int


def test_parsed_reads_the_attached_response_format() -> None:
    result = attach(
        interaction("completed", output(text('{"name": "Paris", "population": 2100000}'))), StructuredOutput.of(City)
    )
    assert result.parsed == City("Paris", 2100000)
    assert result.parsed is result.parsed
    assert result.parse(City) is result.parsed
    bare = interaction("completed", output(text('{"name": "Lyon", "population": 520000}')))
    with pytest.raises(TypeError, match="parse"):
        _ = bare.parsed
    assert bare.parse(City) == City("Lyon", 520000)
    with pytest.raises(pygenai.StructuredOutputError):
        attach(interaction("completed", output(text('{"name": 5}'))), StructuredOutput.of(City)).parsed  # noqa: B018
    with pytest.raises(pygenai.InteractionStatusError):
        attach(interaction("failed"), StructuredOutput.of(City)).parsed  # noqa: B018


def test_unknown_step_and_content_types_survive() -> None:
    holo = {"type": "hologram_call", "id": "h1", "arguments": {"scene": "x"}, "extra": [1, {"a": None}]}
    result = interaction("completed", holo, output(text("Hi"), {"type": "smell", "notes": ["rose"]}))
    steps = result.steps or []
    assert isinstance(steps[0], UnknownStep) and steps[0].to_dict() == holo
    assert isinstance(steps[1], ModelOutputStep) and isinstance((steps[1].content or [])[1], UnknownContent)
    assert result.text == "Hi"  # the unknown item is not text; the text before it is the answer
    assert Interaction.from_json(result.to_json()) == result
