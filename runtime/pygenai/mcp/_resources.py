"""MCP resources and prompts as model input: what ``read_resource`` and ``get_prompt`` of a toolset return.

A resource read is a :class:`MCPResource`: ``resource.parts`` go into ``generate_content(contents=...)`` (Gemini
parts: text, or inline data for binary contents), ``resource.input`` into ``interactions.create(input=...)``
(content items: text, image, audio, video, document). A prompt is a :class:`MCPPrompt`: ``prompt.contents`` are
Gemini turns (``user``/``model``), ``prompt.input`` Interactions steps (``user_input``/``model_output``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, Final, TypeAlias

from ._results import field

__all__ = ["MCPPrompt", "MCPResource", "prompt_contents", "resource_contents"]

JSONObject: TypeAlias = dict[str, Any]

# Interactions content item type by media type prefix; anything else binary is a document.
_ITEM_TYPES: Final = (("image/", "image"), ("audio/", "audio"), ("video/", "video"))


@dataclasses.dataclass(frozen=True)
class MCPResource:
    """The contents of one ``resources/read``, ready to send to a model.

    ``uris`` are the URIs of the contents read (one resource may hold several); ``parts`` are Gemini parts and
    ``input`` the same as Interactions content items.

    Example::

        readme = await server.read_resource("file:///project/README.md")
        client.models.generate_content(model=..., contents=["Summarise this:", *readme.parts])
        client.interactions.create(model=..., input=["Summarise this:", *readme.input])
    """

    uris: list[str]
    parts: list[JSONObject]
    input: list[JSONObject]

    @property
    def text(self) -> str:
        """The text contents, joined by newlines (binary contents left out)."""
        return "\n".join(part["text"] for part in self.parts if "text" in part)


@dataclasses.dataclass(frozen=True)
class MCPPrompt:
    """A prompt of the server (``prompts/get``), filled in: its ``description`` and messages, as Gemini
    ``contents`` (turns with roles ``user``/``model``) and as Interactions ``input`` steps.

    Example::

        prompt = await server.get_prompt("code_review", {"code": source})
        client.models.generate_content(model=..., contents=prompt.contents)
    """

    description: str | None
    contents: list[JSONObject]
    input: list[JSONObject]


def resource_contents(result: Any) -> MCPResource:
    """A ``ReadResourceResult`` (either SDK line, or its wire dict) as a :class:`MCPResource`."""
    uris: list[str] = []
    parts: list[JSONObject] = []
    items: list[JSONObject] = []
    for contents in field(result, "contents") or []:
        uri = field(contents, "uri")
        if uri is not None:
            uris.append(str(uri))
        part, item = _contents_part(contents)
        parts.append(part)
        items.append(item)
    return MCPResource(uris, parts, items)


def _contents_part(contents: Any) -> tuple[JSONObject, JSONObject]:
    """One text or blob resource contents as a Gemini part and an Interactions content item."""
    text = field(contents, "text")
    if isinstance(text, str):
        return {"text": text}, {"type": "text", "text": text}
    mime = field(contents, "mime_type") or "application/octet-stream"
    data = field(contents, "blob") or ""
    kind = next((name for prefix, name in _ITEM_TYPES if mime.startswith(prefix)), "document")
    return {"inlineData": {"mimeType": mime, "data": data}}, {"type": kind, "data": data, "mime_type": mime}


def prompt_contents(result: Any) -> MCPPrompt:
    """A ``GetPromptResult`` (either SDK line, or its wire dict) as a :class:`MCPPrompt`: consecutive messages of one
    role make one turn."""
    contents: list[JSONObject] = []
    steps: list[JSONObject] = []
    for message in field(result, "messages") or []:
        role = "model" if field(message, "role") == "assistant" else "user"
        parts, items = _block_parts(field(message, "content"))
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].extend(parts)
            steps[-1]["content"].extend(items)
        else:
            contents.append({"role": role, "parts": parts})
            steps.append({"type": "model_output" if role == "model" else "user_input", "content": items})
    return MCPPrompt(field(result, "description"), contents, steps)


def _block_parts(block: Any) -> tuple[list[JSONObject], list[JSONObject]]:
    """One content block of a prompt message as Gemini parts and Interactions content items."""
    kind = field(block, "type")
    if kind == "text":
        text = field(block, "text") or ""
        return [{"text": text}], [{"type": "text", "text": text}]
    if kind in ("image", "audio"):
        mime, data = field(block, "mime_type"), field(block, "data")
        return [{"inlineData": {"mimeType": mime, "data": data}}], [{"type": kind, "data": data, "mime_type": mime}]
    if kind == "resource":
        part, item = _contents_part(field(block, "resource"))
        return [part], [item]
    if kind == "resource_link":
        text = _link_text(block)
        return [{"text": text}], [{"type": "text", "text": text}]
    raise ValueError(f"a prompt message holds a content block of unknown type {kind!r}")


def _link_text(block: Any) -> str:
    described: Sequence[str] = [
        str(value) for name in ("name", "description", "mime_type") if (value := field(block, name)) is not None
    ]
    suffix = f" ({'; '.join(described)})" if described else ""
    return f"[resource {field(block, 'uri')}{suffix}]"
