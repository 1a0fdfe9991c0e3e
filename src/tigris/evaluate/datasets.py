"""Scoring tigris on outside datasets in ../shared/data (read at run time, never copied).

* CASE 2021 Task 2 (``case2021-task2-dev``): each snippet is coded as a document; the top event's
  ACLED sub-event type, as a CASE code, is its class ("no event" when tigris codes none). Measure
  only: the snippets are never used to build tigris's rules or models.
* UCDP GED Iraq (``ucdp-ged-iraq``): each headline is coded with the UCDP source date as its
  publication date; the top event is compared with the UCDP event (governorate, pair of sides,
  date, type of violence).
* PLOVER GSR (``plover-gsr``): each gold sentence is coded; the top event's PLOVER type and its
  actor phrases are compared with the record's event and source/target texts.

The *top event* of a document is the one with the highest confidence, asserted before other
modalities, the first told on a tie.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tigris.errors import InputError, MalformedInput
from tigris.evaluate.gold import Extractor
from tigris.evaluate.mappings import (
    CASE_ACLED_CODES,
    CASE_OUTSIDE_CODES,
    NO_EVENT_CODE,
    STATE_SIDES,
    case_code,
    ucdp_admin1,
    ucdp_side,
    ucdp_side_named,
)
from tigris.evaluate.metrics import PRF, Accuracy, Confusion, content_words, macro_f1, weighted_f1
from tigris.evaluate.report import format_accuracy_table, format_confusion, format_prf_table
from tigris.resolve.kb import Place
from tigris.types import Event

# CASE snippets carry no date. The extractor keeps only events it can date or place, so each
# snippet gets this nominal publication day; only the sub-event type is scored.
CASE_NOMINAL_DATE = dt.date(2021, 6, 1)
# The PLOVER GSR records all carry the placeholder date 2000-01-01; it is used as given.
PLOVER_TYPES_CODED: tuple[str, ...] = (
    "AGREE", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "DEMAND", "FIGHT", "MOBILIZE", "PROTEST",
)  # fmt: skip  # the PLOVER types tigris's codebook assigns
VIOLENCE_TYPES: tuple[str, ...] = ("state-based conflict", "non-state conflict", "one-sided violence")
NONE_LABEL = "none"


def top_event(events: Sequence[Event]) -> Event | None:
    """The event a one-label benchmark compares: most confident, asserted first, first told on a tie."""
    if not events:
        return None
    ranked = sorted(
        enumerate(events), key=lambda ie: (-ie[1].confidence, ie[1].modality != "asserted", ie[0])
    )
    return ranked[0][1]


def _default_extractor(extractor: Extractor | None) -> Extractor:
    if extractor is not None:
        return extractor
    from tigris.extract.extractor import RuleExtractor

    return RuleExtractor()


def _code_text(
    extractor: Extractor,
    text: str,
    doc_id: str,
    origin: str,
    published: dt.date | None,
) -> list[Event]:
    from tigris.ingest import make_document
    from tigris.pipeline import not_english

    doc = make_document(text, origin, published=published, external_id=doc_id)
    if not_english(doc):
        return []
    return list(extractor.extract(doc))


def _require(path: Path, what: str) -> None:
    if not path.exists():
        raise InputError(
            str(path), f"{what} is not there (expected under ../shared/data next to the repository)"
        )


def systematic_sample(
    rows: Sequence[dict[str, Any]], limit: int | None, keys: Sequence[str]
) -> list[dict[str, Any]]:
    """Every k-th row after sorting on ``keys`` and the id: a fixed sample stratified on the keys."""
    if limit is None or limit >= len(rows):
        return list(rows)
    ordered = sorted(rows, key=lambda r: tuple(str(r.get(k)) for k in keys) + (str(r.get("id")),))
    step = len(ordered) / limit
    return [ordered[int(i * step)] for i in range(limit)]


# CASE 2021 ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseReport:
    """Sub-event type classification of CASE 2021 Task 2 snippets."""

    snippets: int
    acled_snippets: int
    per_class: dict[str, PRF]
    weighted_f1: float
    macro_f1: float
    accuracy: Accuracy  # on the snippets labelled with one of the 25 ACLED types
    no_event: Accuracy  # "no event" on the snippets of the 5 types outside ACLED
    no_event_by_type: dict[str, Accuracy]
    confusion: Confusion
    seconds: float = 0.0
    published: str | None = None

    def scores(self) -> dict[str, float]:
        return {
            "weighted_f1": round(self.weighted_f1, 4),
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy.value, 4),
            "no_event": round(self.no_event.value, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": "case2021-task2-dev",
            "snippets": self.snippets,
            "acled_snippets": self.acled_snippets,
            "scores": self.scores(),
            "per_class": {k: v.to_dict() for k, v in self.per_class.items()},
            "accuracy": self.accuracy.to_dict(),
            "no_event": self.no_event.to_dict(),
            "no_event_by_type": {k: v.to_dict() for k, v in self.no_event_by_type.items()},
            "confusion": self.confusion.to_rows(),
            "nominal_published": self.published,
            "seconds": round(self.seconds, 2),
        }

    def format_text(self, *, details: bool = False) -> str:
        lines = [
            f"CASE 2021 Task 2 (dev half): {self.snippets} snippets, {self.acled_snippets} with an ACLED type "
            f"({self.seconds:.1f} s)",
            f"weighted F1 (25 ACLED types) {self.weighted_f1:.3f}   macro F1 {self.macro_f1:.3f}   "
            f"accuracy {self.accuracy.value:.3f}",
            f"'no event' on the 5 non-ACLED types: {self.no_event.value:.3f} "
            f"({self.no_event.correct}/{self.no_event.total})",
            "",
            format_prf_table(self.per_class, title="per class"),
            "",
            format_accuracy_table(self.no_event_by_type, title="'no event' by non-ACLED type"),
        ]
        if details:
            lines += ["", format_confusion(self.confusion, title="confusion (rows gold)", short=True)]
        return "\n".join(lines)


def read_case(path: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, code) rows of a CASE 2021 Task 2 TSV file."""
    file = path / "snippets.tsv" if path.is_dir() else path
    _require(file, "the CASE 2021 snippets file")
    rows: list[tuple[str, str, str]] = []
    with file.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            if not row.get("EventSnippet") or not row.get("SubType"):
                raise MalformedInput(str(file), f"row {reader.line_num}: no snippet or no SubType")
            rows.append((str(row["id"]), row["EventSnippet"], row["SubType"].strip()))
    return rows


