"""The errors pygenai raises: the whole hierarchy, in this one module.

```
PygenaiError
├── ResponseDecodeError          the JSON does not have the shape the spec gives it
├── MissingAPIKeyError           no key given and none in the environment
├── InvalidAPIKeyError           a key that cannot be sent (also a ValueError; the message never holds the key)
├── InvalidRequestError          a request that cannot be sent as built (also a ValueError); never retried
│   └── UnencodableValueError    NaN, ±Infinity or nesting too deep for JSON, named by its path
├── ConfigTypeError              a setting of the wrong type, named by its path (also a TypeError)
├── NoAnswerError                a response holds no answer text; ``outcome`` says why
│   ├── PromptBlockedError       no candidates: ``promptFeedback.blockReason``
│   ├── CandidateBlockedError    the candidate stopped for SAFETY, RECITATION, ... before any text
│   ├── MaxTokensError           the output token limit ran out before any text (thinking can use it all)
│   ├── MalformedFunctionCallError  MALFORMED_FUNCTION_CALL, UNEXPECTED_TOOL_CALL, MISSING_THOUGHT_SIGNATURE, ...
│   ├── UnknownFinishReasonError a finish reason this version does not know (or none), and no text
│   └── NoTextError              the answer is not text: function calls, images, code, only thoughts
├── ChatHistoryError             saved chat history that cannot be loaded
├── UnsupportedTypeError         a type hint has no JSON Schema form (also a TypeError)
├── ToolDefinitionError          a callable cannot be declared to the model (also a TypeError)
├── ToolArgumentError            a call's arguments do not fit the function (also a ValueError)
├── ToolPairingError             function responses do not match a turn's calls (also a ValueError)
├── StructuredOutputError        response text that does not parse as the requested type (also a ValueError)
├── FileProcessingError          an uploaded file ended in state FAILED
├── BatchError                   a batch has no results to give
├── PaginationError              the server repeated a page token
├── WaitTimeoutError             a wait for a job or file ran out of time (also a TimeoutError)
├── InteractionStatusError       an interaction holds no output text; ``status`` says why
├── WebhookVerificationError     a webhook delivery whose signature does not check out (also a ValueError)
├── LiveError                    a Live API session (WebSocket) failed
│   ├── LiveConnectionClosedError  the WebSocket closed; ``code`` and ``reason`` (also a ConnectionError)
│   ├── LiveProtocolError        a frame the client cannot read; ``reason`` and a ``snippet`` (also a ValueError)
│   ├── LiveSetupError           the session's ``setup`` was refused or cannot be sent
│   └── LiveAudioError           audio the Live helpers cannot read: not WAV, not PCM, odd byte count (also a
│                                ValueError); ``source`` and ``reason``
├── MCPServerError               an MCP server exited, crashed or cannot be reached (also a ConnectionError)
├── AgentRunError                an agent run stopped before its answer; ``partial`` holds the run so far
│   ├── UsageLimitExceededError  a step, tool-call, token or cost limit of the run was reached
│   └── OutputRetriesExceededError  the answer still did not validate after the allowed retries
├── CheckpointError              a checkpointed agent run cannot be recorded or resumed as asked
│   ├── CheckpointNotFoundError  no run with this id in the store (also a LookupError)
│   ├── CheckpointMismatchError  the run id belongs to another prompt or agent, or the run left its journal
│   ├── CheckpointCorruptError   the stored run cannot be read back; ``path`` locates the fault
│   └── CheckpointBusyError      another live run holds this run id
└── APIError                     something went wrong talking to the API
    ├── APIStatusError           the server answered with a non-2xx status
    │   ├── BadRequestError              400
    │   ├── AuthenticationError          401
    │   ├── PermissionDeniedError        403
    │   ├── NotFoundError                404
    │   ├── RequestTimeoutError          408
    │   ├── ConflictError                409
    │   ├── UnprocessableEntityError     422
    │   ├── RateLimitError               429
    │   └── InternalServerError          5xx
    │       ├── ServiceUnavailableError  503
    │       └── GatewayTimeoutError      504
    ├── APIConnectionError       no usable response: refused, reset, TLS, protocol errors, a corrupt body
    │   └── APITimeoutError      connect, read, write or pool timeout
    │       └── DeadlineExceededError  the call's overall deadline passed
    ├── StreamError              an error event inside a 200 stream, or a stream cut short; an error event whose
    │                            code stands for a status is that status's class too (RateLimitError, ...)
    ├── UploadError              the resumable upload protocol broke down
    └── CircuitOpenError         the circuit breaker is open: the request was not sent
```

Error bodies are decoded (in ``error_details``) in every form the API is known to send: ``{"error": {...}}``,
the same wrapped in an array (``[{"error": {...}}]``), Interactions string codes
(``{"error": {"code": "invalid_request"}}``), errors without details, and HTML pages from proxies. No error
ever holds the API key: errors keep the request's method and URL (the key travels only in a header) and the
response's headers and body.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .error_details import ErrorDetail, FieldViolation
    from .model import WireModel
    from .outcome import Outcome

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AgentRunError",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "CandidateBlockedError",
    "ChatHistoryError",
    "CheckpointBusyError",
    "CheckpointCorruptError",
    "CheckpointError",
    "CheckpointMismatchError",
    "CheckpointNotFoundError",
    "CircuitOpenError",
    "ConfigTypeError",
    "ConflictError",
    "ConversationLoadError",
    "DeadlineExceededError",
    "FileProcessingError",
    "GatewayTimeoutError",
    "InternalServerError",
    "InvalidAPIKeyError",
    "InvalidRequestError",
    "LiveAudioError",
    "LiveConnectionClosedError",
    "LiveError",
    "LiveProtocolError",
    "LiveSetupError",
    "MCPServerError",
    "MalformedFunctionCallError",
    "MaxTokensError",
    "MissingAPIKeyError",
    "MissingDependencyError",
    "ModelRetry",
    "NoAnswerError",
    "NoTextError",
    "NotFoundError",
    "OutputRetriesExceededError",
    "PaginationError",
    "PermissionDeniedError",
    "PromptBlockedError",
    "PygenaiError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "ServiceUnavailableError",
    "StreamError",
    "StructuredOutputError",
    "ToolArgumentError",
    "ToolDefinitionError",
    "ToolPairingError",
    "UnencodableValueError",
    "UnknownFinishReasonError",
    "UnprocessableEntityError",
    "UnsupportedTypeError",
    "UploadError",
    "UsageLimitExceededError",
    "WaitTimeoutError",
]

D = TypeVar("D", bound="ErrorDetail")


class PygenaiError(Exception):
    """Base of every error pygenai raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle (a durable engine's record, another process) rebuilds an exception by calling its class with
        # ``args``, which fails for our constructors' fields; restore ``args`` and the fields without __init__.
        return (_restore_error, (type(self), self.args), self.__dict__)


def _restore_error(cls: type[PygenaiError], args: tuple[Any, ...]) -> PygenaiError:
    error = cls.__new__(cls, *args)
    error.args = args
    return error


class ResponseDecodeError(PygenaiError):
    """The server's JSON does not have the shape the spec gives it.

    ``path`` names the field from the decoded root (``candidates[0].content.parts[2].functionCall.args``),
    ``snippet`` shows the start of the offending value.
    """

    def __init__(self, path: str, reason: str, snippet: str = "") -> None:
        self.path = path
        self.reason = reason
        self.snippet = snippet
        where = f"{path}: " if path else ""
        tail = f" (value: {snippet})" if snippet else ""
        super().__init__(f"{where}{reason}{tail}")


class MissingAPIKeyError(PygenaiError):
    """No API key was given to the client and none is set in the environment."""

    def __init__(self) -> None:
        super().__init__(
            "No API key: pass api_key= to the client or set the GEMINI_API_KEY "
            "(or GOOGLE_API_KEY) environment variable."
        )


class MissingDependencyError(PygenaiError, ImportError):
    """An optional feature needs a package that is not installed; the message says what to install.

    ``package`` is what to ``pip install``, ``feature`` the call that needs it (``Part.as_image()``).
    """

    def __init__(self, package: str, feature: str) -> None:
        self.package = package
        self.feature = feature
        super().__init__(f"{feature} needs {package}, which is not installed: pip install {package}")


class InvalidAPIKeyError(PygenaiError, ValueError):
    """The API key cannot be sent: it holds a character an HTTP header cannot carry, or is empty once stripped.

    ``source`` says where the key came from (``"api_key="`` or the environment variable's name); the message says
    what is wrong and where in the key, never the key itself.
    """

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"the API key from {source} cannot be used: {problem}")


