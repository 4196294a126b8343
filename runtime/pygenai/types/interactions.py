"""Typed models of the Interactions API, generated from specs/interactions-v1beta.json (snake_case wire names)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from pygenai._core.model import UnknownModel
from pygenai_generated.interactions_types import *  # noqa: F403
from pygenai_generated.interactions_types import __all__ as _generated_names

__all__ = [*_generated_names, "UnknownModel"]

if TYPE_CHECKING:
    from pygenai_generated.interactions_dicts import *  # noqa: F403


def __getattr__(name: str) -> Any:
    """The ``TypedDict`` twins of the models (``...Dict``), loaded on first use."""
    if name.endswith("Dict"):
        dicts = import_module("pygenai_generated.interactions_dicts")
        if name in dicts.__all__:
            return getattr(dicts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
