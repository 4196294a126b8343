# Generated from runtime/pygenai/gemini/_async/__init__.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The GenerateContent resources and streams, written async; ``_sync/`` holds the generated twins."""
