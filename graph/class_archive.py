"""The managed server's class archive (Java AppCDS): the classes it loads, parsed and verified once.

A Neo4j start loads and verifies some 12,000 classes from ~200 jars, and a cold server
loads thousands more (the Cypher planner and runtime) on its first queries.  Java 17 can
dump the classes a run loaded into an archive when the JVM exits
(``-XX:ArchiveClassesAtExit``) and map that archive on later starts
(``-XX:SharedArchiveFile``), which skips parsing and verifying them again.  Measured on
the 2-core box (docs/scale.md, "Stop 14"): a start used 10.3-11.6 s of server CPU
without the archive, 6.6-7.6 s with it.

The archive belongs to one JVM build and one set of jars, so it lives beside the jars
(one per Neo4j version) under a name that carries the Java binary's identity; a start
without it dumps its own into the instance directory, and :func:`keep` moves that beside
the jars once the server has stopped (a rename, so a start never maps a half-written
file).  A JVM that finds the archive unusable says so on its console and starts without
it, so a stale archive costs the saving, never the start.  ``POLICYKG_NEO4J_CDS=0``
turns it off.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

__all__ = ["archive_name", "jvm_flags", "keep"]


def archive_name(java: str) -> str:
    """``classes-<tag>.jsa``: the tag names the Java binary (its real path, size and mtime), so an
    upgraded JVM dumps a new archive instead of being refused the old one."""
    real = Path(java).resolve()
    stat = real.stat()
    tag = hashlib.blake2b(f"{real}|{stat.st_size}|{stat.st_mtime_ns}".encode(), digest_size=6).hexdigest()
    return f"classes-{tag}.jsa"


def jvm_flags(shared: Path, dump: Path, enabled: bool = True) -> tuple[str, ...]:
    """The flag that maps ``shared`` when it exists, else the one that dumps to ``dump`` at exit.

    >>> jvm_flags(Path("/nonexistent/classes.jsa"), Path("/run/dump.jsa"))
    ('-XX:ArchiveClassesAtExit=/run/dump.jsa',)
    >>> jvm_flags(Path("/"), Path("/run/dump.jsa"))
    ('-XX:SharedArchiveFile=/',)
    >>> jvm_flags(Path("/"), Path("/run/dump.jsa"), enabled=False)
    ()
    """
    if not enabled:
        return ()
    if shared.exists():
        return (f"-XX:SharedArchiveFile={shared}",)
    return (f"-XX:ArchiveClassesAtExit={dump}",)


def keep(dump: Path, shared: Path) -> bool:
    """Move the archive a stopped server dumped to ``shared`` (unless one is there already); True if moved.

    The copy goes to a name of this process first and is renamed into place, so two
    instances stopping at once, or a start meanwhile, never see a partial file.
    """
    if not dump.exists():
        return False
    if shared.exists():
        dump.unlink(missing_ok=True)
        return False
    staged = shared.with_name(f"{shared.name}.{os.getpid()}.tmp")
    shutil.move(str(dump), staged)
    os.replace(staged, shared)
    return True
