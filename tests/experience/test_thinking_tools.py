"""Thinking settings and thought summaries, and the built-in tools (search grounding with citations, URL context,
code execution, maps, file search) alone and combined with Python functions in one request."""

from __future__ import annotations

from typing import Any

import pytest

import pygenai
from pygenai.gemini._prepare import prepare
from pygenai.types import GoogleSearch, Tool
from tests.experience._support import MODEL, THINKING_MODEL, get_weather

pytestmark = pytest.mark.vcr

THINK_LOW: dict[str, Any] = {"thinking_level": "low", "include_thoughts": True}
THINK_BUDGET: dict[str, Any] = {"thinking_budget": 1024, "include_thoughts": True, "temperature": 0.2}


# --------------------------------------------------------------------------- thinking


def test_thinking_level_and_thought_summaries(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(model=MODEL, contents="Is 1001 prime?", config=THINK_LOW)
    assert response.text.startswith("No: 1001 = 7") and response.text.endswith("13.")
    assert response.thoughts.startswith("**Checking small factors**")
    usage = response.usage
    assert (usage.thoughts_tokens, usage.candidates_tokens, usage.output_tokens) == (187, 14, 201)
    assert usage.total_tokens == 9 + 14 + 187 and usage.service_tier == "standard"
    assert usage.metadata is not None and usage.metadata.thoughts_token_count == 187


@pytest.mark.anyio
async def test_thinking_level_and_thought_summaries_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="Is 1001 prime?", config=THINK_LOW
    )
    assert response.thoughts and response.text.startswith("No")


def test_thinking_budget(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=THINKING_MODEL, contents="How many r's are in strawberry?", config=THINK_BUDGET
    )
    assert response.text == 'There are three r\'s in "strawberry".'
    assert response.thoughts.startswith("**Counting letters**")
    assert len(response.thought_signatures) == 1


@pytest.mark.anyio
async def test_thinking_budget_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=THINKING_MODEL, contents="How many r's are in strawberry?", config=THINK_BUDGET
    )
    assert response.usage.thoughts_tokens == 210


def test_thinking_settings_reach_the_wire() -> None:
    def thinking(config: dict[str, Any]) -> Any:
        return prepare("q", config).request_body()["generationConfig"]["thinkingConfig"]

    assert thinking({"thinking_level": "minimal"}) == {"thinkingLevel": "MINIMAL"}
    assert thinking({"thinking_level": "xhigh"}) == {"thinkingLevel": "XHIGH"}  # a newer level passes through
    assert thinking({"thinking_budget": 0}) == {"thinkingBudget": 0}
    assert thinking({"thinking_config": {"include_thoughts": True}, "thinking_budget": -1}) == {
        "includeThoughts": True,
        "thinkingBudget": -1,
    }


# --------------------------------------------------------------------------- built-in tools


def test_google_search_citations(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="Weather in San Francisco today and tomorrow?", config={"tools": ["google_search"]}
    )
    text = response.text
    first, second = response.citations()
    assert (first.start, first.text) == (0, "It is 25°C and sunny in San Francisco today.")
    assert text[second.start : second.end] == "Tomorrow will be cooler, around 19°C." == second.text
    assert [s.title for s in second.sources] == ["weather.gov", "accuweather.com"]
    rendered = response.render_citations()
    assert rendered.text == (
        "It is 25°C and sunny in San Francisco today.[1] Tomorrow will be cooler, around 19°C.[1][2]"
    )
    assert "[2] accuweather.com: https://vertexaisearch" in str(rendered)
    metadata = response.grounding_metadata
    assert metadata is not None and metadata.web_search_queries == [
        "weather San Francisco today",
        "San Francisco forecast tomorrow",
    ]
    assert response.usage.tool_use_prompt_tokens == 310


@pytest.mark.anyio
async def test_google_search_citations_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL,
        contents="Weather in San Francisco today and tomorrow?",
        tools=[Tool(google_search=GoogleSearch())],
    )
    assert len(response.citations()) == 2


