"""Function tools: declarations from callables, invocation, function responses and the loop core."""

import asyncio
import dataclasses
import datetime as dt
import enum
import functools
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypedDict

import msgspec
import pydantic
import pytest

from pygenai._core.errors import ToolArgumentError, ToolDefinitionError, ToolPairingError
from pygenai._core.model import WireModel
from pygenai.gemini._wire import (
    GEMINI_WIRE,
    function_calls,
    function_response_part,
    gemini_tools,
    pair_function_responses,
    tool_config,
)
from pygenai.tools import (
    CallTools,
    Finished,
    FunctionCallingLoop,
    FunctionTool,
    Toolbox,
    ToolInvocation,
    ToolResult,
    to_json_value,
    tool,
)
from pygenai.tools._async.run import run_calls as arun_calls
from pygenai.tools._sync.run import run_calls
from tests.features import _future_types


class Unit(enum.Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


@dataclasses.dataclass
class Address:
    street: str
    number: int


class Person(TypedDict):
    name: str
    age: int


class Pet(pydantic.BaseModel):
    name: str
    legs: int = 4


class Point(msgspec.Struct):
    x: float
    y: float


def params(fn: Any) -> dict[str, Any]:
    schema: dict[str, Any] = FunctionTool.from_callable(fn).declaration["parametersJsonSchema"]
    return schema


def model_turn(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"role": "model", "parts": list(parts)}


def call_part(name: str, args: dict[str, Any] | None = None, id: str | None = None, **extra: Any) -> dict[str, Any]:
    call: dict[str, Any] = {"name": name, "args": args if args is not None else {}}
    if id is not None:
        call["id"] = id
    return {"functionCall": call, **extra}


# --------------------------------------------------------------------------------------------- declarations


class TestDocstrings:
    def test_google_style(self) -> None:
        def get_weather(city: str, unit: Unit = Unit.CELSIUS) -> str:
            """Current weather for a city.

            Uses the national weather service.

            Args:
                city (str): City name,
                    for example "Paris".
                unit: Temperature unit.

            Returns:
                A short report.
            """
            return ""

        declaration = FunctionTool(get_weather).declaration
        assert declaration == {
            "name": "get_weather",
            "description": "Current weather for a city.\n\nUses the national weather service.",
            "parametersJsonSchema": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": 'City name, for example "Paris".'},
                    "unit": {
                        "type": "string",
                        "enum": ["celsius", "fahrenheit"],
                        "description": "Temperature unit.",
                    },
                },
                "required": ["city"],
            },
        }

    def test_numpy_style(self) -> None:
        def scale(values: list[float], factor: float = 2.0) -> list[float]:
            """Multiply values.

            Parameters
            ----------
            values : list of float
                Numbers to scale.
            factor : float, optional
                Multiplier;
                defaults to two.

            Returns
            -------
            list of float
            """
            return values

        declaration = FunctionTool(scale).declaration
        assert declaration["description"] == "Multiply values."
        properties = declaration["parametersJsonSchema"]["properties"]
        assert properties["values"]["description"] == "Numbers to scale."
        assert properties["factor"]["description"] == "Multiplier; defaults to two."

    def test_sphinx_style(self) -> None:
        def book(room: str, hours: int) -> bool:
            """Book a meeting room.

            :param room: Room name.
            :param int hours: How long,
                in whole hours.
            :returns: Whether it worked.
            :rtype: bool
            """
            return True

        declaration = FunctionTool(book).declaration
        assert declaration["description"] == "Book a meeting room."
        properties = declaration["parametersJsonSchema"]["properties"]
        assert properties["room"]["description"] == "Room name."
        assert properties["hours"]["description"] == "How long, in whole hours."

    def test_no_docstring_means_no_description(self) -> None:
        def ping() -> str:
            return "pong"

        assert FunctionTool(ping).declaration == {
            "name": "ping",
            "parametersJsonSchema": {"type": "object", "properties": {}},
        }

    def test_annotated_description_wins_over_docstring(self) -> None:
        def f(x: Annotated[int, "From the hint."]) -> None:
            """Do it.

            Args:
                x: From the docstring.
            """

        assert params(f)["properties"]["x"]["description"] == "From the hint."


