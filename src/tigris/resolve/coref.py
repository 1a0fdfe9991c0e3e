"""In-document coreference for titles: "the cleric", "the prime minister", "the premier".

Roles live in ``tigris/data/roles.json``. A role held by one person at a time ("the prime
minister") resolves by the story's date; a role many actors can fill ("the cleric") resolves to
the one of them mentioned most recently in the same document, and to nobody when none was. A role
that lists no actors ("the group", "the militants") resolves by kind: to the actor of one of its
kinds mentioned most recently, when the caller says what kind each actor is.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tigris.prefilter import may_match


@dataclass(frozen=True)
class Term:
    actor: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class Role:
    phrase: str
    pattern: re.Pattern[str]
    actors: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleMention:
    start: int
    end: int
    text: str
    actor_id: str


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(parts[0], parts[1], parts[2])


@lru_cache(maxsize=1)
def load_roles() -> tuple[Role, ...]:
    """The shipped roles; an absent file means no role resolution, never an error."""
    path = resources.files("tigris.data").joinpath("roles.json")
    if not path.is_file():
        return ()
    roles = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        phrase = str(row["phrase"])
        terms = tuple(
            Term(str(t["actor"]), _date(t.get("from")), _date(t.get("to")))
            for t in row.get("actor_by_date", [])
        )
        pattern = re.compile(_role_pattern(phrase), re.I)
        actors = tuple(str(a) for a in row.get("actors", []) or [])
        kinds = tuple(str(k) for k in row.get("kinds", []) or [])
        roles.append(Role(phrase, pattern, actors, terms, kinds))
    # Longer phrases first, so "the KRG prime minister" wins over "the prime minister".
    return tuple(sorted(roles, key=lambda r: -len(r.phrase)))


# "the Basra governor" is also told as "the governor of Basra" (and "Basra's governor").
_OFFICE_OF_PLACE = re.compile(r"^the\s+(?P<place>.+?)\s+(?P<office>governor|mayor)$", re.I)


def _role_pattern(phrase: str) -> str:
    words = re.escape(phrase).replace(r"\ ", r"\s+")
    m = _OFFICE_OF_PLACE.match(phrase)
    if m is None:
        return r"\b" + words + r"\b"
    place = re.escape(m.group("place")).replace(r"\ ", r"\s+")
    office = m.group("office")
    return rf"\b(?:{words}|the\s+{office}\s+of\s+(?:the\s+)?{place}(?:\s+(?:province|governorate))?|{place}['’]s\s+{office})\b"


def resolve_roles(
    sentence: str,
    day: dt.date | None,
    recent: Sequence[str],
    roles: Sequence[Role] | None = None,
    kind_of: Callable[[str], str | None] | None = None,
) -> list[RoleMention]:
    """Role phrases in ``sentence`` and the actor each one stands for.

    ``kind_of`` gives an actor id's kind; without it, roles that list no actors resolve to nobody.
    """
    found: list[RoleMention] = []
    for role in load_roles() if roles is None else roles:
        if not may_match(role.pattern, sentence):
            continue
        for m in role.pattern.finditer(sentence):
            if any(not (m.end() <= f.start or m.start() >= f.end) for f in found):
                continue
            if role.terms:
                actor = _by_term(role, day)
            elif role.actors:
                actor = _by_recency(role, recent)
            else:
                actor = _by_kind(role, recent, kind_of)
            if actor is not None:
                found.append(RoleMention(m.start(), m.end(), m.group(0), actor))
    return sorted(found, key=lambda f: f.start)


def _by_term(role: Role, day: dt.date | None) -> str | None:
    if day is None:
        return None
    for term in role.terms:
        if (term.start is None or term.start <= day) and (term.end is None or day < term.end):
            return term.actor
    return None


def _by_recency(role: Role, recent: Sequence[str]) -> str | None:
    for actor in reversed(recent):
        if actor in role.actors:
            return actor
    return None


def _by_kind(role: Role, recent: Sequence[str], kind_of: Callable[[str], str | None] | None) -> str | None:
    if kind_of is None or not role.kinds:
        return None
    for actor in reversed(recent):
        if kind_of(actor) in role.kinds:
            return actor
    return None
