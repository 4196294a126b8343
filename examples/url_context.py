"""URL context: let the model read web pages named in the prompt, and see which ones it could fetch.

``response.url_context`` lists each URL with its retrieval status as the API reports it
(``URL_RETRIEVAL_STATUS_SUCCESS``, ``..._ERROR``, ``..._PAYWALL``, ``..._UNSAFE``); ``ok`` is true for a
page that was read.

    python examples/url_context.py
"""

from __future__ import annotations

from _replay import client

PAGES = [
    "https://ai.google.dev/gemini-api/docs/url-context",
    "https://ai.google.dev/gemini-api/docs/code-execution",
    "https://example.invalid/tools-overview",
]


def main() -> None:
    with client() as gemini:
        response = gemini.models.generate_content(
            model="gemini-3.5-flash",
            contents=f"In two sentences, what do these pages say the tools are for? {' '.join(PAGES)}",
            config={"tools": ["url_context"]},
        )
        for page in response.url_context:
            print(f"{'read' if page.ok else 'not read'}: {page.url} ({page.status})")
        print(f"\n{response.text}")


if __name__ == "__main__":
    main()
