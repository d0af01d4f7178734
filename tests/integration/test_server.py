"""``policykg neo4j start|stop|status`` on a second, private managed instance.

The instance has its own state directory and Bolt port and shares the jar cache,
so the shared server (port 7687) that other tests and engineers use is untouched.
Every command goes through ``policykg.cli.main``; its output is kept so the last
test can check that the password appears in none of it.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from policykg import PolicyKGError
from policykg.cli import main
from policykg.graph import neo4j as kg_neo4j
from policykg.graph import server
from tests.helpers import free_port, listening_addresses, private_server_env

pytestmark = pytest.mark.neo4j
VERSION = "5.26.30"


@dataclass
class Instance:
    cfg: server.ServerConfig
    outputs: list[str] = field(default_factory=list)

    @property
    def uri(self) -> str:
        return self.cfg.uri

    def cli(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
        code = main(["neo4j", *args])
        out, err = capsys.readouterr()
        self.outputs += [out, err]
        return code, out, err

    def pid(self) -> int:
        return int(self.cfg.pid_file.read_text())


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Instance]:
    env = private_server_env(tmp_path_factory.mktemp("neo4j-state"), free_port())
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        mp.delenv("NEO4J_URI", raising=False)
        inst = Instance(server.ServerConfig.from_env())
        yield inst
        server.stop(inst.cfg)


def test_start_waits_for_bolt_and_is_idempotent(instance: Instance, capsys):
    code, out, err = instance.cli(capsys, "start")
    assert (code, err) == (0, "")
    pattern = (
        rf"neo4j started at {re.escape(instance.uri)} in \d+\.\d s "
        rf"\(Neo4j {VERSION} Community; log {re.escape(str(instance.cfg.log_file))}\)\n"
    )
    assert re.fullmatch(pattern, out), out
    assert server.bolt_answers(instance.cfg.bolt_port) is True

    pid = instance.pid()
    assert instance.cli(capsys, "start") == (0, f"neo4j already running at {instance.uri}\n", "")
    assert instance.pid() == pid


def test_status_reports_running_uri_and_server_version(instance: Instance, capsys):
    expected = f"neo4j running (pid {instance.pid()}) at {instance.uri}, Neo4j {VERSION} Community\n"
    assert instance.cli(capsys, "status") == (0, expected, "")


def test_listens_on_loopback_only(instance: Instance):
    assert listening_addresses(instance.pid()) == {("127.0.0.1", instance.cfg.bolt_port)}


def test_password_file_is_private_and_generated(instance: Instance):
    assert stat.S_IMODE(instance.cfg.password_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(instance.cfg.home.stat().st_mode) == 0o700
    password = server.read_password(instance.cfg)
    assert re.fullmatch(r"[A-Za-z0-9]{32}", password)


def test_generated_password_authenticates_and_reports_the_version(instance: Instance):
    with kg_neo4j.driver(kg_neo4j.managed_settings(instance.cfg)) as drv:
        records, _, _ = drv.execute_query(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition", database_="system"
        )
    assert [tuple(r.values()) for r in records] == [("Neo4j Kernel", [VERSION], "community")]


def test_wrong_password_is_a_clear_error_without_the_password(instance: Instance):
    wrong = "Wrong" + server.read_password(instance.cfg)[::-1]
    bad = kg_neo4j.Settings(uri=instance.uri, username="neo4j", password=wrong)
    with pytest.raises(kg_neo4j.Neo4jAuthError) as info:
        kg_neo4j.connect(bad)
    assert str(info.value) == f"authentication failed for user 'neo4j' at {instance.uri} (check NEO4J_PASSWORD)"
    assert info.value.__cause__ is None and info.value.__suppress_context__ is True


def test_start_with_port_taken_names_the_remedy(instance: Instance, tmp_path: Path):
    other = server.ServerConfig(cache_dir=instance.cfg.cache_dir, state_dir=tmp_path, bolt_port=instance.cfg.bolt_port)
    with pytest.raises(PolicyKGError) as info:
        server.start(other)
    assert str(info.value) == (
        f"port {other.bolt_port} on 127.0.0.1 is in use by another program; stop it or set POLICYKG_NEO4J_BOLT_PORT"
    )
    assert not other.pid_file.exists()


def test_stop_then_status_and_second_stop(instance: Instance, capsys):
    pid = instance.pid()
    assert instance.cli(capsys, "stop") == (0, "neo4j stopped\n", "")
    assert not Path(f"/proc/{pid}").exists()
    assert server.bolt_answers(instance.cfg.bolt_port) is False
    assert instance.cli(capsys, "status") == (1, f"neo4j stopped at {instance.uri}, Neo4j {VERSION} Community\n", "")
    assert instance.cli(capsys, "stop") == (0, "neo4j was not running\n", "")


def test_server_down_is_one_line_with_the_remedy(instance: Instance):
    with pytest.raises(kg_neo4j.Neo4jUnavailable) as info:
        kg_neo4j.connect(kg_neo4j.managed_settings(instance.cfg))
    assert str(info.value) == (
        f"Neo4j is not reachable at {instance.uri}: start it with `policykg neo4j start`, or check NEO4J_URI"
    )


def test_restart_keeps_data_and_password(instance: Instance, capsys):
    password = server.read_password(instance.cfg)
    code, out, _ = instance.cli(capsys, "start")
    assert code == 0 and out.startswith(f"neo4j started at {instance.uri} in ")
    with kg_neo4j.driver(kg_neo4j.managed_settings(instance.cfg)) as drv:
        drv.execute_query("CREATE (:Probe {name: $name})", name="kept", database_="neo4j")
    assert instance.cli(capsys, "stop")[0] == 0
    assert instance.cli(capsys, "start")[0] == 0
    with kg_neo4j.driver(kg_neo4j.managed_settings(instance.cfg)) as drv:
        records, _, _ = drv.execute_query("MATCH (p:Probe) RETURN p.name AS name", database_="neo4j")
    assert [r["name"] for r in records] == ["kept"]
    assert server.read_password(instance.cfg) == password


def test_start_timeout_points_at_the_log(instance: Instance):
    assert server.stop(instance.cfg) is True
    impatient = server.ServerConfig(
        cache_dir=instance.cfg.cache_dir,
        state_dir=instance.cfg.state_dir,
        bolt_port=instance.cfg.bolt_port,
        heap="512m",
        pagecache="64m",
        start_timeout=0.0,
    )
    with pytest.raises(PolicyKGError) as info:
        server.start(impatient)
    assert str(info.value) == (f"Neo4j did not answer on {instance.uri} within 0 s; see {instance.cfg.log_file}")
    assert server.stop(instance.cfg) is True  # the slow server is still stopped cleanly


def test_password_never_appears_in_output_logs_or_command_lines(instance: Instance):
    password = server.read_password(instance.cfg)
    assert len(instance.outputs) >= 14
    assert [o for o in instance.outputs if password in o] == []
    files = [
        p
        for p in instance.cfg.home.rglob("*")
        if p.is_file() and p != instance.cfg.password_file and "data" not in p.relative_to(instance.cfg.home).parts
    ]
    assert {p.name for p in files} >= {"neo4j.log", "debug.log", "console.log", "admin.log", "neo4j.conf"}
    assert [p for p in files if password.encode() in p.read_bytes()] == []
    own = [Path(f"/proc/{pid}/cmdline") for pid in os.listdir("/proc") if pid.isdigit()]
    assert [p for p in own if p.exists() and password.encode() in _read(p)] == []


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""
