"""How the suite records and replays HTTP: vcrpy settings, the JSON-body matcher, the cassette format.

``tests/conftest.py`` wires these into pytest-recording; the harness tests use them directly.

* Cassettes live in ``cassettes/<test module path under tests/>/<test name>.yaml``; reusable ones in
  ``cassettes/shared/``. The format is vcrpy's YAML, whose double-quoted strings keep ``\\r\\n`` exactly,
  with one comment line on top saying where the cassette came from (``# recorded: ...`` or
  ``# modeled-on: ...``): see ``cassettes/README.md``.
* A request matches a recorded one on method, scheme, host, port, path, query and its JSON body
  compared as data (key order and whitespace do not matter; a body that is not JSON compares as bytes).
* The API key never reaches a cassette: the ``x-goog-api-key`` and ``authorization`` headers and the
  ``key`` query parameter are dropped, and any other occurrence of the key's value is replaced.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vcr import VCR
from vcr.request import Request
from vcr.serializers import yamlserializer

REPO_ROOT = Path(__file__).resolve().parents[2]
TESTS_DIR = REPO_ROOT / "tests"
CASSETTES_DIR = REPO_ROOT / "cassettes"
SHARED_CASSETTES_DIR = CASSETTES_DIR / "shared"

FAKE_API_KEY = "test-key-123"
"""The key tests use when no real one is set; replayed requests never reach a server that checks it."""
REDACTED = "REDACTED"

SECRET_HEADERS = ("x-goog-api-key", "authorization", "cookie", "set-cookie")
SECRET_QUERY_PARAMETERS = ("key",)
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "json_body")
PROVENANCE = re.compile(r"\A# (recorded|modeled-on): \S")

# Regexes for pytest-recording's network guard: loopback stays reachable for fault-injection servers.
LOOPBACK_HOSTS = (r"^127(\.\d{1,3}){3}$", r"^::1$", r"^localhost$")


def api_key() -> str:
    """The key for requests: the real ``GEMINI_API_KEY`` when recording, else the fake one."""
    return os.environ.get("GEMINI_API_KEY") or FAKE_API_KEY


def cassette_dir_for(test_file: Path) -> Path:
    """``tests/runtime/test_client.py`` -> ``cassettes/runtime/test_client`` (the module's own folder)."""
    try:
        relative = test_file.resolve().relative_to(TESTS_DIR)
    except ValueError:
        relative = Path(test_file.name)
    return CASSETTES_DIR / relative.with_suffix("")


# --------------------------------------------------------------------------- matching


def _body_bytes(request: Request) -> bytes:
    body = request.body
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode()
    return bytes(body)


def _canonical(body: bytes) -> object:
    """The body as JSON data, or the bytes themselves when it is not JSON."""
    if not body.strip():
        return b""
    try:
        return json.loads(body)
    except ValueError:
        return body


def _canonical_text(value: object) -> bytes:
    # Comparing dumps, not values: in Python true == 1 and 1 == 1.0, but they are different JSON.
    if isinstance(value, bytes):
        return b"bytes:" + value
    return b"json:" + json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def json_body(r1: Request, r2: Request) -> None:
    """vcrpy matcher: the two bodies hold the same JSON value (or, if not JSON, the same bytes)."""
    sent, recorded = _canonical(_body_bytes(r1)), _canonical(_body_bytes(r2))
    if _canonical_text(sent) != _canonical_text(recorded):
        raise AssertionError("request bodies differ:\n" + _diff(recorded, sent))


def _pretty(value: object) -> list[str]:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").splitlines() or [repr(value)]
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).splitlines()


def _diff(recorded: object, sent: object, limit: int = 40) -> str:
    lines = list(difflib.unified_diff(_pretty(recorded), _pretty(sent), "recorded", "sent", lineterm="", n=2))
    if len(lines) > limit:
        lines = [*lines[:limit], f"... ({len(lines) - limit} more lines)"]
    return "\n".join(lines) or f"recorded {recorded!r}, sent {sent!r}"


# --------------------------------------------------------------------------- scrubbing


def _secret_values() -> list[str]:
    values = {FAKE_API_KEY}
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY"):
        value = os.environ.get(name)
        if value and len(value) >= 8:
            values.add(value)
    return sorted(values, key=len, reverse=True)


