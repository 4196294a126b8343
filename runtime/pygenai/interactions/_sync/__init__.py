# Generated from runtime/pygenai/interactions/_async/__init__.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The Interactions resources, written async; ``_sync/`` holds the generated twin."""
