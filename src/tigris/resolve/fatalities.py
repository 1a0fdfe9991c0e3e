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

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "dozens": 12, "dozens of": 12, "tens": 10, "tens of": 10, "scores": 20,
    "scores of": 20, "hundreds": 100, "hundreds of": 100, "a hundred": 100, "several": 3,
}  # fmt: skip

_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"a dozen|dozens(?: of)?|tens(?: of)?|scores(?: of)?|hundreds(?: of)?|a hundred|several|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|an?(?=\s))"
)
_QUAL = r"(?P<qual>at least|more than|over|some|about|around|nearly|almost|up to|as many as|roughly|an estimated|all)?\s*"
_RANGE = rf"(?P<n>{_NUM})(?:\s*(?:-|–|to|and)\s*(?P<n2>{_NUM}))?"
_PEOPLE = (
    r"(?:people|persons?|protesters?|demonstrators?|civilians?|soldiers?|troops|police(?:men|man)|police officers?|officers?|"
    r"fighters?|militants?|members?|militia(?:men|man)|gunm[ae]n|activists?|journalists?|child(?:ren)?|wom[ae]n|m[ae]n|workers?|pilgrims?|"
    r"personnel|guards?|contractors?|insurgents?|jihadists?|passengers?|bystanders?|worshippers?|students?|peshmerga)"
)
_WHO = (
    r"(?:\s+(?:more\s+|other\s+|(?-i:[A-Z]{2,5})\s+|unarmed\s+|Iraqi\s+|Turkish\s+|US\s+|American\s+|Iranian\s+|Kurdish\s+|"
    r"young\s+|peaceful\s+|security\s+|federal\s+|local\s+|civilian\s+|private\s+|British\s+|coalition\s+|militia\s+|"
    # "12 Islamic State militants", "five Peshmerga fighters": a group's name before its people
    rf"(?-i:[A-Z][\w'’-]+)\s+(?=(?:(?-i:[A-Z][\w'’-]+)\s+){{0,3}}{_PEOPLE}\b))*"
    r"(?:of\s+(?:their|its|his|her|the\s+group['’]s)\s+)?"
    rf"(?:{_PEOPLE}"
    # "four members of the Iraqi Air Force": the body they belong to
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3})?"
    r"|others|of them|were|was)?)?"
)
# "Four members of the air force, two of them officers, were wounded": a clause that says who some
# of them were counts no one more.
_SUBSET = rf"(?:\s*,\s*(?:{_NUM}|some|most|many|all)\s+of\s+(?:them|whom)\b[^,;.]{{0,40}},)?"
# "killing two officers and their driver", "wounding three soldiers and two others": the people
# named after "and" are counted too.
_AND_MORE = re.compile(
    rf"(?:\s*(?!and\b)[\w-]+){{0,4}}?\s*,?\s*and\s+(?:(?P<n>{_NUM})\s+(?:more\s+|other\s+)?|(?:an?|one|his|her|their|its)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:people|persons?|civilians?|soldiers?|troops|police(?:men|man)|officers?|fighters?|"
    r"members?|guards?|contractors?|medics?|doctors?|drivers?|bodyguards?|sons?|daughters?|wife|husband|brothers?|"
    r"child(?:ren)?|wom[ae]n|m[ae]n|passengers?|bystanders?|translators?|aides?|others)\b"
    r"(?!\s+(?:were\s+|was\s+)?(?:wounded|injured|hurt|killed|dead))",
    re.I,
)
# "Gunmen shot dead Ahmed Karim, a teacher, …": one named person killed.
_NAMED_VICTIM = re.compile(
    r"\b(?:shot\s+dead|gunned\s+down|assassinated|stabbed\s+to\s+death|beheaded)\s+"
    r"(?-i:(?:[A-Z][\w'’]+|al-\w+)(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|ibn|abu)){1,3})(?=\s*,|\s+(?:in|at|on|outside|near|inside)\b)"
    # the same in the passive: "the analyst Hisham al-Hashimi was shot dead outside his home"
    r"|(?-i:\b[A-Z][\w'’]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|ibn|abu)){1,3})\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:shot\s+dead|gunned\s+down|assassinated|stabbed\s+to\s+death|beheaded)\b",
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
_KILL_AFTER = rf"{_SUBSET}\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:reported\s+|confirmed\s+)?(?P<verb>killed|dead|died|slain|shot dead|executed|murdered|lost their lives)"
# "were badly hurt", "was seriously wounded": how badly does not change the count
_INJ_AFTER = (
    rf"{_SUBSET}\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:reported\s+)?"
    r"(?:(?:badly|seriously|severely|critically|gravely|lightly|slightly|moderately)\s+)?(?P<verb>wounded|injured|hurt|hospitali[sz]ed)"
)

_DEATH_PATTERNS = (
    re.compile(rf"\b{_QUAL}{_RANGE}{_WHO}{_KILL_AFTER}\b", re.I),
    re.compile(
        rf"\b(?:killing|killed|kills|kill|claimed the lives of|left|shot dead|shooting dead|gunned down|"
        rf"executed|executing|massacred|murdered)\s+{_QUAL}{_RANGE}{_WHO}(?:\s+dead)?",
        re.I,
    ),
    re.compile(
        rf"\b(?:death toll|toll)\s+(?:[\w'’-]+\s+){{0,10}}?(?:rose to|reached|stood at|climbed to|to|of|at)\s+{_QUAL}{_RANGE}",
        re.I,
    ),
    re.compile(
        rf"\bput\s+(?:it|the\s+(?:death\s+)?(?:toll|number|figure|count))\s+at\s+{_QUAL}{_RANGE}", re.I
    ),
)
_INJURY_PATTERNS = (
    re.compile(rf"\b{_QUAL}{_RANGE}{_WHO}{_INJ_AFTER}\b", re.I),
    re.compile(rf"\b(?:wounding|injuring|wounded|injured)\s+{_QUAL}{_RANGE}{_WHO}", re.I),
)
_RUNNING_TOTAL = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|october|november|december|january|february|march|april|may|june|july|august|september|\d{4}|protests|unrest|the protests|they began|it began)"
    r"|\bso far\b|\bin total\b|\btotal of\b|\boverall\b|\bthis year\b|\bsince\s+\w+\s+\d{4}",
    re.I,
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


