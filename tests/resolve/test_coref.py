import datetime as dt
import re

from tigris.resolve.coref import Role, Term, resolve_roles


def role(phrase, actors=(), terms=()):
    pattern = re.compile(r"\b" + re.escape(phrase).replace(r"\ ", r"\s+") + r"\b", re.I)
    return Role(phrase, pattern, tuple(actors), tuple(terms))


ROLES = [
    role("the cleric", actors=["moqtada-al-sadr", "ali-al-sistani"]),
    role(
        "the prime minister",
        terms=[
            Term("adil-abdul-mahdi", dt.date(2018, 10, 25), dt.date(2020, 5, 7)),
            Term("mustafa-al-kadhimi", dt.date(2020, 5, 7), dt.date(2022, 10, 27)),
        ],
    ),
]


def test_a_shared_title_is_the_actor_named_most_recently():
    found = resolve_roles("The cleric then left for Qom.", None, ["ali-al-sistani", "moqtada-al-sadr"], ROLES)
    assert [f.actor_id for f in found] == ["moqtada-al-sadr"]


def test_a_shared_title_with_nobody_named_resolves_to_nobody():
    assert resolve_roles("The cleric then left for Qom.", None, ["kataib-hezbollah"], ROLES) == []


def test_an_office_resolves_by_the_story_date():
    before = resolve_roles("The prime minister resigned.", dt.date(2019, 11, 30), [], ROLES)
    after = resolve_roles("The prime minister visited Basra.", dt.date(2020, 8, 1), [], ROLES)
    assert before[0].actor_id == "adil-abdul-mahdi" and after[0].actor_id == "mustafa-al-kadhimi"
    assert resolve_roles("The prime minister visited Basra.", None, [], ROLES) == []


def _events(text, published):
    from tigris.extract.extractor import RuleExtractor
    from tigris.ingest import make_document

    return RuleExtractor().extract(make_document(text, "coref-test", published=published))


def test_the_cleric_in_a_story_codes_the_cleric_named_before():
    text = (
        "Moqtada al-Sadr returned to Najaf from Qom on Tuesday. "
        "On Wednesday the cleric met Hadi al-Amiri in Najaf to discuss the new government."
    )
    (meeting,) = [
        e for e in _events(text, dt.datetime(2020, 2, 20)) if e.event_type == "Strategic developments"
    ]
    assert meeting.actor1 == "Sadrist Movement"
    assert meeting.actor1_text.lower() == "the cleric"


def test_the_prime_minister_is_the_one_in_office_on_the_story_date():
    text = "On Sunday the prime minister met Kurdish leaders in Erbil."
    (meeting,) = _events(text, dt.datetime(2020, 8, 3))
    assert meeting.actor1_text.lower() == "the prime minister"
    assert meeting.actor1 == "Government of Iraq"
