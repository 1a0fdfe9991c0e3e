"""Text with no sentence breaks (a pasted list, a run-on transcript) is read in pieces: every piece
is short enough for the rules, the pieces cover the text, and the events in it are still found."""

import datetime as dt

from tigris.extract.extractor import LONGEST_SENTENCE, RuleExtractor, _in_reach
from tigris.ingest import make_document


def test_pieces_cover_the_span_and_stay_short() -> None:
    text = "residents said the market reopened and traders returned, " * 400
    pieces = list(_in_reach(text, 0, len(text)))
    assert len(pieces) > 1
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(e - s <= LONGEST_SENTENCE for s, e in pieces)
    # cut after a clause mark, never inside a word
    assert all(text[e - 1] in " ," for _, e in pieces[:-1])


def test_a_short_sentence_is_one_piece() -> None:
    text = "Gunmen killed two soldiers near Baquba on Monday."
    assert list(_in_reach(text, 0, len(text))) == [(0, len(text))]


def test_events_in_a_run_on_text_are_found_at_both_ends() -> None:
    filler = "the council met again and the members spoke about roads and schools and water, " * 700
    text = (
        "a roadside bomb killed three soldiers near Tarmiyah on Sunday and "
        + filler
        + "gunmen shot dead a police officer in Basra on Monday and nobody said more"
    )
    doc = make_document(text, "run-on", published=dt.datetime(2021, 5, 4))
    events = RuleExtractor().extract(doc)
    places = {e.admin1 for e in events}
    assert {"Baghdad", "Basra"} <= places, [(e.event_type, e.admin1) for e in events]
    assert all(len(ev.text) <= LONGEST_SENTENCE for e in events for ev in e.evidence)