class TestDeclarations:
    def test_every_hint_kind(self) -> None:
        def everything(
            text: str,
            count: int,
            ratio: float,
            flag: bool,
            mode: Literal["fast", "slow"],
            unit: Unit,
            tags: list[str],
            pair: tuple[int, str],
            scores: dict[str, float],
            address: Address,
            person: Person,
            pet: Pet,
            point: Point,
            maybe: int | None = None,
        ) -> None:
            pass

        properties = params(everything)["properties"]
        assert properties["text"] == {"type": "string"}
        assert properties["count"] == {"type": "integer"}
        assert properties["ratio"] == {"type": "number"}
        assert properties["flag"] == {"type": "boolean"}
        assert properties["mode"] == {"type": "string", "enum": ["fast", "slow"]}
        assert properties["unit"] == {"type": "string", "enum": ["celsius", "fahrenheit"]}
        assert properties["tags"] == {"type": "array", "items": {"type": "string"}}
        assert properties["pair"]["prefixItems"] == [{"type": "integer"}, {"type": "string"}]
        assert properties["scores"] == {"type": "object", "additionalProperties": {"type": "number"}}
        assert properties["address"]["required"] == ["street", "number"]
        assert properties["person"]["properties"] == {"name": {"type": "string"}, "age": {"type": "integer"}}
        assert properties["pet"]["properties"]["legs"]["type"] == "integer"
        assert properties["point"]["required"] == ["x", "y"]
        assert properties["maybe"] == {"type": ["integer", "null"]}
        assert params(everything)["required"] == [
            "text", "count", "ratio", "flag", "mode", "unit", "tags", "pair", "scores",
            "address", "person", "pet", "point",
        ]  # fmt: skip

    def test_string_annotations_and_recursive_types(self) -> None:
        schema = params(_future_types.search)
        assert schema["properties"]["query"]["required"] == ["text"]
        assert schema["properties"]["filters"]["anyOf"][0]["required"] == ["tag"]
        assert schema["required"] == ["query"]

    def test_tool_decorator_keeps_the_function_callable(self) -> None:
        @tool
        def add(a: int, b: int) -> int:
            """Add two numbers."""
            return a + b

        assert isinstance(add, FunctionTool)
        assert add(2, 3) == 5
        assert add.declaration["description"] == "Add two numbers."
        assert FunctionTool.from_callable(add) is add

    def test_tool_decorator_overrides(self) -> None:
        @tool(name="lookup_customer", description="Find a customer by e-mail.")
        async def find(email: str) -> dict[str, str]:
            """Old description."""
            return {"email": email}

        assert find.name == "lookup_customer"
        assert find.is_async
        assert find.declaration["name"] == "lookup_customer"
        assert find.declaration["description"] == "Find a customer by e-mail."

    def test_from_callable_renames_an_existing_tool(self) -> None:
        @tool
        def a(x: int) -> int:
            return x

        renamed = FunctionTool.from_callable(a, name="b")
        assert renamed.name == "b" and renamed.function is a.function
        described = FunctionTool.from_callable(renamed, description="New.")
        assert described.name == "b" and described.description == "New."

    def test_bound_methods_partials_and_callable_objects(self) -> None:
        class Shop:
            def price(self, item: str) -> float:
                """Price of an item."""
                return 1.0

        class Counter:
            async def __call__(self, step: int) -> int:
                return step

        def scaled(value: float, factor: float) -> float:
            """Scale a value."""
            return value * factor

        assert params(Shop().price)["required"] == ["item"]
        double = FunctionTool(functools.partial(scaled, factor=2.0), name="double")
        assert double.declaration["parametersJsonSchema"]["required"] == ["value"]
        assert double.description == "Scale a value."
        counter = FunctionTool(Counter())
        assert counter.name == "Counter" and counter.is_async

    def test_default_makes_a_parameter_optional(self) -> None:
        def f(a: int, b: str = "x", *, c: bool = False, d: float) -> None:
            pass

        assert params(f)["required"] == ["a", "d"]


