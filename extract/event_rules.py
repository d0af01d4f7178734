"""Named rules that decide whether a paired trigger states an act, and which action.

Each candidate pairing (a measure noun ``hit``, maybe with an ``action`` word)
is shown to the rules as a :class:`Site`.  Two ordered tables apply:

* :data:`VETOES`: ``(name, rule)``; the first rule that returns True drops the
  candidate (a legal basis, a negated act, a quotation, a deal's term ...);
* :data:`ACTIONS`: ``(name, rule)``; each may return a new action (a string),
  :data:`DROP` to drop the candidate, or None to keep the action as it is.
  They run in order, each seeing the action the previous ones left.

Every rule is a small pure function of the site, with its reason in the
docstring and its cases in ``tests/unit/test_event_rules.py``.  The rules read
only the text and the lexicon hits: they name general linguistic classes
(modality, negation, attribution, argument structure), never an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from policykg.extract import (
    action_rules,
    approval_rules,
    assertion_rules,
    claim_rules,
    clause_actions,
    continuing_rules,
    document_rules,
    figure_rules,
    forecast_rules,
    modality,
    notice_rules,
    noun_rules,
    participle_rules,
    purpose_rules,
    relief_rules,
    restatement,
    stance_rules,
    statement_rules,
    threat_rules,
)
from policykg.extract import event_cues as cues
from policykg.extract.pairing import SentenceTriggers
from policykg.extract.triggers import Hit

DROP = "drop"


@dataclass(frozen=True)
class Site:
    """One pairing as the rules see it; ``finder`` is the article's read-only state
    (earlier candidates, sentences, dates) for the few rules that look beyond the clause."""

    text: str
    sent: SentenceTriggers
    n: int
    c: int
    clause: tuple[int, int]
    hit: Hit
    action: Hit | None
    background: bool
    ev_type: str | None
    act: str | None
    finder: Any
    prev: SentenceTriggers | None = None

    @property
    def start(self) -> int:
        return self.clause[0]

    @property
    def end(self) -> int:
        return self.clause[1]

    def before(self, pos: int, width: int) -> str:
        """The clause text in the ``width`` characters before ``pos``."""
        return self.text[max(self.start, pos - width) : pos]

    def after(self, pos: int, width: int) -> str:
        """The clause text in the ``width`` characters from ``pos``."""
        return self.text[pos : min(self.end, pos + width)]


Rule = Callable[[Site], bool]
ActionRule = Callable[[Site], "str | None"]


# --- vetoes: measure nouns that are not acts --------------------------------------------------


def foreign_subsidy(s: Site) -> bool:
    """ "foreign subsidies", "subsidies from non-EU governments": other states' aid, the object of a probe."""
    return s.ev_type == "INDUSTRIAL_POLICY" and bool(
        cues.FOREIGN_SUBSIDY.search(s.before(s.hit.start, 10))
        or cues.FROM_ABROAD.match(s.text[s.hit.end : s.hit.end + 20])
    )


def statistic(s: Site) -> bool:
    """ "US venture investment fell to $1.3bn": a statistic, not a state's investment."""
    return (
        s.ev_type == "INDUSTRIAL_POLICY" and s.action is None and bool(cues.STATISTIC.search(s.text[s.start : s.end]))
    )


def zh_anaphoric_ban(s: Site) -> bool:
    """禁止向上述实体出口: a provision of the listing stated just before."""
    return (
        s.sent.lang == "zh"
        and bool(cues.ANAPHORIC_BAN.search(s.text[max(s.start, s.hit.start - 2) : s.hit.end + 6]))
        and bool(s.finder.cands)
    )


def content_participle(s: Site) -> bool:
    """ "added Huawei to its entity list, barring local companies from shipping them chips": the content
    of the act stated first in the sentence, not a second act."""
    text, hit = s.text, s.hit
    if cues.CONTENT_PARTICIPLE.match(text[s.start : s.end]):
        lead_at = s.start
    elif re.search(r",\s*$", text[max(s.start, hit.start - 3) : hit.start]) and cues.CONTENT_PARTICIPLE.match(hit.text):
        lead_at = hit.start
    else:
        return False
    return any(o.sentence == s.n and o.anchor < lead_at for o in s.finder.cands)


