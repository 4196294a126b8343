"""Text ReAct: tools described in the system instruction, the model's Thought / Action / Final Answer read from its
text, the tool's answer sent back as ``Observation: ...`` (``Agent(..., mode="react_text")``).

For models or settings without function calling (no function declaration is sent). Pure: :func:`parse_react` reads
one reply into a :data:`ReactStep`, never raising for any text; :func:`format_react` writes a step the way the
model is asked to; :func:`react_instructions` and :func:`observation` write what the model reads. The format::

    Thought: <reasoning>
    Action: <tool name>
    Action Input: <the arguments, one JSON object>

and, once the model knows the answer::

    Thought: <reasoning>
    Final Answer: <the answer>

A reply with an ``Observation:`` line of the model's own is read up to that line (the model must not invent tool
results). Labels are matched at the start of a line, in any case.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any, Final, TypeAlias, cast

import orjson

from ..tools._declarations import ToolDefinition

__all__ = [
    "ReactAction",
    "ReactFinal",
    "ReactMalformed",
    "ReactStep",
    "format_react",
    "malformed_feedback",
    "observation",
    "parse_react",
    "react_instructions",
]


@dataclasses.dataclass(frozen=True)
class ReactAction:
    """The model asks to run ``tool`` with ``arguments`` (a JSON object)."""

    thought: str
    tool: str
    arguments: dict[str, Any]


@dataclasses.dataclass(frozen=True)
class ReactFinal:
    """The model's final answer."""

    thought: str
    answer: str


@dataclasses.dataclass(frozen=True)
class ReactMalformed:
    """A reply that is neither a well-formed action nor a final answer; ``reason`` says what is wrong."""

    thought: str
    reason: str


ReactStep: TypeAlias = ReactAction | ReactFinal | ReactMalformed
"""What one reply says."""

_LABEL: Final = re.compile(r"^[ \t]*(thought|action input|action|observation|final answer)[ \t]*:[ \t]?", re.IGNORECASE)
_FENCE: Final = re.compile(r"^```[A-Za-z]*[ \t]*\n?|\n?```$")

FORMAT_HELP: Final = (
    "Reply with 'Thought:' and your reasoning, then either 'Action:' with a tool name and 'Action Input:' with its "
    "arguments as one JSON object, or 'Final Answer:' with the answer"
)


def parse_react(text: str, tools: Collection[str] | None = None) -> ReactStep:
    """Read one reply. ``tools``: the names the model may use (an action naming another is malformed)."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    lines = text.split("\n")
    for position, raw in enumerate(lines):
        line = raw.removesuffix("\r")
        match = _LABEL.match(line)
        if match is None:
            sections[-1][1].append(line)
            continue
        label = " ".join(match.group(1).lower().split())
        if label == "observation":
            break
        if label == "final answer":
            # the answer is the rest of the text as written, its line endings kept
            sections.append((label, ["\n".join([raw[match.end() :], *lines[position + 1 :]])]))
            break
        sections.append((label, [line[match.end() :]]))
    found: dict[str, list[str]] = {}
    for label, body in sections:
        found.setdefault(label, []).append("\n".join(body).strip())
    thoughts = found.get("thought") or found.get("", [])
    thought = "\n".join(item for item in thoughts if item)
    actions = found.get("action", [])
    if "final answer" in found:
        if actions:
            return ReactMalformed(thought, "the reply has both an 'Action:' and a 'Final Answer:'; give one of them")
        return ReactFinal(thought, found["final answer"][0])
    if not actions:
        return ReactMalformed(thought, "the reply has neither an 'Action:' nor a 'Final Answer:' line")
    if len(actions) > 1:
        return ReactMalformed(thought, f"the reply has {len(actions)} 'Action:' lines; give one action per reply")
    tool = actions[0]
    if not tool or any(character.isspace() for character in tool):
        return ReactMalformed(thought, f"'Action:' must name one tool, got {tool!r}")
    if tools is not None and tool not in tools:
        known = ", ".join(sorted(tools)) or "none"
        return ReactMalformed(thought, f"there is no tool named {tool!r}; the tools are: {known}")
    inputs = found.get("action input", [])
    if len(inputs) != 1:
        problem = "has no 'Action Input:' line" if not inputs else f"has {len(inputs)} 'Action Input:' lines"
        return ReactMalformed(thought, f"the action {problem}; give its arguments as one JSON object")
    source = _FENCE.sub("", inputs[0]).strip()
    try:
        arguments: Any = orjson.loads(source)
    except orjson.JSONDecodeError as exc:
        return ReactMalformed(thought, f"'Action Input:' is not JSON ({exc}): {source[:200]!r}")
    if not isinstance(arguments, dict):
        kind = type(arguments).__name__
        return ReactMalformed(thought, f"'Action Input:' must be a JSON object of arguments, got a {kind}")
    return ReactAction(thought, tool, cast("dict[str, Any]", arguments))


def format_react(step: ReactAction | ReactFinal) -> str:
    """A step as the model is asked to write it (:func:`parse_react` reads it back)."""
    lines = [f"Thought: {step.thought}"] if step.thought else []
    if isinstance(step, ReactAction):
        lines.append(f"Action: {step.tool}")
        lines.append(f"Action Input: {orjson.dumps(step.arguments).decode()}")
    else:
        lines.append(f"Final Answer: {step.answer}")
    return "\n".join(lines)


def react_instructions(
    tools: Sequence[ToolDefinition], instructions: str | None = None, answer_schema: Mapping[str, Any] | None = None
) -> str:
    """The system instruction of a text-ReAct run: ``instructions``, the tools (name, description, JSON Schema of the
    arguments) and the format; ``answer_schema``: the JSON Schema the final answer must fit (the output type's: a
    text-ReAct reply cannot be constrained to JSON, since it is the Thought / Action text)."""
    lines: list[str] = [instructions, ""] if instructions else []
    lines.append("You can use these tools:")
    for tool in tools:
        lines.append(f"- {tool.name}: {tool.description or '(no description)'}")
        lines.append(
            f"  Arguments (JSON Schema): {orjson.dumps(tool.parameters, option=orjson.OPT_SORT_KEYS).decode()}"
        )
    if not tools:
        lines.append("- (none: answer directly)")
    lines += [
        "",
        "Answer in this format, one step per reply:",
        "Thought: what you think about and what to do next",
        "Action: the name of one tool",
        "Action Input: its arguments, as one JSON object",
        "Then stop: the tool's result comes back as 'Observation: ...'. Never write an Observation yourself.",
        "When you know the answer:",
        "Thought: why this is the answer",
        "Final Answer: the answer",
    ]
    if answer_schema is not None:
        schema = orjson.dumps(answer_schema, option=orjson.OPT_SORT_KEYS).decode()
        lines.append(f"The final answer must be one JSON value (no code fence) fitting this JSON Schema: {schema}")
    return "\n".join(lines)


def observation(response: Mapping[str, Any]) -> str:
    """What the model reads after an action: ``Observation: <the result as JSON>`` or ``Observation: error: ...``."""
    if "error" in response:
        error = response["error"]
        return f"Observation: error: {error if isinstance(error, str) else orjson.dumps(error).decode()}"
    value = response.get("result")
    shown = value if isinstance(value, str) else orjson.dumps(value, default=str).decode()
    return f"Observation: {shown}"


def malformed_feedback(reason: str) -> str:
    """The observation telling the model its reply could not be read, and why."""
    return f"Observation: your reply could not be read: {reason}. {FORMAT_HELP}."
