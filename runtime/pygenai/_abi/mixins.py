"""Behaviour that generated models carry: google-genai's constructors and helpers, under the names people type.

Each generated class named in the generator's mixin table (``MIXINS`` in ``codegen/emit/models.py``) also derives
from one of these: ``class Part(_Model, PartMixin)``. A mixin reads the model's wire JSON (``self._data``) or
builds through the class's own generated constructor (which turns nested mappings, Python names and bytes into
wire JSON), so it never imports generated code, and it works for every API whose schema it is mixed into (the
Gemini and Live APIs' ``Part``). Mixins have no slots: a model stays a view over one dict.
"""

from __future__ import annotations

import binascii
import enum
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from .._core.errors import MissingDependencyError, ResponseDecodeError
from .._core.model import decode_base64

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["InteractionMixin", "PartMixin", "latest_text_items"]

T = TypeVar("T")


def _construct(cls: type[T], **fields: Any) -> T:
    """``cls(**fields)``: the generated constructor of the model class a mixin is part of."""
    return cast("Callable[..., T]", cls)(**fields)


def _media_resolution(value: object) -> dict[str, Any]:
    """``media_resolution=`` as google-genai takes it: a level (``"MEDIA_RESOLUTION_HIGH"``, or its enum), or a
    ``MediaResolution`` (a model or a mapping); nothing when not given."""
    if value is None:
        return {}
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        return {"media_resolution": {"level": value}}
    return {"media_resolution": value}


class PartMixin:
    """google-genai's ``Part`` constructors (``Part.from_text``, ``from_bytes``, ``from_uri``, ``from_function_call``,
    ``from_function_response``, ...) and ``part.as_image()``.

    The constructors take keyword arguments only, as google-genai's do, and build the same wire JSON as the
    ``Part(...)`` constructor given the matching fields.
    """

    __slots__ = ()

    _data: dict[str, Any]

    @classmethod
    def from_text(cls, *, text: str) -> Self:
        """A text part: ``Part.from_text(text="Describe this picture.")``."""
        return _construct(cls, text=text)

    @classmethod
    def from_bytes(cls, *, data: bytes, mime_type: str, media_resolution: Any = None) -> Self:
        """Inline data, sent as base64: ``Part.from_bytes(data=png, mime_type="image/png")``.

        ``media_resolution`` is a level (``"MEDIA_RESOLUTION_HIGH"``) or a ``MediaResolution`` (Gemini API only).
        """
        inline = {"data": data, "mime_type": mime_type}
        return _construct(cls, inline_data=inline, **_media_resolution(media_resolution))

    @classmethod
    def from_uri(cls, *, file_uri: str, mime_type: str | None = None, media_resolution: Any = None) -> Self:
        """A file by URI (an uploaded file's ``uri``, a ``gs://`` object, a web address): ``fileData``.

        Without ``mime_type`` the type is guessed from the URI's extension (as google-genai does); a URI without a
        known extension (a Files API URI) raises ``ValueError``: pass ``mime_type=``.
        """
        if mime_type is None:
            import mimetypes  # only here: it reads the system's type tables on first use

            mime_type, _ = mimetypes.guess_type(file_uri)
            if not mime_type:
                raise ValueError(f"Failed to determine mime type for file: {file_uri} (pass mime_type=)")
        file_data = {"file_uri": file_uri, "mime_type": mime_type}
        return _construct(cls, file_data=file_data, **_media_resolution(media_resolution))

    @classmethod
    def from_function_call(cls, *, name: str, args: Mapping[str, Any]) -> Self:
        """A function call, as the model sends it (to rebuild a history by hand)."""
        return _construct(cls, function_call={"name": name, "args": args})

    @classmethod
    def from_function_response(
        cls, *, name: str, response: Mapping[str, Any], parts: Sequence[Any] | None = None
    ) -> Self:
        """The answer to a function call: ``Part.from_function_response(name="get_weather", response={...})``.

        ``parts`` are ``FunctionResponsePart`` s (or mappings) that go with it (an image the function made).
        """
        function_response: dict[str, Any] = {"name": name, "response": response}
        if parts is not None:
            function_response["parts"] = parts
        return _construct(cls, function_response=function_response)

    @classmethod
    def from_executable_code(cls, *, code: str, language: str) -> Self:
        """Code the model wrote for the code-execution tool (``language="PYTHON"``)."""
        return _construct(cls, executable_code={"code": code, "language": language})

    @classmethod
    def from_code_execution_result(cls, *, outcome: str, output: str) -> Self:
        """The result of running such code (``outcome="OUTCOME_OK"``)."""
        return _construct(cls, code_execution_result={"outcome": outcome, "output": output})

    def as_image(self) -> Image | None:
        """The part's inline image as a Pillow image (``PIL.Image.Image``); ``None`` when the part holds no inline
        data whose MIME type is ``image/*``.

        Needs Pillow (``pip install pillow``); without it, an image part raises
        :class:`~pygenai.MissingDependencyError`. Data that is not base64, or not an image Pillow reads, raises
        :class:`~pygenai.ResponseDecodeError` (Pillow's own error is its ``__cause__``).
        """
        inline = self._data.get("inlineData")
        if not isinstance(inline, dict):
            return None
        mime_type, data = inline.get("mimeType"), inline.get("data")
        if not (isinstance(mime_type, str) and mime_type.startswith("image/") and isinstance(data, str) and data):
            return None
        try:
            from PIL import Image as PILImage
        except ImportError:
            raise MissingDependencyError("pillow", f"{type(self).__name__}.as_image()") from None
        base = getattr(self, "_path", str)()  # the part's path from the decoded root, when it is a view
        path = f"{base}.inlineData.data" if base else "inlineData.data"
        try:
            raw = decode_base64(data)
        except (binascii.Error, ValueError):
            raise ResponseDecodeError(path, "expected base64 string", data[:40]) from None
        import io

        try:
            image = PILImage.open(io.BytesIO(raw))
            image.load()  # decode now: a broken image fails here, not at first use
        except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, ... for broken files
            raise ResponseDecodeError(path, f"not an image Pillow can read ({exc})", data[:40]) from exc
        return image


