"""Embeddings: turn texts into vectors and find the document closest to a question.

``client.models.embed`` takes one text (one ``embedContent`` request) or a list (``batchEmbedContents``,
split into groups of at most 100), and returns the vectors in input order. ``task_type`` tells the model
what the vectors are for; ``output_dimensionality`` truncates them (3072 dimensions by default).

    python examples/embeddings.py
"""

from __future__ import annotations

import math

from _replay import client

MODEL = "gemini-embedding-001"
DOCUMENTS = [
    "Store bread in a paper bag at room temperature for up to two days.",
    "Python lists grow automatically as you append items.",
    "Freeze sliced bread and toast it straight from the freezer.",
]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def main() -> None:
    with client() as gemini:
        documents = gemini.models.embed(
            model=MODEL, contents=DOCUMENTS, task_type="RETRIEVAL_DOCUMENT", output_dimensionality=8
        )
        query = gemini.models.embed(
            model=MODEL, contents="How do I keep bread fresh?", task_type="RETRIEVAL_QUERY", output_dimensionality=8
        )
        print(f"{len(documents.vectors)} document vectors of {len(documents.vectors[0])} dimensions")
        print(f"prompt tokens for the documents: {documents.prompt_token_count}\n")

        ranked = sorted(zip(DOCUMENTS, documents.vectors, strict=True), key=lambda d: -cosine(query.vector, d[1]))
        for text, vector in ranked:
            print(f"{cosine(query.vector, vector):+.3f}  {text}")


if __name__ == "__main__":
    main()
