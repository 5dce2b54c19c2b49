"""The `factfinder` command: a thin layer over factfinder.workbench.Workbench.

One module per command group under factfinder.cli; each registers itself on `cli`.
"""

from __future__ import annotations

import click
from rich.markup import escape

from factfinder import __version__
from factfinder.cli.output import err_console
from factfinder.errors import FactfinderError


class AppContext:
    """Opens the workbench lazily, so `--help` never touches a database."""

    def __init__(self, home: str | None, db: str | None, max_size: int | None) -> None:
        self.home, self.db, self.max_size = home, db, max_size
        self._wb = None

    @property
    def wb(self):  # noqa: ANN201
        if self._wb is None:
            from factfinder.workbench import Workbench

            self._wb = Workbench.open(home=self.home, db=self.db, max_size=self.max_size)
        return self._wb

    def close(self) -> None:
        if self._wb is not None:
            self._wb.close()


class FactfinderGroup(click.Group):
    """Turns factfinder's own errors into one clear line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except FactfinderError as exc:
            err_console.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
            ctx.exit(2)
        except ValueError as exc:
            # The estimation modules raise ValueError subclasses whose messages say what to fix.
            if not type(exc).__module__.startswith("factfinder.estimate"):
                raise
            err_console.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
            ctx.exit(2)


@click.group(cls=FactfinderGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", envvar="FACTFINDER_DB", metavar="URL",
              help="Database URL (default: SQLite in the data directory). Env: FACTFINDER_DB.")
@click.option("--data-dir", "home", envvar="FACTFINDER_HOME", metavar="DIR",
              help="Data directory for originals and the SQLite database (default ./.factfinder). "
                   "Env: FACTFINDER_HOME.")
@click.option("--max-size", type=int, envvar="FACTFINDER_MAX_SIZE", metavar="BYTES",
              help="Largest file ingest accepts (default 200 MB). Env: FACTFINDER_MAX_SIZE.")
@click.version_option(__version__, prog_name="factfinder")
@click.pass_context
def cli(ctx: click.Context, db: str | None, home: str | None, max_size: int | None) -> None:
    """factfinder: an evidence workbench for investigations of mass atrocities."""
    app = AppContext(home, db, max_size)
    ctx.obj = app
    ctx.call_on_close(app.close)


def main() -> None:
    cli(prog_name="factfinder")


from factfinder.cli import users  # noqa: E402,F401  (factfinder user / grant / confidential / security)
