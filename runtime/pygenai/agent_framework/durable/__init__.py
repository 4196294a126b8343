"""Durable agent runs on an existing engine: DBOS (durable workflows on Postgres, or SQLite on one machine).

A :class:`DBOSAgent` runs an :class:`~pygenai.agent_framework.Agent` as a DBOS workflow in which each model request
and each tool call is a DBOS step: its output is recorded in DBOS's system database when it finishes, and a run
that a crash interrupted is finished by DBOS's recovery (``DBOS.launch()`` in the next process) from the recorded
steps, without sending a finished request again or repeating a finished tool call::

    from dbos import DBOS
    from pygenai.agent_framework.durable import DBOSAgent

    durable = DBOSAgent(agent)  # before DBOS.launch(): recovery finds the workflow by its name
    DBOS(config={"name": "trips", "system_database_url": "postgresql://..."})
    DBOS.launch()
    result = await durable.run("Plan a weekend in Oslo", workflow_id="trip-42")

Needs ``dbos`` (``pip install 'pygenai[dbos]'``); importing :mod:`pygenai.agent_framework` does not load it.
"""

import importlib.util

from ..._core.errors import MissingDependencyError

if importlib.util.find_spec("dbos") is None:
    raise MissingDependencyError("'pygenai[dbos]'", "pygenai.agent_framework.durable")

from ._dbos import DBOSAgent, DBOSSteps, RecordedToolError

__all__ = ["DBOSAgent", "DBOSSteps", "RecordedToolError"]
