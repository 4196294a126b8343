"""Running tools, written async; ``_sync/`` holds the generated twin."""
