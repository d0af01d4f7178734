"""Entity rules that read the context around a word.

* ministries: "Ministry of X", "X Ministry", "X Minister", "Department of X",
  Chinese 国防部 ..., resolved by the country written next to them.

Coordination and short aliases live in :mod:`policykg.extract.entity_coordination`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policykg.extract import entity_generic as generic
from policykg.extract import entity_home as home
from policykg.extract.entity_ids import new_entity, slug
from policykg.extract.entity_rules import PRIO_RULE, Candidate

# --- ministries --------------------------------------------------------------

MINISTRY = "@ministry"  # placeholder id prefix, resolved by resolve_ministries


def _ministry_tables(gaz):
    cached = gaz._cache.get("ministries")
    if cached is None:
        en = {form.lower(): row["domain"] for row in gaz.ministries for form in row.get("en", ())}
        zh = {form: row["domain"] for row in gaz.ministries for form in row.get("zh", ())}
        zh_rx = re.compile("|".join(sorted(map(re.escape, zh), key=len, reverse=True))) if zh else None
        by_id: dict[str, tuple[str, str]] = {}
        for key, eid in gaz.ministry_ids.items():
            by_id.setdefault(eid, key)
        cached = gaz._cache["ministries"] = (en, zh, zh_rx, by_id)
    return cached


_WORD = r"[A-Z][a-z]+"
_OF_FORM = re.compile(
    rf"\b(Ministry|Department|Minister|Secretary)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    rf"({_WORD}(?:(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+|[ \t]+){_WORD}){{0,6}})"
)
# name_before_title: a name of unknown domain ends before an office title ("Department of Agriculture Secretary Sonny
# Perdue" is the Department of Agriculture; the holder and his title are no part of the body's name)
_TITLE_WORDS = {"Secretary", "Minister", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Undersecretary"}
_PRE_FORM = re.compile(
    rf"\b((?:{_WORD},?[ \t]+(?:and[ \t]+)?){{1,4}})(Ministry|Department|Minister|Secretary)\b"
)  # "Trade, Industry, and Energy Ministry": a listed domain with its commas
# wire style in lower case ("China's foreign ministry said"): resolved only when a country owns it
_PRE_FORM_LOWER = re.compile(r"\b((?:[a-z]+[ \t]+){1,3})(ministry)\b")


# office_title (extract/entity_home.py): "Commerce Minister Wang Wentao", "the Finance Secretary"
# name a person's office, not an agency (conventions: agencies named only through office titles give none)


# and in Chinese: 贸易部长雷内特•克莱弗表示, 商务部长罗斯表示, 产业通商资源部长官李昌洋
_ZH_VERB = r"(?:表示|称|说|指出|强调|透露|会见|访问|出席|宣布|今|昨|日前|将|也|还|在|于)"
_ZH_NAME_AFTER = re.compile(rf"长官?(?!{_ZH_VERB})[\u4e00-\u9fff•·・]{{2,10}}?(?:{_ZH_VERB}|[(（,，。、:：])")


def ministry_candidates(text: str, gaz) -> list[Candidate]:
    """Ministry phrases with a placeholder id ``@ministry|form|domain|default``."""
    en, zh, zh_rx, _ = _ministry_tables(gaz)
    out = []
    for m in _OF_FORM.finditer(text):
        words = re.split(r"(,?[ \t]+(?:(?:and|&)[ \t]+)?)", m.group(2))
        for n in range(len(words), 0, -2):  # longest known domain first
            phrase = "".join(words[:n])
            domain = en.get(phrase.lower())
            if (
                domain is None
                and n == len(words)
                and m.group(1) in ("Ministry", "Department")
                and n <= 9
                and not (_TITLE_WORDS & set(words))
            ):  # "Department of Agriculture Secretary Sonny Perdue": the name ends before the holder's title
                domain = slug(phrase.replace("&", "and"), drop_legal=False)
            if domain:
                if not home.office_title(m.group(1)):
                    out.append(_ministry(m.start(1), m.start(2) + len(phrase), m.group(1), domain))
                break
    for m in _PRE_FORM.finditer(text):
        owned = _owned_listed_domain(text, m, en)
        if owned:
            out += owned
            continue
        spans = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
        for k, (offset, _) in enumerate(spans):
            domain = en.get(" ".join(w for _, w in spans[k:]).lower())
            if domain:
                if not home.office_title(m.group(2)):
                    out.append(_ministry(m.start(1) + offset, m.end(2), m.group(2), domain))
                break
    for m in _PRE_FORM_LOWER.finditer(text):  # "China's foreign ministry", "the economy ministry"
        words = m.group(1).split()
        for k in range(len(words)):
            domain = en.get(" ".join(words[k:]))
            if domain:
                start = m.start(1) + m.group(1).index(words[k])
                out.append(_ministry(start, m.end(2), "Ministry", domain))
                break
    if zh_rx is not None:
        out += [
            _ministry(m.start(), m.end(), "部", zh[m.group()], _zh_default(m.group(), gaz))
            for m in zh_rx.finditer(text)
            if not _ZH_NAME_AFTER.match(text, m.end())
        ]
    return out


_OWNER_BEFORE = re.compile(r"[A-Z][A-Za-z.]*['\u2019]s[ \t]+$")


def _owned_listed_domain(text: str, m: re.Match[str], en: dict[str, str]) -> list[Candidate]:
    """Rule ``owned_listed_domain``: a Ministry named by a list of domains right after a state's possessive
    ("Turkey's Food, Agriculture and Livestock Ministry") is that state's ministry of the whole list
    (``org:turkish_ministry_of_food_agriculture_and_livestock``), as "the Ministry of X" is; a known domain
    at the end of the list ("... and Fisheries") is no name of it. A list a row knows keeps its row's domain."""
    phrase = m.group(1).strip().rstrip(",")
    listed = "," in phrase or " and " in phrase
    if m.group(2) != "Ministry" or not listed or not _OWNER_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
        return []
    domain = en.get(phrase.lower()) or slug(phrase.replace("&", "and"), drop_legal=False)
    return [_ministry(m.start(1), m.end(2), "Ministry", domain)]


