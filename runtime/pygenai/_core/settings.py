"""A client's settings: where requests go, the API key, timeouts, retries, headers, hooks.

:class:`BaseClient` holds them for both clients and reads nothing but the environment; the I/O layer reads
them when it sends. The API key is kept in a :class:`Secret`, so no ``repr`` of anything holding it shows it.

The key is checked once, when it is resolved (:func:`clean_api_key`): surrounding whitespace is stripped (a key
read from a file ends with a newline), and a key that an HTTP header cannot carry raises
:class:`~pygenai.InvalidAPIKeyError` naming the position and kind of the first bad character, never the key.
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from .clock import Clock
from .errors import ConfigTypeError, InvalidAPIKeyError, MissingAPIKeyError
from .hooks import AttemptHook, Hooks, default_hooks
from .retry import CircuitBreaker, RetryPolicy
from .timeouts import TimeoutLike, check_deadline

__all__ = [
    "API_KEY_ENV_VARS",
    "DEFAULT_BASE_URL",
    "UNSET",
    "BaseClient",
    "Secret",
    "Unset",
    "clean_api_key",
    "header_value_problem",
]

DEFAULT_BASE_URL: Final = "https://generativelanguage.googleapis.com"
API_KEY_ENV_VARS: Final = ("GEMINI_API_KEY", "GOOGLE_API_KEY")


class Unset:
    """The type of :data:`UNSET`: "not given", where ``None`` means something (no timeout)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


