"""Type hints -> JSON Schema, and JSON values -> Python values of those hints."""

import collections.abc
import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Generic, Literal, NewType, Optional, TypedDict, TypeVar

import annotated_types
import jsonschema  # type: ignore[import-untyped]
import msgspec
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from pygenai._core.errors import UnsupportedTypeError
from pygenai.tools._jsonschema import ConversionError, compile_hint, json_schema
from tests.features._future_types import Filters, Node, Query

# The keywords the Gemini API documents for responseJsonSchema / parametersJsonSchema.
GEMINI_KEYWORDS = {
    "$id", "$defs", "$ref", "$anchor", "type", "format", "title", "description", "enum", "items",
    "prefixItems", "minItems", "maxItems", "minimum", "maximum", "anyOf", "oneOf", "properties",
    "additionalProperties", "required", "propertyOrdering",
}  # fmt: skip


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclasses.dataclass
class Item:
    """A line item.

    Attributes:
        name: Product name.
        price: Unit price in EUR.
    """

    name: str
    price: float
    qty: int = 1
    tags: list[str] = dataclasses.field(default_factory=list)
    note: str = dataclasses.field(default="", metadata={"description": "Free text."})
    total: float = dataclasses.field(init=False, default=0.0)


@dataclasses.dataclass
class Order:
    items: list[Item]
    color: Color | None = None


class Movie(TypedDict):
    title: str
    year: int


class PModel(pydantic.BaseModel):
    """A pydantic thing."""

    name: str = pydantic.Field(description="The name.")
    score: float = 0.0


class PTree(pydantic.BaseModel):
    value: int
    children: list["PTree"] = []


class SStruct(msgspec.Struct, rename="camel"):
    """A msgspec thing."""

    user_name: str
    age: int = 0


class Plain:
    pass


UserId = NewType("UserId", int)
T = TypeVar("T")


