"""The Live API (``client.live``): a bidirectional session over a WebSocket, pure core and thin shells.

Pure (no I/O): ``_protocol`` (the setup message, client messages, server frames to events, the session's state and
what is re-sent after a reconnect), ``_events`` (the typed events), ``_endpoint`` (the WebSocket URL), ``_audio``
(WAV files and PCM conversions), ``_recording`` (cassettes of a session's frames).

Shells (``_async/``, with generated ``_sync/`` twins): ``connect`` (``client.live.connect``), ``session`` (sending,
receiving, tool calls, resumption); where async and sync differ is ``pygenai._io``'s hand-written
``concurrency`` pair.
"""

from ._audio import WavAudio, chunk_pcm, read_wav, resample_pcm16, to_mono, write_wav
from ._events import (
    AudioChunk,
    GenerationComplete,
    GoAway,
    InputTranscription,
    Interrupted,
    LiveEvent,
    OutputTranscription,
    Reconnected,
    ResumptionUpdate,
    SetupComplete,
    TextDelta,
    Thought,
    ToolCall,
    ToolCallCancellation,
    TurnComplete,
    UnknownMessage,
    Usage,
)
from ._protocol import CONFIG_KEYS, LiveProtocol

__all__ = [
    "CONFIG_KEYS",
    "AudioChunk",
    "GenerationComplete",
    "GoAway",
    "InputTranscription",
    "Interrupted",
    "LiveEvent",
    "LiveProtocol",
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
    "WavAudio",
    "chunk_pcm",
    "read_wav",
    "resample_pcm16",
    "to_mono",
    "write_wav",
]
