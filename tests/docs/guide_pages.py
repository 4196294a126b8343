"""The guides of the documentation site, read as programs: every ``python`` block of a page runs.

Rules of a page (``docs/**/*.md`` except the migration guide, which has its own runner, and the repository's
``README.md``, whose page name is ``readme``):

* Every fenced block whose info string starts with ``python`` runs, in page order, in one namespace (as cells of a
  notebook do), with the working directory set to a fresh temporary directory and ``GEMINI_API_KEY`` set to the
  harness's fake key. A block with a top-level ``await`` runs as a coroutine. Code that must not run is not shown
  as ``python`` (use ``text``, ``console`` or ``toml``).
* Requests are answered from ``cassettes/docs/guides/<page>.yaml`` (the page's path under ``docs/`` with ``/`` as
  ``-``, so ``docs/guides/chats.md`` reads ``guides-chats.yaml``): every request must match the next unplayed
  recording (method, URL, JSON body as a value), and every recording must be asked for by the end of the page. A
  page without a cassette must make no request. Requests to loopback (127.0.0.1, localhost) are not recorded: they
  reach the servers a page's setup module starts.
* A block of output, fenced as ``text title="Output"``, right after a ``python`` block must equal what that block
  printed (trailing spaces of each line and blank lines at either end ignored). So the output a reader sees is the
  output the code gives.
* A page that needs more than a cassette (files in the working directory, a WebSocket replay server, an MCP server
  program) has a module ``tests/docs/pages/<page>.py`` with a function ``setup(workdir: Path)`` returning a context
  manager; the page runs inside it. It may set environment variables with ``os.environ`` (restored after the page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tests.harness import recording

DOCS = recording.REPO_ROOT / "docs"
README = recording.REPO_ROOT / "README.md"
CASSETTES = recording.CASSETTES_DIR / "docs" / "guides"
NOT_GUIDES = {"migrating-from-google-genai.md"}  # tests/docs/test_migration_guide.py runs it

FENCE = re.compile(
    r"^(?P<indent>[ ]*)(?P<fence>```+)(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)[ ]*$", re.M | re.S
)
OUTPUT_INFO = re.compile(r'^text\s+title="Output"\s*$')


@dataclass(frozen=True)
class Block:
    """One ``python`` block of a page, with the output the page shows for it (``None``: the page shows none)."""

    line: int
    code: str
    output: str | None


@dataclass(frozen=True)
class Page:
    """One page of the site: where it is, its name for cassettes and setup modules, and its runnable blocks."""

    path: Path
    name: str
    blocks: tuple[Block, ...]

    @property
    def cassette(self) -> Path:
        return CASSETTES / f"{self.name}.yaml"


def _dedent(body: str, indent: str) -> str:
    lines = body.splitlines(keepends=True)
    return "".join(line[len(indent) :] if line.startswith(indent) else line for line in lines)


def parse_page(path: Path, text: str) -> Page:
    """The page's ``python`` blocks in order, each with the ``Output`` block that follows it, if any."""
    blocks: list[Block] = []
    fences = list(FENCE.finditer(text))
    for index, fence in enumerate(fences):
        info = fence.group("info").strip()
        if not (info == "python" or info.startswith("python ")):
            continue
        output: str | None = None
        if index + 1 < len(fences):
            following = fences[index + 1]
            between = text[fence.end() : following.start()]
            if not between.strip() and OUTPUT_INFO.match(following.group("info").strip()):
                output = _dedent(following.group("body"), following.group("indent"))
        line = text.count("\n", 0, fence.start()) + 1
        blocks.append(Block(line=line, code=_dedent(fence.group("body"), fence.group("indent")), output=output))
    name = "readme" if path == README else path.relative_to(DOCS).with_suffix("").as_posix().replace("/", "-")
    return Page(path=path, name=name, blocks=tuple(blocks))


def guide_pages() -> list[Page]:
    """The README, then every page of the site with at least one ``python`` block, sorted by path."""
    pages = []
    for path in [README, *sorted(DOCS.rglob("*.md"))]:
        if path.name in NOT_GUIDES:
            continue
        page = parse_page(path, path.read_text(encoding="utf-8"))
        if page.blocks:
            pages.append(page)
    return pages


def normalise_output(text: str) -> str:
    """Output as compared: each line without trailing spaces, no blank lines at either end."""
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()).strip("\n")
