"""The clause-classifier training script (issue 11, item 2), on our own held-out set b only.

data/labelled/ is never read here: the script is tested on tests/data/heldout/b.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg import PolicyKGError
from policykg.extract.models import Article
from policykg.extract.train import LABELS, clause_examples, main, read_split, split_examples
from policykg.extract.triggers import load_lexicon

SET_B = Path(__file__).resolve().parents[1] / "data" / "heldout" / "b"


def _on(cats) -> list[str]:
    return [label for label, value in cats if value]


def test_set_b_gives_labelled_candidate_clauses() -> None:
    examples = split_examples(*read_split(SET_B), load_lexicon())
    assert (len(examples), sum(dict(e.cats)["ACT"] for e in examples)) == (44, 18)
    assert all(tuple(label for label, _ in e.cats) == LABELS for e in examples)
    by_text = {e.text: _on(e.cats) for e in examples}
    assert by_text["Last September New Delhi had banned exports of broken rice."] == [
        "ACT",
        "TYPE_EXPORT_BAN",
        "ACTION_impose",
    ]
    assert by_text["Moscow threatened to stop supplying oil to countries that apply the cap."] == [
        "ACT",
        "TYPE_EXPORT_BAN",
        "ACTION_threaten",
    ]


def test_a_clause_outside_every_evidence_is_negative() -> None:
    article = Article(title="x", body="Japan imposed export controls on Monday. Analysts expect tariffs to rise.")
    gold = {"events": [{"type": "EXPORT_CONTROL", "action": "impose", "evidence": "Japan imposed export controls"}]}
    got = [(e.text, _on(e.cats)) for e in clause_examples(article, gold, load_lexicon())]
    assert got == [
        ("Japan imposed export controls on Monday.", ["ACT", "TYPE_EXPORT_CONTROL", "ACTION_impose"]),
        ("Analysts expect tariffs to rise.", []),
    ]


def test_a_split_without_gold_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyKGError, match=r"gold\.jsonl"):
        read_split(tmp_path)


def test_training_runs_and_the_model_predicts_every_label(tmp_path: Path) -> None:
    import spacy

    assert main([str(SET_B), "--out", str(tmp_path), "--max-steps", "5"]) == 0
    nlp = spacy.load(tmp_path / "model-best")
    assert set(nlp("China banned exports of gallium.").cats) == set(LABELS)
    assert sorted(p.name for p in tmp_path.glob("*.spacy")) == ["dev.spacy", "train.spacy"]
