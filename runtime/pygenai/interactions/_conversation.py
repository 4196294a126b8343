"""Conversations over the Interactions API: what a conversation keeps between turns, and its saved form.

Two ways to carry a conversation, chosen by ``store``:

* **Stateful** (``store=True``, the default): the server keeps each interaction; each turn names the last one with
  ``previous_interaction_id`` and sends only the new input. The server carries over the conversation history
  (input and output steps) and nothing else. Google's Interactions API guidance states the rule: ``tools``,
  ``system_instruction`` and ``generation_config`` are turn-scoped and must be passed with each interaction
  request ("Turn-Scoped Parameters", ``skills/gemini-interactions-api/SKILL.md`` of google-gemini/gemini-skills and
  of the Gemini Enterprise Agent Platform skill). So every turn sends them again, with ``model``/``agent``,
  ``response_format`` and the other request settings. The conversation keeps the last interaction's id.
* **Stateless** (``store=False``): nothing is kept on the server; the conversation keeps every step on the client —
  the user input, the model's steps exactly as received (thought steps with their signatures, function calls),
  the function results — and sends them all, followed by the new input, each turn. Each step is stored as the
  compact JSON of the dict the server sent and spliced into the next request unchanged, so fields this version
  does not know go back too.

A turn that fails (an error from ``send``, a stream that fails or is closed before its end, an interaction whose
status is ``failed`` or ``cancelled``) records nothing: send the same input again to retry.

:meth:`ConversationBase.save` writes the conversation as JSON (the settings in wire form, the last interaction id,
the steps); ``load`` reads it back exactly (``load(saved).save() == saved``). Python tools and a
``response_format`` type are not JSON: pass them again to ``load``.
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Mapping
from typing import Any, Final, TypeAlias

import orjson

from .._core.errors import ChatHistoryError
from .._core.wire_json import encode_json
from ._input import input_steps
from ._prepare import PreparedInteraction, prepare
from ._result import Interaction

__all__ = ["FORMAT", "ConversationBase", "decode_saved", "saved_settings"]

JSONObject: TypeAlias = dict[str, Any]

FORMAT: Final = "pygenai.conversation/1"
_UNRECORDED: Final = frozenset({"failed", "cancelled"})
_SAVED_SETTINGS: Final = frozenset(
    {
        "model",
        "agent",
        "agent_config",
        "system_instruction",
        "generation_config",
        "response_mime_type",
        "response_modalities",
        "service_tier",
        "environment",
        "webhook_config",
        "background",
    }
)
"""Settings saved with a conversation, in wire form (and ``automatic_function_calling`` as given); ``tools`` and
``response_format`` are not saved: pass them to ``load``."""


_SETTING_NAMES: Final = frozenset(
    name for name in inspect.signature(prepare).parameters if name not in ("input", "previous_interaction_id", "store")
)
"""What a conversation's settings may hold: the keyword arguments of ``create`` that apply to every turn."""


def _encode(step: Any) -> bytes:
    return bytes(memoryview(encode_json(step)))


