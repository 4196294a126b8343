"""Many agents on scripted fake models: pipeline, fan-out, handoff, manager/worker; usage added up across all."""

from __future__ import annotations

import dataclasses
from typing import Any

import anyio
import pytest

import pygenai
from pygenai.agent_framework import FailurePolicy, FanOut, Handoff, Hierarchy, Pipeline, TeamResult
from tests.agents._scripted import call, response, text
from tests.agents._team_support import FakeClock, bad_request, scripted_agent, user_text


def usage_tuple(result: Any) -> tuple[int, int, int, int, int]:
    u = result.usage
    return (u.requests, u.tool_calls, u.input_tokens, u.output_tokens, u.thinking_tokens)


# ------------------------------------------------------------------------------------------------------ pipeline


@dataclasses.dataclass
class Outline:
    title: str
    points: list[str]


@pytest.mark.anyio
async def test_pipeline_passes_each_answer_on_as_the_next_prompt_and_adds_usage() -> None:
    outliner, outline_model = scripted_agent(
        "outliner",
        text('{"title": "Bicycles", "points": ["1817", "chain drive"]}', prompt=11, output=7, thoughts=3),
        output_type=Outline,
    )
    writer, writer_model = scripted_agent("writer", text("A short history.", prompt=20, output=9))
    editor, editor_model = scripted_agent("editor", text("A short, edited history.", prompt=30, output=4))

    result = await Pipeline([outliner, writer, editor]).run("The bicycle")

    assert user_text(outline_model.requests[0]) == "The bicycle"
    # a structured answer goes on as the JSON text the model gave
    assert user_text(writer_model.requests[0]) == '{"title": "Bicycles", "points": ["1817", "chain drive"]}'
    assert user_text(editor_model.requests[0]) == "A short history."
    assert result.output == "A short, edited history."
    assert result.final_agent == "editor"
    assert result.messages[-1]["parts"] == [{"text": "A short, edited history."}]
    assert [node.name for node in result.nodes] == ["outliner", "writer", "editor"]
    assert result.node("outliner").output == Outline("Bicycles", ["1817", "chain drive"])
    assert usage_tuple(result) == (3, 0, 61, 20, 3)
    # gemini-2.5-flash: $0.30 in, $2.50 out per million
    assert result.cost == pytest.approx((61 * 0.30 + 23 * 2.50) / 1e6)
    assert result.errors == []


def test_pipeline_run_sync() -> None:
    first, _ = scripted_agent("first", text("one"))
    second, model = scripted_agent("second", text("two"))
    result = Pipeline([first, second]).run_sync("go")
    assert result.output == "two"
    assert user_text(model.requests[0]) == "one"


# ------------------------------------------------------------------------------------------------------- fan-out


@pytest.mark.anyio
async def test_fan_out_runs_branches_concurrently_and_the_aggregator_agent_reads_labelled_answers() -> None:
    arrived = {"optimist": anyio.Event(), "pessimist": anyio.Event()}

    def meet(me: str, other: str) -> Any:
        async def rendezvous() -> str:
            """Wait for the other panelist."""
            arrived[me].set()
            with anyio.fail_after(2):  # only branches running at the same time can meet
                await arrived[other].wait()
            return "met"

        rendezvous.__name__ = "rendezvous"
        return rendezvous

    optimist, _ = scripted_agent(
        "optimist",
        response(call("rendezvous")),
        text("Yes, rewrite it.", prompt=5, output=2),
        tools=[meet("optimist", "pessimist")],
    )
    pessimist, _ = scripted_agent(
        "pessimist",
        response(call("rendezvous")),
        text("No, never.", prompt=6, output=3),
        tools=[meet("pessimist", "optimist")],
    )
    judge, judge_model = scripted_agent("judge", text("Rewrite the hot loop only.", prompt=40, output=6))

    result = await FanOut([optimist, pessimist], aggregator=judge).run("Rewrite it in Rust?")

    assert result.output == "Rewrite the hot loop only."
    assert result.final_agent == "judge"
    assert user_text(judge_model.requests[0]) == (
        "The request:\nRewrite it in Rust?\n\nThe answers:\n\n[optimist]\nYes, rewrite it.\n\n[pessimist]\nNo, never."
    )
    assert [node.name for node in result.nodes] == ["optimist", "pessimist", "judge"]
    # two requests per panelist (10 in, 5 out each first), one for the judge
    assert usage_tuple(result) == (5, 2, 10 + 5 + 10 + 6 + 40, 5 + 2 + 5 + 3 + 6, 0)


