"""Named rules for the type of a generic measure noun from its own complement (pure).

A generic noun ("regulations", "rules", "measures", 措施) takes its type from
the context (``event_slots.SlotReader._type_of``).  Its own prepositional complement is
the nearest context of all: "tighter regulations on exports to Korea" are
export controls, "new rules on imports of beef" an import restriction, whatever
the article is mostly about.  ("ban" and "restriction" keep their own reading
by the direction of trade: a ban on exports is an EXPORT_BAN; a bare "ban" whose sentence and article so far
name no direction takes the headline's, :func:`headline_ban_type`.)  The cases are in ``tests/unit/test_noun_rules.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from policykg.extract.triggers import Hit

Pair = tuple[Hit, "Hit | None", bool]

# the complement right after the noun: "on exports", "on the export of", "over imports of", "governing exports"
_ON_TRADE = re.compile(
    r"\s+(?:on|over|for|governing|covering)\s+(?:the\s+|all\s+|certain\s+|some\s+)?(?:[\w-]+\s+)?"
    r"(?P<flow>exports?|exporting|imports?|importing)\b",
    re.IGNORECASE,
)


def complement_type(text: str, end: int) -> str | None:
    """The type a generic measure noun ending at ``end`` takes from its complement: ``EXPORT_CONTROL`` for a
    complement on exports, ``IMPORT_RESTRICTION`` on imports, else None.

    >>> complement_type("tighter regulations on exports to Korea", 19)
    'EXPORT_CONTROL'
    >>> complement_type("new rules on imports of beef", 9)
    'IMPORT_RESTRICTION'
    >>> complement_type("new rules for banks", 9) is None
    True
    """
    m = _ON_TRADE.match(text, end)
    if m is None:
        return None
    return "EXPORT_CONTROL" if m.group("flow").lower().startswith("export") else "IMPORT_RESTRICTION"


# the direction of trade a headline names: "Kazakhstan lifts restrictions on wheat and flour exports", 暂停…进口
_HEADLINE_FLOW = re.compile(
    r"\b(?P<en>exports?|exporting|imports?|importing)\b|(?P<zh>出口|进口|输入|输华)", re.IGNORECASE
)


def headline_ban_type(text: str) -> str | None:
    """The type of a bare "ban" whose sentence names no direction of trade, from the headline (the first line of
    ``text``): the first direction named there gives ``EXPORT_BAN`` or ``IMPORT_RESTRICTION``, else None.

    >>> headline_ban_type("Kazakhstan lifts restrictions on wheat and flour exports\\nIn June, the ban was extended.")
    'EXPORT_BAN'
    >>> headline_ban_type("日本暂停进口中国禽肉\\n禁令将持续到年底。")
    'IMPORT_RESTRICTION'
    >>> headline_ban_type("EU adopts new sanctions package\\nThe ban was extended.") is None
    True
    """
    m = _HEADLINE_FLOW.search(text, 0, text.find("\n") if "\n" in text else len(text))
    if m is None:
        return None
    flow = (m.group("en") or m.group("zh")).lower()
    return "EXPORT_BAN" if flow.startswith("export") or flow == "出口" else "IMPORT_RESTRICTION"


def directive_is_vehicle(types: Sequence[Hit], pairs: Sequence[Pair]) -> bool:
    """Is a directive noun of the clause ("executive order", "decree", 命令: a type row that requires an item) only
    the vehicle of the measure its sentence states?  Yes when the sentence names a measure of another type ("signed
    an executive order that bars exports"), or when a generic measure noun of the clause has its own strong verb
    ("signed a decree lifting its restrictions on imports of tomatoes", "an order imposing curbs on imports"): that
    noun and its verb state the act, the directive only carries it.  A directive whose only verb is weak ("signed
    a decree on the development of the rare earth industry") stays the measure."""
    if any(t.trigger.type not in (None, "INDUSTRIAL_POLICY") for t in types):
        return True
    if any(t.trigger.type != "INDUSTRIAL_POLICY" for t, _, _ in pairs if t.trigger.kind != "generic"):
        return True
    return any(t.trigger.kind == "generic" and a is not None and not a.trigger.weak for t, a, _ in pairs)


def directive_carries_act(sent: Any, hit: Hit) -> bool:
    """Is a directive noun ("executive order", "decree", 行政命令, 总统令) only the vehicle of an act its sentence
    states with a strong verb after it (以行政命令单方面终止…输陆, "signed a decree, then halted …")?  Then the
    directive is no industrial policy of its own; the act, stated or not by a type noun, is the measure
    (:func:`directive_is_vehicle` reads the clause's own pairs; this reads the verbs of the whole sentence)."""
    if hit.trigger.id != "roadmap" or hit.trigger.requires != "item":
        return False
    return any(a.start >= hit.end and not a.trigger.weak for a in sent.actions)


# a demonstrative before a bare "ban" with no complement of its own: "allowed this ban to expire", "the same ban",
# "these restrictions", 该禁令, 上述限制
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|that|these|those|the\s+same|such)\s+$|(?:该|該|此|这|這|上述)(?:一|项|項|些)?$", re.IGNORECASE
)
# a complement of its own ("ban on exports"), not a time ("lifted these restrictions on Monday")
_COMPLEMENT = re.compile(
    r"\s+(?:on|of|against)\b(?!\s+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))",
    re.IGNORECASE,
)
_IN_QUESTION = re.compile(r"\s+in\s+question\b", re.IGNORECASE)


