"""Death and injury figures in a sentence, with the coding rules of the project's codebook.

- "at least N" gives a low of N; "up to N" or "as many as N" a high of N.
- "dozens" counts 12, "tens" 10, "hundreds" 100, "scores" 20 (ACLED's conservative reading).
- Conflicting figures in one text give low = min and high = max; the coded figure is the low.
- Running totals ("500 killed since October", "so far this year") are never attached to one event.
- Injuries are counted apart and never as deaths; "several wounded" gives no figure.
- The dead listed one by one are counted: "killing him, his daughter and two other people" → 4;
  "killed Said Hassan, a commander of the group, and his nephew" → 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tigris.prefilter import may_match

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "dozens": 12, "dozens of": 12, "tens": 10, "tens of": 10, "scores": 20,
    "scores of": 20, "hundreds": 100, "hundreds of": 100, "a hundred": 100, "several": 3, "another": 1,
}  # fmt: skip

_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"a dozen|dozens(?: of)?|tens(?: of)?|scores(?: of)?|hundreds(?: of)?|a hundred|several|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|an?(?=\s))"
)
_QUAL_WORDS = (
    r"at least|more than|over|some|about|around|nearly|almost|up to|as many as|roughly|an estimated|all"
)
_QUAL = rf"(?P<qual>{_QUAL_WORDS})?\s*"
# words for a number no one counted: a floor under any precise figure told for the same dead
_VAGUE = re.compile(r"(?:dozens|tens|scores|hundreds|several)(?: of)?", re.I)
_RANGE = rf"(?P<n>{_NUM})(?:\s*(?:-|–|to|and)\s*(?P<n2>{_NUM}))?"
_PEOPLE = (
    r"(?:people|persons?|protesters?|demonstrators?|civilians?|soldiers?|troops|drivers?|bodyguards?|medics?|"
    r"paramedics?|firefighters?|police(?:men|man)|police officers?|officers?|"
    r"fighters?|militants?|members?|militia(?:men|man)|gunm[ae]n|activists?|journalists?|child(?:ren)?|wom[ae]n|m[ae]n|workers?|pilgrims?|"
    r"personnel|guards?|contractors?|insurgents?|jihadists?|passengers?|bystanders?|worshippers?|students?|peshmerga|"
    # fifteenth round: the other people tolls count
    r"tourists?|holidaymakers?|tribesm[ae]n|villagers?|farmers?|shepherds?|cadets?|recruits?|prisoners?|inmates?|"
    # tenth session: statements in translated English ("Eleven heroes of the army were martyred")
    r"heroes|"
    # eleventh session: "Two US Marines were killed", "two American servicemen died"
    r"marines?|sailors?|airm[ae]n|servicem[ae]n|SEALs?|commandos?|paratroopers?|"
    r"detainees?|captives?|hostages?|shoppers?|mourners?|labou?rers?|employees?|staff|engineers?|doctors?|nurses?|"
    r"teachers?|reporters?|citizens?|nationals?|residents?|relatives?|volunteers?|commanders?|leaders?|"
    # ninth session: "a shop owner was wounded", "two traders were killed"
    r"(?:shop\s*)?owners?|shopkeepers?|traders?|merchants?|judges?|lawyers?|officials?|clerics?|mayors?|elders?|suspects?|"
    r"imams|preachers|"
    r"(?-i:Iranians|Americans|Turks|Kurds|Yazidis|Shiites|Sunnis|Christians))"
)
_WHO = (
    r"(?:\s+(?:more\s+|other\s+|(?-i:[A-Z]{2,5})\s+|unarmed\s+|Iraqi\s+|Turkish\s+|US\s+|American\s+|Iranian\s+|Kurdish\s+|"
    r"young\s+|peaceful\s+|security\s+|federal\s+|local\s+|civilian\s+|private\s+|British\s+|coalition\s+|militia\s+|"
    r"Shi['’]?ite\s+|Shia\s+|Sunni\s+|"
    # "12 Islamic State militants", "five Peshmerga fighters": a group's name before its people
    rf"(?-i:[A-Z][\w'’-]+)\s+(?=(?:(?-i:[A-Z][\w'’-]+)\s+){{0,3}}{_PEOPLE}\b)|"
    # "2 Iraqi air-defence troops", "three off-duty policemen": words that say which people
    rf"(?-i:[a-z][\w'’-]*)\s+(?=(?:(?-i:[a-z][\w'’-]*)\s+)?{_PEOPLE}\b))*"
    # gold4: "leaving four of the Saraya fighters dead": a part of a group told with "of the"
    # tenth set (part A): "about 250 of the cult's gunmen"
    r"(?:of\s+(?:their|its|his|her|the\s+[\w-]+['’]s|the(?:\s+(?-i:[A-Z][\w'’-]+)){0,3})\s+)?"
    # ninth session: "two PMF fighters and three of the attackers were killed" → 5 (never "two attackers
    # killed a guard", where the attackers are the doers)
    rf"(?:(?:{_PEOPLE}|(?<=of\sthe\s)(?:attackers|assailants|raiders))"
    # "four members of the Iraqi Air Force": the body they belong to
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z][\w'’-]+)|al-[\w'’-]+)){0,3}"
    r"(?:\s+(?:forces|units?|brigades?|militia|regiment|army|police|military))?|"
    # tenth set (part A): "six members of the security forces"
    r"(?:security|armed|police)\s+forces|"
    # session 14: "two members of her crew", "three men of his escort": the party they were in
    r"(?:his|her|their|its)\s+(?:own\s+)?(?:crew|team|escort|entourage|convoy|party|patrol|unit|family)))?"
    # "15 of his officers and soldiers": two words for one group of people
    rf"(?:\s+and\s+{_PEOPLE}(?=\s+(?:were|was|have|had|are|killed|dead|died|wounded|injured)\b))?"
    r"|others|of them|were|was)?)?"
)
# "Four members of the air force, two of them officers, were wounded": a clause that says who some
# of them were counts no one more.
_SUBSET = (
    rf"(?:\s*,\s*(?:(?:{_NUM}|some|most|many|all)\s+of\s+(?:them|whom)\b[^,;.]{{0,40}}|"
    # "Nine tourists, among them a child and a newly married couple, were killed" → 9
    r"(?:among\s+(?:them|whom)|including)\b[^,;.]{0,80}),)?"
)
# "killing two officers and their driver", "wounding three soldiers and two others": the people
# named after "and" are counted too.
_AND_MORE = re.compile(
    rf"(?:\s*(?!and\b)[\w-]+){{0,4}}?\s*,?\s*and\s+(?:(?P<n>{_NUM})\s+(?:more\s+|other\s+)?|(?:an?|one|his|her|their|its)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:people|persons?|civilians?|soldiers?|troops|police(?:men|man)|officers?|fighters?|"
    r"members?|guards?|contractors?|medics?|doctors?|drivers?|bodyguards?|sons?|daughters?|wife|husband|brothers?|"
    r"child(?:ren)?|wom[ae]n|m[ae]n|passengers?|bystanders?|translators?|interpreters?|aides?|others)\b"
    r"(?!\s+(?:were\s+|was\s+)?(?:wounded|injured|hurt|killed|dead))",
    re.I,
)
# "Gunmen shot dead Ahmed Karim, a teacher, …": one named person killed.
_VICTIM_ROLE = (
    r"(?:activist|journalist|reporter|lawyer|cleric|judge|doctor|teacher|officer|commander|official|candidate|writer|"
    r"blogger|researcher|analyst|poet|academic|professor|politician|MP|lawmaker|sheikh|leader|engineer|businessman|"
    r"governor|mayor|colonel|general|brigadier|imam|preacher|singer|athlete|coach|novelist|broadcaster|presenter|"
    # gold11: "the protest organiser Ihab al-Wazni was killed"
    r"organi[sz]er|campaigner|dissident)"
)
_NAMED_VICTIM = re.compile(
    r"\b(?:shot\s+dead|gunned\s+down|assassinated|stabbed\s+to\s+death|beheaded)\s+"
    # the person's role may come first: "assassinated the activist Ihab al-Wazni outside his home"
    r"(?:(?:the|a|an)\s+(?:(?:prominent|well-known|leading|local|young|senior|veteran)\s+)?(?:[\w-]+\s+){0,2}"
    rf"{_VICTIM_ROLE}\s+)?"
    r"(?-i:(?:[A-Z][\w'’]+|al-\w+)(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|ibn|abu)){1,3})(?=\s*,|\s+(?:in|at|on|outside|near|inside)\b)"
    # the same in the passive: "the analyst Hisham al-Hashimi was shot dead outside his home"
    # session 13: set off by an apposition and a relative clause ("Tahseen Osama, another protest organiser,
    # who was shot dead at his office")
    r"|(?-i:\b[A-Z][\w'’]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|ibn|abu)){1,3}),\s+(?:[^,.;]{1,60},\s+)?who\s+(?:was|had\s+been)\s+"
    r"(?:shot\s+dead|gunned\s+down|assassinated|stabbed\s+to\s+death|beheaded|killed|murdered)\b"
    r"|(?-i:\b[A-Z][\w'’]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|ibn|abu)){1,3})\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:shot\s+dead|gunned\s+down|assassinated|stabbed\s+to\s+death|beheaded)\b"
    # eleventh session: "the Basra activist Tahseen Osama was killed": a person told by role and name
    rf"|\b{_VICTIM_ROLE}\s+(?-i:[A-Z][\w'’]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|ibn|abu)){{1,3}})\s+"
    r"(?:was|had\s+been|has\s+been)\s+(?:killed|murdered)\b",
    re.I,
)
# "Ahmed Karim and his cameraman Ali Saad were shot dead", "Hassan Ali and his driver were killed":
# two people named as one subject of a verb of killing are two dead.
_PERSON = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z][\w'’-]+)|al-[\w'’-]+|bin|ibn|abu)){1,3}"
_NAMED_PAIR = re.compile(
    rf"\b{_PERSON}(?:\s*,\s*(?:an?|the)\s+[^,;.]{{1,40}},)?\s+and\s+"
    rf"(?:(?:his|her)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+(?:\s+{_PERSON})?|{_PERSON})"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:(?:later|both|also)\s+)?"
    r"(?:killed|shot\s+dead|gunned\s+down|assassinated|murdered|executed|stabbed\s+to\s+death|beheaded)\b",
    re.I,
)
# gold12 (part A): "… broke into the home of the activist X and his wife Y and shot both of them dead":
# the pair told before, killed together
_BOTH_KILLED = re.compile(
    r"\b(?:shot|stabbed)\s+both\s+(?:of\s+them\s+|men\s+|women\s+)?dead\b|"
    r"\b(?:killed|executed|murdered|gunned\s+down)\s+both\s+(?:of\s+them|men|women)\b|"
    r"\b(?:were|had\s+been)\s+both\s+(?:killed|shot\s+dead|gunned\s+down|murdered)\b",
    re.I,
)
_KILL_AFTER = (
    # tenth set (part A): "said 101 people had died": a revised toll told in the pluperfect
    # eleventh session: "Ten people in all died": a total told before its verb
    rf"{_SUBSET}(?:\s+(?:in\s+all|in\s+total|altogether|all\s+told))?\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+|had\s+(?=died\b))?(?:reported\s+|reportedly\s+|allegedly\s+|confirmed\s+|found\s+)?"
    r"(?P<verb>killed|dead|died|slain|shot dead|executed|murdered|lost their lives|assassinated|gunned down|beheaded|"
    r"martyred|perished|die)"  # tenth session: a headline's "five policemen die in a blast"
)
# "were badly hurt", "was seriously wounded": how badly does not change the count
_INJ_AFTER = (
    rf"{_SUBSET}\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:reported\s+)?"
    r"(?:(?:badly|seriously|severely|critically|gravely|lightly|slightly|moderately)\s+)?(?P<verb>wounded|injured|hurt|hospitali[sz]ed|"
    # gold7: "more than 200 people had been treated for wounds and burns"
    # session 14: "treated for gunshot wounds and breathing problems"
    r"treated\s+for\s+(?:their\s+)?(?:gunshot\s+|bullet\s+|shrapnel\s+|stab\s+)?(?:wounds|injuries|burns))"
)

# session 14: "Fourteen Marines and their civilian interpreter were killed": one of their own told after
# the counted victims, as one subject of the verb of killing, is one more dead (or the number told)
_THEIR_OWN = (
    r"(?P<own>\s+and\s+(?:their|his|her|its)\s+(?:(?P<own_n>two|three|four|five|\d)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:drivers?|interpreters?|translators?|bodyguards?|escorts?|guards?|guides?|commanders?|officers?|"
    r"companions?|colleagues?|passengers?|cameram[ae]n|aides?))?"
)
_DEATH_PATTERNS = (
    re.compile(rf"\b{_QUAL}{_RANGE}{_WHO}{_THEIR_OWN}{_KILL_AFTER}\b", re.I),
    re.compile(
        rf"\b(?:killing|killed|kills|kill|claimed the lives of|shot dead|shooting dead|gunned down|"
        # ninth session: "gunmen assassinated a prominent activist"
        rf"assassinated|assassinating|assassinates|"
        rf"executed|executing|executes|massacred|murdered|slaughtered|slaughters|burned to death|burn to death|"
        rf"beheaded|beheading|beheads|stabbed to death|stabbing to death|hanged|lynched|strangled|"
        # session 14: a crowd that "beat to death a teenager" (mob violence)
        rf"beat to death|beats to death|beating to death|"
        rf"burns to death|burnt to death)\s+{_QUAL}{_RANGE}{_WHO}(?:\s+dead)?",
        re.I,
    ),
    re.compile(
        rf"\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|victims|people killed))\s+(?:[\w'’-]+\s+){{0,10}}?"
        r"(?:rose to|reached|stood at|climbed to|passed|topped|exceeded|surpassed|(?:rose|climbed) (?:above|past)|"
        # tenth set (part A): "the true toll could be 70": a higher figure told as possible
        r"could be|may be|might be|"
        rf"to|of|at)\s+{_QUAL}{_RANGE}",
        re.I,
    ),
    re.compile(
        # gold7: "put the day's dead at about 40"
        # tenth set (part A): "the group put its dead at six", "clerics put the toll above 120"
        # gold11 (part A): "the ministry puts the dead at 202"
        r"\bputs?\s+(?:it|(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?dead|the\s+(?:death\s+)?(?:toll|number|figure|count)(?:\s+of\s+(?:the\s+)?dead)?)\s+"
        rf"(?:at|above|over)\s+{_QUAL}{_RANGE}",
        re.I,
    ),
    # gold7: a toll revised in a later sentence with no word for the dead ("the number had reached 250",
    # "by morning the count stood at 20")
    re.compile(
        r"\bthe\s+(?:number|count|figure)\s+(?:had\s+|has\s+)?(?:reached|risen\s+to|rose\s+to|climbed\s+to|"
        rf"stood\s+at|stands\s+at)\s+{_QUAL}{_RANGE}",
        re.I,
    ),
    # gold11 (part A): "the dead now number at least 73", "the police count is 45": the dead as a
    # subject counted, or a count of them told as a bare figure
    re.compile(
        r"\bthe\s+dead\s+(?:now\s+|already\s+)?(?:number(?:ed)?|totall?ed|total)\s+"
        rf"{_QUAL}{_RANGE}\b(?!\s+(?:wounded|injured|hurt)\b)",
        re.I,
    ),
    re.compile(
        r"\bthe\s+(?!(?:wounded|injured|arrest|detainee|prisoner|vote|head|crowd)\w*\s)(?:[\w'’-]+\s+){0,2}?(?:death\s+)?count\s+(?:now\s+)?(?:is|was|stands\s+at)\s+"
        rf"{_QUAL}{_RANGE}\b(?!\s+(?:wounded|injured|hurt|arrests?|detainees?|protesters?)\b)",
        re.I,
    ),
    # gold4: "put the number of people killed over the weekend, troops and civilians, at about 500"
    re.compile(
        # session 14: "put the number of gunmen killed at about 250": the dead of one side counted
        r"\bput\s+the\s+(?:number|figure|count)\s+of\s+(?:people\s+|civilians\s+|those\s+|(?:[\w'’-]+\s+){1,2}?(?=killed\b))?"
        r"(?:killed|dead|deaths|victims)\b"
        rf"[^.;]{{0,60}}?\s+at\s+{_QUAL}{_RANGE}",
        re.I,
    ),
    # "left 35 dead", "leaving at least 64 people dead": "left two wounded" is no death
    re.compile(rf"\b(?:left|leaving)\s+{_QUAL}{_RANGE}{_WHO}\s+dead\b", re.I),
    re.compile(
        rf"\b(?:claimed|claiming|cost|costing)\s+{_QUAL}{_RANGE}\s+(?:more\s+|other\s+)?lives\b", re.I
    ),
    # "causing 12 deaths", "14 fatalities were reported"
    re.compile(rf"\b{_QUAL}{_RANGE}\s+(?:more\s+|civilian\s+)?(?:deaths|fatalities)\b", re.I),
    # "found the bodies of at least 20 men, blindfolded and shot", "120 bodies were brought in": the
    # dead found are the toll of the killing that left them
    re.compile(rf"\b(?:bod(?:y|ies)|corpses?|remains)\s+of\s+{_QUAL}{_RANGE}{_WHO}", re.I),
    re.compile(
        rf"\b{_QUAL}{_RANGE}\s+(?:(?:more|other|unidentified|unclaimed|bullet-riddled|decomposed|decomposing|"
        r"mutilated|headless|charred|burned|burnt)\s+){0,2}(?:bodies|corpses)\b",
        re.I,
    ),
    # "lined up and shot at least 46 members of the tribe", "marched them to a ravine and shot hundreds
    # of them": people shot after being rounded up are executed; "shot two protesters" alone is not
    re.compile(
        r"\b(?:lined\s+(?:them\s+|\w+\s+)?up|blindfolded|handcuffed|bound|marched|rounded\s+(?:them\s+)?up|herded)"
        rf"\b[^.;]{{0,80}}?\band\s+shot\s+(?!dead\b){_QUAL}{_RANGE}{_WHO}",
        re.I,
    ),
    # tenth set (part A): "dragged six men out of their houses and shot them": the people taken are the dead
    re.compile(
        rf"\b(?:pulled|dragged|hauled|took)\s+{_QUAL}{_RANGE}{_WHO}\s+(?:from|out\s+of)\s+(?:their|his|her)\s+"
        r"(?:homes?|houses?|beds?|cars?)\b[^.;]{0,60}?\band\s+(?:then\s+)?(?:shot|executed|killed|gunned\s+down)\s+them\b",
        re.I,
    ),
    # session 14: "stopped cars at a checkpoint, dragged out 47 men and shot them": the people pulled
    # out, with no word for where from, are the dead of the same killing
    re.compile(
        rf"\b(?:pulled|dragged|hauled|took)\s+out\s+{_QUAL}{_RANGE}{_WHO}(?:\s+(?:from|of|off)\s+[^.;,]{{1,40}}?)?"
        r"\s*,?\s+(?:and\s+)?(?:then\s+)?"
        r"(?:shot|executed|killed|gunned\s+down)\s+(?:them|all\s+of\s+them)\b",
        re.I,
    ),
)
_INJURY_PATTERNS = (
    re.compile(rf"\b{_QUAL}{_RANGE}{_WHO}{_INJ_AFTER}\b", re.I),
    re.compile(rf"\b(?:wounding|injuring|wounded|injured)\s+{_QUAL}{_RANGE}{_WHO}", re.I),
    # gold7: "killing one of the brigade's commanders and wounding another fighter": one person
    re.compile(
        rf"\b(?:wounding|injuring)\s+(?P<qual>)(?P<n>another)(?P<n2>)\s+(?:[\w'’-]+\s+)?{_PEOPLE}\b", re.I
    ),
    # "Two soldiers were killed and a third wounded": one more person, counted after the others
    re.compile(
        rf"\band\s+{_QUAL}(?P<n>a|one)(?P<n2>)\s+(?:second|third|fourth|fifth|sixth)(?:\s+[\w-]+)?\s+"
        r"(?:was\s+)?(?:badly\s+|seriously\s+|lightly\s+)?(?:wounded|injured|hurt)\b",
        re.I,
    ),
)
_RUNNING_TOTAL = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|october|november|december|january|february|march|april|may|june|july|august|september|\d{4}|protests|unrest|the protests|they began|it began)"
    r"|\bso far\b|\bin total\b|\btotal of\b|\boverall\b|\bthis year\b|\bsince\s+\w+\s+\d{4}"
    # tenth set (part A): "dozens of attacks that day, which together killed more than 80": a day's sum
    r"|\b(?:together|between\s+them|combined)\s+$"
    # "in June alone", "since the cross-border operation began": a month's or a campaign's count
    r"|\bin\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|the\s+past\s+(?:week|month|year))\s+alone\b"
    # ninth session: "dozens of activists killed … since the protest movement began in October 2019"
    r"|\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:operation|offensive|campaign|war|fighting|uprising|protests?|"
    r"movement|crackdown|insurgency)\s+"
    r"(?:began|started|was\s+launched)"
    # tenth set (part A): "Hundreds have been killed across the south since then": a count from the
    # event on, over a wider area
    r"|^\s*(?:across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?since\b",
    re.I,
)
# Session 13: "the deadliest since 2018", "the first such attack in the area since 2019": the event
# measured against the past, not a count kept since then
COMPARED_SINCE = re.compile(
    r"\b(?:first|worst|deadliest|bloodiest|largest|biggest|heaviest|most\s+\w+|latest)\b[^.;]{0,50}$", re.I
)


def _running_total(text: str) -> bool:
    """Whether ``text`` holds a running total's words, leaving out a "since" that measures the event
    against the past."""
    return any(
        not (m.group(0).lower().startswith("since") and COMPARED_SINCE.search(text, 0, m.start()))
        for m in _RUNNING_TOTAL.finditer(text)
    )


_NOT_DEATH_CONTEXT = re.compile(r"\b(?:no one|nobody|no casualties|no deaths|no injuries)\b", re.I)


@dataclass(frozen=True)
class Figures:
    """Fatality and injury figures read from a text."""

    low: int | None = None
    high: int | None = None
    injured: int | None = None
    running_total_ignored: bool = False
    listed: bool = False  # counted from the dead named one by one, a floor for any total told
    vague: bool = False  # only "dozens", "hundreds" …: a floor under any precise figure told

    @property
    def conservative(self) -> int:
        return self.low or 0


def to_number(text: str) -> int | None:
    """'2,000' -> 2000; 'dozens of' -> 12; 'twenty-one' -> 21; Arabic-Indic digits too."""
    t = text.translate(_ARABIC_DIGITS).strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if t in WORD_NUMBERS:
        return WORD_NUMBERS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in WORD_NUMBERS and parts[1] in WORD_NUMBERS:
        return WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]]
    return None


# "three soldiers, two policemen and a civilian were killed": the groups listed before the last are
# counted with it (each a number and its people; "A bomb exploded and two …" lists no one).
_GROUP = rf"(?:(?:{_QUAL_WORDS})\s+)?{_NUM}\s+(?:[\w'’-]+\s+){{0,2}}?{_PEOPLE}\b"
_GROUPS_BEFORE = re.compile(rf"(?<![\w'’-])(?P<list>(?:{_GROUP}\s*,\s*)*{_GROUP}\s*,?\s+and\s*)$", re.I)
_NOT_A_LIST = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|left|leaving|claim\w*|of|between|(?:among|including)(?:\s+(?:them|whom))?)\s*$",
    re.I,
)
# "Major General Mohammed al-Karawi, and 15 of his officers were killed", "Izzedine Salim, who led
# the council, and six other people were killed": the person named first is one more.
_NAMED_BEFORE = re.compile(rf"\b{_PERSON}(?:\s*,\s*(?:an?|the|who|whose)\b[^;.]{{1,120}}?)?\s*,?\s+and\s*$")
_OTHERS = re.compile(r"\b(?:other|others|of\s+(?:his|her|their))\b", re.I)
# gold7: "killed three soldiers, two policemen and a civilian worker", "wounded four US service members
# and two Iraqi personnel": the groups listed after the first one named by a verb of harm are counted
# with it (not "… and two civilians were wounded", which tells another harm).
_GROUPS_AFTER = re.compile(
    rf"(?:\s*,\s*{_GROUP})*\s*,?\s+and\s+{_GROUP}(?!\s+(?:were\s+|was\s+)?(?:wounded|injured|hurt|killed|dead))",
    re.I,
)


_NEW_CLAUSE = re.compile(r";|,\s*(?:when|as|after|while|and\s+then)\b", re.I)


# A site or a unit named by a number ("Tower 22", "Camp 7", "Route 1", "the 5th Brigade" aside): the
# number is part of the name, never a count of the dead.
_NUMBERED_NAME = re.compile(
    r"(?-i:\b(?:Tower|Camp|Route|Highway|Gate|Checkpoint|Outpost|Post|Station|Sector|Block|Hall|Street|Road|"
    r"Unit|Brigade|Division|Battalion|Regiment|Flight|Resolution|Article|Phase|Building|Platform|Level)\s)$"
)


def _before(text: str, start: int) -> int:
    """The dead or wounded counted before a figure of the form "N people were killed"."""
    head = text[max(0, start - 200) : start]
    listed = _GROUPS_BEFORE.search(head)
    if listed is not None and not _NOT_A_LIST.search(head[: listed.start()]):
        total = 0
        for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed.group("list").strip()):
            number = re.match(rf"(?:(?:{_QUAL_WORDS})\s+)?({_NUM})\b", item, re.I)
            total += (to_number(number.group(1)) or 0) if number else 0
        return total
    return 0


def _scan(text: str, patterns: tuple[re.Pattern[str], ...]) -> tuple[list[tuple[int, int, bool]], bool]:
    """Each figure as (low, high, vague); and whether a running total was skipped."""
    figures: list[tuple[int, int, bool]] = []
    skipped = False
    seen: list[tuple[int, int]] = []
    for pattern in patterns:
        if not may_match(pattern, text):
            continue
        for m in pattern.finditer(text):
            if any(not (m.end() <= s or m.start() >= e) for s, e in seen):
                continue
            n = to_number(m.group("n"))
            if n is None or re.search(r"\bnot?\s*$", text[max(0, m.start("n") - 5) : m.start("n")], re.I):
                continue
            if _NUMBERED_NAME.search(text, max(0, m.start("n") - 20), m.start("n")):
                continue  # gold11: "after the Tower 22 deaths in Jordan": the number names a site
            tail = text[m.end() : m.end() + 60]
            head = text[max(0, m.start() - 40) : m.start()]
            # "the worst day in Baghdad this year, when car bombs killed 60": a new clause opens the toll
            head = _NEW_CLAUSE.split(head)[-1]
            if _running_total(tail) or _running_total(head):
                skipped = True
                seen.append((m.start(), m.end()))
                continue
            if patterns is _INJURY_PATTERNS and m.group("n").lower() == "several":
                continue  # "several wounded" gives no figure
            n2 = to_number(m.group("n2")) if m.group("n2") else None
            qual = (m.group("qual") or "").lower()
            low, high = n, n
            if n2 is not None:
                low, high = min(n, n2), max(n, n2)
            elif qual in ("up to", "as many as"):
                low, high = 0, n
            more = None if m.groupdict().get("verb") else _AND_MORE.match(text, m.end())
            if more is not None:
                extra = to_number(more.group("n")) if more.group("n") else 1
                low, high = low + (extra or 0), high + (extra or 0)
            elif pattern is patterns[1] and (listed := _GROUPS_AFTER.match(text, m.end())) is not None:
                extra = sum(
                    to_number(n.group(1)) or 0
                    for n in re.finditer(
                        rf"(?:^|,|\band)\s*(?:(?:{_QUAL_WORDS})\s+)?({_NUM})\s", listed.group(0), re.I
                    )
                )
                low, high = low + extra, high + extra
            if m.groupdict().get("own"):
                own = to_number(m.group("own_n")) if m.group("own_n") else 1
                low, high = low + (own or 1), high + (own or 1)
            if pattern is patterns[0]:
                extra = _before(text, m.start())
                if not extra and _OTHERS.search(m.group(0)) and _NAMED_BEFORE.search(text, 0, m.start()):
                    extra = 1
                low, high = low + extra, high + extra
            vague = bool(_VAGUE.fullmatch(m.group("n").strip())) and not m.group("n2")
            figures.append((low, high, vague))
            seen.append((m.start(), m.end()))
    return figures, skipped


# "killing him, …" (a verb with its object), not "the killing of X" (a noun naming an event).
# "He died of his wounds", "She was killed instantly": one person, named before.
# … and "gunmen shot her dead": one person, named before.
_ONE_DIED = re.compile(
    r"\b(?:he|she)\s+(?:later\s+|subsequently\s+|also\s+)?(?:died|was\s+killed|was\s+shot\s+dead|succumbed)\b"
    r"|\bshot\s+(?:him|her)\s+dead\b"
    # ninth set (part A): "shot dead her interpreter": one of the person's own, one dead
    r"|\b(?:shot\s+dead|gunned\s+down|killed|murdered)\s+(?:his|her)\s+(?:[\w'’-]+\s+)?"
    r"(?:interpreter|translator|driver|bodyguard|guard|cameraman|aide|assistant|son|daughter|brother|wife|husband)\b(?!s)"
    # gold12 (part A): one body found ("His body, with gunshot wounds to the head, was found on the
    # edge of Mosul"): one dead
    r"|\b(?:his|her)\s+body\b[^.;]{0,120}?\b(?:was|had\s+been)\s+(?:later\s+)?(?:found|discovered|recovered|dumped)\b",
    re.I,
)
# "shot dead activist Ihab al-Wazni", "assassinated the lawyer …": the verbs that name their dead
# ("suspected of shooting dead the researcher …" names the dead of another act)
_KILL_OBJECT = re.compile(
    r"(?<!the\s)\b(?:killed|killing|kills|kill|(?<!of\s)(?:shot\s+dead|gunned\s+down|assassinated|murdered))\s+"
    r"(?!of\b)(?P<list>[^;.:()]+)",
    re.I,
)
# The list of the dead ends at the clause that tells where, when or who said so.
_LIST_END = re.compile(
    r",\s*(?:[\w'’-]+\s+){0,3}(?:said|says|say|told|reported|according)\b|"
    # "X, known as Abu Taqwa, …": a by-name is no clause of its own
    r"(?:^|(?<!\bknown)\s)(?:in|at(?!\s+(?:least|most)\b)|near|on|when|while|as|after|before|during|outside|inside|"
    r"with|from|by)\s",
    re.I,
)
_RELATIVE = (
    r"(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|nephews?|nieces?|cousins?|"
    r"uncle|children|child|grandsons?|granddaughters?|driver|bodyguards?|guards?|aides?|companions?|associates)"
)
_PERSON_NAME = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z][\w'’-]+)|al-[\w'’-]+|bin|ibn|abu)){1,3}$"
)
# "killed a man, his wife and their two children": the list may open with one person told by what
# they are; alone ("killed a farmer") it is left to the one-victim reading.
_SOMEONE = re.compile(
    r"(?:an?|one)\s+(?:[\w'’-]+\s+){0,2}?(?:man|woman|boy|girl|child|farmer|shepherd|teacher|doctor|lawyer|"
    r"journalist|policeman|soldier|officer|cleric|imam|activist|trader|shopkeeper|driver|worker|student|"
    r"resident|civilian|engineer|judge|official|sheikh|elder|contractor|pilgrim|guard|seller|vendor|"
    r"labourer|laborer|baker|butcher|mechanic|nurse|fisherman|porter)",
    re.I,
)

# "killing the driver": one person told by the one role the story gives them
_THE_ONE = re.compile(
    r"the\s+(?:[\w'’-]+\s+)?(?:driver|owner|imam|mukhtar|bodyguard|shopkeeper|cleric|judge|sheikh|headmaster|"
    # gold7: "fired several bullets, killing the doctor, who had led women's marches"
    r"doctor|surgeon|activist|journalist|lawyer|blogger)",
    re.I,
)

# The list of the dead ends where another harm is told: "killed a soldier and wounded Lieutenant X".
_OTHER_HARM = re.compile(
    r"(?:wounded|wounding|injured|injuring|hurt|kidnapped|kidnapping|abducted|abducting|seized|captured|"
    r"arrested|detained)\b",
    re.I,
)


_GLOSS = re.compile(r"\s*\([^()]{1,40}\)")
# eleventh session: "killed X, the leader of al-Qaeda in Iraq, and five of his associates": who the
# one named was, told between commas, holds no end of the list (its "in" is no place of the killing)
_APPOSED_IN_LIST = re.compile(
    r"(?<=,)\s*(?:the|an?)\s+(?![^,]*\b(?:said|says|say|told|reported|according)\b)[^,;.]{1,60}(?=,)", re.I
)
# tenth session: "killing him and a companion": one more person told by what they were to the dead
_COMPANION = re.compile(
    r"(?:an?|one)\s+(?:[\w'’-]+\s+)?(?:companion|friend|colleague|relative|passer-?by|bystander|aide|guard|"
    r"bodyguard|driver|fighter|passenger|cousin|neighbou?r)",
    re.I,
)
# "commander of Iran's Quds Force", "deputy head of the PMF": a post told after a name, no one more
_ROLE_OF = re.compile(r"(?-i:[a-z])[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+of\s")
# "killed Soleimani and al-Muhandis, along with eight others": the others counted with the named
_ALONG_WITH = re.compile(
    rf"\s*,?\s*(?:along|together)\s+with\s+(?:(?:{_QUAL_WORDS})\s+)?(?P<n>{_NUM})\s+(?:other\s+|more\s+)?"
    r"(?:others|people|persons|men|companions|aides|guards|bodyguards|fighters|passengers)\b",
    re.I,
)
# tenth set (part A): "killed the governor, X, along with his driver and a bodyguard": each one told counts
_ALONG_WITH_KIN = re.compile(
    rf"\s*,?\s*(?:along|together)\s+with\s+(?P<kin>(?:his|her|their|an?|one)\s+(?:[\w-]+\s+)?{_RELATIVE}"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:his|her|their|an?|one)\s+(?:[\w-]+\s+)?{_RELATIVE})*)\b",
    re.I,
)
# tenth set (part A): "the governor of Muthanna", "the chief of police for Nineveh province": one office holder
_THE_OFFICE_HOLDER = re.compile(
    r"the\s+(?:[\w'’-]+\s+){0,2}?(?:governor|mayor|chief|head|commander|director|minister|archbishop|bishop|judge)"
    r"(?:\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?",
    re.I,
)
# "killing the businessman X, members of his family and a visitor - four people in all": the total told
_IN_ALL = re.compile(
    rf"(?:^|[-–—,(]\s*)(?P<n>{_NUM})\s+(?:people|persons|victims|dead)\s+(?:in\s+all|in\s+total|altogether)\b",
    re.I,
)


def _listed_dead(text: str) -> int | None:
    """The dead listed one by one after "killed"/"killing": names, "him", "his daughter" and
    "two other people" each count; an apposition ("a commander of the group") describes the name
    before it. None unless the list names at least one person or "him"/"her"."""
    # ninth session: a gloss in brackets ("Abu Taqwa (أبو تقوى)", "the Sinjar Resistance Units (YBS)")
    # does not end the list
    text = _GLOSS.sub("", text)
    for m in _KILL_OBJECT.finditer(text):
        whole = m.group("list")
        told = _IN_ALL.search(whole)
        if told is not None and not _OTHER_HARM.search(whole, 0, told.start()):
            return to_number(told.group("n"))  # the list's own total, told after it
        along = _ALONG_WITH.search(whole)
        along_kin = _ALONG_WITH_KIN.search(whole) if along is None else None
        along = along or along_kin
        masked = _APPOSED_IN_LIST.sub(lambda a: "x" * len(a.group(0)), whole)
        end = _LIST_END.search(masked, 0, along.start() if along else len(whole))
        part = whole[: end.start()] if end else whole[: along.start()] if along else whole
        total, personal, described, counted = 0, False, False, False
        pieces = re.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+)", part.strip())
        for at in range(0, len(pieces), 2):
            item, apposed = pieces[at].strip(), at > 0 and described and "and" not in pieces[at - 1]
            joined, was_counted = at > 0 and "and" in pieces[at - 1], counted
            described, counted = False, False
            if not item:
                continue
            if re.match(r"(?:also\s+)?(?:known\s+as|nicknamed|called)\s", item, re.I) and total > 0:
                continue  # ninth session: "X, known as Abu Taqwa, …": the person just named
            if (
                joined
                and total > 0
                and (
                    some_of := re.fullmatch(
                        rf"(?P<n>{_NUM})\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?{_RELATIVE}", item, re.I
                    )
                )
            ):
                # "… and one of his aides", "… and five of his associates"
                total, personal, counted = total + (to_number(some_of.group("n")) or 1), True, True
                continue
            if joined and was_counted and _SOMEONE.fullmatch(item):
                total, personal, counted = total + 1, True, True  # "killing a boy and a fruit seller"
                continue
            if (
                joined
                and personal
                and re.match(r"the\s+[\w'’-]+", item, re.I)
                and not _OTHER_HARM.match(item)
            ):
                total, counted = (
                    total + 1,
                    True,
                )  # "killing Said Hassan, a commander, and the fighter who drove him"
                continue
            if joined and personal and _COMPANION.fullmatch(item):
                total, counted = total + 1, True  # "killing him and a companion"
                continue
            if (
                joined
                and total > 0
                and re.match(r"(?:a\s+(?:second|third|fourth|fellow)|another|one\s+other)\s", item, re.I)
            ):
                total, personal, counted = (
                    total + 1,
                    True,
                    True,
                )  # gold7: "killing X, a commander, and a second fighter"
                continue
            if _OTHER_HARM.match(item):
                break  # session 8 review: "killed a soldier and wounded Lieutenant X": the dead end there
            if apposed and _PERSON_NAME.match(item):
                continue  # session 8 review: "a soldier, Private Hussein Ali": the one just told, named
            if re.fullmatch(r"him|her", item, re.I):
                total, personal = total + 1, True
            elif re.fullmatch(rf"(?:his|her|their)\s+(?:{_NUM}\s+)?(?:[\w-]+\s+)?{_RELATIVE}", item, re.I):
                count = re.match(rf"(?:his|her|their)\s+({_NUM})\s", item, re.I)
                total, personal = total + ((to_number(count.group(1)) or 1) if count else 1), True
            elif re.match(r"(?:an?|the|one\s+of)\s", item, re.I) and total > 0:
                continue  # an apposition describing the person named before it
            elif total == 0 and _SOMEONE.fullmatch(item):
                total, described, counted = 1, True, True  # counted once the list names a relative or a name
            elif total == 0 and _THE_OFFICE_HOLDER.fullmatch(item):
                total, personal, described = 1, True, True  # "the governor of Muthanna, X, …": one person
            elif total == 0 and _THE_ONE.fullmatch(item):
                total, personal = 1, True  # "killing the driver, an employee of the oil ministry"
            elif (number := re.match(rf"{_QUAL}(?P<n>{_NUM})\s+\w", item, re.I)) and personal:
                total += to_number(number.group("n")) or 0  # "two other people" after a name
            elif total > 0 and _ROLE_OF.match(item):
                continue  # "Qassem Soleimani, commander of Iran's Quds Force, and …": who the one named was
            elif _PERSON_NAME.match(item):
                total, personal = total + 1, True
            else:
                break
        if personal and total > 0:
            if along_kin is not None:
                return total + len(re.findall(_RELATIVE, along_kin.group("kin"), re.I))
            return total + ((to_number(along.group("n")) or 0) if along else 0)
    return None


_VICTIM_VERB = (
    r"(?:killed|shot\s+dead|gunned\s+down|assassinated|murdered|executed|stabbed\s+to\s+death|beheaded|slain|"
    r"fatally\s+(?:shot|stabbed|wounded|injured))"
)
# "Fahim al-Taie, a 53-year-old activist and a regular at the sit-in, was killed": one named person,
# an apposition between the name and the verb.
_NAMED_APPOSED = re.compile(
    rf"\b{_PERSON}\s*,\s*(?:an?|the|who|whose)\b[^;.]{{1,140}}?,\s+(?:was|had\s+been|has\s+been)\s+"
    rf"(?:(?:reportedly|later|also)\s+)?{_VICTIM_VERB}\b"
)
# "A US Navy SEAL advising Kurdish forces was killed", "an army officer was killed by a sniper",
# "An American service member died of his wounds": one person, with no number.
_NOUN_WORDS = r"(?:(?!(?:after|before|since|where|when|whose|that|which|were|are|no)\b)[\w'’-]+\s+)"
_ONE_VICTIM = re.compile(
    r"(?<!\bnot\s)(?<!\bno\s)\b(?:an?|one)\s+(?!(?:few|number|dozen|couple|total|handful|third|half|year|week|day|"
    rf"month|decade|time)\b){_NOUN_WORDS}{{1,7}}?(?:(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|later|also)\s+)?"
    rf"{_VICTIM_VERB}|(?:later\s+)?died)\b",
    re.I,
)
# A headline: "Turkish soldier killed near Duhok", "Activist gunned down outside his shop".
_ONE_IN_HEADLINE = re.compile(
    r"^\s*(?:an?\s+)?(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+(?:killed|shot\s+dead|gunned\s+down|assassinated|"
    r"dies|died|slain|murdered|executed|stabbed\s+to\s+death)"
    r"(?=\s+(?:in|near|at|by|on|during|as|after|outside|inside|while|when|amid|from)\b|\s*[-—–:|]|\s*$)",
    re.I,
)
# A headline's person named with a role and no verb "to be": "Activist Fahim al-Taie shot dead in
# Karbala as he returned …", "Judge Karim Saleh killed in Basra" (the line may end with a full stop).
_TITLED_ONE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:activist|journalist|reporter|lawyer|cleric|judge|doctor|teacher|officer|commander|"
    r"official|candidate|writer|blogger|researcher|poet|academic|professor|politician|MP|lawmaker|sheikh|leader|"
    r"engineer|businessman|governor|mayor|imam|preacher|singer|broadcaster|presenter)\s+"
    rf"{_PERSON}\s+(?:shot\s+dead|gunned\s+down|assassinated|killed|murdered|stabbed\s+to\s+death)"
    r"(?=\s+(?:in|near|at|by|on|outside|inside|as|while|when|after)\b|\s*[-—–:|.,])",
    re.I,
)
_NOT_ONE = frozenset(  # no one person: "Police killed in …", "Peace deal dies in parliament"
    [
        "deal",
        "plan",
        "bill",
        "talks",
        "truce",
        "ceasefire",
        "police",
        "people",
        "personnel",
        "peshmerga",
        "militia",
        "staff",
        "troops",
        "crew",
        "family",
        "forces",
        "men",
        "women",
        "children",
        "youth",
        "folk",
        "army",
        "military",
    ]
)


def _one_victim(text: str) -> bool:
    """One person killed, told with no number (see the patterns above)."""
    if _NOT_DEATH_CONTEXT.search(text):
        return False
    if _NAMED_APPOSED.search(text) or _ONE_VICTIM.search(text) or _TITLED_ONE.match(text):
        return True
    head = _ONE_IN_HEADLINE.match(text)
    if head is None or text.rstrip().endswith((".", "!", "?")):
        return False
    noun = head.group("noun").lower()
    return noun not in _NOT_ONE and (not noun.endswith("s") or noun.endswith("ss"))


def _precise(figures: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """ "Dozens" beside "at least 46" is the same dead counted loosely: the precise figure stands."""
    floor = max((lo for lo, _, vague in figures if not vague), default=None)
    return [f for f in figures if not (f[2] and floor is not None and f[0] <= floor)]


# One of a person's own, told by what they are to him: "his son", "her driver".
_HIS_OWN = (
    r"(?:mother|father|son|daughter|wife|husband|brother|sister|child|driver|bodyguard|guard|companion|"
    r"colleague|friend|nephew|niece|cousin|uncle|aunt|neighbou?r)"
)
# ninth session: "wounding him", "wounded her mother", "injuring his driver": one person hurt, told
# with no number ("wounding him and his son" is more than one, and left uncounted)
_ONE_WOUNDED = re.compile(
    rf"\b(?:wounding|injuring|wounded|injured)\s+(?:him|her|(?:his|her|their)\s+(?:[\w'’-]+\s+)?{_HIS_OWN}|"
    # gold7: "killing the doctor and wounding the friend beside her"
    r"the\s+(?:friend|driver|bodyguard|guard|companion|colleague|passenger)\s+(?:beside|with|next\s+to|sitting\s+(?:beside|next\s+to))\s+(?:him|her))"
    r"\b(?!\s*,?\s+(?:and|along|as\s+well)\b)",
    re.I,
)


# gold7: "the sheikh was killed on Thursday with two of his bodyguards", "was killed along with his three
# guards": the one killed and the people killed with him
_KILLED_WITH = re.compile(
    rf"\b(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?killed\b[^.;]{{0,40}}?\b(?:along\s+|together\s+)?with\s+"
    rf"(?:(?P<a>{_NUM})\s+of\s+(?:his|her)|(?:his|her)\s+(?P<b>{_NUM}))\s+(?:[\w'’-]+\s+)?(?:{_PEOPLE}|{_RELATIVE})\b",
    re.I,
)

# eleventh session: "was seized and killed with her cameraman and engineer": the one killed and each
# member of the party named after "with her"
_PARTY_MEMBER = rf"(?:{_RELATIVE}|cameram[ae]n|engineers?|photographers?|translators?|interpreters?|producers?|colleagues?)"
_KILLED_WITH_PARTY = re.compile(
    r"\b(?:was|has\s+been|had\s+been)\s+(?:(?:seized|abducted|kidnapped|snatched)\s+and\s+)?(?:killed|shot\s+dead|murdered)\s+"
    rf"(?:along\s+|together\s+)?with\s+(?:his|her)\s+(?P<party>{_PARTY_MEMBER}"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|a|an)\s+)?{_PARTY_MEMBER})*)\b",
    re.I,
)


# ninth session: "a man was killed and his son wounded": one of his own, hurt
_ONE_OF_HIS_WOUNDED = re.compile(
    rf"\b(?:his|her|their)\s+{_HIS_OWN}\s+(?:was\s+)?(?:(?:seriously|badly|lightly|critically)\s+)?"
    r"(?:wounded|injured|hurt)\b",
    re.I,
)


# "Eleven (11) heroes", "three (3) others": a number written out and then in digits is one number
_NUMBER_GLOSS = re.compile(rf"\b(?P<word>{_NUM})\s*\(\s*\d{{1,4}}\s*\)", re.I)
# session 14 review: a date's year ("… killings – 3 May 2024", "May 3, 2024") is never a toll
# (a day's date only: "since October 2019" keeps its year, a span)
_DATE_WITH_YEAR = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?,?\s+(?:19|20)\d\d\b|"
    r"\b(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
)


def read_figures(text: str) -> Figures:
    """Deaths (low/high) and injuries stated in ``text``."""
    clean = _NUMBER_GLOSS.sub(r"\g<word>", _DATE_WITH_YEAR.sub("that day", text.translate(_ARABIC_DIGITS)))
    deaths, skipped_d = _scan(clean, _DEATH_PATTERNS)
    deaths = _precise(deaths)
    if not deaths and (together := _KILLED_WITH.search(clean)) is not None:
        n = 1 + (to_number(together.group("a") or together.group("b")) or 0)
        deaths = [(n, n, False)]
    if not deaths and (party := _KILLED_WITH_PARTY.search(clean)) is not None:
        n = 1 + len(re.findall(_PARTY_MEMBER, party.group("party"), re.I))
        deaths = [(n, n, False)]
    injuries, _ = _scan(clean, _INJURY_PATTERNS)
    listed = None
    if deaths and max(hi for _, hi, _ in deaths) <= 3:
        # "killed a man, his wife and their two children": the whole list, not its first "a man"
        more = _listed_dead(clean)
        if more is not None and more > max(hi for _, hi, _ in deaths):
            listed, deaths = more, [(more, more, False)]
    if not deaths:
        listed = _listed_dead(clean)
        if listed is None and (_NAMED_PAIR.search(clean) or _BOTH_KILLED.search(clean)):
            listed = 2
        deaths = (
            [(listed, listed, False)]
            if listed
            else [(1, 1, False) for _ in _NAMED_VICTIM.finditer(clean)][:1]
        )
        if not deaths and (_ONE_DIED.search(clean) or _one_victim(clean)):
            listed, deaths = 1, [(1, 1, False)]  # "He died of his wounds in hospital"
    low = min((lo for lo, _, _ in deaths), default=None)
    high = max((hi for _, hi, _ in deaths), default=None)
    if (
        low is None
        and _NOT_DEATH_CONTEXT.search(clean)
        and re.search(r"\b(?:killed|dead|casualt)", clean, re.I)
    ):
        low, high = 0, 0
    injured = max((hi for _, hi, _ in injuries), default=None)
    if injured is None and (_ONE_WOUNDED.search(clean) or _ONE_OF_HIS_WOUNDED.search(clean)):
        injured = 1
    return Figures(
        low=low,
        high=high,
        injured=injured,
        running_total_ignored=skipped_d,
        listed=listed is not None,
        vague=bool(deaths) and all(v for _, _, v in deaths),
    )


def merge_figures(parts: list[Figures]) -> Figures:
    """Figures told in several sentences of one event: low is the smallest low, high the largest.

    The dead named one by one ("killing the cleric Ahmed Karim") are only a floor when a toll is
    told too ("… put the death toll at 85"): the toll is coded."""
    counted = [p for p in parts if p.low is not None]
    precise = max((p.low or 0 for p in counted if not p.vague), default=None)
    if precise is not None:  # "kills dozens" in the headline, "at least 46" in the body: 46
        counted = [p for p in counted if not (p.vague and (p.low or 0) <= precise)]
    tolls = [p for p in counted if not p.listed]
    if tolls:
        floor = max((p.low or 0 for p in counted if p.listed), default=0)
        counted = tolls if all((p.low or 0) >= floor for p in tolls) else counted
    lows = [p.low for p in counted if p.low is not None]
    highs = [p.high for p in counted if p.high is not None]
    inj = [p.injured for p in parts if p.injured is not None]
    return Figures(
        low=min(lows) if lows else None,
        high=max(highs) if highs else None,
        injured=max(inj) if inj else None,
        running_total_ignored=any(p.running_total_ignored for p in parts),
        vague=bool(counted) and all(p.vague for p in counted),
    )
