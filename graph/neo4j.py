"""The one module that owns the Neo4j driver: settings, connect, close.

Which server:
  * ``NEO4J_URI`` set: an existing server (Docker, Desktop, Aura), with exactly
    ``NEO4J_USERNAME`` (default ``neo4j``), ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``
    (default ``neo4j``), the Neo4j ecosystem's convention;
  * otherwise the managed server of :mod:`policykg.graph.server` (``policykg neo4j
    start``): its URI and its generated password file.

API (everything else in policykg goes through these)::

    settings() -> Settings              # frozen; repr masks the password
    connect(settings=None) -> neo4j.Driver   # verified; the caller closes it
    with driver() as drv: ...           # connect + close; a lost server -> Neo4jUnavailable
    database() -> str                   # pass it as database_= on every call

Errors are :class:`Neo4jUnavailable` (server down or unreachable) and
:class:`Neo4jAuthError` (wrong credentials), both :class:`policykg.PolicyKGError`
subclasses with a one-line message that names the remedy and never the password.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from policykg import PolicyKGError

if TYPE_CHECKING:
    import neo4j

    from policykg.graph.server import ServerConfig

DEFAULT_USERNAME = "neo4j"
DEFAULT_DATABASE = "neo4j"
CONNECT_TIMEOUT = 10.0
# How long managed transactions retry transient errors (deadlocks, a restarting server).
RETRY_TIME = 15.0
REMEDY = "start it with `policykg neo4j start`, or check NEO4J_URI"
RATE_LIMITED = "Neo.ClientError.Security.AuthenticationRateLimit"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jUnavailable(PolicyKGError):
    """The server does not answer at the configured URI."""


class Neo4jAuthError(PolicyKGError):
    """The server refused the username/password."""


@dataclass(frozen=True)
class Settings:
    """How to reach one Neo4j server; ``managed`` is True for ``policykg neo4j start``'s."""

    uri: str
    username: str
    password: str = field(repr=False)
    database: str = DEFAULT_DATABASE
    managed: bool = False

    @property
    def shown_uri(self) -> str:
        """The URI for messages: any ``user:password@`` written into it is masked."""
        return _mask_userinfo(self.uri)

    def __repr__(self) -> str:
        return (
            f"Settings(uri={self.shown_uri!r}, username={self.username!r}, password='***', "
            f"database={self.database!r}, managed={self.managed})"
        )

    __str__ = __repr__


def settings(env: Mapping[str, str] | None = None) -> Settings:
    """The connection settings: the ``NEO4J_*`` variables if ``NEO4J_URI`` is set, else the managed server."""
    env = os.environ if env is None else env
    if uses_external(env):
        return Settings(
            uri=env["NEO4J_URI"],
            username=env.get("NEO4J_USERNAME") or DEFAULT_USERNAME,
            password=env.get("NEO4J_PASSWORD", ""),
            database=env.get("NEO4J_DATABASE") or DEFAULT_DATABASE,
        )
    from policykg.graph import server

    return managed_settings(server.ServerConfig.from_env(env), database=env.get("NEO4J_DATABASE") or DEFAULT_DATABASE)


def uses_external(env: Mapping[str, str] | None = None) -> bool:
    """True when ``NEO4J_URI`` names a server of the user's, so the managed one is not used."""
    return bool((os.environ if env is None else env).get("NEO4J_URI"))


def managed_settings(cfg: ServerConfig, database: str = DEFAULT_DATABASE) -> Settings:
    """Settings for one managed instance (its URI and generated password)."""
    from policykg.graph import server

    try:
        password = server.read_password(cfg)
    except PolicyKGError:
        raise Neo4jUnavailable(
            f"Neo4j is not set up at {cfg.home}: start it with `policykg neo4j start`, or set NEO4J_URI"
        ) from None
    return Settings(uri=cfg.uri, username=server.USERNAME, password=password, database=database, managed=True)


