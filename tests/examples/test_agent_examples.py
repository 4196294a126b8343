"""Every agent in ``examples/agents/`` runs offline from its cassette and prints what it is meant to show.

The scripts run as a user runs them (``python examples/agents/<name>.py`` from the repository root, without
``GEMINI_API_KEY``), all at once in subprocesses, each replaying ``cassettes/examples/agents/<name>.yaml``. The
replays match request bodies as JSON, so a pass proves each agent sent what its cassette holds: the tool
declarations, every history turn with its thought signature, and what its tools returned. ``code_review`` needs the
npm server ``server-filesystem`` and is run by ``tests/mcp/test_agent_code_review_example.py``.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.examples._run import REPO_ROOT, run_examples

AGENTS = REPO_ROOT / "examples" / "agents"
CASSETTES = REPO_ROOT / "cassettes" / "examples" / "agents"

EXPECTED: dict[str, list[str]] = {
    "research_assistant": [
        "answer: The James Webb Space Telescope launched on 25 December 2021 on an Ariane 5 rocket",
        "[searched] ['James Webb Space Telescope launch date', 'James Webb Space Telescope orbit L2']",
        "from Kourou, French Guiana.[1][3] It observes from a halo orbit around the Sun–Earth L2 point",  # noqa: RUF001
        "keeps it at about −233 °C.[1][2]\n\nSources:\n[1] nasa.gov: https://vertexaisearch.cloud.google.com/",  # noqa: RUF001
        "[3] wikipedia.org: https://vertexaisearch.cloud.google.com/grounding-api-redirect/",
        "[usage] 1 request(s), 440 input tokens (search prompts included), 294 output tokens",
        "[cost] $0.000867",
    ],
    "data_agent": [
        "Step 1\n  Thought: **Finding the relevant columns**",
        "  Action: list_columns()\n  Observation: list_columns -> {'result': ['order_id', 'region', 'product',",
        "  Action: describe_column(column='product')",
        "'distinct': ['Blender', 'Kettle', 'Toaster']}}",
        "  Action: aggregate(column='units', operation='sum', group_by='region', filter_column='product', "
        "filter_value='Kettle')\n  Observation: aggregate -> {'result': {'North': 3.0, 'East': 6.0, 'South': 2.0}}",
        "Step 4\n  Thought: **Reading the totals**",
        "[answer] RegionAnswer(region='East', units=6): Summed the units of the Kettle rows per region",
        "[check] csv says East sold 6 kettle(s)",
        '[trace] 4 steps, 3 tool calls; step 3 as JSON: [{"name": "aggregate", "args": {"column": "units"',
        "[usage] 1400 input, 109 output, 234 thinking tokens",
    ],
    "support_agent": [
        '  [triage] transfer_to_billing() -> {"result": "Transferred to billing."}\n'
        '  [billing] list_charges(order_id=\'A-1042\') -> {"result": [{"charge_id": "ch_81"',
        '  [billing] refund(charge_id=\'ch_82\') -> {"result": {"refund_id": "re_5531"',
        "  [agents] triage -> billing\n[turn 1] billing: Sorry about that, Dana.",
        "[user] Thanks! When will the money be back on my card?\n  [billing] refund_status(refund_id='re_5531') -> ",
        "  [agents] billing\n[turn 2] billing: The refund re_5531 has been sent to your card network",
        "[memory] turn 2 sent the 8 turns of turn 1 and started with billing",
        "[history] 12 turns in all, across 2 agents",
        "[usage, turn 1] 4 requests, 3 tool call(s), 1936 input / 337 output tokens",
        "[usage, turn 2] 2 requests, 1 tool call(s), 1367 input / 158 output tokens",
    ],
    "trip_planner": [
        "- **Day 1 (12 March):** fly FR 1442 (13:25 → 16:05), check in at Casa do Largo in Alfama",
        "**Cost:** flights €207 + hotel €288 (3 nights × €96) = **€495**.",  # noqa: RUF001
        "  planner          2 requests, 2 tool call(s), 693 in / 613 out tokens, $0.001740",
        "  planner/flights  2 requests, 2 tool call(s), 474 in / 281 out tokens, $0.000845",
        "  planner/hotels   2 requests, 1 tool call(s), 360 in / 177 out tokens, $0.000550",
        "[total, all agents] 6 requests, 5 tool calls, 2598 tokens, $0.003136",
    ],
}
TESTED_ELSEWHERE = {"code_review"}  # needs server-filesystem from npm: tests/mcp/ installs and runs it


def tampered(tmp: Path, name: str, old: str, new: str) -> Path:
    """A copy of an agent example kept in ``tmp`` with one piece of its code changed, replaying the same cassette."""
    source = (AGENTS / f"{name}.py").read_text(encoding="utf-8")
    assert old in source
    assert source.count("async_client()") == 1
    source = source.replace(old, new).replace("async_client()", f'async_client("agents/{name}")')
    path = tmp / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Mapping[str, subprocess.CompletedProcess[str]]:
    """Every agent example, plus one whose tool answers differently, run at the same time."""
    scripts = {name: AGENTS / f"{name}.py" for name in EXPECTED}
    tmp = tmp_path_factory.mktemp("tampered")
    scripts["changed tool result"] = tampered(tmp, "data_agent", "1004,East,Kettle,5,", "1004,East,Kettle,4,")
    return run_examples(scripts, workers=len(scripts))


def test_every_agent_example_has_expectations_and_a_cassette() -> None:
    scripts = {p.stem for p in AGENTS.glob("*.py")}
    assert scripts == set(EXPECTED) | TESTED_ELSEWHERE
    assert {p.stem for p in CASSETTES.glob("*.yaml")} == scripts
    for cassette in CASSETTES.glob("*.yaml"):
        assert cassette.read_text(encoding="utf-8").startswith("# modeled-on: "), cassette.name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_agent_example_runs_offline_and_prints_its_steps(
    name: str, runs: Mapping[str, subprocess.CompletedProcess[str]]
) -> None:
    result = runs[name]
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"[offline] replaying cassettes/examples/agents/{name}.yaml")
    missing = [line for line in EXPECTED[name] if line not in result.stdout]
    assert not missing, f"missing from the output:\n{missing}\n--- output:\n{result.stdout}"


def test_a_tool_result_that_differs_from_the_recording_fails_the_replay(
    runs: Mapping[str, subprocess.CompletedProcess[str]],
) -> None:
    # East sells 4 + 1 kettles in the copy: the third request carries {"East": 5.0}, which the cassette does not hold.
    result = runs["changed tool result"]
    assert result.returncode != 0
    assert "CannotOverwriteExistingCassetteException" in result.stderr
    assert "request bodies differ" in result.stderr
    assert '\\"East\\":5.0' in result.stderr or '"East":5.0' in result.stderr
