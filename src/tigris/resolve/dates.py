"""Dates in reporting, resolved against the day the story was written.

Reporters write "on January 24", "late on Sunday", "a day after", "later in the day", "last week".
Each becomes a calendar date with its precision. The reference day is the story's local date in
Iraqi time (Asia/Baghdad), or the dateline's date when the story has one. A sentence with no date
expression gets no date here: the event builder decides whether it continues an earlier event.
Nothing is ever filled with "today".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from tigris.prefilter import may_match
from tigris.types import DatePrecision

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
SMALL_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"  # not "14 Marines", "3 decades"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# eleventh session: a year of an older century only where it ends the date ("On 10 February 1258, the
# caliph surrendered"), never a count that follows a day ("on 3 March 1500 troops")
_YEAR = r"(?P<year>(?:19|20)\d\d|1[0-8]\d\d(?=\s*[,.;:)]))"

_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "last year" after a month or a day: "in April last year", "on 28 April last year"
_REL_YEAR = r"(?:,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "3/7/2019", "3.7.2019", "2019/7/3": day first, as Iraqi reporting writes them
    ("numeric", re.compile(r"(?<![\d/.])(?:(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)/(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d))(?![\d/])")),
    # "between 3 and 5 May", "from 12 to 14 March 2019": the first day, with the last as its end
    ("day_range", re.compile(rf"\b(?:(?:between|from)\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to|until|till|through|-|–)\s+|(?P<d0>[0-3]?\d)\s*[-–]\s*){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?", re.I)),
    # "between Monday and Wednesday", "from late Sunday to Tuesday": the first day
    ("weekday_range", re.compile(rf"\b(?:between|from)\s+(?:(?:late|early)\s+(?:on\s+)?)?(?P<wd>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?\s+(?:and|to|until|till|through|into)\s+(?:(?:late|early)\s+(?:on\s+)?)?(?P<wd2>{_WEEKDAY})\b", re.I)),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}|{_REL_YEAR})?", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}|{_REL_YEAR})?", re.I)),
    # "on the 7th", "on the 7th of this month": a day of the story's month (of the month before when
    # the day is still to come); "on the 7th floor" or "the 7th Brigade" is no date
    ("ordinal_day", re.compile(r"\bon\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+(?P<which>this|last)\s+month\b|(?=\s*(?:[,.;:)]|$)|\s+(?:when|as|after|before|and|at|in|near|while)\b))", re.I)),
    ("month_year", re.compile(rf"\b(?:in\s+|since\s+|during\s+|early\s+|late\s+|mid-?)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("month_only", re.compile(rf"\b(?P<prep>in|during|early|late|mid-?|since|last)\s+{_MONTH}(?!\s+\d){_REL_YEAR}?\b", re.I)),
    # "April last year" with no preposition before the month
    ("month_only", re.compile(rf"\b{_MONTH}{_REL_YEAR}", re.I)),
    # "three days ago", "a year ago today": counted back from the story's day
    ("ago", re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago(?P<today>\s+(?:today|to\s+the\s+day|this\s+week))?\b", re.I)),
    # "overnight": the night that began the evening before the story's day; "overnight into
    # Wednesday" began on the Tuesday. "overnight on Tuesday" is left to the weekday.
    # gold11 (part A): "overnight and into Tuesday" likewise
    ("overnight", re.compile(rf"\bovernight(?:\s+(?:and\s+)?(?:into|to)\s+(?P<wd>{_WEEKDAY}))?\b(?!\s+(?:on\s+)?(?:{_WEEKDAY}))", re.I)),
    ("relative_days", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|later|before|earlier)\b", re.I)),
    ("two_days_back", re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)),
    ("next_day", re.compile(r"\b(?:the\s+)?(?P<which>next|following|previous|preceding)\s+(?:day|morning|night|evening)\b|\bthe\s+day\s+(?P<dir>before|after)\b", re.I)),
    ("same_day", re.compile(r"\b(?:later|earlier)\s+(?:in|that|on)\s+(?:the\s+)?(?:day|evening|night|morning)\b|\b(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)\b|\bhours\s+(?:later|earlier)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b|\blast\s+night\b", re.I)),
    ("today", re.compile(r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<mod>last|next|this|on|late|early|by)\s+(?:on\s+)?)?(?P<wd>" + _WEEKDAY + r")(?P<part>\s+(?:night|morning|evening|afternoon))?\b", re.I)),
    # "over the weekend", "last weekend": the Saturday of the weekend just past
    ("weekend", re.compile(r"\b(?:(?P<which>last|this|past)\s+weekend|(?:over|at|during)\s+the\s+(?:past\s+)?weekend)\b", re.I)),
    ("last_week", re.compile(r"\b(?P<which>last|this|next)\s+week\b|\bearlier\s+this\s+week\b", re.I)),
    ("last_month", re.compile(r"\b(?P<which>last|this|next)\s+month\b", re.I)),
    ("year_only", re.compile(r"\b(?P<prep>in|during|since)\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    # ninth session: "killed in an air strike in Sinjar last year": the year before the story's
    ("last_year", re.compile(r"\b(?:last|the\s+previous)\s+year\b(?!['’]s)", re.I)),
)  # fmt: skip

# Arabic-Indic and Persian digits read as ASCII ones (one character each, so offsets hold).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# "on the eve of Saturday's vote", "on the eve of the holiday, which began on Tuesday": the day before
_EVE_OF = re.compile(r"\beve\s+of\b", re.I)
_EVE_GAP = re.compile(
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:(?:[\w'’-]+\s*)?,\s*which\s+(?:\w+\s+){0,3}?)?(?:on\s+)?", re.I
)
# What a person is held for: "suspected of shooting …", "over the murder of …", "accused of …"
_OTHER_ACT = re.compile(
    r"\b(?:suspected\s+of|accused\s+of|charged\s+with|convicted\s+of|wanted\s+(?:for|over)|"
    r"in\s+connection\s+with|(?:over|for)\s+(?:the|his|her|their)\s+(?:alleged\s+)?(?:role\s+in\s+the\s+)?"
    r"(?:murder|killing|assassination|kidnapping|abduction|bombing|attack))\b",
    re.I,
)
# A date that names another event by its day: "a candidate in the May 12 election", "Saturday's vote"
_NAMED_BY_DATE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>elections?|votes?|vote|polls?|ballot|referendum|deadline|anniversary|summit|"
    r"session|talks|meeting|conference|holiday|visit|ruling|speech|sermon|statement|announcement|"
    r"handover|withdrawal|attacks?|bombings?|strikes?|massacre|uprising|agreement|deal|accord|"
    r"ceasefire|truce|offensive|raid|rally|protests?|march|demonstrations?)\b",
    re.I,
)


_SAME_ATTACK_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>attacks?|bombings?|blasts?|explosions?|massacre|raids?)\b",
    re.I,
)
_OTHER_ATTACK_GAP = re.compile(
    r"[,;:—–\n]|\b(?:after|before|since|following|ahead|like|similar|previous|earlier|last|than|another)\b",
    re.I,
)


def names_told_attack(sentence: str, d: DateMatch, trigger_at: int | None) -> bool:
    """session 13: "12 were killed in Monday's bombing", "Friday's bombings at two markets had killed
    99": a day that names an attack whose toll the event word tells, in one clause, is that event's day."""
    if trigger_at is None:
        return False
    m = _SAME_ATTACK_NOUN.match(sentence, d.end)
    if m is None:
        return False
    a, b = (m.end("noun"), trigger_at) if trigger_at >= m.end("noun") else (trigger_at, d.start)
    return _OTHER_ATTACK_GAP.search(sentence, a, b) is None


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a sentence and what it resolves to."""

    text: str
    start: int
    end: int
    kind: str
    date: dt.date | None
    precision: DatePrecision | None
    date_end: dt.date | None = None
    relative_to_anchor: bool = False  # resolved from the previous event's date, not the story's
    since: bool = False  # "since October": the start of a period, not the day of an event


def local_day(published: dt.datetime | dt.date | None, tz: str = "Asia/Baghdad") -> dt.date | None:
    """The story's calendar day in local time. Naive datetimes are taken as local already."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        if published.tzinfo is not None:
            return published.astimezone(ZoneInfo(tz)).date()
        return published.date()
    return published


