"""The client, written async; ``_sync/`` holds the generated twin."""
