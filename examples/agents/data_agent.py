"""A data agent: questions over a CSV file answered with function calling, a typed answer and its ReAct trace.

The script writes a small ``orders.csv``; the agent gets three Python tools over it, written with the standard
``csv`` module (list the columns, describe one, sum/average/count one grouped and filtered by others), and an
``output_type`` dataclass: the final answer is JSON the agent parses into ``RegionAnswer`` (a reply that does not
fit is sent back with the reason). With ``include_thoughts`` on, ``result.trace`` reads as a ReAct transcript:
each step's thought summary, the calls it made (actions) and what the tools returned (observations).

    python examples/agents/data_agent.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/agents/data_agent.py   # live
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import async_client

from pygenai.agent_framework import Agent

MODEL = "gemini-3.5-flash"
ORDERS = """\
order_id,region,product,units,unit_price
1001,North,Kettle,3,24.50
1002,South,Toaster,1,39.00
1003,North,Toaster,2,39.00
1004,East,Kettle,5,24.50
1005,South,Kettle,2,24.50
1006,East,Blender,1,89.00
1007,North,Blender,2,89.00
1008,South,Blender,3,89.00
1009,East,Kettle,1,24.50
"""
QUESTION = "Which region sold the most kettles, and how many units was that?"


@dataclasses.dataclass
class RegionAnswer:
    """The answer: the region, its number of units, and one sentence saying how it was found."""

    region: str
    units: int
    how: str


def table_tools(path: Path) -> list[Callable[..., Any]]:
    """The agent's tools over the CSV file at ``path``."""

    def rows() -> list[dict[str, str]]:
        with path.open(newline="", encoding="utf-8") as file:
            return list(csv.DictReader(file))

    def list_columns() -> list[str]:
        """The names of the table's columns, in order."""
        with path.open(newline="", encoding="utf-8") as file:
            return next(csv.reader(file))

    def describe_column(column: str) -> dict[str, Any]:
        """What a column holds: for numbers their count, min, max and mean; for text its distinct values."""
        values = [row[column] for row in rows()]
        try:
            numbers = [float(v) for v in values]
        except ValueError:
            return {"column": column, "kind": "text", "count": len(values), "distinct": sorted(set(values))}
        mean = round(sum(numbers) / len(numbers), 2)
        return {
            "column": column,
            "kind": "number",
            "count": len(numbers),
            "min": min(numbers),
            "max": max(numbers),
            "mean": mean,
        }

    def aggregate(
        column: str,
        operation: Literal["sum", "mean", "count"],
        group_by: str | None = None,
        filter_column: str | None = None,
        filter_value: str | None = None,
    ) -> dict[str, float]:
        """Sum, average or count ``column`` over the rows whose ``filter_column`` equals ``filter_value`` (all rows
        when not given), one figure per value of ``group_by`` (or one figure, under "all")."""
        groups: dict[str, list[float]] = {}
        for row in rows():
            if filter_column is not None and row[filter_column] != filter_value:
                continue
            groups.setdefault(row[group_by] if group_by else "all", []).append(float(row[column]))
        if operation == "sum":
            return {key: sum(values) for key, values in groups.items()}
        if operation == "mean":
            return {key: round(sum(values) / len(values), 2) for key, values in groups.items()}
        return {key: float(len(values)) for key, values in groups.items()}

    return [list_columns, describe_column, aggregate]


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pygenai-data-") as scratch:
        path = Path(scratch) / "orders.csv"
        path.write_text(ORDERS, encoding="utf-8")
        async with async_client() as gemini:
            agent = Agent(
                gemini,
                model=MODEL,
                name="analyst",
                instructions="You answer questions about the orders table. Use the tools; never guess a figure.",
                tools=table_tools(path),
                output_type=RegionAnswer,
                config={"thinking_level": "low", "include_thoughts": True},
            )
            result = await agent.run(QUESTION)

    print(f"question: {QUESTION}")
    print("\n--- ReAct trace")
    print(result.trace)
    answer = result.output
    print(f"\n[answer] {type(answer).__name__}(region={answer.region!r}, units={answer.units}): {answer.how}")
    print(f"[check] csv says {answer.region} sold {sum_of_kettles(answer.region)} kettle(s)")
    as_json = result.trace.to_json()  # plain JSON: store it, ship it to a log
    print(
        f"[trace] {len(result.trace)} steps, {result.usage.tool_calls} tool calls; step 3 as JSON: "
        f"{json.dumps(as_json[2]['actions'], ensure_ascii=False)}"
    )
    print(
        f"[usage] {result.usage.input_tokens} input, {result.usage.output_tokens} output, "
        f"{result.usage.thinking_tokens} thinking tokens"
    )


def sum_of_kettles(region: str) -> int:
    """The answer worked out without the model, to compare."""
    return sum(
        int(row["units"])
        for row in csv.DictReader(ORDERS.splitlines())
        if row["region"] == region and row["product"] == "Kettle"
    )


if __name__ == "__main__":
    asyncio.run(main())
