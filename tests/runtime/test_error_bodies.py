"""Error bodies in every form the API sends, decoded into typed errors (pure: no HTTP)."""

from __future__ import annotations

from collections.abc import Mapping

import orjson
import pytest

import pygenai
from pygenai._core.error_details import parse_duration, parse_error_body
from pygenai._core.errors import make_status_error, status_error_class

QUOTA_FAILURE: dict[str, object] = {
    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
    "violations": [
        {
            "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_input_token_count",
            "quotaId": "GenerateContentInputTokensPerModelPerMinute-FreeTier",
            "quotaDimensions": {"location": "global", "model": "gemini-2.5-pro"},
            "quotaValue": "250000",
        },
        {"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests"},
    ],
}
HELP: dict[str, object] = {
    "@type": "type.googleapis.com/google.rpc.Help",
    "links": [
        {
            "description": "Learn more about Gemini API quotas",
            "url": "https://ai.google.dev/gemini-api/docs/rate-limits",
        }
    ],
}
RETRY_INFO: dict[str, object] = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "17s"}


def pretty(obj: object) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_INDENT_2) + b"\n"


def error(code: int, status: str, message: str, *details: Mapping[str, object]) -> dict[str, object]:
    body: dict[str, object] = {"code": code, "message": message, "status": status}
    if details:
        body["details"] = list(details)
    return {"error": body}