class TestDefinitionErrors:
    def test_missing_annotation_names_the_parameter(self) -> None:
        def f(a: int, b) -> None:  # type: ignore[no-untyped-def]
            pass

        with pytest.raises(ToolDefinitionError) as info:
            FunctionTool(f)
        assert info.value.function == "f" and info.value.parameter == "b"
        assert str(info.value) == "parameter 'b' of f: has no type annotation; the schema is built from type hints"

    @pytest.mark.parametrize(
        ("annotation", "reason"),
        [
            (Callable[[int], int], "Callable[[int], int] has no JSON form"),
            (object.__new__(type("Opaque", (), {})).__class__, "class Opaque has no JSON form"),
            (dict[int, str], "JSON object keys are strings"),
            (list[Callable[[], None]], "Callable[[], None] has no JSON form"),
            (int | Callable[[], None], "has no JSON form"),
        ],
    )
    def test_unsupported_hint_names_the_parameter(self, annotation: Any, reason: str) -> None:
        def f(ok: int, bad: Any) -> None:
            pass

        f.__annotations__["bad"] = annotation
        with pytest.raises(ToolDefinitionError, match=r"^parameter 'bad' of f: ") as info:
            FunctionTool(f)
        assert info.value.parameter == "bad"
        assert reason in info.value.reason

    def test_unsupported_field_of_a_dataclass_parameter(self) -> None:
        @dataclasses.dataclass
        class Job:
            callback: Callable[[], None]

        def schedule(job: Job) -> None:
            pass

        with pytest.raises(ToolDefinitionError, match=r"parameter 'job' of schedule: field 'callback' of .*Job"):
            FunctionTool(schedule)

    def test_star_args_are_rejected(self) -> None:
        def f(*values: int) -> None:
            pass

        def g(**options: str) -> None:
            pass

        with pytest.raises(ToolDefinitionError, match=r"parameter 'values' of f: \*values cannot be declared"):
            FunctionTool(f)
        with pytest.raises(ToolDefinitionError, match=r"parameter 'options' of g: \*\*options cannot be declared"):
            FunctionTool(g)

    def test_invalid_name(self) -> None:
        with pytest.raises(ToolDefinitionError, match="pass name= to choose one"):
            FunctionTool(lambda x: x)
        with pytest.raises(ToolDefinitionError, match="a function name must start"):
            FunctionTool(_future_types.search, name="x" * 65)

    def test_unresolvable_hint(self) -> None:
        with pytest.raises(ToolDefinitionError, match=r"uses_undefined: cannot resolve its type hints \(NameError"):
            FunctionTool(_future_types.uses_undefined)

    def test_decorated_method_says_what_to_do(self) -> None:
        with pytest.raises(ToolDefinitionError, match=r"parameter 'self' of lookup: looks like a method"):

            class Service:
                @tool
                def lookup(self, key: str) -> str:
                    return key

    def test_decorator_fails_at_decoration_time(self) -> None:
        with pytest.raises(ToolDefinitionError, match="parameter 'cb'"):

            @tool
            def f(cb: Callable[[], None]) -> None:
                pass


# --------------------------------------------------------------------------------------------- invocation


