"""Structured output: ask for JSON that fits a Python type, get instances of that type back.

``response_schema`` takes a dataclass (as here), a TypedDict, a pydantic model, a msgspec Struct, any type
hint built from them, or a JSON Schema. pygenai sends it as ``responseJsonSchema`` and ``response.parsed``
converts the answer; text that does not fit raises ``pygenai.StructuredOutputError`` naming the failing path.

    python examples/structured_output.py
"""

from __future__ import annotations

import dataclasses

from _replay import client


@dataclasses.dataclass
class Recipe:
    """A recipe."""

    name: str
    minutes: int
    ingredients: list[str]
    vegetarian: bool


def main() -> None:
    with client() as gemini:
        response = gemini.models.generate_content(
            model="gemini-3.5-flash",
            contents="Suggest two quick pasta recipes.",
            config={"response_schema": list[Recipe]},
        )
        recipes: list[Recipe] = response.parsed
        for recipe in recipes:
            kind = "vegetarian" if recipe.vegetarian else "with meat or fish"
            print(f"{recipe.name} ({recipe.minutes} min, {kind}): {', '.join(recipe.ingredients)}")
        print(f"\nparsed into {type(recipes[0]).__name__} instances")


if __name__ == "__main__":
    main()
