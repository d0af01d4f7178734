"""Check a labelled set (``articles.jsonl`` + ``gold.jsonl``) against the contract.

    python tools/check_labels.py data/labelled/<set> [more sets...]

Checks, each reported as ``path:line: problem``:
  * both files are JSONL with one object per line, the same number of lines, the
    same titles in the same order, and the same source and published;
  * every article has title, source, published (ISO), url, lang and body;
  * every ``evidence`` is an exact substring of ``title + "\\n" + body``;
  * every entity alias occurs in its article;
  * every id used in an event is listed among the article's entities;
  * types, actions, entity types and id forms come from the contract's closed lists;
  * ``date`` and ``until`` are ISO dates or null;
  * the gold scores F1 = 1.00 against itself (``policykg eval``);
  * ids are harmonised (``tools/label_ids.py``): no new id for a gazetteer form, minted ministry ids
    in the gazetteer's ``org:<adjective>_ministry_of_<domain>`` pattern, minted firm ids in their short
    form (``org:bgrimm`` for BGRIMM Technology); and, across all the sets
    given, two ids sharing a normalised name are printed as warnings (not problems).
Exit status 0 when everything holds, else 1.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from policykg.extract.entities import load_gazetteer
from policykg.extract.models import ACTIONS, ENTITY_TYPES, EVENT_TYPES

sys.path.insert(0, str(Path(__file__).resolve().parent))
import label_ids  # a sibling script, not a package

ID_FORMS = {
    "Country": r"[A-Z]{3}",
    "Bloc": r"[A-Z][A-Z0-9_]{1,15}",
    "Agency": r"org:[a-z0-9]+(_[a-z0-9]+)*",
    "Firm": r"org:[a-z0-9]+(_[a-z0-9]+)*",
    "Person": r"person:[a-z0-9]+(_[a-z0-9]+)*",
    "Element": r"element:[A-Z][a-z]?",
    "Item": r"item:[a-z0-9]+(_[a-z0-9]+)*",
}
ARTICLE_FIELDS = ("title", "source", "published", "url", "lang", "body")


def _lines(path: Path, problems: list[str]) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{n}: invalid JSON: {exc}")
            obj = {}
        if not isinstance(obj, dict):
            problems.append(f"{path}:{n}: not a JSON object")
            obj = {}
        out.append(obj)
    return out


def _iso_date(value: object) -> bool:
    if value is None:
        return True
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return len(str(value)) == 10


def check_article(art: dict, gold: dict, where: str) -> list[str]:
    """Problems of one article and its gold record."""
    problems = [f"{where}: article lacks {f!r}" for f in ARTICLE_FIELDS if not art.get(f)]
    for f in ("title", "source", "published"):
        if art.get(f) != gold.get(f):
            problems.append(f"{where}: gold {f} {gold.get(f)!r} differs from the article's {art.get(f)!r}")
    try:
        dt.datetime.fromisoformat(str(art.get("published")))
    except ValueError:
        problems.append(f"{where}: published {art.get('published')!r} is not ISO 8601")
    text = f"{art.get('title', '')}\n{art.get('body', '')}"
    ids = set()
    for ent in gold.get("entities", []):
        etype, eid = ent.get("type"), str(ent.get("id"))
        ids.add(eid)
        if etype not in ENTITY_TYPES:
            problems.append(f"{where}: entity {eid}: type {etype!r} not in the closed list")
        elif not re.fullmatch(ID_FORMS[etype], eid):
            problems.append(f"{where}: entity id {eid!r} does not have the {etype} form")
        problems += [
            f"{where}: alias {a!r} of {eid} not in the article" for a in ent.get("aliases", []) if a not in text
        ]
    for k, ev in enumerate(gold.get("events", [])):
        at = f"{where}: event {k}"
        if ev.get("type") not in EVENT_TYPES:
            problems.append(f"{at}: type {ev.get('type')!r} not in the closed list")
        if ev.get("action") not in ACTIONS:
            problems.append(f"{at}: action {ev.get('action')!r} not in the closed list")
        if not ev.get("actors"):
            problems.append(f"{at}: no actors")
        for role in ("actors", "items", "targets"):
            problems += [f"{at}: {role} id {i!r} not among the entities" for i in ev.get(role, []) if i not in ids]
        if not ev.get("evidence") or ev["evidence"] not in text:
            problems.append(f"{at}: evidence is not an exact substring of the article")
        for f in ("date", "until"):
            if not _iso_date(ev.get(f)):
                problems.append(f"{at}: {f} {ev.get(f)!r} is not YYYY-MM-DD or null")
    return problems


def check_ids(gold: dict, where: str, gaz, forms) -> list[str]:
    """Id-harmonisation problems of one gold record (rules of ``tools/label_ids.py``)."""
    found = label_ids.gazetteer_form(gold, gaz, forms) + label_ids.minted_ministry(gold, gaz)
    found += label_ids.minted_firm(gold, gaz)
    return [f"{where}: {p}" for p in found]


def check_set(folder: Path) -> list[str]:
    """Problems of one labelled set folder."""
    problems: list[str] = []
    arts = _lines(folder / "articles.jsonl", problems)
    golds = _lines(folder / "gold.jsonl", problems)
    if len(arts) != len(golds):
        problems.append(f"{folder}: {len(arts)} articles but {len(golds)} gold records")
    gaz = load_gazetteer()
    forms = label_ids.gazetteer_forms(gaz)
    for n, (art, gold) in enumerate(zip(arts, golds), 1):
        problems += check_article(art, gold, f"{folder / 'gold.jsonl'}:{n}")
        problems += check_ids(gold, f"{folder / 'gold.jsonl'}:{n}", gaz, forms)
    return problems


def name_warnings(folders: list[Path]) -> list[str]:
    """Warnings for ids sharing a normalised name across all the given sets."""
    records = []
    for folder in folders:
        path = folder / "gold.jsonl"
        for n, gold in enumerate(_lines(path, []), 1):
            records.append((f"{path}:{n}", gold))
    return label_ids.same_name(records)


def self_score(folder: Path) -> list[str]:
    """The set's gold scored against itself must give F1 = 1.00."""
    from policykg.extract.evaluate import parse_records, score

    path = folder / "gold.jsonl"
    records = parse_records(path.read_text(encoding="utf-8").splitlines(), str(path))
    report = score(records, records)
    f1s = (report.events.f1, report.entities.f1)
    return [] if f1s == (1.0, 1.0) else [f"{folder}: self-score F1 (events, entities) {f1s} is not 1.00"]


def main(argv: list[str]) -> int:
    problems: list[str] = []
    for arg in argv:
        problems += check_set(Path(arg))
        if not problems:
            problems += self_score(Path(arg))
    warnings = name_warnings([Path(a) for a in argv])
    for p in problems + warnings:
        print(p)
    print(f"{len(problems)} problem(s), {len(warnings)} warning(s) in {len(argv)} set(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