class InvalidRequestError(PygenaiError, ValueError):
    """The request cannot be sent as built (a header value HTTP cannot carry, say). Found before anything is sent,
    so it is never retried."""


class UnencodableValueError(InvalidRequestError):
    """A value that JSON cannot carry as it is: NaN or ±Infinity (JSON has no such numbers, and orjson would write
    ``null`` in their place), or nesting deeper than pygenai writes (254 levels). Raised before anything is sent.

    ``path`` names the value from the root of what was being encoded
    (``contents[0].parts[0].functionResponse.response.score``), ``reason`` says what is wrong with it.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        shown = path if len(path) <= 200 else f"{path[:100]}...{path[-100:]}"  # a path 254 levels deep is long
        super().__init__(f"{shown}: {reason}" if path else reason)

    def within(self, key: str) -> UnencodableValueError:
        """The same error for the value one level up: ``key`` (a field name or ``[index]``) in front of the path."""
        path = self.path
        joined = key if not path else f"{key}{path}" if path.startswith("[") else f"{key}.{path}"
        return UnencodableValueError(joined, self.reason)


class ConfigTypeError(PygenaiError, TypeError):
    """A setting has the wrong type; ``path`` names it as the caller wrote it (``config['temperature']``)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


# --------------------------------------------------------------------------- outcomes that are not answers