def _scrub_text(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


def _scrub_body(body: Any, secrets: list[str]) -> Any:
    if isinstance(body, bytes):
        for secret in secrets:
            body = body.replace(secret.encode(), REDACTED.encode())
        return body
    if isinstance(body, str):
        return _scrub_text(body, secrets)
    return body


def scrub_request(request: Request) -> Request:
    """Replace the key's value wherever the header/query filters did not already remove it."""
    secrets = _secret_values()
    request.uri = _scrub_text(request.uri, secrets)
    request.body = _scrub_body(request.body, secrets)
    for name in list(request.headers):
        request.headers[name] = _scrub_text(str(request.headers[name]), secrets)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Drop credential headers from a recorded response and replace the key's value anywhere in it."""
    secrets = _secret_values()
    headers: dict[str, list[str]] = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
        else:
            headers[name] = [_scrub_text(value, secrets) for value in headers[name]]
    body = response.get("body", {})
    if "string" in body:
        body["string"] = _scrub_body(body["string"], secrets)
    return response


# --------------------------------------------------------------------------- cassette format


class CassetteSerializer:
    """vcrpy's YAML format plus a first line saying the cassette was recorded (and when)."""

    @staticmethod
    def deserialize(cassette_string: str) -> Any:
        return yamlserializer.deserialize(cassette_string)

    @staticmethod
    def serialize(cassette_dict: dict[str, Any]) -> str:
        today = dt.datetime.now(dt.UTC).date().isoformat()
        header = f"# recorded: {today} from the live API by the pytest-recording harness (tests/harness/recording.py)\n"
        return header + str(yamlserializer.serialize(cassette_dict))


# --------------------------------------------------------------------------- wiring


def vcr_config() -> dict[str, Any]:
    """Keyword arguments for ``VCR.use_cassette`` (pytest-recording's ``vcr_config`` fixture)."""
    return {
        "serializer": "yaml",
        "match_on": MATCH_ON,
        "filter_headers": list(SECRET_HEADERS),
        "filter_query_parameters": list(SECRET_QUERY_PARAMETERS),
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


def configure_vcr(vcr: VCR) -> None:
    """Register the matcher and the serializer that :func:`vcr_config` names."""
    vcr.register_matcher("json_body", json_body)
    vcr.register_serializer("yaml", CassetteSerializer)


def new_vcr(**overrides: Any) -> VCR:
    """A configured VCR outside pytest-recording (for tests of the harness itself)."""
    vcr = VCR(**{**vcr_config(), **overrides})
    configure_vcr(vcr)
    return vcr


# --------------------------------------------------------------------------- secret scan

_GOOGLE_KEY = re.compile(r"AIza[0-9A-Za-z_\-]{35}")
_KEY_QUERY = re.compile(r"(?:[?&]|\\u0026)key=([^&\s\"'#\\]+)")
# "x-goog-api-key: v", "x-goog-api-key:\n  - v" (YAML list), "x-goog-api-key": ["v"] (JSON)
_KEY_HEADER_TEXT = re.compile(r"x-goog-api-key[\"']?\s*[:=]\s*(?:-\s+|\[\s*)?[\"']?([A-Za-z0-9_\-]{6,})", re.IGNORECASE)


def find_secrets(text: str) -> list[str]:
    """Key-like strings in a cassette's text: Google API keys, ``key=`` query values, key header values."""
    found: list[str] = [m.group(0) for m in _GOOGLE_KEY.finditer(text)]
    found += [f"key={m.group(1)}" for m in _KEY_QUERY.finditer(text) if m.group(1) != REDACTED]
    found += [f"x-goog-api-key: {m.group(1)}" for m in _KEY_HEADER_TEXT.finditer(text) if m.group(1) != REDACTED]
    return found


def find_secret_headers(cassette: dict[str, Any]) -> list[str]:
    """Credential headers with a value in any recorded request or response of a parsed cassette."""
    found: list[str] = []
    for number, interaction in enumerate(cassette.get("interactions") or []):
        for side in ("request", "response"):
            headers = (interaction.get(side) or {}).get("headers") or {}
            for name, values in headers.items():
                values = values if isinstance(values, list) else [values]
                if name.lower() in SECRET_HEADERS and any(str(v).strip() for v in values):
                    found.append(f"interaction {number} {side} header {name}")
    return found


def iter_cassettes(root: Path = CASSETTES_DIR) -> list[Path]:
    """Every HTTP cassette file under ``root`` (YAML or JSON), sorted; the WebSocket cassettes of ``live/`` have
    their own format (``iter_live_cassettes``)."""
    live = root / "live"
    return sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".json"} and live not in p.parents
    )


def iter_live_cassettes(root: Path = CASSETTES_DIR) -> list[Path]:
    """Every file under ``cassettes/live/`` (all of them are Live cassettes, JSON), sorted."""
    return sorted(p for p in (root / "live").rglob("*") if p.is_file())