def _walk_keywords(schema: Any, found: set[str]) -> set[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.add(key)
            if key in ("properties", "$defs"):
                for sub in value.values():
                    _walk_keywords(sub, found)
            else:
                _walk_keywords(value, found)
    elif isinstance(schema, list):
        for item in schema:
            _walk_keywords(item, found)
    return found


def _refs_have_no_siblings(schema: Any) -> bool:
    if isinstance(schema, dict):
        if "$ref" in schema and any(not k.startswith("$") for k in schema):
            return False
        return all(_refs_have_no_siblings(v) for v in schema.values())
    if isinstance(schema, list):
        return all(_refs_have_no_siblings(v) for v in schema)
    return True


class TestScalars:
    @pytest.mark.parametrize(
        ("hint", "schema"),
        [
            (str, {"type": "string"}),
            (int, {"type": "integer"}),
            (float, {"type": "number"}),
            (bool, {"type": "boolean"}),
            (None, {"type": "null"}),
            (Any, {}),
            (dt.datetime, {"type": "string", "format": "date-time"}),
            (dt.date, {"type": "string", "format": "date"}),
            (uuid.UUID, {"type": "string", "format": "uuid"}),
            (UserId, {"type": "integer"}),
        ],
    )
    def test_scalar_schema(self, hint: Any, schema: dict[str, Any]) -> None:
        assert json_schema(hint) == schema

    def test_optional_is_a_type_list(self) -> None:
        assert json_schema(Optional[int]) == {"type": ["integer", "null"]}  # noqa: UP045
        assert json_schema(int | str | None) == {"type": ["integer", "string", "null"]}

    def test_strict_conversion_rejects_near_misses(self) -> None:
        node = compile_hint(int)
        assert node.convert(3) == 3
        for bad in ("3", 3.0, True):
            with pytest.raises(ConversionError, match=r"^\$: expected integer, got "):
                node.convert(bad)

    def test_lenient_conversion_accepts_near_misses(self) -> None:
        assert compile_hint(int).convert("42", lenient=True) == 42
        assert compile_hint(int).convert(7.0, lenient=True) == 7
        assert compile_hint(float).convert("2.5", lenient=True) == 2.5
        assert compile_hint(bool).convert("True", lenient=True) is True
        assert compile_hint(str).convert(12, lenient=True) == "12"
        with pytest.raises(ConversionError, match="expected integer, got number"):
            compile_hint(int).convert(7.5, lenient=True)

    def test_int_is_accepted_for_float_and_bool_is_not(self) -> None:
        value = compile_hint(float).convert(2)
        assert value == 2.0 and type(value) is float
        with pytest.raises(ConversionError, match="expected number, got boolean"):
            compile_hint(float).convert(True)

    def test_datetime_parses_iso_strings(self) -> None:
        node = compile_hint(dt.datetime)
        assert node.convert("2026-05-28T14:45:17.041985Z") == dt.datetime(2026, 5, 28, 14, 45, 17, 41985, dt.UTC)
        with pytest.raises(ConversionError, match="expected date-time string, got 'yesterday'"):
            node.convert("yesterday")


class TestLiteralsAndEnums:
    def test_string_literal(self) -> None:
        assert json_schema(Literal["c", "f"]) == {"type": "string", "enum": ["c", "f"]}

    def test_int_literal(self) -> None:
        assert json_schema(Literal[1, 2]) == {"type": "integer", "enum": [1, 2]}

    def test_literal_with_none_and_bool_splits_into_any_of(self) -> None:
        # an enum next to "type": [..., "null"] would reject null, so null becomes its own option
        assert json_schema(Literal["a", None]) == {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]}
        assert json_schema(Literal["a", True]) == {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "boolean"}]}
        node = compile_hint(Literal["a", True])
        assert node.convert(True) is True
        with pytest.raises(ConversionError):
            node.convert(False)

    def test_literal_conversion(self) -> None:
        node = compile_hint(Literal["c", "f"])
        assert node.convert("f") == "f"
        with pytest.raises(ConversionError, match=r"^\$: expected one of 'c', 'f', got 'k'$"):
            node.convert("k")
        assert compile_hint(Literal[1, 2]).convert("2", lenient=True) == 2
        with pytest.raises(ConversionError):
            compile_hint(Literal[1, 2]).convert(True)

    def test_enum_schema_uses_values(self) -> None:
        assert json_schema(Color) == {"type": "string", "enum": ["red", "green"]}
        assert json_schema(Level) == {"type": "integer", "enum": [1, 2]}

    def test_enum_conversion(self) -> None:
        node = compile_hint(Color)
        assert node.convert("red") is Color.RED
        assert node.convert("GREEN", lenient=True) is Color.GREEN
        with pytest.raises(ConversionError, match="expected one of 'red', 'green', got 'GREEN'"):
            node.convert("GREEN")
        assert compile_hint(Level).convert("2", lenient=True) is Level.HIGH

    def test_literal_of_enum_members(self) -> None:
        assert json_schema(Literal[Color.RED]) == {"type": "string", "enum": ["red"]}
        assert compile_hint(Literal[Color.RED]).convert("red") is Color.RED

    def test_enum_with_unsupported_values_is_rejected(self) -> None:
        class Shape(enum.Enum):
            POINT = (0, 0)

        with pytest.raises(UnsupportedTypeError, match=r"enum .*Shape has a tuple value"):
            compile_hint(Shape)