def _zh_default(form: str, gaz) -> str:
    """``zh_ministry_state``: the state a bare Chinese ministry name stands for when nothing else tells: a 省
    (外务省, 财务省, 经济产业省) is Japan's, whose ministries alone are so named; a generic head of
    ``generic_agencies.jsonl`` its row's state (商务部: China's; 贸易部, 能源部: no one's); another 部 is China's,
    or Taiwan's in a text written from Taiwan (``_home_state``)."""
    listed = generic.zh_default(form, gaz)
    if listed is not None:
        return listed
    return "JPN" if form.endswith("省") else "CHN"


def _ministry(start: int, end: int, word: str, domain: str, default: str = "") -> Candidate:
    form = "department" if word in ("Department", "Secretary") else "ministry"
    if form == "department" and not default:
        default = "USA"
    return Candidate(start, end, f"{MINISTRY}|{form}|{domain}|{default}", PRIO_RULE)


_BEFORE = re.compile(r"[ \t]*(?:['\u2019]s)?[ \t]*(?:the[ \t]+)?|的?")
_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def qualifier(text: str, chosen: list[Candidate], i: int, gaz) -> str | None:
    """The country or bloc written right before ("Russian", "China's", 俄) or after ("of China")."""
    for j, rx, span in (
        (i - 1, _BEFORE, lambda o, c: (o.end, c.start)),
        (i + 1, _AFTER, lambda o, c: (c.end, o.start)),
    ):
        if 0 <= j < len(chosen) and chosen[j].eid:
            other = chosen[j]
            ent = gaz.get(other.eid)
            a, b = span(other, chosen[i])
            if ent is not None and ent.type in ("Country", "Bloc") and a <= b and rx.fullmatch(text[a:b]):
                return ent.id
    return None


_SENTENCE_END = re.compile(r"[.!?。！？；;\n]")


_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _sentence_country(text: str, chosen: list[Candidate], i: int, gaz, possessive: bool) -> str | None:
    """The last country named earlier in the same sentence: 墨西哥总统…经济部长; in English
    only an owner ("Mexico's president told the Economy Ministry"), since "after US
    tariffs, the Foreign Ministry said" names the other side."""
    for j in range(i - 1, -1, -1):
        other = chosen[j]
        if _SENTENCE_END.search(text, other.end, chosen[i].start):
            return None
        ent = gaz.get(other.eid) if other.eid else None
        if ent is not None and ent.type == "Country":
            return ent.id if not possessive or _POSSESSIVE.match(text, other.end) else None
    return None


