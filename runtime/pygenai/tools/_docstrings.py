"""A small docstring reader: the prose description and per-parameter descriptions.

It understands the three common styles, detected per section:

* Google: ``Args:`` / ``Parameters:`` / ``Attributes:`` ... followed by indented ``name (type): text``;
* NumPy: a ``Parameters`` header underlined with dashes, then ``name : type`` and indented text;
* Sphinx: ``:param name: text`` or ``:param type name: text`` fields.

Anything else (returns, raises, examples, notes) is skipped. The description is the prose before the
first section; lines of one paragraph are joined with spaces, paragraphs with a blank line.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field

__all__ = ["Docstring", "parse_docstring"]

_GOOGLE_HEADER = re.compile(r"^([A-Z][A-Za-z ]*):\s*$")
_GOOGLE_ENTRY = re.compile(r"^\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:(.*)$")
_NUMPY_UNDERLINE = re.compile(r"^\s*-{3,}\s*$")
_NUMPY_ENTRY = re.compile(r"^(\*{0,2}\w+(?:\s*,\s*\*{0,2}\w+)*)\s*(?::.*)?$")
_SPHINX_FIELD = re.compile(r"^:(\w+)([^:]*):(.*)$")

_PARAM_SECTIONS = frozenset(
    {
        "args",
        "arguments",
        "parameters",
        "params",
        "keyword args",
        "keyword arguments",
        "kwargs",
        "other parameters",
        "attributes",
    }
)
_SPHINX_PARAM_FIELDS = frozenset({"param", "parameter", "arg", "argument", "key", "keyword", "ivar", "var"})


@dataclass(frozen=True)
class Docstring:
    """What a docstring says about a callable or class."""

    description: str = ""
    params: dict[str, str] = field(default_factory=dict)


def parse_docstring(doc: str | None) -> Docstring:
    """Read the description and parameter descriptions out of ``doc`` (any of the three styles)."""
    if not doc:
        return Docstring()
    lines = inspect.cleandoc(doc).splitlines()
    start = _first_section(lines)
    params: dict[str, str] = {}
    i = start
    while i < len(lines):
        i = _parse_section(lines, i, params)
    return Docstring(_join_paragraphs(lines[:start]), params)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _is_numpy_header(lines: list[str], i: int) -> bool:
    return (
        i + 1 < len(lines)
        and bool(lines[i].strip())
        and _indent(lines[i]) == 0
        and _NUMPY_UNDERLINE.match(lines[i + 1]) is not None
    )


def _is_google_header(line: str) -> bool:
    return _indent(line) == 0 and _GOOGLE_HEADER.match(line) is not None


def _is_sphinx_field(line: str) -> bool:
    return _indent(line) == 0 and _SPHINX_FIELD.match(line) is not None


def _starts_section(lines: list[str], i: int) -> bool:
    line = lines[i]
    return _is_google_header(line) or _is_numpy_header(lines, i) or _is_sphinx_field(line)


def _first_section(lines: list[str]) -> int:
    for i in range(len(lines)):
        if _starts_section(lines, i):
            return i
    return len(lines)


def _parse_section(lines: list[str], i: int, params: dict[str, str]) -> int:
    """Parse the section starting at ``lines[i]`` into ``params``; return the index after it."""
    line = lines[i]
    if _is_numpy_header(lines, i):
        return _parse_numpy(lines, i + 2, line.strip().lower() in _PARAM_SECTIONS, params)
    if _is_sphinx_field(line):
        return _parse_sphinx(lines, i, params)
    if _is_google_header(line):
        return _parse_google(lines, i + 1, line.strip()[:-1].strip().lower() in _PARAM_SECTIONS, params)
    return i + 1  # stray prose between sections


def _section_end(lines: list[str], i: int) -> int:
    """Index of the first non-blank, unindented line at or after ``i``: the end of an indented body."""
    while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > 0):
        i += 1
    return i


def _parse_google(lines: list[str], i: int, wanted: bool, params: dict[str, str]) -> int:
    end = _section_end(lines, i)
    if not wanted:
        return end
    body = lines[i:end]
    entry_indent = min((_indent(line) for line in body if line.strip()), default=0)
    name: str | None = None
    text: list[str] = []
    for line in body:
        if line.strip() and _indent(line) == entry_indent:
            _store(params, name, text)
            match = _GOOGLE_ENTRY.match(line.strip())
            name, text = (match.group(1), [match.group(2)]) if match else (None, [])
        elif name is not None:
            text.append(line)
    _store(params, name, text)
    return end


def _parse_numpy(lines: list[str], i: int, wanted: bool, params: dict[str, str]) -> int:
    end = i
    while end < len(lines) and not _is_numpy_header(lines, end) and not _is_sphinx_field(lines[end]):
        end += 1
    if not wanted:
        return end
    names: list[str] = []
    text: list[str] = []
    for line in lines[i:end]:
        if line.strip() and _indent(line) == 0:
            _store_many(params, names, text)
            match = _NUMPY_ENTRY.match(line.strip())
            names = [n.strip().lstrip("*") for n in match.group(1).split(",")] if match else []
            text = []
        elif names:
            text.append(line)
    _store_many(params, names, text)
    return end


def _parse_sphinx(lines: list[str], i: int, params: dict[str, str]) -> int:
    match = _SPHINX_FIELD.match(lines[i])
    assert match is not None
    kind, spec, first = match.group(1), match.group(2).split(), match.group(3)
    end = _section_end(lines, i + 1)
    if kind in _SPHINX_PARAM_FIELDS and spec:
        _store(params, spec[-1].lstrip("*"), [first, *lines[i + 1 : end]])
    return end


def _store(params: dict[str, str], name: str | None, text: list[str]) -> None:
    if name is not None:
        params[name] = _join_paragraphs(text)


def _store_many(params: dict[str, str], names: list[str], text: list[str]) -> None:
    for name in names:
        _store(params, name, text)


def _join_paragraphs(lines: list[str]) -> str:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)
