"""Typed models of the Gemini API (v1beta REST), generated from specs/gemini-v1beta.json.

Every schema of the API is a class here (``GenerateContentResponse``, ``Content``, ``Part``, ...) and
every enum a ``Literal`` alias. The Interactions API's models are in :mod:`pygenai.types.interactions`,
the Live API's in :mod:`pygenai.types.live`.

Models are views over the wire JSON: ``Part.from_json(b)``, ``part.to_json()``, ``part.to_dict()``,
``Part.from_dict({...})``. ``Model`` here is the API's own schema (a model's metadata); the base class
of every generated model is :class:`WireModel` (not a pydantic model).

Each model also has a ``TypedDict`` twin for dicts you write yourself (``GenerationConfigDict``,
``PartDict``, ...), loaded on first use.
"""

import warnings
from importlib import import_module
from typing import TYPE_CHECKING, Any

from pygenai._core.model import UnknownModel, WireModel
from pygenai_generated.gemini_types import *  # noqa: F403
from pygenai_generated.gemini_types import __all__ as _generated_names

if TYPE_CHECKING:
    from pygenai_generated.gemini_dicts import *  # noqa: F403

__all__ = [*_generated_names, "UnknownModel", "WireModel"]


def __getattr__(name: str) -> Any:
    if name.endswith("Dict"):
        dicts = import_module("pygenai_generated.gemini_dicts")
        if name in dicts.__all__:
            return getattr(dicts, name)
    if name == "BaseModel":
        warnings.warn(
            "pygenai.types.BaseModel is now pygenai.types.WireModel (it is not pydantic's BaseModel)",
            DeprecationWarning,
            stacklevel=2,
        )
        return WireModel
    from pygenai._core.porting import missing_module_attribute  # a google-genai name says what pygenai calls it

    raise missing_module_attribute("pygenai.types", name)