def _year_for(month: int, day: int, reference: dt.date | None, ahead: int = 45) -> int | None:
    """Reporting speaks of the past: a month and day without a year fall on or before the story."""
    if reference is None:
        return None
    year = reference.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    # "December 30" in a story of January 2 belongs to the previous year; allow a few days of
    # forward reference for announced events ("on January 5" in a story of January 2).
    if candidate > reference + dt.timedelta(days=45):
        return year - 1
    # "BAGHDAD, Jan 1 —" over copy stamped December 31, "on January 3" in a story of December 30:
    # the coming January, not the one eleven months back.
    following = _safe_date(year + 1, month, day)
    if following is not None and following <= reference + dt.timedelta(days=ahead):
        return year + 1
    return year


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def find_dates(
    sentence: str, reference: dt.date | None, anchor: dt.date | None, *, trigger_at: int | None = None
) -> list[DateMatch]:
    """Every date expression in ``sentence``, resolved.

    ``reference`` is the story's day; ``anchor`` the date of the event told just before (for "a day
    after", "later in the day"). ``trigger_at`` is the offset of the event word: it decides whether
    "a day after" dates the sentence's own event (the event sits in the "after" clause) or the
    earlier one.
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    sentence = sentence.translate(_DIGITS)  # "٨/٩/٢٠١٨" is 8/9/2018

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pattern in _PATTERNS:
        if not may_match(pattern, sentence):
            continue
        for m in pattern.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            match = _resolve(kind, m, reference, anchor, trigger_at)
            if match is None:
                continue
            found.append(match)
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    found = [_same_day_as_told(sentence, d, found) for d in found]
    if any(d.kind != "last_year" and d.date is not None for d in found):
        # "the engineer kidnapped in Basra last year was freed on Sunday": a bare "last year" beside
        # another date tells what came before; the other dates the event
        found = [d for d in found if d.kind != "last_year"]
    found = [_eve(sentence, d, reference) for d in found]
    found = [d for d in found if not _LASTED_INTO.search(sentence, max(0, d.start - 40), d.start)]
    if trigger_at is not None:
        # session 13: "Gunmen killed an activist in Karbala, the latest in a wave of killings that began
        # in 2019": when something named after the event word began is not the event's day
        found = [
            d
            for d in found
            if not (
                d.start > trigger_at
                and d.precision in ("month", "year")  # a day may still anchor "the eve of" the feast
                and _BEGAN_BEFORE.search(sentence, max(0, d.start - 40), d.start)
            )
        ]
    return _drop_other_act(sentence, _drop_named(sentence, found, reference, trigger_at), trigger_at)


_THAT_DAY = re.compile(r"(?:that|the\s+same)\s", re.I)
_LATER_THAT = re.compile(r"(?:later|earlier)\s+(?:in|that|on)\s", re.I)


def _same_day_as_told(sentence: str, d: DateMatch, found: list[DateMatch]) -> DateMatch:
    """gold11 (part A): "In a statement on Monday, the group said its fighter had struck a crowd in
    Sadr City that morning": "that morning" is the day told before it in the sentence, not the day of
    the event told in the sentence before."""
    if not (
        (d.kind == "same_day" and _THAT_DAY.match(d.text))
        # "Tuesday: … units moved into the town later in the day", "Thursday: after the troops pulled
        # back overnight, …": the day the line or the sentence told
        or (d.kind == "same_day" and _LATER_THAT.match(d.text))
        or (d.kind == "overnight" and d.text.lower() == "overnight")
    ):
        return d
    told = [
        o
        for o in found
        if o.end <= d.start
        and o.date is not None
        and o.precision == "day"
        and o.kind != "same_day"
        and not o.since
        and not _DATELINE_BEFORE.search(sentence, 0, o.start)
        and not _DATELINE_AFTER.match(sentence, o.end)
    ]
    if not told:
        return d
    return replace(d, date=told[-1].date, precision="day", relative_to_anchor=False)


# tenth set (part B): the day a fight ran on into is where it ended, not the day it began ("the
# fighting, which went on into Wednesday morning, killed six"): the event keeps the day told before
_LASTED_INTO = re.compile(
    r"\b(?:(?:went|carried|dragged|go(?:es|ing)?)\s+on|continu(?:ed|es|ing)|last(?:ed|s|ing)|rag(?:ed|es|ing))\s+"
    r"(?:well\s+)?(?:into|until|till)\s+(?:the\s+)?$"
    # gold11: the day the fighting stopped ("at least 30 were killed by the time the shooting stopped on
    # Tuesday") is where it ended too
    r"|\b(?:by\s+the\s+time|until|till|before)\s+(?:the\s+)?(?:shooting|fighting|clashes|gunfire|firing|battle|violence)\s+"
    r"(?:had\s+|finally\s+)?(?:stopped|ended|died\s+down|subsided|halted|ceased|eased)\s+(?:on\s+)?$",
    re.I,
)


_BEGAN_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+)?(?:began|started|erupted|broke\s+out|was\s+launched|were\s+launched)\s+(?:in\s+)?$",
    re.I,
)


def _drop_other_act(sentence: str, found: list[DateMatch], trigger_at: int | None) -> list[DateMatch]:
    """Leave out the date of an act the event is about, when the sentence tells the event's own day:
    "arrested the man suspected of shooting dead the researcher in July last year, the premier
    announced on Friday", "detained on Saturday … over the murder of a cleric in April last year"."""
    if trigger_at is None or len([d for d in found if d.date is not None]) < 2:
        return found
    cues = [m for m in _OTHER_ACT.finditer(sentence) if m.start() > trigger_at]
    if not cues:
        return found

    def about_other(d: DateMatch) -> bool:
        return any(
            c.end() <= d.start
            and d.start - c.end() <= 100
            and not re.search(r"[,;.]", sentence[c.end() : d.start])
            for c in cues
        )

    kept = [d for d in found if not about_other(d)]
    return kept if any(d.date is not None for d in kept) else found


