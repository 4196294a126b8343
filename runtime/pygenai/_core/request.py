"""Building a request: an operation and its arguments in, a :class:`RequestSpec` (everything but the key) out.

Pure: nothing here sends, sleeps or imports an HTTP library. The I/O shells send what this builds.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote, urlencode

from .model import WireModel
from .options import check_options
from .retry import RetryPolicy
from .timeouts import Timeouts, check_deadline, to_timeouts
from .version import __version__
from .wire_json import encode_json

if TYPE_CHECKING:
    from .operation import Operation
    from .options import RequestOptions
    from .settings import BaseClient

__all__ = [
    "API_VERSION",
    "USER_AGENT",
    "RequestSpec",
    "build_request",
    "deep_merge",
    "expand_path",
    "json_default",
    "query_items",
]

API_VERSION: Final = "v1beta"
"""Fills ``{api_version}`` in operation paths (the Interactions API's paths carry it as a variable)."""

USER_AGENT: Final = f"pygenai/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}"
_PATH_VARIABLE = re.compile(r"\{(\+?)([A-Za-z_][A-Za-z0-9_.]*)\}")
_RESERVED_SAFE: Final = "/:@!$&'()*+,;="


@dataclass(frozen=True, slots=True)
class RequestSpec:
    """Everything one call sends, except the API key (added per attempt, so no repr of this can show it).

    ``operation`` is the operation's id, for hooks and errors.
    """

    operation: str
    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    content: bytes | None
    timeout: Timeouts
    policy: RetryPolicy
    stream: bool

    @property
    def display_url(self) -> str:
        """The URL with its query string."""
        if not self.params:
            return self.url
        return f"{self.url}?{urlencode(self.params)}"


def build_request(
    client: BaseClient,
    timeout: Timeouts,
    operation: Operation,
    *,
    path: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    body: Mapping[str, Any] | None,
    options: RequestOptions | None,
    stream: bool,
) -> RequestSpec:
    """Turn an operation and its arguments into a :class:`RequestSpec`; raises ``ValueError`` on bad path values.

    ``timeout`` is the client's; a ``timeout`` option replaces it for this call. A body holding NaN, ±Infinity or
    nesting deeper than JSON is written to raises :class:`~pygenai.UnencodableValueError` naming the field
    (``generationConfig.temperature``), where orjson alone would send ``null`` or raise a bare ``TypeError``.
    """
    if options:
        check_options(options)
    else:
        options = {}
    url = client.base_url + _join(expand_path(operation, path or {}))

    params = query_items(query)
    if stream:
        params.extend((k, v) for k, v in operation.stream_query.items())
    if "extra_query" in options:
        params.extend(query_items(options["extra_query"]))

    merged: Mapping[str, Any] | None = body
    if "extra_body" in options:
        merged = deep_merge(body or {}, options["extra_body"])
    content = encode_json(merged, default=json_default) if merged is not None else None

    headers: dict[str, str] = {"user-agent": USER_AGENT} if client._http_client_given else {}
    if content is not None:
        headers["content-type"] = "application/json"
    headers.update(client.default_headers)
    if "extra_headers" in options:
        headers.update(options["extra_headers"])

    policy = client.retry_policy
    if "max_retries" in options:
        policy = replace(policy, max_retries=options["max_retries"])
    if "deadline" in options:
        policy = replace(policy, deadline=check_deadline(options["deadline"]))

    if "timeout" in options:
        timeout = to_timeouts(options["timeout"])
    return RequestSpec(
        operation=operation.id,
        method=operation.http_method.upper(),
        url=url,
        params=tuple(params),
        headers=headers,
        content=content,
        timeout=timeout,
        policy=policy,
        stream=stream,
    )


_EXPANDED_PATHS: dict[tuple[Any, ...], str] = {}
_EXPANDED_PATHS_MAX = 4096


def expand_path(operation: Operation, values: Mapping[str, Any]) -> str:
    """Fill an operation's path template (see :func:`_expand_path`); repeated calls reuse the result."""
    try:
        key = (operation.path, operation.path_params, *values.items())
        return _EXPANDED_PATHS[key]
    except KeyError:
        pass
    except TypeError:  # a value that cannot be a dict key: expand without the cache
        return _expand_path(operation, values)
    path = _expand_path(operation, values)
    if len(_EXPANDED_PATHS) < _EXPANDED_PATHS_MAX:
        _EXPANDED_PATHS[key] = path
    return path


def _expand_path(operation: Operation, values: Mapping[str, Any]) -> str:
    """Fill an operation's path template.

    A parameter with a ``prefix`` gets it when the value has no ``/`` (``gemini-2.5-flash`` becomes
    ``models/gemini-2.5-flash``); ``{+name}`` (reserved) keeps slashes; other values are percent-encoded whole.
    ``{api_version}`` is filled with :data:`API_VERSION` unless given.
    """
    declared = {p.name: p for p in operation.path_params}

    def fill(match: re.Match[str]) -> str:
        plus, name = match.groups()
        value = values.get(name)
        if value is None and name == "api_version":
            return API_VERSION
        if value is None:
            raise ValueError(f"{operation.id}: the path parameter {name!r} is required")
        text = str(value)
        if not text:
            raise ValueError(f"{operation.id}: the path parameter {name!r} must not be empty")
        param = declared.get(name)
        reserved = plus == "+" or (param is not None and param.reserved)
        encoded = quote(text, safe=_RESERVED_SAFE if reserved else "")
        if param is not None and param.prefix and "/" not in text:
            encoded = param.prefix + encoded
        return encoded

    return _PATH_VARIABLE.sub(fill, operation.path)


def query_items(query: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """Query parameters as wire strings: ``None`` dropped, booleans as ``true``/``false``, lists repeated."""
    items: list[tuple[str, str]] = []
    for key, value in (query or {}).items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            items.extend((key, _query_value(v)) for v in value if v is not None)
        else:
            items.append((key, _query_value(value)))
    return items


def deep_merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` merged in, objects merged key by key; neither input is modified."""
    out = dict(base)
    for key, value in extra.items():
        current = out.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            out[key] = deep_merge(current, value)
        else:
            out[key] = value
    return out


def _query_value(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _join(path: str) -> str:
    return path if path.startswith("/") else "/" + path


def json_default(value: object) -> Any:
    """What orjson calls for a value it cannot encode: a model becomes its wire JSON."""
    if isinstance(value, WireModel):
        return value._data
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
