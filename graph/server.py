"""The managed local Neo4j Community server: fetch, configure, start, stop, status.

The server's jars come from Maven Central once, through :mod:`policykg.graph.jars`
(``mvn`` on the pom shipped beside this module, into a cache directory outside the
repository).  Each *instance* (data, logs, generated ``neo4j.conf``, pid file and the
generated password) lives in its own directory under the state directory, so tests
can run a second instance on another port without touching the shared one.

The JVM runs ``org.neo4j.server.CommunityEntryPoint`` directly (the route the
tarball's ``bin/neo4j`` takes after its bootloader), detached in its own session,
listening on 127.0.0.1 only, with Bolt on, HTTP off and authentication on.  The
initial password is generated with :mod:`secrets`, written to a 0600 file, and
handed to ``neo4j-admin dbms set-initial-password`` as a picocli ``@file``
argument, so it never appears on a command line, in output or in a log.

Public API (all take a :class:`ServerConfig`; ``ServerConfig.from_env()`` is the
shared instance): :func:`start`, :func:`stop`, :func:`status`,
:func:`ensure_jars`, :func:`read_password`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import string
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from policykg import PolicyKGError
from policykg.graph import class_archive
from policykg.graph.jars import ensure_jars, jars_present, locked, neo4j_version

__all__ = [
    "HOST",
    "USERNAME",
    "ServerConfig",
    "Status",
    "admin_command",
    "bolt_answers",
    "ensure_jars",
    "jars_present",
    "neo4j_conf",
    "neo4j_version",
    "read_password",
    "running_pid",
    "start",
    "status",
    "stop",
]

HOST = "127.0.0.1"
USERNAME = "neo4j"
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS = "org.neo4j.server.startup.Neo4jAdminCommand"
# The JVM flags of the 5.26 tarball's neo4j.conf that matter without its bootloader;
# the three --add-opens are required on Java 17 (off-heap buffers, file channels).
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
)
# Characters of the generated password: letters and digits only, so it needs no
# quoting in the @file and cannot be mistaken for an option.
_PASSWORD_ALPHABET = string.ascii_letters + string.digits


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


@dataclass(frozen=True)
class Status:
    """What ``policykg neo4j status`` reports."""

    running: bool
    uri: str
    version: str
    pid: int | None = None

    def line(self) -> str:
        if self.pid is None:
            state = "stopped"
        else:  # a pid whose Bolt port does not answer yet is still starting (or stuck: see the log)
            state = f"{'running' if self.running else 'starting'} (pid {self.pid})"
        return f"neo4j {state} at {self.uri}, Neo4j {self.version} Community"


# ---------------------------------------------------------------- configure


def neo4j_conf(cfg: ServerConfig) -> str:
    """The generated ``neo4j.conf``: loopback only, Bolt only, auth on, bounded memory."""
    home = cfg.home
    lines = [
        "# Generated by policykg (graph/server.py) on every start; edits are overwritten.",
        f"server.default_listen_address={HOST}",
        f"server.default_advertised_address={HOST}",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address={HOST}:{cfg.bolt_port}",
        "server.bolt.tls_level=DISABLED",
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        f"server.memory.heap.initial_size={cfg.heap}",
        f"server.memory.heap.max_size={cfg.heap}",
        f"server.memory.pagecache.size={cfg.pagecache}",
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        f"server.directories.import={home / 'import'}",
        f"server.directories.plugins={home / 'plugins'}",
        f"server.directories.lib={cfg.lib_dir}",
        "db.tx_log.rotation.retention_policy=2 files",
        # Netty waits 5 s of quiet twice when Bolt shuts down; nothing here needs that grace.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
    ]
    return "\n".join(lines) + "\n"


def _write_conf(cfg: ServerConfig) -> Path:
    conf_dir = cfg.home / "conf"
    conf_dir.mkdir(parents=True, exist_ok=True)
    (cfg.home / "logs").mkdir(exist_ok=True)
    (conf_dir / "neo4j.conf").write_text(neo4j_conf(cfg), encoding="utf-8")
    return conf_dir


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        raise PolicyKGError("java not found (install Java 17 or set JAVA_HOME)")
    return java


def _java_cmd(
    cfg: ServerConfig, main_class: str, *args: str, heap: str | None = None, extra: tuple[str, ...] = ()
) -> list[str]:
    memory = [f"-Xms{heap}", f"-Xmx{heap}"] if heap else ["-Xmx256m"]
    return [_java(), *memory, *JVM_FLAGS, *extra, "-cp", f"{cfg.lib_dir}/*", main_class, *args]


def _shared_archive(cfg: ServerConfig) -> Path:
    """The class archive beside the jars for this Java binary (:mod:`.class_archive`)."""
    return cfg.dist_dir / class_archive.archive_name(_java())


def admin_command(cfg: ServerConfig, *args: str) -> tuple[list[str], dict[str, str]]:
    """``neo4j-admin ARGS`` of this instance, and its environment (run it while the server is stopped)."""
    conf_dir = _write_conf(cfg)
    env = {**os.environ, "NEO4J_HOME": str(cfg.home), "NEO4J_CONF": str(conf_dir)}
    return _java_cmd(cfg, ADMIN_CLASS, *args, heap=cfg.heap), env


# ---------------------------------------------------------------- password


def read_password(cfg: ServerConfig) -> str:
    """The generated password of the ``neo4j`` user of this instance."""
    try:
        return cfg.password_file.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise PolicyKGError(
            f"no password file at {cfg.password_file}; start the server with `policykg neo4j start`"
        ) from None


def _ensure_password(cfg: ServerConfig, conf_dir: Path) -> None:
    """Generate the password and set it before the first start (never on a command line)."""
    if cfg.password_file.exists():
        return
    if (cfg.home / "data" / "databases").exists():
        raise PolicyKGError(f"{cfg.home} holds a database but no password file; remove that directory to start afresh")
    staged = cfg.password_file.with_name("password.new")
    staged.unlink(missing_ok=True)
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(32)) + "\n")
    # picocli expands "@file" into the file's words, so the password is not in argv.
    cmd = _java_cmd(cfg, ADMIN_CLASS, "dbms", "set-initial-password", f"@{staged}")
    env = {**os.environ, "NEO4J_HOME": str(cfg.home), "NEO4J_CONF": str(conf_dir)}
    admin_log = cfg.home / "logs" / "admin.log"
    with open(admin_log, "ab") as log:
        code = subprocess.call(cmd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    if code != 0:
        staged.unlink(missing_ok=True)
        raise PolicyKGError(f"setting the initial Neo4j password failed; see {admin_log}")
    staged.rename(cfg.password_file)


# ---------------------------------------------------------------- process


def _read_pid(cfg: ServerConfig) -> int | None:
    try:
        return int(cfg.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def _alive(pid: int) -> bool:
    """True when ``pid`` runs.

    A child of ours is reaped.  A zombie whose parent has not reaped it yet counts
    as dead, but only once all its threads are gone: while a JVM exits, its main
    thread shows ``Z`` before the other threads (and the open sockets) are released.
    """
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        threads = len(os.listdir(f"/proc/{pid}/task"))
    except (FileNotFoundError, ProcessLookupError):
        return False
    return not (state == "Z" and threads <= 1)


def _owned(cfg: ServerConfig, pid: int) -> bool:
    """True when ``pid`` is this instance's JVM (guards against a recycled pid)."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (FileNotFoundError, ProcessLookupError):
        return False
    return MAIN_CLASS.encode() in argv and f"--home-dir={cfg.home}".encode() in argv


