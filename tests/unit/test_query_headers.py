"""Query files: header parsing, the parameter checks both ways, value conversion.

No Neo4j here: these test the loader of ``queries/*.cypher`` and the shipped files.
"""

from __future__ import annotations

import datetime as dt

import pytest

from policykg.queries import (
    Param,
    QueryError,
    bind_params,
    convert_value,
    cypher_parameters,
    list_queries,
    load_query,
    parse_cli_params,
    parse_query,
    query_names,
)

GOOD = """\
// name: demo
// description: A demo query
// param: actor string = null
// param: days int = 90
// param: kinds list = impose,threaten
// param: entity string
MATCH (a:Entity {id: $entity})-[:ACTOR]->(e:Event)
WHERE ($actor IS NULL OR a.id = $actor) AND e.action IN $kinds
RETURN e.key AS event, $days AS days
"""


def test_parse_good_header() -> None:
    q = parse_query("demo", GOOD, "queries/demo.cypher")
    assert (q.name, q.description, q.origin) == ("demo", "A demo query", "queries/demo.cypher")
    assert q.params == (
        Param("actor", "string", None, False, 3),
        Param("days", "int", 90, False, 4),
        Param("kinds", "list", ["impose", "threaten"], False, 5),
        Param("entity", "string", None, True, 6),
    )
    assert q.text == GOOD


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RETURN $a, $b_2, $a", {"a": 1, "b_2": 1}),
        ("RETURN '$a', \"$b\", 'it''s' // $c\n, $d", {"d": 2}),
        ("RETURN 'esc \\' $a', $b", {"b": 1}),
        ('RETURN "a\\"$x" AS s, $y', {"y": 1}),
        ("/* $a\n $b */ RETURN $c", {"c": 2}),
        ("MATCH (n:`$Label`) RETURN n.`we``ird $x`, $`quoted name`", {"quoted name": 1}),
        ("RETURN $0, $p1", {"0": 1, "p1": 1}),
        ("RETURN 1\n\n\n  + $late", {"late": 4}),
        ("RETURN '''$a''' AS s", {}),
    ],
)
def test_tokeniser_skips_strings_names_and_comments(text: str, expected: dict[str, int]) -> None:
    assert cypher_parameters(text) == expected


def _error(text: str, name: str = "demo") -> str:
    with pytest.raises(QueryError) as info:
        parse_query(name, text, "queries/demo.cypher")
    return str(info.value)


def test_used_but_not_declared_names_the_line() -> None:
    text = "// description: d\n// param: a string = null\nMATCH (n)\nWHERE n.x = $a\n  AND n.y = $b\nRETURN n"
    assert _error(text) == "queries/demo.cypher:5: $b is used but not declared in the header"


def test_declared_but_unused_names_the_line() -> None:
    text = "// description: d\n// param: a string = null\n// param: b int = 1\nRETURN $a"
    assert _error(text) == "queries/demo.cypher:3: param b is declared but not used"


def test_use_inside_a_string_or_comment_does_not_count() -> None:
    text = "// description: d\n// param: a string = null\nRETURN '$a' AS s // $a\n/* $a */"
    assert _error(text) == "queries/demo.cypher:2: param a is declared but not used"


def test_missing_description() -> None:
    text = "// name: demo\n// param: a string = null\nRETURN $a"
    assert _error(text) == "queries/demo.cypher:1: the header has no '// description: ...' line"


def test_empty_description_counts_as_missing() -> None:
    text = "// description:\n// param: a string = null\nRETURN $a"
    assert _error(text) == "queries/demo.cypher:1: the header has no '// description: ...' line"


def test_a_query_without_parameters_is_refused() -> None:
    assert _error("// description: d\nRETURN 1") == (
        "queries/demo.cypher:1: the query takes no parameters (every canned query must)"
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("// name: other", "queries/demo.cypher:1: header name 'other' differs from the file name 'demo'"),
        (
            "// param: a text = null",
            "queries/demo.cypher:1: param a: unknown type 'text' (expected one of string, int, float, date, bool, list)",
        ),
        ("// param: a", "queries/demo.cypher:1: param line is not 'name type [= default]': 'a'"),
        (
            "// param: a int = ten",
            "queries/demo.cypher:1: param a: bad default: invalid literal for int() with base 10: 'ten'",
        ),
        ("// param: database string = null", "queries/demo.cypher:1: param name 'database' is reserved by run_query"),
        (
            "// colour: red",
            "queries/demo.cypher:1: unknown header key 'colour' (expected one of name, description, param, example)",
        ),
        ("// just words", "queries/demo.cypher:1: header line is not '// key: value'"),
    ],
)
def test_bad_header_lines(line: str, message: str) -> None:
    assert _error(line + "\n// description: d\n// param: a string = null\nRETURN $a") == message


