"""``client.chats``: multi-turn conversations whose history keeps every model turn exactly as received.

A :class:`Chat` holds the model name, a config (a :class:`~pygenai.GenerateContentConfig`) and the history.
Each turn is stored as the compact JSON of the wire ``Content`` the server sent (the accumulated turn, for a
stream), so thought signatures — on calls, on text, on empty parts that carry only a signature — and fields
this version does not know go back to the server untouched. Storing bytes rather than parsed objects keeps
a long chat's memory close to the size of its JSON, and each send splices the stored turns into the request
without encoding them again. History saves to JSON and loads back byte-for-byte, and can be replaced
(``chat.history = ...``) or cut (``chat.truncate(n)``).

A send whose answer has no content (a blocked prompt or candidate, ``MAX_TOKENS`` before any part) leaves the
history unchanged; its response says why (``response.outcome``).

A send that fails leaves the history unchanged too, streamed or not: an error from ``send``, or a stream (or
events) that fails before its end — cut, an error event, a chunk that does not decode, a tool raising with
``on_tool_error="raise"`` — records neither the user turn nor any model turn, since the exchange did not
complete. To retry, send the same message again. A stream closed before its end records nothing either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import orjson

from pygenai_generated.gemini_types import Content

from .._core.errors import ChatHistoryError
from .._core.wire_json import encode_json
from ._prepare import PreparedRequest, config_mapping, content_dicts, merge_configs, prepare
from ._response import GenerateContentResponse

if TYPE_CHECKING:
    from ._contents import ContentsInput

__all__ = ["FORMAT", "ChatBase", "decode_saved", "encode_turns"]

JSONObject = dict[str, Any]

FORMAT: Final = "pygenai.chat/1"


def _valid_turn(content: Any) -> bool:
    return isinstance(content, dict) and isinstance(content.get("parts"), list) and bool(content["parts"])


def _model_turn(response: GenerateContentResponse) -> JSONObject | None:
    content = response.content
    return content._data if content is not None and _valid_turn(content._data) else None


def _encode_turn(turn: Any) -> bytes:
    # orjson's result keeps its whole output buffer allocated (16 KiB for a small turn); a copy is exact-size.
    # encode_json refuses NaN and ±Infinity (orjson would store null) and nesting too deep to send.
    return bytes(memoryview(encode_json(turn)))


def encode_turns(turns: Sequence[Any]) -> list[bytes]:
    return [_encode_turn(turn) for turn in turns]


def decode_saved(data: bytes | bytearray | memoryview | str | Mapping[str, Any] | Sequence[Any]) -> JSONObject:
    if isinstance(data, bytes | bytearray | memoryview | str):
        try:
            data = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise ChatHistoryError(f"saved chat is not JSON: {exc}") from None
    if isinstance(data, list):
        data = {"history": data}
    if not isinstance(data, Mapping):
        raise ChatHistoryError(f"saved chat must be an object or a list of contents, not {type(data).__name__}")
    history = data.get("history")
    if not isinstance(history, list):
        raise ChatHistoryError("saved chat has no 'history' list")
    for index, content in enumerate(history):
        if not isinstance(content, dict) or not isinstance(content.get("parts", []), list):
            raise ChatHistoryError(f"history[{index}] is not a Content object (a dict with a 'parts' list)")
    model = data.get("model")
    if model is not None and not isinstance(model, str):
        raise ChatHistoryError("saved chat 'model' is not a string")
    return dict(data)


class ChatBase:
    """A chat's model, config and history (what the sync and async chats share)."""

    def __init__(
        self,
        *,
        model: str,
        config: Mapping[str, Any] | object | None = None,
        history: Sequence[Content | Mapping[str, Any]] | None = None,
    ) -> None:
        self.model = model
        self.config: dict[str, Any] = config_mapping(config)
        self._history: list[bytes] = encode_turns(content_dicts(history or []))

    @property
    def history(self) -> list[Content]:
        """The turns so far, as ``Content`` models decoded from the stored JSON.

        They are copies: to edit the history, change them and assign the list back (``chat.history = turns``);
        appending to the returned list does not change the chat either.
        """
        return [Content._wrap(orjson.loads(turn)) for turn in self._history]

    @history.setter
    def history(self, value: Sequence[Content | Mapping[str, Any]]) -> None:
        self._history = encode_turns(content_dicts(value))

    def truncate(self, length: int) -> None:
        """Keep the first ``length`` turns (a negative ``length`` drops that many from the end)."""
        del self._history[length:]

    def save(self) -> bytes:
        """The chat as JSON bytes: the model name and every turn exactly as stored (``load`` reads it back)."""
        document = {"format": FORMAT, "model": self.model, "history": [orjson.Fragment(t) for t in self._history]}
        return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)

    def _prepare(self, message: ContentsInput, config: Mapping[str, Any] | object | None) -> PreparedRequest:
        history = [orjson.Fragment(turn) for turn in self._history]
        return prepare(message, merge_configs(self.config, config), history=history)

    def _record(self, prepared: PreparedRequest, response: GenerateContentResponse) -> None:
        """Append the user turn, the function-calling turns and the model's answer, unless there is no answer."""
        answer = _model_turn(response)
        if answer is None:
            return
        self._history.extend(encode_turns(prepared.new_contents))
        afc = response.automatic_function_calling
        if afc is not None:
            self._history.extend(encode_turns(afc.history))
        self._history.append(_encode_turn(answer))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model!r}, turns={len(self._history)})"
