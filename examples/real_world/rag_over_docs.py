"""Retrieval-augmented answers over a folder of documents, with citations to the chunks used.

The script writes a few short policy documents to a temporary folder, splits each into paragraph chunks and
embeds them all in one batch (``client.models.embed`` with a list, ``task_type="RETRIEVAL_DOCUMENT"``). The
question is embedded as a query; cosine similarity in plain Python (no numpy) ranks the chunks, and the best
``TOP_K`` go into the prompt labelled ``[file#chunk]``, so the answer can cite them and the script can list them.

    python examples/real_world/rag_over_docs.py                      # offline: replays its cassette
    GEMINI_API_KEY=... python examples/real_world/rag_over_docs.py   # live
"""

from __future__ import annotations

import dataclasses
import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, where _replay lives

from _replay import client

MODEL = "gemini-3.5-flash"
EMBEDDING_MODEL = "gemini-embedding-001"
DIMENSIONS = 8  # short vectors keep the cassette readable; leave it out for the full 3072
TOP_K = 3
QUESTION = "Can I expense a train ticket to a conference, and by when must I file the claim?"
DOCUMENTS = {
    "travel.md": (
        "Book trains for trips under four hours; flights need a manager's approval.\n\n"
        "Conference travel is paid by the company when the talk or training is approved in advance.\n\n"
        "Hotels are booked through the travel desk, up to 150 EUR a night."
    ),
    "expenses.md": (
        "File every expense claim within 30 days of the purchase, with the receipt attached.\n\n"
        "Train and bus tickets are refunded at cost; taxis only after 22:00 or with luggage.\n\n"
        "Claims above 500 EUR need the department head's signature."
    ),
    "security.md": (
        "Laptops are encrypted and lock after five minutes without use.\n\n"
        "Report a lost badge or device to security within one hour."
    ),
}


@dataclasses.dataclass(frozen=True)
class Chunk:
    """One paragraph of a document, named by its file and its number there (from 1)."""

    source: str
    number: int
    text: str

    @property
    def label(self) -> str:
        return f"{self.source}#{self.number}"


def write_documents(folder: Path) -> None:
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")


def load_chunks(folder: Path) -> list[Chunk]:
    chunks = []
    for path in sorted(folder.glob("*.md")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        chunks += [Chunk(path.name, n, text) for n, text in enumerate(paragraphs, start=1)]
    return chunks


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, client() as gemini:
        folder = Path(tmp)
        write_documents(folder)
        chunks = load_chunks(folder)
        print(f"{len(chunks)} chunks from {len(DOCUMENTS)} documents")

        embedded = gemini.models.embed(
            model=EMBEDDING_MODEL,
            contents=[chunk.text for chunk in chunks],
            task_type="RETRIEVAL_DOCUMENT",
            output_dimensionality=DIMENSIONS,
        )
        query = gemini.models.embed(
            model=EMBEDDING_MODEL, contents=QUESTION, task_type="RETRIEVAL_QUERY", output_dimensionality=DIMENSIONS
        )
        scored = sorted(
            ((cosine(query.vector, vector), chunk) for chunk, vector in zip(chunks, embedded.vectors, strict=True)),
            key=lambda pair: -pair[0],
        )
        top = scored[:TOP_K]
        print(f"question: {QUESTION}")
        for score, chunk in top:
            print(f"  {score:.3f}  [{chunk.label}] {chunk.text}")

        context = "\n".join(f"[{chunk.label}] {chunk.text}" for _, chunk in top)
        response = gemini.models.generate_content(
            model=MODEL,
            contents=f"Context:\n{context}\n\nQuestion: {QUESTION}",
            config={
                "system_instruction": "Answer only from the context. After each sentence, cite the chunk labels "
                "it uses in square brackets, as [file#n]. If the context does not say, answer that it does not.",
                "temperature": 0.2,
            },
        )
        print(f"\nanswer: {response.text}")
        cited = [chunk for _, chunk in top if f"[{chunk.label}]" in response.text]
        print("sources cited:")
        for chunk in cited:
            print(f"  [{chunk.label}] {chunk.source}, chunk {chunk.number}")


if __name__ == "__main__":
    main()
