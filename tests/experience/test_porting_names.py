"""The names google-genai users type, in pygenai: ``Part.from_text`` and its siblings, ``part.as_image()``,
``response.parts``, ``interaction.output_text``, ``client.aio`` / ``aclient.aclose()``, ``client.caches`` as the one
door to cached contents, and an ``AttributeError`` that names the pygenai spelling of a google-genai name."""

from __future__ import annotations

import inspect
import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import pygenai
import pygenai.types
from pygenai import types
from pygenai._abi import InteractionMixin, PartMixin
from pygenai._client import resources
from pygenai._core import porting
from pygenai.types import Content, Part
from pygenai.types import interactions as interaction_types
from pygenai.types import live as live_types
from tests.experience._support import MODEL

ROOT = Path(__file__).resolve().parents[2]
PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
PDF_URI = "https://generativelanguage.googleapis.com/v1beta/files/abc123xyz"


def _png(width: int = 3, height: int = 2, colour: tuple[int, int, int] = (255, 128, 0)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


# ----------------------------------------------------------------------------- Part constructors


CONSTRUCTORS = (
    "from_text",
    "from_bytes",
    "from_uri",
    "from_function_call",
    "from_function_response",
    "from_executable_code",
    "from_code_execution_result",
)


def _shape(function: Any) -> list[tuple[str, Any, bool]]:
    """Each parameter's name, kind, and whether it is required."""
    parameters = list(inspect.signature(function).parameters.values())
    return [(p.name, p.kind, p.default is inspect.Parameter.empty) for p in parameters]


@pytest.mark.parametrize("name", CONSTRUCTORS)
def test_part_constructors_take_what_google_genais_take(name: str) -> None:
    genai_types = pytest.importorskip("google.genai.types")
    assert _shape(getattr(Part, name)) == _shape(getattr(genai_types.Part, name))
    # keyword-only, as there: Part.from_text("hi") is a TypeError in both
    with pytest.raises(TypeError):
        getattr(Part, name)("x")


def test_part_constructors_build_the_wire_parts() -> None:
    assert Part.from_text(text="hi").to_dict() == {"text": "hi"}
    assert Part.from_bytes(data=b"\x89PNG", mime_type="image/png").to_dict() == {
        "inlineData": {"data": "iVBORw==", "mimeType": "image/png"}
    }
    high = Part.from_bytes(data=b"x", mime_type="image/png", media_resolution="MEDIA_RESOLUTION_HIGH")
    assert high.to_dict()["mediaResolution"] == {"level": "MEDIA_RESOLUTION_HIGH"}
    assert Part.from_uri(file_uri=PDF_URI, mime_type="application/pdf").to_dict() == {
        "fileData": {"fileUri": PDF_URI, "mimeType": "application/pdf"}
    }
    assert Part.from_function_call(name="get_weather", args={"city": "Paris"}).to_dict() == {
        "functionCall": {"name": "get_weather", "args": {"city": "Paris"}}
    }
    answer = Part.from_function_response(
        name="draw", response={"ok": True}, parts=[{"inline_data": {"data": b"x", "mime_type": "image/png"}}]
    )
    assert answer.to_dict() == {
        "functionResponse": {
            "name": "draw",
            "response": {"ok": True},
            "parts": [{"inlineData": {"data": "eA==", "mimeType": "image/png"}}],
        }
    }
    assert Part.from_executable_code(code="print(1)", language="PYTHON").to_dict() == {
        "executableCode": {"code": "print(1)", "language": "PYTHON"}
    }
    assert Part.from_code_execution_result(outcome="OUTCOME_OK", output="1\n").to_dict() == {
        "codeExecutionResult": {"outcome": "OUTCOME_OK", "output": "1\n"}
    }


def test_from_uri_guesses_the_mime_type_from_the_extension_or_asks_for_it() -> None:
    part = Part.from_uri(file_uri="https://example.com/reports/q3.pdf")
    assert part.file_data is not None and part.file_data.mime_type == "application/pdf"
    with pytest.raises(ValueError, match=r"Failed to determine mime type for file: .*abc123xyz \(pass mime_type=\)"):
        Part.from_uri(file_uri=PDF_URI)


def test_the_live_apis_part_has_the_constructors_too() -> None:
    part = live_types.Part.from_bytes(data=b"\x00\x01", mime_type="audio/pcm;rate=16000")
    assert type(part) is live_types.Part
    assert part.to_dict() == {"inlineData": {"data": "AAE=", "mimeType": "audio/pcm;rate=16000"}}


def test_mixins_keep_models_slotted_views() -> None:
    assert issubclass(Part, PartMixin) and issubclass(live_types.Part, PartMixin)
    assert issubclass(interaction_types.Interaction, InteractionMixin)
    part = Part.from_text(text="hi")
    assert not hasattr(part, "__dict__")  # still a view over one dict: the mixins add no per-instance state
    assert type(Part.from_text(text="x")) is Part


# ----------------------------------------------------------------------------- part.as_image()


def test_as_image_gives_a_pillow_image() -> None:
    from PIL import Image

    image = Part.from_bytes(data=_png(3, 2), mime_type="image/png").as_image()
    assert isinstance(image, Image.Image)
    assert image.size == (3, 2) and image.getpixel((0, 0)) == (255, 128, 0)
    # a part decoded from a response, whose data is the wire's base64
    decoded = Part.from_json(b'{"inlineData": {"mimeType": "image/png", "data": "%s"}}' % PIXEL.encode())
    pixel = decoded.as_image()
    assert pixel is not None and pixel.size == (1, 1)


@pytest.mark.parametrize(
    "part",
    [
        Part.from_text(text="not an image"),
        Part.from_bytes(data=b"RIFF", mime_type="audio/wav"),
        Part.from_uri(file_uri="https://example.com/cat.png"),  # not inline
    ],
)
def test_as_image_is_none_for_a_part_without_an_inline_image(part: Part) -> None:
    assert part.as_image() is None


def test_as_image_without_pillow_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PIL", None)  # `from PIL import Image` now raises ImportError
    part = Part.from_bytes(data=b"\x89PNG", mime_type="image/png")
    with pytest.raises(pygenai.MissingDependencyError, match=r"Part\.as_image\(\) needs pillow.*pip install pillow"):
        part.as_image()
    try:
        part.as_image()
    except ImportError as exc:  # catchable as what it is, too
        assert isinstance(exc, pygenai.PygenaiError) and getattr(exc, "package", None) == "pillow"


# ----------------------------------------------------------------------------- response.parts, replayed


@pytest.mark.vcr
def test_parts_built_like_google_genai_reach_the_wire(gemini_client: pygenai.Client) -> None:
    # what a google-genai user writes; the cassette matches the request body, so this proves the JSON sent
    contents = [
        Part.from_text(text="What is in this picture, and which plan in the document does it show?"),
        Part.from_bytes(data=__import__("base64").b64decode(PIXEL), mime_type="image/png"),
        Part.from_uri(file_uri=PDF_URI, mime_type="application/pdf"),
    ]
    response = gemini_client.models.generate_content(model=MODEL, contents=contents)
    parts = response.parts
    assert [type(p) for p in parts] == [Part]
    assert parts[0].text == response.text == "A single orange pixel; the document's Basic plan uses that colour."
    assert parts[0].thought_signature is not None


def test_response_parts_are_the_first_candidates_and_empty_without_any() -> None:
    response = pygenai.GenerateContentResponse.from_dict(
        {
            "candidates": [
                {"content": {"role": "model", "parts": [{"text": "a"}, {"functionCall": {"name": "f", "args": {}}}]}},
                {"content": {"role": "model", "parts": [{"text": "other candidate"}]}},
            ]
        }
    )
    parts = response.parts
    assert [p.to_dict() for p in parts] == [{"text": "a"}, {"functionCall": {"name": "f", "args": {}}}]
    parts[0].text = "changed"  # views over the response's own dicts, as response.content is
    assert response.content is not None and response.content.parts is not None
    assert response.content.parts[0].text == "changed"
    assert pygenai.GenerateContentResponse.from_dict({}).parts == []
    assert pygenai.GenerateContentResponse.from_dict({"promptFeedback": {"blockReason": "SAFETY"}}).parts == []
    assert pygenai.GenerateContentResponse.from_dict({"candidates": [{"finishReason": "SAFETY"}]}).parts == []


# ----------------------------------------------------------------------------- interaction.output_text


def _thought(signature: str) -> dict[str, Any]:
    return {"type": "thought", "signature": signature}


def _text(value: str) -> dict[str, Any]:
    return {"type": "model_output", "content": [{"type": "text", "text": value}]}


CALL = {"type": "function_call", "id": "call_1", "name": "get_weather", "arguments": {"city": "Rome"}}
RESULT = {"type": "function_result", "call_id": "call_1", "name": "get_weather", "result": "Sunny"}
IMAGE = {"type": "image", "data": "aW1hZ2U=", "mime_type": "image/png"}

OUTPUT_TEXT_CASES = [
    pytest.param([_thought("a"), _text("Hello")], "Hello", id="thought_then_text"),
    pytest.param(
        [_thought("a"), _text("One. "), _thought("b"), _text("Two. "), {"type": "model_output"}, _text("Three.")],
        "One. Two. Three.",
        id="text_across_steps",
    ),
    pytest.param(
        [_text("Before the call. "), CALL, RESULT, _thought("a"), _text("After 1. "), _text("After 2."), CALL],
        "After 1. After 2.",
        id="tool_steps_end_it",
    ),
    pytest.param(
        [_text("Last turn. "), {"type": "user_input", "content": [{"type": "text", "text": "Next?"}]}, _text("A")],
        "A",
        id="user_input_ends_it",
    ),
    pytest.param(
        [{"type": "model_output", "content": [{"type": "text", "text": "X"}, IMAGE]}, _thought("a"), _text("Y")],
        "Y",
        id="an_image_ends_it",
    ),
    pytest.param(
        [{"type": "model_output", "content": [IMAGE, {"type": "text", "text": "caption"}]}],
        "caption",
        id="an_image_before_the_text",
    ),
    pytest.param([_thought("a"), CALL], "", id="no_text"),
    pytest.param([], "", id="no_steps"),
]


@pytest.mark.parametrize(("steps", "expected"), OUTPUT_TEXT_CASES)
def test_output_text_is_google_genais(steps: list[dict[str, Any]], expected: str) -> None:
    payload = {"id": "v1_x", "status": "completed", "steps": steps}
    assert interaction_types.Interaction.from_dict(payload).output_text == expected
    try:  # the same answer as google-genai's own Interaction model gives, where it is installed
        from google.genai._gaos.types.interactions.interaction import Interaction as GenaiInteraction
    except ImportError:
        return
    assert GenaiInteraction.model_validate(payload).output_text == expected


def test_output_text_reads_the_older_outputs_and_tolerates_odd_json() -> None:
    older = interaction_types.Interaction.from_dict({"id": "x", "outputs": [{"type": "text", "text": "old"}]})
    assert older.output_text == "old"
    odd = interaction_types.Interaction.from_dict(
        {"steps": ["junk", {"type": "model_output", "content": "junk"}, _text("fine")]}
    )
    assert odd.output_text == "fine"
    assert interaction_types.Interaction.from_dict({}).output_text == ""


@pytest.mark.vcr
def test_interaction_output_text_of_a_replayed_call(gemini_client: pygenai.Client) -> None:
    interaction = gemini_client.interactions.create(
        model=MODEL, input="Name three unusual uses for a paperclip, one line each."
    )
    assert interaction.output_text == (
        "1. Emergency SIM-card ejector for your phone.\n2. Bookmark that clips onto a single page.\n"
        "3. Zipper pull when the original tab breaks off."
    )


# ----------------------------------------------------------------------------- client.aio and aclose()


class _Clock:
    def monotonic(self) -> float:
        return 0.0

    def time(self) -> float:
        return 0.0

    def random(self) -> float:
        return 0.5

    def sleep(self, seconds: float) -> None:
        pass

    async def asleep(self, seconds: float) -> None:
        pass


def test_aio_is_an_async_client_with_the_same_settings() -> None:
    import httpx2

    hook = pygenai.RetryLog()
    breaker = pygenai.CircuitBreaker()
    policy = pygenai.RetryPolicy(max_retries=5)
    http = httpx2.Client()
    client = pygenai.Client(
        api_key="k-123",
        base_url="https://example.test/root/",
        timeout=12.5,
        retry_policy=policy,
        circuit_breaker=breaker,
        default_headers={"x-team": "blue"},
        hooks=[hook],
        http_client=http,
    )
    clock = _Clock()
    client._clock = clock
    try:
        aio = client.aio
        assert type(aio) is pygenai.AsyncClient
        assert aio is client.aio  # made once
        assert aio.aio is aio  # google-genai's `client.aio` on an async client: itself
        assert aio.base_url == "https://example.test/root"
        assert aio.retry_policy == policy and aio.max_retries == 5
        assert aio.circuit_breaker is breaker
        assert aio.default_headers == {"x-team": "blue"}
        assert aio.hooks == client.hooks and aio.hooks[-1] is hook
        assert aio._timeout == 12.5
        assert aio._api_key is client._api_key  # the same key holder
        assert aio._clock is clock
        assert aio._http_client is None  # its own pool, made at its first request: not the sync httpx2.Client
    finally:
        client.close()
        http.close()


def test_aio_of_two_clients_are_two_async_clients() -> None:
    first, second = pygenai.Client(api_key="a"), pygenai.Client(api_key="b")
    assert first.aio is not second.aio
    assert first.aio._api_key is not None and first.aio._api_key.get() == "a"


@pytest.mark.anyio
@pytest.mark.vcr
async def test_aio_sends_a_request(gemini_client: pygenai.Client) -> None:
    async with gemini_client.aio as aclient:
        response = await aclient.models.generate_content(model=MODEL, contents="Say hello in Italian, one word.")
        assert response.text == "Ciao"
    # `async with` closed the async client (its own pool), not the sync one
    with pytest.raises(RuntimeError, match="closed"):
        await aclient.models.generate_content(model=MODEL, contents="again")
    assert gemini_client.models is gemini_client.models


@pytest.mark.anyio
async def test_aclose_is_close() -> None:
    client = pygenai.AsyncClient(api_key="k")
    await client.aclose()
    with pytest.raises(RuntimeError, match="this client has been closed"):
        await client.models.generate_content(model=MODEL, contents="hi")
    assert not hasattr(pygenai.Client, "aclose")  # the sync client closes with close()


# ----------------------------------------------------------------------------- one door per resource


def test_caches_is_the_only_door_to_cached_contents() -> None:
    from pygenai.gemini._async.caches import AsyncCaches
    from pygenai.gemini._sync.caches import Caches

    assert "caches" in resources.NAMES and "cached_contents" not in resources.NAMES
    assert type(pygenai.Client(api_key="k").caches) is Caches
    assert type(pygenai.AsyncClient(api_key="k").caches) is AsyncCaches
    for client in (pygenai.Client(api_key="k"), pygenai.AsyncClient(api_key="k")):
        with pytest.raises(
            AttributeError, match=r"has no attribute 'cached_contents': cached contents are client\.caches"
        ):
            client.cached_contents  # noqa: B018


# ----------------------------------------------------------------------------- AttributeError hints


def _client() -> pygenai.Client:
    return pygenai.Client(api_key="k")


HINTED: list[Any] = [
    pytest.param(
        _client, "tunings", r"'Client' object has no attribute 'tunings': .*client\.tuned_models", id="tunings"
    ),
    pytest.param(
        lambda: pygenai.AsyncClient(api_key="k"),
        "operations",
        r"'AsyncClient' object has no attribute 'operations': .*client\.models\.operations\.get\(name=",
        id="operations",
    ),
    pytest.param(
        lambda: _client().models,
        "compute_tokens",
        r"'Models' object has no attribute 'compute_tokens': .*Agent Platform.*client\.models\.count_tokens",
        id="compute_tokens",
    ),
    pytest.param(
        lambda: pygenai.AsyncClient(api_key="k").models,
        "generate_images",
        r"'AsyncModels' object has no attribute 'generate_images': .*client\.models\.predict\(model=\"imagen-",
        id="generate_images",
    ),
    pytest.param(
        lambda: pygenai,
        "errors",
        r"module 'pygenai' has no attribute 'errors': pygenai's exceptions are top-level names",
        id="pygenai.errors",
    ),
    pytest.param(
        lambda: types,
        "UserContent",
        r"module 'pygenai.types' has no attribute 'UserContent': .*Content\(role=\"user\"",
        id="types.UserContent",
    ),
    pytest.param(
        lambda: types,
        "ModelContent",
        r"module 'pygenai.types' has no attribute 'ModelContent': .*Content\(role=\"model\"",
        id="types.ModelContent",
    ),
    pytest.param(
        lambda: types,
        "GenerateContentConfig",
        r"has no attribute 'GenerateContentConfig': the settings of a call are pygenai\.GenerateContentConfig, a "
        r"TypedDict.*config=\{\.\.\.\}",
        id="types.GenerateContentConfig",
    ),
    pytest.param(
        lambda: types, "HttpOptions", r"has no attribute 'HttpOptions': request options are keyword", id="HttpOptions"
    ),
]


@pytest.mark.parametrize(("owner", "name", "message"), HINTED)
def test_a_google_genai_name_says_what_pygenai_calls_it(owner: Any, name: str, message: str) -> None:
    obj = owner()
    with pytest.raises(AttributeError, match=message) as caught:
        getattr(obj, name)
    assert caught.value.name == name and caught.value.obj is obj
    assert not hasattr(obj, name)


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        (_client, "'Client' object has no attribute 'nope'"),
        (lambda: pygenai.AsyncClient(api_key="k"), "'AsyncClient' object has no attribute 'nope'"),
        (lambda: _client().models, "'Models' object has no attribute 'nope'"),
        (lambda: _client().tuned_models, "'TunedModels' object has no attribute 'nope'"),
        (lambda: pygenai, "module 'pygenai' has no attribute 'nope'"),
        (lambda: types, "module 'pygenai.types' has no attribute 'nope'"),
    ],
)
def test_other_names_raise_pythons_own_message(owner: Any, expected: str) -> None:
    obj = owner()
    with pytest.raises(AttributeError) as caught:
        obj.nope  # noqa: B018
    assert str(caught.value) == expected
    assert caught.value.name == "nope" and caught.value.obj is obj