class NoAnswerError(PygenaiError):
    """A ``generateContent`` response holds no answer text, raised by ``response.text``.

    ``outcome`` (a :class:`~pygenai.Outcome`) says why: its ``kind``, the candidate's ``finish_reason`` and
    ``finish_message``, the prompt's ``block_reason``. The subclasses name the common cases, so callers can catch
    exactly the one they handle::

        try:
            print(response.text)
        except pygenai.PromptBlockedError as exc:
            print("blocked:", exc.outcome.block_reason)
    """

    outcome: Outcome

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.message)
        self.outcome = outcome


class PromptBlockedError(NoAnswerError):
    """The prompt was blocked: the response has no candidates and ``promptFeedback.blockReason`` says why."""


class CandidateBlockedError(NoAnswerError):
    """The candidate stopped before any text for a blocking reason (``SAFETY``, ``RECITATION``, ``SPII``, ...)."""


class MaxTokensError(NoAnswerError):
    """The output token limit ran out before any text (a thinking model can spend it all on thoughts)."""


class MalformedFunctionCallError(NoAnswerError):
    """The model's tool use failed (``MALFORMED_FUNCTION_CALL``, ``UNEXPECTED_TOOL_CALL``, ``TOO_MANY_TOOL_CALLS``,
    ``MISSING_THOUGHT_SIGNATURE``, ``MALFORMED_RESPONSE``), so there is no answer."""


class UnknownFinishReasonError(NoAnswerError):
    """No text, and a finish reason this version does not know (or none at all); ``outcome.finish_reason`` has it."""


class NoTextError(NoAnswerError):
    """The candidate finished normally but its answer is not text: function calls (see ``response.function_calls``),
    images, code, or only thoughts; or the response has no candidates and no block reason."""


class ChatHistoryError(PygenaiError, ValueError):
    """Saved chat history that cannot be loaded: not JSON, or not a list of ``Content`` objects."""


