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