def test_names_that_exist_never_reach_the_hint_table(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: Any) -> AttributeError:
        raise AssertionError("a name that exists went through __getattr__")

    monkeypatch.setattr(porting, "missing_attribute", fail)
    monkeypatch.setattr(porting, "missing_module_attribute", fail)
    client = pygenai.Client(api_key="k")
    for name in resources.NAMES:
        getattr(client, name)
    assert client.base_url and client.aio.models and client.models.generate_content and client.models.list
    assert pygenai.Client and pygenai.APIError and types.Part and types.Content


def test_every_hinted_name_is_missing_and_every_name_a_hint_gives_exists() -> None:
    from pygenai.gemini._async.models import AsyncModels
    from pygenai.gemini._sync.models import Models

    owners: dict[str, list[Any]] = {
        "Client": [pygenai.Client, pygenai.AsyncClient],
        "Models": [Models, AsyncModels],
        "pygenai": [pygenai],
        "pygenai.types": [types],
    }
    assert set(porting.HINTS) == set(owners)
    client = pygenai.Client(api_key="k")
    named: set[str] = set()
    for owner, hints in porting.HINTS.items():
        for name, hint in hints.items():
            for obj in owners[owner]:
                assert not hasattr(obj, name), f"{owner}.{name} exists: its hint is dead"
            # every `client.x.y` and `pygenai.x.y` a hint tells people to write resolves (google-genai's own are not)
            for path in re.findall(r"(?<!google-genai's )\bclient((?:\.[a-z_]+)+)", hint):
                target: Any = client
                for attribute in path.strip(".").split("."):
                    target = getattr(target, attribute)
                named.add(f"client{path}")
            for path in re.findall(r"\bpygenai((?:\.[A-Za-z_]+)+)", hint):
                target = pygenai
                for attribute in path.strip(".").split("."):
                    target = getattr(target, attribute)
                named.add(f"pygenai{path}")
    assert {"client.caches", "client.tuned_models", "client.models.predict", "pygenai.types.Content"} <= named