@pytest.mark.anyio
@pytest.mark.parametrize("is_async", [False, True])
async def test_fan_out_with_a_function_aggregator(is_async: bool) -> None:
    a, _ = scripted_agent("a", text("alpha"))
    b, _ = scripted_agent("b", text("beta"))
    seen: list[dict[str, Any]] = []

    def combine(answers: dict[str, Any]) -> str:
        seen.append(answers)
        return " + ".join(answers.values())

    async def acombine(answers: dict[str, Any]) -> str:
        return combine(answers)

    result = await FanOut([a, b], aggregator=acombine if is_async else combine).run("x")
    assert result.output == "alpha + beta"
    assert seen == [{"a": "alpha", "b": "beta"}]
    assert result.nodes[-1].name == "aggregator"
    assert usage_tuple(result) == (2, 0, 20, 10, 0)


# ------------------------------------------------------------------------------------------------------- handoff


def look_up_invoice(number: str) -> dict[str, Any]:
    """An invoice by its number."""
    return {"number": number, "amount_eur": 42}


@pytest.mark.anyio
async def test_handoff_continues_the_same_conversation_with_the_specialist() -> None:
    triage, triage_model = scripted_agent(
        "triage",
        response(
            {"text": "billing issue", "thought": True}, call("transfer_to_billing", signature="sig-t"), thoughts=4
        ),
        instructions="Route the customer.",
    )
    billing, billing_model = scripted_agent(
        "billing",
        response(call("look_up_invoice", signature="sig-b", number="A7")),
        text("Invoice A7 is 42 EUR; I refunded the duplicate.", prompt=50, output=12),
        instructions="You handle invoices and refunds.",
        tools=[look_up_invoice],
    )
    tech, _ = scripted_agent("tech", instructions="You fix technical problems.")

    result = await Handoff(triage, [billing, tech]).run("I was charged twice for A7")

    first = triage_model.requests[0]
    declared = {d["name"]: d for d in first["tools"][0]["functionDeclarations"]}
    assert set(declared) == {"transfer_to_billing", "transfer_to_tech"}
    assert declared["transfer_to_billing"]["description"] == (
        "Transfer the conversation to the billing agent, who answers from here on. "
        "Its instructions: You handle invoices and refunds."
    )
    assert declared["transfer_to_tech"]["parametersJsonSchema"] == {"type": "object", "properties": {}}

    handed = billing_model.requests[0]
    assert handed["systemInstruction"]["parts"][0]["text"] == "You handle invoices and refunds."
    assert [d["name"] for tool in handed["tools"] for d in tool["functionDeclarations"]] == [
        "look_up_invoice",
        "transfer_to_triage",
        "transfer_to_tech",
    ]
    # the whole conversation: the transfer call (signature intact) and its response stay in it
    assert handed["contents"] == [
        {"role": "user", "parts": [{"text": "I was charged twice for A7"}]},
        {
            "role": "model",
            "parts": [
                {"text": "billing issue", "thought": True},
                {"functionCall": {"name": "transfer_to_billing", "args": {}}, "thoughtSignature": "sig-t"},
            ],
        },
        {
            "role": "user",
            "parts": [
                {"functionResponse": {"name": "transfer_to_billing", "response": {"result": "Transferred to billing."}}}
            ],
        },
    ]
    assert result.output == "Invoice A7 is 42 EUR; I refunded the duplicate."
    assert result.final_agent == "billing"
    assert [turn["role"] for turn in result.messages] == ["user", "model", "user", "model", "user", "model"]
    assert result.messages[3]["parts"][0]["thoughtSignature"] == "sig-b"
    assert [node.name for node in result.nodes] == ["triage", "billing"]
    assert result.node("triage").result is not None
    assert result.node("triage").result.stopped == "transferred to billing"
    assert usage_tuple(result) == (3, 2, 10 + 10 + 50, 5 + 5 + 12, 4)


