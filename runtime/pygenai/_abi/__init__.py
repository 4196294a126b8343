"""The runtime as generated code sees it: the only package ``pygenai_generated`` imports.

Moving anything inside the runtime never forces a regeneration, as long as these names stay. Models, their
mixins (:mod:`pygenai._abi.mixins`: ``Part.from_text``, ``Interaction.output_text``, ...) and operation facts load
with this package; the resource and stream base classes load when a resources module asks for them (the I/O layer
is not needed to use models).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .._core.model import (
    UnknownModel,
    WireModel,
    check_fields,
    encode_base64,
    encode_int64,
    encode_model_list,
    encode_model_map,
    encode_union,
    get_any,
    get_bool,
    get_bool_list,
    get_bytes,
    get_bytes_list,
    get_float,
    get_float_list,
    get_int,
    get_int64,
    get_int64_list,
    get_int_list,
    get_list,
    get_map,
    get_model,
    get_model_list,
    get_model_map,
    get_object,
    get_str,
    get_str_list,
    get_union,
    get_union_list,
)
from .._core.operation import Operation, PathParam
from .._core.options import ConfigInput, RequestOptions
from .mixins import InteractionMixin, PartMixin

if TYPE_CHECKING:
    from .._io._async.pager import AsyncPager
    from .._io._async.resource import AsyncResource
    from .._io._async.stream import AsyncStream
    from .._io._sync.pager import Pager
    from .._io._sync.resource import Resource
    from .._io._sync.stream import Stream

__all__ = [
    "AsyncPager",
    "AsyncResource",
    "AsyncStream",
    "ConfigInput",
    "InteractionMixin",
    "Operation",
    "Pager",
    "PartMixin",
    "PathParam",
    "RequestOptions",
    "Resource",
    "Stream",
    "UnknownModel",
    "WireModel",
    "check_fields",
    "encode_base64",
    "encode_int64",
    "encode_model_list",
    "encode_model_map",
    "encode_union",
    "get_any",
    "get_bool",
    "get_bool_list",
    "get_bytes",
    "get_bytes_list",
    "get_float",
    "get_float_list",
    "get_int",
    "get_int64",
    "get_int64_list",
    "get_int_list",
    "get_list",
    "get_map",
    "get_model",
    "get_model_list",
    "get_model_map",
    "get_object",
    "get_str",
    "get_str_list",
    "get_union",
    "get_union_list",
]

_LAZY = {
    "AsyncPager": ".._io._async.pager",
    "Pager": ".._io._sync.pager",
    "AsyncResource": ".._io._async.resource",
    "Resource": ".._io._sync.resource",
    "AsyncStream": ".._io._async.stream",
    "Stream": ".._io._sync.stream",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pygenai._abi' has no attribute {name!r}")
    value = getattr(import_module(module, __package__), name)
    globals()[name] = value
    return value
