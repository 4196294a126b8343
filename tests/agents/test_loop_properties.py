"""Properties of the agent loop over random scripts: any number of call turns (each with any number of calls and
random thought signatures) followed by an answer, under any step limit."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import pygenai
from pygenai.agent_framework import Agent, UsageLimits
from tests.agents._scripted import ScriptedModel, call, response, text

MODEL = "gemini-2.5-flash"


def echo(word: str) -> str:
    """Returns the word."""
    return word.upper()


words = st.text(alphabet="abcxyz", min_size=1, max_size=4)
signatures = st.none() | st.text(alphabet="ABCDEFabcdef0123456789+/=", min_size=4, max_size=12)
call_turn = st.lists(st.tuples(words, signatures), min_size=1, max_size=3)


@settings(max_examples=40, deadline=None)
@given(turns=st.lists(call_turn, max_size=5), max_steps=st.integers(min_value=1, max_value=7))
def test_loop_answers_every_call_in_order_and_respects_max_steps(
    turns: list[list[tuple[str, str | None]]], max_steps: int
) -> None:
    bodies: list[dict[str, Any]] = [
        response(*[call("echo", signature=sig, word=w) for w, sig in turn], prompt=3, output=2) for turn in turns
    ]
    model = ScriptedModel(*bodies, text("done", prompt=3, output=2))
    agent = Agent(model.client(), model=MODEL, tools=[echo], limits=UsageLimits(max_steps=max_steps))
    needed = len(turns) + 1
    try:
        result = agent.run_sync("go")
    except pygenai.UsageLimitExceededError as error:
        assert needed > max_steps
        assert error.limit == "max_steps"
        partial = error.partial
        assert len(model.requests) == max_steps == len(partial.trace) == partial.usage.requests
        return
    assert needed <= max_steps
    assert result.output == "done"
    assert result.usage.requests == needed == len(model.requests)
    assert result.usage.tool_calls == sum(len(t) for t in turns)
    assert (result.usage.input_tokens, result.usage.output_tokens) == (3 * needed, 2 * needed)
    assert len(result.messages) == 2 * len(turns) + 2
    for index, turn in enumerate(turns):
        sent = model.requests[index + 1]["contents"]
        model_turn = bodies[index]["candidates"][0]["content"]
        assert sent[2 * index + 1] == model_turn  # signatures and all, exactly as received
        answers = [p["functionResponse"]["response"]["result"] for p in sent[2 * index + 2]["parts"]]
        assert answers == [w.upper() for w, _ in turn]
