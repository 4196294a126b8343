"""A support desk: a triage agent hands a billing problem to a billing specialist, who remembers it the next turn.

``Handoff(triage, [billing])`` gives each agent a generated ``transfer_to_<name>`` tool. When the triage agent calls
``transfer_to_billing``, its run ends and the billing agent continues the same conversation (the transfer call and
its answer included, thought signatures as received), with its own tools. The second user turn is sent with the whole
first one (``result.messages``) and starts with the agent that answered last (``start=result.final_agent``), so the
specialist picks up where it stopped: it knows the order and the refund without being told again.

    python examples/agents/support_agent.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/agents/support_agent.py   # live
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import async_client

from pygenai.agent_framework import Agent, AgentEvent, Handoff, TeamResult, ToolCallFinished

MODEL = "gemini-3.5-flash"
CHARGES = {
    "A-1042": [
        {"charge_id": "ch_81", "amount_eur": 59.9, "date": "2026-11-27"},
        {"charge_id": "ch_82", "amount_eur": 59.9, "date": "2026-11-27"},
    ]
}
TURNS = [
    "Hi, this is Dana. My card was charged twice for order A-1042. Can you fix it?",
    "Thanks! When will the money be back on my card?",
]


def order_status(order_id: str) -> dict[str, Any]:
    """Where an order is: its shipping status and the expected delivery date."""
    return {"order_id": order_id, "status": "shipped", "expected_delivery": "2026-12-02"}


def list_charges(order_id: str) -> list[dict[str, Any]]:
    """The card charges made for an order."""
    return CHARGES.get(order_id, [])


def refund(charge_id: str) -> dict[str, Any]:
    """Refund one card charge in full."""
    return {"refund_id": "re_5531", "charge_id": charge_id, "amount_eur": 59.9, "status": "pending"}


def refund_status(refund_id: str) -> dict[str, Any]:
    """Where a refund is, and by when the card gets the money back."""
    return {"refund_id": refund_id, "status": "sent to the card network", "expected_by": "2026-12-04"}


def printer(agent: str) -> Callable[[AgentEvent], None]:
    """An ``on_event`` handler printing each tool call of ``agent`` with what it returned."""

    def show(event: AgentEvent) -> None:
        if isinstance(event, ToolCallFinished):
            args = ", ".join(f"{k}={v!r}" for k, v in event.call.args.items())
            print(f"  [{agent}] {event.call.name}({args}) -> {json.dumps(event.response, ensure_ascii=False)}")

    return show


def report(turn: int, result: TeamResult) -> None:
    agents = " -> ".join(node.name for node in result.nodes)
    print(f"  [agents] {agents}")
    print(f"[turn {turn}] {result.final_agent}: {result.output}")


async def main() -> None:
    async with async_client() as gemini:
        triage = Agent(
            gemini,
            model=MODEL,
            name="triage",
            instructions="You are the first line of customer support for an online shop. Answer order and delivery "
            "questions yourself; transfer anything about payments, charges or refunds to billing.",
            tools=[order_status],
            on_event=printer("triage"),
        )
        billing = Agent(
            gemini,
            model=MODEL,
            name="billing",
            instructions="You are the billing specialist. Check the charges before refunding; refund duplicates only.",
            tools=[list_charges, refund, refund_status],
            on_event=printer("billing"),
        )
        support = Handoff(triage, [billing])

        print(f"[user] {TURNS[0]}")
        first = await support.run(TURNS[0])
        report(1, first)

        print(f"\n[user] {TURNS[1]}")
        history = [*first.messages, {"role": "user", "parts": [{"text": TURNS[1]}]}]
        second = await support.run(history, start=first.final_agent)
        report(2, second)

    print(f"\n[memory] turn 2 sent the {len(first.messages)} turns of turn 1 and started with {first.final_agent}")
    print(f"[history] {len(second.messages)} turns in all, across {len({n.name for n in first.nodes})} agents")
    for turn, result in enumerate((first, second), start=1):
        usage = result.usage
        print(
            f"[usage, turn {turn}] {usage.requests} requests, {usage.tool_calls} tool call(s), "
            f"{usage.input_tokens} input / {usage.billed_output_tokens} output tokens"
        )


if __name__ == "__main__":
    asyncio.run(main())
