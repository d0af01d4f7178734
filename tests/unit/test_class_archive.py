"""The managed server's class archive (graph/class_archive.py): which flag a start gets, and how a
dumped archive is kept (no server needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from policykg.graph import class_archive, server

FLAG_CASES = [
    # (archive beside the jars exists, enabled, flags)
    (True, True, ("-XX:SharedArchiveFile={shared}",)),
    (False, True, ("-XX:ArchiveClassesAtExit={dump}",)),
    (True, False, ()),
    (False, False, ()),
]


@pytest.mark.parametrize(("exists", "enabled", "expected"), FLAG_CASES)
def test_jvm_flags_map_the_archive_or_dump_one(tmp_path: Path, exists: bool, enabled: bool, expected: tuple):
    shared, dump = tmp_path / "classes-x.jsa", tmp_path / "home" / "classes.jsa"
    if exists:
        shared.write_bytes(b"archive")
    flags = class_archive.jvm_flags(shared, dump, enabled)
    assert flags == tuple(f.format(shared=shared, dump=dump) for f in expected)


KEEP_CASES = [
    # (dumped, already shared, moved, shared content afterwards)
    (True, False, True, b"new"),
    (True, True, False, b"old"),
    (False, False, False, None),
    (False, True, False, b"old"),
]


@pytest.mark.parametrize(("dumped", "shared_before", "moved", "after"), KEEP_CASES)
def test_keep_moves_a_dump_beside_the_jars_once(tmp_path: Path, dumped, shared_before, moved, after):
    shared, dump = tmp_path / "dist" / "classes-x.jsa", tmp_path / "home" / "classes.jsa"
    shared.parent.mkdir()
    dump.parent.mkdir()
    if dumped:
        dump.write_bytes(b"new")
    if shared_before:
        shared.write_bytes(b"old")
    assert class_archive.keep(dump, shared) is moved
    assert (shared.read_bytes() if shared.exists() else None) == after
    assert not dump.exists()
    assert sorted(p.name for p in shared.parent.iterdir()) == (["classes-x.jsa"] if after else [])


def test_archive_name_names_the_java_binary(tmp_path: Path):
    java = tmp_path / "java"
    java.write_bytes(b"a")
    first = class_archive.archive_name(str(java))
    assert first == class_archive.archive_name(str(java))
    assert first.startswith("classes-") and first.endswith(".jsa")
    java.write_bytes(b"ab")  # another build of the JVM: another archive
    assert class_archive.archive_name(str(java)) != first
    assert class_archive.archive_name(sys.executable).startswith("classes-")


@pytest.mark.parametrize(("value", "expected"), [(None, True), ("1", True), ("0", False)])
def test_cds_can_be_turned_off(tmp_path: Path, value: str | None, expected: bool):
    env = {"POLICYKG_STATE_DIR": str(tmp_path)} | ({"POLICYKG_NEO4J_CDS": value} if value else {})
    assert server.ServerConfig.from_env(env).cds is expected
