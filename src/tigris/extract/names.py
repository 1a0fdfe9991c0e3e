"""Find the actors and places a sentence names, using the knowledge base's alias indexes.

Words are scanned as n-grams (longest first) and each n-gram is normalised the way the knowledge
base normalises aliases, so spelling variants meet. Short all-capital aliases ("IS", "KH") match
only in capitals, so the verb "is" never becomes Islamic State. A name that is both a place and an
actor ("Iran", "Baghdad", "Tehran") is a place after a locative word ("in Qom, Iran") and an actor
otherwise ("Tehran wanted Sadr to …"). In a sentence written all in capitals (a headline, a
slogan), an abbreviation that is also an English word ("WHO", "IS", "US") is read as the word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tigris.resolve.kb import Actor, KnowledgeBase, Place, normalise

_WORD = re.compile(r"[\w\u0600-\u06FF]+(?:[-'’][\w\u0600-\u06FF]+)*")
_LOCATIVE = {
    "in", "at", "near", "outside", "inside", "across", "around", "into", "from", "of", "to", "towards",
    "toward", "through", "on", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "downtown", "between", "province", "governorate", "city",
}  # fmt: skip
MAX_NGRAM = 6
_ARTICLE = re.compile(r"^(?:the\s+)?(?:(?:al|el|an|ad|ar|as|ash|at|az)-)?", re.I)
# Abbreviations that are also ordinary words: in an all-capitals sentence they are the word.
_WORDLIKE_ABBREVIATIONS = frozenset(
    {"WHO", "IS", "US", "UN", "IT", "AS", "AT", "ON", "OR", "IN", "NO", "MIT"}
)


@dataclass(frozen=True)
class NameHit:
    text: str
    start: int
    end: int
    actor: Actor | None
    places: tuple[Place, ...]
    locative: bool


def _tokens(sentence: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(sentence):
        word, start, end = m.group(0), m.start(), m.end()
        if word.lower().endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        out.append((word, start, end))
    return out


def scan_names(sentence: str, kb: KnowledgeBase) -> list[NameHit]:
    """Every known actor or place named in ``sentence``, longest match first, left to right."""
    tokens = _tokens(sentence)
    actor_alias = kb.actor_aliases()
    place_alias = kb.place_aliases()
    letters = [c for c in sentence if c.isalpha()]
    shouting = len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    hits: list[NameHit] = []
    i = 0
    while i < len(tokens):
        found: NameHit | None = None
        for n in range(min(MAX_NGRAM, len(tokens) - i), 0, -1):
            start, end = tokens[i][1], tokens[i + n - 1][2]
            raw = sentence[start:end]
            key = normalise(raw)
            if not key:
                continue
            short_caps = len(raw) <= 4 and raw.isupper() and not (shouting and raw in _WORDLIKE_ABBREVIATIONS)
            # "the United States Embassy", "the al-Askari Shrine": the capital is on the word after
            # an article
            head = _ARTICLE.sub("", raw)
            if len(key) <= 3 and not short_caps and n == 1 and not raw[:1].isupper():
                continue  # short lower-case words are never names
            actor_id = actor_alias.get(key)
            place_ids = place_alias.get(key, [])
            if actor_id is not None and len(key) <= 4 and not short_caps and not raw[:1].isupper():
                actor_id = None
            if actor_id is not None and len(raw) <= 4 and raw.upper() == raw and not short_caps:
                actor_id = None
            if actor_id is not None and len(key) <= 3 and not raw.isupper():
                actor_id = None
            if shouting and not short_caps and raw in _WORDLIKE_ABBREVIATIONS:
                continue
            if place_ids and not head[:1].isupper() and not re.match(r"[\u0600-\u06FF]", raw):
                place_ids = []
            if actor_id is None and not place_ids:
                continue
            prev = sentence[:start].rstrip().rsplit(None, 1)[-1].lower() if sentence[:start].strip() else ""
            prev = prev.strip(",;:()\"'“”")
            locative = prev in _LOCATIVE or (
                prev in {"and", "or", ""} and _after_place(hits, sentence, start)
            )
            locative = locative or sentence[end : end + 3].startswith(("'s", "’s")) and bool(place_ids)
            known = [place for place in (kb.place(p) for p in place_ids) if place is not None]
            places = tuple(
                sorted(known, key=lambda p: (p.country != "Iraq", -(p.population or 0), -p.specificity))
            )
            found = NameHit(raw, start, end, kb.actor(actor_id) if actor_id else None, places, locative)
            i += n
            break
        if found is None:
            i += 1
        else:
            hits.append(found)
    return _read_addresses(hits, sentence)


# "Yarmouk neighbourhood, West Mosul, Nineveh province": each name lies inside the next one.
_ADDRESS_GAP = re.compile(
    r"(?:'s|’s)?\s*(?P<kind>(?:neighbou?rhood|district|sub-?district|quarter|area|village|town|suburb)\s*)?,\s*",
    re.I,
)


def _read_addresses(hits: list[NameHit], sentence: str) -> list[NameHit]:
    """Names written as an address read as places inside each other.

    "A, B" where B is a larger unit than every place A can mean ("Tarmiyah, Baghdad", "Qom,
    Iran") keeps the readings of A inside B, when there are any (a list such as "Mosul, Anbar"
    names two places and stays as it is). When the address says what A is ("Rifai neighbourhood,
    Mosul"), a reading outside B is wrong even if it is the only one: A is then a place the
    gazetteer does not know, and keeps only its actor reading, if any.
    """
    out = list(hits)
    for i in range(len(out) - 2, -1, -1):
        inner, outer = out[i], out[i + 1]
        if inner.places == hits[i + 1].places and not sentence[inner.end : outer.start].strip():
            # the name in Arabic script, then in Latin letters ("اليرموك Yarmouk"): one name
            out[i] = replace(inner, places=outer.places)
            continue
        gap = _ADDRESS_GAP.fullmatch(sentence[inner.end : outer.start])
        if gap is None or not inner.places or not outer.places:
            continue
        container = outer.places[0]
        if container.kind == "country":
            inside = [p for p in inner.places if p.country == container.country]
        else:
            inside = [p for p in inner.places if p.admin1 == container.admin1 and p.id != container.id]
        said = gap.group("kind") is not None
        larger = all(container.specificity < p.specificity for p in inner.places)
        if said or (larger and inside):
            out[i] = replace(inner, places=tuple(inside))
    return out


def _after_place(hits: list[NameHit], sentence: str, start: int) -> bool:
    """True when the name follows a place in a list ("in Basra and Baghdad", "Qom, Iran")."""
    if not hits:
        return False
    last = hits[-1]
    gap = sentence[last.end : start]
    return (
        bool(last.places)
        and last.locative
        and bool(re.fullmatch(r"(?:'s|’s)?\s*(?:,|and|or|,\s*and)?\s*", gap))
    )
