"""Spec -> resource classes (sync and async) with one typed method per operation.

Generated methods only build wire JSON from their arguments and hand an :class:`Operation` to the
runtime (``self._call`` / ``self._stream`` / ``self._paginate``); every behaviour lives in the runtime.

A list operation (a ``pageToken`` query parameter, and a response with ``nextPageToken`` and exactly one list of
objects) becomes a method returning a pager over all its pages, typed with the page and the item
(``AsyncPager[ListModelsResponse, Model]``); it takes google-genai's ``config=`` too, whose keys are its query
parameters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import CodegenError
from .naming import attribute, constant, export_order, pascal, snake
from .typing_map import FieldType, SchemaIndex, resolve

_METHODS = ("get", "put", "post", "delete", "patch")
_PREFIX_PATTERN = re.compile(r"^\^([A-Za-z]+)/\[\^/\]\+\$$")


@dataclass
class Param:
    name: str
    wire: str
    type: FieldType
    required: bool
    where: str  # path, query, body


@dataclass
class Method:
    name: str
    op_const: str
    op_id: str
    http: str
    path: str
    params: list[Param]
    response: str | None  # decode expression for the JSON body
    response_type: str
    stream: str | None
    stream_decode: str | None
    stream_type: str | None
    stream_query: dict[str, str]
    path_params: list[tuple[str, bool, str]]
    upload: dict[str, str]
    stream_done: str | None = None
    stream_resume: str | None = None
    media: bool = False  # answers with raw bytes (a download), not JSON
    pager: tuple[str, str] | None = None  # a list operation: (the page's items attribute, the item class)


@dataclass
class Resource:
    trail: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return "".join(pascal(t) for t in self.trail)


@dataclass
class ClientsModule:
    text: str
    operations: int
    methods: int
    resources: int


def _method_name_interactions(op_id: str, resource: str) -> str:
    words = snake(op_id).split("_")
    singular = resource.rstrip("s")
    kept = [w for w in words if w not in (resource, singular, "by", "id")]
    return "_".join(kept) or words[0]


def _decode_for(index: SchemaIndex, schema: dict[str, Any] | None) -> tuple[str | None, str]:
    if not schema or "$ref" not in schema:
        return None, "None"
    name = index.target(schema["$ref"])
    kind = index.kinds[name]
    if kind == "model":
        return f"{name}._wrap", name
    if kind == "union":
        return f"decode_{name}", name
    raise CodegenError(f"response schema {name} is neither an object nor a discriminated union")


def _pager_of(index: SchemaIndex, op: dict[str, Any], response: dict[str, Any] | None) -> tuple[str, str] | None:
    """(items attribute, item class) of a list operation: a ``pageToken`` query parameter, and a response with
    ``nextPageToken`` and exactly one list of objects (``ListOperationsResponse.unreachable``, strings, is none)."""
    query = {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
    if not query & {"pageToken", "page_token"} or not response or "$ref" not in response:
        return None
    page = index.schemas[index.target(response["$ref"])]
    properties: dict[str, Any] = page.get("properties", {})
    if not properties.keys() & {"nextPageToken", "next_page_token"}:
        return None
    lists = [
        (wire, index.target(sub["items"]["$ref"]))
        for wire, sub in properties.items()
        if sub.get("type") == "array" and "$ref" in sub.get("items", {})
    ]
    if len(lists) != 1 or index.kinds[lists[0][1]] not in ("model", "union"):
        return None
    return attribute(lists[0][0]), lists[0][1]


def _body_params(index: SchemaIndex, op: dict[str, Any], taken: set[str], *, partial: bool) -> list[Param]:
    """The request body's fields as keyword parameters; with ``partial`` (an update with a field mask) none is
    required, since only the masked fields are sent."""
    body = op.get("requestBody")
    if not body:
        return []
    schema = body.get("content", {}).get("application/json", {}).get("schema")
    if not schema:
        return []
    variants = schema.get("oneOf") or [schema]
    props: dict[str, tuple[str, dict[str, Any]]] = {}
    required_sets: list[set[str]] = []
    for variant in variants:
        name = index.target(variant["$ref"])
        target = index.schemas[name]
        required_sets.append(set(target.get("required", [])))
        for wire, sub in target.get("properties", {}).items():
            props.setdefault(wire, (name, sub))
    required = set.intersection(*required_sets) if required_sets else set()
    out: list[Param] = []
    for wire, (owner, sub) in props.items():
        py = attribute(wire)
        if py in taken or "const" in sub or sub.get("readOnly"):
            continue
        taken.add(py)
        ftype = resolve(index, sub, owner, wire)
        out.append(Param(py, wire, ftype, wire in required and len(variants) == 1 and not partial, "body"))
    return out


def _collect(spec: dict[str, Any], api: str, index: SchemaIndex) -> tuple[Resource, int]:
    root = Resource(())
    count = 0
    merged: dict[tuple[str, str], Method] = {}
    for raw_path, item in spec.get("paths", {}).items():
        for verb in _METHODS:
            if verb not in item:
                continue
            op = item[verb]
            count += 1
            if api == "gemini":
                trail = tuple(op["x-resource"].split("."))
                name = snake(op["x-method"])
                path = op["x-path"]
            else:
                path = raw_path.split("?", 1)[0]
                segments = [s for s in path.split("/") if s and not s.startswith("{")]
                trail = (segments[0].split(":")[0],)
                name = _method_name_interactions(op["operationId"], trail[0])
                if ":" in path.rsplit("/", 1)[-1]:
                    name = snake(path.rsplit(":", 1)[-1])
            key = (".".join(trail), name)
            if key in merged:
                continue  # overloads of one operation (Interactions create ?model / ?agent) share a method
            taken: set[str] = set()
            params: list[Param] = []
            path_params: list[tuple[str, bool, str]] = []
            for p in op.get("parameters", []):
                if p["in"] == "path":
                    if p["name"] == "api_version":
                        path_params.append(("api_version", False, ""))
                        continue
                    py = attribute(p["name"])
                    pattern = p.get("schema", {}).get("pattern", "")
                    match = _PREFIX_PATTERN.match(pattern)
                    path_params.append(
                        (p["name"], bool(p.get("x-reserved-expansion")), f"{match.group(1)}/" if match else "")
                    )
                    params.append(Param(py, p["name"], FieldType("str", "str", ""), True, "path"))
                    taken.add(py)
            for p in op.get("parameters", []):
                if p["in"] == "query":
                    py = attribute(p["name"])
                    taken.add(py)
                    params.append(
                        Param(py, p["name"], resolve(index, p.get("schema", {}), "Query", p["name"]), False, "query")
                    )
            partial = verb == "patch" and any(
                p["in"] == "query" and p["name"] == "updateMask" for p in op.get("parameters", [])
            )
            params += _body_params(index, op, taken, partial=partial)
            response_schema = (
                op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {}).get("schema")
            )
            decode, rtype = _decode_for(index, response_schema)
            stream = op.get("x-stream")
            stream_decode = stream_type = None
            if stream:
                event = op.get("x-stream-event") or response_schema
                stream_decode, stream_type = _decode_for(index, event)
            upload = dict(op.get("x-media-upload", {}).get("protocols", {}))
            media = bool(op.get("x-media-download")) and response_schema is None
            pager = None if stream else _pager_of(index, op, response_schema)
            if pager is not None and any(p.name == "config" for p in params):
                raise CodegenError(f"{op.get('operationId')}: a list operation with a config parameter")
            method = Method(
                name,
                f"_OP_{constant('_'.join(trail))}_{constant(name)}",
                op.get("operationId", name),
                verb.upper(),
                path,
                params,
                decode,
                rtype,
                stream,
                stream_decode,
                stream_type,
                dict(op.get("x-stream-query", {})),
                path_params,
                upload,
                op.get("x-stream-done"),
                op.get("x-stream-resume"),
                media,
                pager,
            )
            merged[key] = method
            node = root
            for depth, part in enumerate(trail):
                node = node.children.setdefault(part, Resource(trail[: depth + 1]))
            node.methods.append(method)
    return root, count


def _signature(m: Method, stream_literal: str | None) -> str:
    ordered = [p for p in m.params if p.required] + [p for p in m.params if not p.required]
    parts = ["self", "*"] if ordered or stream_literal or m.pager else ["self"]
    for p in ordered:
        if stream_literal is not None and p.name == "stream":
            continue
        parts.append(f"{p.name}: {p.type.into}" if p.required else f"{p.name}: {p.type.into} | None = None")
    if stream_literal is not None:
        parts.append(f"stream: {stream_literal}")
    if m.pager is not None:
        parts.append("config: ConfigInput | None = None")
    parts.append("**options: Unpack[RequestOptions]")
    return ", ".join(parts)


def _call_body(m: Method, mode: str, is_async: bool) -> list[str]:
    lines: list[str] = []
    path = ", ".join(f'"{p.wire}": {p.name}' for p in m.params if p.where == "path")
    query = [p for p in m.params if p.where == "query"]
    body = [p for p in m.params if p.where == "body"]
    query_expr = "None"
    if query or mode == "maybe-query":
        entries = [f'"{p.wire}": {p.name}' for p in query]
        if mode == "maybe-query":
            entries.insert(0, '"stream": "true" if stream else None')
        query_expr = "{" + ", ".join(entries) + "}"
    body_expr = "None"
    if body:
        body_expr = "body"
        lines.append("        body: dict[str, Any] = {}")
        for p in body:
            value = p.type.encode.format(v=p.name)
            if p.required:
                lines.append(f'        body["{p.wire}"] = {value}')
            else:
                lines.append(f"        if {p.name} is not None:")
                lines.append(f'            body["{p.wire}"] = {value}')
    aw = "await " if is_async else ""
    args = f"path={{{path}}}, query={query_expr}, body={body_expr}, options=options)"
    stream_call = f"return {aw}self._stream({m.op_const}, {m.stream_decode}, {args}"
    plain_call = f"return {aw}self._call({m.op_const}, {m.response or '_discard'}, {args}"
    if m.media:
        media_args = f"path={{{path}}}, query={query_expr}, options=options)"
        lines.append(f"        return {aw}self._download({m.op_const}, {media_args}")
    elif mode == "stream":
        lines.append("        " + stream_call)
    elif mode.startswith("maybe"):
        lines += ["        if stream:", "            " + stream_call, "        " + plain_call]
    else:
        lines.append("        " + plain_call)
    return lines


def _pager_text(m: Method, is_async: bool) -> list[str]:
    """A list operation: a plain ``def`` in both classes, returning a pager that fetches as it is used (an async
    pager is iterated with ``async for``, or awaited for its first page)."""
    assert m.pager is not None
    field_name, item = m.pager
    pager_cls = "AsyncPager" if is_async else "Pager"
    path = ", ".join(f'"{p.wire}": {p.name}' for p in m.params if p.where == "path")
    query = ", ".join(f'"{p.name}": {p.name}' for p in m.params if p.where == "query")
    return [
        f"    def {m.name}({_signature(m, None)}) -> {pager_cls}[{m.response_type}, {item}]:",
        f'        """``{m.http} {m.path}`` ({m.op_id}): every page, fetched as iteration reaches it.',
        "",
        f"        Iterate for each ``{item}``; ``.pages()`` gives the pages. ``config`` takes google-genai's list",
        "        config (a mapping or an object with ``model_dump``) whose keys are this method's keyword arguments.",
        '        """',
        "        return self._paginate(",
        f"            {m.op_const},",
        f"            {m.response}," if m.response else "            _discard,",
        f"            lambda page: page.{field_name},",
        f"            path={{{path}}},",
        f"            query={{{query}}},",
        "            config=config,",
        "            options=options,",
        "        )",
        "",
    ]


