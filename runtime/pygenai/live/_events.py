"""What a Live session receives, as typed events (frozen dataclasses), one per thing the server said.

:meth:`~pygenai.live._protocol.LiveProtocol.receive` turns each server frame into a list of these, in the order the
message holds them. A message kind (or a field of ``serverContent``) this version does not know becomes an
:class:`UnknownMessage` holding its JSON, so nothing received is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias

from ..tools import ToolInvocation

__all__ = [
    "AudioChunk",
    "GenerationComplete",
    "GoAway",
    "InputTranscription",
    "Interrupted",
    "LiveEvent",
    "OutputTranscription",
    "Reconnected",
    "ResumptionUpdate",
    "SetupComplete",
    "TextDelta",
    "Thought",
    "ToolCall",
    "ToolCallCancellation",
    "TurnComplete",
    "UnknownMessage",
    "Usage",
]


@dataclass(frozen=True, slots=True)
class SetupComplete:
    """The server accepted the ``setup`` message; the session is ready."""


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of the model's text answer."""

    text: str


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """A piece of the model's spoken answer: raw PCM (16-bit little-endian mono, ``rate`` Hz, 24000 for Gemini)."""

    data: bytes
    rate: int
    mime_type: str


@dataclass(frozen=True, slots=True)
class InputTranscription:
    """A piece of the transcript of the audio the client sent (``input_audio_transcription`` in the config)."""

    text: str


@dataclass(frozen=True, slots=True)
class OutputTranscription:
    """A piece of the transcript of the model's spoken answer (``output_audio_transcription`` in the config)."""

    text: str


@dataclass(frozen=True, slots=True)
class Thought:
    """A piece of the model's thinking summary (a ``thought`` part)."""

    text: str


@dataclass(frozen=True, slots=True)
class ToolCall:
    """The model calls tools; each call's ``id`` answers it in a ``toolResponse``. The session runs the calls
    whose tools were given in the config by itself."""

    calls: tuple[ToolInvocation, ...]


@dataclass(frozen=True, slots=True)
class ToolCallCancellation:
    """The server cancelled these pending tool calls (the user interrupted): their responses are not wanted."""

    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Interrupted:
    """The user spoke over the model: what the model was saying stops here (drop the audio not yet played)."""


@dataclass(frozen=True, slots=True)
class GenerationComplete:
    """The model finished generating this turn (playback of its audio may still be going on)."""


@dataclass(frozen=True, slots=True)
class TurnComplete:
    """The model's turn is over; it waits for the next input."""


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts so far (``usageMetadata``); ``data`` holds the whole object (per-modality details)."""

    prompt_token_count: int | None
    response_token_count: int | None
    total_token_count: int | None
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class GoAway:
    """The server will close this connection in ``time_left`` seconds (a resumable session reconnects)."""

    time_left: float | None


@dataclass(frozen=True, slots=True)
class ResumptionUpdate:
    """A new session resumption handle: a reconnect with it continues the session (when ``resumable``)."""

    handle: str | None
    resumable: bool


@dataclass(frozen=True, slots=True)
class Reconnected:
    """The session reconnected (after ``goAway`` or a dropped connection) with the latest resumption handle;
    ``resent`` client messages the server had not acknowledged were sent again. Informational."""

    attempt: int
    resent: int


@dataclass(frozen=True, slots=True)
class UnknownMessage:
    """A server message (or a part of one) this version does not know, kept as received."""

    data: dict[str, Any]


LiveEvent: TypeAlias = (
    SetupComplete
    | TextDelta
    | AudioChunk
    | InputTranscription
    | OutputTranscription
    | Thought
    | ToolCall
    | ToolCallCancellation
    | Interrupted
    | GenerationComplete
    | TurnComplete
    | Usage
    | GoAway
    | ResumptionUpdate
    | Reconnected
    | UnknownMessage
)
"""Every event a Live session yields."""
