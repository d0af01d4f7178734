"""A coverage matrix of date expressions at the level of an event (issue 11): every row an invented
sentence through the whole rules-only pipeline, the expected ``date`` and ``until`` of its one event.

The rows are built from small explicit lists of parts: a FRAME (an act clause in one tense and language,
with a slot for the date phrase) and a FORM (a date expression of one linguistic class, with the day it
stands for under that frame's tense). Every expected value is written out in the lists below; nothing is
computed from the code under test. Publication day: Tuesday 2025-11-25 (:data:`tests.rule_cases.PUBLISHED`).

Conventions (shared/spec/events-format.md): the day of the act, else its stated effective date, else null;
no fallback to the publication day; month-only and computed ends ("for 90 days", 为期90天) give null;
relative days resolve against publication; a past act's absolute day lies on or before publication, a
future act's day after it.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import rule_events

Row = tuple[str, str, str | None, str | None]  # (class, sentence, date, until)

# --- English frames: {d} is the date phrase ------------------------------------------------------------
EN_PAST = [
    "China imposed export controls on gallium {d}.",
    "India {d} banned exports of onions.",
    "The EU adopted anti-dumping duties on Chinese steel {d}.",
]
EN_FUTURE = [
    "China will impose export controls on gallium {d}.",
    "India will ban exports of onions {d}.",
    "The EU will impose anti-dumping duties on Chinese steel {d}.",
]

# (class, phrase, day under a past frame, day under a future frame); "-" = the form does not fit that tense
EN_FORMS = [
    ("en_abs", "on Nov. 20", "2025-11-20", "-"),
    ("en_abs", "on November 20", "2025-11-20", "-"),
    ("en_abs", "on 20 November", "2025-11-20", "-"),
    ("en_abs", "on Nov 20th", "2025-11-20", "-"),
    ("en_abs", "on November 20, 2025", "2025-11-20", "-"),
    ("en_abs", "on Dec. 1", "2024-12-01", "2025-12-01"),
    ("en_abs", "on December 1", "2024-12-01", "2025-12-01"),
    ("en_abs", "on 1 December", "2024-12-01", "2025-12-01"),
    ("en_abs", "on Dec 1st", "2024-12-01", "2025-12-01"),
    ("en_abs", "on December 1, 2025", "-", "2025-12-01"),
    ("en_abs", "on Jan. 5", "2025-01-05", "2026-01-05"),
    ("en_abs", "on January 5, 2026", "-", "2026-01-05"),
    ("en_abs", "on Nov. 20 last year", "2024-11-20", "-"),
    ("en_month", "in December", None, None),
    ("en_month", "in early December", None, None),
    ("en_month", "in 2026", "-", None),
    ("en_rel", "on Monday", "2025-11-24", "2025-12-01"),
    ("en_rel", "on Tuesday", "2025-11-25", "-"),
    ("en_rel", "on Friday", "2025-11-21", "2025-11-28"),
    ("en_rel", "Friday", "2025-11-21", "2025-11-28"),
    ("en_rel", "last Friday", "2025-11-21", "-"),
    ("en_rel", "this Monday", "2025-11-24", "-"),
    ("en_rel", "next Monday", "-", "2025-12-01"),
    ("en_rel", "yesterday", "2025-11-24", "-"),
    ("en_rel", "today", "2025-11-25", "2025-11-25"),
    ("en_rel", "tomorrow", "-", "2025-11-26"),
    ("en_rel", "two days ago", "2025-11-23", "-"),
    ("en_vague", "earlier this week", None, "-"),
    ("en_vague", "last month", None, "-"),
    ("en_vague", "last week", None, "-"),
    ("en_vague", "recently", None, "-"),
    ("en_vague", "next month", "-", None),
    ("en_vague", "later this year", "-", None),
    ("en_vague", "later this week", "-", None),
    ("en_abs", "on Monday, Nov. 24", "2025-11-24", "-"),
    ("en_abs", "Nov. 24", "2025-11-24", "-"),
    ("en_abs", "Dec. 1", "-", "2025-12-01"),
    ("en_rel", "this Friday", "-", "2025-11-28"),
    ("en_rel", "on Wednesday", "-", "2025-11-26"),
    ("en_deadline", "by Dec. 1", "-", "2025-12-01"),
    ("en_deadline", "no later than Dec. 1", "-", "2025-12-01"),
    ("en_deadline", "before Dec. 1", "-", "2025-12-01"),
]

# start markers under a future frame: the stated effective day is the date (no day of announcement)
EN_STARTS = [
    ("effective Dec. 1", "2025-12-01"),
    ("with effect from Dec. 1", "2025-12-01"),
    ("from Dec. 1", "2025-12-01"),
    ("from December 1", "2025-12-01"),
    ("starting Dec. 1", "2025-12-01"),
    ("starting on Dec. 1", "2025-12-01"),
    ("beginning Dec. 1", "2025-12-01"),
    ("beginning on Dec. 1", "2025-12-01"),
    ("as of Dec. 1", "2025-12-01"),
    ("from Monday", "2025-12-01"),
    ("starting Monday", "2025-12-01"),
    ("effective immediately", None),
    ("from next month", None),
    ("starting in December", None),
]

# windows under an act of suspension / extension: (phrase, date, until)
EN_WINDOW_FRAMES = [
    "The EU suspended its tariffs on U.S. goods {d}.",
    "The EU extended its suspension of tariffs on U.S. goods {d}.",
]
EN_WINDOWS = [
    ("until Feb. 28", None, "2026-02-28"),
    ("until February 28, 2026", None, "2026-02-28"),
    ("till Feb. 28", None, "2026-02-28"),
    ("through Feb. 28", None, "2026-02-28"),
    ("to Feb. 28", None, "2026-02-28"),
    ("until the end of February", None, "2026-02-28"),
    ("until the end of the year", None, "2025-12-31"),
    ("until February", None, None),
    ("for 90 days", None, None),
    ("for another six months", None, None),
    ("from Dec. 1 to Feb. 28", "2025-12-01", "2026-02-28"),
    ("from Dec. 1 until Feb. 28", "2025-12-01", "2026-02-28"),
    ("between Dec. 1 and Feb. 28", "2025-12-01", "2026-02-28"),
    ("on Monday until Feb. 28", "2025-11-24", "2026-02-28"),
    ("for 90 days starting Dec. 1", "2025-12-01", None),
]

# --- Chinese frames (Simplified and Traditional) ---------------------------------------------------------
ZH_PAST = [
    "商务部{d}宣布对镓实施出口管制。",
    "商務部{d}宣布對鎵實施出口管制。",
]
ZH_FUTURE = [
    "商务部将于{d}对镓实施出口管制。",
    "商務部將於{d}對鎵實施出口管制。",
]
ZH_FORMS = [
    ("zh_abs", "11月20日", "2025-11-20", "-"),
    ("zh_abs", "2025年11月20日", "2025-11-20", "-"),
    ("zh_abs", "１１月２０日", "2025-11-20", "-"),
    ("zh_abs", "本月20日", "2025-11-20", "-"),
    ("zh_abs", "20日", "2025-11-20", "-"),
    ("zh_abs", "12月1日", "-", "2025-12-01"),
    ("zh_abs", "2025年12月1日", "-", "2025-12-01"),
    ("zh_abs", "１２月１日", "-", "2025-12-01"),
    ("zh_abs", "下月1日", "-", "2025-12-01"),
    ("zh_abs", "明年1月5日", "-", "2026-01-05"),
    ("zh_abs", "上月20日", "2025-10-20", "-"),
    ("zh_rel", "昨天", "2025-11-24", "-"),
    ("zh_rel", "昨日", "2025-11-24", "-"),
    ("zh_rel", "今天", "2025-11-25", "2025-11-25"),
    ("zh_rel", "今日", "2025-11-25", "2025-11-25"),
    ("zh_rel", "周一", "2025-11-24", "2025-12-01"),
    ("zh_rel", "週一", "2025-11-24", "2025-12-01"),
    ("zh_rel", "上周五", "2025-11-21", "-"),
    ("zh_rel", "上週五", "2025-11-21", "-"),
    ("zh_rel", "星期一", "2025-11-24", "-"),
    ("zh_rel", "下周一", "-", "2025-12-01"),
    ("zh_rel", "下週一", "-", "2025-12-01"),
    ("zh_rel", "明天", "-", "2025-11-26"),
    ("zh_paren", "今（25）日", "2025-11-25", "-"),
    ("zh_paren", "今(25)日", "2025-11-25", "-"),
    ("zh_paren", "昨（24）日", "2025-11-24", "-"),
    ("zh_paren", "昨(24)日", "2025-11-24", "-"),
    ("zh_paren", "週一（24日）", "2025-11-24", "-"),
    ("zh_minguo", "114年11月20日", "2025-11-20", "-"),
    ("zh_minguo", "民國114年11月20日", "2025-11-20", "-"),
    ("zh_minguo", "114年12月1日", "-", "2025-12-01"),
    ("zh_vague", "日前", None, "-"),
    ("zh_vague", "近日", None, "-"),
    ("zh_vague", "上月", None, "-"),
    ("zh_vague", "本周早些时候", None, "-"),
    ("zh_vague", "12月", "-", None),
    ("zh_vague", "下月", "-", None),
    ("zh_vague", "本周晚些时候", "-", None),
    ("zh_rel", "本周五", "-", "2025-11-28"),
    ("zh_rel", "周三", "-", "2025-11-26"),
    ("zh_paren", "11月24日（周一）", "2025-11-24", "-"),
    ("zh_paren", "24日（週一）", "2025-11-24", "-"),
    ("zh_deadline", "12月1日前", "-", "2025-12-01"),
]

# start markers: the whole clause, Simplified and Traditional: (class, sentence, date, until)
ZH_STARTS: list[Row] = [
    ("zh_start", "商务部决定自12月1日起对镓实施出口管制。", "2025-12-01", None),
    ("zh_start", "商務部決定自12月1日起對鎵實施出口管制。", "2025-12-01", None),
    ("zh_start", "商务部决定，12月1日起对镓实施出口管制。", "2025-12-01", None),
    ("zh_start", "商务部决定对镓实施出口管制，自2025年12月1日起施行。", "2025-12-01", None),
    ("zh_start", "商務部決定對鎵實施出口管制，自2025年12月1日起施行。", "2025-12-01", None),
    ("zh_start", "商务部决定对镓实施出口管制，自下月1日起实施。", "2025-12-01", None),
    ("zh_start", "商务部决定对镓实施出口管制，即日起实施。", "2025-11-25", None),
    ("zh_start", "商務部決定對鎵實施出口管制，即日起實施。", "2025-11-25", None),
    ("zh_start", "商务部决定对镓实施出口管制，本公告自发布之日起实施。", None, None),
    ("zh_start", "商务部决定自下周一起对镓实施出口管制。", "2025-12-01", None),
    ("zh_start", "商務部決定自下週一起對鎵實施出口管制。", "2025-12-01", None),
    ("zh_start", "商务部决定对镓实施出口管制，12月起实施。", None, None),
    ("zh_window", "国务院关税税则委员会决定暂停对美加征关税至2026年2月28日。", None, "2026-02-28"),
    ("zh_window", "國務院關稅稅則委員會決定暫停對美加徵關稅至2026年2月28日。", None, "2026-02-28"),
    ("zh_window", "国务院关税税则委员会决定暂停对美加征关税，至2026年2月28日止。", None, "2026-02-28"),
    ("zh_window", "国务院关税税则委员会决定暂停对美加征关税，截至2026年2月28日。", None, "2026-02-28"),
    ("zh_window", "国务院关税税则委员会决定暂停对美加征关税，为期90天。", None, None),
    ("zh_window", "國務院關稅稅則委員會決定暫停對美加徵關稅，為期90天。", None, None),
    ("zh_window", "国务院关税税则委员会决定自12月1日起暂停对美加征关税，为期90天。", "2025-12-01", None),
    (
        "zh_window",
        "国务院关税税则委员会决定自12月1日起至2026年2月28日止暂停对美加征关税。",
        "2025-12-01",
        "2026-02-28",
    ),
    ("zh_window", "国务院关税税则委员会决定暂停对美加征关税，有效期至2026年2月28日。", None, "2026-02-28"),
    ("zh_window", "国务院关税税则委员会决定暂停对美加征关税至明年2月底。", None, "2026-02-28"),
]

# which clause the day belongs to: act verb, saying verb, effective clause, relative clause, dateline, headline
CLAUSE_ROWS: list[Row] = [
    ("clause_say", "China imposed export controls on gallium in July, the ministry said on Monday.", None, None),
    ("clause_say", "China has imposed export controls on gallium, the ministry said on Monday.", None, None),
    ("clause_say", "China will impose export controls on gallium, the ministry said on Monday.", "2025-11-24", None),
    (
        "clause_say",
        "The ministry said on Monday that China will impose export controls on gallium.",
        "2025-11-24",
        None,
    ),
    ("clause_say", "China said on Monday it will impose export controls on gallium from Dec. 1.", "2025-11-24", None),
    ("clause_say", "商务部周一表示，将自12月1日起对镓实施出口管制。", "2025-11-24", None),
    ("clause_say", "商務部週一表示，將自12月1日起對鎵實施出口管制。", "2025-11-24", None),
    ("clause_say", "商务部7月对镓实施出口管制，商务部发言人周一表示。", None, None),
    ("clause_eff", "China on Monday announced export controls on gallium, effective Dec. 1.", "2025-11-24", None),
    ("clause_eff", "China announced export controls on gallium, effective Dec. 1.", "2025-12-01", None),
    ("clause_eff", "China announced export controls on gallium that take effect on Dec. 1.", "2025-12-01", None),
    (
        "clause_eff",
        "China announced export controls on gallium, which will come into force on Dec. 1.",
        "2025-12-01",
        None,
    ),
    ("clause_eff", "China's export controls on gallium will take effect on Dec. 1.", "2025-12-01", None),
    ("clause_eff", "China's export controls on gallium took effect on Nov. 20.", "2025-11-20", None),
    ("clause_eff", "商务部宣布对镓实施出口管制，该措施将于12月1日生效。", "2025-12-01", None),
    (
        "clause_rel",
        "China imposed export controls on gallium, which the U.S. had restricted on Nov. 20.",
        None,
        None,
    ),
    (
        "clause_rel",
        "China imposed export controls on gallium on Monday, after talks that ended on Nov. 20.",
        "2025-11-24",
        None,
    ),
    ("clause_rel", "China imposed export controls on gallium after talks ended on Nov. 20.", None, None),
    ("clause_rel", "商务部在11月20日结束的谈判后对镓实施出口管制。", None, None),
    (
        "clause_dateline",
        "BEIJING, Nov. 24 (Reuters) - China imposed export controls on gallium on Monday.",
        "2025-11-24",
        None,
    ),
    (
        "clause_dateline",
        "BEIJING, Nov. 24 (Reuters) - China said it will impose export controls on gallium.",
        None,
        None,
    ),
    ("clause_dateline", "（中央社記者陳家倫台北24日電）經濟部今天宣布對南非實施晶片出口管制。", "2025-11-24", None),
    ("clause_dateline", "（中央社記者陳家倫台北24日電）經濟部宣布對南非實施晶片出口管制。", None, None),
]
# further classes (datelines without a city, fronted and passive days, sources, clock times, Taiwan and
# mainland saying forms, windows): (class, sentence, date, until)
MORE_ROWS: list[Row] = [
    (
        "dl",
        "WASHINGTON (Reuters) - The United States on Monday added 20 Chinese firms to its entity list.",
        "2025-11-24",
        None,
    ),
    ("dl", "Nov 24 (Reuters) - The United States today added 20 Chinese firms to its entity list.", "2025-11-24", None),
    (
        "dl",
        "LONDON, Nov. 24, 2025 /PRNewswire/ -- The United Kingdom today imposed sanctions on 20 Russian firms.",
        "2025-11-24",
        None,
    ),
    (
        "dl",
        "WASHINGTON, 11/24/2025 - The United States today added 20 Chinese firms to its entity list.",
        "2025-11-24",
        None,
    ),
    (
        "dl",
        "BRUSSELS, 24 November 2025 - The EU today imposed anti-dumping duties on Chinese steel.",
        "2025-11-24",
        None,
    ),
    ("dl", "TOKYO, Nov 24 (Kyodo) -- Japan on Monday imposed export controls on chip equipment.", "2025-11-24", None),
    ("dl", "新华社北京11月24日电 商务部24日宣布对镓实施出口管制。", "2025-11-24", None),
    ("dl", "（中央社記者陳家倫台北24日電）經濟部24日宣布對南非實施晶片出口管制。", "2025-11-24", None),
    ("dl", "【中央社台北24日電】經濟部今天宣布對南非實施晶片出口管制。", "2025-11-24", None),
    ("front", "On Monday, China imposed export controls on gallium.", "2025-11-24", None),
    ("front", "Late on Monday, China imposed export controls on gallium.", "2025-11-24", None),
    ("front", "Early Tuesday, China imposed export controls on gallium.", "2025-11-25", None),
    ("front", "On Nov. 20, China imposed export controls on gallium.", "2025-11-20", None),
    ("front", "Monday night, China imposed export controls on gallium.", "2025-11-24", None),
    ("pass", "Export controls on gallium were imposed by China on Monday.", "2025-11-24", None),
    ("pass", "New export controls on gallium were announced by China on Monday.", "2025-11-24", None),
    ("nom", "China's decision on Monday to impose export controls on gallium rattled markets.", "2025-11-24", None),
    ("src", "China imposed export controls on gallium, according to a notice issued on Nov. 20.", "2025-11-20", None),
    ("src", "China imposed export controls on gallium in a notice dated Nov. 20.", "2025-11-20", None),
    (
        "src",
        "China imposed export controls on gallium, the commerce ministry said in a statement on Monday.",
        "2025-11-24",
        None,
    ),
    (
        "src",
        "China will impose export controls on gallium, the ministry said in a statement on Monday.",
        "2025-11-24",
        None,
    ),
    ("time", "China imposed export controls on gallium on Monday local time.", "2025-11-24", None),
    ("time", "China imposed export controls on gallium overnight.", None, None),
    ("time", "China imposed export controls on gallium on the 24th.", "2025-11-24", None),
    ("start", "China will impose export controls on gallium as from 1 December 2025.", "2025-12-01", None),
    ("start", "China will impose export controls on gallium from the 1st of December.", "2025-12-01", None),
    ("start", "China will impose export controls on gallium on or after Dec. 1.", "2025-12-01", None),
    ("start", "China will impose export controls on gallium effective upon publication.", None, None),
    ("start", "China will impose export controls on gallium with immediate effect.", None, None),
    ("start", "China imposed export controls on gallium on Monday with immediate effect.", "2025-11-24", None),
    ("zhsay", "商务部新闻发言人周一在例行发布会上表示，将对镓实施出口管制。", "2025-11-24", None),
    ("zhsay", "据商务部网站消息，商务部周一发布公告，对镓实施出口管制。", "2025-11-24", None),
    ("zhsay", "商务部在11月20日发布的公告中宣布对镓实施出口管制。", "2025-11-20", None),
    ("zhsay", "商务部、海关总署11月20日联合发布公告，对镓实施出口管制。", "2025-11-20", None),
    ("zhsay", "11月20日，商务部发布公告，对镓实施出口管制。", "2025-11-20", None),
    ("zhsay", "商务部于11月20日发布公告，对镓实施出口管制。", "2025-11-20", None),
    ("zhsay", "日前，商务部发布公告，对镓实施出口管制。", None, None),
    ("zhstart", "商务部决定从12月1日开始对镓实施出口管制。", "2025-12-01", None),
    ("zhstart", "商务部决定对镓实施出口管制，12月1日开始实施。", "2025-12-01", None),
    ("zhstart", "商務部決定對鎵實施出口管制，12月1日起實施。", "2025-12-01", None),
    ("zhstart", "商務部決定對鎵實施出口管制，即日起生效。", "2025-11-25", None),
    ("zhstart", "商务部将于本月底对镓实施出口管制。", "2025-11-30", None),
    ("zhstart", "商务部将于这周五对镓实施出口管制。", "2025-11-28", None),
    ("zhstart", "商务部将于下周对镓实施出口管制。", None, None),
    ("zhstart", "商务部决定对镓实施出口管制，有效期三年。", None, None),
    ("tw", "經濟部今天（25日）宣布對南非實施晶片出口管制。", "2025-11-25", None),
    ("tw", "經濟部25日宣布對南非實施晶片出口管制。", "2025-11-25", None),
    ("tw", "經濟部於今（25）日公告對南非實施晶片出口管制。", "2025-11-25", None),
    ("tw", "經濟部今（25日）宣布對南非實施晶片出口管制。", "2025-11-25", None),
    ("tw", "經濟部國貿署24日公告，對南非實施晶片出口管制，自即日起生效。", "2025-11-24", None),
    ("tw", "經濟部昨（24）日晚間宣布對南非實施晶片出口管制。", "2025-11-24", None),
    ("tw", "美國商務部當地時間24日宣布將20家中國企業列入實體清單。", "2025-11-24", None),
    ("tw", "美國商務部美東時間24日宣布將20家中國企業列入實體清單。", "2025-11-24", None),
    ("tw", "美國商務部台灣時間25日凌晨宣布將20家中國企業列入實體清單。", "2025-11-25", None),
    ("zhwin", "国务院关税税则委员会决定，自12月1日起，暂停对美加征关税一年。", "2025-12-01", None),
    ("zhwin", "國務院關稅稅則委員會決定，自12月1日起，暫停對美加徵關稅至2026年11月30日。", "2025-12-01", "2026-11-30"),
    ("zhwin", "国务院关税税则委员会决定暂停对美加征关税，有效期至今年年底。", None, "2025-12-31"),
    ("zhwin", "国务院关税税则委员会决定暂停对美加征关税，直至2026年2月28日。", None, "2026-02-28"),
    ("zhwin", "国务院关税税则委员会决定暂停对美加征关税，到2026年2月28日为止。", None, "2026-02-28"),
    ("enwin", "The EU suspended its tariffs on U.S. goods until further notice.", None, None),
    (
        "enwin",
        "The EU suspended its tariffs on U.S. goods, with the suspension valid until Feb. 28.",
        None,
        "2026-02-28",
    ),
    ("enwin", "The EU suspended its tariffs on U.S. goods for 90 days, until Feb. 23.", None, "2026-02-23"),
    ("enwin", "The EU suspended its tariffs on U.S. goods until Feb. 28, 2026.", None, "2026-02-28"),
    ("enwin", "The EU suspended its tariffs on U.S. goods up to Feb. 28.", None, "2026-02-28"),
    (
        "enwin",
        "The EU suspended its tariffs on U.S. goods on Monday, with the pause expiring on Feb. 28.",
        "2025-11-24",
        "2026-02-28",
    ),
    (
        "enwin",
        "The EU's suspension of tariffs on U.S. goods, which expires on Feb. 28, was extended on Monday until May 31.",
        "2025-11-24",
        "2026-05-31",
    ),
]


# articles of several sentences: the date China's (or Taiwan's) export control takes, by where its day is told;
# market_day: the day of a market move before the act is no day of the news (rows "bg_only", "market")
ARTICLES = [
    (
        "notice_subj",
        "China's commerce ministry issued a notice on Monday. The notice imposes export controls on gallium.",
        "2025-11-24",
    ),
    (
        "notice_subj",
        "China's commerce ministry published new rules on Monday. Under the rules, exports of gallium will require a licence.",
        "2025-11-24",
    ),
    ("pron", "China imposed export controls on gallium. It announced the measures on Monday.", "2025-11-24"),
    ("later_eff", "China will impose export controls on gallium. The measures take effect on Dec. 1.", "2025-12-01"),
    (
        "later_eff",
        "China will impose export controls on gallium. The controls will come into force on Dec. 1.",
        "2025-12-01",
    ),
    ("later_pub", "China imposed export controls on gallium. The notice was published on Monday.", "2025-11-24"),
    (
        "statement",
        "China will impose export controls on gallium. The commerce ministry made the announcement in a statement on Monday.",
        "2025-11-24",
    ),
    (
        "lead_say",
        "China on Monday unveiled new trade measures. The commerce ministry will impose export controls on gallium, it said.",
        "2025-11-24",
    ),
    ("zh_notice", "商务部周一发布公告。公告称，对镓实施出口管制。", "2025-11-24"),
    ("zh_notice", "商务部周一发布2025年第61号公告，对镓实施出口管制。", "2025-11-24"),
    ("zh_notice", "商务部11月20日发布公告。根据公告，对镓实施出口管制。", "2025-11-20"),
    ("zh_notice", "商務部週一發布公告。公告指出，對鎵實施出口管制。", "2025-11-24"),
    ("zh_say", "商务部新闻发言人周一表示，中方决定对镓实施出口管制。", "2025-11-24"),
    ("zh_say", "商务部周一宣布，中方决定对镓实施出口管制。此举旨在维护国家安全。", "2025-11-24"),
    ("tw_lead", "經濟部今（25）日宣布新措施。經濟部表示，將對南非實施晶片出口管制。", "2025-11-25"),
    ("tw_lead", "經濟部國貿署今天公告，即日起對南非實施晶片出口管制。", "2025-11-25"),
    ("bg_only", "Gallium prices rose on Monday. China imposed export controls on gallium.", None),
    (
        "two_acts",
        "The U.S. added 20 Chinese firms to its entity list on Monday. China imposed export controls on gallium in response.",
        None,
    ),
    ("zh_bg", "镓价周一上涨。中国对镓实施出口管制。", None),
    ("dated_notice", "China imposed export controls on gallium in Notice No. 61 of Nov. 20.", "2025-11-20"),
    ("dated_notice", "商务部发布2025年11月20日第61号公告，对镓实施出口管制。", "2025-11-20"),
    (
        "eff_and_ann",
        "China on Monday imposed export controls on gallium. The controls take effect on Dec. 1.",
        "2025-11-24",
    ),
    ("eff_and_ann", "商务部周一宣布对镓实施出口管制。该措施自12月1日起实施。", "2025-11-24"),
    ("market", "Shares of chipmakers fell sharply on Monday. China imposed export controls on gallium.", None),
    ("market", "Gallium futures surged 10% on Monday. China imposed export controls on gallium.", None),
    ("market", "The yuan fell against the dollar on Monday. China imposed export controls on gallium.", None),
    ("market", "稀土概念股周一大涨。中国对镓实施出口管制。", None),
    ("market", "鎵價週一飆升。中國對鎵實施出口管制。", None),
    (
        "market",
        "China dropped its tariffs on barley on Monday. China imposed export controls on gallium.",
        "2025-11-24",
    ),
    (
        "market",
        "The commerce ministry said on Monday prices rose. China imposed export controls on gallium.",
        "2025-11-24",
    ),
]


# the window end (until) an act of suspension or extension takes, by where and how the end is told; duration_to
# ("by 90 days to Feb. 23"); 将于…到期 stays no end (c719de5: on dev it gave the end of a measure under review)
UNTIL_ROWS = [
    ("The U.S. on Monday extended the tariff pause on Chinese goods by 90 days to Feb. 23.", "2026-02-23"),
    ("The U.S. on Monday extended the tariff pause on Chinese goods for another 90 days, to Feb. 23.", "2026-02-23"),
    ("The U.S. on Monday suspended tariffs on Chinese goods for 90 days, a pause that ends on Feb. 23.", "2026-02-23"),
    ("The U.S. on Monday suspended tariffs on Chinese goods for 90 days, until Feb. 23.", "2026-02-23"),
    ("The U.S. on Monday suspended tariffs on Chinese goods, with the pause set to expire on Feb. 23.", "2026-02-23"),
    ("The U.S. on Monday suspended tariffs on Chinese goods. The suspension runs until Feb. 23.", "2026-02-23"),
    ("The U.S. on Monday suspended tariffs on Chinese goods. The pause will expire on Feb. 23.", "2026-02-23"),
    ("The U.S. on Monday suspended tariffs on Chinese goods. The suspension is valid through Feb. 23.", "2026-02-23"),
    (
        "The U.S. on Monday extended the tariff truce with China, which was due to expire on Dec. 1, until Feb. 23.",
        "2026-02-23",
    ),
    ("The U.S. on Monday extended until Feb. 23 the tariff pause on Chinese goods.", "2026-02-23"),
    ("The U.S. on Monday extended the deadline for tariffs on Chinese goods to Feb. 23.", "2026-02-23"),
    ("The U.S. on Monday suspended tariffs on Chinese goods until Feb. 23, 2026.", "2026-02-23"),
    ("The U.S. on Monday suspended tariffs on Chinese goods through the end of February.", "2026-02-28"),
    ("The U.S. on Monday suspended tariffs on Chinese goods until further notice.", None),
    ("The U.S. on Monday suspended tariffs on Chinese goods for one year.", None),
    ("The U.S. on Monday suspended tariffs on Chinese goods from Dec. 1 through Feb. 23.", "2026-02-23"),
    ("美国周一宣布暂停对中国商品加征关税90天，至2026年2月23日。", "2026-02-23"),
    ("美国周一宣布暂停对中国商品加征关税，暂停期至2026年2月23日。", "2026-02-23"),
    ("美国周一宣布将暂停对中国商品加征关税的期限延长至2026年2月23日。", "2026-02-23"),
    ("美国周一宣布暂停对中国商品加征关税。暂停期将于2026年2月23日到期。", "2026-02-23"),
    ("美國週一宣布暫停對中國商品加徵關稅，為期90天，至2026年2月23日止。", "2026-02-23"),
    ("美国周一宣布暂停对中国商品加征关税，有效期一年。", None),
    ("美国周一宣布暂停对中国商品加征关税，直到2026年2月23日。", "2026-02-23"),
    ("美国周一宣布延长对中国商品关税豁免期至明年2月23日。", "2026-02-23"),
    ("美国周一宣布延长对中国商品关税豁免期至2月23日。", "2026-02-23"),
]


# the window end of an imposition (until), in its own sentence or a later one; measure_window: a later sentence
# opening with a definite noun of the measure ("The ban", 该禁令) gives its end to the act of that type
IMPOSED_UNTIL = [
    ("India on Monday banned exports of onions until March 31.", "2026-03-31"),
    ("India on Monday banned exports of onions till March 31, 2026.", "2026-03-31"),
    ("India on Monday banned exports of onions through March 31.", "2026-03-31"),
    ("India on Monday banned onion exports from Dec. 1 to March 31.", "2026-03-31"),
    ("India on Monday imposed a ban on onion exports, effective until March 31.", "2026-03-31"),
    ("India on Monday imposed a ban on onion exports that will remain in force until March 31.", "2026-03-31"),
    ("India on Monday imposed a ban on onion exports, which will last until March 31.", "2026-03-31"),
    ("India on Monday banned onion exports. The ban will remain in place until March 31.", "2026-03-31"),
    ("India on Monday banned onion exports. The ban is valid until March 31.", "2026-03-31"),
    ("India on Monday banned onion exports. The ban will be in force till March 31.", "2026-03-31"),
    ("India on Monday banned onion exports. The ban will be in effect from Dec. 1 to March 31.", "2026-03-31"),
    ("India on Monday banned onion exports until further orders.", None),
    ("India on Monday banned onion exports for six months.", None),
    (
        "The EU on Monday imposed provisional anti-dumping duties on Chinese steel for six months, until May 24.",
        "2026-05-24",
    ),
    ("The EU on Monday imposed anti-dumping duties on Chinese steel, which will apply until May 24.", "2026-05-24"),
    ("印度周一宣布禁止洋葱出口，禁令持续至2026年3月31日。", "2026-03-31"),
    ("印度周一宣布禁止洋葱出口至2026年3月31日。", "2026-03-31"),
    ("印度周一宣布禁止洋葱出口，有效期至2026年3月31日。", "2026-03-31"),
    ("印度周一宣布禁止洋葱出口。该禁令有效期至2026年3月31日。", "2026-03-31"),
    ("印度周一宣布禁止洋葱出口。禁令将持续到明年3月31日。", "2026-03-31"),
    ("印度周一宣布，自12月1日至2026年3月31日禁止洋葱出口。", "2026-03-31"),
    (
        "商务部周一宣布，对原产于美国的进口丙酸征收反倾销税，实施期限为5年，自2025年11月25日起至2030年11月24日止。",
        "2030-11-24",
    ),
    ("商务部周一宣布对原产于美国的进口丙酸征收反倾销税，征税期限自2025年11月25日起5年。", None),
    (
        "India on Monday banned onion exports. Separately, Pakistan's ban on wheat exports will remain until March 31.",
        None,
    ),
    ("India on Monday banned onion exports. Tariffs on steel will remain until March 31.", None),
    ("India on Monday banned onion exports. The duties on steel will remain in place until March 31.", None),
    ("印度周一宣布禁止洋葱出口。钢铁关税有效期至2026年3月31日。", None),
]


# month_start: a start with no day ("from June 2026", 自2026年6月起) is no time of the act, so the day the
# measure was announced dates it; 宣布了这一决定: the verb before a demonstrative noun of the act names the announcement
MONTH_STARTS = [
    (
        "Indonesia will ban bauxite exports from June 2026. President Joko Widodo said on Monday the ban would "
        "help processing.",
        "2025-11-24",
    ),
    (
        "Indonesia will ban bauxite exports starting in June 2026. The government said on Monday the decision aims "
        "to help processing.",
        "2025-11-24",
    ),
    (
        "Indonesia has announced a ban on bauxite exports starting in June 2026. President Joko Widodo made the "
        "announcement on Monday.",
        "2025-11-24",
    ),
    ("Indonesia will ban bauxite exports from June 2026, President Joko Widodo said on Monday.", "2025-11-24"),
    ("Indonesia on Monday announced a ban on bauxite exports from June 2026.", "2025-11-24"),
    ("Indonesia will ban bauxite exports from June 2026.", None),
    ("印尼政府宣布，自2026年6月起禁止铝土矿出口。印尼总统佐科周一在雅加达宣布了这一决定。", "2025-11-24"),
    ("印尼政府宣布禁止铝土矿出口。印尼总统佐科周一在雅加达宣布了这一决定。", "2025-11-24"),
    ("印尼政府宣布，自2026年6月起禁止铝土矿出口。印尼总统佐科周一表示，这一禁令将促进加工业。", "2025-11-24"),
    ("印尼政府宣布，自2026年6月起禁止铝土矿出口。", None),
    ("印尼政府宣布，自2026年6月起禁止铝土矿出口。铝价周一上涨。", None),
    ("Indonesia banned bauxite exports in June 2023. Aluminium prices rose on Monday.", None),
]


# which clause a day of reporting or of a participle belongs to: (sentence, China's date); spoken_day: a weekday or
# relative day before 报道 is a report's day, no dateline (新华社周一报道)
REPORTED = [
    ("China's export controls on gallium, announced on Monday, cover 20 items.", "2025-11-24"),
    ("China's export controls on gallium, which were announced on Monday, cover 20 items.", "2025-11-24"),
    ("China's export controls on gallium, introduced last week, cover 20 items.", None),
    ("China's export controls on gallium, unveiled Monday, cover 20 items.", "2025-11-24"),
    ("China's Monday announcement of export controls on gallium rattled markets.", "2025-11-24"),
    ("中国周一宣布的镓出口管制措施涵盖20个物项。", "2025-11-24"),
    ("中国11月20日宣布的镓出口管制措施涵盖20个物项。", "2025-11-20"),
    ("中国上周宣布的镓出口管制措施涵盖20个物项。", None),
    ("China has imposed export controls on gallium, the ministry said on Monday.", None),
    ("China imposed export controls on gallium, the ministry said on Monday.", "2025-11-24"),
    ("China has imposed export controls on gallium, the ministry announced on Monday.", "2025-11-24"),
    ("China has imposed export controls on gallium, state media reported on Monday.", None),
    ("China imposed export controls on gallium, state media reported on Monday.", "2025-11-24"),
    ("According to a statement on Monday, China imposed export controls on gallium.", "2025-11-24"),
    ("In a statement on Monday, China's commerce ministry imposed export controls on gallium.", "2025-11-24"),
    ("Xinhua reported on Monday that China imposed export controls on gallium.", "2025-11-24"),
    ("据新华社周一报道，中国对镓实施出口管制。", "2025-11-24"),
    ("新华社周一报道，中国对镓实施出口管制。", "2025-11-24"),
    ("新華社週一報導，中國對鎵實施出口管制。", "2025-11-24"),
    ("据路透社昨天报道，中国对镓实施出口管制。", "2025-11-24"),
    ("据新华社报道，中国周一对镓实施出口管制。", "2025-11-24"),
    ("据商务部网站周一消息，中国对镓实施出口管制。", "2025-11-24"),
]


# instrument_day: a sentence referring back to the instrument ("Under the rules", "The notice also", 根据公告, 公告还规定)
# states a part of it, dated by the instrument's day however far back; without the reference, a distant act is not
_FILLER = (
    "The decision follows months of talks. Officials declined to comment further. Analysts expect more curbs. "
    "Traders were surprised. "
)
_ZH_FILLER = "市场反应平淡。分析人士表示影响有限。业内人士认为供应充足。交易员感到意外。"
_EN_LEAD = "China's commerce ministry on Monday imposed export controls on gallium. " + _FILLER
_ZH_LEAD = "商务部周一发布公告，对镓实施出口管制。" + _ZH_FILLER
INSTRUMENTS = [
    (_EN_LEAD + "Under the rules, China also bans exports of graphite to the United States.", "2025-11-24"),
    (_EN_LEAD + "The notice also bans exports of graphite to the United States.", "2025-11-24"),
    (_EN_LEAD + "According to the notice, China bans exports of graphite to the United States.", "2025-11-24"),
    (_EN_LEAD + "China also bans exports of graphite to the United States.", None),
    (_ZH_LEAD + "根据公告，石墨不得出口至美国。", "2025-11-24"),
    (_ZH_LEAD + "公告还规定，禁止向美国出口石墨。", "2025-11-24"),
    ("商務部週一發布公告，對鎵實施出口管制。" + _ZH_FILLER + "根據公告，禁止向美國出口石墨。", "2025-11-24"),
    (_ZH_LEAD + "按照上述规定，禁止向美国出口石墨。", "2025-11-24"),
    (_ZH_LEAD + "中国禁止向美国出口石墨。", None),
    ("商务部7月发布公告，对镓实施出口管制。" + _ZH_FILLER + "根据公告，石墨不得出口至美国。", None),
]


# deadline_end: a deadline at the end of a month or year ("by the end of the year", 月底前) is its last day, while a
# month-only deadline ("by December", 12月前) writes no day (month_deadline: the contract's month-only dates are
# null); a weekday or relative day ("by Friday", 下周五前) is that day, never the month's first: (sentence, date)
DEADLINES = [
    ("China will impose export controls on gallium by the end of the year.", "2025-12-31"),
    ("China will impose export controls on gallium by the end of the month.", "2025-11-30"),
    ("China will impose export controls on gallium before the end of 2025.", "2025-12-31"),
    ("China will impose export controls on gallium by year-end.", "2025-12-31"),
    ("China will impose export controls on gallium by the end of December.", "2025-12-31"),
    ("China will impose export controls on gallium by end-December.", "2025-12-31"),
    ("商务部将于年底前对镓实施出口管制。", "2025-12-31"),
    ("商务部将于月底前对镓实施出口管制。", "2025-11-30"),
    ("商务部将于12月底前对镓实施出口管制。", "2025-12-31"),
    ("商務部將於年底前對鎵實施出口管制。", "2025-12-31"),
    ("商务部将于12月1日前对镓实施出口管制。", "2025-12-01"),
    ("China will impose export controls on gallium by December.", None),
    ("China will impose export controls on gallium before March.", None),
    ("China will impose export controls on gallium no later than January 2026.", None),
    ("商务部将于12月前对镓实施出口管制。", None),
    ("商務部將於明年3月之前對鎵實施出口管制。", None),
    ("China will impose export controls on gallium by Friday.", "2025-11-28"),
    ("China will impose export controls on gallium by tomorrow.", "2025-11-26"),
    ("China will impose export controls on gallium by next Monday.", "2025-12-01"),
    ("商务部将于下周五前对镓实施出口管制。", "2025-12-05"),
    ("商務部將於週五前對鎵實施出口管制。", "2025-11-28"),
    ("China will impose export controls on gallium in the coming days.", None),
    ("China will impose export controls on gallium within 30 days.", None),
    ("商务部将在30天内对镓实施出口管制。", None),
]


# Taiwan style: 今（25）日 / 昨(24)日 between actor and verb; the actor must stay the agency's state
TW_ROWS = [
    # paren_month: 本（11）月 / 下(12)月 / 上（10）月, the month glossed by its number
    ("經濟部宣布，自下（12）月1日起對南非實施晶片出口管制。", "TWN", "2025-12-01"),
    ("經濟部本（11）月20日宣布對南非實施晶片出口管制。", "TWN", "2025-11-20"),
    ("經濟部上（10）月20日宣布對南非實施晶片出口管制。", "TWN", "2025-10-20"),
    ("經濟部上(10)月底宣布對南非實施晶片出口管制。", "TWN", "2025-10-31"),
    ("經濟部宣布，明（26）日起對南非實施晶片出口管制。", "TWN", "2025-11-26"),
    ("經濟部宣布，自今(25)日起對南非實施晶片出口管制。", "TWN", "2025-11-25"),
    ("經濟部宣布，自民國115年1月1日起對南非實施晶片出口管制。", "TWN", "2026-01-01"),
    ("經濟部今（25）日宣布對南非實施晶片出口管制。", "TWN", "2025-11-25"),
    ("經濟部昨(24)日宣布對南非實施晶片出口管制。", "TWN", "2025-11-24"),
    ("經濟部國際貿易署今（25）日公告，對南非實施晶片出口管制。", "TWN", "2025-11-25"),
    ("行政院今（25）日通過對南非晶片出口管制措施。", "TWN", "2025-11-25"),
    ("財政部今(25)日宣布對中國大陸鋼品課徵反傾銷稅。", "TWN", "2025-11-25"),
    ("經濟部今（25）日宣布，自12月1日起對南非實施晶片出口管制。", "TWN", "2025-11-25"),
    ("經濟部114年11月20日公告對南非實施晶片出口管制。", "TWN", "2025-11-20"),
]


# a day told by reference to the day of an earlier act: (sentences, {main actor: date})
SEQUENCES = [
    (
        "The U.S. imposed tariffs on Chinese drones on Monday. The following day, China added 20 U.S. firms to its "
        "unreliable entity list.",
        {"USA": "2025-11-24", "CHN": "2025-11-25"},
    ),
    (
        "The U.S. imposed tariffs on Chinese drones on Monday. A day later, China added 20 U.S. firms to its "
        "unreliable entity list.",
        {"USA": "2025-11-24", "CHN": "2025-11-25"},
    ),
    (
        "The U.S. imposed tariffs on Chinese drones on Monday. The next day, China added 20 U.S. firms to its "
        "unreliable entity list.",
        {"USA": "2025-11-24", "CHN": "2025-11-25"},
    ),
    (
        "The U.S. imposed tariffs on Chinese drones on Monday. On the same day, China added 20 U.S. firms to its "
        "unreliable entity list.",
        {"USA": "2025-11-24", "CHN": "2025-11-24"},
    ),
    (
        "The U.S. imposed tariffs on Chinese drones on Monday. China added 20 U.S. firms to its unreliable entity "
        "list the following day.",
        {"USA": "2025-11-24", "CHN": "2025-11-25"},
    ),
    (
        "美国周一宣布对中国无人机加征关税。次日，商务部将20家美国企业列入不可靠实体清单。",
        {"USA": "2025-11-24", "CHN": "2025-11-25"},
    ),
    (
        "美国周一宣布对中国无人机加征关税。翌日，商务部将20家美国企业列入不可靠实体清单。",
        {"USA": "2025-11-24", "CHN": "2025-11-25"},
    ),
    (
        "美國週一宣布對中國無人機加徵關稅。隔天，商務部將20家美國企業列入不可靠實體清單。",
        {"USA": "2025-11-24", "CHN": "2025-11-25"},
    ),
    (
        "美国周一宣布对中国无人机加征关税。同日，商务部将20家美国企业列入不可靠实体清单。",
        {"USA": "2025-11-24", "CHN": "2025-11-24"},
    ),
    (
        "美国周一宣布对中国无人机加征关税。当天，商务部将20家美国企业列入不可靠实体清单。",
        {"USA": "2025-11-24", "CHN": "2025-11-24"},
    ),
]

# a headline's day dates the measure its lead restates without one: (title, body, date)
HEADLINES = [
    ("China to curb gallium exports from Dec. 1", "China will impose export controls on gallium.", "2025-12-01"),
    ("China curbs gallium exports on Monday", "China imposed export controls on gallium.", "2025-11-24"),
    ("商务部：12月1日起对镓实施出口管制", "商务部宣布对镓实施出口管制。", "2025-12-01"),
    ("商務部：12月1日起對鎵實施出口管制", "商務部宣布對鎵實施出口管制。", "2025-12-01"),
    ("China to curb gallium exports", "China will impose export controls on gallium.", None),
]


def _framed(frames: list[str], forms: list[tuple[str, str, str | None, str | None]], tense: int) -> list[Row]:
    """Every form that fits the tense (index 2 past, 3 future), in every frame of that tense."""
    return [
        (cls, frame.format(d=phrase), form[tense], None)
        for frame in frames
        for form in forms
        for cls, phrase in [form[:2]]
        if form[tense] != "-"
    ]


ROWS: list[Row] = (
    _framed(EN_PAST, EN_FORMS, 2)
    + _framed(EN_FUTURE, EN_FORMS, 3)
    + [("en_start", f.format(d=p), day, None) for f in EN_FUTURE for p, day in EN_STARTS]
    + [("en_window", f.format(d=p), day, end) for f in EN_WINDOW_FRAMES for p, day, end in EN_WINDOWS]
    + _framed(ZH_PAST, ZH_FORMS, 2)
    + _framed(ZH_FUTURE, ZH_FORMS, 3)
    + ZH_STARTS
    + CLAUSE_ROWS
    + MORE_ROWS
)


# rows the code does not pass yet (each a class named in the report of issue 11); strict: a fix must remove its row
GAPS = {
    # the act's noun in a subject with a relative clause, its passive verb dated: "…, was extended on Monday"
    "The EU's suspension of tariffs on U.S. goods, which expires on Feb. 28, was extended on Monday until May 31.",
    "商务部在11月20日结束的谈判后对镓实施出口管制。",  # no event: the act after a 在…后 clause is not found
    "行政院今（25）日通過對南非晶片出口管制措施。",  # no event: 通過…措施 (adopting a measure) is no trigger
    "財政部今(25)日宣布對中國大陸鋼品課徵反傾銷稅。",  # actor: 財政部 without a state is taken as China's
}


def _marks(sentence: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason="known gap")] if sentence in GAPS else []


def outcome(sentence: str) -> list[tuple[str | None, str | None]]:
    """``(date, until)`` of every event the pipeline extracts from ``sentence``."""
    return [(e.date, e.until) for e in rule_events(sentence)]


@pytest.mark.parametrize(
    ("cls", "sentence", "date", "until"),
    [pytest.param(*r, marks=_marks(r[1]), id=f"{r[0]}:{r[1][:60]}") for r in ROWS],
)
def test_date_matrix(cls: str, sentence: str, date: str | None, until: str | None) -> None:
    assert outcome(sentence) == [(date, until)]


@pytest.mark.parametrize(
    ("sentence", "actor", "date"), [pytest.param(*r, marks=_marks(r[0]), id=r[0][:30]) for r in TW_ROWS]
)
def test_taiwan_paren_day(sentence: str, actor: str, date: str) -> None:
    assert [(e.actors[0], e.date) for e in rule_events(sentence)] == [(actor, date)]


@pytest.mark.parametrize(("body", "days"), [pytest.param(*r, marks=_marks(r[0]), id=r[0][:60]) for r in SEQUENCES])
def test_day_sequence(body: str, days: dict[str, str | None]) -> None:
    assert {e.actors[0]: e.date for e in rule_events(body)} == days


@pytest.mark.parametrize(("title", "body", "date"), HEADLINES, ids=[t for t, _, _ in HEADLINES])
def test_headline_day(title: str, body: str, date: str | None) -> None:
    assert [e.date for e in rule_events(body, title=title)] == [date]


@pytest.mark.parametrize(("cls", "body", "date"), ARTICLES, ids=[f"{c}:{b[:50]}" for c, b, _ in ARTICLES])
def test_article_day(cls: str, body: str, date: str | None) -> None:
    controls = {e.date for e in rule_events(body) if e.type == "EXPORT_CONTROL" and e.actors[0] in ("CHN", "TWN")}
    assert controls == {date}


@pytest.mark.parametrize(("body", "until"), [pytest.param(*r, marks=_marks(r[0]), id=r[0][:60]) for r in UNTIL_ROWS])
def test_until_matrix(body: str, until: str | None) -> None:
    assert [e.until for e in rule_events(body)] == [until]


@pytest.mark.parametrize(("body", "until"), IMPOSED_UNTIL, ids=[b[:60] for b, _ in IMPOSED_UNTIL])
def test_imposed_until(body: str, until: str | None) -> None:
    main = [e.until for e in rule_events(body) if e.actors[0] in ("IND", "EU", "CHN")]
    assert main == [until]


@pytest.mark.parametrize(("body", "date"), MONTH_STARTS, ids=[b[:60] for b, _ in MONTH_STARTS])
def test_month_start(body: str, date: str | None) -> None:
    assert [e.date for e in rule_events(body) if e.actors[0] == "IDN"] == [date]


@pytest.mark.parametrize(("body", "date"), REPORTED, ids=[b[:60] for b, _ in REPORTED])
def test_reported_day(body: str, date: str | None) -> None:
    assert [e.date for e in rule_events(body) if e.actors[0] == "CHN"] == [date]


@pytest.mark.parametrize(("body", "date"), INSTRUMENTS, ids=[b[-40:] for b, _ in INSTRUMENTS])
def test_instrument_day(body: str, date: str | None) -> None:
    assert [e.date for e in rule_events(body) if e.actors[0] == "CHN" and e.type == "EXPORT_BAN"] == [date]


@pytest.mark.parametrize(("body", "date"), DEADLINES, ids=[b[:60] for b, _ in DEADLINES])
def test_deadline_day(body: str, date: str | None) -> None:
    assert [e.date for e in rule_events(body)] == [date]
