"""Rows of the trigger coverage matrix: (type, action) x verb class x grammatical frame, generated from small lists.

Every sentence is invented.  A *cell* is one (type, action) of the output contract; each cell names the verbs
and nouns a journalist uses for it (the lexicon rows and general English / Chinese synonyms) and the object
the verb takes.  Each English verb is put through the grammatical frames of :data:`FRAMES` (simple past,
present perfect, announced future "will" / "plans to", progressive, passive with and without an agent,
nominalisation, background clause, headline present and infinitive); each Chinese sentence is used in
Simplified and, converted by OpenCC ``s2t``, in Traditional script.  Actors rotate over states beyond the
United States and China, a bloc, and agencies whose state is the main actor.

Negative rows (:data:`NEGATIVE_FRAMES`: "could", "may", analysts' views, questions, denials, calls to act) must
give no event of the cell.  ``tests/unit/test_trigger_matrix.py`` runs the rows; ``tests/trigger_matrix_gaps.txt``
names the rows the rules miss (``python -m tests.trigger_matrix`` prints the pass rate per cell and frame and the failing ids).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from tests.trigger_matrix_cells import ACTORS, CELLS, Actor, Cell, Verb

Triple = tuple[str, str, str | None]


@dataclass(frozen=True)
class Row:
    """One generated sentence with its cell, frame and expectation."""

    id: str
    cell: tuple[str, str]
    frame: str
    text: str
    title: bool
    want: Triple | None
    avoid: Triple | None


def be(plural: bool) -> str:
    """The past of *be* agreeing with a subject."""
    return "were" if plural else "was"


def cap(text: str) -> str:
    """``text`` with an upper-case first letter."""
    return text[:1].upper() + text[1:]


def poss(actor: Actor) -> str:
    """The possessive of an actor's name ("Japan's", "the European Union's")."""
    return f"{actor.name}'s"


Frame = Callable[[Actor, Verb, str, bool], "tuple[str, bool] | None"]


def _nominal(a: Actor, vb: Verb, o: str, pl: bool) -> tuple[str, bool] | None:
    return (
        (f"The {vb.noun} of {o.removeprefix('its ')} by {a.name} angered exporters on Monday.", False)
        if vb.noun
        else None
    )


def _poss_nominal(a: Actor, vb: Verb, o: str, pl: bool) -> tuple[str, bool] | None:
    return (f"{cap(poss(a))} {vb.noun} of {o} took effect on Monday.", False) if vb.noun else None


def _background(a: Actor, vb: Verb, o: str, pl: bool) -> tuple[str, bool] | None:
    return (f"Following {poss(a)} {vb.noun} of {o}, prices jumped on Monday.", False) if vb.noun else None


def _relative(a: Actor, vb: Verb, o: str) -> tuple[str, bool] | None:
    """The measure as the head of a relative clause: "the tariffs on steel that Japan imposed last month"."""
    if vb.obj or not vb.passive:
        return None
    return (f"Exporters protested against the {o.removeprefix('its ')} that {a.name} {vb.form(2)} last month.", False)


def _passive(a: Actor, vb: Verb, o: str, pl: bool, agent: bool) -> tuple[str, bool] | None:
    if not vb.passive:
        return None
    subject = "the " + o.removeprefix("its ") if o.startswith("its ") else o
    if agent:
        return (f"{cap(subject)} {be(pl)} {vb.form(3)} by {a.name} on Monday.", False)
    return (f"{cap(subject)} {be(pl)} {vb.form(3)} on Monday, {a.name} said.", False)


