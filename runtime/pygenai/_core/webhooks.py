"""Webhook deliveries of the Gemini API, without I/O: Standard Webhooks signature checks and the event types.

Gemini signs the webhooks registered with ``client.webhooks`` the way the Standard Webhooks specification
(standardwebhooks.com) says: three headers, ``webhook-id``, ``webhook-timestamp`` (Unix seconds) and
``webhook-signature``, which holds one or more space-separated ``v1,<base64 HMAC-SHA256>`` entries, each over
the bytes ``{id}.{timestamp}.{body}`` keyed with the secret ``whsec_<base64 key>``. One matching entry is enough
(a rotated secret signs next to the old one for a while); a timestamp further than the tolerance from now, in
the past or the future, is refused so that a captured delivery cannot be replayed later.

Dynamic webhooks (``webhook_config`` on a request) carry the same headers, but Google signs them with an RS256
JWT, checked against its published keys (I/O, and RSA, which the standard library lacks); they are refused
here with a message that says so.

Why the standard library and not the ``standardwebhooks`` package: version 1.1 of that package has no
dependencies and does the same computation, but a header it cannot parse (an entry without a comma, bad
base64, a body that is not UTF-8) escapes as ``ValueError``/``binascii.Error`` rather than a verification
error, its messages do not say which check failed, it reads the wall clock with no way to test the window,
and the release before it pulled in fourteen packages (httpx among them). The check is a dozen lines of
``hmac``; the test suite runs the package as the reference signer and verifier against this module, so the
two agree on every input the reference accepts.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeAlias, cast

import orjson

from .errors import ResponseDecodeError, WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "BatchWebhookEvent",
    "HeadersInput",
    "InteractionWebhookEvent",
    "UnknownWebhookEvent",
    "VerifiedDelivery",
    "WebhookEvent",
    "decode_event",
    "decode_secret",
    "verify_signature",
]

DEFAULT_TOLERANCE = 300.0
"""The replay window of the Standard Webhooks specification, in seconds either side of now."""

HeadersInput: TypeAlias = Mapping[str, str] | Mapping[bytes, bytes] | Iterable[tuple[str | bytes, str | bytes]]
"""Request headers as a web framework gives them: a mapping (any case) or (name, value) pairs, text or bytes."""

_SECRET_PREFIX = "whsec_"
_NAMES = ("webhook-id", "webhook-timestamp", "webhook-signature")
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_JWT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


@dataclass(frozen=True, slots=True)
class VerifiedDelivery:
    """What the headers of a delivery whose signature matched say: its id (the key to drop redeliveries by)
    and when it was sent."""

    webhook_id: str
    timestamp: datetime


def _text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def _webhook_headers(headers: HeadersInput) -> dict[str, str]:
    """The three Standard Webhooks headers, found whatever their case; other headers are ignored."""
    pairs: Iterable[tuple[str | bytes, str | bytes]]
    if isinstance(headers, Mapping):
        pairs = cast("Mapping[str | bytes, str | bytes]", headers).items()
    else:
        pairs = headers
    found: dict[str, str] = {}
    for name, value in pairs:
        key = _text(name).strip().lower()
        if key in _NAMES:
            found[key] = _text(value).strip()
    return found


def decode_secret(secret: str | bytes) -> bytes:
    """The HMAC key of a signing secret: ``whsec_<base64>`` (the prefix is optional), or the raw key as bytes.

    Raises :class:`WebhookVerificationError` for a secret that is empty or not base64; the message never
    holds the secret.
    """
    given = cast(object, secret)  # checked at run time: callers pass whatever their settings hold
    if isinstance(given, bytes | bytearray):
        key = bytes(given)
    elif isinstance(given, str):
        encoded = given.strip().removeprefix(_SECRET_PREFIX)
        try:
            # Secrets are sometimes handed around without their '=' padding; add what is missing.
            key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        except (binascii.Error, ValueError):
            raise WebhookVerificationError(
                "the signing secret is not 'whsec_' followed by base64 (as webhooks.create and "
                "rotate_signing_secret return it); pass the raw key as bytes otherwise"
            ) from None
    else:
        raise TypeError(f"secret: expected str or bytes, got {type(given).__name__}")
    if not key:
        raise WebhookVerificationError("the signing secret is empty")
    return key


def _signatures(header: str) -> list[bytes]:
    """The decoded ``v1`` entries of a ``webhook-signature`` header; entries of other versions or malformed
    ones are skipped (the specification lets a sender add schemes a receiver does not know)."""
    found: list[bytes] = []
    for entry in header.split():
        version, comma, encoded = entry.partition(",")
        if version != "v1" or not comma:
            continue
        try:
            found.append(base64.b64decode(encoded, validate=True))
        except (binascii.Error, ValueError):
            continue
    return found


def verify_signature(
    body: bytes,
    headers: HeadersInput,
    key: bytes,
    *,
    now: float,
    tolerance: float = DEFAULT_TOLERANCE,
) -> VerifiedDelivery:
    """Check a delivery's headers against its raw ``body`` and the HMAC ``key``, at Unix time ``now``.

    Raises :class:`WebhookVerificationError` naming what failed: a missing header, a timestamp that is not
    Unix seconds or lies more than ``tolerance`` seconds before or after ``now``, a signature header with no
    ``v1`` entry, or no entry that matches.
    """
    found = _webhook_headers(headers)
    missing = [name for name in _NAMES if not found.get(name)]
    if missing:
        raise WebhookVerificationError(f"missing header(s): {', '.join(missing)}")
    webhook_id, raw_timestamp, signature_header = (found[name] for name in _NAMES)
    if not _TIMESTAMP.fullmatch(raw_timestamp):
        raise WebhookVerificationError(f"webhook-timestamp is not Unix seconds: {raw_timestamp[:40]!r}")
    sent = int(raw_timestamp)
    if sent < now - tolerance:
        raise WebhookVerificationError(
            f"webhook-timestamp is {now - sent:.0f} s old, outside the {tolerance:.0f} s replay window"
        )
    if sent > now + tolerance:
        raise WebhookVerificationError(
            f"webhook-timestamp is {sent - now:.0f} s in the future, outside the {tolerance:.0f} s replay window"
        )
    candidates = _signatures(signature_header)
    if not candidates:
        if _JWT.fullmatch(signature_header):
            raise WebhookVerificationError(
                "webhook-signature holds a JWT, as a dynamic webhook (webhook_config on a request) is signed: RS256 "
                "by Google, to check against Google's published keys; this function checks the HMAC signatures of "
                "webhooks registered with client.webhooks"
            )
        raise WebhookVerificationError("webhook-signature holds no 'v1,<base64>' signature")
    signed = b"%s.%s.%s" % (webhook_id.encode(), raw_timestamp.encode(), body)
    expected = hmac.new(key, signed, hashlib.sha256).digest()
    # Compare every entry, without stopping at the first match, so the time taken does not say which matched.
    matched = False
    for candidate in candidates:
        matched |= hmac.compare_digest(expected, candidate)
    if not matched:
        raise WebhookVerificationError(
            f"no signature in webhook-signature matches the body and secret ({len(candidates)} v1 signature(s) "
            "checked); the body must be the raw bytes received, before any JSON parsing"
        )
    return VerifiedDelivery(webhook_id, datetime.fromtimestamp(sent, UTC))


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """A verified webhook event.

    ``type`` is the event type (``batch.succeeded``, ``interaction.completed``, ...), ``webhook_id`` the
    delivery's ``webhook-id`` (the same on every redelivery: the key to drop duplicates by), ``sent_at`` the
    delivery's ``webhook-timestamp``, ``data`` the event's ``data`` object and ``payload`` the whole decoded
    body, so fields this version does not name stay readable.
    """

    type: str
    webhook_id: str
    sent_at: datetime
    data: Mapping[str, Any] = field(repr=False)
    payload: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def user_metadata(self) -> Mapping[str, Any] | None:
        """The ``user_metadata`` of a dynamic webhook (``webhook_config`` on the request), echoed back."""
        for where in (self.data, self.payload):
            value = where.get("user_metadata")
            if isinstance(value, Mapping):
                return value  # pyright: ignore[reportUnknownVariableType]
        return None


@dataclass(frozen=True, slots=True)
class BatchWebhookEvent(WebhookEvent):
    """A batch job ended: ``batch.succeeded``, ``batch.failed``, ``batch.expired`` or ``batch.cancelled``.

    ``batch_id`` names the job (``data.id``); a success points at its results (``output_file_uri``, or
    ``file_name`` of a results file); a failure has ``error_code`` and ``error_message``.
    """

    batch_id: str | None = None
    output_file_uri: str | None = None
    file_name: str | None = None
    error_code: str | None = None
    error_message: str | None = None

    @property
    def outcome(self) -> str:
        """What became of the job: the part of ``type`` after ``batch.`` (``succeeded``, ``failed``, ...)."""
        return self.type.removeprefix("batch.")


@dataclass(frozen=True, slots=True)
class InteractionWebhookEvent(WebhookEvent):
    """A background interaction changed state: ``interaction.completed``, ``interaction.requires_action``,
    ``interaction.failed`` or ``interaction.cancelled``.

    ``interaction_id`` is ``data.id`` (fetch the result with ``client.interactions.get(id=...)``); ``status``
    the interaction's status, from ``data.status`` or else the event type; a failure has ``error_code`` and
    ``error_message``.
    """

    interaction_id: str | None = None
    status: str | None = None
    error_code: str | None = None
    error_message: str | None = None


@dataclass(frozen=True, slots=True)
class UnknownWebhookEvent(WebhookEvent):
    """An event of a type this version does not model (``video.generated``, or one added later): ``type``,
    ``data`` and ``payload`` hold it as sent."""


def _string(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None or isinstance(value, str):
        return value
    raise ResponseDecodeError(f"$.data.{name}", f"expected a string, got {type(value).__name__}", repr(value)[:60])


def _error_field(data: Mapping[str, Any], name: str) -> str | None:
    """``error_code``/``error_message`` of a failure event: flat in ``data``, or as ``data.error.{code,message}``."""
    flat = _string(data, f"error_{name}")
    if flat is not None:
        return flat
    error = data.get("error")
    if isinstance(error, Mapping):
        value = error.get(name)  # pyright: ignore[reportUnknownVariableType, reportUnknownMemberType]
        return None if value is None else str(value)  # pyright: ignore[reportUnknownArgumentType]
    return None


def decode_event(body: bytes, delivery: VerifiedDelivery) -> WebhookEvent:
    """The typed event a verified ``body`` holds; raises :class:`ResponseDecodeError` (with the JSON path) when
    the body is not a JSON object with a string ``type`` and an object ``data``."""
    try:
        payload: object = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise ResponseDecodeError("$", f"the webhook body is not JSON ({exc})", body[:60].decode("latin-1")) from None
    if not isinstance(payload, dict):
        raise ResponseDecodeError("$", f"expected a JSON object, got {type(payload).__name__}")
    event = cast("dict[str, Any]", payload)
    event_type = event.get("type")
    if not isinstance(event_type, str):
        raise ResponseDecodeError("$.type", "expected the event type as a string", repr(event_type)[:60])
    raw_data: object = event.get("data", {})
    if not isinstance(raw_data, dict):
        raise ResponseDecodeError("$.data", f"expected an object, got {type(raw_data).__name__}", repr(raw_data)[:60])
    data = cast("dict[str, Any]", raw_data)
    common: dict[str, Any] = {
        "type": event_type,
        "webhook_id": delivery.webhook_id,
        "sent_at": delivery.timestamp,
        "data": data,
        "payload": event,
    }
    if event_type.startswith("batch."):
        return BatchWebhookEvent(
            **common,
            batch_id=_string(data, "id"),
            output_file_uri=_string(data, "output_file_uri"),
            file_name=_string(data, "file_name"),
            error_code=_error_field(data, "code"),
            error_message=_error_field(data, "message"),
        )
    if event_type.startswith("interaction."):
        return InteractionWebhookEvent(
            **common,
            interaction_id=_string(data, "id"),
            status=_string(data, "status") or event_type.removeprefix("interaction."),
            error_code=_error_field(data, "code"),
            error_message=_error_field(data, "message"),
        )
    return UnknownWebhookEvent(**common)
