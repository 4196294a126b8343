"""``client.interactions.create``: what ``input``, ``tools``, ``generation_config`` and ``response_format`` accept and
send, typed errors for what they refuse, unknown keywords, and ``stream=True``; request bodies are matched
against hand-written cassettes in the wire's shape, sync and async."""

from __future__ import annotations

import dataclasses
from typing import Any, TypedDict

import pydantic
import pytest

import pygenai
from pygenai.interactions._prepare import prepare
from pygenai.types import File
from tests.interactions.requests_support import (
    MODEL,
    anyio_backend,  # noqa: F401  # fixture
    every_interaction_played,  # noqa: F401  # fixture
    get_weather,
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
REPORT = File(
    name="files/q3-report-7h2k",
    uri="https://generativelanguage.googleapis.com/v1beta/files/q3-report-7h2k",
    mime_type="application/pdf",
)


class City(pydantic.BaseModel):
    name: str
    country: str
    population_millions: float


@dataclasses.dataclass
class CityRecord:
    name: str
    country: str
    population_millions: float


class CityDict(TypedDict):
    name: str
    country: str
    population_millions: float


# --------------------------------------------------------------------------- settings as wire fields

SETTINGS: dict[str, Any] = {
    "model": MODEL,
    "input": "Summarise the plot of Hamlet in one sentence.",
    "system_instruction": "Answer like a patient librarian.",
    "generation_config": {"thinking_level": "low", "thinking_summaries": "auto", "max_output_tokens": 256},
    "service_tier": "flex",
    "store": False,
}
HAMLET = "A Danish prince feigns madness to avenge his father's murder, and nearly everyone dies."


@pytest.mark.vcr
def test_settings_go_out_as_wire_fields(gemini_client: pygenai.Client) -> None:
    interaction = gemini_client.interactions.create(**SETTINGS)
    assert isinstance(interaction, pygenai.Interaction)
    assert interaction.text == HAMLET
    assert interaction.service_tier == "flex"


@pytest.mark.vcr
@pytest.mark.anyio
async def test_settings_go_out_as_wire_fields_async(async_gemini_client: pygenai.AsyncClient) -> None:
    interaction = await async_gemini_client.interactions.create(**SETTINGS)
    assert isinstance(interaction, pygenai.Interaction)
    assert interaction.text == HAMLET


@pytest.mark.vcr
def test_generation_config_model_and_agent_with_background(gemini_client: pygenai.Client) -> None:
    from pygenai.types.interactions import GenerationConfig

    interaction = gemini_client.interactions.create(
        model=MODEL,
        input="One word for a very small amount.",
        generation_config=GenerationConfig(temperature=0.2, thinking_level="minimal"),
    )
    assert interaction.text == "Smidgen."
    job = gemini_client.interactions.create(
        agent="deep-research-preview-04-2026", input="History of the paperclip.", background=True
    )
    assert job.status == "in_progress"


# --------------------------------------------------------------------------- input


@pytest.mark.vcr
def test_input_mixes_a_file_image_bytes_and_text(gemini_client: pygenai.Client) -> None:
    interaction = gemini_client.interactions.create(
        model=MODEL, input=[REPORT, PNG, "Does the chart match the report's revenue figure?"]
    )
    assert interaction.text.startswith("Yes:")


@pytest.mark.vcr
@pytest.mark.anyio
async def test_input_mixes_a_file_image_bytes_and_text_async(async_gemini_client: pygenai.AsyncClient) -> None:
    interaction = await async_gemini_client.interactions.create(
        model=MODEL, input=[REPORT, PNG, "Does the chart match the report's revenue figure?"]
    )
    assert interaction.text.startswith("Yes:")


@pytest.mark.vcr
def test_an_earlier_interaction_as_input_replays_its_steps(gemini_client: pygenai.Client) -> None:
    first = gemini_client.interactions.create(model=MODEL, input="Pick a prime between 10 and 20.", store=False)
    assert first.text == "13"
    # Stateless: the earlier exchange goes back as steps, its thought signature included (the cassette holds it).
    second = gemini_client.interactions.create(
        model=MODEL, input=["Pick a prime between 10 and 20.", first, "Double it."], store=False
    )
    assert second.text == "26"


def test_input_as_steps_wraps_contents_in_user_input_steps() -> None:
    thought = {"type": "thought", "signature": "c2ln"}
    body = prepare(model=MODEL, input=[thought, "Go on.", PNG]).request_body()
    assert body["input"] == [
        thought,
        {
            "type": "user_input",
            "content": [
                {"type": "text", "text": "Go on."},
                {"type": "image", "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ", "mime_type": "image/png"},
            ],
        },
    ]
    assert prepare(model=MODEL, input={"type": "audio", "data": b"RIFF", "mime_type": "audio/wav"}).input == [
        {"type": "audio", "data": "UklGRg==", "mime_type": "audio/wav"}
    ]


@pytest.mark.parametrize(
    ("value", "where", "says"),
    [
        (["ok", 42], "input[1]", "got int"),
        (["ok", None], "input[1]", "is None"),
        ([{"text": "no type"}], "input[0]", "needs a 'type'"),
        ([b"\x00\x01 not a known format"], "input[0]", "unrecognised format"),
        ([File(name="files/pending")], "input[0]", "has no uri yet"),
        ([], "input", "is empty"),
        (3.5, "input", "got float"),
    ],
)
def test_bad_input_is_a_typed_error_naming_where(value: Any, where: str, says: str) -> None:
    with pytest.raises(pygenai.ConfigTypeError) as caught:
        prepare(model=MODEL, input=value)
    assert caught.value.path == where
    assert says in caught.value.reason


# --------------------------------------------------------------------------- tools


@pytest.mark.vcr
def test_tools_by_name_mcp_servers_and_callables(gemini_client: pygenai.Client) -> None:
    interaction = gemini_client.interactions.create(
        model=MODEL,
        input="What does the latest pygenai README say about streaming?",
        tools=[
            "google_search",
            "url_context",
            {"type": "mcp_server", "name": "deepwiki", "url": "https://mcp.deepwiki.com/mcp"},
            get_weather,
        ],
    )
    assert "resume" in interaction.text
    assert [step.type for step in interaction.steps or []] == [
        "thought",
        "google_search_call",
        "google_search_result",
        "model_output",
    ]


def test_unknown_builtin_tool_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"tools\[0\]: unknown built-in tool 'web_search'.*'google_search'"):
        prepare(model=MODEL, input="x", tools=["web_search"])
    with pytest.raises(pygenai.ConfigTypeError, match=r"tools: expected a list"):
        prepare(model=MODEL, input="x", tools=get_weather)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- structured output


