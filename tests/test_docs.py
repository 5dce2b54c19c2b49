"""Documentation stays true: every command, setting and error code is documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from factfinder.config import SETTINGS
from factfinder.errors import E

REPO = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "gen_cli_docs.py"), "--check"])
    assert result.returncode == 0, "docs/cli.md is stale: run .venv/bin/python scripts/gen_cli_docs.py"


def test_every_setting_is_documented():
    doc = (REPO / "docs" / "settings.md").read_text()
    for name, (env, _default, _description) in SETTINGS.items():
        assert f"`{env}`" in doc, f"{env} is missing from docs/settings.md"


def test_every_error_code_is_in_the_catalogue_page():
    doc = (REPO / "docs" / "errors.md").read_text()
    documented = set(re.findall(r"^\| (E\d{3}) \|", doc, re.M))
    assert documented == {code.name for code in E}


def test_readme_starts_with_the_two_commands_and_ci_runs_the_test_one():
    readme = (REPO / "README.md").read_text().splitlines()
    block = readme[readme.index("```sh") + 1: readme.index("```sh") + 3]
    assert block[0].startswith("make demo") and block[1].startswith("make test")
    assert "make test" in (REPO / ".ci" / "run").read_text()
