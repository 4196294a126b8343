"""A short research brief grounded in Google Search, with inline citations and numbered sources.

The ``google_search`` tool lets the model search the web while it writes; the answer arrives with grounding
metadata (the searches made, the pages used and which sentences each supports). ``render_citations()`` puts
``[n]`` markers after each supported sentence and ``str()`` of it appends the numbered source list, so the brief
can be pasted into a document as it is.

    python examples/real_world/web_research_brief.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/real_world/web_research_brief.py   # live
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import client

MODEL = "gemini-3.5-flash"
TOPIC = "heat pumps in cold climates"
BRIEF = (
    f"Write a research brief on {TOPIC} for a city council: how well they work below -15 °C, what they cost to "
    "run compared with gas heating, and one open question. Three short paragraphs, no headings."
)


def main() -> None:
    with client() as gemini:
        response = gemini.models.generate_content(model=MODEL, contents=BRIEF, config={"tools": ["google_search"]})
    grounding = response.grounding_metadata
    assert grounding is not None
    print(f"# Brief: {TOPIC}\n")
    print(response.render_citations())
    print(f"\nsearches made: {grounding.web_search_queries}")
    cited = response.citations()
    print(f"{len(cited)} cited passage(s), {len(grounding.grounding_chunks or [])} source(s)")


if __name__ == "__main__":
    main()
