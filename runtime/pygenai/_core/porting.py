"""google-genai's names that pygenai spells differently, and the ``AttributeError`` that says so.

:data:`HINTS` is the one table. The ``__getattr__`` of the clients, of the resources (``client.models``, ...), of
``pygenai`` and of ``pygenai.types`` read it, and ``__getattr__`` only runs once the normal lookup has failed: a
name that exists never comes here. A name the table does not know raises Python's own message.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Final

__all__ = ["HINTS", "hint", "missing_attribute", "missing_module_attribute"]

_AGENT_PLATFORM = "Agent Platform (Vertex AI) only, and pygenai is a Gemini API client"
_IMAGE_EDITING = (
    f"image editing with Imagen (edit_image, upscale_image, recontext_image, segment_image) is {_AGENT_PLATFORM}; "
    "Gemini image models edit an image given in contents= through client.models.generate_content"
)
_ENUM = "enums are plain strings in pygenai"

HINTS: Final[Mapping[str, Mapping[str, str]]] = {
    # `client.<name>`, on Client and AsyncClient
    "Client": {
        "cached_contents": "cached contents are client.caches (create, get, list, update, delete), as in google-genai",
        "tunings": (
            f"tuning jobs (google-genai's client.tunings) are {_AGENT_PLATFORM}; "
            "the Gemini API's tuned models are client.tuned_models"
        ),
        "operations": (
            "a long-running operation is read on the resource that started it, with its name: "
            "client.models.operations.get(name=...) (predict_long_running: Veo videos), "
            "client.file_search_stores.operations.get(name=...) (import_file), "
            "client.file_search_stores.upload.operations.get(name=...) (an upload); "
            "batch jobs: client.batches.get(name=...) or client.batches.wait(job)"
        ),
        "vertexai": "pygenai is a Gemini API client (generativelanguage.googleapis.com): it has no Vertex AI mode",
        "enterprise": (
            "pygenai is a Gemini API client (generativelanguage.googleapis.com): it has no Agent Platform "
            "(enterprise, Vertex AI) mode"
        ),
    },
    # `client.models.<name>`
    "Models": {
        "compute_tokens": (
            f"computeTokens is {_AGENT_PLATFORM}; the Gemini API counts tokens with "
            "client.models.count_tokens(model=..., contents=...)"
        ),
        "generate_images": (
            "Imagen models answer the Gemini API's predict method: client.models.predict("
            'model="imagen-4.0-generate-001", instances=[{"prompt": "..."}], parameters={"sampleCount": 1}); '
            'each of response.predictions holds "bytesBase64Encoded" and "mimeType"'
        ),
        "generate_videos": (
            "Veo models answer the Gemini API's predictLongRunning method: operation = "
            'client.models.predict_long_running(model="veo-3.1-generate-preview", instances=[{"prompt": "..."}]), '
            "then client.models.operations.get(name=operation.name) until operation.done"
        ),
        "edit_image": _IMAGE_EDITING,
        "upscale_image": _IMAGE_EDITING,
        "recontext_image": _IMAGE_EDITING,
        "segment_image": _IMAGE_EDITING,
        "update": (
            "a base model cannot be changed; a tuned model is updated with "
            "client.tuned_models.patch(name=..., update_mask=..., display_name=..., ...)"
        ),
        "delete": "a base model cannot be deleted; a tuned model is deleted with client.tuned_models.delete(name=...)",
    },
    # `pygenai.<name>` (google-genai's `genai.<name>`)
    "pygenai": {
        "errors": (
            "pygenai's exceptions are top-level names: pygenai.APIError (google-genai's errors.APIError), "
            "pygenai.APIStatusError and one subclass per status (pygenai.BadRequestError, pygenai.NotFoundError, "
            "pygenai.RateLimitError, pygenai.InternalServerError, ...)"
        ),
        "ClientError": (
            "a 4xx answer raises a pygenai.APIStatusError subclass (BadRequestError, AuthenticationError, "
            "PermissionDeniedError, NotFoundError, RateLimitError, ...); catch pygenai.APIStatusError and read "
            "status_code for any status"
        ),
        "ServerError": (
            "a 5xx answer raises pygenai.InternalServerError (ServiceUnavailableError for 503, "
            "GatewayTimeoutError for 504)"
        ),
        "configure": "the API key goes to the client: client = pygenai.Client(api_key=...)",
        "GenerativeModel": (
            "pygenai has no model object: client = pygenai.Client(), then "
            'client.models.generate_content(model="gemini-2.5-flash", contents=...)'
        ),
    },
    # `pygenai.types.<name>` (google-genai's `types.<name>`)
    "pygenai.types": {
        "UserContent": (
            'a user turn is pygenai.types.Content(role="user", parts=[...]); in contents=, a str or a list of '
            "parts is a user turn already"
        ),
        "ModelContent": 'a model turn is pygenai.types.Content(role="model", parts=[...])',
        "GenerateContentConfig": (
            "the settings of a call are pygenai.GenerateContentConfig, a TypedDict with google-genai's snake_case "
            "names: pass config={...} (a google-genai GenerateContentConfig object is read too)"
        ),
        "HttpOptions": (
            "request options are keyword arguments of every call (timeout= in seconds, max_retries=, "
            'extra_headers=, extra_query=, extra_body=), or config={"http_options": {...}} as in google-genai; '
            "the client's own are pygenai.Client(base_url=..., timeout=..., default_headers=..., max_retries=...)"
        ),
        "HttpRetryOptions": (
            "retries are set on the client, pygenai.Client(max_retries=..., retry_policy=pygenai.RetryPolicy(...)), "
            "or with max_retries= on one call"
        ),
        "GenerateContentResponseUsageMetadata": (
            "the usage model is pygenai.types.UsageMetadata (response.usage_metadata); response.usage is a "
            "pygenai.TokenUsage with every count as an int"
        ),
        "HarmCategory": f'{_ENUM}: category="HARM_CATEGORY_HARASSMENT" (pygenai.types.SafetySettingCategory)',
        "HarmBlockThreshold": f'{_ENUM}: threshold="BLOCK_ONLY_HIGH" (pygenai.types.SafetySettingThreshold)',
        "FinishReason": f'{_ENUM}: response.finish_reason == "STOP" (pygenai.types.CandidateFinishReason)',
        "Type": f'{_ENUM}: type="OBJECT" (pygenai.types.SchemaType)',
        "Modality": (
            f'{_ENUM}: response_modalities=["TEXT", "IMAGE"] (pygenai.types.GenerationConfigResponseModalities)'
        ),
        "ThinkingLevel": f'{_ENUM}: config={{"thinking_level": "low"}} (pygenai.types.ThinkingConfigThinkingLevel)',
        "ToolCodeExecution": (
            "the code-execution tool is pygenai.types.CodeExecution: Tool(code_execution=CodeExecution())"
        ),
    },
}
"""Owner -> google-genai name -> what to write in pygenai. An owner is a module (``"pygenai"``) or a class name
without its ``Async`` prefix (``"Client"``, ``"Models"``), matched along the class's MRO."""


def hint(owner: str, name: str) -> str | None:
    """What pygenai calls google-genai's ``name`` on ``owner``, as a sentence; ``None`` for a name not in the table."""
    table = HINTS.get(owner)
    return table.get(name) if table is not None else None


def missing_attribute(obj: object, name: str) -> AttributeError:
    """The ``AttributeError`` for ``obj.name``: Python's message, and the hint when ``name`` is google-genai's."""
    message = f"{type(obj).__name__!r} object has no attribute {name!r}"
    for cls in type(obj).__mro__:
        better = hint(cls.__name__.removeprefix("Async"), name)
        if better is not None:
            message = f"{message}: {better}"
            break
    return AttributeError(message, name=name, obj=obj)


def missing_module_attribute(module: str, name: str) -> AttributeError:
    """The ``AttributeError`` for ``module.name`` (a module's ``__getattr__`` raises it)."""
    message = f"module {module!r} has no attribute {name!r}"
    better = hint(module, name)
    return AttributeError(f"{message}: {better}" if better else message, name=name, obj=sys.modules.get(module))
