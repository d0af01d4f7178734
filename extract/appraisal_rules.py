"""A party judging a measure is not its actor (pure): "Denmark called the tariff threat unacceptable".

A verb of appraisal (call, describe, term, brand, label, deem, slam, welcome, praise, 称…为, 批评, 谴责) whose
object is a definite measure noun ("the tariff threat", "this ban", "its sanctions", 该禁令) refers to a measure
already stated; the subject only judges it.  The clause then names no actor of its own, so the statement takes
the actor of the same act stated before it (``merge``: a referent), as "the ban" would without a subject.  The
cases are in ``tests/unit/test_actor_forms.py`` (class ``appraisal``).
"""

from __future__ import annotations

import re

# the appraisal verb, then a determiner and up to three modifiers right before the measure noun
_EN = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|"
    r"dub(?:s|bed|bing)?|deem(?:s|ed|ing)?|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|lambast(?:s|ed|ing)?|"
    r"decr(?:y|ies|ied|ying)|welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?)"
    r"\s+(?:the|this|that|these|those|such|its|their|his|her|Washington['’]s|Beijing['’]s)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_ZH = re.compile(r"(?:称|批评|谴责|抨击|欢迎|赞扬)(?:该|此|这一|这项|上述|有关)[^,，。;；]{0,8}$")


def appraised(text: str, start: int, noun_start: int) -> bool:
    """Is the measure noun at ``noun_start`` the definite object of a verb of appraisal in its clause?

    >>> appraised("Denmark called the tariff threat unacceptable.", 0, 19)
    True
    >>> appraised("Denmark imposed the tariff on Monday.", 0, 20)
    False
    """
    lead = text[max(start, noun_start - 60) : noun_start]
    return bool(_EN.search(lead) or _ZH.search(lead))