def _method_text(m: Method, is_async: bool) -> list[str]:
    if m.pager is not None:
        return _pager_text(m, is_async)
    stream_cls = "AsyncStream" if is_async else "Stream"
    d = "async def" if is_async else "def"
    doc = f'        """``{m.http} {m.path}`` ({m.op_id})."""'
    plain_type = "bytes" if m.media else m.response_type
    if m.stream == "sse":
        return [
            f"    {d} {m.name}({_signature(m, None)}) -> {stream_cls}[{m.stream_type}]:",
            doc,
            *_call_body(m, "stream", is_async),
            "",
        ]
    if m.stream == "sse-if-requested":
        lines = [
            "    @overload",
            f"    {d} {m.name}({_signature(m, 'Literal[True]')}) -> {stream_cls}[{m.stream_type}]: ...",
            "",
            "    @overload",
            f"    {d} {m.name}({_signature(m, 'Literal[False] | None = None')}) -> {plain_type}: ...",
            "",
            f"    {d} {m.name}({_signature(m, 'bool | None = None')}) -> {stream_cls}[{m.stream_type}] | {plain_type}:",
            doc,
        ]
        has_stream_param = any(p.name == "stream" for p in m.params)
        # Without a declared stream parameter the flag travels as a query parameter.
        body = _call_body(m, "maybe" if has_stream_param else "maybe-query", is_async)
        return [*lines, *body, ""]
    return [f"    {d} {m.name}({_signature(m, None)}) -> {plain_type}:", doc, *_call_body(m, "plain", is_async), ""]


