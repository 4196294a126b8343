"""Layer 0 of the runtime: pure, sans-I/O code (the standard library and orjson only).

Models, the error hierarchy, operations, options, settings, request building, retry policy and attempt
bookkeeping, hooks, clocks and deadlines, the SSE decoder and stream parser, the upload protocol, page
following. Nothing here opens a socket, sleeps or imports an event-loop or HTTP library.
"""
