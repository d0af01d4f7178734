"""Fast regexes for the trigger lexicons (pure; used by :mod:`policykg.extract.triggers`).

A lexicon group has a few hundred alternatives.  A flat alternation tries all
of them at every word, so two devices keep matching fast:

* :func:`compile_group` buckets the alternatives by first character, each
  bucket behind a one-character lookahead;
* :func:`prefix_filter` derives, from the parsed patterns, the two- or
  three-letter prefixes (one character in Chinese) a trigger can start with,
  as a trie-shaped regex; :func:`gated_finditer` tries the big regex only
  where that cheap regex matches.  The result equals ``regex.finditer``.
"""

from __future__ import annotations

import re


def compile_group(alts: list[tuple[int, str, str]], lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for a language and group, its alternatives bucketed by first character.

    Each bucket is guarded by a one-character class lookahead, so at a given
    position the engine tries only the alternatives that can start there
    (several times faster than a flat alternation of a few hundred terms).
    Within a bucket the order is kept: event phrases first, then longer terms.
    Returns the regex and the map from its group names to trigger names.
    """
    buckets: dict[str, list[tuple[str, str]]] = {}
    for _, pat, name in alts:
        for ch in {k[:1] for k in (_starts(pat, 1) or {""})}:
            buckets.setdefault(ch, []).append((name, pat))
    groups: dict[str, str] = {}
    pieces = []
    for ch, items in sorted(buckets.items(), key=lambda kv: kv[0] == ""):
        body = []
        for name, pat in items:
            gname = f"a{len(groups)}"
            groups[gname] = name
            body.append(f"(?P<{gname}>{pat})")
        guard = f"(?=[{re.escape(ch)}{re.escape(ch.upper())}])" if ch else ""
        pieces.append(guard + "(?:" + "|".join(body) + ")")
    bound = r"(?<![\w-])" if lang == "en" else ""
    return re.compile(f"{bound}(?:{'|'.join(pieces)})", re.IGNORECASE), groups


def prefix_filter(alts: list[tuple[int, str, str]], lang: str) -> re.Pattern[str] | None:
    """A fast regex for the positions where some alternative may start, or None when unknown.

    English: word starts whose first three letters begin some term (fewer for
    short terms); Chinese: the first characters of the terms.
    """
    n = 3 if lang == "en" else 1
    keys: set[str] = set()
    for _, pat, _ in alts:
        found = _starts(pat, n)
        if found is None or "" in found:
            return None
        keys |= found
    body = _trie_regex(frozenset(keys))
    return re.compile(rf"(?<![\w-]){body}" if lang == "en" else body, re.IGNORECASE)


def _starts(pattern: str, n: int) -> set[str] | None:
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse
    try:
        return _seq_starts(list(sre_parse.parse(pattern)), n, 0)
    except Exception:
        return None


def _seq_starts(seq: list, n: int, depth: int) -> set[str] | None:
    """Lower-case prefixes (length <= n) that a parsed pattern sequence can start with.

    A prefix stops early at the end of the pattern or at a construct it cannot
    enumerate (``\\s``, ``\\w``) once ``depth`` characters are known."""
    from re import _constants as c  # type: ignore[attr-defined]

    if n == 0 or not seq:
        return {""}
    op, av = seq[0]
    rest = seq[1:]
    heads: list[tuple[str, list]] = []
    if op is c.LITERAL:
        heads = [(chr(av).lower(), rest)]
    elif op is c.IN:
        for kind, val in av:
            if kind is c.LITERAL:
                heads.append((chr(val).lower(), rest))
            elif kind is c.RANGE and val[1] - val[0] < 64:
                heads += [(chr(x).lower(), rest) for x in range(val[0], val[1] + 1)]
            else:
                return {""} if depth else None
    elif op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            sub = _seq_starts(list(branch) + rest, n, depth)
            if sub is None:
                return None
            out |= sub
        return out
    elif op is c.SUBPATTERN:
        return _seq_starts(list(av[-1]) + rest, n, depth)
    elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
        body = list(av[2])
        once = _seq_starts(body + rest, n, depth)
        if av[0] >= 1 or once is None:
            return once
        skip = _seq_starts(rest, n, depth)
        return None if skip is None else once | skip
    else:
        return {""} if depth else None
    out = set()
    for ch, tail in heads:
        sub = _seq_starts(tail, n - 1, depth + 1)
        if sub is None:
            return None
        out |= {ch + x for x in sub}
    return out


def gated_finditer(
    regex: re.Pattern[str], gate: re.Pattern[str], text: str, start: int, end: int
) -> list[re.Match[str]]:
    """``regex.finditer`` tried only where a trigger may start (same result, several times faster)."""
    out: list[re.Match[str]] = []
    pos = start
    for g in gate.finditer(text, start, end):
        i = g.start()
        if i < pos:
            continue
        m = regex.match(text, i, end)
        if m:
            out.append(m)
            pos = m.end() if m.end() > i else i + 1
    return out


def _trie_regex(keys: frozenset[str]) -> str:
    """A regex matching any string that starts with one of ``keys`` (factored as a trie)."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # a key ends here: any continuation is a candidate
        singles = [re.escape(ch) for ch, sub in node.items() if "" in sub]
        multi = [re.escape(ch) + emit(sub) for ch, sub in node.items() if "" not in sub]
        alts = ([f"[{''.join(singles)}]"] if singles else []) + multi
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)