def running_pid(cfg: ServerConfig) -> int | None:
    """The pid of this instance's running server, or None (a stale pid file is removed)."""
    pid = _read_pid(cfg)
    if pid is not None and _alive(pid) and _owned(cfg, pid):
        return pid
    if pid is not None:
        cfg.pid_file.unlink(missing_ok=True)
    return None


def bolt_answers(port: int, timeout: float = 1.0) -> bool:
    """True when a Bolt server on 127.0.0.1:``port`` completes the version handshake."""
    hello = b"\x60\x60\xb0\x17" + b"\x00\x00\x04\x05" + b"\x00\x00\x00\x04" + bytes(8)
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as sock:
            sock.sendall(hello)
            reply = sock.recv(4)
    except OSError:
        return False
    return len(reply) == 4 and reply != bytes(4)


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((HOST, port)) == 0


def _spawn(cfg: ServerConfig, conf_dir: Path) -> int:
    """Launch the JVM detached (own session, output to ``console.log``) and record its pid."""
    cds = class_archive.jvm_flags(_shared_archive(cfg), cfg.class_dump, cfg.cds)
    cmd = _java_cmd(cfg, MAIN_CLASS, f"--home-dir={cfg.home}", f"--config-dir={conf_dir}", heap=cfg.heap, extra=cds)
    env = {**os.environ, "NEO4J_HOME": str(cfg.home), "NEO4J_CONF": str(conf_dir)}
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, str(cfg.console_log), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600),
        (os.POSIX_SPAWN_DUP2, 1, 2),
    ]
    pid = os.posix_spawn(cmd[0], cmd, env, file_actions=actions, setsid=True)
    cfg.pid_file.write_text(f"{pid}\n", encoding="utf-8")
    return pid


