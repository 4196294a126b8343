"""What the browser check verifies, without a browser: the ids and links of a page, and which links are broken.

:func:`read_page` reads a page's HTML (the DOM as the browser has it after scripts ran) for the ids its elements
carry and the links its ``<a href>`` make; :func:`check_links` checks each link to the site against the pages that
were loaded: the target must have loaded (HTTP 200) and, for a ``#fragment``, hold an element with that id.
Links to other origins are collected, not followed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit


@dataclass
class PageFacts:
    """One loaded page: its HTTP status, the ids in it and the links it makes (absolute URLs)."""

    status: int
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "base" and values.get("href"):
            self.base = urljoin(self.base, values["href"] or "")
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        href = values.get("href")
        if tag == "a" and href is not None and not href.startswith(("javascript:", "mailto:")):
            self.links.append(urljoin(self.base, href))


def read_page(html: str, url: str, status: int = 200) -> PageFacts:
    """The ids and links (resolved against ``url``, or the page's ``<base href>``) of a page's HTML."""
    reader = _Reader(url)
    reader.feed(html)
    reader.close()
    return PageFacts(status, reader.ids, reader.links)


def page_url(url: str) -> str:
    """``url`` without its fragment and query, a directory meaning its ``index.html``."""
    parts = urlsplit(url)
    path = parts.path if not parts.path.endswith("/") else parts.path + "index.html"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


@dataclass
class LinkReport:
    """What :func:`check_links` found: the failures, and the counts for the summary."""

    failures: list[str] = field(default_factory=list)
    external: set[str] = field(default_factory=set)
    links: int = 0
    anchors: int = 0


def check_links(
    pages: Mapping[str, PageFacts], origin: str, fetch_status: Callable[[str], int] | None = None
) -> LinkReport:
    """Every link of every page checked: to the site, the target loaded and holds the fragment's id.

    ``pages`` maps each loaded page's URL (as :func:`page_url` gives it) to its facts. A link to a file of the site
    that is not a loaded page (an image, a download) is checked with ``fetch_status`` (its HTTP status).
    """
    report = LinkReport()
    statuses: dict[str, int] = {}
    for source, facts in sorted(pages.items()):
        for link in facts.links:
            if not link.startswith(origin + "/") and link != origin:
                report.external.add(link)
                continue
            report.links += 1
            target = page_url(link)
            fragment = unquote(urlsplit(link).fragment)
            target_facts = pages.get(target)
            if target_facts is not None:
                status = target_facts.status
            else:
                if target not in statuses:
                    statuses[target] = fetch_status(target) if fetch_status else 0
                status = statuses[target]
            if status != 200:
                report.failures.append(f"{source}: link {link} -> HTTP {status or 'not checked'}")
                continue
            if fragment:
                report.anchors += 1
                if target_facts is None or fragment not in target_facts.ids:
                    report.failures.append(f"{source}: link {link} -> no element with id {fragment!r} on {target}")
    return report
