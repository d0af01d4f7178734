"""``policykg extract`` and ``policykg eval``: articles to events JSONL, and its score.

``extract`` streams articles through the extraction pipeline and writes one
record a line (``docs/events-format.md``).  Bad input is reported as
``path:line: reason`` on stderr and skipped; the exit code is then 3
(``EXIT_SKIPPED``).  With ``--strict`` every input is read once first, and any
skip fails the command (exit 1) before the output file is created.  The output
is written to a temporary file beside the target and renamed at the end, so an
interrupted run never leaves half a file.

``eval`` scores an events JSONL file against a gold file with
:mod:`policykg.extract.evaluate`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from policykg import EXIT_OK, PolicyKGError
from policykg.cli.argtypes import positive_int


def register(subparsers: argparse._SubParsersAction) -> None:
    extract = subparsers.add_parser(
        "extract",
        help="extract entities and dated events from articles into events JSONL",
        description="Read articles (news-search export, JSONL, .txt/.md; files, directories, "
        "globs or - for stdin), extract entities and events, write events JSONL.",
    )
    extract.add_argument("inputs", nargs="+", metavar="INPUT", help="article files, directories, globs, or -")
    extract.add_argument("--out", required=True, metavar="EVENTS.jsonl", help="output file (- for stdout)")
    extract.add_argument(
        "--model",
        default=None,
        metavar="NAME",
        help="spaCy model to use, e.g. en_core_web_sm (default: rules only, no model)",
    )
    extract.add_argument(
        "--strict", action="store_true", help="fail (exit 1) before writing anything if any input would be skipped"
    )
    extract.add_argument(
        "--rescore",
        choices=("auto", "on", "off"),
        default="auto",
        help="the learned re-scorer of the rules' events: auto follows the shipped setting "
        "(on only if it raised dev F1; docs/extraction.md), on / off force it",
    )
    add_jobs_option(extract)
    extract.add_argument(
        "--dask",
        default=None,
        metavar="ADDRESS",
        help="extract on the Dask cluster at ADDRESS (tcp://host:8786), or 'local' for a local one; "
        "needs the dask extra (docs/scale.md, 'Past one machine')",
    )
    extract.set_defaults(handler=handle_extract)

    evaluate = subparsers.add_parser(
        "eval",
        help="score events JSONL against hand-labelled gold",
        description="Entity and event precision, recall, F1 and slot accuracy, micro over "
        "articles (docs/events-format.md, 'Scoring').",
    )
    evaluate.add_argument("pred", metavar="PRED.jsonl", help="extraction output to score (- for stdin)")
    gold = evaluate.add_mutually_exclusive_group(required=True)
    gold.add_argument("--gold", metavar="GOLD.jsonl", help="gold file in the same format")
    gold.add_argument(
        "--gold-from-corrections",
        action="store_true",
        help="score only the reviewed reports, against the analysts' corrections (docs/corrections.md)",
    )
    evaluate.add_argument("--corrections", metavar="FILE", help="corrections file (default: see docs/corrections.md)")
    evaluate.add_argument("--per-article", action="store_true", help="also print each article's scores")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.set_defaults(handler=handle_eval)


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    """``--jobs N``: extraction worker processes (``extract`` and ``ingest``)."""
    parser.add_argument(
        "--jobs",
        type=positive_int,
        default=None,
        metavar="N",
        help="extract in N worker processes, output in input order (default: all cores; 1: in this process)",
    )


def jobs_of(args: argparse.Namespace) -> int:
    """The number of extraction processes: ``--jobs``, else every core."""
    from policykg.extract.parallel import default_jobs

    return args.jobs or default_jobs()


# --------------------------------------------------------------------------- extract


def handle_extract(args: argparse.Namespace) -> int:
    from policykg.extract.read import ReadResult, iter_articles, read_paths

    result = ReadResult()
    if args.strict:
        articles: Iterable[Any] = _strict_articles(args.inputs, read_paths, iter_articles, result)
    else:
        articles = iter_articles(args.inputs, result)
    shown: dict[str, int] = {}
    with _dask_client(args.dask, args.jobs) as client:
        rescore = {"auto": None, "on": True, "off": False}[args.rescore]
        records = _extract(_with_messages(articles, result, shown), args.model, jobs_of(args), client, rescore)
        with _output(args.out) as out:
            counts = _write_records(records, out)
    _print_new_messages(result, shown)
    info = sys.stderr if args.out == "-" else sys.stdout
    print(result.summary(), file=info)
    print(
        f"extracted {counts[1]} entities and {counts[2]} events from {counts[0]} articles; "
        f"wrote {'stdout' if args.out == '-' else args.out}",
        file=info,
    )
    return result.exit_code


def _strict_articles(inputs: list[str], read_paths: Any, iter_articles: Any, result: Any) -> Iterable[Any]:
    """Read everything once and fail on any skip; stream again from files afterwards.

    Standard input cannot be read twice, so with ``-`` the articles are kept in memory.
    """
    if "-" in inputs:
        first = read_paths(inputs)
        _fail_if_skipped(first)
        _copy_result(first, result)
        return first.articles
    checked = type(result)()
    for _ in iter_articles(inputs, checked):
        pass
    _fail_if_skipped(checked)
    return iter_articles(inputs, result)


def _with_messages(articles: Iterable[Any], result: Any, shown: dict[str, int]) -> Iterator[Any]:
    """Pass articles through, printing each new reader message as soon as it appears."""
    for article in articles:
        _print_new_messages(result, shown)
        yield article


def _print_new_messages(result: Any, shown: dict[str, int]) -> None:
    for name in ("errors", "warnings", "duplicates"):
        items = getattr(result, name)
        for item in items[shown.get(name, 0) :]:
            print(item, file=sys.stderr)
        shown[name] = len(items)


def _fail_if_skipped(result: Any) -> None:
    if result.errors:
        for message in result.messages():
            print(message, file=sys.stderr)
        raise PolicyKGError(
            f"{len(result.errors)} input(s) would be skipped and --strict was given; nothing was written"
        )


def _copy_result(source: Any, target: Any) -> None:
    for name in ("errors", "warnings", "duplicates"):
        getattr(target, name).extend(getattr(source, name))
    target.files, target.count = source.files, source.count


def _extract(
    articles: Iterable[Any], model: str | None, jobs: int, client: Any = None, rescore: bool | None = None
) -> Iterator[Any]:
    """Run the pipeline lazily (spaCy is imported here, not at CLI start-up): in ``jobs`` processes,
    or on the workers of a Dask ``client``."""
    from tqdm import tqdm

    if client is not None:
        from policykg.extract.distributed import extract_on_dask

        records = extract_on_dask(articles, client, model=model or None, rescore=rescore)
    else:
        from policykg.extract.parallel import extract_records

        records = extract_records(articles, model=model or None, jobs=jobs, rescore=rescore)
    # delay: no bar at all for runs shorter than two seconds (few articles);
    # disable=None: no bar when stderr is not a terminal.
    yield from tqdm(
        records,
        desc="extract",
        unit=" articles",
        file=sys.stderr,
        delay=2.0,
        disable=None,
    )


@contextlib.contextmanager
def _dask_client(address: str | None, workers: int | None) -> Iterator[Any]:
    """A Dask client for ``--dask`` (``local``: a local cluster of ``--jobs`` workers), closed at the end."""
    if not address:
        yield None
        return
    from policykg.extract.distributed import connect

    client = connect(address, workers)
    try:
        yield client
    finally:
        client.close()


def _write_records(records: Iterable[Any], out: IO[str]) -> tuple[int, int, int]:
    """Write records as JSONL; return (articles, entities, events)."""
    n_articles = n_entities = n_events = 0
    for record in records:
        out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        n_articles += 1
        n_entities += len(record.entities)
        n_events += len(record.events)
    return n_articles, n_entities, n_events


@contextlib.contextmanager
def _output(path: str) -> Iterator[IO[str]]:
    """Stdout for ``-``; else a temporary file renamed onto ``path`` on success only."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".policykg-", suffix=".jsonl.part", dir=folder)
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot write ({exc.strerror})") from None
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; the output gets the usual mode
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------- eval


def handle_eval(args: argparse.Namespace) -> int:
    from policykg.extract.evaluate import format_report, parse_records, score

    pred = parse_records(_read_lines(args.pred), args.pred)
    if args.gold_from_corrections:
        from policykg.graph.review_api import reviewed_gold

        gold, pred = reviewed_gold(pred, args.corrections)
    else:
        gold = parse_records(_read_lines(args.gold), args.gold)
    report = score(gold, pred)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, per_article=args.per_article))
    return EXIT_OK


def _read_lines(path: str) -> list[str]:
    if path == "-":
        return sys.stdin.read().splitlines()
    try:
        with open(path, encoding="utf-8-sig") as f:
            return f.read().splitlines()
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise PolicyKGError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
