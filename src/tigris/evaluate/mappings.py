"""Tables that translate outside datasets' labels into tigris's own (written for tigris).

* ACLED sub-event types ↔ the CASE 2021 Task 2 codes;
* UCDP GED governorate names ("Nīnawá province") → the 19 admin1 names of ``data/places.json``;
* UCDP GED sides ("Government of Iraq", "IS") ↔ the ACLED-style actor names tigris codes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NO_EVENT_CODE = "NO_EVENT"

# ACLED sub-event type -> CASE 2021 code (the 25 ACLED types of the shared task).
CASE_CODES: tuple[tuple[str, str], ...] = (
    ("Air/drone strike", "AIR_STRIKE"),
    ("Shelling/artillery/missile attack", "ART_MISS_ATTACK"),
    ("Remote explosive/landmine/IED", "REM_EXPLOS"),
    ("Suicide bomb", "SUIC_BOMB"),
    ("Grenade", "GRENADE"),
    ("Chemical weapon", "CHEM_WEAP"),
    ("Armed clash", "ARMED_CLASH"),
    ("Government regains territory", "GOV_REGAINS_TERIT"),
    ("Non-state actor overtakes territory", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Peaceful protest", "PEACE_PROTEST"),
    ("Protest with intervention", "PROTEST_WITH_INTER"),
    ("Excessive force against protesters", "FORCE_AGAINST_PROTEST"),
    ("Violent demonstration", "VIOL_DEMONSTR"),
    ("Mob violence", "MOB_VIOL"),
    ("Sexual violence", "SEX_VIOL"),
    ("Attack", "ATTACK"),
    ("Abduction/forced disappearance", "ABDUCT_DISSAP"),
    ("Agreement", "AGREEMENT"),
    ("Arrests", "ARREST"),
    ("Change to group/activity", "CHANGE_TO_GROUP_ACT"),
    ("Disrupted weapons use", "DISR_WEAP"),
    ("Headquarters or base established", "HQ_ESTABLISHED"),
    ("Looting/property destruction", "PROPERTY_DISTRUCT"),
    ("Non-violent transfer of territory", "NON_VIOL_TERRIT_TRANSFER"),
    ("Other", "OTHER"),
)
CASE_ACLED_CODES: tuple[str, ...] = tuple(code for _, code in CASE_CODES)
# The five CASE types outside ACLED: the right answer for them is "no political event".
CASE_OUTSIDE_CODES: tuple[str, ...] = (
    "ORG_CRIME",
    "NATURAL_DISASTER",
    "MAN_MADE_DISASTER",
    "DIPLO",
    "ATTRIB",
)


def case_code(sub_event_type: str | None) -> str:
    """The CASE code of an ACLED sub-event type; ``NO_EVENT`` for none or an unknown one."""
    if not sub_event_type:
        return NO_EVENT_CODE
    return dict(CASE_CODES).get(sub_event_type, NO_EVENT_CODE)


# UCDP governorate names, folded (see ``fold``), -> tigris admin1.
UCDP_ADMIN1: tuple[tuple[str, str], ...] = (
    ("alanbar", "Anbar"),
    ("anbar", "Anbar"),
    ("babil", "Babil"),
    ("babylon", "Babil"),
    ("baghdad", "Baghdad"),
    ("albasrah", "Basra"),
    ("basrah", "Basra"),
    ("basra", "Basra"),
    ("dhiqar", "Dhi Qar"),
    ("diyala", "Diyala"),
    ("dahuk", "Duhok"),
    ("dohuk", "Duhok"),
    ("duhok", "Duhok"),
    ("arbil", "Erbil"),
    ("irbil", "Erbil"),
    ("erbil", "Erbil"),
    ("halabjah", "Halabja"),
    ("halabja", "Halabja"),
    ("karbala", "Karbala"),
    ("kirkuk", "Kirkuk"),
    ("attamim", "Kirkuk"),  # Ta'mim, the governorate's name from 1976 to 2006
    ("tamim", "Kirkuk"),
    ("maysan", "Maysan"),
    ("almuthanna", "Muthanna"),
    ("muthanna", "Muthanna"),
    ("annajaf", "Najaf"),
    ("najaf", "Najaf"),
    ("ninawa", "Nineveh"),
    ("nineveh", "Nineveh"),
    ("alqadisiyah", "Qadisiyah"),
    ("qadisiyah", "Qadisiyah"),
    ("salahaddin", "Salah al-Din"),
    ("salahuddin", "Salah al-Din"),
    ("assulaymaniyah", "Sulaymaniyah"),
    ("sulaymaniyah", "Sulaymaniyah"),
    ("wasit", "Wasit"),
)


def fold(name: str) -> str:
    """Lower-case ASCII letters only, without accents or the words "province"/"governorate"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\b(?:province|governorate|muhafazat)\b", " ", text)
    return re.sub(r"[^a-z]", "", text)