@pytest.mark.parametrize(
    "details",
    [(QUOTA_FAILURE, HELP, RETRY_INFO), (HELP, QUOTA_FAILURE, RETRY_INFO), (RETRY_INFO, HELP, QUOTA_FAILURE)],
    ids=["quota-help-retry", "help-quota-retry", "retry-first"],
)
def test_rate_limit_details_decode_in_any_order(details: tuple[Mapping[str, object], ...]) -> None:
    body = pretty(error(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.", *details))
    parsed = parse_error_body(body, 429)
    assert parsed.code == 429 and parsed.status == "RESOURCE_EXHAUSTED"
    assert parsed.retry_delay == 17.0
    kinds = [type(d).__name__ for d in parsed.details]
    assert sorted(kinds) == ["Help", "QuotaFailure", "RetryInfo"]
    quota = next(d for d in parsed.details if isinstance(d, pygenai.QuotaFailure))
    assert quota.violations[0].quota_value == 250000
    assert quota.violations[0].quota_dimensions == {"location": "global", "model": "gemini-2.5-pro"}
    assert quota.violations[1].quota_value is None
    help_ = next(d for d in parsed.details if isinstance(d, pygenai.Help))
    assert help_.links[0].url == "https://ai.google.dev/gemini-api/docs/rate-limits"


def test_array_wrapped_error_object() -> None:
    body = pretty([error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")])
    parsed = parse_error_body(body, 503)
    assert (parsed.code, parsed.status, parsed.message) == (
        503,
        "UNAVAILABLE",
        "The model is overloaded. Please try again later.",
    )


def test_interactions_string_code() -> None:
    body = b'{"error":{"code":"invalid_request","message":"input must not be empty"}}'
    parsed = parse_error_body(body, 400)
    assert parsed.code == "invalid_request"
    assert parsed.status is None
    assert parsed.message == "input must not be empty"
    assert parsed.details == ()


def test_error_without_details() -> None:
    body = pretty(error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."))
    parsed = parse_error_body(body, 429)
    assert parsed.details == () and parsed.retry_delay is None
    assert parsed.message == "Resource has been exhausted (e.g. check quota)."


def test_html_page_from_a_proxy() -> None:
    body = b"<!DOCTYPE html>\n<html><head><title>502 Server Error</title></head><body><h1>Error</h1></body></html>"
    parsed = parse_error_body(body, 502, "Bad Gateway")
    assert parsed.code is None and parsed.status is None
    assert parsed.message == "HTTP 502 Bad Gateway (HTML page: 502 Server Error)"


def test_plain_text_and_empty_bodies() -> None:
    assert parse_error_body(b"upstream connect error", 503, "Service Unavailable").message == (
        "HTTP 503 Service Unavailable (body: upstream connect error)"
    )
    assert parse_error_body(b"", 500, "Internal Server Error").message == "HTTP 500 Internal Server Error"
    assert parse_error_body(b"[]", 500).message == "HTTP 500 (body: [])"
    assert parse_error_body(b'{"error": "quota"}', 429).message == "quota"


def test_bad_request_with_field_violations_error_info_and_unknown_details() -> None:
    debug = {
        "@type": "type.googleapis.com/google.rpc.DebugInfo",
        "detail": "[ORIGINAL ERROR] generic::invalid_argument",
    }
    body = pretty(
        error(
            400,
            "INVALID_ARGUMENT",
            "Invalid value at 'generation_config.temperature'",
            {
                "@type": "type.googleapis.com/google.rpc.BadRequest",
                "fieldViolations": [
                    {"field": "generation_config.temperature", "description": "must be between 0 and 2"},
                    {"field": "contents", "description": "must not be empty", "reason": "EMPTY"},
                ],
            },
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_KEY_INVALID",
                "domain": "googleapis.com",
                "metadata": {"service": "generativelanguage.googleapis.com"},
            },
            {"@type": "type.googleapis.com/google.rpc.LocalizedMessage", "locale": "en-US", "message": "Bad value"},
            debug,
        )
    )
    err = make_status_error(
        status_code=400, reason_phrase="Bad Request", headers={}, body=body, method="POST", url="http://x", now=0.0
    )
    assert isinstance(err, pygenai.BadRequestError)
    assert [v.field for v in err.field_violations] == ["generation_config.temperature", "contents"]
    assert err.field_violations[1].reason == "EMPTY"
    info = err.detail(pygenai.ErrorInfo)
    assert info is not None and info.reason == "API_KEY_INVALID"
    assert info.metadata == {"service": "generativelanguage.googleapis.com"}
    localized = err.detail(pygenai.LocalizedMessage)
    assert localized is not None and (localized.locale, localized.message) == ("en-US", "Bad value")
    unknown = err.detail(pygenai.UnknownDetail)
    assert unknown is not None and unknown.raw == debug
    assert unknown.type_url == "type.googleapis.com/google.rpc.DebugInfo"
    assert err.detail(pygenai.RetryInfo) is None
    assert err.body == body


def test_status_error_carries_everything_and_reads_well() -> None:
    body = pretty(error(429, "RESOURCE_EXHAUSTED", "Quota exceeded.", QUOTA_FAILURE, RETRY_INFO))
    headers = {"content-type": "application/json; charset=UTF-8"}
    err = make_status_error(
        status_code=429, reason_phrase="Too Many Requests", headers=headers, body=body, method="POST", url="u", now=0.0
    )
    assert isinstance(err, pygenai.RateLimitError)
    assert (err.status_code, err.status, err.code, err.message) == (429, "RESOURCE_EXHAUSTED", 429, "Quota exceeded.")
    assert err.retry_after == 17.0
    assert err.headers == headers
    assert str(err) == "429 RESOURCE_EXHAUSTED: Quota exceeded. (retry after 17s)"


def test_status_error_retry_after_from_headers() -> None:
    err = make_status_error(
        status_code=503, reason_phrase="", headers={"retry-after": "3"}, body=b"", method=None, url=None, now=0.0
    )
    assert isinstance(err, pygenai.ServiceUnavailableError)
    assert isinstance(err, pygenai.InternalServerError)
    assert err.retry_after == 3.0


def test_interactions_error_reads_with_its_string_code() -> None:
    body = b'{"error":{"code":"rate_limit_exceeded","message":"slow down"}}'
    err = make_status_error(status_code=429, reason_phrase="", headers={}, body=body, method=None, url=None, now=0.0)
    assert str(err) == "429 rate_limit_exceeded: slow down"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, pygenai.BadRequestError),
        (401, pygenai.AuthenticationError),
        (403, pygenai.PermissionDeniedError),
        (404, pygenai.NotFoundError),
        (408, pygenai.RequestTimeoutError),
        (409, pygenai.ConflictError),
        (422, pygenai.UnprocessableEntityError),
        (429, pygenai.RateLimitError),
        (500, pygenai.InternalServerError),
        (502, pygenai.InternalServerError),
        (503, pygenai.ServiceUnavailableError),
        (504, pygenai.GatewayTimeoutError),
        (418, pygenai.APIStatusError),
    ],
)
def test_status_classes(status: int, cls: type[pygenai.APIStatusError]) -> None:
    assert status_error_class(status) is cls
    assert issubclass(cls, pygenai.APIError) and issubclass(cls, pygenai.PygenaiError)


def test_connection_errors_and_stream_errors_are_api_errors() -> None:
    assert issubclass(pygenai.APITimeoutError, pygenai.APIConnectionError)
    assert issubclass(pygenai.StreamError, pygenai.APIError)
    assert issubclass(pygenai.CircuitOpenError, pygenai.APIError)
    assert not issubclass(pygenai.StreamError, pygenai.APIStatusError)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("17s", 17.0), ("0.5s", 0.5), ("1.5s", 1.5), ("25.465784708s", 25.465784708), ("0s", 0.0), (".5s", 0.5)],
)
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("value", ["17", "s", "-1s", "1m", 17, None, "1.5 s"])
def test_bad_durations(value: object) -> None:
    assert parse_duration(value) is None


def test_response_decode_error_is_unchanged() -> None:
    err = pygenai.ResponseDecodeError(
        "candidates[0].content.parts[2].functionCall.args", "expected object, got string", '"x"'
    )
    assert (err.path, err.reason, err.snippet) == (
        "candidates[0].content.parts[2].functionCall.args",
        "expected object, got string",
        '"x"',
    )
    assert str(err) == 'candidates[0].content.parts[2].functionCall.args: expected object, got string (value: "x")'


def test_missing_key_error_names_both_variables() -> None:
    text = str(pygenai.MissingAPIKeyError())
    assert "GEMINI_API_KEY" in text and "GOOGLE_API_KEY" in text
