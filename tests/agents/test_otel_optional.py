"""OpenTelemetry stays optional: without ``opentelemetry-api`` agents run and nothing imports it; with it, an agent
without OpenTelemetryTracing still never imports it; OpenTelemetryTracing() without a provider uses the global one.
Each case runs in a fresh interpreter, whose ``sys.modules`` the test suite has not touched."""

from __future__ import annotations

import os
import subprocess
import sys

RUN_AN_AGENT = """
from pygenai.agent_framework import Agent
from tests.agents._scripted import ScriptedModel, text

def run_plain_agent():
    return Agent(ScriptedModel(text("hello")).client(), model="gemini-2.5-flash").run_sync("hi").output

def otel_modules():
    return sorted(name for name in sys.modules if name.split(".")[0] == "opentelemetry")
"""


HIDE_OPENTELEMETRY = """
import importlib.abc
import sys

class HideOpenTelemetry(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] == "opentelemetry":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, HideOpenTelemetry())
"""


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def test_without_opentelemetry_agents_run_and_tracing_says_what_to_install() -> None:
    done = run_python(
        HIDE_OPENTELEMETRY
        + RUN_AN_AGENT
        + """
import pygenai
from pygenai.agent_framework import OpenTelemetryTracing

assert run_plain_agent() == "hello"
try:
    OpenTelemetryTracing()
except pygenai.MissingDependencyError as exc:
    print("error:", exc)
print("modules:", otel_modules())
"""
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "error: OpenTelemetryTracing needs opentelemetry-api, which is not installed: pip install opentelemetry-api",
        "modules: []",
    ]


def test_an_agent_without_tracing_never_imports_opentelemetry_and_tracing_uses_the_global_provider() -> None:
    done = run_python(
        "import sys\n"
        + RUN_AN_AGENT
        + """
assert run_plain_agent() == "hello"
print("untraced:", otel_modules())

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pygenai.agent_framework import OpenTelemetryTracing

tracing = OpenTelemetryTracing()  # made before the global provider is set: spans still reach it
exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)
agent = Agent(ScriptedModel(text("hello")).client(), model="gemini-2.5-flash", interceptors=[tracing])
assert agent.run_sync("hi").output == "hello"
print("spans:", sorted(span.name for span in exporter.get_finished_spans()))
"""
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "untraced: []",
        "spans: ['POST', 'generate_content gemini-2.5-flash', 'invoke_agent agent']",
    ]