@pytest.mark.anyio
async def test_handoff_back_and_onward_and_the_limit_on_handoffs() -> None:
    def team(limit: int) -> tuple[Handoff, Any]:
        triage, _ = scripted_agent(
            "triage", response(call("transfer_to_billing")), response(call("transfer_to_tech")), text("unused")
        )
        billing, _ = scripted_agent("billing", response(call("transfer_to_triage")))
        tech, tech_model = scripted_agent("tech", text("Reboot the router."))
        return Handoff(triage, [billing, tech], max_handoffs=limit), tech_model

    handoff, tech_model = team(3)
    result = await handoff.run("help")
    assert result.output == "Reboot the router." and result.final_agent == "tech"
    assert [node.name for node in result.nodes] == ["triage", "billing", "triage", "tech"]
    called = [
        p["functionCall"]["name"] for t in tech_model.requests[0]["contents"] for p in t["parts"] if "functionCall" in p
    ]
    assert called == ["transfer_to_billing", "transfer_to_triage", "transfer_to_tech"]

    handoff, _ = team(2)
    with pytest.raises(pygenai.UsageLimitExceededError) as caught:
        await handoff.run("help")
    assert caught.value.limit == "max_handoffs" and (caught.value.value, caught.value.allowed) == (3, 2)
    partial = caught.value.partial
    assert isinstance(partial, TeamResult)
    assert [node.name for node in partial.nodes] == ["triage", "billing", "triage"]
    assert partial.usage.requests == 3


@pytest.mark.anyio
async def test_handoff_routes_and_a_later_turn_starting_with_the_agent_that_answered() -> None:
    triage, triage_model = scripted_agent("triage", response(call("transfer_to_billing")))
    billing, billing_model = scripted_agent("billing", text("Refunded."), text("You are welcome."))
    tech, _ = scripted_agent("tech")
    handoff = Handoff(triage, [billing, tech], routes={"triage": ["billing", "tech"], "billing": []})

    first = await handoff.run("charged twice")
    assert [d["name"] for d in triage_model.requests[0]["tools"][0]["functionDeclarations"]] == [
        "transfer_to_billing",
        "transfer_to_tech",
    ]
    assert "tools" not in billing_model.requests[0]  # billing may transfer nowhere
    follow_up = [*first.messages, {"role": "user", "parts": [{"text": "thanks"}]}]
    second = await handoff.run(follow_up, start=first.final_agent)
    assert second.output == "You are welcome." and second.final_agent == "billing"
    assert billing_model.requests[1]["contents"] == follow_up
    assert len(triage_model.requests) == 1


def test_handoff_run_sync() -> None:
    triage, _ = scripted_agent("triage", response(call("transfer_to_billing")))
    billing, _ = scripted_agent("billing", text("Refunded."))
    result = Handoff(triage, [billing]).run_sync("charged twice")
    assert (result.output, result.final_agent) == ("Refunded.", "billing")


# ------------------------------------------------------------------------------------------ manager and workers


@pytest.mark.anyio
async def test_manager_calls_workers_as_tools_and_the_usage_of_every_agent_adds_up() -> None:
    flights, flights_model = scripted_agent(
        "flights",
        text("TP1234 Friday 18:05, 120 EUR", prompt=7, output=3),
        instructions="You find flights.",
    )
    hotels, hotels_model = scripted_agent(
        "hotels",
        text("Casa Alfama, 2 nights, 180 EUR", prompt=8, output=4, thoughts=2),
        instructions="You find hotels.",
    )
    manager, manager_model = scripted_agent(
        "manager",
        response(call("flights", request="Flight Paris to Lisbon, Friday evening")),
        response(call("hotels", request="Hotel in Lisbon, Friday to Sunday")),
        text("Fly TP1234, stay at Casa Alfama: 300 EUR.", prompt=60, output=15),
        instructions="Plan trips with your workers.",
    )

    result = await Hierarchy(manager, [flights, hotels]).run("A weekend in Lisbon")

    declared = {d["name"]: d for d in manager_model.requests[0]["tools"][0]["functionDeclarations"]}
    assert declared["flights"] == {
        "name": "flights",
        "description": "Ask the flights agent. It is instructed: You find flights.",
        "parametersJsonSchema": {
            "type": "object",
            "properties": {
                "request": {"type": "string", "description": "What to ask, with everything needed to answer."}
            },
            "required": ["request"],
        },
    }
    assert user_text(flights_model.requests[0]) == "Flight Paris to Lisbon, Friday evening"
    assert user_text(hotels_model.requests[0]) == "Hotel in Lisbon, Friday to Sunday"
    answered = manager_model.requests[1]["contents"][-1]["parts"][0]["functionResponse"]
    assert answered == {"name": "flights", "response": {"result": "TP1234 Friday 18:05, 120 EUR"}}
    assert result.output == "Fly TP1234, stay at Casa Alfama: 300 EUR."
    assert [path for path, _ in result.walk()] == ["manager", "manager/flights", "manager/hotels"]
    # the manager's own result counts only the manager; the team's counts every agent
    manager_run = result.node("manager").result
    assert manager_run is not None and manager_run.usage.requests == 3
    assert usage_tuple(result) == (5, 2, 10 + 10 + 60 + 7 + 8, 5 + 5 + 15 + 3 + 4, 2)