def decode_saved(data: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> JSONObject:
    """A saved conversation's document, checked; :class:`~pygenai.ChatHistoryError` says what is wrong."""
    if not isinstance(data, Mapping):
        try:
            data = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise ChatHistoryError(f"saved conversation is not JSON: {exc}") from None
    if not isinstance(data, Mapping):
        raise ChatHistoryError(f"saved conversation must be a JSON object, not {type(data).__name__}")
    if data.get("format") != FORMAT:
        raise ChatHistoryError(f"saved conversation has format {data.get('format')!r}, expected {FORMAT!r}")
    steps = data.get("steps")
    if not isinstance(steps, list):
        raise ChatHistoryError("saved conversation has no 'steps' list")
    for index, step in enumerate(steps):
        if not isinstance(step, dict) or not isinstance(step.get("type"), str):
            raise ChatHistoryError(f"steps[{index}] is not a step (an object with a 'type')")
    settings = data.get("settings")
    if not isinstance(settings, dict):
        raise ChatHistoryError("saved conversation has no 'settings' object")
    interaction_id = data.get("interaction_id")
    if interaction_id is not None and not isinstance(interaction_id, str):
        raise ChatHistoryError("saved conversation 'interaction_id' is not a string")
    if not isinstance(data.get("store"), bool):
        raise ChatHistoryError("saved conversation 'store' is not a bool")
    return dict(data)


class ConversationBase:
    """A conversation's settings, last interaction id and steps (what the sync and async conversations share)."""

    def __init__(self, *, store: bool = True, **settings: Any) -> None:
        for key in settings:
            if key in ("previous_interaction_id", "input", "stream"):
                raise TypeError(f"a conversation sets {key} itself: pass the input to send()")
            if key not in _SETTING_NAMES:
                close = difflib.get_close_matches(key, sorted(_SETTING_NAMES), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise TypeError(f"conversation() got an unexpected keyword argument {key!r}{hint}")
        prepare(input="", **settings)  # check the settings now, not at the first send
        self.store = store
        self.settings: dict[str, Any] = {k: v for k, v in settings.items() if v is not None}
        self.interaction_id: str | None = None
        """The id of the last interaction (what the next stateful turn continues)."""
        self._steps: list[bytes] = []

    @property
    def steps(self) -> list[JSONObject]:
        """The steps kept on the client (``store=False``), as dicts decoded from the stored JSON (copies)."""
        return [orjson.loads(step) for step in self._steps]

    def _prepare(self, message: Any, overrides: Mapping[str, Any]) -> PreparedInteraction:
        settings = {**self.settings, **overrides}
        if self.store:
            return prepare(input=message, previous_interaction_id=self.interaction_id, store=None, **settings)
        prepared = prepare(input=message, store=False, **settings)
        if self._steps:
            history = [orjson.Fragment(step) for step in self._steps]
            prepared.input = [*history, *input_steps(prepared.input)]
        return prepared

    def _record(self, prepared: PreparedInteraction, interaction: Interaction) -> None:
        """Keep a completed turn: the interaction's id, and (stateless) its new steps."""
        data = interaction._data
        if data.get("status") in _UNRECORDED:
            return
        interaction_id = data.get("id")
        if self.store:
            if isinstance(interaction_id, str):
                self.interaction_id = interaction_id
            return
        new: list[Any] = list(input_steps(prepared.input))[len(self._steps) :]
        afc = interaction.automatic_function_calling
        if afc is not None:
            new.extend(afc.steps)
        steps = data.get("steps")
        new.extend(steps if isinstance(steps, list) else [])
        self._steps.extend(_encode(step) for step in new)
        if isinstance(interaction_id, str):
            self.interaction_id = interaction_id

    def save(self) -> bytes:
        """The conversation as JSON bytes (see the module docstring); ``load`` reads it back."""
        settings = {k: v for k, v in self._wire_settings().items() if k in _SAVED_SETTINGS}
        automatic = self.settings.get("automatic_function_calling")
        if automatic is not None:
            settings["automatic_function_calling"] = dict(automatic)
        document = {
            "format": FORMAT,
            "store": self.store,
            "interaction_id": self.interaction_id,
            "settings": settings,
            "steps": [orjson.Fragment(step) for step in self._steps],
        }
        return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)

    def _wire_settings(self) -> JSONObject:
        return prepare(input="", **self.settings).body

    def _restore(self, document: Mapping[str, Any]) -> None:
        self.interaction_id = document.get("interaction_id")
        self._steps = [_encode(step) for step in document["steps"]]

    def __repr__(self) -> str:
        who = self.settings.get("model") or self.settings.get("agent")
        state = f"interaction_id={self.interaction_id!r}" if self.store else f"steps={len(self._steps)}"
        return f"{type(self).__name__}({who!r}, store={self.store}, {state})"


def saved_settings(document: Mapping[str, Any], overrides: Mapping[str, Any]) -> JSONObject:
    """The settings to rebuild a saved conversation with: the saved ones, then ``overrides`` (``tools``, ...)."""
    settings: JSONObject = dict(document["settings"])
    settings.update({k: v for k, v in overrides.items() if v is not None})
    return settings
