"""The Live API session without I/O: the setup message, client messages to frames, server frames to typed events.

A :class:`LiveProtocol` holds what a session must remember (wsproto / h11 style: bytes in, events out; the shell in
``_async/session.py`` owns the socket):

* ``setup_complete``: the server answered ``setupComplete`` on the current connection;
* ``resumption_handle``: the latest handle of a ``sessionResumptionUpdate`` with ``resumable: true`` (an update with
  ``resumable: false`` keeps the previous handle: resuming from that point is still possible);
* ``go_away``: the seconds left that the last ``goAway`` announced (``None`` until one arrives);
* ``pending_tool_calls``: calls received and neither answered nor cancelled, by id;
* ``interrupted``: the model's current turn was interrupted by the user;
* ``unacknowledged``: client messages the server may not have taken in, re-sent after a reconnect.

**What is re-sent after a reconnect.** Only ``clientContent`` and ``toolResponse`` messages are kept: real-time
input (audio, video, activity markers, real-time text) is live by nature and stale a moment later. A ``turnComplete``
from the server acknowledges the oldest pending turn (the ``clientContent`` messages up to and including the first
one that completes a turn) and the tool responses sent after it, up to the next ``clientContent``; without a pending
turn it acknowledges the leading tool responses (a turn begun by voice). So a turn whose answer never finished is sent
again on the new connection, and a turn the model answered in full is not.

**Frames.** Server messages are JSON objects, in text or binary (UTF-8) frames. A frame that is not a JSON object, or
a known message whose fields have the wrong types, raises :class:`~pygenai.LiveProtocolError` naming the JSON path; a
message kind (or a ``serverContent`` field) this version does not know becomes an :class:`UnknownMessage`.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, TypeAlias, cast

import orjson

from pygenai_generated.live_types import Blob, Content, FunctionResponse

from .._core.errors import ConfigTypeError, LiveProtocolError, UnencodableValueError
from .._core.model import WireModel, foreign_dict
from ..tools import Toolbox, ToolInvocation, ToolResult
from ..tools._toolset import ToolLike, gemini_tool_list
from ._events import (
    AudioChunk,
    GenerationComplete,
    GoAway,
    InputTranscription,
    Interrupted,
    LiveEvent,
    OutputTranscription,
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

__all__ = [
    "CONFIG_KEYS",
    "DEFAULT_INPUT_RATE",
    "DEFAULT_OUTPUT_RATE",
    "LiveProtocol",
    "activity_end",
    "activity_start",
    "audio_stream_end",
    "encode",
    "realtime_audio",
    "realtime_text",
    "realtime_video",
    "text_turn",
    "tool_response",
]

JSONObject: TypeAlias = dict[str, Any]

DEFAULT_INPUT_RATE: Final = 16000
"""The sample rate the Live API expects of input audio (PCM 16-bit little-endian mono)."""
DEFAULT_OUTPUT_RATE: Final = 24000
"""The sample rate of the model's audio when its MIME type names none."""

_GENERATION_KEYS: Final = {
    "temperature": "temperature",
    "top_p": "topP",
    "top_k": "topK",
    "max_output_tokens": "maxOutputTokens",
    "seed": "seed",
    "response_modalities": "responseModalities",
    "speech_config": "speechConfig",
    "thinking_config": "thinkingConfig",
}
_FLAG_OR_OBJECT: Final = {
    "input_audio_transcription": "inputAudioTranscription",
    "output_audio_transcription": "outputAudioTranscription",
    "context_window_compression": "contextWindowCompression",
    "session_resumption": "sessionResumption",
}
CONFIG_KEYS: Final = frozenset(
    {
        *_GENERATION_KEYS,
        *_FLAG_OR_OBJECT,
        "generation_config",
        "voice",
        "system_instruction",
        "tools",
        "realtime_input_config",
        "automatic_activity_detection",
    }
)
"""The keys a Live ``config`` takes (snake_case; nested objects may be snake_case or the wire's camelCase)."""

_RESENT: Final = ("clientContent", "toolResponse")
_RATE = re.compile(r"rate=(\d+)")
_RATES: dict[str, int] = {}
"""Sample rates by audio MIME type, as read (a session sees one or two types)."""
_SNIPPET: Final = 80


# --------------------------------------------------------------------------- client messages


def text_turn(text: str, *, turn_complete: bool = True) -> JSONObject:
    """A user turn of text (``clientContent``); ``turn_complete=False`` adds context without asking for an answer."""
    return {"clientContent": {"turns": [{"role": "user", "parts": [{"text": text}]}], "turnComplete": turn_complete}}


