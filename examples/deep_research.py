"""Deep Research: Google's research agent plans, searches and reads for minutes, then writes a cited report.

``client.interactions.start_research`` starts the agent in the background and returns at once; keep the
interaction's id. ``research(resume=id)`` waits for the report (in this process, or in another one after a
restart), calling ``on_progress`` after each poll with the agent's thought summaries and the time elapsed, and
drawing a one-line progress bar on stderr. The result holds the report, its citations (character spans of the
report) and the numbered sources. ``research(query)`` does both steps at once. Ctrl-C while it waits cancels
the research on the server too.

    python examples/deep_research.py
"""

from __future__ import annotations

from _replay import client, poll_interval

import pygenai
from pygenai.types.interactions import GoogleSearchCallStep, TextContent, ThoughtStep

QUERY = "Research the history of Google's TPUs: each generation, its year and what changed."


def show(progress: pygenai.InteractionProgress) -> None:
    """Print the steps the agent took since the last poll: its thoughts' headlines and its web searches."""
    for step in progress.new_steps:
        if isinstance(step, ThoughtStep):
            for summary in step.summary or []:
                if isinstance(summary, TextContent) and summary.text:
                    print(f"[{progress.elapsed:4.0f}s thinking] {summary.text.splitlines()[0].strip('*')}")
        elif isinstance(step, GoogleSearchCallStep) and step.arguments is not None:
            print(f"[{progress.elapsed:4.0f}s searching] {'; '.join(step.arguments.queries or [])}")


def main() -> None:
    with client() as gemini:
        started = gemini.interactions.start_research(QUERY)
        print(f"started {started.agent}: {started.status}; resume any time with research(resume={started.id!r})")

        # Live, the agent takes minutes: polls start 1 s apart and back off to one every 10 s.
        polling = pygenai.PollPolicy(initial_interval=poll_interval(1), max_interval=poll_interval(10))
        result = gemini.interactions.research(
            resume=started, on_progress=show, progress_bar=True, poll=polling, timeout=3600
        )

        print(f"\nreport: {len(result.report)} characters, {len(result.citations)} citations")
        print(result)  # the report with citation markers, then the numbered sources
        first = result.citations[0]
        source = first.sources[0]
        print(f"\nfirst citation: characters {first.start}-{first.end} -> [{source.number}] {source.title}")


if __name__ == "__main__":
    main()
