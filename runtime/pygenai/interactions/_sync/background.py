# Generated from runtime/pygenai/interactions/_async/background.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""Background interactions: waiting for one to finish, cancelling it, and Deep Research on top.

``create(..., background=True)`` returns at once with an ``in_progress`` interaction; then::

    done = client.interactions.wait(interaction, timeout=600, on_progress=print)
    client.interactions.cancel(interaction)          # or its id

``wait`` polls ``get`` with a growing interval (:class:`~pygenai.interactions._poll.PollPolicy`, honouring the
delays the server asks for), or with ``stream=True`` follows the interaction's event stream, reopening it from
the last event id when it drops. ``research`` runs the Deep Research agent that way and returns its report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO, Unpack

from pygenai_generated.interactions_resources import Interactions as _GeneratedAsyncInteractions

from ..._core.errors import (
    APIConnectionError,
    CircuitOpenError,
    InteractionStatusError,
    InternalServerError,
    RateLimitError,
    RequestTimeoutError,
    StreamError,
    WaitTimeoutError,
)
from ..._core.options import check_options
from ..._core.raw import raw_response
from ..._core.retry import server_delay
from ..._io._sync.concurrency import shielded, sleep
from ..._io.clock import clock_of
from .._poll import InteractionFailed, PollPolicy, interaction_outcome, is_terminal
from .._progress import InteractionProgress, ProgressTracker
from .._research import (
    DEFAULT_RESEARCH_AGENT,
    DocumentInput,
    ResearchProgressBar,
    ResearchReport,
    research_report,
    research_request,
)
from .._result import Interaction

if TYPE_CHECKING:
    from pygenai_generated.interactions_types import DeepResearchAgentConfig
    from pygenai_generated.interactions_types import Interaction as InteractionModel

    from ..._core.clock import Clock
    from ..._core.options import RequestOptions

__all__ = ["InteractionsBackground"]

ProgressCallback = Callable[[InteractionProgress], object]

_CANCEL_TIMEOUT = 15.0  # seconds for the cancel request sent while the caller is being interrupted


def _interaction_id(interaction: str | InteractionModel | None, where: str = "interaction") -> str:
    if isinstance(interaction, str):
        if not interaction:
            raise ValueError(f"{where} is an empty id")
        return interaction
    data = getattr(interaction, "_data", None)
    ident = data.get("id") if isinstance(data, dict) else None
    if not isinstance(ident, str) or not ident:
        raise ValueError(f"{where} has no id: was it created with store=False?")
    return ident


def _as_result(interaction: Any) -> Interaction:
    """The ``pygenai.Interaction`` view of what a generated call returned (its raw response kept)."""
    if isinstance(interaction, Interaction):
        return interaction
    result = Interaction._wrap(interaction._data)
    raw = getattr(interaction, "_http", None)
    if raw is not None:
        setattr(result, "_http", raw)  # noqa: B010  (a slot WireModel declares without an annotation)
    return result


def _polled_delay(interaction: Interaction, clock: Clock) -> float | None:
    """The delay a successful poll's response asks for (``Retry-After``), if any."""
    try:
        headers = raw_response(interaction).headers
    except TypeError:  # a result built without a response
        return None
    return server_delay(headers, None, clock.time())


def _poll_again(exc: Exception) -> tuple[bool, float | None]:
    """For a failed poll (or stream): whether to try again later, and the delay its error asks for."""
    if isinstance(exc, RateLimitError | InternalServerError | RequestTimeoutError | CircuitOpenError):
        return True, exc.retry_after
    if isinstance(exc, APIConnectionError) and exc.retryable:
        return True, None
    return isinstance(exc, StreamError), None


