"""``docs/migrating-from-google-genai.md`` runs: every pygenai block, and each google-genai block it says runs as is.

The guide puts each google-genai README sample next to its pygenai version in a two-cell table, after a marker::

    <!-- snippet: ID [ported] [after=ID,ID] [cassette=NAME] -->

* The pygenai cell's code runs with ``client`` (a ``pygenai.Client``) and ``types`` (``pygenai.types``) bound, in a
  temporary directory holding the files the samples read, against ``cassettes/docs/migration/<NAME>.yaml``
  (``NAME`` is the ID unless ``cassette=`` names a cassette several samples share). Every request must match the
  cassette (JSON bodies compared as values) and every recorded answer must be asked for. A block without a
  cassette must make no request. Top-level ``await`` runs the block as a coroutine, as in a notebook.
* ``after=`` names samples whose pygenai code runs first, each against its own cassette, in the same namespace
  (the README's samples build on each other: ``response``, ``file1``, ``pager``, ...).
* ``ported``: the google-genai cell, with only the import line changed as the guide's "one-line change" says,
  runs against the same cassette, so it sends exactly what the pygenai block sends. Its namespace binds what the
  README assumes exists: ``client`` (what ``genai.Client(...)`` gives after the change), google-genai's ``types``,
  ``MODEL_ID`` and ``base64_image``.
"""

from __future__ import annotations

import base64
import contextlib
import io
import re
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from google.genai import types as genai_types

import pygenai
from pygenai.gemini._contents import to_contents
from tests.docs.notebook import close_clients, enter_workdir, execute
from tests.harness import recording

GUIDE = recording.REPO_ROOT / "docs" / "migrating-from-google-genai.md"
CASSETTES = recording.CASSETTES_DIR / "docs" / "migration"
API_ROOT = "https://generativelanguage.googleapis.com"

MARKER = re.compile(
    r"<!-- snippet: (?P<id>[a-z0-9-]+)(?P<attrs>(?: [a-z]+(?:=[a-z0-9,-]+)?)*) -->\n<table>(.*?)</table>", re.S
)
HEADER = "<tr><th>google-genai</th><th>pygenai</th></tr>"
CELL = re.compile(r"<td>(.*?)</td>", re.S)
CODE = re.compile(r"\n```python\n(.*?)```\n", re.S)

# The guide's one-line change: the import line; `from google.genai import types` stays (objects read via model_dump).
PORT = {
    "from google import genai": "import pygenai as genai",
    "from google.genai import Client": "from pygenai import Client",
}
# The google-genai samples the task requires to run with the import change alone.
MUST_PORT = {"generate-text", "chat", "stream-text", "function-calling-automatic", "json-schema"}

MODEL = "gemini-3.8-flash"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
# Files the README samples read from the working directory.
A11 = (
    "Apollo 11 air-to-ground voice transcription (excerpt)\n"
    "04 06 45 40 CC: Eagle, Houston. You are GO for landing. Over.\n"
    "04 06 45 57 LMP: Roger. Understand. GO for landing. 3000 feet.\n"
    "04 06 45 58 LMP: 1201 alarm.\n"
    "04 06 46 06 CC: Roger. 1201 alarm. We're GO. Same type. We're GO.\n"
    "04 06 45 40 CDR: Houston, Tranquility Base here. The Eagle has landed.\n"
    "04 06 46 06 CC: Roger, Twan - Tranquility, we copy you on the ground.\n"
)
PDFS = {
    "2312.11805v3.pdf": b"%PDF-1.5\n% Gemini: A Family of Highly Capable Multimodal Models "
    b"(arXiv:2312.11805v3)\n%%EOF\n",
    "2403.05530.pdf": b"%PDF-1.5\n% Gemini 1.5: Unlocking multimodal understanding across millions of tokens "
    b"of context (arXiv:2403.05530)\n%%EOF\n",
}
MYREQUESTS = (
    '{"key":"request_1", "request": {"contents": [{"parts": [{"text": "Explain how AI works in a few words"}]}], '
    '"generation_config": {"response_modalities": ["TEXT"]}}}\n'
    '{"key":"request_2", "request": {"contents": [{"parts": [{"text": "Explain how Crypto works in a few words"}]}]}}\n'
)


# --------------------------------------------------------------------------- the guide, parsed


