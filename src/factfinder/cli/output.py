"""Shared output helpers for the CLI: JSON to stdout, human text through Rich."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def print_json_line(value: object) -> None:
    """One compact JSON object per line (JSON Lines), for streams of results."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


@contextmanager
def progress_bar(description: str, enabled: bool = True) -> Iterator[Progress]:
    """A Rich progress bar on stderr (so --json output on stdout stays clean)."""
    progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=err_console, transient=True,
                        disable=not enabled or not err_console.is_terminal)
    with progress:
        yield progress


def progress_aware(progress: Progress) -> Console:
    """Where to print lines while a progress bar runs: above the bar when both streams
    are the terminal, else plain stdout (so pipes and files get clean lines)."""
    if console.is_terminal and err_console.is_terminal:
        return progress.console
    return console
