"""The I/O shells, written async; ``_sync/`` holds their generated twins."""
