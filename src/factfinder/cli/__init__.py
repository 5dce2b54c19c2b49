"""The command-line interface. `cli` is the click group with every command registered."""

from factfinder.cli.main import cli, main
from factfinder.cli import commands  # noqa: F401,E402  (registers the commands on `cli`)

__all__ = ["cli", "main"]
