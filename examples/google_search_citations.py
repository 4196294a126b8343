"""Google Search grounding, and citations placed correctly in non-ASCII text.

With the ``google_search`` tool the answer comes with ``groundingMetadata``: the searches made, the web
sources (grounding chunks) and which spans of the answer each supports. The API gives those spans as UTF-8
*byte* offsets (and leaves ``startIndex`` out when it is 0), so slicing a Python string with them goes wrong
after the first "°" or "東". ``response.citations()`` converts them to character offsets, and
``response.render_citations()`` writes inline markers and a numbered source list.

    python examples/google_search_citations.py
"""

from __future__ import annotations

from _replay import client


def main() -> None:
    with client() as gemini:
        response = gemini.models.generate_content(
            model="gemini-3.5-flash",
            contents="What is the weather like in São Paulo and in Tokyo right now?",
            config={"tools": ["google_search"]},
        )
        print(response.text)

        grounding = response.grounding_metadata
        assert grounding is not None
        print(f"\nsearches: {grounding.web_search_queries}")
        supports = grounding.grounding_supports or []
        for support, citation in zip(supports, response.citations(), strict=True):
            segment = support.segment
            assert segment is not None
            byte_span = f"bytes {segment.start_index or 0}-{segment.end_index}"
            sources = ", ".join(f"[{source.number}] {source.title}" for source in citation.sources)
            print(f"{byte_span} -> characters {citation.start}-{citation.end}: {citation.text!r} <- {sources}")

        print("\n--- rendered")
        print(response.render_citations())


if __name__ == "__main__":
    main()
