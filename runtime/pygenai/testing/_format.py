"""The cassette file: what one exchange holds, how a sent request is compared with a recorded one, scrubbing.

A cassette is one JSON file (``json`` module of the standard library: nothing to install, and a diff of two
recordings in code review reads like any other JSON)::

    {
      "pygenai_cassette": 1,
      "interactions": [
        {
          "request": {"method": "POST", "url": "https://.../v1beta/models/gemini-3.8-flash:generateContent",
                      "json": {"contents": [...]}},
          "response": {"status": 200, "headers": {"content-type": "application/json; charset=UTF-8"},
                       "text": "{\\n  \\"candidates\\": [...]}\\n"}
        }
      ]
    }

* A request body is stored as its JSON value (``json``), as ``text`` when it is not JSON, or as ``base64`` when it
  is not UTF-8 (an uploaded image); no body, no key. Request headers are not stored (they carry the key and the
  client's version, which changes).
* A response body is stored as the exact ``text`` the server sent (a whole ``text/event-stream`` for a stream), or
  as ``base64`` when it is not UTF-8. Its framing headers (``content-encoding``, ``content-length``,
  ``transfer-encoding``, ``connection``) are dropped, since the body is stored decoded and whole, and so are
  ``set-cookie`` and credential headers.
* Matching: method, scheme, host, port, path, the query parameters (in any order, ``key`` left out) and the body
  as a JSON value: key order and whitespace do not matter, ``true`` is not ``1``.
"""

from __future__ import annotations

import base64
import difflib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._core.redact import REDACTED, redact

__all__ = [
    "FORMAT_VERSION",
    "REDACTED",
    "CassetteMismatchError",
    "Exchange",
    "RecordedRequest",
    "RecordedResponse",
    "compare",
    "dump",
    "load",
    "scrub",
]

FORMAT_VERSION = 1
SECRET_QUERY_PARAMETERS = frozenset({"key"})
SECRET_REQUEST_HEADERS = ("x-goog-api-key", "authorization")
DROPPED_RESPONSE_HEADERS = frozenset(
    {"content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"}  # framing
    | {"set-cookie", "authorization", "x-goog-api-key"}  # credentials
)


class CassetteMismatchError(AssertionError):
    """Your code did not send what the cassette recorded, or did not send all of it.

    Raised by the request that differs (method, URL or JSON body: the message shows a diff, recorded against sent),
    by a request made after every recording was played, and when the cassette closes with recordings nobody asked
    for. It is an :class:`AssertionError`, so test runners report it as a failed test. If your code caught it, the
    cassette raises it again when it closes.
    """


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """A request as a cassette stores it: method, URL without the key, and the body (JSON value or bytes)."""

    method: str
    url: str
    body: object  # a JSON value, ``bytes`` (not JSON), or ``None`` (no body)


@dataclass(frozen=True, slots=True)
class RecordedResponse:
    """A response as a cassette stores it: status, headers and the whole body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request and the response it got."""

    request: RecordedRequest
    response: RecordedResponse


# --------------------------------------------------------------------------- requests as values


def body_value(content: bytes) -> object:
    """A request body as the cassette compares it: its JSON value, or the bytes when it is not JSON."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content


def _canonical_json(value: object) -> str:
    # Compared as dumps, not with ==: in Python True == 1 == 1.0, in JSON they are three different values.
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _url_parts(url: str) -> tuple[str, str, int | None, str, list[tuple[str, str]]]:
    parts = urlsplit(url)
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in SECRET_QUERY_PARAMETERS
    )
    return parts.scheme, parts.hostname or "", parts.port, parts.path, query


def url_without_key(url: str) -> str:
    """``url`` with its ``key`` query parameter removed (the only place besides a header a Gemini key travels)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in SECRET_QUERY_PARAMETERS]
    return urlunsplit(parts._replace(query=urlencode(query)))


def compare(recorded: RecordedRequest, sent: RecordedRequest) -> str | None:
    """How ``sent`` differs from ``recorded`` (a readable diff), or ``None`` when it matches."""
    problems: list[str] = []
    if recorded.method.upper() != sent.method.upper() or _url_parts(recorded.url) != _url_parts(sent.url):
        problems += [
            f"  recorded: {recorded.method} {recorded.url}",
            f"  sent:     {sent.method} {url_without_key(sent.url)}",
        ]
    if _body_key(recorded.body) != _body_key(sent.body):
        problems += ["body (- recorded, + sent):", *_diff(recorded.body, sent.body)]
    return "\n".join(problems) if problems else None


