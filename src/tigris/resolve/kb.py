"""The shipped knowledge base (actors and places under ``tigris/data``) and name lookup.

Names are compared after normalisation: case, diacritics, hamza and ayn marks, Arabic letter
variants, hyphens and a leading "al-" are folded, and so are two habits of Latin transliteration
(a doubled letter, a final "-ah" for "-a", "o" or "ou" for "u" in names of five letters or more), so
"Nassiriya", "Nasiriyah" and "an-Nasiriyah" meet, "Qayara" and "Qayyarah" meet, "Tuz Khormatu" and
"Tuz Khurmatu" meet, and "Moqtada al-Sadr", "Muqtada Sadr" and "مقتدى الصدر" meet. Fuzzy matching (rapidfuzz) is
the last resort, with a threshold, and only for names long enough to be distinctive.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from rapidfuzz import fuzz, process

FUZZY_THRESHOLD = 90


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    acled_name: str
    kind: str
    inter: int | None
    country: str | None
    aliases: tuple[str, ...] = ()
    codes_as: str | None = None
    wikidata: str | None = None
    source: str = ""
    memberships: tuple[dict[str, object], ...] = field(default=())
    # The days a name shared with other actors means this one ("coalition forces": the
    # Multi-National Force in 2003–2011, the Global Coalition from 2014); ISO dates, either open.
    active: tuple[str | None, str | None] = (None, None)

    def active_on(self, day: dt.date | None) -> bool:
        """Whether the actor existed on ``day`` (always, when either is unknown)."""
        if day is None:
            return True
        start, end = self.active
        iso = day.isoformat()
        return (start is None or start[: len(iso)] <= iso) and (end is None or iso <= _period_end(end))


def _period_end(value: str) -> str:
    """The last day an ISO date or a bare year/month stands for ("2011" → "2011-12-31")."""
    return value + "-12-31"[len(value) - 4 :] if len(value) < 10 else value


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    admin1: str | None
    admin2: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geo_precision: int
    alt_names: tuple[str, ...] = ()
    population: int | None = None

    @property
    def specificity(self) -> int:
        """Higher is more precise: a square beats a city beats a governorate beats a country."""
        return {
            "country": 0,
            "governorate": 1,
            "district": 2,
            "city": 3,
            "town": 4,
            "village": 5,
        }.get(self.kind, 6)


_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ئ": "ي", "ؤ": "و", "ـ": None}
)
_MARKS = re.compile(r"[\u064B-\u065F\u0670ʿʾ'’‘`´]")
_DOUBLED = re.compile(r"([a-z])\1")
_FINAL_AH = re.compile(r"(?<=[a-z]{2})ah\b")
_PUNCTUATION = re.compile(r"[-_./,()]+")
ARTICLES = frozenset({"al", "el", "an", "ad", "ar", "as", "ash", "at", "az", "the"})
_LATIN_ARTICLE = re.compile(rf"\b(?:{'|'.join(sorted(ARTICLES))})\s+(?=\w)")
_ARABIC_ARTICLE = re.compile(r"(?<!\S)ال(?=\w)")  # the Arabic definite article
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Fold a name for comparison; see the module docstring.

    Kept for the most recent 65,536 names: the name scan normalises every n-gram of every
    sentence, and the same words ("in Baghdad", "security forces") come back again and again."""
    # Most names are plain ASCII: no Arabic letters to fold, no accents to strip.
    ascii_only = name.isascii()
    text = name
    if not ascii_only:
        text = unicodedata.normalize("NFKD", name.translate(_ARABIC_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _MARKS.sub("", text).casefold()
    text = _PUNCTUATION.sub(" ", text)
    text = _LATIN_ARTICLE.sub("", text)
    if not ascii_only:
        text = _ARABIC_ARTICLE.sub("", text)
    text = _DOUBLED.sub(r"\1", text)  # Qayyarah / Qayarah, Tel Keppe / Tel Kepe
    text = _FINAL_AH.sub("a", text)  # Qayarah / Qayara, Tarmiyah / Tarmiya
    text = _SPACES.sub(" ", text).strip()
    if len(text) >= 5:  # Khormatu / Khurmatu, Badoush / Badush, Dohuk / Duhok (not "Our" / Ur)
        text = u_folded(text)
    return text


def u_folded(key: str) -> str:
    """A normalised name with the short vowel folded whatever its length: the Arabic u written o
    or ou ("Tuz Khormatu", "Badoush", "Mousul"); ``normalise`` folds it in names of five letters or
    more."""
    return key.replace("ou", "u").replace("o", "u") if "o" in key else key


def _data_text(name: str) -> str:
    return resources.files("tigris.data").joinpath(name).read_text(encoding="utf-8")


class KnowledgeBase:
    """Actors and places with their alias indexes. Build one with :func:`knowledge_base`."""

    def __init__(self, actors: Iterable[Actor], places: Iterable[Place]) -> None:
        self.actors = {a.id: a for a in actors}
        self.places = {p.id: p for p in places}
        self._actor_alias: dict[str, str] = {}
        # every actor an alias names, for names whose meaning changed over time
        self._alias_actors: dict[str, list[str]] = {}
        for actor in sorted(self.actors.values(), key=lambda a: a.id):
            for alias in (actor.name, *actor.aliases):
                self._actor_alias.setdefault(normalise(alias), actor.id)
                ids = self._alias_actors.setdefault(normalise(alias), [])
                if actor.id not in ids:
                    ids.append(actor.id)
        # An ACLED name belongs to the actor that owns it, not to the people coded under it.
        for actor in sorted(self.actors.values(), key=lambda a: (a.name != a.acled_name, a.id)):
            self._actor_alias.setdefault(normalise(actor.acled_name), actor.id)
        self._by_acled: dict[str, Actor] = {}
        for actor in sorted(self.actors.values(), key=lambda a: (a.name != a.acled_name, a.id)):
            self._by_acled.setdefault(actor.acled_name, actor)  # the actor that owns the name
        self._place_alias: dict[str, list[str]] = {}
        for place in self.places.values():
            for key in dict.fromkeys(normalise(alias) for alias in (place.name, *place.alt_names)):
                self._place_alias.setdefault(key, []).append(place.id)  # each place once per key
        self._actor_keys = [k for k in self._actor_alias if len(k) >= 6]
        self._name_starts = frozenset(
            u_folded(" ".join(words[:j]))
            for key in (*self._actor_alias, *self._place_alias)
            for words in (key.split(" "),)
            for j in range(1, len(words) + 1)
        )

    def may_start_name(self, key: str) -> bool:
        """Whether some actor alias or place name begins with the normalised words ``key``.

        The name scan reads a sentence's words one more at a time and stops once no name can
        begin with them. Compared with the short vowel always folded (``normalise`` folds it
        only in names of five letters or more), so "Old" still leads on to "Old Anah"."""
        return u_folded(key) in self._name_starts

    # actors -------------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def by_acled_name(self, name: str) -> Actor | None:
        return self._by_acled.get(name)

    def find_actor(self, text: str, *, fuzzy: bool = True) -> Actor | None:
        key = normalise(text)
        if not key:
            return None
        if key in self._actor_alias:
            return self.actors[self._actor_alias[key]]
        if fuzzy and len(key) >= 6:
            hit = process.extractOne(key, self._actor_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
            if hit is not None:
                return self.actors[self._actor_alias[hit[0]]]
        return None

    def actor_of_day(self, actor: Actor, name: str, day: dt.date | None) -> Actor:
        """The actor ``name`` meant on ``day``: ``actor`` when it was active then, otherwise the
        actor of the same alias that was ("coalition troops" in 2004 are the Multi-National Force,
        not the Global Coalition formed in 2014). With none active, ``actor`` as it is."""
        if day is None or actor.active_on(day):
            return actor
        for other_id in self._alias_actors.get(normalise(name), []):
            other = self.actors[other_id]
            if other.id != actor.id and other.active != (None, None) and other.active_on(day):
                return other
        return actor

    def office_held(self, actor: Actor, day: dt.date | None) -> Actor | None:
        """What a person who codes as an office ("Government of Iraq" for a prime minister) codes as
        on ``day``: the office while they hold it; out of office, the organisation they led or
        belonged to then (a former premier acts for his party), or None when there is none.
        Without dated terms in the knowledge base the office is kept."""
        target = actor.codes_as
        office = self.actors.get(target) if target is not None else None
        if actor.kind != "person" or office is None or office.kind != "government" or day is None:
            return self.coded_actor(actor)
        iso = day.isoformat()

        def covers(m: Mapping[str, object]) -> bool:
            start, end = m.get("from"), m.get("to")
            return (not isinstance(start, str) or start[: len(iso)] <= iso) and (
                not isinstance(end, str) or iso <= _period_end(end)
            )

        terms = [m for m in actor.memberships if m.get("actor") == target]
        if not terms or any(covers(m) for m in terms) or any(not m.get("from") for m in terms):
            return self.coded_actor(actor)
        others = [
            m
            for m in actor.memberships
            if m.get("actor") != target
            and isinstance(m.get("actor"), str)
            and m.get("actor") in self.actors
            and covers(m)
        ]
        others.sort(
            key=lambda m: ("leader" not in str(m.get("role", "")).lower(), -len(str(m.get("from") or "")))
        )
        for m in others:
            other = self.actors[str(m["actor"])]
            if other.kind in ("party", "armed group", "militia"):
                return self.coded_actor(other)
        return None

    def coded_actor(self, actor: Actor) -> Actor:
        """The organisation an actor's actions are coded to (a person codes as their movement)."""
        seen = {actor.id}
        while actor.codes_as and actor.codes_as in self.actors and actor.codes_as not in seen:
            actor = self.actors[actor.codes_as]
            seen.add(actor.id)
        return actor

    def actor_aliases(self) -> Mapping[str, str]:
        """normalised alias -> actor id (read-only view; no copy, it is read per sentence)."""
        return MappingProxyType(self._actor_alias)

    # places -------------------------------------------------------------------------------
    def place(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def find_places(self, text: str) -> list[Place]:
        """Every place an exact (normalised) name can mean, the most populous Iraqi one first."""
        ids = self._place_alias.get(normalise(text), [])
        places = [self.places[i] for i in ids]
        return sorted(places, key=lambda p: (p.country != "Iraq", -(p.population or 0), -p.specificity, p.id))

    def find_place(self, text: str, *, fuzzy: bool = True) -> Place | None:
        places = self.find_places(text)
        if places:
            return places[0]
        key = normalise(text)
        if fuzzy and len(key) >= 6:
            hit = process.extractOne(
                key, list(self._place_alias), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD
            )
            if hit is not None:
                return self.find_places(hit[0])[0] if self.find_places(hit[0]) else None
        return None

    def place_aliases(self) -> Mapping[str, list[str]]:
        """normalised name -> place ids (read-only view)."""
        return MappingProxyType(self._place_alias)

    def governorate(self, admin1: str) -> Place | None:
        for place in self.find_places(admin1):
            if place.kind == "governorate":
                return place
        return None


def _actor_from(row: dict[str, Any]) -> Actor:
    inter = row.get("inter")
    active = row.get("active")
    return Actor(
        id=str(row["id"]),
        name=str(row["name"]),
        acled_name=str(row.get("acled_name") or row["name"]),
        kind=str(row.get("kind") or ""),
        inter=int(inter) if isinstance(inter, int | str) and str(inter).isdigit() else None,
        country=row.get("country") if isinstance(row.get("country"), str) else None,
        aliases=tuple(str(a) for a in row.get("aliases", []) or []),
        codes_as=row.get("codes_as") if isinstance(row.get("codes_as"), str) else None,
        wikidata=row.get("wikidata") if isinstance(row.get("wikidata"), str) else None,
        source=str(row.get("source") or ""),
        memberships=tuple(row.get("memberships", []) or []),
        active=(_iso(active.get("from")), _iso(active.get("to")))
        if isinstance(active, dict)
        else (None, None),
    )


def _iso(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _place_from(row: dict[str, Any]) -> Place:
    def num(key: str) -> float | None:
        value = row.get(key)
        return float(value) if isinstance(value, int | float) else None

    pop = row.get("population")
    return Place(
        id=str(row["id"]),
        name=str(row["name"]),
        kind=str(row.get("kind") or ""),
        admin1=row.get("admin1") if isinstance(row.get("admin1"), str) else None,
        admin2=row.get("admin2") if isinstance(row.get("admin2"), str) else None,
        country=row.get("country") if isinstance(row.get("country"), str) else None,
        lat=num("lat"),
        lon=num("lon"),
        geo_precision=int(row.get("geo_precision") or 1),
        alt_names=tuple(str(a) for a in [*(row.get("alt_names") or []), *(row.get("arabic") or [])]),
        population=int(pop) if isinstance(pop, int) else None,
    )


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process."""
    actors = [_actor_from(r) for r in json.loads(_data_text("actors.json"))]
    places = [_place_from(r) for r in json.loads(_data_text("places.json"))]
    return KnowledgeBase(actors, places)


@dataclass(frozen=True)
class Match:
    """A search result: the record, how well it matched (0–100) and the name that matched."""

    score: float
    matched: str
    actor: Actor | None = None
    place: Place | None = None


def _score(query: str, names: Iterable[str]) -> tuple[float, str]:
    best, best_name = 0.0, ""
    for name in names:
        key = normalise(name)
        if not key:
            continue
        if key == query:
            score = 100.0
        elif key.startswith(query) or query.startswith(key):
            score = 90.0 + 10.0 * min(len(query), len(key)) / max(len(query), len(key))
        elif query in key.split() or f" {query} " in f" {key} ":
            score = 88.0
        else:
            score = float(fuzz.WRatio(query, key)) * 0.9
        if score > best:
            best, best_name = score, name
    return best, best_name


def search_actors(kb: KnowledgeBase, query: str, *, limit: int = 20, cutoff: float = 60.0) -> list[Match]:
    """Actors whose name or an alias matches ``query``, the best first ("Muqtada" → Moqtada al-Sadr)."""
    q = normalise(query)
    if not q:
        return [Match(100.0, a.name, actor=a) for a in sorted(kb.actors.values(), key=lambda a: a.name)][
            :limit
        ]
    out = []
    for actor in kb.actors.values():
        score, name = _score(q, (actor.name, *actor.aliases))
        if actor.acled_name != actor.name:
            # A person coded under their group's name matches that name less well than the group.
            coded_score, coded_name = _score(q, (actor.acled_name,))
            if coded_score * 0.9 > score:
                score, name = coded_score * 0.9, coded_name
        if score >= cutoff:
            out.append(Match(round(score, 1), name, actor=actor))
    out.sort(key=lambda m: (-m.score, m.actor.name if m.actor else ""))
    return out[:limit]


def search_places(kb: KnowledgeBase, query: str, *, limit: int = 20, cutoff: float = 60.0) -> list[Match]:
    """Places whose name or an alternate name matches ``query``, the best first, Iraq before abroad."""
    q = normalise(query)
    if not q:
        return [Match(100.0, p.name, place=p) for p in sorted(kb.places.values(), key=lambda p: p.name)][
            :limit
        ]
    out = []
    for place in kb.places.values():
        score, name = _score(q, (place.name, *place.alt_names))
        if score >= cutoff:
            out.append(Match(round(score, 1), name, place=place))

    def key(m: Match) -> tuple[float, bool, int, str]:
        p = m.place
        assert p is not None
        return (-m.score, p.country != "Iraq", -(p.population or 0), p.name)

    out.sort(key=key)
    return out[:limit]
