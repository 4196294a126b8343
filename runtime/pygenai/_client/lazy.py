"""A client attribute whose resource is made, and its module imported, on first use."""

from __future__ import annotations

from importlib import import_module
from typing import Any, Generic, TypeVar, overload

__all__ = ["LazyResource"]

R = TypeVar("R")


class LazyResource(Generic[R]):
    """A class attribute ``name = LazyResource("module", "Class")``: ``client.name`` imports ``module``, makes
    ``Class(client)`` once and keeps it on the client (so later reads are plain attribute reads)."""

    __slots__ = ("_class_name", "_module", "_name")

    def __init__(self, module: str, class_name: str) -> None:
        self._module = module
        self._class_name = class_name
        self._name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> LazyResource[R]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any]) -> R: ...
    def __get__(self, instance: object | None, owner: type[Any]) -> LazyResource[R] | R:
        if instance is None:
            return self
        cls = getattr(import_module(self._module), self._class_name)
        resource: R = cls(instance)
        instance.__dict__[self._name] = resource
        return resource

    @property
    def target(self) -> str:
        """``module:Class`` of the resource."""
        return f"{self._module}:{self._class_name}"

    def __repr__(self) -> str:
        return f"LazyResource({self.target!r})"
