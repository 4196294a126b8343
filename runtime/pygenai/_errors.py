"""The errors pygenai raises (the full hierarchy lives here)."""

from __future__ import annotations

__all__ = ["PygenaiError", "ResponseDecodeError"]


class PygenaiError(Exception):
    """Base of every error pygenai raises."""


class ResponseDecodeError(PygenaiError):
    """The server's JSON does not have the shape the spec gives it.

    ``path`` names the field from the decoded root (``candidates[0].content.parts[2].functionCall.args``),
    ``snippet`` shows the start of the offending value.
    """

    def __init__(self, path: str, reason: str, snippet: str = "") -> None:
        self.path = path
        self.reason = reason
        self.snippet = snippet
        where = f"{path}: " if path else ""
        tail = f" (value: {snippet})" if snippet else ""
        super().__init__(f"{where}{reason}{tail}")
