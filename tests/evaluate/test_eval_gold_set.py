"""The development gold sets are well-formed, follow the knowledge base, and are the project's own
text."""

import json
import re
from pathlib import Path

import pytest

from tigris.errors import ConfigError, InputError
from tigris.evaluate import load_gold_events, run_eval
from tigris.evaluate.gold import load_gold_documents
from tigris.types import Document, Event

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
GOLD = REPO / "src" / "tigris" / "data" / "gold"
GOLD2 = REPO / "src" / "tigris" / "data" / "gold2"
GOLD3 = REPO / "src" / "tigris" / "data" / "gold3"
GOLD4 = REPO / "src" / "tigris" / "data" / "gold4"
GOLD5 = REPO / "src" / "tigris" / "data" / "gold5"
GOLD6 = REPO / "src" / "tigris" / "data" / "gold6"
GOLD7 = REPO / "src" / "tigris" / "data" / "gold7"
GOLD8 = REPO / "src" / "tigris" / "data" / "gold8"
GOLD9 = REPO / "src" / "tigris" / "data" / "gold9"
GOLD10 = REPO / "src" / "tigris" / "data" / "gold10"
GOLD11 = REPO / "src" / "tigris" / "data" / "gold11"
GOLD12 = REPO / "src" / "tigris" / "data" / "gold12"
GOLD13 = REPO / "src" / "tigris" / "data" / "gold13"
# The development sets, for the checks that hold for each.
SETS = pytest.mark.parametrize(
    "folder",
    [GOLD, GOLD2, GOLD3, GOLD4, GOLD5, GOLD6, GOLD7, GOLD8, GOLD9, GOLD10, GOLD11, GOLD12, GOLD13],
    ids=lambda folder: folder.name,
)


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return load_gold_documents(GOLD / "documents.jsonl")


def test_gold_set_has_enough_documents_styles_and_quiet_stories(docs: list[Document]) -> None:
    events = load_gold_events(GOLD / "events.jsonl")
    assert len(docs) >= 60
    assert len({d.id for d in docs}) == len(docs)
    with_events = {e.doc_id for e in events}
    assert len([d for d in docs if d.id not in with_events]) >= 10  # disasters, crime, sport, opinion
    texts = [d.text for d in docs]
    assert (
        sum(bool(re.match(r"^[A-Z]{3,}(?: [A-Z]+)*, [A-Z][a-z]+\.? \d", t)) for t in texts) >= 15
    )  # datelines
    assert sum("RISK ALERT" in t for t in texts) >= 3
    assert (
        sum(
            t.startswith("1/") or t.startswith("Huge") or "@" in (d.source or "")
            for t, d in zip(texts, docs, strict=True)
        )
        >= 3
    )
    assert sum("\n- " in t for t in texts) >= 2  # timeline lists
    assert sum(bool(d.spans("title")) for d in docs) >= 4  # headline + body


@SETS
def test_every_gold_event_is_consistent_with_its_document_and_the_knowledge_base(folder: Path) -> None:
    docs = load_gold_documents(folder / "documents.jsonl")
    actors = {a["acled_name"] for a in json.loads((REPO / "src/tigris/data/actors.json").read_text())}
    places = {p["name"]: p for p in json.loads((REPO / "src/tigris/data/places.json").read_text())}
    by_id = {d.id: d for d in docs}
    for e in load_gold_events(folder / "events.jsonl"):
        doc = by_id[e.doc_id]
        assert e.evidence in doc.text, e
        assert e.actor1 in actors, e
        assert e.actor2 is None or e.actor2 in actors, e
        if e.location is not None:
            assert places[e.location]["admin1"] == e.admin1, e
        # A feed's stamp may fall on the day before a Baghdad dateline (copy filed after midnight
        # local time is stamped in UTC), never earlier than that; only a planned event ("will march on
        # Friday") may fall later.
        assert e.date is not None and doc.published is not None, e
        assert (e.date - doc.published.date()).days <= 1 or e.modality == "planned", e
        low, high = e.fatalities_low or 0, e.fatalities_high or 0
        assert low <= high and e.fatalities == low, e
        assert e.modality in ("asserted", "claimed", "planned", "denied", "hypothetical", "historical")


@SETS
def test_readme_gives_a_reference_for_every_document(folder: Path) -> None:
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for d in load_gold_documents(folder / "documents.jsonl"):
        assert re.search(rf"^\| {d.id} \| .+ \| .{{20,}} \|$", readme, re.M), d.id