class ConversationLoadError(ChatHistoryError):
    """A saved agent conversation that cannot be loaded: ``path`` locates the fault in the document
    (``$.history[3].parts``; ``$`` for the whole file) and ``reason`` says what is wrong there."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"saved conversation {path}: {reason}")


# --------------------------------------------------------------------------- tools and structured output

_TEXT_LIMIT = 500


class UnsupportedTypeError(PygenaiError, TypeError):
    """A type hint has no JSON Schema form (a bare class, a ``Callable``, a ``dict`` with int keys, ...)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class ToolDefinitionError(PygenaiError, TypeError):
    """A Python callable or type cannot be turned into a function declaration or JSON Schema.

    Raised when the declaration is built, never later. ``function`` names the callable (or type),
    ``parameter`` the parameter at fault (``None`` when the fault is the callable itself).
    """

    def __init__(self, function: str, parameter: str | None, reason: str) -> None:
        self.function = function
        self.parameter = parameter
        self.reason = reason
        where = f"parameter {parameter!r} of {function}" if parameter is not None else function
        super().__init__(f"{where}: {reason}")


class ToolArgumentError(PygenaiError, ValueError):
    """The arguments of a function call do not fit the Python function's parameters.

    ``path`` locates the bad value from the argument object (``$.items[2].price``). In the automatic
    function-calling loop this goes back to the model as an error response, so it can correct itself.
    """

    def __init__(self, function: str, path: str, reason: str) -> None:
        self.function = function
        self.path = path
        self.reason = reason
        super().__init__(f"invalid arguments for {function}: {path}: {reason}")


