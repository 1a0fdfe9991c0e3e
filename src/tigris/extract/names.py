"""Find the actors and places a sentence names, using the knowledge base's alias indexes.

Words are scanned as n-grams (longest first) and each n-gram is normalised the way the knowledge
base normalises aliases, so spelling variants meet. Short all-capital aliases ("IS", "KH") match
only in capitals, so the verb "is" never becomes Islamic State. A name that is both a place and an
actor ("Iran", "Baghdad", "Tehran") is a place after a locative word ("in Qom, Iran") and an actor
otherwise ("Tehran wanted Sadr to …"). In a sentence written all in capitals (a headline, a
slogan), an abbreviation that is also an English word ("WHO", "IS", "US") is read as the word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from tigris.resolve.kb import ARTICLES, Actor, KnowledgeBase, Place, normalise

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
# A monitoring header gives a channel's seat after its name ("News digest of Zagros TV, Duhok in
# Kurdish 0900 gmt"): the town the channel works from, not a place where anything happened.
_CHANNEL_BEFORE = re.compile(r"\b(?:TV|Television|Radio)\s*,\s*$", re.I)
_BROADCAST_AFTER = re.compile(
    r"\s*,?\s*(?:in\s+(?:Kurdish|Arabic|Persian|Turkish|English|Sorani|Kurmanji|Turkmen)\b|\d{3,4}\s*gmt\b)",
    re.I,
)
_ARTICLE = re.compile(r"^(?:the\s+)?(?:(?:al|el|an|ad|ar|as|ash|at|az)-)?", re.I)
# twelfth session: a site written in running text as "the shrine of Imam Ali": the proper name carries
# the capital, the kind of site does not
_SITE_OF_NAME = re.compile(r"(?:shrine|mosque|tomb|mausoleum)\s+of\s+(?:the\s+)?(?-i:[A-Z])", re.I)
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
# "ISIS-planted bombs"); other compounds ("IS-held", "anti-IS", "Iran-backed") stay one word. An
# armed group in a compound that makes the men its own ("al-Qaeda-linked militants", "IS-affiliated
# fighters") stands on its own too; a state's name there ("Iran-linked militias") names no party.
_GLUED_SOURCE = re.compile(
    r"(?<=[a-zA-Z])-(?:website|sources?|police|officials?|tv|TV|agency|statement|reports?|army|military|"
    r"ministry|medics|witnesses|residents|spokesman|media|claimed|planted|linked|affiliated)$"
)
_GROUP_COMPOUND = re.compile(r"-(?:linked|affiliated)\b")
# Arabic articles that are also English words ("at", "as", "an"), written in lower case and apart
# from the next word: the English word, which the name scan must not read as part of a name.
_ENGLISH_WORD_FIRST = re.compile(r"(?:at|as|an|ad|ar)\s")


# A road named by its two ends joined by a hyphen ("the Samarra-Tikrit road"): each end is a word
_ROAD_ENDS = re.compile(r"((?:[Aa]l-)?[A-Z][\w'’]+)-((?:[Aa]l-)?[A-Z][\w'’]+)")
_ROAD_NEXT = re.compile(
    r"\s+(?:(?:main|old|new|international|desert)\s+)?(?:highway|road|motorway|expressway|freeway|route)\b",
    re.I,
)


def _tokens(sentence: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(sentence):
        word, start, end = m.group(0), m.start(), m.end()
        glued = _GLUED_SOURCE.search(word)
        if glued and (word[:1].isupper() or word[:3].lower() == "al-"):  # "al-Qaeda-linked"
            word, end = word[: glued.start()], start + glued.start()
        if word.lower().endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        joined = _ROAD_ENDS.fullmatch(word) if _ROAD_NEXT.match(sentence, end) else None
        if joined:  # session 13: "the Tikrit-Kirkuk highway" names two towns, as "Tikrit–Kirkuk" does
            out.append((joined.group(1), start, start + joined.end(1)))
            word, start = joined.group(2), start + joined.start(2)
        out.append((word, start, end))
    return out


def _named_ngrams(
    sentence: str,
    tokens: list[tuple[str, int, int]],
    i: int,
    kb: KnowledgeBase,
    aliases: tuple[Mapping[str, object], Mapping[str, object]],
) -> list[tuple[int, str]]:
    """The word counts n (with their normalised text) for which the n words from token ``i`` are
    a known alias or place name, shortest first.

    Words are added one at a time until no name begins with them (most words begin none, so
    most positions cost one lookup). The scan reads on regardless after a trailing article ("Abu
    al", "the") and where the next word is not cleanly apart from this one: a possessive cut off
    ("People's"), or a mark the normal form deletes and so joins the words again ("Ba‘qubah",
    a zero-width joiner)."""
    actor_alias, place_alias = aliases
    named: list[tuple[int, str]] = []
    start = tokens[i][1]
    last = min(MAX_NGRAM, len(tokens) - i)
    for n in range(1, last + 1):
        end = tokens[i + n - 1][2]
        key = normalise(sentence[start:end])
        if not key:
            continue
        if key in actor_alias or key in place_alias:
            named.append((n, key))
        apart = n == last or _APART.fullmatch(sentence, end, tokens[i + n][1]) is not None
        if apart and key.rpartition(" ")[2] not in ARTICLES and not kb.may_start_name(key):
            break
    return named


# A ministry named with no state ("the interior ministry said") is Iraq's, as reporting on Iraq
# means it; named as another's ("Turkey's defence ministry", "the Syrian interior ministry") it is
# not, and the Kurdistan Region's is the regional government's own.
_BARE_OFFICE = re.compile(
    r"(?:the\s+)?(?:(?:interior|defen[cs]e)\s+ministry|ministry\s+of\s+(?:the\s+)?(?:interior|defen[cs]e))",
    re.I,
)
_OWNER_BEFORE = re.compile(r"(?P<owner>(?-i:[A-Z])[\w-]*)(?:['’]s)?\s+$", re.I)
_IRAQI_OWNER = re.compile(r"Iraq|Iraqi|Baghdad|Federal", re.I)
_KURDISH_OWNER = re.compile(
    r"(?:Kurdistan|Kurdish|KRG)(?:\s+Region(?:al\s+Government)?)?(?:['’]s)?\s+$", re.I
)


def _office_of_owner(before: str, raw: str, kb: KnowledgeBase, actor: Actor) -> Actor | None:
    """The actor a bare ministry name stands for, given the words just before it."""
    if _KURDISH_OWNER.search(before):
        return kb.find_actor("KRG " + _ARTICLE.sub("", raw), fuzzy=False)
    owner = _OWNER_BEFORE.search(before)
    if owner is None or _IRAQI_OWNER.fullmatch(owner.group("owner")):
        return actor
    return None  # another state's ministry: its name before it tells whose


# What may stand between two words for the name scan to stop early: spaces and the punctuation the
# normal form turns into a space.
_APART = re.compile(r"[\s\-_./,()]+")


def scan_names(sentence: str, kb: KnowledgeBase, day: dt.date | None = None) -> list[NameHit]:
    """Every known actor or place named in ``sentence``, longest match first, left to right.

    With the story's ``day``, a name that meant different actors over time reads as the one of that
    day ("coalition troops" in 2004 are the Multi-National Force, in 2016 the Global Coalition)."""
    tokens = _tokens(sentence)
    actor_alias = kb.actor_aliases()
    place_alias = kb.place_aliases()
    letters = [c for c in sentence if c.isalpha()]
    shouting = len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    hits: list[NameHit] = []
    i = 0
    while i < len(tokens):
        found: NameHit | None = None
        for n, key in reversed(_named_ngrams(sentence, tokens, i, kb, (actor_alias, place_alias))):
            start, end = tokens[i][1], tokens[i + n - 1][2]
            raw = sentence[start:end]
            short_caps = len(raw) <= 4 and raw.isupper() and not (shouting and raw in _WORDLIKE_ABBREVIATIONS)
            # "the United States Embassy", "the al-Askari Shrine": the capital is on the word after
            # an article
            head = _ARTICLE.sub("", raw)
            if len(key) <= 3 and not short_caps and n == 1 and not raw[:1].isupper():
                continue  # short lower-case words are never names
            if _ENGLISH_WORD_FIRST.match(raw):
                continue  # "fired rockets at the US embassy": "at" is the English word, not "at-"
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
            if (
                place_ids
                and not head[:1].isupper()
                and not re.match(r"[\u0600-\u06FF]", raw)
                and not _SITE_OF_NAME.match(head)
            ):
                place_ids = []
            if place_ids and _BROADCASTER_AFTER.match(sentence, end):
                place_ids = []  # "Al-Alam TV", "Baghdad Satellite TV": a channel, not the town
            if (
                place_ids
                and _CHANNEL_BEFORE.search(sentence, 0, start)
                and _BROADCAST_AFTER.match(sentence, end)
            ):
                place_ids = []  # "Zagros TV, Duhok in Kurdish": the channel's seat
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
            actor = kb.actor(actor_id) if actor_id else None
            if actor is not None and day is not None:
                actor = kb.actor_of_day(actor, raw, day)
            if _GROUP_COMPOUND.match(sentence, end) and (actor is None or actor.kind != "armed group"):
                continue  # "Iran-linked militias": only an armed group's men are its own
            if actor is not None and _BARE_OFFICE.fullmatch(raw):
                actor = _office_of_owner(sentence[:start], raw, kb, actor)
                if actor is None and not places:
                    continue
            found = NameHit(raw, start, end, actor, places, locative)
            i += n
            break
        if found is None:
            i += 1
        else:
            hits.append(found)
    return _read_addresses(_quarters_named(_brigade_numbers(hits, sentence, kb), sentence), sentence, kb)


# "the Qadisiya district of Tikrit", "took the Qadisiya quarter": a governorate's name told as a
# quarter is a quarter of that name, never the governorate. Told as a part of the country ("in
# Iraq's Diyala area") it stays the governorate: a city's quarter is told after its city.
_QUARTER_AFTER = re.compile(r"\s+(?:district|quarter|neighbou?rhood|area)\b(?!\s+(?:council|police)\b)")
_COUNTRY_POSSESSIVE_BEFORE = re.compile(r"\bIraq['’]s\s+(?:the\s+)?$")


def _quarters_named(hits: list[NameHit], sentence: str) -> list[NameHit]:
    return [
        replace(h, places=tuple(p for p in h.places if p.kind != "governorate"))
        if h.places
        and any(p.kind == "governorate" for p in h.places)
        and h.places[0].country == "Iraq"
        and _QUARTER_AFTER.match(sentence, h.end)
        and not _COUNTRY_POSSESSIVE_BEFORE.search(sentence, 0, h.start)
        else h
        for h in hits
    ]


# PMF brigades told by number: "Brigade 30", "the PMF's 30th Brigade", "the 52nd Brigade of the
# Popular Mobilization Forces". A bare ordinal ("the 30th Brigade") may be the army's and is left.
_PMF = r"(?:PMF|PMU|Hashd(?:\s+al-Shaabi)?|Popular\s+Mobili[sz]ation(?:\s+(?:Forces|Units|Committee|Commission))?)"
_PMF_BRIGADE = re.compile(
    rf"\b(?:(?:the\s+)?{_PMF}['’]?s?\s+(?:(?P<a>\d{{1,3}})(?:st|nd|rd|th)\s+Brigade|Brigade\s+(?P<b>\d{{1,3}}))"
    rf"|(?:(?P<c>\d{{1,3}})(?:st|nd|rd|th)\s+Brigade|Brigade\s+(?P<d>\d{{1,3}}))\s+of\s+the\s+{_PMF}"
    r"|(?-i:Brigade)\s+(?P<e>\d{1,3})\b(?!\s*(?:st|nd|rd|th)\b))"
)
_ARMY_BEFORE = re.compile(r"(?:army|division|military|battalion)['’]?s?\s+$", re.I)


def _brigade_numbers(hits: list[NameHit], sentence: str, kb: KnowledgeBase) -> list[NameHit]:
    if "rigade" not in sentence:
        return hits
    out = list(hits)
    for m in _PMF_BRIGADE.finditer(sentence):
        number = next(g for g in m.groups() if g is not None)
        actor = kb.find_actor(f"PMF Brigade {number}", fuzzy=False)
        if actor is None or (m.group("e") and _ARMY_BEFORE.search(sentence[: m.start()])):
            continue
        inside = [h for h in out if m.start() <= h.start and h.end <= m.end()]
        if any(h.start < m.end() and m.start() < h.end for h in out if h not in inside):
            continue
        out = [h for h in out if h not in inside]  # "the PMF's 30th Brigade": one name, not "PMF"
        out.append(NameHit(m.group(0), m.start(), m.end(), actor, (), False))
    return sorted(out, key=lambda h: h.start)


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


_PLACE_KIND = r"(?:neig?h?bou?rhood|district|sub-?district|quarter|area|village|town|suburb|hamlet)"
_SIDE_GAP = re.compile(
    rf"\s+{_PLACE_KIND}\s*,?\s*(?:(?:some|about|around|nearly)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|west|east)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?",
    re.I,
)
_KIND_BEFORE = re.compile(rf"\b{_PLACE_KIND}\s+of\s+(?:the\s+)?$", re.I)
_IN_GAP = re.compile(r"\s*,?\s+in\s+(?:the\s+)?")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_KIND_OF_GAP = re.compile(r"\s+(?:village|town|hamlet|sub-?district)\s+of\s+")


# "Baqubah's Tahrir neighbourhood", "Anbar's Qaim district": a possessive address names the part
# after the whole, and says what the part is.
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:the\s+)?")
_PART_KIND_AFTER = re.compile(
    r"\s+(?:neig?h?bou?rhood|district|sub-?district|quarter|area|suburb|village|town)\b", re.I
)
_DISTRICT_WORD = re.compile(r"\s+district$", re.I)
# "the Sadr City district of Baghdad": the part of a city after "of"
_PART_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:city\s+of\s+)?")


def _read_addresses(hits: list[NameHit], sentence: str, kb: KnowledgeBase | None = None) -> list[NameHit]:
    """Names written as an address read as places inside each other.

    "A, B" where B is a larger unit than every place A can mean ("Tarmiyah, Baghdad", "Qom,
    Iran") keeps the readings of A inside B, when there are any (a list such as "Mosul, Anbar"
    names two places and stays as it is). When the address says what A is ("Rifai neighbourhood,
    Mosul"), a reading outside B is wrong even if it is the only one: A is then a place the
    gazetteer does not know, and keeps only its actor reading, if any. A possessive address
    ("Baqubah's Tahrir neighbourhood") names the whole first and is read the same way. A district
    of a city ("the Sadr City district of Baghdad", "Baghdad's Kadhimiya district") is the city
    quarter of that name, not the administrative district around it.
    """
    out = list(hits)
    for i in range(len(out) - 1):
        whole, part = out[i], out[i + 1]
        if (
            whole.places
            and part.places
            and _POSSESSIVE_GAP.fullmatch(sentence[whole.end : part.start])
            and (_PART_KIND_AFTER.match(sentence, part.end) or _DISTRICT_WORD.search(part.text))
        ):
            container = whole.places[0]
            if container.kind == "country":
                inside = [p for p in part.places if p.country == container.country]
            else:
                inside = [p for p in part.places if p.admin1 == container.admin1 and p.id != container.id]
            out[i + 1] = replace(part, places=_quarter_of(inside, part.text, whole.places, kb))
    for i in range(len(out) - 1):
        part, whole = out[i], out[i + 1]
        if part.places and whole.places and _PART_OF_GAP.fullmatch(sentence[part.end : whole.start]):
            out[i] = replace(part, places=_quarter_of(part.places, part.text, whole.places, kb))
    for i in range(len(out) - 1):
        whole, part = out[i], out[i + 1]
        if (
            whole.places
            and part.places
            and (
                whole.text.lower().startswith("the ")
                or _THE_BEFORE.search(sentence, max(0, whole.start - 5), whole.start)
            )
            and _KIND_OF_GAP.fullmatch(sentence[whole.end : part.start])
            and any(
                p.admin1 == whole.places[0].admin1
                and p.id != whole.places[0].id
                and p.specificity >= whole.places[0].specificity
                for p in part.places
            )
        ):  # session 13: "near the Sinjar village of Khanasor": Sinjar only says where Khanasor lies
            out[i] = replace(whole, places=())
    for i in range(len(out) - 2, -1, -1):
        inner, outer = out[i], out[i + 1]
        if inner.places == hits[i + 1].places and not sentence[inner.end : outer.start].strip():
            # the name in Arabic script, then in Latin letters ("اليرموك Yarmouk"): one name
            out[i] = replace(inner, places=outer.places)
            continue
        gap = _ADDRESS_GAP.fullmatch(sentence[inner.end : outer.start])
        # session 13: "the Riyadh area west of Kirkuk", "the village of Rashad in Muqdadiya district":
        # the first place lies inside the second, told by its kind
        told_in = _KIND_BEFORE.search(sentence, max(0, inner.start - 40), inner.start) and _IN_GAP.fullmatch(
            sentence[inner.end : outer.start]
        )
        side = _SIDE_GAP.fullmatch(sentence[inner.end : outer.start])
        if gap is None and side and inner.places and outer.places:
            # a side of a place only says the first lies in its country ("the Jurf al-Sakhar area south
            # of Baghdad" stays in Babil): a reading abroad is wrong
            home = outer.places[0].country
            out[i] = replace(inner, places=tuple(p for p in inner.places if p.country == home))
            continue
        if (gap is None and not told_in) or not inner.places or not outer.places:
            continue
        container = outer.places[0]
        if container.kind == "country":
            inside = [p for p in inner.places if p.country == container.country]
        else:
            inside = [p for p in inner.places if p.admin1 == container.admin1 and p.id != container.id]
        said = bool(told_in) or (gap is not None and gap.group("kind") is not None)
        larger = all(container.specificity < p.specificity for p in inner.places)
        if said or (larger and inside):
            out[i] = replace(inner, places=tuple(inside))
    for i, h in enumerate(out):
        # session 13: "in the Kadhimiya district", "the Sadr City district": a city quarter the
        # gazetteer knows, written as a "district" in lower case, is the quarter, not the
        # administrative district that bears its name
        if kb is None or not h.places or not h.text.endswith(" district"):
            continue
        if all(p.kind == "district" for p in h.places):
            name = re.sub(r"^the\s+", "", _DISTRICT_WORD.sub("", h.text), flags=re.I)
            quarters = tuple(
                q
                for q in kb.find_places(name)
                if q.kind == "neighbourhood" and q.admin1 == h.places[0].admin1
            )
            if quarters:
                out[i] = replace(h, places=quarters)
    return out


# "south of the capital", "in the Iraqi capital": Baghdad, unless a name or "of" follows ("the capital
# Ankara", "the capital of the Kurdistan Region") or the capital is another country's.
_THE_CAPITAL = re.compile(
    r"\b(?:the\s+(?:Iraqi\s+)?capital|Iraq['’]s\s+capital)(?!\s+(?:of\b|city\s+of\b|(?-i:[A-Z])))", re.I
)
_CAPITAL_ID = "iq-baghdad-baghdad"


def capital_hits(sentence: str, hits: list[NameHit], kb: KnowledgeBase) -> list[NameHit]:
    """``hits`` with "the capital" read as Baghdad, in a sentence that names no other capital or
    place abroad and does not name Baghdad itself (a story filed abroad is the caller's to judge)."""
    m = _THE_CAPITAL.search(sentence)
    baghdad = kb.place(_CAPITAL_ID)
    if m is None or baghdad is None:
        return hits
    if any(h.places and (h.places[0].id == baghdad.id or h.places[0].country != "Iraq") for h in hits):
        return hits
    if any(h.start < m.end() and m.start() < h.end for h in hits):
        return hits
    prev = sentence[: m.start()].rstrip().rsplit(None, 1)[-1:] or [""]
    hit = NameHit(m.group(0), m.start(), m.end(), None, (baghdad,), prev[0].lower() in _LOCATIVE)
    return sorted([*hits, hit], key=lambda h: h.start)


# "the capital of Iraq's Kurdish region", "the Iraqi Kurdish capital", "the Kurdistan Region's
# capital": Erbil (Wikipedia: Erbil, the seat of the Kurdistan Region's government), unless a name
# follows ("the Kurdish capital Erbil" names it already) or another country's Kurds are meant.
_KURDS = r"(?:(?:the\s+)?(?:Iraq['’]s\s+|Iraqi?\s+)?(?:semi-?autonomous\s+|autonomous\s+)?Kurd(?:ish|istan))"
_KURDISH_CAPITAL = re.compile(
    rf"\b(?:(?:the\s+)?capital\s+of\s+{_KURDS}\s+(?:autonomous\s+)?region"
    rf"|{_KURDS}(?:['’]s)?(?:\s+(?:autonomous\s+)?region(?:al|['’]s)?)?\s+capital)\b"
    r"(?!\s+(?:city\s+)?(?-i:[A-Z]))",
    re.I,
)
_OTHER_KURDS_BEFORE = re.compile(r"(?:Syria|Syrian|Turkey|Turkish|Iran|Iranian)['’]?s?\s*$", re.I)
_KURDISH_CAPITAL_ID = "iq-erbil-erbil"


def kurdish_capital_hits(sentence: str, hits: list[NameHit], kb: KnowledgeBase) -> list[NameHit]:
    """``hits`` with the capital of Iraq's Kurdish region read as Erbil; a mention of Iraq inside
    the phrase ("Iraq's Kurdish capital") is part of it, not a second place."""
    m = _KURDISH_CAPITAL.search(sentence)
    erbil = kb.place(_KURDISH_CAPITAL_ID)
    if m is None or erbil is None or _OTHER_KURDS_BEFORE.search(sentence[: m.start()]):
        return hits
    said = re.search(r"Iraq|region|Kurdistan", m.group(0), re.I) is not None
    if any(
        h.places
        and (
            h.places[0].id == erbil.id
            or (h.places[0].country != "Iraq" and (h.places[0].kind != "country" or not said))
        )
        for h in hits
    ):
        return hits
    inside = [h for h in hits if h.start < m.end() and m.start() < h.end]
    if any(h.actor is not None or any(p.kind != "country" for p in h.places) for h in inside):
        return hits
    prev = sentence[: m.start()].rstrip().rsplit(None, 1)[-1:] or [""]
    hit = NameHit(m.group(0), m.start(), m.end(), None, (erbil,), prev[0].lower() in _LOCATIVE)
    return sorted([*(h for h in hits if h not in inside), hit], key=lambda h: h.start)


def _quarter_of(
    places: list[Place] | tuple[Place, ...], text: str, wholes: tuple[Place, ...], kb: KnowledgeBase | None
) -> tuple[Place, ...]:
    """The readings of a part named as a "district" of a city: the city quarter of that name when
    the gazetteer has one ("Sadr City district" of Baghdad → the Sadr City quarter); otherwise the
    readings as they are."""
    city = next((w for w in wholes if w.kind == "city"), None)
    if kb is None or city is None or not _DISTRICT_WORD.search(text) or not places:
        return tuple(places)
    if not all(p.kind == "district" for p in places):
        return tuple(places)
    name = _DISTRICT_WORD.sub("", text)
    quarters = [q for q in kb.find_places(name) if q.kind == "neighbourhood" and q.admin1 == city.admin1]
    return tuple(quarters) or tuple(places)


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
