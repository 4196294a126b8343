"""What ``contents=`` and ``system_instruction=`` accept, turned into wire ``Content`` objects.

``generate_content(contents=...)`` takes what google-genai users write:

* a string: one user turn with one text part;
* a ``Part`` (model or wire dict such as ``{"inlineData": ...}``), or an uploaded ``File``: one user turn;
* a ``Content`` (model, or a dict with ``role``/``parts``): that turn, **sent as is** (a model's own dict,
  so a model turn taken from a response keeps its thought signatures and unknown fields);
* a list mixing all of these: consecutive strings, parts and files are gathered into one turn — a model
  turn for function-call parts, a user turn for the rest — each ``Content`` is its own turn, and a list inside
  the list is one user turn of its parts;
* google-genai's objects (``types.Part``, ``types.Content``, ...), read through their ``model_dump``.

A ``None`` in the list (``response.content`` of a response without one) is an error that names its index.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, TypeAlias

from pygenai_generated.gemini_types import Content, File, Part

from .._core.errors import UnencodableValueError
from .._core.model import WireModel, foreign_dict, type_label

__all__ = ["ContentInput", "ContentsInput", "PartInput", "to_contents", "to_part", "to_system_instruction"]

JSONObject: TypeAlias = dict[str, Any]

PartInput: TypeAlias = str | Part | File | Mapping[str, Any]
"""One part: text, a ``Part`` (model or wire dict) or an uploaded ``File``."""
ContentInput: TypeAlias = Content | PartInput
"""One turn, or one part of a user turn."""
ContentsInput: TypeAlias = ContentInput | Sequence[ContentInput | Sequence[PartInput] | None]
"""What ``contents=`` takes: one item or a list of them (``None`` is typed in so that ``response.content`` fits,
and refused at run time with its index)."""

_CONTENT_KEYS = frozenset(("role", "parts"))
# isinstance() tuples built once: a ``X | Y`` union in a call is built again on every call
_COMMON_INPUTS: Final = (str, Mapping, WireModel, list, tuple)
_ONE_ITEM: Final = (str, Mapping, WireModel)
_NESTED: Final = (list, tuple)


def _is_content_mapping(value: Mapping[str, Any]) -> bool:
    return bool(value) and value.keys() <= _CONTENT_KEYS


def to_part(value: Any) -> JSONObject:
    """The wire part for one part-like value (a string, a ``Part``, a part dict or a ``File``)."""
    value = _plain(value)
    if isinstance(value, str):
        return {"text": value}
    if isinstance(value, Part):
        return value._data
    if isinstance(value, File):
        uri = value.uri
        if not uri:
            raise ValueError(f"file {value.name or '?'} has no uri yet; wait until it is ACTIVE before using it")
        file_data: JSONObject = {"fileUri": uri}
        if value.mime_type:
            file_data["mimeType"] = value.mime_type
        return {"fileData": file_data}
    if isinstance(value, WireModel):
        raise TypeError(f"a {type_label(type(value), Part)} cannot be a part of contents")
    if isinstance(value, Mapping):
        return Part._coerce_mapping(value)
    raise TypeError(f"expected a str, Part, File or Content in contents, got {type_label(type(value), Part)}")


def _plain(value: Any) -> Any:
    """Another library's object (google-genai's ``types.Part``) as its dict; anything else unchanged."""
    if isinstance(value, _COMMON_INPUTS):  # the common inputs: no lookup
        return value
    dumped = foreign_dict(value)
    return dumped if dumped is not None else value


def _content(value: Any) -> JSONObject | None:
    """The wire Content for a content-like value, or ``None`` when the value is a part."""
    value = _plain(value)
    if isinstance(value, Content):
        return value._data
    if isinstance(value, Mapping) and not isinstance(value, WireModel) and _is_content_mapping(value):
        return Content._coerce_mapping(value)
    return None


def to_contents(value: Any) -> list[JSONObject]:
    """The wire ``contents`` list for any accepted ``contents=`` value (see the module docstring)."""
    if type(value) is str:  # the most common call of all: one user turn of text
        return [{"role": "user", "parts": [{"text": value}]}]
    value = _plain(value)
    items: Iterable[Any]
    if isinstance(value, _ONE_ITEM):
        items = (value,)
    elif isinstance(value, Sequence):
        items = value
    else:
        raise TypeError(f"contents must be a str, Part, Content or a list of them, got {type_label(type(value), Part)}")
    out: list[JSONObject] = []
    pending: list[JSONObject] = []
    for index, item in enumerate(items):
        if item is None:
            raise TypeError(
                f"contents[{index}] is None (a response's .content is None when it has no answer: see .outcome)"
            )
        try:
            content = _content(item)
            if content is None and isinstance(item, _NESTED):
                content = {"role": "user", "parts": [to_part(part) for part in item]}
            if content is None:
                pending.append(to_part(item))
                continue
        except UnencodableValueError as error:  # from a part given as a dict: named from the contents given
            raise error.within("contents" if items is not value else f"contents[{index}]") from None
        out.extend(_turns(pending))
        pending = []
        out.append(content)
    out.extend(_turns(pending))
    if not out:
        raise ValueError("contents is empty")
    return out


def _turns(parts: list[JSONObject]) -> list[JSONObject]:
    """Consecutive parts as turns: function calls in a model turn, anything else in a user turn."""
    turns: list[JSONObject] = []
    for part in parts:
        role = "model" if "functionCall" in part else "user"
        if turns and turns[-1]["role"] == role:
            turns[-1]["parts"].append(part)
        else:
            turns.append({"role": role, "parts": [part]})
    return turns


def to_system_instruction(value: Any) -> JSONObject:
    """The wire ``systemInstruction``: a string, part(s) or a ``Content``."""
    content = _content(value)
    if content is not None:
        return content
    items = value if isinstance(value, Sequence) and not isinstance(value, str) else (value,)
    return {"parts": [to_part(item) for item in items]}
