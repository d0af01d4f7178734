"""Named rules of the trade-remedy vocabulary that a lexicon row cannot state (pure; issue 11, engineer xremedy8).

The stage -> (type, action) mapping of trade remedies lives in ``extract/data/triggers/remedy_classes.jsonl`` and
the table "Trade remedies and quotas" of ``docs/extraction.md``; this module holds the slot rules of the same
vocabulary:

* :func:`addressed_authority`: a petition or a price-undertaking offer is addressed *to* an investigating
  authority ("offered price undertakings to the European Commission", 向商务部提交了价格承诺申请).  The authority
  is the body asked, not a party the request is aimed at; the request is aimed at the authority's state (the
  contract's targets are countries, blocs and firms; the labelled sets give the importing state).
* :func:`circumvention_extension` (an action rule): "extended the anti-dumping duties on Chinese X to imports
  consigned from Malaysia" widens the duty to a third country's goods (an anti-circumvention finding, Anti-Dumping
  Agreement practice): ``impose``, not more time (``extend``).  The duty's object phrase stands between the duty
  noun and "to", so ``action_rules.scope_extension`` (the complement right after the noun) does not see it.
* :func:`quota_polarity` (an action rule): a quota is a volume, so its size verbs invert: cutting an import or
  export quota ("cut its sugar import quota", 削减配额) tightens the restriction (``impose``), raising or
  expanding it ("expanded the quota", 扩大配额) eases it (``lift``; for a tariff-rate quota, more goods at the
  lower rate, a tariff cut: ``suspend``, the convention of ``action_rules.eased_tariff``).  Scrapping or ending a
  quota stays ``lift``.
* :func:`approver_not_applicant` (a slot rule of ``merge._resolve``): an approval or refusal of a request whose
  actor was only inherited from the sentence before ("…企业向调查机关提交了价格承诺申请,调查机关在审查后,决定接受价格
  承诺": the investigating authority is no entity) is not the applicant's own act: it is the other party's, the
  article's most named other state, else the actor of another statement of the article.

Cases in ``tests/unit/test_remedy_rules.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from policykg.extract.models import Entity

# the acts of a trade-remedy case addressed to an authority: a petition (INVESTIGATION) or an undertaking (TARIFF)
_ADDRESSED = frozenset({("INVESTIGATION", "request"), ("TARIFF", "request")})


def addressed_authority(
    type_: str | None, action: str | None, targets: Sequence[str], entities: Mapping[str, Entity]
) -> list[str]:
    """The targets of a request with each government agency replaced by its state (kept once, order kept).

    Other acts keep their targets: an agency can be the target of a sanction ("sanctioned the bureau")."""
    if (type_, action) not in _ADDRESSED:
        return list(targets)
    out: list[str] = []
    for t in targets:
        e = entities.get(t)
        state = e.country if e is not None and e.type == "Agency" and e.country else t
        if state not in out:
            out.append(state)
    return out


# after the duty noun: its goods ("on Chinese solar panels"), then the new scope, goods of another origin
_WIDER_ORIGIN = re.compile(
    r"\s+(?:on|of|against)\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?:cover\s+|include\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:imports?|products?|goods|shipments?|exports?)\s+(?:[\w-]+\s+){0,2}(?:from|consigned|shipped|originating|"
    r"exported|routed|made)\b",
    re.IGNORECASE,
)


def circumvention_extension(s: Any) -> str | None:
    """ "extended the anti-dumping duties on Chinese solar panels to imports consigned from Malaysia": the duty
    widened to goods of another origin is ``impose`` (see the module docstring); ``None`` otherwise."""
    a = s.action
    if s.ev_type != "TARIFF" or s.act != "extend" or a is None or a.end > s.hit.start:
        return None
    if not re.match(r"extend", a.text, re.IGNORECASE):
        return None
    return "impose" if _WIDER_ORIGIN.match(s.text, s.hit.end, s.end) else None


_QUOTA = re.compile(r"quota|配额|配額", re.IGNORECASE)
_SHRINK = re.compile(
    r"^(?:cut|lower|reduc|slash|trim|shrink|halv)|^(?:削减|减少|下调|降低|压缩|缩减|减半)", re.IGNORECASE
)
_GROW = re.compile(
    r"^(?:rais|increas|expan|enlarg|doubl|lift(?:ed|s|ing)? the cap)|^(?:扩大|增加|提高|上调|放宽)", re.IGNORECASE
)


def quota_polarity(s: Any) -> str | None:
    """ "cut its sugar import quota": a smaller quota is more restriction (``impose``); "expanded the quota": a larger
    one less (``lift``, ``suspend`` for a tariff-rate quota); ``None`` for other nouns and verbs."""
    a = s.action
    if a is None or not _QUOTA.search(s.hit.text) or s.act not in ("impose", "lift", "suspend"):
        return None
    if _SHRINK.search(a.text):
        return "impose"
    if _GROW.search(a.text):
        return "suspend" if s.ev_type == "TARIFF" else "lift"
    return None


def approver_not_applicant(
    action: str | None, type_: str | None, actors: Sequence[str], how: str, requests: Sequence[Any], states: Any
) -> list[str] | None:
    """The actor of an inherited approval (refusal) that inherited the applicant of a request of the same type: the
    article's most named other state (``states``, a Counter), else the main actor of another explicit statement
    (``requests``: the article's candidates); ``None`` when the rule does not apply."""
    if action not in ("approve", "reject") or how == "explicit" or not actors:
        return None
    applicants = [r.actors for r in requests if r.type == type_ and r.action == "request" and r.actors]
    if not applicants or actors[0] != applicants[-1][0]:
        return None
    other = [s for s, _ in states.most_common() if s not in applicants[-1]]
    other += [r.actors[0] for r in requests if r.actors and r.actors[0] not in applicants[-1] and r.how == "explicit"]
    return other[:1] or None
