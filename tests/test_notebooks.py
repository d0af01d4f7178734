"""Every notebook in notebooks/ runs top to bottom in a fresh kernel against the test database.

No skip list: a new notebook is picked up by the glob.  The kernel is ``python3``
from this interpreter's environment (jupyter_client starts the kernelspec's
``python`` as ``sys.executable``; the appended probe cell checks it).  The
database is emptied first (``clean_db``), so each notebook shows it loads what
it needs by itself.  Committed notebooks carry no outputs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
PROBE = "import sys; print(sys.executable)"


def test_there_are_the_two_notebooks() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01_quickstart.ipynb", "02_analysis.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [(c.execution_count, c.outputs) for c in code] == [(None, [])] * len(code)
    assert nb.metadata.kernelspec.name == "python3"


def _texts(nb: Any, plain: bool = False) -> list[str]:
    """Every text an executed notebook shows: streams, results, displays, errors (``plain``: no HTML/images)."""
    out = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            out.append(output.get("text", ""))
            data = output.get("data", {})
            out.extend(str(v) for k, v in data.items() if not plain or k == "text/plain")
            out.extend(output.get("traceback", []))
    return out


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path: Path, clean_db: Any) -> None:
    from nbclient import NotebookClient

    from policykg.graph import neo4j as kg_neo4j

    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    NotebookClient(nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(path.parent)}}).execute()
    assert nb.cells[-1].outputs[0]["text"] == sys.executable + "\n"
    texts = _texts(nb)
    assert [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"] == []
    password = kg_neo4j.settings().password
    assert password and not [t for t in texts if password in t]
    assert any("password='***'" in t for t in texts)
    assert any(t.startswith("read 13 articles from 2 files") for t in texts)
    # Clean outputs: no driver notification, no warning of any library, nothing on stderr.
    shown = [t for t in _texts(nb, plain=True) if re.search(r"warn|notification|deprecat", t, re.IGNORECASE)]
    assert shown == []
    assert [o for c in nb.cells for o in c.get("outputs", []) if o.get("name") == "stderr"] == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_opens_with_a_parameters_cell(path: Path) -> None:
    """The first code cell holds the parameters (papermill's "parameters" tag), plain assignments only."""
    nb = nbformat.read(path, as_version=4)
    first = next(c for c in nb.cells if c.cell_type == "code")
    assert first.metadata.get("tags") == ["parameters"]
    lines = [line for line in first.source.splitlines() if line.strip()]
    assert lines and all(re.fullmatch(r"[A-Z_]+ = .+", line) for line in lines)
