# Generated from runtime/pygenai/tools/_async/__init__.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""Running tools, written async; ``_sync/`` holds the generated twin."""
