"""Per-request options every method accepts as keyword arguments, and the check that nothing else slips in.

Every method ends in ``**options: Unpack[RequestOptions]``. Type checkers catch a wrong keyword; at run time
:func:`check_options` does, raising the ``TypeError`` Python would raise for a function without ``**``, with a
"did you mean" where a close name exists. It costs one truthiness test when no option is given.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable, Collection, Mapping
from types import FrameType
from typing import Any, Final, TypedDict

from .timeouts import TimeoutLike

__all__ = ["OPTION_NAMES", "RequestOptions", "check_options", "unexpected_keyword"]


class RequestOptions(TypedDict, total=False):
    """Options for one request, overriding the client's settings.

    * ``timeout``: seconds (one number for connect, read, write and pool), ``None`` (no limit) or an
      ``httpx2.Timeout``.
    * ``max_retries``: retries for this request (0: none).
    * ``extra_headers``: headers added to (or replacing) the client's.
    * ``extra_query``: query parameters added to the URL.
    * ``extra_body``: JSON merged into the request body, to send fields the spec does not have yet; nested
      objects merge key by key (``{"generationConfig": {"newKnob": 1}}`` keeps the other config fields).

    Example::

        client.models.generate_content(model=..., contents=..., timeout=30, extra_headers={"x-trace": "1"})
    """

    timeout: float | TimeoutLike | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]


OPTION_NAMES: Final = frozenset(RequestOptions.__annotations__)

Hint = Callable[[str], str | None]
"""Given an unknown keyword, a sentence that says what to write instead (or ``None``)."""


def check_options(options: Mapping[str, Any], hint: Hint | None = None) -> None:
    """Raise ``TypeError`` naming the first keyword in ``options`` that is not a request option.

    ``hint`` may explain an unknown keyword better than a near name can (a generation setting given where it
    belongs in ``config``).
    """
    if options and not options.keys() <= OPTION_NAMES:
        key = next(k for k in options if k not in OPTION_NAMES)
        raise unexpected_keyword(key, hint=hint, frame=sys._getframe(1))


def unexpected_keyword(key: str, *, hint: Hint | None = None, frame: FrameType | None = None) -> TypeError:
    """The ``TypeError`` for an unexpected keyword, named after the public pygenai method the caller called.

    The method is the outermost frame of pygenai code with a public name: the frames are read only here, on the
    error path.
    """
    function, parameters = _caller(frame or sys._getframe(1))
    message = f"{function}() got an unexpected keyword argument {key!r}"
    better = hint(key) if hint is not None else None
    if better:
        return TypeError(f"{message}: {better}")
    close = difflib.get_close_matches(key, sorted({*parameters, *OPTION_NAMES}), n=1, cutoff=0.75)
    if close:
        return TypeError(f"{message}. Did you mean {close[0]!r}?")
    if key == "config":
        listed = ", ".join(f"{p}=" for p in parameters) or "none"
        return TypeError(f"{message}: this method takes its settings as keyword arguments ({listed})")
    return TypeError(message)


def _caller(frame: FrameType | None) -> tuple[str, Collection[str]]:
    found: FrameType | None = None
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if isinstance(module, str) and module.startswith(("pygenai.", "pygenai_generated.")):
            if not frame.f_code.co_name.startswith("_"):
                found = frame
        elif found is not None:
            break
        frame = frame.f_back
    if found is None:
        return "the call", ()
    code = found.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    parameters = [name for name in code.co_varnames[:count] if name not in ("self", "cls")]
    return code.co_qualname, parameters
