"""A test generator: the model writes pytest tests for a Python module, and the script runs them.

The script writes a small module (``pricing.py``) to a temporary folder and sends its source with
``response_schema=list[TestCase]``: the answer is parsed into ``TestCase`` instances (a name and the test's code).
Each becomes a function in ``test_pricing.py`` next to the module, and pytest runs the file in a subprocess; the
script prints each test's outcome and pytest's summary. (pytest must be installed where the script runs.)

    python examples/real_world/test_generator.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/real_world/test_generator.py   # live
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import client

MODEL = "gemini-3.5-flash"
MODULE = '''\
"""Prices with discounts and VAT."""


def apply_discount(price: float, percent: float) -> float:
    """The price after a percentage discount, rounded to cents; percent must be between 0 and 100."""
    if not 0 <= percent <= 100:
        raise ValueError(f"percent must be between 0 and 100, got {percent}")
    return round(price * (1 - percent / 100), 2)


def with_vat(net: float, rate: float = 0.2) -> float:
    """The gross price for a net price at a VAT rate (0.2 is 20 %), rounded to cents."""
    return round(net * (1 + rate), 2)


def bulk_price(unit_price: float, quantity: int) -> float:
    """The total for a quantity: 5 % off from 10 units, 10 % off from 50."""
    if quantity < 0:
        raise ValueError("quantity must not be negative")
    percent = 10 if quantity >= 50 else 5 if quantity >= 10 else 0
    return apply_discount(unit_price * quantity, percent)
'''


@dataclasses.dataclass
class TestCase:
    """One pytest test: a function name starting with ``test_`` and its body (statements, no ``def`` line)."""

    __test__ = False  # not a test class itself, should pytest ever collect this file

    name: str
    code: str


def test_file(cases: list[TestCase]) -> str:
    """The test module: the imports, then one function per case."""
    functions = [f"def {case.name}() -> None:\n{textwrap.indent(case.code.strip(), '    ')}\n" for case in cases]
    return "import pytest\n\nfrom pricing import apply_discount, bulk_price, with_vat\n\n\n" + "\n\n".join(functions)


def main() -> None:
    with client() as gemini:
        response = gemini.models.generate_content(
            model=MODEL,
            contents=f"Write pytest tests for this module, pricing.py:\n\n```python\n{MODULE}```",
            config={
                "system_instruction": "Write 4 to 6 focused tests covering normal cases and errors. Each code "
                "field holds only the body of the test function; use pytest.raises for errors and pytest.approx "
                "for floats. The module's functions are imported for you.",
                "response_schema": list[TestCase],
            },
        )
    cases: list[TestCase] = response.parsed
    print(f"{len(cases)} tests generated: {', '.join(case.name for case in cases)}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "pricing.py").write_text(MODULE, encoding="utf-8")
        (folder / "test_pricing.py").write_text(test_file(cases), encoding="utf-8")
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", "test_pricing.py"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
    for line in run.stdout.splitlines():
        if "::test_" in line:
            print(f"  {line.split('::')[1].split(' [')[0].strip()}")
    summary = re.search(r"=+ (.*?) in [\d.]+s", run.stdout)
    print(f"pytest: {summary.group(1) if summary else run.stdout.strip() or run.stderr.strip()}")
    if run.returncode != 0:
        print(run.stdout[-2000:])
        raise SystemExit(run.returncode)


if __name__ == "__main__":
    main()
