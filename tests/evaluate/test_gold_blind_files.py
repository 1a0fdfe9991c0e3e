"""Integrity of the second to thirteenth blind held-out gold sets (src/tigris/data/gold-heldout2 to
gold-heldout13).

Only structure is checked here; no test prints a document's text or its events (the sets are blind).
"""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "tigris" / "data"
# Each blind set and the prefix of its document ids.
BLIND = {
    "heldout2": (DATA / "gold-heldout2", "h2-"),
    "heldout3": (DATA / "gold-heldout3", "h3"),
    "heldout4": (DATA / "gold-heldout4", "h4"),
    "heldout5": (DATA / "gold-heldout5", "h5"),
    "heldout6": (DATA / "gold-heldout6", "h6"),
    "heldout7": (DATA / "gold-heldout7", "h7"),
    "heldout8": (DATA / "gold-heldout8", "h8"),
    "heldout9": (DATA / "gold-heldout9", "h9"),
    "heldout10": (DATA / "gold-heldout10", "h10"),
    "heldout11": (DATA / "gold-heldout11", "h11"),
    "heldout12": (DATA / "gold-heldout12", "h12"),
    "heldout13": (DATA / "gold-heldout13", "h13"),
}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=sorted(BLIND))
def blind(request: pytest.FixtureRequest) -> tuple[Path, str]:
    return BLIND[request.param]


@pytest.fixture(scope="module")
def docs(blind: tuple[Path, str]) -> dict[str, dict]:
    rows = _lines(blind[0] / "documents.jsonl")
    ids = [d["id"] for d in rows]
    assert len(ids) == len(set(ids)), "duplicate document ids"
    return {d["id"]: d for d in rows}


@pytest.fixture(scope="module")
def events(blind: tuple[Path, str]) -> list[dict]:
    return _lines(blind[0] / "events.jsonl")


def test_set_is_large_and_has_no_event_documents(
    blind: tuple[Path, str], docs: dict[str, dict], events: list[dict]
) -> None:
    assert len(docs) >= 50
    assert len(events) >= 50
    with_events = {e["doc_id"] for e in events}
    assert len(set(docs) - with_events) >= 6, "too few documents without an event"
    assert all(i.startswith(blind[1]) for i in docs)


def test_documents_are_well_formed(docs: dict[str, dict]) -> None:
    for doc_id, doc in docs.items():
        assert isinstance(doc.get("text"), str) and doc["text"].strip(), doc_id
        assert doc.get("source"), doc_id
        dt.date.fromisoformat(doc["published"])


def test_every_event_is_consistent_with_its_document(docs: dict[str, dict], events: list[dict]) -> None:
    actors = {a["acled_name"] for a in json.loads((DATA / "actors.json").read_text(encoding="utf-8"))}
    places = {
        (p["name"], p["admin1"]) for p in json.loads((DATA / "places.json").read_text(encoding="utf-8"))
    }
    for number, e in enumerate(events, start=1):
        where = f"events.jsonl line {number}"  # never the event itself: the set is blind
        assert e["doc_id"] in docs, where
        doc = docs[e["doc_id"]]
        assert e["evidence"] and e["evidence"] in doc["text"], where
        assert e["actor1"] in actors, where
        assert e["actor2"] is None or e["actor2"] in actors, where
        if e["location"] is not None:
            assert (e["location"], e["admin1"]) in places, where
        else:
            assert e["admin1"] is None, where
        date = dt.date.fromisoformat(e["date"])
        assert date <= dt.date.fromisoformat(doc["published"]) or e["modality"] == "planned", where
        assert e["date_precision"] in {"day", "week", "month", "year"}, where
        assert e["modality"] in {"asserted", "claimed", "planned", "denied", "hypothetical", "historical"}, (
            where
        )
        low, high = e["fatalities_low"] or 0, e["fatalities_high"] or 0
        assert low <= high and e["fatalities"] == low, where
        assert e["injured"] is None or e["injured"] >= 0, where


def test_readme_lists_a_reference_for_every_document(blind: tuple[Path, str], docs: dict[str, dict]) -> None:
    readme = (blind[0] / "README.md").read_text(encoding="utf-8")
    for doc_id in docs:
        assert f"| {doc_id} |" in readme, doc_id


def test_no_text_is_copied_from_the_shared_datasets(docs: dict[str, dict]) -> None:
    data = REPO.parent / "shared" / "data"
    if not data.exists():
        pytest.skip("../shared/data is not present")
    shingles: set[str] = set()
    for path in (data / "ucdp-ged-iraq/events.jsonl", data / "case2021-task2-dev/snippets.tsv",
                 data / "plover-gsr/PLOVER_GSR_CAMEO.txt"):  # fmt: skip
        words = re.findall(r"\w+", path.read_text(encoding="utf-8").lower())
        shingles.update(" ".join(words[i : i + 8]) for i in range(len(words) - 7))
    for doc_id, doc in docs.items():
        words = re.findall(r"\w+", doc["text"].lower())
        copied = any(" ".join(words[i : i + 8]) in shingles for i in range(len(words) - 7))
        assert not copied, doc_id  # the id only: the set is blind
