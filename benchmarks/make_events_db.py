"""Build a large, realistic SQLite store for tigris's load benchmarks of the web workbench.

Usage::

    .venv/bin/python benchmarks/make_events_db.py --events 100000 --out /tmp/tigris-100k.db [--seed 7]

Everything is written through the real store (``open_store`` runs the migrations, ``Store.save``
writes each document with its events in one transaction), so the database has exactly the schema
and indexes that ``tigris serve`` reads.

The record imitates a decade of Iraq reporting as tigris would code it (2014–2023): daily security
round-ups from a handful of outlets, each listing 8 to 32 incidents, one evidence sentence per
incident written from templates in the project's own words. Event types and sub-types follow the
rough shares of ACLED's Iraq data (bombs and shelling most common; battles heaviest in 2014–2017,
protests in 2019–2020); places come from ``tigris/data/places.json`` (with their governorate and
coordinates), actors from ``tigris/data/actors.json`` (ACLED-style names, ids and inter codes).
The same seed always gives the same database. A JSON summary is printed at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "tigris" / "data"
BAGHDAD = dt.timezone(dt.timedelta(hours=3))

# Reporting volume by year (relative): the war against the Islamic State, then the 2019–2020 protests.
YEAR_WEIGHTS: dict[int, float] = {
    2014: 15,
    2015: 16,
    2016: 15,
    2017: 13,
    2018: 7,
    2019: 10,
    2020: 9,
    2021: 6,
    2022: 5,
    2023: 4,
}

# Where incidents happen (relative weight of each governorate); places inside are drawn evenly.
ADMIN1_WEIGHTS: dict[str, float] = {
    "Baghdad": 24,
    "Nineveh": 12,
    "Anbar": 11,
    "Salah al-Din": 10,
    "Diyala": 9,
    "Kirkuk": 7,
    "Basra": 5,
    "Babil": 4,
    "Dhi Qar": 4,
    "Erbil": 3,
    "Najaf": 2,
    "Karbala": 2,
    "Wasit": 1.5,
    "Maysan": 1.5,
    "Qadisiyah": 1.5,
    "Duhok": 1.5,
    "Sulaymaniyah": 1.5,
    "Muthanna": 1,
    "Halabja": 0.3,
}

OUTLETS: tuple[str, ...] = (
    "Mesopotamia Monitor",
    "Tigris Wire",
    "Two Rivers Daily",
    "Gulf Desk",
    "Euphrates Observer",
    "Baghdad Security Brief",
)

VICTIMS: tuple[str, ...] = ("civilians", "people", "passers-by", "labourers", "shoppers", "farmers")
FORCES: tuple[str, ...] = ("soldiers", "policemen", "members of the security forces", "fighters")
TARGETS: tuple[str, ...] = (
    "an army patrol",
    "a police checkpoint",
    "a PMF convoy",
    "a market",
    "a checkpoint on the main road",
    "a minibus",
    "the house of a local official",
)


@dataclass(frozen=True)
class Kind:
    """One ACLED sub-event type as the generator codes it."""

    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    weight: float
    actor1: tuple[tuple[str, float], ...]  # (actor id, weight); "" for no actor
    actor2: tuple[tuple[str, float], ...]
    deaths: tuple[int, int, float]  # (low, high, chance of any death)
    templates: tuple[str, ...]


STATE = (
    ("military-forces-of-iraq", 5),
    ("police-forces-of-iraq", 3),
    ("popular-mobilization-forces", 2),
    ("counter-terrorism-service", 1),
    ("peshmerga", 1),
)
INSURGENTS = (
    ("islamic-state", 8),
    ("unidentified-armed-group-iraq", 4),
    ("jrtn", 0.3),
    ("al-qaeda-in-iraq", 0.3),
)
MILITIAS = (
    ("kataib-hezbollah", 2),
    ("asaib-ahl-al-haq", 1.5),
    ("harakat-hezbollah-al-nujaba", 1),
    ("saraya-al-salam", 0.7),
    ("badr-organization", 0.7),
    ("unidentified-armed-group-iraq", 3),
)
FOREIGN = (
    ("military-forces-of-turkey", 3),
    ("military-forces-of-the-united-states", 2),
    ("global-coalition", 2),
    ("military-forces-of-iran", 1),
)
CIVILIANS = (("civilians-iraq", 1),)
PROTESTERS = (("protesters-iraq", 5), ("tishreen-movement", 1))
RIOTERS = (("rioters-iraq", 1),)
NONE = (("", 1),)

KINDS: tuple[Kind, ...] = (
    Kind(
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "ASSAULT",
        "explosives",
        26,
        INSURGENTS,
        CIVILIANS + STATE,
        (1, 6, 0.55),
        (
            "A roadside bomb exploded near {target} in {place}, killing {killed} and wounding {injured}.",
            "An improvised explosive device went off in {place}, {admin1} governorate, killing {killed}.",
            "A sticky bomb attached to a car exploded in {place}, wounding {injured}.",
            "Police said a bomb planted near {target} in {place} killed {killed} on {weekday}.",
        ),
    ),
    Kind(
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "FIGHT",
        "heavy-weapons",
        9,
        INSURGENTS + MILITIAS,
        STATE + CIVILIANS,
        (1, 4, 0.3),
        (
            "Mortar rounds fell on {place} in {admin1}, killing {killed}.",
            "Rockets struck a military base near {place} late on {weekday}; officials reported {injured} wounded.",
            "Katyusha rockets were fired at {place} from nearby orchards, wounding {injured}.",
        ),
    ),
    Kind(
        "Explosions/Remote violence",
        "Air/drone strike",
        "FIGHT",
        "aerial",
        8,
        (("iraqi-air-force", 4), *FOREIGN),
        INSURGENTS + (("pkk", 2),),
        (1, 12, 0.7),
        (
            "Air strikes on hideouts near {place} killed {killed}, the Security Media Cell said.",
            "A drone strike hit a vehicle on the road outside {place}, killing {killed}.",
            "Warplanes bombed positions in the hills around {place} in {admin1} on {weekday}.",
        ),
    ),
    Kind(
        "Explosions/Remote violence",
        "Suicide bomb",
        "ASSAULT",
        "suicide-attack",
        3,
        (("islamic-state", 1),),
        CIVILIANS + STATE,
        (3, 45, 0.95),
        (
            "A suicide bomber blew himself up at {target} in {place}, killing {killed} and wounding {injured}.",
            "A suicide car bomb struck {target} in {place}, {admin1}; {killed} were killed.",
        ),
    ),
    Kind(
        "Explosions/Remote violence",
        "Grenade",
        "ASSAULT",
        "explosives",
        1.5,
        MILITIAS,
        CIVILIANS,
        (0, 2, 0.2),
        ("A hand grenade was thrown at a shop in {place}, wounding {injured}.",),
    ),
    Kind(
        "Battles",
        "Armed clash",
        "FIGHT",
        "firearms",
        13,
        STATE,
        INSURGENTS,
        (1, 15, 0.75),
        (
            "Security forces clashed with Islamic State fighters near {place}, killing {killed}.",
            "Gunmen attacked {target} near {place} in {admin1}, and {killed} died in the exchange of fire.",
            "Troops fought militants for several hours on the outskirts of {place} on {weekday}.",
            "Insurgents ambushed {target} in {place}; the fighting left {killed} dead.",
        ),
    ),
    Kind(
        "Battles",
        "Government regains territory",
        "FIGHT",
        "firearms",
        1.5,
        STATE,
        (("islamic-state", 1),),
        (2, 30, 0.8),
        (
            "Iraqi forces retook the town of {place} from the Islamic State after a three-day assault.",
            "The army said it had recaptured villages around {place} in {admin1}.",
        ),
    ),
    Kind(
        "Battles",
        "Non-state actor overtakes territory",
        "FIGHT",
        "firearms",
        0.7,
        (("islamic-state", 1),),
        STATE,
        (2, 25, 0.8),
        ("Islamic State fighters seized villages near {place} after government troops withdrew.",),
    ),
    Kind(
        "Violence against civilians",
        "Attack",
        "ASSAULT",
        "firearms",
        8,
        INSURGENTS + MILITIAS,
        CIVILIANS,
        (1, 5, 0.85),
        (
            "Gunmen shot dead {killed} in {place} on {weekday} evening.",
            "Unknown assailants killed an activist outside his home in {place}, {admin1}.",
            "The bodies of {killed} were found in {place}, bearing gunshot wounds.",
        ),
    ),
    Kind(
        "Violence against civilians",
        "Abduction/forced disappearance",
        "ASSAULT",
        "abduct",
        2,
        INSURGENTS + MILITIAS,
        CIVILIANS,
        (0, 0, 0.0),
        (
            "Armed men kidnapped a shop owner in {place} and drove off toward {admin1}.",
            "Relatives said a journalist was abducted in {place} on {weekday}.",
        ),
    ),
    Kind(
        "Protests",
        "Peaceful protest",
        "PROTEST",
        "demonstrate",
        10,
        PROTESTERS,
        NONE,
        (0, 0, 0.0),
        (
            "Hundreds of people demonstrated in {place} against power cuts and unemployment.",
            "Graduates protested outside the governorate building in {place}, {admin1}, demanding jobs.",
            "Residents of {place} blocked a road to demand clean water.",
        ),
    ),
    Kind(
        "Protests",
        "Protest with intervention",
        "PROTEST",
        "demonstrate",
        3,
        PROTESTERS,
        (("riot-police-iraq", 2), ("police-forces-of-iraq", 1)),
        (0, 0, 0.0),
        (
            "Police fired tear gas to disperse protesters in {place}, wounding {injured}.",
            "Security forces arrested several demonstrators at a sit-in in {place}.",
        ),
    ),
    Kind(
        "Protests",
        "Excessive force against protesters",
        "PROTEST",
        "demonstrate",
        1,
        PROTESTERS,
        (("police-forces-of-iraq", 2), ("unidentified-armed-group-iraq", 1)),
        (1, 8, 0.9),
        ("Live fire on protesters in {place} killed {killed} and wounded {injured}, medics said.",),
    ),
    Kind(
        "Riots",
        "Violent demonstration",
        "PROTEST",
        "riot",
        1.5,
        RIOTERS,
        (("police-forces-of-iraq", 1),),
        (0, 2, 0.15),
        ("Angry crowds set fire to a party office in {place}, {admin1}.",),
    ),
    Kind(
        "Riots",
        "Mob violence",
        "ASSAULT",
        "beat",
        0.5,
        RIOTERS,
        CIVILIANS,
        (0, 1, 0.2),
        ("A mob attacked two men accused of theft in {place}.",),
    ),
    Kind(
        "Strategic developments",
        "Arrests",
        "COERCE",
        "arrest",
        6,
        STATE,
        INSURGENTS,
        (0, 0, 0.0),
        (
            "Security forces arrested a suspected Islamic State leader in {place}.",
            "Police detained {injured} wanted men in a dawn raid in {place}, {admin1}.",
        ),
    ),
    Kind(
        "Strategic developments",
        "Disrupted weapons use",
        "COERCE",
        "seize",
        3,
        STATE,
        INSURGENTS,
        (0, 0, 0.0),
        ("Army engineers defused a bomb found near {target} in {place}.",),
    ),
    Kind(
        "Strategic developments",
        "Change to group/activity",
        "MOBILIZE",
        "troops",
        1.5,
        STATE,
        NONE,
        (0, 0, 0.0),
        ("Reinforcements were sent to {place} ahead of an operation in {admin1}.",),
    ),
    Kind(
        "Strategic developments",
        "Agreement",
        "AGREE",
        "",
        0.8,
        (("government-of-iraq", 2), ("kurdistan-regional-government", 1)),
        (("kurdistan-regional-government", 1), ("government-of-turkey", 1)),
        (0, 0, 0.0),
        ("Officials meeting in {place} agreed on a joint security plan for {admin1}.",),
    ),
)

REVIEW_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("auto", 85),
    ("confirmed", 10),
    ("edited", 4),
    ("rejected", 1),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EVENTS_PER_DOCUMENT = (8, 32)


def _load_json(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def iraqi_places() -> dict[str, list[dict[str, Any]]]:
    """Located places in Iraq (not the country itself), grouped by governorate."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for place in _load_json("places.json"):
        if place.get("country") != "Iraq" or place.get("kind") in ("country", "governorate"):
            continue
        if not place.get("admin1") or place.get("lat") is None or place.get("lon") is None:
            continue
        grouped.setdefault(place["admin1"], []).append(place)
    return grouped


