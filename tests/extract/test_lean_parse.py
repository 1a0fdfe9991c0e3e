"""The extractor skips the pipeline components it never reads; that must change nothing it reads."""

from __future__ import annotations

from tigris.extract.nlp import UNREAD_COMPONENTS, load_nlp

_STORY = (
    "BAGHDAD, March 12 (Tigris Wire) - Two Katyusha rockets struck Camp Taji north of the capital late "
    "on Wednesday, wounding three contractors. Kataib Hezbollah denied any role; a spokesman for the "
    "Joint Operations Command said the launcher was found in an orchard near Tarmiyah.\n"
    "Protesters in Nasiriyah blocked the Zaitoun bridge with burning tyres on Thursday. Police fired "
    "tear gas. Moqtada al-Sadr called for calm."
)


def _read(doc):
    return (
        [(s.start_char, s.end_char) for s in doc.sents],
        [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents],
    )


def test_skipped_components_change_no_sentence_and_no_name():
    nlp = load_nlp()
    lean = nlp(_STORY, disable=UNREAD_COMPONENTS)
    full = nlp(_STORY)
    assert _read(lean) == _read(full)
    assert len(list(lean.sents)) >= 5
    assert {"Camp Taji", "Kataib Hezbollah", "Nasiriyah"} <= {e.text for e in lean.ents}


def test_skipped_components_are_really_in_the_pipeline():
    # a name that drifted from the model's would silently skip nothing (or fail at parse time)
    assert set(UNREAD_COMPONENTS) <= set(load_nlp().pipe_names)