def score_case(
    pairs: Iterable[tuple[str, str]], *, seconds: float = 0.0, published: str | None = None
) -> CaseReport:
    """Scores from (gold code, predicted code) pairs."""
    pairs = list(pairs)
    acled = [(g, p) for g, p in pairs if g in CASE_ACLED_CODES]
    outside = [(g, p) for g, p in pairs if g in CASE_OUTSIDE_CODES]
    confusion = Confusion.of(acled)
    per_class = confusion.per_class(CASE_ACLED_CODES)
    by_type = {
        code: Accuracy(
            sum(p == NO_EVENT_CODE for g, p in outside if g == code), sum(g == code for g, _ in outside)
        )
        for code in CASE_OUTSIDE_CODES
    }
    return CaseReport(
        snippets=len(pairs),
        acled_snippets=len(acled),
        per_class={k: v for k, v in per_class.items() if v.support or v.fp},
        weighted_f1=weighted_f1(per_class),
        macro_f1=macro_f1(per_class),
        accuracy=Accuracy(sum(g == p for g, p in acled), len(acled)),
        no_event=Accuracy(sum(p == NO_EVENT_CODE for _, p in outside), len(outside)),
        no_event_by_type=by_type,
        confusion=Confusion.of(pairs),
        seconds=seconds,
        published=published,
    )


def evaluate_case(
    path: Path | str,
    extractor: Extractor | None = None,
    *,
    published: dt.date | None = CASE_NOMINAL_DATE,
    limit: int | None = None,
) -> CaseReport:
    """Classify every CASE snippet (or a fixed sample of ``limit``) with tigris and score it."""
    extractor = _default_extractor(extractor)
    rows = read_case(Path(path))
    if limit is not None:
        keyed = [{"id": i, "code": c, "row": (i, t, c)} for i, t, c in rows]
        rows = [r["row"] for r in systematic_sample(keyed, limit, ["code"])]
    started = time.perf_counter()
    pairs = []
    for snippet_id, text, code in rows:
        top = top_event(_code_text(extractor, text, f"case-{snippet_id}", f"case#{snippet_id}", published))
        pairs.append((code, case_code(top.sub_event_type if top else None)))
    return score_case(
        pairs, seconds=time.perf_counter() - started, published=published.isoformat() if published else None
    )