def known_actors() -> dict[str, dict[str, Any]]:
    return {actor["id"]: actor for actor in _load_json("actors.json")}


def _pick(rng: random.Random, weighted: Sequence[tuple[Any, float]]) -> Any:
    items = [item for item, _ in weighted]
    weights = [weight for _, weight in weighted]
    return rng.choices(items, weights=weights, k=1)[0]


def _day_in(rng: random.Random, year: int) -> dt.date:
    start = dt.date(year, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(year + 1, 1, 1) - start).days))


def _people(rng: random.Random, count: int, *, civilians: bool) -> str:
    if count == 1:
        return "one person" if civilians else "one member of the security forces"
    return f"{count} {rng.choice(VICTIMS if civilians else FORCES)}"


def _type_weight(kind: Kind, year: int) -> float:
    """Shift the mix with the years: battles in the war years, protests in 2019–2020."""
    weight = kind.weight
    if kind.event_type == "Battles" and 2014 <= year <= 2017:
        weight *= 2.0
    if kind.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory"):
        weight *= 3.0 if 2014 <= year <= 2017 else 0.1
    if kind.event_type in ("Protests", "Riots") and year in (2019, 2020):
        weight *= 3.0
    if kind.sub_event_type == "Suicide bomb" and year >= 2018:
        weight *= 0.3
    return weight


