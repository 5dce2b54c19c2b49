"""factfinder serve"""

from __future__ import annotations

import click

from factfinder.cli.main import cli
from factfinder.cli.output import console


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. Put a TLS proxy in front before listening beyond this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_obj
def serve(app, host, port):
    """Run the web app and the REST API (/api/v1; its description at /api/v1/openapi.json).
    Add users first with the admin commands; every route needs a login."""
    import uvicorn

    from factfinder.config import Config
    from factfinder.web.app import create_app

    config = Config.from_env(home=app.home, db_url=app.db, max_size=app.max_size)
    console.print(f"factfinder on http://{host}:{port}/ (API http://{host}:{port}/api/v1/docs); "
                  f"data directory {config.home.resolve()}")
    uvicorn.run(create_app(config), host=host, port=port, log_level="info")
