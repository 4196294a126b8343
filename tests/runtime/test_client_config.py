"""Client configuration and request building, proven against a loopback server (sync and async)."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap

import anyio
import httpx2
import orjson
import pytest
from loopback_server import LoopbackServer, Reply, error_body
from runtime_support import (
    CREATE_INTERACTION,
    FAST,
    GENERATE,
    GET_FILE,
    GET_INTERACTION,
    KEY,
    STREAM_GENERATE,
    Doc,
    Harness,
)

import pygenai
from pygenai._abi import AsyncResource, Resource
from pygenai._core.operation import Operation, PathParam
from pygenai._core.request import expand_path

# --------------------------------------------------------------------------- construction and the API key


def test_import_and_construction_load_no_io_and_no_resource() -> None:
    code = textwrap.dedent(
        """
        import sys
        import pygenai
        client = pygenai.Client(api_key="k")
        aclient = pygenai.AsyncClient(api_key="k")
        early = [
            name for name in sys.modules
            if name.split(".")[0] in ("httpx2", "anyio", "pygenai_generated", "logging")
            or name.startswith(("pygenai._io", "pygenai.gemini", "pygenai.tools", "pygenai.interactions"))
        ]
        assert early == [], f"imported too early: {early}"
        client.models
        assert "pygenai.gemini._sync.models" in sys.modules and "httpx2" not in sys.modules
        assert "pygenai.interactions" not in sys.modules  # each resource's module on its first use only
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_public_names_load_lazily_and_match_all() -> None:
    assert set(pygenai.__all__) == set(pygenai._EXPORTS)
    for name in pygenai.__all__:
        assert getattr(pygenai, name) is not None
    with pytest.raises(AttributeError):
        pygenai.NoSuchName  # noqa: B018


def test_key_from_gemini_api_key_first(monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer) -> None:
    monkeypatch.setenv("GOOGLE_API_KEY", "google-key")
    monkeypatch.setenv("GEMINI_API_KEY", "gemini-key")
    server.add(Reply(body={"text": "ok"}))
    api.open(api_key=None)
    with pytest.warns(UserWarning, match="both set"):  # two different keys: see test_api_key.py
        api.call(GENERATE, path={"model": "m"})
    assert server.requests[0].headers["x-goog-api-key"] == "gemini-key"


def test_key_from_google_api_key(monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer) -> None:
    monkeypatch.setenv("GOOGLE_API_KEY", "google-key")
    server.add(Reply(body={"text": "ok"}))
    api.open(api_key=None)
    api.call(GENERATE, path={"model": "m"})
    assert server.requests[0].headers["x-goog-api-key"] == "google-key"


def test_explicit_key_wins_over_env(monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "gemini-key")
    server.add(Reply(body={"text": "ok"}))
    api.open(api_key="explicit-key")
    api.call(GENERATE, path={"model": "m"})
    assert server.requests[0].headers["x-goog-api-key"] == "explicit-key"


def test_missing_key_fails_at_first_request_not_before(api: Harness, server: LoopbackServer) -> None:
    client = api.open(api_key=None)  # construction is fine
    assert "Client" in repr(client)
    with pytest.raises(pygenai.MissingAPIKeyError, match=r"GEMINI_API_KEY.*GOOGLE_API_KEY"):
        api.call(GENERATE, path={"model": "m"})
    assert server.requests == []


def test_authorization_header_replaces_the_key(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={}))
    api.open(api_key=None, default_headers={"Authorization": "Bearer token-1"})
    api.call(GENERATE, path={"model": "m"})
    assert server.requests[0].headers["authorization"] == "Bearer token-1"
    assert "x-goog-api-key" not in server.requests[0].headers


def test_key_travels_only_in_its_header(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={"text": "ok"}))
    api.call(GENERATE, path={"model": "gemini-2.5-flash"}, query={"q": "1"})
    req = server.requests[0]
    assert req.headers["x-goog-api-key"] == KEY
    assert KEY not in req.target
    assert KEY not in req.body.decode()


