"""Importing this module registers every command on the `factfinder` group."""

from factfinder.cli import archive, check, demo, estimate, extract, ingest, record, search, sources, verify  # noqa: F401
from factfinder.cli import serve  # noqa: F401,E402  (factfinder serve: the web app and REST API)