def anaphoric_ban(text: str, start: int, end: int) -> bool:
    """Is the "ban" (or "restrictions") at ``start:end`` a demonstrative anaphor ("this ban", "these restrictions",
    "the restrictions in question", 该禁令) with no complement, so that it names the measure stated before (its type
    is the antecedent's) and not the trade flow its own sentence mentions ("allowed this ban to expire after Ukraine
    pledged to tighten controls on exports": still the import ban)?

    >>> t = "The EU allowed this ban to expire after Kyiv pledged to curb exports."
    >>> anaphoric_ban(t, t.index("ban"), t.index("ban") + 3)
    True
    >>> t = "The EU allowed this ban on exports to expire."
    >>> anaphoric_ban(t, t.index("ban"), t.index("ban") + 3)
    False
    >>> t = "Russia gradually lifted the restrictions in question."
    >>> anaphoric_ban(t, t.index("restrictions"), t.index("restrictions") + 12)
    True
    """
    if _IN_QUESTION.match(text, end):
        return True
    return bool(_DEMONSTRATIVE.search(text[max(0, start - 12) : start])) and not _COMPLEMENT.match(text, end)


# a measure named as a part of an instrument just adopted: "adopted the package, which includes a ban on LNG imports",
# "adopts sanctions package, including LNG import ban", 通过了一揽子措施，其中包括…禁令
_INCLUDED = re.compile(
    r"(?:\b(?:which|that)\s+(?:also\s+)?(?:includes?|included|contains?|contained)|\bincluding|\bcontaining"
    r"|其中包括|包括|涵盖)\s*(?:an?\s+|the\s+|new\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_ADOPTED = re.compile(
    r"\b(?:adopt\w*|approv\w*|pass(?:es|ed)?|sign\w*|unveil\w*|announc\w*|impos\w*|introduc\w*)\b|通过|批准|出台|公布|发布",
    re.IGNORECASE,
)


def included_measure(text: str, sentence_start: int, hit_start: int) -> int | None:
    """Is the measure noun at ``hit_start`` named as a part of an instrument its sentence states as adopted ("The
    EU adopted the 19th package, which includes a ban on Russian LNG imports")?  Adopting the whole adopts its
    parts, so the bare noun states an act of the instrument's adopter, the subject of the text before the
    inclusion.  The answer is where that text ends, None when the noun is no part of an adopted instrument.

    >>> t = "The EU adopted the 19th package, which includes a ban of Russian gas imports."
    >>> included_measure(t, 0, t.index("ban"))
    33
    >>> t = "Russia condemned the package, which includes a ban of Russian gas imports."
    >>> included_measure(t, 0, t.index("ban")) is None
    True
    """
    lead = _INCLUDED.search(text, max(sentence_start, hit_start - 60), hit_start)
    if lead is None or not _ADOPTED.search(text, sentence_start, lead.start()):
        return None
    return lead.start()
