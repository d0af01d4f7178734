"""Generate the Chinese forms of the gazetteer's goods from CC-CEDICT (the ``chinese`` package).

An English goods pattern ("soybean", "crude oil", "lithium battery") has Chinese names the
curated ``zh/*.jsonl`` files may lack; CC-CEDICT, a well-kept Chinese-English dictionary,
lists them: a headword whose first gloss *is* the English pattern (the gloss with its
bracketed notes dropped: "brandy (loanword)" -> "brandy") names the same good, so it gets the
same id (the contract: 稀土 and "rare earths" are one id). Writes ``zh/goods_cedict.jsonl``
(commit the output; the package never reads CC-CEDICT at run time).

Left out: one-character headwords (they hide inside longer words: 钢 in 钢琴 is a piano),
headwords with two readings or more than :data:`MAX_SENSES` glosses (a word of many senses
names a good in few of them), first glosses that are proper names ("Rice"), headwords that
share no character with a curated Chinese name of the same good (a pun or another sense of the
English word: 鸡眼 "corn" is on a foot, 筹子 "chip" is a gambling chip, 雄蜂 a drone bee), headwords
another row already holds (any id, or a stop row), roots of many compounds (:func:`_root`), glosses with an adjective's ending
("renewable", "chemical", "dual-use": 可再生 opens 可再生资源 as often as 可再生能源), and
English patterns of fewer than four letters or matched case-sensitively (acronyms).

Usage: ``.venv/bin/python tools/gen_zh_goods.py [GAZETTEER_DIR]``
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "extract" / "data" / "gazetteer"
SOURCES = ("goods.jsonl", "items.jsonl", "elements.jsonl")
OUT = "goods_cedict.jsonl"
MAX_SENSES = 3
MAX_COMPOUNDS = 3
_NOTE = re.compile(r"\s*\([^)]*\)|\s*\[[^]]*\]|\bCL:.*$")
_ADJECTIVE = re.compile(r"(?:able|ible|ical|ive|-use)$")  # "renewable", "chemical": a modifier, not the good
HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def gloss_key(gloss: str) -> str:
    """A CC-CEDICT gloss as a lookup key: bracketed notes and measure words dropped, lower case."""
    return re.sub(r"\s+", " ", _NOTE.sub("", gloss)).strip().lower()


def english_keys(folder: Path) -> dict[str, str]:
    """Lower-case English goods pattern (singular and plural) -> id."""
    keys: dict[str, str] = {}
    for name in SOURCES:
        for line in (folder / "en" / name).open(encoding="utf-8"):
            row = json.loads(line)
            pat = row["pattern"].lower()
            if row.get("case_sensitive") or len(re.sub(r"[^a-z]", "", pat)) < 4:
                continue
            for form in (pat, pat[:-1] if pat.endswith("s") else pat + "s"):
                keys.setdefault(form, row["id"])
    return keys


def taken_chinese(folder: Path, own: str = OUT) -> dict[str, str | None]:
    """Every Chinese pattern the zh files other than the generated ``own`` hold -> its id (None for a stop row)."""
    out: dict[str, str | None] = {}
    for f in sorted((folder / "zh").glob("*.jsonl")):
        if f.name != own:
            rows = [json.loads(line) for line in f.open(encoding="utf-8")]
            out |= {row["pattern"]: row.get("id") for row in rows if "pattern" in row}
    return out


def _root(word: str, prefixes: Counter) -> bool:
    """Does ``word`` open :data:`MAX_COMPOUNDS` or more longer headwords (电视 in 电视台, 电视剧; 葡萄 in
    葡萄酒)? Such a root is read inside compounds that name something else."""
    return prefixes[word] >= MAX_COMPOUNDS


def _good_of(word: str, entries: list, keys: dict[str, str], chars: dict[str, set[str]]) -> str | None:
    """The id one headword names: its only reading's first gloss is an English goods pattern (not an
    adjective) and it shares a character with a curated Chinese name of that good."""
    glosses = entries[0].definitions or []
    if len(entries) > 1 or not glosses or len(glosses) > MAX_SENSES or not glosses[0][:1].islower():
        return None
    key = gloss_key(glosses[0])
    if key not in keys or _ADJECTIVE.search(key):
        return None
    return keys[key] if set(word) & chars.get(keys[key], set()) else None


def generate(keys: dict[str, str], taken: dict[str, str | None], simplified: dict) -> list[dict]:
    """Rows ``{"id", "pattern"}`` for the new headwords that name a good (:func:`_good_of`)."""
    chars: dict[str, set[str]] = {}
    for pattern, eid in taken.items():
        if eid is not None:
            chars.setdefault(eid, set()).update(pattern)
    prefixes = Counter(w[:n] for w in simplified if isinstance(w, str) for n in range(2, len(w)))
    rows = []
    for word in sorted(w for w in simplified if isinstance(w, str) and HAN.match(w) and w not in taken):
        eid = _good_of(word, simplified[word], keys, chars)
        if eid is not None and not _root(word, prefixes):
            rows.append({"id": eid, "pattern": word})
    return rows


def cedict_simplified() -> dict:
    """CC-CEDICT's entries by Simplified headword (the ``chinese`` package, loaded once per run)."""
    from chinese.dictionary import Dictionary

    cedict = Dictionary()
    cedict.load()
    return cedict.simplified


def write_rows(folder: Path, name: str, rows: list[dict]) -> None:
    """Write ``rows`` as JSONL to ``zh/<name>`` under the gazetteer ``folder`` (the generated tables' one writer)."""
    with (folder / "zh" / name).open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    rows = generate(english_keys(folder), taken_chinese(folder), cedict_simplified())
    write_rows(folder, OUT, rows)
    print(f"{len(rows)} Chinese goods forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