class ModelRetry(Exception):  # a request to the model, not an error of pygenai
    """Raised by a tool (or an output check) to ask the model to try again: ``message`` goes back to the model.

    Not a :class:`PygenaiError`: pygenai never raises it; an agent catches it and sends the message as the call's
    error response, so the model can correct its arguments.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AgentRunError(PygenaiError):
    """An agent run stopped before the model gave its answer; ``partial`` is the run so far (a ``RunResult`` of
    ``pygenai.agent_framework`` with ``output=None``: messages, usage, cost and trace up to the stop)."""

    def __init__(self, message: str, partial: Any) -> None:
        super().__init__(message)
        self.partial = partial


class UsageLimitExceededError(AgentRunError):
    """A limit of an agent run was reached: ``limit`` names it (``max_steps``, ``max_tool_calls``,
    ``max_input_tokens``, ``max_output_tokens``, ``max_total_tokens``, ``max_cost_usd``), ``value`` is what the run
    used and ``allowed`` the limit."""

    def __init__(self, limit: str, value: float, allowed: float, partial: Any) -> None:
        super().__init__(f"agent run exceeded {limit}: {value:g} > {allowed:g}", partial)
        self.limit = limit
        self.value = value
        self.allowed = allowed


class OutputRetriesExceededError(AgentRunError):
    """The model's answer still did not fit ``output_type`` after the allowed retries; ``cause`` is the last
    :class:`StructuredOutputError` (or the message of the last :class:`ModelRetry`)."""

    def __init__(self, retries: int, cause: str, partial: Any) -> None:
        super().__init__(f"the answer did not validate after {retries} retries: {cause}", partial)
        self.retries = retries
        self.cause = cause


class TeamRunError(AgentRunError):
    """A node of a multi-agent run failed under a fail-fast policy: ``node`` names it (``manager/worker`` for an
    agent called as a tool inside another's run), the node's own error is ``__cause__``, and ``partial`` is the
    team's result so far (a ``TeamResult``: every node that ran, their usage and cost)."""

    def __init__(self, node: str, cause: BaseException, partial: Any) -> None:
        super().__init__(f"agent {node!r} failed: {type(cause).__name__}: {cause}", partial)
        self.node = node


class TeamDefinitionError(PygenaiError, ValueError):
    """A multi-agent team was built wrongly (two agents with one name, a name a tool cannot have, no agents, an
    unknown name in a policy table); the message names the agent or argument."""


class CheckpointError(PygenaiError):
    """A checkpointed agent run cannot be recorded or resumed as asked; ``run_id`` names the run."""

    def __init__(self, run_id: str, message: str) -> None:
        super().__init__(f"agent run {run_id!r}: {message}")
        self.run_id = run_id


class CheckpointNotFoundError(CheckpointError, LookupError):
    """``agent.resume(run_id, checkpoint=store)``: the store holds no run with this id."""

    def __init__(self, run_id: str) -> None:
        super().__init__(run_id, "the checkpoint store holds no run with this id")


class CheckpointMismatchError(CheckpointError, ValueError):
    """The run id is taken by a run of another agent, model or prompt, or the resumed run asked for something its
    journal does not hold next (a tool answered or an approval decided differently, the code changed): ``field``
    names what differs (``agent``, ``model``, ``prompt``, ``journal[4]``), ``stored`` and ``given`` say how."""

    def __init__(self, run_id: str, field: str, stored: str, given: str) -> None:
        super().__init__(run_id, f"{field} differs from the stored run: stored {stored}, given {given}")
        self.field = field
        self.stored = stored
        self.given = given


class CheckpointCorruptError(CheckpointError, ValueError):
    """The stored run cannot be read back: ``path`` locates the fault (``$.journal[3].data``, ``$.prompt``) and
    ``reason`` says what is wrong there."""

    def __init__(self, run_id: str, path: str, reason: str) -> None:
        super().__init__(run_id, f"corrupt checkpoint at {path}: {reason}")
        self.path = path
        self.reason = reason


class CheckpointBusyError(CheckpointError):
    """Another run holds this run id: a live process resuming it, or another run of this process; or it took the
    run over after this one's lease ran out. ``holder`` says who (``host:pid``)."""

    def __init__(self, run_id: str, holder: str, *, lost: bool = False) -> None:
        what = "was taken over by" if lost else "is being run by"
        super().__init__(run_id, f"{what} {holder}; one process at a time may run a checkpointed run")
        self.holder = holder


class MCPServerError(PygenaiError, ConnectionError):
    """An MCP server stopped answering: its process exited (or was killed), or its connection broke.

    ``server`` names the server (its ``name=`` or its command / URL), ``exit_status`` is the process's exit
    status (negative: killed by that signal; ``None`` when there is no process or it is still running) and
    ``stderr_tail`` the last lines it wrote to stderr. The toolset restarts the server on its next use.
    """

    def __init__(self, server: str, reason: str, *, exit_status: int | None = None, stderr_tail: str = "") -> None:
        self.server = server
        self.reason = reason
        self.exit_status = exit_status
        self.stderr_tail = stderr_tail
        message = f"MCP server {server}: {reason}"
        if exit_status is not None:
            message += f" (exit status {exit_status})"
        if stderr_tail:
            message += "; stderr ends with:\n" + stderr_tail
        super().__init__(message)


class MCPResultError(PygenaiError, ValueError):
    """An MCP tool's result breaks its own declaration: its ``structuredContent`` does not match the tool's
    ``outputSchema`` (or is missing although the tool declares one). ``path`` is where (``$.temperature``).

    Raised from the toolset's ``call_tool``, so the function-calling loop sends it to the model as an error response.
    """

    def __init__(self, tool: str, path: str, reason: str) -> None:
        self.tool = tool
        self.path = path
        self.reason = reason
        super().__init__(
            f"MCP tool {tool!r} returned structured content that breaks its outputSchema at {path}: {reason}"
        )


class ToolPairingError(PygenaiError, ValueError):
    """Function responses cannot be matched one-to-one with the function calls of a model turn."""


class StructuredOutputError(PygenaiError, ValueError):
    """Response text is not JSON, or is JSON that does not fit the requested type.

    ``path`` locates the failing value (``$.items[2].price``; ``$`` for the whole document),
    ``reason`` says what is wrong with it and ``text`` is the full response text; the message shows
    the text truncated.
    """

    def __init__(self, path: str, reason: str, text: str) -> None:
        self.path = path
        self.reason = reason
        self.text = text
        shown = text if len(text) <= _TEXT_LIMIT else text[:_TEXT_LIMIT] + f"... ({len(text)} characters)"
        super().__init__(f"{path}: {reason}\nresponse text: {shown}")


# --------------------------------------------------------------------------- files, batches, pages, waiting


class FileProcessingError(PygenaiError):
    """The service could not process an uploaded file (state ``FAILED``); ``file`` is the ``File`` as reported."""

    def __init__(self, file: WireModel) -> None:
        error = getattr(file, "error", None)
        reason = getattr(error, "message", None) or "no reason given"
        super().__init__(f"processing {getattr(file, 'name', None)} failed: {reason}")
        self.file = file


class BatchError(PygenaiError):
    """A batch has no results to give: it is not finished, or it ended without output; ``job`` is the ``BatchJob``."""

    def __init__(self, message: str, job: WireModel) -> None:
        super().__init__(message)
        self.job = job


class PaginationError(PygenaiError):
    """The server sent a page token it had already sent: following it would loop forever."""


class WaitTimeoutError(PygenaiError, TimeoutError):
    """A wait ended before the resource reached a final state; ``last`` is the resource as last seen."""

    def __init__(self, message: str, last: object) -> None:
        super().__init__(message)
        self.last = last


class InteractionStatusError(PygenaiError):
    """An interaction holds no output text, raised by ``interaction.text`` (and by ``client.interactions.research``
    for a run that did not complete); ``status`` says why.

    ``status`` is the interaction's status (``requires_action``, ``failed``, ``incomplete``, ``budget_exceeded``,
    ``cancelled``, ``in_progress``, ... or ``completed`` when the output is not text), ``interaction_id`` its id
    (``None`` for one that was not stored), ``interaction`` the interaction itself.
    """

    def __init__(self, message: str, *, status: str | None, interaction_id: str | None, interaction: object) -> None:
        super().__init__(message)
        self.status = status
        self.interaction_id = interaction_id
        self.interaction = interaction


class WebhookVerificationError(PygenaiError, ValueError):
    """A webhook delivery that cannot be trusted: a signature that does not match the raw body and secret, a
    timestamp outside the replay window, or a header missing. The message says which; it never holds the secret."""


# --------------------------------------------------------------------------- the Live API (a WebSocket session)


class LiveError(PygenaiError):
    """Base of the errors of a Live API session (the bidirectional WebSocket)."""


class LiveConnectionClosedError(LiveError, ConnectionError):
    """The Live WebSocket is closed: the server or the client closed it, or the connection dropped.

    ``code`` is the WebSocket close code (1000 a normal close, 1006 a connection lost without a close frame,
    1002 a frame that breaks the WebSocket protocol, 1009 a message over the size limit, 1007 / 1008 / 1011 the
    server refusing a message or failing), ``reason`` the close reason the peer gave
    (often the server's error message; empty when none). Sending or receiving after the close raises it again.
    """

    code: int
    reason: str

    def __init__(self, code: int, reason: str = "") -> None:
        self.code = code
        self.reason = reason
        super().__init__(f"Live connection closed with code {code}" + (f": {reason}" if reason else ""))


class LiveProtocolError(LiveError, ValueError):
    """A Live frame the client cannot read: not JSON, not a JSON object, a message of the wrong shape.
    ``reason`` says what is wrong, ``snippet`` shows the start of the frame."""

    reason: str
    snippet: str

    def __init__(self, reason: str, snippet: str = "") -> None:
        self.reason = reason
        self.snippet = snippet
        super().__init__(reason + (f" (frame starts: {snippet})" if snippet else ""))


class LiveSetupError(LiveError):
    """A Live session could not be set up: the server closed or answered something other than ``setupComplete``
    to the ``setup`` message, or the setup asked for cannot be sent (the message says which)."""


class LiveAudioError(LiveError, ValueError):
    """Audio the Live helpers (``pygenai.live.read_wav``, ``resample_pcm16``, ...) cannot use as it is: a file that
    is not a RIFF/WAVE file, a WAV whose samples are not PCM (or IEEE float), a PCM byte count that is not a whole
    number of 16-bit frames, a rate or channel count out of range. ``source`` names the input (a path, ``bytes``,
    ``pcm``), ``reason`` says what is wrong with it."""

    source: str
    reason: str

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


# --------------------------------------------------------------------------- errors about a request


class APIError(PygenaiError):
    """Base of the errors about one API request.

    ``method`` and ``url`` name the request (the URL never holds the API key).
    """

    message: str
    method: str | None
    url: str | None

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    ``status_code`` is the HTTP status, ``status`` the ``google.rpc.Code`` name (``RESOURCE_EXHAUSTED``) when the
    body gives one, ``code`` the body's own code (an int for Gemini, a string like ``"invalid_request"`` for
    Interactions), ``details`` the typed ``error.details`` entries in the order they came, ``retry_after`` the delay
    the server asked for (``retry-after-ms``, ``Retry-After`` or ``RetryInfo``) in seconds, ``headers`` and ``body``
    the response as received.

    Example::

        try:
            client.models.generate_content(...)
        except pygenai.RateLimitError as exc:
            print(exc.status, exc.retry_after, exc.detail(pygenai.QuotaFailure))
    """

    status_code: int
    status: str | None
    code: int | str | None
    details: tuple[ErrorDetail, ...]
    retry_after: float | None
    headers: Mapping[str, str]
    body: bytes

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        status: str | None = None,
        code: int | str | None = None,
        details: Sequence[ErrorDetail] = (),
        retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.status = status
        self.code = code
        self.details = tuple(details)
        self.retry_after = retry_after
        self.headers = headers if headers is not None else {}
        self.body = body

    def __str__(self) -> str:
        label = f"{self.status_code} {self.status}" if self.status else str(self.status_code)
        if isinstance(self.code, str):
            label = f"{label} {self.code}"
        tail = f" (retry after {self.retry_after:g}s)" if self.retry_after is not None else ""
        return f"{label}: {self.message}{tail}"

    def detail(self, kind: type[D]) -> D | None:
        """The first detail of the given type (``exc.detail(RetryInfo)``), or ``None``."""
        for item in self.details:
            if isinstance(item, kind):
                return item
        return None

    @property
    def field_violations(self) -> list[FieldViolation]:
        """Every field violation of every ``BadRequest`` detail."""
        from .error_details import BadRequest

        return [v for d in self.details if isinstance(d, BadRequest) for v in d.field_violations]


class BadRequestError(APIStatusError):
    """400: the request is invalid (``INVALID_ARGUMENT``, ``FAILED_PRECONDITION``, a bad API key)."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this resource."""


