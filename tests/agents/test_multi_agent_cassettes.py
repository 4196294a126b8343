"""Multi-agent runs replayed from body-matched cassettes, sync and async: a handoff (the specialist continues the
triage agent's conversation, its signed transfer call and the call's response sent back unchanged under the
specialist's own instructions and tools) and a manager calling two workers as tools in one turn (each worker's
request is its own conversation; their answers go back to the manager). Every request of each run must be exactly
what the cassette holds."""

from __future__ import annotations

from typing import Any

import pytest

import pygenai
from pygenai.agent_framework import Agent, Handoff, Hierarchy, TeamResult

MODEL = "gemini-3.5-flash"
THINKING = {"include_thoughts": True}

INVOICES = {"A-1042": {"number": "A-1042", "amount_eur": 39.9, "charged": ["2026-11-02", "2026-11-02"]}}


def look_up_invoice(number: str) -> dict[str, Any]:
    """An invoice and the dates it was charged.

    Args:
        number: The invoice number, e.g. "A-1042".
    """
    return INVOICES[number]


def support_team(client: pygenai.Client | pygenai.AsyncClient) -> Handoff:
    triage = Agent(
        client,
        model=MODEL,
        name="triage",
        instructions="You greet customers of Kettle & Co and send each to the right specialist.",
        config=THINKING,
    )
    billing = Agent(
        client,
        model=MODEL,
        name="billing",
        instructions="You resolve invoices, charges and refunds. Look invoices up before answering.",
        tools=[look_up_invoice],
        config=THINKING,
    )
    tech = Agent(client, model=MODEL, name="tech", instructions="You fix problems with kettles.", config=THINKING)
    return Handoff(triage, [billing, tech])


HANDOFF_PROMPT = "Hi, I was charged twice for invoice A-1042."
HANDOFF_ANSWER = (
    "Invoice A-1042 (39.90 EUR) was indeed charged twice on 2 November; I have refunded the duplicate charge."
)


def check_handoff(result: TeamResult) -> None:
    assert result.output == HANDOFF_ANSWER
    assert result.final_agent == "billing"
    assert [node.name for node in result.nodes] == ["triage", "billing"]
    triage_run = result.node("triage").result
    assert triage_run is not None and triage_run.stopped == "transferred to billing"
    assert [turn["role"] for turn in result.messages] == ["user", "model", "user", "model", "user", "model"]
    assert result.messages[1]["parts"][1]["functionCall"]["name"] == "transfer_to_billing"
    assert result.messages[1]["parts"][1]["thoughtSignature"].startswith("CiQB0e2K")
    assert (result.usage.requests, result.usage.tool_calls) == (3, 2)
    assert (result.usage.input_tokens, result.usage.output_tokens, result.usage.thinking_tokens) == (
        176 + 301 + 372,
        7 + 12 + 31,
        61 + 44 + 38,
    )
    assert result.cost is None  # gemini-3.5-flash is not in the default price table


@pytest.mark.vcr
def test_handoff_run_sync(gemini_client: pygenai.Client) -> None:
    check_handoff(support_team(gemini_client).run_sync(HANDOFF_PROMPT))


@pytest.mark.vcr
@pytest.mark.anyio
async def test_handoff_run_async(async_gemini_client: pygenai.AsyncClient) -> None:
    check_handoff(await support_team(async_gemini_client).run(HANDOFF_PROMPT))


def trip_team(client: pygenai.Client | pygenai.AsyncClient) -> Hierarchy:
    flights = Agent(
        client, model=MODEL, name="flights", instructions="You suggest one flight. Answer in one line.", config=THINKING
    )
    hotels = Agent(
        client, model=MODEL, name="hotels", instructions="You suggest one hotel. Answer in one line.", config=THINKING
    )
    manager = Agent(
        client,
        model=MODEL,
        name="planner",
        instructions="You plan trips. Ask the flights and hotels workers, then give the plan in two sentences.",
        config=THINKING,
    )
    return Hierarchy(manager, [flights, hotels])


TRIP_PROMPT = "Plan a weekend in Lisbon from Paris, Friday 14 to Sunday 16 May."
TRIP_ANSWER = (
    "Take TAP TP 441 from Orly on Friday at 18:05 (about 120 EUR return). "
    "Stay two nights at Memmo Alfama, around 180 EUR a night."
)


def check_trip(result: TeamResult) -> None:
    assert result.output == TRIP_ANSWER
    # sorted: the two calls of one turn may run concurrently, and a worker is recorded when it finishes
    assert sorted(path for path, _ in result.walk()) == ["planner", "planner/flights", "planner/hotels"]
    planner = result.node("planner")
    assert [child.output for child in sorted(planner.children, key=lambda child: child.name)] == [
        "TAP TP 441, Paris Orly 18:05 to Lisbon 19:40 on Friday 14 May, back Sunday 21:10; about 120 EUR return.",
        "Memmo Alfama, a boutique hotel with a terrace over the river, about 180 EUR a night.",
    ]
    assert planner.result is not None and planner.result.usage.requests == 2
    assert (result.usage.requests, result.usage.tool_calls) == (4, 2)
    assert (result.usage.input_tokens, result.usage.output_tokens, result.usage.thinking_tokens) == (
        142 + 47 + 45 + 282,
        26 + 38 + 26 + 41,
        57 + 41 + 35 + 29,
    )


@pytest.mark.vcr
def test_manager_with_workers_run_sync(gemini_client: pygenai.Client) -> None:
    check_trip(trip_team(gemini_client).run_sync(TRIP_PROMPT))


@pytest.mark.vcr
@pytest.mark.anyio
async def test_manager_with_workers_run_async(async_gemini_client: pygenai.AsyncClient) -> None:
    check_trip(await trip_team(async_gemini_client).run(TRIP_PROMPT))
