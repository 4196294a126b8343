"""The GenerateContent resources and streams, written async; ``_sync/`` holds the generated twins."""
