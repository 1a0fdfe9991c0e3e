"""The scoring primitives on tiny inputs worked out by hand."""

import datetime as dt

import pytest

from tigris.evaluate.datasets import score_case, systematic_sample, top_event, violence_type
from tigris.evaluate.gold import GoldEvent, field_agrees, score_documents
from tigris.evaluate.mappings import case_code, fold, ucdp_admin1, ucdp_side
from tigris.evaluate.metrics import PRF, Confusion, assign, macro_f1, tokens_overlap, weighted_f1
from tigris.ingest import make_document
from tigris.types import Event, Evidence


def test_prf_from_counts() -> None:
    s = PRF(tp=3, fp=1, fn=2)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF(0, 0, 0).f1 == 0.0
    assert (PRF(1, 0, 0) + PRF(0, 1, 1)) == PRF(1, 1, 1)


def test_assignment_is_optimal_not_greedy() -> None:
    # Greedy would take (0, 0) = 5 and then (1, 1) = 0 (forbidden): total 5.
    # The optimum pairs (0, 1) and (1, 0): 4 + 4 = 8.
    assert assign([[5, 4], [4, 0]]) == [(0, 1), (1, 0)]


def test_assignment_never_uses_forbidden_pairs_and_handles_rectangles() -> None:
    assert assign([[0, 0], [0, 0]]) == []
    assert assign([[1.0, 2.0, 3.0]]) == [(0, 2)]
    assert assign([[1.0], [3.0], [2.0]]) == [(1, 0)]
    assert assign([]) == []


def test_confusion_per_class_and_averages() -> None:
    pairs = [("A", "A"), ("A", "A"), ("A", "B"), ("B", "B"), ("C", "A")]
    c = Confusion.of(pairs)
    assert c.get("A", "B") == 1
    per = c.per_class(["A", "B", "C"])
    assert per["A"] == PRF(tp=2, fp=1, fn=1)
    assert per["B"] == PRF(tp=1, fp=1, fn=0)
    assert per["C"] == PRF(tp=0, fp=0, fn=1)
    f_a, f_b = 2 / 3, 2 / 3
    assert weighted_f1(per) == pytest.approx((f_a * 3 + f_b * 1 + 0 * 1) / 5)
    assert macro_f1(per) == pytest.approx((f_a + f_b + 0) / 3)


def test_case_scores_keep_outside_types_apart() -> None:
    report = score_case(
        [
            ("AIR_STRIKE", "AIR_STRIKE"),
            ("AIR_STRIKE", "NO_EVENT"),
            ("ORG_CRIME", "NO_EVENT"),
            ("DIPLO", "ARREST"),
        ]
    )
    assert report.acled_snippets == 2
    assert report.accuracy.value == 0.5
    assert report.no_event.correct == 1 and report.no_event.total == 2
    assert report.per_class["AIR_STRIKE"] == PRF(1, 0, 1)
    assert report.weighted_f1 == pytest.approx(2 / 3)


def test_mapping_tables() -> None:
    assert case_code("Air/drone strike") == "AIR_STRIKE"
    assert case_code(None) == "NO_EVENT"
    assert fold("Şalāḩ ad Dīn province") == "salahaddin"
    assert ucdp_admin1("Nīnawá province") == "Nineveh"
    assert ucdp_admin1("Al Başrah  province") == "Basra"
    assert ucdp_admin1("At-Ta'mim province") == "Kirkuk"
    assert ucdp_admin1("Karbalā’ province") == "Karbala"
    assert ucdp_admin1(None) is None
    assert ucdp_side("Police Forces of Iraq") == "Government of Iraq"
    assert ucdp_side("Islamic State (Iraq)") == "IS"
    assert ucdp_side("Unidentified Armed Group (Iraq)") is None


def _event(**kw: object) -> Event:
    base: dict[str, object] = dict(
        event_id="e", doc_id="d1", event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED", plover_type="ASSAULT", plover_mode="",
        date=dt.date(2021, 7, 19), date_precision="day",
    )  # fmt: skip
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_violence_type_from_event_and_actors() -> None:
    assert violence_type(None) == "none"
    assert (
        violence_type(_event(actor1="Islamic State (Iraq)", actor2="Civilians (Iraq)"))
        == "one-sided violence"
    )
    assert (
        violence_type(_event(actor1="Military Forces of Iraq", actor2="Islamic State (Iraq)"))
        == "state-based conflict"
    )
    assert violence_type(_event(actor1="Islamic State (Iraq)", actor2="Peshmerga")) == "state-based conflict"
    assert (
        violence_type(_event(actor1="Islamic State (Iraq)", actor2="Asaib Ahl al-Haq"))
        == "non-state conflict"
    )
    assert violence_type(_event(event_type="Protests")) == "none"


