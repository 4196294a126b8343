"""The stream accumulator against a plain reading of its merge rules, on arbitrary chunk sequences.

The reference below merges the way ``pygenai.gemini._accumulate``'s docstring says, one rule a line, with no care
for speed: latest value wins per field (first-seen key order), candidates by ``index`` (absent means 0), consecutive
plain text parts of one kind joined, a part with any other field (a ``thoughtSignature`` first of all) kept whole
and never joined, ``groundingMetadata`` never replaced by an empty one. The accumulator must give the same JSON, key
order included, for sequences that mix the usual one-candidate text chunks (its quick path) with everything else:
several candidates, signed and empty parts, function calls, content without parts, chunks without candidates.
"""

from __future__ import annotations

import copy
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from pygenai.gemini._accumulate import GenerateContentAccumulator

JSON = dict[str, Any]
PLAIN_KEYS = {"text", "thought"}  # a text part with only these may join its neighbours
SIGNATURES = ["CsgBAdHtim9+x0Pz2c1ZbD/Q==", "Eu8CCuwCAb4+9vu7X+PIyTq1eA=="]


class _State:
    def __init__(self) -> None:
        self.fields: JSON = {}
        self.content: JSON | None = None
        self.parts: list[Any] | None = None
        self.joinable: bool | None = None  # the kind (thought or not) of a last part that text may still join


def reference(chunks: list[JSON]) -> JSON:
    response: JSON = {}
    states: dict[int, _State] = {}
    for chunk in chunks:
        response.update(chunk)
        for candidate in chunk.get("candidates") or []:
            state = states.setdefault(candidate.get("index", 0), _State())
            grounding = state.fields.get("groundingMetadata")
            state.fields.update(candidate)
            if grounding and not state.fields["groundingMetadata"]:
                state.fields["groundingMetadata"] = grounding
            content = candidate.get("content")
            if content is None:
                continue
            state.content = {**(state.content or {}), **content}
            parts = content.get("parts")
            if parts is None:
                continue
            state.parts = state.parts if state.parts is not None else []
            for part in parts:
                plain = isinstance(part, dict) and isinstance(part.get("text"), str) and set(part) <= PLAIN_KEYS
                if not plain:
                    state.parts.append(part)
                    state.joinable = None
                    continue
                thought = part.get("thought") is True
                if state.joinable is thought:
                    state.parts[-1] = {**state.parts[-1], "text": state.parts[-1]["text"] + part["text"]}
                else:
                    state.parts.append(dict(part))
                    state.joinable = thought
    if states:
        merged = []
        for index in sorted(states):
            state = states[index]
            out = dict(state.fields)
            if state.content is not None:
                content = dict(state.content)
                if state.parts is not None:
                    content["parts"] = state.parts
                out["content"] = content
            merged.append(out)
        response["candidates"] = merged
    return response


# --------------------------------------------------------------------------- chunks

text = st.sampled_from(["", "The", " quick", " fox.", "晴れ", " 21°C"])
part = st.one_of(
    text.map(lambda t: {"text": t}),
    text.map(lambda t: {"text": t, "thought": True}),
    text.map(lambda t: {"thought": True, "text": t}),
    text.map(lambda t: {"text": t, "thought": False}),
    st.tuples(text, st.sampled_from(SIGNATURES)).map(lambda ts: {"text": ts[0], "thoughtSignature": ts[1]}),
    st.tuples(text, st.sampled_from(SIGNATURES)).map(
        lambda ts: {"text": ts[0], "thought": True, "thoughtSignature": ts[1]}
    ),
    st.sampled_from(SIGNATURES).map(
        lambda s: {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}, "thoughtSignature": s}
    ),
    st.just({"functionCall": {"name": "get_time", "args": {}}}),
    st.just({"executableCode": {"language": "PYTHON", "code": "print(1)"}}),
    st.just({"text": "x", "futureField": 1}),
)
plain_text_part = st.one_of(text.map(lambda t: {"text": t}), text.map(lambda t: {"text": t, "thought": True}))


@st.composite
def candidate(draw: st.DrawFn) -> JSON:
    out: JSON = {}
    shape = draw(st.integers(0, 9))
    if shape < 6:  # the usual: one text part
        out["content"] = {"parts": [draw(plain_text_part)], "role": "model"}
    elif shape < 8:
        out["content"] = {"parts": draw(st.lists(part, max_size=4)), "role": "model"}
    elif shape == 8:
        out["content"] = {"role": "model"}
    index = draw(st.sampled_from([0, 0, 0, None, 1]))
    if index is not None:
        out["index"] = index
    if draw(st.integers(0, 5)) == 0:
        out["groundingMetadata"] = draw(st.sampled_from([{}, {"webSearchQueries": ["q"]}, {"groundingChunks": []}]))
    if draw(st.integers(0, 5)) == 0:
        out["finishReason"] = draw(st.sampled_from(["STOP", "MAX_TOKENS"]))
    return out


@st.composite
def chunk(draw: st.DrawFn) -> JSON:
    out: JSON = {}
    kind = draw(st.integers(0, 9))
    if kind < 7:
        out["candidates"] = [draw(candidate())]
    elif kind < 9:
        out["candidates"] = draw(st.lists(candidate(), max_size=3))
    if draw(st.booleans()):
        out["usageMetadata"] = {"promptTokenCount": draw(st.integers(0, 50)), "totalTokenCount": 60}
    out["modelVersion"] = "gemini-3.8-flash"
    if draw(st.integers(0, 7)) == 0:
        out["promptFeedback"] = {"blockReason": "OTHER"}
    return out


@settings(max_examples=400, deadline=None)
@given(chunks=st.lists(chunk(), max_size=12), read_between=st.lists(st.integers(0, 12), max_size=3))
def test_accumulator_gives_what_the_merge_rules_say(chunks: list[JSON], read_between: list[int]) -> None:
    originals = copy.deepcopy(chunks)
    accumulator = GenerateContentAccumulator()
    for position, item in enumerate(chunks):
        if position in read_between:  # a result read part way must not change what comes after
            assert orjson.dumps(accumulator.result()) == orjson.dumps(reference(originals[:position]))
        accumulator.add(item)
    # The same JSON, key order included; and the chunks untouched.
    assert orjson.dumps(accumulator.result()) == orjson.dumps(reference(originals))
    assert chunks == originals
    assert accumulator.chunk_count == len(chunks)