FRAMES: dict[str, Frame] = {
    "past": lambda a, vb, o, pl: (f"{cap(a.name)} {vb.form(2)} {o} on Monday.", False),
    "perfect": lambda a, vb, o, pl: (f"{cap(a.name)} has {vb.form(3)} {o}.", False),
    "will": lambda a, vb, o, pl: (f"{cap(a.name)} will {vb.form(0)} {o} from December 1.", False),
    "plans_to": lambda a, vb, o, pl: (f"{cap(a.name)} plans to {vb.form(0)} {o} from December 1.", False),
    "progressive": lambda a, vb, o, pl: (f"{cap(a.name)} is {vb.form(4)} {o}.", False),
    "passive_agent": lambda a, vb, o, pl: _passive(a, vb, o, pl, True),
    "passive_bare": lambda a, vb, o, pl: _passive(a, vb, o, pl, False),
    "nominal": _nominal,
    "poss_nominal": _poss_nominal,
    "background": _background,
    "after_clause": lambda a, vb, o, pl: (f"Prices jumped on Monday after {a.name} {vb.form(2)} {o}.", False),
    "headline": lambda a, vb, o, pl: (f"{a.short} {vb.form(1)} {o.removeprefix('its ')}", True),
    "headline_to": lambda a, vb, o, pl: (f"{a.short} to {vb.form(0)} {o.removeprefix('its ')}", True),
    "lead_adverbial": lambda a, vb, o, pl: (f"On Monday, {a.name} {vb.form(2)} {o}.", False),
    "appositive": lambda a, vb, o, pl: (f"{cap(a.name)}, which faces an election next year, {vb.form(2)} {o}.", False),
    "said_had": lambda a, vb, o, pl: (f"{cap(a.name)} said on Monday that it had {vb.form(3)} {o}.", False),
    "announced_would": lambda a, vb, o, pl: (
        f"{cap(a.name)} announced on Monday that it would {vb.form(0)} {o} from December 1.",
        False,
    ),
    "relative": lambda a, vb, o, pl: _relative(a, vb, o),
    # the act inside the longer sentences of real reports: a fronted adjunct, a trailing source, a quote, "also",
    # coordination, a contrastive clause, "effective immediately", a ministry of the state as the speaker
    "noisy_lead": lambda a, vb, o, pl: (
        f"In a move likely to escalate trade tensions, {a.name} on Monday {vb.form(2)} {o}, citing national security.",
        False,
    ),
    "according_to": lambda a, vb, o, pl: (
        f"{cap(a.name)} {vb.form(2)} {o}, according to a statement posted on its website on Monday.",
        False,
    ),
    "quote": lambda a, vb, o, pl: (
        f'"We have {vb.form(3)} {o}," a spokesman for {a.name} told reporters on Monday.',
        False,
    ),
    "also": lambda a, vb, o, pl: (f"{cap(a.name)} also {vb.form(2)} {o} on Monday.", False),
    "coordination": lambda a, vb, o, pl: (
        f"{cap(a.name)} {vb.form(2)} {o} on Monday and warned of further steps.",
        False,
    ),
    "contrast": lambda a, vb, o, pl: (f"Steel prices fell on Monday, while {a.name} {vb.form(2)} {o}.", False),
    "effective": lambda a, vb, o, pl: (f"{cap(a.name)} {vb.form(2)} {o}, effective immediately.", False),
    "ministry": lambda a, vb, o, pl: (
        f"{a.short}'s trade ministry said on Monday that it had {vb.form(3)} {o}.",
        False,
    ),
}

NEGATIVE_FRAMES: dict[str, Frame] = {
    "neg_could": lambda a, vb, o, pl: (f"{cap(a.name)} could {vb.form(0)} {o} next year.", False),
    "neg_may": lambda a, vb, o, pl: (f"{cap(a.name)} may {vb.form(0)} {o}, officials said.", False),
    "neg_analysts": lambda a, vb, o, pl: (f"Analysts said {a.name} would {vb.form(0)} {o}.", False),
    "neg_question": lambda a, vb, o, pl: (f"Will {a.name} {vb.form(0)} {o}?", False),
    "neg_denial": lambda a, vb, o, pl: (f"{cap(a.name)} denied that it had {vb.form(3)} {o}.", False),
    "neg_should": lambda a, vb, o, pl: (f"Lawmakers urged {a.name} to {vb.form(0)} {o}.", False),
    "neg_if": lambda a, vb, o, pl: (f"If {a.name} {vb.form(1)} {o}, exporters will suffer.", False),
    "neg_not": lambda a, vb, o, pl: (f"{cap(a.name)} has not {vb.form(3)} {o}.", False),
    "neg_ruled_out": lambda a, vb, o, pl: (f"{cap(a.name)} ruled out plans to {vb.form(0)} {o}.", False),
    "neg_considering": lambda a, vb, o, pl: (f"{cap(a.name)} is considering whether to {vb.form(0)} {o}.", False),
    "neg_calls": lambda a, vb, o, pl: (f"Farmers called on {a.name} to {vb.form(0)} {o}.", False),
    "neg_deny_reports": lambda a, vb, o, pl: (f"{cap(a.name)} denied reports that it would {vb.form(0)} {o}.", False),
}


@cache
def _s2t() -> object:
    from opencc import OpenCC

    return OpenCC("s2t")


def traditional(text: str) -> str:
    """``text`` in Traditional script (OpenCC ``s2t``)."""
    return str(_s2t().convert(text))  # type: ignore[attr-defined]


def _english(cell: Cell, counter: Iterator[int]) -> Iterator[Row]:
    for vb in cell.verbs:
        obj, pl = (vb.obj, vb.plural) if vb.obj else (cell.obj, cell.plural)
        frames = FRAMES if cell.action != "threaten" else {k: FRAMES[k] for k in ("past", "perfect", "progressive")}
        if cell.action == "threaten" and vb.passive:
            frames = {"poss_nominal": _poss_nominal, "background": _background}
        for name, frame in frames.items():
            actor = ACTORS[next(counter) % len(ACTORS)]
            made = frame(actor, vb, obj, pl)
            if made is not None:
                want = (cell.type, cell.action, actor.code)
                yield Row(
                    f"{cell.type}:{cell.action}:{name}:{vb.form(0)}", (cell.type, cell.action), name, *made, want, None
                )


# Chinese frames transform a template "{A}<verb phrase>": as is (and in Traditional script), future 将, perfect 已,
# and with a cited news agency before it
ZH_FRAMES: dict[str, Callable[[str], str]] = {
    "zh": lambda t: t,
    "zh_trad": lambda t: t,
    "zh_will": lambda t: t.replace("{A}", "{A}将", 1).replace("将将", "将"),
    "zh_already": lambda t: t.replace("{A}", "{A}已", 1),
    "zh_reported": lambda t: "据路透社报道，" + t.replace("{A}", "{A}周一", 1),
}


