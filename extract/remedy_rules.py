"""Named rules of the trade-remedy vocabulary that a lexicon row cannot state (pure; issue 11, engineer xremedy8).

The stage -> (type, action) mapping of trade remedies lives in ``extract/data/triggers/remedy_classes.jsonl`` and
the table "Trade remedies and quotas" of ``docs/extraction.md``; this module holds the slot rules of the same
vocabulary:

* :func:`addressed_authority`: a petition or a price-undertaking offer is addressed *to* an investigating
  authority ("offered price undertakings to the European Commission", 向商务部提交了价格承诺申请).  The authority
  is the body asked, not a party the request is aimed at; the request is aimed at the authority's state (the
  contract's targets are countries, blocs and firms; the labelled sets give the importing state).

Cases in ``tests/unit/test_remedy_rules.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
