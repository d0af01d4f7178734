"""The surface forms of entities real news uses, by class, in English and Chinese (Simplified and
Traditional), through the whole pipeline (:func:`policykg.extract.pipeline.extract_article`, rules only).

Each row is one invented sentence of one form of one class: the ids it must yield and the ids it must
not (the contract's non-entities: a state's name inside a firm's name, the US state of Georgia, a goods
word used as a modifier). Firm and person names are invented where the class is a pattern (a legal
suffix, a title before a name) so that no gazetteer row can answer for them. Forms the rules do not
read yet are ``xfail`` with the reason; ``test_form_counts`` prints the pass count per class.
The table is written from the classes of the language, not from any article.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline


class Form(NamedTuple):
    """One sentence, the ids it must yield, the ids it must not, and why it fails if it does."""

    text: str
    must: frozenset[str]
    must_not: frozenset[str] = frozenset()
    xfail: str = ""


def form(text: str, must: str = "", must_not: str = "", xfail: str = "") -> Form:
    """A row; ids space-separated."""
    return Form(text, frozenset(must.split()), frozenset(must_not.split()), xfail)


def ids_of(text: str) -> set[str]:
    """Entity ids of an article whose body is ``text``."""
    article = Article(title="Trade news", body=text, published="2025-11-25T09:00:00")
    return {e.id for e in extract_article(article, load_pipeline(rescore=False)).entities}


# (state, demonym, id): the ban of a state named by its adjective
DEMONYM_TABLE = [
    ("Argentine", "ARG"),
    ("Australian", "AUS"),
    ("Brazilian", "BRA"),
    ("Canadian", "CAN"),
    ("Chinese", "CHN"),
    ("French", "FRA"),
    ("German", "DEU"),
    ("Indian", "IND"),
    ("Indonesian", "IDN"),
    ("Italian", "ITA"),
    ("Japanese", "JPN"),
    ("Mexican", "MEX"),
    ("Russian", "RUS"),
    ("Saudi", "SAU"),
    ("South African", "ZAF"),
    ("South Korean", "KOR"),
    ("Turkish", "TUR"),
    ("British", "GBR"),
    ("Vietnamese", "VNM"),
    ("Malaysian", "MYS"),
    ("Thai", "THA"),
    ("Philippine", "PHL"),
    ("Chilean", "CHL"),
    ("Dutch", "NLD"),
    ("Spanish", "ESP"),
    ("Polish", "POL"),
    ("Swiss", "CHE"),
    ("Singaporean", "SGP"),
    ("Peruvian", "PER"),
    ("Pakistani", "PAK"),
    ("Egyptian", "EGY"),
    ("Nigerian", "NGA"),
    ("Ukrainian", "UKR"),
    ("Taiwanese", "TWN"),
]
# generated from countryinfo (tools/gen_demonyms.py, en/countries_demonyms.jsonl): the states the curated list lacks
GENERATED_DEMONYMS = [
    ("Bangladeshi", "BGD"),
    ("Kenyan", "KEN"),
    ("Ghanaian", "GHA"),
    ("Lebanese", "LBN"),
    ("Iraqi", "IRQ"),
    ("Qatari", "QAT"),
    ("Sri Lankan", "LKA"),
    ("Ivorian", "CIV"),
    ("Cambodian", "KHM"),
    ("Colombian", "COL"),
    ("Sudanese", "SDN"),
    ("South Sudanese", "SSD"),
    ("Papua New Guinean", "PNG"),
    ("Equatorial Guinean", "GNQ"),
    ("Zimbabwean", "ZWE"),
]
DEMONYMS = [
    form(f"The {adj} ban on rice exports took effect.", iso) for adj, iso in DEMONYM_TABLE + GENERATED_DEMONYMS
] + [
    # left out by the generator: ending longer demonyms ('Equatorial Guinean'), another sense (the US state)
    form("The Guinean ban on rice exports took effect.", "", "GIN GNQ PNG"),
    form("The Georgian ban on wine imports took effect.", "", "GEO"),
]


STATES = [
    form("The United States will impose tariffs on steel.", "USA"),
    form("The U.S. will impose tariffs on steel.", "USA"),
    form("The US will impose tariffs on steel.", "USA"),
    form("America will impose tariffs on steel.", "USA"),
    form("The People's Republic of China banned exports of gallium.", "CHN"),
    form("The Russian Federation banned exports of gallium.", "RUS"),
    form("The Republic of Korea raised duties on steel.", "KOR"),
    form("South Korea raised duties on steel.", "KOR"),
    form("Türkiye raised duties on steel.", "TUR"),
    form("Turkey raised duties on steel.", "TUR"),
    form("Viet Nam raised duties on steel.", "VNM"),
    form("Britain raised duties on steel.", "GBR"),
    form("The UK raised duties on steel.", "GBR"),
    form("The Netherlands restricted exports of chip equipment.", "NLD"),
    form("The Indonesian ban on nickel ore exports took effect.", "IDN"),
    form("Beijing announced export controls on gallium.", "CHN"),
    form("Washington announced export controls on chips.", "USA"),
    form("Tokyo tightened export controls on chips.", "JPN"),
    form("Seoul protested the duties.", "KOR"),
    form("New Delhi banned rice exports.", "IND"),
    form("Canberra protested the duties.", "AUS"),
    form("Ottawa imposed a surtax on steel.", "CAN"),
    form("Brasília imposed duties on steel.", "BRA"),
    form("Hanoi raised duties on steel.", "VNM"),
    form("Ankara raised duties on steel.", "TUR"),
    form("Riyadh raised duties on steel.", "SAU"),
    form("Berlin opposed the duties.", "DEU"),
    # capital_metonymy: a venue capital is its state only as an actor
    form("Jakarta's ban on nickel ore exports took effect.", "IDN"),
    form("Talks on the duties were held in Paris.", "", "FRA"),
    form("Copper rose on the London Metal Exchange.", "", "GBR"),
    form("Jakarta banned nickel ore exports.", "IDN"),
    form("Pretoria raised duties on steel.", "ZAF"),
    form("Buenos Aires raised duties on steel.", "ARG"),
    form("Paris opposed the duties.", "FRA"),
    form("London opposed the duties.", "GBR"),
    form("Rome opposed the duties.", "ITA"),
    form("中方宣布对镓实施出口管制。", "CHN"),
    form("美方宣布对芯片实施出口管制。", "USA"),
    form("日方宣布对芯片实施出口管制。", "JPN"),
    form("欧方宣布对钢铁加征关税。", "EU"),
    form("韩方宣布对钢铁加征关税。", "KOR"),
    form("俄方宣布对钢铁加征关税。", "RUS"),
    form("印方宣布对钢铁加征关税。", "IND"),
    form("英方宣布对钢铁加征关税。", "GBR"),
    form("中美贸易谈判取得进展。", "CHN USA"),
    form("中日韩自贸协定谈判重启。", "CHN JPN KOR"),
    form("美欧达成钢铝关税协议。", "USA EU"),
    form("中欧电动汽车关税谈判继续。", "CHN EU"),
    form("中俄贸易增长。", "CHN RUS"),
    form("紐西蘭宣布對鋼鐵加徵關稅。", "NZL"),
    form("南韓宣布對鋼鐵加徵關稅。", "KOR"),
    form("新加坡宣布對鋼鐵加徵關稅。", "SGP"),
    form("澳洲宣布對鋼鐵加徵關稅。", "AUS"),
    form("越南宣布对钢铁加征关税。", "VNM"),
    form("印尼宣布禁止镍矿出口。", "IDN"),
    form("星加坡宣布對鋼鐵加徵關稅。", "SGP", xfail="星加坡, an old Malayan form, is rare in current news"),
]

# "X's <domain> ministry" over the G20: the state and its ministry, id from the gazetteer or minted from the adjective
G20_MINISTRIES = [
    ("Argentina", "ARG", "argentine"),
    ("Australia", "AUS", "australian"),
    ("Brazil", "BRA", "brazilian"),
    ("France", "FRA", "french"),
    ("Germany", "DEU", "german"),
    ("Indonesia", "IDN", "indonesian"),
    ("Italy", "ITA", "italian"),
    ("Mexico", "MEX", "mexican"),
    ("Russia", "RUS", "russian"),
    ("Saudi Arabia", "SAU", "saudi"),
    ("South Africa", "ZAF", "south_african"),
    ("Turkey", "TUR", "turkish"),
    ("Britain", "GBR", "uk"),
]
# compound_domain: a state whose one ministry lists the domain answers with it (Brazil's MDIC, Russia's Ministry
# of Industry and Trade)
COMPOUND_OWNERS = {("BRA", "trade"): "org:brazil_mdic", ("RUS", "trade"): "org:russian_ministry_of_industry_and_trade"}
MINISTRY_SWEEP = [
    form(
        f"{owner}'s {word} ministry said the duties were unfair.",
        f"{iso} {COMPOUND_OWNERS.get((iso, domain), f'org:{adj}_ministry_of_{domain}')}",
    )
    for owner, iso, adj in G20_MINISTRIES
    for word, domain in (("trade", "trade"), ("finance", "finance"), ("foreign", "foreign_affairs"))
]

AGENCIES = [
    # owned_listed_domain: a ministry named by a list of domains after its state's possessive
    form(
        "Turkey's Food, Agriculture and Livestock Ministry guaranteed the shipments.",
        "TUR org:turkish_ministry_of_food_agriculture_and_livestock",
    ),
    form(
        "Indonesia's Maritime Affairs and Fisheries Ministry banned the exports.",
        "IDN org:indonesian_ministry_of_maritime_affairs_and_fisheries",
        "org:indonesian_ministry_of_fisheries",
    ),
    form(
        "Japan's Agriculture, Forestry and Fisheries Ministry suspended the imports.",
        "JPN org:japanese_ministry_of_agriculture_forestry_and_fisheries",
    ),
    form(
        "Ukraine's Agrarian Policy and Food Ministry said exports would resume.",
        "UKR org:ukrainian_ministry_of_agrarian_policy_and_food",
    ),
    form("South Korea's Trade, Industry and Energy Ministry said.", "KOR org:motie"),  # a list a row knows
    form(
        "The Food, Agriculture and Livestock Ministry said.",
        "",
        "org:turkish_ministry_of_food_agriculture_and_livestock",
    ),
    form("China's commerce ministry announced export controls on gallium.", "org:mofcom CHN"),
    form("China's Ministry of Commerce announced export controls on gallium.", "org:mofcom"),
    form("The Ministry of Commerce of China announced export controls on gallium.", "org:mofcom"),
    form("The Chinese Commerce Ministry announced export controls on gallium.", "org:mofcom"),
    form("MOFCOM announced export controls on gallium.", "org:mofcom"),
    form("Japan's trade ministry tightened export controls on chips.", "org:meti JPN"),
    form("Japan's Ministry of Economy, Trade and Industry tightened export controls on chips.", "org:meti"),
    form("India's commerce ministry banned rice exports.", "org:indian_ministry_of_commerce_and_industry"),
    form("India's finance ministry raised duties on gold.", "org:indian_ministry_of_finance"),
    form("Indonesia's trade ministry banned nickel ore exports.", "org:indonesian_ministry_of_trade"),
    form("Germany's economy ministry opposed the duties.", "org:german_ministry_of_economy"),
    form("Brazil's foreign ministry protested the duties.", "org:brazilian_ministry_of_foreign_affairs"),
    form("Mexico's economy ministry raised duties on steel.", "org:mexico_economy_ministry"),
    form("Russia's foreign ministry protested the sanctions.", "org:russian_ministry_of_foreign_affairs"),
    form("China's foreign ministry protested the sanctions.", "org:chinese_ministry_of_foreign_affairs"),
    form("Chinese customs data showed gallium exports fell.", "org:gac"),
    form("The General Administration of Customs said exports fell.", "org:gac"),
    form("U.S. Customs and Border Protection detained the shipments.", "org:cbp"),
    form("The U.S. Commerce Department added firms to the Entity List.", "org:us_commerce_department USA"),
    form("The Commerce Department added firms to the Entity List.", "org:us_commerce_department"),
    form("The Treasury Department sanctioned the firms.", "org:us_treasury"),
    form("The European Commission imposed duties on electric vehicles.", "org:european_commission"),
    form("The Office of the U.S. Trade Representative opened an investigation.", "org:ustr"),
    form("USTR opened an investigation.", "org:ustr"),
    form("The Bureau of Industry and Security tightened rules on chips.", "org:bis"),
    form("海关总署公布了镓出口数据。", "org:gac"),
    # customs authorities of the main trading states (customs.jsonl)
    form("Korea Customs Service said exports fell.", "org:korea_customs_service"),
    form("Korean customs data showed exports fell.", "org:korea_customs_service KOR"),
    form("Japanese customs data showed exports fell.", "org:japan_customs"),
    form("The Central Board of Indirect Taxes and Customs raised duties.", "org:cbic"),
    form("HMRC said imports fell.", "org:hmrc"),
    form("Vietnam Customs said exports rose.", "org:vietnam_customs"),
    form("Russia's Federal Customs Service said imports fell.", "org:russian_federal_customs_service"),
    form("Taiwan customs data showed exports rose.", "org:taiwan_customs_administration"),
    form(
        "韩国关税厅数据显示出口下降。",
        "org:korea_customs_service",
        xfail="Chinese forms of the customs list: dev entities +2 tp but dev events fp +1, dropped",
    ),
    # Canada's federal bodies named "X Canada" (gov_can.jsonl), and its ministries by domain
    form("The Department of Finance Canada raised the surtax.", "org:finance_canada", "USA"),
    form("Canada's finance ministry raised the surtax.", "org:finance_canada CAN"),
    form("Global Affairs Canada protested.", "org:global_affairs_canada"),
    form("Canada's foreign ministry protested.", "org:global_affairs_canada"),
    form("Statistics Canada said exports fell.", "org:statistics_canada"),
    form("加拿大财政部宣布征收附加税。", "org:finance_canada CAN"),
    # a bare ministry takes the article's own state (home_country)
    form("The Commerce Ministry said China would retaliate.", "org:mofcom"),
    form("The Chinese government said it would retaliate.", "CHN"),
    form("The Trump administration imposed tariffs on steel.", "USA person:donald_trump"),
    # customs_owner: customs after a state are its customs authority
    form("Japan's customs agency said exports fell.", "org:japan_customs JPN"),
    form("South Korea's customs service said exports fell.", "org:korea_customs_service"),
    form("India's customs department said exports fell.", "org:cbic"),
    form("U.S. customs officials seized the cargo.", "org:cbp"),
    form("商务部宣布对镓实施出口管制。", "org:mofcom"),
    form("美国商务部将多家企业列入实体清单。", "org:us_commerce_department USA"),
    # the United States' bodies are departments in Chinese too (one id for 美国能源部 and "US Department of Energy")
    form("美国能源部宣布新规。", "org:us_department_of_energy USA"),
    form("The US Department of Energy announced the rule.", "org:us_department_of_energy USA"),
    form("美国国土安全部宣布扣押货物。", "org:us_department_of_homeland_security USA"),
    form("The Department of Homeland Security seized the goods.", "org:us_department_of_homeland_security"),
    # a minted ministry id spells its state, never the ISO code: the adjective where the gazetteer has one, else the name
    form("Ghana's Ministry of Food and Agriculture banned imports.", "org:ghana_ministry_of_food_and_agriculture GHA"),
    form("Bolivia's Ministry of Energy approved the contract.", "org:bolivian_ministry_of_energy BOL"),
    # India's Ministry of Commerce and Industry in Chinese (the commerce_and_industry domain)
    form("印度商业和工业部宣布禁止出口。", "org:indian_ministry_of_commerce_and_industry IND"),
    form("印度商业与工业部宣布禁止出口。", "org:indian_ministry_of_commerce_and_industry IND"),
    # ministries of trade and industry, health, fisheries, foreign trade (import bans on food, SPS measures)
    form("新加坡贸工部表示。", "org:singaporean_ministry_of_trade_and_industry SGP"),
    form("Singapore's Ministry of Trade and Industry said.", "org:singaporean_ministry_of_trade_and_industry SGP"),
    form("俄罗斯卫生部宣布禁止进口。", "org:russian_ministry_of_health RUS"),
    form("The Japanese Health Ministry tested the fish.", "org:japanese_ministry_of_health JPN"),
    form("韩国海洋水产部宣布禁止进口。", "org:korean_ministry_of_oceans_and_fisheries KOR"),
    form(
        "South Korea's Ministry of Oceans and Fisheries banned imports.", "org:korean_ministry_of_oceans_and_fisheries"
    ),
    # a ministry of foreign affairs and trade (Australia, New Zealand) is no trade ministry of China
    form("澳大利亚外交贸易部宣布制裁。", "org:australian_ministry_of_foreign_affairs_and_trade AUS", "org:mofcom"),
    form("新西兰外交与贸易部表示。", "NZL", "org:mofcom"),
    form("日本经济产业省收紧芯片出口管制。", "org:meti"),
    form("財政部宣布對黃金加徵關稅。", "org:chinese_ministry_of_finance"),
    # home_government: a bare 财政部 / 外交部 in a text written from Taiwan (its organs, currency, calendar, or
    # one of its bodies named) is Taiwan's; elsewhere China's, or the state written before it
    form(
        "行政院会通过修法，财政部表示将调整关税。", "org:taiwan_ministry_of_finance", "org:chinese_ministry_of_finance"
    ),
    form(
        "財政部表示，以新台幣計價的出口成長一成。", "org:taiwan_ministry_of_finance", "org:chinese_ministry_of_finance"
    ),
    form("民国113年财政部统计显示出口增加。", "org:taiwan_ministry_of_finance", "org:chinese_ministry_of_finance"),
    form("財政部經關稅稅率審議小組審查，決定課徵反傾銷稅。", "org:taiwan_ministry_of_finance"),
    form("財政部關務署統計，上月出口成長。", "org:taiwan_customs_administration"),
    form(
        "关务署表示，上月出口创新高，财政部将持续关注。",
        "org:taiwan_customs_administration org:taiwan_ministry_of_finance",
    ),
    form("总统府表示冲击有限，外交部将持续沟通。", "org:taiwan_mofa", "org:chinese_ministry_of_foreign_affairs"),
    form("财政部宣布对美国商品加征关税。", "org:chinese_ministry_of_finance", "org:taiwan_ministry_of_finance"),
    form("美国财政部宣布制裁。财政部表示将继续施压。", "org:us_treasury", "org:chinese_ministry_of_finance"),
    form("德国财政部表示将审查关税。", "org:german_ministry_of_finance DEU", "org:chinese_ministry_of_finance"),
    form("台湾财政部宣布课征反倾销税。", "org:taiwan_ministry_of_finance TWN"),
    form("Taiwan's Ministry of Finance imposed anti-dumping duties.", "org:taiwan_ministry_of_finance"),
    # trade ministries known by their own ids and acronyms
    form("Malaysia's Ministry of Investment, Trade and Industry kept the duties.", "org:miti_malaysia MYS"),
    form("Malaysia's Ministry of International Trade and Industry (MITI) imposed duties.", "org:miti_malaysia"),
    form("Malaysia will impose duties on steel, the trade ministry said.", "org:miti_malaysia"),
    form("马来西亚贸工部宣布征收反倾销税。", "org:miti_malaysia"),
    form("New Zealand's Ministry of Business, Innovation and Employment rejected the duties.", "org:mbie NZL"),
    form("MBIE recommended against the duties.", "org:mbie"),
    form("Brazil's Ministry of Development, Industry, Trade and Services set quotas.", "org:brazil_mdic BRA"),
    # coordinated_owner: a bare ministry coordinated after one whose state is written shares that state;
    # zh_ministry_state: a bare 省 is Japan's
    # zh_parent_prefix: a body named as the first part of its subordinate office's name is no mention of it
    form("国务院关税税则委员会发布公告。", "org:customs_tariff_commission", "org:state_council"),
    form("中国国务院港澳事务办公室副主任表示反对。", "", "org:state_council"),
    form("经国务院批准，商务部宣布加征关税。", "org:state_council org:mofcom"),
    form("俄罗斯外交部和财政部宣布反制措施。", "org:russian_ministry_of_finance", "org:chinese_ministry_of_finance"),
    form(
        "美国国务院、国防部、商务部和能源部达成协议。",
        "org:us_department_of_state org:us_department_of_defense org:us_commerce_department org:us_department_of_energy",
        "org:mofcom",
    ),
    form("德国经济部和财政部反对关税。", "org:german_ministry_of_finance", "org:chinese_ministry_of_finance"),
    form("日本经济产业省与外务省宣布制裁。", "org:meti org:japanese_ministry_of_foreign_affairs"),
    form("外务省表示抗议。", "org:japanese_ministry_of_foreign_affairs", "org:chinese_ministry_of_foreign_affairs"),
    form("商务部和外交部表示反对。", "org:mofcom org:chinese_ministry_of_foreign_affairs"),
    form("在国务院、国防部和商务部达成协议之前。", "org:mofcom", "org:us_department_of_defense"),
    form(
        "Russia's foreign and finance ministries announced countermeasures.",
        "org:russian_ministry_of_finance",
        xfail="a plural head shared by coordinated domains is not read",
    ),
    form("Taiwan will impose duties on steel, the finance ministry said.", "org:taiwan_ministry_of_finance"),
    form("Taiwan's Customs Administration said exports rose.", "org:taiwan_customs_administration"),
    form("China's Customs Administration said exports fell.", "org:gac"),
    form(
        "財政部昨(4)日表示，將對進口鋼品課徵反傾銷稅。",
        "org:taiwan_ministry_of_finance",
        xfail="the press's bracketed day is written in Hong Kong too: no mark of Taiwan (tried, train and dev 0)",
    ),
    form("欧盟委员会对电动汽车加征关税。", "org:european_commission"),
    form("外交部发言人表示反对制裁。", "org:chinese_ministry_of_foreign_affairs"),
    form("Indonesia will ban bauxite exports, the trade ministry said.", "org:indonesian_ministry_of_trade"),
    form(
        "India banned rice exports, the commerce ministry said on Tuesday.",
        "org:indian_ministry_of_commerce_and_industry",
    ),
    form("Germany opposed the duties, the economy ministry said.", "org:german_ministry_of_economy"),
    form("韩国产业通商资源部宣布对钢铁加征关税。", "org:motie KOR"),
    form("德国经济部反对关税。", "org:german_ministry_of_economy DEU"),
    form("美国财政部宣布制裁。", "org:us_treasury"),
    form("美国国务院宣布制裁。", "org:us_department_of_state"),
    form("美国贸易代表办公室启动调查。", "org:ustr"),
    form("美国海关与边境保护局扣押了货物。", "org:cbp"),
    form("韩国外交部表示抗议。", "org:korean_ministry_of_foreign_affairs"),
    form("印度尼西亚贸易部宣布禁止出口。", "org:indonesian_ministry_of_trade"),
    # Japan's ministries are 省, Korea's finance ministry 企划财政部, India's commerce ministry 商工部
    form("日本财务省宣布对钢铁加征关税。财务省表示将持续关注。", "org:japanese_ministry_of_finance JPN"),
    form("日本外務省表示抗議。", "org:japanese_ministry_of_foreign_affairs"),
    form("日本防卫省表示抗议。", "org:japanese_ministry_of_defence"),
    form("日本农林水产省宣布暂停进口。", "org:japanese_ministry_of_agriculture"),
    form("韩国企划财政部宣布对钢铁加征关税。", "org:korean_ministry_of_economy_and_finance"),
    form("印度商工部宣布对钢铁加征关税。", "org:indian_ministry_of_commerce_and_industry"),
    # compound_domain: "industry" is a part of METI's and MOTIE's listed domains
    form("Japan tightened chip export rules, the industry ministry said.", "org:meti"),
    form("South Korea's industry ministry tightened export controls on chips.", "org:motie"),
    form("China's customs administration said exports fell.", "org:gac"),
    form(
        "The foreign ministry in Beijing protested the sanctions.",
        "org:chinese_ministry_of_foreign_affairs",
        xfail="an owner after 'in' (a capital) is read as a venue, not as the ministry's state",
    ),
]

BLOCS = [
    form("The EU imposed duties on electric vehicles.", "EU"),
    form("ASEAN leaders discussed the tariffs.", "ASEAN"),
    form("The G7 agreed on critical minerals.", "G7"),
    form("The Group of Seven agreed on critical minerals.", "G7"),
    form("G20 ministers discussed the tariffs.", "G20"),
    form("The WTO ruled against the duties.", "WTO"),
    form("The World Trade Organization ruled against the duties.", "WTO"),
    form("OPEC raised output.", "OPEC"),
    form("BRICS members discussed the tariffs.", "BRICS"),
    form("The African Union discussed the tariffs.", "AU"),
    form("Mercosur agreed a trade deal with the EU.", "MERCOSUR EU"),
    form("The Group of 20 discussed the tariffs.", "G20"),
    form("欧盟对电动汽车加征关税。", "EU"),
    form("歐盟對電動汽車加徵關稅。", "EU"),
    form("东盟讨论关税问题。", "ASEAN"),
    form("東協討論關稅問題。", "ASEAN"),
    form("七国集团就关键矿产达成一致。", "G7"),
    form("七大工业国集团就关键矿产达成一致。", "G7"),
    form("二十国集团讨论关税问题。", "G20"),
    form("世贸组织裁定关税违规。", "WTO"),
    form("世界贸易组织裁定关税违规。", "WTO"),
    form("石油输出国组织增产。", "OPEC"),
    form("金砖国家讨论关税问题。", "BRICS"),
    form("非洲联盟讨论关税问题。", "AU"),
    form("南方共同市场与欧盟达成贸易协定。", "MERCOSUR EU"),
    form("The Organisation of the Petroleum Exporting Countries raised output.", "OPEC"),
    form("The Southern Common Market discussed the tariffs.", "MERCOSUR"),
    form("日本在G7峰会上讨论关税。", "G7 JPN"),
    form("20国集团讨论关税问题。", "G20"),
    form("東南亞國家協會討論關稅問題。", "ASEAN"),
    form("亞細安討論關稅問題。", "ASEAN"),
    form("北約組織討論關稅問題。", "NATO"),
    form("亞太經濟合作會議討論關稅問題。", "APEC"),
    form("跨太平洋夥伴全面進步協定討論關稅問題。", "CPTPP"),
    form("中国申请加入CPTPP。", "CPTPP CHN"),
    form("石油輸出國家組織增產。", "OPEC"),
    form("海湾阿拉伯国家合作委员会讨论关税问题。", "GCC"),
]

FIRMS = [
    # industry_pair: "Iron and Steel", "Science and Technology", "Oil and Gas" inside a suffixed firm name; any other
    # "and" joins two firms; "Pty Ltd" is a legal suffix
    form(
        "The duties apply to Hebei Zelkova Iron and Steel Co., Ltd.", "org:hebei_zelkova_iron_and_steel", "item:steel"
    ),
    form("The list adds Kestrel Science and Technology Co.", "org:kestrel_science_and_technology"),
    form("Orvana Oil and Gas Ltd said it would appeal.", "org:orvana_oil_and_gas"),
    form("Kestrel Minerals Pty Ltd said it would appeal.", "org:kestrel_minerals", "org:pty"),
    form("Orvana and Zelkova Corp said they would comply.", "org:zelkova", "org:orvana_and_zelkova"),
    form(
        "Duties apply to Zelkova Jingshan United Iron & Steel Co., Ltd.",
        "org:zelkova_jingshan_united_iron_steel",
    ),
    form("Zanthor Mining Co. halted exports of cobalt.", "org:zanthor_mining"),
    form("Zanthor Mining Ltd halted exports of cobalt.", "org:zanthor_mining"),
    form("Zanthor Mining Inc. halted exports of cobalt.", "org:zanthor_mining"),
    form("Zanthor Mining Corp. halted exports of cobalt.", "org:zanthor_mining"),
    form("Zanthor Mining AG halted exports of cobalt.", "org:zanthor_mining"),
    form("Zanthor Mining SA halted exports of cobalt.", "org:zanthor_mining"),
    form("Zanthor Mining Limited halted exports of cobalt.", "org:zanthor_mining"),
    form("Zanthor Holdings Group halted exports of cobalt.", "org:zanthor"),
    form("The company Zanthor halted exports of cobalt.", "org:zanthor"),
    form("Nvidia cannot sell its chips to China.", "org:nvidia"),
    form("英伟达无法向中国出售芯片。", "org:nvidia"),
    form("Huawei was added to the Entity List.", "org:huawei"),
    form("华为被列入实体清单。", "org:huawei"),
    form("ASML halted exports to China.", "org:asml"),
    form("阿斯麦暂停对华出口。", "org:asml"),
    form("Dutch chipmaker ASML halted exports to China.", "org:asml NLD"),
    form("Chipmaker Zanthor halted exports to China.", "org:zanthor"),
    form("Miner Zanthor halted exports of cobalt.", "org:zanthor"),
    form("chipmaker Zanthor halted exports to China.", "org:zanthor"),
    form("台积电暂停对华出口。", "org:tsmc"),
    form("TSMC halted exports to China.", "org:tsmc"),
    form("三星电子暂停对华出口。", "org:samsung_electronics"),
    form("Samsung Electronics halted exports to China.", "org:samsung_electronics"),
    form("苹果公司暂停对华出口。", "org:apple"),
    form("特斯拉暂停对华出口。", "org:tesla"),
    form("宁德时代暂停对美出口。", "org:catl"),
    form("CATL halted exports to the US.", "org:catl"),
    form("中芯国际被列入实体清单。", "org:smic"),
    form("SMIC was added to the Entity List.", "org:smic"),
    form("美光被列入实体清单。", "org:micron"),
    form("英特尔被列入实体清单。", "org:intel"),
    form("高通被列入实体清单。", "org:qualcomm"),
    form("力拓暂停出口。", "org:rio_tinto"),
    form("Rio Tinto halted exports.", "org:rio_tinto"),
    form("嘉能可暂停出口。", "org:glencore"),
    form("必和必拓暂停出口。", "org:bhp"),
    form("紫金矿业暂停出口。", "org:zijin_mining"),
    form("洛阳钼业暂停出口。", "org:cmoc"),
    form("北方稀土暂停出口。", "org:northern_rare_earth"),
    form("China Northern Rare Earth Group halted exports.", "org:northern_rare_earth"),
    form("中国稀土集团暂停出口。", "org:china_rare_earth_group", "CHN"),
    form("莱纳斯暂停出口。", "org:lynas"),
    form("MP Materials halted exports.", "org:mp_materials"),
]

PEOPLE = [
    # lower_title: offices in lower case ("Trade minister X", "former president X") and the honorific "Sheikh"
    form("Trade minister Kestrel Vane asked the commission to review the tariffs.", "person:kestrel_vane"),
    form("India's trade minister Piyush Goyal said exports would rise.", "person:piyush_goyal"),
    form("The tariffs were imposed by former president Donald Trump.", "person:donald_trump"),
    form("Sheikh Mohamed bin Zayed Al Nahyan witnessed the signing.", "person:mohamed_bin_zayed_al_nahyan"),
    form("The minister said China would retaliate.", "CHN", "person:china"),
    # person_gloss after the titles of firms' and regions' heads (执行长, 行政总裁, 老板, 州长), a gloss ending in a dot
    form("俄罗斯天然气工业公司执行长米勒(Alexey Miller)表示。", "person:alexey_miller"),
    form("切尔西老板阿布拉莫维奇(Roman Abramovich)遭制裁。", "person:roman_abramovich"),
    form("荷兰贸易部长雷内特•克莱弗(Reinette Klever.)表示。", "person:reinette_klever"),
    form("加州州长纽森(Gavin Newsom)表示反对关税。", "person:gavin_newsom"),
    form("公司行政总裁陈大文(Tommy Chan)表示将暂停出口。", "person:tommy_chan"),
    form("President Donald Trump imposed tariffs on steel.", "person:donald_trump"),
    form("Trump imposed tariffs on steel.", "person:donald_trump"),
    form("Commerce Secretary Howard Lutnick announced the duties.", "person:howard_lutnick"),
    form("Trade Minister Anna Kowalczyk announced the duties.", "person:anna_kowalczyk"),
    form("EU Trade Commissioner Maros Sefcovic announced the duties.", "person:maros_sefcovic"),
    form("Foreign ministry spokesperson Lin Jian said China opposed the sanctions.", "person:lin_jian"),
    form("Foreign Minister Wang Yi said China opposed the sanctions.", "person:wang_yi"),
    form("Prime Minister Jane Roe said the duties were unfair.", "person:jane_roe"),
    form("Chancellor Friedrich Merz said the duties were unfair.", "person:friedrich_merz"),
    form("商务部部长王文涛表示反对关税。", "person:wang_wentao", "org:mofcom"),
    form("外交部发言人林剑表示反对制裁。", "person:lin_jian"),
    form("特朗普宣布对钢铁加征关税。", "person:donald_trump"),
    form("川普宣布對鋼鐵加徵關稅。", "person:donald_trump"),
    form("美国商务部长卢特尼克宣布关税。", "person:howard_lutnick"),
    form("美国财政部长贝森特宣布制裁。", "person:scott_bessent"),
    form("欧盟贸易专员谢夫乔维奇宣布关税。", "person:maros_sefcovic"),
    form("日本首相石破茂宣布关税。", "person:shigeru_ishiba"),
    form("外交部发言人毛宁表示反对制裁。", "person:mao_ning"),
    form("商务部新闻发言人何亚东表示反对制裁。", "person:he_yadong"),
    form("美國總統川普宣布關稅。", "person:donald_trump USA"),
    form("Secretary of State Marco Rubio announced the sanctions.", "person:marco_rubio"),
    form("Spokesperson Mao Ning said China opposed the sanctions.", "person:mao_ning"),
    form("Commissioner Maros Sefcovic announced the duties.", "person:maros_sefcovic"),
    form("Minister of Trade Zulkifli Hasan announced the duties.", "person:zulkifli_hasan"),
    form("Japan's Prime Minister Shigeru Ishiba announced the duties.", "person:shigeru_ishiba"),
    form("Treasury Secretary Scott Bessent announced the sanctions.", "person:scott_bessent", "org:us_treasury"),
    # latin_fold: letters without a combining mark are spelt out in the id, not dropped
    form("Foreign Minister Lars Løkke Rasmussen said the EU would respond.", "person:lars_lokke_rasmussen"),
    form("Prime Minister Jonas Gahr Støre announced the sanctions.", "person:jonas_gahr_store"),
    form("Trade Minister Paweł Łukaszewski announced the duties.", "person:pawel_lukaszewski"),
    form("Finance Minister Bjarni Benediktsson announced the duties.", "person:bjarni_benediktsson"),
    form("Trade Minister Þórdís Gylfadóttir announced the duties.", "person:thordis_gylfadottir"),
    form("Economy Minister Ingrid Særdal announced the duties.", "person:ingrid_saerdal"),
    # listed_domain_name: after a listed domain the name is its last two capitalised words
    form(
        "Peru's Minister for Production, Foreign Trade, Investment and Fisheries Kestrel Vane signed the deal.",
        "person:kestrel_vane",
    ),
    form(
        "Assistant Minister of Agriculture and Land Reclamation Orvan Tesh said the ban would stay.",
        "person:orvan_tesh",
        "person:land_reclamation_orvan_tesh",
    ),
    form("Minister of Trade and Industry Tengku Zafrul Aziz said the duties were unfair.", "person:tengku_zafrul_aziz"),
    form("Minister of Economy Abdulla bin Touq Al Marri signed the deal.", "person:abdulla_bin_touq_al_marri"),
    form(
        "Minister of Trade Jane Roe, Finance Minister Anna Kowalczyk and others met.",
        "person:jane_roe person:anna_kowalczyk",
    ),
    # the capitalised Spokesman / Spokeswoman titles
    form("Presidential Spokesman Kestrel Vane announced the duty cut on Monday.", "person:kestrel_vane"),
    form("Foreign Ministry Spokeswoman Anna Kowalczyk said the ban was unfair.", "person:anna_kowalczyk"),
    form("The Spokesman said the ban was unfair.", "", "person:the_spokesman"),
    # zh_taiwan_name: Taiwan's officials in Wade-Giles (Traditional and Simplified articles)
    form("經濟部長王美花表示，將審慎評估反傾銷稅。", "person:wang_mei_hua"),
    form("中華民國經濟部次長曾文生指出，關稅減讓中止影響有限。", "person:tseng_wen_sheng"),
    form("台灣財政部長莊翠雲今(3)日表示將課徵反傾銷稅。", "person:chuang_tsui_yun"),
    form("台湾农委会主委陈吉仲表示将暂停进口。", "person:chen_chi_chung"),
    form("商務部新聞發言人何亞東表示反對制裁。", "person:he_yadong"),
]

# leaders and trade officials of the main trading states, English and Chinese names of one id
LEADERS = [
    ("Joe Biden", "拜登", "joe_biden"),
    ("Ursula von der Leyen", "冯德莱恩", "ursula_von_der_leyen"),
    ("Emmanuel Macron", "马克龙", "emmanuel_macron"),
    ("Vladimir Putin", "普京", "vladimir_putin"),
    ("Narendra Modi", "莫迪", "narendra_modi"),
    ("Fumio Kishida", "岸田文雄", "fumio_kishida"),
    ("Lee Jae-myung", "李在明", "lee_jae_myung"),
    ("Anthony Albanese", "阿尔巴尼斯", "anthony_albanese"),
    ("Prabowo Subianto", "普拉博沃", "prabowo_subianto"),
    ("Recep Tayyip Erdogan", "埃尔多安", "recep_tayyip_erdogan"),
    ("Keir Starmer", "斯塔默", "keir_starmer"),
    ("Mark Carney", "卡尼", "mark_carney"),
    ("Claudia Sheinbaum", "希恩鲍姆", "claudia_sheinbaum"),
    ("Li Qiang", "李强", "li_qiang"),
    ("He Lifeng", "何立峰", "he_lifeng"),
    ("Katherine Tai", "戴琪", "katherine_tai"),
    ("Janet Yellen", "耶伦", "janet_yellen"),
    ("Antony Blinken", "布林肯", "antony_blinken"),
    ("Jamieson Greer", "格里尔", "jamieson_greer"),
    ("Sanae Takaichi", "高市早苗", "sanae_takaichi"),
    ("Lai Ching-te", "赖清德", "lai_ching_te"),
    ("Anwar Ibrahim", "安瓦尔", "anwar_ibrahim"),
    ("Ferdinand Marcos Jr.", "小马科斯", "ferdinand_marcos_jr"),
    ("Hun Manet", "洪玛奈", "hun_manet"),
]
LEADER_FORMS = [form(f"{en} said the tariffs were unfair.", f"person:{pid}") for en, _, pid in LEADERS] + [
    form(f"{zh}表示反对关税。", f"person:{pid}") for _, zh, pid in LEADERS
]

GOODS = [
    form("China banned exports of gallium and germanium.", "element:Ga element:Ge"),
    form("China restricted exports of antimony.", "element:Sb"),
    form("中国对镓和锗实施出口管制。", "element:Ga element:Ge"),
    form("中国对锑实施出口管制。", "element:Sb"),
    form("China restricted exports of bismuth, indium and tellurium.", "element:Bi element:In element:Te"),
    form("China restricted exports of iron ore.", "item:iron_ore"),
    form("China restricted exports of rare-earth magnets.", "item:permanent_magnets"),
    form("China restricted exports of rare earth magnets.", "item:permanent_magnets"),
    form("China restricted exports of rare earths.", "item:rare_earths"),
    form("中国限制稀土永磁出口。", "item:permanent_magnets"),
    form("中国限制稀土磁体出口。", "item:permanent_magnets"),
    form("中国限制稀土出口。", "item:rare_earths"),
    form("The US imposed tariffs on steel and aluminum.", "item:steel element:Al"),
    form("The US imposed tariffs on aluminium.", "element:Al"),
    form("The US imposed tariffs on electric vehicles.", "item:electric_vehicles"),
    form("The US imposed tariffs on an electric vehicle.", "item:electric_vehicles"),
    form("The US imposed tariffs on EVs.", "item:electric_vehicles"),
    form("The US imposed tariffs on semiconductors.", "item:semiconductors"),
    form("The US imposed tariffs on solar panels.", "item:solar_panels"),
    form("The US imposed tariffs on lithium-ion batteries.", "item:lithium_batteries"),
    form("The US imposed tariffs on rare-earth magnet.", "item:permanent_magnets"),
    form("The US imposed tariffs on rare earth permanent magnets.", "item:permanent_magnets"),
    form("China restricted exports of rare earth elements.", "item:rare_earths"),
    form("China restricted exports of heavy rare earths.", "item:heavy_rare_earths"),
    form("China restricted exports of graphite anodes.", "item:graphite_anodes"),
    form("China restricted exports of battery.", "item:batteries"),
    form("The US imposed tariffs on solar panel imports.", "item:solar_panels"),
    form("The US imposed tariffs on aluminium products.", "element:Al"),
    form("The US imposed tariffs on copper wire.", "item:copper_wire"),  # form_head: the traded form
    form("The US imposed tariffs on semiconductor chips.", "item:semiconductors"),
    form("The US imposed tariffs on cars and car parts.", "item:automobiles item:auto_parts"),
    form("The US imposed tariffs on soybean imports.", "item:soybeans"),
    form("中国限制石墨出口。", "item:graphite"),
    form("中国限制锂电池出口。", "item:lithium_batteries"),
    form("中国限制重稀土出口。", "item:heavy_rare_earths"),
    form("美国对汽车零部件加征关税。", "item:auto_parts"),
    form("美国对大豆加征关税。", "item:soybeans"),
    form("美國對半導體加徵關稅。", "item:semiconductors"),
    form("美国对太阳能电池板加征关税。", "item:solar_panels"),
]

# Chinese names of goods from CC-CEDICT (zh/goods_cedict.jsonl, tools/gen_zh_goods.py): dictionary synonyms,
# Taiwan's and Hong Kong's words, and the words that hold a good's name but name something else
ZH_GOODS = [
    form("美国对黄豆加征关税。", "item:soybeans"),
    form("欧盟对中国机动车加征关税。", "item:automobiles"),
    form("欧盟对中国机动车辆加征关税。", "item:automobiles"),
    form("美国对太阳电池加征关税。", "item:solar_cells"),
    form("美国对太阳电池板加征关税。", "item:solar_panels"),
    form("俄罗斯暂停燃油出口。", "item:fuel_oil"),
    form("中国暂停肥料出口。", "item:fertilizers"),
    form("印度限制铁矿出口。", "item:iron_ore"),
    form("印度限制麦子出口。", "item:wheat"),
    form("越南对鞋子加征关税。", "item:footwear"),
    form("美國對智慧型手機加徵關稅。", "item:smartphones"),
    form("美国对笔记本计算机加征关税。", "item:laptops"),
    form("美国对数码照相机加征关税。", "item:digital_cameras"),
    form("美国对网络设备实施出口管制。", "item:telecom_equipment"),
    form("泰国限制天然橡胶出口。", "item:rubber"),
    form("印度限制金刚石进口。", "item:diamonds"),
    form("美国对威士忌酒加征关税。", "item:whisky"),
    form("中国暂停活禽进口。", "item:poultry"),
    form("美国对铸铁加征关税。", "", "item:pig_iron"),  # cast iron is no pig iron (生铁)
    form("中方对奶制品启动反补贴调查。", "item:dairy"),
    form("央视电视台报道了关税。", "", "item:televisions"),
    form("中国对欧盟葡萄酒启动反倾销调查。", "item:wine", "item:grapes"),
    form("中国鼓励可再生资源回收。", "", "item:renewable_energy"),
]

# steel mill products (steel.jsonl): the product families trade remedies name apart, in English and Chinese
STEEL_PRODUCTS = [
    form("Malaysia kept duties on cold-rolled coils from China.", "item:cold_rolled_steel", "item:steel"),
    form("India probes imports of cold rolled steel sheets.", "item:cold_rolled_steel"),
    form("越南对冷轧板卷征收反倾销税。", "item:cold_rolled_steel"),
    form("India imposed duties on hot-rolled steel coils from China.", "item:hot_rolled_coil", "item:steel_coils"),
    form("印度对中国热轧钢板征收反倾销税。", "item:hot_rolled_coil", "item:steel_plates"),
    form("財政部對熱軋鋼品課徵反傾銷稅。", "item:hot_rolled_coil"),
    form("The EU extended duties on grain-oriented electrical steel.", "item:electrical_steel", "item:steel"),
    form("Japan restricted exports of silicon steel.", "item:electrical_steel", "element:Si"),
    form("对韩国产无取向电工钢展开反倾销调查。", "item:electrical_steel"),
    form("財政部對電磁鋼品展開反傾銷調查。", "item:electrical_steel"),
    form("Vietnam probes H-beam imports from Malaysia.", "item:h_beam_steel"),
    form("越南对中国H型钢发起反倾销调查。", "item:h_beam_steel", "item:steel"),
    form("The EU imposed duties on seamless steel pipes from China.", "item:seamless_tubes"),
    form("印度对中国无缝钢管征收反倾销税。", "item:seamless_tubes"),
    form("Canada imposed duties on welded pipes from Korea.", "item:welded_pipes"),
    form("Brazil set quotas on rebar and wire rods.", "item:rebar item:wire_rod"),
    form("欧盟对盘条实施保障措施。", "item:wire_rod"),
    form("The US imposed duties on tinplate from China.", "item:tinplate"),
    form("美国对镀锡板征收关税。", "item:tinplate"),
    form("India imposed duties on galvanised steel sheets.", "item:galvanized_steel", "item:steel_sheets"),
    form("欧盟对中国镀锌钢板征收关税。", "item:galvanized_steel", "element:Zn"),
    form("Canada imposed duties on colour-coated steel from China.", "item:prepainted_steel"),
    form("印度对彩涂板征收反倾销税。", "item:prepainted_steel"),
]

# raw_metal: a raw / unprocessed / unrefined mined metal is its ore; form_head: "by-products" is a traded form
RAW_FORMS = [
    form("Indonesia banned exports of raw nickel.", "item:nickel_ore", "element:Ni"),
    form("Zimbabwe banned the export of unprocessed lithium.", "item:lithium_ore", "element:Li"),
    form("The Philippines may ban exports of unrefined nickel.", "item:nickel_ore"),
    form("Congo weighs a ban on raw cobalt exports.", "item:cobalt_ore"),
    form("Myanmar halted exports of raw rare earths.", "item:rare_earth_ore"),
    form("China restricted exports of raw gallium.", "element:Ga", "item:gallium_ore"),
    form("Nickel exports rose in May.", "element:Ni", "item:nickel_ore"),
    form("Argentina cut export duties on soybean by-products.", "item:soybean_by_products"),
    form("The EU imposed duties on raw sugar.", "item:sugar"),
    # zh_shared_modifier: 汽车及零部件 is cars and car parts (the modifier is shared over the conjunction)
    form("对原产于美国的汽车及零部件加征关税。", "item:automobiles item:auto_parts"),
    form("对汽车和零配件加征关税。", "item:automobiles item:auto_parts"),
    form("对钢铁和铝加征关税。", "item:steel element:Al"),
]

ELEMENTS_DROPPED = "the other elements of the periodic table were tried (all 118, EN and ZH): train 0, dev fp up"
MORE_ELEMENTS = [
    form("China restricted exports of arsenic.", "element:As", xfail=ELEMENTS_DROPPED),
    form("China restricted exports of selenium.", "element:Se", xfail=ELEMENTS_DROPPED),
    form("China restricted exports of iridium and rhodium.", "element:Ir element:Rh", xfail=ELEMENTS_DROPPED),
    form("中国限制砷出口。", "element:As", xfail=ELEMENTS_DROPPED),
    form("中国限制铱和铑出口。", "element:Ir element:Rh", xfail=ELEMENTS_DROPPED),
]

NEGATIVES = [
    form("Georgia's governor opposed the tariffs on steel.", "", "GEO"),
    form("Farmers in Georgia opposed the tariffs on steel.", "", "GEO"),
    form("The China Daily reported the tariffs on steel.", "", "CHN"),
    # firms whose names spell a state (firms_state_named.jsonl): the firm, not the state
    form("Korea Zinc halted exports of germanium.", "org:korea_zinc", "KOR"),
    form("Saudi Aramco raised output.", "org:saudi_aramco", "SAU"),
    form("Air India cancelled flights after China banned exports.", "org:air_india CHN", "IND"),
    form("中国移动暂停服务。", "org:china_mobile", "CHN"),
    form("中国石化暂停出口。", "org:sinopec", "CHN"),
    form("中國銀行暫停業務。", "org:bank_of_china", "CHN"),
    form("中国银行业协会表示反对关税。", "", "org:bank_of_china"),
    form("The steel company cut jobs.", "", "item:steel"),
    form("Chip equipment makers cut jobs.", "", "item:semiconductor_equipment item:semiconductors"),
    form("Bank of China Ltd raised rates after the tariffs on steel.", "org:bank_of_china", "CHN"),
    form("China Mobile halted exports after the tariffs on steel.", "org:china_mobile", "CHN"),
    form("Air China cancelled flights after the tariffs on steel.", "org:air_china", "CHN"),
    form("Turkey sandwiches sold well despite the tariffs on steel.", "", "TUR", xfail="the bird is not read apart"),
]

# firms_brokers.jsonl: China's main securities houses, cited for market views in Chinese finance news
BROKERS = [
    form("中信证券分析师认为，出口管制将推高稀土价格。", "org:citic_securities"),
    form("中金公司预计关税将拖累出口。", "org:cicc"),
    form("華泰證券研報指出，反傾銷稅影響有限。", "org:huatai_securities"),
    form("万联证券指出，稀土板块受益于出口管制。", "org:wanlian_securities"),
    form("據東方財富數據，稀土板塊大漲。", "org:east_money"),
    form("CITIC Securities said the export curbs would lift prices.", "org:citic_securities"),
    form("中信集团宣布投资。", "", "org:citic_securities"),
]

# goods_hs.jsonl: traded goods by HS family (fresh produce, vehicles, household goods, minerals and fuels, glass and
# metal products), English, Simplified and Traditional
GOODS_HS = [
    form("Tanzania banned imports of apples and pears from South Africa.", "item:apples item:pears"),
    form("China suspended imports of kiwifruit and strawberries from New Zealand.", "item:kiwifruit item:strawberries"),
    form("Vietnam's exports of dragon fruit and lychees to China were halted.", "item:dragon_fruit item:lychees"),
    form(
        "The ban covers ginger, cabbage, carrots and cucumbers.", "item:ginger item:cabbage item:carrots item:cucumbers"
    ),
    form("Kenya lifted the duty on maize flour and cassava.", "item:maize_flour item:cassava"),
    form("Sri Lanka lifted the import ban on buses and tractors.", "item:buses item:tractors"),
    form(
        "Mexico raised tariffs on household appliances, leather goods and paper and cardboard.",
        "item:household_appliances item:leather_goods item:paper_and_cardboard",
    ),
    form("Indonesia banned exports of face masks and medical gloves.", "item:face_masks item:gloves"),
    form("Estonia refused to exempt bitumen from the sanctions.", "item:bitumen"),
    form("India restricted exports of garnet and sillimanite.", "item:garnet item:sillimanite"),
    form("The duties cover petroleum coke, naphtha and kerosene.", "item:petroleum_coke item:naphtha item:kerosene"),
    form("Morocco raised the export tax on phosphate rock and sulphur.", "item:phosphate_rock item:sulphur"),
    form(
        "The EU imposed anti-dumping duties on aluminium foil and float glass.", "item:aluminium_foil item:float_glass"
    ),
    form("The US extended duties on Chinese fasteners and aluminum foil.", "item:fasteners item:aluminium_foil"),
    form("马来西亚宣布进口卷心菜和辣椒无须准证。", "item:cabbage item:chillies"),
    form("中国暂停进口台湾荔枝、龙眼和火龙果。", "item:lychees item:longans item:dragon_fruit"),
    form("印尼禁止口罩出口。", "item:face_masks"),
    form("印尼禁止口罩和手套出口。", "item:face_masks item:gloves"),
    form("關務署對鋁箔、毛巾及浮法玻璃課徵反傾銷稅。", "item:aluminium_foil item:towels item:float_glass"),
    form("韩国对碳钢厚板征收反倾销税。", "item:steel_plates", "item:carbon_steel"),
    form("俄罗斯禁止出口石油焦和沥青。", "item:petroleum_coke item:bitumen"),
    form("墨西哥对家用电器和皮革制品加征关税。", "item:household_appliances item:leather_goods"),
    # negatives: a firm, a colour, a singular that names something else
    form("Apple said it would move production out of China.", "org:apple", "item:apples"),
    form("The orange revolution leaders opposed the duties.", "", "item:oranges"),
    form("Officials travelled by bus to the border post.", "", "item:buses"),
    form("The duties on carbon steel plates were extended.", "item:steel_plates", "item:carbon_steel_plates"),
    form(
        "经济部禁止家电类芯片出口。",
        "item:semiconductors",
        "item:household_appliances",
        xfail="a Chinese goods word before 类 + another good modifies it; not read",
    ),
]

# "cooking oil" is vegetable oil (item:vegetable_oils), as 食用油 and "edible oil" already are: a synonym row of the
# goods vocabulary; singular and plural, before a trade noun or after one, coordinated, in English and Chinese
COOKING_OIL = [
    form("Indonesia banned exports of cooking oil on Thursday.", "item:vegetable_oils"),
    form("Jakarta will lift the cooking oil export ban next week.", "item:vegetable_oils"),
    form("Malaysia capped the price of cooking oils sold in shops.", "item:vegetable_oils"),
    form("The ban covers crude palm oil and cooking oil.", "item:crude_palm_oil item:vegetable_oils"),
    form("Egypt cut import duties on sugar and cooking oil.", "item:sugar item:vegetable_oils"),
    form("Kenya suspended the tax on cooking oil imports.", "item:vegetable_oils"),
    form("印尼宣布禁止食用油出口。", "item:vegetable_oils"),
    # negatives: the oil of a cooking oil is no crude oil
    form("Indonesia banned exports of cooking oil.", "", "item:crude_oil"),
    form("Pakistan raised duties on cooking oil and ghee.", "", "item:crude_oil"),
]

# petroleum products (HS 2710, the refined oils: diesel, gasoline, fuel oil as one class) are item:petroleum_products,
# not crude oil: "petroleum products", "oil products", 石油产品, 成品油, Traditional 石油產品
PETROLEUM_PRODUCTS = [
    form("Russia banned exports of petroleum products to the bloc.", "item:petroleum_products", "item:crude_oil"),
    form("The price cap on Russian oil products took effect.", "item:petroleum_products", "item:crude_oil"),
    form("Nigeria suspended import duties on refined petroleum products.", "item:petroleum_products"),
    form("The embargo covers crude oil and oil products.", "item:crude_oil item:petroleum_products"),
    form("Kazakhstan extended its ban on petroleum product exports by rail.", "item:petroleum_products"),
    form("俄罗斯宣布禁止石油产品出口。", "item:petroleum_products", "item:crude_oil"),
    form("越南下调成品油进口关税。", "item:petroleum_products"),
    form("政府限制石油產品出口。", "item:petroleum_products"),
    # negatives: crude oil alone stays crude oil
    form("The EU agreed a ban on Russian crude oil.", "item:crude_oil", "item:petroleum_products"),
]

# food and farm-input classes of the HS (0406 cheese, 2203-2208 alcoholic beverages, 3102 nitrogen and 3103 phosphate
# fertilizers), English and Chinese forms sharing an id
FOOD_AND_FERTILIZER_CLASSES = [
    form("Canada slapped tariffs on American cheese and butter.", "item:cheese"),
    form("The EU cut duties on cheeses from New Zealand.", "item:cheese"),
    form("Beijing raised tariffs on alcoholic beverages from Australia.", "item:alcoholic_beverages"),
    form("The kingdom bans imports of alcoholic drinks.", "item:alcoholic_beverages"),
    form(
        "China restricted exports of nitrogen fertilizers and phosphate fertilisers.",
        "item:nitrogen_fertilizers item:phosphate_fertilizers",
    ),
    form("India curbed exports of nitrogenous fertilisers.", "item:nitrogen_fertilizers"),
    form("中国暂停氮肥和磷肥出口。", "item:nitrogen_fertilizers item:phosphate_fertilizers"),
    form("加拿大对美国奶酪和酒类加征关税。", "item:cheese item:alcoholic_beverages"),
    form("印度禁止进口酒精饮料。", "item:alcoholic_beverages"),
    # negatives: the bare fertilizer class stays the class; a firm named for a drink is no drink
    form("Russia extended quotas on fertilizer exports.", "item:fertilizers", "item:nitrogen_fertilizers"),
    form(
        "The China Alcoholic Drinks Association welcomed the ruling.",
        "org:china_alcoholic_drinks_association",
        "item:alcoholic_beverages",
    ),
]

# news_world.jsonl: the news agencies and main papers of the trading states, cited as sources (Firms), EN + ZH
OUTLETS = [
    form("The ban took effect on Monday, the Saudi Press Agency reported.", "org:saudi_press_agency"),
    form("The ministry told the official SPA news agency that imports were halted.", "org:saudi_press_agency"),
    form("According to Emirates News Agency WAM, the tariff was cut.", "org:wam"),
    form("Iran's IRNA news agency said the ban would stay.", "org:irna"),
    form("Bernama reported that the export duty was deferred.", "org:bernama"),
    form("The duty was deferred, the Vietnam News Agency said.", "org:vietnam_news_agency"),
    form("North Korea's KCNA condemned the export curbs.", "org:kcna"),
    form("Kommersant reported that the ban would be extended.", "org:kommersant"),
    form("The newspaper Izvestia said the ban would be extended.", "org:izvestia"),
    form("The Straits Times reported the tariff cut.", "org:straits_times"),
    form("The Jakarta Post said the ban would be lifted.", "org:jakarta_post"),
    form("The Times of India reported the onion export ban.", "org:times_of_india"),
    form("The Economic Times reported that the duty would be extended.", "org:economic_times"),
    form("The Australian Financial Review reported the tariffs.", "org:australian_financial_review"),
    form("Le Monde reported that France opposed the duties.", "org:le_monde"),
    form("Frankfurter Allgemeine Zeitung reported that Berlin opposed the duties.", "org:faz"),
    form("据《上海证券报》报道，稀土出口将受限。", "org:shanghai_securities_news"),
    form("上证报援引知情人士称，出口管制将扩大。", "org:shanghai_securities_news"),
    form("上证报记者获悉，出口管制将扩大。", "", "org:shanghai_securities_news"),  # a byline
    form("新浪财经援引消息称，关税将取消。", "org:sina_finance"),
    form("据香港《晴報》報導，港府將禁止進口水產品。", "org:sky_post"),
    form("據《星島日報》報導，港府將禁止進口。", "org:sing_tao_daily"),
    form("俄罗斯《消息报》称，禁令将延长。", "org:izvestia"),
    form("据《雅加達郵報》報導，印尼將禁止出口。", "org:jakarta_post"),
    form("《波罗的海时报》报道，货物无法清关。", "org:baltic_times"),
    form("越通社报道，越南将征收反倾销税。", "org:vietnam_news_agency"),
    form("马新社报道，马来西亚将暂停出口。", "org:bernama"),
    form("朝中社谴责出口管制。", "org:kcna"),
    form("据《华尔街见闻》报道，关税将上调。", "org:wallstreetcn"),
    # negatives: words that contain an outlet's name, or read like one
    form("今日俄罗斯宣布禁止汽油出口。", "RUS", "org:rt"),
    form("商务部发布新闻报道称，关税将取消。", "", "org:vedomosti"),
    form("企业须提交说明报告。", "", "org:ming_pao"),
    form("中方将坚决捍卫报复权利。", "", "org:guardian"),
    form("The Aam Aadmi Party (AAP) opposed the duties.", "", "org:australian_associated_press"),
    form("The spa industry opposed the duties.", "", "org:saudi_press_agency"),
    form("The Times said nothing about the tariffs.", "", "org:the_times"),
    form("The star exporter opposed the duties.", "", "org:the_star_malaysia"),
]

CLASSES = {
    "states": STATES + DEMONYMS,
    "agencies": AGENCIES + MINISTRY_SWEEP,
    "blocs": BLOCS,
    "firms": FIRMS + BROKERS,
    "outlets": OUTLETS,
    "people": PEOPLE + LEADER_FORMS,
    "goods": GOODS
    + MORE_ELEMENTS
    + ZH_GOODS
    + STEEL_PRODUCTS
    + RAW_FORMS
    + GOODS_HS
    + COOKING_OIL
    + PETROLEUM_PRODUCTS
    + FOOD_AND_FERTILIZER_CLASSES,
    "negatives": NEGATIVES,
}


def passes(row: Form) -> bool:
    """Whether ``row``'s sentence yields every id it must and none it must not."""
    found = ids_of(row.text)
    return row.must <= found and not (row.must_not & found)


def _params() -> list:
    out = []
    for name, rows in CLASSES.items():
        for row in rows:
            marks = [pytest.mark.xfail(reason=row.xfail, strict=True)] if row.xfail else []
            out.append(pytest.param(row, id=f"{name}:{row.text[:40]}", marks=marks))
    return out


@pytest.mark.parametrize("row", _params())
def test_entity_form(row: Form) -> None:
    assert passes(row), f"{row.text}: {sorted(ids_of(row.text))}"


def test_form_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """Forms passed per class (printed with ``-s``); the xfail rows are the ones that fail."""
    for name, rows in CLASSES.items():
        passed = sum(passes(r) for r in rows)
        with capsys.disabled():
            print(f"{name}: {passed}/{len(rows)}")
        assert passed == sum(not r.xfail for r in rows)