def _scan(text: str, patterns: tuple[re.Pattern[str], ...]) -> tuple[list[tuple[int, int]], bool]:
    """Each figure as (low, high); and whether a running total was skipped."""
    figures: list[tuple[int, int]] = []
    skipped = False
    seen: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(not (m.end() <= s or m.start() >= e) for s, e in seen):
                continue
            n = to_number(m.group("n"))
            if n is None or re.search(r"\bno\s*$", text[max(0, m.start("n") - 4) : m.start("n")], re.I):
                continue
            tail = text[m.end() : m.end() + 60]
            head = text[max(0, m.start() - 40) : m.start()]
            if _RUNNING_TOTAL.search(tail) or _RUNNING_TOTAL.search(head):
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
            figures.append((low, high))
            seen.append((m.start(), m.end()))
    return figures, skipped


# "killing him, …" (a verb with its object), not "the killing of X" (a noun naming an event).
# "He died of his wounds", "She was killed instantly": one person, named before.
# … and "gunmen shot her dead": one person, named before.
_ONE_DIED = re.compile(
    r"\b(?:he|she)\s+(?:later\s+|subsequently\s+|also\s+)?(?:died|was\s+killed|was\s+shot\s+dead|succumbed)\b"
    r"|\bshot\s+(?:him|her)\s+dead\b",
    re.I,
)
_KILL_OBJECT = re.compile(r"(?<!the\s)\b(?:killed|killing|kills|kill)\s+(?!of\b)(?P<list>[^;.:()]+)", re.I)
# The list of the dead ends at the clause that tells where, when or who said so.
_LIST_END = re.compile(
    r",\s*(?:[\w'’-]+\s+){0,3}(?:said|says|say|told|reported|according)\b|"
    r"(?:^|\s)(?:in|at|near|on|when|while|as|after|before|during|outside|inside|with|from|by)\s",
    re.I,
)
_RELATIVE = (
    r"(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|nephews?|nieces?|cousins?|"
    r"uncle|children|child|grandsons?|granddaughters?|driver|bodyguards?|guards?|aides?|companions?)"
)
_PERSON_NAME = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z][\w'’-]+)|al-[\w'’-]+|bin|ibn|abu)){1,3}$"
)


