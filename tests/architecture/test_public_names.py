"""One name, one meaning: a public name of ``pygenai`` never means something else in ``pygenai.types``."""

from __future__ import annotations

import importlib

import pytest

import pygenai

NAMESPACES = ("pygenai.types", "pygenai.types.interactions", "pygenai.types.live")


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_a_shared_name_is_the_same_thing_or_its_richer_view(namespace: str) -> None:
    types = importlib.import_module(namespace)
    clashes = []
    for name in pygenai.__all__:
        if not hasattr(types, name):
            continue
        ours, theirs = getattr(pygenai, name), getattr(types, name)
        same = ours is theirs or (isinstance(ours, type) and isinstance(theirs, type) and issubclass(ours, theirs))
        if not same:
            clashes.append(name)
    assert clashes == []


@pytest.mark.parametrize(
    ("old", "new"), [("FunctionCall", "ToolInvocation"), ("CodeExecution", "CodeRun"), ("Usage", "TokenUsage")]
)
def test_renamed_names_still_work_and_say_what_to_use(old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=rf"pygenai\.{old} is now pygenai\.{new}"):
        value = getattr(pygenai, old)
    assert value is getattr(pygenai, new)
    assert old not in pygenai.__all__


def test_the_base_model_is_not_named_like_pydantics() -> None:
    import pygenai.types

    assert "BaseModel" not in pygenai.types.__all__ and "WireModel" in pygenai.types.__all__
    with pytest.warns(DeprecationWarning, match="WireModel"):
        assert pygenai.types.BaseModel is pygenai.types.WireModel  # type: ignore[attr-defined]
    assert issubclass(pygenai.types.Part, pygenai.types.WireModel)
