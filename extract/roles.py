"""Roles and numbers of an event, from the clause around its trigger (pure).

Clause-level patterns, used with or without a parser:

* actors: a possessive or modifier right before the trigger ("China's
  implementation", "US tariffs"), an agent after it ("restricted by China"),
  else the subject mentions before it in the clause, skipping mentions inside
  prepositional phrases ("reliance on China", "manufactured in China");
* targets: countries, blocs and firms after a target preposition ("on
  Chinese goods", "against", "to China", "from the US", 对美, 向中国), or the
  object of a prohibition ("prohibits X from exporting");
* items: Element / Item mentions;

Numbers (``value``) are in :mod:`policykg.extract.values`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from policykg.extract import subject_filters as sf
from policykg.extract.gerund_rules import gerund_agent
from policykg.extract.models import Entity, Mention

ACTOR_TYPES = frozenset({"Country", "Bloc", "Agency", "Person", "Firm"})
STATE_TYPES = frozenset({"Country", "Bloc"})
TARGET_TYPES = frozenset({"Country", "Bloc", "Firm", "Agency", "Person"})

# Prepositions that put a mention out of the subject (English, then Chinese; 应X申请 "at X's request").
_NON_SUBJECT_PREP = re.compile(
    r"(?:\b(?:on|against|to|from|for|with|about|over|towards?|into|than|like|including|between|"
    r"despite|in|at|toward|across|within|among|amid|via|through|targeting|under|upon|onto|"
    r"at|as|beyond|per|unlike|versus|vs|reliance|dependence|rely|relies|relying|depend\w*)"
    r"(?:\s+(?:the|a|an|its|their|all|some|certain|several|many|more|other|[\w-]+(?:ese|ian|an)))?\s*$)"
    r"|(?:[对向从与同跟和在于自给让把将]\s*$)|(?:应\s*$)|(?:(?:将|把)[\d一二三四五六七八九十百千]*[家个名项类]?\s*$)",
    re.IGNORECASE,
)
_TARGET_PREP = re.compile(
    r"(?:\b(?:on|against|to|from|into|targeting|targeted at|aimed at|toward|towards|for|made in|produced in|"
    r"manufactured in|originating in|originating from|imported from)\s+"
    r"(?:(?:the|a|an|all|some|certain|several|\d+|[\w-]+ly)\s+)*(?:[\w-]+\s+){0,2}$)"
    r"|(?:(?:对|向|从|针对|对于|自)(?:原产于|来自|产自|原产自)?\s*$)|(?:(?:原产地为|原产地是|原产于|产自|来自|进口|出口至|出口到)\s*$)",
    re.IGNORECASE,
)
_POSSESSIVE_GAP = re.compile(r"^(?:['’]s?)?\s*(?:[\w-]+['’]?\s+){0,2}$")
# a true possessive and up to four modifiers, none a verb or a preposition: "'s provisional", "'s additional 25 percent"
_SAXON_GENITIVE = re.compile(
    r"^['’]s?\s+(?:(?!(?:and|or|on|in|of|to|for|by|with|that|which|who|is|are|was|were|has|have|had|will|would)\b)"
    r"[\w.%-]+\s+){0,4}$",
    re.IGNORECASE,
)
_VERBISH = re.compile(
    r"\b(?:\w+ed|\w+ing|\w+[^s']s|has|have|had|is|are|was|were|will|would|to|that|which|who|and|or|but|"
    r"also|said|on|in|at|for|from|of|with|by|as|against)\b",
    re.IGNORECASE,
)
_AUX_ONLY = re.compile(
    r"(?:['’]s)?\s*(?:(?:government|administration|authorities|officials|side)\s+)?"
    r"(?:(?:will|would|shall|has|have|had|is|are|was|were|also|then|now|further|later|itself|"
    r"decided to|plans to|planned to|agreed to|moved to|is set to|is to|to|\w+ly|已|将|也|还|正式|决定)\s*)*",
    re.IGNORECASE,
)
# a speech verb between two subjects: the one after it is the reported clause's ("Iraqi officials say the
# United States has given ..."); rule ``reported_subject`` (tests/unit/test_subject_rules.py)
_SAY = re.compile(r"\b(?:say|says|said)\b(?:\s+that)?", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+ly\s+)?$|被\s*$", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"^\s*(?:also\s+)?(?:said|says|announced|stated|confirmed|told|added|declared)\b|^\s*(?:表示|称|宣布)"
)
_LEAD_PREP = re.compile(
    r"(?:\b(?:on|against|to|from|into|targeting|toward|towards|for)\s+(?:the\s+|a\s+|an\s+|all\s+)?$)"
    r"|(?:(?:对|向|从|针对|对于|自)(?:原产于|来自|产自|原产自)?\s*$)|(?:(?:原产地为|原产地是|原产于|产自|来自|进口|出口至|出口到)\s*$)",
    re.IGNORECASE,
)
# "Australian-owned New Zealand Steel", "US-backed": a state fused into a compound adjective of the next noun
_COMPOUND = re.compile(r"^[-‐]\s*(?:owned|based|backed|run|controlled|listed|headquartered|registered|funded|led)\b")
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?\bby\s+(?:the\s+)?$", re.IGNORECASE)
_SOURCE = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?\b(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}$")


def entity_type(entity_id: str, entities: Mapping[str, Entity]) -> str:
    """The entity's type, from the resolved entities or from the id's form."""
    ent = entities.get(entity_id)
    if ent is not None:
        return ent.type
    if entity_id.startswith("element:"):
        return "Element"
    if entity_id.startswith("item:"):
        return "Item"
    if entity_id.startswith("person:"):
        return "Person"
    if entity_id.startswith("org:"):
        return "Agency"
    if entity_id in ("EU", "NATO", "ASEAN", "G7", "G20", "OPEC", "WTO"):
        return "Bloc"
    return "Country" if re.fullmatch(r"[A-Z]{3}", entity_id) else "Item"


def is_item(entity_id: str, entities: Mapping[str, Entity]) -> bool:
    return entity_type(entity_id, entities) in ("Item", "Element") or entity_id.startswith(("item:", "element:"))


def in_span(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start >= start and m.end <= end]


def possessor(
    text: str, mentions: Sequence[Mention], anchor: int, floor: int, entities: Mapping[str, Entity], noun: bool = True
) -> list[str]:
    """Actor mentions right before ``anchor`` ("China's suspension", "US tariffs").

    Before an action word (``noun`` False) only a true possessive counts: in
    "The G7 and Australia introduced" the subjects are found by :func:`subjects`."""
    before = [
        m
        for m in mentions
        if floor <= m.start and m.end <= anchor and entity_type(m.entity_id, entities) in ACTOR_TYPES
    ]
    if not before:
        return []
    last = before[-1]
    gap = text[last.end : anchor]
    if _SAXON_GENITIVE.match(gap):
        # "against Peru's additional 25 percent tariffs": 's marks the owner, whatever precedes; "Washington and
        # Beijing's deal": a conjoined genitive names joint owners
        return joint_owners(text, before)
    if not _POSSESSIVE_GAP.match(gap):
        return []
    lead = text[max(floor, last.start - 40) : last.start]
    if _WITH_SUBJECT.search(lead) and re.fullmatch(r"\s*(?:\w+ly\s+)?", gap):
        return [last.entity_id]  # "with the US previously imposing tariffs"
    if not noun and not gap.lstrip().startswith(("'", "’")):
        return []
    plain = " ".join(w for w in gap.split() if not w.endswith(("'", "’")))  # "EU companies' applications"
    if not gap.lstrip().startswith(("'", "’")) and _VERBISH.search(plain):
        return []
    if _LEAD_PREP.search(lead) or _NON_SUBJECT_PREP.search(lead):
        return []
    return [last.entity_id]


def joint_owners(text: str, before: Sequence[Mention]) -> list[str]:
    """The owners a genitive ends: the last mention and the mentions conjoined right before it ("Washington and
    Beijing's phase one deal", "the US, Japan and the Netherlands' curbs"), in text order."""
    owners = [before[-1]]
    for m in reversed(before[:-1]):
        if not CONJOINED.fullmatch(text[m.end : owners[0].start]):
            break
        owners.insert(0, m)
    return list(dict.fromkeys(m.entity_id for m in owners))


def agent(
    text: str,
    mentions: Sequence[Mention],
    anchor_end: int,
    ceiling: int,
    entities: Mapping[str, Entity],
    source: bool = False,
) -> list[str]:
    """The agent of a passive ("restricted by China"); with ``source`` also the
    issuer of an order ("a directive from President Putin")."""
    for m in mentions:
        if anchor_end <= m.start < ceiling and entity_type(m.entity_id, entities) in ACTOR_TYPES:
            if _COMPOUND.match(text[m.end : m.end + 16]):
                continue  # "an application from Australian-owned New Zealand Steel": the firm applied
            gap = text[anchor_end : m.start]
            if _AGENT.match(gap) or (source and _SOURCE.match(gap)):
                return [m.entity_id]
            if len(gap) > 40:
                break
    return []


# "the imposition of X by Y", "the lifting of its sanctions on Z by Y": an action noun, its "of" object, then "by"
_NOMINAL_OF = re.compile(r"^\s+of\s+(?:[\w%.'’-]+\s+){0,4}$")
_NOMINAL_BY = re.compile(
    r"^\s*(?:(?!(?:\w+ed|is|are|was|were|be|been|has|have|had|will|would|that|which|who)\b)[\w%.'’-]+\s+){0,10}?"
    r"by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def nominal_agent(
    text: str,
    mentions: Sequence[Mention],
    action: tuple[int, int],
    hit_start: int,
    anchor_end: int,
    entities: Mapping[str, Entity],
) -> list[str]:
    """The ``by`` agent of an action noun ("the imposition of tariffs on steel by Japan" -> Japan).

    Only when the action word is a noun governing the measure through "of" and nothing verbal (a participle, a
    form of *be*, a relative pronoun) or a comma stands between the measure and "by": "tariffs on goods made by
    Chinese firms" keeps its own reading (tests/unit/test_trigger_matrix.py, nominal frame)."""
    if action[1] > hit_start or not _NOMINAL_OF.match(text[action[1] : hit_start]):
        return []
    for m in mentions:
        actor = anchor_end <= m.start and entity_type(m.entity_id, entities) in ACTOR_TYPES
        if actor and _NOMINAL_BY.match(text[anchor_end : m.start]):
            return [m.entity_id]  # the first actor after "by"; "from Turkey" before it is skipped
    return []


def subjects(
    text: str, mentions: Sequence[Mention], start: int, anchor: int, entities: Mapping[str, Entity]
) -> list[str]:
    """Actor mentions before ``anchor`` in the clause, outside prepositional phrases."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if not (start <= m.start and m.end <= anchor):
            continue
        if entity_type(m.entity_id, entities) not in ACTOR_TYPES:
            continue
        if (
            _NON_SUBJECT_PREP.search(text[max(start, m.start - 40) : m.start])
            and not sf.temporal_zai(text, m.start, anchor)
            and not gerund_agent(text, m.end, anchor)  # "in response to the US delaying its tariffs"
        ):
            continue
        if sf.private_business(text, m.end) or _COMPOUND.match(text[m.end : m.end + 16]):
            continue  # "Chinese companies that have invested": firms, not the state
        if sf.envoys_nationals(text, m.end):
            continue  # "expels the Lebanese ambassador": a person of that state, not its act
        if sf.goods_of_origin(text, m.end):
            continue  # "targeting cheaper Chinese imports": goods of that origin, not the state
        if sf.passive_patient(text, m.end, anchor):
            continue  # 华为…被列入实体清单: the subject of 被 undergoes the act
        if groups and not sf.GAP_VERB.search(text[groups[-1][-1].end : m.start]):
            groups[-1].append(m)  # "The Ministry of Commerce and the General Administration of Customs"
        else:
            groups.append([m])  # a new noun phrase after a verb
    groups = reported_subject(text, groups, entities)
    if not groups:
        return []
    # "Trudeau announced that Canada will impose": the subject standing right before the verb;
    # "The Commerce Department informed Nvidia that ...": else the first subject
    chosen = groups[-1] if _AUX_ONLY.fullmatch(text[groups[-1][-1].end : anchor]) else groups[0]
    return list(dict.fromkeys(m.entity_id for m in chosen))


def reported_subject(text: str, groups: list[list[Mention]], entities: Mapping[str, Entity]) -> list[list[Mention]]:
    """The subject groups from the last one after a speech verb when only states speak before it ("Two Iraqi
    officials say the United States has given Iraq an extension": Iraq reports the act, the United States acts).
    A speaking agency or person stays ("Trump says the US has suspended ...": Trump and the US, as labelled)."""
    for i in range(len(groups) - 1, 0, -1):
        if _SAY.search(text[groups[i - 1][-1].end : groups[i][0].start]):
            speakers = {entity_type(m.entity_id, entities) for g in groups[:i] for m in g}
            return groups[i:] if speakers <= STATE_TYPES else groups
    return groups


# the joint between two conjuncts: "Canada and Mexico", 荷兰及日本, 美国、日本
CONJOINED = re.compile(r"\s*(?:,|and|&|及|和|与|、|以及)\s*(?:the\s+)?", re.IGNORECASE)


def states_before(
    text: str, mentions: Sequence[Mention], start: int, anchor: int, entities: Mapping[str, Entity]
) -> list[str]:
    """States and blocs named before ``anchor`` outside prepositional phrases (a fallback
    when the subject is a firm: "Nvidia said the US government informed it that ...")."""
    return [
        m.entity_id
        for m in mentions
        if start <= m.start
        and m.end <= anchor
        and entity_type(m.entity_id, entities) in STATE_TYPES
        and not _NON_SUBJECT_PREP.search(text[max(start, m.start - 40) : m.start])
        and not sf.private_business(text, m.end)
        and not sf.envoys_nationals(text, m.end)
    ]


def parties(mentions: Sequence[Mention], start: int, end: int, entities: Mapping[str, Entity]) -> list[str]:
    """States and blocs mentioned in a span, in text order (the parties of a deal)."""
    out: list[str] = []
    for m in in_span(mentions, start, end):
        if entity_type(m.entity_id, entities) in STATE_TYPES and m.entity_id not in out:
            out.append(m.entity_id)
    return out


def targets(
    text: str,
    mentions: Sequence[Mention],
    start: int,
    end: int,
    entities: Mapping[str, Entity],
    objects: tuple[int, int] | None = None,
) -> list[str]:
    """Target mentions of the clause ``[start, end)`` (after target prepositions)."""
    out: list[str] = []
    for m in in_span(mentions, start, end):
        if entity_type(m.entity_id, entities) not in TARGET_TYPES or _COMPOUND.match(text[m.end : m.end + 16]):
            continue
        inside = objects is not None and objects[0] <= m.start and m.end <= objects[1]
        inside = inside or sf.goods_of_origin(text, m.end)  # "$160 billion of Chinese goods"
        if text[m.end : m.end + 2] in ("'s", "’s") and entity_type(m.entity_id, entities) == "Agency":
            continue  # "the Commerce Department's Entity List": an owner, not a target
        if (inside or _TARGET_PREP.search(text[max(start, m.start - 40) : m.start])) and m.entity_id not in out:
            out.append(m.entity_id)
    return out


def items(mentions: Sequence[Mention], start: int, end: int, entities: Mapping[str, Entity]) -> list[str]:
    out: list[str] = []
    for m in in_span(mentions, start, end):
        if is_item(m.entity_id, entities) and m.entity_id not in out:
            out.append(m.entity_id)
    return out


def order_actors(
    ids: Sequence[str], entities: Mapping[str, Entity], officials: Mapping[str, str] | None = None
) -> list[str]:
    """States first (text order), then the others; the state of an agency or an
    office holder (``officials``) is added when none is named."""
    ids = list(dict.fromkeys(ids))
    states = [i for i in ids if entity_type(i, entities) in STATE_TYPES]
    others = [i for i in ids if i not in states and entity_type(i, entities) in ACTOR_TYPES]
    lead = (officials or {}).get(ids[0]) if ids and entity_type(ids[0], entities) == "Person" else None
    if lead and states and lead not in states:
        # 特朗普…致信日本，威胁…: an office holder named first acts for his own state; states named
        # after him are the objects of his act
        states = [lead]
    if not states:
        for i in others:
            ent = entities.get(i)
            country = (ent.country if ent is not None else None) or (officials or {}).get(i)
            if country and entity_type(i, entities) != "Firm":
                states.append(country)
                break
    return states + others


def passive(text: str, action_start: int) -> bool:
    """True when the action word follows a form of "be" ("were added", 被列入)."""
    return bool(_PASSIVE.search(text[max(0, action_start - 20) : action_start]))


def attributed(
    text: str, mentions: Sequence[Mention], anchor_end: int, end: int, entities: Mapping[str, Entity]
) -> list[str]:
    """The speaker of a trailing attribution (", the Ministry of Commerce said")."""
    out = []
    for m in mentions:
        in_tail = anchor_end <= m.start < end and entity_type(m.entity_id, entities) in ACTOR_TYPES
        if in_tail and _ATTRIBUTION.match(text[m.end : m.end + 20]):
            out.append(m.entity_id)
    return out
