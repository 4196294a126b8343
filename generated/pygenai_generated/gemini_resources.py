# Generated from specs/gemini-v1beta.json (sha256 a2f1b395758d2810) by `nox -s generate`; do not edit.
"""Resources of the gemini API: one class per upstream resource, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from pygenai._abi import (
    AsyncPager,
    AsyncResource,
    AsyncStream,
    ConfigInput,
    Pager,
    RequestOptions,
    Resource,
    Stream,
    encode_int64,
    encode_model_list,
    encode_union,
)
from pygenai._abi import Operation as _Operation
from pygenai._abi import PathParam as _PathParam

from .gemini_types import (
    AuthToken,
    BatchEmbedContentsResponse,
    BatchEmbedTextResponse,
    BidiGenerateContentSetup,
    CachedContent,
    ChunkingConfig,
    Content,
    Corpus,
    CountMessageTokensResponse,
    CountTextTokensResponse,
    CountTokensResponse,
    CreateFileResponse,
    CustomLongRunningOperation,
    CustomMetadata,
    Document,
    EmbedContentBatch,
    EmbedContentRequest,
    EmbedContentRequestTaskType,
    EmbedContentResponse,
    EmbedTextRequest,
    EmbedTextResponse,
    Empty,
    File,
    FileSearchStore,
    GenerateAnswerRequestAnswerStyle,
    GenerateAnswerResponse,
    GenerateContentBatch,
    GenerateContentRequest,
    GenerateContentRequestServiceTier,
    GenerateContentResponse,
    GeneratedFile,
    GenerateMessageResponse,
    GenerateTextResponse,
    GenerationConfig,
    GroundingPassages,
    InputConfig,
    InputEmbedContentConfig,
    ListCachedContentsResponse,
    ListCorporaResponse,
    ListDocumentsResponse,
    ListFileSearchStoresResponse,
    ListFilesResponse,
    ListGeneratedFilesResponse,
    ListModelsResponse,
    ListOperationsResponse,
    ListPermissionsResponse,
    ListTunedModelsResponse,
    MessagePrompt,
    Model,
    Operation,
    Permission,
    PermissionGranteeType,
    PermissionRole,
    PredictResponse,
    RegisterFilesResponse,
    SafetySetting,
    SemanticRetrieverConfig,
    TextPrompt,
    Tool,
    ToolConfig,
    TransferOwnershipResponse,
    TunedModel,
    TunedModelSource,
    TuningTask,
)

__all__ = [
    "OPERATIONS",
    "TOP_LEVEL",
    "AsyncAuthTokens",
    "AsyncBatches",
    "AsyncCachedContents",
    "AsyncCorpora",
    "AsyncCorporaOperations",
    "AsyncCorporaPermissions",
    "AsyncDynamic",
    "AsyncFileSearchStores",
    "AsyncFileSearchStoresDocuments",
    "AsyncFileSearchStoresOperations",
    "AsyncFileSearchStoresUpload",
    "AsyncFileSearchStoresUploadOperations",
    "AsyncFiles",
    "AsyncGeneratedFiles",
    "AsyncGeneratedFilesOperations",
    "AsyncMedia",
    "AsyncModels",
    "AsyncModelsOperations",
    "AsyncTunedModels",
    "AsyncTunedModelsOperations",
    "AsyncTunedModelsPermissions",
    "AuthTokens",
    "Batches",
    "CachedContents",
    "Corpora",
    "CorporaOperations",
    "CorporaPermissions",
    "Dynamic",
    "FileSearchStores",
    "FileSearchStoresDocuments",
    "FileSearchStoresOperations",
    "FileSearchStoresUpload",
    "FileSearchStoresUploadOperations",
    "Files",
    "GeneratedFiles",
    "GeneratedFilesOperations",
    "Media",
    "Models",
    "ModelsOperations",
    "TunedModels",
    "TunedModelsOperations",
    "TunedModelsPermissions",
]


def _discard(data: Any) -> None:
    """Operations whose response has no body schema return None."""
    return None


_OP_FILES_DOWNLOAD = _Operation(
    api="gemini",
    id="files.download",
    http_method="GET",
    path="/download/v1beta/{+name}:download",
    path_params=(_PathParam("name", reserved=True, prefix="files/"),),
    response="media",
)
_OP_FILES_LIST = _Operation(
    api="gemini",
    id="files.list",
    http_method="GET",
    path="/v1beta/files",
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_FILES_GET = _Operation(
    api="gemini",
    id="files.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="files/"),),
)
_OP_FILES_DELETE = _Operation(
    api="gemini",
    id="files.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="files/"),),
)
_OP_FILES_REGISTER = _Operation(api="gemini", id="files.register", http_method="POST", path="/v1beta/files:register")
_OP_AUTH_TOKENS_CREATE = _Operation(
    api="gemini", id="auth_tokens.create", http_method="POST", path="/v1beta/auth_tokens"
)
_OP_BATCHES_LIST = _Operation(
    api="gemini",
    id="batches.list",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
    query={
        "filter": "filter",
        "page_size": "pageSize",
        "page_token": "pageToken",
        "return_partial_success": "returnPartialSuccess",
    },
)
_OP_BATCHES_GET = _Operation(
    api="gemini",
    id="batches.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="batches/"),),
)
_OP_BATCHES_DELETE = _Operation(
    api="gemini",
    id="batches.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="batches/"),),
)
_OP_BATCHES_CANCEL = _Operation(
    api="gemini",
    id="batches.cancel",
    http_method="POST",
    path="/v1beta/{+name}:cancel",
    path_params=(_PathParam("name", reserved=True, prefix="batches/"),),
)
_OP_BATCHES_UPDATE_EMBED_CONTENT_BATCH = _Operation(
    api="gemini",
    id="batches.updateEmbedContentBatch",
    http_method="PATCH",
    path="/v1beta/{+name}:updateEmbedContentBatch",
    path_params=(_PathParam("name", reserved=True, prefix="batches/"),),
    query={"update_mask": "updateMask"},
)
_OP_BATCHES_UPDATE_GENERATE_CONTENT_BATCH = _Operation(
    api="gemini",
    id="batches.updateGenerateContentBatch",
    http_method="PATCH",
    path="/v1beta/{+name}:updateGenerateContentBatch",
    path_params=(_PathParam("name", reserved=True, prefix="batches/"),),
    query={"update_mask": "updateMask"},
)
_OP_CACHED_CONTENTS_LIST = _Operation(
    api="gemini",
    id="cachedContents.list",
    http_method="GET",
    path="/v1beta/cachedContents",
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_CACHED_CONTENTS_CREATE = _Operation(
    api="gemini", id="cachedContents.create", http_method="POST", path="/v1beta/cachedContents"
)
_OP_CACHED_CONTENTS_GET = _Operation(
    api="gemini",
    id="cachedContents.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="cachedContents/"),),
)
_OP_CACHED_CONTENTS_DELETE = _Operation(
    api="gemini",
    id="cachedContents.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="cachedContents/"),),
)
_OP_CACHED_CONTENTS_PATCH = _Operation(
    api="gemini",
    id="cachedContents.patch",
    http_method="PATCH",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="cachedContents/"),),
    query={"update_mask": "updateMask"},
)
_OP_CORPORA_LIST = _Operation(
    api="gemini",
    id="corpora.list",
    http_method="GET",
    path="/v1beta/corpora",
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_CORPORA_CREATE = _Operation(api="gemini", id="corpora.create", http_method="POST", path="/v1beta/corpora")
_OP_CORPORA_GET = _Operation(
    api="gemini",
    id="corpora.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="corpora/"),),
)
_OP_CORPORA_DELETE = _Operation(
    api="gemini",
    id="corpora.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="corpora/"),),
    query={"force": "force"},
)
_OP_CORPORA_OPERATIONS_GET = _Operation(
    api="gemini",
    id="corpora.operations.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_CORPORA_PERMISSIONS_LIST = _Operation(
    api="gemini",
    id="corpora.permissions.list",
    http_method="GET",
    path="/v1beta/{+parent}/permissions",
    path_params=(_PathParam("parent", reserved=True, prefix="corpora/"),),
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_CORPORA_PERMISSIONS_CREATE = _Operation(
    api="gemini",
    id="corpora.permissions.create",
    http_method="POST",
    path="/v1beta/{+parent}/permissions",
    path_params=(_PathParam("parent", reserved=True, prefix="corpora/"),),
)
_OP_CORPORA_PERMISSIONS_GET = _Operation(
    api="gemini",
    id="corpora.permissions.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_CORPORA_PERMISSIONS_DELETE = _Operation(
    api="gemini",
    id="corpora.permissions.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_CORPORA_PERMISSIONS_PATCH = _Operation(
    api="gemini",
    id="corpora.permissions.patch",
    http_method="PATCH",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
    query={"update_mask": "updateMask"},
)
_OP_DYNAMIC_GENERATE_CONTENT = _Operation(
    api="gemini",
    id="dynamic.generateContent",
    http_method="POST",
    path="/v1beta/{+model}:generateContent",
    path_params=(_PathParam("model", reserved=True, prefix="dynamic/"),),
)
_OP_DYNAMIC_STREAM_GENERATE_CONTENT = _Operation(
    api="gemini",
    id="dynamic.streamGenerateContent",
    http_method="POST",
    path="/v1beta/{+model}:streamGenerateContent",
    path_params=(_PathParam("model", reserved=True, prefix="dynamic/"),),
    stream="sse",
    stream_query={"alt": "sse"},
)
_OP_FILE_SEARCH_STORES_LIST = _Operation(
    api="gemini",
    id="fileSearchStores.list",
    http_method="GET",
    path="/v1beta/fileSearchStores",
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_FILE_SEARCH_STORES_CREATE = _Operation(
    api="gemini", id="fileSearchStores.create", http_method="POST", path="/v1beta/fileSearchStores"
)
_OP_FILE_SEARCH_STORES_GET = _Operation(
    api="gemini",
    id="fileSearchStores.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="fileSearchStores/"),),
)
_OP_FILE_SEARCH_STORES_DELETE = _Operation(
    api="gemini",
    id="fileSearchStores.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="fileSearchStores/"),),
    query={"force": "force"},
)
_OP_FILE_SEARCH_STORES_IMPORT_FILE = _Operation(
    api="gemini",
    id="fileSearchStores.importFile",
    http_method="POST",
    path="/v1beta/{+fileSearchStoreName}:importFile",
    path_params=(_PathParam("fileSearchStoreName", reserved=True, prefix="fileSearchStores/"),),
)
_OP_FILE_SEARCH_STORES_DOCUMENTS_LIST = _Operation(
    api="gemini",
    id="fileSearchStores.documents.list",
    http_method="GET",
    path="/v1beta/{+parent}/documents",
    path_params=(_PathParam("parent", reserved=True, prefix="fileSearchStores/"),),
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_FILE_SEARCH_STORES_DOCUMENTS_GET = _Operation(
    api="gemini",
    id="fileSearchStores.documents.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_FILE_SEARCH_STORES_DOCUMENTS_DELETE = _Operation(
    api="gemini",
    id="fileSearchStores.documents.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
    query={"force": "force"},
)
_OP_FILE_SEARCH_STORES_OPERATIONS_GET = _Operation(
    api="gemini",
    id="fileSearchStores.operations.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_FILE_SEARCH_STORES_UPLOAD_OPERATIONS_GET = _Operation(
    api="gemini",
    id="fileSearchStores.upload.operations.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_MEDIA_UPLOAD_TO_FILE_SEARCH_STORE = _Operation(
    api="gemini",
    id="media.uploadToFileSearchStore",
    http_method="POST",
    path="/v1beta/{+fileSearchStoreName}:uploadToFileSearchStore",
    path_params=(_PathParam("fileSearchStoreName", reserved=True, prefix="fileSearchStores/"),),
    upload_paths={
        "resumable": "/resumable/upload/v1beta/{+fileSearchStoreName}:uploadToFileSearchStore",
        "simple": "/upload/v1beta/{+fileSearchStoreName}:uploadToFileSearchStore",
    },
)
_OP_MEDIA_UPLOAD = _Operation(
    api="gemini",
    id="media.upload",
    http_method="POST",
    path="/v1beta/files",
    upload_paths={"resumable": "/upload/v1beta/files", "simple": "/upload/v1beta/files"},
)
_OP_MEDIA_DOWNLOAD = _Operation(
    api="gemini",
    id="media.download",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="generatedFiles/"),),
)
_OP_GENERATED_FILES_LIST = _Operation(
    api="gemini",
    id="generatedFiles.list",
    http_method="GET",
    path="/v1beta/generatedFiles",
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_GENERATED_FILES_OPERATIONS_GET = _Operation(
    api="gemini",
    id="generatedFiles.operations.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_MODELS_LIST = _Operation(
    api="gemini",
    id="models.list",
    http_method="GET",
    path="/v1beta/models",
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_MODELS_GET = _Operation(
    api="gemini",
    id="models.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="models/"),),
)
_OP_MODELS_ASYNC_BATCH_EMBED_CONTENT = _Operation(
    api="gemini",
    id="models.asyncBatchEmbedContent",
    http_method="POST",
    path="/v1beta/{+model}:asyncBatchEmbedContent",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_BATCH_EMBED_CONTENTS = _Operation(
    api="gemini",
    id="models.batchEmbedContents",
    http_method="POST",
    path="/v1beta/{+model}:batchEmbedContents",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_BATCH_EMBED_TEXT = _Operation(
    api="gemini",
    id="models.batchEmbedText",
    http_method="POST",
    path="/v1beta/{+model}:batchEmbedText",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_BATCH_GENERATE_CONTENT = _Operation(
    api="gemini",
    id="models.batchGenerateContent",
    http_method="POST",
    path="/v1beta/{+model}:batchGenerateContent",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_COUNT_MESSAGE_TOKENS = _Operation(
    api="gemini",
    id="models.countMessageTokens",
    http_method="POST",
    path="/v1beta/{+model}:countMessageTokens",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_COUNT_TEXT_TOKENS = _Operation(
    api="gemini",
    id="models.countTextTokens",
    http_method="POST",
    path="/v1beta/{+model}:countTextTokens",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_COUNT_TOKENS = _Operation(
    api="gemini",
    id="models.countTokens",
    http_method="POST",
    path="/v1beta/{+model}:countTokens",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_EMBED_CONTENT = _Operation(
    api="gemini",
    id="models.embedContent",
    http_method="POST",
    path="/v1beta/{+model}:embedContent",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_EMBED_TEXT = _Operation(
    api="gemini",
    id="models.embedText",
    http_method="POST",
    path="/v1beta/{+model}:embedText",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_GENERATE_ANSWER = _Operation(
    api="gemini",
    id="models.generateAnswer",
    http_method="POST",
    path="/v1beta/{+model}:generateAnswer",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_GENERATE_CONTENT = _Operation(
    api="gemini",
    id="models.generateContent",
    http_method="POST",
    path="/v1beta/{+model}:generateContent",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_GENERATE_MESSAGE = _Operation(
    api="gemini",
    id="models.generateMessage",
    http_method="POST",
    path="/v1beta/{+model}:generateMessage",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_GENERATE_TEXT = _Operation(
    api="gemini",
    id="models.generateText",
    http_method="POST",
    path="/v1beta/{+model}:generateText",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_PREDICT = _Operation(
    api="gemini",
    id="models.predict",
    http_method="POST",
    path="/v1beta/{+model}:predict",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_PREDICT_LONG_RUNNING = _Operation(
    api="gemini",
    id="models.predictLongRunning",
    http_method="POST",
    path="/v1beta/{+model}:predictLongRunning",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
)
_OP_MODELS_STREAM_GENERATE_CONTENT = _Operation(
    api="gemini",
    id="models.streamGenerateContent",
    http_method="POST",
    path="/v1beta/{+model}:streamGenerateContent",
    path_params=(_PathParam("model", reserved=True, prefix="models/"),),
    stream="sse",
    stream_query={"alt": "sse"},
)
_OP_MODELS_OPERATIONS_LIST = _Operation(
    api="gemini",
    id="models.operations.list",
    http_method="GET",
    path="/v1beta/{+name}/operations",
    path_params=(_PathParam("name", reserved=True, prefix="models/"),),
    query={
        "filter": "filter",
        "page_size": "pageSize",
        "page_token": "pageToken",
        "return_partial_success": "returnPartialSuccess",
    },
)
_OP_MODELS_OPERATIONS_GET = _Operation(
    api="gemini",
    id="models.operations.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_TUNED_MODELS_LIST = _Operation(
    api="gemini",
    id="tunedModels.list",
    http_method="GET",
    path="/v1beta/tunedModels",
    query={"filter": "filter", "page_size": "pageSize", "page_token": "pageToken"},
)
_OP_TUNED_MODELS_CREATE = _Operation(
    api="gemini",
    id="tunedModels.create",
    http_method="POST",
    path="/v1beta/tunedModels",
    query={"tuned_model_id": "tunedModelId"},
)
_OP_TUNED_MODELS_GET = _Operation(
    api="gemini",
    id="tunedModels.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="tunedModels/"),),
)
_OP_TUNED_MODELS_DELETE = _Operation(
    api="gemini",
    id="tunedModels.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="tunedModels/"),),
)
_OP_TUNED_MODELS_PATCH = _Operation(
    api="gemini",
    id="tunedModels.patch",
    http_method="PATCH",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True, prefix="tunedModels/"),),
    query={"update_mask": "updateMask"},
)
_OP_TUNED_MODELS_ASYNC_BATCH_EMBED_CONTENT = _Operation(
    api="gemini",
    id="tunedModels.asyncBatchEmbedContent",
    http_method="POST",
    path="/v1beta/{+model}:asyncBatchEmbedContent",
    path_params=(_PathParam("model", reserved=True, prefix="tunedModels/"),),
)
_OP_TUNED_MODELS_BATCH_GENERATE_CONTENT = _Operation(
    api="gemini",
    id="tunedModels.batchGenerateContent",
    http_method="POST",
    path="/v1beta/{+model}:batchGenerateContent",
    path_params=(_PathParam("model", reserved=True, prefix="tunedModels/"),),
)
_OP_TUNED_MODELS_GENERATE_CONTENT = _Operation(
    api="gemini",
    id="tunedModels.generateContent",
    http_method="POST",
    path="/v1beta/{+model}:generateContent",
    path_params=(_PathParam("model", reserved=True, prefix="tunedModels/"),),
)
_OP_TUNED_MODELS_GENERATE_TEXT = _Operation(
    api="gemini",
    id="tunedModels.generateText",
    http_method="POST",
    path="/v1beta/{+model}:generateText",
    path_params=(_PathParam("model", reserved=True, prefix="tunedModels/"),),
)
_OP_TUNED_MODELS_STREAM_GENERATE_CONTENT = _Operation(
    api="gemini",
    id="tunedModels.streamGenerateContent",
    http_method="POST",
    path="/v1beta/{+model}:streamGenerateContent",
    path_params=(_PathParam("model", reserved=True, prefix="tunedModels/"),),
    stream="sse",
    stream_query={"alt": "sse"},
)
_OP_TUNED_MODELS_TRANSFER_OWNERSHIP = _Operation(
    api="gemini",
    id="tunedModels.transferOwnership",
    http_method="POST",
    path="/v1beta/{+name}:transferOwnership",
    path_params=(_PathParam("name", reserved=True, prefix="tunedModels/"),),
)
_OP_TUNED_MODELS_OPERATIONS_LIST = _Operation(
    api="gemini",
    id="tunedModels.operations.list",
    http_method="GET",
    path="/v1beta/{+name}/operations",
    path_params=(_PathParam("name", reserved=True, prefix="tunedModels/"),),
    query={
        "filter": "filter",
        "page_size": "pageSize",
        "page_token": "pageToken",
        "return_partial_success": "returnPartialSuccess",
    },
)
_OP_TUNED_MODELS_OPERATIONS_GET = _Operation(
    api="gemini",
    id="tunedModels.operations.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_TUNED_MODELS_PERMISSIONS_LIST = _Operation(
    api="gemini",
    id="tunedModels.permissions.list",
    http_method="GET",
    path="/v1beta/{+parent}/permissions",
    path_params=(_PathParam("parent", reserved=True, prefix="tunedModels/"),),
    query={"page_size": "pageSize", "page_token": "pageToken"},
)
_OP_TUNED_MODELS_PERMISSIONS_CREATE = _Operation(
    api="gemini",
    id="tunedModels.permissions.create",
    http_method="POST",
    path="/v1beta/{+parent}/permissions",
    path_params=(_PathParam("parent", reserved=True, prefix="tunedModels/"),),
)
_OP_TUNED_MODELS_PERMISSIONS_GET = _Operation(
    api="gemini",
    id="tunedModels.permissions.get",
    http_method="GET",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_TUNED_MODELS_PERMISSIONS_DELETE = _Operation(
    api="gemini",
    id="tunedModels.permissions.delete",
    http_method="DELETE",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
)
_OP_TUNED_MODELS_PERMISSIONS_PATCH = _Operation(
    api="gemini",
    id="tunedModels.permissions.patch",
    http_method="PATCH",
    path="/v1beta/{+name}",
    path_params=(_PathParam("name", reserved=True),),
    query={"update_mask": "updateMask"},
)

OPERATIONS: Mapping[str, _Operation] = {
    "files.download": _OP_FILES_DOWNLOAD,
    "files.list": _OP_FILES_LIST,
    "files.get": _OP_FILES_GET,
    "files.delete": _OP_FILES_DELETE,
    "files.register": _OP_FILES_REGISTER,
    "auth_tokens.create": _OP_AUTH_TOKENS_CREATE,
    "batches.list": _OP_BATCHES_LIST,
    "batches.get": _OP_BATCHES_GET,
    "batches.delete": _OP_BATCHES_DELETE,
    "batches.cancel": _OP_BATCHES_CANCEL,
    "batches.updateEmbedContentBatch": _OP_BATCHES_UPDATE_EMBED_CONTENT_BATCH,
    "batches.updateGenerateContentBatch": _OP_BATCHES_UPDATE_GENERATE_CONTENT_BATCH,
    "cachedContents.list": _OP_CACHED_CONTENTS_LIST,
    "cachedContents.create": _OP_CACHED_CONTENTS_CREATE,
    "cachedContents.get": _OP_CACHED_CONTENTS_GET,
    "cachedContents.delete": _OP_CACHED_CONTENTS_DELETE,
    "cachedContents.patch": _OP_CACHED_CONTENTS_PATCH,
    "corpora.list": _OP_CORPORA_LIST,
    "corpora.create": _OP_CORPORA_CREATE,
    "corpora.get": _OP_CORPORA_GET,
    "corpora.delete": _OP_CORPORA_DELETE,
    "corpora.operations.get": _OP_CORPORA_OPERATIONS_GET,
    "corpora.permissions.list": _OP_CORPORA_PERMISSIONS_LIST,
    "corpora.permissions.create": _OP_CORPORA_PERMISSIONS_CREATE,
    "corpora.permissions.get": _OP_CORPORA_PERMISSIONS_GET,
    "corpora.permissions.delete": _OP_CORPORA_PERMISSIONS_DELETE,
    "corpora.permissions.patch": _OP_CORPORA_PERMISSIONS_PATCH,
    "dynamic.generateContent": _OP_DYNAMIC_GENERATE_CONTENT,
    "dynamic.streamGenerateContent": _OP_DYNAMIC_STREAM_GENERATE_CONTENT,
    "fileSearchStores.list": _OP_FILE_SEARCH_STORES_LIST,
    "fileSearchStores.create": _OP_FILE_SEARCH_STORES_CREATE,
    "fileSearchStores.get": _OP_FILE_SEARCH_STORES_GET,
    "fileSearchStores.delete": _OP_FILE_SEARCH_STORES_DELETE,
    "fileSearchStores.importFile": _OP_FILE_SEARCH_STORES_IMPORT_FILE,
    "fileSearchStores.documents.list": _OP_FILE_SEARCH_STORES_DOCUMENTS_LIST,
    "fileSearchStores.documents.get": _OP_FILE_SEARCH_STORES_DOCUMENTS_GET,
    "fileSearchStores.documents.delete": _OP_FILE_SEARCH_STORES_DOCUMENTS_DELETE,
    "fileSearchStores.operations.get": _OP_FILE_SEARCH_STORES_OPERATIONS_GET,
    "fileSearchStores.upload.operations.get": _OP_FILE_SEARCH_STORES_UPLOAD_OPERATIONS_GET,
    "media.uploadToFileSearchStore": _OP_MEDIA_UPLOAD_TO_FILE_SEARCH_STORE,
    "media.upload": _OP_MEDIA_UPLOAD,
    "media.download": _OP_MEDIA_DOWNLOAD,
    "generatedFiles.list": _OP_GENERATED_FILES_LIST,
    "generatedFiles.operations.get": _OP_GENERATED_FILES_OPERATIONS_GET,
    "models.list": _OP_MODELS_LIST,
    "models.get": _OP_MODELS_GET,
    "models.asyncBatchEmbedContent": _OP_MODELS_ASYNC_BATCH_EMBED_CONTENT,
    "models.batchEmbedContents": _OP_MODELS_BATCH_EMBED_CONTENTS,
    "models.batchEmbedText": _OP_MODELS_BATCH_EMBED_TEXT,
    "models.batchGenerateContent": _OP_MODELS_BATCH_GENERATE_CONTENT,
    "models.countMessageTokens": _OP_MODELS_COUNT_MESSAGE_TOKENS,
    "models.countTextTokens": _OP_MODELS_COUNT_TEXT_TOKENS,
    "models.countTokens": _OP_MODELS_COUNT_TOKENS,
    "models.embedContent": _OP_MODELS_EMBED_CONTENT,
    "models.embedText": _OP_MODELS_EMBED_TEXT,
    "models.generateAnswer": _OP_MODELS_GENERATE_ANSWER,
    "models.generateContent": _OP_MODELS_GENERATE_CONTENT,
    "models.generateMessage": _OP_MODELS_GENERATE_MESSAGE,
    "models.generateText": _OP_MODELS_GENERATE_TEXT,
    "models.predict": _OP_MODELS_PREDICT,
    "models.predictLongRunning": _OP_MODELS_PREDICT_LONG_RUNNING,
    "models.streamGenerateContent": _OP_MODELS_STREAM_GENERATE_CONTENT,
    "models.operations.list": _OP_MODELS_OPERATIONS_LIST,
    "models.operations.get": _OP_MODELS_OPERATIONS_GET,
    "tunedModels.list": _OP_TUNED_MODELS_LIST,
    "tunedModels.create": _OP_TUNED_MODELS_CREATE,
    "tunedModels.get": _OP_TUNED_MODELS_GET,
    "tunedModels.delete": _OP_TUNED_MODELS_DELETE,
    "tunedModels.patch": _OP_TUNED_MODELS_PATCH,
    "tunedModels.asyncBatchEmbedContent": _OP_TUNED_MODELS_ASYNC_BATCH_EMBED_CONTENT,
    "tunedModels.batchGenerateContent": _OP_TUNED_MODELS_BATCH_GENERATE_CONTENT,
    "tunedModels.generateContent": _OP_TUNED_MODELS_GENERATE_CONTENT,
    "tunedModels.generateText": _OP_TUNED_MODELS_GENERATE_TEXT,
    "tunedModels.streamGenerateContent": _OP_TUNED_MODELS_STREAM_GENERATE_CONTENT,
    "tunedModels.transferOwnership": _OP_TUNED_MODELS_TRANSFER_OWNERSHIP,
    "tunedModels.operations.list": _OP_TUNED_MODELS_OPERATIONS_LIST,
    "tunedModels.operations.get": _OP_TUNED_MODELS_OPERATIONS_GET,
    "tunedModels.permissions.list": _OP_TUNED_MODELS_PERMISSIONS_LIST,
    "tunedModels.permissions.create": _OP_TUNED_MODELS_PERMISSIONS_CREATE,
    "tunedModels.permissions.get": _OP_TUNED_MODELS_PERMISSIONS_GET,
    "tunedModels.permissions.delete": _OP_TUNED_MODELS_PERMISSIONS_DELETE,
    "tunedModels.permissions.patch": _OP_TUNED_MODELS_PERMISSIONS_PATCH,
}
"""Every operation of the API by its id, for hand-written code that sends them itself."""


class Files(Resource):
    """Operations of the ``files`` resource."""

    __slots__ = ()

    def download(self, *, name: str, **options: Unpack[RequestOptions]) -> bytes:
        """``GET /download/v1beta/{+name}:download`` (files.download)."""
        return self._download(_OP_FILES_DOWNLOAD, path={"name": name}, query=None, options=options)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListFilesResponse, File]:
        """``GET /v1beta/files`` (files.list): every page, fetched as iteration reaches it.

        Iterate for each ``File``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_FILES_LIST,
            ListFilesResponse._wrap,
            lambda page: page.files,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> File:
        """``GET /v1beta/{+name}`` (files.get)."""
        return self._call(_OP_FILES_GET, File._wrap, path={"name": name}, query=None, body=None, options=options)

    def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (files.delete)."""
        return self._call(_OP_FILES_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options)

    def register(self, *, uris: Sequence[str], **options: Unpack[RequestOptions]) -> RegisterFilesResponse:
        """``POST /v1beta/files:register`` (files.register)."""
        body: dict[str, Any] = {}
        body["uris"] = list(uris)
        return self._call(
            _OP_FILES_REGISTER, RegisterFilesResponse._wrap, path={}, query=None, body=body, options=options
        )


class AuthTokens(Resource):
    """Operations of the ``auth_tokens`` resource."""

    __slots__ = ()

    def create(
        self,
        *,
        bidi_generate_content_setup: BidiGenerateContentSetup | Mapping[str, Any] | None = None,
        expire_time: str | None = None,
        field_mask: str | None = None,
        new_session_expire_time: str | None = None,
        uses: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AuthToken:
        """``POST /v1beta/auth_tokens`` (auth_tokens.create)."""
        body: dict[str, Any] = {}
        if bidi_generate_content_setup is not None:
            body["bidiGenerateContentSetup"] = BidiGenerateContentSetup._coerce(bidi_generate_content_setup)
        if expire_time is not None:
            body["expireTime"] = expire_time
        if field_mask is not None:
            body["fieldMask"] = field_mask
        if new_session_expire_time is not None:
            body["newSessionExpireTime"] = new_session_expire_time
        if uses is not None:
            body["uses"] = uses
        return self._call(_OP_AUTH_TOKENS_CREATE, AuthToken._wrap, path={}, query=None, body=body, options=options)


class Batches(Resource):
    """Operations of the ``batches`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        name: str,
        filter: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_partial_success: bool | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListOperationsResponse, Operation]:
        """``GET /v1beta/{+name}`` (batches.list): every page, fetched as iteration reaches it.

        Iterate for each ``Operation``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_BATCHES_LIST,
            ListOperationsResponse._wrap,
            lambda page: page.operations,
            path={"name": name},
            query={
                "filter": filter,
                "page_size": page_size,
                "page_token": page_token,
                "return_partial_success": return_partial_success,
            },
            config=config,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (batches.get)."""
        return self._call(_OP_BATCHES_GET, Operation._wrap, path={"name": name}, query=None, body=None, options=options)

    def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (batches.delete)."""
        return self._call(_OP_BATCHES_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options)

    def cancel(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``POST /v1beta/{+name}:cancel`` (batches.cancel)."""
        return self._call(_OP_BATCHES_CANCEL, Empty._wrap, path={"name": name}, query=None, body=None, options=options)

    def update_embed_content_batch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        display_name: str | None = None,
        input_config: InputEmbedContentConfig | Mapping[str, Any] | None = None,
        model: str | None = None,
        priority: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> EmbedContentBatch:
        """``PATCH /v1beta/{+name}:updateEmbedContentBatch`` (batches.updateEmbedContentBatch)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        if input_config is not None:
            body["inputConfig"] = InputEmbedContentConfig._coerce(input_config)
        if model is not None:
            body["model"] = model
        if priority is not None:
            body["priority"] = encode_int64(priority)
        return self._call(
            _OP_BATCHES_UPDATE_EMBED_CONTENT_BATCH,
            EmbedContentBatch._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )

    def update_generate_content_batch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        display_name: str | None = None,
        input_config: InputConfig | Mapping[str, Any] | None = None,
        model: str | None = None,
        priority: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentBatch:
        """``PATCH /v1beta/{+name}:updateGenerateContentBatch`` (batches.updateGenerateContentBatch)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        if input_config is not None:
            body["inputConfig"] = InputConfig._coerce(input_config)
        if model is not None:
            body["model"] = model
        if priority is not None:
            body["priority"] = encode_int64(priority)
        return self._call(
            _OP_BATCHES_UPDATE_GENERATE_CONTENT_BATCH,
            GenerateContentBatch._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )


class CachedContents(Resource):
    """Operations of the ``cachedContents`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListCachedContentsResponse, CachedContent]:
        """``GET /v1beta/cachedContents`` (cachedContents.list): every page, fetched as iteration reaches it.

        Iterate for each ``CachedContent``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_CACHED_CONTENTS_LIST,
            ListCachedContentsResponse._wrap,
            lambda page: page.cached_contents,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def create(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]] | None = None,
        display_name: str | None = None,
        expire_time: str | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        ttl: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """``POST /v1beta/cachedContents`` (cachedContents.create)."""
        body: dict[str, Any] = {}
        if contents is not None:
            body["contents"] = encode_model_list(Content, contents)
        if display_name is not None:
            body["displayName"] = display_name
        if expire_time is not None:
            body["expireTime"] = expire_time
        body["model"] = model
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        if ttl is not None:
            body["ttl"] = ttl
        return self._call(
            _OP_CACHED_CONTENTS_CREATE, CachedContent._wrap, path={}, query=None, body=body, options=options
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> CachedContent:
        """``GET /v1beta/{+name}`` (cachedContents.get)."""
        return self._call(
            _OP_CACHED_CONTENTS_GET, CachedContent._wrap, path={"name": name}, query=None, body=None, options=options
        )

    def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (cachedContents.delete)."""
        return self._call(
            _OP_CACHED_CONTENTS_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    def patch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        contents: Sequence[Content | Mapping[str, Any]] | None = None,
        display_name: str | None = None,
        expire_time: str | None = None,
        model: str | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        ttl: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """``PATCH /v1beta/{+name}`` (cachedContents.patch)."""
        body: dict[str, Any] = {}
        if contents is not None:
            body["contents"] = encode_model_list(Content, contents)
        if display_name is not None:
            body["displayName"] = display_name
        if expire_time is not None:
            body["expireTime"] = expire_time
        if model is not None:
            body["model"] = model
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        if ttl is not None:
            body["ttl"] = ttl
        return self._call(
            _OP_CACHED_CONTENTS_PATCH,
            CachedContent._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )


class CorporaOperations(Resource):
    """Operations of the ``corpora.operations`` resource."""

    __slots__ = ()

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (corpora.operations.get)."""
        return self._call(
            _OP_CORPORA_OPERATIONS_GET, Operation._wrap, path={"name": name}, query=None, body=None, options=options
        )


class CorporaPermissions(Resource):
    """Operations of the ``corpora.permissions`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        parent: str,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListPermissionsResponse, Permission]:
        """``GET /v1beta/{+parent}/permissions`` (corpora.permissions.list): every page, fetched as iteration reaches it.

        Iterate for each ``Permission``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_CORPORA_PERMISSIONS_LIST,
            ListPermissionsResponse._wrap,
            lambda page: page.permissions,
            path={"parent": parent},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def create(
        self,
        *,
        parent: str,
        role: PermissionRole | str,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Permission:
        """``POST /v1beta/{+parent}/permissions`` (corpora.permissions.create)."""
        body: dict[str, Any] = {}
        if email_address is not None:
            body["emailAddress"] = email_address
        if grantee_type is not None:
            body["granteeType"] = grantee_type
        body["role"] = role
        return self._call(
            _OP_CORPORA_PERMISSIONS_CREATE,
            Permission._wrap,
            path={"parent": parent},
            query=None,
            body=body,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Permission:
        """``GET /v1beta/{+name}`` (corpora.permissions.get)."""
        return self._call(
            _OP_CORPORA_PERMISSIONS_GET, Permission._wrap, path={"name": name}, query=None, body=None, options=options
        )

    def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (corpora.permissions.delete)."""
        return self._call(
            _OP_CORPORA_PERMISSIONS_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    def patch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        role: PermissionRole | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Permission:
        """``PATCH /v1beta/{+name}`` (corpora.permissions.patch)."""
        body: dict[str, Any] = {}
        if email_address is not None:
            body["emailAddress"] = email_address
        if grantee_type is not None:
            body["granteeType"] = grantee_type
        if role is not None:
            body["role"] = role
        return self._call(
            _OP_CORPORA_PERMISSIONS_PATCH,
            Permission._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )


class Corpora(Resource):
    """Operations of the ``corpora`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> CorporaOperations:
        return CorporaOperations(self._client)

    @property
    def permissions(self) -> CorporaPermissions:
        return CorporaPermissions(self._client)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListCorporaResponse, Corpus]:
        """``GET /v1beta/corpora`` (corpora.list): every page, fetched as iteration reaches it.

        Iterate for each ``Corpus``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_CORPORA_LIST,
            ListCorporaResponse._wrap,
            lambda page: page.corpora,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def create(self, *, display_name: str | None = None, **options: Unpack[RequestOptions]) -> Corpus:
        """``POST /v1beta/corpora`` (corpora.create)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        return self._call(_OP_CORPORA_CREATE, Corpus._wrap, path={}, query=None, body=body, options=options)

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Corpus:
        """``GET /v1beta/{+name}`` (corpora.get)."""
        return self._call(_OP_CORPORA_GET, Corpus._wrap, path={"name": name}, query=None, body=None, options=options)

    def delete(self, *, name: str, force: bool | None = None, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (corpora.delete)."""
        return self._call(
            _OP_CORPORA_DELETE, Empty._wrap, path={"name": name}, query={"force": force}, body=None, options=options
        )


class Dynamic(Resource):
    """Operations of the ``dynamic`` resource."""

    __slots__ = ()

    def generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentResponse:
        """``POST /v1beta/{+model}:generateContent`` (dynamic.generateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return self._call(
            _OP_DYNAMIC_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def stream_generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[GenerateContentResponse]:
        """``POST /v1beta/{+model}:streamGenerateContent`` (dynamic.streamGenerateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return self._stream(
            _OP_DYNAMIC_STREAM_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )


class FileSearchStoresDocuments(Resource):
    """Operations of the ``fileSearchStores.documents`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        parent: str,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListDocumentsResponse, Document]:
        """``GET /v1beta/{+parent}/documents`` (fileSearchStores.documents.list): every page, fetched as iteration reaches it.

        Iterate for each ``Document``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_FILE_SEARCH_STORES_DOCUMENTS_LIST,
            ListDocumentsResponse._wrap,
            lambda page: page.documents,
            path={"parent": parent},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Document:
        """``GET /v1beta/{+name}`` (fileSearchStores.documents.get)."""
        return self._call(
            _OP_FILE_SEARCH_STORES_DOCUMENTS_GET,
            Document._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )

    def delete(self, *, name: str, force: bool | None = None, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (fileSearchStores.documents.delete)."""
        return self._call(
            _OP_FILE_SEARCH_STORES_DOCUMENTS_DELETE,
            Empty._wrap,
            path={"name": name},
            query={"force": force},
            body=None,
            options=options,
        )


class FileSearchStoresOperations(Resource):
    """Operations of the ``fileSearchStores.operations`` resource."""

    __slots__ = ()

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (fileSearchStores.operations.get)."""
        return self._call(
            _OP_FILE_SEARCH_STORES_OPERATIONS_GET,
            Operation._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )


class FileSearchStoresUploadOperations(Resource):
    """Operations of the ``fileSearchStores.upload.operations`` resource."""

    __slots__ = ()

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (fileSearchStores.upload.operations.get)."""
        return self._call(
            _OP_FILE_SEARCH_STORES_UPLOAD_OPERATIONS_GET,
            Operation._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )


class FileSearchStoresUpload(Resource):
    """Operations of the ``fileSearchStores.upload`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> FileSearchStoresUploadOperations:
        return FileSearchStoresUploadOperations(self._client)


class FileSearchStores(Resource):
    """Operations of the ``fileSearchStores`` resource."""

    __slots__ = ()

    @property
    def documents(self) -> FileSearchStoresDocuments:
        return FileSearchStoresDocuments(self._client)

    @property
    def operations(self) -> FileSearchStoresOperations:
        return FileSearchStoresOperations(self._client)

    @property
    def upload(self) -> FileSearchStoresUpload:
        return FileSearchStoresUpload(self._client)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListFileSearchStoresResponse, FileSearchStore]:
        """``GET /v1beta/fileSearchStores`` (fileSearchStores.list): every page, fetched as iteration reaches it.

        Iterate for each ``FileSearchStore``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_FILE_SEARCH_STORES_LIST,
            ListFileSearchStoresResponse._wrap,
            lambda page: page.file_search_stores,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def create(self, *, display_name: str | None = None, **options: Unpack[RequestOptions]) -> FileSearchStore:
        """``POST /v1beta/fileSearchStores`` (fileSearchStores.create)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        return self._call(
            _OP_FILE_SEARCH_STORES_CREATE, FileSearchStore._wrap, path={}, query=None, body=body, options=options
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> FileSearchStore:
        """``GET /v1beta/{+name}`` (fileSearchStores.get)."""
        return self._call(
            _OP_FILE_SEARCH_STORES_GET,
            FileSearchStore._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )

    def delete(self, *, name: str, force: bool | None = None, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (fileSearchStores.delete)."""
        return self._call(
            _OP_FILE_SEARCH_STORES_DELETE,
            Empty._wrap,
            path={"name": name},
            query={"force": force},
            body=None,
            options=options,
        )

    def import_file(
        self,
        *,
        file_search_store_name: str,
        file_name: str,
        chunking_config: ChunkingConfig | Mapping[str, Any] | None = None,
        custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Operation:
        """``POST /v1beta/{+fileSearchStoreName}:importFile`` (fileSearchStores.importFile)."""
        body: dict[str, Any] = {}
        if chunking_config is not None:
            body["chunkingConfig"] = ChunkingConfig._coerce(chunking_config)
        if custom_metadata is not None:
            body["customMetadata"] = encode_model_list(CustomMetadata, custom_metadata)
        body["fileName"] = file_name
        return self._call(
            _OP_FILE_SEARCH_STORES_IMPORT_FILE,
            Operation._wrap,
            path={"fileSearchStoreName": file_search_store_name},
            query=None,
            body=body,
            options=options,
        )


class Media(Resource):
    """Operations of the ``media`` resource."""

    __slots__ = ()

    def upload_to_file_search_store(
        self,
        *,
        file_search_store_name: str,
        chunking_config: ChunkingConfig | Mapping[str, Any] | None = None,
        custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]] | None = None,
        display_name: str | None = None,
        mime_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CustomLongRunningOperation:
        """``POST /v1beta/{+fileSearchStoreName}:uploadToFileSearchStore`` (media.uploadToFileSearchStore)."""
        body: dict[str, Any] = {}
        if chunking_config is not None:
            body["chunkingConfig"] = ChunkingConfig._coerce(chunking_config)
        if custom_metadata is not None:
            body["customMetadata"] = encode_model_list(CustomMetadata, custom_metadata)
        if display_name is not None:
            body["displayName"] = display_name
        if mime_type is not None:
            body["mimeType"] = mime_type
        return self._call(
            _OP_MEDIA_UPLOAD_TO_FILE_SEARCH_STORE,
            CustomLongRunningOperation._wrap,
            path={"fileSearchStoreName": file_search_store_name},
            query=None,
            body=body,
            options=options,
        )

    def upload(
        self, *, file: File | Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> CreateFileResponse:
        """``POST /v1beta/files`` (media.upload)."""
        body: dict[str, Any] = {}
        if file is not None:
            body["file"] = File._coerce(file)
        return self._call(_OP_MEDIA_UPLOAD, CreateFileResponse._wrap, path={}, query=None, body=body, options=options)

    def download(self, *, name: str, **options: Unpack[RequestOptions]) -> GeneratedFile:
        """``GET /v1beta/{+name}`` (media.download)."""
        return self._call(
            _OP_MEDIA_DOWNLOAD, GeneratedFile._wrap, path={"name": name}, query=None, body=None, options=options
        )


class GeneratedFilesOperations(Resource):
    """Operations of the ``generatedFiles.operations`` resource."""

    __slots__ = ()

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (generatedFiles.operations.get)."""
        return self._call(
            _OP_GENERATED_FILES_OPERATIONS_GET,
            Operation._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )


class GeneratedFiles(Resource):
    """Operations of the ``generatedFiles`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> GeneratedFilesOperations:
        return GeneratedFilesOperations(self._client)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListGeneratedFilesResponse, GeneratedFile]:
        """``GET /v1beta/generatedFiles`` (generatedFiles.list): every page, fetched as iteration reaches it.

        Iterate for each ``GeneratedFile``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_GENERATED_FILES_LIST,
            ListGeneratedFilesResponse._wrap,
            lambda page: page.generated_files,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )


class ModelsOperations(Resource):
    """Operations of the ``models.operations`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        name: str,
        filter: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_partial_success: bool | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListOperationsResponse, Operation]:
        """``GET /v1beta/{+name}/operations`` (models.operations.list): every page, fetched as iteration reaches it.

        Iterate for each ``Operation``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_MODELS_OPERATIONS_LIST,
            ListOperationsResponse._wrap,
            lambda page: page.operations,
            path={"name": name},
            query={
                "filter": filter,
                "page_size": page_size,
                "page_token": page_token,
                "return_partial_success": return_partial_success,
            },
            config=config,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (models.operations.get)."""
        return self._call(
            _OP_MODELS_OPERATIONS_GET, Operation._wrap, path={"name": name}, query=None, body=None, options=options
        )


class Models(Resource):
    """Operations of the ``models`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> ModelsOperations:
        return ModelsOperations(self._client)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListModelsResponse, Model]:
        """``GET /v1beta/models`` (models.list): every page, fetched as iteration reaches it.

        Iterate for each ``Model``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_MODELS_LIST,
            ListModelsResponse._wrap,
            lambda page: page.models,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Model:
        """``GET /v1beta/{+name}`` (models.get)."""
        return self._call(_OP_MODELS_GET, Model._wrap, path={"name": name}, query=None, body=None, options=options)

    def async_batch_embed_content(
        self, *, model: str, batch: EmbedContentBatch | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:asyncBatchEmbedContent`` (models.asyncBatchEmbedContent)."""
        body: dict[str, Any] = {}
        body["batch"] = EmbedContentBatch._coerce(batch)
        return self._call(
            _OP_MODELS_ASYNC_BATCH_EMBED_CONTENT,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def batch_embed_contents(
        self,
        *,
        model: str,
        requests: Sequence[EmbedContentRequest | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> BatchEmbedContentsResponse:
        """``POST /v1beta/{+model}:batchEmbedContents`` (models.batchEmbedContents)."""
        body: dict[str, Any] = {}
        body["requests"] = encode_model_list(EmbedContentRequest, requests)
        return self._call(
            _OP_MODELS_BATCH_EMBED_CONTENTS,
            BatchEmbedContentsResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def batch_embed_text(
        self,
        *,
        model: str,
        requests: Sequence[EmbedTextRequest | Mapping[str, Any]] | None = None,
        texts: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> BatchEmbedTextResponse:
        """``POST /v1beta/{+model}:batchEmbedText`` (models.batchEmbedText)."""
        body: dict[str, Any] = {}
        if requests is not None:
            body["requests"] = encode_model_list(EmbedTextRequest, requests)
        if texts is not None:
            body["texts"] = list(texts)
        return self._call(
            _OP_MODELS_BATCH_EMBED_TEXT,
            BatchEmbedTextResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def batch_generate_content(
        self, *, model: str, batch: GenerateContentBatch | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:batchGenerateContent`` (models.batchGenerateContent)."""
        body: dict[str, Any] = {}
        body["batch"] = GenerateContentBatch._coerce(batch)
        return self._call(
            _OP_MODELS_BATCH_GENERATE_CONTENT,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def count_message_tokens(
        self, *, model: str, prompt: MessagePrompt | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> CountMessageTokensResponse:
        """``POST /v1beta/{+model}:countMessageTokens`` (models.countMessageTokens)."""
        body: dict[str, Any] = {}
        body["prompt"] = MessagePrompt._coerce(prompt)
        return self._call(
            _OP_MODELS_COUNT_MESSAGE_TOKENS,
            CountMessageTokensResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def count_text_tokens(
        self, *, model: str, prompt: TextPrompt | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> CountTextTokensResponse:
        """``POST /v1beta/{+model}:countTextTokens`` (models.countTextTokens)."""
        body: dict[str, Any] = {}
        body["prompt"] = TextPrompt._coerce(prompt)
        return self._call(
            _OP_MODELS_COUNT_TEXT_TOKENS,
            CountTextTokensResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def count_tokens(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]] | None = None,
        generate_content_request: GenerateContentRequest | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CountTokensResponse:
        """``POST /v1beta/{+model}:countTokens`` (models.countTokens)."""
        body: dict[str, Any] = {}
        if contents is not None:
            body["contents"] = encode_model_list(Content, contents)
        if generate_content_request is not None:
            body["generateContentRequest"] = GenerateContentRequest._coerce(generate_content_request)
        return self._call(
            _OP_MODELS_COUNT_TOKENS,
            CountTokensResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def embed_content(
        self,
        *,
        model: str,
        content: Content | Mapping[str, Any],
        output_dimensionality: int | None = None,
        task_type: EmbedContentRequestTaskType | str | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> EmbedContentResponse:
        """``POST /v1beta/{+model}:embedContent`` (models.embedContent)."""
        body: dict[str, Any] = {}
        body["content"] = Content._coerce(content)
        if output_dimensionality is not None:
            body["outputDimensionality"] = output_dimensionality
        if task_type is not None:
            body["taskType"] = task_type
        if title is not None:
            body["title"] = title
        return self._call(
            _OP_MODELS_EMBED_CONTENT,
            EmbedContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def embed_text(
        self, *, model: str, text: str | None = None, **options: Unpack[RequestOptions]
    ) -> EmbedTextResponse:
        """``POST /v1beta/{+model}:embedText`` (models.embedText)."""
        body: dict[str, Any] = {}
        if text is not None:
            body["text"] = text
        return self._call(
            _OP_MODELS_EMBED_TEXT,
            EmbedTextResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def generate_answer(
        self,
        *,
        model: str,
        answer_style: GenerateAnswerRequestAnswerStyle | str,
        contents: Sequence[Content | Mapping[str, Any]],
        inline_passages: GroundingPassages | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        semantic_retriever: SemanticRetrieverConfig | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateAnswerResponse:
        """``POST /v1beta/{+model}:generateAnswer`` (models.generateAnswer)."""
        body: dict[str, Any] = {}
        body["answerStyle"] = answer_style
        body["contents"] = encode_model_list(Content, contents)
        if inline_passages is not None:
            body["inlinePassages"] = GroundingPassages._coerce(inline_passages)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if semantic_retriever is not None:
            body["semanticRetriever"] = SemanticRetrieverConfig._coerce(semantic_retriever)
        if temperature is not None:
            body["temperature"] = temperature
        return self._call(
            _OP_MODELS_GENERATE_ANSWER,
            GenerateAnswerResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentResponse:
        """``POST /v1beta/{+model}:generateContent`` (models.generateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return self._call(
            _OP_MODELS_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def generate_message(
        self,
        *,
        model: str,
        prompt: MessagePrompt | Mapping[str, Any],
        candidate_count: int | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateMessageResponse:
        """``POST /v1beta/{+model}:generateMessage`` (models.generateMessage)."""
        body: dict[str, Any] = {}
        if candidate_count is not None:
            body["candidateCount"] = candidate_count
        body["prompt"] = MessagePrompt._coerce(prompt)
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        return self._call(
            _OP_MODELS_GENERATE_MESSAGE,
            GenerateMessageResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def generate_text(
        self,
        *,
        model: str,
        prompt: TextPrompt | Mapping[str, Any],
        candidate_count: int | None = None,
        max_output_tokens: int | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        stop_sequences: Sequence[str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateTextResponse:
        """``POST /v1beta/{+model}:generateText`` (models.generateText)."""
        body: dict[str, Any] = {}
        if candidate_count is not None:
            body["candidateCount"] = candidate_count
        if max_output_tokens is not None:
            body["maxOutputTokens"] = max_output_tokens
        body["prompt"] = TextPrompt._coerce(prompt)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if stop_sequences is not None:
            body["stopSequences"] = list(stop_sequences)
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        return self._call(
            _OP_MODELS_GENERATE_TEXT,
            GenerateTextResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def predict(
        self, *, model: str, instances: Sequence[Any], parameters: Any | None = None, **options: Unpack[RequestOptions]
    ) -> PredictResponse:
        """``POST /v1beta/{+model}:predict`` (models.predict)."""
        body: dict[str, Any] = {}
        body["instances"] = encode_union(instances)
        if parameters is not None:
            body["parameters"] = encode_union(parameters)
        return self._call(
            _OP_MODELS_PREDICT, PredictResponse._wrap, path={"model": model}, query=None, body=body, options=options
        )

    def predict_long_running(
        self, *, model: str, instances: Sequence[Any], parameters: Any | None = None, **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:predictLongRunning`` (models.predictLongRunning)."""
        body: dict[str, Any] = {}
        body["instances"] = encode_union(instances)
        if parameters is not None:
            body["parameters"] = encode_union(parameters)
        return self._call(
            _OP_MODELS_PREDICT_LONG_RUNNING,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def stream_generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[GenerateContentResponse]:
        """``POST /v1beta/{+model}:streamGenerateContent`` (models.streamGenerateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return self._stream(
            _OP_MODELS_STREAM_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )


class TunedModelsOperations(Resource):
    """Operations of the ``tunedModels.operations`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        name: str,
        filter: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_partial_success: bool | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListOperationsResponse, Operation]:
        """``GET /v1beta/{+name}/operations`` (tunedModels.operations.list): every page, fetched as iteration reaches it.

        Iterate for each ``Operation``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_TUNED_MODELS_OPERATIONS_LIST,
            ListOperationsResponse._wrap,
            lambda page: page.operations,
            path={"name": name},
            query={
                "filter": filter,
                "page_size": page_size,
                "page_token": page_token,
                "return_partial_success": return_partial_success,
            },
            config=config,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (tunedModels.operations.get)."""
        return self._call(
            _OP_TUNED_MODELS_OPERATIONS_GET,
            Operation._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )


class TunedModelsPermissions(Resource):
    """Operations of the ``tunedModels.permissions`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        parent: str,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListPermissionsResponse, Permission]:
        """``GET /v1beta/{+parent}/permissions`` (tunedModels.permissions.list): every page, fetched as iteration reaches it.

        Iterate for each ``Permission``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_TUNED_MODELS_PERMISSIONS_LIST,
            ListPermissionsResponse._wrap,
            lambda page: page.permissions,
            path={"parent": parent},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def create(
        self,
        *,
        parent: str,
        role: PermissionRole | str,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Permission:
        """``POST /v1beta/{+parent}/permissions`` (tunedModels.permissions.create)."""
        body: dict[str, Any] = {}
        if email_address is not None:
            body["emailAddress"] = email_address
        if grantee_type is not None:
            body["granteeType"] = grantee_type
        body["role"] = role
        return self._call(
            _OP_TUNED_MODELS_PERMISSIONS_CREATE,
            Permission._wrap,
            path={"parent": parent},
            query=None,
            body=body,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Permission:
        """``GET /v1beta/{+name}`` (tunedModels.permissions.get)."""
        return self._call(
            _OP_TUNED_MODELS_PERMISSIONS_GET,
            Permission._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )

    def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (tunedModels.permissions.delete)."""
        return self._call(
            _OP_TUNED_MODELS_PERMISSIONS_DELETE,
            Empty._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )

    def patch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        role: PermissionRole | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Permission:
        """``PATCH /v1beta/{+name}`` (tunedModels.permissions.patch)."""
        body: dict[str, Any] = {}
        if email_address is not None:
            body["emailAddress"] = email_address
        if grantee_type is not None:
            body["granteeType"] = grantee_type
        if role is not None:
            body["role"] = role
        return self._call(
            _OP_TUNED_MODELS_PERMISSIONS_PATCH,
            Permission._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )


class TunedModels(Resource):
    """Operations of the ``tunedModels`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> TunedModelsOperations:
        return TunedModelsOperations(self._client)

    @property
    def permissions(self) -> TunedModelsPermissions:
        return TunedModelsPermissions(self._client)

    def list(
        self,
        *,
        filter: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListTunedModelsResponse, TunedModel]:
        """``GET /v1beta/tunedModels`` (tunedModels.list): every page, fetched as iteration reaches it.

        Iterate for each ``TunedModel``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_TUNED_MODELS_LIST,
            ListTunedModelsResponse._wrap,
            lambda page: page.tuned_models,
            path={},
            query={"filter": filter, "page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    def create(
        self,
        *,
        tuning_task: TuningTask | Mapping[str, Any],
        tuned_model_id: str | None = None,
        base_model: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        reader_project_numbers: Sequence[int | str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        tuned_model_source: TunedModelSource | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Operation:
        """``POST /v1beta/tunedModels`` (tunedModels.create)."""
        body: dict[str, Any] = {}
        if base_model is not None:
            body["baseModel"] = base_model
        if description is not None:
            body["description"] = description
        if display_name is not None:
            body["displayName"] = display_name
        if reader_project_numbers is not None:
            body["readerProjectNumbers"] = [encode_int64(x) for x in reader_project_numbers]
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        if tuned_model_source is not None:
            body["tunedModelSource"] = TunedModelSource._coerce(tuned_model_source)
        body["tuningTask"] = TuningTask._coerce(tuning_task)
        return self._call(
            _OP_TUNED_MODELS_CREATE,
            Operation._wrap,
            path={},
            query={"tunedModelId": tuned_model_id},
            body=body,
            options=options,
        )

    def get(self, *, name: str, **options: Unpack[RequestOptions]) -> TunedModel:
        """``GET /v1beta/{+name}`` (tunedModels.get)."""
        return self._call(
            _OP_TUNED_MODELS_GET, TunedModel._wrap, path={"name": name}, query=None, body=None, options=options
        )

    def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (tunedModels.delete)."""
        return self._call(
            _OP_TUNED_MODELS_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    def patch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        base_model: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        reader_project_numbers: Sequence[int | str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        tuned_model_source: TunedModelSource | Mapping[str, Any] | None = None,
        tuning_task: TuningTask | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> TunedModel:
        """``PATCH /v1beta/{+name}`` (tunedModels.patch)."""
        body: dict[str, Any] = {}
        if base_model is not None:
            body["baseModel"] = base_model
        if description is not None:
            body["description"] = description
        if display_name is not None:
            body["displayName"] = display_name
        if reader_project_numbers is not None:
            body["readerProjectNumbers"] = [encode_int64(x) for x in reader_project_numbers]
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        if tuned_model_source is not None:
            body["tunedModelSource"] = TunedModelSource._coerce(tuned_model_source)
        if tuning_task is not None:
            body["tuningTask"] = TuningTask._coerce(tuning_task)
        return self._call(
            _OP_TUNED_MODELS_PATCH,
            TunedModel._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )

    def async_batch_embed_content(
        self, *, model: str, batch: EmbedContentBatch | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:asyncBatchEmbedContent`` (tunedModels.asyncBatchEmbedContent)."""
        body: dict[str, Any] = {}
        body["batch"] = EmbedContentBatch._coerce(batch)
        return self._call(
            _OP_TUNED_MODELS_ASYNC_BATCH_EMBED_CONTENT,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def batch_generate_content(
        self, *, model: str, batch: GenerateContentBatch | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:batchGenerateContent`` (tunedModels.batchGenerateContent)."""
        body: dict[str, Any] = {}
        body["batch"] = GenerateContentBatch._coerce(batch)
        return self._call(
            _OP_TUNED_MODELS_BATCH_GENERATE_CONTENT,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentResponse:
        """``POST /v1beta/{+model}:generateContent`` (tunedModels.generateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return self._call(
            _OP_TUNED_MODELS_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def generate_text(
        self,
        *,
        model: str,
        prompt: TextPrompt | Mapping[str, Any],
        candidate_count: int | None = None,
        max_output_tokens: int | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        stop_sequences: Sequence[str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateTextResponse:
        """``POST /v1beta/{+model}:generateText`` (tunedModels.generateText)."""
        body: dict[str, Any] = {}
        if candidate_count is not None:
            body["candidateCount"] = candidate_count
        if max_output_tokens is not None:
            body["maxOutputTokens"] = max_output_tokens
        body["prompt"] = TextPrompt._coerce(prompt)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if stop_sequences is not None:
            body["stopSequences"] = list(stop_sequences)
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        return self._call(
            _OP_TUNED_MODELS_GENERATE_TEXT,
            GenerateTextResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def stream_generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[GenerateContentResponse]:
        """``POST /v1beta/{+model}:streamGenerateContent`` (tunedModels.streamGenerateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return self._stream(
            _OP_TUNED_MODELS_STREAM_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    def transfer_ownership(
        self, *, name: str, email_address: str, **options: Unpack[RequestOptions]
    ) -> TransferOwnershipResponse:
        """``POST /v1beta/{+name}:transferOwnership`` (tunedModels.transferOwnership)."""
        body: dict[str, Any] = {}
        body["emailAddress"] = email_address
        return self._call(
            _OP_TUNED_MODELS_TRANSFER_OWNERSHIP,
            TransferOwnershipResponse._wrap,
            path={"name": name},
            query=None,
            body=body,
            options=options,
        )


class AsyncFiles(AsyncResource):
    """Operations of the ``files`` resource."""

    __slots__ = ()

    async def download(self, *, name: str, **options: Unpack[RequestOptions]) -> bytes:
        """``GET /download/v1beta/{+name}:download`` (files.download)."""
        return await self._download(_OP_FILES_DOWNLOAD, path={"name": name}, query=None, options=options)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListFilesResponse, File]:
        """``GET /v1beta/files`` (files.list): every page, fetched as iteration reaches it.

        Iterate for each ``File``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_FILES_LIST,
            ListFilesResponse._wrap,
            lambda page: page.files,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> File:
        """``GET /v1beta/{+name}`` (files.get)."""
        return await self._call(_OP_FILES_GET, File._wrap, path={"name": name}, query=None, body=None, options=options)

    async def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (files.delete)."""
        return await self._call(
            _OP_FILES_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def register(self, *, uris: Sequence[str], **options: Unpack[RequestOptions]) -> RegisterFilesResponse:
        """``POST /v1beta/files:register`` (files.register)."""
        body: dict[str, Any] = {}
        body["uris"] = list(uris)
        return await self._call(
            _OP_FILES_REGISTER, RegisterFilesResponse._wrap, path={}, query=None, body=body, options=options
        )


class AsyncAuthTokens(AsyncResource):
    """Operations of the ``auth_tokens`` resource."""

    __slots__ = ()

    async def create(
        self,
        *,
        bidi_generate_content_setup: BidiGenerateContentSetup | Mapping[str, Any] | None = None,
        expire_time: str | None = None,
        field_mask: str | None = None,
        new_session_expire_time: str | None = None,
        uses: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AuthToken:
        """``POST /v1beta/auth_tokens`` (auth_tokens.create)."""
        body: dict[str, Any] = {}
        if bidi_generate_content_setup is not None:
            body["bidiGenerateContentSetup"] = BidiGenerateContentSetup._coerce(bidi_generate_content_setup)
        if expire_time is not None:
            body["expireTime"] = expire_time
        if field_mask is not None:
            body["fieldMask"] = field_mask
        if new_session_expire_time is not None:
            body["newSessionExpireTime"] = new_session_expire_time
        if uses is not None:
            body["uses"] = uses
        return await self._call(
            _OP_AUTH_TOKENS_CREATE, AuthToken._wrap, path={}, query=None, body=body, options=options
        )


class AsyncBatches(AsyncResource):
    """Operations of the ``batches`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        name: str,
        filter: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_partial_success: bool | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListOperationsResponse, Operation]:
        """``GET /v1beta/{+name}`` (batches.list): every page, fetched as iteration reaches it.

        Iterate for each ``Operation``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_BATCHES_LIST,
            ListOperationsResponse._wrap,
            lambda page: page.operations,
            path={"name": name},
            query={
                "filter": filter,
                "page_size": page_size,
                "page_token": page_token,
                "return_partial_success": return_partial_success,
            },
            config=config,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (batches.get)."""
        return await self._call(
            _OP_BATCHES_GET, Operation._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (batches.delete)."""
        return await self._call(
            _OP_BATCHES_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def cancel(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``POST /v1beta/{+name}:cancel`` (batches.cancel)."""
        return await self._call(
            _OP_BATCHES_CANCEL, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def update_embed_content_batch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        display_name: str | None = None,
        input_config: InputEmbedContentConfig | Mapping[str, Any] | None = None,
        model: str | None = None,
        priority: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> EmbedContentBatch:
        """``PATCH /v1beta/{+name}:updateEmbedContentBatch`` (batches.updateEmbedContentBatch)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        if input_config is not None:
            body["inputConfig"] = InputEmbedContentConfig._coerce(input_config)
        if model is not None:
            body["model"] = model
        if priority is not None:
            body["priority"] = encode_int64(priority)
        return await self._call(
            _OP_BATCHES_UPDATE_EMBED_CONTENT_BATCH,
            EmbedContentBatch._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )

    async def update_generate_content_batch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        display_name: str | None = None,
        input_config: InputConfig | Mapping[str, Any] | None = None,
        model: str | None = None,
        priority: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentBatch:
        """``PATCH /v1beta/{+name}:updateGenerateContentBatch`` (batches.updateGenerateContentBatch)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        if input_config is not None:
            body["inputConfig"] = InputConfig._coerce(input_config)
        if model is not None:
            body["model"] = model
        if priority is not None:
            body["priority"] = encode_int64(priority)
        return await self._call(
            _OP_BATCHES_UPDATE_GENERATE_CONTENT_BATCH,
            GenerateContentBatch._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )


class AsyncCachedContents(AsyncResource):
    """Operations of the ``cachedContents`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListCachedContentsResponse, CachedContent]:
        """``GET /v1beta/cachedContents`` (cachedContents.list): every page, fetched as iteration reaches it.

        Iterate for each ``CachedContent``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_CACHED_CONTENTS_LIST,
            ListCachedContentsResponse._wrap,
            lambda page: page.cached_contents,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def create(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]] | None = None,
        display_name: str | None = None,
        expire_time: str | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        ttl: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """``POST /v1beta/cachedContents`` (cachedContents.create)."""
        body: dict[str, Any] = {}
        if contents is not None:
            body["contents"] = encode_model_list(Content, contents)
        if display_name is not None:
            body["displayName"] = display_name
        if expire_time is not None:
            body["expireTime"] = expire_time
        body["model"] = model
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        if ttl is not None:
            body["ttl"] = ttl
        return await self._call(
            _OP_CACHED_CONTENTS_CREATE, CachedContent._wrap, path={}, query=None, body=body, options=options
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> CachedContent:
        """``GET /v1beta/{+name}`` (cachedContents.get)."""
        return await self._call(
            _OP_CACHED_CONTENTS_GET, CachedContent._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (cachedContents.delete)."""
        return await self._call(
            _OP_CACHED_CONTENTS_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def patch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        contents: Sequence[Content | Mapping[str, Any]] | None = None,
        display_name: str | None = None,
        expire_time: str | None = None,
        model: str | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        ttl: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CachedContent:
        """``PATCH /v1beta/{+name}`` (cachedContents.patch)."""
        body: dict[str, Any] = {}
        if contents is not None:
            body["contents"] = encode_model_list(Content, contents)
        if display_name is not None:
            body["displayName"] = display_name
        if expire_time is not None:
            body["expireTime"] = expire_time
        if model is not None:
            body["model"] = model
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        if ttl is not None:
            body["ttl"] = ttl
        return await self._call(
            _OP_CACHED_CONTENTS_PATCH,
            CachedContent._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )


class AsyncCorporaOperations(AsyncResource):
    """Operations of the ``corpora.operations`` resource."""

    __slots__ = ()

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (corpora.operations.get)."""
        return await self._call(
            _OP_CORPORA_OPERATIONS_GET, Operation._wrap, path={"name": name}, query=None, body=None, options=options
        )


class AsyncCorporaPermissions(AsyncResource):
    """Operations of the ``corpora.permissions`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        parent: str,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListPermissionsResponse, Permission]:
        """``GET /v1beta/{+parent}/permissions`` (corpora.permissions.list): every page, fetched as iteration reaches it.

        Iterate for each ``Permission``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_CORPORA_PERMISSIONS_LIST,
            ListPermissionsResponse._wrap,
            lambda page: page.permissions,
            path={"parent": parent},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def create(
        self,
        *,
        parent: str,
        role: PermissionRole | str,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Permission:
        """``POST /v1beta/{+parent}/permissions`` (corpora.permissions.create)."""
        body: dict[str, Any] = {}
        if email_address is not None:
            body["emailAddress"] = email_address
        if grantee_type is not None:
            body["granteeType"] = grantee_type
        body["role"] = role
        return await self._call(
            _OP_CORPORA_PERMISSIONS_CREATE,
            Permission._wrap,
            path={"parent": parent},
            query=None,
            body=body,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Permission:
        """``GET /v1beta/{+name}`` (corpora.permissions.get)."""
        return await self._call(
            _OP_CORPORA_PERMISSIONS_GET, Permission._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (corpora.permissions.delete)."""
        return await self._call(
            _OP_CORPORA_PERMISSIONS_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def patch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        role: PermissionRole | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Permission:
        """``PATCH /v1beta/{+name}`` (corpora.permissions.patch)."""
        body: dict[str, Any] = {}
        if email_address is not None:
            body["emailAddress"] = email_address
        if grantee_type is not None:
            body["granteeType"] = grantee_type
        if role is not None:
            body["role"] = role
        return await self._call(
            _OP_CORPORA_PERMISSIONS_PATCH,
            Permission._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )


class AsyncCorpora(AsyncResource):
    """Operations of the ``corpora`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> AsyncCorporaOperations:
        return AsyncCorporaOperations(self._client)

    @property
    def permissions(self) -> AsyncCorporaPermissions:
        return AsyncCorporaPermissions(self._client)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListCorporaResponse, Corpus]:
        """``GET /v1beta/corpora`` (corpora.list): every page, fetched as iteration reaches it.

        Iterate for each ``Corpus``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_CORPORA_LIST,
            ListCorporaResponse._wrap,
            lambda page: page.corpora,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def create(self, *, display_name: str | None = None, **options: Unpack[RequestOptions]) -> Corpus:
        """``POST /v1beta/corpora`` (corpora.create)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        return await self._call(_OP_CORPORA_CREATE, Corpus._wrap, path={}, query=None, body=body, options=options)

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Corpus:
        """``GET /v1beta/{+name}`` (corpora.get)."""
        return await self._call(
            _OP_CORPORA_GET, Corpus._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def delete(self, *, name: str, force: bool | None = None, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (corpora.delete)."""
        return await self._call(
            _OP_CORPORA_DELETE, Empty._wrap, path={"name": name}, query={"force": force}, body=None, options=options
        )


class AsyncDynamic(AsyncResource):
    """Operations of the ``dynamic`` resource."""

    __slots__ = ()

    async def generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentResponse:
        """``POST /v1beta/{+model}:generateContent`` (dynamic.generateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return await self._call(
            _OP_DYNAMIC_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def stream_generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[GenerateContentResponse]:
        """``POST /v1beta/{+model}:streamGenerateContent`` (dynamic.streamGenerateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return await self._stream(
            _OP_DYNAMIC_STREAM_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )


class AsyncFileSearchStoresDocuments(AsyncResource):
    """Operations of the ``fileSearchStores.documents`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        parent: str,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListDocumentsResponse, Document]:
        """``GET /v1beta/{+parent}/documents`` (fileSearchStores.documents.list): every page, fetched as iteration reaches it.

        Iterate for each ``Document``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_FILE_SEARCH_STORES_DOCUMENTS_LIST,
            ListDocumentsResponse._wrap,
            lambda page: page.documents,
            path={"parent": parent},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Document:
        """``GET /v1beta/{+name}`` (fileSearchStores.documents.get)."""
        return await self._call(
            _OP_FILE_SEARCH_STORES_DOCUMENTS_GET,
            Document._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )

    async def delete(self, *, name: str, force: bool | None = None, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (fileSearchStores.documents.delete)."""
        return await self._call(
            _OP_FILE_SEARCH_STORES_DOCUMENTS_DELETE,
            Empty._wrap,
            path={"name": name},
            query={"force": force},
            body=None,
            options=options,
        )


class AsyncFileSearchStoresOperations(AsyncResource):
    """Operations of the ``fileSearchStores.operations`` resource."""

    __slots__ = ()

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (fileSearchStores.operations.get)."""
        return await self._call(
            _OP_FILE_SEARCH_STORES_OPERATIONS_GET,
            Operation._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )


class AsyncFileSearchStoresUploadOperations(AsyncResource):
    """Operations of the ``fileSearchStores.upload.operations`` resource."""

    __slots__ = ()

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (fileSearchStores.upload.operations.get)."""
        return await self._call(
            _OP_FILE_SEARCH_STORES_UPLOAD_OPERATIONS_GET,
            Operation._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )


class AsyncFileSearchStoresUpload(AsyncResource):
    """Operations of the ``fileSearchStores.upload`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> AsyncFileSearchStoresUploadOperations:
        return AsyncFileSearchStoresUploadOperations(self._client)


class AsyncFileSearchStores(AsyncResource):
    """Operations of the ``fileSearchStores`` resource."""

    __slots__ = ()

    @property
    def documents(self) -> AsyncFileSearchStoresDocuments:
        return AsyncFileSearchStoresDocuments(self._client)

    @property
    def operations(self) -> AsyncFileSearchStoresOperations:
        return AsyncFileSearchStoresOperations(self._client)

    @property
    def upload(self) -> AsyncFileSearchStoresUpload:
        return AsyncFileSearchStoresUpload(self._client)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListFileSearchStoresResponse, FileSearchStore]:
        """``GET /v1beta/fileSearchStores`` (fileSearchStores.list): every page, fetched as iteration reaches it.

        Iterate for each ``FileSearchStore``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_FILE_SEARCH_STORES_LIST,
            ListFileSearchStoresResponse._wrap,
            lambda page: page.file_search_stores,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def create(self, *, display_name: str | None = None, **options: Unpack[RequestOptions]) -> FileSearchStore:
        """``POST /v1beta/fileSearchStores`` (fileSearchStores.create)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        return await self._call(
            _OP_FILE_SEARCH_STORES_CREATE, FileSearchStore._wrap, path={}, query=None, body=body, options=options
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> FileSearchStore:
        """``GET /v1beta/{+name}`` (fileSearchStores.get)."""
        return await self._call(
            _OP_FILE_SEARCH_STORES_GET,
            FileSearchStore._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )

    async def delete(self, *, name: str, force: bool | None = None, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (fileSearchStores.delete)."""
        return await self._call(
            _OP_FILE_SEARCH_STORES_DELETE,
            Empty._wrap,
            path={"name": name},
            query={"force": force},
            body=None,
            options=options,
        )

    async def import_file(
        self,
        *,
        file_search_store_name: str,
        file_name: str,
        chunking_config: ChunkingConfig | Mapping[str, Any] | None = None,
        custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Operation:
        """``POST /v1beta/{+fileSearchStoreName}:importFile`` (fileSearchStores.importFile)."""
        body: dict[str, Any] = {}
        if chunking_config is not None:
            body["chunkingConfig"] = ChunkingConfig._coerce(chunking_config)
        if custom_metadata is not None:
            body["customMetadata"] = encode_model_list(CustomMetadata, custom_metadata)
        body["fileName"] = file_name
        return await self._call(
            _OP_FILE_SEARCH_STORES_IMPORT_FILE,
            Operation._wrap,
            path={"fileSearchStoreName": file_search_store_name},
            query=None,
            body=body,
            options=options,
        )


class AsyncMedia(AsyncResource):
    """Operations of the ``media`` resource."""

    __slots__ = ()

    async def upload_to_file_search_store(
        self,
        *,
        file_search_store_name: str,
        chunking_config: ChunkingConfig | Mapping[str, Any] | None = None,
        custom_metadata: Sequence[CustomMetadata | Mapping[str, Any]] | None = None,
        display_name: str | None = None,
        mime_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CustomLongRunningOperation:
        """``POST /v1beta/{+fileSearchStoreName}:uploadToFileSearchStore`` (media.uploadToFileSearchStore)."""
        body: dict[str, Any] = {}
        if chunking_config is not None:
            body["chunkingConfig"] = ChunkingConfig._coerce(chunking_config)
        if custom_metadata is not None:
            body["customMetadata"] = encode_model_list(CustomMetadata, custom_metadata)
        if display_name is not None:
            body["displayName"] = display_name
        if mime_type is not None:
            body["mimeType"] = mime_type
        return await self._call(
            _OP_MEDIA_UPLOAD_TO_FILE_SEARCH_STORE,
            CustomLongRunningOperation._wrap,
            path={"fileSearchStoreName": file_search_store_name},
            query=None,
            body=body,
            options=options,
        )

    async def upload(
        self, *, file: File | Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> CreateFileResponse:
        """``POST /v1beta/files`` (media.upload)."""
        body: dict[str, Any] = {}
        if file is not None:
            body["file"] = File._coerce(file)
        return await self._call(
            _OP_MEDIA_UPLOAD, CreateFileResponse._wrap, path={}, query=None, body=body, options=options
        )

    async def download(self, *, name: str, **options: Unpack[RequestOptions]) -> GeneratedFile:
        """``GET /v1beta/{+name}`` (media.download)."""
        return await self._call(
            _OP_MEDIA_DOWNLOAD, GeneratedFile._wrap, path={"name": name}, query=None, body=None, options=options
        )


class AsyncGeneratedFilesOperations(AsyncResource):
    """Operations of the ``generatedFiles.operations`` resource."""

    __slots__ = ()

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (generatedFiles.operations.get)."""
        return await self._call(
            _OP_GENERATED_FILES_OPERATIONS_GET,
            Operation._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )


class AsyncGeneratedFiles(AsyncResource):
    """Operations of the ``generatedFiles`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> AsyncGeneratedFilesOperations:
        return AsyncGeneratedFilesOperations(self._client)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListGeneratedFilesResponse, GeneratedFile]:
        """``GET /v1beta/generatedFiles`` (generatedFiles.list): every page, fetched as iteration reaches it.

        Iterate for each ``GeneratedFile``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_GENERATED_FILES_LIST,
            ListGeneratedFilesResponse._wrap,
            lambda page: page.generated_files,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )


class AsyncModelsOperations(AsyncResource):
    """Operations of the ``models.operations`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        name: str,
        filter: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_partial_success: bool | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListOperationsResponse, Operation]:
        """``GET /v1beta/{+name}/operations`` (models.operations.list): every page, fetched as iteration reaches it.

        Iterate for each ``Operation``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_MODELS_OPERATIONS_LIST,
            ListOperationsResponse._wrap,
            lambda page: page.operations,
            path={"name": name},
            query={
                "filter": filter,
                "page_size": page_size,
                "page_token": page_token,
                "return_partial_success": return_partial_success,
            },
            config=config,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (models.operations.get)."""
        return await self._call(
            _OP_MODELS_OPERATIONS_GET, Operation._wrap, path={"name": name}, query=None, body=None, options=options
        )


class AsyncModels(AsyncResource):
    """Operations of the ``models`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> AsyncModelsOperations:
        return AsyncModelsOperations(self._client)

    def list(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListModelsResponse, Model]:
        """``GET /v1beta/models`` (models.list): every page, fetched as iteration reaches it.

        Iterate for each ``Model``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_MODELS_LIST,
            ListModelsResponse._wrap,
            lambda page: page.models,
            path={},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Model:
        """``GET /v1beta/{+name}`` (models.get)."""
        return await self._call(
            _OP_MODELS_GET, Model._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def async_batch_embed_content(
        self, *, model: str, batch: EmbedContentBatch | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:asyncBatchEmbedContent`` (models.asyncBatchEmbedContent)."""
        body: dict[str, Any] = {}
        body["batch"] = EmbedContentBatch._coerce(batch)
        return await self._call(
            _OP_MODELS_ASYNC_BATCH_EMBED_CONTENT,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def batch_embed_contents(
        self,
        *,
        model: str,
        requests: Sequence[EmbedContentRequest | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> BatchEmbedContentsResponse:
        """``POST /v1beta/{+model}:batchEmbedContents`` (models.batchEmbedContents)."""
        body: dict[str, Any] = {}
        body["requests"] = encode_model_list(EmbedContentRequest, requests)
        return await self._call(
            _OP_MODELS_BATCH_EMBED_CONTENTS,
            BatchEmbedContentsResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def batch_embed_text(
        self,
        *,
        model: str,
        requests: Sequence[EmbedTextRequest | Mapping[str, Any]] | None = None,
        texts: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> BatchEmbedTextResponse:
        """``POST /v1beta/{+model}:batchEmbedText`` (models.batchEmbedText)."""
        body: dict[str, Any] = {}
        if requests is not None:
            body["requests"] = encode_model_list(EmbedTextRequest, requests)
        if texts is not None:
            body["texts"] = list(texts)
        return await self._call(
            _OP_MODELS_BATCH_EMBED_TEXT,
            BatchEmbedTextResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def batch_generate_content(
        self, *, model: str, batch: GenerateContentBatch | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:batchGenerateContent`` (models.batchGenerateContent)."""
        body: dict[str, Any] = {}
        body["batch"] = GenerateContentBatch._coerce(batch)
        return await self._call(
            _OP_MODELS_BATCH_GENERATE_CONTENT,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def count_message_tokens(
        self, *, model: str, prompt: MessagePrompt | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> CountMessageTokensResponse:
        """``POST /v1beta/{+model}:countMessageTokens`` (models.countMessageTokens)."""
        body: dict[str, Any] = {}
        body["prompt"] = MessagePrompt._coerce(prompt)
        return await self._call(
            _OP_MODELS_COUNT_MESSAGE_TOKENS,
            CountMessageTokensResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def count_text_tokens(
        self, *, model: str, prompt: TextPrompt | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> CountTextTokensResponse:
        """``POST /v1beta/{+model}:countTextTokens`` (models.countTextTokens)."""
        body: dict[str, Any] = {}
        body["prompt"] = TextPrompt._coerce(prompt)
        return await self._call(
            _OP_MODELS_COUNT_TEXT_TOKENS,
            CountTextTokensResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def count_tokens(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]] | None = None,
        generate_content_request: GenerateContentRequest | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CountTokensResponse:
        """``POST /v1beta/{+model}:countTokens`` (models.countTokens)."""
        body: dict[str, Any] = {}
        if contents is not None:
            body["contents"] = encode_model_list(Content, contents)
        if generate_content_request is not None:
            body["generateContentRequest"] = GenerateContentRequest._coerce(generate_content_request)
        return await self._call(
            _OP_MODELS_COUNT_TOKENS,
            CountTokensResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def embed_content(
        self,
        *,
        model: str,
        content: Content | Mapping[str, Any],
        output_dimensionality: int | None = None,
        task_type: EmbedContentRequestTaskType | str | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> EmbedContentResponse:
        """``POST /v1beta/{+model}:embedContent`` (models.embedContent)."""
        body: dict[str, Any] = {}
        body["content"] = Content._coerce(content)
        if output_dimensionality is not None:
            body["outputDimensionality"] = output_dimensionality
        if task_type is not None:
            body["taskType"] = task_type
        if title is not None:
            body["title"] = title
        return await self._call(
            _OP_MODELS_EMBED_CONTENT,
            EmbedContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def embed_text(
        self, *, model: str, text: str | None = None, **options: Unpack[RequestOptions]
    ) -> EmbedTextResponse:
        """``POST /v1beta/{+model}:embedText`` (models.embedText)."""
        body: dict[str, Any] = {}
        if text is not None:
            body["text"] = text
        return await self._call(
            _OP_MODELS_EMBED_TEXT,
            EmbedTextResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def generate_answer(
        self,
        *,
        model: str,
        answer_style: GenerateAnswerRequestAnswerStyle | str,
        contents: Sequence[Content | Mapping[str, Any]],
        inline_passages: GroundingPassages | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        semantic_retriever: SemanticRetrieverConfig | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateAnswerResponse:
        """``POST /v1beta/{+model}:generateAnswer`` (models.generateAnswer)."""
        body: dict[str, Any] = {}
        body["answerStyle"] = answer_style
        body["contents"] = encode_model_list(Content, contents)
        if inline_passages is not None:
            body["inlinePassages"] = GroundingPassages._coerce(inline_passages)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if semantic_retriever is not None:
            body["semanticRetriever"] = SemanticRetrieverConfig._coerce(semantic_retriever)
        if temperature is not None:
            body["temperature"] = temperature
        return await self._call(
            _OP_MODELS_GENERATE_ANSWER,
            GenerateAnswerResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentResponse:
        """``POST /v1beta/{+model}:generateContent`` (models.generateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return await self._call(
            _OP_MODELS_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def generate_message(
        self,
        *,
        model: str,
        prompt: MessagePrompt | Mapping[str, Any],
        candidate_count: int | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateMessageResponse:
        """``POST /v1beta/{+model}:generateMessage`` (models.generateMessage)."""
        body: dict[str, Any] = {}
        if candidate_count is not None:
            body["candidateCount"] = candidate_count
        body["prompt"] = MessagePrompt._coerce(prompt)
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        return await self._call(
            _OP_MODELS_GENERATE_MESSAGE,
            GenerateMessageResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def generate_text(
        self,
        *,
        model: str,
        prompt: TextPrompt | Mapping[str, Any],
        candidate_count: int | None = None,
        max_output_tokens: int | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        stop_sequences: Sequence[str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateTextResponse:
        """``POST /v1beta/{+model}:generateText`` (models.generateText)."""
        body: dict[str, Any] = {}
        if candidate_count is not None:
            body["candidateCount"] = candidate_count
        if max_output_tokens is not None:
            body["maxOutputTokens"] = max_output_tokens
        body["prompt"] = TextPrompt._coerce(prompt)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if stop_sequences is not None:
            body["stopSequences"] = list(stop_sequences)
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        return await self._call(
            _OP_MODELS_GENERATE_TEXT,
            GenerateTextResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def predict(
        self, *, model: str, instances: Sequence[Any], parameters: Any | None = None, **options: Unpack[RequestOptions]
    ) -> PredictResponse:
        """``POST /v1beta/{+model}:predict`` (models.predict)."""
        body: dict[str, Any] = {}
        body["instances"] = encode_union(instances)
        if parameters is not None:
            body["parameters"] = encode_union(parameters)
        return await self._call(
            _OP_MODELS_PREDICT, PredictResponse._wrap, path={"model": model}, query=None, body=body, options=options
        )

    async def predict_long_running(
        self, *, model: str, instances: Sequence[Any], parameters: Any | None = None, **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:predictLongRunning`` (models.predictLongRunning)."""
        body: dict[str, Any] = {}
        body["instances"] = encode_union(instances)
        if parameters is not None:
            body["parameters"] = encode_union(parameters)
        return await self._call(
            _OP_MODELS_PREDICT_LONG_RUNNING,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def stream_generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[GenerateContentResponse]:
        """``POST /v1beta/{+model}:streamGenerateContent`` (models.streamGenerateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return await self._stream(
            _OP_MODELS_STREAM_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )


class AsyncTunedModelsOperations(AsyncResource):
    """Operations of the ``tunedModels.operations`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        name: str,
        filter: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_partial_success: bool | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListOperationsResponse, Operation]:
        """``GET /v1beta/{+name}/operations`` (tunedModels.operations.list): every page, fetched as iteration reaches it.

        Iterate for each ``Operation``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_TUNED_MODELS_OPERATIONS_LIST,
            ListOperationsResponse._wrap,
            lambda page: page.operations,
            path={"name": name},
            query={
                "filter": filter,
                "page_size": page_size,
                "page_token": page_token,
                "return_partial_success": return_partial_success,
            },
            config=config,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Operation:
        """``GET /v1beta/{+name}`` (tunedModels.operations.get)."""
        return await self._call(
            _OP_TUNED_MODELS_OPERATIONS_GET,
            Operation._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )


class AsyncTunedModelsPermissions(AsyncResource):
    """Operations of the ``tunedModels.permissions`` resource."""

    __slots__ = ()

    def list(
        self,
        *,
        parent: str,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListPermissionsResponse, Permission]:
        """``GET /v1beta/{+parent}/permissions`` (tunedModels.permissions.list): every page, fetched as iteration reaches it.

        Iterate for each ``Permission``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_TUNED_MODELS_PERMISSIONS_LIST,
            ListPermissionsResponse._wrap,
            lambda page: page.permissions,
            path={"parent": parent},
            query={"page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def create(
        self,
        *,
        parent: str,
        role: PermissionRole | str,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Permission:
        """``POST /v1beta/{+parent}/permissions`` (tunedModels.permissions.create)."""
        body: dict[str, Any] = {}
        if email_address is not None:
            body["emailAddress"] = email_address
        if grantee_type is not None:
            body["granteeType"] = grantee_type
        body["role"] = role
        return await self._call(
            _OP_TUNED_MODELS_PERMISSIONS_CREATE,
            Permission._wrap,
            path={"parent": parent},
            query=None,
            body=body,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> Permission:
        """``GET /v1beta/{+name}`` (tunedModels.permissions.get)."""
        return await self._call(
            _OP_TUNED_MODELS_PERMISSIONS_GET,
            Permission._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )

    async def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (tunedModels.permissions.delete)."""
        return await self._call(
            _OP_TUNED_MODELS_PERMISSIONS_DELETE,
            Empty._wrap,
            path={"name": name},
            query=None,
            body=None,
            options=options,
        )

    async def patch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        email_address: str | None = None,
        grantee_type: PermissionGranteeType | str | None = None,
        role: PermissionRole | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Permission:
        """``PATCH /v1beta/{+name}`` (tunedModels.permissions.patch)."""
        body: dict[str, Any] = {}
        if email_address is not None:
            body["emailAddress"] = email_address
        if grantee_type is not None:
            body["granteeType"] = grantee_type
        if role is not None:
            body["role"] = role
        return await self._call(
            _OP_TUNED_MODELS_PERMISSIONS_PATCH,
            Permission._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )


class AsyncTunedModels(AsyncResource):
    """Operations of the ``tunedModels`` resource."""

    __slots__ = ()

    @property
    def operations(self) -> AsyncTunedModelsOperations:
        return AsyncTunedModelsOperations(self._client)

    @property
    def permissions(self) -> AsyncTunedModelsPermissions:
        return AsyncTunedModelsPermissions(self._client)

    def list(
        self,
        *,
        filter: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        config: ConfigInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListTunedModelsResponse, TunedModel]:
        """``GET /v1beta/tunedModels`` (tunedModels.list): every page, fetched as iteration reaches it.

        Iterate for each ``TunedModel``; ``.pages()`` gives the pages. ``config`` takes google-genai's list
        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.
        """
        return self._paginate(
            _OP_TUNED_MODELS_LIST,
            ListTunedModelsResponse._wrap,
            lambda page: page.tuned_models,
            path={},
            query={"filter": filter, "page_size": page_size, "page_token": page_token},
            config=config,
            options=options,
        )

    async def create(
        self,
        *,
        tuning_task: TuningTask | Mapping[str, Any],
        tuned_model_id: str | None = None,
        base_model: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        reader_project_numbers: Sequence[int | str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        tuned_model_source: TunedModelSource | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Operation:
        """``POST /v1beta/tunedModels`` (tunedModels.create)."""
        body: dict[str, Any] = {}
        if base_model is not None:
            body["baseModel"] = base_model
        if description is not None:
            body["description"] = description
        if display_name is not None:
            body["displayName"] = display_name
        if reader_project_numbers is not None:
            body["readerProjectNumbers"] = [encode_int64(x) for x in reader_project_numbers]
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        if tuned_model_source is not None:
            body["tunedModelSource"] = TunedModelSource._coerce(tuned_model_source)
        body["tuningTask"] = TuningTask._coerce(tuning_task)
        return await self._call(
            _OP_TUNED_MODELS_CREATE,
            Operation._wrap,
            path={},
            query={"tunedModelId": tuned_model_id},
            body=body,
            options=options,
        )

    async def get(self, *, name: str, **options: Unpack[RequestOptions]) -> TunedModel:
        """``GET /v1beta/{+name}`` (tunedModels.get)."""
        return await self._call(
            _OP_TUNED_MODELS_GET, TunedModel._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def delete(self, *, name: str, **options: Unpack[RequestOptions]) -> Empty:
        """``DELETE /v1beta/{+name}`` (tunedModels.delete)."""
        return await self._call(
            _OP_TUNED_MODELS_DELETE, Empty._wrap, path={"name": name}, query=None, body=None, options=options
        )

    async def patch(
        self,
        *,
        name: str,
        update_mask: str | None = None,
        base_model: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        reader_project_numbers: Sequence[int | str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        tuned_model_source: TunedModelSource | Mapping[str, Any] | None = None,
        tuning_task: TuningTask | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> TunedModel:
        """``PATCH /v1beta/{+name}`` (tunedModels.patch)."""
        body: dict[str, Any] = {}
        if base_model is not None:
            body["baseModel"] = base_model
        if description is not None:
            body["description"] = description
        if display_name is not None:
            body["displayName"] = display_name
        if reader_project_numbers is not None:
            body["readerProjectNumbers"] = [encode_int64(x) for x in reader_project_numbers]
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        if tuned_model_source is not None:
            body["tunedModelSource"] = TunedModelSource._coerce(tuned_model_source)
        if tuning_task is not None:
            body["tuningTask"] = TuningTask._coerce(tuning_task)
        return await self._call(
            _OP_TUNED_MODELS_PATCH,
            TunedModel._wrap,
            path={"name": name},
            query={"updateMask": update_mask},
            body=body,
            options=options,
        )

    async def async_batch_embed_content(
        self, *, model: str, batch: EmbedContentBatch | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:asyncBatchEmbedContent`` (tunedModels.asyncBatchEmbedContent)."""
        body: dict[str, Any] = {}
        body["batch"] = EmbedContentBatch._coerce(batch)
        return await self._call(
            _OP_TUNED_MODELS_ASYNC_BATCH_EMBED_CONTENT,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def batch_generate_content(
        self, *, model: str, batch: GenerateContentBatch | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> Operation:
        """``POST /v1beta/{+model}:batchGenerateContent`` (tunedModels.batchGenerateContent)."""
        body: dict[str, Any] = {}
        body["batch"] = GenerateContentBatch._coerce(batch)
        return await self._call(
            _OP_TUNED_MODELS_BATCH_GENERATE_CONTENT,
            Operation._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateContentResponse:
        """``POST /v1beta/{+model}:generateContent`` (tunedModels.generateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return await self._call(
            _OP_TUNED_MODELS_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def generate_text(
        self,
        *,
        model: str,
        prompt: TextPrompt | Mapping[str, Any],
        candidate_count: int | None = None,
        max_output_tokens: int | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        stop_sequences: Sequence[str] | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerateTextResponse:
        """``POST /v1beta/{+model}:generateText`` (tunedModels.generateText)."""
        body: dict[str, Any] = {}
        if candidate_count is not None:
            body["candidateCount"] = candidate_count
        if max_output_tokens is not None:
            body["maxOutputTokens"] = max_output_tokens
        body["prompt"] = TextPrompt._coerce(prompt)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if stop_sequences is not None:
            body["stopSequences"] = list(stop_sequences)
        if temperature is not None:
            body["temperature"] = temperature
        if top_k is not None:
            body["topK"] = top_k
        if top_p is not None:
            body["topP"] = top_p
        return await self._call(
            _OP_TUNED_MODELS_GENERATE_TEXT,
            GenerateTextResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def stream_generate_content(
        self,
        *,
        model: str,
        contents: Sequence[Content | Mapping[str, Any]],
        cached_content: str | None = None,
        generation_config: GenerationConfig | Mapping[str, Any] | None = None,
        safety_settings: Sequence[SafetySetting | Mapping[str, Any]] | None = None,
        service_tier: GenerateContentRequestServiceTier | str | None = None,
        store: bool | None = None,
        system_instruction: Content | Mapping[str, Any] | None = None,
        tool_config: ToolConfig | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[GenerateContentResponse]:
        """``POST /v1beta/{+model}:streamGenerateContent`` (tunedModels.streamGenerateContent)."""
        body: dict[str, Any] = {}
        if cached_content is not None:
            body["cachedContent"] = cached_content
        body["contents"] = encode_model_list(Content, contents)
        if generation_config is not None:
            body["generationConfig"] = GenerationConfig._coerce(generation_config)
        if safety_settings is not None:
            body["safetySettings"] = encode_model_list(SafetySetting, safety_settings)
        if service_tier is not None:
            body["serviceTier"] = service_tier
        if store is not None:
            body["store"] = store
        if system_instruction is not None:
            body["systemInstruction"] = Content._coerce(system_instruction)
        if tool_config is not None:
            body["toolConfig"] = ToolConfig._coerce(tool_config)
        if tools is not None:
            body["tools"] = encode_model_list(Tool, tools)
        return await self._stream(
            _OP_TUNED_MODELS_STREAM_GENERATE_CONTENT,
            GenerateContentResponse._wrap,
            path={"model": model},
            query=None,
            body=body,
            options=options,
        )

    async def transfer_ownership(
        self, *, name: str, email_address: str, **options: Unpack[RequestOptions]
    ) -> TransferOwnershipResponse:
        """``POST /v1beta/{+name}:transferOwnership`` (tunedModels.transferOwnership)."""
        body: dict[str, Any] = {}
        body["emailAddress"] = email_address
        return await self._call(
            _OP_TUNED_MODELS_TRANSFER_OWNERSHIP,
            TransferOwnershipResponse._wrap,
            path={"name": name},
            query=None,
            body=body,
            options=options,
        )


TOP_LEVEL: Mapping[str, tuple[type[Resource], type[AsyncResource]]] = {
    "files": (Files, AsyncFiles),
    "auth_tokens": (AuthTokens, AsyncAuthTokens),
    "batches": (Batches, AsyncBatches),
    "caches": (CachedContents, AsyncCachedContents),
    "corpora": (Corpora, AsyncCorpora),
    "dynamic": (Dynamic, AsyncDynamic),
    "file_search_stores": (FileSearchStores, AsyncFileSearchStores),
    "media": (Media, AsyncMedia),
    "generated_files": (GeneratedFiles, AsyncGeneratedFiles),
    "models": (Models, AsyncModels),
    "tuned_models": (TunedModels, AsyncTunedModels),
}
"""The top-level resources: client attribute -> (sync class, async class)."""
