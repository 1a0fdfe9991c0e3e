"""Scoring tigris against the project's own gold set (``tigris/data/gold``).

The gold set is two JSONL files: the documents (documents-JSONL, read through ``tigris.ingest`` so
each id is kept) and the expected events, one per line, with the Event fields a trained coder
fills in. Per document, predicted events are paired with gold events by an optimal one-to-one
matching: a pair needs the same ACLED event type and at least one anchor in common (the same
date, the same governorate, or overlapping evidence); among such pairs the matching prefers the
same date, then the same place, then overlapping evidence. Matched pairs are true positives;
per-field accuracy is measured on them. A second, type-blind alignment of the same events feeds
the confusion table, so a clash coded as an attack shows up as such rather than as a miss and a
false alarm.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tigris.errors import MalformedInput
from tigris.evaluate.metrics import PRF, Accuracy, Confusion, match
from tigris.evaluate.report import format_accuracy_table, format_confusion, format_prf_table
from tigris.types import Document, Event, Rejection

NO_EVENT = "no event"
FIELDS: tuple[str, ...] = (
    "sub_event_type",
    "plover_type",
    "date",
    "date_precision",
    "location",
    "admin1",
    "country",
    "actor1",
    "actor2",
    "fatalities",
    "fatalities_range",
    "injured",
    "modality",
)
_REQUIRED = ("doc_id", "event_type", "sub_event_type", "evidence")


class Extractor(Protocol):
    """Anything that codes a document into events (``tigris.extract.extractor.RuleExtractor``)."""

    def extract(self, doc: Document) -> list[Event]: ...


@dataclass(frozen=True)
class GoldEvent:
    """One event a coder expects from a gold document."""

    doc_id: str
    event_type: str
    sub_event_type: str
    plover_type: str | None
    date: dt.date | None
    date_precision: str | None
    location: str | None
    admin1: str | None
    country: str | None
    actor1: str | None
    actor2: str | None
    fatalities_low: int | None
    fatalities_high: int | None
    fatalities: int
    injured: int | None
    modality: str
    evidence: str

    @classmethod
    def from_dict(cls, obj: dict[str, Any], where: str = "<gold>") -> GoldEvent:
        missing = [k for k in _REQUIRED if not obj.get(k)]
        if missing:
            raise MalformedInput(where, f"gold event without {', '.join(missing)}")
        raw_date = obj.get("date")
        try:
            date = dt.date.fromisoformat(raw_date) if raw_date else None
        except (TypeError, ValueError) as exc:
            raise MalformedInput(where, f"gold event date {raw_date!r} is not YYYY-MM-DD") from exc
        return cls(
            doc_id=str(obj["doc_id"]),
            event_type=obj["event_type"],
            sub_event_type=obj["sub_event_type"],
            plover_type=obj.get("plover_type"),
            date=date,
            date_precision=obj.get("date_precision"),
            location=obj.get("location"),
            admin1=obj.get("admin1"),
            country=obj.get("country"),
            actor1=obj.get("actor1"),
            actor2=obj.get("actor2"),
            fatalities_low=obj.get("fatalities_low"),
            fatalities_high=obj.get("fatalities_high"),
            fatalities=int(obj.get("fatalities") or 0),
            injured=obj.get("injured"),
            modality=obj.get("modality") or "asserted",
            evidence=obj["evidence"],
        )

    @property
    def label(self) -> str:
        return f"{self.event_type} / {self.sub_event_type}"


def load_gold_events(path: Path) -> list[GoldEvent]:
    """Every expected event in ``path`` (JSONL); a malformed line raises MalformedInput."""
    events: list[GoldEvent] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}#L{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedInput(where, f"invalid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise MalformedInput(where, "expected a JSON object")
        events.append(GoldEvent.from_dict(obj, where))
    return events


def load_gold_documents(path: Path) -> list[Document]:
    """The gold documents, read as documents-JSONL by ``tigris.ingest`` (ids kept)."""
    from tigris.ingest import read_inputs
    from tigris.settings import Settings

    docs: list[Document] = []
    for item in read_inputs([str(path)], Settings()):
        if isinstance(item, Rejection):
            raise MalformedInput(item.origin, item.reason)
        docs.append(item)
    return docs


# pairing --------------------------------------------------------------------------------------


def _norm(value: object) -> object:
    return value.casefold().strip() if isinstance(value, str) else value


def _span_of(gold: GoldEvent, text: str) -> tuple[int, int] | None:
    at = text.find(gold.evidence)
    return None if at < 0 else (at, at + len(gold.evidence))


def _overlaps(span: tuple[int, int] | None, pred: Event) -> bool:
    if span is None:
        return False
    return any(e.start < span[1] and span[0] < e.end for e in pred.evidence)


def anchors(gold: GoldEvent, pred: Event, text: str) -> tuple[bool, bool, bool, bool]:
    """(same date, same governorate, same location, overlapping evidence)."""
    same_date = gold.date is not None and gold.date == pred.date
    same_admin1 = gold.admin1 is not None and _norm(gold.admin1) == _norm(pred.admin1)
    same_place = gold.location is not None and _norm(gold.location) == _norm(pred.location)
    return same_date, same_admin1, same_place, _overlaps(_span_of(gold, text), pred)


def pair_score(gold: GoldEvent, pred: Event, text: str, *, same_type: bool = True) -> float:
    """How well a predicted event fits a gold event; 0 means they may not be paired."""
    if same_type and gold.event_type != pred.event_type:
        return 0.0
    same_date, same_admin1, same_place, overlap = anchors(gold, pred, text)
    if not (same_date or same_admin1 or overlap):
        return 0.0
    score = 1.0 + 2.0 * same_date + 1.5 * same_admin1 + 0.5 * same_place + 1.0 * overlap
    score += 0.5 * (gold.event_type == pred.event_type) + 0.25 * (gold.sub_event_type == pred.sub_event_type)
    return score


def field_agrees(name: str, gold: GoldEvent, pred: Event) -> bool:
    """Whether a matched prediction has the gold value of one field."""
    if name == "fatalities":
        return gold.fatalities == (pred.fatalities or 0)
    if name == "fatalities_range":
        g_low = gold.fatalities_low or 0
        p_low = pred.fatalities_low or 0
        g_high = gold.fatalities_high if gold.fatalities_high is not None else g_low
        p_high = pred.fatalities_high if pred.fatalities_high is not None else p_low
        return (g_low, g_high) == (p_low, p_high)
    if name == "injured":
        return (gold.injured or 0) == (pred.injured or 0)
    return bool(_norm(getattr(gold, name)) == _norm(getattr(pred, name)))


def _sub_label(event: GoldEvent | Event) -> str:
    return f"{event.event_type} / {event.sub_event_type}"


def _describe_gold(g: GoldEvent) -> str:
    return f"{g.doc_id}: {g.sub_event_type} {g.date or '?'} {g.location or '?'} ({g.actor1 or '-'})"


def _describe_pred(p: Event) -> str:
    return f"{p.doc_id}: {p.sub_event_type} {p.date or '?'} {p.location or '?'} ({p.actor1 or '-'})"


# the report -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldReport:
    """Event-level and per-field scores of an extractor on a gold set."""

    name: str
    documents: int
    gold_events: int
    predicted_events: int
    events: PRF
    by_type: dict[str, PRF]
    fields: dict[str, Accuracy]
    no_event_documents: Accuracy  # documents with no gold event that got no predicted event
    type_confusion: Confusion
    sub_type_confusion: Confusion
    # Kept out of the repr: a report printed by a failing test or a traceback must not show the
    # items of a held-out set, which whoever tunes the rules never reads.
    missed: tuple[str, ...] = field(default=(), repr=False)
    false_alarms: tuple[str, ...] = field(default=(), repr=False)
    seconds: float = 0.0

    def scores(self) -> dict[str, float]:
        """The headline numbers the CI gate compares with its floors."""
        out = {
            "event_precision": self.events.precision,
            "event_recall": self.events.recall,
            "event_f1": self.events.f1,
            "no_event_documents": self.no_event_documents.value,
        }
        out.update({f"field_{k}": v.value for k, v in self.fields.items()})
        return {k: round(v, 4) for k, v in out.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.name,
            "documents": self.documents,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "scores": self.scores(),
            "events": self.events.to_dict(),
            "by_type": {k: v.to_dict() for k, v in self.by_type.items()},
            "fields": {k: v.to_dict() for k, v in self.fields.items()},
            "no_event_documents": self.no_event_documents.to_dict(),
            "type_confusion": self.type_confusion.to_rows(),
            "sub_type_confusion": self.sub_type_confusion.to_rows(),
            "missed": list(self.missed),
            "false_alarms": list(self.false_alarms),
            "seconds": round(self.seconds, 2),
        }

    def format_text(self, *, details: bool = False) -> str:
        lines = [
            f"gold set {self.name}: {self.documents} documents, {self.gold_events} gold events, "
            f"{self.predicted_events} predicted ({self.seconds:.1f} s)",
            "",
            format_prf_table(
                {"all events": self.events, **self.by_type}, title="events (matched on type + date/place)"
            ),
            "",
            format_accuracy_table(
                {**self.fields, "no-event documents": self.no_event_documents},
                title="fields on matched events",
            ),
            "",
            format_confusion(self.type_confusion, title="event types (rows gold, columns predicted)"),
        ]
        if details:
            lines += ["", format_confusion(self.sub_type_confusion, title="sub-event types", short=True)]
            lines += ["", "missed:"] + [f"  {m}" for m in self.missed]
            lines += ["", "false alarms:"] + [f"  {m}" for m in self.false_alarms]
        return "\n".join(lines)


def score_documents(
    documents: Sequence[Document],
    gold: Iterable[GoldEvent],
    predicted: dict[str, list[Event]],
    *,
    name: str = "gold",
    seconds: float = 0.0,
) -> GoldReport:
    """Compare predictions with gold events, document by document."""
    by_doc: dict[str, list[GoldEvent]] = {}
    for g in gold:
        by_doc.setdefault(g.doc_id, []).append(g)
    known = {d.id for d in documents}
    unknown = sorted(set(by_doc) - known)
    if unknown:
        raise MalformedInput(
            name, f"gold events name documents that are not in the set: {', '.join(unknown)}"
        )

    totals: dict[str, PRF] = {}
    field_hits = dict.fromkeys(FIELDS, 0)
    matched_count = 0
    type_pairs: list[tuple[str, str]] = []
    sub_pairs: list[tuple[str, str]] = []
    missed: list[str] = []
    alarms: list[str] = []
    quiet_right = quiet_total = 0
    for doc in documents:
        golds = by_doc.get(doc.id, [])
        preds = predicted.get(doc.id, [])
        if not golds:
            quiet_total += 1
            quiet_right += not preds
        pairs = match(golds, preds, _scorer(doc.text, same_type=True))
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        for i, j in pairs:
            matched_count += 1
            for name_ in FIELDS:
                field_hits[name_] += field_agrees(name_, golds[i], preds[j])
        for i, g in enumerate(golds):
            hit = i in paired_g
            totals[g.event_type] = totals.get(g.event_type, PRF(0, 0, 0)) + PRF(int(hit), 0, int(not hit))
            if not hit:
                missed.append(_describe_gold(g))
        for j, p in enumerate(preds):
            if j not in paired_p:
                totals[p.event_type] = totals.get(p.event_type, PRF(0, 0, 0)) + PRF(0, 1, 0)
                alarms.append(_describe_pred(p))
        # type-blind alignment for the confusion tables
        aligned = match(golds, preds, _scorer(doc.text, same_type=False))
        al_g = {i for i, _ in aligned}
        al_p = {j for _, j in aligned}
        for i, j in aligned:
            type_pairs.append((golds[i].event_type, preds[j].event_type))
            sub_pairs.append((_sub_label(golds[i]), _sub_label(preds[j])))
        for i, g in enumerate(golds):
            if i not in al_g:
                type_pairs.append((g.event_type, NO_EVENT))
                sub_pairs.append((_sub_label(g), NO_EVENT))
        for j, p in enumerate(preds):
            if j not in al_p:
                type_pairs.append((NO_EVENT, p.event_type))
                sub_pairs.append((NO_EVENT, _sub_label(p)))

    overall = sum(totals.values(), PRF(0, 0, 0))
    return GoldReport(
        name=name,
        documents=len(documents),
        gold_events=sum(len(v) for v in by_doc.values()),
        predicted_events=sum(len(predicted.get(d.id, [])) for d in documents),
        events=overall,
        by_type=dict(sorted(totals.items())),
        fields={k: Accuracy(v, matched_count) for k, v in field_hits.items()},
        no_event_documents=Accuracy(quiet_right, quiet_total),
        type_confusion=Confusion.of(type_pairs),
        sub_type_confusion=Confusion.of(sub_pairs),
        missed=tuple(missed),
        false_alarms=tuple(alarms),
        seconds=seconds,
    )


def _scorer(text: str, *, same_type: bool) -> Callable[[GoldEvent, Event], float]:
    def score(g: GoldEvent, p: Event) -> float:
        return pair_score(g, p, text, same_type=same_type)

    return score


def evaluate_gold(
    documents_path: Path | str, events_path: Path | str, extractor: Extractor | None = None
) -> GoldReport:
    """Code every gold document with ``extractor`` (tigris's rule extractor by default) and score it."""
    import time

    from tigris.pipeline import not_english

    documents_path, events_path = Path(documents_path), Path(events_path)
    if extractor is None:
        from tigris.extract.extractor import RuleExtractor

        extractor = RuleExtractor()
    docs = load_gold_documents(documents_path)
    gold = load_gold_events(events_path)
    started = time.perf_counter()
    predicted = {d.id: ([] if not_english(d) else list(extractor.extract(d))) for d in docs}
    seconds = time.perf_counter() - started
    return score_documents(docs, gold, predicted, name=str(documents_path.parent.name), seconds=seconds)
