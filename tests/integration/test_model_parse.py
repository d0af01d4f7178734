"""With ``--model``, the parse is made only for the sentences the rules read, and NER is off:
the records on the sample corpus are those of the whole-text parse with every component."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.nlp import MODEL_ALIASES, PARSE_PIPES, LazyParse, load_nlp, parsed_sentence
from policykg.extract.normalize import normalise_for_extraction
from policykg.extract.parallel import extract_records
from policykg.extract.pipeline import Pipeline, extract_article, extract_articles, load_pipeline
from policykg.extract.read import read_paths

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
MODEL = "en_core_web_sm"


@pytest.fixture(scope="module")
def articles() -> list:
    return read_paths([str(ROOT / "data" / "corpus")]).articles


def _whole_text_records(articles: list) -> list:
    """Extraction as it was before: every component (NER included) over each whole text."""
    import importlib.util

    import spacy

    name = next(n for n in (MODEL, *MODEL_ALIASES[MODEL]) if importlib.util.find_spec(n))
    nlp = spacy.load(name, exclude=["lemmatizer"])
    assert "ner" in nlp.pipe_names
    rules = load_pipeline(None)
    pipe = Pipeline(model=MODEL, nlp=nlp, gazetteer=rules.gazetteer, lexicon=rules.lexicon, rescorer=rules.rescorer)
    return [extract_article(a, pipe, nlp(normalise_for_extraction(a.text).text)) for a in articles]


def test_model_loads_without_ner_and_lemmatizer() -> None:
    assert set(load_nlp(MODEL).pipe_names) == set(PARSE_PIPES)


def test_sentence_parse_gives_the_records_of_the_whole_text_parse(articles: list) -> None:
    assert list(extract_articles(articles, model=MODEL)) == _whole_text_records(articles)


def test_jobs_2_with_a_model_gives_the_same_records(articles: list) -> None:
    assert list(extract_records(articles, model=MODEL, jobs=2, chunk_size=4)) == list(
        extract_articles(articles, model=MODEL)
    )


def test_lazy_parse_parses_only_the_sentence_asked_for() -> None:
    text = "Tariffs rise\nChina imposed controls on gallium. The EU said it would respond."
    lazy = LazyParse(load_nlp(MODEL), text)
    doc, shift = parsed_sentence(lazy, text.index("EU"))
    assert (doc.text, shift) == ("The EU said it would respond.", text.index("The EU"))
    assert {t.dep_ for t in doc if t.text == "EU"} == {"nsubj"}
    assert list(lazy._parsed) == [(shift, len(text))]
