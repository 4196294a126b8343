"""The conformance client program (`tests/mcp/conformance_client.py`) does its scenarios' actions.

`nox -s conformance` runs it under the real harness (Node 22, in a loopback-only network namespace). Here it runs
as the harness runs it — a subprocess given the server URL as its last argument and the scenario in
``MCP_CONFORMANCE_SCENARIO`` — against a small Streamable HTTP server on 127.0.0.1 that answers in JSON and
records what it was sent, so the suite notices at once when the program stops doing what a scenario asks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

CLIENT = Path(__file__).with_name("conformance_client.py")
REPO_ROOT = Path(__file__).resolve().parents[2]

_ADD_NUMBERS = {
    "name": "add_numbers",
    "description": "Add two numbers.",
    "inputSchema": {
        "type": "object",
        "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
        "required": ["a", "b"],
    },
}


def _answer(message: dict[str, Any]) -> dict[str, Any]:
    method, params = message["method"], message.get("params") or {}
    if method == "initialize":
        result: dict[str, Any] = {
            "protocolVersion": params.get("protocolVersion", "2025-11-25"),
            "capabilities": {"tools": {}},
            "serverInfo": {"name": "mock-conformance-server", "version": "1.0.0"},
        }
    elif method == "tools/list":
        result = {"tools": [_ADD_NUMBERS]}
    elif method == "tools/call" and params.get("name") == "add_numbers":
        total = params["arguments"]["a"] + params["arguments"]["b"]
        result = {"content": [{"type": "text", "text": str(total)}]}
    else:
        return {"jsonrpc": "2.0", "id": message["id"], "error": {"code": -32601, "message": f"no method {method}"}}
    return {"jsonrpc": "2.0", "id": message["id"], "result": result}


@pytest.fixture
def mock_server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A Streamable HTTP MCP server with one tool, answering each POST with JSON; yields its URL and the messages
    it received."""
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            message = json.loads(self.rfile.read(int(self.headers["content-length"])))
            received.append(message)
            if "id" not in message:  # a notification
                self.send_response(202)
                self.send_header("content-length", "0")
                self.end_headers()
                return
            body = json.dumps(_answer(message)).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _not_allowed(self) -> None:  # no server-initiated stream, no session to delete
            self.send_response(405)
            self.send_header("content-length", "0")
            self.end_headers()

        do_GET = do_DELETE = _not_allowed

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/mcp", received
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _run(scenario: str, url: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MCP_CONFORMANCE_SCENARIO=scenario)
    return subprocess.run(
        [sys.executable, str(CLIENT), url], env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )


def _methods(received: list[dict[str, Any]]) -> list[str]:
    return [message["method"] for message in received]


def test_tools_call_scenario_calls_add_numbers_through_pygenai(
    mock_server: tuple[str, list[dict[str, Any]]],
) -> None:
    url, received = mock_server
    done = _run("tools_call", url)
    assert done.returncode == 0, done.stderr
    methods = _methods(received)
    assert "initialize" in methods and "tools/list" in methods
    calls = [message["params"] for message in received if message["method"] == "tools/call"]
    assert calls == [{"name": "add_numbers", "arguments": {"a": 5, "b": 3}}]
    initialize = next(message for message in received if message["method"] == "initialize")
    client_info = initialize["params"]["clientInfo"]
    assert client_info["name"] and client_info["version"]  # what the `initialize` scenario checks
    assert "add_numbers -> " in done.stderr and "8" in done.stderr


def test_initialize_scenario_lists_tools_and_calls_none(mock_server: tuple[str, list[dict[str, Any]]]) -> None:
    url, received = mock_server
    done = _run("initialize", url)
    assert done.returncode == 0, done.stderr
    assert "tools/list" in _methods(received)
    assert "tools/call" not in _methods(received)


def test_an_unknown_scenario_is_refused_before_connecting(mock_server: tuple[str, list[dict[str, Any]]]) -> None:
    url, received = mock_server
    done = _run("no-such-scenario", url)
    assert done.returncode == 2
    assert "unknown scenario 'no-such-scenario'" in done.stderr
    assert received == []
