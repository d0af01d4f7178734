"""Entity rules that read the context around a word.

* one-character Chinese country names (``zh/abbreviations.jsonl``): 中美 and
  俄乌 pairs, 美股 / 韩方面 followers, 华 after 对/访/赴, 俄 anywhere;
* ministries: "Ministry of X", "X Ministry", "X Minister", "Department of X",
  Chinese 国防部 ..., resolved by the country written next to them;
* coordination: "rare earth equipment and raw materials" also mentions
  "rare earth raw materials"; "rare and rare earth metals" also "rare metals";
* short aliases of generated names ("Lutnick" after "Howard Lutnick").
"""

from __future__ import annotations

import re
from dataclasses import replace

from policykg.extract.entity_rules import PRIO_RULE, Candidate, new_entity, slug

# --- Chinese one-character country names ----------------------------------------

# Characters before which a one-character name is part of another word
# (其中美国, 集中企业, 今日中午, 5日中方).
_NOT_AFTER = "其之当集空心期途从居正今昨明每次翌前后同节月号本0-9０-９"
_MAIN = {"中", "美", "俄"}
_CJK = re.compile("[\u4e00-\u9fff]")


def abbreviation_candidates(text: str, gaz) -> list[Candidate]:
    """Candidates for 中美 pairs, 美股-style followers, 对华 and the lone 俄."""
    rows = gaz.abbreviations
    if not rows:
        return []
    compiled = gaz._cache.get("abbr")
    if compiled is None:
        compiled = gaz._cache["abbr"] = _compile_abbreviations(rows)
    pair_rx, ids, (follower_rxs, after_rxs, alone_rx) = compiled
    out: list[Candidate] = []
    if not _CJK.search(text):
        return out
    for group, m in enumerate(pair_rx.finditer(text) if pair_rx else ()):
        run = m.group()
        if len(set(run)) == len(run) and _MAIN & set(run):
            out += [Candidate(m.start() + k, m.start() + k + 1, ids[ch], PRIO_RULE, group) for k, ch in enumerate(run)]
    for rx, group_ids in (follower_rxs, after_rxs, alone_rx):
        if rx is None:
            continue
        for m in rx.finditer(text):
            k = m.lastindex
            out.append(Candidate(m.start(k), m.end(k), group_ids[k - 1], PRIO_RULE))
    return out


def _compile_abbreviations(rows):
    """(pair regex, char -> id, then (regex, ids by group) for followers, "after" and lone chars)."""
    ids = {r["char"]: r["id"] for r in rows}
    pair_chars = "".join(r["char"] for r in rows if r.get("pair"))
    pair_rx = re.compile(f"(?<![{_NOT_AFTER}])[{re.escape(pair_chars)}]{{2,4}}") if pair_chars else None
    followers = [r for r in rows if r.get("followers")]
    follower_rx = _alternation(
        f"({re.escape(r['char'])})(?={'|'.join(sorted(map(re.escape, r['followers']), key=len, reverse=True))})"
        for r in followers
    )
    follower_rx = re.compile(f"(?<![{_NOT_AFTER}])(?:{follower_rx.pattern})") if follower_rx else None
    after = [r for r in rows if r.get("after")]
    after_rx = _alternation(f"(?<=[{re.escape(''.join(r['after']))}])({re.escape(r['char'])})" for r in after)
    alone = [r for r in rows if r.get("alone")]
    alone_rx = _alternation(f"({re.escape(r['char'])})" for r in alone)
    return pair_rx, ids, (
        (follower_rx, [r["id"] for r in followers]),
        (after_rx, [r["id"] for r in after]),
        (alone_rx, [r["id"] for r in alone]),
    )


def _alternation(parts):
    parts = list(parts)
    return re.compile("|".join(parts)) if parts else None


def keep_whole_groups(chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """Drop the survivors of a pair (中美) whose partner lost its span to a longer name."""
    size: dict[int, int] = {}
    for c in candidates:
        if c.group >= 0:
            size[c.group] = size.get(c.group, 0) + 1
    kept: dict[int, int] = {}
    for c in chosen:
        if c.group >= 0:
            kept[c.group] = kept.get(c.group, 0) + 1
    return [c for c in chosen if c.group < 0 or kept[c.group] == size[c.group]]


# --- ministries --------------------------------------------------------------

MINISTRY = "@ministry"  # placeholder id prefix, resolved by resolve_ministries


def _ministry_tables(gaz):
    cached = gaz._cache.get("ministries")
    if cached is None:
        en = {form.lower(): row["domain"] for row in gaz.ministries for form in row.get("en", ())}
        zh = {form: row["domain"] for row in gaz.ministries for form in row.get("zh", ())}
        zh_rx = re.compile("|".join(sorted(map(re.escape, zh), key=len, reverse=True))) if zh else None
        by_id = {eid: key for key, eid in gaz.ministry_ids.items()}
        cached = gaz._cache["ministries"] = (en, zh, zh_rx, by_id)
    return cached


_WORD = r"[A-Z][a-z]+"
_OF_FORM = re.compile(
    rf"\b(Ministry|Department|Minister|Secretary)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    rf"({_WORD}(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+){_WORD}){{0,6}})"
)
_PRE_FORM = re.compile(rf"\b((?:{_WORD}[ \t]+){{1,3}})(Ministry|Department|Minister|Secretary)\b")


