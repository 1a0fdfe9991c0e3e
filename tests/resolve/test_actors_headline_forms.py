"""Actor names in the short forms headlines use ("Iraq forces", "Turkish jets")."""

import pytest

from tigris.resolve.kb import knowledge_base


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


@pytest.mark.parametrize(
    ("form", "acled_name"),
    [
        ("Iraq forces", "Military Forces of Iraq"),
        ("Iraq army", "Military Forces of Iraq"),
        ("Iraq's army", "Military Forces of Iraq"),
        ("Iraq security forces", "Military Forces of Iraq"),
        ("Iraqi special forces", "Military Forces of Iraq"),
        ("Hashed al-Shaabi", "Popular Mobilization Forces"),
        ("Popular Mobilisation", "Popular Mobilization Forces"),
        ("Turkish jets", "Military Forces of Turkey"),
    ],
)
def test_headline_forms_resolve_without_fuzzy_matching(kb, form, acled_name):
    actor = kb.find_actor(form, fuzzy=False)
    assert actor is not None, form
    assert kb.coded_actor(actor).acled_name == acled_name


def test_iraqi_special_forces_keep_their_unit(kb):
    actor = kb.find_actor("Iraqi special forces", fuzzy=False)
    assert actor is not None and actor.id == "counter-terrorism-service"
