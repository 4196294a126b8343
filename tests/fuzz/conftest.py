"""Hypothesis budgets for the fuzz targets: a short one inside the suite, a long one in ``nox -s fuzz``.

Two settings profiles:

* ``suite``: what ``pytest`` (``nox -s tests``) uses for the tests in this folder when no profile is named on
  the command line; 500 cases per target, so the whole folder adds seconds, not minutes.
* ``fuzz``: at least 100,000 cases per target, no per-case deadline, no "too slow" health checks;
  ``nox -s fuzz`` runs ``pytest tests/fuzz --hypothesis-profile=fuzz --hypothesis-show-statistics``.

A target's own ``@settings`` leaves ``max_examples`` (and the deadline) to the profile. The profile applies to this
folder only: it is loaded while these modules are imported (``@settings`` reads the defaults then) and while their
tests run, and the one in force before is put back afterwards, so the hypothesis tests elsewhere in the suite keep
their own budgets whatever order pytest collects the folders in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, Phase, settings

SUITE_PROFILE = "suite"
FUZZ_PROFILE = "fuzz"

# The explain phase (which lines only failing cases ran) can take minutes on a stream target: left out of both.
_PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]

settings.register_profile(SUITE_PROFILE, max_examples=500, deadline=None, phases=_PHASES)
settings.register_profile(
    FUZZ_PROFILE,
    max_examples=100_000,
    deadline=None,
    phases=_PHASES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _profile_for(config: pytest.Config) -> str:
    """The profile named by ``--hypothesis-profile``, else ``suite``."""
    named: str | None = config.getoption("--hypothesis-profile", default=None)
    return named or SUITE_PROFILE


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    with _profile_loaded(_profile_for(collector.config)):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    with _profile_loaded(_profile_for(item.config)):
        return (yield)


@contextmanager
def _profile_loaded(name: str) -> Iterator[None]:
    """Load a profile for the duration of a ``with`` block, then put back the one that was in force."""
    previous = settings.get_current_profile_name()
    settings.load_profile(name)
    try:
        yield
    finally:
        settings.load_profile(previous)
