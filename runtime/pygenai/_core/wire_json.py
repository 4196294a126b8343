"""Writing JSON: whatever pygenai reads it can write back, and what JSON cannot carry is refused with its path.

orjson reads JSON nested up to 1024 levels but writes only 254, raising a bare ``TypeError`` beyond, and it writes
NaN and ±Infinity as ``null`` (JSON has no such numbers). Left alone, a response nested 300 levels deep decodes but
cannot be written back (``to_json()``, a chat's history, the next request of a function-calling loop: the answer
is lost after the request succeeded), and a NaN in a config or a function response reaches the model as ``null``.

* nesting: :func:`dump_json` is ``orjson.dumps``, and when orjson gives up, the value is rebuilt bottom-up with
  every subtree of :data:`CHUNK_DEPTH` levels replaced by its own JSON (an ``orjson.Fragment``, which orjson copies
  without descending), so anything up to :data:`MAX_DEPTH` (what orjson reads) is written; deeper input raises
  :class:`UnencodableValueError`. Decoding needs no check of its own: orjson refuses more than :data:`MAX_DEPTH`
  levels as invalid JSON.
* non-finite numbers are refused where they can come in, not on every write: JSON that orjson decoded cannot hold
  them (orjson refuses the ``NaN`` and ``Infinity`` literals), so only values set in Python can. A model checks
  what its constructors, setters and ``from_dict`` are given (:func:`check_json`), so its ``to_json()`` is
  :func:`dump_json` alone; what is sent (a request body, a chat turn, a batch line) goes through
  :func:`encode_json`, which also checks: a short output is searched for ``null`` (where orjson wrote a NaN), a
  long one has its input walked for floats instead (the search costs per byte, the walk per value; a chat's stored
  turns are fragments, one step each). Either finding sends the input through :func:`find_unencodable` for the
  path; ``None`` and the text "null" make that happen for nothing, at the cost of one walk.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Callable
from typing import Any, Final

import orjson

from .errors import UnencodableValueError

__all__ = ["CHUNK_DEPTH", "MAX_DEPTH", "check_json", "dump_json", "encode_json", "find_unencodable"]

MAX_DEPTH: Final = 1024
"""The deepest nesting of arrays and objects orjson reads, and so the deepest :func:`encode_json` writes."""

CHUNK_DEPTH: Final = 16
"""Levels written in one ``orjson.dumps`` on the deep path. Few, though orjson writes 254: after a fragment it
keeps 32 bytes of room and writes the closing brackets that follow without checking for more, so a fragment with
200 containers to close ran past the end of its buffer (orjson 3.13, seen by the fuzzer under ``PYTHONMALLOC=debug``:
``tests/fuzz/test_fuzz_responses.py``). With 16, at most 15 brackets follow a fragment."""

_SCANNED_BYTES: Final = 8192
"""Outputs up to this size are searched for ``null``; longer ones have their input walked for floats."""

_Key = str | int | None


def encode_json(value: Any, *, default: Callable[[Any], Any] | None = None, option: int | None = None) -> bytes:
    """``orjson.dumps(value)``, also for nesting past orjson's 254 levels, refusing NaN and ±Infinity.

    For values that may hold what a user set (a request body, a chat turn, a batch line). Raises
    :class:`UnencodableValueError` with the path of a non-finite number or of a value nested deeper than
    :data:`MAX_DEPTH`; a value of a type orjson cannot write (and ``default`` does not convert) raises orjson's
    ``TypeError`` as before.
    """
    out = dump_json(value, default=default, option=option)
    # (bytes.find rather than `in`, which takes twice as long on a short body)
    if out.find(b"null") >= 0 if len(out) <= _SCANNED_BYTES else _has_non_finite(value, default):
        check_json(value, default)
    return out


def dump_json(value: Any, *, default: Callable[[Any], Any] | None = None, option: int | None = None) -> bytes:
    """``orjson.dumps(value)``, also for nesting past orjson's 254 levels, with no search for NaN or ±Infinity.

    For values already checked where they came in: a model's JSON (its constructors, setters and ``from_dict``
    check what they are given, and JSON that orjson decoded cannot hold NaN or ±Infinity: it refuses those
    literals). Nesting deeper than :data:`MAX_DEPTH` raises :class:`UnencodableValueError` with its path, and so
    does a non-finite number in a value nested past 254 levels (found by the same walk).
    """
    try:
        return orjson.dumps(value, default=default, option=option)
    except orjson.JSONEncodeError:
        problem = find_unencodable(value, default)
        if problem is not None:
            raise UnencodableValueError(*problem) from None
        # Deep, and (as the walk just found) with nothing else wrong: written in chunks.
        return orjson.dumps(_chunked(value, default, option), default=default, option=option)


def check_json(value: Any, default: Callable[[Any], Any] | None = None, *, root: str = "") -> None:
    """Raise :class:`UnencodableValueError` for a NaN or infinite number in ``value``, with its path under ``root``.

    Where values come in (a model's constructors and setters): a string, integer, boolean or ``None`` returns at
    once, anything else is walked. Nesting too deep is left to encoding, which refuses it with its path.
    """
    kind = type(value)
    if value is None or kind is str or kind is int or kind is bool:
        return
    if kind is float and math.isfinite(value):
        return
    if _has_non_finite(value, default):
        problem = find_unencodable(value, default, root=root)
        if problem is not None:
            raise UnencodableValueError(*problem)


def find_unencodable(
    value: Any,
    default: Callable[[Any], Any] | None = None,
    *,
    root: str = "",
    start_depth: int = 0,
    max_depth: int = MAX_DEPTH,
) -> tuple[str, str] | None:
    """``(path, reason)`` of the first value JSON cannot carry as written, or ``None``.

    That is a float that is NaN or infinite, or an array or object nested deeper than ``max_depth``. The walk is
    iterative (a value nested past Python's recursion limit is no problem) and follows what orjson follows: dicts,
    lists, tuples, dataclasses, enum values, and whatever ``default`` turns an object into. ``root`` prefixes the
    path (``"$"`` gives ``$.items[2]``); ``start_depth`` is how deep ``value`` itself sits.
    """
    # Each node: (value, depth, index of its parent node, its key in the parent); the path is built only on a hit.
    nodes: list[tuple[Any, int, int, _Key]] = [(value, start_depth, -1, None)]
    pending = [0]
    while pending:
        index = pending.pop()
        item, depth, _, _ = nodes[index]
        item = _as_encoded(item, default)
        if isinstance(item, float):
            if not math.isfinite(item):
                reason = f"{item!r} cannot be sent: JSON has no NaN or Infinity (it would go out as null)"
                return _path(nodes, index, root), reason
            continue
        if isinstance(item, dict):
            members: list[tuple[_Key, Any]] = list(item.items())
        elif isinstance(item, list | tuple):
            members = list(enumerate(item))
        else:
            continue
        if depth >= max_depth:
            return _path(nodes, index, root), f"nested more than {max_depth} arrays and objects deep"
        for key, child in reversed(members):
            nodes.append((child, depth + 1, index, key))
            pending.append(len(nodes) - 1)
    return None


def _has_non_finite(value: Any, default: Callable[[Any], Any] | None) -> bool:
    """Whether a float that is NaN or infinite is anywhere in ``value`` (the walk of :func:`find_unencodable`,
    without its bookkeeping: strings and fragments are single steps however long)."""
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is dict:
            pending.extend(item.values())
        elif kind is list or kind is tuple:
            pending.extend(item)
        elif kind is float:
            if not math.isfinite(item):
                return True
        elif item is not None and kind is not str and kind is not int and kind is not bool:
            converted = _as_encoded(item, default)
            if converted is not item:
                pending.append(converted)
            elif isinstance(item, float | dict | list | tuple):  # a subclass: what orjson reads of it
                pending.append(float(item) if isinstance(item, float) else _plain_container(item))
    return False


def _plain_container(item: Any) -> Any:
    return dict(item) if isinstance(item, dict) else list(item)


def _as_encoded(item: Any, default: Callable[[Any], Any] | None) -> Any:
    """What orjson writes in place of ``item``: an enum's value, a dataclass's fields, ``default``'s conversion."""
    for _ in range(8):  # a conversion may give another object to convert; a cycle is cut short
        if item is None or isinstance(item, str | int | float | dict | list | tuple | orjson.Fragment):
            return item
        if isinstance(item, enum.Enum):
            item = item.value
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            return {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
        elif default is not None:
            try:
                item = default(item)
            except TypeError:
                return item
        else:
            return item
    return item


def _chunked(value: Any, default: Callable[[Any], Any] | None, option: int | None) -> Any:
    """``value`` rebuilt so that no part is more than :data:`CHUNK_DEPTH` levels deep for orjson: each subtree that
    reaches that height is replaced by its JSON as an ``orjson.Fragment`` (children first, without recursion)."""
    done: list[tuple[Any, int]] = []  # rebuilt values with their heights, in document order
    pending: list[tuple[Any, bool]] = [(value, False)]
    while pending:
        item, expanded = pending.pop()
        if not expanded:
            item = _as_encoded(item, default)
        if not isinstance(item, dict | list | tuple):
            done.append((item, 0))
            continue
        members = list(item.values()) if isinstance(item, dict) else list(item)
        if not expanded:
            pending.append((item, True))
            pending.extend((member, False) for member in reversed(members))
            continue
        children = done[len(done) - len(members) :]
        del done[len(done) - len(members) :]
        height = 1 + max((h for _, h in children), default=0)
        values = [v for v, _ in children]
        rebuilt: Any = dict(zip(item.keys(), values, strict=True)) if isinstance(item, dict) else values
        if height >= CHUNK_DEPTH:
            rebuilt, height = orjson.Fragment(orjson.dumps(rebuilt, default=default, option=option)), 0
        done.append((rebuilt, height))
    return done[0][0]


def _path(nodes: list[tuple[Any, int, int, _Key]], index: int, root: str) -> str:
    keys: list[str] = []
    while index > 0:
        _, _, parent, key = nodes[index]
        if isinstance(key, int):
            keys.append(f"[{key}]")
        elif key is not None:
            keys.append(f".{key}")
        index = parent
    return (root + "".join(reversed(keys))).lstrip(".")