def _wait_for_bolt(cfg: ServerConfig, pid: int) -> None:
    deadline = time.monotonic() + cfg.start_timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            cfg.pid_file.unlink(missing_ok=True)
            raise PolicyKGError(f"Neo4j exited during start-up; see {cfg.log_file} and {cfg.console_log}")
        if bolt_answers(cfg.bolt_port):
            return
        time.sleep(0.5)
    raise PolicyKGError(f"Neo4j did not answer on {cfg.uri} within {cfg.start_timeout:.0f} s; see {cfg.log_file}")


def start(cfg: ServerConfig, announce: Callable[[str], None] = lambda _: None) -> bool:
    """Start the instance and wait until Bolt answers; False if it was already running."""
    cfg.home.mkdir(parents=True, exist_ok=True)
    os.chmod(cfg.home, 0o700)
    with locked(cfg.home / ".lock"):
        pid = running_pid(cfg)
        if pid is not None:
            _wait_for_bolt(cfg, pid)
            return False
        if _port_taken(cfg.bolt_port):
            raise PolicyKGError(
                f"port {cfg.bolt_port} on {HOST} is in use by another program; stop it or set POLICYKG_NEO4J_BOLT_PORT"
            )
        ensure_jars(cfg, announce)
        conf_dir = _write_conf(cfg)
        _ensure_password(cfg, conf_dir)
        pid = _spawn(cfg, conf_dir)
        _wait_for_bolt(cfg, pid)
    return True


def stop(cfg: ServerConfig) -> bool:
    """Stop the instance: SIGTERM, wait, then SIGKILL after the timeout; False if not running."""
    with locked(cfg.home / ".lock"):
        pid = running_pid(cfg)
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        if _wait_gone(pid, cfg.stop_timeout):  # a clean exit wrote the whole class archive, if it dumped one
            class_archive.keep(cfg.class_dump, _shared_archive(cfg))
        else:
            os.kill(pid, signal.SIGKILL)
            _wait_gone(pid, 10.0)
            cfg.class_dump.unlink(missing_ok=True)
        cfg.pid_file.unlink(missing_ok=True)
    return True


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.2)
    return not _alive(pid)


def status(cfg: ServerConfig) -> Status:
    """Whether the instance runs, its URI, and the version the server reports over Bolt."""
    pid = running_pid(cfg)
    running = pid is not None and bolt_answers(cfg.bolt_port)
    return Status(running=running, uri=cfg.uri, version=_served_version(cfg) if running else cfg.version, pid=pid)


def _served_version(cfg: ServerConfig) -> str:
    from policykg.graph import neo4j as kg_neo4j

    try:
        with kg_neo4j.driver(kg_neo4j.managed_settings(cfg)) as drv:
            return kg_neo4j.server_agent(drv).partition("/")[2] or cfg.version
    except PolicyKGError:  # e.g. still starting: report the pinned version
        return cfg.version