def _resource_text(res: Resource, is_async: bool) -> list[str]:
    out: list[str] = []
    for child in res.children.values():
        out += _resource_text(child, is_async)
    prefix = "Async" if is_async else ""
    base = "AsyncResource" if is_async else "Resource"
    lines = [
        f"class {prefix}{res.class_name}({base}):",
        f'    """Operations of the ``{".".join(res.trail)}`` resource."""',
        "",
        "    __slots__ = ()",
        "",
    ]
    for name, child in res.children.items():
        lines += [
            "    @property",
            f"    def {attribute(name)}(self) -> {prefix}{child.class_name}:",
            f"        return {prefix}{child.class_name}(self._client)",
            "",
        ]
    for m in res.methods:
        lines += _method_text(m, is_async)
    return out + lines + [""]


def _operation_text(m: Method, api: str) -> str:
    params = ", ".join(
        f'_PathParam("{n}"' + (", reserved=True" if r else "") + (f', prefix="{p}"' if p else "") + ")"
        for n, r, p in m.path_params
    )
    query = ", ".join(f'"{p.name}": "{p.wire}"' for p in m.params if p.where == "query")
    args = [f'api="{api}"', f'id="{m.op_id}"', f'http_method="{m.http}"', f'path="{m.path}"']
    if params:
        args.append(f"path_params=({params},)")
    if query:
        args.append(f"query={{{query}}}")
    if m.stream:
        args.append(f'stream="{m.stream}"')
    if m.stream_query:
        args.append("stream_query={" + ", ".join(f'"{k}": "{v}"' for k, v in m.stream_query.items()) + "}")
    if m.stream_done:
        args.append(f'stream_done="{m.stream_done}"')
    if m.stream_resume:
        args.append(f'stream_resume="{m.stream_resume}"')
    if m.upload:
        args.append("upload_paths={" + ", ".join(f'"{k}": "{v}"' for k, v in sorted(m.upload.items())) + "}")
    if m.media:
        args.append('response="media"')
    return f"{m.op_const} = _Operation({', '.join(args)})"