# home_government: marks of a text written from Taiwan, so that its bare 外交部, 经济部 and 财政部 are
# Taiwan's (the text is already converted to Simplified): organs only Taiwan's government has (行政院,
# 立法院, 关务署, 国贸署, a clause opening with a bare 经济部 or 总统府: China has no 经济部, and a bare
# presidential office in Chinese-language news is Taipei's), its currency and calendar (新台币, 民国113年).
# The press's bracketed day (财政部昨(4)日表示) was tried as a mark: Hong Kong papers write it too, and it
# moved neither train nor dev.
_TAIWAN_ORGANS = re.compile(
    r"行政院|立法院|监察院|陆委会|国发会|关务署|国贸署|新台币|民国\d{2,3}年"
    r"|(?:^|[\s，。,：:、（(」】])(?:经济部|总统府)"
)


def written_from_taiwan(text: str, chosen: list[Candidate], gaz) -> bool:
    """Is ``text`` written from Taiwan (see ``_TAIWAN_ORGANS``), or does it name a body of Taiwan's government?"""
    return bool(_TAIWAN_ORGANS.search(text)) or _names_taiwan_body(chosen, gaz)


def _home_state(text: str, domain: str, gaz, chosen: list[Candidate], outlet: str | None = None) -> str | None:
    """The government a bare Chinese ministry name (商务部, 外交部, 经济部) belongs to: Taiwan's in
    a text written from Taiwan (:func:`written_from_taiwan`: 关税税率审议小组 named in it, or a Taiwan
    outlet, ``outlet_home``), else China's when China has that ministry."""
    from_taiwan = outlet == "TWN" or written_from_taiwan(text, chosen, gaz)
    if ("TWN", domain) in gaz.ministry_ids and from_taiwan:
        return "TWN"
    return "CHN" if ("CHN", domain) in gaz.ministry_ids else None


def _names_taiwan_body(chosen: list[Candidate], gaz) -> bool:
    """Does the text name an agency of Taiwan's government?"""
    ents = (gaz.get(c.eid) for c in chosen if c.eid and not c.eid.startswith(MINISTRY))
    return any(e is not None and e.type == "Agency" and e.country == "TWN" for e in ents)


def resolve_ministries(text: str, chosen: list[Candidate], gaz, outlet: str | None = None) -> list[Candidate]:
    """Give each ministry the id of (its qualifying country, its domain).

    ``nearest_owner``: a bare Chinese ministry name (商务部) repeats the nearest earlier
    ministry of the same domain whose country was written (美国商务部宣布……商务部称: the US
    department), before falling back to the text's home state.  ``outlet``: the state the
    article's outlet writes from (:mod:`policykg.extract.entity_outlet`), or None."""
    _, _, _, by_id = _ministry_tables(gaz)
    out: list[Candidate] = []
    owners: dict[str, str] = {}  # domain -> country of the last qualified mention
    written: dict[int, str] = {}  # index of a ministry -> the state written for it (or for its first conjunct)
    article_owners, article_home = _article_context(text, chosen, gaz, outlet)
    named = home.named_states(generic.without_generic(text, chosen, gaz), gaz)
    contexts = (article_owners, article_home, named)
    for i, c in enumerate(chosen):
        if c.eid and c.eid.startswith(MINISTRY):
            _, form, domain, default = c.eid.split("|")
            country = qualifier(text, chosen, i, gaz) or _coordinated_state(text, chosen, i, written)
            if country:
                owners[domain] = written[i] = country
            elif default == "CHN":
                country = owners.get(domain) or _home_state(text, domain, gaz, chosen, outlet)
            if not country:
                country = _sentence_country(text, chosen, i, gaz, possessive=default != "CHN")
            if not country and default != "CHN":
                country = article_owners.get(domain) or article_home.get(form) or default or None
            if not country and default == "CHN" and ("TWN", domain) in gaz.ministry_ids:
                country = "TWN"  # 经济部 alone: China has none, Taiwan's is the Chinese-language one
            if country:
                out.append(replace(c, eid=_ministry_id(gaz, country, domain, form)))
        elif c.eid in by_id:
            country = qualifier(text, chosen, i, gaz)
            known, domain = by_id[c.eid]
            bare = _bare_zh(c, text)
            if not country and bare:
                country = _coordinated_state(text, chosen, i, written) or owners.get(domain)
            row = None if country else generic.head_row(text[c.start : c.end], gaz)
            if row is not None:
                domain = row["function"]
                country = _generic_state(text, chosen, i, gaz, (known, domain, bare), owners, contexts)
            owners[domain] = country or known
            if (country or not bare) and row is None:  # 美国商务部 spells its state
                written[i] = country or known
            if country and country != known:
                form = "department" if country in generic.DEPARTMENT_STATES else "ministry"
                eid = generic.agency_id(gaz, country, domain, form) or _ministry_id(gaz, country, domain, form)
                c = replace(c, eid=eid)
            out.append(c)
        else:
            out.append(c)
    return out


