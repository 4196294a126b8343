"""No cassette holds anything that looks like an API key: Google keys, ``key=`` query values, key headers."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pygenai.live._recording import find_credentials
from tests.harness import recording

CASSETTES = recording.iter_cassettes()
# Built at run time so that no key-shaped string sits in the repository.
GOOGLE_KEY_LIKE = "AI" + "za" + "Sy" + "0123456789abcdefghijklmnopqrstuvw"


def test_the_scan_finds_cassettes() -> None:
    assert CASSETTES, f"no cassettes under {recording.CASSETTES_DIR}"


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(recording.CASSETTES_DIR)))
def test_cassette_holds_no_secrets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert recording.find_secrets(text) == []
    assert recording.find_secret_headers(recording.CassetteSerializer.deserialize(text)) == []
    assert recording.FAKE_API_KEY not in text


@pytest.mark.parametrize(
    "planted",
    [
        f"uri: https://generativelanguage.googleapis.com/v1beta/models?pageSize=5&key={GOOGLE_KEY_LIKE}",
        "uri: https://generativelanguage.googleapis.com/v1beta/files?key=plain-secret-1",
        '"uploadUrl": "https://example.com/upload?upload_id=x\\u0026key=plain-secret-2"',
        f"body: 'my key is {GOOGLE_KEY_LIKE}'",
        "    headers:\n      x-goog-api-key:\n      - plain-secret-3\n",
        '"headers": {"X-Goog-Api-Key": ["plain-secret-4"]}',
        "curl -H 'x-goog-api-key: plain-secret-5' https://example.com",
    ],
)
def test_the_scan_flags_planted_secrets(planted: str) -> None:
    assert recording.find_secrets(planted)


@pytest.mark.parametrize(
    "clean",
    [
        "uri: https://generativelanguage.googleapis.com/v1beta/models/m:streamGenerateContent?alt=sse",
        '"metadata": {"key": "req_1"}',
        f"uri: https://example.com/x?key={recording.REDACTED}",
        "the x-goog-api-key header is filtered",
    ],
)
def test_the_scan_passes_clean_text(clean: str) -> None:
    assert recording.find_secrets(clean) == []


def test_header_scan_reads_parsed_cassettes() -> None:
    cassette = {
        "interactions": [
            {"request": {"headers": {"Content-Type": ["application/json"]}}, "response": {"headers": {}}},
            {"request": {"headers": {"X-Goog-Api-Key": ["abc"]}}, "response": {"headers": {"Set-Cookie": ["s=1"]}}},
        ]
    }
    assert recording.find_secret_headers(cassette) == [
        "interaction 1 request header X-Goog-Api-Key",
        "interaction 1 response header Set-Cookie",
    ]


# --------------------------------------------------------------------------- Live (WebSocket) cassettes

LIVE_CASSETTES = recording.iter_live_cassettes()


def test_the_scan_finds_live_cassettes() -> None:
    assert len(LIVE_CASSETTES) >= 6, f"no Live cassettes under {recording.CASSETTES_DIR / 'live'}"


@pytest.mark.parametrize("path", LIVE_CASSETTES, ids=lambda p: p.name)
def test_live_cassette_holds_no_secrets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert recording.find_secrets(text) == []
    assert recording.FAKE_API_KEY not in text
    assert find_credentials(orjson.loads(text)) == []


@pytest.mark.parametrize(
    "planted",
    [
        {"frames": [{"dir": "send", "json": {"setup": {"apiKey": "plain-secret-6"}}}]},
        {"frames": [{"dir": "recv", "json": {"authToken": {"token": "plain-secret-7"}}}]},
        {"frames": [{"dir": "send", "json": {"x-goog-api-key": "plain-secret-8"}}]},
        {"frames": [{"dir": "send", "json": {"access_token": "plain-secret-9"}}]},
    ],
)
def test_the_live_scan_flags_credential_fields(planted: dict[str, object]) -> None:
    assert find_credentials(planted)


def test_the_live_scan_passes_token_counts_and_redacted_values() -> None:
    clean = {"usageMetadata": {"promptTokenCount": 8, "responseTokensDetails": [{"tokenCount": 7}]}, "key": "REDACTED"}
    assert find_credentials(clean) == []
