"""``pygenai.verify_webhook``: Standard Webhooks signatures checked on the raw body, events decoded into types.

Deliveries are signed here with the ``standardwebhooks`` package, the specification's reference
implementation, so the tests do not grade pygenai against its own signer; a property test runs both verifiers
on the same inputs and requires the same verdict.
"""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime, timedelta

import orjson
import pytest
import standardwebhooks
from hypothesis import given, settings
from hypothesis import strategies as st

import pygenai
from pygenai import (
    BatchWebhookEvent,
    InteractionWebhookEvent,
    ResponseDecodeError,
    UnknownWebhookEvent,
    WebhookVerificationError,
)

KEY = bytes(range(32))
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another key of thirty-two bytes!").decode()
NOW = 1_790_000_000  # a fixed "now" (2026-09-21), passed to verify_webhook so the window is tested exactly
WEBHOOK_ID = "msg_2ZC3m0vYQn8sKp1xT"

BATCH_SUCCEEDED = (
    b'{"type":"batch.succeeded","version":"v1","timestamp":"2026-09-21T10:13:20Z",'
    b'"data":{"id":"batches/7xq3pm2k9v","output_file_uri":"files/batch-7xq3pm2k9v-results"}}'
)
INTERACTION_COMPLETED = (
    b'{"type":"interaction.completed","version":"v1","timestamp":"2026-09-21T10:13:20Z",'
    b'"data":{"id":"v1_ChZ4cTNwbTJrOXZ4cTNwbTJrOXZ4cRIWeHEzcG0yazl2eHEzcG0yazl2eHEz",'
    b'"user_metadata":{"job":"nightly-report","tenant":"acme"}}}'
)


def sign(body: bytes, *, secret: str = SECRET, webhook_id: str = WEBHOOK_ID, at: int = NOW) -> str:
    """A ``webhook-signature`` entry made by the reference implementation."""
    return standardwebhooks.Webhook(secret).sign(webhook_id, datetime.fromtimestamp(at, UTC), body.decode())


def headers(body: bytes, *, secret: str = SECRET, at: int = NOW, signature: str | None = None) -> dict[str, str]:
    return {
        "webhook-id": WEBHOOK_ID,
        "webhook-timestamp": str(at),
        "webhook-signature": signature if signature is not None else sign(body, secret=secret, at=at),
    }


def refused(body: bytes, hdrs: object, secret: str | bytes = SECRET, **kwargs: object) -> str:
    """The message of the verification error, checked never to show the secret."""
    with pytest.raises(WebhookVerificationError) as caught:
        pygenai.verify_webhook(body, hdrs, secret, now=NOW, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert SECRET not in message and SECRET.removeprefix("whsec_") not in message
    return message


# --------------------------------------------------------------------------- valid deliveries and their events


def test_a_signed_batch_completion_decodes_to_a_batch_event() -> None:
    event = pygenai.verify_webhook(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED), SECRET, now=NOW)
    assert isinstance(event, BatchWebhookEvent)
    assert event.type == "batch.succeeded" and event.outcome == "succeeded"
    assert event.batch_id == "batches/7xq3pm2k9v"
    assert event.output_file_uri == "files/batch-7xq3pm2k9v-results"
    assert event.error_code is None and event.error_message is None
    assert event.webhook_id == WEBHOOK_ID
    assert event.sent_at == datetime.fromtimestamp(NOW, UTC)
    assert event.payload["version"] == "v1"


def test_a_failed_batch_keeps_its_error() -> None:
    body = (
        b'{"type":"batch.failed","data":{"id":"batches/7xq3pm2k9v",'
        b'"error_code":"invalid_request","error_message":"Line 3 of the input file is not JSON."}}'
    )
    event = pygenai.verify_webhook(body, headers(body), SECRET, now=NOW)
    assert isinstance(event, BatchWebhookEvent)
    assert (event.outcome, event.error_code, event.error_message) == (
        "failed",
        "invalid_request",
        "Line 3 of the input file is not JSON.",
    )


