"""``trade_anchored``: a general goods word with other senses names an Item only as the object of a trade flow.

"arms", "grains", "fruit", "vegetables", "machinery", "automotive", "oil", 武器, 粮食, 水果, 蔬菜 name traded
goods in "arms exports", "a ban on fruit and vegetable imports", "exports of grains", "tariffs on Ukrainian
grains", 暂停进口水果, 粮食出口; elsewhere they are limbs, treaties ("arms control"), grain of a story, fruit of
talks, "the auto sector" or a market ("oil prices").  As plain gazetteer rows they raised false positives on
both labelled splits (extract/data/README.md, docs/entities.md), so they live in ``data/goods_anchored.csv``
and this rule reads them only next to a trade-flow noun:

* before it, alone or coordinated ("arms exports", "grain export curbs", "fruit and vegetable imports",
  "automotive tariffs", 粮食出口, 武器禁运);
* after a trade noun and ``of`` / ``on``, across a determiner or an origin adjective ("exports of grains",
  "a ban on all fruit", "an embargo on Ukrainian grains", 出口粮食, 进口的水果, 禁止进口蔬菜);

and never as the modifier of a lower-case noun before it ("sunflower oil", "cooking oil": another good).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files

from policykg.extract.entity_rules import PRIO_RULE, Candidate

# the nouns of a trade flow or of a measure on one
_FLOW = (
    r"(?:exports?|imports?|shipments?|embargo(?:es)?|tariffs?|duty|duties|levies|quotas?|purchases|"
    r"price[ \t]+(?:caps?|ceilings?))"
)
# right anchor: the word, coordinated goods words, an optional "export"/"import", then the flow noun
_RIGHT = re.compile(
    r"(?:[ \t]*(?:,|and|or|&)[ \t]*(?:and[ \t]+|or[ \t]+)?[a-z-]+){0,3}[ \t]+(?:(?:export|import)[ \t]+)?"
    + _FLOW
    + r"\b",
    re.I,
)
# left anchor: a flow or measure noun, "of" / "on", then up to two determiners or origin adjectives
_LEFT = re.compile(
    r"\b(?:exports?|imports?|exportation|importation|shipments?|exporting|importing|embargo(?:es)?|bans?|tariffs?|duty|duties|levies|"
    r"quotas?|curbs?|restrictions?|controls?|purchases?)[ \t]+(?:of|on)[ \t]+"
    r"(?:(?:all|some|certain|its|their|[A-Z][\w.-]*)[ \t]+){0,2}$"
)
_ZH_RIGHT = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,4}){0,3}(?:的)?(?:出口|进口|输入|输出|禁运|关税)")
# the flow verb before the word, across an origin or the goods coordinated before it (进口台湾水果, 进口蔬菜和水果)
_ZH_LEFT = re.compile(r"(?:出口|进口|输入|输出|禁运|采购)[\u4e00-\u9fff、]{0,6}$")
# a lower-case modifier right before the word makes it the head of another good ("sunflower oil", "cooking
# oil", "refined oil"); function words and a finite verb in -ed ("banned fruit imports") are no modifiers
_MODIFIER_BEFORE = re.compile(
    r"\b(?!(?:of|on|in|and|or|all|the|some|certain|its|their)\b)"
    r"(?:(?:refin|process|dri|cann|preserv|us)ed|[a-z][a-z-]*(?<!ed))[ \t]+$"
)


@lru_cache(maxsize=1)
def anchored_goods() -> tuple[tuple[str, str, str], ...]:
    """``(id, lang, form)`` rows of ``data/goods_anchored.csv`` (packaged data, read once)."""
    text = files("policykg.extract.data").joinpath("goods_anchored.csv").read_text(encoding="utf-8")
    return tuple((row["id"], row["lang"], row["form"]) for row in csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """One English and one Chinese pattern over every form (longest first) and each form's id."""
    rows = {form.lower(): eid for eid, _, form in anchored_goods()}
    en = sorted((f for _, lang, f in anchored_goods() if lang == "en"), key=len, reverse=True)
    zh = sorted((f for _, lang, f in anchored_goods() if lang == "zh"), key=len, reverse=True)
    en_re = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in en) + r")\b", re.I)
    return en_re, re.compile("|".join(re.escape(f) for f in zh)), rows


def anchored_en(text: str, start: int, end: int) -> bool:
    """Whether the English goods word at ``start:end`` is the object of a trade flow (see the module)."""
    before = text[max(0, start - 60) : start]
    if _MODIFIER_BEFORE.search(before) and not _LEFT.search(before):
        return False
    return bool(_RIGHT.match(text, end) or _LEFT.search(before))


def anchored_zh(text: str, start: int, end: int) -> bool:
    """Whether the Chinese goods word at ``start:end`` is the object of a trade flow (see the module)."""
    return bool(_ZH_RIGHT.match(text, end) or _ZH_LEFT.search(text, max(0, start - 8), start))


def trade_goods_candidates(text: str) -> list[Candidate]:
    """``trade_anchored``: the general goods words of ``text`` that a trade flow anchors, as their Items."""
    en, zh, ids = _patterns()
    out = [
        Candidate(m.start(), m.end(), ids[m.group().lower()], PRIO_RULE)
        for m in en.finditer(text)
        if anchored_en(text, m.start(), m.end())
    ]
    out += [
        Candidate(m.start(), m.end(), ids[m.group()], PRIO_RULE)
        for m in zh.finditer(text)
        if anchored_zh(text, m.start(), m.end())
    ]
    return out
