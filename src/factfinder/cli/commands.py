"""Importing this module registers every command on the `factfinder` group."""

from factfinder.cli import archive, demo, estimate, extract, ingest, search, sources, verify  # noqa: F401
