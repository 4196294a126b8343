"""Every ``python`` block of the documentation site runs against the page's cassette (rules: ``guide_pages``)."""

from __future__ import annotations

import contextlib
import importlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.docs.guide_pages import CASSETTES, DOCS, Block, Page, guide_pages, normalise_output, parse_page
from tests.docs.notebook import close_clients, enter_workdir, execute
from tests.harness import recording

PAGES = guide_pages()
SETUP_MODULES = Path(__file__).parent / "pages"


@contextlib.contextmanager
def replaying(page: Page) -> Iterator[None]:
    """Answer the page's requests from its cassette; fail on one it does not hold or an answer never asked for.

    Without a cassette file every request fails (VCR refuses to record in mode ``none``). Requests to loopback
    pass: they reach the servers a page's setup module started."""
    with recording.new_vcr(record_mode="none", ignore_localhost=True).use_cassette(str(page.cassette)) as played:
        yield
    unplayed = len(played) - played.play_count
    assert played.all_played, f"{page.cassette.name}: {unplayed} recorded answer(s) were never asked for"


def page_module(page: Page) -> ModuleType | None:
    """The page's setup module (``tests/docs/pages/<name>.py``), if it has one."""
    module_name = page.name.replace("-", "_")
    if not (SETUP_MODULES / f"{module_name}.py").is_file():
        return None
    return importlib.import_module(f"tests.docs.pages.{module_name}")


def page_setup(page: Page, workdir: Path) -> contextlib.AbstractContextManager[Any]:
    """The page's own setup, or nothing."""
    module = page_module(page)
    if module is None:
        return contextlib.nullcontext()
    setup: Any = module.setup
    return setup(workdir)  # type: ignore[no-any-return]


def replays_http(page: Page) -> bool:
    """Whether the page runs under its VCR cassette: all pages do, except one whose setup module says
    ``HTTP_CASSETTE = False`` because it talks only to loopback servers the setup starts over WebSocket (VCR reads
    and closes every response it passes through, which ends an upgraded connection). Such a page still reaches
    nothing else: pytest blocks every connection that is not loopback."""
    module = page_module(page)
    return module is None or bool(getattr(module, "HTTP_CASSETTE", True))


def _where(page: Page, block: Block) -> str:
    return f"{page.path.relative_to(recording.REPO_ROOT)}:{block.line}"


def run_page(page: Page, workdir: Path) -> None:
    """Run the page's blocks in order in one namespace; check each shown output against what the block printed."""
    namespace: dict[str, Any] = {"__name__": "__guide__"}
    saved_environment = dict(os.environ)
    http = replaying(page) if replays_http(page) else contextlib.nullcontext()
    try:
        with page_setup(page, workdir), http:
            for block in page.blocks:
                printed = io.StringIO()
                with contextlib.redirect_stdout(printed):
                    try:
                        execute(block.code, namespace, _where(page, block))
                    except Exception as error:
                        raise AssertionError(f"{_where(page, block)}: the block raised {error!r}") from error
                if block.output is not None:
                    assert normalise_output(printed.getvalue()) == normalise_output(block.output), (
                        f"{_where(page, block)}: the page shows another output than the block prints\n"
                        f"--- printed:\n{printed.getvalue()}"
                    )
    finally:
        close_clients(namespace)
        os.environ.clear()
        os.environ.update(saved_environment)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory, the fake key a bare ``Client()`` reads, no base URL override."""
    return enter_workdir(tmp_path, monkeypatch)


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_page_runs(page: Page, workdir: Path) -> None:
    run_page(page, workdir)


def test_every_guide_cassette_belongs_to_a_page() -> None:
    names = {page.name for page in PAGES}
    orphans = sorted(p.name for p in CASSETTES.glob("*.yaml") if p.stem not in names)
    assert not orphans, f"cassettes no page uses: {orphans}"
    for path in CASSETTES.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(("# modeled-on: ", "# recorded: ")), f"{path.name}: say where the exchanges come from"


def test_every_setup_module_belongs_to_a_page() -> None:
    names = {page.name.replace("-", "_") for page in PAGES}
    orphans = sorted(p.stem for p in SETUP_MODULES.glob("*.py") if p.stem != "__init__" and p.stem not in names)
    assert not orphans, f"setup modules no page uses: {orphans}"


# --------------------------------------------------------------------------- the rules themselves


def test_blocks_outputs_and_other_fences_are_told_apart(tmp_path: Path) -> None:
    text = (
        "# A page\n\n```python\nprint('hi')\n```\n\n```text title=\"Output\"\nhi\n```\n\n"
        '```console\n$ nox -s docs\n```\n\n=== "Async"\n\n    ```python\n    x = 1\n    ```\n\n'
        '```python\nprint(2)\n```\n\nSome prose.\n\n```text title="Output"\n3\n```\n'
    )
    page = parse_page(DOCS / "guides" / "example.md", text)
    assert page.name == "guides-example"
    assert [(b.line, b.code, b.output) for b in page.blocks] == [
        (3, "print('hi')\n", "hi\n"),
        (17, "x = 1\n", None),  # indented in a tab, dedented
        (21, "print(2)\n", None),  # prose between: the later output block is not this block's
    ]


def test_a_wrong_output_a_raising_block_and_an_unplayed_answer_fail(workdir: Path) -> None:
    def page(text: str) -> Page:
        return parse_page(DOCS / "guides" / "no-such-page.md", text)

    with pytest.raises(AssertionError, match="another output than the block prints"):
        run_page(page('```python\nprint("a")\n```\n```text title="Output"\nb\n```\n'), workdir)
    with pytest.raises(AssertionError, match=r"no-such-page\.md:1: the block raised ZeroDivisionError"):
        run_page(page("```python\n1 / 0\n```\n"), workdir)
    run_page(page('```python\nprint("a ")\nprint()\n```\n```text title="Output"\na\n```\n'), workdir)


def test_a_request_the_page_has_no_cassette_for_fails(workdir: Path) -> None:
    code = (
        "import pygenai\nclient = pygenai.Client()\n"
        "client.models.generate_content(model='gemini-3.8-flash', contents='hi')\n"
    )
    page = parse_page(DOCS / "guides" / "no-such-page.md", f"```python\n{code}```\n")
    with pytest.raises(AssertionError, match="the block raised"):
        run_page(page, workdir)