class InteractionMixin:
    """google-genai's ``interaction.output_text`` on the Interactions API's ``Interaction``."""

    __slots__ = ()

    _data: dict[str, Any]

    @property
    def output_text(self) -> str:
        """The text of the model's latest output, concatenated; ``""`` when it has none.

        As google-genai computes it: the text items of the ``model_output`` steps after the last ``user_input``
        step, walking back from the end. Thought steps are skipped; a tool step (a function call or result, a
        search, ...) or a non-text item (an image) met after text has been found ends the text, one met before is
        passed over. (An interaction without ``steps`` but with the older ``outputs`` reads those as one
        ``model_output`` step.)
        """
        items = latest_text_items(self._data) or []
        return "".join(text if isinstance(text := item.get("text"), str) else "" for item in items)


def latest_text_items(data: Mapping[str, Any]) -> list[Mapping[str, Any]] | None:
    """The text items of an interaction's latest model output, in order; ``None`` when it has none.

    The walk of :attr:`InteractionMixin.output_text` (google-genai's): back from the end to the last ``user_input``
    step, skipping thought steps; a tool step or a non-text item met after text has been found ends the text, one
    met before is passed over. An interaction without ``steps`` but with the older ``outputs`` reads those as one
    ``model_output`` step.
    """
    steps = data.get("steps")
    if not isinstance(steps, list):
        outputs = data.get("outputs")
        steps = [{"type": "model_output", "content": outputs}] if isinstance(outputs, list) else []
    items: list[Mapping[str, Any]] = []
    collecting = False
    for step in reversed(steps):
        kind = step.get("type") if isinstance(step, dict) else None
        if kind == "user_input":
            break
        if kind == "thought":
            continue
        if kind != "model_output":
            if collecting:
                break
            continue
        content = step.get("content")
        if not isinstance(content, list):
            continue
        stop = False
        for item in reversed(content):
            if isinstance(item, dict) and item.get("type") == "text":
                collecting = True
                items.append(item)
            elif collecting:
                stop = True
                break
        if stop:
            break
    if not collecting:
        return None
    items.reverse()
    return items
