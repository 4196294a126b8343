"""The docs site's tools, without a browser: link and anchor checking, reST docstrings as Markdown, the reference.

``nox -s docs`` runs the browser check itself (tools/docs_check/check.py); these tests pin the logic it relies on.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tools.docs_check.links import PageFacts, check_links, page_url, read_page
from tools.docs_check.rest_docstrings import to_markdown

ORIGIN = "http://127.0.0.1:8000"
REPO = Path(__file__).resolve().parents[2]

HOME = """<!doctype html><html><head><title>Home</title></head><body>
<h1 id="pygenai">pygenai</h1><a name="legacy"></a>
<nav><a href="guides/chats/">Chats</a> <a href="guides/chats/#history">History</a>
<a href="guides/chats/#no-such-id">Broken anchor</a> <a href="guides/missing/">Missing</a>
<a href="#pygenai">Here</a> <a href="#legacy">Old anchor</a> <a href="assets/chart.svg">Chart</a>
<a href="https://aistudio.google.com/apikey">Key</a> <a href="mailto:someone@example.com">Mail</a>
<a href="javascript:void(0)">Script</a></nav></body></html>"""
CHATS = '<html><body><h1 id="chats">Chats</h1><h2 id="history">History</h2><a href="../../">Home</a></body></html>'


def test_read_page_collects_ids_and_resolves_links() -> None:
    facts = read_page(HOME, f"{ORIGIN}/index.html")
    assert {"pygenai", "legacy"} <= facts.ids
    assert f"{ORIGIN}/guides/chats/#history" in facts.links
    assert f"{ORIGIN}/index.html#pygenai" in facts.links
    assert "https://aistudio.google.com/apikey" in facts.links
    assert not any(link.startswith(("mailto:", "javascript:")) for link in facts.links)
    chats = read_page(CHATS, f"{ORIGIN}/guides/chats/index.html")
    assert chats.links == [f"{ORIGIN}/"]


def test_page_url_drops_fragment_and_query_and_names_the_index() -> None:
    assert page_url(f"{ORIGIN}/guides/chats/#history") == f"{ORIGIN}/guides/chats/index.html"
    assert page_url(f"{ORIGIN}/?q=x") == f"{ORIGIN}/index.html"
    assert page_url(f"{ORIGIN}/assets/chart.svg") == f"{ORIGIN}/assets/chart.svg"


def test_check_links_reports_missing_pages_and_anchors_only() -> None:
    pages = {
        f"{ORIGIN}/index.html": read_page(HOME, f"{ORIGIN}/index.html"),
        f"{ORIGIN}/guides/chats/index.html": read_page(CHATS, f"{ORIGIN}/guides/chats/index.html"),
    }
    fetched: list[str] = []

    def fetch_status(url: str) -> int:
        fetched.append(url)
        return 200 if url.endswith("chart.svg") else 404

    report = check_links(pages, ORIGIN, fetch_status)
    assert sorted(report.failures) == [
        f"{ORIGIN}/index.html: link {ORIGIN}/guides/chats/#no-such-id -> no element with id 'no-such-id' on "
        f"{ORIGIN}/guides/chats/index.html",
        f"{ORIGIN}/index.html: link {ORIGIN}/guides/missing/ -> HTTP 404",
    ]
    assert report.external == {"https://aistudio.google.com/apikey"}
    assert report.links == 8  # 7 on the home page (the external one aside), 1 on the chats page
    assert report.anchors == 4  # #history, #no-such-id, #pygenai, #legacy
    assert sorted(fetched) == [f"{ORIGIN}/assets/chart.svg", f"{ORIGIN}/guides/missing/index.html"]


def test_a_page_that_did_not_load_fails_every_link_to_it() -> None:
    pages = {
        f"{ORIGIN}/index.html": PageFacts(200, set(), [f"{ORIGIN}/broken/"]),
        f"{ORIGIN}/broken/index.html": PageFacts(500),
    }
    assert check_links(pages, ORIGIN).failures == [f"{ORIGIN}/index.html: link {ORIGIN}/broken/ -> HTTP 500"]


def test_rest_roles_become_inline_code() -> None:
    text = "Raises :class:`~pygenai.MissingAPIKeyError`; see :meth:`pygenai.Chat.send` and :func:`tool`."
    assert to_markdown(text) == "Raises `MissingAPIKeyError`; see `pygenai.Chat.send` and `tool`."


def test_literal_and_doctest_blocks_become_fences() -> None:
    text = (
        "Use it as a context manager::\n\n    with pygenai.Client() as client:\n        client.models.list()\n\n"
        "Then more.\n\n::\n\n    x = 1\n\n>>> tool(f).name\n'f'\n\nEnd."
    )
    assert to_markdown(text) == (
        "Use it as a context manager:\n\n```python\nwith pygenai.Client() as client:\n    client.models.list()\n```\n\n"
        "Then more.\n\n```python\nx = 1\n```\n\n```pycon\n>>> tool(f).name\n'f'\n```\n\nEnd."
    )


def _all(path: Path) -> list[str]:
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            assert isinstance(node.value, ast.List)
            return [element.value for element in node.value.elts if isinstance(element, ast.Constant)]
    raise AssertionError(f"{path} has no literal __all__")


def test_the_api_reference_documents_every_public_name() -> None:
    pages = "\n".join(page.read_text() for page in (REPO / "docs" / "reference").glob("*.md"))
    documented = set(re.findall(r"^::: ([\w.]+)$", pages, re.M))
    runtime = REPO / "runtime" / "pygenai"
    tools = {f"pygenai.{name}" for name in _all(runtime / "tools" / "__init__.py")}
    missing = [
        f"{module}.{name}"
        for module, init in [
            ("pygenai", runtime / "__init__.py"),
            ("pygenai.tools", runtime / "tools" / "__init__.py"),
            ("pygenai.mcp", runtime / "mcp" / "__init__.py"),
            ("pygenai.agent_framework", runtime / "agent_framework" / "__init__.py"),
            ("pygenai.live", runtime / "live" / "__init__.py"),
        ]
        for name in _all(init)
        if f"{module}.{name}" not in documented
        and not (module == "pygenai" and f"pygenai.{name}" in tools and f"pygenai.tools.{name}" in documented)
    ]
    assert missing == []
