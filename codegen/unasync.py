"""Sync twins of the runtime's async shells: every ``runtime/**/_async/x.py`` becomes ``_sync/x.py``.

The rewrite works on Python tokens, so it never touches a name inside a longer one:

* ``await`` is dropped, and so is ``async`` in front of ``def``, ``for`` and ``with``;
* ``Awaitable[X]`` becomes ``X``;
* a name ``AsyncX`` (``X`` starting upper-case) becomes ``X``: ``AsyncClient`` -> ``Client``,
  ``httpx2.AsyncClient`` -> ``httpx2.Client``, ``AsyncExitStack`` -> ``ExitStack``;
* every other renamed name is in :data:`NAMES`, an explicit table (``__aenter__`` -> ``__enter__``,
  ``_async`` -> ``_sync`` in module paths, ...).

Strings and comments get the same treatment as text (``async for chunk in stream`` in a docstring example
reads ``for chunk in stream``), so the sync modules document themselves. A twin that cannot be derived
this way (sleeping, running tool calls concurrently or one by one, reading a file off the event loop) is
a hand-written pair, listed in :data:`HAND_WRITTEN`; the rewrite skips it.

The output is checked: no ``await``/``async`` and no ``anyio``/``asyncio`` may survive, and ``--check``
fails when a rule in :data:`NAMES` was not used (a stale rule hides a mistake).
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CodegenError

NAMES: dict[str, str] = {
    "_async": "_sync",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aiter_bytes": "iter_bytes",
    "AsyncByteStream": "SyncByteStream",  # httpx2's sync body base is not "ByteStream" (that one holds bytes)
    "aread": "read",
    "asynccontextmanager": "contextmanager",
    "enter_async_context": "enter_context",
    "handle_async_request": "handle_request",  # httpx2's transport method
    "StopAsyncIteration": "StopIteration",
    "list_tools": "list_tools_sync",
    "call_tool": "call_tool_sync",
    "paginate_async": "paginate",
}
"""Names rewritten besides the ``Async`` prefix rule, each for a reason visible in the sources that use it."""

HAND_WRITTEN: frozenset[str] = frozenset({"runtime/pygenai/_io/_async/concurrency.py"})
"""Sources whose sync twin is written by hand (the few places where sync and async code really differ)."""

FORBIDDEN: frozenset[str] = frozenset({"await", "async", "anyio", "asyncio"})
"""Names that must not survive the rewrite: sync code runs no event loop."""

_ASYNC_CLASS = re.compile(r"^Async([A-Z]\w*)$")
_TEXT_NAME = re.compile(r"\b(Async[A-Z]\w*|" + "|".join(re.escape(n) for n in sorted(NAMES, key=len)[::-1]) + r")\b")
_TEXT_KEYWORDS = re.compile(r"\bawait\s+|\basync\s+(?=(?:def|for|with)\b)")
_HEADER = "# Generated from {source} by `nox -s generate` (codegen/unasync.py); do not edit."


@dataclass
class Rewrite:
    """One rewritten module: its text and the table rules it used."""

    text: str
    used: set[str] = field(default_factory=set)


def _rename(name: str, used: set[str]) -> str | None:
    if name in NAMES:
        used.add(name)
        return NAMES[name]
    match = _ASYNC_CLASS.match(name)
    return match.group(1) if match else None


def _rewrite_text(text: str, used: set[str]) -> str:
    def name(match: re.Match[str]) -> str:
        return _rename(match.group(0), used) or match.group(0)

    return _TEXT_NAME.sub(name, _TEXT_KEYWORDS.sub("", text))


def _offsets(source: str) -> list[int]:
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def _significant(tokens: list[tokenize.TokenInfo], start: int) -> Iterator[tokenize.TokenInfo]:
    skip = {tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT}
    return (t for t in tokens[start:] if t.type not in skip)


def unasync_source(source: str, where: str) -> Rewrite:
    """The sync twin of one async module's source (without the header); ``where`` names it in errors."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError) as exc:
        raise CodegenError(f"{where}: cannot tokenize: {exc}") from None
    starts = _offsets(source)
    used: set[str] = set()
    edits: list[tuple[int, int, str]] = []
    text_types = {tokenize.STRING, tokenize.COMMENT}
    fstring_middle = getattr(tokenize, "FSTRING_MIDDLE", None)
    if fstring_middle is not None:
        text_types.add(fstring_middle)
    for index, token in enumerate(tokens):
        begin = starts[token.start[0] - 1] + token.start[1]
        end = starts[token.end[0] - 1] + token.end[1]
        if token.type == tokenize.NAME:
            if token.string == "Awaitable" and index + 1 < len(tokens) and tokens[index + 1].string == "[":
                close = _matching_bracket(tokens, index + 1, where)
                bracket = tokens[index + 1]
                first = index
                while first >= 2 and tokens[first - 1].string == "." and tokens[first - 2].type == tokenize.NAME:
                    first -= 2  # typing.Awaitable[...], collections.abc.Awaitable[...]
                qualified = starts[tokens[first].start[0] - 1] + tokens[first].start[1]
                edits = [edit for edit in edits if edit[0] < qualified]
                edits.append((qualified, starts[bracket.end[0] - 1] + bracket.end[1], ""))
                edits.append((starts[close.start[0] - 1] + close.start[1], starts[close.end[0] - 1] + close.end[1], ""))
                continue
            if token.string == "await" or (
                token.string == "async" and next(_significant(tokens, index + 1)).string in ("def", "for", "with")
            ):
                following = next(_significant(tokens, index + 1))
                # up to the next token, across a line continuation too (`async \` then `def` on the next line)
                edits.append((begin, starts[following.start[0] - 1] + following.start[1], ""))
                continue
            renamed = _rename(token.string, used)
            if renamed is not None:
                edits.append((begin, end, renamed))
        elif token.type in text_types:
            rewritten = _rewrite_text(token.string, used)
            if rewritten != token.string:
                edits.append((begin, end, rewritten))
    out = source
    for begin, end, replacement in sorted(edits, reverse=True):
        out = out[:begin] + replacement + out[end:]
    _check_output(out, where)
    return Rewrite(out, used)