def _eve(sentence: str, d: DateMatch, reference: dt.date | None = None) -> DateMatch:
    """ "on the eve of Saturday's vote" → the Friday: a day the phrase after "eve of" names."""
    if d.date is None or d.precision != "day":
        return d
    for m in _EVE_OF.finditer(sentence, 0, d.start):
        if _EVE_GAP.fullmatch(sentence, m.end(), d.start):
            named = d.date
            if (
                d.kind == "weekday"
                and reference is not None
                and named + dt.timedelta(days=7) == reference + dt.timedelta(days=1)
            ):
                # session 13: "on the eve of Sunday's election" in a Saturday story: the named day is
                # the one to come, so its eve is the story's own day
                named = reference + dt.timedelta(days=1)
            return replace(d, date=named - dt.timedelta(days=1), kind="eve", date_end=None)
    return d


# "BAGHDAD, Nov 1 (…) -", "TAL AFAR, Iraq, March 30 (…) -"
_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z' ./-]{2,40},\s*(?:[A-Z][a-z]+,\s*)?$")
# the rest of a dateline after its date: "(Agency) -", " —"
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^)\n]{1,40}\)\s*)?[-—–]\s")
_ITEM_HEAD = re.compile(r"\s*[-–—:]\s")
_WEEKLY_RITE = re.compile(r"\s+(?:prayers?|sermons?|services?|mass)\b", re.I)
# A plan told before a weekday in the same clause ("will hold a march in Baghdad on Friday").
_PLANNED_BEFORE = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|plans?\s+to|intends?\s+to)\s+"
    r"(?!have\b|be\s+(?:\w+ed|\w+en)\b)[^.;:,]*$",
    re.I,
)
_CALL_OR_PLAN = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:for|on)|urg(?:ed|es|ing)|will|plan(?:s|ned|ning)?|invit(?:ed|es|ing)|"
    r"to\s+(?:hold|stage|march|rally|protest|gather))\b",
    re.I,
)