class TestBind:
    def test_coercion_of_scalars_and_enums(self) -> None:
        def f(n: int, x: float, unit: Unit, on: bool) -> None:
            pass

        args, kwargs = FunctionTool(f).bind({"n": 3.0, "x": "2.5", "unit": "fahrenheit", "on": "true"})
        assert args == [] and kwargs == {"n": 3, "x": 2.5, "unit": Unit.FAHRENHEIT, "on": True}

    def test_structured_arguments_are_built(self) -> None:
        def f(address: Address, person: Person, pet: Pet, point: Point, when: dt.date) -> None:
            pass

        _, kwargs = FunctionTool(f).bind(
            {
                "address": {"street": "Main", "number": "12"},
                "person": {"name": "Ann", "age": 40.0},
                "pet": {"name": "Rex"},
                "point": {"x": 1, "y": 2},
                "when": "2026-01-02",
            }
        )
        assert kwargs == {
            "address": Address("Main", 12),
            "person": {"name": "Ann", "age": 40},
            "pet": Pet(name="Rex"),
            "point": Point(1.0, 2.0),
            "when": dt.date(2026, 1, 2),
        }

    def test_positional_only_parameters(self) -> None:
        def f(a: int, /, b: int) -> int:
            return a - b

        args, kwargs = FunctionTool(f).bind({"b": 1, "a": 5})
        assert args == [5] and kwargs == {"b": 1}

    def test_null_for_a_defaulted_parameter_uses_the_default(self) -> None:
        def f(unit: str = "c") -> None:
            pass

        assert FunctionTool(f).bind({"unit": None}) == ([], {})

    def test_bad_arguments_name_the_path(self) -> None:
        def f(items: list[Address]) -> None:
            pass

        with pytest.raises(ToolArgumentError) as info:
            FunctionTool(f).bind({"items": [{"street": "a", "number": 1}, {"street": "b", "number": "two"}]})
        assert info.value.path == "$.items[1].number"
        assert str(info.value) == "invalid arguments for f: $.items[1].number: expected integer, got string"

    def test_missing_and_unexpected_arguments(self) -> None:
        def f(a: int) -> None:
            pass

        with pytest.raises(ToolArgumentError, match=r"\$: missing required property 'a'"):
            FunctionTool(f).bind({})
        with pytest.raises(ToolArgumentError, match=r"\$\.b: unexpected argument"):
            FunctionTool(f).bind({"a": 1, "b": 2})

    def test_pydantic_errors_keep_their_path(self) -> None:
        def f(pets: list[Pet]) -> None:
            pass

        with pytest.raises(ToolArgumentError) as info:
            FunctionTool(f).bind({"pets": [{"name": "a", "legs": "many"}]})
        assert info.value.path == "$.pets[0].legs"


class TestRunCalls:
    def test_success_with_and_without_ids(self) -> None:
        def add(a: int, b: int) -> int:
            return a + b

        box = Toolbox([add])
        calls = function_calls(
            model_turn(call_part("add", {"a": 1, "b": 2}, id="zi06h2mp"), call_part("add", {"a": 3, "b": 4}))
        )
        results = run_calls(box, calls, GEMINI_WIRE)
        assert [r.part for r in results] == [
            {"functionResponse": {"name": "add", "id": "zi06h2mp", "response": {"result": 3}}},
            {"functionResponse": {"name": "add", "response": {"result": 7}}},
        ]
        assert [r.value for r in results] == [3, 7]

    def test_exception_becomes_an_error_response(self) -> None:
        def fail(city: str) -> str:
            raise ValueError(f"unknown city {city}")

        results = run_calls(
            Toolbox([fail]), function_calls(model_turn(call_part("fail", {"city": "Atlantis"}, id="c1"))), GEMINI_WIRE
        )
        assert results[0].part == {
            "functionResponse": {"name": "fail", "id": "c1", "response": {"error": "ValueError: unknown city Atlantis"}}
        }
        assert isinstance(results[0].error, ValueError)

    def test_bad_arguments_become_an_error_response(self) -> None:
        def f(n: int) -> int:
            return n

        results = run_calls(Toolbox([f]), function_calls(model_turn(call_part("f", {"n": "many"}))), GEMINI_WIRE)
        assert results[0].part["functionResponse"]["response"] == {
            "error": "ToolArgumentError: invalid arguments for f: $.n: expected integer, got string"
        }

    def test_unknown_function_becomes_an_error_response(self) -> None:
        def f() -> None:
            pass

        results = run_calls(Toolbox([f]), function_calls(model_turn(call_part("g"))), GEMINI_WIRE)
        assert results[0].part["functionResponse"]["response"]["error"] == (
            "LookupError: there is no tool named 'g'; available: f"
        )

    def test_on_error_raise(self) -> None:
        def boom() -> None:
            raise KeyError("nope")

        with pytest.raises(KeyError, match="nope"):
            run_calls(Toolbox([boom]), function_calls(model_turn(call_part("boom"))), GEMINI_WIRE, on_error="raise")

    def test_return_values_become_json(self) -> None:
        def info() -> dict[str, Any]:
            return {
                "address": Address("Main", 1),
                "pet": Pet(name="Rex"),
                "unit": Unit.CELSIUS,
                "at": dt.date(2026, 1, 2),
            }

        results = run_calls(Toolbox([info]), function_calls(model_turn(call_part("info"))), GEMINI_WIRE)
        assert results[0].part["functionResponse"]["response"] == {
            "result": {
                "address": {"street": "Main", "number": 1},
                "pet": {"name": "Rex", "legs": 4},
                "unit": "celsius",
                "at": "2026-01-02",
            }
        }

    def test_unserializable_return_value_becomes_an_error(self) -> None:
        def leak() -> object:
            return object()

        results = run_calls(Toolbox([leak]), function_calls(model_turn(call_part("leak"))), GEMINI_WIRE)
        assert results[0].part["functionResponse"]["response"] == {
            "error": "TypeError: tool returned a object, which has no JSON form"
        }

    def test_async_tool_from_sync_code(self) -> None:
        async def fetch(key: str) -> str:
            await asyncio.sleep(0)
            return key.upper()

        results = run_calls(Toolbox([fetch]), function_calls(model_turn(call_part("fetch", {"key": "k"}))), GEMINI_WIRE)
        assert results[0].value == "K"

    def test_async_tools_from_sync_code_share_one_long_lived_loop(self) -> None:
        # Sync code runs async tools on the shared portal's loop, even from inside another running loop, and every
        # call lands on the same loop (so a session one call opened is there for the next).
        loops: list[object] = []

        async def fetch() -> str:
            loops.append(asyncio.get_running_loop())
            return "x"

        def twice() -> list[ToolResult]:
            turn = function_calls(model_turn(call_part("fetch")))
            return run_calls(Toolbox([fetch]), turn, GEMINI_WIRE) + run_calls(Toolbox([fetch]), turn, GEMINI_WIRE)

        async def main() -> list[ToolResult]:
            return twice()

        results = [*twice(), *asyncio.run(main())]
        assert [r.value for r in results] == ["x"] * 4
        assert len(loops) == 4 and all(loop is loops[0] for loop in loops)


