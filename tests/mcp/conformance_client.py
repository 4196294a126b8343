"""The client program `nox -s conformance` hands to the MCP conformance harness (`@modelcontextprotocol/conformance`).

The harness starts a mock MCP server for one scenario and runs ``python conformance_client.py <server-url>`` with
the scenario's name in ``MCP_CONFORMANCE_SCENARIO`` (and, for pre-registered OAuth clients, the credentials as JSON
in ``MCP_CONFORMANCE_CONTEXT``). The program performs the scenario's action through ``pygenai.mcp`` and exits 0;
the harness then judges what went over the wire.

Every scenario goes through a ``pygenai.mcp.http`` toolset: its ``list_tools`` and ``call_tool`` for the tool
scenarios, its ``elicitation`` callback for SEP-1034, and its ``auth`` parameter for the ``auth/*`` scenarios.
What the toolset does not do itself is the OAuth flow: that is the MCP SDK's ``OAuthClientProvider`` (an httpx2
auth flow the toolset's HTTP client runs), driven here by a "browser" that follows the authorization server's
redirect without a person (:class:`AutoRedirect`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
from mcp.client.auth import OAuthClientProvider, TokenStorage
from mcp.shared.auth import OAuthClientInformationFull, OAuthClientMetadata, OAuthToken

import pygenai
import pygenai.mcp

log = logging.getLogger("conformance_client")

REDIRECT_URI = "http://localhost:3000/callback"
# A client id metadata document URL (SEP-991): used as the client id when the authorization server supports it.
CLIENT_METADATA_URL = "https://conformance-test.local/client-metadata.json"


class MemoryTokenStorage(TokenStorage):
    """Tokens and client registration kept for the life of the process."""

    def __init__(self, client_info: OAuthClientInformationFull | None = None) -> None:
        self._tokens: OAuthToken | None = None
        self._client_info = client_info

    async def get_tokens(self) -> OAuthToken | None:
        return self._tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self._tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self._client_info

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self._client_info = client_info


class AutoRedirect:
    """The user's browser, automated: open the authorization URL and read the code from the redirect it answers.

    The callback hands the SDK what its line expects: an ``AuthorizationCodeResult`` (v2, which also checks the
    RFC 9207 ``iss``), a ``(code, state)`` pair (1.x).
    """

    def __init__(self) -> None:
        self._result: dict[str, str | None] | None = None

    async def open(self, authorization_url: str) -> None:
        async with httpx2.AsyncClient(follow_redirects=False, timeout=30.0) as browser:
            response = await browser.get(authorization_url)
        location = response.headers.get("location")
        if response.status_code not in (301, 302, 303, 307, 308) or not location:
            raise RuntimeError(f"authorization URL answered {response.status_code} without a redirect")
        query = parse_qs(urlsplit(location).query)
        if "code" not in query:
            raise RuntimeError(f"the redirect carries no authorization code: {location}")
        self._result = {name: query[name][0] if name in query else None for name in ("code", "state", "iss")}

    async def callback(self) -> Any:
        if self._result is None:
            raise RuntimeError("the authorization callback came before the redirect")
        result, self._result = self._result, None
        try:
            from mcp.shared.auth import AuthorizationCodeResult  # v2
        except ImportError:
            return result["code"], result["state"]
        return AuthorizationCodeResult(code=result["code"], state=result["state"], iss=result["iss"])


def accept_with_defaults(request: Any) -> dict[str, Any]:
    """Elicitation: accept, answering every field that has a default with that default (SEP-1034).

    ``request`` is a ``pygenai.mcp`` elicitation request; a mapping returned means "accept with this content".
    """
    defaults: dict[str, Any] = request.defaults()
    return defaults


def _call(name: str, args: dict[str, Any] | None = None) -> pygenai.ToolInvocation:
    return pygenai.ToolInvocation(index=0, name=name, args=args or {}, id=None, part={})


async def _call_tool(url: str, name: str, args: dict[str, Any], **options: Any) -> None:
    async with pygenai.mcp.http(url, **options) as server:
        names = [tool.name for tool in await server.list_tools()]
        log.info("tools: %s", names)
        log.info("%s -> %r", name, await server.call_tool(_call(name, args)))


async def initialize(url: str) -> None:
    async with pygenai.mcp.http(url) as server:
        log.info("tools: %s", [tool.name for tool in await server.list_tools()])


async def tools_call(url: str) -> None:
    await _call_tool(url, "add_numbers", {"a": 5, "b": 3})


async def sse_retry(url: str) -> None:
    await _call_tool(url, "test_reconnection", {})


async def elicitation_defaults(url: str) -> None:
    await _call_tool(url, "test_client_elicitation_defaults", {}, elicitation=accept_with_defaults)


def _oauth(url: str, registered: OAuthClientInformationFull | None) -> OAuthClientProvider:
    browser = AutoRedirect()
    metadata = OAuthClientMetadata(
        client_name="pygenai-conformance-client",
        redirect_uris=[REDIRECT_URI],  # type: ignore[list-item]  # pydantic coerces the string to AnyUrl
        grant_types=["authorization_code", "refresh_token"],
        response_types=["code"],
        token_endpoint_auth_method="client_secret_basic" if registered else None,
    )
    return OAuthClientProvider(
        server_url=url,
        client_metadata=metadata,
        storage=MemoryTokenStorage(registered),
        redirect_handler=browser.open,
        callback_handler=browser.callback,
        client_metadata_url=CLIENT_METADATA_URL,
    )


def _pre_registered() -> OAuthClientInformationFull | None:
    """The client registration the harness made for us, if any (``MCP_CONFORMANCE_CONTEXT``)."""
    context = json.loads(os.environ.get("MCP_CONFORMANCE_CONTEXT") or "{}")
    if not context.get("client_id"):
        return None
    return OAuthClientInformationFull(
        client_id=context["client_id"],
        client_secret=context.get("client_secret"),
        redirect_uris=[REDIRECT_URI],  # type: ignore[list-item]
        token_endpoint_auth_method="client_secret_basic",
    )


async def authorized(url: str) -> None:
    """Any ``auth/*`` scenario: connect through OAuth, list the tools, call the first one."""
    auth = _oauth(url, _pre_registered())
    async with pygenai.mcp.http(url, auth=auth) as server:
        tools = await server.list_tools()
        log.info("tools: %s", [tool.name for tool in tools])
        if tools:
            try:
                log.info("%s -> %r", tools[0].name, await server.call_tool(_call(tools[0].name)))
            except pygenai.PygenaiError as exc:  # the scenario judges the auth traffic, not the tool's answer
                log.info("%s raised %r", tools[0].name, exc)


SCENARIOS: dict[str, Callable[[str], Awaitable[None]]] = {
    "initialize": initialize,
    "tools_call": tools_call,
    "sse-retry": sse_retry,
    "elicitation-sep1034-client-defaults": elicitation_defaults,
}


def main(argv: list[str]) -> int:
    """Run the scenario named by ``MCP_CONFORMANCE_SCENARIO`` against the server URL (the last argument)."""
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
    if len(argv) < 2:
        sys.stderr.write("usage: conformance_client.py <server-url>\n")
        return 2
    url, scenario = argv[-1], os.environ.get("MCP_CONFORMANCE_SCENARIO", "")
    action = SCENARIOS.get(scenario) or (authorized if scenario.startswith("auth/") else None)
    if action is None:
        sys.stderr.write(f"unknown scenario {scenario!r}; known: {', '.join(SCENARIOS)}, auth/*\n")
        return 2
    asyncio.run(action(url))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
