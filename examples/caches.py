"""Context caching: send a long document once, then ask about it cheaply until the cache expires.

``client.caches.create`` stores a prompt prefix (contents, system instruction, tools) for one model; the
API wants at least about a thousand tokens of it. Requests that name the cache in ``cached_content`` pay
the reduced cached rate for those tokens (``usage.cached_tokens``). ``ttl`` is seconds or a
``timedelta``; ``update`` gives the cache a new lifetime, ``delete`` frees it before that.

    python examples/caches.py
"""

from __future__ import annotations

import datetime as dt

from _replay import client

MODEL = "gemini-2.5-flash"
DEPARTMENTS = ["Engineering", "Sales", "Support", "Finance", "Legal", "Marketing"]
DEPARTMENTS += ["Operations", "Design", "Research", "People", "Security", "Data"]


def handbook() -> str:
    """A long document to cache: each department's rules (about 1,500 tokens)."""
    lines = ["Acme employee handbook, 2026 edition."]
    for n, department in enumerate(DEPARTMENTS):
        lines += [
            f"{department} / Vacation: {22 + n % 5} paid days a year; up to {2 + n % 4} unused days carry over "
            "to the end of March.",
            f"{department} / Remote work: up to {1 + n % 4} days a week from home; core hours are 10:00 to 15:00.",
            f"{department} / Equipment: a laptop renewed every {3 + n % 2} years and a {200 + 50 * (n % 4)} EUR "
            "home-office budget.",
            f"{department} / Training: {800 + 100 * (n % 6)} EUR a year for courses and conferences, approved by "
            "the team lead.",
            f"{department} / Travel: economy class under {4 + n % 3} hours of flight, premium economy above.",
            f"{department} / Parental leave: {16 + 2 * (n % 3)} weeks at full pay, to be taken within two years.",
        ]
    return "\n".join(lines)


def main() -> None:
    with client() as gemini:
        cache = gemini.caches.create(
            model=MODEL,
            contents=handbook(),
            system_instruction="Answer from the handbook only, in one sentence.",
            display_name="handbook",
            ttl=300,
        )
        tokens = cache.usage_metadata.total_token_count if cache.usage_metadata else None
        print(f"created {cache.name}: {tokens} tokens, expires {cache.expire_time}")

        response = gemini.models.generate_content(
            model=MODEL,
            contents="How many vacation days do people in Sales get, and how many can they carry over?",
            cached_content=cache.name,
        )
        print(f"\n{response.text}")
        usage = response.usage
        print(f"prompt tokens: {usage.prompt_tokens}, of which cached: {usage.cached_tokens}\n")

        cache = gemini.caches.update(name=cache, ttl=dt.timedelta(hours=1))
        print(f"extended: expires {cache.expire_time}")
        gemini.caches.delete(name=cache)
        print(f"deleted {cache.name}")


if __name__ == "__main__":
    main()
