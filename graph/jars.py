"""Fetching the managed Neo4j server's jars from Maven Central, once per version.

The jars come through ``mvn dependency:copy-dependencies`` on the pom shipped
beside this module (``graph/pom.xml`` pins the version) into
``ServerConfig.lib_dir``, a cache directory outside the repository; a marker file
makes later starts skip the fetch, and an advisory lock keeps two concurrent
starts from fetching twice.  Process management is in :mod:`policykg.graph.server`,
which re-exports :func:`ensure_jars`, :func:`jars_present` and :func:`neo4j_version`.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.resources
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from policykg import PolicyKGError

if TYPE_CHECKING:
    from policykg.graph.server import ServerConfig


def neo4j_version() -> str:
    """The Neo4j version pinned in the shipped ``pom.xml`` (property ``neo4j.version``)."""
    text = importlib.resources.files("policykg.graph").joinpath("pom.xml").read_text("utf-8")
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = ET.fromstring(text).find("m:properties/m:neo4j.version", ns)
    if node is None or not (node.text or "").strip():
        raise PolicyKGError("graph/pom.xml has no <neo4j.version> property")
    return (node.text or "").strip()


def jars_present(cfg: ServerConfig) -> bool:
    """True when the jars of ``cfg.version`` were fully fetched before."""
    return cfg.marker.is_file() and cfg.lib_dir.is_dir()


def ensure_jars(cfg: ServerConfig, announce: Callable[[str], None] = lambda _: None) -> Path:
    """Fetch the server's jars once into ``cfg.lib_dir``; later calls return at once."""
    if jars_present(cfg):
        return cfg.lib_dir
    cfg.dist_dir.mkdir(parents=True, exist_ok=True)
    with locked(cfg.dist_dir / ".lock"):
        if jars_present(cfg):  # another process fetched it while we waited
            return cfg.lib_dir
        announce(f"fetching Neo4j {cfg.version} from Maven Central (first run only)...")
        _fetch(cfg)
    return cfg.lib_dir


def _fetch(cfg: ServerConfig) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise PolicyKGError("mvn not found on PATH; it is needed once to fetch Neo4j from Maven Central")
    staging = cfg.dist_dir / "lib.partial"
    shutil.rmtree(staging, ignore_errors=True)
    with (
        importlib.resources.as_file(importlib.resources.files("policykg.graph") / "pom.xml") as pom,
        open(cfg.fetch_log, "wb") as log,
    ):
        cmd = [
            mvn,
            "-q",
            "-B",
            "-f",
            str(pom),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={staging}",
            "-DincludeScope=runtime",
        ]
        code = subprocess.call(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    if code != 0 or not any(staging.glob(f"neo4j-{cfg.version}.jar")):
        raise PolicyKGError(f"fetching Neo4j {cfg.version} with mvn failed (exit {code}); see {cfg.fetch_log}")
    shutil.rmtree(cfg.lib_dir, ignore_errors=True)
    staging.rename(cfg.lib_dir)
    cfg.marker.write_text(f"{cfg.version}\n", encoding="utf-8")


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive advisory lock, so two ``start``s never fetch or launch twice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
