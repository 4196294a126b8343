"""One process of the crash-recovery test: ``python -m tests.durable.crash_worker PHASE DB_URL WORKDIR WORKFLOW_ID``.

Both phases build the same agent (a scripted model over a MockTransport, two tools with side effects) and the same
:class:`DBOSAgent`, then launch DBOS on ``DB_URL``:

- ``crash`` runs the workflow. Its third model request (both tool calls finished and recorded by then) writes
  ``WORKDIR/ready`` and blocks for ever: the test kills the process there with SIGKILL.
- ``recover`` only launches DBOS, whose recovery finishes the pending workflow, and prints its result as JSON.

The model answers by the length of the history it is sent, so a request sent again would be answered too, and
only the counts tell: each request body goes to ``WORKDIR/requests-PHASE.jsonl``, each tool's side effect to
``WORKDIR/side_effects.txt``.
"""

from __future__ import annotations

import sys
import threading
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import httpx2
import orjson
from dbos import DBOS, DBOSConfig

import pygenai
from pygenai.agent_framework import Agent, RunResult
from pygenai.agent_framework.durable import DBOSAgent
from tests.agents._scripted import call, response, text

APP_NAME = "pygenai-crash-recovery"  # the same in both processes: DBOS recovers the workflows of its application
REPLIES = {
    1: response(call("book", city="Oslo")),
    3: response(call("pay", amount=120)),
    5: text("Trip booked: Oslo, paid 120."),
}
"""The model's answer to a history of each length."""


def build(phase: str, workdir: Path) -> DBOSAgent[str]:
    def handle(request: httpx2.Request) -> httpx2.Response:
        body = orjson.loads(request.content)
        with (workdir / f"requests-{phase}.jsonl").open("ab") as log:
            log.write(orjson.dumps(body) + b"\n")
        turns = len(body["contents"])
        if phase == "crash" and turns == 5:
            (workdir / "ready").write_text("both tool calls finished")
            threading.Event().wait()  # until SIGKILL
        return httpx2.Response(200, content=orjson.dumps(REPLIES[turns]), headers={"content-type": "application/json"})

    def side_effect(what: str) -> None:
        with (workdir / "side_effects.txt").open("a") as effects:
            effects.write(what + "\n")

    def book(city: str) -> str:
        """Book a hotel in ``city``."""
        side_effect(f"book {city}")
        return f"booked in {city}"

    def pay(amount: int) -> str:
        """Pay ``amount`` euros."""
        side_effect(f"pay {amount}")
        return f"paid {amount}"

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handle))
    client = pygenai.AsyncClient(api_key="test-key-durable", base_url="http://gemini.test", http_client=http)
    agent = Agent(client, model="gemini-2.5-flash", tools=[book, pay], name="travel")
    return DBOSAgent(agent)


def launch(url: str) -> None:
    config: DBOSConfig = {"name": APP_NAME, "system_database_url": url}
    DBOS(config=config)
    DBOS.launch()


def main(phase: str, url: str, workdir: Path, workflow_id: str) -> None:
    durable = build(phase, workdir)
    launch(url)
    try:
        if phase == "crash":
            anyio.run(partial(durable.run, "Book Oslo and pay", workflow_id=workflow_id))  # killed in the third request
        else:
            result: RunResult[Any] = DBOS.retrieve_workflow(workflow_id).get_result()
            summary = {"output": result.output, "messages": result.messages, "tool_calls": result.usage.tool_calls}
            sys.stdout.write(orjson.dumps(summary).decode() + "\n")
    finally:
        DBOS.destroy()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4])