def _matching_bracket(tokens: list[tokenize.TokenInfo], open_index: int, where: str) -> tokenize.TokenInfo:
    depth = 0
    for token in tokens[open_index:]:
        if token.type == tokenize.OP and token.string == "[":
            depth += 1
        elif token.type == tokenize.OP and token.string == "]":
            depth -= 1
            if depth == 0:
                return token
    raise CodegenError(f"{where}: line {tokens[open_index].start[0]}: unbalanced brackets after Awaitable")


def _check_output(text: str, where: str) -> None:
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.NAME and token.string in FORBIDDEN:
            raise CodegenError(
                f"{where}: line {token.start[0]}: {token.string!r} survives the sync rewrite; move the code that "
                "needs it into the hand-written _async/_sync concurrency pair"
            )


@dataclass
class Twins:
    """Every sync twin of a tree: target path (relative to the root) -> text, and the rules used."""

    files: dict[str, str]
    used: set[str]


def async_sources(root: Path) -> list[Path]:
    """The ``_async`` modules under ``runtime/`` whose twins are generated, in a stable order."""
    found = sorted((root / "runtime").rglob("_async/*.py"))
    return [p for p in found if p.relative_to(root).as_posix() not in HAND_WRITTEN]


def render_twins(root: Path) -> Twins:
    """The sync twin of every async source under ``root/runtime``."""
    files: dict[str, str] = {}
    used: set[str] = set()
    for path in async_sources(root):
        rel = path.relative_to(root).as_posix()
        rewrite = unasync_source(path.read_text(encoding="utf-8"), rel)
        used |= rewrite.used
        target = rel.replace("/_async/", "/_sync/")
        files[target] = _HEADER.format(source=rel) + "\n" + rewrite.text
    return Twins(files, used)


def unused_rules(used: set[str]) -> list[str]:
    """Entries of :data:`NAMES` no source needed."""
    return sorted(set(NAMES) - used)
