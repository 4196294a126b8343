"""The README's "Many agents" example runs as written, on a fake model that answers each agent by its
instructions."""

from __future__ import annotations

import pathlib
import re
from typing import Any

import httpx2
import orjson
import pytest

import pygenai
from tests.agents._scripted import call, response, text
from tests.agents._team_support import bad_request

README = pathlib.Path(__file__).parents[2] / "README.md"

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


def many_agents_example() -> str:
    section = README.read_text().split("Many agents: four patterns", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found is not None
    return found.group(1)


def test_the_readme_many_agents_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    scripts = {key: list(bodies) for key, bodies in SCRIPTS.items()}

    def answer(request: httpx2.Request) -> httpx2.Response:
        body = orjson.loads(request.content)
        reply = scripts[body["systemInstruction"]["parts"][0]["text"]].pop(0)
        status = reply.pop("__status__", 200)
        return httpx2.Response(status, content=orjson.dumps(reply), headers={"content-type": "application/json"})

    refunds: list[str] = []

    def refund(invoice: str) -> str:
        """Refund an invoice."""
        refunds.append(invoice)
        return "refunded"

    http = httpx2.Client(transport=httpx2.MockTransport(answer))
    client = pygenai.Client(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)
    exec(many_agents_example(), {"client": client, "refund": refund})  # the README's own code

    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("Fly TP441 and stay at Memmo Alfama. Usage(requests=4, tool_calls=2,")
    assert printed[1] == "['planner', 'planner/flights', 'planner/hotels']"
    assert printed[2] == "billing Refunded A-1."
    assert printed[3].startswith("Only the hot loop. [('pessimist', BadRequestError(")
    assert refunds == ["A-1"]
    assert all(not bodies for bodies in scripts.values())
