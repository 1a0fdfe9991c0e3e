"""The first extractor: spaCy sentences + the project's rules → coded events.

It reads only what the article itself asserts: the title and body sections. Sources lists, reader
comments and on-this-day widgets are kept with the document but never coded as its events.

Per sentence it finds the event word (``rules.classify``), the date expressions (``resolve.dates``),
the places and actors (``names.scan_names``), the figures (``resolve.fatalities``) and the
modality. A sentence with no date and no place of its own that reports an event of a type already
told in the story continues that event (one event told in several sentences is not split); a
sentence naming two places of the same rank ("in Basra and Baghdad") gives one event per place.
The story's layout (dateline, paragraphs, sentence ends) is read by ``extract.layout``; the wording
that tells who did what to whom is in ``extract.cues``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from tigris.extract import cues, rules
from tigris.extract.layout import (
    CHANNEL_HEADER,
    DATELINE_CITY,
    DATELINE_ONLY,
    DATELINE_PREFIX,
    GREETING_PLACE,
    HEADER_PLACE,
    LEAD_IN_PLACE,
    STATEMENT_PLACE,
    count_fields,
    in_dateline,
    incident_field,
    introduces_records,
    is_headline,
    is_question,
    joined,
    opens_place_clause,
    paragraphs,
    starts_with_time,
    under_links_heading,
    without_count_fields,
)
from tigris.extract.names import NameHit, capital_hits, kurdish_capital_hits, restore_case, scan_names
from tigris.extract.nlp import UNREAD_COMPONENTS, load_nlp
from tigris.prefilter import may_match, search
from tigris.resolve.coref import RoleMention, resolve_roles
from tigris.resolve.dates import DateMatch, dateline_day, find_dates, local_day, names_told_attack
from tigris.resolve.fatalities import COMPARED_SINCE, Figures, merge_figures, read_figures, to_number
from tigris.resolve.kb import Actor, KnowledgeBase, Place, knowledge_base, normalise
from tigris.types import DatePrecision, Document, Event, Evidence, Modality

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

NAME = "tigris-rules"
BACKGROUND_AFTER = dt.timedelta(days=365)
# Older than this, an event is history told in a feature or an anniversary piece ("On March 16,
# 1988, Iraqi aircraft dropped mustard gas on the town" in a 2023 story): not coded.
HISTORY_BEFORE = dt.timedelta(days=730)
VERSION = "0.1.0"

# Words that tell an old event as history: "Twenty years ago today", "on the anniversary".
# A group's origin told with the year it began, as a description of the group.
_ORIGIN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:first\s+|originally\s+)?(?:formed|founded|created|set\s+up|established|raised)\b"
    r"[^.;]{0,80}?\b((?:19|20)\d\d)\b",
    re.I,
)
# "Two more died of their wounds on Tuesday", "Three of the wounded later died": deaths added to the
# toll of the violent event told before, not an event of their own.
_MORE_DEAD = re.compile(
    r"^\W*(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:more|others?|other\s+[\w'’-]+|of\s+the\s+(?:wounded|injured|injured\s+people|wounded\s+people))\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:later|also|subsequently)\s+)?(?:have\s+|has\s+|had\s+)?(?:died|succumbed)\b",
    re.I,
)
# "A spokesman said a third fighter died of his wounds", "officials now say a second person, a
# civilian, died": the toll of the violent event told before rises to the ordinal's count.
_NTH_DIED = re.compile(
    r"\b(?:a|the)\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"(?:\s*,[^,;.]{1,80},)?\s+(?:(?:later|also|subsequently|has|had)\s+)?(?:died|succumbed|"
    # session 14: "… killing three more, and a tenth fighter was shot dead nearby": the toll told so far
    # rises by the one the ordinal counts
    r"(?P<verb>(?:was|had\s+been)\s+(?:killed|shot\s+dead|gunned\s+down)))\b",
    re.I,
)
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
# session 14: "The militants then set off a bomb, killing three more": the dead of the event told again,
# counted on top of those told before
_KILLING_MORE = re.compile(
    r"\b(?:killing|killed|kills)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+more\b"
    r"(?!\s+(?:[\w'’-]+\s+)?in\s+(?:another|a\s+(?:second|separate|further))\b)",
    re.I,
)
# gold7: "hospital officials said a local man who had been hit in his house had died of his injuries":
# one more death, told after the event
_ONE_MORE_DIED = re.compile(
    r"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|boy|girl|child|civilian|soldier|policeman|resident|worker|"
    r"contractor|guard|fighter|officer)\b[^.;]{0,80}?\b(?:had\s+|has\s+)?(?:later\s+)?(?:died|succumbed)\s+(?:of|from|to)\s+"
    r"(?:his|her)\s+(?:injuries|wounds)\b",
    re.I,
)
# "Six more soldiers died on Saturday in a second clash": more dead of another event, told as such
_ANOTHER_EVENT = re.compile(
    r"\b(?:second|another|separate|new|further|fresh|third|later)\s+(?:[\w'’-]+\s+)?"
    r"(?:clash\w*|attacks?|blasts?|bombings?|explosions?|ambush\w*|strikes?|raids?|incidents?|fighting|battle)\b|"
    # session 8 review: a cause of their own ("Two others died when a car bomb went off in Mosul")
    r"\bwhen\s+(?:an?|another)\s+(?:[\w'’-]+\s+){0,2}?(?:bombs?|rockets?|shells?|mortars?|missiles?|drones?|grenades?|"
    r"mines?|IEDs?|devices?|gunmen|militants|suicide\s+bombers?)\b",
    re.I,
)
# A sentence that goes on about what the one before it told ("The attack came during …").
# eleventh session: also what came next in that history ("In the days that followed, the city was sacked")
_GOES_ON = re.compile(
    r"^\W*(?:the|this|that|these|those|it|its|they|their|afterwards|"
    r"(?:in|over)\s+the\s+(?:days|weeks|months|years|decades)\s+that\s+followed)\b",
    re.I,
)
# "on the airport road" is a road, and "a rocket aimed at the airport" fell elsewhere
_THE_AIRPORT = re.compile(
    r"(?<!aimed\sat\s)(?<!road\sto\s)\bthe\s+(?:city['’]s\s+)?airport\b(?!\s+(?:road|highway|street|motorway|expressway|route)\b)",
    re.I,
)
# "the airport", "the base" with no name: a site of the city told just before
_BARE_SITE = re.compile(
    r"\bthe\s+(?:city['’]s\s+)?(?:airport|air\s*base|base)\b(?!\s+(?:of|in|at|near)\b)|"
    # "Awful night in Karbala. Masked men opened fire on the sit-in at Education Square": a camp the
    # gazetteer does not hold lies in the city just named
    r"\bthe\s+(?:city['’]s\s+)?(?:sit-?ins?|protest\s+(?:camp|site|square))\b|"
    # gold8 part B: "The provincial police chief was relieved": the province of the city just named
    r"\bthe\s+provincial\s+(?:police\s+chief|governor|police\s+commander)\b",
    re.I,
)
_OTHER_CLAUSE = re.compile(r"\b(?:after|before|following|since|days?\s+after|weeks?\s+after)\b", re.I)
# "gathered after prayers in Fallujah", "before dawn in Hit": a time of the day, not another event
_TIME_OF_DAY = re.compile(
    r"\b(?:after|before)\s+(?:the\s+)?(?:(?:Friday|noon|midday|evening|dawn|weekly)\s+)?"
    r"(?:prayers?|sermons?|dark|dawn|daybreak|midnight|noon|sunset|sunrise|nightfall|iftar)\b|"
    # gold4: "heavy firefights since yesterday … in and around Sinuni": how long, not another event
    r"\bsince\s+(?:early\s+|late\s+)?(?:yesterday|last\s+night|this\s+morning|the\s+morning|dawn|daybreak|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.I,
)
_OTHER_DAY = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|\d+|several|few)\s+(?:days?|weeks?|months?)|the\s+day|"
    # "… on Monday night, hours after a drone attack on Erbil wounded three": the same day
    r"(?:hours|minutes|moments))\s+(?:after|before)\b",
    re.I,
)
# session 12: a claim told as not made ("has not said it fired", "never claimed", "has yet to claim")
_CLAIM_NEGATED = re.compile(
    r"(?:\b(?:(?:has|have|had|did|does|do)\s+not|never|yet\s+to)|n['’]t)\s+(?:(?:yet|publicly|officially|formally|"
    r"openly)\s+)?(?:said|say|claimed|claim|admitted|admit|confirmed|confirm|acknowledged|acknowledge)\b",
    re.I,
)
# session 12: the words that open the attack a reprisal answers ("in retaliation for", "a response to"):
# who is named before them did not do that attack.
_REPRISAL_FOR = re.compile(
    r"\b(?:(?:in|an?|the|its|their)\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge|"
    r"revenge\s+for)\s",
    re.I,
)
# "US jets struck …, in retaliation for a rocket attack on Friday that killed a contractor": the toll in
# that clause is the earlier attack's, not the event's.
_AVENGED = re.compile(
    r"\b(?:in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge|"
    # tenth session: "stormed the embassy in protest at American air strikes that killed 25 fighters":
    # the dead are the strikes', not the crowd's
    r"in\s+protest\s+(?:at|against|over)|to\s+protest(?:\s+against)?|(?:to\s+)?(?:condemn|denounce)(?:ing)?)\b"
    r"[^;—–]*?(?=,\s*(?:killing|leaving|wounding|injuring)\b|[;—–]|$|"
    # gold4: "…, and the Iraqi government said 16 people were killed": a new clause tells the toll
    r",\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:said|says|reported|announced|put|told)\b)",
    re.I,
)
# "… said on Friday", "put the dead at 115 on Saturday": the day a toll was told, not an event's day
_TOLD_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|reported|announced|added|confirmed|put\s+(?:\w+\s+){1,3}at\s+[\d,]+|"
    r"(?:rose|climbed)\s+to\s+[\d,]+)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.I,
)
# gold7: "By Tuesday the toll had risen to 35": the day a count had reached, not an event's day
# session 14: a first count taken back ("had earlier put the toll at eight but lowered it on Friday")
_TOLL_WITHDRAWN = re.compile(
    r"\b(?:earlier|initially|at\s+first|first)\s+(?:put|gave|set|reported|said)\b[^.;]{0,60}?\b(?:but|before)\s+"
    r"(?:later\s+|then\s+)?(?:lowered|revised|reduced|cut|corrected|retracted|withdrew)\b",
    re.I,
)
# session 14 review: "… put the toll at eight but later revised it to 15": the new figure is the toll
_REVISED_TO = re.compile(
    r"\s+(?:it|the\s+(?:death\s+)?(?:toll|figure|number|count))?\s*(?:up\s+|down\s+|upward\s+|downward\s+)?"
    r"(?:to|at)\s+(?P<n>(?:[\w-]+\s+){0,2}?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?))\b",
    re.I,
)
_BY_DAY = re.compile(r"by\s", re.I)
# gold7: "This morning the health directorate put the toll at 13": a toll put or revised is told on its
# day, whatever the order of the words
_TOLL_REVISED = re.compile(
    r"\bput\s+the\s+(?:death\s+)?toll\s+at\b|\btoll\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|reached)\b",
    re.I,
)


# "Saba Ali, a medic who treated wounded protesters in Tahrir Square, was seized", "Ihab Karim, who
# led the city's protest movement, was shot dead": what a person had done, told in a clause set off
# by a comma, describes the person; its names and places take no part in the event told.
_DEEDS_OF_PERSON = re.compile(
    r"(?:,\s+(?:an?|the)\s+(?P<role>(?:[\w'’-]+\s+){1,4}?)|(?<=[a-z])\s*,\s+)"
    r"(?P<clause>who\s+(?:(?!\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\b)[^,;:.])+)"
)
_ARMED_ROLE = re.compile(
    r"\b(?:gunm[ae]n|militants?|fighters?|insurgents?|group|troops?|soldiers?|police(?:m[ae]n)?|forces?|"
    r"officers?|militia(?:men)?|attackers?|bombers?|men)\b",
    re.I,
)


_CROWDS = ("protesters", "rioters")
_CROWD_WORDS = re.compile(
    r"\b(?:protest(?:er)?s?|demonstrat(?:ors?|ions?)|marche(?:r)?s|sit-?ins?|rall(?:y|ies)|rioters?|"
    r"protest\s+movement|uprising)\b",
    re.I,
)
_AGAINST_BEFORE = re.compile(r"\b(?:against|on|about|into)\s+(?:the\s+)?$", re.I)
_PERSON_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+(?:al-|el-)?[A-Z][\w'’-]+$")


def _without_deeds_of_person(
    sentence: str, hits: list[NameHit]
) -> tuple[str, list[NameHit], list[tuple[int, int]]]:
    """The sentence with the crowds told in a clause about a person's past deeds blanked (the rest
    kept: "who held the presidency of the Governing Council" still says whom the victim served), and
    the spans of those clauses, whose places only place the event when it names no other."""
    spans: list[tuple[int, int]] = []
    for m in reversed(list(_DEEDS_OF_PERSON.finditer(sentence))):
        role = m.group("role")
        if role is not None and _ARMED_ROLE.search(role):
            continue  # "…, the militants who stormed the base": the doers, not a person's past
        if not re.match(r"\s*(?:[,;:.]|$)", sentence[m.end() :]):
            continue  # a clause set off by commas ("…, was seized"), not the main verb's subject
        # after a name: only a person's name (or one the knowledge base does not know)
        name = next((h for h in hits if h.end == m.start()), None)
        if name is None and not _PERSON_NAME_BEFORE.search(sentence[: m.start()]):
            continue
        if name is not None and (
            (name.actor is not None and name.actor.kind != "person")
            or (name.places and (name.locative or not _PERSON_NAME_BEFORE.search(sentence[: m.start()])))
        ):
            continue  # a group or a place ("in Basra, who …") is no person
        if name is not None and name.places and name.actor is None:
            hits = [h for h in hits if h is not name]  # "Huda Salman, a nurse who …": a surname, no place
        a, b = m.span("clause")
        # the crowd a person marched with or treated is no party to what befell the person
        hits = [h for h in hits if not (a <= h.start < b and h.actor is not None and h.actor.kind in _CROWDS)]
        # gold7: "X, who led the tribes against al-Qaeda, was killed by a bomb", "X, who advised the
        # government on the Islamic State, was shot": the foe or the subject of the person's past deeds
        # is no party to what befell the person
        hits = [
            h
            for h in hits
            if not (
                a <= h.start < b
                and h.actor is not None
                and _AGAINST_BEFORE.search(sentence, max(0, h.start - 12), h.start)
            )
        ]
        sentence = (
            sentence[:a] + _CROWD_WORDS.sub(lambda w: " " * len(w.group(0)), sentence[a:b]) + sentence[b:]
        )
        spans.append((a, b))
    return sentence, hits, spans


# session 13: wire copy writes it with a hyphen, its country or its agency ("BAGHDAD (Reuters) - …",
# "ERBIL, Iraq - …", "MOSUL, Iraq (AP) - …"): the city is where the story was filed all the same
_BARE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’/-]{2,}(?:\s[A-Z][A-Z'’/-]+){0,2}(?:,\s*(?:Iraq|Syria|Iran|Turkey|Kurdistan Region))?"
    r"(?:\s*\([A-Z][A-Za-z .]{1,30}\))?\s+(?:[—–]|--?)\s+(?=[A-Z])"
)


def _deaths_added(count: str, drafts: list[_Draft]) -> bool:
    """Add ``count`` deaths to the toll of the last violent event told; False when there is none."""
    last = next(
        (d for d in reversed(drafts) if d.trigger.family in ("violence", "battle") and not d.context), None
    )
    if last is None:
        return False
    added = to_number(count) or 1
    told = merge_figures(last.figures)
    last.figures = [replace(told, low=(told.low or 0) + added, high=(told.high or 0) + added)]
    return True


def _nth_dead(nth: str, drafts: list[_Draft]) -> bool:
    """ "A third fighter died of his wounds": the last violent event's toll is at least the ordinal's
    count, one more than the two told; False when there is no such event or its toll is higher."""
    last = next(
        (d for d in reversed(drafts) if d.trigger.family in ("violence", "battle") and not d.context), None
    )
    count = _ORDINALS[nth.lower()]
    if last is None:
        return False
    told = merge_figures(last.figures)
    if (told.low or 0) != count - 1:
        return False  # "a second bomb", or a toll that already counts them: no death added
    last.figures = [replace(told, low=count, high=max(told.high or 0, count))]
    return True


def _bare_dateline_end(text: str) -> int | None:
    m = _BARE_DATELINE.match(text)
    return m.end() if m else None


def _without_avenged(text: str) -> str:
    m = _AVENGED.search(text)
    return text if m is None else text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]


# tenth set (part A): "several residents also died in the shooting": deaths in the event just told
_CASUALTY_WORD = re.compile(r"\b(?:were|was)?\s*killed$|^(?:killed|died)\s+in\b", re.I)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "near Koya", "in Iraq's Mosul": the country's possessive before the town leaves the town struck
_IRAQI_MILITARY = "Military Forces of Iraq"
# session 14: the state's decision told by its plain name, no person named: "the authorities cut internet
# access", "two Sunni ministers resigned", "Baghdad's ban on flights took effect" (the Government of Iraq)
_GOVERNMENT_WORDS = re.compile(
    r"(?<!\bregional\s)(?<!\bprovincial\s)(?<!\blocal\s)(?<!\bKurdish\s)(?<!\bKurdistan\s)(?<!\bregion['’]s\s)(?<!\bcity\s)"
    r"\b(?:authorities|government)\b(?!\s+(?:of|in|building|buildings|offices?|headquarters|compound)\b)|"
    r"\b(?:two|three|four|five|six|seven|several|\d+)\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?ministers\b(?!\s+of\b)|"
    r"\bBaghdad(?=['’]s\s+(?:[\w'’-]+\s+){0,2}?(?:ban|decision|order|suspension|closure|embargo)\b)",
    re.I,
)
# session 14 review: authorities named by a Kurdistan Region city or governorate are the regional government's
_KURDISTAN_BEFORE = re.compile(
    r"\b(?:Erbil|Arbil|Irbil|Duhok|Dohuk|Dahuk|Sulaymaniyah|Sulaymaniya|Sulaimani|Sulaimaniya|Sulaimaniyah|Slemani|"
    r"Halabja|KRG)(?:['’]s)?\s+(?:[\w'’-]+\s+)?$",
    re.I,
)
# ninth session: a headline's state that opens a fight ("Iraq launches a new offensive", "Iraq says it
# struck IS"), not a country named as a place or in a toll ("Iraq bombs kill 15", "Iraq attacks kill 9").
_IRAQ_ACTS = re.compile(
    r"^\W*(?P<state>Iraq)\s+(?:says\s+(?:it\s+)?)?(?:(?:also|again|then|once\s+more)\s+)?"
    r"(?:launch(?:es|ed)?|start(?:s|ed)?|beg[iau]ns?|struck|strikes|pounds|pounded|shells|shelled)\b"
    r"(?!\s+(?:kill|kills|killed|leave|leaves|wound|wounds|hit|hits)\b)"
)
_PKK = "PKK: Kurdistan Workers Party"
# "militants in Iraqi army uniforms", "men wearing police fatigues": a force's dress worn by others
_WEARING_BEFORE = re.compile(r"\b(?:wearing|in|donning|(?:dressed|clad|disguised)\s+in)\s+(?:the\s+)?$", re.I)
_UNIFORM_AFTER = re.compile(r"\s+(?:uniforms?|fatigues|outfits?|clothes|clothing)\b", re.I)
# ninth session: "attackers dressed in the uniforms of the PMF", "men wearing the fatigues of the army"
_UNIFORM_OF_BEFORE = re.compile(
    r"\b(?:wearing|in|donning|(?:dressed|clad|disguised)\s+in)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:uniforms?|fatigues|outfits?|clothes|clothing)\s+of\s+(?:the\s+)?$",
    re.I,
)
# ninth session: a doer only believed or suspected names no party: "gunmen believed to belong to
# Daesh", "men thought to be from the group", "relatives believe Islamic State remnants were behind it"
_BELIEVED_BEFORE = re.compile(
    r"\b(?:believed|thought|suspected|said|reported|presumed)\s+to\s+(?:belong\s+to|be\s+(?:from|members?\s+of|"
    r"linked\s+to|part\s+of|with))\s+(?:the\s+)?$",
    re.I,
)
_BELIEF_BEFORE = re.compile(
    r"\b(?:believes?|believed|suspects?|think|thinks|fear|fears)\s+(?:that\s+)?(?:the\s+)?$", re.I
)
_BEHIND_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:were|was|are|is|had\s+been)\s+behind\b", re.I)


def _disguised(sentence: str, start: int, end: int) -> bool:
    """Whether the force named at start:end is only a disguise ("men in police uniforms", "gunmen
    posing as soldiers")."""
    lead = re.match(r"(?:as|the)\s+", sentence[start:end], re.I)  # a hit read on from "as", "the"
    start += lead.end() if lead else 0
    return bool(
        (_WEARING_BEFORE.search(sentence[max(0, start - 30) : start]) and _UNIFORM_AFTER.match(sentence, end))
        or cues.DISGUISE_BEFORE.search(sentence[max(0, start - 40) : start])
        or _UNIFORM_OF_BEFORE.search(sentence[max(0, start - 50) : start])
        or _BELIEVED_BEFORE.search(sentence[max(0, start - 40) : start])
        or (
            _BELIEF_BEFORE.search(sentence[max(0, start - 30) : start]) and _BEHIND_AFTER.match(sentence, end)
        )
    )


_TAKEN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# "an IS-held village", "Islamic State-controlled areas": the group named before the hyphen holds it
_HELD_BY = re.compile(r"\b(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-(?:held|controlled|occupied)\b")
# ninth session: the two sides of a fight told as one compound ("army-IS clashes", "security-Islamic
# State battles", "Peshmerga-PKK fighting").
_PAIR_FIGHT = re.compile(
    r"\b(?P<a>[A-Za-z][\w'’]*(?:\s+(?-i:State))?)-(?P<b>[A-Za-z][\w'’]*(?:\s+(?-i:State))?)\s+"
    r"(?:clash(?:es)?|fighting|battles?|confrontations?|skirmish(?:es)?)\b",
    re.I,
)
_PAIR_FORCE_WORDS = {
    "army": _IRAQI_MILITARY,
    "military": _IRAQI_MILITARY,
    "troops": _IRAQI_MILITARY,
    "security": _IRAQI_MILITARY,
    "government": _IRAQI_MILITARY,
    "police": "Police Forces of Iraq",
}
# ninth session: an operation named by the enemy it is waged on ("an anti-IS raid", "the anti-ISIL
# offensive", "anti-PKK air strikes"): that enemy is the other side.
_ANTI_OPERATION = re.compile(
    r"\banti-(?P<who>(?-i:IS|ISIS|ISIL|PKK)|Islamic\s+State|Daesh|(?:al-)?Qaeda|jihadists?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:operations?|offensives?|raids?|assaults?|campaigns?|sweeps?|push|drive|air\s*strikes?|airstrikes?|strikes?|"
    r"bombing|battles?|war)\b",
    re.I,
)
# "Turkey says troops …", "Iran said its soldiers …": a foreign state speaking of forces unnamed
# ("Turkey says three soldiers were killed", "the Turkish military said 11 soldiers died": its own, counted)
_FOREIGN_SPEAKER = re.compile(
    r"\b(?:(?P<state>Turkey|Iran|Israel|the United States|US|U\.S\.)"
    # ninth session: "Turkey's defence ministry said two soldiers were killed": the state's own men
    r"(?:['’]s\s+(?:army|military|armed\s+forces|general\s+staff|(?:defen[cs]e\s+)?ministry))?|"
    r"(?P<state_adj>Turkish|Iranian|Israeli|American)\s+(?:army|military|armed\s+forces|general\s+staff|"
    r"(?:defen[cs]e\s+)?ministry))\s+(?:says?|said|claims?|announce[sd]?)\s+"
    r"(?:that\s+)?(?:its\s+)?(?:(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?$"
)
# "Turkey deployed about 150 soldiers", "Iran has sent more troops": the state that sends forces unnamed
_FOREIGN_SENDER = re.compile(
    r"\b(?P<state>Turkey|Iran|Israel|[Tt]he United States|US|U\.S\.)\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:deployed|deploys|sent|sends|dispatched|dispatches|moved|rushed|stationed|redeployed)\s+"
    r"(?:(?:about|some|around|nearly|more\s+than|at\s+least|hundreds\s+of|thousands\s+of|dozens\s+of|"
    r"[\d,]+|an?|additional|more|extra|new|its|special|elite)\s+){0,4}$"
)
_STRUCK_AT = re.compile(
    r"\b(?:at|in|near|outside|inside|on|around|across|throughout)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?$",
    re.I,
)
# "Baghdad blasts kill 20", "Mosul car bomb …": a place named as the attribute of the violence told
_VIOLENCE_AFTER = re.compile(
    r"\s+(?:(?:car|truck|suicide|roadside|market|mosque)\s+)?(?:bomb(?:s|ings?)?|blasts?|explosions?|attacks?|"
    r"shelling|clashes|fighting|ambush(?:es)?|assaults?)\b",
    re.I,
)
# "around Koya and Sulaymaniyah": a place joined to the one before it shares its locative word
_COORDINATED = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", re.I)
# "the rockets were launched from a truck parked in Baghdadi": where the weapon was fired from
_LAUNCH_SITE = re.compile(
    r"\b(?:launched|fired|lobbed)\s+from\b"
    r"(?:(?!\b(?:hit|hits|struck|landed|fell|slammed|exploded|killed|targeted|crashed)\b)[^,;]){0,80}$",
    re.I,
)
# "on the road between Daquq and Tuz Khurmatu": a stretch named by its ends is one place, its first
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|cities|villages?)\s+of\s+)?$", re.I)
# "defused nearby", "at the scene", "in the same area": the place of the event told just before
# "the district", "the zone", "the square": a place of that kind told in the sentence before (twelfth
# session); "the district council", "the village of X" name something else
_THE_KIND_WORD = re.compile(
    # gold12 (part B): "… lies near Ain al-Asad air base. … militants attacked the base itself"
    r"\bthe\s+(zone|district|neighbou?rhood|quarter|square|bridge|camp|base|village|shrine|mosque)(?:['’]s)?\b"
    r"(?!\s+(?:of|in|at|near|council|police|commander|governor|chief|mayor)\b)",
    re.I,
)
_KINDS_OF_WORD = {
    "zone": ("neighbourhood",),
    "district": ("neighbourhood", "district"),
    "neighbourhood": ("neighbourhood",),
    "neighborhood": ("neighbourhood",),
    "quarter": ("neighbourhood",),
    "square": ("square",),
    "bridge": ("bridge",),
    "camp": ("base",),
    "base": ("base",),
    "village": ("village",),
    "shrine": ("site",),
    "mosque": ("site",),
}


def _names_kind_of(sentence: str, place: Place) -> bool:
    """Whether the sentence refers back to ``place`` by its kind ("the district's main streets" after
    Sadr City, "the zone" after the Green Zone)."""
    for m in _THE_KIND_WORD.finditer(sentence):
        word = m.group(1).lower()
        # a zone, a shrine or a mosque by the name it bears ("the Green Zone", "the al-Askari Shrine")
        named = word not in ("zone", "shrine", "mosque") or word in place.name.lower()
        if place.kind in _KINDS_OF_WORD[word] and named:
            return True
    return False


_NEARBY = re.compile(
    r"\b(?:nearby|close\s+by|(?:at|near|close\s+to)\s+the\s+(?:scene|site|spot)|"
    r"in\s+the\s+same\s+(?:area|place|district|village|street)|"
    # session 14: forces sent "to the area" of the event told before ("On Tuesday the army sent
    # reinforcements to the area"): its place
    r"(?:to|into)\s+the\s+area\b(?!\s+(?:of|around|near|between)\b)|"
    # gold8 part B: "Rockets were taken from the building": the site of the raid told before
    r"(?:from|in|inside|at)\s+the\s+(?:same\s+)?(?:building|house|farmhouse|compound|hideout|premises))\b",
    re.I,
)
# "in several districts of the city", "on the edge of the town": the city or town just named
_THE_CITY = re.compile(
    r"\b(?:(?:in|of|across|around|inside|into|through|on)\s+(?:(?:several|many|some|two|three|most|all)\s+)?"
    r"(?:(?:districts|neighbou?rhoods|quarters|parts|streets|edge|outskirts|centre|center|heart)\s+of\s+)?"
    # twelfth session: the town as what was stormed or taken ("Grim news from Sinjar. IS fighters
    # stormed the town on Sunday")
    # gold12 (part B): "… ISIL fighters took the town and its airport"
    r"|(?:stormed|seized|overran|overrun|captured|retook|recaptured|besieged|shelled|took|taken|entered|"
    r"liberated|freed|cleared|attacked|struck|hit|bombed)\s+)"
    r"the\s+(?:city|town)\b(?!\s+of\b|['’]s?\s+\w+\s+(?:of|in)\b)",
    re.I,
)
# gold12 (part A): "… a day after gunmen seized them on the edge of town": the main event's town
_OF_TOWN = re.compile(r"\b(?:edge|outskirts|centre|center|heart|outside)\s+(?:of\s+)?town\b", re.I)
# a state that judges a deed ("Turkey condemns the bombing", "Iran denounces the attack on its
# pilgrims") speaks of it; it takes no part (as an accusation or a denial names nobody); nor does a
# state whose press is the source ("Iran morning headlines: …", "Turkish media say …")
_JUDGES_AFTER = re.compile(
    r"\s+(?:condemn(?:s|ed)|denounce[sd]|deplore[sd]|slam(?:s|med)|mourn(?:s|ed)|decr(?:ies|ied)|"
    r"(?:(?:morning|evening|daily|state)\s+)?(?:headlines|press|media|newspapers))\b"
)
_SPEAKS_AFTER = re.compile(
    r"\s+(?:says?|said|claims?|claimed|announce[sd]?|reports?|reported|accuses|accused|denies|denied|warns|warned)\b"
)
# "mortar round kills a U.S. soldier in Iraq", "bomb hits Iran pilgrims": a country that says whose
# people were struck is no place of the event
# session 13: foreign nationals told as the dead or hurt ("Two Iranian pilgrims were killed", "killing
# three Turkish workers")
_NATIONALS_PLAIN = re.sub(r"\?P<\w+>", "", cues.NATIONALS.pattern)
_NATIONALS_DEAD = re.compile(
    rf"(?:{_NATIONALS_PLAIN})\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b|"
    rf"\b(?:killing|killed|wounding|wounded|injuring)\s+(?:[\w-]+\s+)?(?:{_NATIONALS_PLAIN})",
    re.I,
)
_NATIONALS_AFTER = re.compile(
    r"\.?\s+(?:service\s*(?:m[ae]mbers?|m[ae]n)|servicem[ae]n|Marines?|soldiers?|troops|sailors|airm[ae]n|pilgrims|"
    r"citizens?|nationals?|contractors?|diplomats?|journalists?|hostages?|engineers?|advis[eo]rs?|"
    r"(?:aid\s+)?workers?)\b",
    re.I,
)
# "airstrikes of the US-led coalition", "air raids of Iraqi aircraft": whose strikes (a force's own
# positions struck are told "air strikes on": see _SITES_AFTER)
_AIR_STRIKES_OF = re.compile(r"\b(?:air\s*-?\s*strikes?|airstrikes?|air\s+raids?)\s+of\s+(?:the\s+)?$", re.I)
_SITES_AFTER = re.compile(
    r"\s+(?:positions?|posts?|bases?|barracks|checkpoints?|convoys?|headquarters)\b", re.I
)
# "a bomb attack on Iran pilgrims": a state named for its people at large names no force of its own
_CIVILIANS_OF_AFTER = re.compile(
    r"\s+(?:pilgrims|citizens?|nationals?|contractors?|diplomats?|journalists?|hostages?|engineers?|tourists?|"
    r"visitors?|traders?|merchants?|businessm[ae]n|(?:aid\s+)?workers?)\b",
    re.I,
)
# "Turkey struck PKK positions in the north": a state that acts is the doer, not the place
_ACTS_AFTER = re.compile(
    r"\s+(?:(?:also|again|then|reportedly|once\s+more)\s+)?(?:struck|strikes|strike|hit|hits|bombed|bombs|shelled|shells|"
    r"fired|fires|launched|launches|attacked|attacks|battles|battled|fought|fights|pounded|pounds|targeted|targets|"
    # "The United States deployed 500 more troops": a state that sends forces is their side
    r"deployed|deploys|dispatched|sent\s+(?:(?:about|some|more|[\d,]+)\s+)*(?:troops|soldiers|forces|commandos))\b"
)
_CAPTIVES_KILLED = re.compile(
    r"\b(?:execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|(?:had|have|were|was)\s+(?:been\s+)?captured|captives?|"
    r"prisoners\s+of\s+war)\b",
    re.I,
)
_BESIDE = re.compile(r"\b(?:near|by|beside|next\s+to|close\s+to|opposite|behind)\s+(?:the\s+)?$", re.I)
# "the Baghdad–Amman highway": a road named by the two towns it joins
_ROAD_FROM = re.compile(
    r"\s*[-–—/]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:(?:main|old|new|international|desert)\s+)?"
    r"(?:highway|road|motorway|expressway|freeway|route)\b"
)
_DASH_JOIN = re.compile(r"\s*[-–—/]\s*")
_ROAD_AFTER = re.compile(
    r"\s+(?:(?:main|old|new|international|desert)\s+)?(?:highway|road|motorway|expressway|freeway|route)\b",
    re.I,
)
# "Kirkuk: Security forces detained …": a bulletin item's label names a governorate
_ITEM_LABEL = re.compile(r"^\W*$")
_SITE_STRUCK = re.compile(
    r"\b(?:hit|hits|struck|strikes|targeted|targeting|attacked|stormed|shelled|bombed)\s+(?:the\s+)?$", re.I
)
# A person described by the post they were sent to: "X, the officer sent to restore order in Dhi Qar
# province, was relieved of his duties": the place of the post, not of the decision
_SENT_AS_ROLE = re.compile(
    r",\s+(?:the|an?)\s+(?:[\w'’-]+\s+){1,3}?(?:sent|dispatched|appointed|assigned|posted|named)\s+to\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:in|of|for)\s+(?:the\s+)?$",
    re.I,
)
_ROLE_PLACE = re.compile(
    r"\b(?:commander|governor|chief|head|leader|official|mayor|spokesman|representative)\s+(?:in|of|for)\s+(?:the\s+)?$",
    re.I,
)


@dataclass
class _Draft:
    """An event being assembled from one or more sentences of a document."""

    trigger: rules.Trigger
    date: dt.date | None
    precision: DatePrecision | None
    date_end: dt.date | None
    date_text: str | None
    place: Place | None
    place_text: str | None
    actor1: Actor | None
    actor1_text: str | None
    assoc1: list[Actor]
    actor2: Actor | None
    actor2_text: str | None
    modality: Modality
    figures: list[Figures]
    evidence: list[Evidence]
    confidence: float
    notes: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    context: bool = False  # told in a clause that dates it from another event ("hours after …")
    filed_only: bool = False  # placed only by the dateline, where the story was filed (eighth session)


# No sentence of real reporting runs this long; a text with no sentence breaks (a pasted list, a
# run-on transcript) is read in pieces of at most this many characters, cut after a clause mark
# or a space, so the rules, which compare names with each other within a sentence, cost time in
# proportion to the text and not to the square of it.
LONGEST_SENTENCE = 2_000
_CLAUSE_MARK = re.compile(r"[;,:.!?)\]]\s|\s(?:and|or|but|while|as)\s|\s[-–—]\s")


# gold12 (part A): "… in temperatures above 50C. At least one demonstrator was killed …": the parser
# reads "C." as an initial and runs the two sentences together
_TEMPERATURE_END = re.compile(r"\d\s?°?[CF]\.(?=\s+[A-Z])")


def _after_temperature(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span ``start``–``end`` cut after a temperature that ends a sentence."""
    for m in _TEMPERATURE_END.finditer(text, start, end):
        yield start, m.end()
        start = m.end() + 1
    yield start, end


def _in_reach(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span ``start``–``end`` of ``text``, cut into pieces of at most LONGEST_SENTENCE characters."""
    while end - start > LONGEST_SENTENCE:
        window = text[start : start + LONGEST_SENTENCE]
        cuts = [m.end() for m in _CLAUSE_MARK.finditer(window, LONGEST_SENTENCE // 2)]
        cut = cuts[-1] if cuts else (window.rfind(" ", LONGEST_SENTENCE // 2) + 1 or LONGEST_SENTENCE)
        yield start, start + cut
        start += cut
    if text[start:end].strip():
        yield start, end


class RuleExtractor:
    """Turns a Document into Events. Models and data load on first use, once per process."""

    name = NAME
    version = VERSION

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self._kb = kb
        self._unknown: list[UnresolvedName] = []

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = knowledge_base()
        return self._kb

    def extract(self, doc: Document) -> list[Event]:
        """The events one document reports."""
        return self._extract(doc, self._parse([doc])[0])

    def extract_many(
        self, docs: Iterable[Document], *, batch_size: int = 64
    ) -> Iterator[tuple[Document, list[Event]]]:
        """Events for many documents, parsing them in batches (spaCy is much faster that way)."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Document]) -> list[tuple[Document, list[Event]]]:
        if not batch:
            return []
        return [(d, self._extract(d, p)) for d, p in zip(batch, self._parse(batch), strict=True)]

    def _parse(self, docs: Sequence[Document]) -> list[dict[str, list[_Paragraph]]]:
        """Parse the title and body paragraphs of ``docs`` in one spaCy pass."""
        items: list[tuple[int, str, int, str]] = []
        for i, doc in enumerate(docs):
            if doc.language not in (None, "en"):
                continue
            for kind in ("body", "title"):
                for span in doc.spans(kind):  # type: ignore[arg-type]
                    for para_start, para in paragraphs(doc.text[span.start : span.end]):
                        items.append((i, kind, span.start + para_start, para))
        out: list[dict[str, list[_Paragraph]]] = [{"body": [], "title": []} for _ in docs]
        parsed = load_nlp().pipe((para for *_, para in items), disable=UNREAD_COMPONENTS, batch_size=256)
        for (i, kind, offset, para), sp in zip(items, parsed, strict=True):
            out[i][kind].append(_Paragraph(offset, para, sp))
        return out

    def _extract(self, doc: Document, parsed: dict[str, list[_Paragraph]]) -> list[Event]:
        if doc.language not in (None, "en"):
            return []
        reference = local_day(doc.published)
        body_spans = doc.spans("body")
        if body_spans:
            first = doc.text[body_spans[0].start : body_spans[0].end]
            reference = dateline_day(first, reference) or reference
        drafts: list[_Draft] = []
        self._unknown = []
        state = _State(reference=reference)
        if body_spans:
            opening = doc.text[body_spans[0].start : body_spans[0].end]
            city = (
                DATELINE_CITY.match(opening)
                or HEADER_PLACE.match(opening)
                or GREETING_PLACE.match(opening)
                or STATEMENT_PLACE.match(opening)
                or LEAD_IN_PLACE.match(opening)
            )
            state.dateline_place = self.kb.find_place(city.group(1).title(), fuzzy=False) if city else None
            if city is None and (channel := CHANNEL_HEADER.match(opening)) is not None:
                state.dateline_place = self._one_town(channel.group(1), reference)
        for start, end in self._sentences(doc, parsed["body"]):
            before = len(drafts)
            self._sentence(doc, start, end, drafts, state)
            self._claimed_in_sentence(doc.text[start:end], drafts[before:], state)
        drafts = _summaries_merged(drafts)
        title_drafts: list[_Draft] = []
        for start, end in self._sentences(doc, parsed["title"]):
            self._sentence(doc, start, end, title_drafts, _State(reference=reference))
        for t in title_drafts:  # a headline restating the body's event adds evidence, not an event
            same = [d for d in drafts if d.trigger.event_type == t.trigger.event_type]
            if same:
                same[0].evidence.insert(0, t.evidence[0])
                told = merge_figures(same[0].figures)
                if told.low is None and not told.running_total_ignored:
                    # "Five Peshmerga killed in ambush": a toll only the headline tells
                    same[0].figures.extend(t.figures)
        drafts = _without_summaries(drafts, state.summaries)
        drafts = _unplaced_merged(_nested_merged(drafts))
        _doers_shared(drafts)
        _captives_dead_moved(drafts)
        if state.dateline_place is None and drafts and all(d.place is None for d in drafts):
            # gold7: "Basra's week of fire: a timeline" over dated lines that name no place: the one
            # town of the headline places them all
            titled = self._title_town(doc, reference)
            for d in drafts:
                if d.date is not None and titled is not None:
                    d.place, d.place_text = titled, titled.name
        elif state.dateline_place is None and any(d.place is None for d in drafts):
            # session 14: "The day that shook the Green Zone" over events some of which the body sets in
            # that zone: the quarter the headline names places the others too
            zone = self._title_quarter(doc, reference)
            if zone is not None and all(d.place is None or d.place.id == zone.id for d in drafts):
                for d in drafts:
                    if d.place is None and d.date is not None:
                        d.place, d.place_text = zone, zone.name
        return [self._finish(doc, d) for d in drafts if d.date is not None or d.place is not None]

    def _one_town(self, text: str, reference: dt.date | None) -> Place | None:
        """The one Iraqi city or town a line names, if it names exactly one."""
        towns = {
            h.places[0].id: h.places[0]
            for h in scan_names(text, self.kb, reference)
            if h.places and h.places[0].country == _COVERED_COUNTRY and h.places[0].kind in ("city", "town")
        }
        return next(iter(towns.values())) if len(towns) == 1 else None

    def _title_quarter(self, doc: Document, reference: dt.date | None) -> Place | None:
        """The one Iraqi quarter, zone or square a story's headline names, if it names only that place."""
        title = doc.title or doc.section_text("title")
        if not title:
            return None
        named = {h.places[0].id: h.places[0] for h in scan_names(title, self.kb, reference) if h.places}
        only = next(iter(named.values())) if len(named) == 1 else None
        return (
            only
            if only is not None
            and only.country == _COVERED_COUNTRY
            and only.kind in ("neighbourhood", "square")
            else None
        )

    def _title_town(self, doc: Document, reference: dt.date | None) -> Place | None:
        """The one Iraqi city or town a story's headline names, if it names exactly one."""
        title = doc.title or doc.section_text("title")
        return self._one_town(title, reference) if title else None

    # sentences ---------------------------------------------------------------------------------
    def _sentences(self, doc: Document, paragraphs: list[_Paragraph]) -> Iterator[tuple[int, int]]:
        """Sentence offsets in ``doc.text``; names spaCy found but the KB does not know are kept."""
        for offset, para, parsed in paragraphs:
            for ent in parsed.ents:
                if ent.label_ in _NAME_LABELS and not ent.ent_id_:
                    self._unknown.append(UnresolvedName(ent.text, ent.label_, offset + ent.start_char))
            pending: int | None = None  # a dateline spaCy split off its sentence
            for s, e in joined(
                doc.text, [(offset + x.start_char, offset + x.end_char) for x in parsed.sents]
            ):
                if not doc.text[s:e].strip():
                    continue
                if pending is None and DATELINE_ONLY.match(doc.text[s:e]):
                    pending = s
                    continue
                for piece_s, piece_e in _after_temperature(
                    doc.text, pending if pending is not None else s, e
                ):
                    yield from _in_reach(doc.text, piece_s, piece_e)
                pending = None
            if pending is not None:
                yield from _in_reach(doc.text, pending, offset + len(para))

    def _sentence(self, doc: Document, start: int, end: int, drafts: list[_Draft], state: _State) -> None:
        # Wire copy set all in capitals is read in ordinary case; the evidence keeps the original.
        sentence = restore_case(doc.text[start:end], self.kb)
        hits = scan_names(sentence, self.kb, state.reference)
        whole = sentence  # the toll is read in the whole sentence, the clause about a person too
        sentence, hits, described = _without_deeds_of_person(sentence, hits)
        # gold7: "killed the commander, whom it held responsible for attacks on US troops, among them
        # the drone strike in Jordan last month": the days and places of the deeds someone is blamed
        # for, told after the event word, are not the event's
        blamed = _HELD_RESPONSIBLE.search(sentence)
        if state.dateline_place is None or state.dateline_place.country == _COVERED_COUNTRY:
            hits = capital_hits(sentence, hits, self.kb)  # "south of the capital": Baghdad
        hits = kurdish_capital_hits(sentence, hits, self.kb)  # "the Iraqi Kurdish capital": Erbil
        state.roles = [
            r
            for r in resolve_roles(sentence, state.reference, state.recent, kind_of=self._kind_of)
            if self.kb.actor(r.actor_id) is not None
            # a place inside a title ("the governor of Kirkuk") leaves the title to its holder
            and not any(
                h.start < r.end and r.start < h.end and (h.actor is not None or not h.places) for h in hits
            )
        ]
        self._remember_people(hits, state)
        if (nationals := search(cues.NATIONALS, sentence)) is not None:
            state.nationals = cues.NATION_OF[(nationals.group("adj") or nationals.group("people")).lower()]
        filed = DATELINE_PREFIX.match(sentence)  # the dateline's city is where the story was filed
        city_before, state.last_city = (
            state.last_city,
            next(
                (
                    h.places[0]
                    for h in hits
                    if h.places
                    and h.places[0].kind in ("city", "town")
                    and (filed is None or h.start >= filed.end())
                ),
                None,
            ),
        )
        place_before, age_before, weekday_before = state.recent_place, state.recent_age, state.recent_weekday
        weekday = _WEEKDAY.search(sentence)
        named_here = [
            h.places[0]
            for h in hits
            if h.places
            and h.places[0].country == _COVERED_COUNTRY
            and h.places[0].kind not in ("country", "governorate")
            and (filed is None or h.start >= filed.end())
        ]
        state.recent_place, state.recent_age, state.recent_weekday = (
            (named_here[0], 0, weekday.group(0).lower() if weekday else None)
            if named_here
            else (state.recent_place, state.recent_age + 1, state.recent_weekday)
        )
        if search(rules.PERSONAL_CRIME, sentence):
            state.crime_told = True  # a feud or a quarrel: the arrests and weapons that follow are crime
        if (
            not drafts
            and search(_CRIME_STORY, sentence)
            and search(_CRIME_ACTION, sentence)  # review: a police action in the same sentence, not a mention
            and not search(_ATTACKERS_NAMED, sentence)
        ):
            # session 13: a story that opens on a drug raid, a robbery or a dispute over land: the shoot-out,
            # the arrests, the forces deployed and the meeting it then tells are crime too
            state.crime_told = state.crime_story = True
        if (
            not drafts
            and search(rules.MISHAP, sentence)
            # session 8 review: "Troops found two unexploded rockets in an orchard" is a find, no mishap
            and not (search(_FOUND_WORD, sentence) and not search(_BLAST_OR_HARM, sentence))
            # "militants attacked soldiers taking part in a training exercise": an attack, no mishap
            and not search(_ATTACKERS_NAMED, sentence)
        ):
            # gold6 (false events): a story that opens on an accident or a drill (a gas cylinder that
            # exploded, shots fired into the air at a wedding, an old shell that went off, a live-fire
            # exercise): the blasts, the firing and the arrests it then tells are no political event
            state.crime_told = state.mishap_told = True
        if (semi := _claim_after_semicolon(doc.text[start:end])) is not None:
            # "A car bomb killed 23 in Baghdad; the Islamic State said it carried out the bombing": the
            # clause after the semicolon is a claim, read once the attack before it is told
            self._sentence(doc, start, start + semi, drafts, state)
            after = _after_claim_clause(doc.text[start:end], semi)
            if after is not None:
                # thirteenth session: "…; the group claims the Kadhimiya blast; IS bomber blows himself
                # up at a market": the claim is one clause, the telling after it another
                self._sentence(doc, start + semi + 1, start + after, drafts, state)
                self._sentence(doc, start + after + 1, end, drafts, state)
            else:
                self._sentence(doc, start + semi + 1, end, drafts, state)
            return
        if drafts and self._claim(sentence, hits, drafts):
            return  # "The Islamic State claimed the attack": names who did the events told
        if sentence.rstrip().endswith(":") and _LIST_NEXT.match(
            doc.text[start:end].rstrip(" \t") + doc.text[end : end + 8], len(sentence.rstrip())
        ):
            # the line that introduces a list ("Attacks logged this month:") tells no event; a day
            # it names ("Monday 3 July:") dates the items under it
            self._date_told(sentence, state)
            return
        if under_links_heading(doc.text, start):
            return  # "Related stories" and the titles under it: other news, linked
        if introduces_records(doc.text, start, end) or is_question(sentence):
            # A heading over a table, a log or a list ("Security incidents, Wednesday 8 January
            # 2020") and a question ("Q: Were you in Sinjar when …?") tell no event; the day and the
            # place they name frame the records or the answer under them.
            self._date_told(sentence, state)
            asked = self._event_places(hits, sentence)
            state.framed_place = asked[0][0] if asked and asked[0][0].kind != "country" else None
            return
        if state.anchor is None and starts_with_time(sentence):
            # "10:32 — Rockets hit …": a live blog's timed entry is of the story's own day
            state.anchor, state.anchor_confidence = state.reference, 0.5
        trigger = _told_trigger(without_count_fields(sentence))
        field = incident_field(sentence) if trigger is None else None
        if field is not None and (named := _told_trigger(field[2])) is not None:
            trigger = replace(named, start=field[0], end=field[1])  # a record's "market bombing" field
        if (
            trigger is None
            and state.taken_captives is None
            and drafts
            and drafts[-1].trigger.sub_event_type.startswith("Abduction")
            and (freed := _PRONOUN_FREED.match(sentence)) is not None
        ):
            # gold12 (part A): "X was seized by armed men as she drove home. She was freed on 12
            # November.": the person just told as taken is set free, by the same captors
            state.taken_captives = drafts[-1].actor2 or self.kb.by_acled_name("Civilians (Iraq)")
            self._sentence(doc, start + freed.start("verb"), end, drafts, state)
            state.taken_captives = None
            return
        if (
            trigger is not None
            and (other := _OTHER_DAY.search(sentence, 0, trigger.start)) is not None
            and (main := _told_trigger(sentence[: other.start()])) is not None
            and main.happening
            and main.family in ("strategic", "violence")
            and not _refers_back(main, sentence[: other.start()])
        ):
            # gold12 (part A): "The minister resigned on Monday, two days after police opened fire on
            # a crowd": the main clause's move is the sentence's event; the clause of another day
            # tells its own (read below, on its own day)
            trigger = main
        if (
            drafts
            and (more := _MORE_DEAD.match(sentence))
            and not _ANOTHER_EVENT.search(sentence)
            and _deaths_added(more.group("n"), drafts)
        ):
            return
        if (
            drafts
            and _ONE_MORE_DIED.search(sentence)
            and not _ANOTHER_EVENT.search(sentence)
            and _deaths_added("one", drafts)
        ):
            return
        if (
            drafts
            and (nth := _NTH_DIED.search(sentence))
            and not _ANOTHER_EVENT.search(sentence)
            # session 14 review: "A roadside bomb killed a soldier on Monday. On Tuesday a second soldier was
            # shot dead by a sniper": a killing with a day, or a way of dying, of its own is another event
            and not (
                nth.group("verb")
                and (
                    _WEEKDAY.search(sentence)
                    or (
                        re.search(r"shot|gunned", nth.group("verb"))
                        and drafts[-1].trigger.event_type == "Explosions/Remote violence"
                    )
                )
            )
            and _nth_dead(nth.group("nth"), drafts)
        ):
            return
        if trigger is None:
            if (
                drafts
                and drafts[-1].filed_only
                and search(_DONE_ABROAD, sentence)
                and not any(h.places and h.places[0].kind != "country" for h in hits)
            ):
                # eighth session: "BAGHDAD — Agents have seized X … . The operation was carried out
                # beyond Iraq's borders": the dateline says where the news broke, not where it happened
                drafts[-1].place, drafts[-1].place_text = None, None
            self._date_told(sentence, state)
            self._turned_violent(sentence, drafts)
            _no_fight(sentence, drafts)
            self._intervention(sentence, hits, drafts)
            self._figures_only(sentence, drafts, state, hits)
            self._own_dead(sentence, hits, drafts)
            return
        if cues.REFERRED_BEFORE.search(sentence[: trigger.start]):
            return  # "Khazali is accused of organising the raid in which …": an event referred to
        circumstance = _circumstance(sentence, trigger)
        if circumstance is not None:
            # "IS fighters blew up the mosque on Wednesday night, as troops closed in on the area": the
            # main clause tells the event; the fighting around it is its circumstance (gold4)
            self._sentence(doc, start, start + circumstance, drafts, state)
            return
        comma = _headline_comma_clause(sentence)
        if comma is not None:
            # session 14: "Bombs kill eight in Baqubah, coalition targets Islamic State": a headline's
            # second clause with a subject of its own tells its own news, lending no side to the first
            self._sentence(doc, start, start + comma[0], drafts, state)
            self._sentence(doc, start + comma[1], end, drafts, state)
            return
        second = _second_clause(sentence, trigger)
        if second is not None:
            # "A bomb wounded two soldiers in Kirkuk, while in Diyala gunmen killed a farmer": each
            # clause tells its own event.
            self._sentence(doc, start, start + second[0], drafts, state)
            self._sentence(doc, start + second[1], end, drafts, state)
            return
        taken = _taken_before_release(sentence, trigger)
        release_split = taken is not None
        if taken is None:
            taken = _two_moves(sentence, trigger)  # "sent two battalions into X and set up a post in Y"
        if taken is not None:
            # "The engineer, who was kidnapped in Kirkuk on Monday, was freed on Thursday": the
            # abduction told in the relative clause and the release each tell their own event (gold5)
            self._sentence(doc, start, start + taken, drafts, state)
            if not release_split:
                self._sentence(doc, start + taken, end, drafts, state)
                return
            # gold12 (part A): the release clause read alone still frees the people taken before it,
            # by their captors
            state.taken_captives = self._captives(sentence[:taken], state) or self.kb.by_acled_name(
                "Civilians (Iraq)"
            )
            self._sentence(doc, start + taken, end, drafts, state)
            state.taken_captives = None
            return
        first = _first_clause(sentence, trigger)
        if first is not None:
            # "A car bomb killed 20 in Sadr City; across the river, gunmen attacked the ministry; and
            # in the evening mortar rounds fell on Adhamiya": an event word that ranks first may
            # stand last; each clause before it still tells its own event.
            self._sentence(doc, start, start + first[0], drafts, state)
            self._sentence(doc, start + first[1], end, drafts, state)
            return
        modality = rules.modality(sentence, trigger)
        if modality is None:
            semi = sentence.rfind("; ", 0, trigger.start)
            if semi > 0 and _told_trigger(sentence[:semi]) is not None:
                # gold11 (part A): "… houses and shops were looted, apparently by militiamen; the PM
                # ordered arrests of anyone caught looting": the order is no event, the clause before
                # it still tells its own
                self._sentence(doc, start, start + semi, drafts, state)
            joined = _AND_THEN_CLAUSE.search(sentence, trigger.end)
            if joined is not None and _told_trigger(sentence[joined.end() :]) is not None:
                # review (session 13): "Basra has seen a wave of assassinations this year, and gunmen shot
                # dead another activist there": the record is background, the clause after it is news
                self._sentence(doc, start + joined.end(), end, drafts, state)
            return
        if (
            state.crime_told
            and trigger.sub_event_type in ("Arrests", "Disrupted weapons use")
            and not search(_ARMED_GROUP_WORDS, sentence)
        ):
            return  # gold5: "Police arrested three suspects and seized their weapons" after a family feud
        if (
            state.crime_story
            and trigger.sub_event_type in ("Armed clash", "Change to group/activity", "Agreement", "Other")
            and not search(_ATTACKERS_NAMED, sentence)
            and not search(rules.TRIBES, sentence)  # gold6: a truce between tribes after their fight is coded
            # review: a state force or a named armed group acting is no crime ("Peshmerga forces clashed with
            # Iraqi troops near Makhmour")
            and not any(h.actor is not None and h.actor.kind in _ARMED_ACTOR_KINDS for h in hits)
        ):
            return  # session 13: "One officer was wounded in a shoot-out with the suspects" after a drug raid
        if (
            trigger.sub_event_type == "Disrupted weapons use"
            and search(rules.THE_LAUNCHER, sentence)
            and any(d.trigger.sub_event_type in _LAUNCHED_SUBS for d in drafts)
        ):
            return  # session 13: "The army found the launchers in a truck near the base" after the rockets hit it
        if trigger.family in ("violence", "battle") and drafts and _DAY_TOTAL.match(sentence):
            # gold7: "In all, more than 150 people were killed in a string of bombings across the capital
            # on Wednesday": the sum of a day's attacks is no event, and no toll of the one told
            return
        if (
            state.mishap_told
            # gold7: "Fireworks set a wedding tent alight": the fire of the accident is no destruction
            and (
                trigger.family in ("violence", "battle")
                or trigger.sub_event_type.startswith("Looting")
                # session 13: "Demining teams cleared the area" after an old shell went off
                or (trigger.sub_event_type.endswith("territory") and not search(_ARMED_GROUP_WORDS, sentence))
            )
            and not search(_ATTACKERS_NAMED, sentence)
        ):
            return  # gold6: "The blast blew out the front of the restaurant" after a gas cylinder exploded
        trigger = _crowd_clash(trigger, sentence)
        if (
            not trigger.happening
            and trigger.family in ("battle", "violence", "territory")
            and is_headline(doc.text, start, end)
        ):
            # "Heavy fighting on the edge of Baiji": a headline tells the fighting in nouns alone
            trigger = replace(trigger, happening=True)
        dates = [
            d
            for d in find_dates(sentence, state.reference, state.anchor, trigger_at=trigger.start)
            if not d.since and not _in_dateline_line(sentence, d.start)
        ]
        dated = [d for d in dates if d.date is not None]
        # gold12 (part B): a header line's date above the event word's line ("Statement, 30 January
        # 2022\nBAGHDAD - Iraqi F-16 aircraft struck … on 28 January") is the release's day, not the event's,
        # when the event's own line tells a date
        dated = [d for d in dated if "\n" not in sentence[d.end : trigger.start]] or dated
        # "who lost seats in last month's election threw stones … on Friday": a date told as the
        # possessor of another event names that event's time, not this one's, when another date is told
        # gold11 (part A): unless the event word tells that other event, in a clause hung on it ("four
        # days after Sunday's truck bombing in Karrada, where a lorry packed with explosives …")
        dated = [
            d
            for d in dated
            if not _POSSESSIVE.match(sentence, d.end)
            or _TOLD_IN_CLAUSE.fullmatch(sentence, d.end, trigger.start)
            or names_told_attack(sentence, d, trigger.start)
        ] or dated
        # gold6: "X, the student who vanished in Karrada in March 2023, has been set free, officials
        # said on Wednesday": a date in a clause about the person's past dates that past, not the event
        dated = [d for d in dated if not any(a <= d.start < b for a, b in described)] or dated
        if blamed is not None and trigger.end <= blamed.start():
            dated = [d for d in dated if d.start < blamed.start()]
        # "a lieutenant accused of shooting the researcher a year ago has been taken into custody": a
        # date inside the accusation before the event word names the crime's time, not the arrest's (gold4)
        dated = [
            d
            for d in dated
            if not (d.end <= trigger.start and _ACCUSED_OF.search(sentence, max(0, d.start - 150), d.start))
        ]
        if trigger.sub_event_type == "Arrests":
            # "detained 12 men accused of burning the council building last week": a date after the
            # accusation dates the deed the men are held for, not the arrest
            dated = [
                d
                for d in dated
                if not (d.start > trigger.end and _ACCUSED_OF.search(sentence, trigger.end, d.start))
            ]
        if _casualties_only(trigger):
            # gold7: "Eight people were killed, the mayor said, and rescuers were still digging on
            # Wednesday": a day told in a later clause dates that clause, not the toll
            dated = [
                d
                for d in dated
                if not (d.start > trigger.end and _LATER_CLAUSE.search(sentence, trigger.end, d.start))
            ]
        # session 13: "Police said on Tuesday that a car bomb had killed 12 in Sadr City on Monday": the
        # day a report or an announcement was made, before the event it tells, gives way to the event's
        # own day told in the same sentence (a day still to come, "will step down on November 1", is none)
        dated = [
            d
            for d in dated
            if not (
                d.end <= trigger.start
                and _REPORTED_ON.search(sentence, max(0, d.start - 50), d.start)
                and any(
                    o is not d and o.date is not None and d.date is not None and o.date <= d.date
                    for o in dated
                )
            )
        ] or dated
        if state.reference is not None:
            # session 13: "The governor announced on Monday that he would step down on October 1": a day
            # after the story's gives way to one on or before it
            reference = state.reference
            dated = [d for d in dated if d.date is not None and d.date <= reference] or dated
        # The date told nearest the event word dates it ("met in Qom on January 13, called the
        # rally that was held on January 24" dates the rally on the 24th).
        event_word = trigger
        when = min(dated, key=lambda d: _distance(d, event_word, sentence), default=None)
        # gold12 (part B): "Shops in Karrada reopened on Thursday, four days after a truck bomb killed
        # 300 there": the event told only in the clause of another day is dated back (or on) from the
        # main clause's day, and placed by that clause's own places
        after_clause = _OTHER_DAY.search(sentence, 0, trigger.start)
        if after_clause is not None and _told_trigger(sentence[: after_clause.start()]) is not None:
            after_clause = None  # the main clause tells its own event (read above)
        if after_clause is not None and when is not None:
            filed_here = DATELINE_PREFIX.match(sentence)
            main_words = sentence[filed_here.end() if filed_here else 0 : after_clause.start()].replace(
                when.text, " "
            )
            if not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:on|in|at|by)\b", " ", main_words, flags=re.I)):
                # "On 3 July, a day after the talks broke down, militants shelled …": a date and an aside
                # open the sentence; its main clause comes after and keeps the date
                after_clause = None
        if (
            after_clause is not None
            and when is not None
            and when.date is not None
            and when.end <= after_clause.start()
            and not any(after_clause.end() <= d.start for d in dated)
        ):
            words = after_clause.group(0).lower().split()
            count = (
                1 if words[0] == "the" else (int(words[0]) if words[0].isdigit() else _SMALL.get(words[0], 0))
            )
            if words[0] in ("hours", "minutes", "moments"):
                count = 0
            if (count or words[0] in ("hours", "minutes", "moments")) and words[1].startswith("day"):
                step = dt.timedelta(days=count)
                moved = when.date - step if words[-1] == "after" else when.date + step
                when = replace(when, date=moved, date_end=None)
        if (
            when is not None
            and when.date is not None
            and when.precision == "day"
            and when.end <= trigger.start
            and (opening := _OPENING_SPAN.fullmatch(sentence, 0, when.start)) is not None
            and _COMMA_NEXT.match(sentence, when.end)
        ):
            # session 13: "Two days after the Karrada attack on July 3, a car bomb killed five in Baquba":
            # a span counted from a dated event in the opening phrase dates the main clause's event
            n = opening.group("n").lower()
            count = int(n) if n.isdigit() else _SMALL.get(n, 1)
            step = dt.timedelta(days=count * (7 if opening.group("unit").lower().startswith("week") else 1))
            when = replace(
                when, date=when.date + (step if opening.group("dir").lower() == "after" else -step)
            )
        if trigger.family in ("territory", "strategic") and (
            _TIME_MARK.search(sentence, max(0, trigger.start - 90), trigger.start)
            or (when is None and _ENDED_WHEN.search(sentence, max(0, trigger.start - 120), trigger.start))
        ):
            # gold6 (false events): "The assault came four days after the start of the offensive to
            # retake Mosul" (an event named as a point in time), "The fighting followed two days of
            # clashes that ended when Sadr told his followers to withdraw" (the end of the background
            # fighting, with no day of its own)
            return
        if (
            trigger.family in ("violence", "battle")
            and drafts
            and (recalled := search(_RECALLED, sentence)) is not None
            and recalled.start() <= trigger.start
            and (when is None or when.precision != "day")
            and not search(_SAME_DAY_LATER, sentence)
        ):
            # gold6 (false events): "a similar device hit the same road in March", "the last
            # comparable strike on the city was in 2020", "earlier attacks used rockets": an attack
            # recalled beside the one told is background, not a second event
            return
        if (
            state.reference is not None
            and (year_named := _YEAR_ADJECTIVE.search(sentence, max(0, trigger.start - 40), trigger.start))
            is not None
            and int(year_named.group("year")) < state.reference.year
            # session 14 review: "IS remnants who fled the 2017 offensive attacked a village": a deed told by
            # its verb, after the doer's description, is not the year-named event
            and not _DEED_VERB_FIRST.match(trigger.word)
        ):
            # session 14 (no event): "Families of the cadets killed in the 2014 Camp Speicher massacre held
            # a memorial on Wednesday": the event word named by a past year, whatever day the sentence tells
            state.history_told = True
            return
        if (
            when is None
            and state.reference is not None
            and _past_year_told(sentence, trigger, state.reference.year)
        ):
            # session 13: "the 2016 Karrada truck bombing", "stormed parliament in the summer of 2022",
            # "fought the Islamic State after 2014": a deed told only by a year before the story's
            state.history_told = True
            return
        if _running_total(sentence, trigger) and (
            when is None
            or when.precision != "day"
            or (
                # session 14 review: "14 people were killed in a car bombing in Sadr City on Tuesday, down
                # from 20 reported earlier": one event told with its own day is no statistic
                not _ONE_EVENT_WORD.search(trigger.word)
                and (
                    _COMPARED_COUNT.search(sentence, trigger.end) is not None
                    # session 14 (no event): "87 members … were killed in attacks in 2024, a spokesman said
                    # on Monday": the day is the statement's
                    or any(s.start() <= when.start < s.end() for s in _SAID_ON_DAY.finditer(sentence))
                )
            )
        ):
            # session 13: "has carried out more than 170 drone attacks since October 2023", "has made safe
            # 2,000 roadside bombs since the war ended": a running total counts many deeds, tells none
            return
        # The dateline names where the story was filed; the dateline place is the fallback below.
        dateline = DATELINE_PREFIX.match(sentence)
        # "DUHOK — Shells hit a village in the Zakho district": a bare dateline in capitals, with no
        # date, names where the story was filed too
        filed_at = dateline.end() if dateline else _bare_dateline_end(doc.text[start:end])
        told = [h for h in hits if filed_at is None or h.start >= filed_at] or hits
        if dateline is None and filed_at is not None and not any(h.places for h in told):
            told = hits  # "BAGHDAD — Parliament voted …": a bare dateline places what names no place
        # "Tahseen Osama, who ran a shop in Basra, was killed at his office": where the person lived
        # and worked places the event only when the sentence names no other place
        if blamed is not None and trigger.end <= blamed.start():
            told = [h for h in told if not (h.places and h.start >= blamed.start())]
        not_deeds = [h for h in told if not (h.places and any(a <= h.start < b for a, b in described))]
        if any(h.places for h in not_deeds) or (
            # "BAGHDAD — X, a medic who treated protesters in Tahrir Square, was seized": the
            # dateline's city, which holds the place of the person's deeds, is the safer place
            len(not_deeds) < len(told)
            and state.dateline_place is not None
            and all(h.places[0].admin1 == state.dateline_place.admin1 for h in told if h not in not_deeds)
        ):
            told = not_deeds
        # "BAGHDAD — Parliament elected X, the governor of Anbar, as its speaker": a decision whose
        # only place is a title's is placed by the dateline, where it was taken
        role_places = not (trigger.family == "strategic" and state.dateline_place is not None)
        places = self._event_places(_event_clause(told, trigger, sentence, role_places), sentence)
        places = [self._town_of_district(p, t, sentence) for p, t in places]
        if after_clause is not None:
            in_clause = [(p, t) for p, t in places if sentence.find(t, after_clause.end()) >= 0]
            places = in_clause or places  # the clause of another day is placed by its own places
        if trigger.family in ("protest", "riot") and len(places) > 1:
            places = _route_start(places, sentence)
        if (
            trigger.family in ("protest", "riot")
            and search(_SUMMARY_PLACE, sentence)
            and _regional_only(places, sentence, dateline.end() if dateline else 0)
        ):
            # "Thousands marched in cities across the country on Friday": a summary of the protests
            # the story then tells town by town (dropped at the end when it does)
            state.summaries.append(start)
        context = (
            _CONTEXT_CLAUSE.search(sentence[: trigger.start])
            if trigger.family in ("violence", "battle")
            else None
        )
        if (
            context is not None
            # "The latest strike followed US air raids on five sites": "followed" leaves the raids
            # abroad only when a foreign place is named, not on a name the gazetteer lacks
            and (places or not context.group(0).lower().startswith("follow"))
            and self._abroad(places, start, end, _home(state, drafts))
        ):
            return  # "The attack came two days after a suicide bombing in Kabul …": context abroad
        city_told = city_before
        if (
            not places
            and city_before is not None
            and search(_BARE_SITE, sentence)
            and (
                # gold8 part B: a police chief removed after an attack there is no attack continued
                trigger.family == "strategic"
                or not any(d.place is not None and d.place.id == city_before.id for d in drafts)
            )
        ):
            # "Loud blasts near Erbil tonight. Drones targeted the airport": the city just named (an
            # event already told there is continued instead, below)
            places = [(city_before, city_before.name)]
            city_told = None
        if (
            city_before is None
            # gold11: a crowd's deed with no day of its own, only across one sentence that names no place
            # ("… killed in Karbala. He had survived an earlier attempt. Young men set tyres alight
            # outside the consulate in the city."); fire told after a fight goes on with the fight
            and (
                (when is not None and age_before <= 2)
                or (age_before <= 1 and trigger.family in ("protest", "riot"))
            )
            and place_before is not None
            and place_before.kind in ("city", "town")
        ):
            # eleventh session: a deed with a day of its own "in the city centre", a sentence after one
            # that named no place ("… seized Ramadi on Sunday. Officials said the soldiers withdrew. The
            # militants had overrun the government compound in the city centre on Friday"): Ramadi
            city_told = place_before
        if (
            city_told is not None
            and city_told.country == _COVERED_COUNTRY
            # gold7: "gathered outside the Nineveh provincial council building in the city": a
            # governorate named by an office is wider than the city just told
            and all(
                (p.kind == "governorate" and p.admin1 == city_told.admin1)
                # gold7: "US air strikes on fighters around the town, the first American raids in that
                # part of Iraq": the country named beside the town just told is no place of the event
                or (p.kind == "country" and p.name == _COVERED_COUNTRY)
                for p, _ in places
            )
            and search(_THE_CITY, sentence)
        ):
            # "… outside Ramadi. Gunmen fought the troops in several districts of the city": the city
            # the sentence before named, never the governorate of the dateline
            places = [(city_told, city_told.name)]
        if (
            places
            and drafts
            and _DEFINITE_DOER.match(sentence)
            and all(t and _FLED_TO.search(sentence[: max(0, sentence.find(t))]) for _, t in places)
        ):
            # gold5: "The attackers withdrew towards the Mashahda area after a gun battle": where the
            # doers went after the event just told, not a place of its own
            places = []
        if places and all(
            t and _DISPLACED_TO.search(sentence[: max(0, sentence.find(t))]) for _, t in places
        ):
            # twelfth session: "… set fire to houses in a nearby village, and many of its families fled
            # to Baqubah": where the victims fled is no place of the deed
            places = []
        if (
            places
            and drafts
            and all(t and _DISTANCE_FROM_TOWN.search(sentence[: max(0, sentence.find(t))]) for _, t in places)
        ):
            # gold6: "… into a market in the mostly Shia town, some 160 km north of Baghdad": the
            # town told before, placed by its distance from a city that is no place of the event
            places = []
        if search(_THE_AIRPORT, sentence):  # "in Najaf, … stormed the airport": the city's airport
            places = [self._airport_of(p, t) for p, t in places]
        # "… on Tuesday, two days after US strikes killed 25 near Al-Qaim": the clause tells an
        # event of its own, on its own day, with its own toll and place.
        other_day = _OTHER_DAY.search(sentence, trigger.end)
        counted = count_fields(doc.text, start, end)  # "Killed: 3", a table's "Dead" column
        toll_text = whole[: other_day.start()] if other_day else whole
        for d in dated:  # "On 15 August gunmen shot dead 80 men": a day's number counts no one
            toll_text = toll_text[: d.start] + " " * (d.end - d.start) + toll_text[d.end :]
        toll_text = _without_avenged(toll_text)
        if trigger.sub_event_type == "Arrests" and (crime := _ACCUSED.search(toll_text, trigger.end)):
            # gold6: "arrested three men …; they are accused of planting the bomb that killed two
            # policemen": the toll of the crime named, not of the arrest
            toll_text = toll_text[: crime.start()]
        figures = read_figures(counted or toll_text)
        if (
            trigger.family == "protest"
            and trigger.sub_event_type != "Excessive force against protesters"
            and (figures.low or 0) > 0
            and search(rules.STATE_FORCE_WORDS, sentence)
        ):
            trigger = replace(trigger, sub_event_type="Excessive force against protesters")
        evidence = Evidence(doc.id, start, end, doc.text[start:end].strip())
        if (
            when is None
            and trigger.family in ("protest", "riot")
            and (
                not drafts or all(drafts[-1].place is None or p.id == drafts[-1].place.id for p, _ in places)
            )
        ):
            # "US troops fired tear gas from the roof": the force acting on the crowd just told (a
            # sentence that names a place of its own tells its own crowd)
            self._intervention(sentence, hits, drafts)
        if (
            not trigger.happening
            and trigger.family == "protest"
            and rules.CROWD_CONTROL.match(sentence, trigger.start)
            and places
            and (
                not any(d.trigger.family in ("protest", "riot") for d in drafts)
                # gold6: "In Diwaniyah young men blocked the road … In Hillah, riot police fired tear
                # gas at a crowd": a crowd in another governorate is no crowd told before
                or (
                    drafts[-1].place is not None
                    and all(p.admin1 is not None and p.admin1 != drafts[-1].place.admin1 for p, _ in places)
                )
            )
        ):
            # "Security forces fired tear gas at young men on the Jumhuriya bridge" with no crowd told
            # before: the gathering the force broke up is told by its dispersal
            trigger = replace(trigger, happening=True)
        if (
            not trigger.happening
            and when is None
            and trigger.family == "protest"
            and rules.CROWD_CONTROL.match(sentence, trigger.start)
            and drafts
            and drafts[-1].trigger.family == "protest"
        ):
            # "Riot police firing tear gas near the bridge": the crowd just told met the force
            if _severity(trigger) > _severity(drafts[-1].trigger):
                drafts[-1].trigger = replace(drafts[-1].trigger, sub_event_type=trigger.sub_event_type)
            if evidence not in drafts[-1].evidence:
                drafts[-1].evidence.append(evidence)
            self._intervention(sentence, hits, drafts)
        if (
            when is None
            and trigger.family == "violence"
            and _VICTIMS_NAMED.search(sentence, max(0, trigger.start - 40), trigger.start)
            and _PARTICIPLE.match(trigger.word)
        ):
            # gold5: "the activists gunned down outside their homes": victims named by what befell
            # them, undated, name killings and report none
            trigger = replace(trigger, happening=False)
        if self._toll_of_crowd(doc, start, sentence, trigger, places, when, figures, evidence, drafts):
            return
        if not trigger.happening and when is None:
            # "the protests who demanded …", a caption: an event named, not reported; a toll in it
            # still belongs to the event just told.
            self._figures_only(sentence, drafts, state, hits)
            return
        if (
            not trigger.happening
            and trigger.family == "protest"
            and when is not None
            and when.precision != "day"
        ):
            # "the attack on the Najaf sit-in in February", "the protests of October": a protest named
            # with only its month or year is background, not a demonstration told
            return
        if (
            when is None
            and trigger.family == "riot"
            and drafts
            and drafts[-1].trigger.family in ("violence", "battle")
            and _THEN_ACT.search(sentence[:80]) is not None
            and _WHAT_ATTACK_LEFT.search(sentence) is not None
        ):
            # tenth set (part A): "A crowd then set the vehicles on fire and dragged the bodies …": the
            # crowd's next act on what the attack just told left is part of that attack, no riot
            self._continue(drafts[-1], trigger, sentence, hits, figures, evidence, state)
            return
        if (
            when is None
            # gold7: "when neighbours went out to look for them that evening they came under fire": a
            # day told only as the same day as the event before is no day of its own
            or (
                when.kind == "same_day"
                and drafts
                and drafts[-1].date == when.date
                and trigger.family == "battle"
            )
        ) and all(p.kind == "country" for p, _ in places):
            if modality in ("hypothetical", "planned"):
                return
            earlier = [
                d
                for d in drafts
                if _continues(d.trigger, trigger)
                or (_casualties_only(trigger) and d.trigger.family in ("violence", "battle"))
                or (
                    _refers_back(trigger, sentence)
                    and d.trigger.event_type == trigger.event_type
                    # gold6: the captives' bodies found shot after their abduction: a killing of its own
                    and not (
                        trigger.sub_event_type == "Attack"
                        and d.trigger.sub_event_type.startswith("Abduction")
                    )
                    # gold12 (part A): "Sadr said he was quitting politics. He also ordered the closure
                    # of his movement's offices": a strategic move of another kind is a move of its own
                    and not (
                        trigger.family == "strategic"
                        and d.trigger.family == "strategic"
                        and d.trigger.sub_event_type != trigger.sub_event_type
                    )
                )
                # gold4: fighting told with no day or place of its own after ground taken or retaken
                # ("Tribesmen had fought alongside the army …", "the operation had killed dozens of
                # militants") is the fight for that ground
                or (
                    trigger.sub_event_type == "Armed clash"
                    and d.trigger.event_type == "Battles"
                    and d.trigger.sub_event_type.endswith("territory")
                )
                or (
                    d.trigger.family in ("violence", "battle")
                    and trigger.family in ("violence", "battle")
                    and (
                        _DEFINITE_DOER.match(sentence) is not None
                        or _THEN_ACT.search(sentence[:80]) is not None
                        # gold7: "… they came under fire from several sides": the attack just told,
                        # met by those who went to help
                        or (
                            trigger.word.lower().startswith("came under")
                            and not _BY_AGENT.match(sentence, trigger.end)
                        )
                        # gold7: "Central Command said its forces had killed the commander": the victim
                        # already told, named again with "the"
                        or _DEFINITE_VICTIM.search(trigger.word) is not None
                        # gold7: "the army said the strikes had killed three soldiers": the toll of
                        # the strikes just told, not a fight of its own
                        or _EVENT_SUBJECT.search(sentence, max(0, trigger.start - 50), trigger.start)
                        is not None
                        # session 14: "Ten PKK militants were neutralised in the strikes"
                        or _in_event_told(trigger, sentence)
                    )
                    and d is drafts[-1]
                )
                # gold6 (false events): the weapons of the fight just told, in a sentence with no day
                # or place of its own ("A roadside bomb then hit the reinforcements", "others used
                # mortars against the police stations"), are that fight's, not attacks of their own
                # gold6 (false events): "Stalls and two cars were burned" after a bombing: the damage
                # the attack just told did, with no doer of its own
                or (
                    trigger.sub_event_type.startswith("Looting")
                    and d.trigger.family in ("violence", "battle")
                    and d is drafts[-1]
                    and _PASSIVE_DAMAGE.search(trigger.word) is not None
                    and not _BY_AGENT.match(sentence, trigger.end)
                )
                or (
                    d.trigger.sub_event_type == "Armed clash"
                    and trigger.sub_event_type in _FIGHT_WEAPONS
                    and d is drafts[-1]
                    and not _SEPARATE.search(sentence)
                )
                # gold11 (part A): "… a suicide bomber then set off his explosives among them. A car
                # bomb went off moments later at a checkpoint a short distance away.": the next blow of
                # the attack just told, in a sentence with no day or place of its own
                or (
                    d is drafts[-1]
                    and d.trigger.event_type == trigger.event_type == "Explosions/Remote violence"
                    and (_MOMENTS_LATER_NEARBY.search(sentence) or _SECOND_BLOW.match(sentence))
                    and not _SEPARATE.search(sentence)
                )
            ]
            if earlier:
                target = earlier[-1]
                self._continue(target, trigger, sentence, hits, figures, evidence, state)
                if target.date is not None:
                    state.anchor, state.anchor_confidence = target.date, target.confidence
                return
            if modality in ("hypothetical", "planned", "denied") or (
                modality == "claimed" and not search(cues.HEDGED_REPORT, sentence)
            ):
                return
        if (
            when is None
            and trigger.sub_event_type == "Armed clash"
            and modality not in ("hypothetical", "planned", "denied")
            and (
                ground := next(
                    (
                        d
                        for d in reversed(drafts)
                        if d.trigger.event_type == "Battles"
                        and d.trigger.sub_event_type.endswith("territory")
                        and d.place is not None
                        and any(p.id == d.place.id for p, _ in places)
                    ),
                    None,
                )
            )
            is not None
        ):
            # gold12 (part B): "Peshmerga forces retook Bashiqa on Monday. … their units met stiff
            # resistance on the outskirts of Bashiqa": the fight for ground just told taken, at its place
            # and with no day of its own, is that taking
            self._continue(ground, trigger, sentence, hits, figures, evidence, state)
            return
        if (
            when is None
            and trigger.family == "strategic"
            and state.reference is not None
            and (origin := _ORIGIN.search(sentence)) is not None
            and int(origin.group(1)) < state.reference.year
        ):
            return  # "These units were formed after the cleric's 2014 call": how a group began
        if modality == "hypothetical" and when is None:
            return
        date, precision, date_end, date_text, confidence = self._date(when, state)
        if when is None and precision == "week" and _HAPPENING_NOW.search(sentence):
            precision = "day"  # gold8 part B: "BAGHDAD now: crowds stormed …": a live post, the story's day
        if (
            when is not None
            and not places
            and drafts
            and drafts[-1].date_text is None
            and drafts[-1].precision == "week"
            and drafts[-1].trigger.event_type == trigger.event_type
            and _PRONOUN_TARGET.search(sentence, trigger.start, trigger.end + 30)
        ):
            # gold6 (false events): "Activist X shot dead in Karbala as he returned from the sit-in.
            # Gunmen on a motorbike fired at him near his home late last night.": the killing the
            # story opened on with no day, now told with its day
            target = drafts[-1]
            target.date, target.precision = date, precision
            target.date_end, target.date_text = date_end, date_text
            target.confidence = max(target.confidence, confidence)
            self._continue(target, trigger, sentence, hits, figures, evidence, state)
            state.anchor, state.anchor_confidence = date, confidence
            return
        if (
            trigger.sub_event_type == "Change to group/activity"
            and trigger.word.lower().startswith("reinforcement")
            and drafts
            and drafts[-1].trigger.family in ("violence", "battle")
        ):
            # gold8 part B: "Reinforcements were sent to the area overnight" after an attack just told:
            # the response to that attack, no deployment of its own
            return
        if (
            drafts
            and date is not None
            and precision in ("week", "month")
            and drafts[-1].date is not None
            and date <= drafts[-1].date
            and (_CONTEXT_CLAUSE.search(sentence[: trigger.start]) or _FOLLOWS.search(sentence))
        ):
            # gold8 part B: "The attack follows grenade attacks on party offices earlier this month":
            # earlier events of no day, named only to set the event just told in context
            return
        if (
            date is not None
            and state.reference is not None
            and (date_end or date) < state.reference - BACKGROUND_AFTER
        ):
            modality = "historical"  # told as background, long before the story
            if (date_end or date) < state.reference - HISTORY_BEFORE:
                # gold8 (part A): any story looking back more than two years tells history, with or
                # without a dateline or a recent event ("rebuilt after the militants blew it up in
                # June 2017" in a 2025 feature; "troops stormed into Kuwait in August 1990")
                state.history_told = True
                return  # history ("Twenty years ago today, … cruise missiles struck Baghdad")
        if (
            state.accused_arrest is not None
            and trigger.family in ("violence", "battle")
            and any(name in sentence or name in sentence.lower() for name in state.accused_names)
            and date is not None
            and (date_end or date) < state.accused_arrest - _CRIME_BEFORE_ARREST
        ):
            return  # "Al-Hashimi was shot dead in July 2020": the crime the arrested man is accused of
        if (
            precision == "year"
            and date is not None
            and state.reference is not None
            and date.year < state.reference.year
        ):
            state.history_told = True
            return  # background history ("in 2004 his militia fought …") names no dated event
        if (
            precision in ("month", "year")
            and date is not None
            and state.reference is not None
            and (date_end or date) < state.reference - _PLUPERFECT_BEFORE
            and _PLUPERFECT.search(sentence, max(0, trigger.start - 40), trigger.start)
        ):
            return  # gold5: "The militants had overrun the town in August 2014" (a 2015 story): background
        if (
            when is None
            and trigger.family in ("violence", "battle", "territory")
            and _RELATIVE_PERFECT.search(sentence, max(0, trigger.start - 40), trigger.start)
        ):
            return  # gold5: "the rival militias that have fought for influence there": a group described
        if (
            precision == "month"
            and trigger.family in ("violence", "battle")
            and all(p.kind == "country" for p, _ in places)
            and search(_MONTH_TALLY, sentence)
        ):
            return  # gold5: "1,737 Iraqis were killed in acts of violence in July alone": a month's tally
        if when is None and state.history_told and _GOES_ON.match(sentence):
            return  # "The attack came during the Anfal campaign, in which …": the history goes on
        state.history_told = False
        actor1, actor1_text, assoc1, actor2, actor2_text = self._actors(trigger, sentence, hits, state)
        if (
            trigger.sub_event_type == "Arrests"
            and actor1 is not None
            and actor2 is not None
            and actor2.kind in cues.STATE_KINDS
            and _ARRESTED_PASSIVE.search(sentence, 0, trigger.start)
            and not _BY_AGENT.match(sentence, trigger.end)
            and actor1_text is not None
            and 0 <= sentence.find(actor1_text) < trigger.start
        ):
            # "A police lieutenant … has been taken into custody, the prime minister's office said": the
            # one named before the passive was arrested, by the state that tells it (gold4)
            actor1, actor1_text, actor2, actor2_text = actor2, actor2_text, actor1, actor1_text
        if (
            trigger.sub_event_type == "Arrests"
            and actor1 is not None
            and actor2 is None
            and actor1.kind in _ARMED_NON_STATE_KINDS
            and _ARRESTED_PASSIVE.search(sentence, 0, trigger.start)
            and not _BY_AGENT.match(sentence, trigger.end)
            and actor1_text is not None
            and 0 <= sentence.find(actor1_text) < trigger.start
        ):
            # session 13: "A wanted ISIS financier was caught at a checkpoint near Samarra": the group's
            # man is the one held; the state's forces, unnamed, arrested him (the army when the story
            # says so, else the police)
            force = self.kb.by_acled_name(
                _IRAQI_MILITARY if _ARMY_WORDS.search(sentence) else "Police Forces of Iraq"
            )
            if force is not None:
                actor1, actor1_text, actor2, actor2_text = force, None, actor1, actor1_text
        if (
            trigger.sub_event_type == "Arrests"
            and actor1 is not None
            and actor2 is None
            and actor1.kind == "state force"
            and _ARRESTED_PASSIVE.search(sentence, 0, trigger.start)
            and not _BY_AGENT.match(sentence, trigger.end)
            and actor1_text is not None
            and 0 <= sentence.find(actor1_text) < trigger.start
        ):
            # gold12 (part A): "Five police commanders … had been detained for questioning": a force's
            # own men held in the passive are the ones arrested, by the state that holds them (docs/codebook.md:
            # "a person taken into custody, told by the state, is actor2 of the state's arrest")
            actor1, actor1_text, actor2, actor2_text = (
                self.kb.by_acled_name("Government of Iraq"),
                None,
                actor1,
                actor1_text,
            )
        if (
            trigger.sub_event_type == "Arrests"
            and actor1 is not None
            and actor1.kind in _HELD_KINDS
            and (actor2 is None or actor2.kind in cues.STATE_KINDS)
        ):
            # ninth session: "Authorities detained a journalist in Duhok", "a journalist was detained":
            # civilians and protesters are arrested, never the ones who arrest
            actor1, actor1_text, actor2, actor2_text = actor2, actor2_text, actor1, actor1_text
        governments = _TWO_GOVERNMENTS.search(sentence, 0, trigger.start)
        if trigger.sub_event_type == "Agreement" and governments is not None:
            # ninth session: "The governments of Iraq and the United States announced that they had agreed
            # to end the coalition's mission": the two governments are the parties, not what they agreed on
            sides = [self._government_of(governments.group(g)) for g in ("a", "b")]
            if sides[0] is not None and sides[1] is not None and sides[0] is not sides[1]:
                (actor1, actor1_text), (actor2, actor2_text) = sides[0], sides[1]
        if (
            trigger.sub_event_type == "Agreement"
            and actor1 is None
            and actor2 is None
            and _THE_TWO_SIDES.search(sentence, 0, trigger.start)
        ):
            # ninth session: "Sheikhs of the two tribes signed a truce": the two sides of the fight told
            # before are the parties
            fight = next((d for d in reversed(drafts) if d.trigger.family == "battle"), None)
            if fight is not None and fight.actor1 is not None and fight.actor2 is not None:
                actor1, actor1_text, actor2, actor2_text = fight.actor1, None, fight.actor2, None
        if trigger.sub_event_type == "Agreement" and (
            (actor1 is None and actor2 is None)
            # session 13: "Iraq and Turkey agreed to set up a joint operations centre against the PKK":
            # the group the pact is aimed at, named after it, is no party
            or all(t is None or sentence.find(t) >= trigger.end for t in (actor1_text, actor2_text))
        ):
            # "Iraq and Turkey signed a memorandum …": two states told as the parties are their
            # governments (gold4)
            pair = _STATES_AGREE.search(sentence, 0, trigger.start)
            sides = [self._government_of(pair.group(g)) for g in ("a", "b")] if pair else []
            if len(sides) == 2 and sides[0] is not None and sides[1] is not None and sides[0] is not sides[1]:
                (actor1, actor1_text), (actor2, actor2_text) = sides[0], sides[1]
                # "Baghdad and Ankara signed …": capitals told as the parties are not where it was signed
                # ("… signed an agreement in Baghdad" still is)
                after_pair = sentence[pair.end() :] if pair else ""
                parties: set[str | None] = {actor1_text, actor2_text}
                places = [
                    (pl, pt)
                    for pl, pt in places
                    if not (
                        pt in parties
                        or (pl is not None and pl.kind == "country" and _is_party_state(pl.name, parties))
                    )
                    or pt in after_pair
                ]
        trigger = _territory_by_actor(trigger, actor1, sentence)
        trigger = _clash_if_armed_target(trigger, actor2, actor2_text, sentence)
        unresolved = sorted({u.text for u in self._unknown if start <= u.start < end})
        options: list[tuple[Place | None, str | None]] = list(places) or [(None, None)]
        # Several places, several events: each takes the toll told in its own clause ("a car bomb
        # killed three in Kut, and two more exploded in Samawah, killing two").
        own = _clause_figures(sentence, [t for _, t in options], figures) if len(options) > 1 else None
        for i, (place, place_text) in enumerate(options):
            toll = own[i] if own is not None else figures
            if (
                place is None
                and when is None
                and trigger.family in ("violence", "battle")
                and drafts
                and drafts[-1].trigger.family in ("violence", "battle")
                and drafts[-1].place is not None
                and drafts[-1].date == date
            ):  # "Militants hiding nearby then opened fire on the troops who came to help"
                place, place_text = drafts[-1].place, drafts[-1].place_text
            if place is None and drafts and drafts[-1].place is not None and _NEARBY.search(sentence):
                # "A second device was found and defused nearby": where the event before it was
                place, place_text = drafts[-1].place, drafts[-1].place_text
            if (
                place is None
                and drafts
                and drafts[-1].place is not None
                and drafts[-1].trigger.family in ("protest", "riot")
                and search(rules.CROWD_SENT_HOME, trigger.word)
            ):  # gold9 part B: "Sadr told them to go home": where the crowd he sent home was
                place, place_text = drafts[-1].place, drafts[-1].place_text
            if (
                place is None
                and place_before is not None
                and age_before <= 1
                and _names_kind_of(sentence, place_before)
            ):
                # twelfth session: "Saturday, and Sadr City belonged to the men in fatigues. Volunteers
                # paraded down the district's main streets": the quarter the sentence before named
                place, place_text = place_before, place_before.name
            if place is None and state.framed_place is not None:
                place, place_text = state.framed_place, state.framed_place.name  # the heading's or question's
            filed_only = False
            if state.dateline_place is not None and (
                place is None or (place.kind == "country" and place.name == state.dateline_place.country)
            ):  # no place, or only the country the dateline's place lies in
                place, place_text = state.dateline_place, state.dateline_place.name
                filed_only = True
            if (
                place is None
                and state.taken_captives is not None
                and drafts
                and drafts[-1].trigger.sub_event_type.startswith("Abduction")
                and drafts[-1].place is not None
            ):
                # gold12 (part A): a release clause that names no place and has no dateline: where the
                # people freed were taken ("the journalist taken from her home in Saydiya … was freed")
                place, place_text = drafts[-1].place, drafts[-1].place_text
            if (
                place is None
                and trigger.family == "strategic"
                and actor1 is not None
                and actor1.name == "Council of Representatives of Iraq"
                and place_before is not None
                and age_before <= 1
                and place_before.admin1 == "Baghdad"
            ):
                # ninth set (part A): "Parliament approved the pact" after a line set in Baghdad: the
                # chamber votes in the capital the story is about
                place = self.kb.find_place("Baghdad", fuzzy=False)
                place_text = None if place is None else place.name
            if (
                place is None
                and place_before is None
                and trigger.family == "strategic"
                and trigger.plover_type == "CONCEDE"
                and actor1 is not None
                and (
                    actor1.name == "Council of Representatives of Iraq"
                    or (
                        actor1.acled_name == "Government of Iraq"
                        and _SWORN_IN_NATIONAL.search(sentence) is not None
                    )
                )
            ):
                # gold11: an office filled in a story that names no place ("Politics digest — 13 October:
                # Parliament elected X as president"; "Y was sworn in as prime minister"): the chamber
                # elects, and the premier takes the oath, in Baghdad (a motion voted with no place told,
                # "voted to ask the government to …", stays unplaced as in gold2)
                place = self.kb.find_place("Baghdad", fuzzy=False)
                place_text = None if place is None else place.name
            if (
                place is None
                and place_before is not None
                and age_before <= 1
                and trigger.family in ("violence", "battle")
                and (not drafts or drafts[-1].date == date)
                # "The governor toured Kirkuk on Sunday. On Monday, a bomb …": another day, another place
                and not (weekday and weekday_before and weekday.group(0).lower() != weekday_before)
                and not any(d.place is not None and d.place.admin1 != place_before.admin1 for d in drafts)
            ):
                # "1/ Terrible news from Zayouna. The researcher was shot outside his house": a
                # deed with no place of its own happened where the sentence just before was
                place, place_text = place_before, place_before.name
            doer, doer_text = actor1, actor1_text
            if _left_then_taken(sentence, trigger, actor1_text, actor2_text):
                # gold7: "Peshmerga units left Sinjar, and the army moved into the town unopposed": the
                # side that moves in takes the ground (actor1); the side that left is actor2
                doer, doer_text, actor2, actor2_text = actor2, actor2_text, doer, doer_text
            flown = (
                _flown_by(drafts) if trigger.sub_event_type == "Air/drone strike" and _unnamed(doer) else None
            )
            if flown is not None and search(_BARE_AIRCRAFT, sentence):
                # "Turkish warplanes struck PKK positions … . Jets hit targets in Sinjar": the aircraft
                # of the strike told before, on its targets unless the sentence names others
                doer, doer_text = flown.actor1, None
                if actor2 is None:
                    actor2, actor2_text = flown.actor2, None
            elif (
                flown is not None
                and actor2 is not None
                and actor2 is flown.actor2
                and actor2.kind in cues.ARMED_KINDS
            ):
                # session 12: "A Turkish drone struck a clinic of the YBS. … a drone hit a car, killing a
                # YBS commander": an unnamed strike on the armed side the named one struck is that side's
                doer, doer_text = flown.actor1, None
            if doer is None and trigger.sub_event_type == "Government regains territory":
                # "Falluja liberated from IS", "an offensive to retake Ramadi": the state regains its
                # ground through its forces, named ("a town retaken by Iraqi troops") or not
                if actor2 is not None and actor2.kind in cues.STATE_KINDS:
                    doer, doer_text, actor2, actor2_text = actor2, actor2_text, None, None
                    loser = next(
                        (
                            h
                            for h in hits
                            if h.actor is not None
                            and _TAKEN_FROM.search(sentence[max(0, h.start - 10) : h.start])
                            and self.kb.coded_actor(h.actor).kind in cues.ARMED_KINDS
                            and self.kb.coded_actor(h.actor).acled_name != doer.acled_name
                        ),
                        None,
                    )
                    if loser is not None and loser.actor is not None:  # "… retaken by troops from IS"
                        actor2, actor2_text = self.kb.coded_actor(loser.actor), loser.text
                elif place is not None and place.country:
                    doer = self._nation_actor(place.country.lower(), "Military Forces of")
            draft = _Draft(
                trigger=trigger, date=date, precision=precision, date_end=date_end, date_text=date_text,
                place=place, place_text=place_text, actor1=doer, actor1_text=doer_text, assoc1=assoc1,
                actor2=actor2, actor2_text=actor2_text, modality=modality, figures=[toll],
                evidence=[evidence], confidence=confidence, unresolved=unresolved, filed_only=filed_only,
            )  # fmt: skip
            # a wider place may hold the event referred back to, unless the sentence names several
            # ("raided the protest camps in Nasiriyah and Kut" tells events of their own)
            same = self._same_event(
                drafts,
                draft,
                wider=len(options) == 1 and _refers_back(trigger, sentence),
                summaries=state.summaries,
            )
            told_again = (
                None
                if same is not None
                else (_toll_in_event_told(drafts, draft, sentence) or _strike_stopped_in_part(drafts, draft))
            )
            if told_again is not None:
                # session 14: the toll or the interception of the strike told before adds its evidence
                # and figures only; the interceptors and the dead are not its doer or target
                if evidence not in told_again.evidence:
                    told_again.evidence.append(evidence)
                told_again.figures.append(toll)
            elif same is not None:
                if _unnamed(same.actor1) and not _unnamed(draft.actor1):
                    same.actor1, same.actor1_text = draft.actor1, draft.actor1_text
                if (
                    same.trigger.family in ("protest", "riot")
                    and same.place is not None
                    and draft.place is not None
                    and _holds(same.place, draft.place)
                    # ... unless the killings were told before it and not there: "forces shot dead 25
                    # protesters in Nasiriyah … Protesters regrouped in Habboubi Square"
                    and not (any(f.low for f in same.figures) and not toll.low)
                ):  # the crowd told again at a square of its town: the more precise place
                    same.place, same.place_text = draft.place, draft.place_text
                self._continue(same, trigger, sentence, hits, toll, evidence, state)
            else:
                drafts.append(draft)
            accused = _ACCUSED.search(sentence) if trigger.sub_event_type == "Arrests" else None
            if accused is not None and date is not None:
                place_words = {h.text for h in hits if h.places}
                victim_words = (
                    set(_NAME_WORD.findall(sentence[accused.start() : accused.end() + 80])) - place_words
                )
                if (role := _VICTIM_ROLE.match(sentence, accused.end())) is not None:
                    victim_words.add(
                        f"the {role.group(1)}"
                    )  # "accused of shooting a poet" … "The poet was …"
                if victim_words:  # the victim named in the accusation: the crime is recognised by that name
                    state.accused_arrest, state.accused_names = date, victim_words
            if trigger.family in ("violence", "battle", "riot") or trigger.sub_event_type.startswith(
                "Looting"
            ):
                state.last_doer = draft.actor1
        if other_day is not None and date is not None and precision == "day" and modality == "asserted":
            self._other_day_event(doc, sentence, other_day, date, evidence, drafts, state)
        if date is not None and modality != "planned":
            # twelfth session: a plan's day ("the march will be held on Friday, January 24") is to
            # come; "a day before the announcement" in the next sentence counts from no such day
            state.anchor, state.anchor_confidence = date, confidence

    def _other_day_event(
        self,
        doc: Document,
        sentence: str,
        other_day: re.Match[str],
        date: dt.date,
        evidence: Evidence,
        drafts: list[_Draft],
        state: _State,
    ) -> None:
        """The violent event a clause like "two days after US strikes killed 25" tells, dated from
        the main event ("after" counts back, "before" forward)."""
        clause = re.split(r"[;—–]", sentence[other_day.end() :], maxsplit=1)[0]
        trigger = rules.classify(clause)
        # tenth set (part B): a riot told so too ("… a day after crowds burned the council building")
        if trigger is None or not trigger.happening or trigger.family not in ("violence", "battle", "riot"):
            return
        if rules.modality(clause, trigger) != "asserted":
            return
        words = other_day.group(0).lower().split()
        count = 1 if words[0] == "the" else (int(words[0]) if words[0].isdigit() else _SMALL.get(words[0], 0))
        if words[0] in ("hours", "minutes", "moments"):
            count = 0  # told the same day
        elif count == 0:
            return
        unit = 7 if words[1].startswith("week") else (30 if words[1].startswith("month") else 1)
        if unit == 30:
            return  # "months after": too loose to date a day
        step = dt.timedelta(days=count * unit)
        when = date - step if words[-1] == "after" else date + step
        hits = scan_names(clause, self.kb, state.reference)
        places = self._event_places(hits, clause)
        main = drafts[-1] if drafts and drafts[-1].evidence[-1] == evidence else None
        if (
            not places
            and main is not None
            and main.place is not None
            and (search(_THE_CITY, clause) or _OF_TOWN.search(clause))
        ):
            places = [(main.place, main.place_text or "")]  # "crowds in the city": the main event's city
        at = evidence.start + other_day.end()
        if self._abroad(places, at, at + len(clause), _home(state, drafts)):
            return  # an attack in another country, named as context
        quiet = _State(reference=state.reference, anchor=state.anchor, recent=list(state.recent))
        quiet.roles = [
            r
            for r in resolve_roles(clause, state.reference, state.recent, kind_of=self._kind_of)
            if not any(h.start < r.end and r.start < h.end for h in hits)
        ]
        actor1, actor1_text, assoc1, actor2, actor2_text = self._actors(trigger, clause, hits, quiet)
        trigger = _clash_if_armed_target(trigger, actor2, actor2_text, clause)
        options: list[tuple[Place | None, str | None]] = list(places) or [(None, None)]
        for place, place_text in options:
            draft = _Draft(
                trigger=trigger, date=when, precision="day", date_end=None, date_text=other_day.group(0),
                place=place, place_text=place_text, actor1=actor1, actor1_text=actor1_text, assoc1=assoc1,
                actor2=actor2, actor2_text=actor2_text, modality="asserted", figures=[read_figures(clause)],
                evidence=[evidence], confidence=0.6, context=True,
            )  # fmt: skip
            if self._same_event(drafts, draft) is None:
                drafts.append(draft)

    # parts -----------------------------------------------------------------------------------
    def _claim(self, sentence: str, hits: list[NameHit], drafts: list[_Draft]) -> bool:
        """A claim of responsibility names the doer of the unattributed violent events already told.

        An accusation ("officials blamed Turkey") or a denial names nobody: only the group's own
        claim does.
        """
        m = search(cues.CLAIM, sentence)
        if m is None or search(rules.DENIAL_WORDS, sentence):
            return False
        if _CLAIM_NEGATED.search(sentence[: m.end()]):
            return False  # session 12: "The militia has not said it fired the rockets": no claim
        told = rules.classify(sentence[: m.start()])
        if told is not None and told.happening and told.family in ("violence", "battle"):
            return False  # "A bomb killed 35 people; the Islamic State claimed it": the sentence tells the attack
        # "The group X claimed the attack"; "The ambush was claimed by X": the claimer follows "by".
        side = [
            h
            for h in hits
            if h.actor is not None
            and (
                m.start("own") <= h.start < m.end("own")
                if m.group("own")  # "the Defense Department said American forces carried out …"
                else h.start >= m.end()
                if m.group("passive") or m.group("named")
                else h.start < m.start()
            )
        ]
        claimer = next((h.actor for h in side if h.actor is not None and h.actor.kind != "person"), None)
        if claimer is None:
            claimer = next((h.actor for h in side if h.actor is not None), None)
        if claimer is None:
            return False
        unknown = self.kb.by_acled_name(UNNAMED_GROUP)
        violent = [d for d in drafts if d.trigger.family in ("violence", "battle")]
        targets = violent if search(cues.CLAIM_ALL, sentence) else violent[-1:]
        if len(targets) == 1:
            # twelfth session: "A bomb hit Tikrit. Another struck Samarra. IS claimed the Tikrit bombing.":
            # a claim that names a town names the attack told there, not the last one told
            claimed_at = {
                h.places[0].id
                for h in hits
                if h.places and h.start >= m.start() and h.places[0].kind not in ("country", "governorate")
            }
            there = [d for d in violent if d.place is not None and d.place.id in claimed_at]
            targets = there[-1:] or targets
        for d in targets:
            if d.actor1 is None or d.actor1 is unknown:
                d.actor1, d.actor1_text = self.kb.coded_actor(claimer), None
        return bool(targets)

    def _claimed_in_sentence(self, text: str, new: list[_Draft], state: _State) -> None:
        """gold11 (part A): "In a statement on Monday, Islamic State said one of its fighters had driven
        a car packed with explosives into a crowd in Sadr City": the group that says its own men did
        the deed the sentence tells is that deed's doer (codebook: a group saying its fighter did it)."""
        violent = [d for d in new if d.trigger.family in ("violence", "battle")]
        if not violent or not _OWN_MEN.search(text):
            return  # no group's own men named: nothing to claim (and no case to restore)
        sentence = restore_case(text, self.kb)
        m = search(cues.CLAIM, sentence)
        if (
            m is None
            or m.group("passive")
            or m.group("named")
            or m.group("own")
            or not _OWN_MEN.search(m.group(0))
            or search(rules.DENIAL_WORDS, sentence)
        ):
            return
        claimer = next(
            (
                h.actor
                for h in reversed(scan_names(sentence[: m.start()], self.kb, state.reference))
                if h.actor is not None and h.actor.kind in cues.ARMED_KINDS and h.actor.kind != "unidentified"
            ),
            None,
        )
        if claimer is None:
            return
        unknown = self.kb.by_acled_name(UNNAMED_GROUP)
        for d in violent:
            if d.actor1 is None or d.actor1 is unknown:
                d.actor1, d.actor1_text = self.kb.coded_actor(claimer), None

    def _date_told(self, sentence: str, state: _State) -> None:
        """A day told in a sentence with no event ("The Security Media Cell reported three incidents
        on Saturday.") dates the undated events told after it, as an event's own date would."""
        toll = search(cues.TOLL_WORDS, sentence)
        found = find_dates(sentence, state.reference, state.anchor)
        if state.reference is not None and any(
            d.date is not None and d.precision == "day" and d.date < state.reference - HISTORY_BEFORE
            for d in found
        ):
            # eleventh session: "On 10 February 1258, the caliph surrendered Baghdad": a story telling
            # history, which the next sentence may go on with ("In the days that followed, …")
            state.history_told = True
        days = [
            d
            for d in found
            if d.date is not None
            and d.precision == "day"
            and not d.since
            and not in_dateline(sentence, d.start)
            # "Officials put the dead at 115 on Saturday": the day a toll was told dates nothing
            and not (
                toll is not None
                and (
                    _TOLD_ON.search(sentence[: d.start])
                    or _BY_DAY.match(d.text)
                    or _TOLL_REVISED.search(sentence)
                    or _LATER_CLAUSE.search(sentence, toll.start(), d.start)
                )
            )
        ]
        if len({d.date for d in days}) > 1:
            # tenth set (part A): "Kut is quiet today after yesterday's bombing": the day whose event is
            # named dates the story told next, not the day of the scene
            days = [d for d in days if _DAY_OF_EVENT.match(sentence, d.end)] or days
        if len({d.date for d in days}) == 1:  # "Wednesday 8 January 2020" tells one day
            state.anchor, state.anchor_confidence = days[0].date, 0.5

    def _figures_only(
        self,
        sentence: str,
        drafts: list[_Draft],
        state: _State | None = None,
        hits: list[NameHit] | None = None,
    ) -> None:
        """A toll told in the sentence after a violent event ("Officials said 40 were killed").

        A sentence dated to another day (a timeline's next item) tells another event: its toll
        is not the last event's."""
        if not drafts or not search(cues.TOLL_WORDS, sentence):
            return
        withdrawn = search(_TOLL_WITHDRAWN, sentence)
        revised_to = _REVISED_TO.match(sentence, withdrawn.end()) if withdrawn is not None else None
        if withdrawn is not None and revised_to is None:
            return  # session 14: "the army had earlier put the toll at eight but lowered it": no toll now
        if state is not None and drafts[-1].date is not None:
            toll_at = toll.start() if (toll := search(cues.TOLL_WORDS, sentence)) is not None else 0
            own = [
                d.date
                for d in find_dates(sentence, state.reference, state.anchor)
                if d.date is not None
                and d.precision == "day"
                and not in_dateline(sentence, d.start)
                # "Officials said on Friday the toll had climbed to 84": the day the toll was told
                and not _TOLD_ON.search(sentence[: d.start])
                and not _BY_DAY.match(d.text)
                and not _TOLL_REVISED.search(sentence)
                # gold7: "Three people were killed, the mayor said, and crews were still clearing the
                # road on Wednesday": the day of a later clause
                and not _LATER_CLAUSE.search(sentence, toll_at, d.start)
            ]
            if own and drafts[-1].date not in own:
                return
            if not own and state.anchor is not None and all(d.date != state.anchor for d in drafts):
                return  # "3/ Thursday in Nasiriyah: … Hospitals counted 25 dead": the day told last
        # session 14 review: "initially put the toll at eight but later revised it to 15": the figure told last
        figures = read_figures(
            f"The toll was revised to {revised_to.group('n')}." if revised_to else sentence
        )
        if figures.low is None and figures.injured is None:
            return
        if search(_COUNTRY_TOTAL, sentence) and len({d.place.id for d in drafts if d.place is not None}) > 1:
            return  # gold7: "2 dead, more than 200 injured across the country": no one event's toll
        last = drafts[-1]
        if last.context:
            # "US jets struck …, hours after a drone attack on Erbil …. One fighter was killed in the
            # strike": the toll told next is the main event's, not the one named as its context
            last = next(
                (d for d in reversed(drafts) if not d.context and d.evidence[-1] == last.evidence[-1]), last
            )
        if last.trigger.sub_event_type.startswith("Abduction"):
            # "Gunmen seized a lawyer … . Security forces had killed 100 protesters": an abduction
            # takes no toll from the sentences after it (sixteenth round)
            return
        # gold4: a town overrun is a battle too ("Militants overran Ramadi … . An official put the
        # number killed at about 500"); the kills a force claims after retaking ground are left out
        if last.trigger.family in ("violence", "battle", "protest", "riot") or (
            last.trigger.sub_event_type == "Non-state actor overtakes territory"
        ):
            if merge_figures(last.figures).low is None and figures.low is not None:
                # gold11: one toll told after strikes at several places of one sentence ("US bombers
                # struck sites around Al-Qaim and Akashat. Baghdad says 16 people died.") is given to
                # each, as a toll told in that sentence would be
                for o in drafts:
                    if (
                        o is not last
                        and not o.context  # "…, hours after a drone attack on Erbil …": the context
                        and o.actor1 is last.actor1
                        and o.evidence[0].text == last.evidence[0].text
                        and o.trigger.sub_event_type == last.trigger.sub_event_type
                        and merge_figures(o.figures).low is None
                    ):
                        o.figures.append(figures)
            last.figures.append(figures)
            if last.place is not None and last.place.kind == "country":
                # "… struck sites in Iraq. One fighter was killed in a strike near Hillah": the toll
                # sentence places an event told only by its country
                inside = [
                    (p, t)
                    for p, t in self._event_places(hits or [], sentence)
                    if p.country == last.place.country and p.kind != "country"
                ]
                if len(inside) == 1:
                    last.place, last.place_text = inside[0]
            if (
                last.trigger.family in ("violence", "battle")
                and last.actor2 is None
                and (figures.low or 0) > 0
            ):
                victim = self._armed_victim(sentence, hits or [], last.actor1)
                if victim is not None:
                    last.actor2, last.actor2_text = victim
            if (
                last.actor2 is None
                and last.trigger.family == "violence"
                and _civilian_toll(last.trigger, last.actor1, sentence)
            ):
                # session 12: "Rockets fell on the Green Zone. Several landed in streets nearby, killing
                # a child": people at large counted in the toll told next are the target
                last.actor2 = self.kb.by_acled_name("Civilians (Iraq)")
            if last.trigger.family in ("protest", "riot") and last.actor2 is None and (figures.low or 0) > 0:
                force = self._state_force(sentence)
                if force is not None:
                    last.actor2, last.actor2_text = force
            if (
                last.trigger.family == "protest"
                and (figures.low or 0) > 0
                and last.trigger.sub_event_type != "Excessive force against protesters"
                and any(rules.STATE_FORCE_WORDS.search(e.text) for e in last.evidence)
            ):
                last.trigger = replace(last.trigger, sub_event_type="Excessive force against protesters")

    def _toll_of_crowd(
        self,
        doc: Document,
        start: int,
        sentence: str,
        trigger: rules.Trigger,
        places: list[tuple[Place, str]],
        when: DateMatch | None,
        figures: Figures,
        evidence: Evidence,
        drafts: list[_Draft],
    ) -> bool:
        """gold7: "Riot police answered with tear gas, then live rounds. One young man was shot dead
        in Tahrir Square": a killing told with no doer right after a force met the crowd, at its place,
        is that crowd's toll (docs/codebook.md, "The force's acts in the next sentence belong to the
        crowd just told"): the protest becomes excessive force, and no attack is coded. A toll told
        right after a riot is the riot's ("… shots rang out. Two young men were killed by gunfire")."""
        if trigger.family != "violence" or trigger.sub_event_type != "Attack" or not drafts:
            return False
        last = drafts[-1]
        if last.trigger.family == "protest" and (
            last.trigger.sub_event_type == "Peaceful protest"
            or last.actor2 is None
            or last.actor2.kind != "state force"
        ):
            return False
        if last.trigger.family not in ("protest", "riot"):
            return False  # a riot takes the toll told after it too ("… and shots rang out. Four men were killed")
        told = last.evidence[-1]
        if doc.text[told.end : start].strip() or (figures.low or 0) == 0:
            return False  # only the sentence right after the crowd met the force, with its dead
        if when is not None and when.date is not None and when.date != last.date:
            return False
        if any(last.place is None or p.id != last.place.id for p, _ in places):
            return False
        if search(_ATTACKERS_NAMED, sentence) or search(rules.ARMED_ATTACKERS, sentence):
            return False  # "Gunmen then shot dead a protester": armed men's own attack
        if search(_COUNTRY_TOTAL, sentence) and len({d.place.id for d in drafts if d.place is not None}) > 1:
            return True  # "2 dead across the country" after crowds in two cities: no one crowd's toll
        if last.trigger.family == "protest":
            last.trigger = replace(last.trigger, sub_event_type="Excessive force against protesters")
        last.figures.append(figures)
        if evidence not in last.evidence:
            last.evidence.append(evidence)
        return True

    def _own_dead(self, sentence: str, hits: list[NameHit], drafts: list[_Draft]) -> None:
        """gold4: "The PMF said several of their members were among the dead": an armed party that
        counts its own among the dead of the strike just told is the side struck (actor2), over
        civilians coded for want of a name."""
        if not drafts or (m := search(_OWN_DEAD, sentence)) is None:
            return
        last = drafts[-1]
        if last.trigger.family not in ("violence", "battle") or (
            last.actor2 is not None and last.actor2.kind != "civilians"
        ):
            return
        for h in hits:
            if h.actor is None or h.end > m.start() or (h.places and h.locative):
                continue
            coded = self.kb.coded_actor(h.actor)
            if coded.kind in cues.ARMED_KINDS and coded.kind != "unidentified" and coded is not last.actor1:
                last.actor2, last.actor2_text = coded, h.text
                return

    def _armed_victim(
        self, sentence: str, hits: list[NameHit], doer: Actor | None
    ) -> tuple[Actor, str] | None:
        """The armed party a toll sentence names among the dead ("The strike killed Khalil Barakat, a
        commander of the Sinjar Resistance Units"): the other side of the event just told. A
        source ("…, the PMF said") is not."""
        for h in hits:
            if h.actor is None or (h.places and h.locative):
                continue
            coded = self.kb.coded_actor(h.actor)
            if coded.kind not in cues.ARMED_KINDS or coded.kind == "unidentified":
                continue
            if doer is not None and coded.acled_name == doer.acled_name:
                continue
            if cues.SPEAKER_AFTER.match(sentence[h.end :]) or re.search(
                r"\bstatement\b", sentence[h.end : h.end + 12]
            ):
                continue
            return coded, h.text
        return None

    def _turned_violent(self, sentence: str, drafts: list[_Draft]) -> None:
        """A demonstration told in one sentence and shown violent in the next ("Some of them threw
        stones", "Scuffles broke out"): the crowd's own violence makes it a riot (docs/codebook.md,
        "Rules added with the fifth round")."""
        if not drafts or not search(rules.CROWD_VIOLENCE, sentence):
            return
        told = drafts[-1].evidence[-1]
        for d in drafts:
            if d.evidence[-1] == told and d.trigger.family == "protest":
                self._make_riot(d)

    def _make_riot(self, d: _Draft) -> None:
        d.trigger = replace(d.trigger, family="riot", event_type="Riots", sub_event_type="Violent demonstration",
                            plover_type="PROTEST", plover_mode="riot")  # fmt: skip
        if d.actor1 is not None and d.actor1.acled_name.startswith("Protesters"):
            rioters = self.kb.by_acled_name(d.actor1.acled_name.replace("Protesters", "Rioters", 1))
            if rioters is not None:
                d.actor1 = rioters

    def _intervention(self, sentence: str, hits: list[NameHit], drafts: list[_Draft]) -> None:
        """ "Riot police later dispersed the crowd": the force that intervenes in the protest or riot
        just told is its actor2 (docs/codebook.md, "Protests")."""
        if not drafts or not search(cues.INTERVENES, sentence):
            return
        told = drafts[-1].evidence[-1]  # the crowd told in the sentence before, even beside another event
        last = next(
            (
                d
                for d in reversed(drafts)
                if d.evidence[-1] == told and d.trigger.family in ("protest", "riot")
            ),
            None,
        )
        if last is None or last.actor2 is not None:
            return
        if last.trigger.sub_event_type == "Peaceful protest":
            return
        found: list[tuple[int, Actor, str]] = []
        for h in hits:
            if h.actor is not None and not (h.places and h.locative):
                coded = self.kb.coded_actor(h.actor)
                if coded.kind in _INTERVENING_KINDS:
                    found.append((h.start, coded, h.text))
        for pattern, acled_name, kind, _inter in cues.DESCRIPTORS:
            m = search(pattern, sentence)
            actor = self.kb.by_acled_name(acled_name) if m and kind == "state force" else None
            if m and actor is not None:
                found.append((m.start(), actor, m.group(0)))
        for m in cues.FOREIGN_FORCE.finditer(sentence):
            if m.group("adj") == "Iraq" and cues.REGION_BEFORE.search(
                sentence[max(0, m.start() - 30) : m.start()]
            ):
                continue
            if m.group("adj"):
                actor = self.kb.by_acled_name(
                    cues.FOREIGN_FORCE_NAMES[m.group("adj").lower().replace(".", "")]
                )
                if actor is not None:
                    found.append((m.start(), actor, m.group(0)))
        if found:
            _, last.actor2, last.actor2_text = min(found, key=lambda f: f[0])

    def _abroad(self, places: list[tuple[Place, str]], start: int, end: int, home: frozenset[str]) -> bool:
        """Whether a clause names its event's place only outside the story's countries (``home``,
        from its dateline or the events told): a foreign place the gazetteer knows, or a place
        name it does not know (spaCy's) with no home place beside it."""
        if not home or any(p.country in home for p, _ in places):
            return False
        if places:
            return True
        return any(u.label in ("GPE", "LOC") and start <= u.start < end for u in self._unknown)

    def _localised(self, actor: Actor | None, text: str | None, place: Place | None) -> Actor | None:
        """A description names the generic actor of the country where the event took place:
        "gunmen killed nine border guards in Iran's Sistan province" gives Unidentified Armed Group
        (Iran) and Police Forces of Iran, not Iraq's. A name ("Iraqi troops", "the Federal Police")
        keeps its actor, and so does a country with no generic actors in the knowledge base."""
        if (
            actor is None
            or place is None
            or place.country in (None, _COVERED_COUNTRY)
            or actor.acled_name != actor.name
            or actor.country != _COVERED_COUNTRY
        ):
            return actor
        if text:
            described = not _NAMES_IRAQ.search(text) and any(
                pattern.fullmatch(text.strip()) for pattern, *_ in cues.DESCRIPTORS
            )
        else:  # an attack with no perpetrator named: the unidentified armed group of the place
            described = actor.acled_name == UNNAMED_GROUP
        if not described:
            return actor
        return self.kb.by_acled_name(actor.acled_name.replace(_COVERED_COUNTRY, place.country)) or actor

    def _airport_of(self, place: Place, text: str) -> tuple[Place, str]:
        if place.kind not in ("city", "town"):
            return place, text
        for name in (f"{place.name} International Airport", f"{place.name} Airport"):
            airport = self.kb.find_place(name, fuzzy=False)
            if airport is not None and airport.admin1 == place.admin1:
                return airport, text
        return place, text

    def _state_force(self, sentence: str) -> tuple[Actor, str] | None:
        """The first state force a sentence names (by a known name or a description)."""
        found: list[tuple[int, Actor, str]] = []
        for h in scan_names(sentence, self.kb):
            if h.actor is not None:
                coded = self.kb.coded_actor(h.actor)
                if coded.kind == "state force":
                    found.append((h.start, coded, h.text))
        for pattern, acled_name, kind, _inter in cues.DESCRIPTORS:
            m = search(pattern, sentence)
            actor = self.kb.by_acled_name(acled_name) if m and kind == "state force" else None
            if m and actor is not None:
                found.append((m.start(), actor, m.group(0)))
        return min(found, key=lambda f: f[0])[1:] if found else None

    def _remember_people(self, hits: list[NameHit], state: _State) -> None:
        """Who the story has named so far, for "he" and "the cleric" in later sentences."""
        mentioned: list[tuple[int, Actor | None]] = [(h.start, h.actor) for h in hits if h.actor is not None]
        mentioned += [(r.start, self.kb.actor(r.actor_id)) for r in state.roles]
        state.person_before = state.last_person
        for _, actor in sorted(mentioned, key=lambda m: m[0]):
            if actor is None:
                continue
            state.recent.append(actor.id)
            if actor.kind == "person":
                state.last_person = actor

    def _event_places(self, hits: list[NameHit], sentence: str = "") -> list[tuple[Place, str]]:
        """The places where the event happened: named after a locative word, the most precise.

        Precise places in different governorates, each named as where the event struck ("at the
        Ain al-Asad base and at a base near Erbil"), are separate events, whatever their rank.
        """
        at = {h.text: h.start for h in hits}
        ends = {h.end: h.start for h in hits if h.places}
        hits = _places_told(hits, sentence)
        named = [
            (_label_reading(h, sentence), h.text)
            for h in hits
            if h.places
            and (
                h.locative
                or h.actor is None
                # "rockets hit the US embassy compound": a site struck is where the event was, even
                # when its name also names an actor
                or (
                    h.places[0].kind == "site"
                    and _SITE_STRUCK.search(sentence[max(0, h.start - 20) : h.start])
                )
            )
            # "chanting against Tehran's influence": a possessive that is no address names no place
            and not (sentence and not h.locative and sentence[h.end : h.end + 2] in ("'s", "’s"))
            # "in the zone of Ankara's Claw-Lock operation": a state's capital as the owner of its
            # operation or forces names that state, not a place of the event
            and not (
                h.places[0].country != _COVERED_COUNTRY
                and sentence[h.end : h.end + 2] in ("'s", "’s")
                and _STATE_THING_AFTER.match(sentence, h.end + 2)
            )
            # gold7: "to clear the Mohammed al-Qasim expressway": a road or a building named after a
            # person holds a town's name as part of that person's
            and not (
                _GIVEN_NAME_BEFORE.search(sentence, max(0, h.start - 30), h.start)
                and _NAMED_SITE_AFTER.match(sentence, h.end)
            )
            # "crossed from Syria into the Kurdistan Region": where a move set out from, not where it went
            and not (
                _FROM_BEFORE.search(sentence, max(0, h.start - 6), h.start)
                and _INTO_AFTER.match(sentence, h.end)
            )
            # "Turkey says its air force killed 13": a state that speaks is a source, not a place
            # ("Iran condemns the attack" likewise)
            and not (
                not h.locative
                and h.places[0].kind == "country"
                and (
                    _SPEAKS_AFTER.match(sentence, h.end)
                    or _ACTS_AFTER.match(sentence, h.end)
                    or _JUDGES_AFTER.match(sentence, h.end)
                )
            )
            and not (h.places[0].kind == "country" and _NATIONALS_AFTER.match(sentence, h.end))
            # gold6: "the governments of Iraq and the United States announced …": states as the parties
            and not (
                h.places[0].kind == "country"
                and _GOVERNMENTS_OF.search(sentence, max(0, h.start - 60), h.start)
            )
        ]
        if not named:
            return []
        # gold4: "1/ Sinjar: heavy firefights … in and around Sinuni": a town set as the item's label
        # names the district it is about; a town of that district named with a locative word is where
        labels = {
            h.text: h.places[0]
            for h in hits
            if h.places
            and not h.locative
            and re.match(r"\s*:", sentence[h.end :])
            and re.fullmatch(r"\W*(?:\d+\s*/\s*)?", sentence[: h.start])
        }
        if labels:
            told_in = [h.places[0] for h in hits if h.places and h.locative and h.text not in labels]
            named = [
                (p, t)
                for p, t in named
                if not (
                    t in labels
                    and any(q.id != p.id and q.admin1 == p.admin1 and q.admin2 == p.admin2 for q in told_in)
                )
            ] or named
        # A governorate named outright ("…, Nineveh province") rules out same-name places elsewhere.
        # Only a name with a reading in that governorate is read there; a name with none ("a base
        # in Erbil" beside "Ain al-Asad Air Base in Anbar") is a place of its own.
        governorates = {p.admin1 for p, _ in named if p.kind == "governorate"}
        if governorates:
            readings = {h.text: h.places for h in hits if h.places}
            named = [
                (
                    p
                    if p.kind == "governorate"
                    else next((q for q in readings.get(t, (p,)) if q.admin1 in governorates), p),
                    t,
                )
                for p, t in named
                if p.country != "Iraq"
                or p.admin1 in governorates
                or (
                    not any(q.admin1 in governorates for q in readings.get(t, (p,)))
                    and _struck_at(sentence, at.get(t, 0), ends)
                )
            ] or named
        # tenth set (part B): "a village called al-Rashad, near Muqdadiya": a name read in another
        # governorate than the town it is told near is a namesake; the town places the event
        named = [
            (p, t)
            for p, t in named
            if not any(
                q.admin1 != p.admin1
                and q.country == p.country
                and _told_near(sentence, at.get(t), t, at.get(u))
                for q, u in named
            )
        ] or named
        kept = [(p, t) for p, t in named if not any(_contains(p, q) for q, _ in named if q.id != p.id)]
        # "near the US embassy in Baghdad's Green Zone": a site told as inside another is one place
        kept = [
            (p, t)
            for p, t in kept
            if not any(
                q.id != p.id
                and q.admin1 == p.admin1
                and (
                    _told_inside(sentence, at.get(u), u, at.get(t))
                    or _owner_of(sentence, at.get(t), t, at.get(u))
                    # gold6: "Camp Victory, the logistics site next to Baghdad airport": a place in the
                    # phrase that describes the one before it
                    or _described_by(sentence, u, t)
                )
                for q, u in kept
            )
        ] or kept
        best = max(p.specificity for p, _ in kept)
        seen: set[str] = set()
        out = []
        for p, t in kept:
            if p.specificity == best and p.id not in seen:
                seen.add(p.id)
                out.append((p, t))
        regions = {p.admin1 for p, _ in out}
        for p, t in kept:
            if (
                p.id not in seen
                and p.country == "Iraq"
                and p.specificity >= 3
                and p.admin1 not in regions
                and _struck_at(sentence, at.get(t, 0), ends)
            ):
                seen.add(p.id)
                regions.add(p.admin1)
                out.append((p, t))
        return out

    def _town_of_district(self, place: Place, text: str, sentence: str) -> tuple[Place, str]:
        """Ninth session: a district named and then spoken of as "the town" (*"In Amadiya district,
        Turkish artillery shelled farmland outside the town"*, *"sent to Rifai district …, where the
        town's markets were shut"*) is the town that gives the district its name."""
        after = sentence.find(text) + len(text) if text else -1
        town_word = _THE_TOWN.search(sentence, after) if place.kind == "district" and after > 0 else None
        if town_word is None or re.search(r",\s+(?:and|but|while)\s+|;", sentence[after : town_word.start()]):
            return place, text  # "…, and residents saw tanks on the road into the town": another clause
        base = re.sub(r"\s+District$", "", place.name)
        town = self.kb.find_place(base, fuzzy=False)
        if town is None or town.kind not in ("city", "town") or town.admin1 != place.admin1:
            return place, text
        return town, text

    def _date(
        self, when: DateMatch | None, state: _State
    ) -> tuple[dt.date | None, DatePrecision | None, dt.date | None, str | None, float]:
        if when is not None:
            return when.date, when.precision, when.date_end, when.text, 0.8
        if state.anchor is not None:
            # Dated from the event told before it: never surer than that event's own date.
            return state.anchor, "day", None, None, min(0.6, state.anchor_confidence)
        if state.reference is not None:
            # No date in the text: coded on the story's day, with week precision (it happened on
            # that day or in the days before it).
            return state.reference, "week", None, None, 0.4
        return None, None, None, None, 0.3

    def _actors(
        self, trigger: rules.Trigger, sentence: str, hits: list[NameHit], state: _State
    ) -> tuple[Actor | None, str | None, list[Actor], Actor | None, str | None]:
        kb = self.kb
        causes = list(_REPRISAL_FOR.finditer(sentence, 0, trigger.start))
        cause = causes[-1] if causes else None
        if cause is not None and not re.search(r"[;—–]", sentence[cause.end() : trigger.start]):
            # session 12: "The ministry called the raids a response to a missile that hit the base":
            # the attack avenged is told after the avenger, who is not its doer
            hits = [h for h in hits if h.start >= cause.end()]
        named: list[tuple[int, Actor, str]] = []
        for h in hits:
            if h.actor is not None and not (h.places and h.locative):
                owner = _POSSESSOR_OF_GROUP.match(sentence[h.end :]) if h.actor.kind == "person" else None
                if owner is not None and any(
                    h.end < g.start <= h.end + owner.end()
                    and g.actor is not None
                    and kb.coded_actor(g.actor).kind in ("armed group", "militia")
                    for g in hits
                ):
                    continue  # "fighters of Moqtada al-Sadr's newly formed Peace Brigades": the group acts
                if kb.coded_actor(h.actor).kind == "unidentified" and (
                    _group_before(named, h.start, sentence)
                    or _LOYAL_AFTER.match(sentence, h.end)
                    # gold7: "gunmen of the Islamic State group": the group's own men
                    or _group_after(
                        [(g.start, kb.coded_actor(g.actor), g.text) for g in hits if g.actor is not None],
                        h.end,
                        sentence,
                    )
                ):
                    continue
                if _disguised(sentence, h.start, h.end):
                    continue  # "gunmen wearing Iraqi army uniforms": a disguise, not the army
                wing = self._armed_wing(h.actor, sentence, h.end, state.reference)
                men = _LOYAL_TO.search(sentence[max(0, h.start - 60) : h.start])
                if men is not None and kb.coded_actor(h.actor).kind in _OWNER_KINDS:
                    # "gunmen loyal to Kataib Hezbollah": the group's own men, where the men stand;
                    # ninth session: armed men loyal to a party's leader are its armed wing of the day
                    # ("armed men loyal to Moqtada al-Sadr paraded" in 2014 → Saraya al-Salam)
                    if wing is None and _ARMED_LOYAL.search(men.group(0)):
                        wing = self._armed_wing(
                            kb.coded_actor(h.actor), sentence, h.end, state.reference, loyal=True
                        )
                    at = max(0, h.start - 60) + men.start()
                    named.append((at, wing or h.actor, sentence[at : h.end]))
                    continue
                named.append((h.start, wing or h.actor, h.text))
        for pattern, acled_name, _kind, _inter in cues.DESCRIPTORS:
            for m in pattern.finditer(sentence):
                if any(s <= m.start() < s + len(t) for s, _, t in named):
                    continue
                if _group_before(named, m.start(), sentence):
                    continue  # "Saraya al-Salam gunmen": the group's own men, not a second actor
                if _group_before(named, m.start(), sentence, kinds=_FORCE_KINDS):
                    continue  # gold7: "Asayish security forces detained …": the named force's own men
                if _group_after(named, m.end(), sentence):
                    continue  # gold7: "troops of the US-led coalition": the named force's own men
                if cues.DISGUISE_AFTER.match(sentence[m.end() : m.end() + 60]) or _disguised(
                    sentence, m.start(), m.end()
                ):
                    # "men wearing police uniforms", "dressed in the uniforms of the army": a disguise
                    continue
                if acled_name == "Protesters (Iraq)" and _MOVEMENT_ROLE.search(
                    sentence[max(0, m.start() - 60) : m.start()]
                ):
                    continue  # gold4: "a leading organiser of the city's protest movement": a person's role
                if (
                    acled_name == "Protesters (Iraq)"
                    and trigger.family == "violence"
                    and m.group(0).lower() == "activists"
                ):
                    # eighth session: "gunmen fired on a car carrying activists": activists attacked away
                    # from a protest are civilians, as a single activist is
                    acled_name = "Civilians (Iraq)"
                speaker = _FOREIGN_SPEAKER.search(sentence[max(0, m.start() - 40) : m.start()]) or (
                    # "Turkey deployed about 150 soldiers to a camp": the sending state's own troops
                    _FOREIGN_SENDER.search(sentence[max(0, m.start() - 60) : m.start()])
                )
                if acled_name == _IRAQI_MILITARY and speaker is not None:
                    # "Turkey says troops advanced": the speaking state's own troops
                    state_word = speaker.groupdict().get("state_adj") or speaker.group("state")
                    acled_name = cues.FOREIGN_FORCE_NAMES[state_word.lower().replace(".", "")]
                actor = kb.by_acled_name(acled_name)
                if actor is not None:
                    named.append((m.start(), actor, m.group(0)))
        us_forces = kb.by_acled_name("Military Forces of the United States")
        if us_forces is not None and state.reference is not None and 2003 <= state.reference.year <= 2011:
            # ninth set (part A): in the occupation years "14 Marines" with no flag are American
            for m in _BARE_MARINES.finditer(sentence):
                if not any(pos <= m.start() < pos + len(t) for pos, _, t in named):
                    named.append((m.start(), us_forces, m.group(0)))
        government = kb.by_acled_name("Government of Iraq")
        for m in cues.IRAQI_OFFICE.finditer(sentence):
            if (
                government is None
                or cues.OFFICE_NOT_OURS.search(sentence[max(0, m.start() - 30) : m.start()])
                or cues.HOLDINGS_OF.search(sentence[max(0, m.start() - 30) : m.start()])
                or any(m.start() <= pos < m.end() or pos <= m.start() < pos + len(t) for pos, _, t in named)
            ):
                continue  # another country's minister, a former one, or a person the KB knows by name
            named.append((m.start(), government, m.group(0)))
        if government is not None and trigger.sub_event_type == "Other" and trigger.family == "strategic":
            for m in _GOVERNMENT_WORDS.finditer(sentence):
                if not (
                    m.start() >= trigger.start
                    or cues.OFFICE_NOT_OURS.search(sentence[max(0, m.start() - 30) : m.start()])
                    or any(
                        m.start() <= pos < m.end() or pos <= m.start() < pos + len(t) for pos, _, t in named
                    )
                ):
                    krg = kb.by_acled_name("Kurdistan Regional Government")
                    if _KURDISTAN_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()]):
                        if krg is not None:  # session 14 review: "Erbil authorities banned protests"
                            named.append((m.start(), krg, m.group(0)))
                        continue
                    named.append((m.start(), government, m.group(0)))
        pmf = kb.by_acled_name("Popular Mobilization Forces")
        joined: list[Actor] = []
        if pmf is not None and state.reference is not None and state.reference >= cues.SHIA_MILITIA_FROM:
            for m in cues.SHIA_MILITIA.finditer(sentence):
                if cues.FORCE_AND.search(sentence[max(0, m.start() - 40) : m.start()]):
                    joined.append(pmf)  # "Iraqi troops and Shiite militiamen pushed into Tikrit": allies
                elif not any(
                    m.start() <= pos < m.end() or pos <= m.start() < pos + len(t) for pos, _, t in named
                ):
                    named.append((m.start(), pmf, m.group(0)))  # "IS executes Shi'ite militia fighters"
        council = kb.by_acled_name("Council of Representatives of Iraq")
        for m in cues.PARLIAMENT.finditer(sentence):
            # "Parliament voted to ask the government to end the presence of foreign troops": the
            # legislature acts, not the troops its vote is about
            if (
                council is not None
                and trigger.family == "strategic"  # a legislature votes and decides; it fires nothing
                and m.start() < trigger.start  # "… resigned after parliament accepted his letter"
                and not cues.PARLIAMENT_NOT_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()])
                and not any(
                    m.start() <= pos < m.end() or pos <= m.start() < pos + len(t) for pos, _, t in named
                )
            ):
                named.append((m.start(), council, m.group(0)))
        for role in state.roles:
            actor = kb.actor(role.actor_id)
            if actor is not None and not any(pos <= role.start < pos + len(t) for pos, _, t in named):
                named.append((role.start, actor, role.text))
        for m in cues.PRONOUN.finditer(sentence[: trigger.start]):
            # "PM Abdul-Mahdi says he will resign, hours after Sistani's sermon …": "he" is the person
            # named before it in the sentence, or else the one named last before the sentence.
            person = next(
                (
                    a
                    for pos, a, _ in sorted(named, key=lambda x: -x[0])
                    if pos < m.start() and a.kind == "person"
                ),
                state.person_before if any(a.kind == "person" for _, a, _ in named) else state.last_person,
            )
            if person is not None and not any(pos == m.start() for pos, _, _ in named):
                named.append((m.start(), person, m.group(0)))
        if trigger.family in ("violence", "battle", "strategic"):
            for m in cues.FOREIGN_FORCE.finditer(sentence):
                if (
                    trigger.family == "strategic"
                    and (m.start() > trigger.start or not m.group("adj"))
                    and not (
                        # eighth session: "a convoy of 100 American armoured vehicles crossed into …":
                        # the force told inside the subject of the move
                        m.group("adj")
                        and trigger.start <= m.start() < trigger.end
                        and _MOVE_VERB.search(sentence, m.end(), trigger.end)
                    )
                ):
                    continue  # "American combat units completed their pullback": a force as the subject
                who = m.group("adj") or m.group("name")
                if m.group("name") and cues.REGION_BEFORE.search(
                    sentence[max(0, m.start() - 30) : m.start()]
                ):
                    # "rockets fired from Iran": a place; eleventh session: so is the state named with a
                    # side of it ("PKK fighters killed in southeastern Turkey by air strikes")
                    continue
                if who == "Iraq" and cues.REGION_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()]):
                    continue  # "killed in northern Iraq air strikes": the country is where
                if _disguised(sentence, m.start(), m.end()):
                    continue  # "gunmen disguised as Iraqi soldiers"
                if m.group("name") and _CIVILIANS_OF_AFTER.match(sentence, m.end()):
                    continue  # "an attack on Iran pilgrims": the state's people, not its forces
                if m.group("name") and _JUDGES_AFTER.match(sentence, m.end()):
                    continue  # "Iran condemns the attack on its pilgrims": a voice, not a party
                actor = kb.by_acled_name(cues.FOREIGN_FORCE_NAMES[who.lower().replace(".", "")])
                if actor is not None and not any(pos <= m.start() < pos + len(t) for pos, _, t in named):
                    # eleventh session: "US combat troops pulled out": the troops the foreign word
                    # qualifies are that state's, not a second, Iraqi force
                    noun = next(
                        (x for x in named if x[0] == m.end() and x[1].acled_name == _IRAQI_MILITARY), None
                    )
                    if noun is not None:
                        named.remove(noun)
                    end = noun[0] + len(noun[2]) if noun is not None else m.end()
                    named.append((m.start(), actor, sentence[m.start() : end]))
        # "Iraq retakes an oil town from jihadists": ground taken is fought over like any battle;
        # ninth session: "jihadists blow up a shrine": property destroyed by armed men too
        if trigger.family in ("violence", "battle", "territory") or trigger.sub_event_type.startswith(
            "Looting"
        ):
            for m in cues.MISSION.finditer(sentence):
                # "a roadside bomb hit a British embassy vehicle": the embassy's government is struck
                mission = self._nation_actor(cues.MISSION_NATION[m.group("adj").lower()], "Government of")
                if (
                    mission is not None
                    and cues.MISSION_STRUCK_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()])
                    and not any(pos <= m.start() < pos + len(t) for pos, _, t in named)
                ):
                    named.append((m.start(), mission, m.group(0)))
            for m in cues.GROUP_HELD.finditer(sentence):
                # "Iraqi troops storm an IS-held village": the group holding the place is attacked
                holder = self._jihadists(m.group("who"), state.reference)
                if holder is not None and not any(
                    pos <= m.start() < pos + len(t) or m.start() <= pos < m.end() for pos, _, t in named
                ):
                    named.append((m.start(), holder, m.group(0)))
            self._rebels_by_context(sentence, hits, named, state)
        # A name on a header line above the event word ("Statement of the Security Media Cell") is
        # the source's, not a party's.
        named = [x for x in named if "\n" not in sentence[x[0] : trigger.start]]
        told = sorted(named, key=lambda x: x[0])  # before the filters: captors told "months after"
        # Names told in a clause about an event on another day ("… two days after the cleric
        # urged …") take no part in this one.
        if may_match(_OTHER_DAY, sentence):
            named = [
                x
                for x in named
                if not (x[0] > trigger.end and _OTHER_DAY.search(sentence[trigger.end : x[0]]))
            ]
        # eighth session: "the US-led coalition against the Islamic State": the foe in a force's
        # description is part of its name, not a party
        named = [
            x
            for x in named
            if not any(
                pos < x[0]
                and re.search(r"\b(?:coalition|alliance)$", t, re.I)
                and _AGAINST_GAP.fullmatch(sentence, pos + len(t), x[0])
                for pos, _, t in named
            )
        ]
        named = [
            x
            for x in named
            if not cues.ACCUSED_OF.search(sentence[max(0, x[0] - 90) : x[0]])
            # "resigned in protest at the killing of demonstrators": the victims of an earlier deed
            and not (
                trigger.family == "strategic"
                and cues.EARLIER_VICTIM.search(sentence[max(0, x[0] - 50) : x[0]])
            )
            and not (x[0] > trigger.end and cues.DEMAND_ADDRESSEE.search(sentence[max(0, x[0] - 30) : x[0]]))
        ]
        if trigger.family in ("violence", "battle", "territory"):
            # "police said they had found the bodies of 20 men": the finder took no part
            named = [x for x in named if not cues.FOUND_DEAD_AFTER.match(sentence[x[0] + len(x[2]) :])]
            # "…; Baghdad blamed Turkey": an accusation names nobody (docs/codebook.md, "Actors")
            named = [
                x for x in named if not cues.ACCUSATION_BEFORE.search(sentence[max(0, x[0] - 20) : x[0]])
            ]
        if trigger.family in ("strategic", "violence", "battle"):
            # gold12 (part B): a strike's closing source too ("… was killed in an air strike in Anbar,
            # the prime minister announced on Friday")
            # "…, Prime Minister Mustafa al-Kadhimi announced on Friday.": the source of the news
            named = [
                x
                for x in named
                if not (
                    x[0] > trigger.end
                    and cues.CLOSING_SOURCE_BEFORE.search(sentence[max(0, x[0] - 40) : x[0]])
                    and cues.CLOSING_SOURCE_AFTER.match(sentence[x[0] + len(x[2]) :])
                )
            ]
        if trigger.family != "strategic":
            # "…, the coalition said": who reports a violent event or a protest takes no part in it.
            named = [
                x
                for x in named
                if (
                    not cues.SPEAKER_AFTER.match(_past_source_place(sentence, _abbreviation_end(sentence, x)))
                    or cues.SELF_REPORT.match(sentence[_abbreviation_end(sentence, x) :])
                )
                and not (
                    cues.EARLIER_VICTIM.search(sentence[max(0, x[0] - 50) : x[0]])
                    # ninth session: "reports the killing of 40 IS fighters": the event word's own
                    # victims, not those of an earlier deed
                    and not trigger.start <= x[0] < trigger.end
                )
                and not cues.ACCORDING_TO.search(sentence[max(0, x[0] - 60) : x[0]])
                and not (
                    cues.in_headline_source(sentence, x[0]) and not cues.headline_self_report(sentence, x[0])
                )
                # ninth session: "… in northern Iraq - army": a name read across the dash into the
                # source ("Iraq - army") is the source too
                and not (
                    cues.in_headline_source(sentence, x[0] + len(x[2]) - 1)
                    and not cues.in_headline_source(sentence, x[0])
                    and re.search(r"\s[-–—]\s", x[2]) is not None
                    and not cues.headline_self_report(sentence, x[0] + len(x[2]) - 1)
                )
                and not (
                    cues.SPOKES_OFFICE.search(x[2])
                    and cues.OFFICE_SPEAKS.match(sentence[x[0] + len(x[2]) :])
                    and not cues.SELF_REPORT.match(sentence[x[0] + len(x[2]) :])
                )
                and not (
                    cues.ARRIVED_LATER.search(sentence[max(0, x[0] - 12) : x[0]])
                    and cues.ARRIVED.match(sentence[x[0] + len(x[2]) :])
                )
            ]
        # ninth session: "Militiamen looted shops after the army withdrew": a force told leaving, in a
        # clause that only dates the event, takes no part in it
        named = [
            x
            for x in named
            if not (
                x[0] > trigger.end
                and x[1].kind in cues.ARMED_KINDS
                and cues.LEFT_AFTER.search(sentence[max(0, x[0] - 16) : x[0]])
                and cues.LEFT.match(sentence[x[0] + len(x[2]) :])
            )
        ]
        named.sort(key=lambda x: x[0])
        # A person acts for the office they held on the story's day; out of office, for their party
        # ("a candidate on Ayad Allawi's list" in 2018 is no act of the government).
        coded = [
            (pos, office, a, text)
            for pos, a, text in named
            if (office := kb.office_held(a, state.reference)) is not None
            # tenth set (part A): "gunmen, some of them policemen according to officials, …": a hedged
            # word on who some of the men were names no side
            and not _SOME_OF_THEM.search(sentence, max(0, pos - 40), pos)
        ]

        if trigger.family in ("protest", "riot"):
            crowd = kb.by_acled_name("Rioters (Iraq)" if trigger.family == "riot" else "Protesters (Iraq)")
            # The force that intervenes is armed: a government or minister named in a protest is what
            # the crowd protests against ("against the nomination of …"), not who dispersed it.
            # "supporters of the PMF stormed …": the crowd's backer is its associated actor, never
            # the force it faced.
            backers = {
                pos
                for pos, _, _, text in coded
                if cues.FOLLOWERS.search(sentence[max(0, pos - 30) : pos])
                or cues.FOLLOWERS_AFTER.match(sentence[pos + len(text) :])
            }
            # "the camp was attacked by followers of X": the named attackers are the force.
            attackers = {
                pos for pos, _, _, _ in coded if cues.ATTACKED_BY.search(sentence[max(0, pos - 90) : pos])
            }
            force = next(
                (
                    c
                    for pos, c, _, _ in coded
                    if c.kind in _INTERVENING_KINDS and pos not in backers - attackers
                ),
                None,
            )
            if force is None:
                force = next((c for pos, c, _, _ in coded if pos in attackers and c is not crowd), None)
            if force is None and trigger.sub_event_type == "Excessive force against protesters":
                # no state force named: the armed men who fired on the crowd
                force = next(
                    (c for _, c, _, _ in coded if c.kind in cues.ARMED_KINDS and c.inter in (2, 3, 4)), None
                )
            fired = search(rules.FIRED_ON_CROWD, sentence)
            if (
                force is None
                and fired is not None
                and trigger.sub_event_type == "Excessive force against protesters"
            ):
                # "groups of Sadrists … opened fire on the protesters": whoever fired on the crowd is the
                # force, a rival movement too, or armed men no name is given for ("masked men in black")
                force = next(
                    (
                        c
                        for pos, c, _, _ in coded
                        if pos < fired.start() and c is not crowd and c.kind not in cues.STATE_KINDS
                    ),
                    None,
                )
                if (
                    force is None
                    and rules.ARMED_ATTACKERS.search(sentence[: fired.start()])
                    and crowd is not None
                ):
                    force = kb.by_acled_name(
                        crowd.acled_name.replace("Protesters", "Unidentified Armed Group", 1)
                    )
            if force is None and (guards := search(cues.MISSION_GUARDS, sentence)) is not None:
                # "… stormed the US embassy compound; marines fired tear gas": a mission's guards are
                # the forces of the state whose mission it is
                nation = self._mission_nation(sentence, hits)
                if nation is not None and cues.INTERVENES.search(sentence[guards.end() : guards.end() + 60]):
                    force = self._nation_actor(nation, "Military Forces of")
            if force is None and trigger.sub_event_type == "Mob violence" and crowd is not None:
                # a mob's victims are civilians ("A crowd … killed a teenager")
                force = kb.by_acled_name(crowd.acled_name.replace("Rioters", "Civilians", 1))
            force_text = next((t for _, c, _, t in coded if c is force), None)
            # The movement behind the crowd: named before the protest word ("Sadr's followers
            # marched") or as "followers/supporters of X"; never the target of the protest.
            assoc = [
                c
                for pos, c, _, text in coded
                if c.kind not in cues.STATE_KINDS
                and c.inter not in (1, 5, 6, 7, 8)
                and c is not crowd
                and c is not force
                and (pos < trigger.start or cues.FOLLOWERS.search(sentence[max(0, pos - 30) : pos]))
            ]
            if trigger.sub_event_type == "Peaceful protest":
                force, force_text = None, None
            return crowd, "protesters", _unique(assoc), force, force_text

        # An event word that opens with its doer ("gunmen opened fire", "Islamic State fighters
        # seized") has the doer at its start.
        # A name that is the object of a verb ("troops raided a Kataib Hezbollah site", "the premier
        # survived an attack") is acted upon: it is never the doer.
        acted_on = {
            pos
            for pos, c, _, t in coded
            if cues.OBJECT_OF.search(sentence[max(0, pos - 30) : pos])
            or (
                trigger.family == "strategic"
                and cues.PERSONNEL_OBJECT.search(sentence[max(0, pos - 50) : pos])
            )
            or (
                trigger.family == "strategic"
                and cues.ORDER_ADDRESSEE.search(sentence[max(0, pos - 30) : pos])
                and re.fullmatch(r"\s*(?:to\s+)?", sentence[pos + len(t) : trigger.start]) is not None
            )
            or cues.HOLDINGS_OF.search(sentence[max(0, pos - 30) : pos])
            # "struck sites used by Kataib Hezbollah", "raided a building used by Kataib Hezbollah
            # and detained 14": who holds the thing struck or raided is acted upon
            or (
                trigger.family in ("violence", "battle", "strategic")
                and cues.HELD_BY.search(sentence[max(0, pos - 30) : pos])
            )
            or cues.GROUP_HELD.fullmatch(t) is not None
            or (
                trigger.family in ("violence", "battle")
                and cues.HOLDINGS_AFTER.match(sentence[pos + len(t) :])
            )
            or cues.SURVIVOR.match(sentence[pos + len(t) : pos + len(t) + 40])
            or cues.CAME_UNDER.match(sentence[pos + len(t) : pos + len(t) + 80])
            or (
                trigger.family in ("violence", "battle")
                and cues.STRUCK_PASSIVE.match(sentence[pos + len(t) :])
            )
            or (
                trigger.family != "strategic"
                and cues.VICTIM_AFTER.match(_past_description(sentence, pos + len(t))[:60])
            )
            # "The journalist X and his cameraman were shot dead": civilians suffer violence, never do it
            or (trigger.family in ("violence", "battle") and c.kind == "civilians")
            or (
                trigger.family in ("violence", "battle")
                and cues.AMONG_THE_DEAD.search(sentence[max(0, pos - 40) : pos])
            )
            # ninth session: "troops moved into the valley and met resistance from militants": who
            # resists the push is the other side, the force that pushed is the doer
            or (trigger.family == "battle" and _RESISTANCE_FROM.search(sentence[max(0, pos - 60) : pos]))
            # gold7: "Camp Taji, the base where troops of the US-led coalition train Iraqi units, was
            # struck by rockets": who is at the place struck is struck with it, never the doer
            or (
                trigger.family in ("violence", "battle")
                and _WHERE_BEFORE.search(sentence[max(0, pos - 60) : pos])
                # the clause about the place closes before the event word ("…, was struck"); "in Tal
                # Afar, where militants attacked army posts" tells the event itself
                and pos < trigger.start
                and "," in sentence[pos : trigger.start]
            )
        }
        # gold12 (part B): "killed Islamic State deputy leader Abu Muslim al-Turkmani": the man named after a
        # group acted on and his title in it is acted on with it
        for pos, c, _, _t in coded:
            if any(
                p2 in acted_on
                and p2 < pos
                and c2.acled_name == c.acled_name
                and _TITLE_GAP.fullmatch(sentence, p2 + len(t2), pos) is not None
                for p2, c2, _, t2 in coded
            ):
                acted_on.add(pos)
        # "Saraya al-Salam, the armed wing of the Sadrist movement, clashed …": a name in an
        # apposition describes the doer named before it; it is not the doer.
        described = {
            pos
            for pos, _, _, t in coded
            if cues.APPOSITION.search(sentence[max(0, pos - 50) : pos])
            # gold11: "the Peace Brigades, Sadr's armed wing, were exchanging fire …": whose wing it is;
            # "Mohammed Shia al-Sudani, the Coordination Framework's candidate, was sworn in": whose man
            or (
                re.search(r",\s*$", sentence[max(0, pos - 3) : pos]) is not None
                and _WHOSE_WING.match(sentence, pos + len(t)) is not None
            )
        }
        before = [
            (c, t)
            for pos, c, _, t in coded
            if pos <= trigger.start
            and pos not in acted_on
            and not (pos in described and pos != coded[0][0])
            # tenth set (part A): "the cleric had just led prayers when a car bomb went off, killing him":
            # who was busy when the attack came, and died in it, did not do it
            and not (
                trigger.family == "violence"
                and _BUSY_WHEN.search(sentence, pos, trigger.start) is not None
                and _KILLING_HIM.match(sentence, trigger.end) is not None
            )
        ]
        # gold4: "Peshmerga forces, backed by coalition aircraft, pushed IS out of …": the force
        # named as backing the doer is its associated actor, not the doer
        backing = [
            (c, t)
            for pos, c, _, t in coded
            if pos <= trigger.start and _BACKING_BEFORE.search(sentence[max(0, pos - 40) : pos])
        ]
        if backing and len(backing) < len(before):
            before = [x for x in before if x not in backing]
            joined.extend(c for c, _ in backing if c not in joined)
        after = [
            (c, t)
            for pos, c, _, t in coded
            if (pos > trigger.start or pos in acted_on)
            # "landed in the Green Zone near the US embassy": a mission named as a landmark
            and not (_MISSION_WORD.search(t) and search(_LANDMARK_BEFORE, sentence[max(0, pos - 40) : pos]))
        ]
        if backing and trigger.family in ("violence", "battle", "territory"):
            # gold12 (part B): "Iraqi soldiers, backed by American helicopters, fought a gun battle with
            # gunmen in Sadr City": the force backing the doer is on its side, never the side it fights
            after = [x for x in after if x not in backing]
            joined.extend(c for c, _ in backing if c not in joined)
        # eleventh session: "US air strikes help Kurdish forces push back IS": the force a strike or a
        # fight helps, in the same clause, is on the doer's side (associated), never its target
        helped = [
            (c, t)
            for pos, c, _, t in coded
            if pos >= trigger.end
            and ";" not in sentence[trigger.end : pos]
            and _HELPED_BEFORE.search(sentence[max(0, pos - 30) : pos])
        ]
        if helped and trigger.family in ("violence", "battle"):
            after = [x for x in after if x not in helped]
            joined.extend(c for c, _ in helped if c not in joined)
        if (
            _PASSIVE_KILLING.match(trigger.word)
            or _KILLED_BY_WEAPON.search(sentence, 0, trigger.start)
            # gold12 (part B): "The Islamic State's deputy leader … was killed in an air strike": the
            # group whose man died in the strike is its target, not its doer
            or (
                trigger.event_type == "Explosions/Remote violence"
                and _KILLED_IN_STRIKE.search(sentence, 0, trigger.start) is not None
            )
        ):
            # "Fifty-two residents of Camp Ashraf, the base of the MEK, were killed when armed men
            # entered the camp": every name told before the passive verb is among the victims. A
            # nation named in the weapon's own words ("killed by Turkish drone strikes") flies it.
            owners = [
                (c, t) for pos, c, _, t in coded if trigger.start <= pos < trigger.end and (c, t) in before
            ]
            after, before = [x for x in before + after if x not in owners], owners
        agent = None
        for pos, c, _, t in coded:
            if (
                (
                    pos >= trigger.end
                    # "killed by a Turkish drone": the event word read up to the weapon holds the
                    # nation whose weapon it is, named after a passive "by"
                    or (trigger.start < pos < trigger.end and c.kind in cues.ARMED_KINDS)
                )
                and cues.PASSIVE_AGENT.search(sentence[max(0, pos - 8) : pos])
                and not cues.HELD_BY.search(sentence[max(0, pos - 30) : pos])
                and cues.PASSIVE_VOICE.search(sentence[max(0, trigger.start - 30) : pos])
                and (
                    pos - trigger.end <= 40
                    # "shot dead outside his home in Zayouna on Monday evening by gunmen": a longer
                    # stretch of place and time, within one clause, still leads to the agent
                    or (pos - trigger.end <= 70 and not _CLAUSE_BREAK.search(sentence[trigger.end : pos]))
                )
            ):
                agent = (c, t)
            elif (
                trigger.start < pos < trigger.end
                and c.kind in cues.ARMED_KINDS
                and trigger.word[:5].lower() == "from "
                and trigger.sub_event_type == "Air/drone strike"
            ):
                agent = (c, t)  # gold11: "a blast …, apparently from a Turkish drone": whose drone it was
            elif trigger.family in ("violence", "battle") and cues.CLAIMED_BY.search(
                sentence[max(0, pos - 30) : pos]
            ):
                agent = (c, t)  # "… in an attack claimed by Islamic State": the claimer did it
            elif (
                trigger.family in ("violence", "battle")
                and pos >= trigger.end
                and cues.CLAIMED_AFTER.match(sentence[pos + len(t) :])
            ):
                agent = (c, t)  # "…, an attack the Islamic State claimed": the claimer did it
            elif (
                trigger.start < pos < trigger.end
                and c.kind in cues.ARMED_KINDS
                and _MEN_OF_OPENING.fullmatch(sentence, trigger.start, pos)
            ):
                agent = (
                    c,
                    t,
                )  # gold7: "gunmen of the Islamic State group hit the checkpoint": the group's men
            elif (
                trigger.family in ("violence", "battle")
                and c.kind in cues.ARMED_KINDS
                and c.kind != "unidentified"
                and pos not in acted_on
                and (
                    cues.ATTACK_OF.match(sentence[pos + len(t) :])
                    or cues.ATTACK_BY.search(sentence[max(0, pos - 30) : pos])
                )
            ):
                agent = (c, t)  # "killed in an Islamic State attack", "an attack by IS militants"
            elif (
                trigger.family in ("violence", "battle")
                and c.kind in ("state force", "foreign force")
                and pos not in acted_on
                and _AIR_STRIKES_OF.search(sentence[max(0, pos - 30) : pos])
                and not _SITES_AFTER.match(sentence, pos + len(t))
            ):
                agent = (c, t)  # "airstrikes of the US-led coalition killed 40 fighters": only a state flies
            elif (
                trigger.family == "battle"
                and pos >= trigger.start
                and cues.FIRE_FROM.search(sentence[max(0, pos - 30) : pos])
            ):
                agent = (c, t)  # "came under fire from Islamic State fighters"
            elif (
                trigger.family in ("battle", "violence")
                and pos >= trigger.start
                and c.kind in cues.ARMED_KINDS
                and c.kind != "unidentified"
                and cues.FIRED_FROM.search(sentence[max(0, pos - 40) : pos])
            ):
                agent = (c, t)  # session 13: "wounded by mortar fire from Islamic State positions"
            elif (
                agent is None
                and (
                    (_casualties_only(trigger) and pos >= trigger.end)
                    # "Five Peshmerga were killed on Saturday when PKK fighters ambushed their unit"
                    or (trigger.family in ("violence", "battle") and _TOLL_PASSIVE.search(sentence[:pos]))
                )
                and c.kind in cues.ARMED_KINDS
                and cues.WHEN_BEFORE.search(sentence[max(0, pos - 40) : pos])
                and cues.ACTS_AFTER.match(sentence[pos + len(t) :])
            ):
                agent = (c, t)  # "Five militants were killed when troops stormed their hideout"
        doer: tuple[Actor, str] | None
        allies: list[Actor] = list(joined)
        if agent is not None:
            doer = agent
            target = next(((c, t) for c, t in before + after if c.acled_name != agent[0].acled_name), None)
        else:
            doer = before[-1] if before else None
            pair = _joined_subject(coded, trigger, sentence, acted_on)
            listed = _listed_forces(coded, trigger, sentence, acted_on)
            if listed and trigger.family in ("territory", "battle", "violence"):
                # eleventh session: "our army, the federal police, the counter-terrorism service and
                # the PMF have liberated …": of three or more forces listed as one subject, the first
                # named is actor1 and the others its associated actors
                doer = listed[0]
                allies = _unique([*allies, *(c for c, _ in listed[1:] if c.acled_name != doer[0].acled_name)])
                after = [x for x in after if x[0] not in allies]
            elif pair is not None and trigger.family == "territory":
                # eighth session: "Iraqi army units and PMF fighters moved into Sinjar": forces that
                # take ground together are one side, the first named its actor1, the second associated
                doer, allies = pair[0], [pair[1][0]]
            elif pair is not None and trigger.family in ("strategic", "battle"):
                # "The federal government and the KRG signed a deal", "Sadrist gunmen and fighters of
                # Asaib Ahl al-Haq fought a gun battle": the first is actor1, the second the other side.
                # A fight with a side named after the event word ("troops and PMF fighters clashed
                # with IS") has both subjects on one side: the first is actor1, the side after actor2.
                doer = pair[0]
                if trigger.sub_event_type == "Change to group/activity":
                    pass  # "Iraqi army and police units paraded": forces that move together are one side
                elif trigger.family == "strategic" or not any(
                    c.kind in cues.ARMED_KINDS
                    # gold4: "…, leaving two of the Asaib fighters dead": a side named again is no third
                    and c.acled_name not in (pair[0][0].acled_name, pair[1][0].acled_name)
                    for c, _ in after
                ):
                    after = [pair[1], *after]
                else:
                    allies = [pair[1][0]]  # "troops and PMF fighters clashed with IS": the ally is associated
            elif (
                pair is None
                and trigger.family in ("violence", "battle")
                and (forces := _forces_joined(coded, trigger, sentence, acted_on))
            ):
                # gold7: "Iraqi troops and police backed by armoured vehicles fought …", "Iraqi special
                # forces and American troops raided hideouts, killing 15": forces named together as
                # one subject act as one side, the first named its actor1, the second associated
                doer, allies = forces[0], [forces[1][0]]
            ally = _ally_joined(coded, doer, sentence, acted_on) if trigger.family == "violence" else None
            if ally is not None:
                # "Coalition aircraft, Peshmerga guns pound IS fighters": the first striker is
                # actor1, the second its associated actor, the side struck after them actor2
                allies = [ally[0]]
                after = [x for x in after if x[0] is not ally[0]]
            if doer is None and trigger.family == "strategic" and after:
                doer = after[0]
                after = after[1:]
            if (
                doer is None
                and trigger.family == "battle"
                and after
                and cues.BETWEEN_SIDES.search(
                    sentence[max(0, sentence.find(after[0][1]) - 30) : sentence.find(after[0][1])]
                )
            ):
                doer = after[0]  # "Clashes erupted between Sadrists and Asaib Ahl al-Haq": the first side
                after = after[1:]
            if doer is None and trigger.family in ("violence", "battle"):
                # "Incident: Air strikes. Details: US aircraft struck depots of Kataib Hezbollah": the
                # side that strikes in a clause of its own after the event word is the doer.
                striker = next(
                    (
                        (c, t)
                        for pos, c, _, t in coded
                        if pos > trigger.end
                        and pos not in acted_on
                        and c.kind in cues.ARMED_KINDS
                        and c.kind != "unidentified"
                        and cues.STRIKES_AFTER.match(sentence[pos + len(t) :])
                    ),
                    None,
                )
                if striker is not None:
                    doer = striker
                    after = [x for x in after if x[0] is not striker[0]]
                reporter = next(
                    (
                        (c, t)
                        for pos, c, _, t in coded
                        if c.kind in cues.ARMED_KINDS and cues.headline_self_report(sentence, pos)
                    ),
                    None,
                )
                if doer is None and reporter is not None:
                    doer = reporter  # "Some 50 IS militants killed – army": the force reports its kills
                    after = [x for x in after if x[0] is not reporter[0]]
            if doer is None and trigger.family == "battle":
                # "Two soldiers were killed in a clash with Islamic State fighters": the side after
                # "clash with" fought the victims named before it.
                side = next(
                    (
                        (c, t)
                        for c, t in after
                        if c.kind in cues.ARMED_KINDS
                        and cues.SIDE_WITH.search(sentence[max(0, sentence.find(t) - 40) : sentence.find(t)])
                    ),
                    None,
                )
                if side is not None:
                    doer = side
                    after = [x for x in after if x is not side]
            # one side never stands on both: two names coded the same are the same side
            target = next(
                ((c, t) for c, t in after if doer is None or c.acled_name != doer[0].acled_name), None
            )
            if target is None and doer is not None and trigger.family in ("violence", "battle"):
                # "Iraqi forces repel an Islamic State attack": the other armed side named before
                # the doer is the one it fought.
                target = next(
                    (
                        (c, t)
                        for c, t in reversed(before[:-1])
                        if c.kind in cues.ARMED_KINDS and c.acled_name != doer[0].acled_name
                    ),
                    None,
                )
        actor1, actor1_text = doer if doer else (None, None)
        actor2, actor2_text = target if target else (None, None)
        if (
            trigger.event_type == "Explosions/Remote violence"
            and actor2 is not None
            and actor2.kind == "civilians"
            and actor2_text is not None
            and (at2 := sentence.find(actor2_text)) >= 0
        ):
            # session 14: "Villagers and IS gunmen die in Hawija school strike": the armed group
            # listed among the dead is what the strike was aimed at; the civilians died with it
            dead_armed = next(
                (
                    (c, t)
                    for c, t in after
                    if c.kind in ("armed group", "militia")
                    and (actor1 is None or c.acled_name != actor1.acled_name)
                    and _DEAD_LISTED_WITH.fullmatch(
                        sentence, at2 + len(actor2_text), max(sentence.find(t), 0)
                    )
                ),
                None,
            )
            if dead_armed is not None:
                actor2, actor2_text = dead_armed
        repelled = _REPELLED.search(sentence) if trigger.family == "battle" and agent is None else None
        if (
            repelled is not None
            and actor1 is not None
            and actor1_text is not None
            and 0 <= sentence.find(actor1_text) < repelled.start()
            and (actor2 is None or (actor2.kind in cues.ARMED_KINDS and actor2_text is not None))
        ):
            # gold4: "Iraqi troops repelled an assault on the base": the side whose assault it was
            # is actor1 (unidentified when the story names none), the troops who held are actor2
            actor1, actor1_text, actor2, actor2_text = actor2, actor2_text, actor1, actor1_text
            if actor1 is None:
                actor1 = kb.by_acled_name(UNNAMED_GROUP)
        if (
            actor1 is None
            and trigger.family == "battle"
            and actor2 is not None
            and actor2.kind in ("armed group", "militia")
        ):
            # "Thirty Islamic State fighters killed as army units push into Rutba": the militants
            # fell to the force the sentence names beside them
            actor1, actor1_text = next(
                ((c, t) for _, c, _, t in coded if c.kind in ("state force", "foreign force")),
                (None, None),
            )
        if (
            actor1 is None
            and trigger.family == "battle"
            and actor2 is not None
            and actor2.kind in cues.ARMED_KINDS
        ):
            # gold4: "Two US Marines were killed during a joint operation against Islamic State
            # hideouts": the dead fell on the side that ran the operation against the group named
            against = next(
                (
                    (c, t)
                    for pos, c, _, t in coded
                    if c.kind in cues.ARMED_KINDS
                    and c.acled_name != actor2.acled_name
                    and _OPERATION_AGAINST.search(sentence[max(0, pos - 160) : pos])
                ),
                None,
            )
            if against is not None:
                actor1, actor1_text, (actor2, actor2_text) = actor2, actor2_text, against
        if (
            actor1 is None
            and trigger.sub_event_type == "Air/drone strike"
            and actor2 is not None
            and actor2.acled_name == _PKK
        ):
            # "Jets kill 11 PKK fighters near Amadiya": the PKK's bases in Iraq are
            # bombed from the air by Turkey alone (Wikipedia: Turkish airstrikes in Iraq), so an
            # air strike on the PKK whose striker goes unnamed is Turkey's
            actor1, actor1_text = kb.by_acled_name("Military Forces of Turkey"), None
        if (
            (actor1 is None or actor1.acled_name == UNNAMED_GROUP)
            and trigger.family in ("violence", "battle")
            and trigger.sub_event_type != "Air/drone strike"
            and actor2 is not None
            and actor2.kind == "state force"
            and (holding := self._held_doer(sentence, state.reference)) is not None
        ):
            # tenth session: "a suicide bomber struck troops outside IS-held Fallujah": forces hit
            # at the edge of a place a group holds, by a doer left unnamed, were hit by that group
            actor1, actor1_text = holding
        if (
            actor1 is not None
            and actor1.kind == "armed group"
            and trigger.event_type == "Battles"
            and "territory" in trigger.sub_event_type
            and rules.taker_is_state(sentence, trigger)
        ):
            # "Iraqi forces kill 35 IS militants, advance to liberate Rawa": the wording has the state
            # take the ground, so the group named last before the event word is the side that lost it
            taker = next(
                (
                    (c, t)
                    for pos, c, _, t in coded
                    if pos < trigger.start and (c.kind in cues.STATE_KINDS or c.kind == "foreign force")
                ),
                None,
            )
            if taker is not None:
                actor1, actor1_text, actor2, actor2_text = taker[0], taker[1], actor1, actor1_text
        if (
            actor1 is None
            and trigger.event_type in ("Battles", "Explosions/Remote violence")
            and (state_doer := _IRAQ_ACTS.match(sentence)) is not None
        ):
            # ninth session: "Iraq launches an anti-IS operation", "Iraq strikes IS in Mosul": the
            # state that opens a fight does it with its forces
            actor1, actor1_text = kb.by_acled_name(_IRAQI_MILITARY), state_doer.group("state")
        if actor1 is None and (
            trigger.family in ("violence", "battle")
            # gold11 (part A): "insurgents took over Sulaiman Bek", "fighters overran the city centre":
            # ground taken by armed men no one names is an unidentified group's
            or (
                trigger.sub_event_type == "Non-state actor overtakes territory"
                and search(_GENERIC_FIGHTERS, sentence)
            )
        ):
            actor1 = kb.by_acled_name(UNNAMED_GROUP)
            actor1_text = None
        if actor1 is not None and actor2 is not None and actor2.acled_name == actor1.acled_name:
            # "was dragged from his car by armed men": the unnamed men are the doer, never also the target
            actor2, actor2_text = None, None
        if actor1 is not None and actor2 is not None and _wing_of(actor1, actor2):
            # "Sadr's Peace Brigades marched …, a show of strength Sadr's office said …": a movement and
            # its armed wing are one side
            actor2, actor2_text = None, None
        struck_state = (
            search(cues.GOVERNMENT_TARGET, sentence) if trigger.family in ("violence", "battle") else None
        )
        if struck_state is not None and (
            actor2 is None
            # "five car bombs at ministries, a courthouse and a police patrol": the target told first
            or (
                actor2_text is not None
                and sentence.find(actor2_text, struck_state.start()) >= struck_state.end()
            )
        ):
            actor2, actor2_text = kb.by_acled_name("Government of Iraq"), None
        if (
            actor2 is None
            and trigger.family in ("violence", "battle")
            and (search(cues.OFFICIAL_PROPERTY, sentence) or search(cues.OFFICIAL_VICTIM, sentence))
        ):
            # "a judge's car", "the mayor's house", "the governor was shot dead"
            actor2 = kb.by_acled_name("Government of Iraq")
        if (
            actor2 is None
            and trigger.family in ("violence", "battle")
            and search(cues.LAWMAKER_PROPERTY, sentence)
        ):
            # gold4: "threw a grenade at the house of a member of parliament": the legislature
            actor2 = kb.by_acled_name("Council of Representatives of Iraq")
        if (
            actor2_text is not None
            and actor2 is not None
            and actor2.kind != "civilians"
            and 0 <= (at := sentence.find(actor2_text)) < len(sentence)
            and cues.SUPPLIES_FOR.search(sentence[:at])
        ):
            # "a convoy carrying supplies for the US-led coalition": the contractors' convoy was struck
            actor2, actor2_text = kb.by_acled_name("Civilians (Iraq)"), None
        if actor2 is None and _civilian_toll(trigger, actor1, sentence):
            actor2 = kb.by_acled_name("Civilians (Iraq)")
        if (
            actor2 is None
            and trigger.sub_event_type == "Looting/property destruction"
            and search(cues.CIVILIAN_PROPERTY, sentence)
        ):
            # "fighters … carried off fridges and set houses and shops alight": people's property
            actor2 = kb.by_acled_name("Civilians (Iraq)")
        captives = self._captives(sentence, state)
        if trigger.sub_event_type == "Agreement" and search(cues.RELEASED_PASSIVE, sentence):
            # "Twenty-six Qataris were set free …, a year after gunmen snatched them": the captors
            # release the captives
            captor = next(
                (
                    (kb.coded_actor(a), t)
                    for _, a, t in told
                    if kb.coded_actor(a).kind in ("armed group", "militia", "unidentified")
                    and kb.coded_actor(a) is not captives
                ),
                None,
            )
            if captor is None and (
                search(cues.CAPTORS, sentence)
                or (actor1 is not None and actor1.kind == "civilians")
                or search(cues.CAPTIVITY, sentence)
                or state.taken_captives is not None
            ):
                # "the journalist … was released and is back with her family": civilians release no
                # one; the unnamed captors do (gold5)
                captor = (kb.by_acled_name(UNNAMED_GROUP), None)  # type: ignore[assignment]
            if captor is not None and captor[0] is not None:
                held = (
                    captives
                    or (actor1 if actor1 is not None and actor1.kind == "civilians" else None)
                    or state.taken_captives
                )
                if held is None and actor2 is None:
                    # gold12 (part A): a person set free with no force or nation told is a civilian
                    # ("the journalist … was freed and is back home")
                    held = self.kb.by_acled_name("Civilians (Iraq)")
                actor1, actor1_text = captor
                actor2, actor2_text = held, None
        elif (
            captives is not None
            and (
                trigger.event_type == "Violence against civilians"
                # session 13: foreigners who are the dead of a blast or a shelling ("Two Iranian pilgrims
                # were killed by a roadside bomb") are the civilians of their country
                or (
                    trigger.event_type == "Explosions/Remote violence"
                    and captives.kind == "civilians"
                    and search(_NATIONALS_DEAD, sentence) is not None
                )
            )
            and (actor2 is None or actor2.acled_name == "Civilians (Iraq)")
        ):
            actor2, actor2_text = captives, None  # "took the Turkish workers away"
        if (
            trigger.sub_event_type == "Agreement"
            and actor2_text is not None
            and 0 <= (at := sentence.find(actor2_text)) < len(sentence)
            and cues.HALTED_TARGET.search(sentence[max(0, at - 80) : at])
            and search(cues.HALT_WORD, sentence[:at])
        ):
            # eighth session: "announced a pause in its attacks on US forces": a one-sided halt,
            # the forces it spares are no party to it
            actor2, actor2_text = None, None
        if (
            trigger.sub_event_type == "Other"
            and actor2 is not None
            and actor2.kind not in cues.ARMED_KINDS
            and actor2_text is not None
            and trigger.start <= (at := sentence.find(actor2_text))
            and _CHOSEN.search(sentence, trigger.start, at)
        ):
            # eighth session: "parliament elected X as president", "asked X to form a government",
            # "threw his support behind X": a politician chosen or backed for an office is no party
            actor2, actor2_text = None, None
        if (
            trigger.plover_type == "CONCEDE"
            and actor1 is not None
            and actor1.acled_name in ("Police Forces of Iraq", "Military Forces of Iraq")
            and (
                actor2 in (None, actor1)
                # "… after a string of assassinations of activists": people of the reason told, no side
                or (
                    actor2_text is not None
                    and (at := sentence.find(actor2_text, trigger.end)) >= 0
                    and _REASON_BETWEEN.search(sentence, trigger.end, at) is not None
                )
            )
            and _REMOVED_FROM_POST.search(trigger.word)
            and (government := kb.by_acled_name("Government of Iraq")) is not None
        ):
            # "the provincial police chief was relieved of his post", "the interior ministry replaced
            # the police chief": the government removes (the ministries are coded as their forces),
            # the officer's force is the side it acts on
            actor1, actor2, actor2_text = government, actor1, actor1_text
        culprits = search(cues.CULPRITS, sentence) if trigger.sub_event_type == "Arrests" else None
        if (
            actor2 is None
            and culprits is not None
            and state.last_doer is not None
            and (actor1 is None or state.last_doer.acled_name != actor1.acled_name)
        ):
            # "Military police detained a number of the looters": those who did the deed told before
            actor2, actor2_text = state.last_doer, culprits.group(0)
        if trigger.event_type == "Violence against civilians" and (
            (actor2 is not None and actor2.kind == "tribe")
            or (
                search(cues.ELECTION_VICTIM, sentence)
                and (actor2 is None or actor2.kind not in cues.ARMED_KINDS or actor2.kind == "unidentified")
            )
        ):
            # "IS militants lined up and shot 46 members of the Albu Nimr tribe", "gunmen killed a
            # candidate on Allawi's list": unarmed tribesmen and candidates are civilians.
            civilians = kb.by_acled_name("Civilians (Iraq)")
            if civilians is not None and civilians is not actor1:
                actor2, actor2_text = civilians, None
        if actor2 is None and trigger.event_type == "Battles":
            held_by = self._holder(sentence, actor1)
            if held_by is not None:
                actor2, actor2_text = held_by  # "troops retook an IS-held village": IS held it
        if (
            trigger.sub_event_type == "Armed clash"
            and actor1 is not None
            and actor2 is not None
            and actor1.kind == actor2.kind == "state force"
        ):
            # ninth session: "40 militants, 17 police and soldiers killed in clashes": the state's
            # forces fought the armed group told with them, not each other
            foe = next(
                ((c, t) for _, c, _, t in coded if c.kind in ("armed group", "militia")),
                None,
            )
            if foe is not None:
                allies = [*allies, actor2]
                actor2, actor2_text = foe
        if trigger.sub_event_type == "Armed clash" and (_unnamed(actor1) or actor2 is None):
            pair = self._fighting_pair(sentence, state.reference)
            if pair is not None:
                (actor1, actor1_text), (actor2, actor2_text) = pair  # "army-IS clashes": both sides
        if (
            actor2 is None
            and trigger.family == "battle"
            or (
                actor2 is None
                and trigger.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")
            )
        ):
            fought = self._opposed(sentence, actor1, state.reference)
            if fought is not None:
                actor2, actor2_text = fought  # "Kurdish forces in an anti-IS raid": IS is fought
        if actor1 is not None and actor1_text:
            joint = self._named_first(sentence, actor1, actor1_text, state.reference)
            if joint is not None:
                # "US and Iraqi troops detained …", "Coalition and Iraqi forces raided …": two forces
                # sharing one noun act together, and the one named first is actor1
                allies = [*allies, actor1]
                actor1, actor1_text = joint
        allies = [
            a
            for a in allies
            if actor1 is not None
            and a.acled_name not in (actor1.acled_name, getattr(actor2, "acled_name", None))
        ]
        return actor1, actor1_text, allies, actor2, actor2_text

    def _named_first(
        self, sentence: str, actor1: Actor, actor1_text: str, day: dt.date | None
    ) -> tuple[Actor, str] | None:
        """The force named first when two share one noun ("American and Iraqi forces"): the
        text found names only the second, with the noun."""
        at = sentence.find(actor1_text)
        head = _FORCE_NOUN_END.search(actor1_text)
        if at < 0 or head is None or actor1.kind not in ("state force", "foreign force"):
            return None
        before = _JOINT_BEFORE.search(sentence, max(0, at - 30), at)
        if before is None:
            return None
        text = f"{before.group('who')} {head.group(0)}"
        partner = self.kb.find_actor(text, fuzzy=False)
        if partner is None:
            return None
        partner = self.kb.actor_of_day(partner, text, day)
        if partner.acled_name == actor1.acled_name or partner.kind not in ("state force", "foreign force"):
            return None
        return partner, text

    def _holder(self, sentence: str, actor1: Actor | None) -> tuple[Actor, str] | None:
        """The armed side a compound names as holding the ground fought over ("an IS-held
        village", "a Peshmerga-controlled town"), other than the doer."""
        aliases = self.kb.actor_aliases()
        for m in _HELD_BY.finditer(sentence):
            actor_id = aliases.get(normalise(m.group("who")))
            actor = self.kb.actor(actor_id) if actor_id is not None else None
            if actor is None:
                continue
            coded = self.kb.coded_actor(actor)
            if (
                coded.kind in cues.ARMED_KINDS
                and coded.kind != "unidentified"
                and (actor1 is None or coded.acled_name != actor1.acled_name)
            ):
                return coded, m.group(0)
        return None

    def _fighting_pair(
        self, sentence: str, day: dt.date | None
    ) -> tuple[tuple[Actor, str], tuple[Actor, str]] | None:
        """The two armed sides a compound names before a fight ("army-IS clashes"), when both are known."""
        for m in _PAIR_FIGHT.finditer(sentence):
            sides: list[tuple[Actor, str]] = []
            for g in ("a", "b"):
                word = m.group(g)
                force = _PAIR_FORCE_WORDS.get(word.lower())
                actor = self.kb.by_acled_name(force) if force is not None else self._jihadists(word, day)
                if actor is None and force is None and not cues.JIHADISTS.fullmatch(word):
                    found = self.kb.find_actor(word, fuzzy=False)
                    actor = self.kb.coded_actor(found) if found is not None else None
                if actor is None or actor.kind not in cues.ARMED_KINDS or actor.kind == "unidentified":
                    break
                sides.append((actor, word))
            if len(sides) == 2 and sides[0][0].acled_name != sides[1][0].acled_name:
                return sides[0], sides[1]
        return None

    def _opposed(self, sentence: str, actor1: Actor | None, day: dt.date | None) -> tuple[Actor, str] | None:
        """The armed side an operation is named against ("an anti-IS raid"), other than the doer."""
        for m in _ANTI_OPERATION.finditer(sentence):
            who = m.group("who")
            actor = self._jihadists(who, day)
            if actor is None and not cues.JIHADISTS.fullmatch(who):
                found = self.kb.find_actor(who, fuzzy=False)
                actor = self.kb.coded_actor(found) if found is not None else None
            if (
                actor is not None
                and actor.kind in ("armed group", "militia")
                and (actor1 is None or actor.acled_name != actor1.acled_name)
            ):
                return actor, m.group(0)
        return None

    def _government_of(self, name: str) -> tuple[Actor, str] | None:
        """The government of the country ``name`` names ("Turkey"), when the knowledge base has it; a
        seat of government stands for its government ("Baghdad and Erbil signed …")."""
        seat = _SEATS_OF_GOVERNMENT.get(name.lower())
        if seat is not None:
            actor = self.kb.by_acled_name(seat)
            return (actor, name) if actor is not None else None
        place = self.kb.find_place(name, fuzzy=False)
        if place is None or place.kind != "country":
            return None
        country = place.name.lower()
        actor = self._nation_actor(
            f"the {country}" if country.startswith("united") else country, "Government of"
        )
        return (actor, name) if actor is not None else None

    def _nation_actor(self, country: str, prefix: str) -> Actor | None:
        """``prefix`` + the country's ACLED name ("Government of" + "the united kingdom" → "Government of
        the United Kingdom"), when the knowledge base has that actor."""
        name = " ".join(w if w == "the" else w.capitalize() for w in country.split())
        if prefix == "Civilians":
            return self.kb.by_acled_name(f"Civilians ({name.removeprefix('the ')})")
        return self.kb.by_acled_name(f"{prefix} {name}")

    def _mission_nation(self, sentence: str, hits: list[NameHit]) -> str | None:
        """The country whose embassy or consulate the sentence names, if any."""
        m = search(cues.MISSION, sentence)
        if m is not None:
            return cues.MISSION_NATION[m.group("adj").lower()]
        for h in hits:
            if h.actor is not None and "mbassy" in h.actor.name and h.actor.country:
                return h.actor.country.lower()
        return None

    def _captives(self, sentence: str, state: _State) -> Actor | None:
        """Foreign nationals named as the people taken, freed or struck ("Twenty-six Qataris", "the
        workers" after "eighteen Turkish labourers"): the civilians of their country when the knowledge
        base keeps that actor, else their government, which speaks for them."""
        m = search(cues.NATIONALS, sentence)
        country = cues.NATION_OF[(m.group("adj") or m.group("people")).lower()] if m else None
        if country is None and state.nationals is not None and search(cues.THE_CAPTIVES, sentence):
            country = state.nationals
        if country is None:
            return None
        return self._nation_actor(country, "Civilians") or self._nation_actor(country, "Government of")

    def _armed_wing(
        self, actor: Actor, sentence: str, end: int, day: dt.date | None, *, loyal: bool = False
    ) -> Actor | None:
        """A party's armed men ("Sadrist gunmen", "Sadrist fighters", and with ``loyal`` "armed men
        loyal to Moqtada al-Sadr") are the party's armed wing of the story's day, read from the
        memberships in the knowledge base (the Mahdi Army until 2008, Saraya al-Salam from 2014), or
        None when the name is no party's or no wing is known."""
        if actor.kind != "party" or not (loyal or _ARMED_MEN_AFTER.match(sentence, end)) or day is None:
            return None
        wings = [
            (str(m.get("from") or ""), a)
            for a in self.kb.actors.values()
            for m in a.memberships
            if m.get("actor") == actor.id
            and "armed wing" in str(m.get("role", ""))
            and str(m.get("from") or "0000")[:4] <= str(day.year)
            and str(day.year) <= str(m.get("to") or "9999")[:4]
        ]
        return max(wings, key=lambda w: w[0])[1] if wings else None

    def _held_doer(self, sentence: str, day: dt.date | None) -> tuple[Actor, str] | None:
        """The group that holds a place the sentence names as held ("IS-held Ramadi") as where the
        forces were hit ("outside IS-held Fallujah"), if any; a held place named for something else
        ("weeks before the push on IS-held Mosul") says nothing of this attack."""
        held = search(cues.GROUP_HELD, sentence)
        if held is None or not _AT_HELD_PLACE.search(sentence, max(0, held.start() - 30), held.start()):
            return None
        holder = self._jihadists(held.group("who"), day)
        return (holder, held.group("who")) if holder is not None else None

    def _jihadists(self, who: str, day: dt.date | None) -> Actor | None:
        """The group a name of the Islamic State means on ``day``; "jihadists" only from April 2013,
        when no other group is meant (docs/codebook.md, "Actors")."""
        if cues.JIHADISTS.fullmatch(who):
            if day is None or day < cues.JIHADISTS_FROM:
                return None
            who = "Islamic State"
        actor = self.kb.find_actor(who, fuzzy=False)
        if actor is None:
            return None
        return self.kb.coded_actor(self.kb.actor_of_day(actor, who, day))

    def _kind_of(self, actor_id: str) -> str | None:
        actor = self.kb.actor(actor_id)
        return self.kb.coded_actor(actor).kind if actor is not None else None

    def _rebels_by_context(
        self, sentence: str, hits: list[NameHit], named: list[tuple[int, Actor, str]], state: _State
    ) -> None:
        """Generic fighters that the context names (docs/codebook.md, "Actors").

        Kurdish rebels that Turkish forces strike, or rebels they fight in the PKK's areas of Iraq
        (Duhok, Erbil, Sinjar, Qandil), are the PKK; otherwise "militants" with no group named in
        the sentence are the armed group the story named last.
        """
        kb = self.kb

        def free(m: re.Match[str]) -> bool:
            return not any(
                pos <= m.start() < pos + len(t) or m.start() <= pos < m.end() for pos, _, t in named
            )

        coded = {kb.coded_actor(a).acled_name for _, a, _ in named}
        pkk = kb.by_acled_name(_PKK)
        if "Military Forces of Turkey" in coded and pkk is not None and _PKK not in coded:
            m = search(cues.KURDISH_REBELS, sentence)
            in_area = any(
                h.places
                and h.locative
                and (
                    h.places[0].admin1 in cues.PKK_AREA_ADMIN1 or cues.PKK_AREA_NAMES.match(h.places[0].name)
                )
                for h in hits
            )
            if m is None and in_area:
                m = search(cues.GENERIC_REBELS, sentence)
            if m is not None and free(m):
                named.append((m.start(), pkk, m.group(0)))
                return
        m = search(cues.BARE_MILITANTS, sentence)
        if (
            m is None
            and (bombers := search(_BARE_BOMBERS, sentence)) is not None
            and free(bombers)
            # "Suicide bombers and gunmen attacked the shrine": one unnamed side, left to a claim
            and not _JOINED_DOERS_AFTER.match(sentence, bombers.end())
            and not _JOINED_DOERS_BEFORE.search(sentence, 0, bombers.start())
        ):
            # ninth session: "In a separate attack the same morning, suicide bombers stormed a power
            # station", "At the same time a second group stormed a power plant": attackers told with
            # no group, in a story of a jihadist group's assault, are that group's
            if not any(kb.coded_actor(a).kind in _GROUP_KINDS for _, a, _ in named):
                last = next(
                    (
                        kb.coded_actor(a)
                        for a in (kb.actor(i) for i in reversed(state.recent))
                        if a is not None and kb.coded_actor(a).kind in _GROUP_KINDS
                    ),
                    None,
                )
                if last is not None and last.acled_name in _JIHADIST_GROUPS:
                    named.append((bombers.start(), last, bombers.group(0)))
            return
        if m is None or not free(m) or any(kb.coded_actor(a).kind in _GROUP_KINDS for _, a, _ in named):
            return
        for actor_id in reversed(state.recent):
            actor = kb.actor(actor_id)
            if actor is not None and kb.coded_actor(actor).kind in _GROUP_KINDS:
                named.append((m.start(), kb.coded_actor(actor), m.group(0)))
                return
        jihadists = cues.JIHADISTS.search(m.group(0))
        group = self._jihadists(jihadists.group(0), state.reference) if jihadists is not None else None
        if group is not None:
            named.append((m.start(), group, m.group(0)))  # "Iraqi forces pound Tikrit jihadists"

    def _same_event(
        self, drafts: list[_Draft], draft: _Draft, *, wider: bool = False, summaries: Sequence[int] = ()
    ) -> _Draft | None:
        """One event per (type, date, place, actor1): a second mention adds evidence.

        ``wider``: the mention refers back to an event told ("the rockets were launched from eastern
        Baghdad", "the demonstrators left"), so a wider place that holds the event's place is still
        that event's (gold4: the Green Zone in Baghdad).

        A doer left unnamed in one mention ("a suicide bomber", gunmen) and named in another ("an
        Islamic State bomber") is the same doer: the report that names it says who did it."""
        for d in drafts:
            if (
                d.trigger.family in ("protest", "riot")
                and draft.trigger.family in ("protest", "riot")
                and d.date is not None
                and d.date == draft.date
                and d.place is not None
                and draft.place is not None
                and (
                    d.place.id == draft.place.id
                    or d.place.name == draft.place.name
                    or (wider and _contains(draft.place, d.place))
                    # twelfth session: one protest per town and day, "… moved against protest camps in
                    # Baghdad … . In Baghdad, riot police pushed protesters back from Tayaran Square"
                    or (
                        _holds(d.place, draft.place)
                        and not d.filed_only
                        and d.evidence[0].start not in summaries
                    )
                )
                and d.modality == draft.modality
            ):
                # "Later in the day the protesters marched to the oil company", "In Basra, the
                # protesters stormed the council": the crowd told again that day and place is the same
                # demonstration, at its most severe (a riot when it turned violent)
                return d
            if (
                d.trigger.event_type == draft.trigger.event_type
                and (
                    d.trigger.sub_event_type == draft.trigger.sub_event_type
                    # "Suicide bombers struck pilgrims in Karbala … . In Karbala, explosions went off
                    # among worshippers": a blast told with no weapon is the bombing told before
                    or (
                        d.trigger.sub_event_type == "Suicide bomb"
                        and draft.trigger.sub_event_type == "Remote explosive/landmine/IED"
                        and _BARE_BLAST.match(draft.trigger.word) is not None
                    )
                )
                and d.date == draft.date
                and (
                    (d.place.id if d.place else None) == (draft.place.id if draft.place else None)
                    or (
                        wider
                        and d.place is not None
                        and draft.place is not None
                        and _contains(draft.place, d.place)
                    )
                )
                and (
                    (d.actor1.id if d.actor1 else None) == (draft.actor1.id if draft.actor1 else None)
                    or (
                        _named_once(d.actor1, draft.actor1)
                        and not any(_SEPARATE.search(e.text) for e in draft.evidence)
                    )
                )
            ):
                return d
        return None

    def _continue(
        self,
        target: _Draft,
        trigger: rules.Trigger,
        sentence: str,
        hits: list[NameHit],
        figures: Figures,
        evidence: Evidence,
        state: _State,
    ) -> None:
        if evidence not in target.evidence:
            target.evidence.append(evidence)
        more = _KILLING_MORE.search(sentence)
        told = merge_figures(target.figures)
        if (
            more is not None
            and told.low is not None
            and figures.low is not None
            and figures.low == figures.high == to_number(more.group("n"))
        ):
            # "… killing six fighters. The militants then set off a bomb, killing three more": nine dead
            target.figures = [
                replace(told, low=told.low + figures.low, high=(told.high or told.low) + figures.low),
                replace(figures, low=None, high=None),
            ]
        else:
            target.figures.append(figures)
        if target.trigger.family == "protest" and trigger.family == "riot":
            self._make_riot(target)
        elif target.trigger.family == trigger.family and _severity(trigger) > _severity(target.trigger):
            target.trigger = replace(target.trigger, sub_event_type=trigger.sub_event_type)
        actor1, _t1, assoc, actor2, t2 = self._actors(trigger, sentence, hits, state)
        if target.actor2 is None and actor2 is not None and actor2 is not target.actor1:
            target.actor2, target.actor2_text = actor2, t2
        for a in assoc:
            if a not in target.assoc1 and a is not target.actor1:
                target.assoc1.append(a)
        if target.actor1 is None and actor1 is not None:
            target.actor1 = actor1
        elif (
            _unnamed(target.actor1)
            and not _unnamed(actor1)
            and actor1 is not None
            and (
                actor1.kind in ("armed group", "militia")
                # eleventh session: "Drone strike on the camp. … a Turkish drone hit a building": a
                # foreign state's aircraft or guns named once the strike is told again
                or (
                    actor1.kind == "foreign force"
                    and trigger.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")
                )
            )
            and actor1 is not target.actor2
            and trigger.family in ("violence", "battle")
            # session 12: "The militia has not said it fired the rockets": a claim not made names nobody
            and not _CLAIM_NEGATED.search(sentence[: trigger.end])
        ):
            # ninth session: "Police officer dies in Baiji assault; IS bombers struck the compound,
            # killing 9": the attack told again with its doer named is that doer's
            target.actor1 = actor1

    def _finish(self, doc: Document, d: _Draft) -> Event:
        figures = merge_figures(d.figures)
        place = d.place
        actor1 = self._localised(d.actor1, d.actor1_text, place)
        actor2 = self._localised(d.actor2, d.actor2_text, place)
        key = "|".join(
            [doc.id, d.trigger.event_type, d.trigger.sub_event_type, str(d.date), place.id if place else "",
             actor1.id if actor1 else ""]
        )  # fmt: skip
        event_id = "tg-" + hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
        notes = list(d.notes)
        if figures.running_total_ignored:
            notes.append("a running total in the text was not attached to this event")
        confidence = d.confidence
        if d.modality != "asserted":
            confidence = min(confidence, 0.4)
        if place is None:
            confidence = min(confidence, 0.5) * 0.85  # below the same telling placed in a country
        elif place.kind == "country":
            # Placed in a country only: surer than no place, less sure than the same telling at a town.
            confidence = min(confidence, 0.55) * 0.9
        return Event(
            event_id=event_id,
            doc_id=doc.id,
            event_type=d.trigger.event_type,
            sub_event_type=d.trigger.sub_event_type,
            plover_type=d.trigger.plover_type,
            plover_mode=d.trigger.plover_mode,
            date=d.date,
            date_precision=d.precision,
            date_end=d.date_end,
            location=place.name if place else None,
            admin1=place.admin1 if place else None,
            admin2=place.admin2 if place else None,
            country=place.country if place else (actor1.country if actor1 else None),
            latitude=place.lat if place else None,
            longitude=place.lon if place else None,
            geo_precision=_geo_precision(place, d),
            location_id=place.id if place else None,
            actor1=actor1.acled_name if actor1 else None,
            actor1_id=actor1.id if actor1 else None,
            assoc_actor_1="; ".join(a.acled_name for a in d.assoc1) or None,
            inter1=actor1.inter if actor1 else None,
            actor2=actor2.acled_name if actor2 else None,
            actor2_id=actor2.id if actor2 else None,
            inter2=actor2.inter if actor2 else None,
            fatalities=figures.conservative,
            fatalities_low=figures.low,
            fatalities_high=figures.high,
            injured=figures.injured,
            modality=d.modality,
            confidence=round(confidence, 2),
            evidence=tuple(d.evidence),
            sources=tuple(s for s in (doc.source or doc.url or doc.origin,) if s),
            notes="; ".join(notes),
            extractor=f"{NAME}/{VERSION}",
            date_text=d.date_text,
            place_text=d.place_text,
            actor1_text=d.actor1_text,
            actor2_text=d.actor2_text,
            unresolved=tuple(d.unresolved),
        )


# The event word sits in a clause that dates it from the event told ("… came two days after a
# bombing in Kabul …", "… following the strikes in Syria").
_CONTEXT_CLAUSE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?)\s+after|after|following|since|"
    # gold5: "That statement followed a drone attack on an outpost in Jordan"
    r"followed|follows|came\s+after|comes\s+after|"
    # gold12 (part B): "the ministry condemned the Israeli air strikes on Beirut": an attack abroad that is what a
    # statement condemns is its context, as one told after "after" is
    r"condemn(?:s|ed|ing)|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|protest(?:s|ed|ing)\s+against)"
    r"\s+(?:[\w'’-]+\s+){0,6}$",
    re.I,
)
# A live post telling what is going on: "KIRKUK now:", "happening now", "right now"
_HAPPENING_NOW = re.compile(
    r"^\s*(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+now\s*:|\b(?:happening|right)\s+now\b", re.I
)
# "The blast follows attacks on convoys earlier this month": what the event told comes after
_FOLLOWS = re.compile(r"\b(?:follows|followed|c(?:a|o)mes?\s+(?:days\s+|weeks\s+)?after)\b", re.I)
# gold5 (false events): an event told in the pluperfect with only a month or a year, well before the
# story ("had overrun the town in August 2014"), is what came before the news.
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:already|first|earlier|previously|once|briefly)\s+|\w+ly\s+)?(?:been\s+)?$", re.I
)
_PLUPERFECT_BEFORE = dt.timedelta(days=45)
# gold5: a group described by what it has done ("militias that have fought for influence there")
_RELATIVE_PERFECT = re.compile(
    r"\b(?:who|that|which)\s+(?:have|has|had)\s+(?:(?:long|often|repeatedly|also|since|always)\s+)?$", re.I
)
# gold5: a toll for a whole month ("killed in acts of violence in July alone", "in July, the UN says")
_MONTH_TALLY = re.compile(
    r"\b(?:in\s+acts\s+of\s+(?:violence|terrorism)|in\s+(?:the\s+)?violence|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+alone|(?:monthly|month['’]s)\s+(?:toll|tally|figures?)|casualty\s+figures?|"
    # session 13: "Nearly 1,000 Iraqis were killed in September in attacks": the month, then what killed them
    r"(?:killed|died|dead|wounded)\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:in|by|from)\s+(?:\w+\s+)?(?:attacks|violence|bombings))\b",
    re.I,
)
# gold5: victims named by what befell them, with the article ("the activists gunned down")
_VICTIMS_NAMED = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:men|women|people|activists|protesters|demonstrators|organi[sz]ers|journalists|students|"
    r"youths|civilians|victims|bloggers|lawyers|doctors)\s+$",
    re.I,
)
_PARTICIPLE = re.compile(
    r"(?:shot|gunned|killed|murdered|assassinated|abducted|kidnapped|executed|slain|stabbed)\b", re.I
)
# gold5: an armed group named, which makes an arrest or a weapons find political even in a crime story
# Session 13: attacks fired from launchers, whose launchers found afterwards are no weapons seized
_LAUNCHED_SUBS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
# Session 13: a story that opens on crime: drugs, a robbery, a dispute or feud over land or money
_CRIME_ACTION = re.compile(
    r"\b(?:raid\w*|arrest\w*|detain\w*|seiz\w*|shoot-?outs?|gunfights?|shot|stabbed|killed|robbed|stole|smuggl\w*|police)\b",
    re.I,
)
_ARMED_ACTOR_KINDS = frozenset(cues.ARMED_KINDS - {"unidentified"})
_CRIME_STORY = re.compile(
    r"\b(?:narcotics?|captagon|cocaine|heroin|hashish|crystal\s+meth|methamphetamine|anti-drugs?|robber(?:y|ies|s)|"
    r"robbed|burglar\w*|(?:disputes?|feuds?)\s+(?:between\s+(?:two\s+)?(?:\w+\s+)?(?:families|clans|tribes)\s+)?over\s+"
    r"(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:land|farmland|plot|money|debts?|loans?|inheritance|dowry|marriage|grazing))\b|\b(?:drugs?)\s+(?:raids?|dealers?|smugglers?|gangs?|traffick\w*|bust)\b",
    re.I,
)
_ARMED_GROUP_WORDS = re.compile(
    r"\b(?:militants?|insurgents?|jihadists?|terrorists?|terror|militias?|militiam[ae]n|Islamic\s+State|Daesh|(?-i:IS|ISIS|ISIL)|"
    r"al-Qaeda|cells?|armed\s+groups?|factions?)\b",
    re.I,
)
# A find told with no blast and no harm (session 8 review): "troops found two unexploded rockets".
_FOUND_WORD = re.compile(r"\b(?:found|finds?|discovered|uncovered|seized|confiscated|recovered)\b", re.I)
_BLAST_OR_HARM = re.compile(
    r"\b(?:explo\w*|went\s+off|blew|blast\w*|detonat\w*|killed|killing|wounded|wounding|injur\w*|died|dead|hurt)\b",
    re.I,
)
# Doers whose attack is no accident, named in a story that opens on one (gold6).
_ATTACKERS_NAMED = re.compile(
    _ARMED_GROUP_WORDS.pattern[:-3] + r"|gunm[ae]n|attackers|assailants|bombers?|suicide|kidnappers|snipers?|"
    # session 8 review: a bomb that is planted by its nature ("On the same day, a car bomb killed
    # three soldiers") is an attack however the story opened, but not one a blast is likened to
    r"(?<!like\sa\s)(?:roadside|car|sticky|magnetic|truck|vehicle)[\s-]bombs?|(?-i:IEDs?)|improvised\s+explosive)\b",
    re.I,
)
_LIST_NEXT = re.compile(r"[ \t]*\n\s*(?:[-•*–—]|\d{1,2}[.)])\s")
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:and|while|as|after|when|before|but|which|who)\b", re.I)
_INTERVENING_KINDS = {"state force", "foreign force"}
_GROUP_KINDS = {"armed group", "militia"}
# A toll for the whole country, after events told in several places, is none of theirs (gold7)
_COUNTRY_TOTAL = re.compile(
    r"\b(?:across|throughout|around|all\s+over)\s+(?:the\s+)?(?:country|Iraq|nation)\b|\bnationwide\b|\bnational\s+(?:toll|total)\b|"
    # gold8 (part A): "more than 50 died in the two towns", "in both attacks": a sum over the places told
    r"\bin\s+(?:the\s+|all\s+)?(?:both|two|three|four|five)\s+(?:cities|towns|places|provinces|attacks|blasts|bombings|explosions)\b",
    re.I,
)
_FORCE_KINDS = frozenset({"state force"})
# "… were killed", "… was wounded": the dead told in the passive, before who killed them
_TOLL_PASSIVE = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot)\b",
    re.I,
)
# "gunmen loyal to Kataib Hezbollah", "militiamen affiliated with Badr": the group's own men
_LOYAL_TO = re.compile(
    r"\b(?:gunm[ae]n|militiam[ae]n|fighters|members|elements|armed\s+men|men)\s+(?:loyal\s+to|affiliated\s+(?:to|with)|"
    r"linked\s+to|belonging\s+to|tied\s+to|aligned\s+with)\s+(?:the\s+)?$",
    re.I,
)
_OWNER_KINDS = {"armed group", "militia", "party", "state force", "foreign force"}
_ARMED_LOYAL = re.compile(r"\b(?:gunm[ae]n|militiam[ae]n|fighters|armed\s+men)\b", re.I)
_LOYAL_AFTER = re.compile(
    r"\s+(?:loyal\s+to|affiliated\s+(?:to|with)|linked\s+to|belonging\s+to|tied\s+to|aligned\s+with)\b", re.I
)
# "Sadrist gunmen": a party's armed men
_POSSESSOR_OF_GROUP = re.compile(r"['’]s\s+(?:(?:newly|recently)\s+)?(?:[\w-]+\s+){0,2}")
_ARMED_MEN_AFTER = re.compile(
    r"['’]?s?\s+(?:gunm[ae]n|fighters|militiam[ae]n|militias?|militants|armed\s+men)\b", re.I
)
# The country the gazetteer and the codebook are built around (DESIGN.md: Iraq is the first region).
_COVERED_COUNTRY = "Iraq"
_NAMES_IRAQ = re.compile(r"\bIraq", re.I)
UNNAMED_GROUP = "Unidentified Armed Group (Iraq)"
_CIVILIAN_TARGET_SUBS = {
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
    "Shelling/artillery/missile attack",
}


class _Paragraph(NamedTuple):
    offset: int
    text: str
    parsed: SpacyDoc


@dataclass(frozen=True)
class UnresolvedName:
    """A name spaCy recognised in the text that the knowledge base could not resolve."""

    text: str
    label: str
    start: int


@dataclass
class _State:
    reference: dt.date | None
    anchor: dt.date | None = None
    last_person: Actor | None = None
    person_before: Actor | None = None  # the person named last before the sentence being read
    last_doer: Actor | None = None  # actor1 of the violent event or riot told last ("the looters")
    nationals: str | None = None  # the country of the foreign nationals named last ("Turkish workers")
    taken_captives: Actor | None = None  # the people whose capture the release clause follows (gold12)
    recent: list[str] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    dateline_place: Place | None = None
    anchor_confidence: float = 0.6
    last_city: Place | None = None  # the city or town the sentence before named
    # the last Iraqi place below a governorate a sentence named, and how many sentences ago
    recent_place: Place | None = None
    recent_age: int = 0
    recent_weekday: str | None = None  # the weekday the sentence naming it told, if any
    framed_place: Place | None = None  # the place a heading or a question names for what follows
    summaries: list[int] = field(default_factory=list)  # where protest summaries ("across the country") start
    history_told: bool = False  # the event told last was history, left uncoded (round 16)
    # the day of an arrest told with the crime the arrested are accused of ("a lieutenant accused of
    # shooting the researcher … has been taken into custody"): that crime, told again later, is no event (gold4)
    accused_arrest: dt.date | None = None
    accused_names: set[str] = field(default_factory=set)
    crime_told: bool = False  # gold5: the story tells crime in the family or between neighbours
    mishap_told: bool = False  # gold6: the story opens on an accident or a drill
    crime_story: bool = False  # session 13: the story opens on a drug raid, a robbery, a dispute over land


# "Summary: …", "In brief: …", "Bottom line: …": a line that sums up the story ahead of it.
_SUMMARY_LINE = re.compile(
    r"^\s*(?:summary|in\s+brief|recap|key\s+points?|bottom\s+line|overview|tl;?\s*dr|at\s+a\s+glance)\s*[:—–-]",
    re.I,
)


# gold11: a thread or a digest opened by what it sums up ("1/ Quick recap of the US strikes in Iraq
# since the new year"): the items after it tell the strikes one by one.
_RECAP_LINE = re.compile(
    r"^\W*(?:\d{1,2}\s*/\s*)?(?:an?\s+)?(?:(?:quick|short|brief)\s+)?(?:recap|round-?up|rundown|run-down|timeline|"
    r"overview|summary)\s+of\b",
    re.I,
)


_REPEATS_TOLD = re.compile(
    r"\b(?:for\s+the\s+(?:second|third|fourth|fifth)\s+time\s+in\s+(?:as\s+many|two|three|four|five)\s+(?:days|weeks)|"
    r"(?:twice|three\s+times)\s+in\s+(?:as\s+many|two|three|four)\s+(?:days|weeks)|"
    # gold11: "two Turkish drone strikes in two days" (a nationality and a weapon before the count's noun)
    r"(?:two|three|four|five)\s+(?:\w+\s+){0,2}?(?:strikes|attacks|bombings|raids|blasts)\s+in\s+(?:as\s+many|two|three|four|five)\s+days)\b",
    re.I,
)


def _summaries_merged(drafts: list[_Draft]) -> list[_Draft]:
    """A summary line that repeats an event the story then tells with its day ("Summary: factions
    have announced a pause in attacks" over "On Saturday evening the committee declared a halt …")
    adds evidence to that event; it is no event of the story's day."""
    kept: list[_Draft] = []
    for i, d in enumerate(drafts):
        if _SUMMARY_LINE.match(d.evidence[0].text) or (
            (_REPEATS_TOLD.search(d.evidence[0].text) or _RECAP_LINE.match(d.evidence[0].text))
            and merge_figures(d.figures).low is None
        ):
            # tenth session: a lead with no toll of its own that counts the strikes the story then
            # tells one by one ("For the second time in as many days, drones struck targets in Sinjar")
            later = next(
                (
                    o
                    for o in drafts[i + 1 :]
                    if o.trigger.event_type == d.trigger.event_type
                    and o.trigger.sub_event_type == d.trigger.sub_event_type
                    and (
                        d.place is None
                        or o.place is None
                        or d.place.admin1 == o.place.admin1
                        # gold11: a recap of the strikes "in Iraq" holds each one it then places
                        or (d.place.kind == "country" and d.place.name == o.place.country)
                    )
                ),
                None,
            )
            if later is not None:
                later.evidence.extend(e for e in d.evidence if e not in later.evidence)
                if d.modality == "asserted" and later.modality in ("planned", "hypothetical"):
                    later.modality = d.modality  # "has announced that he will step down": told as done
                if not _SUMMARY_LINE.match(d.evidence[0].text) and not _unnamed(d.actor1):
                    # gold11: the lead that counts the strikes names their doer ("two Turkish drone
                    # strikes in two days. On Monday a drone hit a car …; on Tuesday a strike hit …"):
                    # each strike it counts, told after it without a doer, is that doer's, and one told
                    # at no place the gazetteer knows lies where the lead puts them
                    for o in drafts[i + 1 :]:
                        if o.trigger.sub_event_type != d.trigger.sub_event_type:
                            continue
                        if _unnamed(o.actor1):
                            o.actor1, o.actor1_text = d.actor1, d.actor1_text
                        if o.place is None and d.place is not None:
                            o.place, o.place_text = d.place, d.place_text
                continue
        if d.place is not None and d.place.kind == "country" and d.trigger.family in ("violence", "battle"):
            # "Turkish warplanes struck PKK positions across northern Iraq. Jets hit targets in
            # Qandil and in Sinjar": the lead sums up the strikes the story then places
            later = next((o for o in drafts[i + 1 :] if _places_lead(d, o)), None)
            if later is not None:
                later.evidence[:0] = [e for e in d.evidence if e not in later.evidence]
                continue
        kept.append(d)
    return kept


# session 13: "US jets struck militia sites on Sunday. The jets hit depots near Haditha": a sentence that
# opens on the event just told, named again with "the", places it
_TOLD_AGAIN = re.compile(
    r"\s*(?:The|These|Those)\s+(?:\w+\s+){0,2}?(?:strikes?|raids?|jets|warplanes|drones?|attacks?|"
    r"attackers|blasts?|bombs?|rockets|missiles|shells|gunmen|militants|fighters)\b"
)


def _unplaced_merged(drafts: list[_Draft]) -> list[_Draft]:
    """An event told with no place, or only the country, and then placed by the next sentence, which
    tells it again ("The jets hit …"), is one event, at the place the second sentence names."""
    kept: list[_Draft] = []
    for i, d in enumerate(drafts):
        o = drafts[i + 1] if i + 1 < len(drafts) else None
        if (
            o is not None
            and (d.place is None or (d.place.kind == "country" and d.place.name == _COVERED_COUNTRY))
            and o.place is not None
            and o.place.kind != "country"
            and o.place.country == _COVERED_COUNTRY
            and (o.trigger.event_type, o.trigger.sub_event_type)
            == (d.trigger.event_type, d.trigger.sub_event_type)
            and d.date is not None
            and o.date == d.date
            and o.modality == d.modality
            and (_unnamed(d.actor1) or _unnamed(o.actor1) or d.actor1 is o.actor1)
            and _TOLD_AGAIN.match(o.evidence[0].text)
        ):
            o.evidence[:0] = [e for e in d.evidence if e not in o.evidence]
            if merge_figures(o.figures).low is None:
                o.figures.extend(d.figures)
            if _unnamed(o.actor1) and not _unnamed(d.actor1):
                o.actor1, o.actor1_text = d.actor1, d.actor1_text
            if o.actor2 is None:
                o.actor2, o.actor2_text = d.actor2, d.actor2_text
            continue
        kept.append(d)
    return kept


def _nested_merged(drafts: list[_Draft]) -> list[_Draft]:
    """One event told at two sizes of place: a later (or earlier) mention of the same kind of
    event on the same day, by the same doer, at a place that holds the other's place ("Rockets hit
    the Green Zone on Tuesday … The rockets fell in Baghdad"), adds evidence to the more precise one."""
    kept: list[_Draft] = []
    for d in drafts:
        inner = next(
            (
                o
                for o in drafts
                if o is not d
                and d.place is not None
                and o.place is not None
                and o.trigger.sub_event_type == d.trigger.sub_event_type
                and d.date is not None
                and o.date == d.date
                and o.modality == d.modality
                and (_unnamed(d.actor1) or _unnamed(o.actor1) or d.actor1 is o.actor1)
                and (d.actor2 is None or o.actor2 is None or d.actor2 is o.actor2)
                and _holds(d.place, o.place)
                and not _told_apart(d, o)
            ),
            None,
        )
        if inner is None:
            kept.append(d)
            continue
        inner.evidence.extend(e for e in d.evidence if e not in inner.evidence)
        told = merge_figures(inner.figures)
        if told.low is None and not told.running_total_ignored:
            inner.figures.extend(d.figures)  # the toll only the wider telling gives
        if _unnamed(inner.actor1) and not _unnamed(d.actor1):
            inner.actor1, inner.actor1_text = d.actor1, d.actor1_text
    return kept


def _doers_shared(drafts: list[_Draft]) -> None:
    """Tenth session: an attack whose doer one telling leaves unnamed takes the armed group another
    telling of that day names for an attack at the same place or one holding it ("A car bomb tore
    through a Baghdad market; Islamic State says its bomber struck the market"): the report that
    names a doer says who did it. Only one named group may offer itself, and a telling that marks
    itself as another attack ("a separate blast") keeps its unnamed doer."""
    for d in drafts:
        if (
            d.actor1 is None
            or d.actor1.acled_name != UNNAMED_GROUP
            or d.trigger.family not in ("violence", "battle")
            or d.trigger.sub_event_type == "Air/drone strike"  # whose aircraft, a group's name never says
        ):
            continue
        named = {
            o.actor1.acled_name: o
            for o in drafts
            if o is not d
            and o.actor1 is not None
            and o.actor1.kind in _GROUP_KINDS
            and o.actor1 is not d.actor2
            and o.trigger.family in ("violence", "battle")
            and o.trigger.sub_event_type != "Air/drone strike"
            and o.date is not None
            and o.date == d.date
            and o.modality == d.modality
            # session 10 review: the same kind of attack or the same target, told at the same place or
            # claimed ("Islamic State fighters attacked an army post" names no one who shot a shopkeeper)
            and (
                o.trigger.sub_event_type == d.trigger.sub_event_type
                or (
                    o.actor2 is not None
                    and d.actor2 is not None
                    and o.actor2.acled_name == d.actor2.acled_name
                )
            )
            and (
                (
                    o.place is not None
                    and d.place is not None
                    and (o.place.id == d.place.id or _holds(o.place, d.place) or _holds(d.place, o.place))
                )
                or search(cues.CLAIM, o.evidence[0].text) is not None
            )
            and not any(_ANOTHER.search(e.text) for e in (d.evidence[0], o.evidence[0]))
        }
        if len(named) == 1:
            (o,) = named.values()
            d.actor1, d.actor1_text = o.actor1, o.actor1_text


def _captives_dead_moved(drafts: list[_Draft]) -> None:
    """Ninth session: a story that tells an abduction and a killing of the same day and place gives
    the dead to the killing ("Gunmen kidnapped ten villagers …, and the bodies of seven of them were
    later found shot", under a headline that counts the dead): the abduction counts no one dead."""
    for abd in drafts:
        if not abd.trigger.sub_event_type.startswith("Abduction"):
            continue
        told = merge_figures(abd.figures)
        if not told.low:
            continue
        for att in drafts:
            if (
                att.trigger.sub_event_type == "Attack"
                and att.date == abd.date
                and (att.place is None or abd.place is None or att.place.id == abd.place.id)
            ):
                if not merge_figures(att.figures).low:
                    att.figures = [*att.figures, replace(told, injured=None)]
                abd.figures = [replace(told, low=None, high=None, listed=False, vague=False)]
                break


def _holds(outer: Place, inner: Place) -> bool:
    """A country or governorate that holds a place, or a city and a site or quarter of it (its
    district); a city never holds another town of its governorate."""
    if outer.kind in ("country", "governorate"):
        return _contains(outer, inner)
    return (
        outer.kind in ("city", "district")
        and inner.specificity > 5
        and inner.admin2 is not None
        and inner.admin2 == outer.admin2
        and inner.admin1 == outer.admin1
    )


# "In another attack …", "Separately, …", "a second bomb …": a telling of an event of its own.
_ANOTHER = re.compile(r"\b(?:another|separate(?:ly)?|second|third|elsewhere|also|meanwhile)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
# session 10 review: the place a group holds is the attack's own only when the attack was at it
_AT_HELD_PLACE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|on\s+the\s+(?:edge|outskirts)\s+of|on\s+the\s+edges\s+of|"
    r"(?:north|south|east|west)\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _told_apart(a: _Draft, b: _Draft) -> bool:
    """Whether either telling says it is a different event, or both give a toll and they differ."""
    if any(_ANOTHER.search(e.text) for e in (a.evidence[0], b.evidence[0])):
        return True
    low_a, low_b = merge_figures(a.figures).low, merge_figures(b.figures).low
    return low_a is not None and low_b is not None and low_a != low_b


def _places_lead(lead: _Draft, other: _Draft) -> bool:
    """``other`` tells, at a place inside the lead's country, the same strikes as the lead."""
    return (
        other.place is not None
        and other.place.kind != "country"
        and other.place.country == lead.place.name  # type: ignore[union-attr]
        and other.trigger.sub_event_type == lead.trigger.sub_event_type
        and other.date == lead.date
        and lead.actor1 is not None
        and other.actor1 is not None
        and other.actor1.acled_name == lead.actor1.acled_name
    )


def _distance(d: DateMatch, trigger: rules.Trigger, sentence: str) -> int:
    """Characters between a date and the event word; a clause boundary between them costs more."""
    if d.end <= trigger.start:
        gap = sentence[d.end : trigger.start]
    elif d.start >= trigger.end:
        gap = sentence[trigger.end : d.start]
    else:
        return 0
    return len(gap) + 100 * len(re.findall(r"[,;:—–\n]", gap))  # a line break too: a heading's date


_TOLL_CLAUSE_BREAK = re.compile(r",\s*(?:and|while|whereas|but)\s+|;\s*")


def _clause_figures(sentence: str, place_texts: list[str | None], whole: Figures) -> list[Figures]:
    """For events told at several places in one sentence, the figures of the clause that names
    each place; the whole sentence's where that clause gives none (one toll for all of them)."""
    bounds = [0, *(m.end() for m in _TOLL_CLAUSE_BREAK.finditer(sentence)), len(sentence) + 1]
    out = []
    avenged = search(_AVENGED, sentence)
    for text in place_texts:
        at = sentence.find(text) if text else -1
        if avenged is not None and avenged.start() <= at < avenged.end():
            # "… in retaliation for a rocket attack on K1 that killed a contractor": that attack's toll
            out.append(read_figures(avenged.group(0)))
            continue
        if at < 0 or len(bounds) == 2:
            out.append(whole)
            continue
        k = max(j for j in range(len(bounds) - 1) if bounds[j] <= at)
        clause = read_figures(sentence[bounds[k] : bounds[k + 1]])
        out.append(clause if clause.low is not None else whole)
    return out


# A closing attribution: "…, the foreign ministry in Ankara said." The places in it say where the
# source is, not where the event was.
_SOURCE_CLAUSE = re.compile(
    r",\s*(?:[^,;]{0,60}?)\b(?:said|says|reported|announced|told\s+(?:reporters|journalists|\w+))\s*[.!]?\s*$"
)
# Eighth session: the terms of an agreement or an order ("under which the fighters will leave the
# shrine", "told his men to stop fighting in Basra", "in the wake of the fighting in Karbala") name
# where it is to take effect or what led to it, not where it was agreed or given.
_TERMS_OF_DEAL = re.compile(r"\b(?:under\s+which|whereby|in\s+the\s+wake\s+of)\b", re.I)
# ... and the act it orders or agrees to ("to stop fighting in Basra", "to end the mission in Iraq"):
# such a place gives way to one told before the order (where it was read out) and, when only a
# country, to the dateline; alone it places the order ("ordered his men to withdraw from the Green
# Zone" → the Green Zone).
_ORDERED_ACT = re.compile(
    r"\bto\s+(?:stop|leave|withdraw|pull|end|cease|hand|lay|put|freeze|suspend|halt|quit|evacuate|vacate|"
    r"return|disarm|cooperate|abandon|dismantle|remove|run|govern|administer|manage|share|rebuild|secure)\b",
    re.I,
)


# A town's loss or capture named as a point in time ("after the fall of Mosul") is no place of the
# event told beside it (gold7).
_FALL_OF = re.compile(
    r"\b(?:after|since|before|following|until)\s+(?:the\s+)?(?:fall|capture|loss|seizure|liberation)\s+of\s+(?:the\s+city\s+of\s+)?$",
    re.I,
)


# What the people seized are accused of: its places are the crime's, not the arrest's (gold7).
_ACCUSING = re.compile(
    r"\b(?:accusing|accused|suspected|suspecting|charged|charging)\s+(?:(?:them|him|her|the\s+\w+)\s+)?(?:of|with)\b|"
    r"\bin\s+connection\s+with\b",
    re.I,
)


# Where an order or a call was given out: "in a statement read out at his office in Najaf" (gold7).
_GIVEN_AT = re.compile(
    r"\b(?:statement|speech|address|sermon|announcement|message|letter|broadcast)\b[^.;]{0,50}?\b(?:in|at|from)\s+"
    r"(?:(?:his|her|their|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:in|at)\s+)?$",
    re.I,
)


# A sentence that says the event just told happened abroad, naming no place (eighth session).
_DONE_ABROAD = re.compile(
    r"\b(?:beyond|outside)\s+(?:(?:Iraq|the\s+country)['’]s\s+|(?:the\s+)?Iraqi\s+|its\s+)?(?:borders|territory)\b|"
    r"\b(?:outside\s+(?:of\s+)?Iraq|abroad|in\s+another\s+country|in\s+a\s+neighbouring\s+country)\b",
    re.I,
)
# An officer put out of his post by someone else (not one who resigns)
_REMOVED_FROM_POST = re.compile(
    r"\b(?:fired|ousted|removed|replaced|sacked|dismissed|relieved|suspended|moved|transferred|shifted)\b",
    re.I,
)
# Two forces that share one noun: "US and Iraqi troops", "Coalition and Iraqi forces"
_JOINT_BEFORE = re.compile(
    r"\b(?P<who>(?-i:US|U\.S\.)|American|British|Coalition|Iraqi|Turkish|Iranian|Kurdish|Australian)\s+and\s+$",
    re.I,
)
_FORCE_NOUN_END = re.compile(r"\b(?:troops|forces|soldiers|units|commandos|special\s+forces)$", re.I)
_REASON_BETWEEN = re.compile(r"\b(?:after|following|over|amid|because\s+of)\b", re.I)
# Verbs of choosing or backing a person for an office (eighth session).
_CHOSEN = re.compile(
    r"\b(?:elect(?:ed|s)?|re-?elected|chose|chosen|nominat(?:ed|es)|asked|tasked|endorsed|"
    r"(?:his|her|their|its)\s+support\s+(?:behind|for|to))\b",
    re.I,
)
_AGAINST_GAP = re.compile(r"\s+against\s+(?:the\s+)?", re.I)
# A verb of a force's move, after the force in the subject of a move (eighth session).
_MOVE_VERB = re.compile(
    r"\b(?:crossed|rolled|drove|moved|pulled|headed|withdrew|left|arrived|redeployed|relocated)\b", re.I
)


def _event_clause(
    hits: list[NameHit], trigger: rules.Trigger, sentence: str, role_places: bool = True
) -> list[NameHit]:
    """Names that can place the event: not those told in a clause about another event ("… two days
    after strikes near Al-Qaim") nor those describing a person ("the commander in Anbar")."""
    kept: list[NameHit] = []
    other: list[NameHit] = []
    source = search(_SOURCE_CLAUSE, sentence)
    other_clause = may_match(_OTHER_CLAUSE, sentence)
    for h in hits:
        if (
            h.places
            and h.start > trigger.end
            and other_clause
            and _OTHER_CLAUSE.search(_TIME_OF_DAY.sub(" ", sentence[trigger.end : h.start]))
        ):
            other.append(h)
            continue
        if h.places and _FALL_OF.search(sentence, max(0, h.start - 50), h.start):
            other.append(h)  # gold7: "the new force Sadr announced after the fall of Mosul": history named
            continue
        if h.places and h.start > trigger.end and _ACCUSING.search(sentence, trigger.end, h.start):
            # gold7: "detained 14 members, accusing them of preparing attacks on the Green Zone"; a
            # crime's place still places the arrest when the sentence names no other (review of the
            # ninth session: "arrested a man suspected of killing a writer in Basra")
            continue
        if h.places and _ROLE_PLACE.search(sentence[max(0, h.start - 40) : h.start]):
            continue
        if (
            h.places
            and trigger.family == "strategic"
            and _SENT_AS_ROLE.search(sentence[max(0, h.start - 100) : h.start])
        ):
            continue  # ninth session: "X, the general sent to restore order in Dhi Qar, was relieved"
        if h.places and source is not None and h.start >= source.start() > trigger.end:
            continue  # "…, the foreign ministry in Ankara said": where the source spoke
        if h.places and trigger.sub_event_type == "Agreement" and h.start > trigger.start:
            if _TERMS_OF_DEAL.search(sentence, trigger.start, h.start):
                other.append(h)
                continue  # "a plan under which the fighters leave the shrine": its terms, not its place
            given_at = [
                k
                for k in hits
                if k.places
                and k.places[0].kind != "country"
                and _GIVEN_AT.search(sentence, max(0, k.start - 80), k.start)
            ]
            if h in given_at and any(
                k.places and k not in given_at and _ORDERED_ACT.search(sentence, trigger.start, k.start)
                for k in hits
                if k.start > trigger.start
            ):
                # gold7: "told his men to stop fighting in Basra …, in a statement read out at his office
                # in Najaf": where the order was read out, told after the act, leaves the act's place
                # to place it (as "ordered his supporters to withdraw from the Green Zone …, in a
                # televised address from Najaf" → the Green Zone)
                other.append(h)
                continue
            if (
                _ORDERED_ACT.search(sentence, trigger.start, h.start)
                and h not in given_at
                and (
                    h.places[0].kind == "country"
                    # gold7: "signed an agreement in Baghdad on Friday to run Sinjar jointly": a place
                    # told before the act, after the event word too
                    or any(k.places and k.start < h.start and k.places[0].kind != "country" for k in kept)
                )
            ):
                other.append(h)
                continue  # "In a statement read out in Najaf, he told his men to stop fighting in Basra"
        kept.append(h)
    semi = sentence.rfind(";", 0, trigger.start) if trigger.family == "territory" else -1
    if semi != -1 and any(h.places and h.start > semi for h in kept):
        # gold11 (part A): "The raid on Kirkuk came as the offensive on Mosul went on; on Thursday,
        # troops recaptured Bartella": the event told after a semicolon with a place of its own is
        # not placed by the names of the clause before it
        kept = [h for h in kept if not (h.places and h.start < semi)]
    if not any(h.places for h in kept) and role_places:
        return [h for h in hits if h not in other]  # a role's place, failing any other
    return kept


# session 14: an office given up or taken away ("two ministers resigned", "removed three ministers")
_OFFICE_LEFT = re.compile(
    r"\b(?:resign\w*|step(?:ped|s|ping)?\s+(?:down|aside)|st(?:ood|ands?)\s+down|quit|dismissed|sacked|removed|ousted)\b",
    re.I,
)
# Where a sentence's second clause may open: "; ", ", while ", ", and " or ", but ".
_SECOND_CLAUSE = re.compile(r";\s+|,\s+(?:while|whereas|and|but|as)\s+|\s+while\s+", re.I)
_BARE_MARINES = re.compile(
    r"(?<!Iraqi\s)(?<!British\s)(?<!Royal\s)\b(?-i:Marines)\b(?!\s+(?:Corps\s+)?(?:said|says|spokes))"
)
_SECOND_OR_KILLED = re.compile(
    _SECOND_CLAUSE.pattern
    + r"|\s+and\s+(?=(?:then\s+|later\s+)?(?:shot|gunned|killed|executed|beheaded|murdered)\b)",
    re.I,
)
_VIOLENT_FAMILIES = ("violence", "battle", "protest", "riot")
# "The militants first fired on the unit's positions and then set off a bomb": the men of the
# event just told, telling how it went.
# people who fled an event, and where to ("many of its families fled to Baqubah")
_DISPLACED_TO = re.compile(
    r"\b(?:families|residents|villagers|people|civilians|inhabitants|survivors|Yazidis|Christians)\s+"
    r"(?:\w+\s+){0,2}?(?:fled|escaped|took\s+refuge|sought\s+(?:refuge|shelter))\s+(?:back\s+)?"
    r"(?:to|towards?|into|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)
_DEFINITE_DOER = re.compile(
    # eleventh session: one doer too ("The attacker also threw a grenade, killing four other worshippers")
    r"^\W*(?:The|These|Those)\s+(?:attackers?|assailants?|militants|gunm[ae]n|insurgents|jihadists|bombers?|raiders)\b"
)
# "the strikes had killed three soldiers": the event told before, as the subject of the killing
_EVENT_SUBJECT = re.compile(
    r"\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?(?:strikes?|air\s*strikes?|airstrikes?|raids?|attacks?|blasts?|"
    r"bombings?|explosions?|shelling|bombardment)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?$",
    re.I,
)
# session 14 (one strike told many times): "Ten militants were neutralised in the strikes", "five of its
# members were killed in the attack west of Kirkuk": a toll told in the event told before
_IN_EVENT_TOLD = re.compile(
    r"\s*(?:[\w'’\"”-]+\s+){0,3}?(?:in|by|during)\s+(?:the|these|those|this|that|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|air\s*strikes?|airstrikes?|drone\s+attacks?|raids?|attacks?|blasts?|bombings?|explosions?|"
    r"shelling|bombardment|barrage|bombing\s+campaign)\b",
    re.I,
)
# "…, and gunmen then opened fire on the officers": the next act of the same attack
_THEN_ACT = re.compile(
    r"\bthen\s+(?:opened|fired|set|attacked|stormed|detonated|blew|shot|ambushed|clashed|raided)\b", re.I
)


# thirteenth session: a clause that opens on a named armed group ("…; IS bomber blows himself up")
_GROUP_OPENS = re.compile(
    r"\W*(?:the\s+)?(?:(?-i:IS|ISIS|ISIL|PKK)|Islamic\s+State|Daesh|al[- ]Qaeda)\b(?!\s*-?\s*(?:held|controlled|free)\b)",
    re.I,
)


def _second_clause(sentence: str, trigger: rules.Trigger) -> tuple[int, int] | None:
    """Where a sentence that tells two violent events of different kinds splits: the end of the
    first clause and the start of the second ("A roadside bomb wounded two soldiers near Tarmiyah,
    while gunmen shot dead a farmer in Baqubah"), or None. A clause that only adds the toll
    ("…, killing three") or tells the same kind of event is part of the first."""
    # ninth set (part A): "Gunmen seized a reporter … and shot dead her interpreter": the captors'
    # killing of someone else, told with a bare "and", is a second event
    splits = _SECOND_CLAUSE if not trigger.sub_event_type.startswith("Abduction") else _SECOND_OR_KILLED
    for m in splits.finditer(sentence, trigger.end):
        stop = sentence.find(";", m.end())  # "…; in Hawija, gunmen …; and …": one clause at a time
        rest = sentence[m.end() : stop if stop != -1 else len(sentence)]
        if m.group().startswith(";") and opens_place_clause(rest):
            return m.start(), m.end()  # "…; in Dibis, …": a round-up's next place tells its own news
        if _THEN_ACT.search(rest[:80]) or _DEFINITE_DOER.match(rest):
            continue  # the next act of the same attack
        # "… blew himself up at the gate …, and gunmen attacked the visitors in the courtyard": the
        # same site's parts
        same_site = _SITE_PART.search(rest[:100]) and _SITE_PART.search(sentence, 0, m.start())
        # eleventh session: "car bombs ripped through Sadr City, and a mortar round also struck the
        # district, killing 215": another weapon of the same attack, the one named first decides
        same_wave = _ALSO_THE_PLACE.search(rest[:100])
        next_blow = (
            _MOMENTS_LATER_NEARBY.search(rest[:100]) or same_site or same_wave or _SECOND_BLOW.match(rest)
        )
        if next_blow and not _SEPARATE.search(rest):
            # gold6 (false events): "… before one of them blew himself up, and a car bomb went off
            # minutes later at a nearby checkpoint": the next blow of the same attack
            continue
        other = _told_trigger(rest)
        if (
            m.group().startswith(";")
            and _GROUP_OPENS.match(rest)
            and search(cues.CLAIM, rest) is None  # "…; IS claims the blast": read as a claim
            and other is not None
            and other.happening
            and other.family in _VIOLENT_FAMILIES
            and not _casualties_only(other)
            and other.start < 40
        ):
            # thirteenth session: "Suicide car bomb kills 20 in Baghdad; IS bomber blows himself up at a
            # market": a clause after a semicolon that opens on a named group tells the
            # attack with its own doer (merged with the first when it is the same one), never the
            # first clause's target
            return m.start(), m.end()
        if (
            other is not None
            and other.happening
            and (
                other.family in _VIOLENT_FAMILIES
                # session 14: "thousands rallied in Ramadi, and in Baghdad two ministers resigned": an
                # office given up after a protest or an attack is news of its own
                or (other.sub_event_type == "Other" and _OFFICE_LEFT.search(other.word) is not None)
            )
            and (other.event_type, other.sub_event_type) != (trigger.event_type, trigger.sub_event_type)
            and not _casualties_only(other)
            and (
                not _refers_back(other, rest)
                # gold6: "abducted twelve men …, and the bodies of eight of them were later found shot":
                # the captives' killing is an event of its own
                or (trigger.sub_event_type.startswith("Abduction") and other.sub_event_type == "Attack")
            )
            and other.start < 60
        ):
            return m.start(), m.end()
    return None


# session 14: a headline's second clause joined by a bare comma, with a subject and a verb of deed of its
# own in the headline's present tense ("…, coalition targets Islamic State", "…, army pounds militants")
_HEADLINE_COMMA = re.compile(
    r",\s+(?!(?:and|but|while|whereas|as|who|which|that|where|when|after|before|then|also|killing|leaving|"
    r"wounding|injuring)\b)(?:[\w'’.-]+\s+){1,4}?"
    r"(?-i:targets|strikes|hits|pounds|bombs|shells|attacks|kills|storms|raids|ambushes|clashes|fights|battles|"
    r"bombards|pummels|seizes|retakes|recaptures|captures|kidnaps|abducts|executes|beheads|shoots|downs|"
    r"launches|besieges|rocks)\s+(?=\S)"
)


def _headline_comma_clause(sentence: str) -> tuple[int, int] | None:
    """Where a headline that tells a violent event splits at a bare comma before a clause with a
    subject and a present-tense deed of its own ("Blasts kill nine across Kirkuk, US-led coalition
    strikes Islamic State"): the end of the first clause and the start of the second, or None."""
    for m in _HEADLINE_COMMA.finditer(sentence):
        head = sentence[: m.start()]
        if ";" in head or "," in head or re.search(r"[.!?]\s", head):
            return None  # one clause before the comma, in a headline's present tense
        first = _told_trigger(head)
        if (
            first is not None
            and first.happening
            and first.family in ("violence", "battle")
            and len(head.split()) <= 14  # a headline's clause, not a story's long sentence
        ):
            return m.start(), m.start() + len(m.group()) - len(m.group()[1:].lstrip())
    return None


# ", as troops closed in", ", as fighting raged": a clause that tells what was going on around the event
_AS_CLAUSE = re.compile(
    r",\s+(?:just\s+|even\s+)?as\s+(?!well\b|part\b|many\b|much\b|long\b|soon\b|far\b|a\b|an\b)", re.I
)


def _in_dateline_line(sentence: str, at: int) -> bool:
    """Whether a date sits in the dateline, at the sentence's start or at the start of a line inside it
    ("Militants blow up mosque\nMOSUL, June 22 (Tigris Wire) - …": a headline joined to the lead)."""
    if in_dateline(sentence, at):
        return True
    line = sentence.rfind("\n", 0, at) + 1
    return line > 0 and in_dateline(sentence[line:], at - line)


def _circumstance(sentence: str, trigger: rules.Trigger) -> int | None:
    """Where the main clause ends when the event word found stands in a trailing ", as …" clause about
    fighting while the clause before it tells an event of another kind, or None."""
    if trigger.family != "battle":
        return None
    cut = None
    for m in _AS_CLAUSE.finditer(sentence, 0, trigger.start):
        cut = m
    if cut is None:
        return None
    main = _told_trigger(sentence[: cut.start()])
    if main is None or not main.happening or main.family == "battle" or main.event_type == trigger.event_type:
        return None
    return cut.start()


_SEMICOLON = re.compile(r";\s+")


def _first_clause(sentence: str, trigger: rules.Trigger) -> tuple[int, int] | None:
    """Where a run of incidents joined by semicolons splits before the event word: the first "; "
    whose clause before it tells a violent event of another kind ("a car bomb killed 215 in Sadr
    City; across the river, gunmen attacked …; and mortar rounds fell …"), or None."""
    for m in _SEMICOLON.finditer(sentence, 0, trigger.start):
        other = _told_trigger(sentence[: m.start()])
        if (
            other is not None
            and other.happening
            and other.family in _VIOLENT_FAMILIES
            and (other.event_type, other.sub_event_type) != (trigger.event_type, trigger.sub_event_type)
            and not _casualties_only(other)
        ):
            return m.start(), m.end()
    for m in _AND_CLAUSE.finditer(sentence, 0, trigger.start):
        # gold11 (part A): "militiamen fought troops in Sadr City on Tuesday evening, and rockets fell on
        # the Green Zone throughout the day": a fight, then another kind of attack at a place of its own
        rest = sentence[m.end() :]
        if (
            _THEN_ACT.search(rest[:80])
            or _DEFINITE_DOER.match(rest)
            or _MOMENTS_LATER_NEARBY.search(rest[:100])
            or _ALSO_THE_PLACE.search(rest[:100])
            or _SEPARATE.search(rest)
            or not _OWN_PLACE_NAMED.search(sentence, m.end(), trigger.end + 60)
            # "killed the leader, and five of his aides in an air strike": the strike is the means
            # of the killing, not the subject of a clause of its own
            or trigger.start - m.end() > 40
            or _MEANS_BEFORE.search(sentence, m.end(), trigger.start)
        ):
            continue
        other = _told_trigger(sentence[: m.start()])
        if (
            other is not None
            and other.happening
            and other.family == "battle"
            and trigger.event_type == "Explosions/Remote violence"
            and not _casualties_only(other)
        ):
            return m.start(), m.end()
    return None


_AND_CLAUSE = re.compile(r",\s+(?:and|while)\s+")
_MEANS_BEFORE = re.compile(r"\b(?:in|with|by|during|from|using|through)\b", re.I)
# a clause's own place: "… fell on the Green Zone", "… hit a market in Kut"
_OWN_PLACE_NAMED = re.compile(r"\b(?:in|on|at|near|into|across)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


# "…, who was abducted from her home on 26 December, was released …": the captivity in a relative clause
_TAKEN_CLAUSE = re.compile(
    r"\b(?:who|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:abducted|kidnapped|seized|snatched|taken\s+hostage|"
    r"taken\s+(?:away\s+)?from\s+(?:his|her|their)\b)",
    re.I,
)
_FREED_AFTER = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:freed|released|set\s+free|let\s+go)\b"
    r"(?!\s+(?:on\s+bail|from\s+(?:the\s+)?hospital|without\s+charge))",
    re.I,
)
_PRONOUN_FREED = re.compile(
    r"\s*(?:She|He|They)\s+(?:later\s+)?(?P<verb>(?:was|were)\s+(?:\w+\s+)?(?:freed|released|set\s+free|let\s+go))\b"
    r"(?!\s+(?:on\s+bail|from\s+(?:the\s+)?hospital|without\s+charge))"
)
# gold12 (part A): the captivity in a bare participle after the people named ("Three Japanese
# civilians seized by gunmen near Fallujah on April 7 were freed …"): a place, a day or the captors
# follow the participle
_TAKEN_PARTICIPLE = re.compile(
    r"\b(?:civilians|nationals|workers|labourers|laborers|engineers|journalists?|hostages|pilgrims|hunters|"
    r"contractors|drivers|men|women|students|activists?|(?:[\w'’-]+\s+){0,2}?(?:worker|engineer|contractor|driver|consultant))\s+"
    r"(?:abducted|kidnapped|seized|snatched)\s+(?:by|from|in|near|at|on|outside|last|earlier)\b",
    re.I,
)


# "The army sent two more battalions into the district and set up a command post in the town": one
# subject, two strategic moves of different kinds joined by "and" (gold5)
_AND_VERB = re.compile(
    r",?\s+and\s+(?=(?:[\w'’-]+\s+){0,5}?(?:[a-z]+ed|set|sent|took|began|made|built|drew|withdrew|struck|signed)\b)"
)
_SPLIT_MOVES = frozenset(
    {
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Agreement",
    }
)


def _two_moves(sentence: str, trigger: rules.Trigger) -> int | None:
    """Where a sentence that tells two strategic moves of different kinds splits (the start of ", and
    …"), or None: troops sent in and a post set up, a base handed over and a truce signed. Arrests
    with the weapons seized from the men stay one arrest."""
    if trigger.family != "strategic" or trigger.sub_event_type not in _SPLIT_MOVES:
        return None
    for m in _AND_VERB.finditer(sentence):
        left, right = rules.classify(sentence[: m.start()]), rules.classify(sentence[m.end() :])
        if (
            left is not None
            and right is not None
            and left.sub_event_type in _SPLIT_MOVES
            and right.sub_event_type in _SPLIT_MOVES
            and left.sub_event_type != right.sub_event_type
        ):
            return m.start()
    return None


def _taken_before_release(sentence: str, trigger: rules.Trigger) -> int | None:
    """Where a release told after a relative clause of the abduction splits from it (the start of
    ", was released"), or None. Without the comma the captivity may be told in a clause or a bare
    participle ("Three Italians seized by gunmen near Kirkuk on May 3 were freed on Friday"): the
    release splits where its own verb starts."""
    if trigger.sub_event_type == "Agreement" and re.match(r"(?:was|were|has|have)\b", trigger.word, re.I):
        at = trigger.start
    elif (
        trigger.sub_event_type.startswith("Abduction")
        and (freed := _FREED_AFTER.search(sentence, trigger.end)) is not None
    ):
        at = freed.start()  # the capture ranked first; the release told after it
    else:
        return None
    comma = sentence.rfind(",", 0, at)
    if comma >= 0 and not sentence[comma + 1 : at].strip():
        return comma if _TAKEN_CLAUSE.search(sentence, 0, comma) else None
    if _TAKEN_CLAUSE.search(sentence, 0, at) or _TAKEN_PARTICIPLE.search(sentence, 0, at):
        return at
    return None


# gold5: "in the wake of the fighting in Karbala that turned a pilgrimage into a massacre": the
# background's own relative clause is background too
_BACKGROUND_RELATIVE = re.compile(
    r"\b(?:(?:in\s+the\s+face|in\s+the\s+wake|on\s+the\s+back)\s+of|despite)\b[^,;.]{0,80}?\b(?:that|which)\b[^,;.]*$",
    re.I,
)


def _claim_after_semicolon(sentence: str) -> int | None:
    """Where a semicolon parts an attack told before it from a claim of it after it ("bomb kills 23
    in Baghdad; IS says carried out the bombing"): the claim is read on its own, naming the doer."""
    for m in re.finditer(r";\s", sentence):
        tail = sentence[m.end() :]
        if (
            search(cues.CLAIM, tail) is not None
            and not search(rules.DENIAL_WORDS, tail)
            and not search(cues.TOLL_WORDS, tail)  # "IS claims the bombing, four police killed" tells more
        ):
            told = _told_trigger(sentence[: m.start()])
            if told is not None and told.happening and told.family in ("violence", "battle"):
                return m.start()
    return None


def _after_claim_clause(sentence: str, semi: int) -> int | None:
    """Where the claim clause that starts after the semicolon at ``semi`` ends, when a further "; "
    clause tells a violent event of its own (a headline run: "…; IS claims the Kadhimiya blast; IS
    bomber blows himself up at a market, 20 dead"), or None."""
    for m in re.finditer(r";\s", sentence[semi + 1 :]):
        told = _told_trigger(sentence[semi + 1 + m.end() :].split("; ")[0])
        if told is not None and told.happening and told.family in ("violence", "battle"):
            return semi + 1 + m.start()
    return None


def _told_trigger(sentence: str) -> rules.Trigger | None:
    """The event word of a sentence, passing over words that only name the background: "resigned
    after weeks of deadly protests", "in the face of mass protests", "after years of war"
    (docs/codebook.md, "Units"). A sentence whose only event word is background tells no event."""
    trigger = rules.classify(sentence)
    masked = sentence
    for _ in range(3):
        if trigger is None or not (
            cues.BACKGROUND_BEFORE.search(masked[max(0, trigger.start - 60) : trigger.start])
            or _BACKGROUND_RELATIVE.search(masked[max(0, trigger.start - 160) : trigger.start])
        ):
            return trigger
        masked = masked[: trigger.start] + " " * (trigger.end - trigger.start) + masked[trigger.end :]
        trigger = rules.classify(masked)
    return trigger


_CROWDS_BEFORE = re.compile(
    r"\b(?:crowds|protesters|demonstrators|mobs|rioters)\b(?:\s+(?!police|troops|forces|soldiers|gunmen|militiamen)[\w'’-]+){0,8}?\s+$",
    re.I,
)
_DISTANCE_FROM_TOWN = re.compile(
    r"\bthe\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village)\s*,\s*(?:(?:some|about|around|roughly|nearly)\s+)?"
    r"\d[\d,.]*\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{1,20}\)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from)\s+(?:the\s+)?(?:(?:capital|city)\s*,?\s*)?$",
    re.I,
)
_FLED_TO = re.compile(
    r"\b(?:withdrew|fled|retreated|escaped|pulled\s+back|headed|ran\s+off)\s+(?:back\s+)?(?:towards?|to|into|in\s+the\s+direction\s+of)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)


def _crowd_clash(trigger: rules.Trigger, sentence: str) -> rules.Trigger:
    """Protesters who clash (with police or with another crowd) riot: a Violent demonstration,
    unless a force fired on them first (docs/codebook.md, "Rules added with the second round")."""
    if (
        trigger.sub_event_type == "Armed clash"
        and trigger.word.lower().startswith("clash")
        and _CROWDS_BEFORE.search(sentence, 0, trigger.start)
    ):
        # gold5: "rival crowds clash in Kirkuk": crowds that clash riot, in a headline too
        return replace(trigger, family="riot", event_type="Riots", sub_event_type="Violent demonstration",
                       plover_type="PROTEST", plover_mode="riot")  # fmt: skip
    if trigger.family != "protest":
        return trigger
    clash = search(cues.CROWD_CLASHED, sentence)
    if clash is None or cues.FIRED.search(sentence[: clash.start()]):
        return trigger
    return replace(trigger, family="riot", event_type="Riots", sub_event_type="Violent demonstration",
                   plover_type="PROTEST", plover_mode="riot")  # fmt: skip


# A protest told only "in cities across the country", "nationwide", "in several towns of the
# province": a summary, coded town by town where the story names them (fourteenth round).
_SUMMARY_PLACE = re.compile(
    r"\b(?:(?:in|across)\s+(?:several|many|a\s+number\s+of|dozens\s+of|numerous|various|most|other)?\s*(?:\w+\s+)?"
    r"(?:cities|towns|provinces|governorates|districts)\b|across\s+(?:the\s+)?(?:country|Iraq|south|north|region|southern\s+Iraq)\b|"
    r"nationwide|throughout\s+(?:the\s+)?(?:country|Iraq|south))",
    re.I,
)


def _without_summaries(drafts: list[_Draft], summaries: list[int]) -> list[_Draft]:
    """Drafts less the protest summaries ("Thousands marched in cities across the country") of a
    story that also tells its protests place by place; a summary told alone is kept."""
    if not summaries:
        return drafts

    def summary(d: _Draft) -> bool:
        return (
            d.trigger.family in ("protest", "riot")
            and len(d.evidence) == 1
            and d.evidence[0].start in summaries
        )

    if all(summary(d) for d in drafts):
        return drafts
    return [d for d in drafts if not summary(d)]


def _regional_only(places: list[tuple[Place, str]], sentence: str, body: int) -> bool:
    """Whether the places of a protest sentence are only regions: the country, a governorate or a
    "province", or the dateline's city (where the story was filed)."""
    for p, text in places:
        at = sentence.find(text, body)
        if p.kind in ("country", "governorate") or at < 0:
            continue
        if re.match(r"\s+(?:province|governorate|region)\b", sentence[at + len(text) :], re.I):
            continue
        return False
    return True


def _route_start(places: list[tuple[Place, str]], sentence: str) -> list[tuple[Place, str]]:
    """A march "from Tahrir Square to the Jumhuriya bridge" is one event, where it set out."""

    def before(text: str) -> str:
        at = sentence.find(text)
        return sentence[max(0, at - 12) : at] if at >= 0 else ""

    if not any(re.search(r"\bfrom\s+(?:the\s+)?$", before(t), re.I) for _, t in places):
        return places
    kept = [
        (p, t)
        for p, t in places
        if not re.search(r"\b(?:to|towards?|toward)\s+(?:the\s+)?$", before(t), re.I)
    ]
    return kept or places


def _home(state: _State, drafts: list[_Draft]) -> frozenset[str]:
    """The story's countries: its dateline's, or that of the first event told with a place. A story
    filed abroad ("WASHINGTON — …") is still about the country tigris codes: a place there is no
    foreign context ("hours after a drone attack on Erbil …")."""
    if state.dateline_place is not None:
        filed = state.dateline_place.country
        return frozenset({filed, _COVERED_COUNTRY}) if filed is not None else frozenset()
    first = next((d.place.country for d in drafts if d.place is not None), None)
    return frozenset({first}) if first is not None else frozenset()


# "A and B", "Sadrist gunmen and fighters of Asaib Ahl al-Haq": two sides named as one subject
_JOINED_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?:gunm[ae]n|fighters|militiam[ae]n|forces|troops|units|members|militants|jets|warplanes|"
    # ninth session: "army commanders and YBS leaders agreed": the sides' envoys
    r"aircraft|drones|artillery|commanders|leaders|officers|officials|representatives|envoys|negotiators))?"
    # a headline joins the two with a comma alone: "Coalition aircraft, Peshmerga guns pound …"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:gunm[ae]n|fighters|militiam[ae]n|forces|troops|units|members|militants)\s+"
    r"(?:of|from)\s+(?:the\s+)?)?(?:(?-i:[A-Z])[\w.-]*\s+){0,3}"
    # gold12 (part B): "Islamic State and allied Baathist gunmen overran Tikrit": the ally's words
    r"(?:(?:allied|local|tribal|affiliated|Sunni|Shia|Shiite|Baathist)\s+){0,2}"
    # "… and the Kurdistan region's premier Masrour Barzani signed": the second side's title
    # gold11: the place's name capitalised ("the Kurdistan Region's prime minister Masrour Barzani")
    r"(?:(?:[A-Za-z]+['’]s\s+)?(?:prime\s+minister|premier|president|leader|head|chief|speaker|"
    r"(?:foreign|defen[cs]e|interior)\s+minister)\s+)?"
)


# "Police in Kirkuk said …", "a police source in Diyala told reporters …": where the source is
_SOURCE_PLACE = re.compile(
    r"(?:\s+(?:source|sources|official|officials|officer|spokesman|spokeswoman))?\s+(?:in|from)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:province\s+|governorate\s+)?(?=(?:said|says|told|reported|stated)\b)",
    re.I,
)


# eleventh session: ", the most senior Sunni Arab in the cabinet,": who the named man is, told between
# commas before what befell him
_DESCRIPTION_AFTER = re.compile(r",\s*(?:the|an?)\s+[^,;.()\n]{1,60},")


def _abbreviation_end(sentence: str, named: tuple[int, Actor, str]) -> int:
    """Where a name ends, with the closing full stop of a dotted abbreviation read as part of it
    (session 14: "…, U.N. says" is told of "U.N" with the stop after it)."""
    end = named[0] + len(named[2])
    if sentence.startswith(".", end) and re.search(r"(?:^|\.)(?-i:[A-Z])$", named[2]) and "." in named[2]:
        return end + 1
    return end


def _past_source_place(sentence: str, end: int) -> str:
    """The text after a name, with the place of a source skipped ("Police in Kirkuk said" reads as
    "Police said"), so that a source named with its place is still a source."""
    m = _SOURCE_PLACE.match(sentence, end)
    return " " + sentence[m.end() :] if m else sentence[end:]


def _past_description(sentence: str, end: int) -> str:
    """The text after a name, with a description set off by commas skipped ("the deputy premier, the
    most senior Sunni in the cabinet, was wounded" reads as "the deputy premier was wounded")."""
    m = _DESCRIPTION_AFTER.match(sentence, end)
    return sentence[m.end() :] if m else sentence[end:]


def _joined_subject(
    coded: list[tuple[int, Actor, Actor, str]], trigger: rules.Trigger, sentence: str, acted_on: set[int]
) -> tuple[tuple[Actor, str], tuple[Actor, str]] | None:
    """Two sides named as one subject right before the event word ("A and B signed"), or None."""
    subject: list[tuple[int, Actor, str]] = []
    for pos, c, _, t in coded:
        if pos > trigger.start or pos in acted_on:
            continue
        if (
            subject
            and subject[-1][1].acled_name == c.acled_name
            and re.fullmatch(r"\s*\(\s*", sentence[subject[-1][0] + len(subject[-1][2]) : pos])
        ):
            continue  # ninth session: "the Sinjar Resistance Units (YBS)": the name told again in brackets
        subject.append((pos, c, t))
    if len(subject) < 2:
        return None
    (p1, c1, t1), (p2, c2, t2) = subject[-2], subject[-1]
    if c1.acled_name == c2.acled_name or not _JOINED_GAP.fullmatch(sentence[p1 + len(t1) : p2]):
        return None
    if not re.fullmatch(
        r"\s*(?:\([^()]{1,30}\)\s*)?(?:[\w'’-]+\s+){0,2}", sentence[p2 + len(t2) : trigger.start]
    ):
        return None
    return (c1, t1), (c2, t2)


# ", the federal police, ", "… and the PMF": the gaps of a list of forces told as one subject
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _listed_forces(
    coded: list[tuple[int, Actor, Actor, str]], trigger: rules.Trigger, sentence: str, acted_on: set[int]
) -> list[tuple[Actor, str]]:
    """Three or more armed sides listed as the subject of the event word, commas between them ("the
    army, the police, the CTS and the PMF liberated …"), in the order told; else an empty list."""
    subject = [(pos, c, t) for pos, c, _, t in coded if pos <= trigger.start and pos not in acted_on]
    if not subject or re.search(r"[.;:\n]", sentence[subject[-1][0] : trigger.start]):
        return []
    chain = [subject[-1]]
    for pos, c, t in reversed(subject[:-1]):
        if not _LIST_GAP.fullmatch(sentence, pos + len(t), chain[0][0]):
            break
        chain.insert(0, (pos, c, t))
    if (
        len(chain) < 3
        or "," not in sentence[chain[0][0] : chain[-1][0]]
        or any(c.kind not in cues.ARMED_KINDS for _, c, _ in chain)
    ):
        return []
    return [(c, t) for _, c, t in chain]


def _forces_joined(
    coded: list[tuple[int, Actor, Actor, str]], trigger: rules.Trigger, sentence: str, acted_on: set[int]
) -> tuple[tuple[Actor, str], tuple[Actor, str]] | None:
    """Two state forces named as one subject before the event word, with words between the second
    and the event word ("Iraqi troops and police backed by armoured vehicles fought …"), or None."""
    subject = [(pos, c, t) for pos, c, _, t in coded if pos <= trigger.start and pos not in acted_on]
    if len(subject) < 2:
        return None
    (p1, c1, t1), (p2, c2, t2) = subject[-2], subject[-1]
    if (
        c1.acled_name == c2.acled_name
        or c1.kind not in _INTERVENING_KINDS
        or c2.kind not in _INTERVENING_KINDS
        or not re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[p1 + len(t1) : p2])
    ):
        return None
    return (c1, t1), (c2, t2)


def _ally_joined(
    coded: list[tuple[int, Actor, Actor, str]],
    doer: tuple[Actor, str] | None,
    sentence: str,
    acted_on: set[int],
) -> tuple[Actor, str] | None:
    """An armed side joined to the doer as one subject ("Coalition aircraft, Peshmerga guns pound IS
    fighters"), when another armed side follows as the one struck."""
    if doer is None or doer[0].kind not in cues.ARMED_KINDS:
        return None
    at = next((k for k, (_, c, _, t) in enumerate(coded) if c is doer[0] and t == doer[1]), None)
    if at is None or at + 2 >= len(coded):
        return None
    p1, _, _, t1 = coded[at]
    p2, c2, _, t2 = coded[at + 1]
    if (
        p2 in acted_on
        or c2.kind not in cues.ARMED_KINDS
        or c2.acled_name == doer[0].acled_name
        or not _JOINED_GAP.fullmatch(sentence[p1 + len(t1) : p2])
        or not any(
            c.kind in cues.ARMED_KINDS and c.acled_name != c2.acled_name for _, c, _, _ in coded[at + 2 :]
        )
    ):
        return None
    return c2, t2


_MEN_OF_GAP = re.compile(r"\s+of\s+")
_MEN_OF_OPENING = re.compile(
    r"(?:gunm[ae]n|militants|fighters|insurgents|jihadists|attackers|members)\s+of\s+", re.I
)
_OWN_MEN_KINDS = frozenset({"armed group", "militia", "state force", "foreign force"})


def _group_after(named: list[tuple[int, Actor, str]], at: int, sentence: str) -> bool:
    """Whether an armed force is named right after ``at`` and "of" ("troops of the US-led
    coalition", "militants of the Islamic State"): the generic word before it is its own men."""
    gap = _MEN_OF_GAP.match(sentence, at)
    return gap is not None and any(
        pos >= gap.end()
        and re.fullmatch(r"(?:the\s+)?", sentence[gap.end() : pos], re.I)
        and a.kind in _OWN_MEN_KINDS
        for pos, a, _ in named
    )


_GIVEN_NAME_BEFORE = re.compile(
    r"\b(?-i:Mohammed|Muhammad|Mohammad|Mohamed|Ahmed|Ahmad|Ali|Hussein|Hassan|Abdul|Abd|Abu|Omar|Imam|Sheikh|Martyr|Saddam)\s+$"
)
_NAMED_SITE_AFTER = re.compile(
    r"\s+(?:expressway|highway|motorway|road|street|avenue|bridge|square|hospital|school|university|stadium|mosque|airport|camp)\b",
    re.I,
)


# "… left Sinjar, and …": the side that withdrew, told before the side that moves in
_LEFT_FIRST = re.compile(
    r"\b(?:withdrew|withdrawn|pulled\s+(?:out|back)|left|retreated|abandoned|evacuated|vacated)\b[^.;]{0,120}?(?:,\s*and|;|,\s*then|\band\s+then)\s|"
    # gold11 (part A): "After the Peshmerga pulled back overnight, the militants walked into Qaraqosh"
    r"\b(?:withdrew|pulled\s+(?:out|back)|left|retreated)\b[^.;,]{0,60}?,\s(?=(?:[\w'’-]+\s+){1,6}?(?:moved|walked|rolled|marched|drove)\s+in)",
    re.I,
)


_MOVED_IN = re.compile(
    r"\b(?:moved|rolled|marched|drove|swept|poured|walked)\s+(?:in)?to\b|\bentered\b|\btook\s+(?:over|control)\b",
    re.I,
)


def _left_then_taken(sentence: str, trigger: rules.Trigger, text1: str | None, text2: str | None) -> bool:
    """Whether a bloodless transfer tells the side that left first and the side that moved in after
    it, with the event word in the second clause: the two actors read in order are the wrong way
    round."""
    if trigger.sub_event_type != "Non-violent transfer of territory" or not text1 or not text2:
        return False
    at1, at2 = sentence.find(text1), sentence.find(text2)
    if at1 < 0 or at2 < 0 or not at1 < at2 < trigger.end:
        return False
    left = _LEFT_FIRST.search(sentence, at1, trigger.end)
    return (
        left is not None
        and at1 < left.start()
        and left.end() <= at2
        and _MOVED_IN.search(sentence, at2, trigger.end) is not None
    )


def _group_before(
    named: list[tuple[int, Actor, str]], at: int, sentence: str, kinds: frozenset[str] | None = None
) -> bool:
    """Whether an armed group is named right before ``at`` ("Saraya al-Salam gunmen", "Kataib
    Hezbollah's fighters"): the generic word that follows is the group's own men. With ``kinds``,
    actors of those kinds instead ("Asayish security forces"). A word of how they fight may stand
    between ("IS suicide attackers", "the group's masked gunmen")."""
    return any(
        a.kind in (kinds or _GROUP_KINDS)
        and (
            not sentence[pos + len(t) : at].strip(" '’s")
            or _MEN_MODIFIER.fullmatch(sentence, pos + len(t), at)
        )
        for pos, a, t in named
        if pos + len(t) <= at
    )


# the group's own men with a word of how they fight between: "ISIL suicide attackers storm a base"
_MEN_MODIFIER = re.compile(r"(?:['’]s)?\s+(?:suicide|masked|armed)\s+")


# ACLED names every state's forces so, at home or abroad.
_STATE_FORCE_NAMES = ("Military Forces of ", "Police Forces of ", "Government of ")


def _territory_by_actor(trigger: rules.Trigger, actor1: Actor | None, sentence: str) -> rules.Trigger:
    """Ground taken by force: a state force regains it, anyone else overtakes it. Any state's force
    counts, a foreign one too ("the Syrian army retook …"); where the wording itself names the
    taker ("a spokesman said that rebels took …"), the rule's reading stands."""
    if trigger.event_type != "Battles" or "territory" not in trigger.sub_event_type or actor1 is None:
        return trigger
    if actor1.acled_name.startswith("Unidentified") or (
        # "Shia militia liberates …": the PMF is a state force whatever the wording calls it
        rules.taker_is_state(sentence, trigger) is not None
        and actor1.acled_name != "Popular Mobilization Forces"
    ):
        return trigger
    state = (
        actor1.kind in cues.STATE_KINDS
        or actor1.inter == 1
        or actor1.acled_name.startswith(_STATE_FORCE_NAMES)
    )
    sub = "Government regains territory" if state else "Non-state actor overtakes territory"
    return replace(trigger, sub_event_type=sub)


# ninth session: "attacked a checkpoint manned by the 30th Brigade", "hit a convoy of the federal
# police": the force's post or column is the force
_FORCE_POST_OF = re.compile(
    r"\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+)?(?:checkpoints?|posts?|bases?|positions?|patrols?|convoys?|outposts?|"
    r"headquarters|barracks|vehicles?)\s+(?:(?:manned|held|run|used|guarded)\s+by|belonging\s+to|of)\s+(?:the\s+)?",
    re.I,
)

# session 14: the dead listed together ("civilians, IS fighters", "civilians and militants of IS")
_DEAD_LISTED_WITH = re.compile(r"\s*(?:,|,?\s+and|&)\s+(?:[\w'’-]+\s+){0,2}?", re.I)
# session 14: a security building attacked ("an attack on the police HQ", "assault on an army base")
_ATTACK_ON_BEFORE = re.compile(
    r"\b(?:attacks?|assaults?|raids?|storming)\s+on\s+(?:an?\s+|the\s+|a\s+)?(?:[\w-]+\s+)?$", re.I
)
_FORCE_BUILDING_AFTER = re.compile(
    r"\s*(?:HQ|headquarters|stations?|bases?|compounds?|buildings?|offices?|directorate|checkpoints?|posts?|"
    r"barracks)\b",
    re.I,
)

_KILLING_THEM = re.compile(
    r"^[^,;:—–]*,\s+(?:killing|wounding|injuring)\s+(?:(?:at\s+least|an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|dozens\s+of)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


# The attackers then fight the force named next: the attack is a battle.
_THEN_FOUGHT = re.compile(
    r"(?:^|[^,;:—–]*\s)and\s+(?:then\s+)?(?:fight|fights|fought|battle[sd]?|clash(?:es|ed)?\s+with|exchang(?:e|es|ed)\s+fire\s+with)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+(?:and\s+)?){0,2}$",
    re.I,
)


def _clash_if_armed_target(
    trigger: rules.Trigger, actor2: Actor | None, actor2_text: str | None, sentence: str
) -> rules.Trigger:
    """An attack on an armed force is a battle, not violence against civilians: "gunmen killed two
    soldiers" is an armed clash. The force must be the object of the event word itself (right
    after it, in the same clause), not a source ("police said") or a force told elsewhere."""
    if (
        trigger.event_type == "Violence against civilians"
        and trigger.sub_event_type == "Attack"
        and actor2 is not None
        and actor2_text
        and (actor2.kind in cues.ARMED_KINDS or actor2.inter == 1)
        and (inside := sentence.find(actor2_text, trigger.start, trigger.end)) >= 0
        and _ATTACK_ON_BEFORE.search(sentence, max(0, inside - 30), inside)
        and (
            _FORCE_BUILDING_AFTER.match(sentence, inside + len(actor2_text))
            or _FORCE_BUILDING_AFTER.search(actor2_text.split()[-1]) is not None  # "intelligence HQ"
        )
    ):
        # session 14: "Attack on intelligence HQ in Kirkuk kills six", "attack on a police station": the
        # force that holds the building is struck, in a fight
        return replace(trigger, family="battle", event_type="Battles", sub_event_type="Armed clash",
                       plover_type="FIGHT", plover_mode="firearms")  # fmt: skip
    if (
        trigger.event_type != "Violence against civilians"
        or trigger.sub_event_type != "Attack"
        or actor2 is None
        or actor2.kind not in cues.ARMED_KINDS
        or not actor2_text
        # "IS executed 12 Shi'ite militia fighters it had captured": killing captives is still
        # violence against unarmed people
        or search(_CAPTIVES_KILLED, sentence)
    ):
        return trigger
    before = sentence.find(actor2_text)
    if 0 <= before < trigger.end and cues.VICTIM_AFTER.match(sentence[before + len(actor2_text) :]):
        # "An army officer was killed in an attack on a checkpoint": the force named as the dead
        return replace(trigger, family="battle", event_type="Battles", sub_event_type="Armed clash",
                       plover_type="FIGHT", plover_mode="firearms")  # fmt: skip
    at = sentence.find(actor2_text, trigger.end)
    gap = sentence[trigger.end : at] if at >= 0 else ","
    after = sentence[at + len(actor2_text) :] if at >= 0 else ""
    held = _FORCE_POST_OF.fullmatch(gap) is not None
    # "attacked a checkpoint in Tarmiyah, killing two policemen": the force is whom the attack killed
    killed = len(gap) <= 80 and _KILLING_THEM.match(gap) is not None
    # eleventh session: "militants storm the prison … and fight the guards and police for hours"
    fought = len(gap) <= 100 and _THEN_FOUGHT.search(gap) is not None
    apart = (len(gap) > 25 and not held) or re.search(r"[,;:—–]", gap) is not None
    if (apart and not killed and not fought) or re.match(r"\s+(?:said|say|says)\b", after):
        return trigger
    return replace(trigger, family="battle", event_type="Battles", sub_event_type="Armed clash",
                   plover_type="FIGHT", plover_mode="firearms")  # fmt: skip


def _civilian_toll(trigger: rules.Trigger, actor1: Actor | None, sentence: str) -> bool:
    """Whether the dead of an event with no named target are civilians (docs/codebook.md, "Actors").

    An attack on civilians, or a bombing or shelling by anyone but a state that "kills 30 people",
    targets civilians, unless the dead it counts are an armed party ("killing ten fighters").
    """
    if trigger.event_type == "Violence against civilians":
        m = search(cues.PEOPLE_KILLED, sentence)
        return m is None or not cues.ARMED_VICTIMS.search(_clause_from(sentence, m.start()))
    if trigger.sub_event_type not in _CIVILIAN_TARGET_SUBS and trigger.sub_event_type != "Air/drone strike":
        return False
    if search(cues.CIVILIANS_KILLED, sentence):
        # "blew up at a checkpoint …, killing 12 passengers", "a drone struck a house, killing a woman
        # and her child": the dead are named civilians, whoever struck
        return True
    if trigger.sub_event_type not in _CIVILIAN_TARGET_SUBS:
        return False
    if actor1 is not None and (actor1.kind in _INTERVENING_KINDS or actor1.inter in (1, 8)):
        return False
    m = search(cues.PEOPLE_KILLED, sentence)
    if search(cues.ARMED_OBJECT, sentence):
        return False
    if m is None:
        return bool(
            search(cues.TOLL_ROSE, sentence)
            or search(cues.CROWDED_SITE, sentence)
            or search(cues.CIVILIAN_TRADE, sentence)
        )
    return not cues.ARMED_VICTIMS.search(_clause_from(sentence, m.start()))


def _clause_from(sentence: str, at: int) -> str:
    end = re.search(r"[,;:.—–]|\s(?:and|as|while|after)\s", sentence[at:])
    return sentence[at : at + end.start()] if end else sentence[at:]


def _casualties_only(trigger: rules.Trigger) -> bool:
    """An event word that only counts the dead ("four of their fighters were killed", "Four
    policemen died and two were wounded": a toll with no weapon or side named)."""
    toll_only = trigger.sub_event_type == "Attack" and not trigger.plover_mode
    return toll_only or bool(_CASUALTY_WORD.search(trigger.word))


_DEFINITE_BEFORE = re.compile(r"(?:^|\W)(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.I)
# "and in the evening mortar rounds fell …": a time of day, not a reference to the event before
_TIME_OF_DAY_BEFORE = re.compile(
    r"\b(?:the|this|that)\s+(?:same\s+)?(?:morning|afternoon|evening|night|day|dawn|meantime)\s+$", re.I
)


_DEFINITE_VICTIM = re.compile(
    r"\bkilled\s+the\s+(?:[\w-]+\s+)?(?:commander|leader|official|officer|chief|emir|militant|fighter|man|woman)\b",
    re.I,
)
_HELD_RESPONSIBLE = re.compile(r"\bheld\s+(?:\w+\s+)?responsible\s+for\b", re.I)
_DAY_TOTAL = re.compile(r"\W*(?:in\s+all|in\s+total|altogether|all\s+told)\s*,", re.I)
_LATER_CLAUSE = re.compile(r"[,;]\s+(?:and|while|but)\s+", re.I)


def _refers_back(trigger: rules.Trigger, sentence: str) -> bool:
    """An event word told as a definite reference to the event before it ("The blast killed six
    people", "The attack also wounded …"), in a sentence with no date or place of its own."""
    before = sentence[: trigger.start]
    return bool(
        (_DEFINITE_BEFORE.search(before) and not _TIME_OF_DAY_BEFORE.search(before))
        or re.match(r"(?:the|this|that)\s", trigger.word, re.I)
    )


_STOPPED_IN_FLIGHT = re.compile(
    r"\b(?:intercept|shot\s+down|shoot\s+down|downed|down\b|brought\s+down)", re.I
)


def _same_province(a: _Draft, b: _Draft) -> bool:
    """Whether two drafts can be one event by place: the same governorate, or one of them unplaced."""
    return a.place is None or b.place is None or a.place.admin1 == b.place.admin1


def _strike_stopped_in_part(drafts: list[_Draft], draft: _Draft) -> _Draft | None:
    """Session 14: "Three rockets landed in the Green Zone late on Sunday. One of the rockets was
    intercepted near the embassy", "A drone was shot down near Erbil airport. The drone was intercepted
    by air defences": rockets, missiles or drones stopped in flight on the day and in the province of
    the strike or shelling just told are part of that attack, no disrupted weapons use of their own."""
    t = draft.trigger
    if t.sub_event_type != "Disrupted weapons use" or _STOPPED_IN_FLIGHT.search(t.word) is None:
        return None
    if any(_ANOTHER.search(e.text) for e in draft.evidence):
        return None
    for d in reversed(drafts):
        if d.trigger.sub_event_type not in ("Shelling/artillery/missile attack", "Air/drone strike"):
            continue
        if d.date != draft.date or d.modality != draft.modality:
            return None
        return d if _same_province(d, draft) else None
    return None


def _in_event_told(trigger: rules.Trigger, sentence: str) -> bool:
    """An event word followed by "in the strikes" or "in the attack", or holding it ("killed in the attack")."""
    if _IN_EVENT_TOLD.match(sentence, trigger.end) is not None:
        return True
    at = re.search(r"\s(?:in|by|during)\s", trigger.word)
    return at is not None and _IN_EVENT_TOLD.match(trigger.word, at.start()) is not None


def _toll_in_event_told(drafts: list[_Draft], draft: _Draft, sentence: str) -> _Draft | None:
    """Session 14: "The militia said five of its members were killed in the attack in the Zarga area
    west of Kirkuk": a toll or a fight told "in the attack" or "in the strikes", on the day and in the
    province of a strike or attack told before, is that event told again."""
    t = draft.trigger
    if not (t.sub_event_type in ("Armed clash", "Attack") or _casualties_only(t)):
        return None
    if not _in_event_told(t, sentence) or _ANOTHER.search(sentence[: t.start]):
        return None
    for d in reversed(drafts):
        if d.trigger.family not in ("violence", "battle") or d.modality != draft.modality:
            continue
        if d.date != draft.date:
            return None
        if (
            d.place is not None
            and draft.place is not None
            and d.place.id != draft.place.id
            and not any(n and n.lower() in sentence.lower() for n in (d.place.name, d.place_text))
        ):
            # session 14 review: "US jets struck a depot near al-Qaim … . In Ramadi, two policemen were
            # killed in the attack on their checkpoint": another place named, in the same province too, is
            # another event; "… killed in the attack in the Dibis area north of Kirkuk" names the strike's
            return None
        return d if _same_province(d, draft) else None
    return None


def _continues(earlier: rules.Trigger, later: rules.Trigger) -> bool:
    """Whether a sentence with no date or place of its own can be telling the earlier event."""
    if earlier.family in ("protest", "riot"):
        # a demonstration told and then shown violent is one riot
        return later.event_type == earlier.event_type or (
            earlier.family == "protest" and later.family == "riot"
        )
    return (later.event_type, later.sub_event_type, later.plover_type) == (
        earlier.event_type,
        earlier.sub_event_type,
        earlier.plover_type,
    )


def _no_fight(sentence: str, drafts: list[_Draft]) -> None:
    """Ground taken in one sentence and told as bloodless in the next ("Peshmerga units took over
    Kirkuk after the army left. There was no fighting."): a non-violent transfer of territory."""
    if not drafts or not search(rules.NO_FIGHT, sentence):
        return
    d = drafts[-1]
    if d.trigger.event_type == "Battles" and d.trigger.sub_event_type.endswith("territory"):
        d.trigger = replace(d.trigger, family="territory", event_type="Strategic developments",
                            sub_event_type="Non-violent transfer of territory", plover_type="YIELD",
                            plover_mode="")  # fmt: skip


def _severity(trigger: rules.Trigger) -> int:
    order = ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]
    return order.index(trigger.sub_event_type) if trigger.sub_event_type in order else -1


# "a figure from Erbil", "pilgrims walking to Karbala": where people came from or went to
_ORIGIN_WORDS = (["from"], ["to"], ["towards"], ["toward"])
# "the Abu Hanifa Mosque in Adhamiya", "the mosque and its leaning minaret in the Old City" (gold4)
_IN_GAP = re.compile(r"(?:\s+and\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+in\s+(?:the\s+)?$", re.I)
# "militants based in Jurf al-Sakhar": where the doers live or hide, not where they struck
_HOME_OF = re.compile(
    r"\b(?:based|stationed|headquartered|hiding|hidden|holed\s+up|living|residing|who\s+live)\s+(?:in|at|near)\s+(?:the\s+)?$",
    re.I,
)
# "Speaking to reporters in Baghdad, …", "in a statement issued in Erbil": where the source spoke
_SPOKE_IN = re.compile(
    r"\b(?:speaking|spoke|talking|told\s+(?:reporters|journalists)|(?:news|press)\s+conference|briefing|"
    r"statement(?:\s+(?:issued|released|published|read\s+out))?|addressing\s+(?:reporters|journalists))\s+"
    r"(?:(?:to|with)\s+(?:reporters|journalists|the\s+press)\s+)?(?:held\s+)?(?:in|from|at)\s+(?:the\s+)?$",
    re.I,
)
# gold9 part B: "agreed in a joint statement issued in Baghdad": where a pact's statement was issued is
# where the pact was made
# "issued in Baghdad and Washington": the capitals a statement came out of (eleventh session)
_ISSUED_IN = re.compile(
    r"\b(?:issued|released|published|signed|announced)\s+(?:jointly\s+)?in\s+(?:the\s+)?$", re.I
)
_AGREED_IN_STATEMENT = re.compile(
    r"\b(?:agreed|agree|agrees)\s+in\s+(?:an?|their|the)\s+(?:joint\s+)?(?:statement|communiqu[eé]|declaration)\b",
    re.I,
)
# "as he drove home from a funeral in Daquq", "the wounded were taken to hospital in Kirkuk": the place
# of where someone went to or came from, told inside the trip's phrase.
_WITNESS_REACHED = re.compile(
    r"\b(?:residents|witnesses|survivors|villagers|families|people|refugees|those|men|women)\s+(?:who|that)\s+(?:had\s+|have\s+)?"
    r"(?:reached|fled\s+to|escaped\s+to|made\s+it\s+to)\s+(?:the\s+)?$",
    re.I,
)
_TRIP_END = re.compile(
    r"\b(?:(?:taken|rushed|transferred|evacuated|brought|flown|sent|carried|moved)\s+to|"
    r"(?:home|back|returning|returned|coming|came|travell?ing|travell?ed|driving|drove|heading|headed|"
    r"on\s+(?:his|her|their|its)\s+way)\s+(?:from|to)|"
    r"(?:died|treated|being\s+treated|receiving\s+treatment)\s+(?:later\s+)?(?:in|at))"
    r"\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$|"
    r"\b(?:died|treated)\s+(?:later\s+)?(?:in|at)\s+(?:an?\s+|the\s+)?hospitals?\s+(?:in|at)\s+(?:the\s+)?$|"
    # eleventh session: where the actor was before ("back in Iraq after heart treatment in London")
    r"\b(?:after|following|since)\s+(?:(?:his|her|their|months\s+of|weeks\s+of|years\s+of)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:treatment|surgery|exile|studies)\s+(?:in|at)\s+(?:the\s+)?$|"
    # gold7: "marched across the city to join the sit-in at Tahrir Square": where the march went
    r"\bto\s+join\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
    re.I,
)


# Eighth session: "detained 14 people suspected of planning rocket attacks on the Green Zone": the
# targets of a plot the suspects are held for are not where they were held
_PLOTTED_ON = re.compile(
    r"\b(?:suspected|accused|charged)\s+(?:of|with)\s+(?:planning|plotting|preparing|carrying\s+out|launching|staging)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|assaults?)\s+(?:on|against|in|at)\s+(?:the\s+)?$|"
    # ninth session: "Police in Tikrit arrested two men suspected of carrying messages between cells in
    # the Mutaibijah area": where the deed they are suspected of was done, not where they were held
    r"\b(?:suspected|accused|charged)\s+(?:of|with)\s+[\w'’-]+ing\b[^,;.:]{0,80}?\s(?:in|at|near|around)\s+(?:the\s+)?$|"
    # gold12 (part A): weapons seized that were "being readied for an attack on the Green Zone" or
    # "meant for strikes on the airport": the target of the plot is not where the raid was
    r"\b(?:readied|prepared|meant|intended|destined|earmarked|ready|set\s+up)\s+(?:for|to\s+be\s+used\s+in)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|bombings?|assaults?)\s+(?:on|against|in|at)\s+(?:the\s+)?$",
    re.I,
)


# ninth session: "at the entrance to the West Qurna oil field", "at the gate to the camp": the site
# itself, not a destination
_ENTRANCE_TO = re.compile(
    r"\b(?:entrances?|gates?|doors?|doorsteps?|approach(?:es)?)\s+to\s+(?:the\s+)?$|"
    # "battalions were dispatched to Rifai district": where a force is sent is where it deploys
    r"\b(?:deployed|redeployed|dispatched|sent|rushed)\s+(?:[\w'’-]+\s+){0,2}?to\s+(?:the\s+)?$",
    re.I,
)
# "outside the town", "the town's markets": the town itself, after its district was named
_THE_TOWN = re.compile(r"\bthe\s+town(?:['’]s)?\b", re.I)
# twelfth session: "riot police pushed protesters back from Tayaran Square", "cleared the crowd from the
# bridge": the place a crowd was driven from is where the force met it, no origin
_DRIVEN_FROM = re.compile(
    r"\b(?:push(?:ed|ing)?|forc(?:ed|ing)|chas(?:ed|ing)|clear(?:ed|ing)|dispers(?:ed|ing)|driv(?:en|ing))\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:(?:back|away|out)\s+)?from\s+(?:the\s+)?$",
    re.I,
)


def _places_told(hits: list[NameHit], sentence: str) -> list[NameHit]:
    """The names that can place the event: origins and destinations ("a party figure from Erbil",
    "pilgrims walking to Karbala near Nasiriyah") give way to the other places the sentence names,
    and a place named as the address of a site before it ("the Abu Hanifa Mosque in Adhamiya")
    only says where that site lies."""
    if not sentence:
        return hits
    # tenth set (part A): "the governor of Qadisiyah, Khalil Jalil Hamza, …": a town's name closing a
    # person's name set off by a comma is a surname, no place
    hits = [
        h
        for h in hits
        if not (
            h.places
            and h.actor is None
            and not h.locative
            and _GIVEN_NAMES_BEFORE.search(sentence, max(0, h.start - 40), h.start)
            and re.match(r"\s*(?:,|and\b)", sentence[h.end :])
        )
    ]
    placed = [h for h in hits if h.places]
    origin: set[int] = set()
    for k, h in enumerate(placed):
        before = sentence[max(0, h.start - 60) : h.start]
        if (
            (
                before.rstrip().rsplit(None, 1)[-1:] in _ORIGIN_WORDS
                and not _ENTRANCE_TO.search(before)
                and not _DRIVEN_FROM.search(before)
            )
            or _TRIP_END.search(before)
            or _HOME_OF.search(before)
            or (_SPOKE_IN.search(before) and not _AGREED_IN_STATEMENT.search(sentence))
            or _PLOTTED_ON.search(before)
        ):
            origin.add(id(h))
        elif (
            k
            and id(placed[k - 1]) in origin
            and _COORDINATED.fullmatch(sentence[placed[k - 1].end : h.start])
        ):
            origin.add(id(h))  # "taken to hospitals in Kadhimiya and Karrada"
        elif (
            k
            and h.places[0].country != _COVERED_COUNTRY
            and placed[k - 1].places[0].country == _COVERED_COUNTRY
            and _ISSUED_IN.search(sentence, max(0, placed[k - 1].start - 40), placed[k - 1].start)
            and _COORDINATED.fullmatch(sentence[placed[k - 1].end : h.start])
        ):
            # eleventh session: "a joint statement issued in Baghdad and Washington": placed in Iraq only
            origin.add(id(h))
    # "The United States deployed troops to Ain al-Asad": a state that acts is no place, so the
    # destination is the only place told
    acting = sum(
        1
        for h in placed
        if not h.locative
        and h.places[0].kind == "country"
        and (_SPEAKS_AFTER.match(sentence, h.end) or _ACTS_AFTER.match(sentence, h.end))
    )
    if origin and len(origin) < len(placed) - acting:
        hits = [h for h in hits if id(h) not in origin]
    # gold12 (part B): where witnesses got to ("Residents who reached Sinjar said the militants fought
    # army units at the citadel") is where they speak from, never the event's place, even alone
    hits = [
        h for h in hits if not (h.places and _WITNESS_REACHED.search(sentence, max(0, h.start - 60), h.start))
    ]
    # where a weapon was fired from ("launched from a truck parked in Baghdadi") is no event place,
    # and a stretch "between Daquq and Tuz Khurmatu" is placed at its first end
    firsts = {h.end for h in placed if _BETWEEN.search(sentence[max(0, h.start - 40) : h.start])}
    # a road named by its two ends ("the Baqubah–Muqdadiya road") is one place: its first end, or
    # the town the sentence places the stretch by ("the Baghdad–Amman highway outside Ramadi")
    ends_of_road = {
        id(b): id(a)
        for a, b in zip(placed, placed[1:], strict=False)
        if _DASH_JOIN.fullmatch(sentence[a.end : b.start]) and _ROAD_AFTER.match(sentence[b.end :])
    }
    if ends_of_road:
        road = set(ends_of_road) | set(ends_of_road.values())
        other = any(id(h) not in road and h.places[0].country == "Iraq" for h in placed)
        hits = [h for h in hits if id(h) not in ends_of_road and not (other and id(h) in road)]
    hits = [
        h
        for h in hits
        if not h.places
        or not (
            _LAUNCH_SITE.search(sentence[max(0, h.start - 100) : h.start])
            or any(re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[e : h.start]) for e in firsts)
        )
    ]
    out: list[NameHit] = []
    for h in hits:
        site = out[-1] if out else None
        if (
            site is not None
            and h.places
            and site.places
            and h.places[0].admin1 == site.places[0].admin1
            and site.places[0].kind == "site"
            and _IN_GAP.match(sentence[site.end : h.start]) is not None
        ):
            continue
        if (
            h.places
            and h.places[0].specificity == 6
            and _BESIDE.search(sentence[max(0, h.start - 20) : h.start])
            and any(
                o.places and o.places[0].specificity == 6 and o.places[0].admin1 == h.places[0].admin1
                for o in out
            )
        ):
            continue  # "in Khilani Square … near the Sinak bridge": a landmark beside the one place
        out.append(h)
    # "in Fallujah, east of Ramadi", "the Hawija district, west of Kirkuk": the town the place is
    # told by is a bearing, not a second place struck
    bearings = {
        id(b)
        for a, b in zip(placed, placed[1:], strict=False)
        if a.places[0].admin1 == b.places[0].admin1 and _BEARING.match(sentence, a.end, b.start)
    }
    if bearings and any(id(h) not in bearings for h in out if h.places):
        out = [h for h in out if id(h) not in bearings]
    return out


def _struck_at(sentence: str, start: int, ends: dict[int, int], depth: int = 0) -> bool:
    """Whether a place is named as where the event struck: after a locative word ("near Koya"), or
    joined by "and" or a comma to a place that is ("around Koya and Sulaymaniyah")."""
    if _STRUCK_AT.search(sentence[max(0, start - 30) : start]):
        return True
    end = next((e for e, s in ends.items() if s == start), None)
    if end is not None and _VIOLENCE_AFTER.match(sentence, end):
        return True
    m = _COORDINATED.search(sentence[max(0, start - 8) : start])
    before = start - len(m.group(0)) if m else -1
    return depth < 4 and before in ends and _struck_at(sentence, ends[before], ends, depth + 1)


def _label_reading(hit: NameHit, sentence: str) -> Place:
    """A place's reading: a bulletin item's label ("Kirkuk: police detained …") is the governorate."""
    if sentence[hit.end : hit.end + 1] == ":" and _ITEM_LABEL.match(sentence[: hit.start]):
        return next((q for q in hit.places if q.kind == "governorate"), hit.places[0])
    return hit.places[0]


# ", Sadr's armed wing,", ", the Coordination Framework's candidate,": a possessive apposition that
# tells whose force or whose man the name before it is
_WHOSE_WING = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,")


# "the embassy in Baghdad's Green Zone", "a checkpoint inside the Green Zone"
_APPOSITION_GAP = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,4}?(?:next\s+to|near|beside|by|outside|close\s+to|adjoining|on\s+the\s+edge\s+of)"
    r"\s+(?:the\s+)?|"
    # a headline's "Camp Victory at Baghdad airport": the site at the wider one
    r"\s+at\s+(?:the\s+)?",
    re.I,
)
_INSIDE_GAP = re.compile(r"\s+(?:in|inside|within)\s+(?:the\s+|[\w-]+['’]s\s+)?")
_SIDE_GAP = re.compile(r"\s+(?:on|at)\s+(?:the\s+)?")
_SIDE_OF = re.compile(r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:side|end|bank|edge)\s+of\b")


# The gap of "Basra's Zubair", and a site's name that runs on to its city ("the US embassy in Baghdad").
_POSSESSIVE_GAPS = ("'s ", "’s ")
_NAME_READ_TO_CITY = re.compile(r"\s(?:in|inside)\s+\S+$")


_NEAR_GAP = re.compile(
    r",?\s+(?:just\s+|close\s+to\s+|not\s+far\s+from\s+)?(?:near|outside)\s+(?:the\s+(?:town|city)\s+of\s+)?"
)


def _told_near(sentence: str, start: int | None, text: str, other: int | None) -> bool:
    """ "al-Rashad, near Muqdadiya": the place at ``start`` is told as lying near the one at ``other``."""
    if start is None or other is None:
        return False
    gap = _NEAR_GAP.match(sentence, start + len(text))
    return gap is not None and gap.end() == other


def _told_inside(sentence: str, inner_at: int | None, inner: str, outer_at: int | None) -> bool:
    """Whether the sentence names ``inner`` as lying inside the place named at ``outer_at``."""
    if inner_at is None or outer_at is None:
        return False
    inner_end = inner_at + len(inner)
    if inner_end > outer_at:
        return False
    if _INSIDE_GAP.fullmatch(sentence, inner_end, outer_at):
        return True
    if _SIDE_GAP.fullmatch(sentence, inner_end, outer_at) and _SIDE_OF.match(sentence, outer_at):
        return True  # gold5: "under the Aimmah Bridge on the Adhamiya side of the river": one site
    # "the US embassy in Baghdad's Green Zone": the name read up to the city the zone belongs to
    return sentence[inner_end:outer_at] in _POSSESSIVE_GAPS and _NAME_READ_TO_CITY.search(inner) is not None


def _owner_of(sentence: str, outer_at: int | None, outer: str, inner_at: int | None) -> bool:
    """Whether ``outer`` is named as the owner of the place after it ("Basra's Zubair", "Baghdad's
    Tarmiyah district"): the province it lies in, not a second place."""
    if outer_at is None or inner_at is None or _NAME_READ_TO_CITY.search(outer):
        return False  # "the US embassy in Baghdad's Green Zone" is told inside, read above
    return sentence[outer_at + len(outer) : inner_at] in _POSSESSIVE_GAPS


def _described_by(sentence: str, first: str, later: str) -> bool:
    """Whether ``later`` is named in a phrase set off after ``first`` that says what that place is
    ("Camp Victory, the logistics site next to Baghdad International Airport"), wherever either
    name is told again in the sentence."""
    if not first or not later or first == later:
        return False
    ends = [m.end() for m in re.finditer(re.escape(first), sentence)]
    return any(
        _APPOSITION_GAP.fullmatch(sentence, end, m.start()) is not None
        for m in re.finditer(re.escape(later), sentence)
        for end in ends
        if end <= m.start()
    )


def _contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` is a wider place that holds ``inner`` (Iran holds Qom, Baghdad holds Jadriya)."""
    if outer.specificity >= inner.specificity:
        return False
    if outer.kind == "country":
        return inner.country == outer.name
    if outer.kind == "governorate":
        return inner.admin1 == outer.admin1 or inner.admin1 == outer.name
    return inner.admin1 == outer.admin1 and inner.country == outer.country and inner.specificity > 3


# "about 40 kilometres north of Baghdad", "on the outskirts of Kirkuk", "near Tikrit": the event was
# by the place, not in it; it keeps the place with ACLED's precision 2 (near the town).
_NEAR_PLACE = re.compile(
    r"(?:\b(?:near|outside|nearby|close\s+to|(?:outskirts|edge|vicinity)\s+of|"
    r"(?:\d[\d,.]*|a\s+few|several|some|\w+)\s*(?:-\s*)?(?:km|kms|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:\([^()]{1,20}\)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|outside)|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?)$",
    re.I,
)


def _geo_precision(place: Place | None, d: _Draft) -> int | None:
    """The place's precision, coarser (2) when the event is told as near the place, not in it."""
    if place is None:
        return None
    text = d.place_text or ""
    for ev in d.evidence[:1]:
        at = ev.text.find(text) if text else -1
        if at > 0 and _NEAR_PLACE.search(ev.text[max(0, at - 60) : at]):
            return max(place.geo_precision, 2)
        if any(_road_from(ev.text, name) for name in {text, place.name} if name):
            return max(place.geo_precision, 2)  # "on the Baqubah–Muqdadiya road": somewhere along it
    return place.geo_precision


def _road_from(text: str, name: str) -> bool:
    """Whether ``name``, as the story spells it, opens a road named by two towns in ``text``."""
    at = text.find(name)
    while at >= 0:
        if _ROAD_FROM.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


# The gap between a place and the town it is told by: ", east of ", " district, 20 km south-west of the city of "
_BEARING = re.compile(
    # review of the ninth session: "the Umm Qasr port south of Basra", "in Zubair south of Basra"
    r"(?:\s+(?:district|province|area|town|city|village|region|air\s+base|base|camp|port|border\s+crossing))?\s*,?\s*"
    r"(?:(?:about|some|around|nearly)\s+)?(?:\d+\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:\(\d+\s+miles\)\s+)?)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$|"
    # ninth session: "in and around Sinuni on Monday, the Yazidi town north of Mount Sinjar", "…, the
    # third day of fighting in the town north of …": an apposition that says where the place lies
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?)?\s*,\s*(?:the|a)\s+"
    r"(?:[\w'’-]+\s+){0,7}?(?:town|city|village|district|area|base|camp|hamlet)\s+(?:(?:about|some|around|nearly)\s+)?"
    r"(?:\d+\s*(?:km|kilometres?|kilometers?|miles?)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
# The attack rule's passive reading: "were killed on Sunday when armed men …"
# "repelled an assault on the base", "fended off an attack": the subject held; the attack was the other side's
_REPELLED = re.compile(
    r"\b(?:repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|fend(?:s|ed)?\s+off|beat(?:s|en)?\s+back|"
    r"push(?:es|ed)?\s+back)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:attacks?|assaults?|incursions?|infiltration)\b",
    re.I,
)
# "a leading organiser of the city's protest movement", "one of the best-known figures in the protest
# movement": the movement describes the person, who is the victim (Civilians), not the movement
_MOVEMENT_ROLE = re.compile(
    r"\b(?:organi[sz]ers?|leaders?|members?|figures?|faces?|coordinators?|spokes(?:man|woman|person)|founders?)\s+"
    r"(?:of|in|from|with|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# "The PMF said several of their members were among the dead": a party's own dead
_OWN_DEAD = re.compile(
    r"\b(?:said|says|confirmed|announced|acknowledged|admitted)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?"
    r"(?:its|their)\s+(?:own\s+)?(?:members|fighters|men|personnel|troops|soldiers|commanders)\s+"
    r"(?:were|was|had\s+been)\s+(?:among\s+the\s+(?:dead|killed|victims)|killed)\b",
    re.I,
)
# "in a joint sweep beside the army against the group's desert hideouts": the side the operation was against
_OPERATION_AGAINST = re.compile(
    r"\b(?:during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:operation|raid|offensive|assault|sweep|mission)\b"
    r"[^.;]{0,100}?\bagainst\s+(?:the\s+)?$|"
    # eleventh session: "killed during a raid with Kurdish commandos on an Islamic State prison"
    r"\b(?:during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:raid|assault|sweep)\b[^.;]{0,60}?\bon\s+(?:an?\s+|the\s+)?$|"
    # eighth session: a headline's "a colonel among nine soldiers killed in a raid on al-Qaeda"
    r"\bin\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:raid|offensive|assault|sweep)s?\s+on\s+(?:the\s+)?$",
    re.I,
)
# "strikes help the Peshmerga", "raids in support of Iraqi troops": the force helped, told after the event word
_HELPED_BEFORE = re.compile(
    r"\b(?:help(?:s|ed|ing)?|support(?:s|ed|ing)?|assist(?:s|ed|ing)?|in\s+support\s+of)\s+(?:the\s+)?$", re.I
)
_BACKING_BEFORE = re.compile(
    r"\b(?:backed|supported|aided|assisted|covered)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
    r"\bwith\s+(?:the\s+)?(?:help|support|backing|cover)\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
    # gold7: "Iraqi troops, with Shia militiamen and Peshmerga fighters at their side, broke the siege"
    r",\s+(?:along\s+|together\s+)?with\s+(?:[\w'’-]+\s+){0,5}$|"
    # ninth set (part A): "Coalition forces, fighting alongside Iraqi army units, launched …": the ally
    r",\s+(?:fighting\s+|working\s+|operating\s+)?alongside\s+(?:[\w'’-]+\s+){0,5}$|"
    # session 12: "Iraqi forces working with the US-led coalition killed …": the ally of the subject
    r"\b(?:working|operating|fighting|acting)\s+(?:together\s+)?(?:with|alongside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_WHERE_BEFORE = re.compile(r"\bwhere\s+(?:[\w'’-]+\s+){0,8}$", re.I)
# gold7: "X was killed on Thursday with two of his guards by a bomb planted near his gate": the names
# before the passive verb are its victims, the weapon after "by" the event word
_KILLED_BY_WEAPON = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b[^.;]{0,80}?\bby\s+(?:(?:an?|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2})?$",
    re.I,
)
_TITLE_GAP = re.compile(
    r"['’]s?\s+(?:(?:top|senior|chief|former|deputy|military|local|regional)\s+){0,2}(?:leader|commander|chief|emir|head|founder|spokesman|"
    r"official|deputy)\s+|\s+(?:(?:top|senior|chief|former|deputy|military|local|regional)\s+){0,2}(?:leader|commander|chief|emir|head|founder|"
    r"spokesman|official|deputy)\s+",
    re.I,
)
_KILLED_IN_STRIKE = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\s+(?:[^.;]{0,60}?\s)?in\s+(?:an?|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$",
    re.I,
)
_PASSIVE_KILLING = re.compile(
    # ninth session: "a soldier dies of wounds from a bombing": who died is the victim
    r"(?:was|were)\s+(?:killed|shot\s+dead|murdered)\b[^.;]*\bwhen\b|(?:die[sd]?|dying)\s+(?:of|from)\s",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s?\s")
_OPENING_SPAN = re.compile(
    r"\s*(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>after|before)\s+[^,;.\n]{3,80}?\s+(?:on\s+)?",
    re.I,
)
_COMMA_NEXT = re.compile(r"(?:,?\s*\d{4})?\s*,\s")
# session 13: the verb of a report just before its day ("said on Tuesday", "announced late on Friday")
_REPORTED_ON = re.compile(
    r"\b(?:said|says|announced|reported|stated|confirmed|disclosed|revealed|told\s+(?:[\w-]+\s+){1,3}?)"
    r"(?:\s+in\s+a\s+statement)?\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.I,
)
# "Sunday's truck bombing in the Karrada district, where a lorry …": the possessed event, then a clause
# hung on it that tells how it went (no full stop, semicolon or other event between)
_TOLD_IN_CLAUSE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:bombing|attack|blast|explosion|raid|massacre)\b[^.;]{0,80},\s+(?:where|in\s+which|when)\s+[^.;]{0,60}"
)
_ACCUSED = re.compile(
    r"\b(?:accused|suspected|charged|blamed|wanted|responsible)\s+(?:of|for|with|over)\s+(?:\w+\s+){0,5}?"
    r"(?:killings?|kill(?:ed|ing)|murder(?:s|ed|ing)?|shooting|shot|assassinat\w+|bomb\w*|attacks?|attacking|kidnapp\w+|abduct\w+)\b",
    re.I,
)
_CRIME_BEFORE_ARREST = dt.timedelta(days=60)
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?\b")
_VICTIM_ROLE = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:(?:young|prominent|well-known|local|former|senior|leading)\s+)?([a-z]{4,})\b"
)
# gold11: the oath of a national office ("was sworn in as prime minister"), taken before parliament
_SWORN_IN_NATIONAL = re.compile(
    r"\bsworn\s+in\s+as\s+(?:the\s+)?(?:new\s+)?(?:prime\s+minister|premier|president)\b(?!\s+of\s+the\s+(?:Kurdistan|KRG))",
    re.I,
)
# Capitals told as the parties of a deal: the governments seated there (Wikipedia: Kurdistan Region,
# for Erbil as the seat of the Kurdistan Regional Government).
_SEATS_OF_GOVERNMENT = {
    "baghdad": "Government of Iraq",
    "erbil": "Kurdistan Regional Government",
    "ankara": "Government of Turkey",
    "tehran": "Government of Iran",
    "washington": "Government of the United States",
    "damascus": "Government of Syria",
}
_STATE_THING_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:operations?|offensives?|campaigns?|government|forces|army|military|troops|drones?|"
    r"jets|warplanes|air\s+force|policy|influence|allies|proxies)\b",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_INTO_AFTER = re.compile(r"\s+into\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _is_party_state(country: str, parties: set[str | None]) -> bool:
    """session 13: "Iraq and the United States agreed …": a party's own country (told with or without
    "the") is no place of the agreement."""
    names = {country.lower(), country.lower().removeprefix("the ")}
    return any(t is not None and t.lower().removeprefix("the ") in names for t in parties)


_STATES_AGREE = re.compile(
    r"\b(?P<a>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+and\s+(?:the\s+)?(?P<b>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+"
    r"(?:(?:have|had|on\s+\w+day|late\s+on\s+\w+day|formally|finally)\s+)?$",
    re.I,
)
_RESISTANCE_FROM = re.compile(
    r"\b(?:met|meet|meets|meeting|faced|face|faces|facing|encountered|encounter|encounters)\s+(?:[\w'’-]+\s+){0,2}?"
    r"resistance\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_THE_TWO_SIDES = re.compile(
    r"\b(?:the|both)\s+(?:two\s+|rival\s+|warring\s+|feuding\s+)+(?:tribes|clans|sides|factions|groups|militias|parties)\b",
    re.I,
)
_BARE_BOMBERS = re.compile(
    r"\bsuicide\s+(?:bombers|attackers)\b|\b(?:a\s+second|another)\s+group\b(?!\s+of\s+(?:protesters|demonstrators|"
    r"people|residents|families|students|workers|pilgrims|mourners))",
    re.I,
)
_JOINED_DOERS_AFTER = re.compile(
    r"\s+and\s+(?:[\w-]+\s+)?(?:gunm[ae]n|attackers|assailants|armed\s+men)\b", re.I
)
_JOINED_DOERS_BEFORE = re.compile(r"\b(?:gunm[ae]n|attackers|assailants|armed\s+men)\s+and\s+$", re.I)
_JIHADIST_GROUPS = frozenset({"Islamic State (Iraq)", "Al-Qaeda in Iraq", "Al-Qaeda", "Ansar al-Islam"})
_TWO_GOVERNMENTS = re.compile(
    r"\b(?:the\s+)?governments\s+of\s+(?:the\s+)?(?P<a>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+and\s+(?:the\s+)?"
    r"(?P<b>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\b",
    re.I,
)
_HELD_KINDS = frozenset({"civilians", "protesters"})
_ARMED_NON_STATE_KINDS = frozenset(cues.ARMED_KINDS - cues.STATE_KINDS - {"foreign force"})
_ARMY_WORDS = re.compile(
    r"\b(?:army|troops|soldiers|military|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|joint\s+operations|counter-?terrorism)\b",
    re.I,
)
_ARRESTED_PASSIVE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:\w+\s+)?$", re.I)
_BY_AGENT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?by\b", re.I)
_ACCUSED_OF = re.compile(
    r"\b(?:accused|suspected|charged|convicted|blamed|wanted|responsible|jailed|sentenced|tried)\s+(?:of|for|with|over)\b[^.;,]*$",
    re.I,
)
# A place named only to say where something fell: "near the US embassy", "a kilometre from the embassy"
_LANDMARK_BEFORE = re.compile(
    r"\b(?:near|close\s+to|next\s+to|beside|not\s+far\s+from|away\s+from|"
    r"(?:metres|meters|kilometres?|kilometers?|miles?|yards)\s+(?:\w+\s+)?from)\s+(?:the\s+)?$",
    re.I,
)
_MISSION_WORD = re.compile(r"\b(?:embassy|consulate)\b", re.I)
# An explosion named by no weapon: "explosions went off", "a powerful blast ripped", "the blast"
_BARE_BLAST = re.compile(r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:explosions?|blasts?)\b", re.I)
# Aircraft named by no side: "Jets hit targets in …", "Aircraft also bombed …", "The warplanes then struck …"
_BARE_AIRCRAFT = re.compile(
    r"^\W*(?:(?:the|its|their)\s+)?(?:(?:fighter|war)\s*)?(?:jets|planes|aircraft|warplanes|bombers|helicopters|gunships)\b",
    re.I,
)


def _flown_by(drafts: list[_Draft]) -> _Draft | None:
    """The air strike told last in the story, when a named side flew it."""
    last = next((d for d in reversed(drafts) if d.trigger.sub_event_type == "Air/drone strike"), None)
    return last if last is not None and not _unnamed(last.actor1) else None


def _unnamed(actor: Actor | None) -> bool:
    """No doer, or the placeholder for gunmen nobody named."""
    return actor is None or actor.acled_name == UNNAMED_GROUP


# "In a separate incident, …", "Elsewhere, …": the mention tells another attack, whoever did it.
# An attack named as like the one told, or as one before it: "a similar bomb", "the last comparable
# strike", "earlier attacks", "previous rocket fire" (gold6).
_RECALLED = re.compile(
    r"\b(?:(?:similar|comparable|last\s+(?:such|similar|comparable))\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|strikes?|bombs?|bombings?|blasts?|explosions?|devices?|rockets?|rocket\s+fire|shelling|"
    r"incidents?|raids?|ambush(?:es)?|killings?|clashes)|"
    # "earlier attacks", "previous strikes" (plural); "in an earlier attack" may be a day's other news
    r"(?:earlier|previous|prior|past)\s+(?:[\w-]+\s+)?(?:attacks|strikes|bombings|blasts|explosions|raids|ambushes))\b",
    re.I,
)
# ... unless told as of the same day: "a similar bomb went off an hour later".
_SAME_DAY_LATER = re.compile(
    r"\b(?:minutes|hours?|moments)\s+later\b|\blater\s+(?:that|the\s+same)\b|\bsame\s+(?:day|morning|afternoon|evening|night)\b|"
    # session 8 review: "In a similar attack, gunmen killed a soldier in Hawija": the day's other news
    r"^\W*in\s+(?:a|another)\s+similar\s+(?:[\w-]+\s+)?(?:attack|incident|bombing|blast|strike|raid|ambush|killing)\s*,",
    re.I,
)
# armed men named by no group: "insurgents", "fighters with rocket-propelled grenades", "tribesmen"
_GENERIC_FIGHTERS = re.compile(
    r"\b(?:insurgents|fighters|gunm[ae]n|militants|armed\s+men|"
    r"(?:armed\s+)?tribesmen|rebels)\b",
    re.I,
)
# "said one of its fighters had …", "said its men carried out …": a group's own men named in its claim
_OWN_MEN = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:fighters?|members?|militants?|bombers?|men|operatives?|units?)\b", re.I
)
# The next blow of one attack: minutes later, nearby (gold6).
_MOMENTS_LATER_NEARBY = re.compile(
    r"\b(?:minutes|moments|seconds)\s+later\b[^.;]{0,40}?\b(?:nearby|near\s+by|close\s+by|the\s+same\s+(?:spot|place|site|area)|"
    # gold11 (part A): "moments later at a checkpoint a short distance away"
    r"(?:a\s+)?(?:short\s+distance|few\s+(?:hundred\s+)?(?:yards|metres|meters))\s+away)\b|"
    r"\b(?:nearby|close\s+by)\b[^.;]{0,40}?\b(?:minutes|moments|seconds)\s+later\b",
    re.I,
)
# gold11 (part A): "…, and a second bomb went off as people rushed to help": the next blow of the
# attack just told, aimed at those who came to help, with no place of its own
_SECOND_BLOW = re.compile(
    r"^\W*(?:and\s+)?(?:then\s+)?(?:a|the)\s+second\s+(?:bomb|blast|explosion|device|charge)\s+"
    r"(?:went\s+off|exploded|detonated|blew\s+up|struck)\b(?![^.;]{0,40}\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z])",
    re.I,
)
# The place just named, struck again by another weapon: "also struck the district" (eleventh session).
_ALSO_THE_PLACE = re.compile(
    r"\balso\s+(?:struck|hit|landed\s+in|fell\s+(?:on|in))\s+the\s+(?:same\s+)?(?:district|area|neighbou?rhood|quarter|town|city|"
    r"market|square|camp|base)\b",
    re.I,
)
# A part of the site struck: "at the gate", "in the courtyard" (gold6).
_SITE_PART = re.compile(
    r"\b(?:in|at|inside|near|by|through)\s+the\s+(?:main\s+)?(?:courtyard|gates?|entrance|perimeter|compound|hall|yard|grounds|"
    r"lobby|doorway|outer\s+wall|inner\s+court)\b",
    re.I,
)
# The victim of the event just told, as a pronoun: "fired at him", "shot her" (gold6).
_PRONOUN_TARGET = re.compile(r"\b(?:him|her|them)\b", re.I)
# Session 13: a year that dates a deed with no day or month: told in a season, an edge or a bound of
# the year ("in the summer of 2022", "in late 2016", "after 2014"), or as the event's own adjective
# ("the 2016 Karrada truck bombing"), in the event word's clause.
_YEAR_BOUND = re.compile(
    r"\b(?:(?:in\s+|during\s+)?(?:early|late|mid-?)\s*|(?:in\s+|during\s+)?the\s+(?:spring|summer|autumn|fall|winter|end|start|"
    r"beginning|middle|first\s+half|second\s+half)\s+of\s+|after\s+|by\s+|until\s+|through\s+)(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)",
    re.I,
)
_DECADE = re.compile(
    r"\b(?:in|during|through(?:out)?)\s+the\s+(?:early\s+|late\s+|mid-?)?(?P<decade>(?:19|20)\d)0s\b", re.I
)
_YEAR_ADJECTIVE = re.compile(r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_CLAUSE_EDGE = re.compile(
    r"[;:.]|,\s+(?:and|but|while|whereas|although|though)\s|\b(?:who|which|whom|whose)\b|"
    # review: a place described in an apposition ("near Mosul, a city retaken from the Islamic State in
    # mid-2017") is a clause of its own
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|area|village|district|province|region|place|hub|stronghold|base|"
    r"neighbou?rhood|quarter|suburb|camp)\b",
    re.I,
)


def _past_year_told(sentence: str, trigger: rules.Trigger, this_year: int) -> bool:
    """Session 13: the event word's clause dates it only by a year before the story's."""
    adjective = _YEAR_ADJECTIVE.search(sentence, max(0, trigger.start - 40), trigger.start)
    if adjective is not None and int(adjective.group("year")) < this_year:
        return True
    edges = [m for m in _CLAUSE_EDGE.finditer(sentence)]
    start = max((m.end() for m in edges if m.end() <= trigger.start), default=0)
    end = min((m.start() for m in edges if m.start() >= trigger.end), default=len(sentence))
    return any(int(m.group("year")) < this_year for m in _YEAR_BOUND.finditer(sentence, start, end)) or any(
        int(m.group("decade")) * 10 + 9 < this_year for m in _DECADE.finditer(sentence, start, end)
    )


# Session 13: a count of deeds before the event word, over a span ("more than 170 drone and rocket
# attacks … since October 2023", "dozens of strikes over the past year").
_COUNT_BEFORE = re.compile(
    r"\b(?:(?:more\s+than|over|at\s+least|nearly|almost|about|some|around|roughly)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{2,}|dozens|hundreds|thousands|scores)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_SPAN_SINCE = re.compile(
    r"\bsince\b|\bto\s+date\b|\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?)\b|"
    # session 14 (no event): "312 security personnel killed in attacks nationwide, down from 480"
    r"\b(?:down|up)\s+from\s+(?:\d|some\s|about\s|nearly\s|more\s|over\s)|\bcompared\s+(?:with|to)\s+(?:\d|the\s+(?:previous|same)\b|last\b)|"
    # a month's or a year's toll: "33 civilians killed in Iraq during June", "killed in attacks in 2024"
    r"\b(?:during|throughout)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s+\d)|\b(?:in|during|throughout)\s+(?:19|20)\d\d\b(?!\s*,?\s*(?:when|after|before))",
    re.I,
)

_HELD_BEFORE_SINCE = re.compile(
    r"\b(?:held|detained|jailed|imprisoned|missing|captive|in\s+custody|behind\s+bars|displaced|homeless)\s+$",
    re.I,
)


_SAID_ON_DAY = re.compile(
    r"\b(?:said|says|announced|reported|stated|told\s+\w+)\s+(?:\w+\s+){0,3}?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|worst|deadliest|bloodiest|largest|biggest|heaviest|most\s+\w+|latest)\s+(?:[\w'’-]+\s+){0,5}?$",
    re.I,
)
_TOTAL_OF = re.compile(r"\b(?:a|the)\s+total\s+of\s+(?:\d[\d,]*|\w+)\b", re.I)
# Session 14 (no event): a count set against another period's ("312 killed in attacks, down from 480
# the previous year"): a yearly or monthly statistic, whatever day the report was given
_COMPARED_COUNT = re.compile(
    r"\b(?:down|up)\s+from\s+(?:\d|some\s|about\s|nearly\s|more\s|over\s)|\bcompared\s+(?:with|to)\s+(?:\d|the\s+(?:previous|same)\b|last\b)",
    re.I,
)
_AND_THEN_CLAUSE = re.compile(r"[,;]\s+(?:and|but)\s+")
# session 14 review: one event named by its word with "a" or "the" ("killed in a car bombing", "in the
# bombing"), not "in attacks" counted over a period
_ONE_EVENT_WORD = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:bombing|attack|blast|explosion|ambush|strike|air\s*strike|airstrike|"
    r"raid|shooting|clash|massacre|assault|shelling)$",
    re.I,
)
# a deed told by a verb first ("attacked a village", "killed 15 soldiers")
_DEED_VERB_FIRST = re.compile(
    r"(?:[a-z]+ed|struck|shot|hit|blew|fought|stormed|overran|seized|stabbed|slew|kill(?:s|ing)?)\b", re.I
)
# a relative or background clause between the count and a later span ("…, at the same spot where 40 troops
# died in 2014"): the span belongs to that clause
_BACKGROUND_CLAUSE = re.compile(
    r"\b(?:where|when|in\s+which|who|which|whose)\b|,\s+(?:and|but|while|whereas|although)\s", re.I
)


def _running_total(sentence: str, trigger: rules.Trigger) -> bool:
    counted = _COUNT_BEFORE.search(sentence, max(0, trigger.start - 60), trigger.start)
    if counted is None:
        counted = _TOTAL_OF.search(sentence, 0, trigger.start)  # session 14: "A total of 87 members of …"
    if counted is None:
        # "has built dozens of outposts": the count inside the event words
        counted = _COUNT_BEFORE.search(sentence, trigger.start, trigger.end - len(trigger.word.split()[-1]))
    # "released 30 detainees held since the October protests": how long the people were held, no span
    return counted is not None and any(
        not _HELD_BEFORE_SINCE.search(sentence, max(0, m.start() - 30), m.start())
        # review: "the heaviest bombardment since 2019" measures the event against the past
        and not COMPARED_SINCE.search(sentence, max(0, m.start() - 60), m.start())
        # session 14: "the deadliest attack in 2024" measures one event against the year
        and not _SUPERLATIVE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
        # session 14 review: "killed 15 soldiers …, at the same spot where 40 troops died in 2014": a span
        # of session 14's (a year, a month, a comparison) in a later clause of its own is not the count's
        and not (
            re.match(r"since|to\s+date|over\b", m.group(0), re.I) is None
            and _BACKGROUND_CLAUSE.search(sentence, counted.end(), m.start()) is not None
        )
        for m in _SPAN_SINCE.finditer(sentence, counted.start())
    )


# An event named as a point in time: "four days after the start of the offensive to retake Mosul"
# (gold6).
_TIME_MARK = re.compile(
    r"\b(?:after|before|since|following|ahead\s+of)\s+the\s+(?:start|beginning|launch|end|outset|opening|eve)\s+of\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)
# The end of fighting told in a relative clause of the background: "clashes in the Green Zone that
# ended when Sadr told his followers to withdraw" (gold6).
_ENDED_WHEN = re.compile(
    r"\b(?:clashes|fighting|battles?|violence|unrest|standoff|stand-off)\s+(?:[\w'’,-]+\s+){0,6}?(?:that|which)\s+"
    r"(?:had\s+)?ended\s+(?:when|after)\s+(?:[\w'’-]+\s+){0,6}?$",
    re.I,
)
# A country named as whose government or leaders act: "the governments of Iraq and the United States".
_GOVERNMENTS_OF = re.compile(
    r"\b(?:governments?|leaders|presidents|prime\s+ministers|foreign\s+ministers|foreign\s+ministries)\s+of\s+"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*(?:,|and)\s+)*(?:the\s+)?$",
    re.I,
)
# "yesterday's siege", "Sunday's bombing": a day told as its event's (tenth set, part A)
_DAY_OF_EVENT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:siege|attacks?|bombings?|blasts?|explosions?|raids?|ambush|assault|clashes|"
    r"fighting|shooting|massacre|killings?|strikes?|protests?|riots?)\b",
    re.I,
)
# "… when a car bomb went off outside the gate yesterday, killing him": the person told before "when" was struck
_BUSY_WHEN = re.compile(r"\bwhen\s+(?:an?|the|two|three)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_KILLING_HIM = re.compile(r"[^.;]{0,80}?,\s+killing\s+(?:him|her)\b", re.I)
_SOME_OF_THEM = re.compile(
    r"\b(?:some|several|many|a\s+few)\s+of\s+(?:them|whom)\s+(?:reportedly\s+|allegedly\s+|said\s+to\s+be\s+)?$",
    re.I,
)
_GIVEN_NAMES_BEFORE = re.compile(r",\s+(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z]+)\s+$")
# What an attack leaves, named again with "the": its victims' bodies, their cars (tenth set, part A).
_WHAT_ATTACK_LEFT = re.compile(r"\bthe\s+(?:bod(?:y|ies)|corpses?|vehicles?|cars?|wreck(?:s|age)?)\b", re.I)
# Property told damaged in the passive: "Stalls and two cars were burned" (gold6).
_PASSIVE_DAMAGE = re.compile(
    r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:burn(?:ed|t)|damaged|destroyed|gutted|wrecked|"
    r"flattened|torched|set\s+(?:on\s+fire|ablaze|alight))\b",
    re.I,
)
# The weapons a fight is fought with: told after the fight, they are its own (gold6).
_FIGHT_WEAPONS = frozenset(
    {"Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED", "Suicide bomb"}
)
_SEPARATE = re.compile(
    r"\b(?:separate|another|second|further|other)\s+(?:incident|attack|shooting|bombing|assault)s?\b|\belsewhere\b",
    re.I,
)


def _named_once(a: Actor | None, b: Actor | None) -> bool:
    """One of two doers is unnamed and the other an armed actor: the mentions may tell one attack."""
    named = b if _unnamed(a) else a
    return _unnamed(a) != _unnamed(b) and named is not None and named.kind in cues.ARMED_KINDS


def _wing_of(a: Actor, b: Actor) -> bool:
    """Whether one of two actors is the other's armed wing (memberships in the knowledge base)."""
    return any(
        m.get("actor") == other.id and "armed wing" in str(m.get("role", ""))
        for one, other in ((a, b), (b, a))
        for m in one.memberships
    )


def _unique(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if a not in out:
            out.append(a)
    return out
