"""Deep Research: ``client.interactions.research`` starts the agent in the background, reports progress (polled or
streamed), returns the report with its citations and sources, cancels the server-side run when interrupted, and
resumes a run from its id; sync and async."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import anyio
import pytest
from background_support import GEMINI, RESEARCH_ID, Api, open_api

import pygenai
from pygenai.interactions._result import Interaction
from pygenai.types import File
from pygenai.types.interactions import GoogleSearchCallStep, GoogleSearchResultStep, ThoughtStep
from tests.harness import recording

pytestmark = pytest.mark.anyio

QUERY = "Research the history of Google's TPUs: each generation, its year and what changed."
PLANNING = (
    "**Planning the research**\n\nI will list every TPU generation Google announced and look for the year and the "
    "main change of each."
)
COMPARING = (
    "**Comparing the generations**\n\nThe sources agree on the years; I am checking the peak figures of v4 and "
    "Ironwood."
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def api(mode: str, vcr: object) -> AsyncIterator[Api]:
    """A client of the real host replaying the test's cassette, with a fake clock."""
    if vcr is None:
        pytest.fail("mark the test @pytest.mark.vcr(...)")
    opened = open_api(mode, GEMINI, api_key=recording.api_key())
    try:
        yield opened
    finally:
        await opened.close()


def _check_report(result: pygenai.ResearchReport) -> None:
    assert result.report.startswith("# Google's TPUs, 2015\u20132025\n\nGoogle deployed TPU v1")
    assert result.interaction_id == RESEARCH_ID and isinstance(result.interaction, Interaction)
    assert [(s.number, s.title) for s in result.sources] == [
        (1, "An in-depth look at Google's first TPU"),
        (2, "Tensor Processing Unit - Wikipedia"),
        (3, "Ironwood: The first Google TPU for the age of inference"),
    ]
    assert result.sources[1].uri == "https://en.wikipedia.org/wiki/Tensor_Processing_Unit"
    assert all(s.kind == "url_citation" for s in result.sources)
    # Annotations count UTF-8 bytes; the report has an en dash and "≈" before the spans: offsets are characters here.
    assert [(c.text[:24], [s.number for s in c.sources]) for c in result.citations] == [
        ("Google deployed TPU v1 i", [1]),
        ("TPU v2 (2017) added trai", [2]),
        ("v4 (2021) linked 4,096 c", [1]),
        ("v4 (2021) linked 4,096 c", [3]),
    ]
    assert all(result.report[c.start : c.end] == c.text for c in result.citations)
    assert result.citations[-1].text.endswith("≈42.5 exaFLOPS per pod")
    assert result.thought_summaries == (PLANNING, COMPARING)
    assert all(isinstance(c, pygenai.Citation) for c in result.citations)
    assert result.citations == tuple(result.interaction.citations())
    rendered = str(result)
    assert "for inference only[1]. TPU v2" in rendered and "liquid cooling[2]. v4" in rendered
    assert "per pod[1][3].\n\nSources:" in rendered
    assert rendered.endswith(
        "Sources:\n[1] An in-depth look at Google's first TPU: https://cloud.google.com/blog/products/"
        "ai-machine-learning/an-in-depth-look-at-googles-first-tensor-processing-unit-tpu\n"
        "[2] Tensor Processing Unit - Wikipedia: https://en.wikipedia.org/wiki/Tensor_Processing_Unit\n"
        "[3] Ironwood: The first Google TPU for the age of inference: "
        "https://blog.google/products/google-cloud/ironwood-tpu-age-of-inference/"
    )


@pytest.mark.vcr("research_polled.yaml")
async def test_research_runs_the_agent_in_the_background_and_returns_the_cited_report(api: Api) -> None:
    reports: list[pygenai.InteractionProgress] = []
    bar = io.StringIO()
    result = await api(api.client.interactions.research(QUERY, on_progress=reports.append, progress_bar=bar))

    _check_report(result)
    assert [(r.status, r.elapsed) for r in reports] == [("in_progress", 0.0), ("in_progress", 1.0), ("completed", 3.0)]
    assert {r.interaction_id for r in reports} == {RESEARCH_ID}
    assert [r.thought_summaries for r in reports] == [(PLANNING,), (COMPARING,), ()]
    assert [type(s) for s in reports[1].new_steps] == [GoogleSearchCallStep, GoogleSearchResultStep, ThoughtStep]
    assert api.clock.sleeps == [1.0, 2.0]
    lines = bar.getvalue().split("\r")[1:]
    assert lines == [
        "[00:00] in_progress | 2 steps | Planning the research",
        "[00:01] in_progress | 5 steps | Comparing the generations",
        "[00:03] completed | 6 steps | Comparing the generations  \n",  # padded over the longer line before
    ]


@pytest.mark.vcr("research_streamed.yaml")
async def test_research_can_follow_the_run_by_stream(api: Api) -> None:
    reports: list[pygenai.InteractionProgress] = []
    result = await api(api.client.interactions.research(QUERY, stream=True, on_progress=reports.append))

    _check_report(result)
    assert [r.thought_summaries for r in reports if r.thought_summaries] == [(PLANNING,)]
    assert "".join(r.text for r in reports) == result.report
    assert reports[0].event_type == "interaction.created" and reports[-1].event_type == "interaction.completed"
    assert reports[-1].terminal and api.clock.sleeps == []


