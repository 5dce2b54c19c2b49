"""Write docs/cli.md from the commands' own help, so the reference never drifts.

    .venv/bin/python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factfinder.cli import cli

TARGET = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    out = []
    for name in sorted(group.commands):
        command = group.commands[name]
        out.append((f"{prefix} {name}", command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, f"{prefix} {name}"))
    return out


def render() -> str:
    parts = ["# Command-line reference", "",
             "Generated from the commands' own help by `scripts/gen_cli_docs.py`; a test fails when it is stale.",
             ""]
    with click.Context(cli, info_name="factfinder", terminal_width=100) as ctx:
        parts += ["## factfinder", "", "```", cli.get_help(ctx), "```", ""]
        for path, command in _commands(cli, "factfinder"):
            with click.Context(command, info_name=path, parent=None, terminal_width=100) as sub:
                parts += [f"## {path}", "", "```", command.get_help(sub), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.read_text() == text else 1)
    TARGET.write_text(text)
    print(f"wrote {TARGET}")