class TestAsyncRunCalls:
    def test_async_tools_run_concurrently_and_results_keep_call_order(self) -> None:
        # each tool waits for the other to have started: this finishes only if they overlap
        started = {"a": asyncio.Event(), "b": asyncio.Event()}
        finished: list[str] = []

        async def wait_for(name: str, other: str) -> str:
            started[name].set()
            await asyncio.wait_for(started[other].wait(), timeout=2)
            if name == "b":
                finished.append(name)
            else:
                await asyncio.sleep(0)
                await asyncio.sleep(0)
                finished.append(name)
            return name

        async def first(x: int) -> str:
            return await wait_for("a", "b")

        async def second(x: int) -> str:
            return await wait_for("b", "a")

        def sync_tool(x: int) -> int:
            return x * 10

        box = Toolbox([first, second, sync_tool])
        calls = function_calls(
            model_turn(
                call_part("first", {"x": 1}, thoughtSignature="c2ln"),
                call_part("second", {"x": 2}),
                call_part("sync_tool", {"x": 3}),
            )
        )
        results = asyncio.run(arun_calls(box, calls, GEMINI_WIRE))
        assert finished == ["b", "a"]  # completion order differs from call order ...
        assert [r.value for r in results] == ["a", "b", 30]  # ... results do not
        assert [r.call.index for r in results] == [0, 1, 2]

    def test_async_errors(self) -> None:
        async def bad() -> None:
            raise RuntimeError("down")

        results = asyncio.run(arun_calls(Toolbox([bad]), function_calls(model_turn(call_part("bad"))), GEMINI_WIRE))
        assert results[0].part["functionResponse"]["response"] == {"error": "RuntimeError: down"}
        with pytest.raises(RuntimeError, match="down"):
            turn = function_calls(model_turn(call_part("bad")))
            asyncio.run(arun_calls(Toolbox([bad]), turn, GEMINI_WIRE, on_error="raise"))

    def test_async_calls_run_concurrently_under_trio(self) -> None:
        import anyio

        started: list[str] = []
        both = anyio.Event()

        async def left(x: int) -> int:
            started.append("left")
            if len(started) == 2:
                both.set()
            await both.wait()  # returns only if the other call started meanwhile
            return x

        async def right(x: int) -> int:
            started.append("right")
            if len(started) == 2:
                both.set()
            await both.wait()
            return -x

        calls = function_calls(model_turn(call_part("left", {"x": 1}), call_part("right", {"x": 2})))

        async def main() -> list[ToolResult]:
            with anyio.fail_after(5):
                return await arun_calls(Toolbox([left, right]), calls, GEMINI_WIRE)

        results = anyio.run(main, backend="trio")
        assert [r.value for r in results] == [1, -2]


