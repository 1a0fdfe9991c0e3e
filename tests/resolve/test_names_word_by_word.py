"""The name scan reads a sentence's words one more at a time and stops once no known name begins
with them. Names whose first word alone is spelt differently from its form inside the name (the
short vowel "o" folds only in names of five letters or more), and names with an article between
their words, must still be found whole."""

import pytest

from tigris.extract.names import scan_names
from tigris.resolve.kb import knowledge_base


def _named(text: str) -> dict[str, str | None]:
    return {h.text: (h.places[0].admin1 if h.places else None) for h in scan_names(text, knowledge_base())}


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Two shepherds were killed by a mine near Old Anah on Tuesday.", "Old Anah", "Anbar"),
        ("Customs officers seized a cargo of rifles at Fao District's port.", "Fao District", "Basra"),
        ("A rocket fell inside Ain al Assad overnight.", "Ain al Assad", "Anbar"),
        ("Shops burned in Souq al-Shorja after the blast.", "Souq al-Shorja", "Baghdad"),
        ("Police reopened the road to Abou Ghraib.", "Abou Ghraib", "Baghdad"),
    ],
)
def test_multiword_names_are_found_whole(text: str, name: str, admin1: str) -> None:
    assert _named(text).get(name) == admin1


def test_a_name_after_plain_words_is_still_found() -> None:
    found = _named("On the road between the villages, the convoy reached Tal Afar at noon.")
    assert found.get("Tal Afar") == "Nineveh"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Members of the People's Mujahedin of Iran were moved from Camp Ashraf.",
            "People's Mujahedin of Iran",
        ),
        ("Shells fell near Ba‘qūbah at dawn.", "Ba‘qūbah"),
        ("A market was hit in Qal‘at Sukkar on Friday.", "Qal‘at Sukkar"),
    ],
)
def test_names_whose_words_are_joined_by_a_mark_or_a_possessive_are_found(text: str, name: str) -> None:
    assert any(h.text.endswith(name) for h in scan_names(text, knowledge_base()))
