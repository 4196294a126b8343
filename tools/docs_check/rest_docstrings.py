"""Our docstrings, written in the reST dialect of Python's own docs, turned into the Markdown mkdocstrings renders.

The docstrings are prose with a few reST constructs; each becomes its Markdown equivalent, nothing else changes:

* a role, ``:class:`~pygenai.Client``` or ``:meth:`pygenai.Chat.send``` -> inline code, ``Client`` (a ``~``
  keeps the last dotted part, as in Sphinx) or ``pygenai.Chat.send``;
* a literal block, a paragraph ending in ``::`` and the indented lines after it -> a fenced ``python`` block (the
  paragraph keeps one ``:``; a paragraph that is only ``::`` goes);
* a doctest block, lines from ``>>>`` to the next blank line -> a fenced ``pycon`` block.

mkdocs.yml loads :class:`RestDocstrings` as a griffe extension (``tools/docs_check/rest_docstrings.py``); it
rewrites each docstring as griffe loads it. :func:`to_markdown` is the conversion itself (tests/site tests it).
"""

from __future__ import annotations

import re
from typing import Any

ROLE = re.compile(r":(?:class|meth|func|data|attr|mod|obj|exc|const|py:\w+):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    target = match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if match.group(1) else target}`"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def to_markdown(text: str) -> str:
    """``text`` (a docstring, dedented) with its reST roles, literal blocks and doctest blocks in Markdown."""
    lines = ROLE.sub(_role, text).split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if stripped.startswith(">>>") and (not out or not out[-1].strip()):
            indent = " " * _indent(line)
            block = []
            while index < len(lines) and lines[index].strip():
                block.append(lines[index][len(indent) :])
                index += 1
            out += [f"{indent}```pycon", *(f"{indent}{code}" for code in block), f"{indent}```"]
            continue
        if stripped.endswith("::") and index + 1 < len(lines) and not lines[index + 1].strip():
            base = _indent(line)
            end = index + 2
            while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > base):
                end += 1
            body = lines[index + 2 : end]
            while body and not body[-1].strip():
                body.pop()
            if body:
                if stripped == "::":
                    if out and not out[-1].strip():
                        out.pop()
                else:
                    out.append(line.rstrip()[:-1])
                cut = min(_indent(code) for code in body if code.strip())
                out += ["", f"{' ' * base}```python", *(f"{' ' * base}{code[cut:]}" for code in body)]
                out += [f"{' ' * base}```", ""]
                index = end
                continue
        out.append(line)
        index += 1
    return "\n".join(out)


try:
    import griffe
except ModuleNotFoundError:  # outside the docs build (the unit tests need only to_markdown)
    pass
else:

    class RestDocstrings(griffe.Extension):  # type: ignore[misc]
        """Every docstring griffe loads, passed through :func:`to_markdown`."""

        def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
            if obj.docstring is not None:
                obj.docstring.value = to_markdown(obj.docstring.value)
