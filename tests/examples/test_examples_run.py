"""Every script in ``examples/`` runs offline from its cassette and prints what it is meant to show.

The scripts run as a user runs them (``python examples/<name>.py`` from the repository root, without
``GEMINI_API_KEY``), all at once in subprocesses. Their replays match request bodies as JSON and fail on
answers never asked for, so a passing run also proves each example still sends what its cassette holds.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping

import pytest

from tests.examples._run import EXAMPLES, REPO_ROOT, run_examples, tampered

CASSETTES = REPO_ROOT / "cassettes" / "examples"

# Lines (or parts of lines) each example must print when replaying.
EXPECTED: dict[str, list[str]] = {
    "demo_chat_tools": [
        "[step 1 thought summary] **Checking conditions in Lisbon**",
        "[step 1 call 1] get_weather(city='Lisbon')",
        "[step 1 call 2] get_time(city='Lisbon')",
        "[step 1 result 1] get_weather -> {'city': 'Lisbon', 'sky': 'sunny', 'temperature_c': 21, 'wind_kmh': 12}",
        "[step 1 result 2] get_time -> '17:40'",
        "[concurrently] get_time started while get_weather was running",
        "[step 2 answer] Yes, it's a good time: it's 17:40 in Lisbon, sunny and 21°C",
        "[done] completed: 1 round(s) of tool calls, 31 thinking tokens in the last step",
        "[step 1 answer] Yes, a light jacket:",
        "[done] completed: 0 round(s) of tool calls, 45 thinking tokens in the last step",
        "[history] 6 turns, 3 thought signatures kept exactly as received",
    ],
    "generate_text": [
        "Rayleigh scattering",
        "outcome: answer (finish reason STOP)",
        "tokens: 19 in, 61 answer, 187 thinking",
    ],
    "stream_text": [
        "The tide rolls in beneath a silver moon,\nblack water hums",
        "4 chunks; the whole turn: 178 characters",
        "signatures kept: 1; final usage: 147 tokens",
    ],
    "function_calling": [
        '"enum": ["EUR", "USD", "GBP", "JPY"]',
        "ran exchange_rate({'base': 'EUR', 'target': 'JPY'}) -> 163.2",
        "answer: At today's rate of 163.2 yen per euro, 250 euros is 40,800 Japanese yen.",
        "exchange_rate({'base': 'USD', 'target': 'EUR'}) [call id d4w8n1pc] -> we answer 0.885",
        "exchange_rate({'base': 'GBP', 'target': 'EUR'}) [call id h2r6t3yv] -> we answer 1.1905",
        "answer: 100 US dollars is about 88.50 euros",
    ],
    "structured_output": [
        "Spaghetti aglio e olio (15 min, vegetarian): spaghetti, garlic",
        "Penne with tuna and lemon (20 min, with meat or fish)",
        "parsed into Recipe instances",
    ],
    "thinking": [
        "--- gemini-3.5-flash with {'thinking_level': 'high', 'include_thoughts': True}",
        "thought summary: **Setting up the equations**",
        "answer: The ball costs 0.05 (and the bat 1.05).",
        "thinking tokens: 356, answer tokens: 14",
        "--- gemini-2.5-flash with {'thinking_budget': 1024, 'include_thoughts': True}",
        "thinking tokens: 298, answer tokens: 15",
    ],
    "google_search_citations": [
        "searches: ['weather São Paulo now', '東京 天気']",
        "bytes 0-88 -> characters 0-86: 'São Paulo is 24°C",
        "bytes 89-164 -> characters 87-157: 'In Tokyo (東京) it is 18°C",
        "after 18:00.[1][2] In Tokyo (東京) it is 18°C with light rain that should clear by evening.[2][3]",
        "[3] tenki.jp: https://vertexaisearch.cloud.google.com/grounding-api-redirect/",
    ],
    "code_execution": [
        "--- run 1: PYTHON, OUTCOME_FAILED (failed)",
        "ModuleNotFoundError: No module named 'sympy'",
        "--- run 2: PYTHON, OUTCOME_OK (ok)",
        ">>> 5117",
        "answer: The sum of the first 50 prime numbers (2 through 229) is **5117**.",
    ],
    "url_context": [
        "read: https://ai.google.dev/gemini-api/docs/url-context (URL_RETRIEVAL_STATUS_SUCCESS)",
        "not read: https://example.invalid/tools-overview (URL_RETRIEVAL_STATUS_ERROR)",
        "The URL context tool lets the model read the web pages",
    ],
    "files_upload": [
        "uploaded 0 of 224 bytes\nuploaded 224 of 224 bytes",
        "files/m33t1ngn0t3s: text/plain, 224 bytes, ACTIVE",
        "Ana: ship the billing export by Friday",
        "deleted files/m33t1ngn0t3s",
    ],
    "embeddings": [
        "3 document vectors of 8 dimensions",
        "prompt tokens for the documents: 35",
        "+0.992  Store bread in a paper bag",
        "-0.392  Python lists grow automatically",
    ],
    "count_tokens": [
        "12 tokens: 'Summarize the plot of Moby-Dick in three sentences.'",
        "31 tokens for a 3-turn conversation {'TEXT': 31}",
    ],
    "caches": [
        "created cachedContents/8zq0h4nd6b00k1x: 1538 tokens",
        "Sales staff get 23 paid vacation days",
        "prompt tokens: 1557, of which cached: 1538",
        "extended: expires 2026-05-28T16:26:09.703118264Z",
        "deleted cachedContents/8zq0h4nd6b00k1x",
    ],
    "batches": [
        "submitted batches/g7r33t1ngsq2m8k4x0v9b3n6c1z5w7y2p4d8",
        "BATCH_STATE_RUNNING: 1 of 3 done\nBATCH_STATE_SUCCEEDED: 3 of 3 done",
        "fr: Bonjour, à demain !",
        "ja: おはようございます、また明日。",
    ],
    "deep_research": [
        "started deep-research-preview-04-2026: in_progress; resume any time with research(resume='v1_ChZkUnNf",
        "[   0s thinking] Planning the research",
        "[   0s searching] Google TPU generations history; TPU v4 v5e v5p Trillium Ironwood announcement year",
        "[   0s thinking] Comparing the generations",
        "report: 306 characters, 4 citations",
        "for inference only[1]. TPU v2 (2017)",
        "≈42.5 exaFLOPS per pod[1][3].",
        "[3] Ironwood: The first Google TPU for the age of inference: https://blog.google/products/",
        "first citation: characters 28-97 -> [1] An in-depth look at Google's first TPU",
    ],
    "interactions": [
        "v1_ChZQYXBlckNsa...: completed",
        "[thought step with a 222-byte signature]",
        "3. Zipper pull when the original tab breaks off.",
        "[301 tokens]",
        "I'd try the SIM-card ejector first, because it solves a real problem",
        "[completed, 412 tokens]",
    ],
    "interactions_tools": [
        "[ran] get_weather({'city': 'Lisbon'}) -> {'city': 'Lisbon', 'temperature_c': 21, 'sky': 'sunny'}",
        "[ran] get_time({'city': 'Lisbon'}) -> '17:40'",
        "[answer] Yes: it is 17:40 in Lisbon, sunny and 21°C",
        "[loop] completed after 1 round(s); interactions 2",
        "[thinking] **Checking Oslo the same way**",
        "[call] get_weather({'city': 'Oslo'})\n[call] get_time({'city': 'Oslo'})",
        "[result] get_time -> '17:40'\nYes, Oslo too: sunny and 21°C at 17:40, so go now.",
        "[final] completed in turn 1",
    ],
    "interactions_conversation": [
        "[turn 1] Nara: the deer park",
        "[turn 2] Take the Kintetsu Limited Express",
        "[chained] turn 2 continued turn 1 (v1_",
        "[turn 3, streamed] Go early, before 9:00, when the park is quiet and the deer are hungry.",
        "[resumed] saved 299 bytes",
        "[stateless 2] It was founded in 752, under Emperor Shōmu.",
        "[kept] 6 steps on the client, 2 thought signatures replayed as received",
    ],
}
# Examples that need more than Python, tested where that is provided: mcp_filesystem needs the npm server
# server-filesystem, which tests/mcp/conftest.py installs (tests/mcp/test_mcp_example.py runs it).
TESTED_ELSEWHERE = {"mcp_filesystem"}
# The Live API examples replay WebSocket cassettes (cassettes/live/examples_<name>.json) on a loopback server:
# tests/examples/test_live_examples.py runs them.
LIVE_EXAMPLES = {"live_text", "live_audio"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Mapping[str, subprocess.CompletedProcess[str]]:
    """Every example, plus two tampered ones, run at the same time."""
    scripts = {name: EXAMPLES / f"{name}.py" for name in EXPECTED}
    tmp = tmp_path_factory.mktemp("tampered")
    scripts["changed request"] = tampered(tmp, EXAMPLES / "count_tokens.py", "in three sentences", "in two sentences")
    (tmp / "unasked").mkdir()
    second_call = "counted = gemini.models.count_tokens(model=MODEL, contents=conversation)"
    scripts["unasked answer"] = tampered(tmp / "unasked", EXAMPLES / "count_tokens.py", second_call, "return")
    return run_examples(scripts)


def test_every_example_has_expectations_and_a_cassette() -> None:
    scripts = {p.stem for p in EXAMPLES.glob("*.py") if not p.name.startswith("_")}
    assert scripts == set(EXPECTED) | TESTED_ELSEWHERE | LIVE_EXAMPLES
    assert {p.stem for p in CASSETTES.glob("*.yaml")} == scripts - LIVE_EXAMPLES


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_offline_and_prints_its_steps(
    name: str, runs: Mapping[str, subprocess.CompletedProcess[str]]
) -> None:
    result = runs[name]
    assert result.returncode == 0, result.stderr
    assert f"[offline] replaying cassettes/examples/{name}.yaml" in result.stdout
    missing = [line for line in EXPECTED[name] if line not in result.stdout]
    assert not missing, f"missing from the output:\n{missing}\n--- output:\n{result.stdout}"


def test_a_changed_request_fails_the_replay(runs: Mapping[str, subprocess.CompletedProcess[str]]) -> None:
    result = runs["changed request"]
    assert result.returncode != 0
    assert "CannotOverwriteExistingCassetteException" in result.stderr
    assert "request bodies differ" in result.stderr


def test_an_answer_never_asked_for_fails_the_replay(runs: Mapping[str, subprocess.CompletedProcess[str]]) -> None:
    result = runs["unasked answer"]
    assert result.returncode != 0
    assert "count_tokens.yaml: 1 recorded answer(s) were never asked for" in result.stderr
