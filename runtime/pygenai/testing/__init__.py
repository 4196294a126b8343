"""Test your own app offline: record its exchanges with the Gemini API once, replay them in CI with no network.

``import pygenai`` does not import this package; ``import pygenai.testing`` does (it needs nothing beyond pygenai).

Example::

    import pygenai.testing

    def test_summary() -> None:
        with pygenai.testing.cassette("tests/cassettes/summary.json") as tape:
            assert my_app.summarize(tape.client(), "report.txt").startswith("The report")

The first run, with ``GEMINI_API_KEY`` set, sends the requests for real and writes ``summary.json`` (the key
scrubbed); every later run replays it: each request your code sends must be the recorded one (method, URL, JSON
body), or :class:`CassetteMismatchError` shows the difference. Delete the file (or pass ``mode="record"``) to record
again. The file is JSON: per exchange, the request's method, URL (without the key) and JSON body, and the
response's status, headers and exact body text. Live API sessions (WebSockets) are not recorded.
"""

from __future__ import annotations

from ._cassette import REPLAY_API_KEY, AsyncCassetteTransport, Cassette, CassetteTransport, Mode, cassette
from ._format import CassetteMismatchError

__all__ = [
    "REPLAY_API_KEY",
    "AsyncCassetteTransport",
    "Cassette",
    "CassetteMismatchError",
    "CassetteTransport",
    "Mode",
    "cassette",
]
