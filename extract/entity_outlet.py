"""Whose press is it? The state an outlet writes from (rule ``outlet_home``).

A national paper names its own government's bodies bare: Estonia's ERR writes "the Ministry of Foreign Affairs"
for Estonia's, Kenya's press "the Cabinet" for Kenya's, a Taipei paper 外交部 for Taiwan's, however often the
story names the other side (Russia, China).  The outlet's state is read from the article's metadata, never from
its text: the country of the outlet named in ``source`` when the gazetteer lists it with one
(``entities/news*.jsonl``), else the country-code top-level domain of its ``url`` (``news.err.ee``: Estonia;
``.co.uk``: the United Kingdom).  Domains sold for other uses (``.co``, ``.io``, ``.me``, ``.tv``, ``.cc`` ...)
and regional ones (``.eu``, ``.asia``) name no state.

:func:`policykg.extract.entity_context.resolve_ministries` gives a bare national body this state when the article
names the state itself (a paper's report on a foreign ministry of a state it never names keeps the text's own
reading).
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlparse

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


def outlet_state(publishers: frozenset[str], url: str | None, gaz) -> str | None:
    """``outlet_home``: the one state of the outlets named in ``source``, else the state of the URL's domain."""
    states = {getattr(gaz.get(eid), "country", None) for eid in publishers}
    states = {s for s in states if s and len(s) == 3}
    if len(states) == 1:
        return next(iter(states))
    return tld_state(url)
