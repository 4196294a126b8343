"""``client.webhooks`` and ``client.agents``: every call returns what the server sends, on body-matched cassettes.

The Interactions document gives these operations' bodies only as the ``default`` response, so the generated
methods returned ``None`` (specs/overlays/interactions-default-responses.json declares them as 200); ``list``
follows the page tokens. A dynamic webhook (``webhook_config`` on ``interactions.create``) goes on the wire
as given, from a mapping or the typed model.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import standardwebhooks
from vcr.cassette import Cassette

import pygenai
from pygenai.types.interactions import (
    Agent,
    Interaction,
    ListWebhooksResponse,
    RotateSigningSecretResponse,
    Webhook,
    WebhookConfig,
)

pytestmark = pytest.mark.vcr

WEBHOOK_ID = "7k2mq9xv3bnc"
EVENTS = ["batch.succeeded", "batch.failed", "interaction.completed"]
URI = "https://hooks.example.com/gemini"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def every_interaction_played(request: pytest.FixtureRequest) -> Iterator[None]:
    cassette: Cassette = request.getfixturevalue("vcr")
    yield
    assert cassette.all_played, f"{len(cassette) - cassette.play_count} recorded interaction(s) were never requested"


def _signed_delivery(secret: str) -> tuple[bytes, dict[str, str]]:
    """A batch.succeeded delivery signed, as Gemini would, with ``secret`` (by the reference implementation)."""
    body = b'{"type":"batch.succeeded","data":{"id":"batches/7xq3pm2k9v","output_file_uri":"files/out-7xq3"}}'
    sent = int(time.time())
    signature = standardwebhooks.Webhook(secret).sign("msg_1", datetime.fromtimestamp(sent, UTC), body.decode())
    return body, {"webhook-id": "msg_1", "webhook-timestamp": str(sent), "webhook-signature": signature}


def _check_created(created: Any) -> str:
    assert isinstance(created, Webhook)
    assert (created.id, created.name, created.uri, created.state) == (WEBHOOK_ID, "nightly-batches", URI, "enabled")
    assert created.subscribed_events == EVENTS
    assert created.create_time == "2026-09-12T09:14:07.418263Z"
    secret = created.new_signing_secret
    assert secret is not None and secret.startswith("whsec_")
    assert created.signing_secrets is not None and created.signing_secrets[0].truncated_secret == secret[:10] + "..."
    # The secret create returns is the one that verifies deliveries.
    body, headers = _signed_delivery(secret)
    event = pygenai.verify_webhook(body, headers, secret)
    assert isinstance(event, pygenai.BatchWebhookEvent) and event.batch_id == "batches/7xq3pm2k9v"
    return secret


def _check_rest(found: list[Webhook], fetched: Any, updated: Any, rotated: Any, old_secret: str) -> None:
    assert [(w.id, w.state) for w in found] == [
        (WEBHOOK_ID, "enabled"),
        ("p4r8ts2wy6zd", "disabled_due_to_failed_deliveries"),
    ]
    assert isinstance(fetched, Webhook) and fetched.id == WEBHOOK_ID and fetched.new_signing_secret is None
    assert isinstance(updated, Webhook)
    assert (updated.state, updated.update_time) == ("disabled", "2026-09-12T09:15:40.002731Z")
    assert isinstance(rotated, RotateSigningSecretResponse)
    assert rotated.secret is not None and rotated.secret.startswith("whsec_") and rotated.secret != old_secret
    body, headers = _signed_delivery(rotated.secret)
    with pytest.raises(pygenai.WebhookVerificationError):
        pygenai.verify_webhook(body, headers, old_secret)
    assert pygenai.verify_webhook(body, headers, rotated.secret).type == "batch.succeeded"


def test_webhook_lifecycle(gemini_client: pygenai.Client) -> None:
    created = gemini_client.webhooks.create(name="nightly-batches", subscribed_events=EVENTS, uri=URI)
    secret = _check_created(created)
    pager = gemini_client.webhooks.list(page_size=1)
    found = list(pager)
    fetched = gemini_client.webhooks.get(id=WEBHOOK_ID)
    updated = gemini_client.webhooks.update(id=WEBHOOK_ID, update_mask="state", state="disabled")
    assert gemini_client.webhooks.ping(id=WEBHOOK_ID) is None  # PingWebhookResponse is an empty object
    rotated = gemini_client.webhooks.rotate_signing_secret(
        id=WEBHOOK_ID, revocation_behavior="revoke_previous_secrets_after_h24"
    )
    assert gemini_client.webhooks.delete(id=WEBHOOK_ID) is None  # Empty
    _check_rest(found, fetched, updated, rotated, secret)


@pytest.mark.anyio
async def test_webhook_lifecycle_async(async_gemini_client: pygenai.AsyncClient) -> None:
    webhooks = async_gemini_client.webhooks
    created = await webhooks.create(name="nightly-batches", subscribed_events=EVENTS, uri=URI)
    secret = _check_created(created)
    pages = [page async for page in webhooks.list(page_size=1).pages()]
    assert all(isinstance(page, ListWebhooksResponse) for page in pages)
    assert [page.next_page_token for page in pages] == ["CgxwNHI4dHMyd3k2emQ", None]
    found = [hook for page in pages for hook in page.webhooks or []]
    fetched = await webhooks.get(id=WEBHOOK_ID)
    updated = await webhooks.update(id=WEBHOOK_ID, update_mask="state", state="disabled")
    assert await webhooks.ping(id=WEBHOOK_ID) is None
    rotated = await webhooks.rotate_signing_secret(
        id=WEBHOOK_ID, revocation_behavior="revoke_previous_secrets_after_h24"
    )
    assert await webhooks.delete(id=WEBHOOK_ID) is None
    _check_rest(found, fetched, updated, rotated, secret)


# --------------------------------------------------------------------------- agents

AGENT_ID = "tpu-historian"


def _check_agents(created: Any, listed: list[Agent], fetched: Any) -> None:
    assert isinstance(created, Agent)
    assert (created.id, created.base_agent) == (AGENT_ID, "deep-research-preview-04-2026")
    assert created.system_instruction == "Cite primary sources; prefer Google's own publications."
    assert created.tools is not None and [tool.type for tool in created.tools] == ["google_search", "url_context"]
    assert [agent.id for agent in listed] == [AGENT_ID, "release-notes-digest"]
    assert listed[1].description == "Summarises the week's release notes."
    assert isinstance(fetched, Agent) and fetched.id == AGENT_ID and fetched.description == "TPU history research"


AGENT_ARGS: dict[str, Any] = {
    "id": AGENT_ID,
    "base_agent": "deep-research-preview-04-2026",
    "description": "TPU history research",
    "system_instruction": "Cite primary sources; prefer Google's own publications.",
    "tools": [{"type": "google_search"}, {"type": "url_context"}],
}


def test_agent_calls(gemini_client: pygenai.Client) -> None:
    created = gemini_client.agents.create(**AGENT_ARGS)
    pager = gemini_client.agents.list(page_size=1)
    listed = list(pager)
    fetched = gemini_client.agents.get(id=AGENT_ID)
    assert gemini_client.agents.delete(id=AGENT_ID) is None
    _check_agents(created, listed, fetched)


@pytest.mark.anyio
async def test_agent_calls_async(async_gemini_client: pygenai.AsyncClient) -> None:
    agents = async_gemini_client.agents
    created = await agents.create(**AGENT_ARGS)
    pager = await agents.list(page_size=1)  # awaiting a pager fetches its first page
    assert [agent.id for agent in pager.page] == [AGENT_ID]
    listed = [agent async for agent in pager]  # the held first page, then the next one
    fetched = await agents.get(id=AGENT_ID)
    assert await agents.delete(id=AGENT_ID) is None
    _check_agents(created, listed, fetched)


# --------------------------------------------------------------------------- dynamic webhooks

WEBHOOK_CONFIG: dict[str, Any] = {
    "uris": ["https://hooks.example.com/gemini/reports"],
    "user_metadata": {"job": "nightly-report", "tenant": "acme"},
}


def test_create_sends_a_dynamic_webhook_config(gemini_client: pygenai.Client) -> None:
    for config in (WEBHOOK_CONFIG, WebhookConfig(**WEBHOOK_CONFIG)):
        interaction = gemini_client.interactions.create(
            agent="deep-research-preview-04-2026",
            input="Research the history of the Google TPUs.",
            background=True,
            webhook_config=config,
        )
        assert isinstance(interaction, Interaction) and interaction.status == "in_progress"


@pytest.mark.anyio
async def test_create_sends_a_dynamic_webhook_config_async(async_gemini_client: pygenai.AsyncClient) -> None:
    for config in (WEBHOOK_CONFIG, WebhookConfig(**WEBHOOK_CONFIG)):
        interaction = await async_gemini_client.interactions.create(
            agent="deep-research-preview-04-2026",
            input="Research the history of the Google TPUs.",
            background=True,
            webhook_config=config,
        )
        assert isinstance(interaction, Interaction) and interaction.status == "in_progress"
