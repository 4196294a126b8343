# Generated from specs/interactions-v1beta.json (sha256 1d19520be2f8f072) by `nox -s generate`; do not edit.
"""Resources of the interactions API: one class per upstream resource, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Unpack, overload

from pygenai._abi import (
    AsyncPager,
    AsyncResource,
    AsyncStream,
    ConfigInput,
    Pager,
    RequestOptions,
    Resource,
    Stream,
    encode_union,
)
from pygenai._abi import Operation as _Operation
from pygenai._abi import PathParam as _PathParam

from .interactions_types import (
    Agent,
    AgentTool,
    GenerationConfig,
    Interaction,
    InteractionSseEvent,
    ListAgentsResponse,
    ListWebhooksResponse,
    ResponseModality,
    RotateSigningSecretRequestRevocationBehavior,
    RotateSigningSecretResponse,
    ServiceTier,
    Tool,
    Webhook,
    WebhookConfig,
    WebhookUpdateState,
    decode_InteractionSseEvent,
)

__all__ = [
    "OPERATIONS",
    "TOP_LEVEL",
    "Agents",
    "AsyncAgents",
    "AsyncInteractions",
    "AsyncWebhooks",
    "Interactions",
    "Webhooks",
]


def _discard(data: Any) -> None:
    """Operations whose response has no body schema return None."""
    return None


_OP_AGENTS_LIST = _Operation(
    api="interactions",
    id="ListAgents",
    http_method="GET",
    path="/{api_version}/agents",
    path_params=(_PathParam("api_version"),),
    query={"parent": "parent", "page_size": "pageSize", "page_token": "pageToken"},
)
_OP_AGENTS_CREATE = _Operation(
    api="interactions",
    id="CreateAgent",
    http_method="POST",
    path="/{api_version}/agents",
    path_params=(_PathParam("api_version"),),
)
_OP_AGENTS_GET = _Operation(
    api="interactions",
    id="GetAgent",
    http_method="GET",
    path="/{api_version}/agents/{id}",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
)
_OP_AGENTS_DELETE = _Operation(
    api="interactions",
    id="DeleteAgent",
    http_method="DELETE",
    path="/{api_version}/agents/{id}",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
)
_OP_INTERACTIONS_CREATE = _Operation(
    api="interactions",
    id="CreateInteraction",
    http_method="POST",
    path="/{api_version}/interactions",
    path_params=(_PathParam("api_version"),),
    stream="sse-if-requested",
    stream_query={"alt": "sse"},
    stream_done="[DONE]",
    stream_resume="last_event_id",
)
_OP_INTERACTIONS_GET = _Operation(
    api="interactions",
    id="getInteractionById",
    http_method="GET",
    path="/{api_version}/interactions/{id}",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
    query={"stream": "stream", "last_event_id": "last_event_id", "include_input": "include_input"},
    stream="sse-if-requested",
    stream_query={"alt": "sse"},
    stream_done="[DONE]",
    stream_resume="last_event_id",
)
_OP_INTERACTIONS_DELETE = _Operation(
    api="interactions",
    id="deleteInteraction",
    http_method="DELETE",
    path="/{api_version}/interactions/{id}",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
)
_OP_INTERACTIONS_CANCEL = _Operation(
    api="interactions",
    id="cancelInteractionById",
    http_method="POST",
    path="/{api_version}/interactions/{id}/cancel",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
)
_OP_WEBHOOKS_LIST = _Operation(
    api="interactions",
    id="ListWebhooks",
    http_method="GET",
    path="/{api_version}/webhooks",
    path_params=(_PathParam("api_version"),),
    query={"page_size": "page_size", "page_token": "page_token"},
)
_OP_WEBHOOKS_CREATE = _Operation(
    api="interactions",
    id="CreateWebhook",
    http_method="POST",
    path="/{api_version}/webhooks",
    path_params=(_PathParam("api_version"),),
)
_OP_WEBHOOKS_GET = _Operation(
    api="interactions",
    id="GetWebhook",
    http_method="GET",
    path="/{api_version}/webhooks/{id}",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
)
_OP_WEBHOOKS_DELETE = _Operation(
    api="interactions",
    id="DeleteWebhook",
    http_method="DELETE",
    path="/{api_version}/webhooks/{id}",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
)
_OP_WEBHOOKS_UPDATE = _Operation(
    api="interactions",
    id="UpdateWebhook",
    http_method="PATCH",
    path="/{api_version}/webhooks/{id}",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
    query={"update_mask": "update_mask"},
)
_OP_WEBHOOKS_PING = _Operation(
    api="interactions",
    id="PingWebhook",
    http_method="POST",
    path="/{api_version}/webhooks/{id}:ping",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
)
_OP_WEBHOOKS_ROTATE_SIGNING_SECRET = _Operation(
    api="interactions",
    id="RotateSigningSecret",
    http_method="POST",
    path="/{api_version}/webhooks/{id}:rotateSigningSecret",
    path_params=(
        _PathParam("id"),
        _PathParam("api_version"),
    ),
)

OPERATIONS: Mapping[str, _Operation] = {
    "ListAgents": _OP_AGENTS_LIST,
    "CreateAgent": _OP_AGENTS_CREATE,
    "GetAgent": _OP_AGENTS_GET,
    "DeleteAgent": _OP_AGENTS_DELETE,
    "CreateInteraction": _OP_INTERACTIONS_CREATE,
    "getInteractionById": _OP_INTERACTIONS_GET,
    "deleteInteraction": _OP_INTERACTIONS_DELETE,
    "cancelInteractionById": _OP_INTERACTIONS_CANCEL,
    "ListWebhooks": _OP_WEBHOOKS_LIST,
    "CreateWebhook": _OP_WEBHOOKS_CREATE,
    "GetWebhook": _OP_WEBHOOKS_GET,
    "DeleteWebhook": _OP_WEBHOOKS_DELETE,
    "UpdateWebhook": _OP_WEBHOOKS_UPDATE,
    "PingWebhook": _OP_WEBHOOKS_PING,
    "RotateSigningSecret": _OP_WEBHOOKS_ROTATE_SIGNING_SECRET,
}
"""Every operation of the API by its id, for hand-written code that sends them itself."""


class Agents(Resource):
    """Operations of the ``agents`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        parent: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListAgentsResponse, Agent]:
        """``GET /{api_version}/agents`` (ListAgents): every page, fetched as iteration reaches it.

        Iterate for each ``Agent``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_AGENTS_LIST,
            ListAgentsResponse._wrap,
            lambda page: page.agents,
            path={},
            query={"parent": parent, "page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def create(
        self,
        *,
        base_agent: str | None = None,
        base_environment: Any | None = None,
        description: str | None = None,
        id: str | None = None,
        system_instruction: str | None = None,
        tools: Sequence[AgentTool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """``POST /{api_version}/agents`` (CreateAgent)."""
        body: dict[str, Any] = {}
        if base_agent is not None:
            body["base_agent"] = base_agent
        if base_environment is not None:
            body["base_environment"] = encode_union(base_environment)
        if description is not None:
            body["description"] = description
        if id is not None:
            body["id"] = id
        if system_instruction is not None:
            body["system_instruction"] = system_instruction
        if tools is not None:
            body["tools"] = encode_union(tools)
        return self._call(_OP_AGENTS_CREATE, Agent._wrap, path={}, query=None, body=body, options=options)

    def get(self, *, id: str, **options: Unpack[RequestOptions]) -> Agent:
        """``GET /{api_version}/agents/{id}`` (GetAgent)."""
        return self._call(_OP_AGENTS_GET, Agent._wrap, path={"id": id}, query=None, body=None, options=options)

    def delete(self, *, id: str, **options: Unpack[RequestOptions]) -> None:
        """``DELETE /{api_version}/agents/{id}`` (DeleteAgent)."""
        return self._call(_OP_AGENTS_DELETE, _discard, path={"id": id}, query=None, body=None, options=options)


class Interactions(Resource):
    """Operations of the ``interactions`` resource."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        input: Any | None = None,
        model: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        service_tier: ServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
        agent: Any | None = None,
        agent_config: Any | None = None,
        stream: Literal[True],
        **options: Unpack[RequestOptions],
    ) -> Stream[InteractionSseEvent]: ...

    @overload
    def create(
        self,
        *,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        input: Any | None = None,
        model: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        service_tier: ServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
        agent: Any | None = None,
        agent_config: Any | None = None,
        stream: Literal[False] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction: ...

    def create(
        self,
        *,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        input: Any | None = None,
        model: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        service_tier: ServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
        agent: Any | None = None,
        agent_config: Any | None = None,
        stream: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[InteractionSseEvent] | Interaction:
        """``POST /{api_version}/interactions`` (CreateInteraction)."""
        body: dict[str, Any] = {}
        if background is not None:
            body["background"] = background
        if environment is not None:
            body["environment"] = encode_union(environment)
        if generation_config is not None:
            body["generation_config"] = GenerationConfig._coerce(generation_config)
        if input is not None:
            body["input"] = encode_union(input)
        if model is not None:
            body["model"] = encode_union(model)
        if previous_interaction_id is not None:
            body["previous_interaction_id"] = previous_interaction_id
        if response_format is not None:
            body["response_format"] = encode_union(response_format)
        if response_mime_type is not None:
            body["response_mime_type"] = response_mime_type
        if response_modalities is not None:
            body["response_modalities"] = list(response_modalities)
        if service_tier is not None:
            body["service_tier"] = service_tier
        if store is not None:
            body["store"] = store
        if stream is not None:
            body["stream"] = stream
        if system_instruction is not None:
            body["system_instruction"] = system_instruction
        if tools is not None:
            body["tools"] = encode_union(tools)
        if webhook_config is not None:
            body["webhook_config"] = WebhookConfig._coerce(webhook_config)
        if agent is not None:
            body["agent"] = encode_union(agent)
        if agent_config is not None:
            body["agent_config"] = encode_union(agent_config)
        if stream:
            return self._stream(
                _OP_INTERACTIONS_CREATE, decode_InteractionSseEvent, path={}, query=None, body=body, options=options
            )
        return self._call(_OP_INTERACTIONS_CREATE, Interaction._wrap, path={}, query=None, body=body, options=options)

    @overload
    def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: Literal[True],
        **options: Unpack[RequestOptions],
    ) -> Stream[InteractionSseEvent]: ...

    @overload
    def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: Literal[False] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction: ...

    def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[InteractionSseEvent] | Interaction:
        """``GET /{api_version}/interactions/{id}`` (getInteractionById)."""
        if stream:
            return self._stream(
                _OP_INTERACTIONS_GET,
                decode_InteractionSseEvent,
                path={"id": id},
                query={"stream": stream, "last_event_id": last_event_id, "include_input": include_input},
                body=None,
                options=options,
            )
        return self._call(
            _OP_INTERACTIONS_GET,
            Interaction._wrap,
            path={"id": id},
            query={"stream": stream, "last_event_id": last_event_id, "include_input": include_input},
            body=None,
            options=options,
        )

    def delete(self, *, id: str, **options: Unpack[RequestOptions]) -> None:
        """``DELETE /{api_version}/interactions/{id}`` (deleteInteraction)."""
        return self._call(_OP_INTERACTIONS_DELETE, _discard, path={"id": id}, query=None, body=None, options=options)

    def cancel(self, *, id: str, **options: Unpack[RequestOptions]) -> Interaction:
        """``POST /{api_version}/interactions/{id}/cancel`` (cancelInteractionById)."""
        return self._call(
            _OP_INTERACTIONS_CANCEL, Interaction._wrap, path={"id": id}, query=None, body=None, options=options
        )


class Webhooks(Resource):
    """Operations of the ``webhooks`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListWebhooksResponse, Webhook]:
        """``GET /{api_version}/webhooks`` (ListWebhooks): every page, fetched as iteration reaches it.

        Iterate for each ``Webhook``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_WEBHOOKS_LIST,
            ListWebhooksResponse._wrap,
            lambda page: page.webhooks,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def create(
        self, *, subscribed_events: Sequence[Any], uri: str, name: str | None = None, **options: Unpack[RequestOptions]
    ) -> Webhook:
        """``POST /{api_version}/webhooks`` (CreateWebhook)."""
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = name
        body["subscribed_events"] = encode_union(subscribed_events)
        body["uri"] = uri
        return self._call(_OP_WEBHOOKS_CREATE, Webhook._wrap, path={}, query=None, body=body, options=options)

    def get(self, *, id: str, **options: Unpack[RequestOptions]) -> Webhook:
        """``GET /{api_version}/webhooks/{id}`` (GetWebhook)."""
        return self._call(_OP_WEBHOOKS_GET, Webhook._wrap, path={"id": id}, query=None, body=None, options=options)

    def delete(self, *, id: str, **options: Unpack[RequestOptions]) -> None:
        """``DELETE /{api_version}/webhooks/{id}`` (DeleteWebhook)."""
        return self._call(_OP_WEBHOOKS_DELETE, _discard, path={"id": id}, query=None, body=None, options=options)

    def update(
        self,
        *,
        id: str,
        update_mask: str | None = None,
        name: str | None = None,
        state: WebhookUpdateState | str | None = None,
        subscribed_events: Sequence[Any] | None = None,
        uri: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Webhook:
        """``PATCH /{api_version}/webhooks/{id}`` (UpdateWebhook)."""
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = name
        if state is not None:
            body["state"] = state
        if subscribed_events is not None:
            body["subscribed_events"] = encode_union(subscribed_events)
        if uri is not None:
            body["uri"] = uri
        return self._call(
            _OP_WEBHOOKS_UPDATE,
            Webhook._wrap,
            path={"id": id},
            query={"update_mask": update_mask},
            body=body,
            options=options,
        )

    def ping(self, *, id: str, **options: Unpack[RequestOptions]) -> None:
        """``POST /{api_version}/webhooks/{id}:ping`` (PingWebhook)."""
        return self._call(_OP_WEBHOOKS_PING, _discard, path={"id": id}, query=None, body=None, options=options)

    def rotate_signing_secret(
        self,
        *,
        id: str,
        revocation_behavior: RotateSigningSecretRequestRevocationBehavior | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> RotateSigningSecretResponse:
        """``POST /{api_version}/webhooks/{id}:rotateSigningSecret`` (RotateSigningSecret)."""
        body: dict[str, Any] = {}
        if revocation_behavior is not None:
            body["revocation_behavior"] = revocation_behavior
        return self._call(
            _OP_WEBHOOKS_ROTATE_SIGNING_SECRET,
            RotateSigningSecretResponse._wrap,
            path={"id": id},
            query=None,
            body=body,
            options=options,
        )


class AsyncAgents(AsyncResource):
    """Operations of the ``agents`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        parent: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListAgentsResponse, Agent]:
        """``GET /{api_version}/agents`` (ListAgents): every page, fetched as iteration reaches it.

        Iterate for each ``Agent``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_AGENTS_LIST,
            ListAgentsResponse._wrap,
            lambda page: page.agents,
            path={},
            query={"parent": parent, "page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def create(
        self,
        *,
        base_agent: str | None = None,
        base_environment: Any | None = None,
        description: str | None = None,
        id: str | None = None,
        system_instruction: str | None = None,
        tools: Sequence[AgentTool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """``POST /{api_version}/agents`` (CreateAgent)."""
        body: dict[str, Any] = {}
        if base_agent is not None:
            body["base_agent"] = base_agent
        if base_environment is not None:
            body["base_environment"] = encode_union(base_environment)
        if description is not None:
            body["description"] = description
        if id is not None:
            body["id"] = id
        if system_instruction is not None:
            body["system_instruction"] = system_instruction
        if tools is not None:
            body["tools"] = encode_union(tools)
        return await self._call(_OP_AGENTS_CREATE, Agent._wrap, path={}, query=None, body=body, options=options)

    async def get(self, *, id: str, **options: Unpack[RequestOptions]) -> Agent:
        """``GET /{api_version}/agents/{id}`` (GetAgent)."""
        return await self._call(_OP_AGENTS_GET, Agent._wrap, path={"id": id}, query=None, body=None, options=options)

    async def delete(self, *, id: str, **options: Unpack[RequestOptions]) -> None:
        """``DELETE /{api_version}/agents/{id}`` (DeleteAgent)."""
        return await self._call(_OP_AGENTS_DELETE, _discard, path={"id": id}, query=None, body=None, options=options)


class AsyncInteractions(AsyncResource):
    """Operations of the ``interactions`` resource."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        input: Any | None = None,
        model: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        service_tier: ServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
        agent: Any | None = None,
        agent_config: Any | None = None,
        stream: Literal[True],
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[InteractionSseEvent]: ...

    @overload
    async def create(
        self,
        *,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        input: Any | None = None,
        model: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        service_tier: ServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
        agent: Any | None = None,
        agent_config: Any | None = None,
        stream: Literal[False] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction: ...

    async def create(
        self,
        *,
        background: bool | None = None,
        environment: Any | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        input: Any | None = None,
        model: Any | None = None,
        previous_interaction_id: str | None = None,
        response_format: Any | None = None,
        response_mime_type: str | None = None,
        response_modalities: Sequence[ResponseModality | str] | None = None,
        service_tier: ServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        webhook_config: WebhookConfig | Mapping[str, Any] | None = None,
        agent: Any | None = None,
        agent_config: Any | None = None,
        stream: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[InteractionSseEvent] | Interaction:
        """``POST /{api_version}/interactions`` (CreateInteraction)."""
        body: dict[str, Any] = {}
        if background is not None:
            body["background"] = background
        if environment is not None:
            body["environment"] = encode_union(environment)
        if generation_config is not None:
            body["generation_config"] = GenerationConfig._coerce(generation_config)
        if input is not None:
            body["input"] = encode_union(input)
        if model is not None:
            body["model"] = encode_union(model)
        if previous_interaction_id is not None:
            body["previous_interaction_id"] = previous_interaction_id
        if response_format is not None:
            body["response_format"] = encode_union(response_format)
        if response_mime_type is not None:
            body["response_mime_type"] = response_mime_type
        if response_modalities is not None:
            body["response_modalities"] = list(response_modalities)
        if service_tier is not None:
            body["service_tier"] = service_tier
        if store is not None:
            body["store"] = store
        if stream is not None:
            body["stream"] = stream
        if system_instruction is not None:
            body["system_instruction"] = system_instruction
        if tools is not None:
            body["tools"] = encode_union(tools)
        if webhook_config is not None:
            body["webhook_config"] = WebhookConfig._coerce(webhook_config)
        if agent is not None:
            body["agent"] = encode_union(agent)
        if agent_config is not None:
            body["agent_config"] = encode_union(agent_config)
        if stream:
            return await self._stream(
                _OP_INTERACTIONS_CREATE, decode_InteractionSseEvent, path={}, query=None, body=body, options=options
            )
        return await self._call(
            _OP_INTERACTIONS_CREATE, Interaction._wrap, path={}, query=None, body=body, options=options
        )

    @overload
    async def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: Literal[True],
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[InteractionSseEvent]: ...

    @overload
    async def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: Literal[False] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction: ...

    async def get(
        self,
        *,
        id: str,
        last_event_id: str | None = None,
        include_input: bool | None = None,
        stream: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[InteractionSseEvent] | Interaction:
        """``GET /{api_version}/interactions/{id}`` (getInteractionById)."""
        if stream:
            return await self._stream(
                _OP_INTERACTIONS_GET,
                decode_InteractionSseEvent,
                path={"id": id},
                query={"stream": stream, "last_event_id": last_event_id, "include_input": include_input},
                body=None,
                options=options,
            )
        return await self._call(
            _OP_INTERACTIONS_GET,
            Interaction._wrap,
            path={"id": id},
            query={"stream": stream, "last_event_id": last_event_id, "include_input": include_input},
            body=None,
            options=options,
        )

    async def delete(self, *, id: str, **options: Unpack[RequestOptions]) -> None:
        """``DELETE /{api_version}/interactions/{id}`` (deleteInteraction)."""
        return await self._call(
            _OP_INTERACTIONS_DELETE, _discard, path={"id": id}, query=None, body=None, options=options
        )

    async def cancel(self, *, id: str, **options: Unpack[RequestOptions]) -> Interaction:
        """``POST /{api_version}/interactions/{id}/cancel`` (cancelInteractionById)."""
        return await self._call(
            _OP_INTERACTIONS_CANCEL, Interaction._wrap, path={"id": id}, query=None, body=None, options=options
        )


class AsyncWebhooks(AsyncResource):
    """Operations of the ``webhooks`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListWebhooksResponse, Webhook]:
        """``GET /{api_version}/webhooks`` (ListWebhooks): every page, fetched as iteration reaches it.

        Iterate for each ``Webhook``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_WEBHOOKS_LIST,
            ListWebhooksResponse._wrap,
            lambda page: page.webhooks,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def create(
        self, *, subscribed_events: Sequence[Any], uri: str, name: str | None = None, **options: Unpack[RequestOptions]
    ) -> Webhook:
        """``POST /{api_version}/webhooks`` (CreateWebhook)."""
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = name
        body["subscribed_events"] = encode_union(subscribed_events)
        body["uri"] = uri
        return await self._call(_OP_WEBHOOKS_CREATE, Webhook._wrap, path={}, query=None, body=body, options=options)

    async def get(self, *, id: str, **options: Unpack[RequestOptions]) -> Webhook:
        """``GET /{api_version}/webhooks/{id}`` (GetWebhook)."""
        return await self._call(
            _OP_WEBHOOKS_GET, Webhook._wrap, path={"id": id}, query=None, body=None, options=options
        )

    async def delete(self, *, id: str, **options: Unpack[RequestOptions]) -> None:
        """``DELETE /{api_version}/webhooks/{id}`` (DeleteWebhook)."""
        return await self._call(_OP_WEBHOOKS_DELETE, _discard, path={"id": id}, query=None, body=None, options=options)

    async def update(
        self,
        *,
        id: str,
        update_mask: str | None = None,
        name: str | None = None,
        state: WebhookUpdateState | str | None = None,
        subscribed_events: Sequence[Any] | None = None,
        uri: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Webhook:
        """``PATCH /{api_version}/webhooks/{id}`` (UpdateWebhook)."""
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = name
        if state is not None:
            body["state"] = state
        if subscribed_events is not None:
            body["subscribed_events"] = encode_union(subscribed_events)
        if uri is not None:
            body["uri"] = uri
        return await self._call(
            _OP_WEBHOOKS_UPDATE,
            Webhook._wrap,
            path={"id": id},
            query={"update_mask": update_mask},
            body=body,
            options=options,
        )

    async def ping(self, *, id: str, **options: Unpack[RequestOptions]) -> None:
        """``POST /{api_version}/webhooks/{id}:ping`` (PingWebhook)."""
        return await self._call(_OP_WEBHOOKS_PING, _discard, path={"id": id}, query=None, body=None, options=options)

    async def rotate_signing_secret(
        self,
        *,
        id: str,
        revocation_behavior: RotateSigningSecretRequestRevocationBehavior | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> RotateSigningSecretResponse:
        """``POST /{api_version}/webhooks/{id}:rotateSigningSecret`` (RotateSigningSecret)."""
        body: dict[str, Any] = {}
        if revocation_behavior is not None:
            body["revocation_behavior"] = revocation_behavior
        return await self._call(
            _OP_WEBHOOKS_ROTATE_SIGNING_SECRET,
            RotateSigningSecretResponse._wrap,
            path={"id": id},
            query=None,
            body=body,
            options=options,
        )


TOP_LEVEL: Mapping[str, tuple[type[Resource], type[AsyncResource]]] = {
    "agents": (Agents, AsyncAgents),
    "interactions": (Interactions, AsyncInteractions),
    "webhooks": (Webhooks, AsyncWebhooks),
}
"""The top-level resources: client attribute -> (sync class, async class)."""
