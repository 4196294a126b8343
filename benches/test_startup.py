"""(d) A fresh interpreter importing the SDK and building a client (``measures/startup.py``): one round is one
new process per contender, the contenders alternating; ``(in process)`` is ``import`` + ``Client()`` timed inside
the process, ``(whole process)`` the process as the parent saw it, interpreter start-up included."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured, contender_params, record

CONTENDERS = {
    "startup": [
        "pygenai import + Client() (in process)",
        "google-genai import + Client() (in process)",
        "bare interpreter (whole process)",
        "pygenai import + Client() (whole process)",
        "google-genai import + Client() (whole process)",
    ],
}


@pytest.mark.parametrize(("measure_id", "contender"), contender_params(CONTENDERS))
def test_startup(benchmark: Any, measured: Measured, measure_id: str, contender: str) -> None:
    record(benchmark, measured("startup")[measure_id], contender, CONTENDERS[measure_id])