class NotFoundError(APIStatusError):
    """404: the model, file or other resource does not exist."""


class RequestTimeoutError(APIStatusError):
    """408: the server gave up waiting for the request."""


class ConflictError(APIStatusError):
    """409: the resource already exists or changed meanwhile."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: a rate limit or quota was exceeded; see ``retry_after`` and the ``QuotaFailure`` detail."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class ServiceUnavailableError(InternalServerError):
    """503: the service or model is overloaded."""


class GatewayTimeoutError(InternalServerError):
    """504: the request took too long upstream."""


class APIConnectionError(APIError):
    """No usable response arrived: the connection failed, was reset, the server broke the protocol, or it sent a
    body that cannot be decompressed (a corrupt ``gzip``).

    ``retryable`` says whether pygenai retries it (within the retry policy): true for what a new attempt may well
    not meet again (a reset, a timeout, a corrupt body), false for what it would (a redirect loop, a deadline that
    has passed). The httpx2 exception, when there is one, is the ``__cause__``.
    """

    retryable: bool

    def __init__(
        self, message: str, *, retryable: bool = True, method: str | None = None, url: str | None = None
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.retryable = retryable


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired (``timeout=`` bounds each of those steps); the message names
    the one that did."""


class DeadlineExceededError(APITimeoutError):
    """The call's deadline passed before it finished (``deadline=``, in seconds: every attempt, the waits between
    them and reading the response; for a stream, until its first event). Never retried: the time is up.

    ``deadline`` is the bound in seconds, ``elapsed`` how long the call had run, ``stage`` what it was doing.
    """

    deadline: float
    elapsed: float
    stage: str

    def __init__(
        self, deadline: float, elapsed: float, stage: str, *, method: str | None = None, url: str | None = None
    ) -> None:
        super().__init__(
            f"the call's {deadline:g}s deadline passed {stage} ({elapsed:.3g}s in; deadline= bounds the whole call, "
            "timeout= each connect, read and write)",
            retryable=False,
            method=method,
            url=url,
        )
        self.deadline = deadline
        self.elapsed = elapsed
        self.stage = stage


