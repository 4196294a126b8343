"""``_core.redact``: the one way credentials leave what cassettes (HTTP and Live) write down."""

from __future__ import annotations

from pygenai._core.redact import REDACTED, redact


def test_every_occurrence_goes_in_text_bytes_keys_and_nested_values() -> None:
    value = {"note k3y-long": ["a k3y-long b", b"k3y-long", 7], "x": {"y": "k3y-long"}}
    assert redact(value, ["k3y-long"]) == {
        f"note {REDACTED}": [f"a {REDACTED} b", REDACTED.encode(), 7],
        "x": {"y": REDACTED},
    }
    assert value["x"] == {"y": "k3y-long"}  # new containers: the input is not changed


def test_a_secret_holding_another_goes_whole() -> None:
    assert redact("token=abc123", ["abc", "abc123"]) == f"token={REDACTED}"


def test_credential_fields_are_redacted_whatever_they_hold() -> None:
    def is_credential(name: str) -> bool:
        return name == "apiKey"

    assert redact({"apiKey": "other", "text": "other"}, [], is_credential) == {"apiKey": REDACTED, "text": "other"}
    assert redact({"apiKey": "other"}, []) == {"apiKey": "other"}  # without the rule, only secrets go
