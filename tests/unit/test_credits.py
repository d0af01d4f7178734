"""Outlet credits, datelines and photo credits are no entities; a cited agency is."""

import pytest

from policykg.extract.credits import drop_credits
from policykg.extract.entities import find_mentions, load_gazetteer
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article


def _outlets(text: str, source: str = "") -> set[str]:
    gaz = load_gazetteer().scoped()
    publisher = frozenset({"org:reuters"}) if source == "Reuters" else frozenset()
    kept = drop_credits(text, find_mentions(text, gaz), gaz.news, publisher)
    return {m.entity_id for m in kept if m.entity_id in gaz.news}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, May 15 (Reuters) - The U.S. Commerce Department said", set()),
        ("BEIJING, July 3 (Xinhua) -- China's Ministry of Commerce said", set()),
        ("新华社北京5月31日电 商务部新闻发言人31日答记者问。", set()),
        ("据新华社电 国务院关税税则委员会发布公告。", set()),
        ("日本加强限制半导体制造装置的出口。(路透社)", set()),
        ("Chris Jackson | Pool | Reuters", set()),
        # a bracketed photo credit: the outlet next to a slash, a picture agency named (photo_bracket)
        ("ASML is the largest maker. (Emmanuel Dunand/AFP/Getty Images)", set()),
        ("邻近国家抗议。(图/达志影像美联社)", set()),
        # slashes without a picture agency: a source cited in a bracket
        ("saw no basis for lifting the ban. (dpa/NAN)", {"org:dpa"}),
        ("The ban was imposed on Monday, Bloomberg reported.", {"org:bloomberg"}),
        ("据路透社报道,中国商务部9月8日发布声明。", {"org:reuters"}),
        ("exports rose, Xinhua news agency reported.", {"org:xinhua"}),
        # a byline: the outlet's own reporter (澎湃新闻记者, 大纪元记者) is no citation
        ("澎湃新闻记者从商务部获悉，商务部发布公告。", set()),
        ("据美国有线电视新闻网报道，白宫宣布加征关税。", {"org:cnn"}),
        ("Fox News reported that the White House would act.", {"org:fox_news"}),
    ],
)
def test_credit_or_cited(text: str, expected: set[str]) -> None:
    assert _outlets(text) == expected


def test_the_publisher_is_no_entity_of_its_own_story() -> None:
    assert _outlets("An official told Reuters that Mexico was open.", source="Reuters") == set()
    assert _outlets("An official told Reuters that Mexico was open.") == {"org:reuters"}


def test_pipeline_reads_the_publisher_from_the_source() -> None:
    article = Article(
        title="Mexico opens lithium", body="An official told Reuters that Mexico was open.", source="Reuters"
    )
    ids = {e.id for e in extract_article(article).entities}
    assert "org:reuters" not in ids and "MEX" in ids


def _states(text: str) -> set[str]:
    gaz = load_gazetteer().scoped()
    kept = drop_credits(text, find_mentions(text, gaz), gaz.news)
    return {m.entity_id for m in kept if m.entity_id in ("CHN", "USA", "KOR", "JPN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dateline_place: the place a dispatch was filed from is no entity (nor a subject of the act)
        ("中评社北京9月18日电/美国总统特朗普当地时间17日宣布加征关税。", {"USA"}),
        ("新华社北京5月31日电 商务部新闻发言人31日答记者问。", set()),
        ("WASHINGTON, May 15 (Reuters) - Japan said it would act.", {"JPN"}),
        # a place named in the story is kept
        ("美国总统特朗普在北京9月18日会见记者。", {"USA", "CHN"}),
        ("Officials in Washington, May 15, said Japan would act.", {"USA", "JPN"}),
    ],
)
def test_dateline_place(text: str, expected: set[str]) -> None:
    assert _states(text) == expected
