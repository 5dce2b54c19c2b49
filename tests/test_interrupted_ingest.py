"""kill -9 in the middle of an ingest leaves the store consistent and `verify` clean."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from factfinder.config import Config
from factfinder.workbench import Workbench


def test_kill_9_mid_ingest_then_resume(store_url, home, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(250):
        (folder / f"doc{i:04d}.txt").write_text(
            f"Testimony {i}. The attack on the parish took place in April 1994.\n\n" + "More detail. " * 200,
            encoding="utf-8")
    env = {**os.environ, "FACTFINDER_DB": store_url, "FACTFINDER_HOME": str(home)}
    process = subprocess.Popen([sys.executable, "-m", "factfinder", "ingest", str(folder)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    objects = home / "objects"
    # Wait until some originals are written, then kill without warning.
    while time.monotonic() < deadline and sum(1 for _ in objects.glob("*/*")) < 20:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    with Workbench(Config(home=home, db_url=store_url, user="t")) as wb:
        report = wb.verify()
        assert report.ok, report.problems
        sources = wb.sources()
        assert 0 < len(sources) < 250
        assert len(wb.custody_log()) == len(sources)
        for source in sources[:50]:
            shown = wb.show(source["id"])
            assert shown["passages"] and shown["text"].startswith("Testimony")
        outcomes = wb.ingest([folder])
        assert {o.status for o in outcomes} <= {"added", "duplicate"}
        assert len(wb.sources()) == 250
        assert wb.verify().ok
