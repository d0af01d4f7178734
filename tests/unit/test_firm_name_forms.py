"""Firm-name forms of wire copy and of the listed-firm table, through the whole pipeline (rules only).

Each row is one invented sentence of one form: the ids it must yield and the ids it must not.  Classes: the
wire style's bare "Co" ("Zhejiang Kestrel Cobalt Co said", no period), Indonesia's "PT ... Tbk", a "(Group)"
or "(Holdings)" inside a Chinese firm's English name, a name word opening with a digit ("3D", "5G"); names of
the listed firms generated from the index constituents (``en/firms_indices.jsonl``) and their negative controls
(a common word, a given name before a surname, a photo credit).  Invented names where the class is a pattern.
"""

from __future__ import annotations

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline


def ids_of(text: str) -> set[str]:
    article = Article(title="Trade news", body=text, published="2025-11-25T09:00:00")
    return {e.id for e in extract_article(article, load_pipeline(rescore=False)).entities}


# (sentence, ids it must yield, ids it must not)
WIRE_SUFFIXES = [
    ("Zhejiang Kestrel Cobalt Co said it would cut output.", "org:zhejiang_kestrel_cobalt", ""),
    ("Shares of Baotou Zelkova Rare Earth Products Co fell 3%.", "org:baotou_zelkova_rare_earth_products", ""),
    ("The quota hurts Hunan Orvana Tungsten Co, a supplier.", "org:hunan_orvana_tungsten", ""),
    ("Exports were halted by Jiangxi Marlow Magnet Co.", "org:jiangxi_marlow_magnet", ""),
    ("Analysts expect Shandong Quarvex Steel Co to comply.", "org:shandong_quarvex_steel", ""),
    ("PT Kestrel Nikel Tbk said the ban hurts.", "org:kestrel_nikel", "org:pt"),
    ("Nickel miner PT Zelkova Mineral Tbk halted ore sales.", "org:zelkova_mineral", ""),
    ("Ningbo Quarvex Copper (Group) Co., Ltd. raised prices.", "org:ningbo_quarvex_copper", ""),
    ("Xiamen Orvana Tungsten (Holdings) Co Ltd raised prices.", "org:xiamen_orvana_tungsten", "org:co_ltd"),
    ("Shenzhen Kestrel 3D Technology Co was added to the list.", "org:shenzhen_kestrel_3d", "org:technology"),
    ("Quarvex 5G Technologies Ltd was added to the list.", "org:quarvex_5g", ""),
    # no name: generic words or legal words alone
    ("A Technology Co said it would comply.", "", "org:technology"),
    ("Exports by the Co-op fell.", "", "org:co_op"),
]
INDEX_FIRMS = [
    ("Ericsson warned that the tariffs would hurt sales.", "org:ericsson", ""),
    ("Schaeffler cut its forecast after the duties.", "org:schaeffler", ""),
    ("Komatsu halted shipments of excavators to Russia.", "org:komatsu", ""),
    ("Renault suspended its Russian operations.", "org:renault", ""),
    ("Danaher said the export rule would cost it $100 million.", "org:danaher", ""),
    # negative controls: a common word, a given name, a family name, a stock-photo credit, a short acronym
    ("The target of the tariffs is Target steel.", "", "org:target"),
    ("Commerce official Dana Whitlow said the rule is final.", "", "org:dana"),
    ("Japanese lawmaker Muneo Suzuki said Tokyo would respond.", "", "org:suzuki"),
    ("Exports fell. [Photo Credit: Shutterstock]", "", "org:shutterstock"),
    ("The SSE index fell 2% after the tariffs.", "", "org:sse"),
]


@pytest.mark.parametrize(("text", "must", "must_not"), WIRE_SUFFIXES + INDEX_FIRMS)
def test_firm_name_form(text: str, must: str, must_not: str) -> None:
    found = ids_of(text)
    assert set(must.split()) <= found and not set(must_not.split()) & found, sorted(found)
