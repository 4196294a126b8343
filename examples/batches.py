"""Batches: hand Google many requests at once, at half the price, and collect the answers later.

``client.batches.create`` submits inline requests (a list, or a dict by key as here) or a JSONL file;
``wait`` polls until the batch stops, calling ``on_progress`` after each poll; ``results`` gives each
request's response (or error) in submission order with its key. Batches usually finish within hours.

    python examples/batches.py
"""

from __future__ import annotations

from _replay import client, poll_interval

import pygenai

REQUESTS = {
    "fr": "Translate 'Good morning, see you tomorrow' into French. Answer with the translation only.",
    "es": "Translate 'Good morning, see you tomorrow' into Spanish. Answer with the translation only.",
    "ja": "Translate 'Good morning, see you tomorrow' into Japanese. Answer with the translation only.",
}


def show(job: pygenai.BatchJob) -> None:
    progress = job.progress
    print(f"{job.state}: {progress.completed} of {progress.total} done")


def main() -> None:
    with client() as gemini:
        job = gemini.batches.create(model="gemini-2.5-flash", requests=REQUESTS, display_name="greetings")
        print(f"submitted {job.name}")

        job = gemini.batches.wait(job, poll_interval=poll_interval(30), on_progress=show)
        for result in gemini.batches.results(job):
            answer = result.response.text if result.ok and result.response else f"failed: {result.error}"
            print(f"{result.key}: {answer}")


if __name__ == "__main__":
    main()
