"""The Interactions resources, written async; ``_sync/`` holds the generated twin."""
