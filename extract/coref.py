"""Who acts: the owner of a measure, the headline's acting state, definite references (pure).

Named actor rules for the classes issue 11 lists (the cases are in
``tests/unit/test_coref.py``):

* :func:`owner` — "the pause on Trump's tariffs", "it lowers Japan's curbs": an act
  on an existing measure is taken by the measure's owner, named with a possessive
  right before the measure noun, even inside a prepositional phrase;
* :func:`headline_actor` — "Export controls on South Korea worry Japanese makers":
  the headline's topic state is its first state that is not a target;
* :func:`not_a_target` — an inherited actor must not be the candidate's own target
  ("tariffs imposed on U.K. goods" is not Britain's act);
* :func:`requester` — "after a request from the China Wine Industry Association";
* :func:`definite_body` — "The ministry imposed …" is the latest ministry named;
* :func:`subject_floor` — no subject across "after the ban took effect";
* :func:`in_credit` — a state inside an outlet's bracketed credit is no actor;
* :func:`buyer` — a purchase commitment is the buyer's deal, the seller its target;
* :func:`office_first` — an inherited actor list led by an office holder gets his state first;
* :func:`decision_owner` — "concerned about China's decision to tighten", 对中国加强…的决定: the decider acts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from policykg.extract import office_rules, roles, subject_filters
from policykg.extract.models import Entity, Mention

# 's + a premodifier of up to five words (numbers, percent, a quoted name): "Trump’s “Liberation Day”"
_OWNER_GAP = re.compile(
    r"^['’]s?\s+(?:(?!(?:to|of|on|in|for|that|which|and|or|is|are|was|were|has|have|had)\s)[\w%.$-]+\s+"
    r"|[“\"][^”\"]{1,30}[”\"]\s+){0,5}$",
    re.IGNORECASE,
)
_ZH_OWNER_GAP = re.compile(r"^(?:政府|方面|当局)?的\s*$")

# acts on an existing measure: whoever suspends, lifts or prolongs it owns it
ON_EXISTING = frozenset({"suspend", "lift", "extend"})


_ZH_TARGET_MARK = re.compile(r"(?:对|向|针对|对于)\s*$")


def owner(
    text: str,
    mentions: Sequence[Mention],
    hit_start: int,
    floor: int,
    entities: Mapping[str, Entity],
    after: int = -1,
) -> list[str]:
    """The state, agency or leader named as the owner right before a measure noun ("Trump's tariffs",
    "Japan's latest export curbs", 日本政府的出口管制), whatever preposition comes before the owner; with
    ``after``, only an owner that ends before that offset ("Japan's tightened controls": the verb in between)."""
    before = [
        m
        for m in mentions
        if floor <= m.start
        and m.end <= hit_start
        and roles.entity_type(m.entity_id, entities) in ("Country", "Bloc", "Agency", "Person")
    ]
    if not before:
        return []
    last = before[-1]
    gap = text[last.end : hit_start]
    if last.end > after >= 0:
        return []
    if _ZH_TARGET_MARK.search(text[max(0, last.start - 3) : last.start]):
        return []  # 暂停实施对日本的出口管制措施: 对 marks the measure's target, not its owner
    if _OWNER_GAP.match(gap) or _ZH_OWNER_GAP.match(gap):
        return [last.entity_id]
    return []


_TARGET_LEAD = re.compile(
    r"\b(?:on|against|to|from|into|targeting|toward|towards|for|with)\s+(?:the\s+)?$|(?:对|向|从|针对|对于|与)\s*$",
    re.IGNORECASE,
)


def headline_actor(text: str, mentions: Sequence[Mention], title_end: int, entities: Mapping[str, Entity]) -> list[str]:
    """The headline's first state that is not in a target phrase ("Export controls on South Korea worry
    Japanese makers": Japan); when every headline state is a target ("Faafoi rejects duties on Chinese steel"),
    the state the body names most often outside target phrases and goods of origin, else the first state."""
    states = [m for m in mentions if roles.entity_type(m.entity_id, entities) in roles.STATE_TYPES]
    head = [m for m in states if m.end <= title_end]
    free = [m for m in head if not _TARGET_LEAD.search(text[max(0, m.start - 14) : m.start])]
    if free or not head:
        return [m.entity_id for m in free][:1]
    acting = Counter(
        m.entity_id
        for m in states
        if m.start > title_end
        and not subject_filters.goods_of_origin(text, m.end)
        and not _TARGET_LEAD.search(text[max(0, m.start - 14) : m.start])
        and m.entity_id not in {h.entity_id for h in head}
    )
    return [acting.most_common(1)[0][0]] if acting else [head[0].entity_id]


_REQUEST_NOUN = re.compile(r"(?:requests?|applications?|petitions?|complaints?)$", re.IGNORECASE)


def requester(
    text: str,
    mentions: Sequence[Mention],
    action_start: int,
    action_end: int,
    ceiling: int,
    entities: Mapping[str, Entity],
) -> list[str]:
    """ "after a request from the China Wine Industry Association", "a petition by steelmakers": the
    party named after a request noun made the request, whoever the clause's subject is."""
    if not _REQUEST_NOUN.search(text[action_start:action_end]):
        return []
    return roles.agent(text, mentions, action_end, ceiling, entities, source=True)


