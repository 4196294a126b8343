"""Typed models of the Live API messages (BidiGenerateContent), generated from specs/live-v1beta.json."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from pygenai_generated.live_types import *  # noqa: F403
from pygenai_generated.live_types import __all__ as _generated_names

__all__ = list(_generated_names)

if TYPE_CHECKING:
    from pygenai_generated.live_dicts import *  # noqa: F403


def __getattr__(name: str) -> Any:
    """The ``TypedDict`` twins of the models (``...Dict``), loaded on first use."""
    if name.endswith("Dict"):
        dicts = import_module("pygenai_generated.live_dicts")
        if name in dicts.__all__:
            return getattr(dicts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
