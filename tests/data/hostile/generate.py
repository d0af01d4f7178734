"""Write the hostile-input corpus (issue 6, "Bad input") into a directory.

The small files are also committed beside this script (``python
tests/data/hostile/generate.py`` rewrites them; a unit test checks they are in
sync).  The 10 MB single-line file is only written with ``big=True`` (a test
fixture does it in a temporary directory): it is never committed.

Every file's expected outcome is in ``EXPECTED``: ``(articles read, errors,
warnings, duplicates)`` when the file is read on its own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BIG_LINE_CHARS = 10 * 1024 * 1024


def _jsonl(*records: dict) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


_GOOD = {
    "title": "China suspends export controls",
    "source": "Reuters",
    "published": "2025-11-07T18:09:00",
    "body": "MOFCOM suspended the measures until November 10, 2026.",
}
_EXPORT_ZH = (
    "稀土\nSearch documents\n两部门暂停实施多项公告 涉及稀土锂电池等出口管制\n"
    "Zheng Quan Shi Bao· 2025-11-07 18:09\n商务部、海关总署暂停实施2025年第70号公告,自即日起至2026年11月10日。\n"
)

FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n\t\n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
    "truncated_utf8.txt": _EXPORT_ZH.encode("utf-8").rstrip(b"\n")[:-2],
    "gbk.txt": _EXPORT_ZH.encode("gbk"),
    "utf16.txt": "\ufeff".encode("utf-16-le") + _EXPORT_ZH.encode("utf-16-le"),
    "utf8_bom.txt": b"\xef\xbb\xbf" + _EXPORT_ZH.replace("两部门", "三部门").encode("utf-8"),
    "broken_line.jsonl": _jsonl(_GOOD, {**_GOOD, "title": "Second"})
    + b'{"title": "cut off", "body": \n'
    + _jsonl({**_GOOD, "title": "Third"}),
    "not_object.jsonl": b'["a list", "not an object"]\n42\n',
    "wrong_type.jsonl": _jsonl({"title": 7, "body": "numbers are not titles"}),
    "no_title.jsonl": _jsonl({"body": "An article body without any title.", "published": "2025-11-07"}),
    "no_title_export.txt": "Reuters· 2025-11-07 18:09\nA body whose title is missing.\n".encode(),
    "no_date.jsonl": _jsonl({"title": "Undated", "body": "No publication date given."}),
    "impossible_date.jsonl": _jsonl({**_GOOD, "title": "Impossible", "published": "2025-13-45"}),
    "future_date.jsonl": _jsonl({**_GOOD, "title": "Future", "published": "2099-01-01T00:00:00"}),
    "duplicates.jsonl": _jsonl(
        {**_GOOD, "title": "Twice"},
        {**_GOOD, "title": "Twice", "body": "MOFCOM  suspended the measures [1] until November 10, 2026."},
    ),
    "html.jsonl": _jsonl(
        {
            "title": "<b>Tariffs</b> &amp; duties",
            "body": "<p>The <a href=\"x\">USTR</a> raised tariffs.</p><script>alert('x')</script>"
            "<img src=x onerror=alert(1)>",
        }
    ),
    "controls.jsonl": _jsonl({"title": "Con\u0000trol\u0007s", "body": "Line one\u001b[31m\r\nLine\u0085 two\ttab"}),
    "long_entity.jsonl": _jsonl(
        {"title": "A very long name", "body": "The firm " + "X" * 5000 + " Ltd was sanctioned."}
    ),
}

# name -> (articles, errors, warnings, duplicates) when read alone
EXPECTED: dict[str, tuple[int, int, int, int]] = {
    "empty.txt": (0, 1, 0, 0),
    "blank.txt": (0, 1, 0, 0),
    "binary.txt": (0, 1, 0, 0),
    "truncated_utf8.txt": (1, 0, 1, 0),
    "gbk.txt": (1, 0, 0, 0),
    "utf16.txt": (1, 0, 0, 0),
    "utf8_bom.txt": (1, 0, 0, 0),
    "broken_line.jsonl": (3, 1, 0, 0),
    "not_object.jsonl": (0, 2, 0, 0),
    "wrong_type.jsonl": (0, 1, 0, 0),
    "no_title.jsonl": (1, 0, 1, 0),
    "no_title_export.txt": (0, 1, 0, 0),
    "no_date.jsonl": (1, 0, 0, 0),
    "impossible_date.jsonl": (1, 0, 1, 0),
    "future_date.jsonl": (1, 0, 1, 0),
    "duplicates.jsonl": (1, 0, 0, 1),
    "html.jsonl": (1, 0, 0, 0),
    "controls.jsonl": (1, 0, 0, 0),
    "long_entity.jsonl": (1, 0, 0, 0),
    "big_line.txt": (0, 1, 0, 0),
}


def write_hostile(directory: Path, *, big: bool = False) -> list[Path]:
    """Write the hostile files into ``directory``; the 10 MB one only when ``big``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in FILES.items():
        (directory / name).write_bytes(data)
        written.append(directory / name)
    if big:
        path = directory / "big_line.txt"
        with open(path, "wb") as handle:
            handle.write(b"rare earth " * (BIG_LINE_CHARS // 11) + b"x" * (BIG_LINE_CHARS % 11))
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    for p in write_hostile(target):
        print(p)
