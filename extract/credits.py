"""Outlet credits are not entities: "(Reuters) -", 新华社北京5月31日电, "Pool | Reuters".

The labelling conventions (docs/events-format.md) count a news agency only when
the article *cites* it as a source ("Reuters reported", 据彭博社报道); the
publishing outlet's own credit, its dateline and photo credits are not entities,
nor is the outlet that published the article.  Which ids are news outlets is
data: the rows of ``gazetteer/entities/news.jsonl``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policykg.extract.models import Mention

# "(Reuters) -", "（路透社）": the outlet alone inside brackets
_OPEN = re.compile(r"[(（\[]\s*$")
_CLOSE = re.compile(r"^\s*[)）\]]")
# 新华社北京5月31日电, 据新华社电, 中新社香港电: a dispatch line ends in 电 within a few characters
_DISPATCH = re.compile(r"^[^，。,.\s、“”]{0,12}?电")
# 澎湃新闻记者从商务部获悉, 大纪元记者陈霆: the outlet's own reporter, a byline
_BYLINE = re.compile(r"^\s*(?:特约|驻\S{1,4})?记者")
# "Pool | Reuters", "Photo: AFP", 图/路透社, 来源：彭博, 图/达志影像美联社 (a picture agency before the outlet)
_PHOTO = re.compile(
    r"(?:\||(?i:photo|picture|image|source|credit)\s*[:/]|图片?\s*[:：/][^\s()（）/。，]{0,6}|来源\s*[:：])\s*$"
)
# "(Emmanuel Dunand/AFP/Getty Images)": a photo credit joins names by slashes inside brackets and names a
# picture agency; "(dpa/NAN)", "(UrduPoint News / Sputnik - ...)" cite the outlet as a source
_BRACKET_BEFORE = re.compile(r"[(（](?P<inner>[^()（）\n]{0,40})$")
_BRACKET_AFTER = re.compile(r"^(?P<inner>[^()（）\n]{0,30})[)）]")
_PICTURE_AGENCY = re.compile(r"(?i:images|photo)")


def is_credit(text: str, mention: Mention) -> bool:
    """True when ``mention`` (of a news outlet) stands in a credit, dateline or photo line."""
    before = text[max(0, mention.start - 20) : mention.start]
    after = text[mention.end : mention.end + 16]
    if _OPEN.search(before) and _CLOSE.match(after):
        return True
    if _photo_bracket(text, mention):
        return True
    return bool(_DISPATCH.match(after) or _PHOTO.search(before) or _BYLINE.match(after))


def _photo_bracket(text: str, mention: Mention) -> bool:
    """The outlet stands next to a slash in a bracketed photo credit ("(Name/AFP/Getty Images)")."""
    before = _BRACKET_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = _BRACKET_AFTER.match(text[mention.end : mention.end + 30])
    if before is None or after is None:
        return False
    inner_before, inner_after = before.group("inner").rstrip(), after.group("inner").lstrip()
    slash = inner_before.endswith("/") or inner_after.startswith("/")
    return slash and _PICTURE_AGENCY.search(inner_before + " " + inner_after) is not None


# dateline_place: 中评社北京9月18日电, 新华社华盛顿5月31日电, "WASHINGTON, May 15 (Reuters) -", "SEOUL, July 14 (Yonhap) --":
# the place a dispatch was filed from, between the outlet and the day (Chinese) or opening a line in capitals
_ZH_DISPATCH_PLACE_BEFORE = re.compile(r"(?:社|网|台|报|电视|新闻)\s*$")
_ZH_DISPATCH_PLACE_AFTER = re.compile(
    r"^\s*(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日\s*(?:综合外电|综合|专)?(?:电|讯)"
)
_EN_DISPATCH_PLACE_BEFORE = re.compile(r"(?:^|\n)\s*$")
_EN_DISPATCH_PLACE_AFTER = re.compile(
    r"^(?:\s*,\s*[A-Z][A-Za-z.]*)?\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b[^\n]{0,40}?"
    r"(?:\([^()\n]{1,40}\)\s*)?(?:-|–|—|--)"
)


def dateline_place(text: str, mention: Mention) -> bool:
    """Is ``mention`` the place of a dispatch's dateline (中评社北京9月18日电, "SEOUL, July 14 (Yonhap) --")?  The
    place a report was filed from is no entity of the article and never the subject of the act it reports."""
    before = text[max(0, mention.start - 12) : mention.start]
    after = text[mention.end : mention.end + 64]
    if _ZH_DISPATCH_PLACE_BEFORE.search(before) and _ZH_DISPATCH_PLACE_AFTER.match(after):
        return True
    written = text[mention.start : mention.end]
    return written.isupper() and bool(
        _EN_DISPATCH_PLACE_BEFORE.search(before) and _EN_DISPATCH_PLACE_AFTER.match(after)
    )


def drop_credits(
    text: str, mentions: Iterable[Mention], news: frozenset[str], publisher: frozenset[str] = frozenset()
) -> list[Mention]:
    """``mentions`` without news outlets named as credits or as the article's own publisher."""
    return [
        m
        for m in mentions
        if (m.entity_id not in news or (m.entity_id not in publisher and not is_credit(text, m)))
        and not dateline_place(text, m)
    ]
