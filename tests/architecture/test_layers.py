"""The runtime's layers, enforced: every import goes down (or stays inside its own package), never up or sideways.

Every import statement counts: at module level, inside functions, and under ``TYPE_CHECKING``; so do the
string tables that import lazily (``pygenai.__init__``'s exports, ``_abi``'s lazy names, the client's
``LazyResource`` targets). There is no list of exceptions.

The layers, lowest first (DESIGN.md): within layer 2, generated code sits on the ABI module and ``types``
re-exports generated code, so the three are ordered 2.0 < 2.1 < 2.2.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
RUNTIME = ROOT / "runtime"
GENERATED = ROOT / "generated"

UNITS: dict[str, float] = {
    "pygenai._core": 0,
    "pygenai._io": 1,
    "pygenai._abi": 2.0,
    "pygenai_generated": 2.1,
    "pygenai.types": 2.2,
    "pygenai.tools": 3,
    "pygenai.gemini": 4,
    "pygenai.interactions": 4,
    "pygenai.live": 4,
    "pygenai._client": 5,
    "pygenai": 5.5,  # the package's own __init__: the public facade over everything below
    "pygenai.mcp": 6,  # MCP servers as toolsets: may use everything below; nothing imports it (pygenai.mcp loads it)
    "pygenai.agent_framework": 6,  # client-side agents: everything below; nothing imports it (loaded on first use)
    "pygenai.agent_framework.durable": 7,  # agent runs on a durable engine (DBOS): over the framework, never under it
    "pygenai.testing": 6,  # cassettes for users' tests: over the client; nothing imports it (import pygenai.testing)
}
"""Each package (or module) of the runtime and its layer; a module belongs to the longest prefix it matches."""

THIRD_PARTY: dict[str, frozenset[str]] = {
    "pygenai._core": frozenset({"orjson"}),
    "pygenai._io": frozenset({"orjson", "httpx2", "anyio"}),
    # PIL: Part.as_image() (pygenai._abi.mixins) returns a Pillow image, importing Pillow only when it is called, so
    # Pillow stays optional (without it, as_image raises MissingDependencyError).
    "pygenai._abi": frozenset({"orjson", "PIL"}),
    "pygenai.tools": frozenset({"orjson", "pydantic", "msgspec"}),  # the last two: optional interop, read lazily
    # the MCP SDK (both lines: mcp_types is v2's wire types) over anyio; jsonschema checks structured results
    "pygenai.mcp": frozenset({"orjson", "anyio", "mcp", "mcp_types", "httpx2", "jsonschema"}),
    # anyio: the loop's concurrency; opentelemetry: OpenTelemetryTracing, imported only when one is made
    "pygenai.agent_framework": frozenset({"orjson", "anyio", "opentelemetry"}),
    "pygenai.agent_framework.durable": frozenset({"orjson", "dbos"}),  # optional: pygenai[dbos]
    "pygenai.testing": frozenset({"httpx2"}),  # its transports are httpx2 transports
}
"""What each package may import outside the standard library; any other package may import orjson only."""
DEFAULT_THIRD_PARTY = frozenset({"orjson"})


@dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    line: int
    how: str  # "import", "TYPE_CHECKING import", "string table"

    def __str__(self) -> str:
        return f"{self.importer}:{self.line} -> {self.imported} ({self.how})"


def _module_name(path: Path) -> str:
    base = RUNTIME if path.is_relative_to(RUNTIME) else GENERATED
    parts = list(path.relative_to(base).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([name] if name else [])])


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _edges(path: Path) -> list[Edge]:
    return _edges_of(path.read_text(encoding="utf-8"), _module_name(path), is_package=_is_package(path))


def _edges_of(text: str, module: str, *, is_package: bool) -> list[Edge]:
    tree = ast.parse(text)
    guarded = _type_checking_lines(tree)
    edges: list[Edge] = []
    for node in ast.walk(tree):
        how = "TYPE_CHECKING import" if getattr(node, "lineno", 0) in guarded else "import"
        if isinstance(node, ast.Import):
            edges += [Edge(module, alias.name, node.lineno, how) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, is_package, node.level, node.module)
            edges.append(Edge(module, target, node.lineno, how))
            # `from pkg import submodule` imports the submodule too
            edges += [Edge(module, f"{target}.{alias.name}", node.lineno, how) for alias in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "LazyResource" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                edges.append(Edge(module, first.value, node.lineno, "string table"))
        elif isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names & {"_EXPORTS", "_LAZY"} and isinstance(node.value, ast.Dict):
                for value in node.value.values:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value.startswith("."):
                        level = len(value.value) - len(value.value.lstrip("."))
                        target = _resolve(module, is_package, level, value.value.lstrip(".") or None)
                        edges.append(Edge(module, target, node.lineno, "string table"))
    return edges


def _unit(module: str) -> str | None:
    best = None
    for unit in UNITS:
        if (module == unit or module.startswith(unit + ".")) and (best is None or len(unit) > len(best)):
            best = unit
    return best


def _sources() -> list[Path]:
    return sorted([*(RUNTIME / "pygenai").rglob("*.py"), *(GENERATED / "pygenai_generated").rglob("*.py")])


ALL_EDGES = [edge for path in _sources() for edge in _edges(path)]


def _ours(name: str) -> bool:
    return name == "pygenai" or name.startswith(("pygenai.", "pygenai_generated"))


def test_every_module_belongs_to_a_layer() -> None:
    homeless = [_module_name(p) for p in _sources() if _unit(_module_name(p)) is None]
    assert homeless == []
    # and the root package's layer holds only its __init__: every other module lives in a package with a layer
    loose = [m for m in map(_module_name, _sources()) if _unit(m) == "pygenai" and m != "pygenai"]
    assert loose == [], f"add these modules to a layer (UNITS) or move them into a layered package: {loose}"


def test_imports_only_go_down() -> None:
    wrong: list[str] = []
    for edge in ALL_EDGES:
        if not _ours(edge.imported):
            continue
        source, target = _unit(edge.importer), _unit(edge.imported)
        assert source is not None and target is not None, edge
        if source == target:
            continue
        if UNITS[target] >= UNITS[source]:
            kind = "sideways" if UNITS[target] == UNITS[source] else "upward"
            wrong.append(f"{kind}: {edge}")
    assert wrong == [], "imports that break the layer rule:\n" + "\n".join(wrong)


def test_generated_code_sees_only_the_abi_module() -> None:
    seen = {
        edge.imported
        for edge in ALL_EDGES
        if _unit(edge.importer) == "pygenai_generated"
        and _ours(edge.imported)
        and _unit(edge.imported) != "pygenai_generated"
    }
    assert seen, "the walker found no import of the runtime in generated code"
    assert {name for name in seen if name != "pygenai._abi" and not name.startswith("pygenai._abi.")} == set()


def test_third_party_imports_stay_in_their_layer() -> None:
    stdlib = sys.stdlib_module_names
    wrong: list[str] = []
    for edge in ALL_EDGES:
        top = edge.imported.split(".")[0]
        if not top or _ours(edge.imported) or top in stdlib or top == "__future__":
            continue
        unit = _unit(edge.importer)
        assert unit is not None
        allowed = THIRD_PARTY.get(unit, DEFAULT_THIRD_PARTY)
        if top not in allowed:
            wrong.append(f"{edge} imports {top!r}; {unit} may import {sorted(allowed)} besides the standard library")
    assert wrong == [], "\n".join(wrong)


def test_api_packages_never_import_each_other() -> None:
    apis = {"pygenai.gemini", "pygenai.interactions", "pygenai.live"}
    crossing = [
        str(e) for e in ALL_EDGES if _unit(e.importer) in apis and _unit(e.imported) in apis - {_unit(e.importer)}
    ]
    assert crossing == []


@pytest.mark.parametrize(
    ("importer", "imported", "allowed"),
    [
        ("pygenai.gemini._prepare", "pygenai.tools", True),
        ("pygenai.tools._toolset", "pygenai.gemini._wire", False),  # upward
        ("pygenai.gemini._wire", "pygenai.interactions._resume", False),  # sideways
        ("pygenai._core.request", "pygenai._io.http", False),  # upward
        ("pygenai_generated.gemini_types", "pygenai._abi", True),
        ("pygenai._abi", "pygenai_generated.gemini_types", False),  # upward within layer 2
    ],
)
def test_the_rule_itself(importer: str, imported: str, allowed: bool) -> None:
    source, target = _unit(importer), _unit(imported)
    assert source is not None and target is not None
    assert (source == target or UNITS[target] < UNITS[source]) is allowed


def test_the_walker_sees_every_kind_of_import() -> None:
    # A module as the walker reads it: module level, in a function, under TYPE_CHECKING, and a string table.
    text = (
        "from typing import TYPE_CHECKING\n"
        "from .._core import errors\n"
        "if TYPE_CHECKING:\n"
        "    from .._client import lazy\n"
        "def f():\n"
        "    import pygenai.interactions\n"
        "_LAZY = {'X': '..tools._calls'}\n"
    )
    found = {(e.imported, e.how) for e in _edges_of(text, "pygenai.gemini._probe", is_package=False)}
    assert ("pygenai._core", "import") in found
    assert ("pygenai._client", "TYPE_CHECKING import") in found
    assert ("pygenai.interactions", "import") in found
    assert ("pygenai.tools._calls", "string table") in found
