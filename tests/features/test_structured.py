"""Structured output: types and raw schemas -> responseJsonSchema, and response text -> instances."""

import dataclasses
import enum
from typing import Any, ClassVar, Literal, TypedDict

import msgspec
import pydantic
import pytest

from pygenai._core.errors import StructuredOutputError, UnsupportedTypeError
from pygenai._core.model import WireModel
from pygenai.tools._structured import StructuredOutput


@dataclasses.dataclass
class LineItem:
    name: str
    price: float


@dataclasses.dataclass
class Invoice:
    """An invoice."""

    number: str
    items: list[LineItem]


class InvoiceDict(TypedDict):
    number: str
    items: list["ItemDict"]


class ItemDict(TypedDict):
    name: str
    price: float


class PItem(pydantic.BaseModel):
    name: str
    price: float


class PInvoice(pydantic.BaseModel):
    number: str
    items: list[PItem]


class SItem(msgspec.Struct):
    name: str
    price: float


class SInvoice(msgspec.Struct):
    number: str
    items: list[SItem]


class Mood(enum.Enum):
    HAPPY = "happy"
    SAD = "sad"


GOOD = '{"number": "A-1", "items": [{"name": "tea", "price": 3.5}, {"name": "cake", "price": 4}]}'
BAD_PRICE = (
    '{"number": "A-1", "items": [{"name": "a", "price": 1}, {"name": "b", "price": 2}, {"name": "c", "price": "9.99"}]}'
)


class TestSchema:
    def test_config_fields(self) -> None:
        config = StructuredOutput.of(Invoice).config()
        assert config["responseMimeType"] == "application/json"
        assert config["responseJsonSchema"] == {
            "type": "object",
            "description": "An invoice.",
            "properties": {
                "number": {"type": "string"},
                "items": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"name": {"type": "string"}, "price": {"type": "number"}},
                        "required": ["name", "price"],
                    },
                },
            },
            "required": ["number", "items"],
        }

    @pytest.mark.parametrize("target", [InvoiceDict, PInvoice, SInvoice])
    def test_every_kind_describes_the_same_shape(self, target: Any) -> None:
        schema = StructuredOutput.of(target).json_schema
        assert schema["type"] == "object"
        assert schema["required"] == ["number", "items"]
        item = schema["properties"]["items"]["items"]
        assert item["properties"]["price"]["type"] == "number"
        assert "$defs" not in schema  # non-recursive named types are inlined

    def test_scalars_and_lists(self) -> None:
        assert StructuredOutput.of(int).json_schema == {"type": "integer"}
        assert StructuredOutput.of(list[Mood]).json_schema == {
            "type": "array",
            "items": {"type": "string", "enum": ["happy", "sad"]},
        }

    def test_raw_schema_is_copied(self) -> None:
        raw = {"type": "object", "properties": {"a": {"type": "integer"}}}
        output = StructuredOutput.of(raw)
        assert output.json_schema == raw and output.json_schema is not raw
        assert StructuredOutput.of(WireModel._wrap(raw)).json_schema == raw

    def test_unsupported_type(self) -> None:
        with pytest.raises(UnsupportedTypeError, match=r"^response_schema set\[bytes\]: class bytes has no JSON form"):
            StructuredOutput.of(set[bytes])

    def test_of_is_idempotent(self) -> None:
        output = StructuredOutput.of(Invoice)
        assert StructuredOutput.of(output) is output


class TestParse:
    def test_dataclass(self) -> None:
        invoice = StructuredOutput.of(Invoice).parse(GOOD)
        assert invoice == Invoice("A-1", [LineItem("tea", 3.5), LineItem("cake", 4.0)])

    def test_typeddict(self) -> None:
        parsed = StructuredOutput.of(InvoiceDict).parse(GOOD)
        assert parsed == {"number": "A-1", "items": [{"name": "tea", "price": 3.5}, {"name": "cake", "price": 4.0}]}

    def test_pydantic(self) -> None:
        parsed = StructuredOutput.of(PInvoice).parse(GOOD)
        assert isinstance(parsed, PInvoice) and parsed.items[1].price == 4.0

    def test_msgspec(self) -> None:
        assert StructuredOutput.of(SInvoice).parse(GOOD) == SInvoice("A-1", [SItem("tea", 3.5), SItem("cake", 4.0)])

    def test_list_scalar_enum_and_literal(self) -> None:
        assert StructuredOutput.of(list[LineItem]).parse('[{"name": "x", "price": 1}]') == [LineItem("x", 1.0)]
        assert StructuredOutput.of(int).parse("42") == 42
        assert StructuredOutput.of(Mood).parse('"sad"') is Mood.SAD
        assert StructuredOutput.of(Literal["yes", "no"]).parse('"no"') == "no"

    def test_raw_schema_returns_json(self) -> None:
        schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
        assert StructuredOutput.of(schema).parse('{"n": 3, "extra": true}') == {"n": 3, "extra": True}

    def test_markdown_fence_is_tolerated(self) -> None:
        assert StructuredOutput.of(int).parse("```json\n7\n```") == 7


