"""Where factfinder keeps its data, and the settings that change its behaviour.

Every setting has one name, one environment variable and one default, listed
in SETTINGS; docs/settings.md is checked against this table by the tests.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_HOME = Path(".factfinder")
DEFAULT_MAX_SIZE = 200 * 1024 * 1024

# name -> (environment variable, default, description)
SETTINGS: dict[str, tuple[str, str, str]] = {
    "home": ("FACTFINDER_HOME", "./.factfinder", "Data directory: originals, SQLite database, backups."),
    "db": ("FACTFINDER_DB", "sqlite:///<home>/factfinder.db",
           "Database URL. sqlite:///PATH or postgresql://USER@HOST:PORT/DB."),
    "max_size": ("FACTFINDER_MAX_SIZE", str(DEFAULT_MAX_SIZE), "Largest file ingest accepts, in bytes."),
    "user": ("FACTFINDER_USER", "<login name>", "Name recorded in the custody log for CLI actions."),
    "field_key_file": ("FACTFINDER_FIELD_KEY_FILE", "<home>/keys/field.key",
                       "AES-256 key that encrypts witness details and victim records; keep it outside the "
                       "database and back it up (docs/security.md)."),
}


@dataclass(frozen=True)
class Config:
    home: Path = field(default_factory=lambda: Path(os.environ.get("FACTFINDER_HOME", DEFAULT_HOME)))
    db_url: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    user: str = ""

    @classmethod
    def from_env(cls, home: str | Path | None = None, db_url: str | None = None,
                 max_size: int | None = None, user: str | None = None) -> "Config":
        env = os.environ
        return cls(
            home=Path(home or env.get("FACTFINDER_HOME") or DEFAULT_HOME),
            db_url=db_url or env.get("FACTFINDER_DB") or None,
            max_size=int(max_size or env.get("FACTFINDER_MAX_SIZE") or DEFAULT_MAX_SIZE),
            user=user or env.get("FACTFINDER_USER") or _login_name(),
        )

    @property
    def database_url(self) -> str:
        if self.db_url:
            return normalize_db_url(self.db_url)
        return f"sqlite:///{(self.home / 'factfinder.db').resolve()}"

    @property
    def objects_dir(self) -> Path:
        return self.home / "objects"


def normalize_db_url(url: str) -> str:
    """Accept the plain `postgresql://` form users know; use psycopg 3 underneath."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry in some containers
        return "unknown"