_DEFINITE_BODY = re.compile(
    r"(?:^|[,;]\s*|\b(?:that|and|but|when|after)\s+)(?:the|The)\s+(?:(?:\w+\s+)?(?P<head>ministry|department|"
    r"commission|agency|bureau|office))\b(?!\s+(?:of|for)\b)|(?P<zh>该部|该委|该机构|该局)",
    re.IGNORECASE,
)
_ZH_HEAD = {"该部": "部", "该委": "委", "该机构": "", "该局": "局"}


def definite_body(
    text: str, mentions: Sequence[Mention], start: int, anchor: int, entities: Mapping[str, Entity]
) -> list[str]:
    """ "The ministry imposed a licensing system", 该部表示: a definite body noun as the subject refers to
    the latest agency named before with that head noun ("China's Finance Ministry"); its state comes first."""
    m = _DEFINITE_BODY.search(text[start:anchor])
    if m is None:
        return []
    head = (m.group("head") or _ZH_HEAD.get(m.group("zh") or "", "")).lower()
    at = start + m.start()
    for x in reversed([x for x in mentions if x.end <= at]):
        ent = entities.get(x.entity_id)
        if ent is None or ent.type != "Agency" or head not in ent.name.lower() + x.text.lower():
            continue
        return [ent.country, x.entity_id] if ent.country else [x.entity_id]
    return []


_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|whenever|while|since|until|once|because|as\s+soon\s+as)\s+(?=(?:the|this|that|these|those|its|their)\b)",
    re.IGNORECASE,
)


def subject_floor(text: str, start: int, anchor: int) -> int:
    """Where the subject of the act at ``anchor`` may start: after the last subordinator before it ("CMOC
    declared force majeure after the ban took effect": CMOC is the main clause's subject, not the ban's)."""
    last = None
    for m in _SUBORDINATOR.finditer(text, start, anchor):
        last = m
    return last.end() if last is not None else start


_CREDIT_BRACKET = re.compile(
    r"^[^()（）\n]{0,12}?(?:网|台|社|报|电|通讯|News|Online|Times|Post|Daily)\s*[)）]", re.IGNORECASE
)


def in_credit(text: str, mention: Mention) -> bool:
    """(德国之声中文网), (Deutsche Welle News): a state named inside an outlet's bracketed credit is part
    of the outlet's name, never an actor (agentless sentences must not inherit it)."""
    opening = max(
        text.rfind("(", max(0, mention.start - 12), mention.start),
        text.rfind("（", max(0, mention.start - 12), mention.start),
    )
    if opening < 0 or re.search(r"[)）]", text[opening : mention.start]):
        return False  # the bracket closes before the mention: the mention is outside it
    return bool(_CREDIT_BRACKET.match(text[opening + 1 :]))


