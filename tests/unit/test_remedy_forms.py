"""Trade remedies and quotas by stage: the vocabulary of the WTO remedy agreements through the whole pipeline.

A coverage table, like ``test_type_forms.py`` (issue 11, engineer xremedy8): invented short sentences (not copied
from any article), one row per stage of a trade-remedy case or per quota form, in English and in Chinese (Simplified,
MOFCOM's 公告 wording, and Traditional, Taiwan's 財政部 wording), with the investigating authorities of the main users
of anti-dumping as actors (the European Commission, India's DGTR, Australia's Anti-Dumping Commission, Brazil's
Gecex, South Africa's ITAC, Turkey, Canada's CBSA and CITT, Mexico's economy ministry, Taiwan's finance ministry,
MOFCOM, the Korea Trade Commission).  The mapping stage -> (type, action) is the table of ``docs/extraction.md``
("Trade remedies and quotas"): a petition is the petitioner's INVESTIGATION ``request``; an initiation, an expiry or
interim review an INVESTIGATION ``impose``; provisional and definitive duties, safeguard measures, tariff-rate quotas
and an anti-circumvention extension a TARIFF ``impose``; price undertakings the exporters' state's TARIFF
``request`` and the authority's ``approve`` / ``reject``; a termination without measures an INVESTIGATION ``lift``;
a duty continued after review a TARIFF ``extend``, revoked or lapsed a TARIFF ``lift``; import quotas and licences
an IMPORT_RESTRICTION ``impose``.  Negative controls (a duty that merely remains, a hearing, a questionnaire
deadline) give no event.

Each row: ``want`` is ``(type, action, main actor, items, targets)`` one event of the article must have exactly
(items and targets as sets); with ``want`` None the article has no event.  A form the rules miss is marked
``xfail`` (strict) with the reason, so the table counts what is covered and names what is not.
"""

from __future__ import annotations

from typing import Any

import pytest

from policykg.extract.models import Article, Event
from policykg.extract.pipeline import extract_article, load_pipeline
from tests.rule_cases import rule_events

Want = tuple[str, str, str, frozenset[str], frozenset[str]]


def w(type_: str, action: str, actor: str, items: tuple[str, ...] = (), targets: tuple[str, ...] = ()) -> Want:
    """A wanted event: type, action, main actor, and the exact item and target sets."""
    return (type_, action, actor, frozenset(items), frozenset(targets))


