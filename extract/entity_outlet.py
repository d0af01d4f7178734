"""Whose press is it? The state an outlet writes from (rule ``outlet_home``).

A national paper names its own government's bodies bare: Estonia's ERR writes "the Ministry of Foreign Affairs"
for Estonia's, Kenya's press "the Cabinet" for Kenya's, a Taipei paper 外交部 for Taiwan's, however often the
story names the other side (Russia, China).  The outlet's state is read from the article's metadata, never from
its text: the state of the outlet whose web domain the ``url`` is on (``data/outlets.csv``, a general table
of the world's press: ``thehindu.com``: India, ``dawn.com``: Pakistan, ``storm.mg``: Taiwan, not Madagascar),
else the country of the outlet named in ``source`` when the gazetteer lists it with one (``entities/news*.jsonl``),
else the country-code top-level domain of its ``url`` (``news.err.ee``: Estonia; ``.co.uk``: the United Kingdom),
else the outlet of ``outlets.csv`` that ``source`` names in full.  The domain comes first because it names the
outlet exactly where a name may be shared (东方日报 of Hong Kong and of Kuala Lumpur).  The table is read only
against ``source`` and ``url``, never against the body, so outlets named by common words (Dawn, Mint, The News,
The Star) cannot become entities.  Domains sold for other uses (``.co``, ``.io``, ``.me``, ``.tv``, ``.cc`` ...)
and regional ones (``.eu``, ``.asia``) name no state.

:func:`policykg.extract.entity_context.resolve_ministries` gives a bare national body this state when the article
names the state itself (a paper's report on a foreign ministry of a state it never names keeps the text's own
reading).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlparse

from policykg.extract.normalize import to_simplified

# ccTLDs used as generic names (".io" for tech, ".tv" for video, ".co" for companies, ".me", ".ai", ".fm" ...)
GENERIC_CCTLDS = frozenset({"ac", "ad", "ai", "am", "as", "cc", "co", "fm", "gg", "im", "io", "la", "ly", "me"})
GENERIC_CCTLDS |= frozenset({"ms", "mu", "nu", "sh", "so", "st", "to", "tk", "tv", "vc", "ws"})
_TLD_CODES = {"uk": "GB"}  # the one ccTLD that is not its state's ISO alpha-2 code


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """ISO 3166-1 alpha-2 -> alpha-3 (pycountry, a run-time dependency of the package)."""
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def tld_state(url: str | None) -> str | None:
    """The state of a URL's country-code top-level domain ("https://news.err.ee/..." -> "EST"), or None."""
    host = (urlparse(url).hostname or "") if url else ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or tld in GENERIC_CCTLDS:
        return None
    return _alpha3().get(_TLD_CODES.get(tld, tld.upper()))


@lru_cache(maxsize=1)
def outlet_rows() -> tuple[dict[str, str], ...]:
    """Rows of ``data/outlets.csv`` (state, id, name, zh, domains; packaged data, read once)."""
    text = files("policykg.extract.data").joinpath("outlets.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _domain_states() -> dict[str, str]:
    """Web domain -> state of its outlet ("thehindu.com" -> "IND")."""
    return {d: row["state"] for row in outlet_rows() for d in row["domains"].split()}


def fold_outlet(name: str) -> str:
    """An outlet's name for comparison: NFKC, case-folded, no leading "the", letters and digits only."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[\W_]+", "", text)


@lru_cache(maxsize=1)
def _name_states() -> dict[str, str]:
    """Folded full name (English or Chinese) -> state; a bracketed qualifier is part of the name, and a name
    that outlets of two states share (经济日报 of Beijing and of Taipei, 世界报 for Le Monde and Die Welt) none."""
    states: dict[str, set[str]] = {}
    for row in outlet_rows():
        for name in filter(None, (row["name"], row["zh"])):
            states.setdefault(fold_outlet(to_simplified(name)), set()).add(row["state"])
    return {name: next(iter(s)) for name, s in states.items() if len(s) == 1}


def domain_state(url: str | None) -> str | None:
    """The state of the outlet on the URL's host or a parent domain of it ("www.dawn.com" -> "PAK"), or None."""
    host = (urlparse(url).hostname or "").lower() if url else ""
    labels = host.split(".")
    table = _domain_states()
    for i in range(len(labels) - 1):
        if (state := table.get(".".join(labels[i:]))) is not None:
            return state
    return None


def source_state(source: str | None) -> str | None:
    """The state of the outlet ``source`` names in full ("Business Recorder" -> "PAK"), or None."""
    return _name_states().get(fold_outlet(to_simplified(source))) if source else None


def outlet_state(publishers: frozenset[str], url: str | None, gaz, source: str | None = None) -> str | None:
    """``outlet_home``: the state of the outlet on the URL's domain, else the one state of the gazetteer's
    outlets named in ``source``, else of the URL's country-code domain, else of the outlet ``source`` names."""
    if (state := domain_state(url)) is not None:
        return state
    states = {getattr(gaz.get(eid), "country", None) for eid in publishers}
    states = {s for s in states if s and len(s) == 3}
    if len(states) == 1:
        return next(iter(states))
    return tld_state(url) or source_state(source)
