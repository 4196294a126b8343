"""Every script in ``examples/real_world/`` runs offline from its cassette and prints the work it is meant to do.

The scripts run as a user runs them (``python examples/real_world/<name>.py`` from the repository root, without
``GEMINI_API_KEY``), all at once in subprocesses, each replaying ``cassettes/examples/real_world/<name>.yaml``. The
replays match request bodies as JSON, so a pass also proves what each script sent: the chunks it embedded, the
chunks its cosine ranking put into the prompt, its tools' declarations and results, its response schema, the
cached document. ``test_generator`` runs the recorded tests with pytest, so a pass proves they pass.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.examples._run import REPO_ROOT, run_examples

REAL_WORLD = REPO_ROOT / "examples" / "real_world"
CASSETTES = REPO_ROOT / "cassettes" / "examples" / "real_world"

EXPECTED: dict[str, list[str]] = {
    "rag_over_docs": [
        "8 chunks from 3 documents",
        "  0.799  [expenses.md#2] Train and bus tickets are refunded at cost;",
        "  0.785  [expenses.md#1] File every expense claim within 30 days of the purchase",
        "  0.769  [travel.md#2] Conference travel is paid by the company",
        "answer: Yes: conference travel is paid by the company when the conference is approved in advance "
        "[travel.md#2], and train tickets are refunded at cost [expenses.md#2].",
        "sources cited:\n  [expenses.md#2] expenses.md, chunk 2\n  [expenses.md#1] expenses.md, chunk 1\n"
        "  [travel.md#2] travel.md, chunk 2\n",
    ],
    "csv_analysis": [
        "calls made (3):\n  list_columns() -> {'columns': ['month', 'region', 'product', 'units', 'revenue'], ",
        "'rows': 9, 'first_row': {'month': '2026-01', 'region': 'North', 'product': 'Kettle'",
        "  total_by(column='revenue', group_by='region') -> {'North': 3624.5, 'South': 3546.5}",
        "  total_by(column='units', group_by='product') -> {'Kettle': 194.0, 'Toaster': 62.0}",
        "answer: North brought in more revenue in the first quarter: 3,624.50 against 3,546.50 for South",
        "[usage, last request] 589 input, 116 output tokens",
    ],
    "web_research_brief": [
        "# Brief: heat pumps in cold climates\n\nModern cold-climate air-source heat pumps keep heating at -15 °C",
        "rather than the 3 to 4 of mild weather.[1][2] Field trials in Canada and Scandinavia found most homes heated "
        "without backup down to about -25 °C.[2][3]\n\n",
        "Households that replace oil or resistance heating save the most.[1][4]\n\n",
        "runs at its least efficient.[5]\n\nSources:\n[1] energy.gov: https://vertexaisearch.cloud.google.com/",
        "[3] nrcan.gc.ca: https://vertexaisearch.cloud.google.com/grounding-api-redirect/",
        "searches made: ['cold climate heat pump efficiency -20 C', 'heat pump vs gas heating running cost', ",
        "5 cited passage(s), 5 source(s)",
    ],
    "test_generator": [
        "6 tests generated: test_apply_discount_takes_the_percentage_off, ",
        "  test_apply_discount_rejects_a_percentage_above_100 PASSED\n",
        "  test_bulk_price_applies_the_quantity_tiers PASSED\n",
        "  test_bulk_price_rejects_a_negative_quantity PASSED\npytest: 6 passed\n",
    ],
    "long_document_summary": [
        "cached cachedContents/q4w7e1r9t2y5u8i3: 2114 tokens, expires 2026-11-30T02:02:11.271943108Z",
        "Q: Summarise the year in five bullet points: the worst incidents, the recurring causes and the trend.\n"
        "- The longest outages: payments in May, 175 minutes",
        "[usage] 2151 prompt tokens, 2114 of them cached",
        "Q: Which cause came back most often, and what single change would have prevented most of the downtime?\n",
        "[usage] 2146 prompt tokens, 2114 of them cached\n\ndeleted cachedContents/q4w7e1r9t2y5u8i3",
    ],
}


def tampered(tmp: Path, name: str, old: str, new: str) -> Path:
    """A copy of a real-world example kept in ``tmp`` with one piece of its code changed, replaying the same
    cassette."""
    source = (REAL_WORLD / f"{name}.py").read_text(encoding="utf-8")
    assert old in source
    assert source.count("client() as gemini") == 1
    source = source.replace(old, new).replace("client() as gemini", f'client("real_world/{name}") as gemini')
    path = tmp / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Mapping[str, subprocess.CompletedProcess[str]]:
    """Every real-world example, plus one whose CSV holds a different figure, run at the same time."""
    scripts = {name: REAL_WORLD / f"{name}.py" for name in EXPECTED}
    tmp = tmp_path_factory.mktemp("tampered")
    scripts["changed csv"] = tampered(
        tmp, "csv_analysis", "2026-03,North,Kettle,22,539.00", "2026-03,North,Kettle,22,540.00"
    )
    return run_examples(scripts, workers=len(scripts))


def test_every_real_world_example_has_expectations_and_a_cassette() -> None:
    scripts = {p.stem for p in REAL_WORLD.glob("*.py")}
    assert scripts == set(EXPECTED)
    assert {p.stem for p in CASSETTES.glob("*.yaml")} == scripts
    for cassette in CASSETTES.glob("*.yaml"):
        assert cassette.read_text(encoding="utf-8").startswith("# modeled-on: "), cassette.name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_world_example_runs_offline_and_prints_its_work(
    name: str, runs: Mapping[str, subprocess.CompletedProcess[str]]
) -> None:
    result = runs[name]
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"[offline] replaying cassettes/examples/real_world/{name}.yaml")
    missing = [line for line in EXPECTED[name] if line not in result.stdout]
    assert not missing, f"missing from the output:\n{missing}\n--- output:\n{result.stdout}"


def test_a_csv_that_differs_from_the_recording_fails_the_replay(
    runs: Mapping[str, subprocess.CompletedProcess[str]],
) -> None:
    # North's revenue is 3625.5 in the copy: the second tool round sends it, and the cassette holds 3624.5.
    result = runs["changed csv"]
    assert result.returncode != 0
    assert "CannotOverwriteExistingCassetteException" in result.stderr
    assert "request bodies differ" in result.stderr
    assert '"North":3625.5' in result.stderr or '\\"North\\":3625.5' in result.stderr
