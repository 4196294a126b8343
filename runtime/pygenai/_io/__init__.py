"""Layer 1 of the runtime: the only code that imports httpx2 and anyio.

Connection pools, mapping httpx2's exceptions to pygenai's, the system clock, the shared event-loop portal
for sync callers of async code, and the shells that move bytes: transport, resource, stream, upload, pager.
The shells are written once, async, in ``_async/``; ``_sync/`` holds their generated sync twins, except
``concurrency.py``, the one hand-written pair (sleeping, running thunks concurrently or in turn,
offloading blocking reads).
"""