def _walk(res: Resource) -> list[Resource]:
    out = [res]
    for child in res.children.values():
        out += _walk(child)
    return out


CLIENT_ATTRIBUTES: dict[str, dict[str, str]] = {
    # The Gemini API's cachedContents are `client.caches` in google-genai, and in pygenai: one door per resource,
    # the hand-written Caches (overrides.toml [caches] replaces the generated class under this name).
    "gemini": {"cachedContents": "caches"},
}
"""API -> top-level resource (its name in the spec) -> the client attribute, where it is not the resource's own
name in snake_case. Generation fails on a row whose resource the API does not have."""


def _client_attributes(root: Resource, api: str) -> dict[str, Resource]:
    """The API's top-level resources by client attribute, renamed where :data:`CLIENT_ATTRIBUTES` says."""
    renamed = CLIENT_ATTRIBUTES.get(api, {})
    missing = sorted(set(renamed) - set(root.children))
    if missing:
        raise CodegenError(
            f"CLIENT_ATTRIBUTES[{api!r}] renames {', '.join(missing)}, which the {api} API does not have"
        )
    return {renamed.get(name) or attribute(name): child for name, child in root.children.items()}


def top_level_resources(spec: dict[str, Any], api: str) -> dict[str, str]:
    """The API's top-level resources: client attribute -> class name (the async class adds ``Async``)."""
    index = SchemaIndex(spec["components"]["schemas"])
    root, _ = _collect(spec, api, index)
    return {name: child.class_name for name, child in _client_attributes(root, api).items()}


