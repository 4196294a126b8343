"""``codegen/emit/client_resources.py``: the client's top-level resources, and the collisions that stop generation."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

import pygenai
from codegen.emit.client_resources import OVERRIDES, Entry, emit_client_resources, resolve
from codegen.emit.clients import top_level_resources
from codegen.errors import CodegenError
from codegen.sources import APIS
from pygenai._client import resources
from pygenai._client._async.client import AsyncClient
from pygenai._client._sync.client import Client

ROOT = Path(__file__).resolve().parent.parent.parent
SPECS = ROOT / "specs"
REAL_OVERRIDES = ROOT / OVERRIDES

GENERATED: dict[str, dict[str, str]] = {
    "gemini": {"files": "Files", "models": "Models", "tuned_models": "TunedModels"},
    "interactions": {"agents": "Agents", "interactions": "Interactions"},
}


def _overrides(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overrides.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _row(name: str, *, replaces: str | None = None, cls: str | None = None, module: str = "pygenai.x") -> str:
    cls = cls or name.title().replace("_", "")
    lines = [f"[{name}]"]
    if replaces is not None:
        lines.append(f'replaces = "{replaces}"')
    lines += [
        f'sync = "{module}._sync.{name}:{cls}"',
        f'async = "{module}._async.{name}:Async{cls}"',
        f'doc = "Hand-written {name}."',
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def real_generated() -> dict[str, dict[str, str]]:
    """Every API's top-level resources, from the committed specs (APIs without paths have none)."""
    generated: dict[str, dict[str, str]] = {}
    for api in APIS.values():
        spec: dict[str, Any] = json.loads((SPECS / api.spec_file).read_text(encoding="utf-8"))
        if spec.get("paths"):
            generated[api.key] = top_level_resources(spec, api.key)
    return generated


# ----------------------------------------------------------------------------- resolve: the happy path


def test_generated_resources_replaced_in_place_then_additions(tmp_path: Path) -> None:
    path = _overrides(tmp_path, _row("models", replaces="gemini") + _row("chats") + _row("agents_runner"))
    entries = resolve(GENERATED, path)
    assert [e.name for e in entries] == [
        "files",
        "models",
        "tuned_models",
        "agents",
        "interactions",
        "chats",
        "agents_runner",
    ]
    assert [e.origin for e in entries] == [
        "gemini",
        "hand-written",
        "gemini",
        "interactions",
        "interactions",
        "hand-written",
        "hand-written",
    ]


def test_generated_entries_point_at_the_generated_module(tmp_path: Path) -> None:
    entries = {e.name: e for e in resolve(GENERATED, _overrides(tmp_path, ""))}
    assert entries["files"] == Entry(
        "files",
        ("pygenai_generated.gemini_resources", "Files"),
        ("pygenai_generated.gemini_resources", "AsyncFiles"),
        "The ``files`` resource of the gemini API.",
        "gemini",
    )
    assert entries["agents"].sync == ("pygenai_generated.interactions_resources", "Agents")
    assert entries["agents"].async_ == ("pygenai_generated.interactions_resources", "AsyncAgents")


def test_hand_written_entries_take_the_table_targets(tmp_path: Path) -> None:
    entries = {e.name: e for e in resolve(GENERATED, _overrides(tmp_path, _row("models", replaces="gemini")))}
    assert entries["models"] == Entry(
        "models",
        ("pygenai.x._sync.models", "Models"),
        ("pygenai.x._async.models", "AsyncModels"),
        "Hand-written models.",
        "hand-written",
    )


def test_an_empty_table_gives_the_generated_resources(tmp_path: Path) -> None:
    entries = resolve(GENERATED, _overrides(tmp_path, ""))
    assert [(e.name, e.origin) for e in entries] == [
        ("files", "gemini"),
        ("models", "gemini"),
        ("tuned_models", "gemini"),
        ("agents", "interactions"),
        ("interactions", "interactions"),
    ]


# ----------------------------------------------------------------------------- resolve: errors


def test_two_apis_sharing_a_top_level_name_is_an_error(tmp_path: Path) -> None:
    generated = {"gemini": {"files": "Files"}, "interactions": {"webhooks": "Webhooks", "files": "Files"}}
    with pytest.raises(CodegenError, match=r"the interactions and gemini APIs both have a top-level resource 'files'"):
        resolve(generated, _overrides(tmp_path, ""))


def test_a_key_shadowing_a_generated_resource_must_say_replaces(tmp_path: Path) -> None:
    path = _overrides(tmp_path, _row("models"))
    with pytest.raises(CodegenError, match=r"'models' is a resource of the gemini API.*replaces = \"gemini\""):
        resolve(GENERATED, path)


def test_replaces_naming_the_wrong_api_is_an_error(tmp_path: Path) -> None:
    path = _overrides(tmp_path, _row("models", replaces="interactions"))
    with pytest.raises(
        CodegenError, match=r"\[models\]: 'models' is a resource of the gemini API.*replaces = \"gemini\""
    ):
        resolve(GENERATED, path)


def test_replaces_naming_a_resource_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    path = _overrides(tmp_path, _row("chats", replaces="gemini"))
    with pytest.raises(
        CodegenError, match=r"\[chats\]: replaces = 'gemini', but the gemini API has no resource 'chats'"
    ):
        resolve(GENERATED, path)


def test_replaces_naming_an_unknown_api_is_an_error(tmp_path: Path) -> None:
    path = _overrides(tmp_path, _row("chats", replaces="vertex"))
    with pytest.raises(CodegenError, match=r"replaces = 'vertex', but the vertex API has no resource 'chats'"):
        resolve(GENERATED, path)


