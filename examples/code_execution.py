"""Code execution: the model writes Python, Google runs it, and the answer uses the output.

``response.code_executions`` pairs each ``executableCode`` part with the ``codeExecutionResult`` that
answers it; a run that failed (``OUTCOME_FAILED``, ``OUTCOME_DEADLINE_EXCEEDED``) has ``ok`` false and the
error in ``output``, so a model that retried after an error shows both attempts.

    python examples/code_execution.py
"""

from __future__ import annotations

from _replay import client


def main() -> None:
    with client() as gemini:
        response = gemini.models.generate_content(
            model="gemini-3.5-flash",
            contents="What is the sum of the first 50 prime numbers? Write and run code to find out.",
            config={"tools": ["code_execution"]},
        )
        for number, run in enumerate(response.code_executions, start=1):
            print(f"--- run {number}: {run.language}, {run.outcome} ({'ok' if run.ok else 'failed'})")
            print(run.code.rstrip() if run.code else "")
            print(f">>> {(run.output or '').rstrip()}")
        print(f"\nanswer: {response.text}")


if __name__ == "__main__":
    main()