class TestErrors:
    @pytest.mark.parametrize("target", [Invoice, InvoiceDict, SInvoice])
    def test_failing_path_is_shown(self, target: Any) -> None:
        with pytest.raises(StructuredOutputError) as info:
            StructuredOutput.of(target).parse(BAD_PRICE)
        error = info.value
        assert error.path == "$.items[2].price"
        assert error.text == BAD_PRICE
        assert str(error).startswith("$.items[2].price: expected ")
        assert BAD_PRICE in str(error)

    def test_exact_message_for_plain_types(self) -> None:
        with pytest.raises(StructuredOutputError) as info:
            StructuredOutput.of(Invoice).parse(BAD_PRICE)
        assert str(info.value) == f"$.items[2].price: expected number, got string\nresponse text: {BAD_PRICE}"

    def test_pydantic_failing_path(self) -> None:
        text = '{"number": "A-1", "items": [{"name": "a", "price": "cheap"}]}'
        with pytest.raises(StructuredOutputError) as info:
            StructuredOutput.of(PInvoice).parse(text)
        assert info.value.path == "$.items[0].price"
        assert "valid number" in info.value.reason

    @pytest.mark.parametrize("target", [Invoice, PInvoice, {"type": "object"}])
    def test_invalid_json(self, target: Any) -> None:
        with pytest.raises(StructuredOutputError, match=r"^\$: invalid JSON") as info:
            StructuredOutput.of(target).parse('{"number": "A-1", "items": [')
        assert info.value.path == "$"
        assert 'response text: {"number": "A-1", "items": [' in str(info.value)

    def test_empty_text(self) -> None:
        with pytest.raises(StructuredOutputError, match=r"^\$: invalid JSON"):
            StructuredOutput.of(Invoice).parse("")

    def test_long_text_is_truncated_in_the_message(self) -> None:
        text = '{"number": 1, "pad": "' + "x" * 2000 + '"}'
        with pytest.raises(StructuredOutputError) as info:
            StructuredOutput.of(Invoice).parse(text)
        message = str(info.value)
        assert message.startswith("$.number: expected string, got integer")
        assert len(message) < 700 and message.endswith(f"... ({len(text)} characters)")
        assert info.value.text == text  # the full text stays on the error

    def test_strings_are_not_coerced_to_numbers(self) -> None:
        with pytest.raises(StructuredOutputError, match=r"^\$: expected integer, got string"):
            StructuredOutput.of(int).parse('"3"')

    def test_missing_property(self) -> None:
        with pytest.raises(StructuredOutputError, match=r"^\$\.items\[0\]: missing required property 'price'"):
            StructuredOutput.of(Invoice).parse('{"number": "1", "items": [{"name": "a"}]}')