def realtime_text(text: str) -> JSONObject:
    """Text as real-time input (``realtimeInput.text``), answered like speech under voice activity detection."""
    return {"realtimeInput": {"text": text}}


def realtime_audio(pcm: bytes, rate: int = DEFAULT_INPUT_RATE) -> JSONObject:
    """A chunk of input audio: raw PCM 16-bit little-endian mono at ``rate`` Hz."""
    data = base64.b64encode(pcm).decode("ascii")
    return {"realtimeInput": {"audio": {"data": data, "mimeType": f"audio/pcm;rate={rate}"}}}


def realtime_video(frame: bytes, mime_type: str = "image/jpeg") -> JSONObject:
    """One video frame (or a still image), JPEG by default."""
    return {"realtimeInput": {"video": {"data": base64.b64encode(frame).decode("ascii"), "mimeType": mime_type}}}


def activity_start() -> JSONObject:
    """The user starts speaking (with automatic activity detection turned off)."""
    return {"realtimeInput": {"activityStart": {}}}


def activity_end() -> JSONObject:
    """The user stopped speaking (with automatic activity detection turned off)."""
    return {"realtimeInput": {"activityEnd": {}}}


def audio_stream_end() -> JSONObject:
    """The microphone was turned off: the server flushes the audio it holds."""
    return {"realtimeInput": {"audioStreamEnd": True}}


def client_content(turns: object = None, *, turn_complete: bool = True) -> JSONObject:
    """A ``clientContent`` message from turns as google-genai's ``send_client_content`` takes them: a string (one
    user turn), a ``Content`` (pygenai's, google-genai's, or a dict), or a list of them."""
    if turns is None:
        items: list[object] = []
    elif isinstance(turns, str):
        items = [{"role": "user", "parts": [{"text": turns}]}]
    elif isinstance(turns, list | tuple):
        items = list(cast("Sequence[object]", turns))
    else:
        items = [turns]
    wire: list[JSONObject] = []
    for index, turn in enumerate(items):
        try:
            wire.append(Content._coerce(turn))  # pyright: ignore[reportPrivateUsage]
        except TypeError as error:
            raise ConfigTypeError(f"turns[{index}]", str(error)) from None
        except UnencodableValueError as error:
            raise error.within(f"turns[{index}]") from None
    return {"clientContent": {"turns": wire, "turnComplete": turn_complete}}


def realtime_input(**inputs: object) -> JSONObject:
    """A ``realtimeInput`` message from google-genai's ``send_realtime_input`` keywords (``audio``, ``video`` and
    ``media`` as ``Blob`` s — pygenai's, google-genai's or dicts with bytes or base64 ``data`` —, ``text``,
    ``activity_start``, ``activity_end``, ``audio_stream_end``); exactly one of them."""
    given = {key: value for key, value in inputs.items() if value is not None}
    if len(given) != 1:
        names = ", ".join(_REALTIME_KEYS)
        raise ConfigTypeError("send_realtime_input", f"give exactly one of {names}; got {sorted(given) or 'none'}")
    ((key, value),) = given.items()
    if key not in _REALTIME_KEYS:
        raise TypeError(f"send_realtime_input() got an unexpected keyword argument {key!r}")
    wire_key = _REALTIME_KEYS[key]
    if key in ("audio", "video", "media"):
        try:
            blob = Blob._coerce(value)  # pyright: ignore[reportPrivateUsage]
        except TypeError as error:
            raise ConfigTypeError(key, str(error)) from None
        return {"realtimeInput": {wire_key: [blob] if key == "media" else blob}}
    if key == "text":
        return realtime_text(_str(value, "text"))
    if key == "audio_stream_end":
        return audio_stream_end()
    return activity_start() if key == "activity_start" else activity_end()


_REALTIME_KEYS: Final = {
    "audio": "audio",
    "video": "video",
    "media": "mediaChunks",
    "text": "text",
    "activity_start": "activityStart",
    "activity_end": "activityEnd",
    "audio_stream_end": "audioStreamEnd",
}


def tool_response(results: Iterable[ToolResult | Mapping[str, Any]]) -> JSONObject:
    """A ``toolResponse`` answering calls: :class:`~pygenai.ToolResult` s, or wire ``FunctionResponse`` objects
    (``{"id": ..., "name": ..., "response": {...}}``)."""
    return {"toolResponse": {"functionResponses": [_function_response(i, r) for i, r in enumerate(results)]}}