class Generator:
    """Makes the documents and events of the benchmark store, all from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.places = iraqi_places()
        self.actors = known_actors()
        self.admin1 = [(name, w) for name, w in ADMIN1_WEIGHTS.items() if name in self.places]
        missing = sorted({a for k in KINDS for a, _ in (*k.actor1, *k.actor2) if a and a not in self.actors})
        if missing:
            raise SystemExit(f"actors missing from tigris/data/actors.json: {', '.join(missing)}")

    def document(self, number: int, n_events: int) -> tuple[Any, list[Any]]:
        from tigris.types import Document, Event, Evidence, Section

        rng = self.rng
        year = _pick(rng, list(YEAR_WEIGHTS.items()))
        published_day = _day_in(rng, year)
        outlet = rng.choice(OUTLETS)
        title = (
            f"Security round-up no. {number + 1}: {n_events} incidents reported by {published_day:%d %B %Y}"
        )
        drafts = [self._draft(year, published_day) for _ in range(n_events)]
        lead = f"{outlet} compiled the following incidents from police, hospital and official sources."
        parts = [title, "", lead, ""]
        offset = len(title) + 2 + len(lead) + 2
        spans: list[tuple[int, int]] = []
        for i, draft in enumerate(drafts):
            sentence = draft["sentence"]
            spans.append((offset, offset + len(sentence)))
            parts.append(sentence)
            offset += len(sentence) + 1
            if i % 4 == 3:
                parts.append("")
                offset += 1
        text = "\n".join(parts)
        doc_id = "bench-" + hashlib.sha256(f"{self.seed}:{number}".encode()).hexdigest()[:16]
        doc = Document(
            id=doc_id,
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            text=text,
            origin=f"benchmark:{doc_id}",
            title=title,
            url=f"https://bench.tigris.invalid/{published_day:%Y/%m/%d}/{doc_id}",
            published=dt.datetime.combine(published_day, dt.time(18, 0), tzinfo=BAGHDAD),
            language="en",
            source=outlet,
            kind="news",
            sections=(Section("title", 0, len(title)), Section("body", len(title) + 2, len(text))),
        )
        events = []
        for i, (draft, (start, end)) in enumerate(zip(drafts, spans, strict=True)):
            if text[start:end] != draft.pop("sentence"):
                raise RuntimeError(f"evidence offsets are off in {doc_id}")
            evidence = Evidence(doc_id=doc_id, start=start, end=end, text=text[start:end])
            events.append(
                Event(
                    event_id=f"{doc_id}-{i:02d}",
                    doc_id=doc_id,
                    evidence=(evidence,),
                    sources=(outlet,),
                    extractor="benchmark-generator",
                    **draft,
                )
            )
        return doc, events

    def _actor(self, weighted: Sequence[tuple[str, float]]) -> tuple[str | None, str | None, int | None]:
        actor_id = _pick(self.rng, weighted)
        if not actor_id:
            return None, None, None
        actor = self.actors[actor_id]
        return actor["acled_name"], actor_id, actor.get("inter")

    def _draft(self, year: int, published: dt.date) -> dict[str, Any]:
        rng = self.rng
        kind = _pick(rng, [(k, _type_weight(k, year)) for k in KINDS])
        admin1 = _pick(rng, self.admin1)
        place = rng.choice(self.places[admin1])
        actor1, actor1_id, inter1 = self._actor(kind.actor1)
        actor2, actor2_id, inter2 = self._actor(kind.actor2)
        if actor2_id == actor1_id:
            actor2, actor2_id, inter2 = None, None, None
        low_deaths, high_deaths, chance = kind.deaths
        killed = rng.randint(max(low_deaths, 1), max(high_deaths, 1)) if rng.random() < chance else 0
        ranged = killed > 2 and rng.random() < 0.15
        injured = rng.randint(1, 3 * max(killed, 4)) if rng.random() < 0.5 else 0
        day = published - dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3)))
        precision = _pick(rng, (("day", 92), ("week", 5), ("month", 3)))
        date: dt.date | None = day
        if precision == "week":
            date = day - dt.timedelta(days=day.weekday())
        elif precision == "month":
            date = day.replace(day=1)
        if rng.random() < 0.004:
            date, precision = None, None
        templates = [t for t in kind.templates if "{killed}" not in t] if killed == 0 else []
        if killed == 0 and not templates:
            killed = max(low_deaths, 1)
        template = rng.choice(templates or list(kind.templates))
        sentence = template.format(
            place=place["name"],
            admin1=admin1,
            target=rng.choice(TARGETS),
            killed=_people(rng, killed, civilians=actor2_id == "civilians-iraq"),
            injured=str(max(injured, 2)),
            weekday=WEEKDAYS[day.weekday()],
        )
        review_status = _pick(rng, REVIEW_WEIGHTS)
        notes = ""
        if review_status == "edited":
            notes = "Place corrected against the second source."
        elif review_status == "rejected":
            notes = "Duplicate of an earlier report."
        return {
            "sentence": sentence,
            "event_type": kind.event_type,
            "sub_event_type": kind.sub_event_type,
            "plover_type": kind.plover_type,
            "plover_mode": kind.plover_mode,
            "date": date,
            "date_precision": precision,
            "location": place["name"],
            "admin1": admin1,
            "admin2": place.get("admin2"),
            "country": "Iraq",
            "latitude": round(place["lat"] + rng.uniform(-0.01, 0.01), 5),
            "longitude": round(place["lon"] + rng.uniform(-0.01, 0.01), 5),
            "geo_precision": place.get("geo_precision") or 1,
            "location_id": place["id"],
            "actor1": actor1,
            "actor1_id": actor1_id,
            "inter1": inter1,
            "actor2": actor2,
            "actor2_id": actor2_id,
            "inter2": inter2,
            "fatalities": killed,
            "fatalities_low": killed,
            "fatalities_high": killed + rng.randint(1, 5) if ranged else killed,
            "injured": injured or None,
            "modality": "claimed" if rng.random() < 0.03 else "asserted",
            "confidence": round(rng.uniform(0.45, 0.95), 2),
            "notes": notes,
            "review_status": review_status,
            "date_text": WEEKDAYS[day.weekday()],
            "place_text": place["name"],
        }


def build(out: Path, events: int, seed: int = 7) -> dict[str, Any]:
    """Write a store of ``events`` events at ``out`` (replacing any file there); returns a summary."""
    from tigris.store import open_store

    if events < 1:
        raise SystemExit("--events must be at least 1")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    gen = Generator(seed)
    started = time.perf_counter()
    by_type: Counter[str] = Counter()
    documents = written = 0
    with open_store(f"sqlite:///{out}") as store:
        while written < events:
            n = min(gen.rng.randint(*EVENTS_PER_DOCUMENT), events - written)
            doc, doc_events = gen.document(documents, n)
            store.save(doc, doc_events)
            by_type.update(e.event_type for e in doc_events)
            documents += 1
            written += n
    seconds = time.perf_counter() - started
    return {
        "database": str(out),
        "seed": seed,
        "documents": documents,
        "events": written,
        "events_by_type": dict(sorted(by_type.items())),
        "seconds": round(seconds, 2),
        "bytes": out.stat().st_size,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="how many events (default 100000)")
    parser.add_argument("--out", type=Path, required=True, help="the SQLite file to write (replaced)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    summary = build(args.out.resolve(), args.events, args.seed)
    json.dump(summary, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