class Secret:
    """Holds the API key so that no ``repr`` of anything holding it shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("the API key holder cannot be pickled")


def header_value_problem(value: str, *, token: bool = False, offset: int = 0) -> str | None:
    """What keeps ``value`` out of an HTTP header, or ``None``: the position and the kind of the first bad character,
    never the characters themselves, so the text is safe for a credential. Positions count from 1, plus ``offset``.

    Any value must be ASCII without NUL, CR, LF, VT or FF, and must not start or end with a space or a tab (what
    httpx2 and h11 refuse). ``token=True`` (the API key) refuses every control character, space and tab as well.
    """
    if value.isascii() and value.isprintable() and (" " not in value if token else value.strip(" \t") == value):
        return None  # the common case, in C
    end = len(value) - 1
    for index, char in enumerate(value):
        if "\x21" <= char <= "\x7e":
            continue
        where = f"character {index + 1 + offset} is {_character_kind(char)}"
        if char in " \t":
            if token:
                return f"{where}, which an API key cannot hold"
            if index == 0 or index == end:
                return f"it {'starts' if index == 0 else 'ends'} with {_character_kind(char)}"
        elif not char.isascii():
            hint = " (was it copied from a document that turned quotes or dashes into typographic ones?)"
            return f"{where}, which an HTTP header cannot carry{hint if token else ''}"
        elif token or char in "\x00\r\n\x0b\x0c":
            return f"{where}, which an HTTP header cannot carry"
    return None


def _character_kind(char: str) -> str:
    """The kind of a character a header cannot carry, in words that do not show it."""
    if char in "\r\n":
        return "a line break"
    if char == "\t":
        return "a tab"
    if char == " ":
        return "a space"
    if char == "\x00":
        return "a NUL character"
    if char.isascii():
        return "a control character"
    return "a non-ASCII space" if char.isspace() else "a non-ASCII character"


def clean_api_key(value: str, source: str, *, note: str = "") -> str | None:
    """The key ``value`` from ``source`` (``"api_key="`` or a variable's name), stripped of surrounding whitespace;
    ``None`` when nothing is left.

    A key a header cannot carry raises :class:`~pygenai.InvalidAPIKeyError`, whose message gives the position in
    ``value`` as given and the kind of character, never the key; ``note`` is added to it.
    """
    key = value.strip()
    if not key:
        return None
    # positions count in the value as given, leading whitespace included
    problem = header_value_problem(key, token=True, offset=len(value) - len(value.lstrip()))
    if problem is None:
        return key
    raise InvalidAPIKeyError(source, problem + note)


def _api_key_argument(api_key: object) -> Secret | None:
    """The ``api_key=`` argument checked: ``None`` when not given; a wrong type or an unusable key raises."""
    if api_key is None:
        return None
    if not isinstance(api_key, str):
        hint = " (decode it first: api_key=key.decode())" if isinstance(api_key, (bytes, bytearray)) else ""
        raise ConfigTypeError("api_key", f"expected a str, got {type(api_key).__name__}{hint}")
    key = clean_api_key(api_key, "api_key=")
    if key is None:
        raise InvalidAPIKeyError("api_key=", "it is empty" if not api_key else "it is only whitespace")
    return Secret(key)


_DIFFERENT_KEYS: Final = (
    f"{API_KEY_ENV_VARS[0]} and {API_KEY_ENV_VARS[1]} are both set, to different keys: pygenai uses "
    f"{API_KEY_ENV_VARS[0]} (google-genai prefers {API_KEY_ENV_VARS[1]}). Unset one of them, or pass api_key=, "
    "to choose the key yourself."
)


def _key_from_environment() -> tuple[Secret | None, str | None]:
    """The key from the first of :data:`API_KEY_ENV_VARS` that holds one (blank counts as unset), and the warning
    to give when another holds a different key."""
    found = [(name, value) for name in API_KEY_ENV_VARS if (value := os.environ.get(name)) and value.strip()]
    if not found:
        return None, None
    (name, value), others = found[0], [other for other, _ in found[1:]]
    note = f" ({', '.join(others)} is set too, but {name} is read first)" if others else ""
    key = clean_api_key(value, name, note=note)
    assert key is not None  # the value is not blank
    differs = any(other.strip() != key for _, other in found[1:])
    return Secret(key), _DIFFERENT_KEYS if differs else None


def _stacklevel_outside_the_package() -> int:
    """The ``stacklevel`` that points a warning given by the caller at the first frame outside pygenai and its
    generated code (the user's own call), however deep the library's frames go."""
    roots = [os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]
    generated = sys.modules.get("pygenai_generated")
    if generated is not None and generated.__file__:
        roots.append(os.path.dirname(os.path.abspath(generated.__file__)))
    inside = tuple(os.path.join(root, "") for root in roots)
    level, frame = 1, sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename.startswith(inside):
        level, frame = level + 1, frame.f_back
    return level


class BaseClient:
    """Settings shared by ``Client`` and ``AsyncClient``; see ``Client`` for the parameters.

    An ``api_key=`` is checked here, at construction (:func:`clean_api_key`: stripped, refused when empty or when a
    header cannot carry it; a non-``str`` raises :class:`~pygenai.ConfigTypeError`); a key from the environment is
    checked when :meth:`_resolve_api_key` first finds it.
    """

    _api_key: Secret | None
    _http_client_given: bool
    _clock: Clock | None

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | TimeoutLike | Unset | None = UNSET,
        deadline: float | Unset | None = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        circuit_breaker: CircuitBreaker | None = None,
        default_headers: Mapping[str, str] | None = None,
        hooks: Sequence[AttemptHook] = (),
    ) -> None:
        self._api_key = _api_key_argument(api_key)
        url = base_url or os.environ.get("GEMINI_BASE_URL") or DEFAULT_BASE_URL
        self._base_url = url.rstrip("/")
        self._timeout = timeout
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = replace(policy, max_retries=max_retries)
        if not isinstance(deadline, Unset):
            policy = replace(policy, deadline=check_deadline(deadline))
        self._retry_policy = policy
        self._circuit_breaker = circuit_breaker
        self._default_headers = dict(default_headers or {})
        self._hooks = Hooks([*default_hooks(), *hooks])
        self._closed = False
        self._lock = threading.Lock()
        self._clock = None

    @property
    def base_url(self) -> str:
        """The API root every request path is joined to."""
        return self._base_url

    @property
    def max_retries(self) -> int:
        """Retries after a failed first attempt (0: retrying is off)."""
        return self._retry_policy.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        """The full retry policy (backoff bounds, server-delay ceiling, deadline)."""
        return self._retry_policy

    @property
    def deadline(self) -> float | None:
        """Seconds a call may take in all (``None``: no limit); see ``Client``."""
        return self._retry_policy.deadline

    @property
    def circuit_breaker(self) -> CircuitBreaker | None:
        """The circuit breaker, when one was given."""
        return self._circuit_breaker

    @property
    def default_headers(self) -> Mapping[str, str]:
        """Headers sent with every request, besides the API key."""
        return dict(self._default_headers)

    @property
    def hooks(self) -> tuple[AttemptHook, ...]:
        """The per-attempt hooks, the built-in retry log first."""
        return self._hooks.all

    def _resolve_api_key(self) -> str | None:
        """The key given at construction, else the first environment variable that holds one, read (and checked)
        at the first request; ``None`` while there is none.

        A blank variable counts as unset. When ``GEMINI_API_KEY`` and ``GOOGLE_API_KEY`` hold different keys, the
        client warns once (a ``UserWarning`` naming the variables, never the keys) and uses ``GEMINI_API_KEY``.
        """
        secret = self._api_key
        if secret is None:
            with self._lock:
                secret = self._api_key
                warning = None
                if secret is None:
                    secret, warning = _key_from_environment()
                    self._api_key = secret
            if warning is not None:
                warnings.warn(warning, UserWarning, stacklevel=_stacklevel_outside_the_package())
        return secret.get() if secret is not None else None

    def _auth_headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        """The header carrying the API key, unless the request already authenticates some other way."""
        for name in headers:
            lowered = name.lower()
            if lowered == "x-goog-api-key" or lowered == "authorization":
                return {}
        key = self._resolve_api_key()
        if key is None:
            raise MissingAPIKeyError()
        return {"x-goog-api-key": key}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self.max_retries})"
