"""Split the labelled real-article corpus into train / dev / test, deterministically.

    python tools/split_labels.py            # data/labelled/<batch>/ -> data/labelled/{train,dev,test}/

Each article's split is fixed by a hash of its URL (test 30 %, dev 20 %, train 50 %),
so adding articles never moves an existing one: the **test split is frozen**. It is
scored once per design change and never used to write rules or fit anything
(docs/eval.md). The batch folders (``articles.jsonl`` + ``gold.jsonl`` + README) stay
the source of truth; the split folders are generated and committed so a score can be
reproduced with two commands.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

LABELLED = Path(__file__).resolve().parents[1] / "data" / "labelled"
SPLITS = ("train", "dev", "test")


def split_of(url: str) -> str:
    """The split of one article, from its URL alone.

    >>> split_of("https://example.org/a")
    'dev'
    """
    bucket = int(hashlib.sha256(url.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "test" if bucket < 3 else "dev" if bucket < 5 else "train"


def batches(root: Path = LABELLED) -> list[Path]:
    """The labelled batch folders (every folder with both files, split folders aside)."""
    return sorted(p for p in root.iterdir() if p.name not in SPLITS and (p / "gold.jsonl").is_file())


def read_pairs(folder: Path) -> list[tuple[str, str]]:
    """(article line, gold line) pairs of one batch, in order."""
    arts = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    golds = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    if len(arts) != len(golds):
        raise SystemExit(f"{folder}: {len(arts)} articles but {len(golds)} gold lines")
    return list(zip(arts, golds))


def main(root: Path = LABELLED) -> int:
    out: dict[str, list[tuple[str, str]]] = {s: [] for s in SPLITS}
    seen: set[str] = set()
    for folder in batches(root):
        for art, gold in read_pairs(folder):
            url = json.loads(art)["url"]
            if url in seen:
                print(f"{folder}: duplicate url {url}; kept the first", file=sys.stderr)
                continue
            seen.add(url)
            out[split_of(url)].append((art, gold))
    for name, pairs in out.items():
        target = root / name
        target.mkdir(exist_ok=True)
        (target / "articles.jsonl").write_text("".join(a + "\n" for a, _ in pairs), encoding="utf-8")
        (target / "gold.jsonl").write_text("".join(g + "\n" for _, g in pairs), encoding="utf-8")
        events = sum(len(json.loads(g)["events"]) for _, g in pairs)
        print(f"{name}: {len(pairs)} articles, {events} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