def emit_clients(spec: dict[str, Any], api: str, header_comment: str) -> ClientsModule:
    """Python source of the resources of one API, and the table of its top-level resources."""
    index = SchemaIndex(spec["components"]["schemas"])
    root, op_count = _collect(spec, api, index)
    resources = [r for r in _walk(root) if r.trail]
    methods = [m for r in resources for m in r.methods]
    text_body: list[str] = []
    for child in root.children.values():
        text_body += _resource_text(child, False)
    for child in root.children.values():
        text_body += _resource_text(child, True)
    text_body += [
        "TOP_LEVEL: Mapping[str, tuple[type[Resource], type[AsyncResource]]] = {",
        *(
            f'    "{name}": ({child.class_name}, Async{child.class_name}),'
            for name, child in _client_attributes(root, api).items()
        ),
        "}",
        '"""The top-level resources: client attribute -> (sync class, async class)."""',
        "",
    ]
    used = sorted(
        set(re.findall(r"\b([A-Z][A-Za-z0-9]+)\b", "\n".join(text_body))) & set(index.schemas)
        | {a for a in index.inline_enums if re.search(rf"\b{a}\b", "\n".join(text_body))}
    )
    decoders = sorted(set(re.findall(r"\b(decode_[A-Za-z0-9]+)\b", "\n".join(text_body))))
    helpers = sorted(set(re.findall(r"\b(encode_[a-z0-9_]+)\b", "\n".join(text_body))))
    ops = [_operation_text(m, api) for m in methods]
    exported = sorted(
        {f"{p}{r.class_name}" for r in resources for p in ("", "Async")} | {"OPERATIONS", "TOP_LEVEL"},
        key=export_order,
    )
    table = [f'    "{m.op_id}": {m.op_const},' for m in methods]
    ops += [
        "",
        "OPERATIONS: Mapping[str, _Operation] = {",
        *table,
        "}",
        '"""Every operation of the API by its id, for hand-written code that sends them itself."""',
    ]
    head = [
        header_comment,
        f'"""Resources of the {api} API: one class per upstream resource, one method per operation."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping, Sequence",
        "from typing import Any, Literal, overload",
        "",
        "from typing import Unpack",
        "",
        "from pygenai._abi import AsyncResource, AsyncStream, RequestOptions, Resource, Stream",
        *(["from pygenai._abi import AsyncPager, ConfigInput, Pager"] if any(m.pager for m in methods) else []),
        "from pygenai._abi import Operation as _Operation",
        "from pygenai._abi import PathParam as _PathParam",
        *(["from pygenai._abi import " + ", ".join(helpers)] if helpers else []),
        "",
        f"from .{api}_types import (",
        *(f"    {n}," for n in [*used, *decoders]),
        ")",
        "",
        "__all__ = [",
        *(f'    "{n}",' for n in exported),
        "]",
        "",
        "",
        "def _discard(data: Any) -> None:",
        '    """Operations whose response has no body schema return None."""',
        "    return None",
        "",
        "",
        *ops,
        "",
        "",
    ]
    return ClientsModule("\n".join(head + text_body), op_count, len(methods), len(resources))
