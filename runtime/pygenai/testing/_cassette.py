"""The cassette: an ``httpx2`` transport that records exchanges to a file, or answers requests from one."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import httpx2

from .._io.http import pool_settings
from ._async.transport import AsyncCassetteTransport
from ._format import (
    CassetteMismatchError,
    Exchange,
    RecordedRequest,
    RecordedResponse,
    body_value,
    compare,
    dump,
    kept_response_headers,
    load,
    scrub,
    secrets_of,
    url_without_key,
)
from ._sync.transport import CassetteTransport

if TYPE_CHECKING:
    from .._client._async.client import AsyncClient
    from .._client._sync.client import Client

__all__ = ["REPLAY_API_KEY", "AsyncCassetteTransport", "Cassette", "CassetteTransport", "Mode", "cassette"]

Mode = Literal["replay", "record", "auto"]
"""``replay``: answer from the file, never touch the network; ``record``: send for real and write the file;
``auto``: replay when the file exists, else record."""

REPLAY_API_KEY = "offline-replay"
"""The key :meth:`Cassette.client` gives a replaying client when you pass none (no request leaves the process)."""


class Cassette:
    """Records your app's HTTP exchanges with the Gemini API once, then replays them offline, checking each request.

    Make one with :func:`cassette`; use it as a context manager (``with`` or ``async with``). Inside, give your code
    a client bound to it: :meth:`client` / :meth:`async_client` (a :class:`pygenai.Client` / ``AsyncClient``), or
    :meth:`http_client` / :meth:`async_http_client` to pass as ``http_client=`` yourself, or the bare
    :attr:`transport` / :attr:`async_transport`.

    * **Replay** answers each request with the next recording, in order, after checking that the request is the
      recorded one (method, URL and JSON body as a value); a difference raises :class:`CassetteMismatchError` with a
      diff. Nothing reaches the network. Leaving the block with recordings unplayed raises it too, and so does
      leaving it after a mismatch your code caught.
    * **Record** sends each request for real (through ``transport=`` / ``async_transport=`` if you gave one, else a
      new ``httpx2`` transport per request) and, when the block ends without an exception, writes the file. The
      API key never reaches the file: request headers are not stored, the ``key`` query parameter is dropped, and
      the key's value is replaced with ``REDACTED`` anywhere else it appears. A streamed response (server-sent
      events) is read whole, stored, and handed to your code whole.

    Example::

        with pygenai.testing.cassette("tests/cassettes/haiku.json") as tape:
            client = tape.client()
            assert "moon" in client.models.generate_content(model="gemini-3.8-flash", contents="A haiku").text
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        mode: Mode = "auto",
        transport: httpx2.BaseTransport | None = None,
        async_transport: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        if mode not in ("replay", "record", "auto"):
            raise ValueError(f"mode must be 'replay', 'record' or 'auto', not {mode!r}")
        self.path = Path(path)
        """Where the cassette is read from (replay) or written to (record)."""
        self.mode: Literal["replay", "record"] = (
            ("replay" if self.path.exists() else "record") if mode == "auto" else mode
        )
        """What this cassette does: ``auto`` resolved to ``replay`` or ``record`` when it was made."""
        if self.mode == "replay" and not self.path.exists():
            raise FileNotFoundError(
                f"no cassette at {self.path}: record it first (mode='record' or 'auto', with GEMINI_API_KEY set)"
            )
        self._exchanges: list[Exchange] = load(self.path) if self.mode == "replay" else []
        self._played = 0
        self._failure: CassetteMismatchError | None = None
        self._closed = False
        self._lock = threading.Lock()
        self._http_clients: list[httpx2.Client] = []
        self._async_http_clients: list[httpx2.AsyncClient] = []
        self.transport: httpx2.BaseTransport = CassetteTransport(self, transport)
        """An ``httpx2`` transport for sync clients, bound to this cassette."""
        self.async_transport: httpx2.AsyncBaseTransport = AsyncCassetteTransport(self, async_transport)
        """An ``httpx2`` transport for async clients, bound to this cassette."""

    @property
    def played(self) -> int:
        """How many exchanges were played back (replay) or recorded (record) so far."""
        return self._played

    @property
    def recordings(self) -> int:
        """How many exchanges the cassette holds: those to play (replay), or those recorded so far (record)."""
        return len(self._exchanges)

    def __repr__(self) -> str:
        return f"<Cassette {str(self.path)!r} {self.mode}, {self._played}/{len(self._exchanges)} played>"

    # ----------------------------------------------------------------------- clients bound to the cassette

    def http_client(self, **kwargs: Any) -> httpx2.Client:
        """An ``httpx2.Client`` that sends through this cassette (pygenai's defaults; ``kwargs`` override them)."""
        http = httpx2.Client(**{**pool_settings(), **kwargs, "transport": self.transport})
        self._http_clients.append(http)
        return http

    def async_http_client(self, **kwargs: Any) -> httpx2.AsyncClient:
        """An ``httpx2.AsyncClient`` that sends through this cassette (pygenai's defaults; ``kwargs`` override them)."""
        http = httpx2.AsyncClient(**{**pool_settings(), **kwargs, "transport": self.async_transport})
        self._async_http_clients.append(http)
        return http

    def client(self, **kwargs: Any) -> Client:
        """A :class:`pygenai.Client` bound to this cassette; ``kwargs`` are the client's own (``api_key``, ...).

        When replaying and given no ``api_key``, the client gets :data:`REPLAY_API_KEY`, so CI needs no key.
        """
        from .._client._sync.client import Client

        return Client(**self._client_kwargs(kwargs), http_client=self.http_client())

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """A :class:`pygenai.AsyncClient` bound to this cassette (see :meth:`client`)."""
        from .._client._async.client import AsyncClient

        return AsyncClient(**self._client_kwargs(kwargs), http_client=self.async_http_client())

    def _client_kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if "http_client" in kwargs:
            raise TypeError("a cassette's client sends through the cassette: use http_client() to build your own")
        if self.mode == "replay" and kwargs.get("api_key") is None:
            return {**kwargs, "api_key": REPLAY_API_KEY}
        return kwargs

    # ----------------------------------------------------------------------- one exchange

    def _replay(self, request: httpx2.Request, content: bytes) -> httpx2.Response:
        sent = RecordedRequest(request.method, str(request.url), body_value(content))
        with self._lock:
            self._check_open()
            number = self._played + 1
            if self._played < len(self._exchanges):
                recorded = self._exchanges[self._played]
                diff = compare(recorded.request, sent)
                if diff is None:
                    self._played = number
                    return _response(recorded.response, request)
                error = CassetteMismatchError(
                    f"request {number} does not match recording {number} of {self.path}:\n{diff}"
                )
            else:
                error = CassetteMismatchError(
                    f"request {number} ({sent.method} {url_without_key(sent.url)}) was sent, but {self.path}"
                    f" holds {len(self._exchanges)} recording(s), all played"
                )
            if self._failure is None:
                self._failure = error
        raise error

    def _store(
        self, request: httpx2.Request, content: bytes, response: httpx2.Response, body: bytes
    ) -> httpx2.Response:
        secrets = secrets_of(str(request.url), request.headers.multi_items())
        headers = kept_response_headers(response.headers.multi_items())
        exchange = Exchange(
            RecordedRequest(
                request.method, scrub(url_without_key(str(request.url)), secrets), scrub(body_value(content), secrets)
            ),
            RecordedResponse(
                response.status_code, tuple((k, scrub(v, secrets)) for k, v in headers), scrub(body, secrets)
            ),
        )
        with self._lock:
            self._check_open()
            self._exchanges.append(exchange)
            self._played += 1
        return httpx2.Response(response.status_code, headers=list(headers), content=body, request=request)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"the cassette {self.path} is closed")

    # ----------------------------------------------------------------------- closing

    def close(self) -> None:
        """End the cassette: in replay, check every recording was played; in record, write the file.

        Raises :class:`CassetteMismatchError` for recordings left unplayed, or for a mismatch raised earlier (even
        if your code caught it). Closing again does nothing.
        """
        self._finish(None)

    def _finish(self, exc: BaseException | None) -> None:
        if self._closed:
            return
        with self._lock:
            self._closed = True
        for http in self._http_clients:
            http.close()
        if self._failure is not None:
            if exc is self._failure:
                return
            raise self._failure
        if exc is not None:
            return  # the block failed: no verdict on unplayed recordings, and no half-recorded file
        if self.mode == "replay":
            left = len(self._exchanges) - self._played
            if left:
                following = self._exchanges[self._played].request
                raise CassetteMismatchError(
                    f"{left} of {len(self._exchanges)} recording(s) in {self.path} never requested;"
                    f" the next one: {following.method} {following.url}"
                )
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(dump(self._exchanges), encoding="utf-8")

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._finish(exc)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for http in self._async_http_clients:
            await http.aclose()
        self._finish(exc)


def _response(recorded: RecordedResponse, request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(recorded.status, headers=list(recorded.headers), content=recorded.body, request=request)


def cassette(
    path: str | os.PathLike[str],
    *,
    mode: Mode = "auto",
    transport: httpx2.BaseTransport | None = None,
    async_transport: httpx2.AsyncBaseTransport | None = None,
) -> Cassette:
    """A :class:`Cassette` for the file at ``path``: use it in a ``with`` (or ``async with``) block.

    * ``mode``: ``"auto"`` (default) replays when the file exists and records when it does not; ``"replay"``
      never touches the network (a missing file raises :class:`FileNotFoundError`); ``"record"`` always sends for
      real and overwrites the file.
    * ``transport`` / ``async_transport``: what recording sends through (a proxy, custom TLS); by default a new
      ``httpx2`` transport for each request. Replaying never uses them.

    Example::

        with pygenai.testing.cassette("tests/cassettes/summary.json") as tape:
            summary = my_app.summarize(tape.client(), "report.txt")
    """
    return Cassette(path, mode=mode, transport=transport, async_transport=async_transport)