class TestRawSchemaValidation:
    SCHEMA: ClassVar[dict[str, Any]] = {
        "type": "object",
        "properties": {
            "items": {
                "type": "array",
                "items": {"$ref": "#/$defs/Item"},
                "minItems": 1,
            },
            "status": {"type": "string", "enum": ["open", "paid"]},
            "note": {"type": ["string", "null"]},
            "pair": {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}]},
            "either": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "boolean"}]},
            "tags": {"type": "object", "additionalProperties": {"type": "string"}},
            "closed": {"type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": False},
            "legacy": {"type": "STRING", "nullable": True},
        },
        "required": ["items"],
        "$defs": {
            "Item": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "price": {"type": "number", "maximum": 100}},
                "required": ["name", "price"],
            }
        },
    }

    def parse(self, value: str) -> Any:
        return StructuredOutput.of(self.SCHEMA).parse(value)

    def test_valid_document(self) -> None:
        text = (
            '{"items": [{"name": "a", "price": 2}], "status": "paid", "note": null, "pair": [1, "x"],'
            ' "either": true, "tags": {"k": "v"}, "closed": {"a": 1}, "legacy": null}'
        )
        assert self.parse(text)["status"] == "paid"

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (
                '{"items": [{"name": "a", "price": 1}, {"name": "b", "price": "2"}]}',
                r"\$\.items\[1\]\.price: expected number, got string",
            ),
            ('{"items": [{"name": "a", "price": 101}]}', r"\$\.items\[0\]\.price: expected a value <= 100, got 101"),
            ('{"items": []}', r"\$\.items: expected at least 1 items, got 0"),
            ("{}", r"\$: missing required property 'items'"),
            (
                '{"items": [{"name": "a", "price": 1}], "status": "late"}',
                r"\$\.status: expected one of 'open', 'paid', got 'late'",
            ),
            ('{"items": [{"name": "a", "price": 1}], "note": 5}', r"\$\.note: expected string or null, got integer"),
            ('{"items": [{"name": "a", "price": 1}], "pair": [1, 2]}', r"\$\.pair\[1\]: expected string, got integer"),
            (
                '{"items": [{"name": "a", "price": 1}], "either": -1}',
                r"\$\.either: integer value fits none of the anyOf",
            ),
            ('{"items": [{"name": "a", "price": 1}], "tags": {"k": 1}}', r"\$\.tags\.k: expected string, got integer"),
            ('{"items": [{"name": "a", "price": 1}], "closed": {"b": 1}}', r"\$\.closed\.b: unexpected property"),
            ('{"items": [{"name": "a", "price": 1}], "legacy": 1}', r"\$\.legacy: expected string, got integer"),
            ("[1]", r"\$: expected object, got array"),
        ],
    )
    def test_invalid_documents(self, text: str, message: str) -> None:
        with pytest.raises(StructuredOutputError, match="^" + message):
            self.parse(text)

    def test_integral_float_counts_as_integer(self) -> None:
        assert StructuredOutput.of({"type": "integer"}).parse("3.0") == 3.0


# ------------------------------------------------------------------- the API's OpenAPI form (google-genai's habit)

OPENAPI_PERSON = {"type": "OBJECT", "properties": {"name": {"type": "STRING"}, "age": {"type": "INTEGER"}}}


def test_an_openapi_form_schema_given_as_response_schema_goes_as_response_schema() -> None:
    from pygenai.gemini._prepare import prepare

    prepared = prepare("x", {"response_mime_type": "application/json", "response_schema": OPENAPI_PERSON})
    generation = prepared.body["generationConfig"]
    assert generation == {"responseMimeType": "application/json", "responseSchema": OPENAPI_PERSON}
    assert prepared.structured is not None
    assert prepared.structured.parse('{"name": "Ada", "age": 36}') == {"name": "Ada", "age": 36}
    with pytest.raises(StructuredOutputError, match=r"\$\.age: expected integer, got string"):
        prepared.structured.parse('{"name": "Ada", "age": "old"}')


def test_an_openapi_form_nested_below_the_root_is_recognised() -> None:
    nested = {"anyOf": [{"type": "ARRAY", "items": {"type": "STRING"}}]}
    assert StructuredOutput.of(nested, openapi=True).config()["responseSchema"] == nested
    deep = {"properties": {"tags": {"items": {"type": "STRING"}}}}
    assert "responseSchema" in StructuredOutput.of(deep, openapi=True).config()


def test_json_schema_dicts_and_response_json_schema_always_go_as_response_json_schema() -> None:
    from pygenai.gemini._prepare import prepare

    lower = {"type": "object", "properties": {"name": {"type": "string"}}}
    assert "responseJsonSchema" in prepare("x", {"response_schema": lower}).body["generationConfig"]
    explicit = prepare("x", {"response_json_schema": OPENAPI_PERSON}).body["generationConfig"]
    assert explicit["responseJsonSchema"] == OPENAPI_PERSON
    assert "responseSchema" not in explicit


def test_google_genai_schema_objects_are_read_through_model_dump() -> None:
    from google.genai import types

    from pygenai.gemini._prepare import prepare

    schema = types.Schema(type=types.Type.OBJECT, properties={"name": types.Schema(type=types.Type.STRING)})
    expected = {"type": "OBJECT", "properties": {"name": {"type": "STRING"}}}
    in_a_dict = prepare("x", {"response_mime_type": "application/json", "response_schema": schema})
    assert in_a_dict.body["generationConfig"]["responseSchema"] == expected
    config = types.GenerateContentConfig(response_mime_type="application/json", response_schema=schema)
    assert prepare("x", config).body["generationConfig"]["responseSchema"] == expected