def _body_key(body: object) -> str:
    if body is None:
        return "none:"
    if isinstance(body, bytes):
        return "bytes:" + base64.b64encode(body).decode()
    return "json:" + _canonical_json(body)


def _pretty(body: object) -> list[str]:
    if body is None:
        return ["(no body)"]
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace").splitlines() or [repr(body)]
    return json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False).splitlines()


def _diff(recorded: object, sent: object, limit: int = 40) -> list[str]:
    lines = list(difflib.unified_diff(_pretty(recorded), _pretty(sent), lineterm="", n=2))[2:]  # no ---/+++ lines
    # Hunk headers count lines of a pretty-print nobody sees: the first goes, the others become a gap marker.
    lines = ["..." if line.startswith("@@") else line for line in lines[1:]]
    if len(lines) > limit:
        lines = [*lines[:limit], f"... ({len(lines) - limit} more lines)"]
    return ["  " + line for line in lines] or [f"  recorded {recorded!r}, sent {sent!r}"]


# --------------------------------------------------------------------------- scrubbing


def secrets_of(url: str, headers: Iterable[tuple[str, str]]) -> set[str]:
    """The credentials a request carries: the API key header, an ``authorization`` token, the ``key`` parameter."""
    found: set[str] = set()
    for name, value in headers:
        if name.lower() in SECRET_REQUEST_HEADERS and value.strip():
            found.add(value.strip())
            if " " in value.strip():  # "Bearer <token>": the token alone too
                found.add(value.strip().split(" ", 1)[1])
    found.update(
        v for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True) if k in SECRET_QUERY_PARAMETERS and v
    )
    return found


def scrub(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` (JSON data, text or bytes) with every occurrence of each secret replaced by ``REDACTED``."""
    return redact(value, secrets)


def kept_response_headers(headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The response headers a cassette keeps (lower-cased names; framing, encoding and credential headers dropped)."""
    return tuple((k.lower(), v) for k, v in headers if k.lower() not in DROPPED_RESPONSE_HEADERS)


# --------------------------------------------------------------------------- the file


def _body_to_json(body: bytes, text_key: str) -> dict[str, str]:
    try:
        return {text_key: body.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(body).decode("ascii")}


def _request_to_json(request: RecordedRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"method": request.method, "url": request.url}
    if isinstance(request.body, bytes):
        data.update(_body_to_json(request.body, "text"))
    elif request.body is not None:
        data["json"] = request.body
    return data


def _response_to_json(response: RecordedResponse) -> dict[str, Any]:
    headers: dict[str, str] = {}
    for name, value in response.headers:
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return {"status": response.status, "headers": headers, **_body_to_json(response.body, "text")}


def dump(exchanges: Iterable[Exchange]) -> str:
    """The text of a cassette file holding ``exchanges``, in order."""
    document = {
        "pygenai_cassette": FORMAT_VERSION,
        "interactions": [
            {"request": _request_to_json(e.request), "response": _response_to_json(e.response)} for e in exchanges
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _stored_body(data: Mapping[str, Any]) -> bytes | None:
    if "text" in data:
        return str(data["text"]).encode("utf-8")
    if "base64" in data:
        return base64.b64decode(str(data["base64"]), validate=True)
    return None


def load(path: Path) -> list[Exchange]:
    """The exchanges of the cassette file at ``path``, in order (``ValueError`` says what is wrong with the file)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path} is not a pygenai cassette: {exc}") from None
    if not isinstance(document, dict) or document.get("pygenai_cassette") != FORMAT_VERSION:
        raise ValueError(f'{path} is not a pygenai cassette (it needs "pygenai_cassette": {FORMAT_VERSION})')
    exchanges: list[Exchange] = []
    for number, item in enumerate(document.get("interactions") or [], start=1):
        try:
            request, response = item["request"], item["response"]
            body: object = request["json"] if "json" in request else _stored_body(request)
            exchanges.append(
                Exchange(
                    RecordedRequest(str(request["method"]), str(request["url"]), body),
                    RecordedResponse(
                        int(response["status"]),
                        tuple((str(k).lower(), str(v)) for k, v in (response.get("headers") or {}).items()),
                        _stored_body(response) or b"",
                    ),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: interaction {number} is malformed ({type(exc).__name__}: {exc})") from None
    return exchanges
