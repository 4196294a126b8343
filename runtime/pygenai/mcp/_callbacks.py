"""The client side of MCP as callbacks: elicitation, sampling, roots and logging.

:func:`session_callbacks` turns the user's options into the keyword arguments both SDK lines take
(``mcp.Client`` in v2, ``ClientSession`` in v1): ``elicitation_callback``, ``sampling_callback``,
``list_roots_callback`` and ``logging_callback``. The user's callbacks see pygenai's own records
(:class:`ElicitationRequest`, :class:`SamplingRequest`, :class:`LogRecord`), never SDK types, and may be sync or
async. Sync elicitation and sampling callbacks run in a worker thread (they may wait for a person or a model)
so the session keeps answering the server meanwhile. On SDK v2 the server can only push these requests on a
``legacy`` (initialize-handshake) connection, which the toolset chooses when any of them is set.

A callback that raises answers the server with a JSON-RPC error carrying the exception's text; the session
goes on.
"""

from __future__ import annotations

import dataclasses
import inspect
import logging
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Literal, TypeAlias

from .._core.errors import InvalidRequestError
from .._io._async.concurrency import run_blocking
from ..tools._calls import error_text
from ._connect import sdk
from ._results import field

__all__ = [
    "ElicitationHandler",
    "ElicitationRequest",
    "ElicitationResponse",
    "LogHandler",
    "LogRecord",
    "RootsOption",
    "SamplingHandler",
    "SamplingRequest",
    "SamplingResponse",
    "complete_url_elicitations",
    "required_url_elicitations",
    "roots_list",
    "sampling_request",
    "session_callbacks",
]

JSONObject: TypeAlias = dict[str, Any]
_log = logging.getLogger("pygenai.mcp")
ElicitationAction: TypeAlias = Literal["accept", "decline", "cancel"]


# ------------------------------------------------------------------------------------------------ elicitation


@dataclasses.dataclass(frozen=True)
class ElicitationRequest:
    """A server asks the user for input (``elicitation/create``).

    ``mode`` is ``"form"`` (fill ``requested_schema``, a flat JSON Schema object) or ``"url"`` (open ``url``
    out of band, e.g. to sign in or pay; ``elicitation_id`` identifies the request). ``message`` says why.
    """

    mode: Literal["form", "url"]
    message: str
    requested_schema: JSONObject | None = None
    url: str | None = None
    elicitation_id: str | None = None

    def defaults(self) -> JSONObject:
        """The ``default`` of each property of the requested schema that has one (a form pre-filled)."""
        properties = (self.requested_schema or {}).get("properties")
        if not isinstance(properties, Mapping):
            return {}
        return {
            name: spec["default"]
            for name, spec in properties.items()
            if isinstance(spec, Mapping) and "default" in spec
        }


@dataclasses.dataclass(frozen=True)
class ElicitationResponse:
    """The user's answer: ``accept`` (with the form's ``content``; none for URL mode), ``decline`` or ``cancel``."""

    action: ElicitationAction
    content: Mapping[str, Any] | None = None


ElicitationAnswer: TypeAlias = ElicitationResponse | Mapping[str, Any] | ElicitationAction | None
"""What an elicitation callback returns: an :class:`ElicitationResponse`; a mapping (accept with that content);
an action name; or ``None`` (cancel)."""

ElicitationHandler: TypeAlias = Callable[[ElicitationRequest], ElicitationAnswer | Awaitable[ElicitationAnswer]]


def elicitation_request(params: Any) -> ElicitationRequest:
    """The SDK's ``ElicitRequestParams`` (either line, form or URL) as an :class:`ElicitationRequest`."""
    mode = field(params, "mode") or "form"
    schema = field(params, "requested_schema") if mode == "form" else None
    return ElicitationRequest(
        mode="url" if mode == "url" else "form",
        message=field(params, "message") or "",
        requested_schema=dict(schema) if isinstance(schema, Mapping) else None,
        url=field(params, "url"),
        elicitation_id=field(params, "elicitation_id"),
    )


