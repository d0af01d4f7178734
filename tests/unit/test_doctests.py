"""The ``>>>`` examples of every module in extract/, graph/ and queries/ run and pass.

The same check as ``pytest --doctest-modules extract graph queries`` (style anchor 14),
made part of the suite so that an example that no longer runs fails here.  The modules
are imported by their installed names (``policykg.graph.export``), as users import them.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("extract", "graph", "queries")


def module_names() -> list[str]:
    """``policykg.<package>.<module>`` of every Python file of the three packages."""
    names = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            parts = parts[:-1] if parts[-1] == "__init__" else parts
            names.append(".".join(("policykg", *parts)))
    return names


@pytest.mark.parametrize("name", module_names())
def test_doctests_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