def _listed_dead(text: str) -> int | None:
    """The dead listed one by one after "killed"/"killing": names, "him", "his daughter" and
    "two other people" each count; an apposition ("a commander of the group") describes the name
    before it. None unless the list names at least one person or "him"/"her"."""
    for m in _KILL_OBJECT.finditer(text):
        part = m.group("list")
        end = _LIST_END.search(part)
        part = part[: end.start()] if end else part
        total, personal = 0, False
        for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", part.strip()):
            item = item.strip()
            if not item:
                continue
            if re.fullmatch(r"him|her", item, re.I):
                total, personal = total + 1, True
            elif re.fullmatch(rf"(?:his|her|their)\s+(?:{_NUM}\s+)?(?:[\w-]+\s+)?{_RELATIVE}", item, re.I):
                count = re.match(rf"(?:his|her|their)\s+({_NUM})\s", item, re.I)
                total, personal = total + ((to_number(count.group(1)) or 1) if count else 1), True
            elif re.match(r"(?:an?|the)\s", item, re.I) and total > 0:
                continue  # an apposition describing the person named before it
            elif (number := re.match(rf"{_QUAL}(?P<n>{_NUM})\s+\w", item, re.I)) and personal:
                total += to_number(number.group("n")) or 0  # "two other people" after a name
            elif _PERSON_NAME.match(item):
                total, personal = total + 1, True
            else:
                break
        if personal and total > 0:
            return total
    return None


def read_figures(text: str) -> Figures:
    """Deaths (low/high) and injuries stated in ``text``."""
    clean = text.translate(_ARABIC_DIGITS)
    deaths, skipped_d = _scan(clean, _DEATH_PATTERNS)
    injuries, _ = _scan(clean, _INJURY_PATTERNS)
    listed = None
    if not deaths:
        listed = _listed_dead(clean)
        if listed is None and _NAMED_PAIR.search(clean):
            listed = 2
        deaths = [(listed, listed)] if listed else [(1, 1) for _ in _NAMED_VICTIM.finditer(clean)][:1]
        if not deaths and _ONE_DIED.search(clean):
            listed, deaths = 1, [(1, 1)]  # "He died of his wounds in hospital"
    low = min((lo for lo, _ in deaths), default=None)
    high = max((hi for _, hi in deaths), default=None)
    if (
        low is None
        and _NOT_DEATH_CONTEXT.search(clean)
        and re.search(r"\b(?:killed|dead|casualt)", clean, re.I)
    ):
        low, high = 0, 0
    injured = max((hi for _, hi in injuries), default=None)
    return Figures(
        low=low, high=high, injured=injured, running_total_ignored=skipped_d, listed=listed is not None
    )


def merge_figures(parts: list[Figures]) -> Figures:
    """Figures told in several sentences of one event: low is the smallest low, high the largest.

    The dead named one by one ("killing the cleric Ahmed Karim") are only a floor when a toll is
    told too ("… put the death toll at 85"): the toll is coded."""
    counted = [p for p in parts if p.low is not None]
    tolls = [p for p in counted if not p.listed]
    if tolls:
        floor = max((p.low or 0 for p in counted if p.listed), default=0)
        parts = [p for p in parts if not p.listed] if all((p.low or 0) >= floor for p in tolls) else parts
    lows = [p.low for p in parts if p.low is not None]
    highs = [p.high for p in parts if p.high is not None]
    inj = [p.injured for p in parts if p.injured is not None]
    return Figures(
        low=min(lows) if lows else None,
        high=max(highs) if highs else None,
        injured=max(inj) if inj else None,
        running_total_ignored=any(p.running_total_ignored for p in parts),
    )