def _elicit_result(answer: ElicitationAnswer, request: ElicitationRequest) -> JSONObject:
    if answer is None:
        return {"action": "cancel"}
    if isinstance(answer, str):
        if answer not in ("accept", "decline", "cancel"):
            raise ValueError(f"an elicitation answer is accept, decline or cancel, not {answer!r}")
        answer = ElicitationResponse(answer)
    elif isinstance(answer, Mapping):
        answer = ElicitationResponse("accept", answer)
    result: JSONObject = {"action": answer.action}
    if answer.action == "accept" and request.mode == "form":
        result["content"] = dict(answer.content or {})
    return result


# --------------------------------------------------------------------------------------------------- sampling


@dataclasses.dataclass(frozen=True)
class SamplingRequest:
    """A server asks the client's model for a completion (``sampling/createMessage``).

    ``contents`` are the server's messages as Gemini contents (roles ``user``/``model``; text, images and audio
    as parts). ``max_tokens`` is the server's ``maxTokens``; ``model_hints`` its model preference hints, in order
    (names or name fragments such as ``"claude-3-sonnet"`` or ``"flash"``); the priorities are 0..1 or ``None``.
    """

    contents: list[JSONObject]
    max_tokens: int
    system_prompt: str | None = None
    temperature: float | None = None
    stop_sequences: list[str] = dataclasses.field(default_factory=list)
    model_hints: list[str] = dataclasses.field(default_factory=list)
    cost_priority: float | None = None
    speed_priority: float | None = None
    intelligence_priority: float | None = None
    metadata: JSONObject | None = None


@dataclasses.dataclass(frozen=True)
class SamplingResponse:
    """The completion: its ``text``, the ``model`` that wrote it, and why it stopped (MCP's ``stopReason``:
    ``endTurn``, ``maxTokens``, ``stopSequence`` or another string)."""

    text: str
    model: str
    stop_reason: str | None = "endTurn"


SamplingAnswer: TypeAlias = SamplingResponse | str
SamplingHandler: TypeAlias = Callable[[SamplingRequest], SamplingAnswer | Awaitable[SamplingAnswer]]
"""A sampling callback: a :class:`SamplingRequest` in, a :class:`SamplingResponse` (or just its text) out;
:func:`pygenai.mcp.gemini_sampling` makes one that asks a Gemini model."""


def sampling_request(params: Any) -> SamplingRequest:
    """The SDK's ``CreateMessageRequestParams`` (either line) as a :class:`SamplingRequest`."""
    contents: list[JSONObject] = []
    for message in field(params, "messages") or []:
        role = "model" if field(message, "role") == "assistant" else "user"
        blocks = field(message, "content")
        parts = [_sampling_part(block) for block in (blocks if isinstance(blocks, list) else [blocks])]
        if contents and contents[-1]["role"] == role:  # Gemini wants turns to alternate: one content per run
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": role, "parts": parts})
    preferences = field(params, "model_preferences")
    hints = (field(preferences, "hints") or []) if preferences is not None else []
    return SamplingRequest(
        contents=contents,
        max_tokens=int(field(params, "max_tokens") or 0),
        system_prompt=field(params, "system_prompt"),
        temperature=field(params, "temperature"),
        stop_sequences=list(field(params, "stop_sequences") or []),
        model_hints=[name for hint in hints if isinstance(name := field(hint, "name"), str)],
        cost_priority=_priority(preferences, "cost"),
        speed_priority=_priority(preferences, "speed"),
        intelligence_priority=_priority(preferences, "intelligence"),
        metadata=field(params, "metadata"),
    )


def _priority(preferences: Any, name: str) -> float | None:
    value = field(preferences, f"{name}_priority") if preferences is not None else None
    return float(value) if isinstance(value, int | float) else None