def test_url_context_statuses(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL,
        contents="Summarize https://example.com/pricing and https://example.com/members-only",
        config={"tools": ["url_context"]},
    )
    statuses = [(u.url, u.status, u.ok) for u in response.url_context]
    assert statuses == [
        ("https://example.com/pricing", "URL_RETRIEVAL_STATUS_SUCCESS", True),
        ("https://example.com/members-only", "URL_RETRIEVAL_STATUS_PAYWALL", False),
    ]
    assert response.citations()[0].sources[0].uri == "https://example.com/pricing"


@pytest.mark.anyio
async def test_url_context_statuses_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL,
        contents="Summarize https://example.com/pricing and https://example.com/members-only",
        config={"tools": [{"url_context": {}}]},
    )
    assert [u.ok for u in response.url_context] == [True, False]


def test_code_execution_pairs(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="What is the mean of 3, 5 and 10? Use code.", config={"tools": ["code_execution"]}
    )
    failed, fixed = response.code_executions
    assert (failed.id, failed.outcome, failed.ok) == ("x1c8n4ws", "OUTCOME_FAILED", False)
    assert failed.output is not None and "ModuleNotFoundError" in failed.output
    assert failed.code is not None and failed.code.startswith("import numpy")
    assert (fixed.outcome, fixed.output, fixed.ok, fixed.language) == ("OUTCOME_OK", "6.0\n", True, "PYTHON")
    assert fixed.code_part is not None and "thoughtSignature" in fixed.code_part
    assert response.text == "The mean is 6.0."


@pytest.mark.anyio
async def test_code_execution_pairs_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="What is the mean of 3, 5 and 10? Use code.", config={"tools": ["code_execution"]}
    )
    assert [run.ok for run in response.code_executions] == [False, True]


def test_code_results_pair_in_order_without_ids() -> None:
    response = pygenai.GenerateContentResponse._wrap(
        {
            "candidates": [
                {
                    "content": {
                        "parts": [
                            {"executableCode": {"language": "PYTHON", "code": "print(1)"}},
                            {"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": "1\n"}},
                            {"executableCode": {"language": "PYTHON", "code": "while True: pass"}},
                            {"codeExecutionResult": {"outcome": "OUTCOME_DEADLINE_EXCEEDED"}},
                            {"executableCode": {"language": "PYTHON", "code": "print(3)"}},
                        ]
                    }
                }
            ]
        }
    )
    runs = response.code_executions
    assert [(r.code, r.outcome) for r in runs] == [
        ("print(1)", "OUTCOME_OK"),
        ("while True: pass", "OUTCOME_DEADLINE_EXCEEDED"),
        ("print(3)", None),
    ]
    assert [r.ok for r in runs] == [True, False, False]


MULTI_TOOLS: list[Any] = [
    "google_search",
    "url_context",
    "code_execution",
    {"google_maps": {}},
    {"file_search": {"file_search_store_names": ["fileSearchStores/handbook-7f3k2"]}},
    get_weather,
]
MULTI_CONFIG: dict[str, Any] = {"tools": MULTI_TOOLS, "include_server_side_tool_invocations": True}
QUESTION = "Find the team offsite venue in our handbook, then check the weather there."


def test_every_builtin_tool_with_a_function(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(model=MODEL, contents=QUESTION, config=MULTI_CONFIG)
    assert response.text == "The offsite is in Rome, where it is 24°C and clear."
    call_turn = response.automatic_function_calling_history[0].to_dict()
    assert [next(iter(p)) for p in call_turn["parts"]] == ["toolCall", "toolResponse", "functionCall"]
    assert all("thoughtSignature" in p for p in call_turn["parts"])


@pytest.mark.anyio
async def test_every_builtin_tool_with_a_function_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(model=MODEL, contents=QUESTION, config=MULTI_CONFIG)
    assert response.text == "The offsite is in Rome, where it is 24°C and clear."


def test_unknown_builtin_tool_name_is_rejected() -> None:
    with pytest.raises(ValueError, match="file_search needs its store names"):
        prepare("q", {"tools": ["file_search"]})
