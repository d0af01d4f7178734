"""Readers: each format, each encoding, broken and hostile input, offsets mapping."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from policykg import EXIT_OK, EXIT_SKIPPED
from policykg.extract.models import Article
from policykg.extract.normalize import article_id, normalise_for_extraction, sanitise
from policykg.extract.read import (
    ReadError,
    ReadResult,
    ReadWarning,
    decode_bytes,
    iter_articles,
    parse_document,
    parse_export,
    parse_jsonl,
    parse_published,
    parse_text,
    read_paths,
    sniff_format,
)

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus"
HOSTILE = REPO / "tests" / "data" / "hostile"
TODAY = dt.date(2026, 11, 24)


def _load_generator():
    spec = importlib.util.spec_from_file_location("hostile_generate", HOSTILE / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _load_generator()


def _summary(items):
    return [(type(i).__name__, i.origin, getattr(i, "title", None), getattr(i, "reason", None)) for i in items]


# --- the news-search export ---------------------------------------------------------


def test_corpus_reads_all_thirteen_articles():
    result = read_paths([str(CORPUS)], today=TODAY)
    assert result.summary() == "read 13 articles from 2 files; skipped 0; 0 duplicates"
    got = [(Path(a.origin).name, a.source, a.published) for a in result.articles]
    f0, f4 = "000_dc20efa79818f8e9.txt", "004_426471cc0c5e56cf.txt"
    assert got == [
        (f"{f0}:3", "Sou Hu Cai Jing", "2025-11-08T07:38:00"),
        (f"{f0}:6", "Sou Hu Cai Jing", "2025-11-07T18:40:00"),
        (f"{f0}:9", "Sou Hu Cai Jing", "2025-11-07T18:40:00"),
        (f"{f0}:12", "Zheng Quan Shi Bao", "2025-11-07T18:09:00"),
        (f"{f0}:15", "Sou Hu Cai Jing", "2025-11-07T16:27:00"),
        (f"{f0}:18", "Sou Hu Cai Jing", "2025-11-07T16:13:00"),
        (f"{f0}:21", "Xin Lang Cai Jing", "2025-11-07T16:12:00"),
        (f"{f0}:24", "Zheng Quan Shi Bao", "2025-11-07T15:46:00"),
        (f"{f0}:27", "Sou Hu Cai Jing", "2025-11-07T15:45:00"),
        (f"{f0}:30", "Sou Hu Cai Jing", "2025-11-07T15:45:00"),
        (f"{f4}:5", "Sou Hu Cai Jing", "2025-10-26T03:24:00"),
        (f"{f4}:8", "Sou Hu Cai Jing", "2025-10-25T12:49:00"),
        (f"{f4}:11", "Sou Hu Cai Jing", "2025-10-18T06:15:00"),
    ]
    lines = (CORPUS / f0).read_text(encoding="utf-8").split("\n")
    first = result.articles[0]
    assert (first.title, first.body) == (lines[2], lines[4])
    assert len({a.article_id for a in result.articles}) == 13


def test_corpus_titles_and_evidence_match_the_gold_file():
    gold_path = REPO / "data" / "gold" / "seed-gold.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    articles = {a.title: a for a in read_paths([str(CORPUS)], today=TODAY).articles}
    assert [g["title"] for g in gold] == list(articles)
    missing = [e["evidence"] for g in gold for e in g["events"] if e["evidence"] not in articles[g["title"]].text]
    assert missing == []


def test_export_body_runs_to_the_next_title_and_skips_blank_lines():
    text = (
        "Header\nSearch documents\n\nTitle A\nReuters· 2025-11-07 18:09\nBody A line 1\n\nBody A line 2\n"
        "\nTitle B\n\nXin Hua· 2025-11-08\nBody B\n"
    )
    items = list(parse_export(text, "x.txt", today=TODAY))
    assert [(a.title, a.source, a.published, a.body, a.origin) for a in items] == [
        ("Title A", "Reuters", "2025-11-07T18:09:00", "Body A line 1\n\nBody A line 2", "x.txt:4"),
        ("Title B", "Xin Hua", "2025-11-08", "Body B", "x.txt:10"),
    ]


def test_export_article_without_body_then_article_without_title():
    text = "Title A\nReuters· 2025-11-07 18:09\nTitle B\nAP· 2025-11-07 10:00\nAP· 2025-11-06 10:00\nlost body\n"
    assert _summary(parse_export(text, "x.txt", today=TODAY)) == [
        ("Article", "x.txt:1", "Title A", None),
        ("Article", "x.txt:3", "Title B", None),
        ("ReadError", "x.txt:5", None, "source line without a title line before it; article skipped"),
    ]


def test_export_impossible_and_future_dates_are_kept_with_a_warning():
    text = "Bad date\nReuters· 2025-13-45 10:00\nbody\nFar\nReuters· 2099-01-01 00:00\nbody 2\n"
    items = list(parse_export(text, "x.txt", today=TODAY))
    assert [(type(i).__name__, i.origin, getattr(i, "published", None), getattr(i, "reason", None)) for i in items] == [
        ("ReadWarning", "x.txt:1", None, "impossible date '2025-13-45 10:00'; published left empty"),
        ("Article", "x.txt:1", None, None),
        ("ReadWarning", "x.txt:4", None, "date 2099-01-01T00:00:00 is more than a year after today (2026-11-24); kept"),
        ("Article", "x.txt:4", "2099-01-01T00:00:00", None),
    ]


def test_export_without_source_lines_is_one_error():
    assert _summary(parse_export("just\nsome\nlines\n", "x.txt")) == [
        (
            "ReadError",
            "x.txt:1",
            None,
            "no articles found (expected a title line, then a 'Source· YYYY-MM-DD HH:MM' line)",
        ),
    ]


# --- JSON Lines -----------------------------------------------------------------------


def test_jsonl_fields_aliases_and_errors():
    lines = [
        json.dumps({"title": "A", "source": "S", "published": "2025-11-07T18:09:00", "url": "http://x", "body": "b"}),
        "",
        json.dumps({"title": "B", "date": "2025-11-07", "text": "from text"}),
        "{broken",
        "[1, 2]",
        json.dumps({"title": "C", "body": 5}),
        json.dumps({"source": "only a source"}),
        json.dumps({"title": "D", "published": "2025-11-07T18:09:00Z"}),
        json.dumps({"title": "E", "published": 1762538940}),
    ]
    items = list(parse_jsonl(lines, "a.jsonl", today=TODAY))
    assert [
        str(i) if not isinstance(i, Article) else (i.title, i.body, i.source, i.published, i.url, i.origin)
        for i in items
    ] == [
        ("A", "b", "S", "2025-11-07T18:09:00", "http://x", "a.jsonl:1"),
        ("B", "from text", None, "2025-11-07", None, "a.jsonl:3"),
        "a.jsonl:4: invalid JSON: Expecting property name enclosed in double quotes; line skipped",
        "a.jsonl:5: expected a JSON object, got list; line skipped",
        "a.jsonl:6: field 'body' must be a string, not int; line skipped",
        "a.jsonl:7: record has no 'title', 'body' or 'text'; line skipped",
        ("D", "", None, "2025-11-07T18:09:00+00:00", None, "a.jsonl:8"),
        "a.jsonl:9: warning: unrecognised date '1762538940' (expected YYYY-MM-DDTHH:MM:SS); published left empty",
        ("E", "", None, None, None, "a.jsonl:9"),
    ]


def test_jsonl_deeply_nested_line_is_an_error_not_a_crash():
    items = list(parse_jsonl(["[" * 100_000 + "]" * 100_000], "deep.jsonl"))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert items[0].origin == "deep.jsonl:1"


def test_a_json_array_file_gets_a_helpful_error():
    text = '[\n  {"title": "A", "body": "b"}\n]\n'
    assert [str(i) for i in parse_text(text, "a.json", "jsonl")] == [
        "a.json:1: a JSON array is not supported; write one JSON object per line (JSON Lines)"
    ]


# --- plain documents --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Title line\n\nBody one.\nBody two.\n", ("Title line", "Body one.\nBody two.", None, None, None, "d.txt:1")),
        ("\n\n# Heading title\nBody\n", ("Heading title", "Body", None, None, None, "d.txt:3")),
        (
            '---\ntitle: "Front title"\nsource: MOFCOM\npublished: 2025-10-09T10:00:00\nurl: http://m\nauthor: x\n---\nBody only\n',
            ("Front title", "Body only", "MOFCOM", "2025-10-09T10:00:00", "http://m", "d.txt:8"),
        ),
        ("---\nnot front matter\nTitle?\n", ("---", "not front matter\nTitle?", None, None, None, "d.txt:1")),
    ],
)
def test_document_format(text, expected):
    (article,) = parse_document(text, "d.txt", today=TODAY)
    assert (article.title, article.body, article.source, article.published, article.url, article.origin) == expected


def test_empty_document_is_an_error():
    assert [str(i) for i in parse_document("---\ndate: 2025-01-01\n---\n\n", "d.md")] == [
        "d.md:1: empty file (no text); skipped"
    ]


@pytest.mark.parametrize(
    "text, suffix, fmt",
    [
        ("{}", "", "jsonl"),
        ("anything", ".jsonl", "jsonl"),
        ("T\nAP· 2025-01-01 10:00\nb", ".txt", "export"),
        ("T\nAP· 2025-01-01 10:00\nb", ".md", "document"),
        ("T\nbody", "", "document"),
    ],
)
def test_sniff_format(text, suffix, fmt):
    assert sniff_format(text, suffix) == fmt


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-11-07T18:09:00", ("2025-11-07T18:09:00", None)),
        ("2025-11-07 18:09", ("2025-11-07T18:09:00", None)),
        ("2025/11/07", ("2025-11-07", None)),
        ("2025-11-07T18:09:00+0800", ("2025-11-07T18:09:00+08:00", None)),
        ("2025-02-29", (None, "impossible date '2025-02-29'; published left empty")),
        ("yesterday", (None, "unrecognised date 'yesterday' (expected YYYY-MM-DDTHH:MM:SS); published left empty")),
        ("2027-11-25", ("2027-11-25", "date 2027-11-25 is more than a year after today (2026-11-24); kept")),
        ("2027-11-24", ("2027-11-24", None)),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value, today=TODAY) == expected


# --- encodings --------------------------------------------------------------------------

ZH = "商务部暂停实施出口管制\n稀土"


@pytest.mark.parametrize(
    "data, text, notes",
    [
        (ZH.encode("utf-8"), ZH, []),
        (b"\xef\xbb\xbf" + ZH.encode("utf-8"), ZH, []),
        (ZH.encode("utf-16"), ZH, []),  # with BOM
        (b"\xfe\xff" + ZH.encode("utf-16-be"), ZH, []),
        (ZH.encode("utf-32"), ZH, []),
        (ZH.encode("gbk"), ZH, []),
        (ZH.encode("gb18030"), ZH, []),
        (b"a\r\nb\rc", "a\nb\nc", []),
        (
            ZH.encode("utf-8")[:-1],
            ZH[:-1],
            ["f:2: warning: truncated UTF-8: the file ends inside a character (2 byte(s) dropped)"],
        ),
        (
            "稀土稀土稀土\n第二行".encode() + b"\xff" + "稀土".encode(),
            "稀土稀土稀土\n第二行\ufffd稀土",
            ["f:2: warning: invalid UTF-8 at byte 28; undecodable bytes replaced by U+FFFD"],
        ),
        (b"", None, ["f:1: empty file; skipped"]),
        (b"\n \n", None, ["f:1: empty file; skipped"]),
        (ZH.encode("utf-16-le"), None, ["f:1: binary file (NUL bytes; UTF-16 text needs a byte-order mark); skipped"]),
        (bytes(range(1, 32)) * 10, None, ["f:1: binary file (control bytes); skipped"]),
        (b"\x81\xff\x80\x80", None, ["f:1: not UTF-8, UTF-16 (with BOM) or GB18030 text (bad byte at 0); skipped"]),
    ],
)
def test_decode_bytes(data, text, notes):
    got_text, got_notes = decode_bytes(data, "f")
    assert (got_text, [str(n) for n in got_notes]) == (text, notes)


# --- files, directories, globs, stdin -----------------------------------------------------


def _jsonl_file(path: Path, *titles: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"title": t, "body": f"body of {t}"}) + "\n" for t in titles), encoding="utf-8")
    return path


def test_directories_are_walked_recursively_skipping_hidden_and_other_files(tmp_path):
    _jsonl_file(tmp_path / "a.jsonl", "A")
    _jsonl_file(tmp_path / "sub" / "deeper" / "b.ndjson", "B")
    _jsonl_file(tmp_path / ".hidden" / "c.jsonl", "C")
    _jsonl_file(tmp_path / ".d.jsonl", "D")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / "notes.md").write_text("# E\nbody of E\n", encoding="utf-8")
    result = read_paths([str(tmp_path)])
    assert [a.title for a in result.articles] == ["A", "E", "B"]
    assert result.summary() == "read 3 articles from 3 files; skipped 0; 0 duplicates"


def test_globs_missing_paths_and_the_same_file_twice(tmp_path):
    a = _jsonl_file(tmp_path / "a.jsonl", "A")
    _jsonl_file(tmp_path / "b.jsonl", "B")
    missing = tmp_path / "missing.jsonl"
    result = read_paths([str(tmp_path / "*.jsonl"), str(a), str(missing), str(tmp_path / "*.none")])
    assert [a.title for a in result.articles] == ["A", "B"]
    assert [str(e) for e in result.errors] == [
        f"{missing}: no such file or directory",
        f"{tmp_path / '*.none'}: no files match this pattern",
    ]
    assert result.exit_code == EXIT_SKIPPED


def test_stdin_is_sniffed(monkeypatch):
    data = json.dumps({"title": "From stdin", "body": "b"}).encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    result = read_paths(["-"])
    assert [(a.title, a.origin) for a in result.articles] == [("From stdin", "<stdin>:1")]
    assert result.exit_code == EXIT_OK


def test_duplicates_across_files_are_kept_once(tmp_path):
    _jsonl_file(tmp_path / "a.jsonl", "Same", "Other")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"title": "Same", "body": "body  of [3] Same"}) + "\n", encoding="utf-8"
    )
    result = read_paths([str(tmp_path)])
    assert [a.title for a in result.articles] == ["Same", "Other"]
    assert [str(d) for d in result.duplicates] == [
        f"{tmp_path / 'b.jsonl'}:1: duplicate of {tmp_path / 'a.jsonl'}:1 (article {result.articles[0].article_id}); dropped"
    ]
    assert result.summary() == "read 2 articles from 2 files; skipped 0; 1 duplicate"


def test_summary_lists_the_first_three_errors():
    result = ReadResult(
        count=1, files=1, errors=[ReadError(f"f:{i}", "bad") for i in range(1, 6)], warnings=[ReadWarning("f:9", "odd")]
    )
    assert result.summary() == (
        "read 1 article from 1 file; skipped 5 (f:1: bad; f:2: bad; f:3: bad; and 2 more); 0 duplicates; 1 warning"
    )
    assert result.messages() == [*(f"f:{i}: bad" for i in range(1, 6)), "f:9: warning: odd"]


def test_iter_articles_streams_without_filling_the_list(tmp_path):
    _jsonl_file(tmp_path / "a.jsonl", "A", "B")
    result = ReadResult()
    stream = iter_articles([str(tmp_path)], result)
    assert next(stream).title == "A"
    assert (result.count, result.articles) == (1, [])
    assert [a.title for a in stream] == ["B"]
    assert result.summary() == "read 2 articles from 1 file; skipped 0; 0 duplicates"


# --- the hostile corpus ----------------------------------------------------------------------


def test_committed_hostile_files_match_the_generator():
    assert {name: (HOSTILE / name).read_bytes() for name in GEN.FILES} == GEN.FILES


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hostile")
    GEN.write_hostile(directory, big=True)
    return directory


@pytest.mark.parametrize("name", sorted(GEN.EXPECTED))
def test_each_hostile_file_is_read_or_skipped_with_one_line(hostile_dir, name):
    result = read_paths([str(hostile_dir / name)], today=TODAY)
    assert (result.count, len(result.errors), len(result.warnings), len(result.duplicates)) == GEN.EXPECTED[name]
    assert all(m.startswith(str(hostile_dir / name) + ":") and "\n" not in m for m in result.messages())


def test_hostile_corpus_in_one_batch(hostile_dir):
    result = read_paths([str(hostile_dir)], today=TODAY)
    p = str(hostile_dir) + "/"
    assert sorted(m.replace(p, "") for m in result.messages()) == sorted(
        [
            "big_line.txt:1: article is 10,485,761 characters long (limit 1,000,000); skipped",
            "binary.txt:1: binary file (NUL bytes; UTF-16 text needs a byte-order mark); skipped",
            "blank.txt:1: empty file; skipped",
            "broken_line.jsonl:3: invalid JSON: Expecting value; line skipped",
            "empty.txt:1: empty file; skipped",
            "no_title_export.txt:1: source line without a title line before it; article skipped",
            "not_object.jsonl:1: expected a JSON object, got list; line skipped",
            "not_object.jsonl:2: expected a JSON object, got int; line skipped",
            "wrong_type.jsonl:1: field 'title' must be a string, not int; line skipped",
            "future_date.jsonl:1: warning: date 2099-01-01T00:00:00 is more than a year after today (2026-11-24); kept",
            "impossible_date.jsonl:1: warning: impossible date '2025-13-45'; published left empty",
            "no_title.jsonl:1: warning: article has no title; read with an empty title",
            "truncated_utf8.txt:5: warning: truncated UTF-8: the file ends inside a character (1 byte(s) dropped)",
            "duplicates.jsonl:2: duplicate of duplicates.jsonl:1 (article d2ca6bd771c70f24); dropped",
            "utf16.txt:3: duplicate of gbk.txt:3 (article 92fd0ad79d51e7cd); dropped",
        ]
    )
    assert (result.count, result.files) == (14, 17)
    by_name = {Path(a.origin.rsplit(":", 1)[0]).name: a for a in result.articles}
    assert (by_name["html.jsonl"].title, by_name["html.jsonl"].body) == ("Tariffs & duties", "The USTR raised tariffs.")
    assert (by_name["controls.jsonl"].title, by_name["controls.jsonl"].body) == (
        "Controls",
        "Line one[31m\nLine two\ttab",
    )
    assert by_name["long_entity.jsonl"].body == "The firm " + "X" * 5000 + " Ltd was sanctioned."
    assert by_name["gbk.txt"].title == "两部门暂停实施多项公告 涉及稀土锂电池等出口管制"
    assert by_name["impossible_date.jsonl"].published is None


# --- sanitising and normalising ------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("plain text", "plain text"),
        ("a\x00b\x07c\x1bd\x7fe\x85f\x9fg\ufeffh", "abcdefgh"),
        ("keep\ttab\nnewline", "keep\ttab\nnewline"),
        ("r\r\nn\rx", "r\nn\nx"),
        ("x <b>bold</b> &lt;tag&gt;", "x bold <tag>"),
        ("<div>one</div><div>two</div>", "one\n\ntwo"),
        ("<!-- c --><style>p{}</style>text<br/>more", "text\nmore"),
        ("a < b, 3<5 and AT&amp;T", "a < b, 3<5 and AT&amp;T"),
        ("<p>&#0;&#13;x</p>", "\ufffdx"),
    ],
)
def test_sanitise(raw, clean):
    assert sanitise(raw) == clean


def test_normalise_maps_offsets_back_through_nfkc_and_markers():
    original = "ＭＯＦＣＯＭ said [1][4] the ﬁnal rule, effective １１月１０日 [2], covers ㎏ and Å."
    clean, offsets = normalise_for_extraction(original)
    assert clean == "MOFCOM said the final rule, effective 11月10日, covers kg and Å."
    for word, orig in [
        ("MOFCOM", "ＭＯＦＣＯＭ"),
        ("final", "ﬁnal"),
        ("11月10日", "１１月１０日"),
        ("kg", "㎏"),
        ("said the", "said [1][4] the"),
        ("Å", "Å"),
        ("covers", "covers"),
    ]:
        s = clean.index(word)
        start, end = offsets.span(s, s + len(word))
        assert original[start:end] == orig
    assert offsets.span(clean.index("g and"), clean.index("g and") + 1) == (
        original.index("㎏"),
        original.index("㎏") + 1,
    )
    assert offsets.position(len(clean)) == len(original)
    assert offsets.span(0, 0) == (0, 0)


def test_normalise_identity_on_the_corpus_except_markers():
    text = read_paths([str(CORPUS)]).articles[0].text
    clean, offsets = normalise_for_extraction(text)
    assert "[1]" in text and "[1]" not in clean
    for word in ("rare earth", "Estonia", "export applications", "欧盟"):
        s = clean.index(word)
        start, end = offsets.span(s, s + len(word))
        assert text[start:end] == word


def test_normalise_rejects_out_of_range_spans():
    _, offsets = normalise_for_extraction("abc")
    with pytest.raises(IndexError):
        offsets.span(2, 4)


def test_article_id_is_stable_under_normalisation():
    base = article_id("China suspends export controls")
    assert base == hashlib.sha256(b"China suspends export controls").hexdigest()[:16]
    assert article_id("Ｃｈｉｎａ  suspends [1][2] export\ncontrols") == base
    assert article_id("China suspends import controls") != base
