"""``examples/agents/code_review.py`` runs offline: the real server-filesystem over stdio, the model from its cassette.

The example runs as a user runs it, with ``MCP_FILESYSTEM_SERVER`` naming the copy the ``mcp_servers`` fixture
installed. The replay matches request bodies as JSON, so a pass proves the server's real answers (the listing, the
file's text, the write it made) and the agent's refusal of the second write went back to the model as recorded.
"""

from __future__ import annotations

from typing import Any

from tests.examples._run import REPO_ROOT, run_example

EXPECTED = [
    "[offline] replaying cassettes/examples/agents/code_review.yaml",
    "[step 1] list_directory({'path': '.'})",
    '[step 1]   -> {"result": {"structuredContent": {"content": "[FILE] inventory.py"}',
    "[step 2] read_text_file({'path': 'inventory.py'})",
    "[step 3] write_file({'path': 'REVIEW.md', 'content': '<615 characters>'})\n"
    "[approval] write_file(path='REVIEW.md'): approved\n"
    '[step 3]   -> {"result": {"structuredContent": {"content": "Successfully wrote to REVIEW.md"}',
    "[approval] write_file(path='inventory.py'): refused\n[step 3]   -> error: PermissionError: the user denied",
    "[tools] project offered: list_directory, read_text_file, write_file",
    "reviewer: I wrote the review to REVIEW.md: the mutable default in `add_item` is the most serious problem",
    "--- REVIEW.md as written by the server (615 characters)\n# Review of inventory.py",
    "1. **Mutable default argument** (`add_item`, line 1)",
    "[unchanged] inventory.py is as written",
    "[usage] 4 requests, 4 tool calls",
]


def test_code_review_agent_replays_with_the_real_server(mcp_servers: Any) -> None:
    server = {"MCP_FILESYSTEM_SERVER": str(mcp_servers.filesystem)}
    done = run_example(REPO_ROOT / "examples/agents/code_review.py", extra_env=server)
    assert done.returncode == 0, done.stderr
    missing = [line for line in EXPECTED if line not in done.stdout]
    assert not missing, f"missing from the output:\n{missing}\n--- output:\n{done.stdout}"