@pytest.mark.anyio
async def test_workers_as_tools_nested_two_levels_are_counted_in_the_outer_team() -> None:
    researcher, _ = scripted_agent("researcher", text("facts", prompt=3, output=1))
    lead, _ = scripted_agent(
        "lead",
        response(call("researcher", request="dig")),
        text("summary", prompt=4, output=2),
        tools=[],
    )
    lead.tools = [researcher.as_tool()]
    boss, _ = scripted_agent("boss", response(call("lead_team", request="report")), text("done"))
    boss.tools = [lead.as_tool(name="lead_team", description="The lead and their researcher.")]

    result = await Pipeline([boss]).run("go")
    assert result.output == "done"
    assert [path for path, _ in result.walk()] == ["boss", "boss/lead", "boss/lead/researcher"]
    assert usage_tuple(result) == (5, 2, 10 + 10 + 10 + 4 + 3, 5 + 5 + 5 + 2 + 1, 0)


@pytest.mark.anyio
async def test_a_worker_that_fails_goes_back_to_the_manager_as_the_tool_error_and_is_recorded() -> None:
    worker, _ = scripted_agent("worker", bad_request("worker is broken"))
    manager, manager_model = scripted_agent(
        "manager", response(call("worker", request="do it")), text("The worker failed; sorry.")
    )
    result = await Hierarchy(manager, [worker]).run("go")
    assert result.output == "The worker failed; sorry."
    error = manager_model.requests[1]["contents"][-1]["parts"][0]["functionResponse"]["response"]["error"]
    assert error.startswith("BadRequestError:") and "worker is broken" in error
    [(path, exc)] = result.errors
    assert path == "manager/worker" and isinstance(exc, pygenai.BadRequestError)
    worker_node = result.node("manager").children[0]
    assert worker_node.attempts == 1 and worker_node.runs[0].output is None  # its partial run is kept
    assert result.usage.requests == 2  # a request answered with an error reports no usage


@pytest.mark.anyio
async def test_teams_nest_as_nodes_of_other_teams() -> None:
    a, _ = scripted_agent("a", text("alpha"))
    b, _ = scripted_agent("b", text("beta"))
    writer, writer_model = scripted_agent("writer", text("written"))
    panel = FanOut([a, b], aggregator=lambda answers: ", ".join(answers.values()), name="panel")
    result = await Pipeline([panel, writer]).run("topic")
    assert user_text(writer_model.requests[0]) == "alpha, beta"
    assert result.output == "written"
    assert [path for path, _ in result.walk()] == ["panel", "panel/a", "panel/b", "panel/aggregator", "writer"]
    assert result.usage.requests == 3


@pytest.mark.anyio
async def test_a_team_as_a_worker_and_a_retry_policy_for_workers() -> None:
    clock = FakeClock()
    finder, _ = scripted_agent("finder", bad_request(), text("three sources"))  # fails once, then answers
    summarizer, summarizer_model = scripted_agent("summarizer", text("in short: yes"))
    research = Pipeline([finder, summarizer], name="research")
    manager, manager_model = scripted_agent(
        "manager", response(call("research", request="is it true?")), text("Yes, it is.")
    )
    team = Hierarchy(manager, [research], worker_failure=FailurePolicy.retry(2, backoff=0.25, clock=clock))

    result = await team.run("check it")

    declared = manager_model.requests[0]["tools"][0]["functionDeclarations"][0]
    assert declared["name"] == "research"
    assert declared["description"] == "Ask the research team of agents (finder, summarizer)."
    assert user_text(summarizer_model.requests[0]) == "three sources"
    answered = manager_model.requests[1]["contents"][-1]["parts"][0]["functionResponse"]["response"]
    assert answered == {"result": "in short: yes"}
    assert result.output == "Yes, it is."
    # the first attempt of the research team failed at the finder; the second ran both
    assert [path for path, _ in result.walk()] == [
        "manager",
        "manager/research",
        "manager/research/finder",
        "manager/research/finder",
        "manager/research/summarizer",
    ]
    assert result.node("manager").children[0].attempts == 2 and clock.sleeps == [0.25]
    assert [path for path, _ in result.errors] == ["manager/research/finder"]
    assert result.usage.requests == 4