def _generic_state(text: str, chosen: list[Candidate], i: int, gaz, known: tuple, owners: dict, contexts: tuple):
    """The state of a generic head matched to a known body (``known``: its state, function, and whether it is a
    bare Chinese name) that no state is written with (:mod:`policykg.extract.entity_generic`): the state of
    the last such head of the function, else of the sentence's owner, else of a qualified head of the function
    elsewhere, else ``known_in_context``; None keeps the known body (a bare Chinese head: ``zh_head_state``)."""
    state, function, bare = known
    article_owners, article_home, named = contexts
    if bare or "\u4e00" <= text[chosen[i].start] <= "\u9fff":
        return None
    found = owners.get(function) or _sentence_country(text, chosen, i, gaz, possessive=True)
    if found:
        return found
    if "department" in text[chosen[i].start : chosen[i].end].lower():  # a ministry elsewhere is no owner
        return generic.known_in_context(state, named, article_home.get("department"))
    return article_owners.get(function) or generic.known_in_context(state, named, article_home.get("ministry"))


# coordinated_owner: a bare Chinese ministry coordinated after another ministry shares its state (美国商务部、国防部和
# 能源部; 俄罗斯外交部和财政部: Russia's finance ministry, not China's), as the conjuncts of one noun phrase do
_ZH_CONJ = re.compile(r"(?:、|和|与|及|以及|或)")


def _coordinated_state(text: str, chosen: list[Candidate], i: int, written: dict[int, str]) -> str | None:
    """The state written for the ministry right before a bare Chinese ministry name, when a conjunction
    joins them (a conjunct of no written state, 国务院、国防部, passes none on)."""
    c = chosen[i]
    if i == 0 or (i - 1) not in written or not "\u4e00" <= text[c.start] <= "\u9fff":
        return None
    return written[i - 1] if _ZH_CONJ.fullmatch(text, chosen[i - 1].end, c.start) else None


def _article_context(
    text: str, chosen: list[Candidate], gaz, outlet: str | None = None
) -> tuple[dict[str, str], dict[str, str | None]]:
    """The article's own answers for a bare English ministry: the countries that qualify
    its ministry domains anywhere in it (``domain_owner``) and its home country for each form
    (a "ministry" is never the United States': its bodies are departments): the outlet's state
    when the text names it (``outlet_home``), else the state the text is about (``home_country``)."""
    entries = []
    for i, c in enumerate(chosen):
        if c.eid and c.eid.startswith(MINISTRY) and not c.eid.endswith("|CHN"):
            entries.append((c.eid.split("|")[2], qualifier(text, chosen, i, gaz)))
    chosen = generic.without_generic(text, chosen, gaz)  # generic_head: "Ministry of Commerce" names no state
    named = outlet if outlet and outlet in home.named_states(chosen, gaz) else None
    homes = {
        "department": named or home.home_country(text, chosen, gaz),
        "ministry": (named if named != "USA" else None)
        or home.home_country(text, chosen, gaz, exclude=frozenset({"USA"})),
    }
    return home.domain_owners(entries), homes


def _bare_zh(c: Candidate, text: str) -> bool:
    """Is the mention a Chinese ministry name written alone (商务部, not 中国商务部 matched whole)?"""
    return text[c.start : c.end].endswith("部") and len(text[c.start : c.end]) <= 4


def _ministry_id(gaz, country: str, domain: str, form: str) -> str:
    """The id of (country, domain): the gazetteer's agency, else a minted one; the United States' executive
    bodies are departments in either language (美国能源部 is ``org:us_department_of_energy``, as "the US
    Department of Energy" is)."""
    known = gaz.ministry_ids.get((country, domain))
    if known:
        return known
    form = "department" if country in generic.DEPARTMENT_STATES else form
    owner = gaz.get(country)
    name = f"{form.title()} of {domain.replace('_', ' ').title()} ({owner.name if owner else country})"
    return new_entity(gaz, f"org:{gaz.adjective(country)}_{form}_of_{domain}", "Agency", name, country)