# --------------------------------------------------------------------------------------------- pairing


class TestPairing:
    def test_function_calls_reads_wire_and_models(self) -> None:
        content = model_turn(
            {"text": "thinking", "thought": True},
            call_part("a", {"x": 1}, id="id1", thoughtSignature="c2ln"),
            {"text": ""},
            call_part("b", None),
        )
        del content["parts"][3]["functionCall"]["args"]
        calls = function_calls(WireModel._wrap(content))
        assert [(c.index, c.name, c.args, c.id) for c in calls] == [(0, "a", {"x": 1}, "id1"), (1, "b", {}, None)]
        assert calls[0].part is content["parts"][1]  # the wire part itself, signature included
        assert function_calls({"role": "model"}) == [] and function_calls(None) == []

    def test_ids_pair_out_of_order_responses(self) -> None:
        calls = function_calls(model_turn(call_part("f", id="a1"), call_part("f", id="b2")))
        content = pair_function_responses(
            calls,
            [
                function_response_part("f", {"result": 2}, id="b2"),
                function_response_part("f", {"result": 1}, id="a1"),
            ],
        )
        assert content == {
            "role": "user",
            "parts": [
                {"functionResponse": {"name": "f", "id": "a1", "response": {"result": 1}}},
                {"functionResponse": {"name": "f", "id": "b2", "response": {"result": 2}}},
            ],
        }

    def test_without_ids_pairs_by_name_and_order(self) -> None:
        calls = function_calls(
            model_turn(call_part("weather", {"c": "Paris"}), call_part("time"), call_part("weather"))
        )
        content = pair_function_responses(
            calls,
            [
                {"name": "time", "response": {"result": "noon"}},
                {"name": "weather", "response": {"result": "sun"}},
                {"functionResponse": {"name": "weather", "response": {"result": "rain"}}},
            ],
        )
        assert [p["functionResponse"] for p in content["parts"]] == [
            {"name": "weather", "response": {"result": "sun"}},
            {"name": "time", "response": {"result": "noon"}},
            {"name": "weather", "response": {"result": "rain"}},
        ]

    def test_call_ids_are_filled_in_for_responses_without_them(self) -> None:
        calls = function_calls(model_turn(call_part("f", id="x9")))
        content = pair_function_responses(calls, [WireModel._wrap({"name": "f", "response": {"result": 0}})])
        assert content["parts"][0]["functionResponse"] == {"name": "f", "id": "x9", "response": {"result": 0}}

    def test_ids_on_responses_to_a_turn_without_ids_are_ignored(self) -> None:
        calls = function_calls(model_turn(call_part("f"), call_part("f")))
        content = pair_function_responses(
            calls,
            [{"name": "f", "id": "mine-1", "response": {"n": 1}}, {"name": "f", "id": "mine-2", "response": {"n": 2}}],
        )
        assert [p["functionResponse"] for p in content["parts"]] == [
            {"name": "f", "response": {"n": 1}},
            {"name": "f", "response": {"n": 2}},
        ]

    def test_tool_results_pair_directly(self) -> None:
        calls = function_calls(model_turn(call_part("f", id="1"), call_part("g")))
        results = [
            ToolResult.success(calls[1], "g!", GEMINI_WIRE),
            ToolResult.failure(calls[0], ValueError("no"), GEMINI_WIRE),
        ]
        parts = pair_function_responses(calls, results)["parts"]
        assert parts[0]["functionResponse"]["response"] == {"error": "ValueError: no"}
        assert parts[1]["functionResponse"]["response"] == {"result": "g!"}

    @pytest.mark.parametrize(
        ("responses", "message"),
        [
            ([{"name": "f", "response": {}}], r"no function response for: g \(call 1\)"),
            (
                [{"name": "f", "response": {}}, {"name": "g", "response": {}}, {"name": "g", "response": {}}],
                "matches no unanswered call",
            ),
            ([{"name": "f", "id": "zz", "response": {}}], "id 'zz' matches no call"),
            ([{"name": "f", "id": "i1", "response": {}}, {"name": "f", "id": "i1", "response": {}}], "answered twice"),
            (["text"], "expected a function response"),
            ([{"text": "hi"}], "expected a function response"),
        ],
    )
    def test_mismatches_are_errors(self, responses: list[Any], message: str) -> None:
        calls = function_calls(model_turn(call_part("f", id="i1"), call_part("g")))
        with pytest.raises(ToolPairingError, match=message):
            pair_function_responses(calls, responses)