@dataclass(frozen=True)
class Sample:
    """One table of the guide."""

    id: str
    google: str
    pygenai: str | None  # None: the pygenai cell says there is no equivalent
    ported: bool
    after: tuple[str, ...]
    cassette: str
    note: str  # the text after the table, up to the next marker or heading


def _code(cell: str, where: str) -> str | None:
    blocks = CODE.findall(cell)
    assert len(blocks) <= 1, f"{where}: more than one code block in a cell"
    return blocks[0] if blocks else None


def parse_guide(text: str) -> dict[str, Sample]:
    samples: dict[str, Sample] = {}
    for match in MARKER.finditer(text):
        ident, attrs, table = match.group("id"), match.group("attrs").split(), match.group(3)
        assert ident not in samples, f"two snippets are named {ident}"
        options = dict(a.split("=", 1) if "=" in a else (a, "") for a in attrs)
        assert set(options) <= {"ported", "after", "cassette"}, f"{ident}: unknown marker attribute in {attrs}"
        assert table.startswith(HEADER), f"{ident}: the table must start with the google-genai | pygenai header"
        cells = CELL.findall(table)
        assert len(cells) == 2, f"{ident}: expected two cells, found {len(cells)}"
        google, ours = _code(cells[0], f"{ident} google-genai"), _code(cells[1], f"{ident} pygenai")
        assert google is not None, f"{ident}: the google-genai cell has no python block"
        if ours is None:
            assert "No equivalent" in cells[1], f"{ident}: a pygenai cell without code must say there is no equivalent"
        rest = text[match.end() :]
        note = re.split(r"\n<!-- snippet:|\n#", rest, maxsplit=1)[0].strip()
        samples[ident] = Sample(
            id=ident,
            google=google,
            pygenai=ours,
            ported="ported" in options,
            after=tuple(filter(None, options.get("after", "").split(","))),
            cassette=options.get("cassette") or ident,
            note=note,
        )
    return samples


TEXT = GUIDE.read_text(encoding="utf-8")
SAMPLES = parse_guide(TEXT)
RUNNABLE = [s.id for s in SAMPLES.values() if s.pygenai is not None]
PORTED = [s.id for s in SAMPLES.values() if s.ported]


def chain(sample: Sample) -> list[Sample]:
    """The samples that run before ``sample`` (``after=``, transitively), in order, each once."""
    order: list[Sample] = []

    def visit(ident: str, seen: tuple[str, ...]) -> None:
        assert ident not in seen, f"after= loops through {ident}"
        prior = SAMPLES[ident]
        for name in prior.after:
            visit(name, (*seen, ident))
        if prior not in order:
            order.append(prior)

    for name in sample.after:
        visit(name, (sample.id,))
    return order


def port(code: str) -> str:
    """The google-genai code with the guide's one-line change applied (and nothing else)."""
    lines = code.splitlines()
    ported = [PORT.get(line.strip(), line) for line in lines]
    changed = sum(a != b for a, b in zip(lines, ported, strict=True))
    assert changed <= 1, f"the port changed {changed} lines"
    rest = "\n".join(ported).replace("from google.genai import types", "")
    assert not re.search(r"\bgoogle\.genai\b|from google import", rest), "a google-genai import is left"
    return "\n".join(ported) + "\n"


# --------------------------------------------------------------------------- running a block


@contextlib.contextmanager
def replaying(cassette: str) -> Iterator[None]:
    """Answer every request from the cassette; fail on a request it does not hold or an answer never asked for."""
    path = CASSETTES / f"{cassette}.yaml"
    with recording.new_vcr(record_mode="none").use_cassette(str(path)) as played:
        yield
    unplayed = len(played) - played.play_count
    assert played.all_played, f"{path.name}: {unplayed} recorded answer(s) were never asked for"


def new_client() -> pygenai.Client:
    return pygenai.Client(api_key=recording.api_key(), base_url=API_ROOT)


