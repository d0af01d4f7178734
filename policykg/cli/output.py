"""Rows out, shared by ``policykg query`` and ``policykg entities``: table, CSV, JSON, Markdown, files.

Tables follow ``gh``/``kubectl``: they fit the terminal (``COLUMNS`` first,
then the terminal's width; unlimited when piped or with ``--wide``), long
cells end in ``…``, and wide Chinese characters count as two columns.
``--columns`` picks and orders columns; ``--out FILE`` writes any format (the
extension chooses it when ``--format`` is not given; ``.xlsx`` through pandas
and openpyxl, the ``xlsx`` extra).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import Any

from policykg import PolicyKGError

FORMATS = ("table", "csv", "json", "markdown")
SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".md": "markdown", ".txt": "table", ".xlsx": "xlsx"}
# How a list cell is written in text formats (JSON keeps real arrays).
LIST_JOINER = {"table": ", ", "csv": ";", "markdown": ", "}
_MIN_WIDTH = 6  # a column is never cut narrower than this (or its header)
_ELLIPSIS = "…"


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """--format, --columns, --wide and --out, the same on every command that prints rows."""
    parser.add_argument("--format", choices=FORMATS, default=None, help="output format (default: table, or from --out)")
    parser.add_argument("--columns", default=None, metavar="A,B,...", help="only these columns, in this order")
    parser.add_argument("--wide", action="store_true", help="never cut the table to the terminal width")
    parser.add_argument("--out", default=None, metavar="FILE", help="write to FILE (.csv .json .md .txt .xlsx)")


def emit(df: Any, args: argparse.Namespace) -> None:
    """Print or write ``df`` as the output options ask."""
    df = select_columns(df, args.columns)
    if args.out:
        fmt = args.format or SUFFIX_FORMATS.get(Path(args.out).suffix.lower(), "table")
        path = write_out(df, fmt, Path(args.out))
        print(f"wrote {len(df)} rows to {path}", file=sys.stderr)
        return
    sys.stdout.write(render(df, args.format or "table", None if args.wide else terminal_width()))


def terminal_width() -> int | None:
    """``COLUMNS``, else the terminal's width; None (no limit) when stdout is not a terminal."""
    if os.environ.get("COLUMNS", "").strip().isdigit():
        return int(os.environ["COLUMNS"])
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def select_columns(df: Any, columns: str | None) -> Any:
    """The columns named in ``a,b,c`` in that order; an unknown name lists the real ones."""
    if not columns:
        return df
    wanted = [c.strip() for c in columns.split(",") if c.strip()]
    unknown = [c for c in wanted if c not in df.columns]
    if unknown:
        raise PolicyKGError(f"--columns: no column {', '.join(unknown)}; columns: {', '.join(map(str, df.columns))}")
    return df[wanted]


def write_out(df: Any, fmt: str, path: Path) -> Path:
    """Write ``df`` to ``path`` in ``fmt`` (tables uncut); xlsx needs openpyxl."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            raise PolicyKGError("xlsx output needs openpyxl: pip install 'policykg[xlsx]'") from None
        flat = df.map(lambda v: _text_cell(v, ", ")) if len(df) else df
        flat.to_excel(path, index=False)
        return path
    path.write_text(render(df, fmt, None), encoding="utf-8")
    return path


def render(df: Any, fmt: str, width: int | None = None) -> str:
    """The rows as text in ``fmt``: a table (cut to ``width``), CSV, JSON or Markdown."""
    if fmt == "json":
        records = [{k: _json_cell(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    flat = df.map(lambda v: _text_cell(v, LIST_JOINER[fmt])) if len(df) else df
    if fmt == "csv":
        return flat.to_csv(index=False)
    cells = flat.values.tolist() if len(df) else []
    if fmt == "markdown":
        return markdown_text([str(c) for c in df.columns], cells)
    return table_text([str(c) for c in df.columns], cells, width)


def markdown_text(columns: list[str], cells: list[list[str]]) -> str:
    """A GitHub pipe table; ``|`` in cells escaped, newlines as spaces."""

    def row(values: list[str]) -> str:
        return "| " + " | ".join(v.replace("|", "\\|").replace("\n", " ") for v in values) + " |"

    return "\n".join([row(columns), "|" + "---|" * len(columns), *(row(c) for c in cells)]) + "\n"


def table_text(columns: list[str], cells: list[list[str]], width: int | None = None) -> str:
    """Left-aligned columns two spaces apart, cut to ``width``; ``(no rows)`` when empty."""
    cells = [[" ".join(v.split()) for v in row] for row in cells]  # one line per row
    natural = [max([display_width(c)] + [display_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    widths = fit_widths(natural, [display_width(c) for c in columns], width)
    lines = [columns, *cells]
    text = "\n".join(_line(line, widths, width) for line in lines)
    return text + ("\n" if cells else "\n(no rows)\n")


def _line(values: list[str], widths: list[int], width: int | None) -> str:
    line = "  ".join(pad(cut(v, w), w) for v, w in zip(values, widths)).rstrip()
    return cut(line, width) if width is not None else line


def fit_widths(natural: list[int], headers: list[int], width: int | None) -> list[int]:
    """Column widths summing (with 2-space gaps) to at most ``width``: the widest shrink first.

    >>> fit_widths([10, 40, 5], [5, 5, 5], 40)
    [10, 21, 5]
    """
    widths = list(natural)
    if width is None:
        return widths
    floor = [min(n, max(h, _MIN_WIDTH)) for n, h in zip(natural, headers)]
    excess = sum(widths) + 2 * (len(widths) - 1) - width
    while excess > 0:
        room = [w - f for w, f in zip(widths, floor)]
        widest = max(range(len(widths)), key=lambda i: (room[i] > 0, widths[i]))
        if room[widest] <= 0:
            break  # every column at its floor: the line itself is cut
        widths[widest] -= 1
        excess -= 1
    return widths


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` display columns, ending in ``…`` when it was longer."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + _ELLIPSIS


def pad(text: str, width: int) -> str:
    return text + " " * max(width - display_width(text), 0)


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _text_cell(value: Any, joiner: str) -> str:
    if isinstance(value, list | tuple):
        return joiner.join(_text_cell(v, joiner) for v in value)
    if _is_null(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _json_cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_json_cell(v) for v in value]
    if _is_null(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value
