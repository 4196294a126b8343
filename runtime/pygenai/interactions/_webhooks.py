"""``verify_webhook``: check a Gemini webhook delivery against its signing secret and decode its event.

The checks and the event types are in :mod:`pygenai._core.webhooks` (pure); this module adds the clock.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import cast

from .._core.webhooks import (
    DEFAULT_TOLERANCE,
    HeadersInput,
    WebhookEvent,
    decode_event,
    decode_secret,
    verify_signature,
)

__all__ = ["verify_webhook"]


def verify_webhook(
    body: bytes | bytearray | memoryview | str,
    headers: HeadersInput,
    secret: str | bytes,
    *,
    tolerance: float | timedelta = DEFAULT_TOLERANCE,
    now: float | datetime | None = None,
) -> WebhookEvent:
    """Verify a webhook delivery (Standard Webhooks signatures) and return its event, typed.

    ``body`` must be the request body exactly as received (``await request.body()``, ``request.get_data()``):
    the signature covers those bytes, and JSON parsed and dumped again rarely gives them back. ``headers`` are
    the request's headers in any case (a mapping or ``(name, value)`` pairs, text or bytes); ``secret`` the
    ``whsec_...`` signing secret that ``client.webhooks.create`` (``new_signing_secret``) or
    ``rotate_signing_secret`` returned. A ``webhook-signature`` header may hold several signatures (one per
    secret during a rotation); one that matches is enough.
    Dynamic webhooks (``webhook_config`` on a request) are signed with a JWT instead and are refused, saying so.

    ``tolerance`` is the replay window (seconds, or a ``timedelta``; 5 minutes by default) on either side of
    ``now`` (the current time unless given: Unix seconds or an aware ``datetime``).

    Returns a :class:`BatchWebhookEvent`, an :class:`InteractionWebhookEvent`, or an
    :class:`UnknownWebhookEvent` for other types; each keeps ``data`` and the whole ``payload`` as sent, and
    ``webhook_id`` to drop redeliveries by.

    Raises :class:`WebhookVerificationError` saying which check failed (never showing the secret), and
    :class:`ResponseDecodeError` for a correctly signed body that is not an event.
    """
    given = cast(object, body)  # checked at run time: a parsed body (a dict) is the usual mistake
    if isinstance(given, str):
        raw = given.encode()
    elif isinstance(given, bytes | bytearray | memoryview):
        raw = bytes(cast("bytes | bytearray | memoryview[int]", given))
    else:
        raise TypeError(f"body: expected the raw request body as bytes, got {type(given).__name__}")
    window = tolerance.total_seconds() if isinstance(tolerance, timedelta) else float(tolerance)
    if window < 0:
        raise ValueError("tolerance must be >= 0")
    if now is None:
        moment = time.time()
    elif isinstance(now, datetime):
        if now.tzinfo is None:
            raise ValueError("now: give an aware datetime (with tzinfo), such as datetime.now(UTC)")
        moment = now.timestamp()
    else:
        moment = float(now)
    delivery = verify_signature(raw, headers, decode_secret(secret), now=moment, tolerance=window)
    return decode_event(raw, delivery)