def _function_response(index: int, result: object) -> JSONObject:
    if isinstance(result, ToolResult):
        response: JSONObject = {"name": result.call.name, "response": result.response}
        return {"id": result.call.id, **response} if result.call.id is not None else response
    if isinstance(result, Mapping):
        return {str(k): v for k, v in cast("Mapping[object, Any]", result).items()}
    if isinstance(result, WireModel) or foreign_dict(result) is not None:  # a FunctionResponse object
        return FunctionResponse._coerce(result)  # pyright: ignore[reportPrivateUsage]
    raise ConfigTypeError(
        f"results[{index}]", f"expected a ToolResult or a FunctionResponse mapping, got {type(result).__name__}"
    )


# --------------------------------------------------------------------------- the setup message


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def _wire(value: Any) -> Any:
    """A config value in wire form: models unwrapped, mapping keys camelCased (nested too)."""
    if isinstance(value, WireModel):
        return value._data
    if isinstance(value, Mapping):
        mapping = cast("Mapping[object, Any]", value)
        return {_camel(str(k)): _wire(v) for k, v in mapping.items()}
    if isinstance(value, (list, tuple)):
        return [_wire(v) for v in cast("list[object] | tuple[object, ...]", value)]
    return value


def _mapping(key: str, value: Any) -> JSONObject:
    if isinstance(value, (Mapping, WireModel)):
        return cast(JSONObject, _wire(value))
    raise ConfigTypeError(f"config[{key!r}]", f"expected a mapping, got {type(value).__name__}")


def _flag_or_mapping(key: str, value: Any) -> JSONObject | None:
    if value is True:
        return {}
    if value is False or value is None:
        return None
    if key == "context_window_compression" and isinstance(value, Mapping) and not value:
        return {"slidingWindow": {}}
    return _mapping(key, value)


