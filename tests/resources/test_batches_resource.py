"""``client.batches``: inline and JSONL-file batches, polling with progress, results, cancel, list, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from google.genai import types as genai_types
from resource_support import Api

import pygenai
from pygenai.gemini._batches import inlined, normalize_state, parse_results_jsonl, source_parts
from pygenai.types import Operation

pytestmark = pytest.mark.anyio

BATCH = "batches/5x0e2ptw3mq8v7hlyf1n4c6dskjgorbau9zi"
CANCELLED = "batches/c4nc3l0m2k9d8s7a6p5o4i3u2y1t0r9e8w7q"
JSONL_REQUESTS = {
    "q1": "Say hi.",
    "q2": {
        "contents": [{"role": "user", "parts": [{"text": "Name a color."}]}],
        "generation_config": {"temperature": 0},
    },
}


@pytest.mark.vcr("batch_inline.yaml")
async def test_an_inline_batch_is_created_polled_to_success_and_read_back(api: Api) -> None:
    job = await api(
        api.client.batches.create(
            model="gemini-2.5-flash",
            requests={"req_1": "Say hi.", "req_2": "Name a color."},
            display_name="nightly-eval",
        )
    )
    assert isinstance(job, pygenai.BatchJob) and isinstance(job, Operation)
    assert (job.name, job.state, job.display_name, job.model) == (
        BATCH,
        "BATCH_STATE_PENDING",
        "nightly-eval",
        "models/gemini-2.5-flash",
    )
    assert job.progress == pygenai.BatchProgress(total=2, succeeded=0, failed=0, pending=2)
    assert not job.is_terminal

    clock = api.use_clock()
    seen: list[tuple[str | None, pygenai.BatchProgress]] = []
    done = await api(
        api.client.batches.wait(job, poll_interval=15, on_progress=lambda j: seen.append((j.state, j.progress)))
    )
    assert [state for state, _ in seen] == ["BATCH_STATE_PENDING", "BATCH_STATE_RUNNING", "BATCH_STATE_SUCCEEDED"]
    assert seen[1][1] == pygenai.BatchProgress(total=2, succeeded=1, failed=0, pending=1)
    assert seen[1][1].fraction == 0.5
    assert clock.sleeps == [15, 15]
    assert done.done is True and done.is_terminal
    assert done.progress.completed == 2

    results = await api(api.client.batches.results(done))
    assert [(r.index, r.key, r.ok) for r in results] == [(0, "req_1", True), (1, "req_2", True)]
    assert [r.response.text for r in results if r.response] == ["Hi!", "Teal."]
    assert results[1].metadata == {"key": "req_2"}


@pytest.mark.vcr("batch_file.yaml")
async def test_a_jsonl_batch_uploads_its_input_and_reads_the_results_file(api: Api) -> None:
    job = await api(
        api.client.batches.create(
            model="gemini-2.5-flash", src=pygenai.batch_jsonl(JSONL_REQUESTS), display_name="eval-input"
        )
    )
    assert job.state == "BATCH_STATE_PENDING"

    done = await api(api.client.batches.get(name=job.name))
    assert done.responses_file == "files/batch-ag83kd02nfj3" and done.inlined_responses == []
    assert done.progress == pygenai.BatchProgress(total=2, succeeded=1, failed=1, pending=0)

    first, second = await api(api.client.batches.results(done))
    assert (first.key, first.ok, first.response.text if first.response else None) == ("q1", True, "Hello there!")
    assert (second.key, second.ok, second.response) == ("q2", False, None)
    assert second.error is not None and (second.error.code, second.error.message) == (
        400,
        "Request contains an invalid argument.",
    )


@pytest.mark.vcr("batch_cancel.yaml")
async def test_a_cancelled_batch_stops_has_no_results_and_can_be_deleted(api: Api) -> None:
    assert (await api(api.client.batches.cancel(name=CANCELLED))).to_dict() == {}
    job = await api(api.client.batches.get(name=CANCELLED))
    assert job.state == "BATCH_STATE_CANCELLED" and job.is_terminal
    assert job.progress == pygenai.BatchProgress(total=3, succeeded=1, failed=0, pending=2)
    with pytest.raises(pygenai.BatchError, match="ended BATCH_STATE_CANCELLED without results") as caught:
        await api(api.client.batches.results(job))
    assert caught.value.job is job
    assert (await api(api.client.batches.delete(name=CANCELLED))).to_dict() == {}


@pytest.mark.vcr("batch_list.yaml")
async def test_list_iterates_every_batch_as_jobs(api: Api) -> None:
    jobs = await api.collect(api.client.batches.list(page_size=1))
    assert [(j.name, j.state) for j in jobs] == [(BATCH, "BATCH_STATE_RUNNING"), (CANCELLED, "BATCH_STATE_CANCELLED")]
    assert all(isinstance(j, pygenai.BatchJob) for j in jobs)


@pytest.mark.vcr("batch_inline.yaml")
async def test_wait_times_out_with_the_batch_last_seen(api: Api) -> None:
    await api(
        api.client.batches.create(
            model="gemini-2.5-flash",
            requests=[
                {
                    "request": {"contents": [{"role": "user", "parts": [{"text": "Say hi."}]}]},
                    "metadata": {"key": "req_1"},
                },
                {"request": "Name a color.", "metadata": {"key": "req_2"}},
            ],
            display_name="nightly-eval",
        )
    )
    api.use_clock()
    with pytest.raises(pygenai.WaitTimeoutError, match="is still BATCH_STATE_RUNNING after 15s") as caught:
        await api(api.client.batches.wait(BATCH, timeout=15, poll_interval=15))
    assert caught.value.last.progress.succeeded == 1


@pytest.mark.vcr("batch_inline.yaml")
async def test_results_of_an_unfinished_batch_say_to_wait(api: Api) -> None:
    job = await api(
        api.client.batches.create(
            model="gemini-2.5-flash",
            requests={"req_1": "Say hi.", "req_2": "Name a color."},
            display_name="nightly-eval",
        )
    )
    with pytest.raises(pygenai.BatchError, match="is BATCH_STATE_PENDING: wait"):
        await api(api.client.batches.results(job))


GENAI_SRC = [
    {
        "contents": [{"parts": [{"text": "Say hi."}], "role": "user"}],
        "config": {"system_instruction": "Answer in one word.", "temperature": 0.0, "max_output_tokens": 16},
        "metadata": {"key": "req_1"},
    },
    {
        "contents": "Name a color.",
        "config": {
            "tools": [{"google_search": {}}],
            "safety_settings": [{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_ONLY_HIGH"}],
        },
        "metadata": {"key": "req_2"},
    },
]


@pytest.mark.vcr("batch_inline_genai.yaml")
async def test_src_takes_google_genais_inline_requests_with_their_config(api: Api) -> None:
    # google-genai: client.batches.create(model=..., src=[{"contents": ..., "config": ...}], config={...})
    job = await api(
        api.client.batches.create(model="gemini-2.5-flash", src=GENAI_SRC, config={"display_name": "genai-style"})
    )
    assert (job.state, job.display_name, job.progress.total) == ("BATCH_STATE_PENDING", "genai-style", 2)


@pytest.mark.vcr("batch_inline_genai.yaml")
async def test_src_takes_google_genais_inlined_request_objects(api: Api) -> None:
    src = [
        genai_types.InlinedRequest(
            contents="Say hi.",
            config=genai_types.GenerateContentConfig(
                system_instruction="Answer in one word.", temperature=0, max_output_tokens=16
            ),
            metadata={"key": "req_1"},
        ),
        genai_types.InlinedRequest(
            contents=[genai_types.Content(role="user", parts=[genai_types.Part(text="Name a color.")])],
            config=genai_types.GenerateContentConfig(
                tools=[genai_types.Tool(google_search=genai_types.GoogleSearch())],
                safety_settings=[
                    genai_types.SafetySetting(
                        category=genai_types.HarmCategory.HARM_CATEGORY_HATE_SPEECH,
                        threshold=genai_types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
                    )
                ],
            ),
            metadata={"key": "req_2"},
        ),
    ]
    config = genai_types.CreateBatchJobConfig(display_name="genai-style")
    job = await api(api.client.batches.create(model="gemini-2.5-flash", src=src, config=config))
    assert job.name == "batches/g3n41s7y1e0b4tch2q8w5r6t9u0i1o2p3a4s"


@pytest.mark.vcr("batch_file.yaml")
async def test_src_names_an_uploaded_file(api: Api) -> None:
    job = await api(
        api.client.batches.create(model="gemini-2.5-flash", src="files/9q2hmn1x0r4t", display_name="eval-input")
    )
    assert job.state == "BATCH_STATE_PENDING"


@pytest.mark.vcr("batch_list.yaml")
async def test_list_takes_google_genais_config_and_reads_a_page_at_a_time(api: Api) -> None:
    pager = await api(api.client.batches.list(config=genai_types.ListBatchJobsConfig(page_size=1)))
    assert pager.page_size == 1 and isinstance(pager[0], pygenai.BatchJob)
    assert pager[0].name == BATCH
    (cancelled,) = await api(pager.next_page())
    assert (cancelled.name, cancelled.state) == (CANCELLED, "BATCH_STATE_CANCELLED")


def test_inline_requests_in_google_genais_shape_become_wire_requests() -> None:
    assert inlined(GENAI_SRC) == [
        {
            "request": {
                "contents": [{"role": "user", "parts": [{"text": "Say hi."}]}],
                "systemInstruction": {"parts": [{"text": "Answer in one word."}]},
                "generationConfig": {"temperature": 0, "maxOutputTokens": 16},
            },
            "metadata": {"key": "req_1"},
        },
        {
            "request": {
                "contents": [{"role": "user", "parts": [{"text": "Name a color."}]}],
                "tools": [{"googleSearch": {}}],
                "safetySettings": [{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_ONLY_HIGH"}],
            },
            "metadata": {"key": "req_2"},
        },
    ]
    by_key = inlined({"a": {"contents": "Hi", "config": {"temperature": 1}, "model": "gemini-2.5-pro"}})
    assert by_key == [
        {
            "request": {
                "contents": [{"role": "user", "parts": [{"text": "Hi"}]}],
                "generationConfig": {"temperature": 1},
                "model": "models/gemini-2.5-pro",
            },
            "metadata": {"key": "a"},
        }
    ]


def test_python_functions_in_a_batch_requests_tools_are_declared_not_run() -> None:
    ran: list[str] = []

    def get_weather(city: str) -> str:
        """The weather in a city."""
        ran.append(city)
        return "sunny"

    (item,) = inlined([{"contents": "Weather in Paris?", "config": {"tools": [get_weather]}}])
    (tool,) = item["request"]["tools"]
    assert [d["name"] for d in tool["functionDeclarations"]] == ["get_weather"] and ran == []
    assert pygenai.batch_jsonl([{"contents": "Hi", "config": {"temperature": 0}}]) == (
        b'{"key":"0","request":{"contents":[{"role":"user","parts":[{"text":"Hi"}]}],'
        b'"generationConfig":{"temperature":0}}}\n'
    )


@pytest.mark.parametrize(
    ("src", "error", "message"),
    [
        (
            [{"contents": "x", "config": {"temprature": 0}}],
            TypeError,
            "unknown generate_content config key 'temprature'",
        ),
        ([{"config": {"temperature": 0}}], TypeError, "needs its contents too"),
        (
            [{"contents": "x", "config": {"http_options": {"timeout": 10}}}],
            TypeError,
            "http_options'] has no meaning in a batch request",
        ),
        (
            [{"contents": "x", "config": {"system_instruction": "a"}, "system_instruction": "b"}],
            TypeError,
            "system_instruction is given both in the batch request and in its config",
        ),
        ({"contents": "x", "config": {}}, TypeError, "not one request: wrap it in"),
        ([{"contents": "x", "metadata": "k"}], TypeError, "metadata is a dict"),
        ("gs://bucket/in.jsonl", ValueError, "Cloud Storage and BigQuery sources are Vertex AI's"),
    ],
    ids=["config-typo", "no-contents", "http_options", "twice", "one-request", "metadata", "gcs"],
)
async def test_bad_inline_requests_are_refused_before_sending(
    api_free: Api, src: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await api_free(api_free.client.batches.create(model="gemini-2.5-flash", src=src))


async def test_create_checks_its_options_and_config_before_uploading(api_free: Api, tmp_path: Path) -> None:
    missing = tmp_path / "requests.jsonl"  # uploading it would raise FileNotFoundError instead
    batches = api_free.client.batches
    with pytest.raises(TypeError, match=r"create\(\) got an unexpected keyword argument 'timeot'"):
        await api_free(batches.create(model="gemini-2.5-flash", src=missing, timeot=3))
    with pytest.raises(TypeError, match="unknown config key 'dest': the Gemini API has no output destination"):
        await api_free(batches.create(model="gemini-2.5-flash", src=missing, config={"dest": "gs://out"}))
    with pytest.raises(TypeError, match="display_name is given both as a keyword argument and in config"):
        await api_free(
            batches.create(model="gemini-2.5-flash", src=missing, display_name="a", config={"display_name": "b"})
        )


def test_src_is_told_apart_by_its_type_and_whether_a_path_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert source_parts("files/abc") == (None, None, "files/abc")
    assert source_parts(b'{"key": "a"}\n') == (None, b'{"key": "a"}\n', None)
    assert source_parts("requests.jsonl") == (None, "requests.jsonl", None)
    assert source_parts(["Say hi."]) == (["Say hi."], None, None)
    assert source_parts({"q": "Say hi."}) == ({"q": "Say hi."}, None, None)
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "abc").write_bytes(b"{}\n")
    assert source_parts("files/abc") == (None, "files/abc", None)  # a local path that exists is uploaded


async def test_create_needs_exactly_one_input(api_free: Api) -> None:
    batches = api_free.client.batches
    with pytest.raises(ValueError, match="exactly one of"):
        await api_free(batches.create(model="gemini-2.5-flash"))
    with pytest.raises(ValueError, match="exactly one of"):
        await api_free(batches.create(model="gemini-2.5-flash", requests=["a"], file_name="files/x"))
    with pytest.raises(ValueError, match="exactly one of"):
        await api_free(batches.create(model="gemini-2.5-flash", requests=["a"], src=["b"]))
    with pytest.raises(ValueError, match="at least one request"):
        await api_free(batches.create(model="gemini-2.5-flash", requests=[]))
    with pytest.raises(TypeError, match="not one string"):
        await api_free(batches.create(model="gemini-2.5-flash", requests="Say hi."))


def test_batch_jsonl_writes_one_keyed_request_per_line() -> None:
    assert pygenai.batch_jsonl(["Say hi.", {"contents": [{"parts": [{"text": "Hm"}]}]}]) == (
        b'{"key":"0","request":{"contents":[{"role":"user","parts":[{"text":"Say hi."}]}]}}\n'
        b'{"key":"1","request":{"contents":[{"parts":[{"text":"Hm"}]}]}}\n'
    )


def test_job_state_spellings_of_the_sdks_are_accepted() -> None:
    assert normalize_state("JOB_STATE_SUCCEEDED") == "BATCH_STATE_SUCCEEDED"
    assert "JOB_STATE_" in (pygenai.BatchJob.state.__doc__ or "")
    assert "BATCH_STATE_SUCCEEDED" in (pygenai.BatchJob.state.__doc__ or "")
    assert normalize_state("BATCH_STATE_RUNNING") == "BATCH_STATE_RUNNING"
    job = pygenai.BatchJob._wrap({"name": "batches/x", "metadata": {"state": "JOB_STATE_EXPIRED"}})
    assert job.state == "BATCH_STATE_EXPIRED" and job.is_terminal
    assert job.progress == pygenai.BatchProgress(0, 0, 0, 0) and job.progress.fraction == 1.0


def test_results_lines_are_parsed_with_their_key_and_bad_lines_name_their_number() -> None:
    results = parse_results_jsonl(
        b'{"key": "a", "response": {"candidates": []}}\n\n{"metadata": {"key": "b"}, "error": {"code": 13}}\n'
    )
    assert [(r.index, r.key, r.error.code if r.error else None) for r in results] == [(0, "a", None), (1, "b", 13)]
    with pytest.raises(pygenai.ResponseDecodeError, match="line 2: invalid JSON"):
        parse_results_jsonl(b'{"key": "a"}\n{"key": \n')
