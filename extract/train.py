"""Training data and training for the learned clause classifier (issue 11, item 2; `make train`).

For each *candidate clause* of an article (a clause of a sentence that holds
at least one trigger of the lexicons: the clauses the rules look at), a
spaCy ``textcat_multilabel`` learns whether the clause states an act, and of
which type and action.  Labels, all 0/1:

* ``ACT``: the clause overlaps the evidence of a gold event of the article;
* ``TYPE_<T>`` and ``ACTION_<a>`` for each gold event whose evidence it
  overlaps (closed lists of :mod:`policykg.extract.models`).

A labelled split is a folder with ``articles.jsonl`` (the reader's JSON
Lines input; an ``articles.txt`` export beside it is read too) and ``gold.jsonl`` (the events contract); articles and gold
records are paired by title as ``policykg eval`` pairs them.  The script
writes ``train.spacy`` / ``dev.spacy`` (DocBin) and, unless
``--prepare-only``, trains with the committed config
(``training/clause_textcat.cfg``: fixed seed 0, bag-of-words n-grams) into
``OUT/model-best``.  No trained artefact is used by extraction yet: it must
first beat the rules on a frozen test split (issue 11).

Usage::

    python -m policykg.extract.train TRAIN_DIR --dev DEV_DIR --out OUT [--config CFG] [--prepare-only]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policykg import PolicyKGError
from policykg.extract.evaluate import norm_title, parse_records
from policykg.extract.models import ACTIONS, EVENT_TYPES, Article
from policykg.extract.normalize import normalise_for_extraction
from policykg.extract.pairing import SentenceTriggers
from policykg.extract.sentences import split_sentences
from policykg.extract.triggers import Lexicon, load_lexicon

LABELS = ("ACT", *(f"TYPE_{t}" for t in EVENT_TYPES), *(f"ACTION_{a}" for a in ACTIONS))
DEFAULT_CONFIG = Path(__file__).resolve().parents[1] / "training" / "clause_textcat.cfg"


@dataclass(frozen=True)
class ClauseExample:
    """One candidate clause of an article with its 0/1 labels (offsets into the article text)."""

    title: str
    start: int
    end: int
    text: str
    cats: tuple[tuple[str, float], ...]


def candidate_clauses(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Clauses (of ``text`` = title + "\\n" + body) holding at least one type or action trigger."""
    clean = normalise_for_extraction(text).text
    title_end = text.find("\n") if "\n" in text else len(text)
    spans = split_sentences(clean, 0, title_end) + split_sentences(clean, title_end + 1)
    out = []
    for span in spans:
        sent = SentenceTriggers(clean, span, lex, span[0] < title_end)
        for lo, hi in sent.clauses:
            if any(lo <= h.start < hi for h in (*sent.types, *sent.actions)):
                out.append((lo, hi))
    return out


def _evidence_spans(text: str, events: Sequence[dict]) -> list[tuple[int, int, dict]]:
    """Where each gold event's evidence sits in the text (first occurrence)."""
    found = []
    for ev in events:
        at = text.find(ev["evidence"])
        if at >= 0:
            found.append((at, at + len(ev["evidence"]), ev))
    return found


def clause_examples(article: Article, gold: dict, lex: Lexicon) -> list[ClauseExample]:
    """The labelled candidate clauses of one article (pure).

    Offsets of the normalised text equal the original's for clause
    boundaries in practice; the clause text is taken from the original.
    """
    text = article.text
    evidence = _evidence_spans(text, gold.get("events", []))
    out = []
    for lo, hi in candidate_clauses(text, lex):
        events = [ev for a, b, ev in evidence if a < hi and lo < b]
        on = {"ACT"} | {f"TYPE_{e['type']}" for e in events} | {f"ACTION_{e['action']}" for e in events}
        if not events:
            on = set()
        cats = tuple((label, 1.0 if label in on else 0.0) for label in LABELS)
        out.append(ClauseExample(article.title, lo, hi, text[lo:hi], cats))
    return out


def split_examples(articles: Iterable[Article], gold: Sequence[dict], lex: Lexicon) -> list[ClauseExample]:
    """Examples of every article that has a gold record (paired by title); others are skipped."""
    by_title = {norm_title(g["title"]): g for g in gold}
    out: list[ClauseExample] = []
    for article in articles:
        record = by_title.get(norm_title(article.title))
        if record is not None:
            out += clause_examples(article, record, lex)
    return out


# --- I/O: reading a split, writing DocBin files, training ---------------------------------------


def read_split(folder: Path) -> tuple[list[Article], list[dict]]:
    """The articles and gold records of a labelled split folder."""
    from policykg.extract.read import read_paths

    inputs = [folder / f for f in ("articles.jsonl", "articles.txt") if (folder / f).is_file()]
    gold = folder / "gold.jsonl"
    if not inputs or not gold.is_file():
        raise PolicyKGError(f"{folder}: a labelled split holds articles.jsonl (or articles.txt) and gold.jsonl")
    result = read_paths([str(p) for p in inputs])
    if result.errors:
        raise PolicyKGError(f"{folder}: {result.errors[0]}")
    with open(gold, encoding="utf-8") as f:
        return list(result.articles), parse_records(f, str(gold))


def write_docbin(examples: Sequence[ClauseExample], path: Path) -> None:
    """The examples as a spaCy DocBin (one Doc per clause, ``doc.cats`` = labels)."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("xx")
    docs = DocBin()
    for ex in examples:
        doc = nlp.make_doc(normalise_for_extraction(ex.text).text)
        doc.cats = dict(ex.cats)
        docs.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    docs.to_disk(path)


def train(config: Path, out: Path, train_path: Path, dev_path: Path, overrides: dict[str, Any] | None = None) -> Path:
    """Train with spaCy's trainer and the committed config; returns the best model's folder."""
    from spacy.cli.train import train as spacy_train

    spacy_train(
        config,
        output_path=out,
        overrides={"paths.train": str(train_path), "paths.dev": str(dev_path), **(overrides or {})},
    )
    return out / "model-best"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policykg.extract.train", description=__doc__.split("\n")[0])
    parser.add_argument("train_dir", type=Path, help="labelled split: articles.jsonl + gold.jsonl")
    parser.add_argument("--dev", type=Path, help="dev split (default: the train split)")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--max-steps", type=int, help="override training.max_steps")
    parser.add_argument("--prepare-only", action="store_true", help="write the DocBin files, do not train")
    args = parser.parse_args(argv)
    lex = load_lexicon()
    try:
        splits = {"train": args.train_dir, "dev": args.dev or args.train_dir}
        for name, folder in splits.items():
            examples = split_examples(*read_split(folder), lex)
            write_docbin(examples, args.out / f"{name}.spacy")
            positives = sum(dict(e.cats)["ACT"] for e in examples)
            print(f"{name}: {len(examples)} candidate clauses, {positives:.0f} state an act ({folder})")
        if not args.prepare_only:
            extra = {"training.max_steps": args.max_steps} if args.max_steps else None
            best = train(args.config, args.out, args.out / "train.spacy", args.out / "dev.spacy", extra)
            print(f"model: {best}")
    except PolicyKGError as exc:
        print(f"policykg: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
