"""The built site checked in a browser: ``python -m tools.docs_check.check SITE --chromium PATH --screenshot PNG``.

SITE (``mkdocs build``'s output) is served over HTTP on loopback and every page of it loaded in headless Chromium,
driven by Playwright (the browser is the system's, ``--chromium``; Playwright downloads none). A page fails on a
console error, an uncaught exception, a request that failed or answered 4xx/5xx, or any request to another origin
(the site must load nothing from outside: no fonts, no analytics). Then every link to the site must reach a page
that loaded, and every ``#fragment`` an element with that id on it (:mod:`tools.docs_check.links`); links to other
origins are listed, not followed. A full-page screenshot of the home page is written to ``--screenshot``.
Exit status 1, with the list of failures, if anything failed.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

from .links import PageFacts, check_links, page_url, read_page

if TYPE_CHECKING:  # Playwright is imported when the browser starts (the unit tests import this module without it)
    from playwright.sync_api import ConsoleMessage, Page, Request, Response

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-proxy-server",
]
VIEWPORT = {"width": 1280, "height": 800}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # the summary says what matters
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """``directory`` served over HTTP on a free loopback port, in a thread; yields the origin."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch_status(url: str) -> int:
    """The HTTP status of ``url`` (a file of the site that is not a page: an image, a download)."""
    try:
        with _NO_PROXY.open(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def _watch(page: Page, origin: str) -> list[str]:
    """The problems ``page`` will show while it loads, collected as they happen."""
    seen: list[str] = []

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            seen.append(f"console error: {message.text}")

    def request(request: Request) -> None:
        if not request.url.startswith((origin, "data:", "blob:")):
            seen.append(f"request to another origin: {request.url}")

    def response(response: Response) -> None:
        if response.status >= 400:
            seen.append(f"HTTP {response.status}: {response.url}")

    page.on("console", console)
    page.on("pageerror", lambda error: seen.append(f"page error: {error}"))
    page.on("request", request)
    page.on("requestfailed", lambda failed: seen.append(f"request failed: {failed.url} ({failed.failure})"))
    page.on("response", response)
    return seen


def load_pages(site: Path, origin: str, chromium: str, screenshot: Path) -> tuple[dict[str, PageFacts], list[str]]:
    """Every page of ``site`` loaded in Chromium: each page's facts, and the problems seen while loading."""
    from playwright.sync_api import sync_playwright

    facts: dict[str, PageFacts] = {}
    problems: list[str] = []
    with sync_playwright() as playwright, tempfile.TemporaryDirectory(prefix="docs-check-") as profile:
        browser = playwright.chromium.launch_persistent_context(  # on an empty directory: a fresh profile
            profile, executable_path=chromium, args=CHROMIUM_FLAGS, headless=True, viewport=VIEWPORT
        )
        browser.route(lambda url: not url.startswith(origin), lambda route: route.abort())  # never wait on outside
        for file in sorted(site.rglob("*.html")):
            url = f"{origin}/{file.relative_to(site).as_posix()}"
            page = browser.new_page()
            seen = _watch(page, origin)
            loaded = page.goto(url, wait_until="load")
            page.wait_for_load_state("networkidle")  # the search index and anything else loaded after `load`
            facts[page_url(url)] = read_page(page.content(), url, loaded.status if loaded else 0)
            if file == site / "index.html":
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshot), full_page=True)
            problems += [f"{url}: {problem}" for problem in seen]
            page.close()
        browser.close()
    return facts, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="the built site (mkdocs build's site_dir)")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium executable")
    parser.add_argument("--screenshot", type=Path, default=Path("build/docs/home.png"), help="the home page's PNG")
    args = parser.parse_args(argv)
    site: Path = args.site.resolve()
    if not (site / "index.html").is_file():
        print(f"docs check: {site} has no index.html; build the site first (mkdocs build)", file=sys.stderr)
        return 2
    started = time.monotonic()
    with serve(site) as origin:
        facts, failures = load_pages(site, origin, args.chromium, args.screenshot)
        report = check_links(facts, origin, fetch_status)
    failures += report.failures
    print(
        f"docs check: {len(facts)} pages loaded in Chromium, {report.links} links to the site checked, "
        f"{report.anchors} of them with an anchor; {time.monotonic() - started:.1f} s"
    )
    if report.external:
        print(f"external links (listed, not fetched): {len(report.external)}")
        for link in sorted(report.external):
            print(f"  {link}")
    print(f"home page screenshot: {args.screenshot.resolve()}")
    if failures:
        print(f"docs check FAILED, {len(failures)} problems:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print("docs check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
