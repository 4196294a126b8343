"""``examples/mcp_filesystem.py`` runs offline: the real server-filesystem over stdio, the model side from its cassette.

The example runs as a user runs it (``python examples/mcp_filesystem.py`` from the repository root, without
``GEMINI_API_KEY``), with ``MCP_FILESYSTEM_SERVER`` naming the copy of the server the ``mcp_servers`` fixture
installed. The replay matches request bodies as JSON, so a pass also proves that what the server returned for the
files the example wrote went back to the model as the cassette holds it.
"""

from __future__ import annotations

from typing import Any

from tests.examples._run import REPO_ROOT, run_example

EXPECTED = [
    "[offline] replaying cassettes/examples/mcp_filesystem.yaml",
    "[mcp] list_directory_with_sizes({'path': '.'}) -> ",
    "[FILE] groceries.txt",
    "[mcp] read_text_file({'path': 'launch-plan.md'}) -> ",
    "# Launch plan",
    "[mcp] read_text_file({'path': 'meeting-notes.md'}) -> ",
    "- **meeting-notes.md**: the billing export is due Friday, June 5.",
    "model: The API freeze on June 3 (from launch-plan.md) comes first",
    "[tools] filesystem offered the model: read_text_file (read-only), list_directory_with_sizes (read-only)",
    "[history] 8 turns",
]


def test_mcp_filesystem_example_replays_with_the_real_server(mcp_servers: Any) -> None:
    server = {"MCP_FILESYSTEM_SERVER": str(mcp_servers.filesystem)}
    done = run_example(REPO_ROOT / "examples/mcp_filesystem.py", extra_env=server)
    assert done.returncode == 0, done.stderr
    missing = [line for line in EXPECTED if line not in done.stdout]
    assert not missing, f"missing from the output:\n{missing}\n--- output:\n{done.stdout}"
