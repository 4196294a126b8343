# Generated from runtime/pygenai/_io/_async/__init__.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The I/O shells, written async; ``_sync/`` holds their generated twins."""
