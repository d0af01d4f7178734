"""The near-miss rules of issue 11 (engineer xrole), as the tables ``action_rules`` splices in (pure).

Each rule lives in its own small module, with its cases in ``tests/unit/test_<module>.py``; this module
only fixes where each runs: the type rules after ``action_rules.TYPES``' own, the action rules before
``action_rules.ACTIONS``' own, and the late ones after ``clause_actions.adopted_measure``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from policykg.extract import exemption_rules, licence_rules, refusal_rules, threat_scope, truce_rules

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

Rule = Callable[["Site"], "str | None"]

TYPES: tuple[tuple[str, Rule], ...] = (
    ("tariff_truce", truce_rules.tariff_truce),
    ("licence_exception", licence_rules.licence_exception),
)
ACTIONS: tuple[tuple[str, Rule], ...] = (
    ("reserved_right", threat_scope.reserved_right),
    ("tariff_exemption", exemption_rules.tariff_exemption),
    ("truce_pause", truce_rules.truce_pause),
    ("required_licence", licence_rules.required_licence),
)
# after adopted_measure: a "proposal" refused is no measure adopted
LATE_ACTIONS: tuple[tuple[str, Rule], ...] = (
    ("rejected_proposal", refusal_rules.rejected_proposal),
    ("declined_remedy", refusal_rules.declined_remedy),  # issue 11, engineer xaction
)