def directive_vehicle(s: Site) -> bool:
    """以行政命令单方面终止…, "signed a decree, then halted …": the directive carries an act its sentence states after
    it with a strong verb, so it is no industrial policy of its own (``noun_rules.directive_carries_act``)."""
    return noun_rules.directive_carries_act(s.sent, s.hit)


def vehicle_of_later_measure(s: Site) -> bool:
    """商务部发布公告,决定将…列入管控名单: a notice issued is the vehicle of the measure named after it."""
    a = s.action
    return (
        s.hit.trigger.kind == "generic"
        and a is not None
        and a.trigger.weak
        and s.finder._acted_later(s.sent, max(s.hit.end, a.end))
    )


def someone_elses_request(s: Site) -> bool:
    """应国内产业申请, "received applications from exporters": the applicant is not the clause's actor."""
    return (
        s.act == "request" and s.action is not None and bool(cues.NOT_OWN_REQUEST.search(s.before(s.action.start, 24)))
    )


def legal_case_object(s: Site) -> bool:
    """ "withdraw its complaint at the WTO over the curbs": the action's object is a legal case."""
    a = s.action
    return a is not None and a.start < s.hit.start and bool(cues.CASE_OBJECT.search(s.after(a.end, 24)))


def required_application(s: Site) -> bool:
    """ "exporters are required to apply for licences", 需单独申请许可, "seeking to slow": a provision
    or a purpose, not an application by anyone."""
    a = s.action
    if s.act != "request" or a is None:
        return False
    if cues.REQUIRED_REQUEST.search(s.before(a.start, 24)):
        return True
    return a.text.lower().startswith("seek") and bool(cues.SEEK_PURPOSE.match(s.after(a.end, 12)))


def speech_add(s: Site) -> bool:
    """ "adding that the tariff would take effect": "add" as a speech verb, not "added to the list"."""
    a = s.action
    return (
        a is not None
        and re.match(r"add(?:s|ed|ing)?$", a.text, re.IGNORECASE) is not None
        and re.match(r"\s+that\b", s.text[a.end : a.end + 6]) is not None
    )


def violated_deal(s: Site) -> bool:
    """违反…协定, "in breach of the agreement", 违反…出口禁令, "flouting the export ban": a deal or measure named as
    violated, broken or defied is one already in force, named as the object of someone's conduct, not an act
    (the article's own statement of it, if any, stays)."""
    return bool(cues.VIOLATED.search(s.before(s.hit.start, 24)))


def risk_not_threat(s: Site) -> bool:
    """ "a trade war that had threatened to disrupt commerce": a risk, not a state's threat."""
    a = s.action
    return s.act == "threaten" and a is not None and bool(cues.THREAT_OBJECT.match(s.after(a.end, 30)))


def effect_of_stated_measure(s: Site) -> bool:
    """ "The rule ... takes effect immediately": the measure stated just before takes effect (a restatement)."""
    a, hit = s.action, s.hit
    return (
        hit.trigger.kind == "generic"
        and a is not None
        and bool(cues.EFFECT.search(s.text[hit.end : s.end]))
        and re.search(r"\b(?:the|this|these|its)\s+$", s.before(hit.start, 8), re.IGNORECASE) is not None
        and not s.finder._dates(s.start, s.end)
        and any(not o.title and s.n - o.sentence <= 2 for o in s.finder.cands)
    )


def headline_deal_terms(s: Site) -> bool:
    """ "US and Britain agree trade deal, cutting car tariffs": the headline's deal terms."""
    return (
        s.ev_type != "TRADE_DEAL"
        and s.sent.title
        and any(
            t.trigger.type == "TRADE_DEAL" and t.start < s.hit.start
            for s2 in s.finder.sentences
            if s2.title
            for t in s2.types
        )
    )


