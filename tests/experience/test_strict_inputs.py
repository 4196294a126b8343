"""Nothing a caller passes is silently ignored: unknown keywords, wrong setting types, google-genai's objects.

Each case raises before any request is sent (the clients here point at a host the network block refuses), or
replays a cassette whose request body is matched, so what reaches the wire is checked too.
"""

from __future__ import annotations

from typing import Any

import pytest
from google.genai import types as genai_types

import pygenai
from tests.experience._support import MODEL, get_weather

OFFLINE = "https://offline.invalid"


@pytest.fixture
def client() -> pygenai.Client:
    return pygenai.Client(api_key="test-key-123", base_url=OFFLINE, max_retries=0)


@pytest.fixture
def aclient() -> pygenai.AsyncClient:
    return pygenai.AsyncClient(api_key="test-key-123", base_url=OFFLINE, max_retries=0)


# --------------------------------------------------------------------------- unknown keyword arguments


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.models.generate_content(model=MODEL, contents="hi", temperature=0.1),
            "Models.generate_content() got an unexpected keyword argument 'temperature': 'temperature' is a "
            "setting: pass it in config, config={'temperature': ...}",
        ),
        (
            lambda c: c.models.generate_content(model=MODEL, contents="hi", response_schema=dict),
            "Models.generate_content() got an unexpected keyword argument 'response_schema': 'response_schema' is a "
            "setting",
        ),
        (
            lambda c: c.models.generate_content(model=MODEL, contents="hi", confg={"temperature": 0}),
            "Models.generate_content() got an unexpected keyword argument 'confg'. Did you mean 'config'?",
        ),
        (
            lambda c: c.models.stream_generate_content(model=MODEL, contents="hi", temprature=0.1),
            "Models.stream_generate_content() got an unexpected keyword argument 'temprature': did you mean the "
            "setting 'temperature'? It goes in config",
        ),
        (
            lambda c: c.chats.create(model=MODEL).send_message("hi", temperature=0),
            "Chat.send() got an unexpected keyword argument 'temperature': 'temperature' is a setting",
        ),
        (
            lambda c: c.models.embed(model="gemini-embedding-001", contents="hi", config={"output_dimensionality": 10}),
            "Models.embed() got an unexpected keyword argument 'config': this method takes its settings as keyword "
            "arguments (model=, contents=, task_type=, output_dimensionality=, title=)",
        ),
        (
            lambda c: c.models.get(name="models/x", nme="models/y"),
            "Models.get() got an unexpected keyword argument 'nme'. Did you mean 'name'?",
        ),
        (
            lambda c: c.models.get(name="models/x", max_retry=1),
            "Models.get() got an unexpected keyword argument 'max_retry'. Did you mean 'max_retries'?",
        ),
    ],
    ids=["setting", "schema", "typo", "stream", "chat", "embed-config", "generated", "option"],
)
def test_an_unknown_keyword_raises_type_error_naming_it(client: pygenai.Client, call: Any, message: str) -> None:
    with pytest.raises(TypeError) as caught:
        call(client)
    assert str(caught.value).startswith(message)


def test_a_setting_in_config_is_still_refused_when_misspelled(client: pygenai.Client) -> None:
    with pytest.raises(TypeError, match="unknown generate_content config key 'temprature'; did you mean 'temperature'"):
        client.models.generate_content(model=MODEL, contents="hi", config={"temprature": 0.1})


@pytest.mark.anyio
async def test_the_async_client_names_the_method_too(aclient: pygenai.AsyncClient) -> None:
    with pytest.raises(TypeError, match=r"^AsyncModels.generate_content\(\) got an unexpected keyword argument 'seed'"):
        await aclient.models.generate_content(model=MODEL, contents="hi", seed=3)
    chat = aclient.chats.create(model=MODEL)
    with pytest.raises(TypeError, match=r"^AsyncChat.send\(\) got an unexpected keyword argument 'top_k'"):
        await chat.send_message("hi", top_k=3)