def test_top_event_prefers_confident_asserted_first_told() -> None:
    a = _event(event_id="a", confidence=0.6, modality="claimed")
    b = _event(event_id="b", confidence=0.6)
    c = _event(event_id="c", confidence=0.8)
    assert top_event([a, b]) is b
    assert top_event([a, b, c]) is c
    assert top_event([]) is None


def test_systematic_sample_is_fixed_and_stratified() -> None:
    rows = [{"id": str(i), "kind": "x" if i % 4 else "y"} for i in range(100)]
    sample = systematic_sample(rows, 20, ["kind"])
    assert sample == systematic_sample(list(reversed(rows)), 20, ["kind"])
    assert len(sample) == 20
    assert sum(r["kind"] == "y" for r in sample) == 5
    assert systematic_sample(rows, None, ["kind"]) == rows


def _gold(**kw: object) -> GoldEvent:
    base: dict[str, object] = dict(
        doc_id="d1", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        plover_type="ASSAULT", date=dt.date(2021, 7, 19), date_precision="day", location="Sadr City",
        admin1="Baghdad", country="Iraq", actor1="Islamic State (Iraq)", actor2=None, fatalities_low=30,
        fatalities_high=35, fatalities=30, injured=None, modality="asserted", evidence="A bomb hit Sadr City.",
    )  # fmt: skip
    base.update(kw)
    return GoldEvent(**base)  # type: ignore[arg-type]


def test_fields_compare_figures_with_missing_as_zero() -> None:
    g = _gold()
    assert field_agrees("fatalities", g, _event(fatalities=30))
    assert not field_agrees(
        "fatalities_range", g, _event(fatalities=30, fatalities_low=30, fatalities_high=30)
    )
    assert field_agrees("fatalities_range", g, _event(fatalities_low=30, fatalities_high=35))
    assert field_agrees("injured", g, _event(injured=None))
    assert field_agrees("location", g, _event(location="sadr city"))
    assert not field_agrees("actor1", g, _event(actor1="Unidentified Armed Group (Iraq)"))


def test_document_scoring_matches_by_type_and_anchor() -> None:
    text = "A bomb hit Sadr City. Rockets hit the Green Zone on Monday."
    doc = make_document(text, "t", external_id="d1", published=dt.date(2021, 7, 20))
    quiet = make_document("Iraq won the cup.", "t2", external_id="d2")
    gold = [
        _gold(),
        _gold(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
              location="Green Zone", evidence="Rockets hit the Green Zone on Monday.", fatalities=0,
              fatalities_low=None, fatalities_high=None, actor1=None),
    ]  # fmt: skip
    at = text.index("A bomb")
    predicted = {
        "d1": [
            # right type, anchored by evidence, wrong date: a match with a wrong date field
            _event(date=dt.date(2021, 7, 13), admin1="Baghdad", location="Sadr City", fatalities=30,
                   actor1="Islamic State (Iraq)", evidence=(Evidence("d1", at, at + 21, text[at : at + 21]),)),
            # wrong type: a false alarm and a miss
            _event(event_type="Battles", sub_event_type="Armed clash", admin1="Baghdad", location="Green Zone"),
        ],
        "d2": [_event(doc_id="d2", date=None, admin1=None)],
    }  # fmt: skip
    report = score_documents([doc, quiet], gold, predicted)
    assert report.events == PRF(tp=1, fp=2, fn=1)
    assert report.fields["date"].value == 0.0
    assert report.fields["location"].value == 1.0
    assert report.fields["fatalities"].value == 1.0
    assert report.no_event_documents.value == 0.0
    # the type-blind alignment shows the clash that should have been a rocket attack
    assert report.type_confusion.get("Explosions/Remote violence", "Battles") == 1
    assert report.type_confusion.get("no event", "Explosions/Remote violence") == 1
    assert "Green Zone" in report.missed[0]
    assert report.to_dict()["scores"]["event_recall"] == 0.5
    assert "all events" in report.format_text()


def test_actor_phrases_overlap_on_content_words() -> None:
    assert tokens_overlap("the Iraqi police", "police in Basra")
    assert not tokens_overlap("the government", "Kurdish fighters")
    assert not tokens_overlap(None, "x")