def _sampling_part(block: Any) -> JSONObject:
    kind = field(block, "type")
    if kind == "text":
        return {"text": field(block, "text") or ""}
    if kind in ("image", "audio"):
        return {"inlineData": {"mimeType": field(block, "mime_type"), "data": field(block, "data")}}
    raise ValueError(f"sampling content of type {kind!r} is not supported (tool use in sampling is not offered)")


def _sampling_result(answer: SamplingAnswer) -> JSONObject:
    if isinstance(answer, str):
        answer = SamplingResponse(answer, "unknown")
    result: JSONObject = {
        "role": "assistant",
        "content": {"type": "text", "text": answer.text},
        "model": answer.model,
    }
    if answer.stop_reason is not None:
        result["stopReason"] = answer.stop_reason
    return result


# ------------------------------------------------------------------------------------------------------ roots

RootLike: TypeAlias = "str | os.PathLike[str] | tuple[str | os.PathLike[str], str]"
RootsOption: TypeAlias = "Sequence[RootLike] | Callable[[], Sequence[RootLike] | Awaitable[Sequence[RootLike]]]"
"""Roots: directories (or files) the server may work in, as paths or ``file://`` URIs, each optionally with a
name (``(path, name)``); or a callable (sync or async) returning them, asked on each ``roots/list``."""


def roots_list(roots: Sequence[Any]) -> list[JSONObject]:
    """Roots as the wire's ``Root`` objects: ``{"uri": "file:///...", "name": ...}``; a path is made absolute.

    A URI of another scheme raises :class:`~pygenai.InvalidRequestError` naming the entry (``roots[2]``): MCP
    roots are ``file://`` URIs.
    """
    out: list[JSONObject] = []
    for index, entry in enumerate(roots):
        name: str | None = None
        if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], str):
            entry, name = entry
        if isinstance(entry, str) and "://" in entry:
            if not entry.startswith("file://"):
                raise InvalidRequestError(f"roots[{index}]: {entry!r} is not a file:// URI or a path")
            uri = entry
        elif isinstance(entry, str | os.PathLike):
            uri = Path(entry).absolute().as_uri()
        else:
            raise InvalidRequestError(f"roots[{index}]: expected a path or a file:// URI, got {type(entry).__name__}")
        root: JSONObject = {"uri": uri}
        if name is not None:
            root["name"] = name
        out.append(root)
    return out


# ---------------------------------------------------------------------------------------------------- logging

_LEVELS: Final = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "notice": logging.INFO + 5,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
    "alert": logging.CRITICAL + 5,
    "emergency": logging.CRITICAL + 10,
}


@dataclasses.dataclass(frozen=True)
class LogRecord:
    """A log message the server sent (``notifications/message``): its syslog ``level`` (``debug`` ...
    ``emergency``), the ``logger`` name it gave (if any) and its ``data`` (any JSON value, often a string)."""

    level: str
    logger: str | None
    data: Any

    @property
    def python_level(self) -> int:
        """The level as a :mod:`logging` level (``notice`` sits between INFO and WARNING; ``alert`` and
        ``emergency`` above CRITICAL)."""
        return _LEVELS.get(self.level, logging.INFO)


LogHandler: TypeAlias = Callable[[LogRecord], Awaitable[None] | None]


# -------------------------------------------------------------------------------------------------- assembly


async def _call(handler: Callable[..., Any], *args: Any, in_thread: bool) -> Any:
    # an async function, or an object whose __call__ is one (GeminiSampling): awaited on the loop, no thread
    if inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(type(handler).__call__):
        return await handler(*args)
    value = await run_blocking(handler, *args) if in_thread else handler(*args)
    return await value if inspect.isawaitable(value) else value


def _error(exc: BaseException) -> Any:
    types = sdk().types
    return types.ErrorData(code=types.INTERNAL_ERROR, message=error_text(exc))