def _drop_named(
    sentence: str, found: list[DateMatch], reference: dt.date | None, trigger_at: int | None
) -> list[DateMatch]:
    """Leave out a date that only names another event ("a candidate in the May 12 election",
    "ahead of Saturday's vote") when the sentence tells another date or the named day is still to
    come; the date of the event word itself stays ("Saturday's attack killed 30")."""

    def named(d: DateMatch) -> bool:
        if d.kind not in ("month_day", "day_month", "numeric", "weekday") or d.date is None:
            return False
        if d.kind == "weekday" and _WEEKLY_RITE.match(sentence, d.end):
            # eighth session: "called for a rally after Friday prayers" names the weekly rite, not a
            # day; session 8 review: "marched after the Friday sermon, police said on Sunday" is told
            # done on that Friday, so only a call or a plan makes the rite a name
            # ninth set (part A): "25 January - Soldiers fire on marchers after Friday prayers": beside a
            # calendar day the rite only tells the hour of that day
            return _CALL_OR_PLAN.search(sentence, 0, d.start) is not None or any(
                o.kind in ("month_day", "day_month", "numeric", "iso")
                and o.date is not None
                and not _DATELINE_BEFORE.search(sentence, 0, o.start)  # "BAGHDAD, Nov 1 (…) -"
                for o in found
            )
        m = _NAMED_BY_DATE.match(sentence, d.end)
        if m is None:
            return False
        if d.kind == "weekday":  # "Saturday's vote", not "on Saturday attacks resumed"
            if not sentence.startswith(("'s", "’s"), d.end):
                return False
        elif not re.search(r"\bthe\s+$", sentence[max(0, d.start - 5) : d.start], re.I):
            return False
        if names_told_attack(sentence, d, trigger_at):
            return False
        return trigger_at is None or not m.start("noun") <= trigger_at < m.end("noun")

    names = [d for d in found if named(d)]
    if not names:
        return found
    # gold11 (part A): "TAL AFAR, Iraq, March 30 (…) - Officials put the dead at 152 from Tuesday's
    # truck bombing, in which …": the dateline's day is the story's, no other date of an event
    # gold11 (part A): "The attack came four days after Sunday's truck bombing in Karrada, where a
    # lorry …": a span counted from the named day is told from it, not another date beside it
    others = [
        d
        for d in found
        if d not in names
        and d.date is not None
        and not _DATELINE_BEFORE.search(sentence, 0, d.start)
        and not (d.kind == "relative_days" and any(not sentence[d.end : n.start].strip() for n in names))
    ]
    return [
        d
        for d in found
        if d not in names
        or not (others or (reference is not None and d.date is not None and d.date > reference))
    ]