def ucdp_admin1(name: str | None) -> str | None:
    """The tigris admin1 of a UCDP governorate name, or None when it names no governorate."""
    if not name:
        return None
    return dict(UCDP_ADMIN1).get(fold(name))


# UCDP side -> the ACLED-style actor names that stand for it in tigris's coding.
UCDP_SIDES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Government of Iraq",
        (
            "Government of Iraq",
            "Military Forces of Iraq",
            "Police Forces of Iraq",
            "Popular Mobilization Forces",  # a state force by law since 2016
            # UCDP codes the Kurdish forces' war on IS within the Government of Iraq's conflict.
            "Peshmerga",
            "Kurdistan Regional Government",
            "Asayish",
            # GED codes the air war of the US-led coalition against IS in Iraq within the same
            # dyad (its states are secondary parties on side A): a coalition strike has side A
            # "Government of Iraq". The Iraq export has no event with a US or coalition side.
            "Global Coalition Against Daesh",
            "Military Forces of the United States",
            # the coalition's other members with forces of their own in Iraq, on the same side (the
            # 2003-2011 contingents with them: UCDP's secondary parties to the government's war)
            "Military Forces of France",
            "Military Forces of the United Kingdom",
            "Military Forces of Italy",
            "Military Forces of Poland",
            "Military Forces of Spain",
            "Military Forces of Australia",
            "Military Forces of Denmark",
            "Military Forces of Georgia",
            # a member of the coalition against IS with special forces of its own in northern Iraq
            # from 2014 (Operation Impact), on the same side as the US and the UK
            "Military Forces of Canada",
        ),
    ),
    # UCDP's IS continues the Islamic State of Iraq and al-Qaeda in Iraq. UCDP codes no other
    # al-Qaeda side in Iraq, so fighting that Iraqi headlines credit to "al-Qaeda" (the ISI years,
    # 2006-2013) is IS's in UCDP's terms.
    ("IS", ("Islamic State (Iraq)", "Al-Qaeda in Iraq", "Al-Qaeda")),
    # UCDP has no side for a crowd: protesters fired on or bombed are its one-sided violence's
    # civilians (the protests themselves are no UCDP event).
    ("Civilians", ("Civilians (Iraq)", "Protesters (Iraq)")),
    ("Government of Turkey", ("Government of Turkey", "Military Forces of Turkey")),
    ("Government of Iran", ("Government of Iran", "Military Forces of Iran")),
    ("Government of United States of America", ("Government of the United States",)),
    ("PKK", ("PKK: Kurdistan Workers Party",)),
    ("JRTN", ("JRTN: Army of the Men of the Naqshbandi Order",)),
    ("KDP", ("KDP: Kurdistan Democratic Party",)),
    ("PUK", ("PUK: Patriotic Union of Kurdistan",)),
    ("KDPI", ("KDPI: Kurdistan Democratic Party of Iran",)),
    ("MEK", ("MEK: People's Mujahedin of Iran",)),
    ("PJAK", ("PJAK: Party of Free Life of Kurdistan",)),
    ("Ansar al-Islam", ("Ansar al-Islam",)),
    ("Jaysh al-Mukhtar", ("Jaysh al-Mukhtar",)),
)