def test_param_declared_twice() -> None:
    text = "// description: d\n// param: a string = null\n// param: a int = 1\nRETURN $a"
    assert _error(text) == "queries/demo.cypher:3: param a is declared twice"


def test_header_ends_at_first_non_comment_line() -> None:
    text = "// description: d\n// param: a string = null\nRETURN $a\n// description: later comment, not header"
    assert parse_query("demo", text).description == "d"


def test_quoted_string_default() -> None:
    q = parse_query("demo", "// description: d\n// param: a string = 'x y'\nRETURN $a")
    assert q.params == (Param("a", "string", "x y", False, 2),)


def test_bare_comment_line_ends_header_and_notes_may_follow() -> None:
    text = "// description: d\n// param: a int = 1\n//\n// Notes: free text, $a here is no use.\nRETURN $a"
    q = parse_query("demo", text)
    assert (q.description, [p.name for p in q.params]) == ("d", ["a"])
    # a param line after the bare line is a note, so $b is then undeclared
    with pytest.raises(QueryError, match=r"^<memory>:5: \$b is used but not declared"):
        parse_query("demo", "// description: d\n// param: a int = 1\n//\n// param: b int = 1\nRETURN $a, $b")


@pytest.mark.parametrize(
    ("type_", "raw", "value"),
    [
        ("string", " it's `odd` {x} // DETACH DELETE ", " it's `odd` {x} // DETACH DELETE "),
        ("int", " 42", 42),
        ("float", "2.5", 2.5),
        ("bool", "True", True),
        ("bool", "no", False),
        ("date", "2025-11-07", "2025-11-07"),
        ("list", "CHN, USA,,EU", ["CHN", "USA", "EU"]),
        ("list", "", []),
    ],
)
def test_convert_value(type_: str, raw: str, value: object) -> None:
    assert convert_value(type_, raw) == value


@pytest.mark.parametrize(("type_", "raw"), [("int", "1.5"), ("float", "x"), ("bool", "maybe"), ("date", "2025-13-45")])
def test_convert_value_refuses(type_: str, raw: str) -> None:
    with pytest.raises(ValueError):
        convert_value(type_, raw)


def _demo():
    return parse_query("demo", GOOD, "queries/demo.cypher")


def test_bind_fills_defaults_and_converts() -> None:
    bound = bind_params(_demo(), {"entity": "CHN", "days": "7", "kinds": ("lift",)})
    assert bound == {"actor": None, "days": 7, "kinds": ["lift"], "entity": "CHN"}


def test_bind_dates_become_iso_strings() -> None:
    q = parse_query("d", "// description: d\n// param: on date = 2025-01-02\nRETURN date($on)")
    assert bind_params(q, {}) == {"on": "2025-01-02"}
    assert bind_params(q, {"on": dt.date(2025, 11, 7)}) == {"on": "2025-11-07"}
    assert bind_params(q, {"on": dt.datetime(2025, 11, 7, 18, 9)}) == {"on": "2025-11-07"}
    assert bind_params(q, {"on": None}) == {"on": None}


def test_bind_unknown_param_lists_declared_ones() -> None:
    with pytest.raises(QueryError) as info:
        bind_params(_demo(), {"entity": "CHN", "colour": "red"})
    assert str(info.value) == "query demo has no parameter 'colour'; declared: actor, days, kinds, entity"


def test_bind_missing_required() -> None:
    with pytest.raises(QueryError) as info:
        bind_params(_demo(), {})
    assert str(info.value) == "query demo: parameter entity is required (entity (string, required))"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"entity": "CHN", "days": True}, "query demo: parameter days: expected int, got bool"),
        (
            {"entity": "CHN", "days": "soon"},
            "query demo: parameter days: invalid literal for int() with base 10: 'soon'",
        ),
        ({"entity": 3}, "query demo: parameter entity: expected string, got int"),
    ],
)
def test_bind_wrong_types(params: dict[str, object], message: str) -> None:
    with pytest.raises(QueryError) as info:
        bind_params(_demo(), params)
    assert str(info.value) == message


