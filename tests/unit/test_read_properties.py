"""Property-based tests (hypothesis): readers, normalisation and dates never raise
anything but their documented results, and their offsets are always valid."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policykg.extract.dates import find_dates
from policykg.extract.models import Article
from policykg.extract.normalize import article_id, normalise_for_extraction, sanitise, to_simplified
from policykg.extract.read import ReadError, ReadWarning, decode_bytes, parse_text

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KINDS = {"point", "deadline", "start", "until", "duration", "year"}

# Fragments that exercise the patterns, mixed with arbitrary text.
FRAGMENTS = [
    "November 10",
    "Nov. 10, 2026",
    "10 November 2025",
    "on October 9",
    "2025-11-10",
    "2025-13-45",
    "from now until ",
    "by ",
    "until ",
    "since ",
    "for one year",
    "one-year",
    "90 days",
    "today",
    "yesterday",
    "on Tuesday",
    "last ",
    "next ",
    "in 2025",
    "by 2030",
    "May",
    "February 29",
    "the end of the year",
    "11月10日",
    "2026年11月10日",
    "12月1日前",
    "自即日起至",
    "今日",
    "昨日",
    "为期一年",
    "一年",
    "本月",
    "年底前",
    "月底",
    "周二",
    "上周五",
    "半年",
    "个月",
    "二〇二六年十一月十日",
    "至",
    "起",
    "止",
    "前",
    " ",
    "\n",
    ",",
    "。",
    "Source· 2025-11-07 18:09\n",
    "---\n",
    "{",
    "}",
    '"title": ',
    "[1][4]",
    "ﬁ",
    "㎏",
    "Ｎ",
    "e\u0301",
    "\x00",
]
mixed_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=25).map("".join)
any_text = st.one_of(st.text(max_size=200), mixed_text)
publication = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@SETTINGS
@given(any_text, publication)
def test_find_dates_offsets_and_values_are_valid(text, published):
    mentions = find_dates(text, published)
    previous_end = 0
    for m in mentions:
        assert 0 <= previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.kind in KINDS
        for value in (m.date, m.until):
            if value is not None:
                assert ISO_DAY.fullmatch(value) and dt.date.fromisoformat(value).isoformat() == value
        assert m.days is None or (m.kind == "duration" and m.days > 0)
        previous_end = m.end


@SETTINGS
@given(any_text)
def test_normalise_offsets_map_back_to_the_source_of_each_character(text):
    clean, offsets = normalise_for_extraction(text, simplify=False)
    simplified, same = normalise_for_extraction(text)  # Traditional -> Simplified keeps every offset
    assert simplified == to_simplified(clean) and len(simplified) == len(clean) and vars(same) == vars(offsets)
    assert offsets.length == len(clean) and offsets.orig_length == len(text)
    last_start = last_end = 0
    for i, ch in enumerate(clean):
        start, end = offsets.span(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert last_start <= start and last_end <= end
        assert ch in unicodedata.normalize("NFKC", text[start:end])
        last_start, last_end = start, end
    whole = offsets.span(0, len(clean))
    assert 0 <= whole[0] <= whole[1] <= len(text)


@SETTINGS
@given(any_text)
def test_article_id_is_16_hex_and_ignores_whitespace_runs(text):
    ident = article_id(text)
    assert re.fullmatch(r"[0-9a-f]{16}", ident)
    assert article_id(re.sub(r"[ ]", "  ", text)) == ident


@SETTINGS
@given(any_text)
def test_sanitise_leaves_no_control_characters_and_is_idempotent(text):
    clean = sanitise(text)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", clean)
    if "<" not in clean:  # unescaped entities may form new markup; otherwise a fixed point
        assert sanitise(clean) == clean


@SETTINGS
@given(any_text, st.sampled_from([None, "export", "jsonl", "document"]))
def test_parsers_yield_only_articles_and_notes(text, fmt):
    for item in parse_text(text, "p.txt", fmt, today=dt.date(2026, 11, 24)):
        assert isinstance(item, (Article, ReadError, ReadWarning))
        assert item.origin.startswith("p.txt:")
        if isinstance(item, Article):
            assert len(item.article_id) == 16 and item.title == item.title.strip()


@SETTINGS
@given(st.one_of(st.binary(max_size=300), any_text.map(lambda t: t.encode("utf-8")[:-1])))
def test_decode_bytes_returns_text_or_one_error(data):
    text, notes = decode_bytes(data, "b.bin")
    if text is None:
        assert len(notes) == 1 and isinstance(notes[0], ReadError)
    else:
        assert isinstance(text, str) and "\r" not in text
        assert all(isinstance(n, ReadWarning) for n in notes)