def run_sample(sample: Sample, *, google: bool = False) -> tuple[str, dict[str, Any]]:
    """Run the sample's chain and then the sample (its pygenai block, or its ported google-genai block).

    Returns what the blocks printed and the namespace they ran in.
    """
    namespace: dict[str, Any] = {"__name__": "__guide__", "client": new_client(), "types": pygenai.types}
    if google:
        namespace.update(MODEL_ID=MODEL, base64_image=base64.b64encode(PNG).decode())
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            for prior in chain(sample):
                assert prior.pygenai is not None, f"{sample.id} runs after {prior.id}, which has no pygenai code"
                with replaying(prior.cassette):
                    execute(prior.pygenai, namespace, prior.id)
            if google:
                namespace["types"] = genai_types
                code = port(sample.google)
            else:
                assert sample.pygenai is not None
                code = sample.pygenai
            with replaying(sample.cassette):
                execute(code, namespace, sample.id)
    finally:
        close_clients(namespace)
    return out.getvalue(), namespace


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with the files the samples open, and the key a bare ``Client()`` reads."""
    enter_workdir(tmp_path, monkeypatch)
    (tmp_path / "a11.txt").write_text(A11, encoding="utf-8")
    for name, data in PDFS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "myrequests.json").write_text(MYREQUESTS, encoding="utf-8")
    (tmp_path / "scones.png").write_bytes(PNG)
    return tmp_path


# --------------------------------------------------------------------------- what each block should print or leave


def _png_size(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        return image.size


def _wav_frames(path: Path) -> int:
    with wave.open(str(path), "rb") as audio:
        return audio.getnframes()


STORY_START = "Elara kept the lighthouse on Gull Rock"
FIRST_BATCH, LAST_BATCH = "batches/9536f1p55t5cf20cmnygz6mn99fgt4t7p35i", "batches/9zortucndx4tstk45sapzftst3n611sap4g7"
EXPECTED: dict[str, list[str]] = {
    "types-part": ["Sunlight reaches us as a mix of every color"],
    "types-dict": ["Sunlight reaches us as a mix of every color"],
    "generate-text": ["Sunlight reaches us as a mix of every color", "Rayleigh scattering"],
    "upload-file": ["Apollo 11", "Tranquility Base"],
    "system-instructions": ["Low"],
    "list-models": ["models/gemini-3.8-flash", "models/imagen-4.0-generate-001", "models/gemini-2.5-flash-lite"],
    "list-models-async": ["models/gemini-3.8-flash", "models/imagen-4.0-generate-001", "models/gemini-2.5-flash-lite"],
    "list-models-pager": ["10\nModel(name='models/gemini-3.8-flash'", "Model(name='models/gemini-flash-latest'"],
    "list-models-async-pager": ["10\nModel(name='models/gemini-3.8-flash'", "Model(name='models/gemini-flash-latest'"],
    "safety-settings": ["I won't write something hateful"],
    "function-calling-automatic": ["It's sunny in Boston right now."],
    "function-calling-manual": ["ToolInvocation(index=0, name='get_current_weather', args={'location': 'Boston, MA'}"],
    "function-response-manual": ["Boston is sunny at the moment."],
    "function-calling-max-remote-calls": ["max_rounds"],
    "json-schema": ['"username": "quiet_otter_42"', "quiet_otter_42"],
    "pydantic-schema": ['"capital": "Washington, D.C."', "Washington, D.C."],
    "schema-dict": ['"official_language": "English"'],
    "stream-text": [STORY_START, "the light had never once gone dark."],
    "async-stream": [STORY_START, "the light had never once gone dark."],
    "stream-image-uri": ["a plate of scones"],
    "stream-image-bytes": ["a single orange pixel"],
    "async-generate": [STORY_START],
    "count-tokens": ["CountTokensResponse(total_tokens=6"],
    "count-tokens-async": ["CountTokensResponse(total_tokens=6"],
    "embed-content": ["BatchEmbedContentsResponse(embeddings=[{'values': [-0.0"],
    "embed-content-config": ["BatchEmbedContentsResponse(embeddings=[{'values': ["],
    "chat": ["Mira found a brass key", "A girl named Mira"],
    "chat-stream": ["Mira found a brass key"],
    "chat-async": ["Mira found a brass key"],
    "chat-async-stream": ["Mira found a brass key"],
    "files-upload": ["File(name='files/", "mime_type='application/pdf'"],
    "caches-generate": ["The first paper introduces Gemini"],
    "interactions-basic": ["Why do programmers prefer dark mode?"],
    "interactions-stateful": ["Model: Nice to meet you, Amir!", "Model: Your name is Amir."],
    "interactions-agent": ["Research started. Interaction ID: v1_", "Status: completed", "Final Report:", "TPU"],
    "interactions-multimodal": ["a single orange pixel"],
    "interactions-function-calling": [
        "Tool Call: get_weather({'location': 'Mountain View, CA'})",
        "Response: It's sunny in Mountain View, CA.",
    ],
    "interactions-google-search": ["Super Bowl"],
    "interactions-code-execution": ["12586269025"],
    "interactions-image-output": ["Generated image with mime_type: image/png"],
    "interactions-audio-output": ["Generated audio with mime_type: audio/wav"],
    "tuned-model-get": ["TunedModel(name='tunedModels/sentiment-v1'"],
    "tuned-models-list": ["tunedModels/sentiment-v1", "tunedModels/support-router-v11"],
    "tuned-models-list-async": ["tunedModels/sentiment-v1", "tunedModels/support-router-v11"],
    "tuned-models-pager": ["10\nTunedModel(name='tunedModels/sentiment-v1'", "name='tunedModels/support-router-v11'"],
    "tuned-models-pager-async": [
        "10\nTunedModel(name='tunedModels/sentiment-v1'",
        "name='tunedModels/support-router-v11'",
    ],
    "tuned-model-update": ["display_name='my tuned model'", "description='my tuned model description'"],
    "batch-create-inline": ["BATCH_STATE_PENDING"],
    "batch-get": ["BATCH_STATE_RUNNING"],
    "batch-wait": ["BATCH_STATE_SUCCEEDED", "None Hello! How can I help you today?"],
    "batch-list": [f"BatchJob(name='{FIRST_BATCH}'", f"BatchJob(name='{LAST_BATCH}'"],
    "batch-list-async": [f"BatchJob(name='{FIRST_BATCH}'", f"BatchJob(name='{LAST_BATCH}'"],
    "batch-list-pager": [f"10\nBatchJob(name='{FIRST_BATCH}'", f"BatchJob(name='{LAST_BATCH}'"],
    "batch-list-pager-async": [f"10\nBatchJob(name='{FIRST_BATCH}'", f"BatchJob(name='{LAST_BATCH}'"],
    "errors": ["404\nNOT_FOUND\nmodels/invalid-model-name is not found for API version v1beta"],
}

Check = Callable[[dict[str, Any], Path], None]


def _turns(expected: list[dict[str, Any]]) -> Check:
    def check(namespace: dict[str, Any], workdir: Path) -> None:
        assert to_contents(namespace["contents"]) == expected

    return check


def _user(*parts: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"role": "user", "parts": list(parts)}]


def _model(*parts: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"role": "model", "parts": list(parts)}]


SKY = {"text": "Why is the sky blue?"}
SCONES = {"fileData": {"fileUri": "gs://generativeai-downloads/images/scones.jpg", "mimeType": "image/jpeg"}}


def _call(city: str) -> dict[str, Any]:
    return {"functionCall": {"name": "get_weather_by_location", "args": {"location": city}}}


def _check_image(namespace: dict[str, Any], workdir: Path) -> None:
    assert _png_size(workdir / "sneakers.png") == (9, 16)


def _check_speech(namespace: dict[str, Any], workdir: Path) -> None:
    data = (workdir / "greeting.wav").read_bytes()
    assert len(data) == 4800 and data == namespace["response"].parts[0].inline_data.data


def _check_clients(namespace: dict[str, Any], workdir: Path) -> None:
    assert isinstance(namespace["client"], pygenai.Client)


def _check_function_calls(namespace: dict[str, Any], workdir: Path) -> None:
    calls = namespace["function_calls"]
    assert [(c.name, c.args) for c in calls] == [("get_current_weather", {"location": "Boston"})]
    assert isinstance(calls[0], pygenai.ToolInvocation)


def _check_disabled(namespace: dict[str, Any], workdir: Path) -> None:
    response = namespace["response"]
    assert response.automatic_function_calling is None and len(response.function_calls) == 1


def _check_max_calls(namespace: dict[str, Any], workdir: Path) -> None:
    response = namespace["response"]
    assert response.automatic_function_calling.rounds == 1
    assert [c.args for c in response.function_calls] == [{"location": "Boston, MA"}]


def _check_imagen(namespace: dict[str, Any], workdir: Path) -> None:
    assert (workdir / "umbrella.jpg").read_bytes().startswith(b"\xff\xd8\xff")


def _check_files(namespace: dict[str, Any], workdir: Path) -> None:
    for name in ("file1", "file2", "file3", "file_info"):
        if name in namespace:
            assert namespace[name].state == "ACTIVE" and namespace[name].mime_type == "application/pdf"


def _check_cache(namespace: dict[str, Any], workdir: Path) -> None:
    cache = namespace["cached_content"]
    assert cache.display_name == "test cache" and cache.usage_metadata.total_token_count == 3163


def _check_interaction_image(namespace: dict[str, Any], workdir: Path) -> None:
    assert _png_size(workdir / "generated_city.png") == (16, 9)


def _check_interaction_audio(namespace: dict[str, Any], workdir: Path) -> None:
    assert _wav_frames(workdir / "greeting.wav") == 2400


def _check_batch_file(namespace: dict[str, Any], workdir: Path) -> None:
    assert namespace["file"].display_name == "test-json"
    assert namespace["batch_job"].state == "BATCH_STATE_PENDING"


def _check_batch_delete(namespace: dict[str, Any], workdir: Path) -> None:
    assert namespace["job"].state == "BATCH_STATE_RUNNING"


def _check_extra_body(namespace: dict[str, Any], workdir: Path) -> None:
    afc = namespace["response"].automatic_function_calling
    assert afc is not None and afc.rounds == 1
    assert namespace["response"].text == "It's sunny in both Boston and Sunnyvale right now."


CHECKS: dict[str, Check] = {
    "create-client": _check_clients,
    "env-client": _check_clients,
    "contents-content": _turns(_user(SKY)),
    "contents-string": _turns(_user(SKY)),
    "contents-strings": _turns(_user(SKY, {"text": "Why is the cloud white?"})),
    "contents-function-call": _turns(_model(_call("Boston"))),
    "contents-function-calls": _turns(_model(_call("Boston"), _call("New York"))),
    "contents-part": _turns(_user(SCONES)),
    "contents-parts": _turns(_user({"text": "What is this image about?"}, SCONES)),
    "generate-image": _check_image,
    "generate-speech": _check_speech,
    "function-calling-disabled": _check_disabled,
    "function-calling-any": _check_disabled,
    "function-calls-list": _check_function_calls,
    "function-calling-max-remote-calls": _check_max_calls,
    "generate-images": _check_imagen,
    "files-upload": _check_files,
    "files-get": _check_files,
    "files-delete": _check_files,
    "caches-create": _check_cache,
    "caches-get": _check_cache,
    "interactions-image-output": _check_interaction_image,
    "interactions-audio-output": _check_interaction_audio,
    "batch-create-file": _check_batch_file,
    "batch-delete": _check_batch_delete,
    "extra-body": _check_extra_body,
}


# --------------------------------------------------------------------------- the tests


def test_every_table_is_a_sample_with_a_pygenai_block_or_no_equivalent() -> None:
    tables = re.findall(r"<table>(.*?)</table>", TEXT, re.S)
    assert len(tables) == len(SAMPLES) == TEXT.count("<!-- snippet:"), "a table without a marker (or the reverse)"
    with_code = [t for t in tables if "```python" in CELL.findall(t)[1]]
    assert len(with_code) == len(RUNNABLE), "a pygenai block was not collected"
    assert len(RUNNABLE) == 86 and len(SAMPLES) - len(RUNNABLE) == 5  # the five "no equivalent" cells
    # fences need blank lines around them inside HTML, or GitHub shows them as text
    for table in tables:
        for cell in CELL.findall(table):
            if "```" in cell:
                assert cell.startswith("\n\n```python\n") and cell.endswith("```\n\n"), cell[:60]


def test_the_ported_samples_say_so_and_include_the_required_ones() -> None:
    assert set(PORTED) >= MUST_PORT
    for sample in SAMPLES.values():
        assert sample.note.startswith("Runs as is") == sample.ported, f"{sample.id}: note and marker disagree"


def test_every_expectation_names_a_sample_and_every_cassette_is_used() -> None:
    assert set(EXPECTED) | set(CHECKS) <= set(RUNNABLE)
    used = {s.cassette for s in SAMPLES.values() if s.pygenai is not None}
    on_disk = {p.stem for p in CASSETTES.glob("*.yaml")}
    assert on_disk <= used, f"cassettes no sample uses: {sorted(on_disk - used)}"
    for name in on_disk:
        first = (CASSETTES / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# modeled-on: "), name


@pytest.mark.parametrize("ident", RUNNABLE)
def test_pygenai_block_runs(ident: str, workdir: Path) -> None:
    sample = SAMPLES[ident]
    printed, namespace = run_sample(sample)
    missing = [line for line in EXPECTED.get(ident, []) if line not in printed]
    assert not missing, f"missing from the output: {missing}\n--- output:\n{printed}"
    check = CHECKS.get(ident)
    if check is not None:
        check(namespace, workdir)


@pytest.mark.parametrize("ident", PORTED)
def test_google_genai_block_runs_with_the_import_change(ident: str, workdir: Path) -> None:
    sample = SAMPLES[ident]
    printed, namespace = run_sample(sample, google=True)
    if "print(" in sample.google:  # where both print the same thing, the output matches too
        missing = [line for line in EXPECTED.get(ident, []) if line not in printed and "Invocation" not in line]
        assert not missing, f"missing from the output: {missing}\n--- output:\n{printed}"
    check = CHECKS.get(ident)
    if check is not None:
        check(namespace, workdir)


def test_the_import_change_is_one_line() -> None:
    before, after = (
        "from google import genai\nclient = genai.Client()\n",
        "import pygenai as genai\nclient = genai.Client()\n",
    )
    assert port(before) == after
    assert port("from google.genai import types\n") == "from google.genai import types\n"  # may stay
    with pytest.raises(AssertionError, match="changed 2 lines"):
        port("from google import genai\nfrom google.genai import Client\n")
    with pytest.raises(AssertionError, match="a google-genai import is left"):
        port("from google.genai import errors\n")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda c: c.enterprise, AttributeError, r"no Agent Platform \(enterprise"),
        (lambda c: c.tunings, AttributeError, r"client\.tuned_models"),
        (lambda c: c.models.compute_tokens, AttributeError, r"client\.models\.count_tokens"),
        (lambda c: c.models.generate_images, AttributeError, r"client\.models\.predict"),
        (lambda c: pygenai.errors, AttributeError, r"pygenai\.APIError"),
        (
            lambda c: c.models.generate_content(model=MODEL, contents="hi", config={"automatic_continuation": False}),
            TypeError,
            "unknown generate_content config key 'automatic_continuation'",
        ),
        (
            lambda c: c.models.generate_content(model=MODEL, contents="hi", config={"max_output_token": 3}),
            TypeError,
            "did you mean 'max_output_tokens'",
        ),
        (lambda c: c.models.list(config={"page_size": 10, "query_base": False}), TypeError, r"tuned_models\.list\(\)"),
        (lambda c: c.models.get(model="gemini-3.8-flash", name="models/x"), TypeError, "exactly one"),
        (lambda c: pygenai.Client(api_key="key\nwith a line break"), pygenai.InvalidAPIKeyError, "line break"),
    ],
    ids=[
        "enterprise",
        "tunings",
        "compute_tokens",
        "generate_images",
        "errors",
        "automatic_continuation",
        "misspelled",
        "query_base",
        "get-model",
        "bad-key",
    ],
)
def test_what_the_guide_says_raises_does(
    call: Callable[[pygenai.Client], Any], error: type[Exception], message: str
) -> None:
    client = pygenai.Client(api_key=recording.api_key(), base_url="https://offline.invalid", max_retries=0)
    with pytest.raises(error, match=message):
        call(client)


def test_what_the_guide_says_about_errors_and_batch_states() -> None:
    from google.genai import errors as genai_errors

    assert not issubclass(pygenai.NotFoundError, genai_errors.APIError)  # change the except clauses
    assert issubclass(pygenai.NotFoundError, pygenai.APIStatusError)
    assert issubclass(pygenai.APIStatusError, pygenai.APIError)
    job = pygenai.BatchJob.from_dict({"name": "batches/x", "metadata": {"state": "BATCH_STATE_SUCCEEDED"}})
    assert job.state == "BATCH_STATE_SUCCEEDED" and job.is_terminal
    assert job.state not in {"JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED", "JOB_STATE_CANCELLED", "JOB_STATE_PAUSED"}