def test_pygenai_types_is_an_attribute_of_pygenai_in_a_fresh_interpreter() -> None:
    # google-genai users write `from google import genai` then `genai.types.Part...`
    code = "import pygenai; print(pygenai.types.Part.from_text(text='ok').text)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_user_and_model_turns_as_the_hints_say() -> None:
    turn = Content(role="model", parts=[Part.from_text(text="It is sunny.")])
    assert turn.to_dict() == {"role": "model", "parts": [{"text": "It is sunny."}]}


def test_models_get_takes_google_genais_model_keyword_too() -> None:
    import anyio
    import httpx2

    paths: list[str] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        paths.append(request.url.path)
        return httpx2.Response(200, json={"name": "models/gemini-2.5-flash", "inputTokenLimit": 1048576})

    client = pygenai.Client(api_key="k", http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))
    assert client.models.get(model="gemini-2.5-flash").input_token_limit == 1048576
    assert client.models.get(name="models/gemini-2.5-flash").name == "models/gemini-2.5-flash"
    for both_or_neither in ({"name": "a", "model": "b"}, {}):
        with pytest.raises(TypeError, match="exactly one of them"):
            client.models.get(**both_or_neither)

    async def via_aio() -> None:
        aclient = pygenai.AsyncClient(
            api_key="k", http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(answer))
        )
        assert (await aclient.models.get(model="gemini-2.5-flash")).name == "models/gemini-2.5-flash"

    anyio.run(via_aio)
    assert paths == ["/v1beta/models/gemini-2.5-flash"] * 3