def test_an_interaction_completion_decodes_with_its_user_metadata() -> None:
    event = pygenai.verify_webhook(INTERACTION_COMPLETED, headers(INTERACTION_COMPLETED), SECRET, now=NOW)
    assert isinstance(event, InteractionWebhookEvent)
    assert event.interaction_id == "v1_ChZ4cTNwbTJrOXZ4cTNwbTJrOXZ4cRIWeHEzcG0yazl2eHEzcG0yazl2eHEz"
    assert event.status == "completed"
    assert event.user_metadata == {"job": "nightly-report", "tenant": "acme"}


def test_an_interaction_failure_reads_a_nested_error_and_an_explicit_status() -> None:
    body = (
        b'{"type":"interaction.failed","data":{"id":"v1_abc","status":"failed",'
        b'"error":{"code":"quota_exceeded","message":"Daily quota exhausted."}}}'
    )
    event = pygenai.verify_webhook(body, headers(body), SECRET, now=NOW)
    assert isinstance(event, InteractionWebhookEvent)
    assert (event.status, event.error_code, event.error_message) == (
        "failed",
        "quota_exceeded",
        "Daily quota exhausted.",
    )
    assert event.user_metadata is None


def test_requires_action_takes_its_status_from_the_event_type() -> None:
    body = b'{"type":"interaction.requires_action","data":{"id":"v1_abc"}}'
    event = pygenai.verify_webhook(body, headers(body), SECRET, now=NOW)
    assert isinstance(event, InteractionWebhookEvent) and event.status == "requires_action"


def test_an_unknown_event_type_survives_with_its_data() -> None:
    body = b'{"type":"video.generated","data":{"id":"models/veo-3/operations/k2","file_name":"files/v1"},"extra":1}'
    event = pygenai.verify_webhook(body, headers(body), SECRET, now=NOW)
    assert type(event) is UnknownWebhookEvent
    assert event.type == "video.generated"
    assert event.data == {"id": "models/veo-3/operations/k2", "file_name": "files/v1"}
    assert event.payload["extra"] == 1


def test_headers_are_found_in_any_case_and_any_shape() -> None:
    signed = headers(BATCH_SUCCEEDED)
    shapes: list[object] = [
        {name.upper(): value for name, value in signed.items()},
        {name.title(): value for name, value in signed.items()},  # Webhook-Id, as many frameworks spell it
        [(name.replace("webhook", "WebHook"), value) for name, value in signed.items()],
        [(name.encode(), value.encode()) for name, value in signed.items()],  # ASGI's raw header pairs
        {**signed, "content-type": "application/json", "user-agent": "Google-Webhooks"},
    ]
    for shape in shapes:
        event = pygenai.verify_webhook(BATCH_SUCCEEDED, shape, SECRET, now=NOW)  # type: ignore[arg-type]
        assert isinstance(event, BatchWebhookEvent), shape


def test_body_as_text_or_bytearray_and_secret_in_every_form() -> None:
    signed = headers(BATCH_SUCCEEDED)
    for body in (BATCH_SUCCEEDED.decode(), bytearray(BATCH_SUCCEEDED), memoryview(BATCH_SUCCEEDED)):
        assert pygenai.verify_webhook(body, signed, SECRET, now=NOW).type == "batch.succeeded"
    unpadded = SECRET.removeprefix("whsec_").rstrip("=")
    for secret in (SECRET.removeprefix("whsec_"), "whsec_" + unpadded, KEY):
        assert pygenai.verify_webhook(BATCH_SUCCEEDED, signed, secret, now=NOW).type == "batch.succeeded"


def test_now_defaults_to_the_current_time() -> None:
    current = int(time.time())
    event = pygenai.verify_webhook(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED, at=current), SECRET)
    assert event.sent_at == datetime.fromtimestamp(current, UTC)
    refused_now = headers(BATCH_SUCCEEDED, at=current - 3600)
    with pytest.raises(WebhookVerificationError, match="s old"):
        pygenai.verify_webhook(BATCH_SUCCEEDED, refused_now, SECRET)


# --------------------------------------------------------------------------- refused deliveries


def test_a_tampered_body_is_refused() -> None:
    tampered = BATCH_SUCCEEDED.replace(b"batch.succeeded", b"batch.failed!!!")
    message = refused(tampered, headers(BATCH_SUCCEEDED))
    assert "no signature in webhook-signature matches the body and secret (1 v1 signature(s) checked)" in message


