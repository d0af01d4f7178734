"""Query files, the pure half: header parsing, the ``$parameter`` tokeniser, value conversion.

No I/O here: :mod:`policykg.queries` reads the files and runs them.  A header
that does not check out raises :class:`QueryError` with ``file:line``.

>>> q = parse_query("demo", "// description: d\\n// param: days int = 90\\nRETURN $days AS days")
>>> q.params[0].describe(), bind_params(q, {"days": "7"})
('days (int, default 90)', {'days': 7})
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from policykg import PolicyKGError

PARAM_TYPES = ("string", "int", "float", "date", "bool", "list")
HEADER_KEYS = ("name", "description", "param", "example")
# Keyword arguments of run_query itself: no query may declare them.
RESERVED_PARAMS = ("name", "driver", "database")

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DIGITS = re.compile(r"[0-9]+")
_HEADER_LINE = re.compile(r"//\s*(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$")
_PARAM_DECL = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>[a-z]+)(?:\s*=\s*(?P<default>.*))?$")
_TRUE = ("true", "1", "yes", "y", "on")
_FALSE = ("false", "0", "no", "n", "off")
_MISSING = object()


class QueryError(PolicyKGError):
    """A canned query cannot be loaded or called as asked (one-line message)."""


@dataclass(frozen=True)
class Param:
    """A declared parameter: ``required`` when the header gives no default."""

    name: str
    type: str
    default: Any = None
    required: bool = False
    line: int = 0

    def describe(self) -> str:
        """``name (type)``, or ``name (type, default X)``, for messages and --list."""
        if self.required:
            return f"{self.name} ({self.type}, required)"
        default = "null" if self.default is None else _format_default(self.default)
        return f"{self.name} ({self.type}, default {default})"


@dataclass(frozen=True)
class Query:
    """A parsed query file: its name, description, parameters and Cypher text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    origin: str = "<memory>"
    examples: tuple[str, ...] = ()

    def param(self, name: str) -> Param:
        """The declared parameter ``name`` or a QueryError listing the declared ones."""
        for p in self.params:
            if p.name == name:
                return p
        raise QueryError(f"query {self.name} has no parameter {name!r}; declared: {self.declared()}")

    def declared(self) -> str:
        return ", ".join(p.name for p in self.params) or "(none)"


