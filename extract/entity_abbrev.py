"""One-character Chinese country names (``zh/abbreviations.jsonl``), read in their context.

中美 and 俄乌 pairs (also enumerated: 中、菲, ``enumerated_pair``), 美股 / 韩方面 followers, 华 after
对/访/赴, a country between a preposition and a trade word (``trade_frame``: 对美加征关税), 俄 anywhere.
Split from :mod:`policykg.extract.entity_context`, which reads ministries and coordination.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.extract.entity_rules import PRIO_RULE, Candidate

# --- Chinese one-character country names ----------------------------------------

# Characters before which a one-character name is part of another word
# (其中美国, 集中企业, 今日中午, 5日中方).
_NOT_AFTER = frozenset("其之当集空心期途从居正今昨明每次翌前后同节月号本0123456789０１２３４５６７８９")
_MAIN = {"中", "美", "俄"}


@dataclass(frozen=True)
class _Abbreviations:
    """Compiled ``zh/abbreviations.jsonl``: one regex finds the characters, Python checks contexts."""

    chars: re.Pattern
    rows: dict[str, dict]
    followers: dict[str, tuple[str, ...]]

    @classmethod
    def build(cls, rows) -> _Abbreviations:
        by_char = {r["char"]: r for r in rows}
        one = "[" + re.escape("".join(by_char)) + "]"
        return cls(
            re.compile(f"{one}(?:、?{one})*"),  # enumerated_pair: 中、菲 is a run like 中菲
            by_char,
            {c: tuple(r.get("followers") or ()) for c, r in by_char.items()},
        )


def abbreviation_candidates(text: str, gaz) -> list[Candidate]:
    """Candidates for 中美 pairs, 美股-style followers, 对华 and the lone 俄."""
    if not gaz.abbreviations:
        return []
    abbr = gaz._cache.get("abbr")
    if abbr is None:
        abbr = gaz._cache["abbr"] = _Abbreviations.build(gaz.abbreviations)
    out: list[Candidate] = []
    group = 0
    for m in abbr.chars.finditer(text):
        whole = [m.start() + k for k, ch in enumerate(m.group()) if ch != "、"]
        # enumerated_pair: 中、菲 is one run; 中美、中欧 two (a run names each country once)
        parts = [whole] if len({text[i] for i in whole}) == len(whole) else _segments(text, m)
        for at in parts:
            out += _run_candidates(text, at, abbr, group)
            group += 1
    return out


def _segments(text: str, m: re.Match) -> list[list[int]]:
    """The positions of each 、-separated part of a run of one-character names."""
    parts: list[list[int]] = [[]]
    for k, ch in enumerate(m.group()):
        if ch == "、":
            parts.append([])
        else:
            parts[-1].append(m.start() + k)
    return parts


def _run_candidates(text: str, at: list[int], abbr: _Abbreviations, group: int) -> list[Candidate]:
    """A run of one-character names at ``at``: a pair (中美, 中、菲) or single names in their contexts."""
    run = "".join(text[i] for i in at)
    after_ok = at[0] == 0 or text[at[0] - 1] not in _NOT_AFTER
    pairable = [abbr.rows[ch].get("pair") for ch in run]
    if after_ok and 2 <= len(run) <= 4 and all(pairable) and len(set(run)) == len(run) and _MAIN & set(run):
        return [Candidate(i, i + 1, abbr.rows[text[i]]["id"], PRIO_RULE, group) for i in at]
    out = []
    for k, i in enumerate(at):
        if _single_ok(text, i, text[i], abbr, after_ok or (k > 0 and text[i - 1] != "、")):
            out.append(Candidate(i, i + 1, abbr.rows[text[i]]["id"], PRIO_RULE))
    return out


# trade_frame: a one-character country between a preposition and a trade verb or noun is the
# country (对美加征关税 "imposes tariffs on the US", 对日出口, 自澳进口); 对美好 is no such frame
_TRADE_FRAME = re.compile(r"加征|出口|进口|输出|输入|出售|销售|实施|采取|反制|制裁|关税|贸易|禁运|磋商|谈判|报复")


def _single_ok(text: str, i: int, ch: str, abbr: _Abbreviations, after_ok: bool) -> bool:
    """One character alone: 俄 anywhere, 华 after 对/访, 美 before 股/企 ..."""
    row = abbr.rows[ch]
    if row.get("alone"):
        return True
    if row.get("pair") and _TRADE_FRAME.match(text, i + 1) and i > 0 and text[i - 1] in "对向自从与":
        return True  # trade_frame: 对美加征关税, 对日出口, 自澳进口
    if row.get("after") and i > 0 and text[i - 1] in row["after"]:
        return True
    return after_ok and bool(abbr.followers[ch]) and text.startswith(abbr.followers[ch], i + 1)


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
