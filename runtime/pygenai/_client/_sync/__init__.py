# Generated from runtime/pygenai/_client/_async/__init__.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The client, written async; ``_sync/`` holds the generated twin."""
