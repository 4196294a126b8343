"""Function calling: Python functions as tools, run automatically or by hand.

A function's type hints and docstring become its declaration (``parametersJsonSchema``); ``@pygenai.tool``
builds it at import time, so an unsupported hint fails there, naming the parameter.

* Automatic: pass the function in ``tools``; ``generate_content`` runs each call the model makes, sends the
  results back and returns the final answer. ``response.automatic_function_calling`` tells what ran.
* Manual: with ``automatic_function_calling={"disable": True}`` the response holds the calls; run them
  yourself and send ``response.function_responses(results)`` with the next request (paired by call id).

    python examples/function_calling.py
"""

from __future__ import annotations

import json
from typing import Literal

from _replay import client

import pygenai

MODEL = "gemini-3.5-flash"
Currency = Literal["EUR", "USD", "GBP", "JPY"]
PER_EURO = {"EUR": 1.0, "USD": 1.13, "GBP": 0.84, "JPY": 163.2}


@pygenai.tool
def exchange_rate(base: Currency, target: Currency) -> float:
    """How many units of one currency one unit of another buys today.

    Args:
        base: The currency to convert from.
        target: The currency to convert to.
    """
    return round(PER_EURO[target] / PER_EURO[base], 4)


def main() -> None:
    print("declaration:", json.dumps(exchange_rate.declaration))

    with client() as gemini:
        print("\n--- automatic")
        response = gemini.models.generate_content(
            model=MODEL,
            contents="How many Japanese yen do I get for 250 euros?",
            config={"tools": [exchange_rate]},
        )
        afc = response.automatic_function_calling
        assert afc is not None
        for result in afc.results:
            print(f"ran {result.call.name}({result.call.args}) -> {result.value}")
        print(f"answer: {response.text}")

        print("\n--- manual")
        question = "What are 100 US dollars and 100 pounds sterling in euros?"
        config: pygenai.GenerateContentConfig = {
            "tools": [exchange_rate],
            "automatic_function_calling": {"disable": True},
        }
        first = gemini.models.generate_content(model=MODEL, contents=question, config=config)
        results = []
        for call in first.function_calls:
            results.append(exchange_rate(**call.args))
            print(f"the model asks for {call.name}({call.args}) [call id {call.id}] -> we answer {results[-1]}")
        reply = first.function_responses(results)
        second = gemini.models.generate_content(model=MODEL, contents=[question, first.content, reply], config=config)
        print(f"answer: {second.text}")


if __name__ == "__main__":
    main()