def test_base_url_default_env_and_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pygenai.Client().base_url == "https://generativelanguage.googleapis.com"
    monkeypatch.setenv("GEMINI_BASE_URL", "http://proxy.local:8080/")
    assert pygenai.Client().base_url == "http://proxy.local:8080"
    assert pygenai.AsyncClient().base_url == "http://proxy.local:8080"
    assert pygenai.Client(base_url="http://explicit").base_url == "http://explicit"


def test_env_base_url_reaches_the_server(monkeypatch: pytest.MonkeyPatch, api: Harness, server: LoopbackServer) -> None:
    monkeypatch.setenv("GEMINI_BASE_URL", server.url)
    server.add(Reply(body={"text": "via env"}))
    api.open(base_url=None)
    assert api.call(GENERATE, path={"model": "m"}).text == "via env"


def test_retry_settings() -> None:
    assert pygenai.Client().max_retries == 2
    assert pygenai.Client(max_retries=0).max_retries == 0
    policy = pygenai.RetryPolicy(initial_delay=1.0, max_delay=4.0)
    client = pygenai.Client(retry_policy=policy, max_retries=5)
    assert client.retry_policy == pygenai.RetryPolicy(max_retries=5, initial_delay=1.0, max_delay=4.0)


def test_repr_never_shows_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    for client in (pygenai.Client(api_key=KEY), pygenai.AsyncClient(), pygenai.Client()):
        client._resolve_api_key()
        assert KEY not in repr(client) and KEY not in str(client)
        assert KEY not in repr(vars(client))


# --------------------------------------------------------------------------- request building


def test_path_prefix_reserved_and_encoded() -> None:
    assert expand_path(GENERATE, {"model": "gemini-2.5-flash"}) == "/v1beta/models/gemini-2.5-flash:generateContent"
    assert expand_path(GENERATE, {"model": "tunedModels/my-model"}) == "/v1beta/tunedModels/my-model:generateContent"
    assert expand_path(GET_FILE, {"name": "a/b c?"}) == "/v1beta/files/a%2Fb%20c%3F"
    assert expand_path(GET_INTERACTION, {"id": "v1_Ch/Y5"}) == "/v1beta/interactions/v1_Ch%2FY5"
    assert expand_path(CREATE_INTERACTION, {}) == "/v1beta/interactions"
    assert expand_path(CREATE_INTERACTION, {"api_version": "v1alpha"}) == "/v1alpha/interactions"
    reserved = Operation(api="gemini", id="x", http_method="GET", path="v1beta/{+name}", path_params=())
    assert expand_path(reserved, {"name": "files/a b#"}) == "v1beta/files/a%20b%23"


def test_prefix_applies_to_non_reserved_params_too() -> None:
    op = Operation(
        api="gemini",
        id="x",
        http_method="GET",
        path="/v1beta/{name}",
        path_params=(PathParam("name", prefix="files/"),),
    )
    assert expand_path(op, {"name": "abc"}) == "/v1beta/files/abc"


@pytest.mark.parametrize("value", [None, ""])
def test_missing_or_empty_path_values_raise(value: str | None) -> None:
    with pytest.raises(ValueError, match="model"):
        expand_path(GENERATE, {"model": value})


def test_request_carries_query_headers_and_body(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={"text": "ok"}))
    api.open(default_headers={"x-team": "a", "x-both": "client"})
    api.call(
        GET_FILE,
        path={"name": "abc"},
        query={"pageSize": 5, "flag": True, "off": False, "skip": None, "ids": ["a", "b"]},
        extra_query={"newParam": "x"},
        extra_headers={"x-both": "request", "x-trace": "t1"},
    )
    req = server.requests[0]
    assert req.method == "GET" and req.path == "/v1beta/files/abc"
    assert req.query == [
        ("pageSize", "5"),
        ("flag", "true"),
        ("off", "false"),
        ("ids", "a"),
        ("ids", "b"),
        ("newParam", "x"),
    ]
    assert req.headers["x-team"] == "a" and req.headers["x-both"] == "request" and req.headers["x-trace"] == "t1"
    assert req.headers["user-agent"].startswith("pygenai/")
    assert req.body == b"" and "content-type" not in req.headers


