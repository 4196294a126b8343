"""MCP: a chat that reads files through an MCP server, here the reference ``server-filesystem`` over stdio.

``pygenai.mcp.stdio(...)`` starts the server as a child process and is a toolset: put it in a chat's ``tools``
and the model calls the server's tools like Python functions, each call's result going back as the function
response. ``allow`` keeps the model to two read-only tools. The server may touch only the directory it is given:
a temporary one this script fills with three notes, so the chat reads what it finds there.

The server comes from npm (Node needed): ``npx -y @modelcontextprotocol/server-filesystem@2026.8.31``, or the
``dist/index.js`` of an installed copy named by ``MCP_FILESYSTEM_SERVER`` (the test suite sets it).

    python examples/mcp_filesystem.py                      # offline: the model side replays its cassette
    GEMINI_API_KEY=... python examples/mcp_filesystem.py   # live
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from _replay import client

import pygenai
import pygenai.mcp

MODEL = "gemini-3.5-flash"
SERVER_PACKAGE = "@modelcontextprotocol/server-filesystem@2026.8.31"
NOTES = {
    "groceries.txt": "oat milk\nlemons\ncoffee beans\n",
    "launch-plan.md": "# Launch plan\n\n- Freeze the API on June 3.\n- Ship the docs site on June 10.\n",
    "meeting-notes.md": "# Team sync\n\nAna: the billing export is due Friday, June 5.\nLeo: on-call swap next week.\n",
}
QUESTIONS = [
    "Look through my notes: which deadlines do they mention? Name the file of each.",
    "Which of those deadlines comes first?",
]


def filesystem_server(directory: Path) -> pygenai.mcp.MCPToolset:
    """server-filesystem over stdio, allowed to read and write ``directory`` only, offering the model two tools."""
    installed = os.environ.get("MCP_FILESYSTEM_SERVER")
    command, args = ("node", [installed]) if installed else ("npx", ["-y", SERVER_PACKAGE])
    return pygenai.mcp.stdio(
        command,
        args=[*args, str(directory)],
        name="filesystem",
        allow=["list_directory_with_sizes", "read_text_file"],
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pygenai-notes-") as scratch:
        folder = Path(scratch)
        for name, text in NOTES.items():
            (folder / name).write_text(text, encoding="utf-8")

        with client() as gemini, filesystem_server(folder) as files:
            chat = gemini.chats.create(model=MODEL, config={"tools": [files]})
            for question in QUESTIONS:
                print(f"\nyou: {question}")
                response = chat.send_message(question)
                afc = response.automatic_function_calling
                for result in afc.results if afc else []:
                    sent = json.dumps(result.response, ensure_ascii=False)
                    print(f"[mcp] {result.call.name}({result.call.args}) -> {sent[:100]}...")
                print(f"model: {response.text}")

            offered = [
                f"{name} ({'read-only' if tool.annotations.read_only else 'writes'})"
                for name, tool in files.tools.items()
            ]
            print(f"\n[tools] {files.name} offered the model: {', '.join(offered)}")
            print(f"[history] {len(chat.get_history())} turns")
        print("[closed] the server process was stopped and reaped when the `with` block ended")


if __name__ == "__main__":
    main()