def _chinese(cell: Cell, counter: Iterator[int]) -> Iterator[Row]:
    for k, template in enumerate(cell.zh):
        for name, frame in ZH_FRAMES.items():
            actor = ACTORS[next(counter) % len(ACTORS)]
            text = frame(template).format(A=actor.zh)
            text = traditional(text) if name == "zh_trad" else text
            yield Row(
                f"{cell.type}:{cell.action}:{name}:{k}",
                (cell.type, cell.action),
                name,
                text,
                False,
                (cell.type, cell.action, actor.code),
                None,
            )


# Chinese non-acts: possibility, consideration, a condition, a denial, a call by others
ZH_NEGATIVE: dict[str, Callable[[str], str]] = {
    "zh_neg_may": lambda t: t.replace("{A}", "{A}可能", 1),
    "zh_neg_consider": lambda t: t.replace("{A}", "{A}正考虑是否", 1),
    "zh_neg_if": lambda t: "如果" + t.replace("。", "，出口商将受损。"),
    "zh_neg_deny": lambda t: t.replace("{A}", "{A}否认", 1),
    "zh_neg_analysts": lambda t: "分析人士认为" + t,
}


def _negative(cell: Cell, counter: Iterator[int]) -> Iterator[Row]:
    if cell.action == "threaten":
        return
    for vb in cell.verbs[:2]:
        obj, pl = (vb.obj, vb.plural) if vb.obj else (cell.obj, cell.plural)
        for name, frame in NEGATIVE_FRAMES.items():
            actor = ACTORS[next(counter) % len(ACTORS)]
            made = frame(actor, vb, obj, pl)
            if made is not None:
                avoid = (cell.type, cell.action, actor.code)
                yield Row(
                    f"{cell.type}:{cell.action}:{name}:{vb.form(0)}", (cell.type, cell.action), name, *made, None, avoid
                )
    for name, zframe in ZH_NEGATIVE.items():
        actor = ACTORS[next(counter) % len(ACTORS)]
        text = zframe(cell.zh[0]).format(A=actor.zh)
        avoid = (cell.type, cell.action, actor.code)
        yield Row(f"{cell.type}:{cell.action}:{name}:0", (cell.type, cell.action), name, text, False, None, avoid)


def rows() -> list[Row]:
    """Every row of the matrix, in a stable order (actors rotate by row position; repeated ids get a suffix)."""
    counter = iter(range(10**6))
    out: list[Row] = []
    for cell in CELLS:
        out += [*_english(cell, counter), *_chinese(cell, counter), *_negative(cell, counter)]
    seen: dict[str, int] = {}
    for i, row in enumerate(out):
        seen[row.id] = seen.get(row.id, 0) + 1
        if seen[row.id] > 1:
            out[i] = replace(row, id=f"{row.id}#{seen[row.id]}")
    return out


def passes(row: Row, got: set[Triple]) -> bool:
    """Whether the (type, action, main actor) triples ``got`` from ``row``'s article meet its expectation."""
    if row.want is not None and row.want not in got:
        return False
    return row.avoid is None or row.avoid not in got


def known_gaps(path: Path) -> frozenset[str]:
    """Ids of the rows the rules are known to miss, from a gaps file (one id a line, ``#`` comments)."""
    lines = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


def gap_params(matrix: Iterable[Row], gaps: frozenset[str]) -> list[Any]:
    """The rows as pytest parameters, the known gaps marked strict ``xfail`` (so a fix must remove its id)."""
    import pytest

    xfail = [pytest.mark.xfail(reason="known gap", strict=True)]
    return [pytest.param(r, id=r.id, marks=xfail if r.id in gaps else []) for r in matrix]


def report() -> str:
    """Pass rate per cell, per frame and per (cell, frame) below 100 %, and the failing row ids (slow: runs all)."""
    from collections import Counter

    from tests.rule_cases import rule_events

    total: Counter[tuple[str, ...]] = Counter()
    good: Counter[tuple[str, ...]] = Counter()
    failing: list[str] = []
    for r in rows():
        events = rule_events("", title=r.text) if r.title else rule_events(r.text)
        ok = passes(r, {(e.type, e.action, e.actors[0] if e.actors else None) for e in events})
        for key in ((*r.cell,), (r.frame,), (*r.cell, r.frame), ("all",)):
            total[key] += 1
            good[key] += ok
        failing += [] if ok else [r.id]
    lines = [f"{' '.join(k):40s} {good[k]:5d}/{total[k]:<5d} {good[k] / total[k]:.2f}" for k in total if len(k) < 3]
    lines += [f"{' '.join(k):40s} {good[k]:5d}/{total[k]:<5d}" for k in total if len(k) == 3 and good[k] < total[k]]
    return "\n".join([*lines, "# failing", *failing])


if __name__ == "__main__":
    print(report())
