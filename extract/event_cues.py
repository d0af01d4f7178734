"""Context cues for event finding: the patterns around a trigger that change its reading.

Each is a compiled pattern over the text just before or after a trigger (or the
clause), used by :mod:`policykg.extract.events` to skip hedged, quoted, negated
or merely restated measures, and to pick actions such as ``threaten``.  Kept
apart from the finder so the patterns can be read (and extended) in one place.
"""

from __future__ import annotations

import re

SUBORDINATE = re.compile(
    r"(?:after|because|since|although|though|whereas|unless|if|following|as|when|while)\b", re.IGNORECASE
)
PAST = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?(?!expected|anticipated|forecast|predicted|feared|hoped)\w+(?:ed|en|wn)\b|\b(?:last|previous)\s+(?:year|month|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b(?!['’]s\b"
    # "last year's ruling" dates the noun after it, not the act; "last year's tariffs" dates the measure itself
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:tariffs?|duties|bans?|restrictions?|curbs?|controls?|sanctions?|measures?|embargo\w*"
    r"|quotas?|levies|probes?|investigations?|decisions?|moves?)\b))|此前|去年",
    re.IGNORECASE,
)
ALSO = re.compile(
    r"\b(?:also|separately|additionally|meanwhile|moreover|further)\b|还|此外|另外|同时|另", re.IGNORECASE
)
# "other sector-specific tariffs", "another round of tariffs", 其他…措施: not the measure stated before
# ("or other measures", 或其他措施 are a catch-all, not a distinct measure)
OTHER = re.compile(
    r"(?<!\bor\s)(?<!\band\s)\b(?:other|another)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?$|(?<![或和及与])(?:其他|其它)\S{0,6}$",
    re.IGNORECASE,
)
REQUESTED = re.compile(
    r"applica|request|licen[cs]|exemption|waiver|permit|petition|undertaking|申请|许可|豁免|请求|价格承诺",
    re.IGNORECASE,
)
# epistemic modals keep hedging after a reporting verb: "said it may restrict" is a possibility, not an announced act
EPISTEMIC = re.compile(r"^(?:may|might|could|possibl\w*|likely)$", re.IGNORECASE)
_STATEMENT_DAY = (
    r"(?:on\s+\w+\.?(?:\s+\d{1,2})?|\w+day|(?:late|early)\s+(?:on\s+)?\w+)"
    r"(?:\s+(?:night|evening|morning|afternoon|local\s+time))?,?\s+"
)
# where or how the statement was made: "in a statement", "at a news conference", "on its website", "in a notice
# posted on its website", "in a filing"; a reporting frame like the day, it keeps "said … it would" a reported fact
_STATEMENT_SETTING = (
    r"(?:in|at|on|via|through)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|notice|announcement|conference|briefing|website|filing|post|posting|interview|letter|speech|"
    r"circular|release|decree|document)s?(?:\s+(?:posted|published|issued|released)\s+(?:on|in|by)\s+"
    r"(?:its|the|a|their)\s+[\w-]+)?,?\s+"
)
REPORTED = re.compile(
    r"\b(?:announc\w*|said|says|declared|confirmed|stated|pledged|vowed|decided|"
    r"told\s+(?:reporters|journalists|lawmakers|parliament|legislators|the\s+press|a\s+news\s+conference))\s+"
    r"(?:(?:" + _STATEMENT_SETTING + r"|" + _STATEMENT_DAY + r")){0,3}"
    r"(?:that\s+)?(?:it|they|he|she|the\s+\w+)?\s*$|(?:宣布|表示|称)\s*$",
    re.IGNORECASE,
)
# the date of the statement that announces the act: "said on Wednesday it is adding", "announced Friday
# that", "on Monday said", 周三宣布 / 3日表示; the act announced is dated by it (announcement day)
SAID_BEFORE = re.compile(
    r"^\W{0,3}(?:it\s+|that\s+)?(?:said|says|announced|stated|confirmed|declared|told|unveiled)\b"
    r"|^\s*(?:宣布|表示|称|发布|公布)",
    re.IGNORECASE,
)
SAID_AFTER = re.compile(
    r"\b(?:said|says|announced|stated|confirmed|declared|unveiled)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE
)
SPEECH = re.compile(
    r"^(?:他|她|其|该部|他们|该官员|公告|该公告|通知|声明|He|She|They|The minister|The ministry|"
    r"The (?:notice|announcement|statement|order|rules?|decree))\s*"
    r"(?:还|又|也)?(?:表示|称|说|指出|强调|明确|规定|显示|said|says|added|stated|noted|states|requires)"
    r"|^(?:根据|按照)(?:该)?(?:声明|公告|通知|协议|联合声明)|^(?:According to|Under) the (?:statement|notice|agreement|deal)"
)
PURPOSE = re.compile(
    r"\b(?:used|needed|essential|required)\s+(?:to\s+(?:make|produce|build|manufacture)|in|for)\s+(?:the\s+)?"
    r"(?:(?:production|manufacture|making)\s+of\s+)?$|用于(?:生产|制造)?$|用来(?:生产|制造)$",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(r"\bwould\b|将会?(?=[^,，。]{0,12}$)", re.IGNORECASE)
CONDITION = re.compile(
    r"\b(?:until|unless)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:stops?|halts?|agrees?|ends?|curbs?|takes?|complies|comply)\b"
    r"|除非|直到[^,，。]{0,12}(?:停止|同意)",
    re.IGNORECASE,
)
PAST_WHEN = re.compile(
    r"\s+(?:in|since)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:19|20)\d\d\b"
)
REDUCE = re.compile(r"^(?:cut|lower|reduc|slash)|下调|降低|削减", re.IGNORECASE)
EFFECT = re.compile(r"effect|into force|生效", re.IGNORECASE)
# "Group 2: Tariff Cuts": a section heading of the news-search export names a topic, not an act
HEADING = re.compile(r"\bGroup\s+\d+\s*[:：]\s*$")
# "under Section 232 of the Trade Expansion Act": a law named as the legal basis of another measure
# (a state's possessive may stand before the law's name: "of the US' Trade Expansion Act")
LEGAL_BASIS = re.compile(
    r"\b(?:under|pursuant\s+to|of|in\s+line\s+with)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:'s|’s|'|’)\s+)?$", re.IGNORECASE
)
# "under Section 232 of …", "invoking Article 21": a numbered provision named as the legal basis of another act
PROVISION_BASIS = re.compile(
    r"\b(?:under|pursuant\s+to|invoking|citing|in\s+accordance\s+with)\s+(?:the\s+)?$", re.IGNORECASE
)
NUMBERED_PROVISION = re.compile(r"(?:Section|Article|Title|Chapter)\s+\d", re.IGNORECASE)
# 未与墨西哥签署自由贸易协定的国家, "countries that have not signed": a negated act is no act
NEGATED = re.compile(r"(?:未|没有|尚未|并未|从未)(?:与[^,，。;；]{1,10})?$|\b(?:not|never)\s+(?:\w+\s+)?$")
# 应国内产业申请, "at the request of the industry", "received applications from exporters":
# the applicant is someone else than the clause's actor
NOT_OWN_REQUEST = re.compile(
    r"应[^,，。;；]{0,16}$|\bat\s+the\s+$|\b(?:following|after|upon)\s+(?:a|an|the)\s+$|\b(?:receiv\w*|accept\w*|process\w*)\s+(?:\w+\s+){0,2}$|收到[^,，。;；]{0,6}$|受理[^,，。;；]{0,6}$",
    re.IGNORECASE,
)
# "withdraw its complaint at the WTO over the curbs": the action's object is a legal case, not the measure
# "are required to apply for licences", 需单独申请许可, "seeking to slow", 对于…出口申请: a provision of the
# measure or a purpose, not anyone's application
REQUIRED_REQUEST = re.compile(
    r"\b(?:required|obliged|need|needs|must|have|has)\s+to\s*$|(?:需|须|需要|必须|应当|应)\s*(?:单独|另行|事先)?\s*$"
    r"|对于[^,，。]{0,12}$",
    re.IGNORECASE,
)
SEEK_PURPOSE = re.compile(r"^\s*to\s+\w+", re.IGNORECASE)
CASE_OBJECT = re.compile(
    r"^\s*(?:(?:its|the|their|a)\s+)?(?:complaint|lawsuit|case|appeal|challenge|dispute)s?\b|^\s*(?:对[^,，。]{0,8})?(?:诉讼|申诉|起诉)",
    re.IGNORECASE,
)
# "a deal that lowers tariffs", "Under the deal, ...", "As part of the agreement, ...", 协议将…:
# terms written into a deal are provisions of that deal, not measures of their own
DEAL_NOUN = r"(?:deal|agreement|accord|pact|framework)"
PROVISION = re.compile(
    rf"\b{DEAL_NOUN}s?\s+(?:that|which)\s+(?:would\s+|will\s+)?(?:\w+\s+)?$|"
    rf"^\W*(?:Under|As\s+part\s+of|In)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?{DEAL_NOUN}\b|"
    r"^\W*(?:根据|按照)?(?:该)?协议将|^\W*协议(?:规定|内容)",
    re.IGNORECASE,
)
FUTURE = re.compile(r"\b(?:will|would|is to|are to)\b|将", re.IGNORECASE)
# "a dark day", "the agreement would protect jobs": a deal noun after a definite article refers to
# the deal already stated (merged into it), as do quotations of officials' remarks
DEFINITE = re.compile(r"(?:\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}|该|此项?|这一)$", re.IGNORECASE)
# 违反…中美海运协定, "in breach of the agreement", "flouting the export ban": a deal or measure named as violated is no act
VIOLATED = re.compile(
    r"(?:违反|违背|破坏|触犯)[^,，。;；]{0,16}$"
    r"|\b(?:violat\w*|breach\w*|broke|broken|break(?:s|ing)?|flout\w*|def(?:y|ies|ied|ying))\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "extends its blacklist to subsidiaries": a wider scope (impose), not a longer time (extend)
SCOPE_TO = re.compile(
    r"^\s+(?:[\w-]+\s+){0,4}to\s+(?:cover\s+|include\s+)?(?!(?:the\s+end|end|\d|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b)"
    r"(?:\w+\s+){0,2}(?:subsidiar|affiliat|compan|firms?|entit|countr|more|all|other)",
    re.IGNORECASE,
)


# "without a licence", "without government approval": a licensing requirement, not a hedge
WITHOUT_LICENCE = re.compile(
    r"\s+(?:a\s+|an\s+|prior\s+|government\s+|official\s+|export\s+){0,2}(?:licen[cs]e|approval|permission|permit)",
    re.IGNORECASE,
)
NEGATION = re.compile(r"^(?:not|no|never|cannot|can't|won't|didn't|doesn't|don't)$", re.IGNORECASE)
# "does not remove the tariffs that Trump placed on ...": a relative clause states its own (past) fact
# "…, following / after / in response to <measure> <past act>": a background fact, out of a hedge's reach
BACKGROUND_LEAD = re.compile(
    r"\W*(?:following|after|in\s+response\s+to|in\s+retaliation\s+for)\b(?=.*\b(?:(?:has|have|had|was|were)\s+"
    r"(?:\w+\s+)?\w+(?:ed|ut|id|wn)|imposed|announced|introduced|adopted|added|placed|raised|slapped)\b)",
    re.IGNORECASE | re.DOTALL,
)
RELATIVE_FACT = re.compile(r"\b(?:that|which)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:had\s+)?\w+(?:ed|ut|id)\b")
# "On Friday it raised its own levy": a pronoun subject is the previous sentence's subject
PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:On|In|By|Late\s+on)\s+\w+\s*,?\s+)?(?:it|they)\b", re.IGNORECASE)
# "the Foreign Subsidies Regulation", "subsidies from non-EU governments": other states' subsidies, the object of a probe
FOREIGN_SUBSIDY = re.compile(r"\bforeign\s+$", re.IGNORECASE)
FROM_ABROAD = re.compile(r"^\s+(?:from|by)\s+(?:non-|foreign|other)", re.IGNORECASE)
# "US venture investment fell to $1.3bn": a statistic, not a state's investment
STATISTIC = re.compile(
    r"\b(?:fell|falls?|rose|rises?|dropped|declined|grew|jumped|surged|slumped|plunged|climbed|slipped)\b|下降|增长|下滑|回落",
    re.IGNORECASE,
)
# 禁止向上述实体出口, 禁止其从事…: a provision of the listing stated just before
ANAPHORIC_BAN = re.compile(r"禁止(?:向)?(?:其|上述|该等?|相关实体)")


ELLIPSIS = re.compile(
    r"\s+and\s+(?P<obj>[^,.;:]{1,60}?)\s+(?:the\s+(?:following|next)\s+(?:year|month)|later\s+that\s+(?:year|month)|"
    r"a\s+(?:year|month)\s+later)\b",
    re.IGNORECASE,
)
# "..., effectively barring them from ...": an adverb may come first
CONTENT_PARTICIPLE = re.compile(
    r"^\W*(?:\w+ly\s+)?(?:barring|banning|prohibiting|forbidding|requiring)\b", re.IGNORECASE
)


ZH_LEGAL_BASIS = re.compile(r"(?:根据|依据|按照|依照)[^,，。;；《]{0,4}《[^》]*$")
PETITION = re.compile(r"应[^,，。;；]{0,14}$|\b(?:following|after|upon)\s+(?:a|an|the)\s+$", re.IGNORECASE)


THREAT_OBJECT = re.compile(
    r"^\s+to\s+(?:disrupt|derail|upend|hurt|damage|harm|undermine|destabili[sz]e|engulf|spill|escalate|"
    r"overshadow|slow|weaken|wreck|tip)\b",
    re.IGNORECASE,
)


def quoted(text: str, lo: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened in text[lo:pos] (an official's remark, not a statement of fact)?"""
    seg = text[lo:pos]
    if seg.count("“") > seg.count("”"):
        q = seg.rfind("“")
    elif seg.count('"') % 2 == 1:
        q = seg.rfind('"')
    else:
        return False
    close = re.search(r'["”]', text[lo + q + 1 :])
    quoted = text[lo + q + 1 : lo + q + 1 + close.start()] if close else text[lo + q + 1 :]
    return len(quoted.split()) >= 5  # a remark; a scare-quoted term ("special communication channel") is not


# the tense of an act the speaker states as done or under way: "have been introduced", "has renewed", "has decided to
# terminate", "is introducing" (a quoted official statement of the act, not a remark about a measure)
_PERFECT = re.compile(r"\b(?:(?:has|have|had)\s+(?:been\s+)?|(?:has|have)\s+decided\s+to\s+)(?:\w+ly\s+)?$", re.I)
_BE = re.compile(r"\b(?:is|are|was|were)\s+(?:being\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+(?:ing|ed|en)\b", re.IGNORECASE)


def quoted_act(before: str, verb: str) -> bool:
    """Does the text ``before`` the action word ``verb`` put it in the perfect, the passive or the progressive (an
    act stated as done or under way: "additional restrictions have been introduced", "Russia is introducing")?"""
    return bool(_PERFECT.search(before)) or (bool(_BE.search(before)) and bool(_PARTICIPLE.match(verb)))


# "the same day" / "with immediate effect": the day of the act stated just before.
# same_day: a day told by reference to the one just named ("the same day", "Earlier in the day", "later that day")
SAME_DAY = re.compile(
    r"同日|当天|当日|同一天|同一日|\bthe same day\b|\bthat same day\b|with immediate effect|effective immediately"
    r"|\b(?:early|earlier|later)\s+(?:in\s+the\s+day|that\s+day|on\s+that\s+day)\b",
    re.IGNORECASE,
)
