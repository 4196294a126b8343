"""The Deep Research guide reads a PDF report of the reader's own: a small one in the working directory."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"  # the bytes the cassette holds


@contextlib.contextmanager
def setup(workdir: Path) -> Iterator[None]:
    (workdir / "tpu-report.pdf").write_bytes(PDF)
    yield