_PURCHASE = re.compile(
    r"^\s*(?:had\s+|has\s+|have\s+)?(?:agreed|committed|pledged|promised|vowed)\s+to\s+(?:buy|purchase|import|"
    r"increase\s+(?:its|their)\s+(?:purchases|imports|buying))\b"
    r"|^\s*(?:已|将)?(?:同意|承诺)(?:扩大|增加)?(?:采购|购买|进口)",
    re.IGNORECASE,
)


def buyer(text: str, mentions: Sequence[Mention], start: int, end: int, entities: Mapping[str, Entity]) -> list[str]:
    """ "China had agreed to increase its purchases of goods from the United States", 中方承诺扩大采购: a
    purchase commitment is the buyer's TRADE_DEAL (labelling conventions), the state just before the verb."""
    for m in mentions:
        state = start <= m.start < end and roles.entity_type(m.entity_id, entities) in roles.STATE_TYPES
        if state and _PURCHASE.match(text[m.end : m.end + 60]):
            return [m.entity_id]
    return []


# the act as the content of another party's decision: "China's decision to tighten", 对中国加强…的决定
_DECISION_EN = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+)?(?:decision|move|plans?|attempts?|bid|announcement|efforts?|push|choice|intention|"
    r"threats?|refusal|determination)\s+to\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_ZH_ABOUT = re.compile(r"(?:对|就|针对|对于)\s*$")
_ZH_GAP = re.compile(r"^(?:政府|方面|当局)?[^,，。;；:：“”\"]{0,16}$")
# the decision noun, then the reaction the sentence is about (感到关切, 表示不满, 予以谴责)
_ZH_DECISION = re.compile(
    r"^[^,，。;；]{0,40}?的(?:决定|做法|行为|举措|行径|决策|计划|行动|声明|宣布)[^,，。;；]{0,8}?"
    r"(?:关切|关注|不满|遗憾|反对|担忧|谴责|抗议|失望|欢迎|批评|回应|质疑|不安|愤慨)"
)


def decision_owner(
    text: str, mentions: Sequence[Mention], start: int, action_start: int, entities: Mapping[str, Entity]
) -> list[str]:
    """ "The EU is concerned about China's decision to tighten export controls", 欧方对中国加强出口管制的决定感到
    关切: the act is the content of the named party's decision; that party acts, not the one reacting."""
    before = [
        m
        for m in mentions
        if start <= m.start
        and m.end <= action_start
        and roles.entity_type(m.entity_id, entities) in ("Country", "Bloc", "Agency", "Person")
    ]
    if before and _DECISION_EN.match(text[before[-1].end : action_start]):
        return [before[-1].entity_id]
    if not _ZH_DECISION.match(text[action_start:]):
        return []
    for m in before:  # 对美方将中国企业列入…的做法表示不满: the party right after 对, whatever its clause names next
        if _ZH_ABOUT.search(text[max(0, m.start - 3) : m.start]) and _ZH_GAP.match(text[m.end : action_start]):
            return [m.entity_id]
    return []


def main_explicit(cands: Sequence[Any]) -> list[str] | None:
    """The actors an agentless sentence inherits: those of the latest sentence with an explicit actor, from
    its first such act (the main clause: "China slapped duties on EU pork, in retaliation against EU tariffs
    on EVs" hands China on, not the EU of the measure named in the adjunct after it)."""
    explicit = [c for c in cands if c.how == "explicit" and c.actors and not c.title and not c.subordinate]
    if not explicit:
        return None
    last = explicit[-1].sentence
    return list(next(c for c in explicit if c.sentence == last).actors)


# office nouns of a title ("Foreign Secretary", "Trade Representative", 外交大臣, 商务部长)
_OFFICE = (
    r"minister|secretary|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|"
    r"representative|negotiator|governor|commissioner|senator|congressman|congresswoman|lawmaker|"
    r"chief|head|director(?:-general)?|adviser|advisor|official|king|queen|leader|chairman|chairwoman|"
    r"president-elect|czar|tsar"
)
# capitalised title words on one line: "British Foreign Secretary", "U.S. Trade Representative", "Chinese Vice Premier"
_EN_TITLE = re.compile(rf"^[ \t]+(?:[A-Z][\w.-]*[ \t]+){{0,3}}?(?:{_OFFICE})(?:-[A-Za-z]+)?[ \t]+$", re.IGNORECASE)
_EN_CAPS = re.compile(r"^[ \t]+(?:[A-Z][\w.-]*[ \t]+)+$")
_EN_BAD = re.compile(r"\b(?:said|says|told|and|or|with|by|to|from|against|on|in|whose|who|that|former|ex-)\b|'s|’s")
_ZH_TITLE = re.compile(
    r"^(?:政府|国家|联邦)?[\u4e00-\u9fff]{0,6}?(?:总统|副总统|总理|副总理|首相|外长|部长|大臣|国务卿|大使|发言人|代表|"
    r"主席|总督|议员|特使|国王|领导人|局长|署长)\s*$"
)


def titled_state(
    text: str,
    mentions: Sequence[Mention],
    actors: Sequence[str],
    entities: Mapping[str, Entity],
    officials: Mapping[str, str],
) -> list[str]:
    """ "British Foreign Secretary Jeremy Hunt asked for an exemption": an office holder found as the actor, his
    title naming his state right before his name, acts for that state (the contract: a minister's country)."""
    if len(actors) != 1 or roles.entity_type(actors[0], entities) != "Person" or actors[0] in officials:
        return list(actors)  # a known office holder's state is the lexicon's (officials.jsonl)
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    for i, m in enumerate(ordered):
        if m.entity_id == actors[0]:
            state = _titled_by(text, ordered[:i], m, entities) or office_rules.apposed_title(
                text, ordered[i + 1 :], m, entities
            )  # "Amara Wekesa, Kenya's trade minister, said"
            if state is not None:
                return [state, actors[0]]
    return list(actors)


def _titled_by(text: str, before: Sequence[Mention], person: Mention, entities: Mapping[str, Entity]) -> str | None:
    """The state of the last mention before ``person`` when only title words stand between them."""
    near = [x for x in before if x.end <= person.start and person.start - x.end <= 60]
    if not near:
        return None
    last = near[-1]
    if roles.entity_type(last.entity_id, entities) not in roles.STATE_TYPES:
        return None
    gap = text[last.end : person.start]
    if office_rules.possessive_title(text, last, person, entities):
        return last.entity_id  # "Kenya's trade minister Amara Wekesa"
    if _ZH_TITLE.match(gap) or (_EN_TITLE.match(gap) and _EN_CAPS.match(gap) and not _EN_BAD.search(gap)):
        return last.entity_id
    return None


def office_first(actors: Sequence[str], entities: Mapping[str, Entity], officials: Mapping[str, str]) -> list[str]:
    """The fallback actors of an agentless sentence ordered like explicit ones: an office holder named first
    ("Biden's administration … 对中国的出口限制") acts for his own state, not for a state named after him, which
    :func:`not_a_target` may then drop as the measure's target."""
    return roles.order_actors(actors, entities, officials)


def person_state(topic: Sequence[str], states: Counter, targets: Sequence[str]) -> list[str]:
    """The state an office holder with no title in the article acts for: the article's topic state, else its most
    named state, but never the candidate's own target ("Wekesa banned exports of hides to Uganda" is not Uganda's
    act; with no other state the person stays the actor, the contract's reading)."""
    ranked = [*topic, *(s for s, _ in states.most_common())]
    return [s for s in ranked if s not in targets][:1]


def not_a_target(actors: Sequence[str], targets: Sequence[str]) -> list[str]:
    """Inherited actors less the candidate's own targets: the measure on Britain is not Britain's."""
    return [a for a in actors if a not in targets]
