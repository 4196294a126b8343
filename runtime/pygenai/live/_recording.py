"""Live cassettes: the frames of a Live session, both ways, in a JSON file that a loopback server can replay.

A cassette is one JSON object per session (``cassettes/README.md``, "WebSocket cassettes", is the reference)::

    {"recorded": "2026-11-30 ...", "model": "models/...", "path": "/ws/...BidiGenerateContent",
     "frames": [
      {"dir": "send", "kind": "text", "json": {"setup": {...}}},
      {"dir": "recv", "kind": "binary", "json": {"setupComplete": {}}},
      {"dir": "send", "kind": "text", "json": {"realtimeInput": {"audio": {"mimeType": "audio/pcm;rate=16000",
                                                                          "data": {"bytes": 3200, "sha256": "..."}}}}},
      {"dir": "recv", "close": 1011, "reason": "Internal error encountered."},
      {"reconnect": {"handle": "..."}},
      ...]}

Rules, in the order the recorder applies them:

* JSON frames are stored parsed (``json``); a frame that is not JSON is stored as ``raw`` text (``rawBase64`` for
  bytes that are not UTF-8), so a recording of a broken server replays the same broken bytes.
* In frames the client sends, every media blob (an object with ``mimeType`` and a base64 ``data`` string) keeps only
  the length and SHA-256 of its decoded bytes: audio is large and proves nothing a hash does not. Server frames keep
  their media, because the client must decode it.
* Secrets never reach the file: each value given in ``secrets`` (the API key) is replaced by ``REDACTED`` in every
  string, and every string under a field named like a credential (``key``, ``apiKey``, ``token``, ``accessToken``,
  ``secret``, ``password``, ``authorization``) is replaced too. Token *counts* (``promptTokenCount``) are numbers
  under other names and stay.
* The shells' ``RecordingConnection`` (``_async/recording.py``, sync twin generated) wraps a WebSocket and reports
  each frame to a :class:`CassetteRecorder`, which writes the file whenever a connection ends.
* A close the client receives is ``{"dir": "recv", "close": code, "reason": ...}``; a connection lost without a
  close frame (code 1006) is ``{"dir": "recv", "drop": true}``; the client's own close is ``{"dir": "send",
  "close": ...}``. A second connection of the same session (resumption) starts with ``{"reconnect": {"handle":
  ...}}``, the handle being the one its ``setup`` carries.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import orjson

from .._core.redact import REDACTED, redact

__all__ = [
    "REDACTED",
    "CassetteRecorder",
    "LiveCassette",
    "digest_media",
    "find_credentials",
    "frame_entry",
    "scrub",
]

ABNORMAL_CLOSURE = 1006
"""The close code a WebSocket library reports for a connection lost without a close frame."""

# Field names whose string values are credentials. Matched on the name with ``_`` and ``-`` removed, lower-cased.
_CREDENTIAL_FIELD = re.compile(
    r"^(?:x?googapi)?(?:api)?key$|^(?:access|auth|bearer|id|refresh|ephemeral|session)?token$"
    r"|^(?:client)?secret$|^password$|^authorization$|^credentials?$"
)


def _is_credential_field(name: str) -> bool:
    return bool(_CREDENTIAL_FIELD.match(name.replace("_", "").replace("-", "").lower()))


def scrub(value: Any, secrets: Sequence[str] = ()) -> Any:
    """``value`` (parsed JSON) with each secret replaced by ``REDACTED`` in every string and every string under a
    credential-named field replaced by ``REDACTED``. Returns new containers; ``value`` is not changed."""
    return redact(value, secrets, _is_credential_field)


def find_credentials(value: Any, path: str = "$") -> list[str]:
    """JSON paths of the strings in ``value`` held by a credential-named field and not ``REDACTED``: what
    :func:`scrub` would replace. A cassette scan uses it to prove nothing was left."""
    found: list[str] = []
    if isinstance(value, list):
        items: list[Any] = value
        for index, item in enumerate(items):
            found += find_credentials(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in cast("dict[str, Any]", value).items():
            where = f"{path}.{key}"
            if isinstance(item, str) and _is_credential_field(key) and item != REDACTED:
                found.append(where)
            else:
                found += find_credentials(item, where)
    return found


def _media_digest(data: str) -> dict[str, Any] | None:
    try:
        decoded = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None
    return {"bytes": len(decoded), "sha256": hashlib.sha256(decoded).hexdigest()}


def digest_media(value: Any) -> Any:
    """``value`` (parsed JSON) with the base64 ``data`` of every media blob (an object holding ``mimeType`` and a
    ``data`` string) replaced by ``{"bytes": n, "sha256": hex}`` of the decoded bytes. Data that is not valid base64
    stays as it is, so a client sending garbage is still caught by the comparison. Returns new containers."""
    if isinstance(value, list):
        items: list[Any] = value
        return [digest_media(item) for item in items]
    if isinstance(value, dict):
        blob = cast("dict[str, Any]", value)
        out = {key: digest_media(item) for key, item in blob.items()}
        data = blob.get("data")
        if isinstance(data, str) and "mimeType" in blob:
            digest = _media_digest(data)
            if digest is not None:
                out["data"] = digest
        return out
    return value


def frame_entry(direction: str, frame: str | bytes, secrets: Sequence[str] = ()) -> dict[str, Any]:
    """The cassette entry of one frame: ``{"dir", "kind", "json"}`` for JSON (media digested when the client sent
    it), else ``{"dir", "kind", "raw"}`` (or ``rawBase64`` for bytes that are not UTF-8). Secrets are scrubbed."""
    kind = "text" if isinstance(frame, str) else "binary"
    entry: dict[str, Any] = {"dir": direction, "kind": kind}
    try:
        message = orjson.loads(frame)
    except orjson.JSONDecodeError:
        if isinstance(frame, str):
            entry["raw"] = scrub(frame, secrets)
            return entry
        try:
            entry["raw"] = scrub(frame.decode("utf-8"), secrets)
        except UnicodeDecodeError:
            entry["rawBase64"] = base64.b64encode(frame).decode("ascii")
        return entry
    if direction == "send":
        message = digest_media(message)
    entry["json"] = scrub(message, secrets)
    return entry


class LiveCassette:
    """A Live cassette in memory: the header fields and the frames, in order (see the module docstring)."""

    def __init__(self, *, model: str, path: str, frames: Iterable[dict[str, Any]] = (), **provenance: str) -> None:
        self.provenance = {key.replace("_", "-"): value for key, value in provenance.items()}
        self.model = model
        self.path = path
        self.frames: list[dict[str, Any]] = list(frames)

    @classmethod
    def loads(cls, text: str | bytes) -> LiveCassette:
        """Parse a cassette file's content."""
        document: Any = orjson.loads(text)
        if not isinstance(document, dict) or not isinstance(cast("dict[str, Any]", document).get("frames"), list):
            raise ValueError("a Live cassette is a JSON object with a 'frames' list")
        fields = cast("dict[str, Any]", document)
        header = {key: str(value) for key, value in fields.items() if key not in {"model", "path", "frames"}}
        return cls(model=str(fields["model"]), path=str(fields["path"]), frames=fields["frames"], **header)

    @classmethod
    def load(cls, path: str | Path) -> LiveCassette:
        """Read a cassette file."""
        return cls.loads(Path(path).read_bytes())

    def dumps(self) -> str:
        """The file's text: the header one field a line, then one frame a line (diffs stay readable)."""
        header = {**self.provenance, "model": self.model, "path": self.path}
        lines = [f" {orjson.dumps(key).decode()}: {orjson.dumps(value).decode()}," for key, value in header.items()]
        frames = [" " + orjson.dumps(frame).decode() for frame in self.frames]
        body = ",\n ".join(frames)
        return "{\n" + "\n".join(lines) + '\n "frames": [\n ' + body + "\n ]\n}\n"

    def dump(self, path: str | Path) -> None:
        """Write the cassette file (parent folders are created)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.dumps(), encoding="utf-8")


class CassetteRecorder:
    """Records the connections of one Live session into a cassette, written to ``file`` each time one ends.

    Pure bookkeeping: the shells' ``RecordingConnection`` (``live/_async/recording.py`` and its sync twin) wraps
    each WebSocket the session opens and reports every frame here::

        recorder = CassetteRecorder("my_session.json", model="models/gemini-live-2.5-flash-preview",
                                    path=WEBSOCKET_PATH, secrets=[api_key])
        connection = RecordingConnection(await open_websocket(url, headers=headers, ...), recorder)
    """

    def __init__(self, file: str | Path, *, model: str, path: str, secrets: Sequence[str] = (), note: str = "") -> None:
        self.file = Path(file)
        self.secrets = [secret for secret in secrets if secret]
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
        recorded = f"{when} by pygenai.live._recording.CassetteRecorder" + (f": {note}" if note else "")
        self.cassette = LiveCassette(model=model, path=path, recorded=recorded)
        self._connections = 0
        self._marker: dict[str, Any] | None = None
        self._ended = True

    def opened(self) -> None:
        """A connection opened: from the second on, a ``reconnect`` marker (its handle read from the setup sent)."""
        self._connections += 1
        self._ended = False
        if self._connections > 1:
            self._marker = {"reconnect": {"handle": None}}
            self.cassette.frames.append(self._marker)

    def sent(self, frame: str | bytes) -> None:
        """The client sent ``frame``."""
        entry = frame_entry("send", frame, self.secrets)
        if self._marker is not None:
            self._marker["reconnect"]["handle"] = _resumption_handle(entry)
            self._marker = None
        self.cassette.frames.append(entry)

    def received(self, frame: str | bytes) -> None:
        """The client received ``frame``."""
        self.cassette.frames.append(frame_entry("recv", frame, self.secrets))

    def receive_failed(self, error: BaseException) -> None:
        """Receiving raised ``error``: a close (an error with an int ``code``; 1006 is a drop) ends the connection."""
        code = getattr(error, "code", None)
        if isinstance(code, int):
            reason = scrub(str(getattr(error, "reason", "")), self.secrets)
            self._end(
                {"dir": "recv", "drop": True}
                if code == ABNORMAL_CLOSURE
                else {"dir": "recv", "close": code, "reason": reason}
            )

    def closed(self, code: int, reason: str) -> None:
        """The client closed the connection (recorded unless the connection had already ended)."""
        self._end({"dir": "send", "close": code, "reason": scrub(reason, self.secrets)})

    def _end(self, entry: dict[str, Any]) -> None:
        if not self._ended:
            self._ended = True
            self.cassette.frames.append(entry)
        self.save()

    def save(self) -> None:
        """Write the cassette as recorded so far."""
        self.cassette.dump(self.file)


def _member(value: Any, key: str) -> Any:
    return cast("dict[str, Any]", value).get(key) if isinstance(value, dict) else None


def _resumption_handle(entry: Mapping[str, Any]) -> str | None:
    handle = _member(_member(_member(entry.get("json"), "setup"), "sessionResumption"), "handle")
    return handle if isinstance(handle, str) else None