class InteractionsBackground(_GeneratedAsyncInteractions):
    """The background half of ``client.interactions``: ``wait``, ``cancel``, ``research``."""

    __slots__ = ()

    # ------------------------------------------------------------------ cancel

    def cancel(
        self,
        interaction: str | InteractionModel | None = None,
        /,
        *,
        id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction:
        """Cancel a background interaction (given as an interaction or its id; ``id=`` as the generated call takes
        it works too) and return it as the server has it then (``status="cancelled"``)."""
        if (interaction is None) == (id is None):
            raise TypeError("cancel() takes an interaction or its id: cancel(interaction) or cancel(id='...')")
        ident = _interaction_id(interaction if interaction is not None else id)
        return _as_result(_GeneratedAsyncInteractions.cancel(self, id=ident, **options))

    def _cancel_on_interrupt(self, ident: str, interrupted: BaseException) -> None:
        """Cancel the server-side job while the caller is interrupted; a failure is noted on the interruption."""
        with shielded():
            try:
                _GeneratedAsyncInteractions.cancel(self, id=ident, timeout=_CANCEL_TIMEOUT, max_retries=1)
            except Exception as exc:  # the interruption is what the caller must see
                interrupted.add_note(f"pygenai: cancelling interaction {ident} on the server failed: {exc}")

    # ------------------------------------------------------------------ wait

    def wait(
        self,
        interaction: str | InteractionModel,
        *,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        stream: bool = False,
        poll: PollPolicy | None = None,
    ) -> Interaction:
        """Wait until a background interaction stops working and return it, whole (``steps``, ``usage``...).

        It stops at ``completed``, ``failed``, ``cancelled``, ``incomplete``, ``budget_exceeded`` or
        ``requires_action``; :func:`~pygenai.interaction_outcome` tells which as a type (``InteractionFailed``
        carries the error). A status this version does not know keeps the wait going.

        * Polling (the default): ``get`` right away, then after growing intervals (1 s doubling to 10 s; ``poll``
          changes them); a ``Retry-After`` the server sends replaces the interval. A poll failing in a retryable
          way (429, 5xx, a dropped connection) after the client's own retries is tried again at the next interval
          (after the delay the error asks for), up to ``poll.max_failed_polls`` times in a row.
        * ``stream=True``: follows ``get(id, stream=True)``: progress arrives event by event (thought summaries,
          text as it is written); a stream that ends or drops before the interaction stops is reopened from the
          last event id, and the finished interaction is read with one ``get`` at the end. ``timeout`` is checked
          as events arrive and between streams (a silent stream is bounded by the client's read timeout).

        ``on_progress`` receives an :class:`~pygenai.InteractionProgress` after every poll (every event when
        streaming): status and whether it changed, the seconds elapsed, new steps, new thought summaries, new text.

        After ``timeout`` seconds (``None``: no limit) :class:`~pygenai.WaitTimeoutError` is raised, its ``last``
        the interaction as last read; the interaction itself goes on (``cancel`` it, or wait again).
        """
        ident = _interaction_id(interaction)
        clock = clock_of(self._client._get_transport().client)
        policy = poll if poll is not None else PollPolicy()
        tracker = ProgressTracker(ident)
        if stream:
            return self._follow(ident, tracker, clock, clock.monotonic(), timeout, on_progress, policy)
        return self._poll(ident, tracker, clock, clock.monotonic(), timeout, on_progress, policy)

    def _get(self, ident: str) -> Interaction:
        return _as_result(_GeneratedAsyncInteractions.get(self, id=ident))

    def _poll(
        self,
        ident: str,
        tracker: ProgressTracker,
        clock: Clock,
        start: float,
        timeout: float | None,
        on_progress: ProgressCallback | None,
        policy: PollPolicy,
    ) -> Interaction:
        last: Interaction | None = None
        polls = failures = 0
        while True:
            try:
                current = self._get(ident)
            except Exception as exc:
                again, delay_asked = _poll_again(exc)
                failures += 1
                if not again or failures > policy.max_failed_polls:
                    raise
            else:
                failures = 0
                last = current
                report = tracker.from_poll(current, clock.monotonic() - start)
                if on_progress is not None:
                    on_progress(report)
                if report.terminal:
                    return current
                delay_asked = _polled_delay(current, clock)
            polls += 1
            remaining = None if timeout is None else timeout - (clock.monotonic() - start)
            delay = policy.next_delay(polls_done=polls, server_delay=delay_asked, remaining=remaining)
            if delay is None:
                raise WaitTimeoutError(f"interaction {ident} is still {tracker.status} after {timeout:g}s", last)
            sleep(clock, delay)

    def _follow(
        self,
        ident: str,
        tracker: ProgressTracker,
        clock: Clock,
        start: float,
        timeout: float | None,
        on_progress: ProgressCallback | None,
        policy: PollPolicy,
    ) -> Interaction:
        last_event_id: str | None = None
        last: Interaction | None = None
        opened = failures = 0
        while True:
            delay_asked: float | None = None
            events = None
            try:
                events = _GeneratedAsyncInteractions.get(self, id=ident, stream=True, last_event_id=last_event_id)
                with events:
                    for event in events:
                        report = tracker.from_event(event._data, clock.monotonic() - start)
                        if on_progress is not None:
                            on_progress(report)
                        if report.terminal or (timeout is not None and clock.monotonic() - start >= timeout):
                            break
                failures = 0
            except Exception as exc:
                again, delay_asked = _poll_again(exc)
                failures += 1
                if not again or failures > policy.max_failed_polls:
                    raise
            finally:
                if events is not None and events.last_event_id is not None:
                    last_event_id = events.last_event_id
            opened += 1
            # The stream stopped (its end, a drop, the timeout): the interaction as it is says what follows.
            try:
                current = self._get(ident)
            except Exception as exc:
                again, delay_asked = _poll_again(exc)
                failures += 1
                if not again or failures > policy.max_failed_polls:
                    raise
            else:
                last = current
                if is_terminal(current._data.get("status")):
                    return current
            remaining = None if timeout is None else timeout - (clock.monotonic() - start)
            delay = policy.next_delay(polls_done=opened, server_delay=delay_asked, remaining=remaining)
            if delay is None:
                raise WaitTimeoutError(f"interaction {ident} is still {tracker.status} after {timeout:g}s", last)
            sleep(clock, delay)

    # ------------------------------------------------------------------ Deep Research

    def start_research(
        self,
        query: str,
        *,
        documents: Sequence[DocumentInput] = (),
        agent: str = DEFAULT_RESEARCH_AGENT,
        agent_config: DeepResearchAgentConfig | Mapping[str, Any] | None = None,
        thinking_summaries: str | None = "auto",
        output_schema: Any = None,
        previous_interaction_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Interaction:
        """Start a Deep Research run in the background and return its interaction at once (``in_progress``).

        Keep ``interaction.id``: ``research(resume=id)`` (in this process or another) waits for the report. The
        arguments are :meth:`research`'s.
        """
        from ...tools._structured import StructuredOutput

        check_options(options)
        structured = StructuredOutput.of(output_schema) if output_schema is not None else None
        request = research_request(
            query=query,
            documents=documents,
            agent=agent,
            agent_config=agent_config,
            thinking_summaries=thinking_summaries,
            structured=structured,
        )
        if previous_interaction_id is not None:
            request["previous_interaction_id"] = previous_interaction_id
        return _as_result(_GeneratedAsyncInteractions.create(self, **request, **options))

    def research(
        self,
        query: str | None = None,
        *,
        resume: str | InteractionModel | None = None,
        documents: Sequence[DocumentInput] = (),
        agent: str = DEFAULT_RESEARCH_AGENT,
        agent_config: DeepResearchAgentConfig | Mapping[str, Any] | None = None,
        thinking_summaries: str | None = "auto",
        output_schema: Any = None,
        previous_interaction_id: str | None = None,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        progress_bar: bool | TextIO = False,
        stream: bool = False,
        poll: PollPolicy | None = None,
        cancel_on_interrupt: bool = True,
    ) -> ResearchReport:
        """Research ``query`` with Google's Deep Research agent and return its report, citations and sources.

        Named for what it does for the caller, as ``generate_content`` is: ``create`` starts an interaction,
        ``research`` starts one *and* sees it through (the agent plans, searches and reads for minutes in the
        background) to a :class:`~pygenai.ResearchReport`. The agent is a parameter, so the name does not tie the
        method to one agent version.

        * ``agent``: the agent's name (default ``deep-research-preview-04-2026``; ``deep-research-max-preview-04-2026``
          digs deeper and takes longer);
        * ``documents``: files for the agent to read besides the web: uploaded ``File`` objects, a PDF's bytes,
          ``pathlib.Path`` objects (read and sent inline), or content dicts;
        * ``agent_config``: the agent's configuration (``DeepResearchAgentConfig`` or a dict: ``visualization``,
          ``collaborative_planning``...); ``thinking_summaries`` (``"auto"`` unless given there, ``None`` to leave
          it out) makes the agent report its thinking as it goes. With ``collaborative_planning`` the agent answers
          first with a research plan (the report); confirm or amend it with a second ``research`` call naming the
          first in ``previous_interaction_id``;
        * ``output_schema``: a type (pydantic, msgspec, dataclass, TypedDict) or JSON Schema the report must fit;
          the report parsed into it is ``report.parsed``;
        * progress: ``on_progress`` receives an :class:`~pygenai.InteractionProgress` after each poll (each event
          with ``stream=True``); ``progress_bar=True`` draws a :class:`~pygenai.ResearchProgressBar` on stderr (or
          on the text stream given);
        * ``timeout`` (seconds, ``None``: none) raises :class:`~pygenai.WaitTimeoutError` and leaves the research
          running on the server, to resume later;
        * ``resume``: an interaction id (or interaction) of a run already started (:meth:`start_research`, or a run
          this process lost: a dropped connection, a restart): no new run starts, its report is awaited. The first
          progress report carries ``interaction_id`` for that purpose;
        * ``cancel_on_interrupt`` (default on): when the wait is interrupted (``KeyboardInterrupt``, the task being
          cancelled), the research is cancelled on the server too before the interruption goes on.

        Request options (``extra_headers``, a per-request ``timeout``...) go to :meth:`start_research`; then
        ``research(resume=interaction.id)`` waits.

        A run that ends other than ``completed`` raises :class:`~pygenai.InteractionStatusError` (``status``,
        ``interaction``; a failure's message included).
        """
        from ...tools._structured import StructuredOutput

        structured = StructuredOutput.of(output_schema) if output_schema is not None else None
        if resume is not None:
            if query is not None or documents:
                raise TypeError("research(resume=...) continues a run already started: give no query or documents")
            ident = _interaction_id(resume, "resume")
        else:
            if query is None:
                raise TypeError("research() needs a query (or resume= the id of a run already started)")
            started = self.start_research(
                query,
                documents=documents,
                agent=agent,
                agent_config=agent_config,
                thinking_summaries=thinking_summaries,
                output_schema=output_schema,
                previous_interaction_id=previous_interaction_id,
            )
            ident = _interaction_id(started)
        reporters: list[ProgressCallback] = [on_progress] if on_progress is not None else []
        if progress_bar is not False:
            reporters.append(ResearchProgressBar(None if progress_bar is True else progress_bar))

        def report(progress: InteractionProgress) -> None:
            for reporter in reporters:
                reporter(progress)

        try:
            done = self.wait(
                ident, timeout=timeout, on_progress=report if reporters else None, stream=stream, poll=poll
            )
        except BaseException as exc:
            if cancel_on_interrupt and not isinstance(exc, Exception):  # KeyboardInterrupt, cancellation
                self._cancel_on_interrupt(ident, exc)
            raise
        outcome = interaction_outcome(done)
        if not outcome.ok:
            reason = ""
            if isinstance(outcome, InteractionFailed) and outcome.error is not None:
                reason = f": {outcome.error.message or outcome.error.code}"
            raise InteractionStatusError(
                f"research {ident} ended {outcome.status}{reason}",
                status=outcome.status,
                interaction_id=ident,
                interaction=done,
            )
        return research_report(done, structured)
