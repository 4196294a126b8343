"""Structured output end to end: ``response_schema`` (dataclass, pydantic, msgspec, TypedDict, raw JSON Schema) goes
out as ``responseJsonSchema``; ``response.parsed`` is an instance, or an error naming the failing path."""

from __future__ import annotations

import enum
from typing import Any

import pytest

import pygenai
from pygenai.gemini._prepare import prepare
from tests.experience._support import MODEL, Ingredient, Recipe, RecipeModel, RecipeStruct

pytestmark = pytest.mark.vcr


class Instrument(enum.Enum):
    PERCUSSION = "Percussion"
    STRING = "String"
    WOODWIND = "Woodwind"
    BRASS = "Brass"
    KEYBOARD = "Keyboard"


QUESTION = "Give me a quick pancake recipe."
RAW_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "population": {"type": "integer", "minimum": 0}},
    "required": ["city", "population"],
    "additionalProperties": False,
}


def test_dataclass_schema(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(model=MODEL, contents=QUESTION, config={"response_schema": Recipe})
    assert response.parsed == Recipe("Pancakes", 20, ["flour", "milk", "eggs"])
    assert response.parsed is response.parsed  # parsed once


@pytest.mark.anyio
async def test_dataclass_schema_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents=QUESTION, config={"response_schema": Recipe}
    )
    assert isinstance(response.parsed, Recipe) and response.parsed.minutes == 20


def test_pydantic_schema(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents=QUESTION, config={"response_schema": RecipeModel}
    )
    assert response.parsed == RecipeModel(name="Pancakes", minutes=20, ingredients=["flour", "milk", "eggs"])


@pytest.mark.anyio
async def test_pydantic_schema_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents=QUESTION, config={"response_schema": RecipeModel}
    )
    assert isinstance(response.parsed, RecipeModel)


def test_msgspec_schema(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents=QUESTION, config={"response_schema": RecipeStruct}
    )
    assert response.parsed == RecipeStruct("Pancakes", 20, ["flour", "milk", "eggs"])


@pytest.mark.anyio
async def test_msgspec_schema_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents=QUESTION, config={"response_schema": RecipeStruct}
    )
    assert isinstance(response.parsed, RecipeStruct)


def test_typed_dict_list_schema(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="Ingredients for pancakes, in grams.", config={"response_schema": list[Ingredient]}
    )
    assert response.parsed == [{"name": "flour", "grams": 125.0}, {"name": "milk", "grams": 250.5}]
    assert isinstance(response.parsed[0]["grams"], float)


@pytest.mark.anyio
async def test_typed_dict_list_schema_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="Ingredients for pancakes, in grams.", config={"response_schema": list[Ingredient]}
    )
    assert len(response.parsed) == 2


def test_raw_json_schema(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="Largest city in Japan?", config={"response_json_schema": RAW_SCHEMA, "temperature": 0}
    )
    assert response.parsed == {"city": "Tokyo", "population": 14000000}


@pytest.mark.anyio
async def test_raw_json_schema_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="Largest city in Japan?", config={"response_schema": RAW_SCHEMA, "temperature": 0}
    )
    assert response.parsed["city"] == "Tokyo"


def test_invalid_answer_names_the_path(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(model=MODEL, contents=QUESTION, config={"response_schema": Recipe})
    with pytest.raises(pygenai.StructuredOutputError) as caught:
        _ = response.parsed
    assert caught.value.path == "$.minutes"
    assert '"minutes": "twenty"' in caught.value.text and '"twenty"' in str(caught.value)


@pytest.mark.anyio
async def test_invalid_answer_names_the_path_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents=QUESTION, config={"response_schema": Recipe}
    )
    with pytest.raises(pygenai.StructuredOutputError, match=r"\$\.minutes"):
        _ = response.parsed
    assert response.parse(dict[str, Any])["minutes"] == "twenty"


def test_streamed_structured_output(gemini_client: pygenai.Client) -> None:
    with gemini_client.models.stream_generate_content(
        model=MODEL, contents=QUESTION, config={"response_schema": Recipe}
    ) as stream:
        assert len(list(stream)) == 4
    assert stream.final_response().parsed == Recipe("Pancakes", 20, ["flour", "milk", "eggs"])


@pytest.mark.anyio
async def test_streamed_structured_output_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = await async_gemini_client.models.stream_generate_content(
        model=MODEL, contents=QUESTION, config={"response_schema": Recipe}
    )
    final = await stream.final_response()
    assert final.parsed.name == "Pancakes"


def test_parsed_without_a_schema_says_so() -> None:
    response = pygenai.GenerateContentResponse._wrap(
        {"candidates": [{"content": {"parts": [{"text": "[1, 2]"}]}, "finishReason": "STOP"}]}
    )
    with pytest.raises(TypeError, match="no response_schema"):
        _ = response.parsed
    assert response.parse(list[int]) == [1, 2]


def test_a_given_mime_type_is_kept() -> None:
    body = prepare("q", {"response_schema": Instrument, "response_mime_type": "text/x.enum"}).request_body()
    assert body["generationConfig"]["responseMimeType"] == "text/x.enum"
    with pytest.raises(pygenai.UnsupportedTypeError, match="needs an enum schema"):
        prepare("q", {"response_schema": Recipe, "response_mime_type": "text/x.enum"})
    with pytest.raises(TypeError, match="not both"):
        prepare("q", {"response_schema": Recipe, "response_json_schema": RAW_SCHEMA})


def test_enum_mode_parses_the_plain_text_value(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL,
        contents="What type of instrument is an oboe?",
        config={"response_mime_type": "text/x.enum", "response_schema": Instrument},
    )
    assert response.text == "Woodwind"  # plain text, not JSON
    assert response.parsed is Instrument.WOODWIND