def test_extra_body_merges_into_the_json_body(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={}))
    body = {"contents": [{"parts": [{"text": "hi"}]}], "generationConfig": {"temperature": 0.5}}
    api.call(
        GENERATE,
        path={"model": "m"},
        body=body,
        extra_body={"generationConfig": {"newKnob": 1}, "brandNew": True},
    )
    sent = server.requests[0].json()
    assert sent == {
        "contents": [{"parts": [{"text": "hi"}]}],
        "generationConfig": {"temperature": 0.5, "newKnob": 1},
        "brandNew": True,
    }
    assert body["generationConfig"] == {"temperature": 0.5}  # the caller's dict is untouched
    assert server.requests[0].headers["content-type"] == "application/json"


def test_models_inside_the_body_encode_as_their_json(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={}))
    api.call(GENERATE, path={"model": "m"}, body={}, extra_body={"echo": Doc.from_dict({"text": "x", "new": 1})})
    assert server.requests[0].json() == {"echo": {"text": "x", "new": 1}}


def test_stream_query_only_on_streaming_requests(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={}), Reply(body=b"data: {}\r\n\r\n", headers={"content-type": "text/event-stream"}))
    api.call(STREAM_GENERATE, path={"model": "m"}, body={})
    items, error, _ = api.collect(STREAM_GENERATE, path={"model": "m"}, body={})
    assert error is None and len(items) == 1
    assert server.requests[0].query == []
    assert server.requests[1].query == [("alt", "sse")]


# --------------------------------------------------------------------------- responses


def test_result_is_decoded_with_raw_response_attached(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={"text": "hello", "future": {"x": 1}}, headers={"server-timing": "gfet4t7; dur=9"}))
    result = api.call(GENERATE, path={"model": "m"})
    assert isinstance(result, Doc) and result.text == "hello"
    assert result.extra == {"future": {"x": 1}}
    raw = pygenai.raw_response(result)
    assert raw.status_code == 200
    assert raw.headers["Server-Timing"] == "gfet4t7; dur=9"
    assert orjson.loads(raw.content) == {"text": "hello", "future": {"x": 1}}
    assert raw.method == "POST" and raw.url == f"{server.url}/v1beta/models/m:generateContent"
    assert raw.retries == 0
    assert len(server.requests) == 1  # no second request


def test_empty_success_body_is_a_decode_error_unless_the_response_has_no_fields(
    api: Harness, server: LoopbackServer
) -> None:
    server.add(Reply(body=b""), Reply(body=b""))
    with pytest.raises(pygenai.ResponseDecodeError, match=r"^the response body is empty; expected a Doc object$"):
        api.call(GENERATE, path={"model": "m"})
    assert api.call(GENERATE, path={"model": "m"}, decode=lambda data: None) is None  # no response schema


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]"])
def test_bad_success_body_raises_decode_error(api: Harness, server: LoopbackServer, body: bytes) -> None:
    server.add(Reply(body=body))
    with pytest.raises(pygenai.ResponseDecodeError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert info.value.snippet == body.decode()


def test_raw_response_needs_a_call_result() -> None:
    with pytest.raises(TypeError):
        pygenai.raw_response(Doc.from_dict({"text": "built locally"}))
    with pytest.raises(TypeError):
        pygenai.raw_response({"text": "a dict"})


# --------------------------------------------------------------------------- timeouts


def test_per_request_timeout(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={}, delay=1.0))
    with pytest.raises(pygenai.APITimeoutError):
        api.call(GENERATE, path={"model": "m"}, timeout=0.2, max_retries=0)
    assert len(server.requests) == 1


def test_client_timeout(api: Harness, server: LoopbackServer) -> None:
    server.add(Reply(body={}, delay=1.0))
    api.open(timeout=0.2, max_retries=0)
    with pytest.raises(pygenai.APITimeoutError):
        api.call(GENERATE, path={"model": "m"})


