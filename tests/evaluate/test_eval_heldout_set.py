"""The held-out gold set (src/tigris/data/gold-heldout): coded blind, kept apart from the gold set
the rules were developed on, and as well-formed as it."""

import json
import re
from pathlib import Path

import pytest

from tigris.evaluate import load_gold_events, run_eval
from tigris.evaluate.gold import load_gold_documents
from tigris.types import Document

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "tigris" / "data"
HELDOUT = DATA / "gold-heldout"


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return load_gold_documents(HELDOUT / "documents.jsonl")


def test_heldout_set_is_large_varied_and_apart_from_the_gold_set(docs: list[Document]) -> None:
    events = load_gold_events(HELDOUT / "events.jsonl")
    assert len(docs) >= 40 and len(events) >= 50
    assert len({d.id for d in docs}) == len(docs)
    assert len([d for d in docs if d.id not in {e.doc_id for e in events}]) >= 6  # no-event stories
    gold = load_gold_documents(DATA / "gold" / "documents.jsonl")
    assert not {d.id for d in docs} & {d.id for d in gold}
    gold_sentences = {s.strip() for d in gold for s in re.split(r"(?<=[.!?])\s+", d.text) if len(s) > 40}
    for d in docs:
        assert not any(s.strip() in gold_sentences for s in re.split(r"(?<=[.!?])\s+", d.text)), d.id


def test_every_heldout_event_is_consistent_with_its_document(docs: list[Document]) -> None:
    actors = {a["acled_name"] for a in json.loads((DATA / "actors.json").read_text(encoding="utf-8"))}
    places = {p["name"]: p for p in json.loads((DATA / "places.json").read_text(encoding="utf-8"))}
    readme = (HELDOUT / "README.md").read_text(encoding="utf-8")
    by_id = {d.id: d for d in docs}
    for e in load_gold_events(HELDOUT / "events.jsonl"):
        doc = by_id[e.doc_id]
        assert e.evidence in doc.text, e
        assert e.actor1 in actors and (e.actor2 is None or e.actor2 in actors), e
        if e.location is not None:
            if e.location in places:
                assert places[e.location]["admin1"] == e.admin1, e
            else:  # a gazetteer gap, coded by its real name and listed in the README
                assert e.location in readme and e.admin1, e
        assert e.date is not None and doc.published is not None, e
        assert e.date <= doc.published.date() or e.modality == "planned", e  # a meeting due next week
        low, high = e.fatalities_low or 0, e.fatalities_high or 0
        assert low <= high and e.fatalities == low, e


def test_heldout_set_is_scored_by_name() -> None:
    report = run_eval("heldout")
    assert re.search(r"\b5\d documents", report.format_text())
    assert report.scores()["event_f1"] > 0
