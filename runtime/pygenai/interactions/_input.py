"""What ``interactions.create(input=...)`` accepts, turned into the wire ``input``.

The wire takes a string, a list of content objects (``{"type": "text", ...}``, ``image``, ``audio``,
``document``, ``video``) or a list of steps (``user_input``, ``model_output``, ``thought``,
``function_call``, ``function_result``, ...). :func:`to_input` accepts:

* a string: sent as it is (one user turn of text);
* a content dict or model, a step dict or model: that object, **sent as is** (a step taken from a response keeps
  its signature and fields this version does not know); a content dict whose ``data`` is ``bytes`` has it
  base64-encoded;
* a pygenai ``File`` (uploaded with ``client.files.upload``): a content object pointing at its URI, its kind
  (image, audio, video, document) from its MIME type;
* ``bytes`` of an image, audio or PDF file whose format is recognised by its first bytes (PNG, JPEG, GIF, WebP,
  PDF, WAV, MP3, FLAC, OGG); other bytes need a content dict naming the ``mime_type``;
* an earlier ``Interaction``: its steps;
* a list mixing all of these. Without any step in it, the list is a list of contents; with steps, each run of
  contents (strings, files, bytes) between steps becomes one ``user_input`` step.

Anything else raises :class:`~pygenai.ConfigTypeError` naming where it is (``input[2]``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, TypeAlias

from pygenai_generated.gemini_types import File
from pygenai_generated.interactions_types import Interaction as _GeneratedInteraction

from .._core.errors import ConfigTypeError
from .._core.model import WireModel, encode_base64, foreign_dict

__all__ = ["CONTENT_TYPES", "InputItem", "InteractionInput", "input_steps", "to_input"]

JSONObject: TypeAlias = dict[str, Any]

InputItem: TypeAlias = str | bytes | File | WireModel | Mapping[str, Any]
"""One item of ``input``: text, bytes of a media file, an uploaded ``File``, a content or step (model or dict), or an
earlier ``Interaction``."""
InteractionInput: TypeAlias = InputItem | Sequence[InputItem]
"""What ``input=`` takes: one item or a list of them."""

CONTENT_TYPES: Final = frozenset({"text", "image", "audio", "document", "video"})
"""The ``type`` of a content object; any other ``type`` names a step."""

_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"fLaC", "audio/flac"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mp3"),
)


def _sniff(data: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    return None


def _kind(mime_type: str) -> str:
    """The content type for a MIME type: image, audio, video, or document for anything else."""
    head = mime_type.split("/", 1)[0]
    return head if head in ("image", "audio", "video") else "document"


def _file(value: File, where: str) -> JSONObject:
    uri = value.uri
    if not uri:
        raise ConfigTypeError(where, f"file {value.name or '?'} has no uri yet; wait until it is ACTIVE")
    mime = value.mime_type or "application/octet-stream"
    return {"type": _kind(mime), "uri": uri, "mime_type": mime}


def _bytes(value: bytes | bytearray | memoryview, where: str) -> JSONObject:
    data = bytes(value)
    mime = _sniff(data)
    if mime is None:
        raise ConfigTypeError(
            where,
            "bytes of an unrecognised format; pass a content dict with its MIME type, e.g. "
            "{'type': 'image', 'data': data, 'mime_type': 'image/heic'}",
        )
    return {"type": _kind(mime), "data": encode_base64(data), "mime_type": mime}


def _mapping(value: Mapping[str, Any], where: str) -> JSONObject:
    kind = value.get("type")
    if not isinstance(kind, str) or not kind:
        raise ConfigTypeError(
            where,
            f"a dict in input needs a 'type' (a content type such as 'text' or a step type), got {dict(value)!r:.80}",
        )
    out = dict(value)
    data = out.get("data")
    if isinstance(data, bytes | bytearray | memoryview):
        out["data"] = encode_base64(bytes(data))
    return out


def _items(value: Any, where: str) -> list[JSONObject]:
    """The wire objects (contents and steps) one input item stands for."""
    if isinstance(value, str):
        return [{"type": "text", "text": value}]
    if isinstance(value, _GeneratedInteraction):
        steps = value._data.get("steps")
        if not isinstance(steps, list):
            raise ConfigTypeError(where, f"interaction {value._data.get('id')!r} has no steps")
        return steps
    if isinstance(value, File):
        return [_file(value, where)]
    if isinstance(value, WireModel):
        return [_mapping(value._data, where)]
    if isinstance(value, bytes | bytearray | memoryview):
        return [_bytes(value, where)]
    if isinstance(value, Mapping):
        return [_mapping(value, where)]
    dumped = foreign_dict(value)  # google-genai's interaction types
    if dumped is not None:
        return [_mapping(dumped, where)]
    if value is None:
        raise ConfigTypeError(where, "is None")
    raise ConfigTypeError(
        where,
        f"expected a str, bytes, File, content or step (dict or model) or Interaction, got {type(value).__name__}",
    )


def _is_step(item: Any) -> bool:
    """Whether a wire item is a step (a conversation's stored steps, kept as JSON fragments, are steps)."""
    return not isinstance(item, dict) or item.get("type") not in CONTENT_TYPES


def to_input(value: Any) -> str | list[JSONObject]:
    """The wire ``input`` for any accepted ``input=`` value (see the module docstring)."""
    if isinstance(value, str):
        return value
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        if not value:
            raise ConfigTypeError("input", "is empty")
        items: list[JSONObject] = []
        for index, item in enumerate(value):
            items.extend(_items(item, f"input[{index}]"))
    else:
        items = _items(value, "input")
    if not any(_is_step(item) for item in items):
        return items
    steps: list[JSONObject] = []
    pending: list[JSONObject] = []
    for item in items:
        if _is_step(item):
            if pending:
                steps.append({"type": "user_input", "content": pending})
                pending = []
            steps.append(item)
        else:
            pending.append(item)
    if pending:
        steps.append({"type": "user_input", "content": pending})
    return steps


def input_steps(wire_input: str | list[Any]) -> list[Any]:
    """A wire ``input`` as steps, for replaying it before later steps: text or contents become a ``user_input`` step."""
    if isinstance(wire_input, str):
        return [{"type": "user_input", "content": [{"type": "text", "text": wire_input}]}]
    if any(_is_step(item) for item in wire_input):
        return wire_input
    return [{"type": "user_input", "content": wire_input}]
