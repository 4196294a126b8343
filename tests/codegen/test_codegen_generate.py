"""``codegen generate``: deterministic, checked against the committed tree, complete against the specs."""

from __future__ import annotations

import ast
import filecmp
import hashlib
import importlib
import json
import shutil
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

from codegen.emit.naming import pascal, snake
from codegen.emit.typing_map import classify
from codegen.generate import PACKAGE, render, run_generate, write_tree
from codegen.sources import APIS
from pygenai._core.model import UnknownModel, WireModel

ROOT = Path(__file__).resolve().parent.parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TREE = GENERATED / PACKAGE
METHODS = ("get", "put", "post", "delete", "patch")


def _spec(api: str) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((SPECS / APIS[api].spec_file).read_text(encoding="utf-8"))
    return spec


@pytest.fixture(scope="module")
def fresh_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A regeneration from specs/ into a temporary output root."""
    root = tmp_path_factory.mktemp("generated")
    write_tree(SPECS, root / PACKAGE)
    return root


def _copy(fresh_root: Path, tmp_path: Path) -> Path:
    shutil.copytree(fresh_root / PACKAGE, tmp_path / PACKAGE)
    return tmp_path


# ----------------------------------------------------------------------------- --check


def test_cli_check_passes_on_the_committed_tree() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "generated/ matches specs/" in done.stdout


def test_report_prints_the_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_generate(SPECS, GENERATED, check=True) == 0
    out = capsys.readouterr().out
    # The expected figures come from the committed specs, so a re-ingest of another revision does not pin them.
    for api in ("gemini", "interactions"):
        spec = _spec(api)
        added = spec["info"].get("x-schemas-added-by-overlays", [])
        upstream = len(spec["components"]["schemas"]) - len(added)
        operations = sum(1 for item in spec["paths"].values() for verb in METHODS if verb in item)
        line = next(line for line in out.splitlines() if line.startswith(f"{api}:"))
        from_overlays = f" + {len(added)} from overlays ({', '.join(added)})" if added else ""
        assert line.startswith(f"{api}: {upstream} schemas{from_overlays} -> "), line
        assert f"; {operations} operations -> " in line, line
    assert "82 operations -> 82 methods" in out  # gemini: each operation one method
    live = next(line for line in out.splitlines() if line.startswith("live:"))
    assert "client messages: clientContent, realtimeInput, setup, toolResponse" in live
    assert (
        "server messages: goAway, serverContent, sessionResumptionUpdate, setupComplete, toolCall, "
        "toolCallCancellation, usageMetadata" in live
    )


def test_regeneration_is_identical_to_the_committed_tree(fresh_root: Path) -> None:
    cmp = filecmp.dircmp(TREE, fresh_root / PACKAGE, ignore=["__pycache__"])
    assert cmp.left_only == [] and cmp.right_only == []
    _, mismatch, errors = filecmp.cmpfiles(TREE, fresh_root / PACKAGE, cmp.common_files, shallow=False)
    assert mismatch == [] and errors == []


def test_regenerating_twice_gives_the_same_bytes(fresh_root: Path, tmp_path: Path) -> None:
    write_tree(SPECS, tmp_path / PACKAGE)
    for path in sorted((fresh_root / PACKAGE).iterdir()):
        assert (tmp_path / PACKAGE / path.name).read_bytes() == path.read_bytes(), path.name


def test_check_passes_on_an_untouched_copy(
    fresh_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_generate(SPECS, _copy(fresh_root, tmp_path), check=True) == 0
    assert "generated/ matches specs/" in capsys.readouterr().out


def test_check_fails_on_a_hand_edit(fresh_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _copy(fresh_root, tmp_path)
    target = root / PACKAGE / "gemini_types.py"
    target.write_text(
        target.read_text(encoding="utf-8").replace("class Content(_Model):", "class Content(_Model):  # tweak"),
        encoding="utf-8",
    )
    assert run_generate(SPECS, root, check=True) == 1
    out = capsys.readouterr().out
    assert "generated output is stale or was edited by hand" in out
    assert "differs: gemini_types.py" in out


def test_check_fails_on_a_missing_file(fresh_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _copy(fresh_root, tmp_path)
    (root / PACKAGE / "live_types.py").unlink()
    assert run_generate(SPECS, root, check=True) == 1
    assert "missing from committed tree: live_types.py" in capsys.readouterr().out


def test_check_fails_on_a_stray_file(fresh_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _copy(fresh_root, tmp_path)
    (root / PACKAGE / "extra.py").write_text("# hand-written\n", encoding="utf-8")
    assert run_generate(SPECS, root, check=True) == 1
    assert "only in committed tree: extra.py" in capsys.readouterr().out


def test_check_fails_when_the_tree_is_absent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_generate(SPECS, tmp_path, check=True) == 1
    assert "does not exist" in capsys.readouterr().out


def test_check_fails_when_a_spec_changed(fresh_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    spec = json.loads((specs / "live-v1beta.json").read_text(encoding="utf-8"))
    spec["components"]["schemas"]["Blob"]["properties"]["sha256"] = {"type": "string"}
    (specs / "live-v1beta.json").write_text(json.dumps(spec), encoding="utf-8")
    assert run_generate(specs, _copy(fresh_root, tmp_path / "out"), check=True) == 1
    assert "differs: live_types.py" in capsys.readouterr().out


# ----------------------------------------------------------------------------- headers


def test_every_generated_python_file_has_the_do_not_edit_header() -> None:
    files = sorted(TREE.glob("*.py"))
    assert {p.name for p in files} == {
        "__init__.py",
        *(f"{api}_types.py" for api in APIS),
        *(f"{api}_dicts.py" for api in APIS),
        "gemini_resources.py",
        "interactions_resources.py",
    }
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# Generated"), path.name
        assert "do not edit" in first, path.name
    assert (TREE / "py.typed").read_bytes() == b""


@pytest.mark.parametrize("api", sorted(APIS))
def test_headers_name_the_spec_and_its_digest(api: str) -> None:
    spec_file = APIS[api].spec_file
    digest = hashlib.sha256((SPECS / spec_file).read_bytes()).hexdigest()[:16]
    names = [f"{api}_types.py"] + ([f"{api}_resources.py"] if _spec(api)["paths"] else [])
    for name in names:
        first = (TREE / name).read_text(encoding="utf-8").splitlines()[0]
        assert f"specs/{spec_file}" in first and digest in first, (name, first)


def test_render_is_deterministic() -> None:
    assert render(SPECS) == render(SPECS)


# ----------------------------------------------------------------------------- every schema is a type


@pytest.mark.parametrize("api", sorted(APIS))
def test_every_schema_is_exported_by_name(api: str) -> None:
    module = importlib.import_module(f"{PACKAGE}.{api}_types")
    schemas: dict[str, Any] = _spec(api)["components"]["schemas"]
    exported = set(module.__all__)
    assert set(schemas) <= exported
    models = {name for name, schema in schemas.items() if classify(schema) == "model"}
    defined = {
        name
        for name, value in vars(module).items()
        if isinstance(value, type) and issubclass(value, WireModel) and value.__module__ == module.__name__
    }
    unions = {name for name, schema in schemas.items() if classify(schema) == "union"}
    # one class per object schema, plus the unknown-member class of each discriminated union
    assert defined == models | {f"Unknown{name}" for name in unions}
    for name, schema in schemas.items():
        value = getattr(module, name)
        kind = classify(schema)
        if kind == "model":
            assert value.__name__ == name
        elif kind == "enum":
            assert typing.get_args(value) == tuple(schema["enum"]), name
        elif kind == "union":
            members = {ref["$ref"].rsplit("/", 1)[-1] for ref in schema.get("oneOf") or schema["anyOf"]}
            unknown = getattr(module, f"Unknown{name}")
            assert issubclass(unknown, UnknownModel), name
            assert set(typing.get_args(value)) == {getattr(module, m) for m in members} | {unknown}, name
            assert callable(getattr(module, f"decode_{name}")), name


def test_model_counts_match_the_specs() -> None:
    counts = {}
    for api in APIS:
        module = importlib.import_module(f"{PACKAGE}.{api}_types")
        schemas = _spec(api)["components"]["schemas"]
        counts[api] = (len(schemas), sum(1 for name in schemas if name in module.__all__))
    # Every schema of every committed spec is a model (the numbers follow the specs, whatever revision they are).
    assert all(total > 0 and exported == total for total, exported in counts.values()), counts


def test_public_namespaces_re_export_the_models() -> None:
    import pygenai.types
    import pygenai.types.interactions
    import pygenai.types.live

    for module, api in (
        (pygenai.types, "gemini"),
        (pygenai.types.interactions, "interactions"),
        (pygenai.types.live, "live"),
    ):
        for name in _spec(api)["components"]["schemas"]:
            assert name in module.__all__, (api, name)
            assert getattr(module, name) is getattr(importlib.import_module(f"{PACKAGE}.{api}_types"), name)


# ----------------------------------------------------------------------------- every operation is a method


def _literal(node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def _resources(api: str) -> tuple[dict[str, dict[str, Any]], dict[str, list[tuple[str, str, bool]]]]:
    """(operation constant -> its keyword facts, operation constant -> [(class, method, is_async)])."""
    tree = ast.parse((TREE / f"{api}_resources.py").read_text(encoding="utf-8"))
    ops: dict[str, dict[str, Any]] = {}
    users: dict[str, list[tuple[str, str, bool]]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.startswith("_OP_"):
                facts = {kw.arg: _literal(kw.value) for kw in node.value.keywords if kw.arg}
                params = next((kw.value for kw in node.value.keywords if kw.arg == "path_params"), None)
                facts["path_params"] = [
                    (call.args[0].value, {kw.arg: _literal(kw.value) for kw in call.keywords})  # type: ignore[attr-defined]
                    for call in (params.elts if isinstance(params, ast.Tuple) else [])
                    if isinstance(call, ast.Call)
                ]
                ops[target.id] = facts
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                if any(isinstance(d, ast.Name) and d.id == "overload" for d in item.decorator_list):
                    continue
                used = {n.id for n in ast.walk(item) if isinstance(n, ast.Name) and n.id.startswith("_OP_")}
                # The async class's list methods are plain defs: they return a pager without awaiting anything.
                is_async = isinstance(item, ast.AsyncFunctionDef) or node.name.startswith("Async")
                for const in used:
                    users.setdefault(const, []).append((node.name, item.name, is_async))
    return ops, users


@pytest.mark.parametrize("api", ["gemini", "interactions"])
def test_every_operation_has_a_sync_and_an_async_method(api: str) -> None:
    spec = _spec(api)
    ops, users = _resources(api)
    for raw_path, item in spec["paths"].items():
        for verb in METHODS:
            if verb not in item:
                continue
            op = item[verb]
            path = op["x-path"] if api == "gemini" else raw_path.split("?", 1)[0]
            matches = [
                c
                for c, f in ops.items()
                if (f["id"], f["http_method"], f["path"]) == (op["operationId"], verb.upper(), path)
            ]
            assert len(matches) == 1, (op["operationId"], verb, raw_path, matches)
            const = matches[0]
            facts = ops[const]
            assert facts["api"] == api
            if "?" in raw_path:
                # A query-string overload of an operation (Interactions create ?model / ?agent) shares the
                # operation and method of its plain path; the plain path's facts were checked there.
                assert raw_path.split("?", 1)[0] in spec["paths"], raw_path
                continue
            assert facts.get("stream") == op.get("x-stream"), const
            assert facts.get("stream_query", {}) == op.get("x-stream-query", {}), const
            assert facts.get("upload_paths", {}) == op.get("x-media-upload", {}).get("protocols", {}), const
            reserved = {p["name"] for p in op["parameters"] if p["in"] == "path" and p.get("x-reserved-expansion")}
            assert {name for name, kw in facts["path_params"] if kw.get("reserved")} == reserved, const
            path_names = {p["name"] for p in op["parameters"] if p["in"] == "path"}
            assert {name for name, _ in facts["path_params"]} == path_names, const
            methods = users.get(const, [])
            sync = [(cls, name) for cls, name, is_async in methods if not is_async]
            asyncs = [(cls, name) for cls, name, is_async in methods if is_async]
            assert len(sync) == 1 and len(asyncs) == 1, (const, methods)
            assert asyncs[0] == ("Async" + sync[0][0], sync[0][1]), (const, methods)
            if api == "gemini":
                expected_class = "".join(pascal(part) for part in op["x-resource"].split("."))
                assert sync[0] == (expected_class, snake(op["x-method"])), (const, sync)
    # No operation constant without a spec operation behind it.
    assert len(ops) == len({(f["id"], f["http_method"], f["path"]) for f in ops.values()})


def test_gemini_operation_and_method_counts() -> None:
    # One constant and one method per operation of the committed spec (derived, so a re-ingest does not pin it).
    spec_ops = sum(1 for item in _spec("gemini")["paths"].values() for verb in METHODS if verb in item)
    ops, users = _resources("gemini")
    assert spec_ops > 0
    assert len(ops) == spec_ops
    assert sum(1 for const in ops for _, _, is_async in users[const] if not is_async) == spec_ops


def test_interactions_create_overloads_share_one_method() -> None:
    spec = _spec("interactions")
    creates = [
        (path, item["post"])
        for path, item in spec["paths"].items()
        if "post" in item and item["post"]["operationId"] == "CreateInteraction"
    ]
    assert sorted(path for path, _ in creates) == [
        "/{api_version}/interactions",
        "/{api_version}/interactions?agent",
        "/{api_version}/interactions?model",
    ]
    ops, users = _resources("interactions")
    consts = [c for c, f in ops.items() if f["id"] == "CreateInteraction"]
    assert len(consts) == 1
    assert sorted(users[consts[0]]) == [("AsyncInteractions", "create", True), ("Interactions", "create", False)]


def _returns(api: str) -> dict[tuple[str, str], list[str]]:
    """(class, method) -> the return annotations of its definitions, overloads included, in order."""
    tree = ast.parse((TREE / f"{api}_resources.py").read_text(encoding="utf-8"))
    out: dict[tuple[str, str], list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.returns is not None:
                    out.setdefault((node.name, item.name), []).append(ast.unparse(item.returns))
    return out


def test_list_operations_return_pagers_typed_with_page_and_item() -> None:
    gemini = _returns("gemini")
    pagers = {
        (cls, method): returns[0]
        for (cls, method), returns in gemini.items()
        if returns[0].startswith(("Pager[", "AsyncPager["))
    }
    assert pagers["Models", "list"] == "Pager[ListModelsResponse, Model]"
    assert pagers["AsyncModels", "list"] == "AsyncPager[ListModelsResponse, Model]"
    assert pagers["TunedModels", "list"] == "Pager[ListTunedModelsResponse, TunedModel]"
    assert pagers["FileSearchStores", "list"] == "Pager[ListFileSearchStoresResponse, FileSearchStore]"
    assert pagers["Batches", "list"] == "Pager[ListOperationsResponse, Operation]"  # unreachable (strings) is no list
    # Every operation with a page token and a page of one list is one; nothing else is.
    spec = _spec("gemini")
    expected = {
        op["operationId"]
        for item in spec["paths"].values()
        for verb, op in item.items()
        if verb in METHODS and any(p["in"] == "query" and p["name"] == "pageToken" for p in op.get("parameters", []))
    }
    assert len(expected) == 13 and len(pagers) == 2 * len(expected)
    ops, users = _resources("gemini")
    listed = {ops[c]["id"] for c, methods in users.items() for cls, name, _ in methods if (cls, name) in pagers}
    assert listed == expected


def test_a_list_method_takes_config_and_options_after_its_parameters() -> None:
    tree = ast.parse((TREE / "gemini_resources.py").read_text(encoding="utf-8"))
    (method,) = [
        item
        for node in tree.body
        if isinstance(node, ast.ClassDef) and node.name == "AsyncTunedModels"
        for item in node.body
        if isinstance(item, ast.FunctionDef) and item.name == "list"
    ]
    assert [a.arg for a in method.args.kwonlyargs] == ["filter", "page_size", "page_token", "config"]
    assert method.args.kwarg is not None and method.args.kwarg.arg == "options"


def test_streaming_operations_return_typed_iterators() -> None:
    gemini = _returns("gemini")
    for resource in ("Models", "TunedModels", "Dynamic"):
        assert gemini[resource, "stream_generate_content"] == ["Stream[GenerateContentResponse]"]
        assert gemini["Async" + resource, "stream_generate_content"] == ["AsyncStream[GenerateContentResponse]"]
        assert gemini[resource, "generate_content"] == ["GenerateContentResponse"]
    interactions = _returns("interactions")
    assert interactions["Interactions", "create"] == [
        "Stream[InteractionSseEvent]",
        "Interaction",
        "Stream[InteractionSseEvent] | Interaction",
    ]
    assert interactions["AsyncInteractions", "get"][0] == "AsyncStream[InteractionSseEvent]"
