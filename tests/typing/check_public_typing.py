"""What type checkers see of pygenai's public surface; `nox -s lint` runs mypy --strict and pyright over this file.

Nothing here runs. Each ``# type: ignore[code]`` marks an error the checker must report: mypy's
``warn_unused_ignores`` (on under ``--strict``) fails lint when the error stops being reported, and pyright
checks the same lines through ``reportUnnecessaryTypeIgnoreComment``.
"""

from __future__ import annotations

import dataclasses
from typing import assert_type

import pygenai
from pygenai.types import Content

client = pygenai.Client(api_key="k")


@dataclasses.dataclass
class Recipe:
    name: str
    minutes: int


def config_keys_and_value_types_are_checked() -> None:
    client.models.generate_content(model="m", contents="hi", config={"temperature": 0.2, "max_output_tokens": 9})
    client.models.generate_content(model="m", contents="hi", config={"thinking_level": "low", "tools": []})
    client.models.generate_content(model="m", contents="hi", config={"temprature": 0.2})  # type: ignore[arg-type]
    client.models.generate_content(model="m", contents="hi", config={"temperature": "hot"})  # type: ignore[arg-type]
    client.chats.create(model="m", config={"top_k": "many"})  # type: ignore[arg-type]


def unknown_keywords_are_checked() -> None:
    client.models.generate_content(model="m", contents="hi", temperature=0.1)  # type: ignore[call-arg]


def structured_output_is_typed(response: pygenai.GenerateContentResponse) -> None:
    recipe = response.parse(Recipe)
    assert_type(recipe, Recipe)
    assert_type(recipe.minutes, int)


def the_manual_function_calling_pattern_type_checks(first: pygenai.GenerateContentResponse, reply: Content) -> None:
    # response.content is Content | None; contents takes it as the documented pattern writes it
    client.models.generate_content(model="m", contents=["What's the weather?", first.content, reply])


async def the_async_client_is_typed_alike() -> None:
    aclient = client.aio
    response = await aclient.models.generate_content(model="m", contents="hi", config={"seed": 3})
    assert_type(response, pygenai.GenerateContentResponse)
    await aclient.models.generate_content(model="m", contents="hi", config={"seed": "3"})  # type: ignore[arg-type]


def interactions_create_is_typed_by_stream() -> None:
    interaction = client.interactions.create(model="m", input="hi", tools=["google_search"])
    assert_type(interaction, pygenai.Interaction)
    stream = client.interactions.create(model="m", input="hi", stream=True)
    assert_type(stream, pygenai.InteractionStream)
    client.interactions.create(model="m", input="hi", contents="hi")  # type: ignore[call-overload]
    conversation = client.interactions.conversation(model="m", store=False)
    assert_type(conversation.send("hi"), pygenai.Interaction)
    events = client.interactions.create_events(model="m", input="hi")
    assert_type(events, pygenai.InteractionEvents)


async def async_interactions_are_typed(aclient: pygenai.AsyncClient) -> None:
    streamed = await aclient.interactions.create(model="m", input="hi", stream=True)
    assert_type(streamed, pygenai.AsyncInteractionStream)
    assert_type(aclient.interactions.conversation(model="m"), pygenai.AsyncConversation)


def background_work_and_research_are_typed() -> None:
    started = client.interactions.create(model="m", input="hi", background=True)
    done = client.interactions.wait(started, timeout=60, on_progress=lambda p: assert_type(p.elapsed, float))
    assert_type(done, pygenai.Interaction)
    assert_type(client.interactions.cancel(started), pygenai.Interaction)
    assert_type(pygenai.interaction_outcome(done), pygenai.InteractionOutcome)
    report = client.interactions.research("TPU history", progress_bar=True)
    assert_type(report, pygenai.ResearchReport)
    assert_type(report.sources[0].number, int)
    client.interactions.research("TPU history", timout=60)  # type: ignore[call-arg]
    client.interactions.wait(started, poll=5)  # type: ignore[arg-type]