def test_a_re_serialized_body_is_refused_which_is_why_the_raw_bytes_are_needed() -> None:
    reparsed = orjson.dumps(orjson.loads(BATCH_SUCCEEDED), option=orjson.OPT_INDENT_2)
    assert "raw bytes received" in refused(reparsed, headers(BATCH_SUCCEEDED))


def test_a_wrong_secret_is_refused() -> None:
    assert "matches the body and secret" in refused(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED, secret=OTHER_SECRET))


def test_a_timestamp_outside_the_window_is_refused_both_ways() -> None:
    old = headers(BATCH_SUCCEEDED, at=NOW - 301)
    assert refused(BATCH_SUCCEEDED, old) == "webhook-timestamp is 301 s old, outside the 300 s replay window"
    future = headers(BATCH_SUCCEEDED, at=NOW + 301)
    assert "301 s in the future, outside the 300 s replay window" in refused(BATCH_SUCCEEDED, future)
    # The window's edges are inside it.
    for edge in (NOW - 300, NOW + 300):
        assert pygenai.verify_webhook(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED, at=edge), SECRET, now=NOW)


def test_the_window_can_be_changed_and_now_given_as_a_datetime() -> None:
    late = headers(BATCH_SUCCEEDED, at=NOW - 900)
    assert "outside the 600 s replay window" in refused(BATCH_SUCCEEDED, late, tolerance=timedelta(minutes=10))
    event = pygenai.verify_webhook(BATCH_SUCCEEDED, late, SECRET, now=NOW, tolerance=timedelta(minutes=20))
    assert event.type == "batch.succeeded"
    moment = datetime.fromtimestamp(NOW + 100, UTC)
    assert pygenai.verify_webhook(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED), SECRET, now=moment)
    with pytest.raises(ValueError, match="aware datetime"):
        pygenai.verify_webhook(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED), SECRET, now=datetime(2026, 9, 21))
    with pytest.raises(ValueError, match="tolerance must be >= 0"):
        pygenai.verify_webhook(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED), SECRET, now=NOW, tolerance=-1)


def test_one_valid_signature_among_several_is_enough() -> None:
    valid = sign(BATCH_SUCCEEDED)
    stale = sign(BATCH_SUCCEEDED, secret=OTHER_SECRET)  # the secret before a rotation
    others = [
        stale,
        "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg==",  # asymmetric
        "v1,not-base64!",
        "garbage-without-a-comma",
        "v2," + valid.partition(",")[2],  # the right bytes under a version this verifier does not know
    ]
    for position in range(len(others) + 1):
        entries = [*others[:position], valid, *others[position:]]
        signed = headers(BATCH_SUCCEEDED, signature=" ".join(entries))
        assert pygenai.verify_webhook(BATCH_SUCCEEDED, signed, SECRET, now=NOW).type == "batch.succeeded"
    # Either secret of a rotation verifies the delivery signed with both.
    both = headers(BATCH_SUCCEEDED, signature=f"{stale} {valid}")
    assert pygenai.verify_webhook(BATCH_SUCCEEDED, both, OTHER_SECRET, now=NOW).type == "batch.succeeded"
    # Without the valid one, every v1 entry is checked and none matches.
    message = refused(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED, signature=" ".join(others)))
    assert "(1 v1 signature(s) checked)" in message


def test_a_signature_header_without_a_v1_entry_is_refused() -> None:
    signed = headers(BATCH_SUCCEEDED, signature="v1a,abc garbage v1,!!!")
    assert refused(BATCH_SUCCEEDED, signed) == "webhook-signature holds no 'v1,<base64>' signature"


def test_a_dynamic_webhook_jwt_is_refused_with_what_it_is() -> None:
    jwt = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2dlbmVyYXRpdmVsYW5ndWFnZSJ9.c2lnbmF0dXJl"
    message = refused(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED, signature=jwt))
    assert message.startswith("webhook-signature holds a JWT, as a dynamic webhook (webhook_config on a request)")


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_each_missing_header_is_named(missing: str) -> None:
    signed = {name: value for name, value in headers(BATCH_SUCCEEDED).items() if name != missing}
    assert refused(BATCH_SUCCEEDED, signed) == f"missing header(s): {missing}"
    blank = {**headers(BATCH_SUCCEEDED), missing: "  "}
    assert refused(BATCH_SUCCEEDED, blank) == f"missing header(s): {missing}"