def _unknown_key(key: object) -> ConfigTypeError:
    close = difflib.get_close_matches(str(key), sorted(CONFIG_KEYS), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return ConfigTypeError(f"config[{key!r}]", f"unknown Live config key{hint}")


def _modalities(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    items: list[object] = list(cast("list[object]", value)) if isinstance(value, (list, tuple)) else [None]
    names = [m.upper() for m in items if isinstance(m, str)]
    if len(names) != len(items):
        raise ConfigTypeError("config['response_modalities']", f"expected a list of str, got {value!r:.60}")
    return names


def _system_instruction(value: Any) -> JSONObject:
    if isinstance(value, str):
        return {"parts": [{"text": value}]}
    return _mapping("system_instruction", value)


def _tool_declarations(toolbox: Toolbox) -> list[JSONObject]:
    """The setup's ``tools``, shaped as GenerateContent's; the API's own tool objects with camelCase keys."""
    return gemini_tool_list(toolbox, _wire)


def _config_dict(config: object) -> dict[str, Any]:
    if config is None:
        return {}
    if not isinstance(config, Mapping):
        dumped = foreign_dict(config)  # google-genai's LiveConnectConfig, by its Python names
        if dumped is None:
            raise ConfigTypeError("config", f"expected a mapping, got {type(config).__name__}")
        config = dumped
    return {str(k): v for k, v in cast("Mapping[object, Any]", config).items()}


def _model_name(model: object) -> str:
    if not isinstance(model, str) or not model.strip():
        raise ConfigTypeError("model", f"expected a model name, got {model!r:.60}")
    return model if model.startswith(("models/", "tunedModels/")) else f"models/{model}"


# --------------------------------------------------------------------------- server messages


def _fail(reason: str, frame: object) -> LiveProtocolError:
    text = frame.decode("utf-8", "replace") if isinstance(frame, (bytes, bytearray)) else str(frame)
    return LiveProtocolError(reason, text[:_SNIPPET])


def _object(value: Any, path: str) -> JSONObject:
    if not isinstance(value, dict):
        raise LiveProtocolError(f"{path}: expected a JSON object, got {type(value).__name__}")
    return cast(JSONObject, value)


def _list(value: Any, path: str) -> list[object]:
    if not isinstance(value, list):
        raise LiveProtocolError(f"{path}: expected a list, got {type(value).__name__}")
    return cast("list[object]", value)


def _str(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise LiveProtocolError(f"{path}: expected a string, got {type(value).__name__}")
    return value


def _opt_int(data: Mapping[str, Any], key: str, path: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise LiveProtocolError(f"{path}.{key}: expected an integer, got {type(value).__name__}")
    return value


def _duration(value: Any, path: str) -> float | None:
    """A protobuf ``Duration`` in JSON (``"9.5s"``), in seconds."""
    if value is None:
        return None
    if isinstance(value, str) and value.endswith("s"):
        try:
            return float(value[:-1])
        except ValueError:
            pass
    raise LiveProtocolError(f"{path}: expected a duration such as '10s', got {value!r:.40}")


def _rate_of(mime: str) -> int:
    """The sample rate an audio MIME type states (``audio/pcm;rate=24000``), else Gemini's output rate."""
    rate = _RATES.get(mime)
    if rate is None:
        found = _RATE.search(mime)
        rate = int(found.group(1)) if found else DEFAULT_OUTPUT_RATE
        if len(_RATES) < 64:
            _RATES[mime] = rate
    return rate


def _b64(value: Any, path: str) -> bytes:
    text = _str(value, path)
    try:  # validated in C, one copy (base64.b64decode(validate=True) runs a regex over the text first)
        return binascii.a2b_base64(text, strict_mode=True)
    except (binascii.Error, ValueError):
        raise LiveProtocolError(f"{path}: not valid base64") from None


class LiveProtocol:
    """One Live session's setup, messages and state, without I/O (see the module docstring).

    ``model`` is a model name (``"gemini-live-2.5-flash-preview"``); ``config`` a mapping of the keys in
    :data:`CONFIG_KEYS` (an unknown key raises :class:`~pygenai.ConfigTypeError` naming the closest one).
    ``toolbox`` holds the tools of ``config["tools"]`` (listed before :meth:`setup_message` when a toolset needs
    listing).
    """

    def __init__(self, model: str, config: Mapping[str, Any] | None = None) -> None:
        self.model = _model_name(model)
        self._setup: JSONObject = {"model": self.model}
        self.toolbox = Toolbox()
        self.resumable_session = False
        self._build(_config_dict(config))
        self.setup_complete = False
        self.resumption_handle: str | None = None
        self.go_away: float | None = None
        self.pending_tool_calls: dict[str, ToolInvocation] = {}
        self.interrupted = False
        self.turn_over = True
        """No model turn is under way (the last one ended with ``turnComplete``)."""
        self.unacknowledged: list[JSONObject] = []

    def _build(self, config: dict[str, Any]) -> None:
        for key in config:
            if key not in CONFIG_KEYS:
                raise _unknown_key(key)
        setup = self._setup
        generation: JSONObject = {}
        if "generation_config" in config:
            generation.update(_mapping("generation_config", config["generation_config"]))
        for key, wire_key in _GENERATION_KEYS.items():
            value = config.get(key)
            if value is None:
                continue
            if key == "response_modalities":
                generation[wire_key] = _modalities(value)
            elif key in ("speech_config", "thinking_config"):
                generation[wire_key] = _mapping(key, value)
            else:
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ConfigTypeError(f"config[{key!r}]", f"expected a number, got {type(value).__name__}")
                generation[wire_key] = value
        voice = config.get("voice")
        if voice is not None:
            if not isinstance(voice, str):
                raise ConfigTypeError("config['voice']", f"expected a voice name (str), got {type(voice).__name__}")
            speech = generation.setdefault("speechConfig", {})
            speech["voiceConfig"] = {"prebuiltVoiceConfig": {"voiceName": voice}}
        if generation:
            setup["generationConfig"] = generation
        if config.get("system_instruction") is not None:
            setup["systemInstruction"] = _system_instruction(config["system_instruction"])
        tools = config.get("tools")
        if tools is not None:
            kind = type(tools).__name__
            if isinstance(tools, (str, bytes, Mapping)) or not isinstance(tools, Iterable):
                raise ConfigTypeError("config['tools']", f"expected a list of tools, got {kind}")
            self.toolbox = Toolbox(cast("Iterable[ToolLike]", tools))
        realtime: JSONObject = {}
        if config.get("realtime_input_config") is not None:
            realtime.update(_mapping("realtime_input_config", config["realtime_input_config"]))
        detection = config.get("automatic_activity_detection")
        if detection is not None:
            if not isinstance(detection, bool):
                raise ConfigTypeError(
                    "config['automatic_activity_detection']", f"expected a bool, got {type(detection).__name__}"
                )
            realtime.setdefault("automaticActivityDetection", {})["disabled"] = not detection
        if realtime:
            setup["realtimeInputConfig"] = realtime
        for key, wire_key in _FLAG_OR_OBJECT.items():
            value = _flag_or_mapping(key, config.get(key))
            if value is not None:
                setup[wire_key] = value
        self.resumable_session = "sessionResumption" in setup

    # ----------------------------------------------------------------------- sending

    def setup_message(self, resumption_handle: str | None = None) -> JSONObject:
        """The ``setup`` message; with ``resumption_handle`` it resumes the session that handle names."""
        setup = dict(self._setup)
        tools = _tool_declarations(self.toolbox)
        if tools:
            setup["tools"] = tools
        if resumption_handle is not None:
            setup["sessionResumption"] = {**setup.get("sessionResumption", {}), "handle": resumption_handle}
        return {"setup": setup}

    def new_connection(self) -> None:
        """Forget what belonged to the previous connection (setup, goAway, tool calls it made)."""
        self.setup_complete = False
        self.go_away = None
        self.pending_tool_calls.clear()

    def frame(self, message: JSONObject) -> str:
        """``message`` as a text frame, recorded for re-sending when it is a turn or a tool response; answered tool
        calls stop being pending."""
        kind = next(iter(message), None)
        if kind in _RESENT:
            self.unacknowledged.append(message)
        if kind == "toolResponse":
            responses: list[Any] = message["toolResponse"].get("functionResponses", [])
            for response in responses:
                if isinstance(response, dict):
                    self.pending_tool_calls.pop(str(cast(JSONObject, response).get("id")), None)
        if kind == "clientContent":
            self.interrupted = False
        return encode(message)

    def _acknowledge_turn(self) -> None:
        pending = self.unacknowledged
        end = 0
        for index, message in enumerate(pending):
            content = message.get("clientContent")
            if content is not None and content.get("turnComplete", False):
                end = index + 1
                break
        else:
            end = 0
        while end < len(pending) and "toolResponse" in pending[end]:
            end += 1
        del pending[:end]

    # ----------------------------------------------------------------------- receiving

    def receive(self, frame: str | bytes) -> list[LiveEvent]:
        """The events of one server frame (JSON, in a text or a binary frame), state updated on the way."""
        try:
            data = orjson.loads(frame)
        except orjson.JSONDecodeError as exc:
            raise _fail(f"a Live frame is not JSON: {exc}", frame) from None
        if not isinstance(data, dict):
            raise _fail(f"a Live frame must hold a JSON object, got {type(data).__name__}", frame)
        events: list[LiveEvent] = []
        unknown: JSONObject = {}
        for key, value in cast(JSONObject, data).items():
            if key == "setupComplete":
                self.setup_complete = True
                events.append(SetupComplete())
            elif key == "serverContent":
                events.extend(self._server_content(_object(value, "serverContent")))
            elif key == "toolCall":
                events.append(self._tool_call(_object(value, "toolCall")))
            elif key == "toolCallCancellation":
                events.append(self._cancellation(_object(value, "toolCallCancellation")))
            elif key == "usageMetadata":
                usage = _object(value, "usageMetadata")
                events.append(
                    Usage(
                        _opt_int(usage, "promptTokenCount", key),
                        _opt_int(usage, "responseTokenCount", key),
                        _opt_int(usage, "totalTokenCount", key),
                        usage,
                    )
                )
            elif key == "goAway":
                time_left = _duration(_object(value, "goAway").get("timeLeft"), "goAway.timeLeft")
                self.go_away = time_left
                events.append(GoAway(time_left))
            elif key == "sessionResumptionUpdate":
                events.append(self._resumption(_object(value, key)))
            else:
                unknown[key] = value
        if unknown:
            events.append(UnknownMessage(unknown))
        return events

    def _server_content(self, content: JSONObject) -> list[LiveEvent]:
        events: list[LiveEvent] = []
        unknown: JSONObject = {}
        if self.turn_over and ("modelTurn" in content or "outputTranscription" in content):
            self.turn_over = False
            self.interrupted = False
        for key, value in content.items():
            if key == "modelTurn":
                turn = cast(JSONObject, value) if type(value) is dict else _object(value, "serverContent.modelTurn")
                events.extend(self._parts(turn, "serverContent.modelTurn"))
                continue
            path = f"serverContent.{key}"
            if key == "inputTranscription" or key == "outputTranscription":
                text = _object(value, path).get("text")
                if text is not None:
                    kind = InputTranscription if key == "inputTranscription" else OutputTranscription
                    events.append(kind(_str(text, f"{path}.text")))
            elif key in ("interrupted", "generationComplete", "turnComplete"):
                if not isinstance(value, bool):
                    raise LiveProtocolError(f"{path}: expected a boolean, got {type(value).__name__}")
            else:
                unknown[key] = value
        # flags after the content of the same message, in the order a turn ends
        if content.get("interrupted"):
            self.interrupted = True
            events.append(Interrupted())
        if content.get("generationComplete"):
            events.append(GenerationComplete())
        if content.get("turnComplete"):
            self.turn_over = True
            self._acknowledge_turn()
            events.append(TurnComplete())
        if unknown:
            events.append(UnknownMessage({"serverContent": unknown}))
        return events

    def _parts(self, turn: JSONObject, path: str) -> list[LiveEvent]:
        parts = turn.get("parts", [])
        if type(parts) is not list:
            parts = _list(parts, f"{path}.parts")
        events: list[LiveEvent] = []
        for index, part in enumerate(cast("list[Any]", parts)):
            # the shapes the server sends, read without building a path; anything else takes _part, whose
            # errors name the place
            if type(part) is dict:
                fields = cast(JSONObject, part)
                text: Any = fields.get("text")
                if type(text) is str:
                    events.append(Thought(text) if fields.get("thought") is True else TextDelta(text))
                    continue
                blob: Any = fields.get("inlineData")
                if text is None and type(blob) is dict:
                    mime: Any = cast(JSONObject, blob).get("mimeType")
                    data: Any = cast(JSONObject, blob).get("data")
                    if type(mime) is str and type(data) is str and mime.startswith("audio/"):
                        try:
                            pcm = binascii.a2b_base64(data, strict_mode=True)
                        except (binascii.Error, ValueError):
                            pass  # _part raises, naming the place
                        else:
                            events.append(AudioChunk(pcm, _rate_of(mime), mime))
                            continue
            events.append(self._part(part, f"{path}.parts[{index}]"))
        return events

    def _part(self, raw: object, where: str) -> LiveEvent:
        part = _object(raw, where)
        if "text" in part:
            text = _str(part["text"], f"{where}.text")
            return Thought(text) if part.get("thought") is True else TextDelta(text)
        if "inlineData" in part:
            blob = _object(part["inlineData"], f"{where}.inlineData")
            mime = _str(blob.get("mimeType", ""), f"{where}.inlineData.mimeType")
            data = _b64(blob.get("data"), f"{where}.inlineData.data")
            if mime.startswith("audio/"):
                return AudioChunk(data, _rate_of(mime), mime)
        return UnknownMessage({"part": part})

    def _tool_call(self, message: JSONObject) -> ToolCall:
        raw_calls = _list(message.get("functionCalls", []), "toolCall.functionCalls")
        calls: list[ToolInvocation] = []
        for index, raw in enumerate(raw_calls):
            where = f"toolCall.functionCalls[{index}]"
            call = _object(raw, where)
            name = _str(call.get("name"), f"{where}.name")
            args = _object(call.get("args", {}), f"{where}.args")
            call_id = call.get("id")
            if call_id is not None:
                call_id = _str(call_id, f"{where}.id")
            invocation = ToolInvocation(index, name, args, call_id, call)
            calls.append(invocation)
            if call_id is not None:
                self.pending_tool_calls[call_id] = invocation
        return ToolCall(tuple(calls))

    def _cancellation(self, message: JSONObject) -> ToolCallCancellation:
        ids = _list(message.get("ids", []), "toolCallCancellation.ids")
        checked = tuple(_str(i, f"toolCallCancellation.ids[{n}]") for n, i in enumerate(ids))
        for call_id in checked:
            self.pending_tool_calls.pop(call_id, None)
        return ToolCallCancellation(checked)

    def _resumption(self, update: JSONObject) -> ResumptionUpdate:
        handle = update.get("newHandle")
        if handle is not None:
            handle = _str(handle, "sessionResumptionUpdate.newHandle")
        resumable = update.get("resumable", False)
        if not isinstance(resumable, bool):
            raise LiveProtocolError(
                f"sessionResumptionUpdate.resumable: expected a boolean, got {type(resumable).__name__}"
            )
        if resumable and handle and self.resumable_session:
            self.resumption_handle = handle
        return ResumptionUpdate(handle or None, resumable)


def encode(message: Mapping[str, Any]) -> str:
    """A client message as the text of a frame (compact JSON)."""
    return orjson.dumps(message).decode("utf-8")
