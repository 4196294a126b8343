"""The Interactions API's hand-written layer (``client.interactions``), pure modules and async shells.

Pure (no I/O): ``_input`` (what ``input=`` takes), ``_prepare`` (keyword arguments to the request body), ``_wire``
and ``_loop`` (function calling over steps, on the shared loop of ``pygenai.tools``), ``_result`` (the
:class:`~pygenai.Interaction` view and its accessors), ``_accumulate`` (stream events into one interaction),
``_resume`` (continuing a cut stream after its last event id), ``_poll`` and ``_progress`` (waiting for a
background interaction), ``_research`` (Deep Research requests and reports), ``_conversation`` (a conversation's
state and its saved form), ``_webhooks`` (verifying and decoding webhook deliveries).

Shells (``_async/``, with generated ``_sync/`` twins): the resource (``interactions``, with its background half in
``background``), streams, events and conversations.
"""

from ._resume import InteractionsResume

__all__ = ["InteractionsResume"]
