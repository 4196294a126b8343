"""``codegen/unasync.py``: the token rewrite from async shells to sync twins, and the committed twins it checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.errors import CodegenError
from codegen.generate import _runtime_problems, write_runtime
from codegen.unasync import HAND_WRITTEN, NAMES, render_twins, unasync_source, unused_rules

ROOT = Path(__file__).resolve().parent.parent.parent
SPECS = ROOT / "specs"
HAND_WRITTEN_TWIN = "runtime/pygenai/_io/_sync/concurrency.py"
TRANSPORT = "runtime/pygenai/_io/_sync/transport.py"
HEADER = "# Generated from {source} by `nox -s generate` (codegen/unasync.py); do not edit.\n"


def _sync(source: str) -> str:
    return unasync_source(source, "snippet.py").text


def _committed_twins() -> dict[str, Path]:
    """Every committed ``runtime/**/_sync/*.py`` (relative path -> path)."""
    return {p.relative_to(ROOT).as_posix(): p for p in sorted((ROOT / "runtime").rglob("_sync/*.py"))}


@pytest.fixture
def repo_cwd(monkeypatch: pytest.MonkeyPatch) -> None:
    """The working directory is the repository.

    ``generate._format`` runs ruff on files in temporary directories that hold no ``pyproject.toml``, so ruff
    takes the repository's settings from the working directory (from anywhere else it formats at 88 columns
    and every twin differs from the committed one).
    """
    monkeypatch.chdir(ROOT)


@pytest.fixture
def tree(tmp_path: Path, repo_cwd: None) -> Path:
    """A copy of ``runtime/`` and ``specs/``, a repository root of its own."""
    shutil.copytree(ROOT / "runtime", tmp_path / "runtime", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    return tmp_path


# ----------------------------------------------------------------------------- keywords


def test_await_is_dropped() -> None:
    assert _sync("x = await f()\n") == "x = f()\n"


def test_return_await_becomes_return() -> None:
    assert _sync("async def f(x):\n    return await x\n") == "def f(x):\n    return x\n"


def test_async_def_for_and_with_become_plain() -> None:
    source = (
        "async def f(stream, lock):\n"
        "    async with lock as held:\n"
        "        async for chunk in stream:\n"
        "            await held.send(chunk)\n"
    )
    expected = (
        "def f(stream, lock):\n    with lock as held:\n        for chunk in stream:\n            held.send(chunk)\n"
    )
    assert _sync(source) == expected


def test_async_comprehension_loses_async() -> None:
    assert _sync("async def f(s):\n    return [x async for x in s]\n") == "def f(s):\n    return [x for x in s]\n"


# ----------------------------------------------------------------------------- names


def test_async_prefixed_class_names_lose_the_prefix() -> None:
    source = "import httpx2\n\nclient: AsyncClient = httpx2.AsyncClient()\nstack = AsyncExitStack()\n"
    expected = "import httpx2\n\nclient: Client = httpx2.Client()\nstack = ExitStack()\n"
    assert _sync(source) == expected


def test_names_that_merely_contain_async_are_untouched() -> None:
    source = "MyAsyncThing = is_async = Asyncio = async_mode = 1\n"
    rewrite = unasync_source(source, "snippet.py")
    assert rewrite.text == source
    assert rewrite.used == set()


@pytest.mark.parametrize(
    ("source", "expected", "rule"),
    [
        (
            "class A:\n    async def __aenter__(self):\n        return self\n",
            "class A:\n    def __enter__(self):\n        return self\n",
            "__aenter__",
        ),
        (
            "class A:\n    async def __aexit__(self, *exc):\n        await self.aclose()\n",
            "class A:\n    def __exit__(self, *exc):\n        self.close()\n",
            "__aexit__",
        ),
        ("from .._async.x import y\n", "from .._sync.x import y\n", "_async"),
        (
            "try:\n    pass\nexcept StopAsyncIteration:\n    pass\n",
            "try:\n    pass\nexcept StopIteration:\n    pass\n",
            "StopAsyncIteration",
        ),
        ("data = await response.aread()\n", "data = response.read()\n", "aread"),
    ],
    ids=["__aenter__", "__aexit__-aclose", "_async-module-path", "StopAsyncIteration", "aread"],
)
def test_the_names_table_renames(source: str, expected: str, rule: str) -> None:
    rewrite = unasync_source(source, "snippet.py")
    assert rewrite.text == expected
    assert rule in rewrite.used


def test_a_rule_that_renames_nothing_is_not_recorded() -> None:
    assert unasync_source("x = 1\n", "snippet.py").used == set()


def test_awaitable_is_unwrapped_with_nested_brackets() -> None:
    source = "def f() -> Awaitable[AsyncStream[T]]:\n    ...\n"
    assert _sync(source) == "def f() -> Stream[T]:\n    ...\n"


def test_awaitable_inside_a_callable_type() -> None:
    source = "fetch: Callable[[str | None], Awaitable[dict[str, list[int]]]]\n"
    assert _sync(source) == "fetch: Callable[[str | None], dict[str, list[int]]]\n"


# ----------------------------------------------------------------------------- text


def test_docstrings_are_rewritten_as_text() -> None:
    source = 'def f():\n    """async for chunk in await stream"""\n'
    assert _sync(source) == 'def f():\n    """for chunk in stream"""\n'


def test_comments_and_strings_get_the_names_too() -> None:
    source = 'x = "pygenai._client._async.client"  # async with AsyncClient() as c: await c.aclose()\n'
    expected = 'x = "pygenai._client._sync.client"  # with Client() as c: c.close()\n'
    rewrite = unasync_source(source, "snippet.py")
    assert rewrite.text == expected
    assert rewrite.used == {"_async", "aclose"}


def test_text_keeps_words_that_merely_contain_a_name() -> None:
    source = '"""is_async, asynchronous, MyAsyncThing, async generator"""\n'
    assert _sync(source) == source


# ----------------------------------------------------------------------------- checked output


def test_a_surviving_anyio_is_an_error_naming_the_line() -> None:
    source = "import math\n\n\nasync def nap():\n    await anyio.sleep(1)\n"
    with pytest.raises(CodegenError, match=r"^twin\.py: line 5: 'anyio' survives the sync rewrite"):
        unasync_source(source, "twin.py")


def test_a_surviving_asyncio_import_is_an_error() -> None:
    with pytest.raises(CodegenError, match=r"line 2: 'asyncio' survives"):
        unasync_source("import math\nimport asyncio\n", "twin.py")


def test_forbidden_words_in_text_are_allowed() -> None:
    source = "# the async twin runs this in an anyio worker thread\nx = 1\n"
    assert _sync(source) == source


def test_untokenizable_source_is_an_error() -> None:
    with pytest.raises(CodegenError, match=r"^broken\.py: cannot tokenize"):
        unasync_source("x = (\n", "broken.py")


def test_an_unclosed_awaitable_bracket_is_an_error() -> None:
    with pytest.raises(CodegenError, match=r"^broken\.py: line 2: unbalanced brackets after Awaitable$"):
        unasync_source("x = 1\ny = Awaitable[a)\n", "broken.py")


def test_multiline_awaits_stay_valid_python() -> None:
    source = (
        "async def f(a, b):\n"
        "    result = await send(\n"
        "        await build(a),\n"
        "        b,\n"
        "    )\n"
        "    other = await \\\n"
        "        fetch(b)\n"
        "    return await \\\n"
        "        combine(result, other)\n"
    )
    text = _sync(source)
    compile(text, "twin.py", "exec")
    assert "await" not in text and "async" not in text
    assert "    result = send(\n        build(a),\n        b,\n    )\n" in text
    assert "fetch(b)" in text and "combine(result, other)" in text


# ----------------------------------------------------------------------------- the real tree


def test_render_twins_covers_exactly_the_committed_sync_modules() -> None:
    twins = render_twins(ROOT)
    assert set(twins.files) == set(_committed_twins()) - {HAND_WRITTEN_TWIN}
    assert HAND_WRITTEN == {HAND_WRITTEN_TWIN.replace("/_sync/", "/_async/")}


def test_rendered_twins_carry_the_header_naming_their_source() -> None:
    for target, text in render_twins(ROOT).files.items():
        source = target.replace("/_sync/", "/_async/")
        assert text.startswith(HEADER.format(source=source)), target


def test_committed_twins_match_a_regeneration(repo_cwd: None) -> None:
    assert _runtime_problems(ROOT, SPECS) == []


def test_committed_twins_start_with_the_do_not_edit_header() -> None:
    for rel, path in _committed_twins().items():
        text = path.read_text(encoding="utf-8")
        if rel == HAND_WRITTEN_TWIN:
            assert not text.startswith("# Generated"), rel
        else:
            assert text.startswith(HEADER.format(source=rel.replace("/_sync/", "/_async/"))), rel


def test_every_names_rule_is_used_by_the_real_tree() -> None:
    assert unused_rules(render_twins(ROOT).used) == []


def test_with_nothing_used_every_rule_is_unused() -> None:
    assert unused_rules(set()) == sorted(NAMES)
    assert unused_rules({"aclose", "_async"}) == sorted(set(NAMES) - {"aclose", "_async"})


# ----------------------------------------------------------------------------- tampering


def test_untouched_copy_has_no_problems(tree: Path) -> None:
    assert _runtime_problems(tree, tree / "specs") == []


def test_a_hand_edited_twin_is_reported(tree: Path) -> None:
    with (tree / TRANSPORT).open("a", encoding="utf-8") as f:
        f.write("# a hand edit\n")
    assert _runtime_problems(tree, tree / "specs") == [f"differs: {TRANSPORT}"]


def test_an_edited_async_source_makes_its_twin_stale(tree: Path) -> None:
    source = tree / TRANSPORT.replace("/_sync/", "/_async/")
    with source.open("a", encoding="utf-8") as f:
        f.write("\n\nasync def added() -> None:\n    await added()\n")
    assert _runtime_problems(tree, tree / "specs") == [f"differs: {TRANSPORT}"]


def test_a_stray_sync_module_is_reported_stale(tree: Path) -> None:
    (tree / "runtime/pygenai/_io/_sync/extra.py").write_text("x = 1\n", encoding="utf-8")
    assert _runtime_problems(tree, tree / "specs") == [
        "not generated by anything (stale): runtime/pygenai/_io/_sync/extra.py"
    ]


def test_a_deleted_twin_is_reported_missing(tree: Path) -> None:
    (tree / TRANSPORT).unlink()
    assert _runtime_problems(tree, tree / "specs") == [f"missing: {TRANSPORT}"]


def test_a_new_async_source_without_a_twin_is_reported_missing(tree: Path) -> None:
    (tree / "runtime/pygenai/_io/_async/extra.py").write_text("async def f() -> None:\n    pass\n", encoding="utf-8")
    assert _runtime_problems(tree, tree / "specs") == ["missing: runtime/pygenai/_io/_sync/extra.py"]


def test_an_edited_overrides_table_makes_the_client_resources_stale(tree: Path) -> None:
    overrides = tree / "runtime/pygenai/_client/overrides.toml"
    text = overrides.read_text(encoding="utf-8")
    assert 'doc = "Multi-turn chats' in text
    overrides.write_text(text.replace('doc = "Multi-turn chats', 'doc = "Many-turn chats'), encoding="utf-8")
    assert _runtime_problems(tree, tree / "specs") == ["differs: runtime/pygenai/_client/resources.py"]


def test_a_hand_edit_of_the_hand_written_twin_is_not_a_problem(tree: Path) -> None:
    with (tree / HAND_WRITTEN_TWIN).open("a", encoding="utf-8") as f:
        f.write("# hand-written, edited by hand\n")
    assert _runtime_problems(tree, tree / "specs") == []


def test_write_runtime_repairs_a_tampered_copy(tree: Path) -> None:
    committed_transport = (ROOT / TRANSPORT).read_text(encoding="utf-8")
    committed_pager = (ROOT / "runtime/pygenai/_io/_sync/pager.py").read_text(encoding="utf-8")
    hand_written = (ROOT / HAND_WRITTEN_TWIN).read_text(encoding="utf-8")
    with (tree / TRANSPORT).open("a", encoding="utf-8") as f:
        f.write("# a hand edit\n")
    stray = tree / "runtime/pygenai/_io/_sync/extra.py"
    stray.write_text("x = 1\n", encoding="utf-8")
    (tree / "runtime/pygenai/_io/_sync/pager.py").unlink()
    assert len(_runtime_problems(tree, tree / "specs")) == 3

    report = write_runtime(tree, tree / "specs")

    assert report and report[0].startswith("runtime: ")
    assert not stray.exists()
    assert (tree / TRANSPORT).read_text(encoding="utf-8") == committed_transport
    assert (tree / "runtime/pygenai/_io/_sync/pager.py").read_text(encoding="utf-8") == committed_pager
    assert (tree / HAND_WRITTEN_TWIN).read_text(encoding="utf-8") == hand_written
    assert _runtime_problems(tree, tree / "specs") == []