def test_default_timeout_is_finite() -> None:
    with pygenai.Client(api_key=KEY) as client:
        timeout = client._get_transport().timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (10.0, 600.0, 600.0, 600.0)


def test_injected_http_client_keeps_its_own_timeout_and_stays_open(server: LoopbackServer) -> None:
    server.add(Reply(body={"text": "ok"}, delay=1.0), Reply(body={"text": "ok"}))
    http = httpx2.Client(timeout=0.2)
    with pygenai.Client(api_key=KEY, base_url=server.url, http_client=http, max_retries=0) as client:
        with pytest.raises(pygenai.APITimeoutError):
            Resource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})
    assert not http.is_closed
    assert http.get(server.url + "/x").status_code == 200  # still usable after the client closed
    http.close()


@pytest.mark.anyio
async def test_injected_async_http_client(server: LoopbackServer) -> None:
    server.add(Reply(body={"text": "ok"}))
    async with httpx2.AsyncClient(headers={"x-from-http-client": "1"}) as http:
        async with pygenai.AsyncClient(api_key=KEY, base_url=server.url, http_client=http) as client:
            result = await AsyncResource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})
        assert result.text == "ok"
        assert not http.is_closed
    assert server.requests[0].headers["x-from-http-client"] == "1"
    assert server.requests[0].headers["user-agent"].startswith("pygenai/")  # set per request on an injected client


# --------------------------------------------------------------------------- lifecycle


def test_context_manager_closes_the_pool(server: LoopbackServer) -> None:
    server.add(Reply(body={}))
    with pygenai.Client(api_key=KEY, base_url=server.url) as client:
        Resource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})
        http = client._get_transport().http
    assert http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        Resource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})


@pytest.mark.anyio
async def test_async_context_manager_closes_the_pool(server: LoopbackServer) -> None:
    server.add(Reply(body={}))
    async with pygenai.AsyncClient(api_key=KEY, base_url=server.url) as client:
        await AsyncResource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})
        http = client._get_transport().http
    assert http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await AsyncResource(client)._call(GENERATE, Doc._wrap, path={"model": "m"})


def test_closing_an_unused_client_is_fine() -> None:
    pygenai.Client().close()
    anyio.run(pygenai.AsyncClient().close)


def test_http_client_is_created_once_under_concurrency(server: LoopbackServer) -> None:
    import threading

    for _ in range(8):
        server.add(Reply(body={}))
    with pygenai.Client(api_key=KEY, base_url=server.url) as client:
        seen: list[object] = []

        def work() -> None:
            seen.append(client._get_transport().http)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len({id(h) for h in seen}) == 1


# --------------------------------------------------------------------------- the key never leaks


def test_the_key_is_in_no_repr_error_or_log(
    api: Harness, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.add(
        Reply(503, error_body(503, "UNAVAILABLE", "overloaded")),
        Reply(400, error_body(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.")),
    )
    client = api.open(retry_policy=FAST)
    with pytest.raises(pygenai.BadRequestError) as info:
        api.call(GENERATE, path={"model": "m"}, body={"contents": []})
    spec = client._get_transport().build(GENERATE, path={"model": "m"}, query=None, body={}, options=None, stream=False)
    err = info.value
    texts = [
        repr(client),
        str(client),
        repr(spec),
        str(err),
        repr(err),
        repr(vars(err)),
        str(err.url),
        repr(err.headers),
        err.body.decode(),
    ]
    texts += [record.getMessage() + repr(vars(record)) for record in caplog.records]
    assert any("retry 1 of 2" in t for t in texts)  # the log was captured
    for text in texts:
        assert KEY not in text


def test_connection_errors_do_not_carry_the_key(api: Harness) -> None:
    api.open(base_url="http://127.0.0.1:9", max_retries=0)  # the discard port: nothing listens
    with pytest.raises(pygenai.APIConnectionError) as info:
        api.call(GENERATE, path={"model": "m"})
    assert KEY not in repr(info.value) and KEY not in str(info.value)
    assert KEY not in repr(info.value.__cause__)