def _format_default(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return ",".join(value)
    return str(value)


# --- tokeniser ------------------------------------------------------------------


def cypher_parameters(text: str) -> dict[str, int]:
    """Map each ``$parameter`` used in ``text`` to the line of its first use.

    String literals, backtick-quoted names and comments are skipped, so ``'$x'``
    or ``// $x`` is not a use.

    >>> cypher_parameters("MATCH (n {id: $id}) // not $this\\nRETURN '$no', n.`$no`, $`odd name`")
    {'id': 1, 'odd name': 2}
    """
    found: dict[str, int] = {}
    i, line, n = 0, 1, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"":
            i, line = _skip_string(text, i, line)
        elif ch == "`":
            i, line = _skip_quoted_name(text, i, line)
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            stop = n if end < 0 else end + 2
            line += text.count("\n", i, stop)
            i = stop
        elif ch == "$":
            name, i = _read_param_name(text, i + 1)
            found.setdefault(name, line)
        else:
            line += ch == "\n"
            i += 1
    return found


def _skip_string(text: str, i: int, line: int) -> tuple[int, int]:
    """Skip the string literal opening at ``i`` (backslash escapes allowed)."""
    quote, j = text[i], i + 1
    while j < len(text) and text[j] != quote:
        j += 2 if text[j] == "\\" else 1
    return j + 1, line + text.count("\n", i, j)


def _skip_quoted_name(text: str, i: int, line: int) -> tuple[int, int]:
    """Skip a backtick-quoted name; a doubled backtick is an escaped one."""
    j = i + 1
    while j < len(text):
        if text[j] == "`":
            if text.startswith("``", j):
                j += 2
                continue
            break
        j += 1
    return j + 1, line + text.count("\n", i, j)


def _read_param_name(text: str, i: int) -> tuple[str, int]:
    """The parameter name after a ``$`` at ``i - 1``: plain, quoted or numeric."""
    if i < len(text) and text[i] == "`":
        end, _ = _skip_quoted_name(text, i, 0)
        return text[i + 1 : end - 1].replace("``", "`"), end
    match = _IDENT.match(text, i) or _DIGITS.match(text, i)
    if not match:
        return "", i
    return match.group(), match.end()


# --- header ---------------------------------------------------------------------


def parse_query(name: str, text: str, origin: str = "<memory>") -> Query:
    """Parse and check one query file's text; raise QueryError with ``origin:line``."""
    description, params, examples = None, [], []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line.startswith("//"):
            break
        if not line.strip("/ \t"):
            break  # a bare "//" ends the header; free comment lines may follow
        match = _HEADER_LINE.match(line)
        if not match:
            raise QueryError(f"{origin}:{lineno}: header line is not '// key: value'")
        key, value = match.group("key"), match.group("value")
        where = f"{origin}:{lineno}"
        if key not in HEADER_KEYS:
            raise QueryError(f"{where}: unknown header key {key!r} (expected one of {', '.join(HEADER_KEYS)})")
        if key == "name" and value != name:
            raise QueryError(f"{where}: header name {value!r} differs from the file name {name!r}")
        if key == "description":
            description = value
        elif key == "param":
            params.append(_parse_param(value, where, lineno))
        elif key == "example":
            examples.append(value)
    if not description:
        raise QueryError(f"{origin}:1: the header has no '// description: ...' line")
    _check_params(params, cypher_parameters(text), origin)
    return Query(name, description, tuple(params), text, origin, tuple(examples))


def _parse_param(value: str, where: str, lineno: int) -> Param:
    match = _PARAM_DECL.match(value)
    if not match:
        raise QueryError(f"{where}: param line is not 'name type [= default]': {value!r}")
    name, type_, default = match.group("name", "type", "default")
    if type_ not in PARAM_TYPES:
        raise QueryError(f"{where}: param {name}: unknown type {type_!r} (expected one of {', '.join(PARAM_TYPES)})")
    if name in RESERVED_PARAMS:
        raise QueryError(f"{where}: param name {name!r} is reserved by run_query")
    if default is None:
        return Param(name, type_, None, required=True, line=lineno)
    default = default.strip()
    if default == "null":
        return Param(name, type_, None, line=lineno)
    if len(default) >= 2 and default[0] == default[-1] and default[0] in "'\"":
        default = default[1:-1]
    try:
        return Param(name, type_, convert_value(type_, default), line=lineno)
    except ValueError as exc:
        raise QueryError(f"{where}: param {name}: bad default: {exc}") from None


def _check_params(params: list[Param], used: dict[str, int], origin: str) -> None:
    declared: dict[str, Param] = {}
    for p in params:
        if p.name in declared:
            raise QueryError(f"{origin}:{p.line}: param {p.name} is declared twice")
        declared[p.name] = p
    for pname, lineno in used.items():
        if pname not in declared:
            raise QueryError(f"{origin}:{lineno}: ${pname} is used but not declared in the header")
    for p in params:
        if p.name not in used:
            raise QueryError(f"{origin}:{p.line}: param {p.name} is declared but not used")
    if not declared:
        raise QueryError(f"{origin}:1: the query takes no parameters (every canned query must)")


def header_notes(text: str) -> list[str]:
    """The free comment lines after the header's bare ``//`` (the query's notes), unprefixed.

    >>> header_notes("// description: d\\n//\\n// Note one.\\n// Note two.\\nRETURN 1")
    ['Note one.', 'Note two.']
    """
    lines = text.splitlines()
    start = next((i for i, raw in enumerate(lines) if raw.strip().startswith("//") and not raw.strip("/ \t")), None)
    if start is None:
        return []
    notes = []
    for raw in lines[start + 1 :]:
        if not raw.strip().startswith("//"):
            break
        notes.append(raw.strip()[2:].strip())
    return notes


# --- values ---------------------------------------------------------------------


def convert_value(type_: str, raw: str) -> Any:
    """Convert a command-line string to the declared type; ValueError if it does not fit.

    >>> convert_value("list", "CHN, USA,,EU"), convert_value("date", "2025-11-07")
    (['CHN', 'USA', 'EU'], '2025-11-07')
    """
    if type_ == "string":
        return raw
    if type_ == "int":
        return int(raw.strip())
    if type_ == "float":
        return float(raw.strip())
    if type_ == "bool":
        word = raw.strip().lower()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
        raise ValueError(f"expected true or false, got {raw!r}")
    if type_ == "date":
        return _dt.date.fromisoformat(raw.strip()).isoformat()
    if type_ == "list":
        return [part.strip() for part in raw.split(",") if part.strip()]
    raise ValueError(f"unknown type {type_!r}")


def _coerce(param: Param, value: Any) -> Any:
    """A Python value for ``param`` as the server gets it (dates as ISO strings)."""
    if value is None:
        return None
    if isinstance(value, str) and param.type != "string":
        return convert_value(param.type, value)
    expected = {
        "string": (str,),
        "int": (int,),
        "float": (int, float),
        "bool": (bool,),
        "date": (_dt.date,),
        "list": (list, tuple),
    }[param.type]
    if not isinstance(value, expected) or (isinstance(value, bool) and param.type in ("int", "float")):
        raise ValueError(f"expected {param.type}, got {type(value).__name__}")
    if isinstance(value, _dt.date):  # the type check above admits dates only for "date"
        return (value.date() if isinstance(value, _dt.datetime) else value).isoformat()
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return float(value) if param.type == "float" and isinstance(value, int | float) else value


def bind_params(query: Query, params: dict[str, Any]) -> dict[str, Any]:
    """All declared parameters with values: given ones converted, defaults filled in."""
    for key in params:
        query.param(key)  # raises on an unknown name, listing the declared ones
    bound = {}
    for p in query.params:
        value = params.get(p.name, _MISSING)
        if value is _MISSING:
            if p.required:
                raise QueryError(f"query {query.name}: parameter {p.name} is required ({p.describe()})")
            value = p.default
        try:
            bound[p.name] = _coerce(p, value)
        except ValueError as exc:
            raise QueryError(f"query {query.name}: parameter {p.name}: {exc}") from None
    return bound


def parse_cli_params(query: Query, pairs: list[str]) -> dict[str, Any]:
    """``["key=value", ...]`` from ``--param`` options, converted by declared type."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"--param {pair!r}: expected key=value")
        param = query.param(key)
        if raw == "":
            out[key] = None  # `--param key=` sets the parameter to null
            continue
        try:
            out[key] = convert_value(param.type, raw)
        except ValueError as exc:
            raise QueryError(f"--param {key}: expected {param.type}: {exc}") from None
    return out