def row(stage: str, text: str, want: Want | None, *, xfail: str = "") -> Any:
    """One form of one remedy stage; ``want`` None: the sentence states no act."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, want, marks=marks, id=f"{stage}:{text[:40]}")


def shape(event: Event) -> Want:
    """An extracted event in the shape of a wanted one."""
    return (event.type, event.action, event.actors[0], frozenset(event.items), frozenset(event.targets))


EN_FORMS = [
    row(
        "petition",
        "Indian steelmakers filed a petition with the Directorate General of Trade Remedies seeking anti-dumping "
        "duties on stainless steel from China.",
        w("INVESTIGATION", "request", "IND", ("item:stainless_steel",), ("CHN",)),
        xfail="the petition's items go to a separate TARIFF request ('seeking duties')",
    ),
    row(
        "petition",
        "The application was lodged by the Australian industry, which asked the Anti-Dumping Commission to "
        "investigate rebar exported from Malaysia.",
        w("INVESTIGATION", "request", "AUS", ("item:rebar",), ("MYS",)),
        xfail="a passive petition ('was lodged by') is not read",
    ),
    row(
        "initiation",
        "India's Directorate General of Trade Remedies initiated an anti-dumping investigation into imports of "
        "solar cells from China and Vietnam on Monday.",
        w("INVESTIGATION", "impose", "IND", ("item:solar_cells",), ("CHN", "VNM")),
    ),
    row(
        "initiation",
        "The European Commission opened an anti-subsidy investigation into imports of tyres from China on Monday.",
        w("INVESTIGATION", "impose", "EU", ("item:tyres",), ("CHN",)),
    ),
    row(
        "initiation",
        "Australia's Anti-Dumping Commission has initiated a countervailing investigation into rebar exported "
        "from Malaysia.",
        w("INVESTIGATION", "impose", "AUS", ("item:rebar",), ("MYS",)),
    ),
    row(
        "initiation",
        "South Africa's International Trade Administration Commission launched a safeguard investigation into "
        "imports of steel on Monday.",
        w("INVESTIGATION", "impose", "ZAF", ("item:steel",)),
    ),
    row(
        "provisional",
        "The European Commission imposed provisional anti-dumping duties of up to 35% on plywood from China on Monday.",
        w("TARIFF", "impose", "EU", ("item:plywood",), ("CHN",)),
    ),
    row(
        "provisional",
        "The Canada Border Services Agency made a preliminary determination of dumping and began collecting "
        "provisional duties on steel plates from China on Monday.",
        w("TARIFF", "impose", "CAN", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "definitive",
        "Brazil's Gecex approved definitive anti-dumping duties on tyres from China for five years on Monday.",
        w("TARIFF", "impose", "BRA", ("item:tyres",), ("CHN",)),
    ),
    row(
        "definitive",
        "Turkey imposed anti-dumping duties on glass from China on Monday.",
        w("TARIFF", "impose", "TUR", ("item:glass",), ("CHN",)),
    ),
    row(
        "definitive",
        "The Korea Trade Commission decided on Monday to impose anti-dumping duties of 21% on stainless steel "
        "from China.",
        w("TARIFF", "impose", "KOR", ("item:stainless_steel",), ("CHN",)),
    ),
    row(
        "definitive",
        "Mexico's Ministry of Economy imposed definitive countervailing duties on footwear from China on Monday.",
        w("TARIFF", "impose", "MEX", ("item:footwear",), ("CHN",)),
    ),
    row(
        "undertaking_request",
        "Chinese exporters of solar panels offered price undertakings to the European Commission.",
        w("TARIFF", "request", "CHN", ("item:solar_panels",), ("EU",)),
    ),
    row(
        "undertaking_approve",
        "The European Commission accepted price undertakings from Chinese exporters of solar panels on Monday.",
        w("TARIFF", "approve", "EU", ("item:solar_panels",), ("CHN",)),
    ),
    row(
        "undertaking_reject",
        "The European Commission rejected the price undertakings offered by Chinese exporters of solar panels.",
        w("TARIFF", "reject", "EU", ("item:solar_panels",), ("CHN",)),
        xfail="the offering exporters' state is no target",
    ),
    row(
        "termination",
        "The European Commission terminated its anti-dumping investigation into imports of ceramic tiles from "
        "Turkey without imposing measures.",
        w("INVESTIGATION", "lift", "EU", ("item:ceramics",), ("TUR",)),
    ),
    row(
        "termination",
        "South Africa's International Trade Administration Commission ended the anti-dumping investigation into "
        "chicken from Brazil on Monday.",
        w("INVESTIGATION", "lift", "ZAF", ("item:chicken",), ("BRA",)),
    ),
    row(
        "termination",
        "India's Directorate General of Trade Remedies terminated the anti-dumping probe on plywood from Vietnam "
        "after the applicant withdrew its complaint.",
        w("INVESTIGATION", "lift", "IND", ("item:plywood",), ("VNM",)),
    ),
    row(
        "termination",
        "The European Commission closed its anti-dumping investigation into tyres from China without imposing "
        "measures on Monday.",
        w("INVESTIGATION", "lift", "EU", ("item:tyres",), ("CHN",)),
    ),
    row(
        "termination",
        "The European Commission withdrew the anti-subsidy proceeding concerning tyres from China on Monday.",
        w("INVESTIGATION", "lift", "EU", ("item:tyres",), ("CHN",)),
    ),
    row(
        "termination",
        "Vietnam's Ministry of Industry and Trade decided to end the anti-dumping investigation into furniture "
        "from Malaysia.",
        w("INVESTIGATION", "lift", "VNM", ("item:furniture",), ("MYS",)),
        xfail="the bare verb 'end' is no lift (a row was dropped: train +1 fp)",
    ),
    row(
        "concluded",
        "The European Commission concluded its anti-dumping investigation into tyres from China on Monday.",
        None,
    ),
    row(
        "circumvention",
        "The European Commission opened an anti-circumvention investigation into tyres from Vietnam on Monday.",
        w("INVESTIGATION", "impose", "EU", ("item:tyres",), ("VNM",)),
    ),
    row(
        "review",
        "The Canada Border Services Agency initiated an expiry review of the anti-dumping duties on steel plates "
        "from China on Monday.",
        w("INVESTIGATION", "impose", "CAN", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "review",
        "Brazil's Gecex opened an interim review of the anti-dumping duties on tyres from China on Monday.",
        w("INVESTIGATION", "impose", "BRA", ("item:tyres",), ("CHN",)),
    ),
    row(
        "review",
        "Australia's Anti-Dumping Commission began a sunset review of the measures on rebar from Malaysia.",
        w("INVESTIGATION", "impose", "AUS", ("item:rebar",), ("MYS",)),
    ),
    row(
        "continued",
        "Following a sunset review, India extended the anti-dumping duty on tyres from China for another five years.",
        w("TARIFF", "extend", "IND", ("item:tyres",), ("CHN",)),
    ),
    row(
        "continued",
        "Malaysia made an affirmative final determination to continue imposing anti-dumping duties on glass "
        "from China for five years.",
        w("TARIFF", "extend", "MYS", ("item:glass",), ("CHN",)),
    ),
    row(
        "continued",
        "Pakistan's National Tariff Commission decided on Monday to continue the imposition of anti-dumping "
        "duties on tyres from China.",
        w("TARIFF", "extend", "PAK", ("item:tyres",), ("CHN",)),
    ),
    row(
        "continued",
        "The Canadian International Trade Tribunal continued its order on steel plates from China for five more "
        "years on Monday.",
        w("TARIFF", "extend", "CAN", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "continued",
        "Mexico's Ministry of Economy renewed the anti-dumping duties on footwear from China for five years.",
        w("TARIFF", "extend", "MEX", ("item:footwear",), ("CHN",)),
    ),
    row(
        "revoked",
        "Mexico's Ministry of Economy revoked the countervailing duties on footwear from China on Monday.",
        w("TARIFF", "lift", "MEX", ("item:footwear",), ("CHN",)),
    ),
    row(
        "revoked",
        "Australia allowed the anti-dumping duties on rebar from Malaysia to expire on Monday.",
        w("TARIFF", "lift", "AUS", ("item:rebar",), ("MYS",)),
    ),
    row(
        "revoked",
        "The Canadian International Trade Tribunal rescinded its finding on steel plates from China on Monday.",
        w("TARIFF", "lift", "CAN", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "revoked",
        "The US Commerce Department revoked the antidumping duty order on steel plates from China on Monday.",
        w("TARIFF", "lift", "USA", ("item:steel_plates",), ("CHN",)),
    ),
    row("collected", "Customs collected $2 billion in anti-dumping duties last year.", None),
    row(
        "continued",
        "Turkey's Ministry of Trade decided to continue the anti-dumping measures on tyres from China for five years.",
        w("TARIFF", "extend", "TUR", ("item:tyres",), ("CHN",)),
    ),
    row(
        "lapsed",
        "Australia's anti-dumping duties on rebar from Malaysia expired on Monday.",
        w("TARIFF", "lift", "AUS", ("item:rebar",), ("MYS",)),
    ),
    row(
        "definitive",
        "India's finance ministry notified anti-dumping duties on glass from China on Monday.",
        w("TARIFF", "impose", "IND", ("item:glass",), ("CHN",)),
    ),
    row(
        "provisional",
        "The European Commission imposed provisional measures on tyres from China on Monday.",
        w("TARIFF", "impose", "EU", ("item:tyres",), ("CHN",)),
    ),
    row(
        "definitive",
        "India imposed trade remedy measures on glass from China on Monday.",
        w("TARIFF", "impose", "IND", ("item:glass",), ("CHN",)),
    ),
    row(
        "acronym",
        "India imposed ADD on glass from China on Monday.",
        w("TARIFF", "impose", "IND", ("item:glass",), ("CHN",)),
    ),
    row(
        "acronym",
        "The United States imposed CVDs on steel plates from China on Monday.",
        w("TARIFF", "impose", "USA", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "scheduled",
        "Australia's anti-dumping duties on rebar from Malaysia are due to expire in March.",
        None,
        xfail="a state's own duty noun with no act is read as a measure imposed (noun owned by a state)",
    ),
    row(
        "extension_probe",
        "The Korea Trade Commission extended its anti-dumping investigation into steel plates from China by two "
        "months.",
        w("INVESTIGATION", "extend", "KOR", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "circumvention",
        "The European Commission extended the anti-dumping duties on Chinese solar panels to imports consigned "
        "from Malaysia on Monday.",
        w("TARIFF", "impose", "EU", ("item:solar_panels",), ("MYS",)),
        xfail="the duty's original origin (China) stays a target beside the third country",
    ),
    row(
        "initiation",
        "The European Commission self-initiated an anti-circumvention inquiry into tyres from Vietnam on Monday.",
        w("INVESTIGATION", "impose", "EU", ("item:tyres",), ("VNM",)),
    ),
    row(
        "safeguard",
        "Turkey imposed safeguard measures on imports of steel on Monday.",
        w("TARIFF", "impose", "TUR", ("item:steel",)),
    ),
    row(
        "safeguard",
        "South Africa introduced a safeguard duty of 10% on steel imports on Monday.",
        w("TARIFF", "impose", "ZAF", ("item:steel",)),
    ),
    row(
        "safeguard_quota",
        "Turkey imposed safeguard quotas on steel imports on Monday.",
        w("IMPORT_RESTRICTION", "impose", "TUR", ("item:steel",)),
    ),
    row(
        "trq",
        "The Philippines introduced a tariff-rate quota on rice imports on Monday, with an in-quota rate of 15% "
        "and an out-of-quota rate of 35%.",
        w("TARIFF", "impose", "PHL", ("item:rice",)),
    ),
    row(
        "quota",
        "Indonesia imposed import quotas on sugar on Monday.",
        w("IMPORT_RESTRICTION", "impose", "IDN", ("item:sugar",)),
    ),
    row(
        "quota_cut",
        "Indonesia cut its sugar import quota on Monday.",
        w("IMPORT_RESTRICTION", "impose", "IDN", ("item:sugar",)),
    ),
    row(
        "quota_raise",
        "Indonesia raised its sugar import quota on Monday.",
        w("IMPORT_RESTRICTION", "lift", "IDN", ("item:sugar",)),
    ),
    row(
        "quota_scrap",
        "Indonesia scrapped import quotas on beef on Monday.",
        w("IMPORT_RESTRICTION", "lift", "IDN", ("item:beef",)),
    ),
    row(
        "trq",
        "South Korea expanded the tariff-rate quota for US beef on Monday.",
        w("TARIFF", "suspend", "KOR", ("item:beef",), ("USA",)),
    ),
    row(
        "trq",
        "Japan opened a tariff-rate quota of 70,000 tonnes for US rice on Monday.",
        w("TARIFF", "impose", "JPN", ("item:rice",), ("USA",)),
    ),
    row(
        "trq",
        "The European Union granted Ukraine a duty-free quota for eggs on Monday.",
        w("TARIFF", "impose", "EU", ("item:eggs",), ("UKR",)),
    ),
    row(
        "licensing",
        "Indonesia introduced import licences for steel on Monday.",
        w("IMPORT_RESTRICTION", "impose", "IDN", ("item:steel",)),
    ),
    row(
        "exclusion",
        "The United States granted tariff exclusions for steel from Japan on Monday.",
        w("TARIFF", "suspend", "USA", ("item:steel",), ("JPN",)),
    ),
    row("remains", "The anti-dumping duties on steel plates from China remain in force.", None),
    row(
        "hearing",
        "The European Commission will hold a hearing in the anti-dumping case on tyres from China on December 10.",
        None,
    ),
    row(
        "questionnaire",
        "Exporters must reply to the anti-dumping questionnaire on tyres from China by December 10.",
        None,
    ),
]

ZH_FORMS = [
    row(
        "zh_initiation",
        "商务部11月24日发布公告，决定对原产于美国的进口牛肉发起反倾销调查。",
        w("INVESTIGATION", "impose", "CHN", ("item:beef",), ("USA",)),
    ),
    row(
        "zh_circumvention",
        "商务部决定对原产于美国的进口牛肉发起反规避调查。",
        w("INVESTIGATION", "impose", "CHN", ("item:beef",), ("USA",)),
    ),
    row(
        "zh_safeguard_probe",
        "商务部决定自11月25日起对进口牛肉进行保障措施调查。",
        w("INVESTIGATION", "impose", "CHN", ("item:beef",)),
    ),
    row(
        "zh_interim_review",
        "商务部决定对原产于美国的进口高粱所适用的反倾销措施进行期中复审。",
        w("INVESTIGATION", "impose", "CHN", ("item:sorghum",), ("USA",)),
    ),
    row(
        "zh_probe_extension",
        "商务部决定将对原产于美国的进口牛肉的反倾销调查期限延长6个月。",
        w("INVESTIGATION", "extend", "CHN", ("item:beef",), ("USA",)),
    ),
    row(
        "zh_petition",
        "应国内产业申请，商务部决定对原产于欧盟的进口猪肉进行反倾销立案调查。",
        w("INVESTIGATION", "request", "CHN", ("item:pork",), ("EU",)),
    ),
    row(
        "zh_definitive",
        "商务部裁定，自11月25日起对原产于日本的进口不锈钢征收反倾销税，实施期限5年。",
        w("TARIFF", "impose", "CHN", ("item:stainless_steel",), ("JPN",)),
    ),
    row(
        "zh_provisional",
        "商务部决定自11月25日起采用保证金形式对原产于加拿大的进口油菜籽实施临时反倾销措施。",
        w("TARIFF", "impose", "CHN", ("item:canola",), ("CAN",)),
    ),
    row(
        "zh_undertaking_request",
        "欧盟出口商向商务部提交了价格承诺申请。",
        w("TARIFF", "request", "EU", (), ("CHN",)),
    ),
    row(
        "zh_undertaking_approve",
        "商务部决定接受欧盟出口商提交的价格承诺。",
        w("TARIFF", "approve", "CHN", (), ("EU",)),
        xfail="the exporters' state before 出口商提交的 is no target of the approval",
    ),
    row(
        "zh_termination",
        "商务部决定终止对原产于澳大利亚的进口大麦的反倾销调查。",
        w("INVESTIGATION", "lift", "CHN", ("item:barley",), ("AUS",)),
    ),
    row(
        "zh_review",
        "商务部决定对原产于美国的进口高粱所适用的反倾销措施进行期终复审调查。",
        w("INVESTIGATION", "impose", "CHN", ("item:sorghum",), ("USA",)),
    ),
    row(
        "zh_continued",
        "商务部裁定，自11月25日起继续对原产于日本的进口不锈钢征收反倾销税，实施期限5年。",
        w("TARIFF", "extend", "CHN", ("item:stainless_steel",), ("JPN",)),
        xfail="继续征收 is no extend (a 继续…征收 row was dropped: dev +1 fp)",
    ),
    row(
        "zh_lift",
        "商务部决定自11月25日起终止对原产于澳大利亚的进口大麦征收反倾销税。",
        w("TARIFF", "lift", "CHN", ("item:barley",), ("AUS",)),
    ),
    row(
        "zh_safeguard",
        "商务部决定自11月25日起对进口食糖实施保障措施。",
        w("TARIFF", "impose", "CHN", ("item:sugar",)),
    ),
    row(
        "zh_trq",
        "商务部决定自11月25日起对进口牛肉实施关税配额管理。",
        w("TARIFF", "impose", "CHN", ("item:beef",)),
    ),
    row(
        "zh_quota",
        "印尼决定自11月25日起对进口食糖实施进口配额。",
        w("IMPORT_RESTRICTION", "impose", "IDN", ("item:sugar",)),
    ),
    row(
        "zh_quota_cut",
        "印尼决定削减食糖进口配额。",
        w("IMPORT_RESTRICTION", "impose", "IDN", ("item:sugar",)),
    ),
    row(
        "zh_trq_expand",
        "日本决定扩大美国大米的免税进口配额。",
        w("TARIFF", "suspend", "JPN", ("item:rice",), ("USA",)),
    ),
    row(
        "zh_lift",
        "商务部决定停止对原产于美国的进口牛肉征收反倾销税。",
        w("TARIFF", "lift", "CHN", ("item:beef",), ("USA",)),
    ),
    row(
        "zh_suspend",
        "商务部决定暂停对原产于美国的进口牛肉征收反倾销税。",
        w("TARIFF", "suspend", "CHN", ("item:beef",), ("USA",)),
    ),
    row(
        "zh_suspend_probe",
        "商务部决定中止对原产于美国的进口牛肉的反倾销调查。",
        w("INVESTIGATION", "suspend", "CHN", ("item:beef",), ("USA",)),
    ),
    row(
        "zh_import_halt",
        "中方决定停止进口美国大豆。",
        w("IMPORT_RESTRICTION", "impose", "CHN", ("item:soybeans",), ("USA",)),
    ),
    row(
        "zh_take_measures",
        "印度对中国玻璃采取反倾销措施。",
        w("TARIFF", "impose", "IND", ("item:glass",), ("CHN",)),
    ),
    row(
        "zh_take_measures",
        "印度决定对中国玻璃采取贸易救济措施。",
        w("TARIFF", "impose", "IND", ("item:glass",), ("CHN",)),
    ),
    row("zh_vague", "中方将采取必要措施。", None),
    row("zh_remains", "对原产于日本的进口不锈钢征收的反倾销税仍然有效。", None),
    row("zh_hearing", "调查机关将于12月10日就该反倾销案举行听证会。", None),
    row("zh_questionnaire", "利害关系方应于12月10日前提交反倾销调查问卷答卷。", None),
]

ZHT_FORMS = [
    row(
        "zht_provisional",
        "台灣財政部公告，對自中國大陸進口的陶瓷磚課徵臨時反傾銷稅。",
        w("TARIFF", "impose", "TWN", ("item:ceramics",), ("CHN",)),
    ),
    row(
        "zht_initiation",
        "台灣財政部決定對中國大陸產製進口的鋼板展開反傾銷調查。",
        w("INVESTIGATION", "impose", "TWN", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "zht_sunset",
        "台灣財政部決定對中國大陸產製的鋼板進行落日調查。",
        w("INVESTIGATION", "impose", "TWN", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "zht_customs",
        "台灣財政部關務署公告，自即日起對中國大陸產製之鋼板課徵反傾銷稅。",
        w("TARIFF", "impose", "TWN", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "zht_trq",
        "台灣財政部決定自明年起對進口稻米實施關稅配額。",
        w("TARIFF", "impose", "TWN", ("item:rice",)),
    ),
    row(
        "zht_continued",
        "台灣財政部決定對中國大陸產製的輪胎繼續課徵反傾銷稅五年。",
        w("TARIFF", "extend", "TWN", ("item:tyres",), ("CHN",)),
        xfail="繼續課徵 is no extend (a 继续…征收 row was dropped: dev +1 fp)",
    ),
    row(
        "zht_lift",
        "台灣財政部決定停止對中國大陸產製的鋼板課徵反傾銷稅。",
        w("TARIFF", "lift", "TWN", ("item:steel_plates",), ("CHN",)),
    ),
    row(
        "zht_undertaking_reject",
        "歐盟執委會拒絕中國出口商提出的價格承諾。",
        w("TARIFF", "reject", "EU", (), ("CHN",)),
    ),
    row(
        "zht_korea",
        "韓國貿易委員會決定對中國產不鏽鋼課徵反傾銷稅。",
        w("TARIFF", "impose", "KOR", ("item:stainless_steel",), ("CHN",)),
    ),
]


@pytest.mark.parametrize(("text", "want"), EN_FORMS + ZH_FORMS + ZHT_FORMS)
def test_remedy_form(text: str, want: Want | None) -> None:
    got = {shape(e) for e in rule_events(text)}
    if want is None:
        assert not got, got
    else:
        assert want in got, got


# the investigating authorities by their English and Chinese names (gazetteer/*/trade_remedy.jsonl, agencies.jsonl)
AUTHORITIES = [
    ("The Korea Trade Commission (KTC) met on Monday.", "org:korea_trade_commission"),
    ("The Korean Trade Commission met on Monday.", "org:korea_trade_commission"),
    ("韩国贸易委员会周一开会。", "org:korea_trade_commission"),
    ("India's Directorate General of Trade Remedies met on Monday.", "org:dgtr"),
    ("The Directorate General of Anti-dumping and Allied Duties met on Monday.", "org:dgtr"),
    ("印度商工部贸易救济总局周一开会。", "org:dgtr"),
    ("Pakistan's National Tariff Commission met on Monday.", "org:pakistan_national_tariff_commission"),
    ("The Tariff Commission of the Philippines met on Monday.", "org:philippine_tariff_commission"),
    ("Indonesia's KPPI met on Monday.", "org:kppi"),
    ("巴西外贸委员会周一开会。", "org:gecex_camex"),
    ("Brazil's Gecex met on Monday.", "org:gecex_camex"),
    ("South Africa's ITAC met on Monday.", "org:itac"),
    ("Australia's Anti-Dumping Commission met on Monday.", "org:australian_anti_dumping_commission"),
    ("The Canada Border Services Agency met on Monday.", "org:cbsa"),
    ("加拿大国际贸易法庭周一开会。", "org:citt"),
    ("台灣財政部關務署周一公告。", "org:taiwan_customs_administration"),
]


@pytest.mark.parametrize(("text", "want"), AUTHORITIES, ids=[a[0][:30] for a in AUTHORITIES])
def test_authority_names(text: str, want: str) -> None:
    record = extract_article(
        Article(title="x", body=text, published="2025-11-25T09:00:00"), load_pipeline(rescore=False)
    )
    assert want in {e.id for e in record.entities}
