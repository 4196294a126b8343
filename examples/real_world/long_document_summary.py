"""A long-document summary with context caching: send the document once, ask about it twice for less.

The script builds a long document (a year of a service's incident reports, about 2,000 tokens, above the API's
minimum for caching) and stores it with ``client.caches.create`` for ten minutes (``ttl``), with the system
instruction. Two questions then name the cache in ``cached_content``: a summary and a follow-up, each paying the
cached rate for the document (``usage.cached_tokens``). The cache is deleted at the end, even on an error.

    python examples/real_world/long_document_summary.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/real_world/long_document_summary.py   # live
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import client

MODEL = "gemini-2.5-flash"
SERVICES = ["checkout", "search", "login", "payments", "email", "images"]
CAUSES = ["an expired TLS certificate", "a full disk on a database replica", "a bad configuration push",
          "a dependency's outage", "a memory leak after a deploy", "a traffic spike from a campaign"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
QUESTIONS = [
    "Summarise the year in five bullet points: the worst incidents, the recurring causes and the trend.",
    "Which cause came back most often, and what single change would have prevented most of the downtime?",
]


def incident_log() -> str:
    """Two incident reports a month for a year (about 2,000 tokens)."""
    lines = ["Incident reports of the Acme web shop, 2025. Times are UTC; downtime in minutes."]
    for m, month in enumerate(MONTHS):
        for k in range(2):
            n = 2 * m + k
            service, cause = SERVICES[n % len(SERVICES)], CAUSES[(n * 5 + m) % len(CAUSES)]
            minutes = 12 + (n * 37) % 170
            lines.append(
                f"{month}, incident {n + 1}: {service} was degraded for {minutes} minutes, caused by {cause}. "
                f"{(n * 13) % 40 + 1} percent of requests failed. Detected by "
                f"{'an alert' if n % 3 else 'a customer report'}; fixed by "
                f"{'a rollback' if n % 2 else 'a manual repair'}. Follow-up: "
                f"{'add a check to the deploy pipeline' if n % 4 else 'write a runbook'}."
            )
    return "\n".join(lines)


def main() -> None:
    with client() as gemini:
        cache = gemini.caches.create(
            model=MODEL,
            contents=incident_log(),
            system_instruction="You are a site reliability engineer. Answer from the incident reports only.",
            display_name="incident-log-2025",
            ttl=600,
        )
        try:
            tokens = cache.usage_metadata.total_token_count if cache.usage_metadata else None
            print(f"cached {cache.name}: {tokens} tokens, expires {cache.expire_time}")
            for question in QUESTIONS:
                response = gemini.models.generate_content(model=MODEL, contents=question, cached_content=cache.name)
                usage = response.usage
                print(f"\nQ: {question}\n{response.text}")
                print(f"[usage] {usage.prompt_tokens} prompt tokens, {usage.cached_tokens} of them cached")
        finally:
            gemini.caches.delete(name=cache)
            print(f"\ndeleted {cache.name}")


if __name__ == "__main__":
    main()
