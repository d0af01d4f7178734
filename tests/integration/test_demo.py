"""`make demo` end to end on the real server, and no secret anywhere after it (issues 4, 5, 6).

The demo is the README's first command: this test runs it (into a temporary
output folder) so the documented job keeps working, checks what it produced, and
greps everything it printed or wrote, plus the server's logs, for the password.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def _password() -> str:
    from policykg.graph import neo4j as kg_neo4j

    return kg_neo4j.settings().password


def _text_files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


@pytest.fixture(scope="module")
def demo(neo4j_driver: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("demo")
    proc = subprocess.run(
        ["make", "--no-print-directory", "demo", f"OUT={out}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        env=os.environ.copy(),
    )
    return proc, out


def test_demo_succeeds_and_writes_every_product(demo: tuple[subprocess.CompletedProcess, Path]) -> None:
    proc, out = demo
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 13
    for name in (
        "exports/graph.graphml",
        "exports/graph.json",
        "exports/csv/nodes.csv",
        "exports/csv/relationships.csv",
        "views/index.html",
    ):
        assert (out / name).is_file(), name
    assert proc.stdout.rstrip().splitlines()[-1] == str(out / "views" / "index.html")


def test_demo_prints_the_two_tables(demo: tuple[subprocess.CompletedProcess, Path]) -> None:
    proc, _ = demo
    assert "policykg query who_restricts" in proc.stdout
    assert "policykg query in_force_on" in proc.stdout
    assert "EXPORT_CONTROL" in proc.stdout


def test_password_appears_nowhere_after_the_demo(demo: tuple[subprocess.CompletedProcess, Path]) -> None:
    proc, out = demo
    password = _password()
    assert len(password) >= 16
    assert password not in proc.stdout and password not in proc.stderr
    from policykg.graph import server

    instance_logs = server.ServerConfig.from_env().home / "logs"
    leaked = [
        str(p) for p in _text_files(out, instance_logs) if password in p.read_text(encoding="utf-8", errors="replace")
    ]
    assert leaked == []