@SETS
def test_no_gold_text_is_copied_from_the_shared_datasets(folder: Path) -> None:
    docs = load_gold_documents(folder / "documents.jsonl")
    data = SHARED / "data"
    if not data.exists():
        pytest.skip("../shared/data is not present")
    shingles: set[str] = set()
    for path in (data / "ucdp-ged-iraq/events.jsonl", data / "case2021-task2-dev/snippets.tsv",
                 data / "plover-gsr/PLOVER_GSR_CAMEO.txt"):  # fmt: skip
        words = re.findall(r"\w+", path.read_text(encoding="utf-8").lower())
        shingles.update(" ".join(words[i : i + 8]) for i in range(len(words) - 7))
    for d in docs:
        words = re.findall(r"\w+", d.text.lower())
        copied = [
            " ".join(words[i : i + 8])
            for i in range(len(words) - 7)
            if " ".join(words[i : i + 8]) in shingles
        ]
        assert not copied, (d.id, copied[:3])


class _Stub:
    """Codes one fixed event for the document with id "a", none for others."""

    def extract(self, doc: Document) -> list[Event]:
        if doc.id != "a":
            return []
        import datetime as dt

        return [
            Event(event_id="x", doc_id="a", event_type="Protests", sub_event_type="Peaceful protest",
                  plover_type="PROTEST", plover_mode="", date=dt.date(2020, 1, 24), date_precision="day",
                  location="Jadriya", admin1="Baghdad", country="Iraq", actor1="Protesters (Iraq)")
        ]  # fmt: skip


def test_the_second_set_is_large_varied_and_apart_from_the_first() -> None:
    docs = load_gold_documents(GOLD2 / "documents.jsonl")
    events = load_gold_events(GOLD2 / "events.jsonl")
    assert len(docs) >= 100 and len(events) >= 150
    assert len({d.id for d in docs}) == len(docs)
    assert not {d.id for d in docs} & {d.id for d in load_gold_documents(GOLD / "documents.jsonl")}
    assert len({d.id for d in docs} - {e.doc_id for e in events}) >= 5  # no-event stories
    assert len({e.event_type for e in events}) == 6  # every ACLED event type


def test_the_third_set_aims_at_quiet_stories_and_targets_and_is_apart_from_the_others() -> None:
    docs = load_gold_documents(GOLD3 / "documents.jsonl")
    events = load_gold_events(GOLD3 / "events.jsonl")
    assert len(docs) == 60 and len(events) >= 50
    earlier = {d.id for d in load_gold_documents(GOLD / "documents.jsonl")}
    earlier |= {d.id for d in load_gold_documents(GOLD2 / "documents.jsonl")}
    assert not {d.id for d in docs} & earlier
    assert len({d.id for d in docs} - {e.doc_id for e in events}) >= 15  # stories with no event
    assert sum(e.actor2 is not None for e in events) >= 40  # the target is named in most


def test_the_fourth_set_aims_at_strategic_developments_and_battles_and_is_apart() -> None:
    docs = load_gold_documents(GOLD4 / "documents.jsonl")
    events = load_gold_events(GOLD4 / "events.jsonl")
    assert len(docs) == 60 and len(events) >= 45
    earlier: set[str] = set()
    for folder in (GOLD, GOLD2, GOLD3):
        earlier |= {d.id for d in load_gold_documents(folder / "documents.jsonl")}
    assert not {d.id for d in docs} & earlier
    assert len({d.id for d in docs} - {e.doc_id for e in events}) >= 12  # stories with no event
    strategic = {e.sub_event_type for e in events if e.event_type == "Strategic developments"}
    assert len(strategic) >= 6  # arrests, seizures, deals, handovers, changes to groups …
    assert sum(e.event_type == "Battles" for e in events) >= 10


def test_run_eval_on_a_gold_folder_scores_with_the_given_extractor(tmp_path: Path) -> None:
    (tmp_path / "documents.jsonl").write_text(
        json.dumps({"id": "a", "text": "Thousands rallied in Jadriya on Friday.", "published": "2020-01-25"}) + "\n"
        + json.dumps({"id": "b", "text": "Iraq beat Oman in the final.", "published": "2023-01-20"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "events.jsonl").write_text(
        json.dumps({"doc_id": "a", "event_type": "Protests", "sub_event_type": "Peaceful protest",
                    "plover_type": "PROTEST", "date": "2020-01-24", "date_precision": "day",
                    "location": "Jadriya", "admin1": "Baghdad", "country": "Iraq", "actor1": "Protesters (Iraq)",
                    "fatalities": 0, "evidence": "Thousands rallied in Jadriya on Friday."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    report = run_eval(str(tmp_path), extractor=_Stub())
    assert report.scores()["event_f1"] == 1.0
    assert report.scores()["no_event_documents"] == 1.0
    assert report.scores()["field_date"] == 1.0


def test_run_eval_refuses_unknown_names_and_missing_datasets(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown evaluation set"):
        run_eval("nonsense")
    with pytest.raises(InputError, match="not there"):
        run_eval("ucdp", shared=tmp_path)