def deal_provision(s: Site) -> bool:
    """ "Under the deal, ...", "a deal that lowers tariffs": a provision of a deal, not a measure."""
    if s.ev_type == "TRADE_DEAL" or action_rules.truce_term(s):
        return False
    lead = s.text[s.start : (s.action.start if s.action is not None else s.hit.start)]
    provision = cues.PROVISION.search(s.text[s.start : s.end])
    return bool(cues.PROVISION.search(lead)) or bool(provision and provision.start() == 0)


def deal_term_future(s: Site) -> bool:
    """美国与日本达成贸易协议，美方将对日本输美商品征收15%的关税: a term of the deal stated before."""
    if s.ev_type == "TRADE_DEAL":
        return False
    lead = s.text[s.start : (s.action.start if s.action is not None else s.hit.start)]
    deal_before = any(
        o.sentence == s.n and o.type == "TRADE_DEAL" and o.clause < s.c and not o.title for o in s.finder.cands
    )
    return deal_before and bool(cues.FUTURE.search(lead))


VETOES: tuple[tuple[str, Rule], ...] = (
    ("named_law_as_basis", document_rules.named_law_as_basis),
    ("zh_law_as_basis", document_rules.zh_law_as_basis),
    ("zh_unbracketed_law", figure_rules.zh_unbracketed_law),  # issue 11, engineer xfp8
    ("collected_sum", figure_rules.collected_sum),
    ("titled_notice", document_rules.titled_notice),
    ("foreign_subsidy", foreign_subsidy),
    ("statistic", statistic),
    ("zh_anaphoric_ban", zh_anaphoric_ban),
    ("content_participle", content_participle),
    ("vehicle_of_later_measure", vehicle_of_later_measure),
    ("directive_vehicle", directive_vehicle),  # issue 11, engineer xprec9
    ("negated", assertion_rules.negated),
    ("attributive_operation", participle_rules.attributive_operation),  # issue 11, engineer xaction
    ("attributive_goods", participle_rules.attributive_goods),  # issue 11, engineer xprec7
    ("reduced_relative", participle_rules.reduced_relative),  # issue 11, engineer xprec7
    ("denied", assertion_rules.denied),
    ("is_not", assertion_rules.is_not),
    ("alleged", assertion_rules.alleged),
    ("someone_elses_request", someone_elses_request),
    ("legal_case_object", legal_case_object),
    ("required_application", required_application),
    ("quoted_remark", assertion_rules.quoted_remark),
    ("speech_add", speech_add),
    ("violated_deal", violated_deal),
    ("risk_not_threat", risk_not_threat),
    ("effect_of_stated_measure", effect_of_stated_measure),
    ("headline_deal_terms", headline_deal_terms),
    ("deal_provision", deal_provision),
    ("deal_term_future", deal_term_future),
    # statements that mention a measure without stating an act (extract/modality.py)
    ("provision_request", modality.provision_request),
    ("application_as_use", modality.application_as_use),
    ("modifier_of_other_noun", modality.modifier_of_other_noun),
    ("unrealised_condition", modality.unrealised_condition),
    ("not_yet_decided", modality.not_yet_decided),
    ("depending_on", modality.depending_on),
    ("vague_measure", modality.vague_measure),
    ("action_of_another_clause", modality.action_of_another_clause),
    ("dispute_over_measure", modality.dispute_over_measure),
    ("pronoun_verb", modality.pronoun_verb),
    ("named_standard", modality.named_standard),
    ("modal_before_verb", modality.modal_before_verb),
    ("zh_power_modal", modality.zh_power_modal),  # issue 11, engineer xprec6
    ("exempt_party", modality.exempt_party),
    ("verb_homograph", modality.verb_homograph),
    ("standing_state", modality.standing_state),
    ("reported_negation", modality.reported_negation),
    ("demonstrative_restatement", modality.demonstrative_restatement),
    ("pending_approval", modality.pending_approval),
    ("argued_characterisation", modality.argued_characterisation),
    ("effect_of_prior_act", restatement.effect_of_prior_act),
    # actions named as a purpose or advocated (extract/purpose_rules.py)
    ("purpose_infinitive", purpose_rules.purpose_infinitive),
    ("advocated_act", purpose_rules.advocated_act),
    ("pursued_removal", purpose_rules.pursued_removal),  # issue 11, engineer xprec6
    ("deliberated_easing", purpose_rules.deliberated_easing),  # issue 11, engineer xfix15
    # statements about a measure (extract/statement_rules.py)
    ("generic_procedure", statement_rules.generic_procedure),
    ("evaluated_measure", statement_rules.evaluated_measure),
    ("evaluated_act", statement_rules.evaluated_act),  # issue 11, engineer xfp8
    ("standing_measure", statement_rules.standing_measure),
    ("requested_talks", statement_rules.requested_talks),
    # stance toward an act, not the act (extract/stance_rules.py, extract/notice_rules.py)
    ("stance_not_act", stance_rules.stance_not_act),
    ("still_in_place", stance_rules.still_in_place),
    ("continued_measure", continuing_rules.continued_measure),  # issue 11, engineer xprec6
    ("kept_measure", continuing_rules.kept_measure),
    ("still_in_force", continuing_rules.still_in_force),
    ("current_regime", continuing_rules.current_regime),  # issue 11, engineer xfp8
    ("third_party_forecast", forecast_rules.third_party_forecast),  # issue 11, engineer xprec6
    ("deal_as_frame", stance_rules.deal_as_frame),
    ("subsidy_in_finding", stance_rules.subsidy_in_finding),
    ("generic_statement", stance_rules.generic_statement),
    ("zh_conditional", stance_rules.zh_conditional),
    ("framing_programme", stance_rules.framing_programme),
    ("remit_statement", stance_rules.remit_statement),
    ("market_view", stance_rules.market_view),
    ("left_out_measure", stance_rules.left_out_measure),
    ("firm_business", stance_rules.firm_business),
    ("deal_names_tariff", notice_rules.deal_names_tariff),
    ("concluded_probe", notice_rules.concluded_probe),
    ("request_not_filed", notice_rules.request_not_filed),
    ("notice_of_ruling", notice_rules.notice_of_ruling),
    ("avoided_measure", notice_rules.avoided_measure),
    ("notice_of_event_phrase", notice_rules.notice_of_event_phrase),
    ("threat_of_other", notice_rules.threat_of_other),
    # a measure judged unneeded, recommended, or a regime described (extract/claim_rules.py)
    ("unnecessary_measure", claim_rules.unnecessary_measure),
    ("recommended_measure", claim_rules.recommended_measure),
    ("regime_description", claim_rules.regime_description),
    ("diplomatic_agreement", claim_rules.diplomatic_agreement),
    ("firm_deal", claim_rules.firm_deal),
    ("deal_at_risk", claim_rules.deal_at_risk),
    ("deal_in_the_works", claim_rules.deal_in_the_works),  # issue 11, engineer xfp8
)


