"""The package version, in one place (``pygenai.__version__``, the user-agent)."""

__version__ = "0.1.0"