def test_no_headers_at_all() -> None:
    message = refused(BATCH_SUCCEEDED, {})
    assert message == "missing header(s): webhook-id, webhook-timestamp, webhook-signature"


@pytest.mark.parametrize("value", ["1790000000.5", "-1790000000", "soon", "1e9", "9" * 13])
def test_a_timestamp_that_is_not_unix_seconds_is_refused(value: str) -> None:
    signed = {**headers(BATCH_SUCCEEDED), "webhook-timestamp": value}
    assert refused(BATCH_SUCCEEDED, signed).startswith("webhook-timestamp is not Unix seconds")


@pytest.mark.parametrize("secret", ["whsec_", "whsec_not base64!", "", b""])
def test_a_malformed_secret_is_refused_without_echoing_it(secret: str | bytes) -> None:
    message = refused(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED), secret)
    assert "signing secret" in message
    if isinstance(secret, str) and secret.removeprefix("whsec_"):
        assert secret.removeprefix("whsec_") not in message


def test_wrong_argument_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="raw request body as bytes"):
        pygenai.verify_webhook({"type": "batch.succeeded"}, headers(BATCH_SUCCEEDED), SECRET, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="secret: expected str or bytes"):
        pygenai.verify_webhook(BATCH_SUCCEEDED, headers(BATCH_SUCCEEDED), 42, now=NOW)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- signed, but not an event


@pytest.mark.parametrize(
    ("body", "path", "reason"),
    [
        (b"not json", "$", "the webhook body is not JSON"),
        (b'["batch.succeeded"]', "$", "expected a JSON object, got list"),
        (b'{"data":{}}', "$.type", "expected the event type as a string"),
        (b'{"type":"batch.failed","data":[1]}', "$.data", "expected an object, got list"),
        (b'{"type":"batch.failed","data":{"id":7}}', "$.data.id", "expected a string, got int"),
        (b'{"type":"interaction.failed","data":{"error_code":404}}', "$.data.error_code", "expected a string"),
    ],
)
def test_a_signed_body_that_is_not_an_event_names_the_path(body: bytes, path: str, reason: str) -> None:
    with pytest.raises(ResponseDecodeError) as caught:
        pygenai.verify_webhook(body, headers(body), SECRET, now=NOW)
    assert caught.value.path == path
    assert reason in caught.value.reason


# --------------------------------------------------------------------------- agreement with the reference


@settings(max_examples=150, deadline=None)
@given(
    body=st.text(max_size=200).map(str.encode),
    webhook_id=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=30),
    key=st.binary(min_size=1, max_size=64),
    skew=st.one_of(st.integers(-3000, -305), st.integers(-295, 295), st.integers(305, 3000)),
    tamper=st.sampled_from(["none", "body", "secret", "signature"]),
)
def test_verdicts_agree_with_the_reference_implementation(
    body: bytes, webhook_id: str, key: bytes, skew: int, tamper: str
) -> None:
    secret = "whsec_" + base64.b64encode(key).decode()
    at = int(time.time()) + skew
    signature = standardwebhooks.Webhook(secret).sign(webhook_id, datetime.fromtimestamp(at, UTC), body.decode())
    if tamper == "signature":
        signature = "v1," + base64.b64encode(bytes(32)).decode()
    received = body + b" " if tamper == "body" else body
    verifier_secret = "whsec_" + base64.b64encode(key + b"x").decode() if tamper == "secret" else secret
    delivery = {"webhook-id": webhook_id, "webhook-timestamp": str(at), "webhook-signature": signature}

    try:
        standardwebhooks.Webhook(verifier_secret).verify(received, delivery, json_parse=False)
        reference_accepts = True
    except standardwebhooks.WebhookVerificationError:
        reference_accepts = False
    try:
        pygenai.verify_webhook(received, delivery, verifier_secret)
        ours_accepts = True
    except WebhookVerificationError:
        ours_accepts = False
    except ResponseDecodeError:  # verified; the random body is just not an event
        ours_accepts = True
    assert ours_accepts == reference_accepts
    assert ours_accepts == (tamper == "none" and abs(skew) < 300)