def veto(site: Site) -> str | None:
    """The name of the first veto rule that drops the site, or None."""
    return next((name for name, rule in VETOES if rule(site)), None)


# --- action rules: which action the clause states ---------------------------------------------


ACTIONS: tuple[tuple[str, ActionRule], ...] = (
    ("wider_scope", clause_actions.wider_scope),
    ("prolonged_suspension", clause_actions.prolonged_suspension),
    ("threatened_to", clause_actions.threatened_to),
    ("conditional_measure", clause_actions.conditional_measure),
    ("readiness_threat", threat_rules.readiness_threat),  # issue 11, engineer xaction
    ("conditioned_act", threat_rules.conditioned_act),
    ("temporary_cut", clause_actions.temporary_cut),
    *approval_rules.ACTIONS,
    *action_rules.ACTIONS,
    ("ended_relief", relief_rules.ended_relief),  # after eased_tariff: 终止关税减让 is impose, not suspend
    ("negated_levy", relief_rules.negated_levy),
    ("adopted_measure", clause_actions.adopted_measure),
    *action_rules.LATE_ACTIONS,
)


def decide_action(site: Site) -> str | None:
    """The action after every action rule (None when a rule drops the site)."""
    act = site.act
    for _, rule in ACTIONS:
        new = rule(site)
        if new == DROP:
            return None
        if new is not None:
            act = new
            site = Site(**{**site.__dict__, "act": act})
    return act