def test_unknown_keys_are_an_error(tmp_path: Path) -> None:
    path = _overrides(tmp_path, _row("chats") + 'replace = "gemini"\nmodule = "x"\n')
    with pytest.raises(CodegenError, match=r"\[chats\]: unknown keys \['module', 'replace'\]"):
        resolve(GENERATED, path)


def test_a_row_that_is_not_a_table_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CodegenError, match=r"\[chats\]: expected a table"):
        resolve(GENERATED, _overrides(tmp_path, 'chats = "pygenai.x:Chats"\n'))


@pytest.mark.parametrize(
    "target",
    ["pygenai.x.Chats", "pygenai.x:Chats:Extra", ""],
    ids=["no-colon", "two-colons", "empty"],
)
def test_a_bad_module_class_target_is_an_error(tmp_path: Path, target: str) -> None:
    text = f'[chats]\nsync = "{target}"\nasync = "pygenai.x:AsyncChats"\n'
    with pytest.raises(CodegenError, match=rf"\[chats\]: expected 'package.module:Class', got '{target}'"):
        resolve(GENERATED, _overrides(tmp_path, text))


def test_a_missing_target_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CodegenError, match=r"\[chats\]: expected 'package.module:Class', got None"):
        resolve(GENERATED, _overrides(tmp_path, '[chats]\nsync = "pygenai.x:Chats"\n'))


def test_an_unreadable_table_is_an_error(tmp_path: Path) -> None:
    path = _overrides(tmp_path, "[chats\n")
    with pytest.raises(CodegenError, match=r"overrides\.toml: "):
        resolve(GENERATED, path)
    with pytest.raises(CodegenError, match=r"missing\.toml"):
        resolve(GENERATED, tmp_path / "missing.toml")


# ----------------------------------------------------------------------------- emit


def test_two_resource_classes_of_one_name_from_different_modules_is_an_error(tmp_path: Path) -> None:
    # an added resource whose class is called like a generated one (pygenai_generated...:TunedModels)
    path = _overrides(tmp_path, _row("chats", cls="TunedModels"))
    entries = resolve(GENERATED, path)
    with pytest.raises(CodegenError, match=r"two resources are classes named TunedModels \(pygenai_generated"):
        emit_client_resources(entries, "# header")


def test_a_replaced_generated_class_does_not_collide_with_its_replacement(tmp_path: Path) -> None:
    entries = resolve(GENERATED, _overrides(tmp_path, _row("models", replaces="gemini")))
    text = emit_client_resources(entries, "# header")
    assert 'models: LazyResource[Models] = LazyResource("pygenai.x._sync.models", "Models")' in text
    assert "    from ..x._sync.models import Models\n" in text
    # the generated Models class it replaces is not imported
    assert (
        "    from pygenai_generated.gemini_resources import AsyncFiles, AsyncTunedModels, Files, TunedModels\n" in text
    )


# ----------------------------------------------------------------------------- the real table


def test_the_real_table_resolves_to_the_committed_names(real_generated: dict[str, dict[str, str]]) -> None:
    entries = resolve(real_generated, REAL_OVERRIDES)
    assert tuple(e.name for e in entries) == resources.NAMES
    assert len(set(resources.NAMES)) == len(resources.NAMES)


def test_the_client_exposes_every_resource_with_the_table_class(real_generated: dict[str, dict[str, str]]) -> None:
    entries = resolve(real_generated, REAL_OVERRIDES)
    client = pygenai.Client(api_key="k")
    async_client = pygenai.AsyncClient(api_key="k")
    try:
        for entry in entries:
            sync_module, sync_cls = entry.sync
            async_module, async_cls = entry.async_
            assert type(getattr(client, entry.name)) is getattr(importlib.import_module(sync_module), sync_cls)
            assert type(getattr(async_client, entry.name)) is getattr(importlib.import_module(async_module), async_cls)
            # made once, then a plain attribute
            assert getattr(client, entry.name) is getattr(client, entry.name)
    finally:
        client.close()


def test_the_hand_written_clients_define_no_resource_themselves() -> None:
    assert pygenai.Client is Client and pygenai.AsyncClient is AsyncClient
    for cls in (Client, AsyncClient):
        assert set(resources.NAMES) & set(vars(cls)) == set(), cls
    assert issubclass(Client, resources.ClientResources)
    assert issubclass(AsyncClient, resources.AsyncClientResources)
    for name in resources.NAMES:
        assert name in vars(resources.ClientResources) and name in vars(resources.AsyncClientResources), name


def test_an_agents_framework_cannot_silently_take_client_agents(
    tmp_path: Path, real_generated: dict[str, dict[str, str]]
) -> None:
    assert real_generated["interactions"]["agents"] == "Agents"
    table = REAL_OVERRIDES.read_text(encoding="utf-8") + "\n" + _row("agents", module="pygenai.agents")
    with pytest.raises(
        CodegenError, match=r"\[agents\]: 'agents' is a resource of the interactions API.*replaces = \"interactions\""
    ):
        resolve(real_generated, _overrides(tmp_path, table))


def test_the_agents_framework_fits_under_another_name(
    tmp_path: Path, real_generated: dict[str, dict[str, str]]
) -> None:
    table = REAL_OVERRIDES.read_text(encoding="utf-8") + "\n" + _row("agent_runs", module="pygenai.agents")
    entries = resolve(real_generated, _overrides(tmp_path, table))
    assert [e.name for e in entries] == [*resources.NAMES, "agent_runs"]
    assert next(e for e in entries if e.name == "agents").origin == "interactions"