class TestContainers:
    def test_lists_sets_and_sequences(self) -> None:
        assert json_schema(list[int]) == {"type": "array", "items": {"type": "integer"}}
        assert json_schema(Sequence[str]) == {"type": "array", "items": {"type": "string"}}
        assert json_schema(list) == {"type": "array"}
        assert compile_hint(set[int]).convert([1, 2, 2]) == {1, 2}
        assert compile_hint(frozenset[str]).convert(["a"]) == frozenset({"a"})
        assert compile_hint(collections.abc.Sequence[int]).convert([1]) == [1]

    def test_fixed_tuple(self) -> None:
        schema = json_schema(tuple[int, str])
        assert schema == {
            "type": "array",
            "prefixItems": [{"type": "integer"}, {"type": "string"}],
            "minItems": 2,
            "maxItems": 2,
        }
        node = compile_hint(tuple[int, str])
        assert node.convert([1, "a"]) == (1, "a")
        with pytest.raises(ConversionError, match=r"^\$: expected an array of 2 items, got 3$"):
            node.convert([1, "a", 2])
        with pytest.raises(ConversionError, match=r"^\$\[1\]: expected string, got integer$"):
            node.convert([1, 2])

    def test_variadic_tuple(self) -> None:
        assert json_schema(tuple[float, ...]) == {"type": "array", "items": {"type": "number"}}
        assert compile_hint(tuple[float, ...]).convert([1, 2.5]) == (1.0, 2.5)

    def test_dict(self) -> None:
        assert json_schema(dict[str, float]) == {"type": "object", "additionalProperties": {"type": "number"}}
        assert json_schema(dict) == {"type": "object"}
        node = compile_hint(dict[Literal["a", "b"], int])
        assert node.convert({"a": 1}) == {"a": 1}
        with pytest.raises(ConversionError, match=r"^\$\.c: expected one of 'a', 'b', got 'c'$"):
            node.convert({"c": 1})
        with pytest.raises(ConversionError, match=r"^\$\['a b'\]: expected integer, got string$"):
            compile_hint(dict[str, int]).convert({"a b": "x"})

    def test_dict_with_int_keys_is_rejected(self) -> None:
        with pytest.raises(UnsupportedTypeError, match="JSON object keys are strings, not int"):
            compile_hint(dict[int, str])

    def test_nested_error_paths(self) -> None:
        node = compile_hint(list[dict[str, list[int]]])
        with pytest.raises(ConversionError) as info:
            node.convert([{"a": [1]}, {"b": [1, 2, "x"]}])
        assert str(info.value) == "$[1].b[2]: expected integer, got string"