# UCDP GED -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UcdpReport:
    """Headline coding compared with the UCDP GED events they come from."""

    headlines: int
    coded: int  # headlines that gave tigris at least one event
    admin1_named: Accuracy  # where the headline names a place in Iraq
    admin1_all: Accuracy  # every headline whose UCDP event has a governorate
    actor_pair: Accuracy
    actor_sides: Accuracy  # UCDP sides found among tigris's actor1/actor2
    date: Accuracy  # within ±1 day of UCDP's date_start
    violence_type: Accuracy
    violence_confusion: Confusion
    sample: int | None = None
    seconds: float = 0.0
    unmapped_sides: tuple[str, ...] = field(default=())
    # The same two scores on the headlines that gave an event: how well places and actors are
    # resolved once an event is coded, apart from the headlines no rule codes.
    admin1_named_coded: Accuracy = field(default_factory=lambda: Accuracy(0, 0))
    # Where the headline names a place: the governorate of tigris's place resolution, whether or
    # not an event was coded (see ``geoparsed_admin1``).
    admin1_geoparsed: Accuracy = field(default_factory=lambda: Accuracy(0, 0))
    actor_sides_coded: Accuracy = field(default_factory=lambda: Accuracy(0, 0))
    # The sides the headline itself names ("Iraqi army kills 40 IS militants"): how well named
    # actors are resolved and placed, apart from the sides UCDP attributes from the whole article.
    actor_sides_named: Accuracy = field(default_factory=lambda: Accuracy(0, 0))
    # The pair of sides where the headline names both ("Peshmerga repel IS attack on Bashiqa"): the
    # actor pair the text can give. ``actor_pair`` also counts the many headlines that name one side
    # or none ("Car bomb kills 9 in Baghdad"), whose pair UCDP attributes from the whole article.
    actor_pair_named: Accuracy = field(default_factory=lambda: Accuracy(0, 0))

    def scores(self) -> dict[str, float]:
        return {
            "coverage": round(self.coded / self.headlines, 4) if self.headlines else 0.0,
            "admin1_named": round(self.admin1_named.value, 4),
            "admin1_all": round(self.admin1_all.value, 4),
            "actor_pair": round(self.actor_pair.value, 4),
            "actor_sides": round(self.actor_sides.value, 4),
            "date_1day": round(self.date.value, 4),
            "violence_type": round(self.violence_type.value, 4),
            "admin1_named_coded": round(self.admin1_named_coded.value, 4),
            "admin1_geoparsed": round(self.admin1_geoparsed.value, 4),
            "actor_sides_coded": round(self.actor_sides_coded.value, 4),
            "actor_sides_named": round(self.actor_sides_named.value, 4),
            "actor_pair_named": round(self.actor_pair_named.value, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": "ucdp-ged-iraq",
            "headlines": self.headlines,
            "sample": self.sample,
            "coded": self.coded,
            "scores": self.scores(),
            "admin1_named": self.admin1_named.to_dict(),
            "admin1_all": self.admin1_all.to_dict(),
            "actor_pair": self.actor_pair.to_dict(),
            "actor_sides": self.actor_sides.to_dict(),
            "date_1day": self.date.to_dict(),
            "violence_type": self.violence_type.to_dict(),
            "admin1_named_coded": self.admin1_named_coded.to_dict(),
            "admin1_geoparsed": self.admin1_geoparsed.to_dict(),
            "actor_sides_coded": self.actor_sides_coded.to_dict(),
            "actor_sides_named": self.actor_sides_named.to_dict(),
            "actor_pair_named": self.actor_pair_named.to_dict(),
            "violence_confusion": self.violence_confusion.to_rows(),
            "unmapped_sides": list(self.unmapped_sides),
            "seconds": round(self.seconds, 2),
        }

    def format_text(self, *, details: bool = False) -> str:
        sample = f", a fixed sample of {self.sample}" if self.sample else ""
        lines = [
            f"UCDP GED Iraq headlines: {self.headlines}{sample}; {self.coded} gave an event ({self.seconds:.1f} s)",
            "",
            format_accuracy_table(
                {
                    "admin1 (headline names a place)": self.admin1_named,
                    "admin1 (all with a governorate)": self.admin1_all,
                    "actor pair": self.actor_pair,
                    "actor sides found": self.actor_sides,
                    "date within 1 day": self.date,
                    "violence type": self.violence_type,
                    "admin1 (names a place, event coded)": self.admin1_named_coded,
                    "admin1 (names a place, place resolution)": self.admin1_geoparsed,
                    "actor sides found (event coded)": self.actor_sides_coded,
                    "actor sides found (headline names them)": self.actor_sides_named,
                    "actor pair (headline names both)": self.actor_pair_named,
                },
                title="top event vs UCDP event",
            ),
            "",
            format_confusion(self.violence_confusion, title="type of violence (rows UCDP)"),
        ]
        if details and self.unmapped_sides:
            lines += ["", "UCDP sides with no tigris actor: " + ", ".join(self.unmapped_sides)]
        return "\n".join(lines)


def read_ucdp(path: Path) -> list[dict[str, Any]]:
    file = path / "events.jsonl" if path.is_dir() else path
    _require(file, "the UCDP GED Iraq events file")
    rows = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise MalformedInput(f"{file}#L{number}", f"invalid JSON ({exc.msg})") from exc
    return rows


def _day(value: object) -> dt.date | None:
    """The first YYYY-MM-DD of a UCDP date field ("2018-08-31;2018-08-31" gives 2018-08-31)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.split(";")[0].strip()[:10])
    except ValueError:
        return None


def violence_type(event: Event | None) -> str:
    """UCDP's type of violence implied by a tigris event, or "none" for non-violent events."""
    if event is None or event.event_type not in (
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
    ):
        return NONE_LABEL
    sides = {ucdp_side(event.actor1), ucdp_side(event.actor2)}
    if event.event_type == "Violence against civilians" or "Civilians" in sides:
        return "one-sided violence"
    if sides & set(STATE_SIDES):
        return "state-based conflict"
    if event.actor2 is None:
        return "one-sided violence"  # a bombing with no armed opponent named
    return "non-state conflict"


# Reuters' desk tags before a headline ("UPDATE 2-", "WRAPUP 1-", "CORRECTED-(OFFICIAL)-"): they
# say which version of the story it is, not what happened, and glue themselves to the first word.
_WIRE_SLUG = re.compile(
    r"^\s*(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|INTERVIEW|ANALYSIS|EXCLUSIVE|FACTBOX|TIMELINE|"
    r"\(OFFICIAL\))(?:\s+\d+)?-)+"
)


def ucdp_headlines(text: str) -> list[str]:
    """The headlines of a UCDP ``text``, each once and without its wire desk tag.

    The export joins the headlines of all the articles an event cites with ";", often the same
    headline twice. They are coded together, as one report of one event (a place told in one
    headline and the attack in another still make one event), but each only once: a repeated
    headline would count its figures twice.
    """
    seen: dict[str, None] = {}
    for part in text.split(";"):
        headline = _WIRE_SLUG.sub("", part).strip()
        if headline:
            seen.setdefault(headline, None)
    return list(seen)


def _iraqi_places(text: str) -> list[Place]:
    """The Iraqi places (below the country) the text names, each hit's best reading, in order."""
    from tigris.extract.names import scan_names
    from tigris.resolve.kb import knowledge_base

    return [
        hit.places[0]
        for hit in scan_names(text, knowledge_base())
        if hit.places and hit.places[0].country == "Iraq" and hit.places[0].kind != "country"
    ]


def geoparsed_admin1(text: str, top: Event | None, places: list[Place] | None = None) -> str | None:
    """The governorate tigris gives a headline as a geoparser would: the top event's when it coded
    one, else that of the most precise Iraqi place the headline names (the first of equals).

    This scores place resolution apart from event detection: a headline like "date: Hit, Anbar
    province, Iraq" reports no event, yet resolving its place is still right or wrong."""
    if top is not None and top.admin1:
        return top.admin1
    places = _iraqi_places(text) if places is None else places
    if not places:
        return None
    best = max(p.specificity for p in places)
    return next(p.admin1 for p in places if p.specificity == best)


def evaluate_ucdp(
    path: Path | str, extractor: Extractor | None = None, *, limit: int | None = None
) -> UcdpReport:
    """Code every UCDP headline (or a fixed sample of ``limit``, stratified on violence type and
    governorate) and compare the top event with the UCDP event."""
    extractor = _default_extractor(extractor)
    all_rows = read_ucdp(Path(path))
    rows = systematic_sample(all_rows, limit, ["event_type", "admin1"])
    started = time.perf_counter()
    named = [0, 0]
    every = [0, 0]
    pair = [0, 0]
    sides_found = [0, 0]
    named_coded = [0, 0]
    geoparsed = [0, 0]
    sides_coded = [0, 0]
    sides_named = [0, 0]
    pair_named = [0, 0]
    date_ok = [0, 0]
    vt_ok = [0, 0]
    vt_pairs: list[tuple[str, str]] = []
    unmapped: set[str] = set()
    coded = 0
    for row in rows:
        text = "; ".join(ucdp_headlines(str(row.get("text") or "")))
        extra = row.get("extra") or {}
        published = _day(extra.get("source_date")) or _day(row.get("date"))
        events = _code_text(extractor, text, str(row.get("id")), f"ucdp#{row.get('id')}", published)
        coded += bool(events)
        top = top_event(events)
        gold_admin1 = ucdp_admin1(row.get("admin1"))
        if gold_admin1 is not None:
            hit = top is not None and top.admin1 == gold_admin1
            every[0] += hit
            every[1] += 1
            places = _iraqi_places(text)
            if places:
                named[0] += hit
                named[1] += 1
                geoparsed[0] += geoparsed_admin1(text, top, places) == gold_admin1
                geoparsed[1] += 1
                if top is not None:
                    named_coded[0] += hit
                    named_coded[1] += 1
        gold_sides = [s for s in (row.get("actor1"), row.get("actor2")) if s]
        unmapped.update(s for s in gold_sides if not _side_known(s))
        ours = {ucdp_side(top.actor1), ucdp_side(top.actor2)} if top else set()
        pair[0] += set(gold_sides) == ours
        pair[1] += 1
        sides_found[0] += sum(s in ours for s in gold_sides)
        sides_found[1] += len(gold_sides)
        if top is not None:
            sides_coded[0] += sum(s in ours for s in gold_sides)
            sides_coded[1] += len(gold_sides)
        named_sides = [s for s in gold_sides if ucdp_side_named(s, text)]
        sides_named[0] += sum(s in ours for s in named_sides)
        sides_named[1] += len(named_sides)
        if len(gold_sides) == 2 and len(named_sides) == 2:
            pair_named[0] += set(gold_sides) == ours
            pair_named[1] += 1
        gold_day = _day(row.get("date"))
        if gold_day is not None:
            date_ok[0] += top is not None and top.date is not None and abs((top.date - gold_day).days) <= 1
            date_ok[1] += 1
        predicted_vt = violence_type(top)
        gold_vt = str(row.get("event_type") or NONE_LABEL)
        vt_ok[0] += predicted_vt == gold_vt
        vt_ok[1] += 1
        vt_pairs.append((gold_vt, predicted_vt))
    return UcdpReport(
        headlines=len(rows),
        coded=coded,
        admin1_named=Accuracy(*named),
        admin1_all=Accuracy(*every),
        actor_pair=Accuracy(*pair),
        actor_sides=Accuracy(*sides_found),
        date=Accuracy(*date_ok),
        violence_type=Accuracy(*vt_ok),
        violence_confusion=Confusion.of(vt_pairs),
        sample=len(rows) if len(rows) < len(all_rows) else None,
        seconds=time.perf_counter() - started,
        unmapped_sides=tuple(sorted(unmapped)),
        admin1_named_coded=Accuracy(*named_coded),
        admin1_geoparsed=Accuracy(*geoparsed),
        actor_sides_coded=Accuracy(*sides_coded),
        actor_sides_named=Accuracy(*sides_named),
        actor_pair_named=Accuracy(*pair_named),
    )


def _side_known(side: str) -> bool:
    from tigris.evaluate.mappings import UCDP_SIDES

    return any(s == side for s, _ in UCDP_SIDES)


# PLOVER GSR -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PloverReport:
    """PLOVER event type and actor phrases on the PLOVER gold-standard sentences."""

    records: int
    event_type: Accuracy
    event_type_coded: Accuracy  # on records whose type tigris's codebook assigns
    no_event: int
    source_overlap: Accuracy
    target_overlap: Accuracy
    per_type: dict[str, PRF]
    confusion: Confusion
    seconds: float = 0.0

    def scores(self) -> dict[str, float]:
        return {
            "event_type": round(self.event_type.value, 4),
            "event_type_coded": round(self.event_type_coded.value, 4),
            "source_overlap": round(self.source_overlap.value, 4),
            "target_overlap": round(self.target_overlap.value, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": "plover-gsr",
            "records": self.records,
            "scores": self.scores(),
            "event_type": self.event_type.to_dict(),
            "event_type_coded": self.event_type_coded.to_dict(),
            "no_event": self.no_event,
            "source_overlap": self.source_overlap.to_dict(),
            "target_overlap": self.target_overlap.to_dict(),
            "per_type": {k: v.to_dict() for k, v in self.per_type.items()},
            "confusion": self.confusion.to_rows(),
            "seconds": round(self.seconds, 2),
        }

    def format_text(self, *, details: bool = False) -> str:
        lines = [
            f"PLOVER GSR: {self.records} sentences, {self.no_event} gave no event ({self.seconds:.1f} s)",
            "",
            format_accuracy_table(
                {
                    "PLOVER type (all)": self.event_type,
                    "PLOVER type (types tigris codes)": self.event_type_coded,
                    "source actor text overlap": self.source_overlap,
                    "target actor text overlap": self.target_overlap,
                },
                title="top event vs gold record",
            ),
            "",
            format_prf_table(self.per_type, title="per PLOVER type"),
        ]
        if details:
            lines += ["", format_confusion(self.confusion, title="confusion (rows gold)", short=True)]
        return "\n".join(lines)


def read_plover(path: Path) -> list[dict[str, Any]]:
    file = path / "PLOVER_GSR_CAMEO.txt" if path.is_dir() else path
    _require(file, "the PLOVER GSR file")
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise MalformedInput(str(file), f"invalid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(data, list):
        raise MalformedInput(str(file), "expected a JSON list of records")
    return [
        r for r in data if isinstance(r, dict) and r.get("text") and r.get("event") not in (None, "DOCUMENT")
    ]


def _actor_texts(record: dict[str, Any], key: str) -> list[str]:
    value = record.get(key) or []
    if isinstance(value, dict):
        value = [value]
    return [str(a.get("actorText")) for a in value if isinstance(a, dict) and a.get("actorText")]


def _overlaps_any(ours: Iterable[str | None], gold: Sequence[str]) -> bool:
    words: set[str] = set()
    for text in ours:
        if text:
            words |= content_words(text)
    return any(words & content_words(g) for g in gold)


def evaluate_plover(path: Path | str, extractor: Extractor | None = None) -> PloverReport:
    """Code every PLOVER GSR sentence and compare the top event with the gold record."""
    extractor = _default_extractor(extractor)
    records = read_plover(Path(path))
    started = time.perf_counter()
    pairs: list[tuple[str, str]] = []
    src = [0, 0]
    tar = [0, 0]
    for record in records:
        published = _day(record.get("date"))
        events = _code_text(
            extractor, str(record["text"]), str(record.get("id")), f"plover#{record.get('id')}", published
        )
        top = top_event(events)
        gold_type = str(record["event"])
        pairs.append((gold_type, top.plover_type if top else NONE_LABEL))
        sources, targets = _actor_texts(record, "source"), _actor_texts(record, "target")
        if sources:
            src[1] += 1
            src[0] += top is not None and _overlaps_any((top.actor1_text, top.actor1), sources)
        if targets:
            tar[1] += 1
            tar[0] += top is not None and _overlaps_any((top.actor2_text, top.actor2), targets)
    confusion = Confusion.of(pairs)
    coded = [(g, p) for g, p in pairs if g in PLOVER_TYPES_CODED]
    return PloverReport(
        records=len(records),
        event_type=Accuracy(sum(g == p for g, p in pairs), len(pairs)),
        event_type_coded=Accuracy(sum(g == p for g, p in coded), len(coded)),
        no_event=sum(p == NONE_LABEL for _, p in pairs),
        source_overlap=Accuracy(*src),
        target_overlap=Accuracy(*tar),
        per_type={k: v for k, v in confusion.per_class().items() if k != NONE_LABEL},
        confusion=confusion,
        seconds=time.perf_counter() - started,
    )
