"""Entity rules that read the context around a named entity (split from :mod:`policykg.extract.entity_context`).

* coordination: "rare earth equipment and raw materials" also mentions
  "rare earth raw materials"; "rare and rare earth metals" also "rare metals";
* short aliases of generated names ("Lutnick" after "Howard Lutnick");
* ``bare_commission``: "the Commission" after a named commission, or in EU news.
"""

from __future__ import annotations

import bisect
import re

from policykg.extract.entity_rules import PRIO_RULE, Candidate

# --- coordination and aliases --------------------------------------------------

_CONJ = {"and", "or", "&"}
_CONJ_RX = re.compile(r"\b(?:and|or)\b|&", re.I)


def coordination_candidates(text: str, tokens, chosen: list[Candidate], en_index) -> list[Candidate]:
    """Elliptical conjuncts that share a modifier or a head with a named item."""
    items = [c for c in chosen if c.eid and c.eid.startswith(("item:", "element:"))]
    if not items or not _CONJ_RX.search(text):
        return []
    starts = [t[1] for t in tokens]
    lowered = [t[0].lower() for t in tokens]
    out = []
    for c in items:
        a = bisect.bisect_left(starts, c.start)
        b = bisect.bisect_left(starts, c.end) - 1
        if a >= len(tokens) or starts[a] != c.start or b < a or tokens[b][2] != c.end:
            continue
        out += _shared_modifier(tokens, lowered, a, b, en_index)
        out += _shared_head(tokens, lowered, a, b, en_index)
    return out


def _shared_modifier(tokens, lowered, a, b, en_index) -> list[Candidate]:
    """ "rare earth equipment and raw materials" -> "rare earth raw materials"."""
    for skip in (0, 1, 2):
        conj = b + 1 + skip
        if conj >= len(tokens) or lowered[conj] not in _CONJ:
            continue
        if any(not lowered[k].isalpha() for k in range(b + 1, conj)):
            return []
        for prefix in (list(lowered[a : b + 1]), list(lowered[a:b])):
            for n in (3, 2, 1):
                w = lowered[conj + 1 : conj + 1 + n]
                if len(w) < n or not prefix or not all(x.isalpha() for x in w):
                    continue
                key = tuple(prefix + w)
                eid = en_index.lower.get(key)
                if eid:
                    return [Candidate(tokens[conj + 1][1], tokens[conj + n][2], eid, PRIO_RULE)]
        return []
    return []


def _shared_head(tokens, lowered, a, b, en_index) -> list[Candidate]:
    """ "rare and rare earth metals" -> "rare metals"."""
    if a < 2 or lowered[a - 1] not in _CONJ:
        return []
    for n in (2, 1):
        first = a - 1 - n
        if first < 0 or not all(lowered[k].isalpha() for k in range(first, a - 1)):
            continue
        key = (*tuple(lowered[first : a - 1]), lowered[b])
        eid = en_index.lower.get(key)
        if eid:
            return [Candidate(tokens[first][1], tokens[a - 2][2], eid, PRIO_RULE)]
    return []


def alias_candidates(text: str, tokens, chosen: list[Candidate], gaz) -> list[Candidate]:
    """Later short forms of names a rule generated: the surname of a person."""
    short: dict[str, str] = {}
    for c in chosen:
        ent = gaz.dynamic.get(c.eid) if c.eid else None
        if ent is not None and ent.type == "Person" and " " in ent.name:
            short.setdefault(ent.name.split()[-1], ent.id)
    if not short:
        return []
    return [Candidate(s, e, short[t], PRIO_RULE) for t, s, e in tokens if t in short]


# bare_commission: "the Commission" ("the Council") repeats the nearest Commission (Council) named
# before it ("the US International Trade Commission ... the Commission"), else, in a text that names
# the EU, it is the European Commission (the Council of the EU): the usual short forms in EU news
_BARE_HEAD = re.compile(r"\b[Tt]he\s+(Commission|Council)\b(?!\s+(?:of|on|for)\b)")
_EU_ORGANS = {"Commission": "org:european_commission", "Council": "org:council_of_the_eu"}


def commission_candidates(text: str, chosen: list[Candidate], gaz) -> list[Candidate]:
    """Mentions of a bare "the Commission" / "the Council" (see ``bare_commission``): the body of
    that head named last before it, else in an article about the EU the EU's own."""
    out = []
    for m in _BARE_HEAD.finditer(text):
        start, head = m.start(1), m.group(1)
        before = [c for c in chosen if c.eid and c.end <= start]
        named = [c for c in before if re.search(rf"\b{head}\b", text[c.start : c.end])]
        if named:
            out.append(Candidate(start, m.end(), named[-1].eid, PRIO_RULE))
        elif any(c.eid == "EU" for c in before) and gaz.get(_EU_ORGANS[head]) is not None:
            out.append(Candidate(start, m.end(), _EU_ORGANS[head], PRIO_RULE))
    return out