def test_the_unknown_keyword_error_comes_before_any_tool_runs(client: pygenai.Client) -> None:
    ran: list[str] = []

    def tool(city: str) -> str:
        """A tool that must not run."""
        ran.append(city)
        return city

    with pytest.raises(TypeError, match="unexpected keyword argument 'temperature'"):
        client.models.generate_content(model=MODEL, contents="hi", config={"tools": [tool]}, temperature=1)
    assert ran == []


# --------------------------------------------------------------------------- setting types


@pytest.mark.parametrize(
    ("config", "path", "reason"),
    [
        ({"temperature": "hot"}, "config['temperature']", "expected number, got string"),
        ({"max_output_tokens": 1.5}, "config['max_output_tokens']", "expected integer"),
        ({"thinking_budget": "many"}, "config['thinking_budget']", "expected an int, got str"),
        ({"include_thoughts": "yes"}, "config['include_thoughts']", "expected a bool, got str"),
        ({"speech_config": {"voice_config": 5}}, "config['speech_config']", "VoiceConfig expected, got int"),
        (
            {"automatic_function_calling": {"maximum_remote_calls": 0}},
            "config['automatic_function_calling']['maximum_remote_calls']",
            "expected an int >= 1",
        ),
    ],
)
def test_a_setting_of_the_wrong_type_raises_with_its_path(
    client: pygenai.Client, config: dict[str, Any], path: str, reason: str
) -> None:
    with pytest.raises(pygenai.ConfigTypeError) as caught:
        client.models.generate_content(model=MODEL, contents="hi", config=config)
    assert caught.value.path.startswith(path) and reason in str(caught.value)
    assert isinstance(caught.value, TypeError)


# --------------------------------------------------------------------------- maximum_remote_calls


@pytest.mark.vcr
def test_one_remote_call_runs_no_tool(gemini_client: pygenai.Client) -> None:
    ran: list[str] = []

    def tracked(city: str) -> dict[str, Any]:
        """Current weather for a city.

        Args:
            city: City name, e.g. "Paris".
        """
        ran.append(city)
        return get_weather(city)

    response = gemini_client.models.generate_content(
        model=MODEL,
        contents="Compare the weather in Paris and London.",
        config={
            "tools": [pygenai.tool(name="get_weather")(tracked)],
            "automatic_function_calling": {"maximum_remote_calls": 1},
        },
    )
    # google-genai's meaning: maximum_remote_calls counts requests to the model (x allows x - 1 tool rounds)
    afc = response.automatic_function_calling
    assert afc is not None and afc.reason == "max_rounds" and afc.rounds == 0 and ran == []
    assert [c.args for c in response.function_calls] == [{"city": "Paris"}]


# --------------------------------------------------------------------------- google-genai's objects


@pytest.mark.vcr
def test_google_genai_objects_are_read_through_model_dump(gemini_client: pygenai.Client) -> None:
    config = genai_types.GenerateContentConfig(
        system_instruction="Answer in one sentence.",
        temperature=0.1,
        max_output_tokens=256,
        thinking_config=genai_types.ThinkingConfig(thinking_level=genai_types.ThinkingLevel.LOW),
        safety_settings=[genai_types.SafetySetting(category="HARM_CATEGORY_HATE_SPEECH", threshold="BLOCK_ONLY_HIGH")],
        tool_config=genai_types.ToolConfig(
            function_calling_config=genai_types.FunctionCallingConfig(mode=genai_types.FunctionCallingConfigMode.NONE)
        ),
    )
    response = gemini_client.models.generate_content(
        model=MODEL, contents=genai_types.Part.from_text(text="What is the capital of France?"), config=config
    )
    assert response.text == "The capital of France is **Paris**."


def test_a_wrong_object_is_named_unambiguously(client: pygenai.Client) -> None:
    class SafetySetting:  # same bare name as pygenai.types.SafetySetting, but nothing to read it through
        category = "HARM_CATEGORY_HATE_SPEECH"

    with pytest.raises(TypeError) as caught:
        client.models.generate_content(model=MODEL, contents="hi", config={"safety_settings": [SafetySetting()]})
    message = str(caught.value)
    assert message.startswith("pygenai_generated.gemini_types.SafetySetting expected, got ")
    assert message.endswith(".<locals>.SafetySetting") and __name__ in message