class StreamError(APIError):
    """A stream failed after its 200 response: an error event arrived or the stream was cut short.

    For an error event, ``code``, ``status`` and ``details`` come from its ``error`` object and ``data`` is the
    event data as received. A cut stream has only a message (and the I/O error as ``__cause__``).
    """

    code: int | str | None
    status: str | None
    details: tuple[ErrorDetail, ...]
    data: str | None

    def __init__(
        self,
        message: str,
        *,
        code: int | str | None = None,
        status: str | None = None,
        details: Sequence[ErrorDetail] = (),
        data: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.code = code
        self.status = status
        self.details = tuple(details)
        self.data = data

    def __str__(self) -> str:
        label = " ".join(str(p) for p in (self.code, self.status) if p is not None)
        return f"{label}: {self.message}" if label else self.message


class UploadError(APIError):
    """The resumable upload protocol broke down: no or a bad session URL, an unexpected upload status, or a final
    answer without the file. Failed HTTP requests raise the usual :class:`APIStatusError` and
    :class:`APIConnectionError` instead."""


class CircuitOpenError(APIError):
    """The circuit breaker is open after repeated failures; ``retry_after`` seconds remain of its cool-down."""

    retry_after: float

    def __init__(self, retry_after: float, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(
            f"circuit breaker open after repeated failures; not sending for {retry_after:.3g}s more",
            method=method,
            url=url,
        )
        self.retry_after = retry_after


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The error class for an HTTP status."""
    cls = _STATUS_CLASSES.get(status_code)
    if cls is not None:
        return cls
    return InternalServerError if status_code >= 500 else APIStatusError


def _stream_variant(base: type[APIStatusError]) -> type[APIStatusError]:
    doc = f"An error event inside a 200 stream that stands for a {base.__name__}: both that and a StreamError."
    variant: type[APIStatusError] = type(f"Stream{base.__name__}", (base, StreamError), {"__doc__": doc})
    variant.__module__ = __name__
    return variant


_STREAM_VARIANTS: dict[type[APIStatusError], type[APIStatusError]] = {}  # made on first use, then kept


def stream_status_error_class(status_code: int) -> type[APIStatusError]:
    """The class of an error event inside a 200 stream whose code stands for ``status_code``: the class
    :func:`status_error_class` gives that status (``except RateLimitError`` catches it, as it would catch the same
    error before the stream began), which is a :class:`StreamError` too. Its ``data`` is the event data."""
    base = status_error_class(status_code)
    variant = _STREAM_VARIANTS.get(base)
    if variant is None:
        variant = _STREAM_VARIANTS[base] = _stream_variant(base)
    return variant


def make_status_error(
    *,
    status_code: int,
    reason_phrase: str,
    headers: Mapping[str, str],
    body: bytes,
    method: str | None,
    url: str | None,
    now: float,
) -> APIStatusError:
    """The typed error for a non-2xx response; ``now`` (Unix time) dates a ``Retry-After`` HTTP date."""
    from .error_details import parse_error_body
    from .retry import server_delay

    parsed = parse_error_body(body, status_code, reason_phrase)
    return status_error_class(status_code)(
        parsed.message,
        status_code=status_code,
        status=parsed.status,
        code=parsed.code,
        details=parsed.details,
        retry_after=server_delay(headers, parsed.retry_delay, now),
        headers=headers,
        body=body,
        method=method,
        url=url,
    )
