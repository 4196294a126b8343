"""Typed models of the Live API messages (BidiGenerateContent), generated from specs/live-v1beta.json."""

from pygenai_generated.live_types import *  # noqa: F403
from pygenai_generated.live_types import __all__ as _generated_names

__all__ = list(_generated_names)
