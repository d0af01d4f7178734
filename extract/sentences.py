"""Sentence and clause splitting for English, Chinese and mixed news text.

Pure regular-expression rules, fast enough to run on every article with or
without a statistical model.  Offsets are always into the text given, so the
event finder can map evidence back to the article.

* Sentences end at ``. ! ?`` (English, not after abbreviations such as
  ``U.S.``), at ``。！？`` and ``!?`` (Chinese, also after NFKC), at line
  breaks, and at the bullet separators `` - `` of the news-search export
  ("Core Insights - The EU ... - China ...").
* Clauses split a sentence where a new predicate may start: ``;`` ``:``,
  ``, while`` / ``, whereas`` / ``, as`` / ``, which`` / ``, with`` ...,
  ``(, ) and <action verb>`` (the verb list comes from the trigger lexicon),
  and, in Chinese, every comma.  Clause boundaries decide which date, number
  and roles belong to a trigger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Span = tuple[int, int]

_ABBREV = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "w.e.f",  # "with effect from" (Indian notifications: "w.e.f. 01.12.2025")
        "vs",
        "etc",
        "approx",
        "gov",
        "govt",
        "dept",
        "sen",
        "rep",
    ]
)

# A sentence break: Chinese enders anywhere, English enders before space + capital /
# quote / digit / CJK, bullet dashes, "Group 3:"-style headings and line breaks.
_SENT_BREAK = re.compile(
    r"[。！？]+[”\"』」)]?"
    r"|(?<=[\u4e00-\u9fff\"”])[!?]+"
    r"|[.!?]+[\"”')\]]*(?=\s+[A-Z\"“‘'(\[0-9\u4e00-\u9fff*])"
    r"|\s+[-–—•]\s+(?=\S)"
    r"|\n+"
)

_CLAUSE_WORDS = (
    "while|whereas|as|which|who|with|marking|bringing|prompting|reflecting|indicating|"
    "highlighting|signaling|signalling|underscoring|although|though|but|despite|because|"
    "after|before|since|when|where|so|leading|resulting|making|aiming|amid|following|"
    "according|requiring|allowing|covering|effectively|citing|saying|accusing|arguing"
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
    "Saturday|Sunday"
)
_EN_CLAUSE = re.compile(
    rf";\s*|:\s+|\s+[-–—]{{1,2}}\s+|,\s+(?=(?:{_CLAUSE_WORDS})\b)"
    r"|(?<=\))\s*,\s+"
    # "... warned that they could run out | after China suspended exports": a subordinate
    # clause with its own subject
    rf"|\s+(?=(?:after|because|since|although|though|whereas|unless|if)\s+(?:the\s+)?"
    rf"(?!(?:{_MONTHS})\b)[A-Z])"
)
_ZH_CLAUSE = re.compile(r"[,，:：;；]\s*(?=[^\x00-\x7f]|\d|\")")


# a parenthetical between a pair of dashes inside a line ("Japan — which faces retaliation — imposed"): no break;
# both the aside and what follows it start in lower case (a capital after a dash opens a bullet or a new sentence)
_DASH_ASIDE = re.compile(r"(?<=[\w,”\"')])\s+[—–]\s+(?-i:[a-z\d])[^\n.!?。！？—–•]{0,120}?\s+[—–]\s+(?-i:(?=[a-z]))")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (stripped, non-empty)."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    asides = [m.span() for m in _DASH_ASIDE.finditer(text, start, end)]
    for m in _SENT_BREAK.finditer(text, start, end):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        if any(a <= m.start() < b for a, b in asides):
            continue
        stop = m.start() if m.group()[:1].isspace() or m.group()[:1] in "-–—•" else m.end()
        _add_stripped(text, pos, stop, spans)
        pos = m.end()
    _add_stripped(text, pos, end, spans)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation (U.S., Inc., Mr.)."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in _ABBREV or len(word) == 1


def _add_stripped(text: str, start: int, end: int, out: list[Span]) -> None:
    """Append ``[start, end)`` without surrounding blanks and markdown ``**``."""
    while start < end and (text[start].isspace() or text[start] in "*#>"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*"):
        end -= 1
    if end > start:
        out.append((start, end))


def split_clauses(text: str, span: Span, verb_starts: Iterable[int] = (), *, chinese: bool | None = None) -> list[Span]:
    """Clause spans of one sentence ``span``.

    ``verb_starts`` are offsets of action-verb triggers: a clause also starts
    before ``and`` / ``, and`` when the next word is one of them ("announced
    the cancellation ... and extended the exemption").
    """
    start, end = span
    if chinese is None:
        chinese = is_chinese(text[start:end])
    cuts: set[int] = set()
    pattern = _ZH_CLAUSE if chinese else _EN_CLAUSE
    for m in pattern.finditer(text, start, end):
        cuts.add(m.start())
        cuts.add(-m.end() - 1)  # negative marks "next clause starts here"
    verbs = sorted(verb_starts)
    for v in verbs:
        if not any(start <= u < v - 8 for u in verbs):
            continue  # "The EU and Japan signed": a coordinated subject, not a second predicate
        window = text[max(start, v - 50) : v]
        conj = re.search(
            r"(?P<conj>(?:,\s*)?(?:\band\s+|\bor\s+|\bthen\s+))(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?"
            r"(?:also\s+|will\s+|would\s+|has\s+|have\s+)*$",
            window,
        )
        if conj and start < v - len(conj.group()):
            cut = v - len(conj.group())
            cuts.add(cut)
            cuts.add(-(cut + len(conj.group("conj"))) - 1)  # the next clause keeps its subject
    return _cut(text, start, end, cuts)


def _cut(text: str, start: int, end: int, cuts: set[int]) -> list[Span]:
    """Apply the cut marks: positive = clause end, negative = next clause start."""
    ends = sorted(c for c in cuts if c >= 0)
    starts: dict[int, int] = {}
    negs = sorted(-c - 1 for c in cuts if c < 0)
    for e in ends:
        nxt = next((n for n in negs if n >= e), e)
        starts[e] = nxt
    out: list[Span] = []
    pos = start
    for e in ends:
        if e < pos:
            continue
        _add_stripped(text, pos, e, out)
        pos = starts[e]
    _add_stripped(text, pos, end, out)
    return out


_CJK = re.compile(r"[\u3400-\u9fff]")


def is_chinese(text: str) -> bool:
    """True when CJK characters make up at least a third of the letters."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return False
    latin = len(re.findall(r"[A-Za-z]+", text))
    return cjk >= latin
