"""Errors raised by function tools and structured output (to be folded into ``_errors`` later)."""

from __future__ import annotations

from ._errors import PygenaiError

__all__ = [
    "StructuredOutputError",
    "ToolArgumentError",
    "ToolDefinitionError",
    "ToolPairingError",
    "UnsupportedTypeError",
]

_TEXT_LIMIT = 500


class UnsupportedTypeError(PygenaiError, TypeError):
    """A type hint has no JSON Schema form (a bare class, a ``Callable``, a ``dict`` with int keys, ...)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class ToolDefinitionError(PygenaiError, TypeError):
    """A Python callable or type cannot be turned into a function declaration or JSON Schema.

    Raised when the declaration is built, never later. ``function`` names the callable (or type),
    ``parameter`` the parameter at fault (``None`` when the fault is the callable itself).
    """

    def __init__(self, function: str, parameter: str | None, reason: str) -> None:
        self.function = function
        self.parameter = parameter
        self.reason = reason
        where = f"parameter {parameter!r} of {function}" if parameter is not None else function
        super().__init__(f"{where}: {reason}")


class ToolArgumentError(PygenaiError, ValueError):
    """The arguments of a function call do not fit the Python function's parameters.

    ``path`` locates the bad value from the argument object (``$.items[2].price``). In the automatic
    function-calling loop this goes back to the model as an error response, so it can correct itself.
    """

    def __init__(self, function: str, path: str, reason: str) -> None:
        self.function = function
        self.path = path
        self.reason = reason
        super().__init__(f"invalid arguments for {function}: {path}: {reason}")


class ToolPairingError(PygenaiError, ValueError):
    """Function responses cannot be matched one-to-one with the function calls of a model turn."""


class StructuredOutputError(PygenaiError, ValueError):
    """Response text is not JSON, or is JSON that does not fit the requested type.

    ``path`` locates the failing value (``$.items[2].price``; ``$`` for the whole document),
    ``reason`` says what is wrong with it and ``text`` is the full response text; the message shows
    the text truncated.
    """

    def __init__(self, path: str, reason: str, text: str) -> None:
        self.path = path
        self.reason = reason
        self.text = text
        shown = text if len(text) <= _TEXT_LIMIT else text[:_TEXT_LIMIT] + f"... ({len(text)} characters)"
        super().__init__(f"{path}: {reason}\nresponse text: {shown}")
