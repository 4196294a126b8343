"""Running documentation code as notebook cells: one namespace, top-level ``await`` allowed, clients closed after."""

from __future__ import annotations

import ast
import asyncio
import inspect
from pathlib import Path
from typing import Any

import pytest

import pygenai
from tests.harness import recording


def clients(namespace: dict[str, Any]) -> tuple[list[pygenai.Client], list[pygenai.AsyncClient]]:
    """The sync clients bound in ``namespace``, and the async ones (bound directly, or a sync client's twin)."""
    sync = [v for v in namespace.values() if isinstance(v, pygenai.Client)]
    twins = [c.__dict__["_async_twin"] for c in sync if "_async_twin" in c.__dict__]
    direct = [v for v in namespace.values() if isinstance(v, pygenai.AsyncClient)]
    return sync, [*dict.fromkeys([*twins, *direct])]


async def _run_async(coroutine: Any, namespace: dict[str, Any]) -> None:
    try:
        await coroutine
    finally:  # async pools belong to this event loop: close them in it
        for aclient in clients(namespace)[1]:
            await aclient.close()


def execute(code: str, namespace: dict[str, Any], name: str) -> None:
    """Run a block as a notebook cell would: statements, or, with a top-level ``await``, a coroutine."""
    # dont_inherit: a cell must not get this module's `from __future__ import annotations` (a dataclass defined in
    # a cell would see string annotations it cannot resolve)
    compiled = compile(code, f"<{name}>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    result = eval(compiled, namespace)
    if inspect.iscoroutine(result):
        asyncio.run(_run_async(result, namespace))


def close_clients(namespace: dict[str, Any]) -> None:
    """Close every sync client the cells left in ``namespace``."""
    for client in clients(namespace)[0]:
        client.close()


def enter_workdir(directory: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make ``directory`` the working directory, with the fake key a bare ``Client()`` reads and no base URL."""
    monkeypatch.chdir(directory)
    monkeypatch.setenv("GEMINI_API_KEY", recording.api_key())
    for name in ("GOOGLE_API_KEY", "GEMINI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return directory