def ministry_candidates(text: str, gaz) -> list[Candidate]:
    """Ministry phrases with a placeholder id ``@ministry|form|domain|default``."""
    en, zh, zh_rx, _ = _ministry_tables(gaz)
    out = []
    for m in _OF_FORM.finditer(text):
        words = re.split(r"(,?[ \t]+(?:and[ \t]+)?)", m.group(2))
        for n in range(len(words), 0, -2):  # longest known domain first
            phrase = "".join(words[:n])
            domain = en.get(phrase.lower())
            if domain is None and n == len(words) and m.group(1) in ("Ministry", "Department") and n <= 9:
                domain = slug(phrase, drop_legal=False)
            if domain:
                out.append(_ministry(m.start(1), m.start(2) + len(phrase), m.group(1), domain))
                break
    for m in _PRE_FORM.finditer(text):
        spans = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
        for k, (offset, _) in enumerate(spans):
            domain = en.get(" ".join(w for _, w in spans[k:]).lower())
            if domain:
                out.append(_ministry(m.start(1) + offset, m.end(2), m.group(2), domain))
                break
    if zh_rx is not None:
        out += [_ministry(m.start(), m.end(), "部", zh[m.group()], "CHN") for m in zh_rx.finditer(text)]
    return out


def _ministry(start: int, end: int, word: str, domain: str, default: str = "") -> Candidate:
    form = "department" if word in ("Department", "Secretary") else "ministry"
    if form == "department" and not default:
        default = "USA"
    return Candidate(start, end, f"{MINISTRY}|{form}|{domain}|{default}", PRIO_RULE)


_BEFORE = re.compile(r"[ \t]*(?:['\u2019]s)?[ \t]*(?:the[ \t]+)?|的?")
_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def qualifier(text: str, chosen: list[Candidate], i: int, gaz) -> str | None:
    """The country or bloc written right before ("Russian", "China's", 俄) or after ("of China")."""
    for j, rx, span in ((i - 1, _BEFORE, lambda o, c: (o.end, c.start)), (i + 1, _AFTER, lambda o, c: (c.end, o.start))):
        if 0 <= j < len(chosen) and chosen[j].eid:
            other = chosen[j]
            ent = gaz.get(other.eid)
            a, b = span(other, chosen[i])
            if ent is not None and ent.type in ("Country", "Bloc") and a <= b and rx.fullmatch(text[a:b]):
                return ent.id
    return None


def resolve_ministries(text: str, chosen: list[Candidate], gaz) -> list[Candidate]:
    """Give each ministry the id of (its qualifying country, its domain)."""
    _, _, _, by_id = _ministry_tables(gaz)
    out = []
    for i, c in enumerate(chosen):
        if c.eid and c.eid.startswith(MINISTRY):
            _, form, domain, default = c.eid.split("|")
            country = qualifier(text, chosen, i, gaz) or default
            if country:
                out.append(replace(c, eid=_ministry_id(gaz, country, domain, form)))
        elif c.eid in by_id:
            country = qualifier(text, chosen, i, gaz)
            home, domain = by_id[c.eid]
            if country and country != home:
                form = "department" if country == "USA" else "ministry"
                c = replace(c, eid=_ministry_id(gaz, country, domain, form))
            out.append(c)
        else:
            out.append(c)
    return out


def _ministry_id(gaz, country: str, domain: str, form: str) -> str:
    known = gaz.ministry_ids.get((country, domain))
    if known:
        return known
    owner = gaz.get(country)
    name = f"{form.title()} of {domain.replace('_', ' ').title()} ({owner.name if owner else country})"
    return new_entity(gaz, f"org:{gaz.adjective(country)}_{form}_of_{domain}", "Agency", name, country)


# --- coordination and aliases --------------------------------------------------

_CONJ = {"and", "or", "&"}


def coordination_candidates(text: str, tokens, chosen: list[Candidate], en_index) -> list[Candidate]:
    """Elliptical conjuncts that share a modifier or a head with a named item."""
    starts = {t[1]: k for k, t in enumerate(tokens)}
    ends = {t[2]: k for k, t in enumerate(tokens)}
    words = [t[0] for t in tokens]
    lowered = [w.lower() for w in words]
    out = []
    for c in chosen:
        if not c.eid or not c.eid.startswith(("item:", "element:")) or c.start not in starts or c.end not in ends:
            continue
        a, b = starts[c.start], ends[c.end]
        out += _shared_modifier(tokens, lowered, a, b, en_index)
        out += _shared_head(tokens, lowered, a, b, en_index)
    return out


def _shared_modifier(tokens, lowered, a, b, en_index) -> list[Candidate]:
    """"rare earth equipment and raw materials" -> "rare earth raw materials"."""
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
    """"rare and rare earth metals" -> "rare metals"."""
    if a < 2 or lowered[a - 1] not in _CONJ:
        return []
    for n in (2, 1):
        first = a - 1 - n
        if first < 0 or not all(lowered[k].isalpha() for k in range(first, a - 1)):
            continue
        key = tuple(lowered[first : a - 1]) + (lowered[b],)
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