# --------------------------------------------------------------------------------------------- loop


def echo(text: str) -> str:
    return text


class TestLoop:
    def test_completes_when_the_model_answers_with_text(self) -> None:
        loop = FunctionCallingLoop(Toolbox([echo]), GEMINI_WIRE)
        turn = model_turn(call_part("echo", {"text": "hi"}, id="c1", thoughtSignature="c2ln"))
        step = loop.step(turn)
        assert isinstance(step, CallTools) and step.round == 1
        user = loop.submit(run_calls(loop.toolbox, step.calls, GEMINI_WIRE))
        assert user == {
            "role": "user",
            "parts": [{"functionResponse": {"name": "echo", "id": "c1", "response": {"result": "hi"}}}],
        }
        final = loop.step(model_turn({"text": "done", "thoughtSignature": "c2ln"}))
        assert final == Finished("completed", 1, [])
        assert loop.history == [turn, user]
        assert loop.history[0] is turn  # kept as received: signatures and unknown fields survive

    def test_model_content_from_a_model_object_is_kept_as_its_wire_dict(self) -> None:
        loop = FunctionCallingLoop(Toolbox([echo]), GEMINI_WIRE)
        wire = model_turn(call_part("echo", {"text": "x"}), {"futureField": 1})
        loop.step(WireModel._wrap(wire))
        assert loop.history[0] is wire

    def test_stops_after_max_rounds_with_a_partial_result(self) -> None:
        loop = FunctionCallingLoop(Toolbox([echo]), GEMINI_WIRE)
        turn = model_turn(call_part("echo", {"text": "again"}))
        for expected_round in range(1, 11):
            step = loop.step(turn)
            assert isinstance(step, CallTools) and step.round == expected_round
            loop.submit(run_calls(loop.toolbox, step.calls, GEMINI_WIRE))
        final = loop.step(turn)
        assert isinstance(final, Finished)
        assert final.reason == "max_rounds" and final.rounds == 10
        assert [c.name for c in final.calls] == ["echo"]
        assert len(loop.history) == 20

    def test_custom_max_rounds(self) -> None:
        loop = FunctionCallingLoop(Toolbox([echo]), GEMINI_WIRE, max_rounds=0)
        assert loop.step(model_turn(call_part("echo", {"text": "x"}))).reason == "max_rounds"  # type: ignore[union-attr]
        with pytest.raises(ValueError, match="max_rounds"):
            FunctionCallingLoop(Toolbox(), GEMINI_WIRE, max_rounds=-1)

    def test_call_to_a_function_the_toolbox_does_not_run(self) -> None:
        box = Toolbox([echo, {"functionDeclarations": [{"name": "manual"}]}])
        loop = FunctionCallingLoop(box, GEMINI_WIRE)
        step = loop.step(model_turn(call_part("echo", {"text": "x"}), call_part("manual")))
        assert isinstance(step, Finished) and step.reason == "unhandled_call"
        assert [c.name for c in step.calls] == ["echo", "manual"]
        assert loop.history == []

    def test_parallel_calls_are_answered_in_one_content(self) -> None:
        def a() -> str:
            return "A"

        async def b() -> str:
            return "B"

        loop = FunctionCallingLoop(Toolbox([a, b]), GEMINI_WIRE)
        step = loop.step(model_turn(call_part("a", thoughtSignature="c2ln"), call_part("b")))
        assert isinstance(step, CallTools)
        user = loop.submit(asyncio.run(arun_calls(loop.toolbox, step.calls, GEMINI_WIRE)))
        assert [p["functionResponse"]["response"]["result"] for p in user["parts"]] == ["A", "B"]

    def test_misuse_is_reported(self) -> None:
        loop = FunctionCallingLoop(Toolbox([echo]), GEMINI_WIRE)
        with pytest.raises(RuntimeError, match="no calls are pending"):
            loop.submit([])
        loop.step(model_turn(call_part("echo", {"text": "x"})))
        with pytest.raises(RuntimeError, match="submit"):
            loop.step(model_turn(call_part("echo", {"text": "x"})))


