"""``docs/in-depth/agents.md``: its team example runs on a loopback model that answers each agent by its instructions.

A team sends requests from several agents, concurrently in a ``FanOut``, so a cassette's order would not hold; the
server picks each answer by the request's system instruction instead, from one script per agent, and the page's
plain ``pygenai.Client()`` reaches it through ``GEMINI_BASE_URL``. Leaving the block fails if an answer was never
asked for.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import orjson

from tests.agents._scripted import call, response, text
from tests.agents._team_support import bad_request

SCRIPTS: dict[str, list[dict[str, Any]]] = {
    "Plan trips with your workers.": [
        response(call("flights", request="Paris to Lisbon, Friday"), call("hotels", request="Lisbon, 2 nights")),
        text("Fly TP441 and stay at Memmo Alfama."),
    ],
    "Suggest one flight.": [text("TP441 at 18:05")],
    "Suggest one hotel.": [text("Memmo Alfama")],
    "Send each customer to the right specialist.": [response(call("transfer_to_billing"))],
    "You handle refunds.": [response(call("refund", invoice="A-1")), text("Refunded A-1.")],
    "List the facts.": [text("1817: the draisine.")],
    "Write them up.": [text("The bicycle began in 1817.")],
    "Argue for it.": [text("Faster and safer.")],
    "Argue against it.": [bad_request("overloaded")],
    "Weigh both answers.": [text("Only the hot loop.")],
}


@contextmanager
def setup(workdir: Path) -> Iterator[None]:
    scripts = {instruction: list(answers) for instruction, answers in SCRIPTS.items()}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = orjson.loads(self.rfile.read(int(self.headers["content-length"])))
            with lock:
                reply = dict(scripts[body["systemInstruction"]["parts"][0]["text"]].pop(0))
            status = reply.pop("__status__", 200)
            payload = orjson.dumps(reply)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    os.environ["GEMINI_BASE_URL"] = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    left = {instruction: len(answers) for instruction, answers in scripts.items() if answers}
    assert not left, f"answers never asked for: {left}"