@lru_cache(maxsize=1)
def _side_of_actor() -> dict[str, str]:
    return {name: side for side, names in UCDP_SIDES for name in names}


def ucdp_side(acled_name: str | None) -> str | None:
    """The UCDP side an ACLED-style actor name belongs to, or None when it maps to none."""
    if not acled_name:
        return None
    return _side_of_actor().get(acled_name)


# Words by which a headline itself names a UCDP side. UCDP attributes many attacks from the whole
# article ("Car bomb kills 9 in Baghdad" is IS's), so a side is only "named" when the headline
# says who it is: these words are written for tigris's evaluation, apart from its knowledge base,
# so that the score they select does not grade the resolver by its own aliases. Air strikes name
# no side (the headline does not say whose aircraft).
UCDP_SIDE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("IS", re.compile(r"\b(?:IS|ISIS|ISIL|(?i:islamic\s+state|daesh|jihadists?|al[- ]qaeda|qaeda))\b")),
    (
        "Government of Iraq",
        re.compile(
            r"\b(?:iraqi?\s+(?:army|forces|troops|soldiers|police|military|security\s+forces|air\s+force)|"
            r"army|troops|soldiers?|police(?:m[ae]n)?|security\s+forces|government\s+forces|special\s+forces|"
            r"peshmerga|kurdish\s+forces|counter[- ]terrorism|coalition|"
            r"(?:shi'?a|shi'ite|shiite)\s+milit(?:ias?|iam[ae]n)|popular\s+mobili[sz]ation|hashd|pmf)\b",
            re.I,
        ),
    ),
    (
        "Civilians",
        re.compile(
            r"\b(?:civilians?|worshippers|pilgrims|shoppers|villagers|mourners|farmers|shepherds|students|"
            r"journalists?|children)\b",
            re.I,
        ),
    ),
    ("Government of Turkey", re.compile(r"\b(?:turkey|turkish)\b", re.I)),
    ("Government of Iran", re.compile(r"\b(?:iran|iranian)\b", re.I)),
    ("PKK", re.compile(r"\b(?:PKK|(?i:kurdish\s+(?:rebels|militants|guerrillas)|kurdistan\s+workers))\b")),
)


# A headline's closing attribution (": police", " - army spokesman", " -police sources", ", police
# say") says who reported the event, not who took part in it: "Car bomb kills 17 in Baghdad: police"
# names no side, however the police words read. It is set aside before the side words are sought.
_SOURCE_TAG = re.compile(
    r"(?:\s*[:–—]\s*|\s+-\s*|\s*-\s+|-(?=(?:[\w.'’]+\s+){0,3}?(?:police|army|military|sources?)\b))"
    r"(?:[\w.'’,-]+\s+){0,3}?(?:police|army|military|coalition|officials?|sources?|spokes(?:man|person)|ministry|"
    r"command|chief|statement|TV|website|medics|witnesses|residents)(?:\s+(?:sources?|says?|said|spokesman|officials?))?\s*$",
    re.I,
)
_SOURCE_SAYS = re.compile(
    r",?\s+(?:[\w'’]+\s+){0,2}?(?:police|army|military|officials?|sources?)\s+(?:says?|said)\s*$", re.I
)


def without_source_tags(text: str) -> str:
    """The ";"-joined headlines of ``text``, each without its closing attribution (see ``_SOURCE_TAG``)."""
    return "; ".join(_SOURCE_SAYS.sub("", _SOURCE_TAG.sub("", h)) for h in text.split("; "))


def ucdp_side_named(side: str, headline: str) -> bool:
    """Whether the headline itself names this UCDP side (see ``UCDP_SIDE_WORDS``), apart from the
    source it quotes at its end."""
    told = without_source_tags(headline)
    return any(s == side and pattern.search(told) for s, pattern in UCDP_SIDE_WORDS)


STATE_SIDES: tuple[str, ...] = tuple(side for side, _ in UCDP_SIDES if side.startswith("Government of"))
