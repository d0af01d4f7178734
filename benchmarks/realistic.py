"""Synthetic articles shaped like the labelled data: the mix the benchmarks load by default.

:func:`gold_profile` counts, in the hand-labelled gold (``data/labelled/train/gold.jsonl``
and ``data/gold/seed-gold.jsonl``; never the frozen test split), how events are
shaped: the share of each type and action, of 0/1/2/... actors, items and targets,
of dated events and events with a value, events and distinct entities per article.  :func:`make_records` samples from those counts.  The main actor is one
dominant country (``C0``, 37 % of events, as the labelled data's main actor),
then a runner-up (25 %), then the rest of the labelled actors' shares spread over
other countries; items are drawn with Zipf weights (a few goods, like rare
earths, dominate).  About one event in ten is reported again by a second article.
The result has about 9.5 relationships per event, as real extractions do.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from policykg.extract.models import Article, ArticleRecord, Entity, Event

ROOT = Path(__file__).resolve().parents[1]
GOLD = (ROOT / "data" / "labelled" / "train" / "gold.jsonl", ROOT / "data" / "gold" / "seed-gold.jsonl")
DOMINANT_SHARE, RUNNER_UP_SHARE = 0.37, 0.25
SECOND_REPORT = 0.10  # share of events a second article reports too
SAME_ARTICLE_REUSE = 0.8  # an event shares the article's previous main actor (goods) this often
POOLS = {"Country": 200, "Agency": 600, "Firm": 1500, "Person": 300, "Element": 60, "Item": 800}
PREFIX = {
    "Country": "C",
    "Agency": "org:agency_",
    "Firm": "org:firm_",
    "Person": "person:p_",
    "Element": "element:E",
    "Item": "item:i_",
}


@dataclass(frozen=True)
class Profile:
    """Counts from the gold: each is a Counter of observed values (sampled in proportion)."""

    types: Counter
    actions: Counter
    n_actors: Counter
    n_items: Counter
    n_targets: Counter
    dated: Counter
    valued: Counter
    events_per_article: Counter
    entities_per_article: Counter  # distinct entities an article names (its events' slots and others)
    actor_tail: tuple[float, ...]  # shares of the 3rd, 4th, ... main actors


def gold_profile(paths: tuple[Path, ...] = GOLD) -> Profile:
    """Count the shape of the labelled events (see the module docstring)."""
    records = [json.loads(line) for path in paths for line in path.open(encoding="utf-8") if line.strip()]
    events = [e for r in records for e in r["events"]]
    mains = Counter(e["actors"][0] for e in events if e["actors"])
    tail = [n / len(events) for _, n in mains.most_common()[2:]]
    return Profile(
        types=Counter(e["type"] for e in events),
        actions=Counter(e["action"] for e in events),
        n_actors=Counter(max(1, len(e["actors"])) for e in events),
        n_items=Counter(len(e["items"]) for e in events),
        n_targets=Counter(len(e["targets"]) for e in events),
        dated=Counter(bool(e.get("date")) for e in events),
        valued=Counter(bool(e.get("value")) for e in events),
        events_per_article=Counter(len(r["events"]) for r in records if r["events"]),
        entities_per_article=Counter(len({x["id"] for x in r["entities"]}) for r in records if r["events"]),
        actor_tail=tuple(tail),
    )


def _draw(rng: random.Random, counts: Counter):  # type: ignore[no-untyped-def]
    values = sorted(counts, key=str)
    return rng.choices(values, weights=[counts[v] for v in values])[0]


class _Pools:
    """Entity pools with the weights the generator draws from."""

    def __init__(self, rng: random.Random, profile: Profile) -> None:
        self.entities = {
            label: [Entity(f"{PREFIX[label]}{n}", label, f"{label} {n}") for n in range(size)]
            for label, size in POOLS.items()
        }
        countries = self.entities["Country"]
        rest = 1.0 - DOMINANT_SHARE - RUNNER_UP_SHARE
        tail = [s * rest / sum(profile.actor_tail) for s in profile.actor_tail] or [rest]
        self.main = countries[: 2 + len(tail)]
        self.main_weights = [DOMINANT_SHARE, RUNNER_UP_SHARE, *tail]
        goods = self.entities["Element"] + self.entities["Item"]
        rng.shuffle(goods)
        self.goods, self.goods_weights = goods, [1.0 / (rank + 1) for rank in range(len(goods))]
        self.co = self.entities["Agency"] + self.entities["Person"]
        self.targets = countries + self.entities["Firm"]
        self.by_id = {e.id: e for pool in self.entities.values() for e in pool}

    def goods_sample(self, rng: random.Random, n: int) -> list[Entity]:
        picked: dict[str, Entity] = {}
        while len(picked) < n:
            e = rng.choices(self.goods, weights=self.goods_weights)[0]
            picked[e.id] = e
        return list(picked.values())


def _event(rng: random.Random, profile: Profile, pools: _Pools, previous: Event | None) -> tuple[Event, set[Entity]]:
    """One event; in an article, it shares the previous event's main actor or goods (SAME_ARTICLE_REUSE)."""
    by_id = pools.by_id
    main = rng.choices(pools.main, weights=pools.main_weights)[0]
    if previous is not None and rng.random() < SAME_ARTICLE_REUSE:
        main = by_id[previous.actors[0]]
    agencies = [pools.co[(int(main.id[1:]) * 3 + k) % len(pools.co)] for k in range(3)]  # the country's own
    co = rng.sample(agencies, min(3, _draw(rng, profile.n_actors) - 1))
    items = pools.goods_sample(rng, _draw(rng, profile.n_items))
    if previous is not None and previous.items and rng.random() < SAME_ARTICLE_REUSE:
        items = [by_id[i] for i in previous.items]
    targets = [t for t in rng.sample(pools.targets, _draw(rng, profile.n_targets)) if t.id != main.id]
    action = _draw(rng, profile.actions)
    day = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    until = f"20{rng.randint(25, 27)}-06-30" if action in ("suspend", "extend") and rng.random() < 0.5 else None
    event = Event(
        _draw(rng, profile.types),
        action,
        tuple(e.id for e in [main, *co]),
        tuple(e.id for e in items),
        tuple(e.id for e in targets),
        date=day if _draw(rng, profile.dated) else None,
        until=until,
        value=(("rate_pct", rng.randint(1, 100)),) if _draw(rng, profile.valued) else (),
        evidence=f"evidence {rng.random():.6f}",
        evidence_start=0,
        evidence_end=17,
    )
    return event, {main, *co, *items, *targets}