def _resolve(
    kind: str, m: re.Match[str], reference: dt.date | None, anchor: dt.date | None, trigger_at: int | None
) -> DateMatch | None:
    text = m.group(0)
    g = m.groupdict()

    def made(
        date: dt.date | None,
        precision: DatePrecision | None,
        *,
        end: dt.date | None = None,
        rel: bool = False,
        since: bool = False,
    ) -> DateMatch:
        return DateMatch(text, m.start(), m.end(), kind, date, precision, end, rel, since)

    is_since = bool(re.match(r"since\b", text, re.I)) or _preceded_by(m, "since") or _in_since_clause(m)
    if kind == "iso":
        return made(_safe_date(int(g["year"]), int(g["m"]), int(g["d"])), "day", since=is_since)
    if kind == "numeric":
        if g.get("y2"):
            return made(_safe_date(int(g["y2"]), int(g["m2"]), int(g["d2"])), "day", since=is_since)
        one, two = int(g["a"]), int(g["b"])
        # day first unless that is impossible ("12/25/2019" is a US date)
        day, month = (one, two) if two <= 12 else (two, one)
        if month > 12:
            return None
        return made(_safe_date(int(g["y"]), month, day), "day", since=is_since)
    if kind == "day_range":
        month = MONTHS[g["month"].lower().rstrip(".")]
        start_day, end_day = int(g["d1"] or g["d0"]), int(g["day"])
        if not 1 <= start_day <= end_day <= 31:
            return None
        year = int(g["year"]) if g.get("year") else _year_for(month, start_day, reference)
        return made(_safe_date(year, month, start_day), "day", end=_safe_date(year, month, end_day))
    if kind == "weekday_range":
        if reference is None:
            return made(None, None)
        first_day = reference - dt.timedelta(days=(reference.weekday() - WEEKDAYS[g["wd"].lower()]) % 7)
        last_day = reference - dt.timedelta(days=(reference.weekday() - WEEKDAYS[g["wd2"].lower()]) % 7)
        if last_day < first_day:  # "between Saturday and Monday" in a Monday story
            first_day -= dt.timedelta(days=7)
        return made(first_day, "day", end=last_day)
    if kind in ("month_day", "day_month"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        # ninth set (part A): "25 January - Soldiers open fire …" heading a line of a year-end
        # timeline tells a day gone by, not one of the coming January
        # (gold11: behind a list's bullet too, "- 21 January: Islamic State fighters raided …")
        ahead = (
            3 if _ITEM_HEAD.match(m.string, m.end()) and not m.string[: m.start()].strip(" \t\n-–—•*") else 45
        )
        year = int(g["year"]) if g.get("year") else _year_for(month, day, reference, ahead)
        if g.get("rel") and reference is not None:
            year = reference.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return made(_safe_date(year, month, day), "day", since=is_since)
    if kind == "ago":
        if reference is None:
            return made(None, None)
        n = SMALL_NUMBERS.get(g["n"].lower(), 1) if not g["n"].isdigit() else int(g["n"])
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return made(reference - dt.timedelta(days=n), "day")
        if unit == "week":
            return made(reference - dt.timedelta(days=7 * n), "day" if g.get("today") else "week")
        back = n * 12 if unit == "year" else n
        months = reference.year * 12 + reference.month - 1 - back
        year, month = divmod(months, 12)
        if g.get("today"):  # "a year ago today": the same day (the month's last, for a 29 February)
            day = reference.day
            while _safe_date(year, month + 1, day) is None:
                day -= 1
            return made(_safe_date(year, month + 1, day), "day")
        if unit == "year":
            return made(dt.date(year, 1, 1), "year", end=dt.date(year, 12, 31))
        start = dt.date(year, month + 1, 1)
        return made(start, "month", end=_month_end(start))
    if kind == "overnight":
        if reference is None:
            return made(None, None)
        if g.get("wd"):  # "overnight into Wednesday": the night began on the Tuesday
            into = reference - dt.timedelta(days=(reference.weekday() - WEEKDAYS[g["wd"].lower()]) % 7)
            return made(into - dt.timedelta(days=1), "day")
        return made(reference - dt.timedelta(days=1), "day")
    if kind == "month_year":
        start = dt.date(int(g["year"]), MONTHS[g["month"].lower().rstrip(".")], 1)
        return made(start, "month", end=_month_end(start), since=is_since)
    if kind == "month_only":
        prep = (g.get("prep") or "").lower()
        if not prep and g["month"][0].islower():  # "may next year" is a verb, not May
            return None
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = _year_for(month, 1, reference)
        if year is None:
            return made(None, "month")
        if g.get("rel") and reference is not None:  # "in April last year"
            year = reference.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        start = dt.date(year, month, 1)
        if prep == "last" and reference is not None and start >= reference.replace(day=1):
            start = start.replace(year=start.year - 1)
        return made(start, "month", end=_month_end(start), since=prep == "since" or is_since)
    if kind == "last_year":
        if reference is None:
            return made(None, None, rel=True)
        year = reference.year - 1
        return made(dt.date(year, 1, 1), "year", end=dt.date(year, 12, 31))
    if kind == "year_only":
        year = int(g["year"])
        return made(
            dt.date(year, 1, 1), "year", end=dt.date(year, 12, 31), since=g["prep"].lower() == "since"
        )
    if kind == "relative_days":
        weeks = g["unit"].lower().startswith("week")
        if anchor is None and weeks and reference is not None:
            anchor = reference  # "eight weeks after the strike, …" speaks from the story's day
        if anchor is None:
            return made(None, None, rel=True)
        n = SMALL_NUMBERS.get(g["n"].lower()) or int(g["n"])
        n = n * 7 if weeks else n
        forward = g["dir"].lower() in ("after", "later")
        # "X was a day after he met …": the event of this sentence sits in the clause after the
        # phrase and happened n days *before* the anchor; "two days later, gunmen …" is after it.
        in_clause = (
            trigger_at is not None
            and trigger_at > m.end()
            and g["dir"].lower() in ("after", "before")
            and "," not in m.string[m.end() : trigger_at]
        )
        if in_clause:
            forward = not forward
        delta = dt.timedelta(days=n if forward else -n)
        return made(anchor + delta, "week" if weeks else "day", rel=True)
    if kind == "next_day":
        if anchor is None:
            return made(None, None, rel=True)
        which = (g.get("which") or g.get("dir") or "").lower()
        step = 1 if which in ("next", "following", "after") else -1
        return made(anchor + dt.timedelta(days=step), "day", rel=True)
    if kind == "same_day":
        return made(anchor, "day" if anchor else None, rel=True)
    if kind == "yesterday":
        return made(reference - dt.timedelta(days=1) if reference else None, "day")
    if kind == "two_days_back":
        return made(reference - dt.timedelta(days=2) if reference else None, "day")
    if kind == "ordinal_day":
        if reference is None:
            return made(None, None)
        day, first = int(g["d"]), reference.replace(day=1)
        if (g.get("which") or "").lower() == "last" or day > reference.day:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        return made(_safe_date(first.year, first.month, day), "day", since=is_since)
    if kind == "weekend":
        if reference is None:
            return made(None, None)
        back = (reference.weekday() - 5) % 7  # to the Saturday on or before the story's day
        if (g.get("which") or "").lower() == "last" and back <= 1:
            back += 7  # "last weekend" told on a Saturday or a Sunday: the one before
        saturday = reference - dt.timedelta(days=back)
        return made(saturday, "week", end=saturday + dt.timedelta(days=1))
    if kind == "today":
        return made(reference, "day" if reference else None)
    if kind == "weekday":
        if reference is None:
            return made(None, None)
        target = WEEKDAYS[g["wd"].lower()]
        mod = (g.get("mod") or "").lower()
        back = (reference.weekday() - target) % 7
        if mod == "next":
            return made(reference + dt.timedelta(days=(target - reference.weekday()) % 7 or 7), "day")
        if mod == "last" and back == 0:
            back = 7
        if mod in ("", "on") and _PLANNED_BEFORE.search(m.string, max(0, m.start() - 90), m.start()):
            # twelfth session: "Sadr's supporters will hold a march on Friday, organisers said on
            # Tuesday": a plan's weekday is one to come, so it dates no event told (the call is dated
            # by when it was said, or by the story's day)
            return None
        # gold7: "have blocked the road since Tuesday" opens a period, as "since October" does
        return made(reference - dt.timedelta(days=back), "day", since=is_since)
    if kind == "last_week":
        if reference is None:
            return made(None, None)
        which = (g.get("which") or "this").lower()
        monday = reference - dt.timedelta(days=reference.weekday())
        if which == "last":
            monday -= dt.timedelta(days=7)
        elif which == "next":
            monday += dt.timedelta(days=7)
        return made(monday, "week", end=monday + dt.timedelta(days=6))
    if kind == "last_month":
        if reference is None:
            return made(None, None)
        which = g["which"].lower()
        first = reference.replace(day=1)
        if which == "last":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        elif which == "next":
            first = _month_end(first) + dt.timedelta(days=1)
        return made(first, "month", end=_month_end(first))
    return None


# Eighth session: a date in a clause that "since" opens starts a period too ("detained since the
# protests began in October"), however many words stand between.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|his|her|its|their|a|an)\s+[^,;.:()—–]{0,50}$", re.I)


def _in_since_clause(m: re.Match[str]) -> bool:
    return _SINCE_CLAUSE.search(m.string[max(0, m.start() - 70) : m.start()]) is not None


def _preceded_by(m: re.Match[str], word: str) -> bool:
    before = m.string[max(0, m.start() - len(word) - 2) : m.start()].lower()
    return before.strip().endswith(word)


# tenth set (part B): "Weekly round-up, 25 October - 29 October 2021" heads a digest with the span of
# days it covers; a dash running on to another day opens no dateline, so weekdays keep the story's day
_ANY_MONTH = _MONTH.replace("(?P<month>", "(?:")
_RANGE_END = rf"(?!\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_ANY_MONTH}|{_ANY_MONTH}\s+\d))"
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z' .-]{{2,40}},\s*(?:Iraq,\s*)?(?:{_MONTH}\s+{_DAY}|{_DAY.replace('day>', 'day2>')}\s+{_MONTH.replace('month>', 'month2>')})"
    rf"(?:,?\s+{_YEAR})?\s*(?:\([^)]*\))?\s*[-—–:]{_RANGE_END}",
    re.I,
)


def dateline_day(body: str, published: dt.date | None) -> dt.date | None:
    """The day of a wire dateline ("BAGHDAD, Oct 25 (Tigris Wire) —"), if the story opens with one."""
    m = _DATELINE.match(body)
    if not m:
        return None
    month = MONTHS[(m.group("month") or m.group("month2")).lower().rstrip(".")]
    day = int(m.group("day") or m.group("day2"))  # "BAGHDAD, July 4 —" or "BAGHDAD, 4 July —"
    year = int(m.group("year")) if m.group("year") else _year_for(month, day, published)
    return _safe_date(year, month, day)