@pytest.mark.vcr("research_resumed.yaml")
async def test_research_resumes_a_run_from_its_id_without_starting_another(api: Api) -> None:
    # A new client (another process, after a restart) holding only the id: no create is sent (the cassette has none).
    reports: list[pygenai.InteractionProgress] = []
    result = await api(api.client.interactions.research(resume=RESEARCH_ID, on_progress=reports.append))
    _check_report(result)
    assert [len(r.new_steps) for r in reports] == [5, 1]
    assert api.clock.sleeps == [1.0]


@pytest.mark.vcr("research_interrupted.yaml")
async def test_a_keyboard_interrupt_cancels_the_research_on_the_server(api: Api, vcr: object) -> None:
    seen: list[str | None] = []

    def interrupt(progress: pygenai.InteractionProgress) -> None:
        seen.append(progress.status)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        await api(api.client.interactions.research(QUERY, on_progress=interrupt))
    assert seen == ["in_progress"]
    assert vcr.play_count == 3  # type: ignore[attr-defined]  # create, one poll, and POST .../cancel


@pytest.mark.vcr("research_interrupted.yaml")
async def test_an_interrupt_without_cancel_on_interrupt_leaves_the_run_going(api: Api, vcr: object) -> None:
    def interrupt(progress: pygenai.InteractionProgress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        await api(api.client.interactions.research(QUERY, on_progress=interrupt, cancel_on_interrupt=False))
    assert vcr.play_count == 2  # type: ignore[attr-defined]  # create and one poll: no cancel


@pytest.mark.vcr("research_interrupted.yaml")
async def test_cancelling_the_task_cancels_the_research_on_the_server(vcr: object) -> None:
    async with pygenai.AsyncClient(api_key=recording.api_key(), base_url=GEMINI) as client:
        polled = anyio.Event()

        async def run() -> None:
            await client.interactions.research(
                QUERY, on_progress=lambda _: polled.set(), poll=pygenai.PollPolicy(10, 10)
            )

        async with anyio.create_task_group() as group:
            group.start_soon(run)
            await polled.wait()
            group.cancel_scope.cancel()  # the task is sleeping before its next poll
    assert vcr.play_count == 3  # type: ignore[attr-defined]  # create, one poll, and the cancel


@pytest.mark.vcr("research_failed.yaml")
async def test_a_failed_research_raises_naming_the_status_and_the_reason(api: Api) -> None:
    with pytest.raises(pygenai.InteractionStatusError, match="ended failed: The research task exceeded") as caught:
        await api(api.client.interactions.research(QUERY))
    assert caught.value.status == "failed" and caught.value.interaction_id == RESEARCH_ID
    outcome = pygenai.interaction_outcome(caught.value.interaction)  # type: ignore[arg-type]
    assert isinstance(outcome, pygenai.InteractionFailed) and outcome.error is not None
    assert outcome.error.code == "deadline_exceeded"


@dataclass
class Generation:
    name: str
    year: int


@dataclass
class Generations:
    generations: list[Generation]


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
NOTES = File(
    name="files/tpu-notes-7c1x",
    uri="https://generativelanguage.googleapis.com/v1beta/files/tpu-notes-7c1x",
    mime_type="application/pdf",
)


@pytest.mark.vcr("research_documents_schema.yaml")
async def test_research_reads_documents_and_fits_the_report_to_an_output_schema(api: Api, tmp_path: Path) -> None:
    report_pdf = tmp_path / "tpu-report.pdf"
    report_pdf.write_bytes(PDF)
    result = await api(
        api.client.interactions.research(
            "List the TPU generations named in the attached report, with their years.",
            documents=[report_pdf, NOTES],
            agent_config={"visualization": "off"},
            output_schema=Generations,
        )
    )
    assert result.parsed == Generations(
        [Generation("TPU v1", 2015), Generation("TPU v2", 2017), Generation("Ironwood", 2025)]
    )
    assert result.citations == () and result.sources == () and str(result) == result.report


async def test_research_arguments_are_checked_before_anything_is_sent(mode: str) -> None:
    api = open_api(mode, "http://127.0.0.1:9")
    try:
        with pytest.raises(TypeError, match="needs a query"):
            await api(api.client.interactions.research())
        with pytest.raises(TypeError, match="give no query"):
            await api(api.client.interactions.research(QUERY, resume=RESEARCH_ID))
        with pytest.raises(pygenai.ConfigTypeError, match=r"documents\[0\].*ambiguous"):
            await api(api.client.interactions.research(QUERY, documents=["report.pdf"]))
        with pytest.raises(pygenai.ConfigTypeError, match=r"documents\[0\].*cannot read"):
            await api(api.client.interactions.research(QUERY, documents=[Path("/nonexistent/report.pdf")]))
        with pytest.raises(pygenai.ConfigTypeError, match="query"):
            await api(api.client.interactions.research("  "))
        with pytest.raises(TypeError, match="unexpected keyword"):
            await api(api.client.interactions.research(QUERY, modle="x"))  # type: ignore[call-arg]
    finally:
        await api.close()
