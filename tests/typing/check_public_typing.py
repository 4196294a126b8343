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
