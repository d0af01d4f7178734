"""The rate of a tariff stated as a change (values.resulting_rate): invented phrases, the expected ``rate_pct``.

The contract's ``rate_pct`` is the rate the measure sets ("Rate cuts agreed in a truce … value = the resulting
rate"); a change written "from X to Y" (由X降至Y, 从X提高到Y) names the old rate first.  Rows: English and Chinese
(Simplified and Traditional), raises and cuts, other verbs and word orders; controls where the only or the first
rate is the measure's own.
"""

from __future__ import annotations

import pytest

from policykg.extract.values import value

CASES = [
    # the change written old rate first: the second rate is the measure's
    ("Tariffs on rice will be reduced from 35 percent to 15 percent next month.", 15),
    ("Washington raised the duty on Chinese steel from 10% to 25% on Friday.", 25),
    ("The levy on imported sugar goes up from 5 per cent to 20 per cent.", 20),
    ("Ottawa cut the surtax from an 8.5% rate to 3%.", 3),
    ("The tariff on EVs will climb from 27.5% to 102.5%.", 102.5),
    ("duties on solar panels were lowered from the current 14% to 7%", 7),
    ("关税由35%降至15%。", 15),
    ("美国将对中国钢铁的关税从10%提高到25%。", 25),
    ("该国把大米进口关税自25%下调为10%。", 10),
    ("對日本汽車的關稅由百分之二十調降至百分之十。", None),  # written numbers: not read (no digits)
    ("對日本汽車的關稅由20%調降至10%。", 10),
    ("进口关税从现行的30%下调到15%。", 15),
    # controls: the first rate is the measure's own
    ("The tariff was cut to 15% from 35%.", 15),
    ("a 25% tariff on cars from Japan", 25),
    ("Duties rise to 25% from 10% on Monday.", 25),
    ("The rate was raised from 10 percent last year.", 10),  # no second rate: the only one stays
    ("加征25%关税,从8月1日起实施。", 25),
    ("自8月1日起加征25%关税。", 25),
]


@pytest.mark.parametrize(("text", "rate"), CASES, ids=[c[0][:40] for c in CASES])
def test_rate_form(text: str, rate: float | None) -> None:
    assert value(text, "TARIFF").get("rate_pct") == rate
