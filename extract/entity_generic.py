"""Generic agency heads: whose "commerce ministry" is it? (issue 11)

"The Ministry of Commerce", "the foreign ministry", "the Department of Agriculture", "the General Department
of Customs", 商务部, 外交部 name a function that every government has, not one state: in a Bangladeshi paper the
Ministry of Commerce is Bangladesh's, in a Kyrgyz decree 外交部 is Kyrgyzstan's.  The gazetteer still spells
these heads for the one state whose body is best known by them (MOFCOM, USDA, Vietnam's customs), so a bare
head resolved to that state whatever the article.  ``generic_agencies.jsonl`` lists the heads by function
(the function is a ministry domain of ``ministries.jsonl``, shared by the English and Chinese forms); the
rules below give such a mention the state in context (:func:`policykg.extract.entity_context.resolve_ministries`
calls them once no state is written with the head).

* ``generic_head``: a mention whose whole text is a listed head (case aside) names no state of its own; it
  neither counts as a mention of the known body's state when the article's home state is found (a page of
  "Ministry of Commerce" would otherwise make any article China's) nor keeps that body when another state is
  the one in context.
* ``known_in_context``: the known body (MOFCOM for "Ministry of Commerce") keeps the head when the article
  names its state by itself (not through the generic heads); else the article's home state has it.
* ``zh_head_state``: a bare Chinese head is its row's state by default (商务部, 外交部, 财政部: China's, as
  ``zh_ministry_state`` had it); heads of no one state (贸易部, 能源部, 工贸部) have none.  Making a bare Chinese
  head another state's when the article names only that one (a Kyrgyz decree's 外交部) was tried: train
  entities fp -1, dev tp -1 and fp +1 (Chinese reports of MOFCOM's acts on foreign firms name the firms' state
  only), left out.
* ``agency_id``: the resolved body's id is the gazetteer's agency of (state, function), else a minted
  ``org:<demonym>_ministry_of_<function>`` (``org:thai_ministry_of_commerce``), or for a row with ``mint``
  ``org:<demonym>_<mint>`` (``org:cambodia_customs``), the forms the labelled data use.
"""

from __future__ import annotations

from policykg.extract.entity_ids import new_entity

# department_states: the states whose executive bodies are departments, not ministries (the US executive
# departments; the Philippines' Department of Agriculture, of Trade and Industry ...): a body of theirs resolved from
# any head ("菲律宾农业部", "the Philippine agriculture ministry") is minted ``org:<demonym>_department_of_<function>``
DEPARTMENT_STATES = frozenset({"USA", "PHL"})


def _tables(gaz) -> tuple[dict[str, dict], dict[str, dict]]:
    """{lower-case English head: row} and {Chinese head: row}, cached on the gazetteer."""
    cached = gaz._cache.get("generic_heads")
    if cached is None:
        en = {form.lower(): row for row in gaz.generic for form in row.get("en", ())}
        zh = {form: row for row in gaz.generic for form in row.get("zh", ())}
        cached = gaz._cache["generic_heads"] = (en, zh)
    return cached


def head_row(form: str, gaz) -> dict | None:
    """Rule ``generic_head``: the row of ``form`` when it is a generic agency head, else None."""
    en, zh = _tables(gaz)
    return zh.get(form) or en.get(" ".join(form.split()).lower())


def is_generic(c, text: str, gaz) -> bool:
    """Is the chosen candidate ``c`` a generic head matched to a known body?"""
    return bool(c.eid) and not c.eid.startswith("@") and head_row(text[c.start : c.end], gaz) is not None


def without_generic(text: str, chosen: list, gaz) -> list:
    """The chosen candidates without the generic heads (which name no state by themselves)."""
    return [c for c in chosen if not is_generic(c, text, gaz)]


def zh_default(form: str, gaz) -> str | None:
    """Rule ``zh_head_state``: the state a bare Chinese head is by default: its row's ``zh_state`` ("" when the row names none);
    None when the form is no listed head (the caller keeps its own default)."""
    _, zh = _tables(gaz)
    row = zh.get(form)
    return None if row is None else row.get("zh_state", "")


def known_in_context(known_state: str, named: set[str], home: str | None) -> str | None:
    """Rule ``known_in_context``: the state of a generic head the text writes no state for: the known body's
    state when the article names it, else the article's home state (None: keep the known body)."""
    if known_state in named or home is None:
        return None
    return home


def agency_id(gaz, country: str, function: str, form: str) -> str | None:
    """Rule ``agency_id``: the known agency of (country, function), else a minted id for a row with ``mint``
    (``org:cambodia_customs``); None for a plain ministry (the caller mints it as any ministry)."""
    known = gaz.ministry_ids.get((country, function))
    if known:
        return known
    row = next((r for r in gaz.generic if r["function"] == function), None)
    if row is None or not row.get("mint"):
        return None
    owner = gaz.get(country)
    name = f"{row['mint'].replace('_', ' ').title()} ({owner.name if owner else country})"
    return new_entity(gaz, f"org:{gaz.adjective(country)}_{row['mint']}", "Agency", name, country)
