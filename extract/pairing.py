"""Which trigger goes with which: sentences' triggers and their pairing in a clause (pure).

A :class:`SentenceTriggers` holds one sentence's clauses and triggers (names of
agencies and firms do not trigger: 国务院关税税则委员会 is not a tariff);
:func:`pair_triggers` gives each measure noun its action word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policykg.extract.modality import names_a_body
from policykg.extract.sentences import is_chinese, split_clauses
from policykg.extract.triggers import Hit, Lexicon

# Which actions make sense for which type (a "request" is for a licence or an exemption).
ALLOWED = {
    "EXPORT_CONTROL": {"impose", "suspend", "lift", "extend", "request", "approve", "reject", "threaten"},
    "EXPORT_BAN": {"impose", "suspend", "lift", "extend", "request", "approve", "reject", "threaten"},
    "TARIFF": {"impose", "suspend", "lift", "extend", "request", "approve", "reject", "threaten"},
    # import permits: registering or clearing suppliers after a ban ("approved to export", 获准输华)
    "IMPORT_RESTRICTION": {"impose", "suspend", "lift", "extend", "request", "approve", "reject", "threaten"},
    "SANCTION": {"impose", "suspend", "lift", "extend", "threaten", "request"},
    "INVESTIGATION": {"impose", "suspend", "lift", "extend", "threaten", "request"},
    "INDUSTRIAL_POLICY": {"impose", "suspend", "lift", "extend"},
    "TRADE_DEAL": {"impose", "suspend", "extend", "reject", "threaten"},  # "easing a trade war" is no lift
}


class SentenceTriggers:
    """One sentence with its clauses, triggers and the subject carried along."""

    def __init__(
        self, text: str, span: tuple[int, int], lex: Lexicon, title: bool, names: Sequence[tuple[int, int]] = ()
    ):
        self.span = span
        self.title = title
        self.lang = "zh" if is_chinese(text[span[0] : span[1]]) else "en"
        self.actions = lex.find(text, span[0], span[1], self.lang, "action")
        self.types = lex.find(text, span[0], span[1], self.lang, "type")
        self.hedges = lex.find(text, span[0], span[1], self.lang, "hedge")
        # a trigger inside a name is part of the name: 国务院关税税则委员会, "Export Control Office"
        inside = [(a, b) for a, b in names if span[0] <= a < span[1]]
        self.actions = [h for h in self.actions if not _inside(h, inside)]
        self.types = [h for h in self.types if not _inside(h, inside) and not names_a_body(text, h)]
        self.types = fuse(self.types, text)
        events = [t for t in self.types if t.trigger.kind == "event"]
        # the verb that closes a deal phrase ("agreed to pause") is the act agreed on: it stays, to act on its object
        self.actions = [a for a in self.actions if not any(_overlap(a, e) and not _agreed_act(a, e) for e in events)]
        verbs = [a.start for a in self.actions]
        self.clauses = split_clauses(text, span, verbs, chinese=self.lang == "zh")
        self.subject: list[str] = []


_MODIFIER = re.compile(r"anti-?dumping|anti-?subsidy|countervailing|反倾销|反补贴", re.IGNORECASE)
_COORD = re.compile(r"\s*(?:,|and|or|与|和|、|及)\s*(?:[\w-]+\s+)?")


def fuse(types: list[Hit], text: str = "") -> list[Hit]:
    """ "export control" + "measures" is one measure noun, not a specific and a generic one;
    "anti-dumping and anti-subsidy duties" are duties (the adjectives modify the head)."""
    out: list[Hit] = []
    for t in types:
        last = out[-1] if out else None
        if (
            last is not None
            and _MODIFIER.fullmatch(last.text)
            and t.trigger.type
            and _COORD.fullmatch(text[last.end : t.start])
        ):
            out[-1] = Hit(t.trigger, last.start, t.end, text[last.start : t.end])
            continue
        if last is None or not (0 <= t.start - last.end <= 1 and last.trigger.kind != "generic"):
            out.append(t)
        elif t.trigger.kind == "generic":
            out[-1] = Hit(last.trigger, last.start, t.end, last.text + " " * (t.start - last.end) + t.text)
        elif t.trigger.kind == "type" and last.trigger.kind == "type":
            # "Section 301 tariffs", 出口管制实体清单: the head noun names the measure
            out[-1] = Hit(t.trigger, last.start, t.end, last.text + " " * (t.start - last.end) + t.text)
        else:
            out.append(t)
    return out


def anchor_of(hit: Hit, action: Hit | None) -> int:
    """Where an event is stated: its action word when that comes first, else its measure noun."""
    if action is None or (hit.trigger.action and action_of(hit, action, False) == hit.trigger.action):
        return hit.start
    return min(action.start, hit.start)


def action_of(hit: Hit, action: Hit | None, background: bool) -> str:
    """The action: background acts impose; an event phrase keeps its own action unless a
    strong action word stands right next to it ("export applications approved")."""
    if background:
        return "impose"
    if action is None:
        return hit.trigger.action or "impose"
    if hit.trigger.action and (action.trigger.weak or max(action.start - hit.end, hit.start - action.end) > 25):
        return hit.trigger.action
    return action.trigger.action or "impose"


def _agreed_act(action: Hit, event: Hit) -> bool:
    """ "agreed in May to pause": the operation verb that ends a deal phrase (lexicon row ``trade_deal``)."""
    return (
        event.trigger.type == "TRADE_DEAL"
        and action.end == event.end
        and action.trigger.action in ("suspend", "lift", "extend")
    )


def _inside(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= hit.start and hit.end <= b for a, b in spans)


def _overlap(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


# "a tariff on Mexico unless the country stops ...": a verb in a subordinate clause does not act on the noun
_SUBCLAUSE = re.compile(r"\b(?:unless|until|if|after|before|when|while|once)\b|除非|直到|如果|一旦", re.IGNORECASE)


def pair_triggers(types: list[Hit], actions: list[Hit], text: str = "") -> list[tuple[Hit, Hit | None, bool]]:
    """Pair each type trigger with its action (nearest allowed, strong beats weak)."""
    claims: dict[int, list[Hit]] = {}
    for a in actions:
        best = None
        agreed = any(t.trigger.kind == "event" and t.start <= a.start and a.end <= t.end for t in types)
        for i, t in enumerate(types):
            if agreed and t.start < a.end:
                continue  # "agreed to pause" acts on its object, not on a measure named before
            if t.trigger.type and a.trigger.action not in ALLOWED.get(t.trigger.type, ()):
                continue
            if (
                t.trigger.kind == "event"
                and a.start >= t.end
                and any(u.trigger.kind != "event" and u.start >= t.end for u in types)
            ):
                continue  # "barred firms from supplying … without a licence, added X to its entity list": the verb's own noun
            dist = t.start - a.end if t.start >= a.end else (a.start - t.end) * 2 + 5
            if best is None or dist < best[0] or (dist == best[0] and t.start >= a.end):  # a tie: the verb's object
                best = (dist, i)
        if best is not None and best[0] < 150:
            claims.setdefault(best[1], []).append(a)
    out: list[tuple[Hit, Hit | None, bool]] = []
    for i, t in enumerate(types):
        acts = claims.get(i, [])
        strong = [a for a in acts if not a.trigger.weak]
        pool = strong or acts
        # an operation on a measure beats its imposition: 取消对中国商品加征的关税
        # (not a verb far after the noun: "imposing a tariff ... until the two countries stop the flow")
        ops = [a for a in pool if a.trigger.action != "impose"]
        near = [
            a
            for a in ops
            if a.end <= t.start or (a.start - t.end <= 30 and not _SUBCLAUSE.search(text[t.end : a.start]))
        ]
        pool = near or [a for a in pool if a not in ops] or pool
        # 拒绝出口商提交的价格承诺: a verb + 的 modifies the noun; the earlier main verb acts on it, and so does the
        # comment's verb after a topic noun (…征收的临时关税将不予征收: the duty levied before is not to be collected)
        pool = [
            a
            for a in pool
            if not (text[a.end : a.end + 1] == "的" and any(b.end <= a.start or b.start >= t.end for b in pool))
        ] or pool
        # verb-object order first: "added X to its entity list, restricting ..."
        pool = [a for a in pool if a.end <= t.start] or pool
        chosen = min(pool, key=lambda a: abs(a.start - t.start), default=None)
        out.append((t, chosen, False))
        for a in acts:
            if a is not chosen and a.trigger.action == "impose" and a.start >= t.end:
                out.append((t, a, True))  # "measures announced on October 9": background act
    return out
