"""Errors the generator reports to its user."""

from __future__ import annotations


class CodegenError(Exception):
    """Base of every generator error; its message says what was wrong and where."""


class IngestError(CodegenError):
    """An upstream document could not be read or is not one of the supported formats."""


class OverlayError(CodegenError):
    """An overlay file is malformed (a target that matches nothing is reported and skipped, not an error)."""