class TestObjects:
    def test_dataclass_schema(self) -> None:
        assert json_schema(Item) == {
            "type": "object",
            "description": "A line item.",
            "properties": {
                "name": {"type": "string", "description": "Product name."},
                "price": {"type": "number", "description": "Unit price in EUR."},
                "qty": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "note": {"type": "string", "description": "Free text."},
            },
            "required": ["name", "price"],
        }

    def test_dataclass_without_docstring_has_no_generated_description(self) -> None:
        assert "description" not in json_schema(Order)

    def test_nested_named_types_are_inlined(self) -> None:
        schema = json_schema(Order)
        assert "$defs" not in schema
        assert schema["properties"]["items"]["items"]["properties"]["name"] == {
            "type": "string",
            "description": "Product name.",
        }
        assert schema["properties"]["color"] == {
            "anyOf": [{"type": "string", "enum": ["red", "green"]}, {"type": "null"}]
        }

    def test_dataclass_conversion(self) -> None:
        order = compile_hint(Order).convert({"items": [{"name": "tea", "price": 3}], "color": "red", "other": 1})
        assert order == Order([Item("tea", 3.0)], Color.RED)
        with pytest.raises(ConversionError, match=r"^\$\.items\[0\]: missing required property 'price'$"):
            compile_hint(Order).convert({"items": [{"name": "tea"}]})

    def test_dataclass_post_init_errors_are_conversion_errors(self) -> None:
        @dataclasses.dataclass
        class Positive:
            n: int

            def __post_init__(self) -> None:
                if self.n <= 0:
                    raise ValueError("n must be positive")

        with pytest.raises(ConversionError, match=r"^\$: Positive: ValueError: n must be positive$"):
            compile_hint(Positive).convert({"n": 0})

    def test_typeddict_total(self) -> None:
        assert json_schema(Movie) == {
            "type": "object",
            "properties": {"title": {"type": "string"}, "year": {"type": "integer"}},
            "required": ["title", "year"],
        }
        assert compile_hint(Movie).convert({"title": "Up", "year": 2009}) == {"title": "Up", "year": 2009}

    def test_typeddict_required_and_not_required_as_strings(self) -> None:
        # PEP 563 strings hide Required/NotRequired from __required_keys__ on 3.11; the schema still knows
        assert json_schema(Query) == {
            "type": "object",
            "description": "A search query.",
            "properties": {"text": {"type": "string"}, "limit": {"type": "integer"}},
            "required": ["text"],
        }
        assert json_schema(Filters)["required"] == ["tag"]

    def test_recursive_dataclass_uses_defs(self) -> None:
        schema = json_schema(Node)
        assert schema["properties"]["children"] == {
            "type": "array",
            "items": {"$ref": "#/$defs/Node"},
            "description": "Its subtrees.",
        }
        assert schema["$defs"]["Node"]["properties"]["label"]["description"] == "What the node is called."
        tree = compile_hint(Node).convert({"label": "a", "children": [{"label": "b"}]})
        assert tree == Node("a", [Node("b")])

    def test_recursive_type_inside_a_container(self) -> None:
        schema = json_schema(list[Node])
        assert schema["items"] == {"$ref": "#/$defs/Node"}
        assert set(schema["$defs"]) == {"Node"}
        assert schema["$defs"]["Node"]["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}

    def test_two_classes_with_one_name_stay_apart(self) -> None:
        def make(field_name: str) -> type:
            return dataclasses.make_dataclass("Thing", [(field_name, int)])

        first, second = make("a"), make("b")
        schema = json_schema(tuple[first, second])  # type: ignore[valid-type]
        assert [s["required"] for s in schema["prefixItems"]] == [["a"], ["b"]]

    def test_generic_dataclass_is_rejected(self) -> None:
        @dataclasses.dataclass
        class Box(Generic[T]):
            value: T

        with pytest.raises(UnsupportedTypeError, match="type variable"):
            compile_hint(Box)


class TestLibraries:
    def test_pydantic_model(self) -> None:
        schema = json_schema(PModel)
        assert schema["description"] == "A pydantic thing."
        assert schema["properties"]["name"]["description"] == "The name."
        assert schema["required"] == ["name"]
        assert compile_hint(PModel).convert({"name": "x"}) == PModel(name="x")

    def test_pydantic_error_path(self) -> None:
        with pytest.raises(ConversionError, match=r"^\$\[1\]\.score: Input should be a valid number"):
            compile_hint(list[PModel]).convert([{"name": "a"}, {"name": "b", "score": "high"}])

    def test_recursive_pydantic_model(self) -> None:
        schema = json_schema(PTree)
        assert schema["properties"]["children"]["items"] == {"$ref": "#/$defs/PTree"}
        assert "PTree" in schema["$defs"]
        assert _refs_have_no_siblings(schema)

    def test_msgspec_struct(self) -> None:
        schema = json_schema(SStruct)
        assert schema["properties"] == {"userName": {"type": "string"}, "age": {"type": "integer", "default": 0}}
        assert schema["required"] == ["userName"]
        assert compile_hint(SStruct).convert({"userName": "ann"}) == SStruct("ann")

    def test_msgspec_error_path(self) -> None:
        with pytest.raises(ConversionError) as info:
            compile_hint(dict[str, SStruct]).convert({"u1": {"userName": "a", "age": "x"}})
        assert str(info.value) == "$.u1.age: expected int, got str"

    def test_msgspec_lenient_accepts_integral_float(self) -> None:
        assert compile_hint(SStruct).convert({"userName": "a", "age": 3.0}, lenient=True) == SStruct("a", 3)


class TestAnnotated:
    def test_string_metadata_is_a_description(self) -> None:
        assert json_schema(Annotated[int, "How many."]) == {"type": "integer", "description": "How many."}

    def test_msgspec_meta_constraints(self) -> None:
        hint = Annotated[float, msgspec.Meta(ge=0, le=1, description="A ratio.")]
        assert json_schema(hint) == {"type": "number", "description": "A ratio.", "minimum": 0, "maximum": 1}
        with pytest.raises(ConversionError, match=r"^\$: expected a value <= 1, got 1.5$"):
            compile_hint(hint).convert(1.5)

    def test_pydantic_field_and_annotated_types(self) -> None:
        hint = Annotated[list[str], pydantic.Field(description="Tags.", min_length=1)]
        assert json_schema(hint) == {
            "type": "array",
            "items": {"type": "string"},
            "description": "Tags.",
            "minItems": 1,
        }
        with pytest.raises(ConversionError, match="expected length >= 1, got 0"):
            compile_hint(hint).convert([])
        assert json_schema(Annotated[int, annotated_types.Gt(0)]) == {"type": "integer", "exclusiveMinimum": 0}

    def test_pattern(self) -> None:
        node = compile_hint(Annotated[str, msgspec.Meta(pattern="^[a-z]+$")])
        assert node.convert("abc") == "abc"
        with pytest.raises(ConversionError, match="expected a string matching"):
            node.convert("ABC")

    def test_description_on_a_named_type_is_merged_when_inlined(self) -> None:
        schema = json_schema(Annotated[Movie, "The film."])
        assert schema["description"] == "The film."
        assert schema["properties"]["title"] == {"type": "string"}


class TestUnsupported:
    @pytest.mark.parametrize(
        ("hint", "message"),
        [
            (Callable[[int], str], "Callable"),
            (collections.abc.Callable, "callable"),
            (bytes, "class bytes has no JSON form"),
            (Plain, "class Plain has no JSON form"),
            (type[int], "type"),
            (T, "type variable"),
            (list[Callable[[], None]], "Callable"),
            (int | Callable[[], None], "Callable"),
            ("Item", "forward reference"),
        ],
    )
    def test_unsupported_hints(self, hint: Any, message: str) -> None:
        with pytest.raises(UnsupportedTypeError, match=message):
            compile_hint(hint)

    def test_unsupported_field_names_the_field(self) -> None:
        @dataclasses.dataclass
        class Job:
            run: Callable[[], None]

        with pytest.raises(UnsupportedTypeError, match=r"field 'run' of .*Job: Callable"):
            compile_hint(Job)


class TestUnions:
    def test_object_union_uses_any_of(self) -> None:
        schema = json_schema(Item | Movie)
        assert [option["required"] for option in schema["anyOf"]] == [["name", "price"], ["title", "year"]]

    def test_union_prefers_exact_match_before_coercion(self) -> None:
        node = compile_hint(int | str)
        assert node.convert("3", lenient=True) == "3"
        assert compile_hint(float | int).convert(3) == 3.0

    def test_union_error_reports_the_non_null_option(self) -> None:
        with pytest.raises(ConversionError, match=r"^\$: expected integer, got string$"):
            compile_hint(int | None).convert("x")

    def test_union_error_reports_the_deepest_failure(self) -> None:
        with pytest.raises(ConversionError, match=r"^\$\.items\[0\]\.price: expected number, got string$"):
            compile_hint(Order | int).convert({"items": [{"name": "a", "price": "x"}]})

    def test_union_with_no_fitting_option(self) -> None:
        with pytest.raises(ConversionError, match=r"object value .* fits none of the union's types"):
            compile_hint(int | str).convert({"a": 1})


SUBSET_HINTS: list[Any] = [Item, Order, Movie, Query, Node, PModel, PTree, SStruct, list[Item], tuple[int, str], Color]


@pytest.mark.parametrize("hint", SUBSET_HINTS, ids=lambda h: getattr(h, "__name__", repr(h)))
def test_schemas_stay_in_the_documented_subset(hint: Any) -> None:
    schema = json_schema(hint)
    extra = _walk_keywords(schema, set()) - GEMINI_KEYWORDS - {"default"}  # msgspec/pydantic write "default"
    assert not extra, f"keywords outside the Gemini subset: {extra}"
    assert _refs_have_no_siblings(schema)
    jsonschema.Draft202012Validator.check_schema(schema)


# (hypothesis-jsonschema does not know prefixItems, so fixed tuples are left out here)
ROUND_TRIP_HINTS: list[Any] = [Order, Movie, list[tuple[int, ...]], dict[str, Level], Optional[Query]]  # noqa: UP045


@pytest.mark.parametrize("hint", ROUND_TRIP_HINTS, ids=repr)
@settings(max_examples=25, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_value_the_schema_allows_converts(hint: Any, data: st.DataObject) -> None:
    schema = json_schema(hint)
    value = data.draw(from_schema(schema))
    compile_hint(hint).convert(value)
