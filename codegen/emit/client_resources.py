"""The client's top-level resources: every API's, plus the hand-written table, checked for name collisions.

Output is ``runtime/pygenai/_client/resources.py``: ``ClientResources`` and ``AsyncClientResources``, one lazy
attribute per resource (its module imported on first use). Input is each API's top-level resources (from the
specs) and ``runtime/pygenai/_client/overrides.toml``, the explicit table of hand-written resources.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import CodegenError

OVERRIDES = "runtime/pygenai/_client/overrides.toml"
TARGET = "runtime/pygenai/_client/resources.py"


@dataclass(frozen=True)
class Entry:
    """One client attribute: where its sync and async classes live, and what it says about itself."""

    name: str
    sync: tuple[str, str]
    async_: tuple[str, str]
    doc: str
    origin: str  # "gemini", "interactions", ... or "hand-written"


def _target(value: Any, where: str) -> tuple[str, str]:
    if not isinstance(value, str) or value.count(":") != 1:
        raise CodegenError(f"{where}: expected 'package.module:Class', got {value!r}")
    module, cls = value.split(":")
    return module, cls


def resolve(generated: dict[str, dict[str, str]], overrides_path: Path) -> list[Entry]:
    """The client's attributes, in order: generated resources (replaced where the table says), then additions.

    ``generated`` maps an API key to its top-level resources (attribute -> class name).
    """
    owner: dict[str, str] = {}
    for api, resources in generated.items():
        for name in resources:
            if name in owner:
                raise CodegenError(
                    f"the {api} and {owner[name]} APIs both have a top-level resource {name!r}: the client cannot "
                    "expose both under one name; rename one in an overlay"
                )
            owner[name] = api
    try:
        table = tomllib.loads(overrides_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CodegenError(f"{overrides_path}: {exc}") from None
    overrides: dict[str, Entry] = {}
    for name, row in table.items():
        where = f"{OVERRIDES} [{name}]"
        if not isinstance(row, dict):
            raise CodegenError(f"{where}: expected a table")
        unknown = set(row) - {"replaces", "sync", "async", "doc"}
        if unknown:
            raise CodegenError(f"{where}: unknown keys {sorted(unknown)}")
        replaces = row.get("replaces")
        if name in owner and replaces != owner[name]:
            raise CodegenError(
                f"{where}: {name!r} is a resource of the {owner[name]} API; a hand-written {name!r} must say "
                f'replaces = "{owner[name]}" (or take another name)'
            )
        if replaces is not None and owner.get(name) != replaces:
            raise CodegenError(f"{where}: replaces = {replaces!r}, but the {replaces} API has no resource {name!r}")
        overrides[name] = Entry(
            name,
            _target(row.get("sync"), where),
            _target(row.get("async"), where),
            str(row.get("doc", "")),
            "hand-written",
        )
    entries: list[Entry] = []
    for api, resources in generated.items():
        module = f"pygenai_generated.{api}_resources"
        for name, cls in resources.items():
            entry = overrides.pop(name, None)
            entries.append(entry or Entry(name, (module, cls), (module, f"Async{cls}"), _generated_doc(name, api), api))
    entries.extend(overrides.values())
    return entries


def _generated_doc(name: str, api: str) -> str:
    return f"The ``{name}`` resource of the {api} API."


def _relative(module: str) -> str:
    """``pygenai.x.y`` seen from ``pygenai._client``: ``..x.y``; other packages stay absolute."""
    return ".." + module[len("pygenai.") :] if module.startswith("pygenai.") else module


def emit_client_resources(entries: list[Entry], header: str) -> str:
    """The text of ``resources.py``."""
    imports: dict[str, set[str]] = {}
    seen: dict[str, str] = {}
    for entry in entries:
        for module, cls in (entry.sync, entry.async_):
            if seen.setdefault(cls, module) != module:
                raise CodegenError(f"two resources are classes named {cls} ({seen[cls]} and {module}); rename one")
            imports.setdefault(_relative(module), set()).add(cls)
    imports.setdefault("._async.client", set()).add("AsyncClient")  # the type of ClientResources.aio
    lines = [
        header,
        '"""The top-level resources of a client, each made (and its module imported) on first use.',
        "",
        f"Generated from the specs' resources and ``{OVERRIDES.removeprefix('runtime/pygenai/_client/')}``, the",
        "table of hand-written resources; generation fails on a name two APIs share.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any, Self, cast",
        "",
        "from .._core.settings import BaseClient",
        "from .lazy import LazyResource",
        "",
        "if TYPE_CHECKING:",
        *(f"    from {module} import {', '.join(sorted(names))}" for module, names in sorted(imports.items())),
        "",
        '__all__ = ["NAMES", "AsyncClientResources", "ClientResources"]',
        "",
        "NAMES: tuple[str, ...] = (",
        *(f'    "{entry.name}",' for entry in entries),
        ")",
        '"""Every top-level resource name of the client."""',
        "",
    ]
    for prefix, pick in (("", "sync"), ("Async", "async_")):
        lines += [
            "",
            f"class {prefix}ClientResources(BaseClient):",
            f'    """The settings of {"an async" if prefix else "a"} client, and its resources (made on first use)."""',
            "",
        ]
        for entry in entries:
            module, cls = getattr(entry, pick)
            lines += [
                f'    {entry.name}: LazyResource[{cls}] = LazyResource("{module}", "{cls}")',
                f'    """{entry.doc}"""',
                "",
            ]
        lines += _ASYNC_TAIL if prefix else _SYNC_TAIL
        lines += _GETATTR
    return "\n".join(lines).rstrip() + "\n"


# What the two clients do differently besides their resources' classes, written here because the sync client is
# generated from the async one (codegen/unasync.py): google-genai's `client.aio` (the async client with the same
# settings, made once; on an async client, the client itself) and `aclient.aclose()`.
_SYNC_TAIL = [
    "    @property",
    "    def aio(self) -> AsyncClient:",
    '        """The async client with this client\'s settings (google-genai\'s ``client.aio``), made on first use.',
    "",
    "        It shares the API key, base URL, timeout, retry policy, circuit breaker, default headers, hooks and",
    "        clock; it has its own connection pool (an ``http_client`` given to this client is not shared): close it",
    "        with ``await client.aio.aclose()``, or use ``async with client.aio as aclient:``.",
    '        """',
    "        from .twin import async_twin  # imports AsyncClient: only a program that asks for it pays for it",
    "",
    "        return async_twin(self)",
    "",
]
_ASYNC_TAIL = [
    "    @property",
    "    def aio(self) -> Self:",
    '        """This client: google-genai\'s ``client.aio`` read on a client that is async already."""',
    "        return self",
    "",
    "    async def aclose(self) -> None:",
    '        """:meth:`close` under google-genai\'s name (``await aclient.aclose()``)."""',
    '        await cast("AsyncClient", self).close()',
    "",
]
# A lookup that failed: Python's message, plus the pygenai name when the name is google-genai's
# (pygenai/_core/porting.py). Hidden from type checkers, which would otherwise accept any attribute of a client.
_GETATTR = [
    "    if not TYPE_CHECKING:",
    "",
    "        def __getattr__(self, name: str) -> Any:",
    "            from .._core.porting import missing_attribute",
    "",
    "            raise missing_attribute(self, name)",
    "",
]
