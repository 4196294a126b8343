"""The API key: checked once when it is resolved, stripped, refused with a clear error when a header cannot carry
it, never retried as a connection error, and never shown by any exception, log record or warning.

Requests go to the loopback server, through ``Client`` and ``AsyncClient`` (the ``api`` fixture).
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from loopback_server import LoopbackServer, Reply, error_body
from runtime_support import FAST, GENERATE, KEY, Doc, Harness

import pygenai
from pygenai._abi import AsyncResource, Resource
from pygenai._io.http import invalid_request

# Two halves of a secret: a key broken by a bad character must leak neither half, escaped or not.
LEFT = "left-secret-7f3a9c"
RIGHT = "right-secret-e41b02"


def exception_chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and everything reachable through ``__cause__`` and ``__context__``, each once."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        todo += [item.__cause__, item.__context__]
    return seen


def chain_texts(exc: BaseException) -> list[str]:
    """Every ``str``, ``repr`` and argument of every exception in the chain."""
    texts: list[str] = []
    for item in exception_chain(exc):
        texts += [str(item), repr(item), repr(item.args), *(str(arg) for arg in item.args)]
    return texts


def assert_hidden(texts: list[str], *secrets: str) -> None:
    assert texts
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"{secret!r} leaked in {text!r}"


class Counting(pygenai.AttemptHook):
    """Counts attempts and failures as hooks see them."""

    def __init__(self) -> None:
        self.requests = 0
        self.errors: list[pygenai.APIError] = []

    def on_request(self, attempt: pygenai.Attempt) -> None:
        self.requests += 1

    def on_error(self, attempt: pygenai.Attempt, error: pygenai.APIError, decision: Any) -> None:
        self.errors.append(error)


# --------------------------------------------------------------------------- a key is stripped, then sent


@pytest.mark.parametrize("given", [f"{KEY}\n", f"  {KEY}  ", f"\t{KEY}\r\n", f"\u00a0{KEY}\u2003"])
def test_a_key_argument_is_sent_without_surrounding_whitespace(
    api: Harness, server: LoopbackServer, given: str
) -> None:
    server.add(Reply(body={"text": "ok"}))
    api.open(api_key=given)
    assert api.call(GENERATE, path={"model": "m"}).text == "ok"
    assert server.requests[0].headers["x-goog-api-key"] == KEY


@pytest.mark.parametrize("name", ["GEMINI_API_KEY", "GOOGLE_API_KEY"])
def test_a_key_from_the_environment_is_sent_without_surrounding_whitespace(
    monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer, name: str
) -> None:
    monkeypatch.setenv(name, f" {KEY}\n")  # what `export X=$(cat key.txt)` or a .env file with a space gives
    server.add(Reply(body={"text": "ok"}))
    api.open(api_key=None)
    api.call(GENERATE, path={"model": "m"})
    assert server.requests[0].headers["x-goog-api-key"] == KEY


# --------------------------------------------------------------------------- a key a header cannot carry

BAD_KEYS = [
    # (the key, where the first bad character is as given, its kind)
    pytest.param(f"\u201c{LEFT}{RIGHT}\u201d", 1, "a non-ASCII character", id="curly-quotes"),
    pytest.param(f"{LEFT}\n{RIGHT}", len(LEFT) + 1, "a line break", id="newline-inside"),
    pytest.param(f"{LEFT}\x01{RIGHT}", len(LEFT) + 1, "a control character", id="control-character"),
    pytest.param(f"{LEFT}\x00{RIGHT}", len(LEFT) + 1, "a NUL character", id="nul"),
    pytest.param(f"{LEFT}\x7f{RIGHT}", len(LEFT) + 1, "a control character", id="delete"),
    pytest.param(f"{LEFT} {RIGHT}", len(LEFT) + 1, "a space", id="space-inside"),
    pytest.param(f"{LEFT}\t{RIGHT}", len(LEFT) + 1, "a tab", id="tab-inside"),
    pytest.param(f"{LEFT}\u00a0{RIGHT}", len(LEFT) + 1, "a non-ASCII space", id="no-break-space"),
    pytest.param(f"  \u2018{LEFT}{RIGHT}\n", 3, "a non-ASCII character", id="counted-as-given"),
]
ENVIRONMENT_KEYS = [param for param in BAD_KEYS if param.id != "nul"]  # no environment variable can hold NUL


@pytest.mark.parametrize(("key", "position", "kind"), BAD_KEYS)
@pytest.mark.parametrize("client_class", [pygenai.Client, pygenai.AsyncClient])
def test_a_bad_key_argument_fails_at_construction_saying_where_and_what(
    client_class: Callable[..., object], key: str, position: int, kind: str
) -> None:
    with pytest.raises(pygenai.InvalidAPIKeyError) as info:
        client_class(api_key=key)
    error = info.value
    assert isinstance(error, ValueError)
    assert error.source == "api_key="
    assert error.problem.startswith(f"character {position} is {kind},")
    assert str(error).startswith("the API key from api_key= cannot be used: character")
    bad = key.strip()[position - 1 - (len(key) - len(key.lstrip()))]
    shown = [] if bad.isspace() else [bad, repr(bad)[1:-1]]  # the character itself is not quoted either
    assert_hidden(chain_texts(error), LEFT, RIGHT, *shown)


@pytest.mark.parametrize(("key", "position", "kind"), ENVIRONMENT_KEYS)
def test_a_bad_key_in_the_environment_fails_at_the_first_request_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer, key: str, position: int, kind: str
) -> None:
    monkeypatch.setenv("GOOGLE_API_KEY", key)
    api.open(api_key=None)  # the environment is read at the first request, not before
    with pytest.raises(pygenai.InvalidAPIKeyError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert info.value.source == "GOOGLE_API_KEY"
    assert info.value.problem.startswith(f"character {position} is {kind},")
    assert server.requests == []
    assert_hidden(chain_texts(info.value), LEFT, RIGHT)


def test_a_bad_first_variable_is_not_skipped_for_a_good_second_one(
    monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", f"{LEFT}\n{RIGHT}")
    monkeypatch.setenv("GOOGLE_API_KEY", KEY)
    api.open(api_key=None)
    with pytest.raises(pygenai.InvalidAPIKeyError, match=r"GOOGLE_API_KEY is set too, but GEMINI_API_KEY is read"):
        api.call(GENERATE, path={"model": "m"})
    assert server.requests == []
    with pytest.raises(pygenai.InvalidAPIKeyError) as info:
        api.call(GENERATE, path={"model": "m"})  # checked at every request until it is fixed, not cached
    assert_hidden(chain_texts(info.value), LEFT, RIGHT, KEY)


@pytest.mark.parametrize(("given", "problem"), [("", "it is empty"), ("   ", "only whitespace"), ("\n", "only")])
@pytest.mark.parametrize("client_class", [pygenai.Client, pygenai.AsyncClient])
def test_an_empty_key_argument_is_invalid_not_missing(
    monkeypatch: pytest.MonkeyPatch, client_class: Callable[..., object], given: str, problem: str
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", KEY)  # an empty argument does not fall back to the environment
    with pytest.raises(pygenai.InvalidAPIKeyError, match=problem) as info:
        client_class(api_key=given)
    assert info.value.source == "api_key="


@pytest.mark.parametrize("blank", ["", "  ", "\n", " \t\r\n"])
def test_a_blank_variable_counts_as_unset(
    monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer, blank: str
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", blank)
    api.open(api_key=None)
    with pytest.raises(pygenai.MissingAPIKeyError):
        api.call(GENERATE, path={"model": "m"})
    assert server.requests == []
    monkeypatch.setenv("GOOGLE_API_KEY", KEY)  # the next variable is used, with no warning about two keys
    server.add(Reply(body={}))
    api.call(GENERATE, path={"model": "m"})
    assert server.requests[0].headers["x-goog-api-key"] == KEY


@pytest.mark.parametrize(
    ("given", "type_name"), [(KEY.encode(), "bytes"), (bytearray(KEY.encode()), "bytearray"), (12345, "int")]
)
@pytest.mark.parametrize("client_class", [pygenai.Client, pygenai.AsyncClient])
def test_a_key_that_is_not_a_str_is_a_type_error(
    client_class: Callable[..., object], given: object, type_name: str
) -> None:
    with pytest.raises(TypeError, match=rf"^api_key: expected a str, got {type_name}\b") as info:
        client_class(api_key=given)
    assert isinstance(info.value, pygenai.ConfigTypeError)
    assert ("decode" in str(info.value)) == isinstance(given, (bytes, bytearray))
    assert_hidden(chain_texts(info.value), KEY, "12345")


# --------------------------------------------------------------------------- a request that cannot be built


BAD_HEADERS = [
    # (header name, value, what the message says); none of them is ever sent or retried
    pytest.param("x-trace", "a\nb", "the value of the header 'x-trace'.*character 2 is a line break", id="newline"),
    pytest.param("x-trace", "caf\u00e9", "the value of the header 'x-trace'.*character 4 is a non-ASCII", id="ascii"),
    pytest.param("x-trace", " padded", "the value of the header 'x-trace'.*starts with a space", id="leading-space"),
    pytest.param("x-trace", "a\x00b", "the value of the header 'x-trace'.*character 2 is a NUL", id="nul"),
    pytest.param("x bad", "value-9", "the header name 'x bad'.*not a valid header name", id="name-with-space"),
    pytest.param(
        "x-caf\u00e9", "value-9", "the header name 'x-caf\u00e9'.*character 6 is a non-ASCII", id="name-ascii"
    ),
    pytest.param("x-goog-api-key", f"{LEFT}\n{RIGHT}", "header 'x-goog-api-key'.*line break", id="key-newline"),
    pytest.param("x-goog-api-key", f"\u201c{LEFT}{RIGHT}", "header 'x-goog-api-key'.*non-ASCII", id="key-quote"),
    pytest.param("Authorization", f"Bearer {LEFT}\r{RIGHT}", "header 'Authorization'.*line break", id="bearer-cr"),
    pytest.param("authorization", f"Bearer {LEFT}\u2019", "header 'authorization'.*non-ASCII", id="bearer-quote"),
]


@pytest.mark.parametrize(("name", "value", "message"), BAD_HEADERS)
@pytest.mark.parametrize("where", ["extra_headers", "default_headers"])
def test_a_header_that_cannot_be_sent_raises_at_once_without_its_value(
    api: Harness, server: LoopbackServer, where: str, name: str, value: str, message: str
) -> None:
    hook = Counting()
    if where == "default_headers":
        api.open(default_headers={name: value}, hooks=[hook])
        call: dict[str, Any] = {}
    else:
        api.open(hooks=[hook])
        call = {"extra_headers": {name: value}}
    with pytest.raises(pygenai.InvalidRequestError, match=message) as info:
        api.call(GENERATE, path={"model": "m"}, body={}, **call)
    error = info.value
    assert isinstance(error, ValueError) and not isinstance(error, pygenai.APIError)
    assert "models.generateContent" in str(error)
    assert hook.errors == [] and hook.requests <= 1  # not retried: at most the one attempt h11 refused to write
    assert server.requests == []
    assert error.__cause__ is None and error.__context__ is None  # httpx2's exception quotes the value
    assert_hidden(chain_texts(error), LEFT, RIGHT, KEY, value)


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("ftp://127.0.0.1:9", r"UnsupportedProtocol: .*unsupported protocol 'ftp://'"),
        ("127.0.0.1:9", r"UnsupportedProtocol: .*missing an 'http://' or 'https://'"),
        ("http://127.0.0.1:9/a\nb", r"InvalidURL: .*non-printable"),
    ],
)
def test_a_url_that_cannot_be_sent_raises_at_once(api: Harness, base_url: str, message: str) -> None:
    hook = Counting()
    api.open(base_url=base_url, hooks=[hook])
    with pytest.raises(pygenai.InvalidRequestError, match=message) as info:
        api.call(GENERATE, path={"model": "m"})
    assert hook.errors == [] and hook.requests <= 1
    assert_hidden(chain_texts(info.value), KEY)


def test_a_bad_credential_among_an_injected_http_clients_own_headers_is_named_not_shown(
    server: LoopbackServer,
) -> None:
    import httpx2

    with (
        httpx2.Client(headers={"Authorization": f"Bearer {LEFT}\n"}) as http,
        pygenai.Client(api_key=KEY, base_url=server.url, http_client=http) as client,
        pytest.raises(
            pygenai.InvalidRequestError, match=r"header 'authorization'.*character 26 is a line break"
        ) as info,
    ):
        Resource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})
    assert_hidden(chain_texts(info.value), LEFT, KEY)


@pytest.mark.anyio
async def test_a_bad_credential_among_an_injected_async_http_clients_own_headers_is_named_not_shown(
    server: LoopbackServer,
) -> None:
    import httpx2

    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {LEFT}\r{RIGHT}"}) as http:
        async with pygenai.AsyncClient(api_key=KEY, base_url=server.url, http_client=http) as client:
            with pytest.raises(pygenai.InvalidRequestError, match=r"header 'authorization'.*line break") as info:
                await AsyncResource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})
    assert_hidden(chain_texts(info.value), LEFT, RIGHT, KEY)


def test_a_message_from_httpx2_never_quotes_a_credential(api: Harness) -> None:
    import httpx2

    client = api.open()
    spec = client._get_transport().build(GENERATE, path={"model": "m"}, query=None, body={}, options=None, stream=False)
    headers = {"x-goog-api-key": KEY, "Authorization": f"Bearer {LEFT}"}
    cause = httpx2.LocalProtocolError(f"refused {KEY!r} and {headers['Authorization'].encode()!r}")
    error = invalid_request(cause, spec, headers)
    assert (
        str(error) == "the models.generateContent request cannot be sent: LocalProtocolError: refused '***' and b'***'"
    )


# --------------------------------------------------------------------------- nothing shows a valid key


@pytest.fixture
def every_log_record() -> Iterator[list[logging.LogRecord]]:
    """Every record of every logger at DEBUG, httpx2's and httpcore2's included, while the test runs."""
    import httpcore2  # noqa: F401  (their loggers exist, so their levels are set here too)
    import httpx2  # noqa: F401

    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(logging.DEBUG)
    loggers = [
        logging.getLogger(),
        *(v for v in logging.root.manager.loggerDict.values() if isinstance(v, logging.Logger)),
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    logging.disable(logging.NOTSET)
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        if logger is logging.getLogger() or not logger.propagate:
            logger.addHandler(handler)
    yield records
    for logger, level, disabled in saved:
        logger.setLevel(level)
        logger.disabled = disabled
        logger.removeHandler(handler)


@pytest.mark.parametrize("source", ["api_key=", "GEMINI_API_KEY"])
def test_a_valid_key_is_in_no_error_log_record_or_warning_of_a_retried_request(
    monkeypatch: pytest.MonkeyPatch,
    api: Harness,
    server: LoopbackServer,
    every_log_record: list[logging.LogRecord],
    source: str,
) -> None:
    if source == "api_key=":
        api.open(api_key=KEY)
    else:
        monkeypatch.setenv("GEMINI_API_KEY", KEY)
        api.open(api_key=None)
    unavailable = Reply(503, error_body(503, "UNAVAILABLE", "overloaded"))
    server.add(unavailable, Reply(body={"text": "ok"}), unavailable, unavailable, unavailable)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert api.call(GENERATE, path={"model": "m"}, body={"contents": []}).text == "ok"  # after one retry
        with pytest.raises(pygenai.ServiceUnavailableError) as info:
            api.call(GENERATE, path={"model": "m"})  # fails after two retries
    assert [r.headers["x-goog-api-key"] for r in server.requests] == [KEY] * 5
    names = {record.name for record in every_log_record}
    assert {"pygenai", "httpx2"} <= names and any(n.startswith("httpcore2.") for n in names)  # all were captured
    assert sum("retry" in record.getMessage() for record in every_log_record if record.name == "pygenai") == 3
    texts = [str(w.message) for w in caught] + chain_texts(info.value)
    texts += [repr(vars(info.value)), str(info.value.url), repr(info.value.headers)]
    for record in every_log_record:
        texts += [record.getMessage(), str(record.msg), repr(record.args), repr(vars(record))]
        if record.exc_info:
            texts.append(logging.Formatter().formatException(record.exc_info))
    assert_hidden(texts, KEY)


# --------------------------------------------------------------------------- two variables, two keys


def test_two_different_variables_warn_once_per_client_naming_them_not_their_values(
    monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", f"gemini-{LEFT}")
    monkeypatch.setenv("GOOGLE_API_KEY", f"google-{RIGHT}")
    server.add(Reply(body={}), Reply(body={}))
    api.open(api_key=None)
    with pytest.warns(UserWarning) as caught:
        api.call(GENERATE, path={"model": "m"})
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "GEMINI_API_KEY and GOOGLE_API_KEY are both set, to different keys: pygenai uses GEMINI_API_KEY" in message
    assert "google-genai prefers GOOGLE_API_KEY" in message
    assert_hidden([message], LEFT, RIGHT)
    assert server.requests[0].headers["x-goog-api-key"] == f"gemini-{LEFT}"
    with warnings.catch_warnings(record=True) as again:
        warnings.simplefilter("always")
        api.call(GENERATE, path={"model": "m"})
    assert again == []  # once per client


@pytest.mark.parametrize("google", [KEY, f"{KEY}\n", f"  {KEY}"])
def test_two_variables_with_the_same_key_do_not_warn(
    monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer, google: str
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_API_KEY", google)
    server.add(Reply(body={}))
    api.open(api_key=None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        api.call(GENERATE, path={"model": "m"})
    assert caught == []
    assert server.requests[0].headers["x-goog-api-key"] == KEY


def test_a_key_argument_does_not_warn_about_the_variables(
    monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "gemini-key")
    monkeypatch.setenv("GOOGLE_API_KEY", "google-key")
    server.add(Reply(body={}))
    api.open(api_key=KEY)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        api.call(GENERATE, path={"model": "m"})
    assert caught == []
    assert server.requests[0].headers["x-goog-api-key"] == KEY


def test_the_warning_points_at_the_callers_line(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "gemini-key")
    monkeypatch.setenv("GOOGLE_API_KEY", "google-key")
    server.add(Reply(body={}))
    with pygenai.Client(base_url=server.url, retry_policy=FAST) as client:
        with pytest.warns(UserWarning, match="both set") as caught:
            Resource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})
    assert caught[0].filename == __file__


@pytest.mark.anyio
async def test_the_warning_points_at_the_callers_line_async(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "gemini-key")
    monkeypatch.setenv("GOOGLE_API_KEY", "google-key")
    server.add(Reply(body={}))
    async with pygenai.AsyncClient(base_url=server.url, retry_policy=FAST) as client:
        with pytest.warns(UserWarning, match="both set") as caught:
            await AsyncResource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})
    assert caught[0].filename == __file__