def session_callbacks(
    *,
    elicitation: ElicitationHandler | None = None,
    sampling: SamplingHandler | None = None,
    roots: Any = None,
    on_log: LogHandler | None = None,
) -> dict[str, Any]:
    """The SDK client's keyword arguments for these options (only those given): ``elicitation_callback``,
    ``sampling_callback``, ``list_roots_callback``, ``logging_callback``. The same names and call shapes serve
    ``mcp.Client`` (v2) and ``ClientSession`` (v1). Roots given as a list are checked here, so a bad entry fails
    when the toolset is made, not when the server first asks."""
    options: dict[str, Any] = {}
    if elicitation is not None:
        options["elicitation_callback"] = _elicitation_callback(elicitation)
    if sampling is not None:
        options["sampling_callback"] = _sampling_callback(sampling)
    if roots is not None:
        options["list_roots_callback"] = _roots_callback(roots)
    if on_log is not None:
        options["logging_callback"] = _logging_callback(on_log)
    return options


URL_ELICITATION_REQUIRED: Final = -32042
"""The JSON-RPC error code of a request that needs URL elicitations first (2025-11-25)."""


def required_url_elicitations(exc: BaseException) -> list[Any]:
    """The URL elicitations an MCP error ``-32042`` ("URL elicitation required") asks for, as the SDK's params
    (empty for any other exception)."""
    error = getattr(exc, "error", None)
    if field(error, "code") != URL_ELICITATION_REQUIRED:
        return []
    data = field(error, "data")
    listed = data.get("elicitations") if isinstance(data, Mapping) else None
    if not isinstance(listed, list):
        return []
    params = sdk().types.ElicitRequestURLParams
    return [params.model_validate(item) for item in listed if isinstance(item, Mapping)]


async def complete_url_elicitations(exc: BaseException, options: Mapping[str, Any]) -> bool:
    """Answer the URL elicitations a ``-32042`` error asks for with the session's elicitation callback (from
    :func:`session_callbacks`); ``True`` when there were some and the user accepted every one, so the request may
    be sent again. Without an elicitation callback, or for another error, ``False``."""
    callback = options.get("elicitation_callback")
    elicitations = required_url_elicitations(exc)
    if callback is None or not elicitations:
        return False
    for params in elicitations:
        answer = await callback(None, params)
        if field(answer, "action") != "accept":
            return False
    return True


def _elicitation_callback(handler: ElicitationHandler) -> Callable[..., Awaitable[Any]]:
    async def elicitation_callback(context: Any, params: Any) -> Any:
        request = elicitation_request(params)
        try:
            result = _elicit_result(await _call(handler, request, in_thread=True), request)
        except Exception as exc:
            return _error(exc)
        return sdk().types.ElicitResult.model_validate(result)

    return elicitation_callback


def _sampling_callback(handler: SamplingHandler) -> Callable[..., Awaitable[Any]]:
    async def sampling_callback(context: Any, params: Any) -> Any:
        try:
            request = sampling_request(params)
            result = _sampling_result(await _call(handler, request, in_thread=True))
        except Exception as exc:
            return _error(exc)
        return sdk().types.CreateMessageResult.model_validate(result)

    return sampling_callback


def _roots_callback(roots: Any) -> Callable[..., Awaitable[Any]]:
    fixed = None if callable(roots) else roots_list(roots)

    async def list_roots_callback(context: Any) -> Any:
        try:
            listed = fixed if fixed is not None else roots_list(await _call(roots, in_thread=False))
        except Exception as exc:
            return _error(exc)
        return sdk().types.ListRootsResult.model_validate({"roots": listed})

    return list_roots_callback


def _logging_callback(handler: LogHandler) -> Callable[..., Awaitable[None]]:
    async def logging_callback(params: Any) -> None:
        level = field(params, "level")
        record = LogRecord(str(level) if level is not None else "info", field(params, "logger"), field(params, "data"))
        try:
            await _call(handler, record, in_thread=False)
        except Exception:  # a notification has no answer to carry the error: the session goes on, the error is logged
            _log.exception("on_log callback failed on %r", record)

    return logging_callback
