"""Stated responses: an act an article says was taken in response to another (``RESPONDS_TO``).

Pure.  :func:`response_cue` finds the cue in an event's evidence ("in response to",
"retaliat...", "countermeasure", 反制, 报复, 反击); extraction may also give it as the
event's optional ``response_cue``.  :func:`pick_first_act` chooses the act responded
to among candidates (see SCHEMA.md "Responses").  Only restrictive acts (impose,
threaten, extend) respond; easings never do.

>>> response_cue("Beijing imposed tariffs in retaliation for the US duties")
'in retaliation'
>>> response_cue("商务部宣布对美国军工企业采取反制措施")
'反制'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from policykg.graph.measures import RESTRICTIVE_ACTIONS, Report

RESPONSE_WINDOW_DAYS = 365
_CUE = re.compile(
    r"in (?:direct )?response to|in retaliation|retaliat\w*|counter-?measures?|tit-for-tat|反制|报复|反击|回应",
    re.IGNORECASE,
)


def response_cue(evidence: str | None) -> str | None:
    """The first response cue in ``evidence`` (lower-cased), else None."""
    match = _CUE.search(evidence or "")
    return match.group(0).lower() if match else None


def is_first_act_for(responder: Report, cand: Report) -> bool:
    """``cand`` can be what ``responder`` answers: a restrictive act by a party the responder targets,
    aimed at the responder, not later than it (within the window), or stated in the same article."""
    if cand.key == responder.key or cand.action not in RESTRICTIVE_ACTIONS:
        return False
    if responder.actor not in cand.targets:
        return False
    same_article = bool(responder.articles & cand.articles)
    if responder.targets and cand.actor not in responder.targets:
        return False
    if not responder.targets and not same_article:
        return False
    when = responder.date or (responder.published or "")[:10]
    if not cand.date or not when:
        return same_article
    lag = (dt.date.fromisoformat(when) - dt.date.fromisoformat(cand.date)).days
    return 0 <= lag <= RESPONSE_WINDOW_DAYS


def pick_first_act(responder: Report, candidates: Iterable[Report]) -> Report | None:
    """The act ``responder`` answers: stated in the same article first, then the latest, then by key."""
    fits = [c for c in candidates if is_first_act_for(responder, c)]
    if not fits:
        return None
    return max(fits, key=lambda c: (bool(responder.articles & c.articles), c.date or "", [-ord(x) for x in c.key]))
