"""CSV analysis with function calling: the model asks Python tools over a CSV file, the client runs them.

The script writes ``sales.csv`` and passes three plain functions, written with the standard ``csv`` module, as
``tools`` to ``generate_content``: the model calls them and the client runs each call, sends the results back and
returns the final answer (automatic function calling, no agent framework). ``response.automatic_function_calling``
lists every call made and what it returned.

    python examples/real_world/csv_analysis.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/real_world/csv_analysis.py   # live
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Literal

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import client

MODEL = "gemini-3.5-flash"
SALES = """\
month,region,product,units,revenue
2026-01,North,Kettle,40,980.00
2026-01,South,Kettle,25,612.50
2026-01,North,Toaster,12,468.00
2026-02,North,Kettle,35,857.50
2026-02,South,Toaster,30,1170.00
2026-02,South,Kettle,28,686.00
2026-03,North,Toaster,20,780.00
2026-03,South,Kettle,44,1078.00
2026-03,North,Kettle,22,539.00
"""
QUESTION = "Which region brought in more revenue in the first quarter, and which product sold the most units?"
CSV_PATH = Path(tempfile.mkdtemp(prefix="pygenai-example-")) / "sales.csv"  # the tools read it; one per run


def read_rows() -> list[dict[str, str]]:
    with CSV_PATH.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def list_columns() -> dict[str, object]:
    """The CSV file's column names, its row count and the first row as an example."""
    rows = read_rows()
    return {"columns": list(rows[0]), "rows": len(rows), "first_row": rows[0]}


def total_by(column: Literal["units", "revenue"], group_by: Literal["month", "region", "product"]) -> dict[str, float]:
    """The sum of a numeric column for each value of another column.

    Args:
        column: The numeric column to add up.
        group_by: The column whose values form the groups.
    """
    totals: dict[str, float] = defaultdict(float)
    for row in read_rows():
        totals[row[group_by]] += float(row[column])
    return {key: round(value, 2) for key, value in totals.items()}


def rows_where(column: Literal["month", "region", "product"], value: str) -> list[dict[str, str]]:
    """The rows whose column holds the given value.

    Args:
        column: The column to filter on.
        value: The value it must hold, e.g. "North" or "2026-02".
    """
    return [row for row in read_rows() if row[column] == value]


def main() -> None:
    CSV_PATH.write_text(SALES, encoding="utf-8")
    try:
        with client() as gemini:
            response = gemini.models.generate_content(
                model=MODEL,
                contents=f"The file holds our sales for January to March 2026. {QUESTION}",
                config={
                    "tools": [list_columns, total_by, rows_where],
                    "system_instruction": "Use the tools to read the data; give figures with their units.",
                },
            )
        afc = response.automatic_function_calling
        assert afc is not None
        print(f"question: {QUESTION}")
        print(f"calls made ({len(afc.results)}):")
        for result in afc.results:
            arguments = ", ".join(f"{name}={value!r}" for name, value in result.call.args.items())
            print(f"  {result.call.name}({arguments}) -> {result.value}")
        print(f"answer: {response.text}")
        usage = response.usage
        print(f"[usage, last request] {usage.prompt_tokens} input, {usage.output_tokens} output tokens")
    finally:
        shutil.rmtree(CSV_PATH.parent)


if __name__ == "__main__":
    main()