# --------------------------------------------------------------------------------------------- wire helpers


class TestToolbox:
    def test_callables_share_one_tool_and_builtins_pass_through(self) -> None:
        def a(x: int) -> int:
            return x

        search: dict[str, Any] = {"googleSearch": {}}
        box = Toolbox([search, a, WireModel._wrap({"codeExecution": {}}), tool(name="b")(a)])
        assert gemini_tools(box) == [
            {"googleSearch": {}},
            {"functionDeclarations": [FunctionTool(a).declaration, FunctionTool(a, name="b").declaration]},
            {"codeExecution": {}},
        ]
        assert "a" in box and "b" in box and len(box) == 2
        assert "missing" not in box

    def test_duplicate_names_are_rejected(self) -> None:
        def a() -> None:
            pass

        with pytest.raises(ToolDefinitionError, match="two tools have this name"):
            Toolbox([a, tool(name="a")(lambda: None)])

    def test_non_callables_are_rejected(self) -> None:
        with pytest.raises(ToolDefinitionError, match="a tool must be a callable"):
            Toolbox([42])  # type: ignore[list-item]


class TestToolConfig:
    @pytest.mark.parametrize("mode", ["AUTO", "ANY", "NONE", "VALIDATED"])
    def test_modes(self, mode: str) -> None:
        assert tool_config(mode) == {"functionCallingConfig": {"mode": mode}}

    def test_allowed_names_from_names_and_tools(self) -> None:
        @tool
        def get_weather(city: str) -> str:
            return city

        assert tool_config("any", [get_weather, echo, "other"]) == {
            "functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["get_weather", "echo", "other"]}
        }
        assert tool_config("VALIDATED", ["x"])["functionCallingConfig"]["allowedFunctionNames"] == ["x"]

    def test_allowed_names_need_any_or_validated(self) -> None:
        with pytest.raises(ValueError, match="ANY and VALIDATED, not AUTO"):
            tool_config("AUTO", ["x"])

    def test_unknown_modes_pass_through(self) -> None:
        assert tool_config("future_mode") == {"functionCallingConfig": {"mode": "FUTURE_MODE"}}


def test_to_json_value_edge_cases() -> None:
    assert to_json_value((1, {2}, frozenset())) == [1, [2], []]
    assert to_json_value({Unit.CELSIUS: 1, 2: "b", True: "c"}) == {"celsius": 1, "2": "b", "true": "c"}
    assert to_json_value(b"\x00\xff") == "AP8="
    Level = enum.IntEnum("Level", {"LOW": 1})
    assert type(to_json_value(Level.LOW)) is int
    assert to_json_value(Point(1, 2)) == {"x": 1.0, "y": 2.0}
    assert to_json_value(WireModel._wrap({"a": 1})) == {"a": 1}
    with pytest.raises(TypeError, match="tuple key"):
        to_json_value({(1, 2): 3})


def test_function_call_is_a_frozen_record() -> None:
    call = ToolInvocation(0, "f", {}, None, {})
    with pytest.raises(dataclasses.FrozenInstanceError):
        call.name = "g"  # type: ignore[misc]