@pytest.mark.vcr
def test_response_format_from_a_type_gives_typed_parsed(gemini_client: pygenai.Client) -> None:
    parsed: list[Any] = []
    for target in (City, CityRecord, CityDict):  # pydantic adds titles to its schema
        interaction = gemini_client.interactions.create(
            model=MODEL, input="The largest city of Japan, as JSON.", response_format=target
        )
        parsed.append(interaction.parsed)
    assert parsed == [
        City(name="Tokyo", country="Japan", population_millions=37.1),
        CityRecord(name="Tokyo", country="Japan", population_millions=37.1),
        {"name": "Tokyo", "country": "Japan", "population_millions": 37.1},
    ]


@pytest.mark.vcr
@pytest.mark.anyio
async def test_response_format_from_a_type_gives_typed_parsed_async(async_gemini_client: pygenai.AsyncClient) -> None:
    interaction = await async_gemini_client.interactions.create(
        model=MODEL, input="The largest city of Japan, as JSON.", response_format=City
    )
    assert interaction.parsed == City(name="Tokyo", country="Japan", population_millions=37.1)


def test_a_response_format_object_is_sent_as_given() -> None:
    wire = {"type": "image", "mime_type": "image/jpeg", "aspect_ratio": "16:9"}
    prepared = prepare(model=MODEL, input="A lighthouse at dusk.", response_format=wire)
    assert prepared.body["response_format"] == wire
    assert prepared.structured is None


