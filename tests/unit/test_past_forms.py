"""Which time phrases mark a statement as an earlier act (event_cues.PAST): invented phrases, the expected flag.

A past statement ("had banned", "imposed last year", 去年, 此前) is kept apart from this week's act of the same key
(``merge``).  A genitive time phrase dates the noun after it: "against last year's court ruling" dates the ruling,
not the act of its sentence, while "last year's tariffs" dates the measure itself.  Rows: English pluperfects and
time adverbials, genitives before measure and other nouns, Chinese markers.
"""

from __future__ import annotations

import pytest

from policykg.extract.event_cues import PAST

CASES = [
    ("India had banned exports of broken rice.", True),
    ("China imposed the tariffs last year.", True),
    ("The ban was introduced last September.", True),
    ("It is the second retaliatory step against last year's court ruling.", False),
    ("The move answers last month's ruling by Seoul's top court.", False),
    ("in response to last year's election result", False),
    ("Last year's tariffs on US pork were doubled.", True),
    ("last month's export controls on gallium", True),
    ("Washington extended last year's sanctions on the bank.", True),
    ("China imposed tariffs on Monday.", False),
    ("中国去年对美国大豆加征关税。", True),
    ("此前,印尼已禁止镍矿出口。", True),
    ("中国周一宣布对镓实施出口管制。", False),
]


@pytest.mark.parametrize(("text", "past"), CASES, ids=[c[0][:40] for c in CASES])
def test_past_form(text: str, past: bool) -> None:
    assert bool(PAST.search(text)) is past