def make_records(
    n_events: int, seed: int = 7, profile: Profile | None = None, first_article: int = 0
) -> list[ArticleRecord]:
    """``n_events`` distinct events in articles shaped like the labelled data (module docstring).

    Articles are numbered from ``first_article`` (ids ``bench0000000``...), so chunks
    made with different seeds and offsets join into one input (:func:`write_jsonl`).
    """
    rng = random.Random(seed)
    profile = profile or gold_profile()
    pools = _Pools(rng, profile)
    articles: list[list[tuple[Event, set[Entity]]]] = []
    made = 0
    while made < n_events:
        group: list[tuple[Event, set[Entity]]] = []
        for _ in range(min(_draw(rng, profile.events_per_article), n_events - made)):
            group.append(_event(rng, profile, pools, group[-1][0] if group else None))
        articles.append(group)
        made += len(group)
    for pair in [p for group in articles for p in group if rng.random() < SECOND_REPORT]:
        articles[rng.randrange(len(articles))].append(pair)
    return [_record(rng, profile, pools, first_article + n, pairs) for n, pairs in enumerate(articles)]


def _record(
    rng: random.Random, profile: Profile, pools: _Pools, n: int, pairs: list[tuple[Event, set[Entity]]]
) -> ArticleRecord:
    named = {e for _, ents in pairs for e in ents}
    extra = max(0, _draw(rng, profile.entities_per_article) - len(named))
    named |= set(rng.sample(pools.targets + pools.co, extra))
    entities = tuple(sorted(named, key=lambda e: e.id))
    day = f"20{rng.randint(19, 25)}-{n % 12 + 1:02d}-{n % 28 + 1:02d}T{n % 24:02d}:00:00"
    article = Article(f"Article {n}", "", source=f"Source {n % 60}", published=day, article_id=f"bench{n:07d}")
    return ArticleRecord(article, "en", entities, tuple(ev for ev, _ in pairs))


def write_jsonl(path: Path, n_events: int, chunk: int = 50_000, seed: int = 7) -> int:
    """Write about ``n_events`` generated events to ``path`` as events JSONL, ``chunk`` events at a time.

    Only one chunk is ever in memory (a 1M-event input without the whole list); each
    chunk has its own seed, and a second report stays within its chunk.  Returns the
    number of article records written.
    """
    profile = gold_profile()
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        for n, start in enumerate(range(0, n_events, chunk)):
            records = make_records(min(chunk, n_events - start), seed + n, profile, first_article=written)
            out.writelines(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in records)
            written += len(records)
    return written


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 3:
        sys.exit("usage: python -m benchmarks.realistic N_EVENTS OUT.jsonl")
    print(f"wrote {write_jsonl(Path(sys.argv[2]), int(sys.argv[1]))} article records to {sys.argv[2]}")
