"""Connection settings and the managed server's configuration (no server needed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policykg import PolicyKGError
from policykg.graph import neo4j as kg_neo4j
from policykg.graph import server

SECRET = "s3cret-Value_42"


def test_neo4j_variables_select_an_existing_server():
    env = {
        "NEO4J_URI": "neo4j+s://abc.databases.neo4j.io",
        "NEO4J_USERNAME": "analyst",
        "NEO4J_PASSWORD": SECRET,
        "NEO4J_DATABASE": "policy",
    }
    assert kg_neo4j.settings(env) == kg_neo4j.Settings(
        uri="neo4j+s://abc.databases.neo4j.io", username="analyst", password=SECRET, database="policy", managed=False
    )


def test_username_and_database_default_to_neo4j():
    s = kg_neo4j.settings({"NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": SECRET})
    assert (s.uri, s.username, s.database, s.managed) == ("bolt://db:7687", "neo4j", "neo4j", False)


def test_repr_and_str_mask_the_password():
    s = kg_neo4j.Settings(uri="bolt://db:7687", username="neo4j", password=SECRET)
    expected = "Settings(uri='bolt://db:7687', username='neo4j', password='***', database='neo4j', managed=False)"
    assert (repr(s), str(s), f"{s}") == (expected, expected, expected)


def test_database_name():
    assert kg_neo4j.database({}) == "neo4j"
    assert kg_neo4j.database({"NEO4J_DATABASE": "policy"}) == "policy"


def test_without_neo4j_uri_the_managed_server_is_used(tmp_path: Path):
    env = {"POLICYKG_STATE_DIR": str(tmp_path), "POLICYKG_NEO4J_BOLT_PORT": "17001"}
    home = tmp_path / "neo4j"
    home.mkdir()
    (home / "password").write_text("generatedPassword123\n")
    s = kg_neo4j.settings(env)
    assert s == kg_neo4j.Settings(
        uri="bolt://127.0.0.1:17001", username="neo4j", password="generatedPassword123", database="neo4j", managed=True
    )


def test_managed_server_not_set_up_names_the_remedy(tmp_path: Path):
    env = {"POLICYKG_STATE_DIR": str(tmp_path)}
    with pytest.raises(kg_neo4j.Neo4jUnavailable) as info:
        kg_neo4j.settings(env)
    assert str(info.value) == (
        f"Neo4j is not set up at {tmp_path / 'neo4j'}: start it with `policykg neo4j start`, or set NEO4J_URI"
    )


def test_bad_uri_is_a_one_line_error():
    with pytest.raises(PolicyKGError) as info:
        kg_neo4j.connect(kg_neo4j.Settings(uri="http://db:7474", username="neo4j", password=SECRET))
    assert str(info.value) == (
        "bad NEO4J_URI 'http://db:7474': the scheme must be one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc"
    )


def test_password_written_into_the_uri_is_masked_in_repr_and_errors():
    uri = f"bolt://neo4j:{SECRET}@db:7687/x"
    s = kg_neo4j.Settings(uri=uri, username="neo4j", password=SECRET)
    assert (s.shown_uri, repr(s)) == (
        "bolt://***@db:7687/x",
        "Settings(uri='bolt://***@db:7687/x', username='neo4j', password='***', database='neo4j', managed=False)",
    )
    with pytest.raises(PolicyKGError) as info:
        kg_neo4j.connect(s)
    message = str(info.value)  # the rest is the driver's wording, which may change between versions
    assert (message.startswith("bad NEO4J_URI 'bolt://***@db:7687/x': "), SECRET in message) == (True, False)


def test_server_config_defaults_follow_xdg(tmp_path: Path):
    env = {"XDG_CACHE_HOME": str(tmp_path / "c"), "XDG_STATE_HOME": str(tmp_path / "s")}
    cfg = server.ServerConfig.from_env(env)
    assert (cfg.cache_dir, cfg.state_dir, cfg.bolt_port, cfg.heap, cfg.pagecache) == (
        tmp_path / "c" / "policykg",
        tmp_path / "s" / "policykg",
        7687,
        "1g",
        "256m",
    )
    assert cfg.lib_dir == tmp_path / "c" / "policykg" / "neo4j-5.26.30" / "lib"
    assert cfg.password_file == tmp_path / "s" / "policykg" / "neo4j" / "password"
    assert cfg.uri == "bolt://127.0.0.1:7687"


def test_server_config_home_fallback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOME", str(tmp_path))
    cfg = server.ServerConfig.from_env({})
    assert (cfg.cache_dir, cfg.state_dir) == (
        tmp_path / ".cache" / "policykg",
        tmp_path / ".local" / "state" / "policykg",
    )


def test_server_config_overrides(tmp_path: Path):
    env = {
        "POLICYKG_CACHE_DIR": str(tmp_path / "jars"),
        "POLICYKG_STATE_DIR": str(tmp_path / "st"),
        "POLICYKG_NEO4J_BOLT_PORT": "17002",
        "POLICYKG_NEO4J_HEAP": "512m",
        "POLICYKG_NEO4J_PAGECACHE": "128m",
    }
    cfg = server.ServerConfig.from_env(env)
    assert (cfg.cache_dir, cfg.state_dir, cfg.bolt_port, cfg.heap, cfg.pagecache) == (
        tmp_path / "jars",
        tmp_path / "st",
        17002,
        "512m",
        "128m",
    )


@pytest.mark.parametrize("port", ["http", "0", "70000", "-1"])
def test_bad_port_is_a_user_error(port: str):
    with pytest.raises(PolicyKGError) as info:
        server.ServerConfig.from_env({"POLICYKG_NEO4J_BOLT_PORT": port})
    assert str(info.value) == f"POLICYKG_NEO4J_BOLT_PORT must be a port number, not {port!r}"


def test_pinned_version_comes_from_the_pom():
    assert server.neo4j_version() == "5.26.30"


def test_generated_conf_is_loopback_only_with_auth_and_bounded_memory(tmp_path: Path):
    cfg = server.ServerConfig(
        cache_dir=tmp_path / "c", state_dir=tmp_path / "s", bolt_port=17003, heap="768m", pagecache="300m"
    )
    conf = dict(line.split("=", 1) for line in server.neo4j_conf(cfg).splitlines() if not line.startswith("#"))
    assert {
        k: conf[k]
        for k in (
            "server.default_listen_address",
            "server.bolt.listen_address",
            "server.http.enabled",
            "server.https.enabled",
            "dbms.security.auth_enabled",
            "dbms.usage_report.enabled",
            "server.memory.heap.max_size",
            "server.memory.pagecache.size",
            "server.directories.data",
        )
    } == {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.listen_address": "127.0.0.1:17003",
        "server.http.enabled": "false",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "dbms.usage_report.enabled": "false",
        "server.memory.heap.max_size": "768m",
        "server.memory.pagecache.size": "300m",
        "server.directories.data": str(tmp_path / "s" / "neo4j" / "data"),
    }


def test_status_line():
    assert server.Status(True, "bolt://127.0.0.1:7687", "5.26.30", 42).line() == (
        "neo4j running (pid 42) at bolt://127.0.0.1:7687, Neo4j 5.26.30 Community"
    )
    assert server.Status(False, "bolt://127.0.0.1:7687", "5.26.30").line() == (
        "neo4j stopped at bolt://127.0.0.1:7687, Neo4j 5.26.30 Community"
    )
    assert server.Status(False, "bolt://127.0.0.1:7687", "5.26.30", 43).line() == (
        "neo4j starting (pid 43) at bolt://127.0.0.1:7687, Neo4j 5.26.30 Community"
    )


def test_stopped_instance_reports_stopped(tmp_path: Path):
    cfg = server.ServerConfig(cache_dir=tmp_path / "c", state_dir=tmp_path / "s", bolt_port=17004)
    cfg.home.mkdir(parents=True)
    cfg.pid_file.write_text(f"{os.getpid()}\n")  # a live pid that is not a Neo4j server
    assert server.status(cfg) == server.Status(False, "bolt://127.0.0.1:17004", "5.26.30", None)
    assert not cfg.pid_file.exists()  # the stale pid file is removed
    assert server.stop(cfg) is False


def test_missing_password_file_is_a_user_error(tmp_path: Path):
    cfg = server.ServerConfig(cache_dir=tmp_path / "c", state_dir=tmp_path / "s")
    with pytest.raises(PolicyKGError) as info:
        server.read_password(cfg)
    assert str(info.value) == (f"no password file at {cfg.password_file}; start the server with `policykg neo4j start`")


def test_neo4j_group_without_action_prints_usage(capsys):
    from policykg.cli import main

    assert main(["neo4j"]) == 2
    out, err = capsys.readouterr()
    assert (out, err.splitlines()[0]) == ("", "usage: policykg neo4j [-h] ACTION ...")


def test_uses_external_only_when_neo4j_uri_is_set() -> None:
    from policykg.graph.neo4j import uses_external

    assert uses_external({"NEO4J_URI": "bolt://db:7687"}) is True
    assert uses_external({"NEO4J_URI": ""}) is False
    assert uses_external({}) is False
