"""Typed models of the Interactions API, generated from specs/interactions-v1beta.json (snake_case wire names)."""

from pygenai._core.model import UnknownModel
from pygenai_generated.interactions_types import *  # noqa: F403
from pygenai_generated.interactions_types import __all__ as _generated_names

__all__ = [*_generated_names, "UnknownModel"]
