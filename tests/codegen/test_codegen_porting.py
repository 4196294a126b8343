"""The generator's two tables for google-genai's names: which model class gets which runtime mixin
(``codegen/emit/models.py`` ``MIXINS``), and which resource the client exposes under another name
(``codegen/emit/clients.py`` ``CLIENT_ATTRIBUTES``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import pygenai._abi
from codegen.emit import clients
from codegen.emit.clients import top_level_resources
from codegen.emit.models import MIXINS, emit_models
from codegen.errors import CodegenError

SPECS = Path(__file__).resolve().parent.parent.parent / "specs"


def _spec(*names: str) -> dict[str, Any]:
    schemas = {name: {"type": "object", "properties": {"text": {"type": "string"}}} for name in names}
    return {"components": {"schemas": schemas}}


def test_a_schema_in_the_table_derives_from_its_mixin_imported_from_the_abi_module() -> None:
    text = emit_models(_spec("Part", "Content"), "gemini-v1beta.json", "# header").text
    assert "class Part(_Model, PartMixin):" in text
    assert "class Content(_Model):" in text
    assert "    PartMixin,\n" in text.split("from pygenai._abi import (", 1)[1].split(")", 1)[0]


def test_another_apis_schema_of_the_same_name_gets_that_apis_row() -> None:
    text = emit_models(_spec("Part", "Interaction"), "interactions-v1beta.json", "# h").text
    assert "class Part(_Model):" in text
    assert "class Interaction(_Model, InteractionMixin):" in text
    assert "class Part(_Model):" in emit_models(_spec("Part"), "elsewhere.json", "# h").text  # an API of no row


def test_every_mixin_the_table_names_is_in_the_abi_module() -> None:
    for table in MIXINS.values():
        for mixin in table.values():
            assert mixin in pygenai._abi.__all__
            assert isinstance(getattr(pygenai._abi, mixin), type)


def test_a_row_naming_a_schema_the_api_lacks_fails_generation() -> None:
    with pytest.raises(CodegenError, match=r"MIXINS\['gemini'\] gives PartMixin to Part, which gemini-v1beta"):
        emit_models(_spec("Content"), "gemini-v1beta.json", "# h")


def test_a_schema_named_like_a_mixin_fails_generation() -> None:
    with pytest.raises(CodegenError, match="schema PartMixin clashes with the mixin"):
        emit_models(_spec("Part", "PartMixin"), "gemini-v1beta.json", "# h")


def test_cached_contents_are_the_clients_caches() -> None:
    spec = json.loads((SPECS / "gemini-v1beta.json").read_text(encoding="utf-8"))
    top = top_level_resources(spec, "gemini")
    assert top["caches"] == "CachedContents" and "cached_contents" not in top


def test_a_rename_of_a_resource_the_api_lacks_fails_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = json.loads((SPECS / "gemini-v1beta.json").read_text(encoding="utf-8"))
    monkeypatch.setitem(clients.CLIENT_ATTRIBUTES, "gemini", {"cachedContent": "caches"})
    with pytest.raises(CodegenError, match=r"renames cachedContent, which the gemini API does not have"):
        top_level_resources(spec, "gemini")
