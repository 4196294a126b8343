"""The MCP guide starts a real MCP server over stdio: ``notes_server.py``, the program the page shows (its
``python title="notes_server.py"`` block, written to the working directory as it stands), built on the MCP SDK,
serving a folder of three notes. The model side replays the page's cassette."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from tests.docs.guide_pages import DOCS

PAGE = DOCS / "guides" / "mcp.md"
SERVER_BLOCK = re.compile(r'^```python title="notes_server\.py"\n(?P<code>.*?)^```$', re.M | re.S)
NOTES = {
    "groceries.txt": "oat milk\nlemons\ncoffee beans\n",
    "launch-plan.md": "# Launch plan\n\n- Freeze the API on June 3.\n- Ship the docs site on June 10.\n",
    "meeting-notes.md": "# Team sync\n\nAna: the billing export is due Friday, June 5.\nLeo: on-call swap next week.\n",
}


def server_program() -> str:
    """The server the page shows."""
    found = SERVER_BLOCK.search(PAGE.read_text(encoding="utf-8"))
    if found is None:
        raise AssertionError(f"{PAGE.name} has no python block titled notes_server.py")
    return found.group("code")


@contextlib.contextmanager
def setup(workdir: Path) -> Iterator[None]:
    (workdir / "notes_server.py").write_text(server_program(), encoding="utf-8")
    folder = workdir / "notes"
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    yield
