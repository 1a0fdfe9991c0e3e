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
_PLACE_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,2}?(?-i:[A-Z])|(?:[\w-]+\s+){0,2}?(?:district|neighbou?rhoods?|quarter|suburbs?|outskirts|"
    r"streets?|centre|center|airport|port|province|old\s+city|market|square|north|south|east|west|"
    r"northern|southern|eastern|western|downtown|city|villages?|towns?|area|road|bridge)\b)",
    re.I,
)
# A name followed by "TV" or "Radio" names a broadcaster ("Iranian Al-Alam TV"), unless the words
# after it make it a building in the place ("the Mosul TV station").
_BROADCASTER_AFTER = re.compile(
    r"\s+(?:Satellite\s+)?(?:TV|Television|Radio)\b(?!\s+(?:station|building|offices?|headquarters|tower|studios?)\b)",
    re.I,
)
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


# A wire headline's attribution glued to the last name by a lost space ("… near Iraq's
# Kirkuk-website", "… kill 57 people in Iraq-police"): the name stands on its own. So does a group
# named in a compound that makes it the author of the attack ("an IS-claimed bombing",
# "ISIS-planted bombs"); other compounds ("IS-held", "anti-IS", "Iran-backed") stay one word.
_GLUED_SOURCE = re.compile(
    r"(?<=[a-zA-Z])-(?:website|sources?|police|officials?|tv|TV|agency|statement|reports?|army|military|"
    r"ministry|medics|witnesses|residents|spokesman|media|claimed|planted)$"
)


def _tokens(sentence: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(sentence):
        word, start, end = m.group(0), m.start(), m.end()
        glued = _GLUED_SOURCE.search(word)
        if glued and word[:1].isupper():
            word, end = word[: glued.start()], start + glued.start()
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
            if not key or (key not in actor_alias and key not in place_alias):
                continue  # most n-grams name nothing: skip the checks below
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
            if place_ids and _BROADCASTER_AFTER.match(sentence, end):
                place_ids = []  # "Al-Alam TV", "Baghdad Satellite TV": a channel, not the town
            if actor_id is None and not place_ids:
                continue
            prev = sentence[:start].rstrip().rsplit(None, 1)[-1].lower() if sentence[:start].strip() else ""
            prev = prev.strip(",;:()\"'“”")
            locative = prev in _LOCATIVE or (
                prev in {"and", "or", ""} and _after_place(hits, sentence, start)
            )
            # "Baghdad's Karrada district", "Basra's streets": a place; "Tehran's influence": not.
            locative = locative or (
                sentence[end : end + 3].startswith(("'s", "’s"))
                and bool(place_ids)
                and bool(_PLACE_AFTER_POSSESSIVE.match(sentence, end + 2))
            )
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


# "Yarmouk neighbourhood, West Mosul, Nineveh province": each name lies inside the next one. The
# kind may follow a gloss of the name ("Thawra (Revolution) neighbourhood"), be misspelt
# ("neigbourhood"), and lead to its city by "of" or "in" as well as a comma, through a side of the
# city ("neighbourhood, Right side of Mosul", "neighbourhood, West of Mosul").
_ADDRESS_GAP = re.compile(
    r"(?:'s|’s)?\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:(?P<kind>(?:neig?h?bou?rhood|district|sub-?district|quarter|area|village|town|suburb)\s*)"
    r"(?:,|\bof\b|\bin\b)|,)\s*"
    r"(?:(?:the\s+)?(?:right|left)\s+(?:side|bank)\s+of\s+|"
    r"(?:west|east|north|south|central|western|eastern|northern|southern)(?:\s+of)?\s+)?",
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


# Words that keep their capital in running text: months, weekdays and the nationalities that name
# forces and peoples ("TURKISH JETS" → "Turkish jets").
_PROPER_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "american", "turkish", "iranian", "israeli", "british", "iraqi",
        "kurdish", "arab", "syrian", "french", "shiite", "shia", "sunni", "yazidi", "turkmen",
        "christian",
    }
)  # fmt: skip
_GENERIC_KINDS = frozenset({"unidentified", "protesters", "rioters", "civilians"})
_KEEP_CAPITALS = frozenset({"US", "U.S.", "UN", "UK", "EU"})
# "IS" in capitals is the verb, except where a verb cannot stand: after an article or a preposition
# ("AN IS ATTACK", "KILLED BY IS"), or before the group's men or deeds ("IS MILITANTS").
_IS_GROUP = re.compile(
    r"\b(?:AN|THE|BY|OF|IN|ON|FROM|AGAINST|FOR|WITH|ANTI)[\s-](?P<after>IS)(?![\w-])"
    r"|\b(?P<before>IS)(?=[\s-]+(?:ATTACKS?|MILITANTS?|FIGHTERS?|JIHADISTS?|GUNMEN|BOMBERS?|SUICIDE|CELLS?|REMNANTS|"
    r"HIDEOUTS?|AMBUSH(?:ES)?|ASSAULTS?|OFFENSIVE|POSITIONS|INSURGENTS|GROUP)\b)"
)


def shouting(sentence: str) -> bool:
    """Whether a sentence is written all in capitals (wire copy, a slogan, a headline)."""
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def restore_case(sentence: str, kb: KnowledgeBase) -> str:
    """An all-capitals sentence written in ordinary case, the same length, so that the rules that
    read capitals (a place after "seized", "Turkish jets", "the Islamic State claimed") read it
    as they read running text: names the knowledge base knows, months, weekdays and nationalities
    keep their capital, short abbreviations ("PKK", "US") stay in capitals, the rest is lower case.
    Any other sentence is returned as it is.
    """
    lower = sentence.lower()
    if not shouting(sentence) or len(lower) != len(sentence):
        return sentence
    out = list(lower)

    for h in scan_names(sentence, kb):
        if h.actor is not None and not h.places and h.actor.kind in _GENERIC_KINDS:
            continue  # "gunmen", "protesters": ordinary words
        if h.actor is None and len(h.text) <= 3 and not h.locative:
            continue  # "HIT" is the verb unless a locative word makes it the town
        if len(h.text) <= 4 and h.text.isalpha() and h.text not in _WORDLIKE_ABBREVIATIONS:
            out[h.start : h.end] = list(h.text)  # an abbreviation: "PKK", "PMF", "KDP"
            continue
        for m in _WORD.finditer(sentence, h.start, h.end):
            lead = re.match(r"(?i:al|el|an|ad|ar|as|ash|at|az)-", m.group(0))
            at = m.start() + (lead.end() if lead else 0)
            out[at] = sentence[at]
    for m in _WORD.finditer(sentence):
        if m.group(0).lower() in _PROPER_WORDS:
            out[m.start()] = sentence[m.start()]
    for m in re.finditer(r"\b(?:U\.S\.|[A-Z]{2})(?![\w.])", sentence):
        if m.group(0) in _KEEP_CAPITALS:
            out[m.start() : m.end()] = list(m.group(0))
    for m in _IS_GROUP.finditer(sentence):
        name = "after" if m.group("after") else "before"
        out[m.start(name) : m.end(name)] = list(m.group(name))
    first = re.search(r"[A-Za-z]", sentence)
    if first:
        out[first.start()] = sentence[first.start()]
    return "".join(out)
