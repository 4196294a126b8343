"""The Interactions API's hand-written layer: what generic streaming must not know about its wire.

Today: how a cut Interactions stream continues (:class:`InteractionsResume`). Its resource,
``client.interactions``, is the generated one with that strategy plugged in.
"""

from ._resume import InteractionsResume

__all__ = ["InteractionsResume"]
