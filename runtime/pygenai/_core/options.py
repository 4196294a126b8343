"""Per-request options every method accepts as keyword arguments, and the check that nothing else slips in.

Every method ends in ``**options: Unpack[RequestOptions]``. Type checkers catch a wrong keyword; at run time
:func:`check_options` does, raising the ``TypeError`` Python would raise for a function without ``**``, with a
"did you mean" where a close name exists. It costs one truthiness test when no option is given.

Methods that google-genai gives a ``config=`` (``list``, ``files.upload``, ``caches.create``) take it too, with the
method's own keyword parameters as its keys: :func:`config_arguments` merges it into the keyword arguments,
refusing a key the method does not take and a setting given both ways.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Callable, Collection, Mapping
from types import FrameType
from typing import Any, Final, TypeAlias, TypedDict

from .model import ModelDumpable, foreign_dict
from .timeouts import TimeoutLike

__all__ = [
    "OPTION_NAMES",
    "ConfigInput",
    "RequestOptions",
    "check_options",
    "config_arguments",
    "unexpected_keyword",
]


class RequestOptions(TypedDict, total=False):
    """Options for one request, overriding the client's settings.

    * ``timeout``: seconds each step of an attempt may take (one number for connecting, each read, each write and
      waiting for a pooled connection), ``None`` (no limit) or an ``httpx2.Timeout``. It bounds a stall, not the
      call: a server that sends a byte now and then never trips it.
    * ``deadline``: seconds the whole call may take, ``None`` for no limit: every attempt, the waits between
      retries and reading the response; for a stream, until its first event (then ``timeout`` guards each read).
      Past it the call raises :class:`~pygenai.DeadlineExceededError`. The client's (600 s unless set) otherwise.
    * ``max_retries``: retries for this request (0: none).
    * ``extra_headers``: headers added to (or replacing) the client's.
    * ``extra_query``: query parameters added to the URL.
    * ``extra_body``: JSON merged into the request body, to send fields the spec does not have yet; nested
      objects merge key by key (``{"generationConfig": {"newKnob": 1}}`` keeps the other config fields).

    Example::

        client.models.generate_content(model=..., contents=..., timeout=30, deadline=120, extra_headers={"x-id": "1"})
    """

    timeout: float | TimeoutLike | None
    deadline: float | None
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


ConfigInput: TypeAlias = "Mapping[str, Any] | ModelDumpable"
"""google-genai's ``config=``: a mapping, or an object with ``model_dump`` (``types.ListModelsConfig(...)``)."""

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def config_arguments(
    config: ConfigInput | None, arguments: Mapping[str, Any], *, hints: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """``arguments`` (a method's keyword arguments by name, ``None`` where not given) with ``config``'s keys merged in.

    google-genai passes these settings as ``config={"page_size": 10}`` (or ``types.ListModelsConfig(...)``); here
    they are keyword arguments, and ``config`` is another way to give them: its keys are the names in
    ``arguments`` (camelCase spellings are read too), a key left at ``None`` counts as absent. A key the method
    does not take raises ``TypeError`` naming it, with a "did you mean" where a close name exists (or ``hints[key]``,
    a sentence saying what to write instead) and the keys it takes; so does a setting given both as a keyword
    argument and in ``config``.
    """
    merged = dict(arguments)
    if config is None:
        return merged
    if isinstance(config, Mapping):
        given: dict[str, Any] = dict(config)
    else:
        dumped = foreign_dict(config)
        if dumped is None:
            raise TypeError(
                f"config must be a mapping or an object with model_dump (google-genai's types), "
                f"not {type(config).__name__}"
            )
        given = dumped
    function: str | None = None
    for key, value in given.items():
        name = key if key in merged else _CAMEL.sub("_", str(key)).lower()
        if name not in merged:
            function = function or _caller(sys._getframe(1))[0]
            raise TypeError(_unknown_config_key(function, str(key), merged, hints))
        if value is None:
            continue
        if merged[name] is not None:
            function = function or _caller(sys._getframe(1))[0]
            raise TypeError(f"{function}(): {name} is given both as a keyword argument and in config")
        merged[name] = value
    return merged


def _unknown_config_key(function: str, key: str, accepted: Collection[str], hints: Mapping[str, str] | None) -> str:
    message = f"{function}() got an unknown config key {key!r}"
    better = (hints or {}).get(key)
    if better:
        return f"{message}: {better}"
    close = difflib.get_close_matches(key, sorted(accepted), n=1, cutoff=0.75)
    hint = f". Did you mean {close[0]!r}?" if close else "."
    listed = ", ".join(accepted) or "none"
    return f"{message}{hint} The config keys it takes: {listed}"