def test_cli_params() -> None:
    assert parse_cli_params(_demo(), ["days=3", "kinds=a,b", "entity=x=y"]) == {
        "days": 3,
        "kinds": ["a", "b"],
        "entity": "x=y",
    }


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("days", "--param 'days': expected key=value"),
        ("=3", "--param '=3': expected key=value"),
        ("days=x", "--param days: expected int: invalid literal for int() with base 10: 'x'"),
        ("colour=red", "query demo has no parameter 'colour'; declared: actor, days, kinds, entity"),
    ],
)
def test_cli_param_errors(pair: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse_cli_params(_demo(), [pair])
    assert str(info.value) == message


def test_describe_param() -> None:
    q = _demo()
    assert [p.describe() for p in q.params] == [
        "actor (string, default null)",
        "days (int, default 90)",
        "kinds (list, default impose,threaten)",
        "entity (string, required)",
    ]


# --- the shipped query files ------------------------------------------------------

REQUIRED_QUERIES = {
    "who_restricts",
    "in_force_on",
    "measure_history",
    "timeline",
    "retaliation",
    "exposure",
    "evidence",
    "neighbourhood",
    "top_actors",
    "changes_since",
}


def test_the_required_queries_ship() -> None:
    assert set(query_names()) >= REQUIRED_QUERIES


@pytest.mark.parametrize("name", query_names())
def test_every_shipped_query_loads(name: str) -> None:
    q = load_query(name)
    assert q.name == name and q.origin == f"queries/{name}.cypher"
    assert q.description and q.params
    assert all(p.name in cypher_parameters(q.text) for p in q.params)


def test_list_queries_is_sorted_by_name() -> None:
    assert [q.name for q in list_queries()] == sorted(query_names())


def test_unknown_query() -> None:
    with pytest.raises(QueryError) as info:
        load_query("nope")
    assert str(info.value) == f"unknown query 'nope'; known: {', '.join(query_names())}"


def test_plain_value_turns_neo4j_temporals_into_iso_strings() -> None:
    from neo4j.time import Date, DateTime, Duration, Time

    from policykg.queries import plain_value

    tz = dt.timezone(dt.timedelta(hours=1))
    values = [
        Date(2025, 11, 7),
        DateTime(2025, 11, 7, 18, 9, 0),
        DateTime(2025, 11, 7, 18, 9, 0, 500000000),
        DateTime(2025, 11, 7, 18, 9, 0, tzinfo=tz),
        Time(12, 30, 0),
        Duration(days=2),
        {"k": [Date(2026, 1, 2)]},
        ("a", 1),
        None,
    ]
    assert plain_value(values) == [
        "2025-11-07",
        "2025-11-07T18:09:00",
        "2025-11-07T18:09:00.500000000",
        "2025-11-07T18:09:00+01:00",
        "12:30:00",
        "P2D",
        {"k": ["2026-01-02"]},
        ["a", 1],
        None,
    ]


def test_plain_frame_converts_only_columns_with_temporals() -> None:
    import pandas as pd
    from neo4j.time import Date

    from policykg.queries import plain_frame, plain_value

    df = pd.DataFrame(
        {
            "text": ["a", None],
            "n": [1, 2],
            "ids": [["x", "y"], []],
            "day": [Date(2025, 11, 7), None],
            "nested": [[{"k": Date(2026, 1, 2)}], ["z"]],
            "pair": [("a", 1), None],
        }
    )
    out = plain_frame(df)
    assert out.equals(df.map(plain_value))  # what run_query returned before: every cell converted
    assert out["day"].tolist()[0] == "2025-11-07"
    assert out["nested"].tolist() == [[{"k": "2026-01-02"}], ["z"]]
    assert out["pair"].tolist()[0] == ["a", 1]
    assert out["ids"].tolist() == [["x", "y"], []]
    assert df["day"].tolist()[0] == Date(2025, 11, 7)  # the input frame is left as it was


# --- the CLI without a server (errors come before any connection) -----------------

from pathlib import Path  # noqa: E402

from policykg.cli import main  # noqa: E402

# test_queries.py holds the exact-rows tests; test_names_queries.py those of the `entities` query.
QUERY_TESTS = "".join(
    (Path(__file__).resolve().parents[1] / "integration" / f).read_text(encoding="utf-8")
    for f in ("test_queries.py", "test_names_queries.py", "test_explore_query.py")
)


def test_list_prints_every_query_with_description(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out.splitlines()
    width = max(len(n) for n in query_names())
    assert out == [
        f"{q.name:<{width}}  {q.description} [{', '.join(p.name for p in q.params)}]" for q in list_queries()
    ]
    assert out[-1].startswith("who_restricts    Who restricts what, to whom: ")
    assert out[-1].endswith(
        " [actor, target, item, type, action, date_from, date_to, all_actions, reviewed, limit, offset]"
    )


@pytest.mark.parametrize("name", query_names())
def test_every_query_file_is_listed_and_tested(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Docs stay honest: a header, a --list line, and an exact-rows integration test."""
    load_query(name)
    main(["query", "--list"])
    assert any(line.split()[0] == name for line in capsys.readouterr().out.splitlines())
    assert f'q("{name}", db' in QUERY_TESTS


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["query", "nope"], 1, "policykg: error: unknown query 'nope'; known: " + ", ".join(query_names())),
        (
            ["query", "retaliation", "--param", "colour=red"],
            1,
            "policykg: error: query retaliation has no parameter 'colour'; declared: days, entity, types, actions",
        ),
        (
            ["query", "retaliation", "--param", "days=soon"],
            1,
            "policykg: error: --param days: expected int: invalid literal for int() with base 10: 'soon'",
        ),
        (
            ["query", "in_force_on", "--param", "date=2025-13-45"],
            1,
            "policykg: error: --param date: expected date: month must be in 1..12",
        ),
        (
            ["query", "timeline"],
            1,
            "policykg: error: query timeline: parameter entity is required (entity (string, required))",
        ),
        (["query", "timeline", "--param", "entity"], 1, "policykg: error: --param 'entity': expected key=value"),
        (["query"], 2, "policykg query: error: give a query NAME, or --list"),
    ],
)
def test_cli_errors_are_one_line(argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-1] == message
    assert "Traceback" not in captured.err


def test_cli_server_down(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")
    monkeypatch.setenv("NEO4J_PASSWORD", "not-shown-anywhere")
    assert main(["query", "timeline", "--param", "entity=CHN"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "policykg: error: Neo4j is not reachable at bolt://127.0.0.1:9: "
        "start it with `policykg neo4j start`, or check NEO4J_URI\n"
    )


def test_bad_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["query", "timeline", "--format", "xml"])
    assert info.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def _frame():
    import pandas as pd

    return pd.DataFrame(
        [["CHN", ["element:Dy", "item:rare_earths"], None, 2], ["USA", [], "2025-12-31", None]],
        columns=["actor", "items", "until", "n"],
    )


def test_render_table_joins_lists_and_blanks_nulls() -> None:
    from policykg.cli.query_cmd import render

    assert render(_frame(), "table") == (
        "actor  items                         until       n\n"
        "CHN    element:Dy, item:rare_earths              2\n"
        "USA                                  2025-12-31\n"
    )


def test_render_csv_and_json() -> None:
    import json

    from policykg.cli.query_cmd import render

    assert render(_frame(), "csv") == ("actor,items,until,n\nCHN,element:Dy;item:rare_earths,,2\nUSA,,2025-12-31,\n")
    assert json.loads(render(_frame(), "json")) == [
        {"actor": "CHN", "items": ["element:Dy", "item:rare_earths"], "until": None, "n": 2},
        {"actor": "USA", "items": [], "until": "2025-12-31", "n": None},
    ]


def test_render_empty() -> None:
    import pandas as pd

    from policykg.cli.query_cmd import render

    empty = pd.DataFrame([], columns=["actor", "items"])
    assert render(empty, "table") == "actor  items\n(no rows)\n"
    assert render(empty, "csv") == "actor,items\n"
    assert render(empty, "json") == "[]\n"


DOCS = (Path(__file__).resolve().parents[2] / "docs" / "queries.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", query_names())
def test_every_query_is_documented_with_its_parameters(name: str) -> None:
    q = load_query(name)
    section = DOCS.split(f"#### `{name}`\n", 1)[1].split("\n###", 1)[0]
    assert q.description in section
    for p in q.params:
        assert f"| `{p.name}` | {p.type} |" in section
    for example in q.examples:
        assert example in section


@pytest.mark.parametrize("name", query_names())
def test_query_help_lists_every_parameter(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`policykg query NAME --help`: description, every parameter with type and default, the examples."""
    q = load_query(name)
    with pytest.raises(SystemExit) as exit_info:
        main(["query", name, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.splitlines()[2] == q.description
    params = out.split("parameters (--param KEY=VALUE):\n", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    assert [line.split()[:2] for line in params] == [[p.name, p.type] for p in q.params]
    for example in q.examples:
        assert f"  {example}\n" in out


def test_query_help_of_unknown_query_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["query", "nope", "--help"])
    assert exit_info.value.code == 1
    assert capsys.readouterr().err.startswith("policykg: error: unknown query 'nope'; known: ")


def test_query_help_says_what_names_and_closed_lists_take(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["query", "who_restricts", "-h"])
    out = capsys.readouterr().out
    assert "  item         string  null     an id or any English/Chinese name of an element or item" in out
    assert "one of EXPORT_CONTROL, EXPORT_BAN, TARIFF, IMPORT_RESTRICTION, SANCTION" in out


def test_table_is_cut_to_the_width_with_an_ellipsis() -> None:
    from policykg.cli.output import display_width, table_text

    cells = [["CHN", "中华人民共和国, People's Republic of China, China", "2"], ["USA", "United States", "10"]]
    text = table_text(["id", "names", "events"], cells, 30)
    assert text == (
        "id   names              events\n"
        "CHN  中华人民共和国, …  2\n"  # each Chinese character takes two columns
        "USA  United States      10\n"
    )
    assert max(display_width(line) for line in text.splitlines()) <= 30
