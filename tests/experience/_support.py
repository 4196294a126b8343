"""Tools and helpers shared by the GenerateContent experience tests (their cassettes declare these tools)."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any, TypedDict

import msgspec
import pydantic

import pygenai

MODEL = "gemini-3.5-flash"
THINKING_MODEL = "gemini-2.5-flash"

WEATHER = {"Paris": 18, "London": 14, "Rome": 24}


def get_weather(city: str) -> dict[str, Any]:
    """Current weather for a city.

    Args:
        city: City name, e.g. "Paris".
    """
    return {"city": city, "temperature_c": WEATHER[city], "sky": "clear"}


def get_time(city: str) -> str:
    """Local time in a city (24-hour clock).

    Args:
        city: City name, e.g. "Paris".
    """
    return {"Paris": "14:05", "London": "13:05", "Rome": "14:05"}[city]


class Rendezvous:
    """Two async tools that can only finish when they run at the same time (sequential runs time out)."""

    def __init__(self) -> None:
        self.time_started = asyncio.Event()
        self.order: list[str] = []

    def tools(self) -> list[pygenai.FunctionTool[..., Any]]:
        rendezvous = self

        @pygenai.tool(name="get_weather")
        async def weather(city: str) -> dict[str, Any]:
            """Current weather for a city.

            Args:
                city: City name, e.g. "Paris".
            """
            rendezvous.order.append(f"weather {city} started")
            await asyncio.wait_for(rendezvous.time_started.wait(), timeout=2)
            rendezvous.order.append(f"weather {city} done")
            return get_weather(city)

        @pygenai.tool(name="get_time")
        async def local_time(city: str) -> str:
            """Local time in a city (24-hour clock).

            Args:
                city: City name, e.g. "Paris".
            """
            rendezvous.order.append(f"time {city} started")
            rendezvous.time_started.set()
            await asyncio.sleep(0)
            return get_time(city)

        return [weather, local_time]


# --------------------------------------------------------------------------- structured output types


@dataclasses.dataclass
class Recipe:
    """A recipe."""

    name: str
    minutes: int
    ingredients: list[str]


class RecipeModel(pydantic.BaseModel):
    """A recipe."""

    name: str
    minutes: int
    ingredients: list[str]


class RecipeStruct(msgspec.Struct):
    """A recipe."""

    name: str
    minutes: int
    ingredients: list[str]


class Ingredient(TypedDict):
    """One ingredient and its weight."""

    name: str
    grams: float
