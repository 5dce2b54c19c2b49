"""Importing this module registers every command on the `factfinder` group."""

from factfinder.cli import archive, check, demo, estimate, extract, ingest, record, search, sources, verify  # noqa: F401
