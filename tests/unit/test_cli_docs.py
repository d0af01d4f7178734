"""Keep the docs honest: every CLI command has --help and is documented in README."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from policykg.cli import build_parser, main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """All command paths, e.g. ("neo4j", "start"), found by walking the subparsers."""
    found = []
    for action in parser._actions:  # argparse keeps subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found.extend(_commands(sub, (*prefix, name)))
    return found


COMMANDS = _commands(build_parser())


def test_there_are_commands() -> None:
    assert {("neo4j",), ("extract",), ("eval",)} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_command_has_help(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: policykg " + " ".join(command) in capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_command_is_in_readme(command: tuple[str, ...]) -> None:
    assert "policykg " + " ".join(command) in README


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: policykg" in capsys.readouterr().out


def test_readme_gives_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_unwritable_output_is_one_line_error(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    events = Path(__file__).resolve().parents[1] / "data" / "events_fixture.jsonl"
    code = main(["export", "--format", "json", "--out", str(blocker / "sub" / "g.json"), str(events)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("policykg: error: ") and err.count("\n") == 1 and "Traceback" not in err
