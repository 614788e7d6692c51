"""The single place the version number lives (read by hatch at build time)."""

__version__ = "0.1.0.dev0"
