"""A trip planner: a manager agent that calls two worker agents as tools, with usage and cost added up.

Each worker is an agent with its own instructions and tool (``search_flights``, ``search_hotels``);
``worker.as_tool()`` makes it a function tool ``<name>(request: str)`` of the manager, which decides what to ask each
one and writes the plan from their answers. Running the manager in a ``Hierarchy`` records every worker run it started,
so the :class:`TeamResult` counts requests, tokens and USD of all three agents, per agent (``result.walk()``) and in
total (``result.usage``, ``result.cost``; prices from the framework's table).

    python examples/agents/trip_planner.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/agents/trip_planner.py   # live
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import client

from pygenai.agent_framework import Agent, Hierarchy

MODEL = "gemini-2.5-flash"
REQUEST = "Plan three days in Lisbon for me, flying from Berlin on 12 March and back on 15 March. Mid-range budget."


def search_flights(origin: str, destination: str, date: str) -> list[dict[str, Any]]:
    """Direct flights from ``origin`` to ``destination`` on ``date`` (YYYY-MM-DD), cheapest first."""
    flights = {
        ("BER", "LIS", "2026-03-12"): [
            {"flight": "TP 539", "departs": "06:10", "arrives": "08:55", "price_eur": 132},
            {"flight": "FR 1442", "departs": "13:25", "arrives": "16:05", "price_eur": 89},
        ],
        ("LIS", "BER", "2026-03-15"): [
            {"flight": "TP 542", "departs": "18:40", "arrives": "23:15", "price_eur": 118},
        ],
    }
    return sorted(flights.get((origin, destination, date), []), key=lambda f: f["price_eur"])


def search_hotels(city: str, check_in: str, check_out: str) -> list[dict[str, Any]]:
    """Hotels with rooms free in ``city`` between the dates (YYYY-MM-DD), with the price per night."""
    if city.lower() != "lisbon":
        return []
    return [
        {"hotel": "Casa do Largo", "area": "Alfama", "per_night_eur": 96, "rating": 4.6},
        {"hotel": "Hotel Miradouro", "area": "Chiado", "per_night_eur": 148, "rating": 4.8},
    ]


def main() -> None:
    with client() as gemini:
        flights = Agent(
            gemini,
            model=MODEL,
            name="flights",
            instructions="You find flights. Use airport codes (Berlin BER, Lisbon LIS). Recommend one outbound and one "
            "return flight with times and prices.",
            tools=[search_flights],
        )
        hotels = Agent(
            gemini,
            model=MODEL,
            name="hotels",
            instructions="You find hotels. Recommend one that fits the budget, with its price per night.",
            tools=[search_hotels],
        )
        manager = Agent(
            gemini,
            model=MODEL,
            name="planner",
            instructions="You plan trips. Ask the flights and hotels agents, then write a short day-by-day plan "
            "with the total cost of travel and lodging.",
            tools=[flights.as_tool(), hotels.as_tool()],
        )
        result = Hierarchy(manager).run_sync(REQUEST)

    print(f"[request] {REQUEST}\n")
    print(result.output)
    print("\n[agents] each agent's own runs (a worker's run is a child of the manager's)")
    for path, node in result.walk():
        for run in node.runs:
            usage = run.usage
            cost = f"${run.cost:.6f}" if run.cost is not None else "no price"
            print(
                f"  {path:16} {usage.requests} requests, {usage.tool_calls} tool call(s), "
                f"{usage.input_tokens} in / {usage.billed_output_tokens} out tokens, {cost}"
            )
    total = result.usage
    print(
        f"[total, all agents] {total.requests} requests, {total.tool_calls} tool calls, {total.total_tokens} tokens, "
        + (f"${result.cost:.6f}" if result.cost is not None else "no price")
    )


if __name__ == "__main__":
    main()