# --------------------------------------------------------------------------- keywords


@pytest.mark.parametrize(
    ("keyword", "says"),
    [
        ("contents", "interactions take input=, not contents="),
        ("config", "not config="),
        ("temperature", "generation_config={'temperature': ...}"),
        ("temprature", "did you mean the generation setting 'temperature'"),
        ("response_schema", "response_format="),
        ("stream_mode", "unexpected keyword argument 'stream_mode'"),
    ],
)
def test_unknown_keywords_raise_type_error(keyword: str, says: str) -> None:
    client = pygenai.Client(api_key="test-key-123")
    with pytest.raises(TypeError, match=r"Interactions\.create\(\) got an unexpected keyword argument") as caught:
        client.interactions.create(model=MODEL, input="Hi", **{keyword: 1})  # type: ignore[call-overload]
    assert says in str(caught.value)


@pytest.mark.anyio
async def test_unknown_keywords_raise_type_error_async() -> None:
    async with pygenai.AsyncClient(api_key="test-key-123") as client:
        with pytest.raises(TypeError, match="unexpected keyword argument 'contents'"):
            await client.interactions.create(model=MODEL, input="Hi", contents="Hi")  # type: ignore[call-overload]


def test_settings_of_the_wrong_kind_are_refused() -> None:
    with pytest.raises(TypeError, match="model= or agent="):
        prepare(input="Hi")
    with pytest.raises(TypeError, match="model= or agent="):
        prepare(model=MODEL, agent="deep-research-preview-04-2026", input="Hi")
    with pytest.raises(TypeError, match="needs input="):
        prepare(model=MODEL, input=None)
    with pytest.raises(TypeError, match=r"unknown generation_config key 'thinking_budget'; did you mean"):
        prepare(model=MODEL, input="Hi", generation_config={"thinking_budget": 512})
    with pytest.raises(pygenai.ConfigTypeError, match=r"generation_config\['max_output_tokens'\]"):
        prepare(model=MODEL, input="Hi", generation_config={"max_output_tokens": "many"})
    with pytest.raises(pygenai.ConfigTypeError, match="system_instruction: expected a str"):
        prepare(model=MODEL, input="Hi", system_instruction=["Be brief."])  # type: ignore[arg-type]
    with pytest.raises(pygenai.ConfigTypeError, match="response_modalities"):
        prepare(model=MODEL, input="Hi", response_modalities="text")
    with pytest.raises(TypeError, match="background=True returns before the model calls anything"):
        prepare(model=MODEL, input="Hi", tools=[get_weather], background=True)
    assert prepare(
        model=MODEL, input="Hi", tools=[get_weather], background=True, automatic_function_calling={"disable": True}
    ).body["background"]


# --------------------------------------------------------------------------- stream=True


@pytest.mark.vcr
def test_stream_true_returns_an_interaction_stream(gemini_client: pygenai.Client) -> None:
    with gemini_client.interactions.create(
        model=MODEL, input="The largest city of Japan, as JSON.", response_format=City, stream=True
    ) as stream:
        assert isinstance(stream, pygenai.InteractionStream)
        text = "".join(stream.text_stream())
        interaction = stream.final_response()
    assert text == '{"name":"Tokyo","country":"Japan","population_millions":37.1}'
    assert interaction.parsed == City(name="Tokyo", country="Japan", population_millions=37.1)


@pytest.mark.vcr
@pytest.mark.anyio
async def test_stream_true_returns_an_interaction_stream_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = await async_gemini_client.interactions.create(
        model=MODEL, input="The largest city of Japan, as JSON.", response_format=City, stream=True
    )
    async with stream:
        assert isinstance(stream, pygenai.AsyncInteractionStream)
        interaction = await stream.final_response()
    assert interaction.parsed == City(name="Tokyo", country="Japan", population_millions=37.1)
