"""Where a managed Neo4j instance lives: its directories, port, memory bounds and files.

:class:`ServerConfig` is pure data (paths derived from two directories and a
version); :mod:`policykg.graph.server` owns the process that uses it.  The
shared instance comes from ``POLICYKG_*`` variables and the XDG defaults
(:meth:`ServerConfig.from_env`); tests and benchmarks make their own with
another state directory and port, so they never touch a user's database.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from policykg import PolicyKGError
from policykg.graph.jars import neo4j_version

__all__ = ["HOST", "ServerConfig"]

HOST = "127.0.0.1"


def _xdg(env: Mapping[str, str], own: str, xdg: str, fallback: str) -> Path:
    if env.get(own):
        return Path(env[own]).expanduser()
    base = env.get(xdg) or str(Path.home() / fallback)
    return Path(base).expanduser() / "policykg"


@dataclass(frozen=True)
class ServerConfig:
    """Where one managed instance keeps its files, its port and its memory bounds."""

    cache_dir: Path
    state_dir: Path
    bolt_port: int = 7687
    heap: str = "1g"
    pagecache: str = "256m"
    start_timeout: float = 180.0
    stop_timeout: float = 60.0
    version: str = field(default_factory=neo4j_version)
    cds: bool = True  # map (or dump) the class archive: graph/class_archive.py

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ServerConfig:
        """The shared instance, from ``POLICYKG_*`` variables and the XDG defaults."""
        env = os.environ if env is None else env
        port = env.get("POLICYKG_NEO4J_BOLT_PORT", "7687")
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise PolicyKGError(f"POLICYKG_NEO4J_BOLT_PORT must be a port number, not {port!r}")
        return cls(
            cache_dir=_xdg(env, "POLICYKG_CACHE_DIR", "XDG_CACHE_HOME", ".cache"),
            state_dir=_xdg(env, "POLICYKG_STATE_DIR", "XDG_STATE_HOME", ".local/state"),
            bolt_port=int(port),
            heap=env.get("POLICYKG_NEO4J_HEAP", "1g"),
            pagecache=env.get("POLICYKG_NEO4J_PAGECACHE", "256m"),
            cds=env.get("POLICYKG_NEO4J_CDS", "1") != "0",
        )

    @property
    def dist_dir(self) -> Path:
        return self.cache_dir / f"neo4j-{self.version}"

    @property
    def lib_dir(self) -> Path:
        return self.dist_dir / "lib"

    @property
    def marker(self) -> Path:
        return self.dist_dir / "fetched.ok"

    @property
    def fetch_log(self) -> Path:
        return self.dist_dir / "mvn.log"

    @property
    def home(self) -> Path:
        return self.state_dir / "neo4j"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def pid_file(self) -> Path:
        return self.home / "neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "neo4j.log"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"

    @property
    def class_dump(self) -> Path:
        """Where a start without a shared class archive dumps one at exit (see :mod:`.class_archive`)."""
        return self.home / "classes.jsa"

    @property
    def uri(self) -> str:
        return f"bolt://{HOST}:{self.bolt_port}"