def database(env: Mapping[str, str] | None = None) -> str:
    """The database name to pass as ``database_=``: ``NEO4J_DATABASE`` or ``neo4j``."""
    env = os.environ if env is None else env
    return env.get("NEO4J_DATABASE") or DEFAULT_DATABASE


def connect(settings_: Settings | None = None) -> neo4j.Driver:
    """A driver whose connectivity and credentials were verified; close it when done."""
    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

    s = settings_ or settings()
    if s.uri.partition("://")[0] not in SCHEMES or "://" not in s.uri:
        raise PolicyKGError(f"bad NEO4J_URI {s.shown_uri!r}: the scheme must be one of {', '.join(SCHEMES)}")
    try:
        drv = neo4j.GraphDatabase.driver(
            s.uri,
            auth=(s.username, s.password),
            connection_timeout=CONNECT_TIMEOUT,
            max_transaction_retry_time=RETRY_TIME,
            # Server notifications (performance hints, unknown labels on a small graph) are
            # for query authors; logged, they fill notebook outputs and tables with warnings.
            notifications_min_severity="OFF",
        )
    except (ValueError, ConfigurationError) as exc:
        raise PolicyKGError(f"bad NEO4J_URI {s.shown_uri!r}: {_first_line(exc).replace(s.uri, s.shown_uri)}") from None
    try:
        drv.verify_connectivity()
    except AuthError:
        drv.close()
        raise Neo4jAuthError(
            f"authentication failed for user {s.username!r} at {s.shown_uri} ({_auth_remedy(s)})"
        ) from None
    except (ServiceUnavailable, OSError):
        drv.close()
        raise Neo4jUnavailable(_down_message(s)) from None
    except Neo4jError as exc:
        drv.close()
        if exc.code == RATE_LIMITED:
            raise Neo4jAuthError(
                f"authentication failed for user {s.username!r} at {s.shown_uri} ({_auth_remedy(s)}; after repeated "
                "failures the server refuses this user for a few seconds)"
            ) from None
        raise PolicyKGError(f"Neo4j at {s.shown_uri} refused the connection: {exc.code}") from None
    return drv


@contextlib.contextmanager
def driver(settings_: Settings | None = None) -> Iterator[neo4j.Driver]:
    """``with driver() as drv:`` a verified driver, closed on exit.

    If the server goes away inside the block (killed, restarted) and the driver's
    retries give up, the error becomes a one-line :class:`Neo4jUnavailable`; any
    other server error left unhandled inside the block becomes a one-line
    :class:`PolicyKGError` (code and first line of the server's message).
    """
    from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

    s = settings_ or settings()
    drv = connect(s)
    try:
        yield drv
    except (ServiceUnavailable, SessionExpired) as exc:
        raise Neo4jUnavailable(
            f"lost the connection to Neo4j at {s.shown_uri}: {REMEDY}; then run the command again"
        ) from exc
    except Neo4jError as exc:  # a server error nobody inside the block handled: one line, no traceback
        raise PolicyKGError(
            f"Neo4j at {s.shown_uri} refused an operation: {exc.code}: {_first_line(exc.message or '')}"
        ) from exc
    finally:
        drv.close()


def server_agent(drv: neo4j.Driver) -> str:
    """The server's product string, e.g. ``Neo4j/5.26.30``."""
    return drv.get_server_info().agent


def _down_message(s: Settings) -> str:
    return f"Neo4j is not reachable at {s.shown_uri}: {REMEDY}"


def _auth_remedy(s: Settings) -> str:
    if s.managed:
        return "the managed server's password file does not match its database"
    return "check NEO4J_PASSWORD"


def _mask_userinfo(uri: str) -> str:
    """``bolt://user:secret@host`` -> ``bolt://***@host``; other URIs unchanged."""
    scheme, sep, rest = uri.partition("://")
    authority, slash, path = rest.partition("/")
    if not sep or "@" not in authority:
        return uri
    return f"{scheme}://***@{authority.rpartition('@')[2]}{slash}{path}"


def _first_line(exc: BaseException | str) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
