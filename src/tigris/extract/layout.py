"""How a story is laid out: its dateline or header, its paragraphs, and where sentences end.

The dateline ("BAGHDAD, Aug 30 —", or in wire copy set all in capitals "BASRA, MARCH 26 (AGENCY) -")
and a bulletin's header line ("SECURITY UPDATE — Basra.") name where the story was filed and, for a
dateline, the story's day; neither is an event's place or date. Each item of a list (a timeline's
"- May 23: …" lines) is a sentence of its own, and so is the line that introduces the list.

Semi-structured reports are cut by their lines (eleventh round): a table row ("15 Feb | Erbil |
rockets | 1 | 9"), a live-blog entry ("10:32 — …"), a question or an answer ("Q: …", "A: …") and a
labelled line ("Date: … | Location: …", "DIYALA: …") are each a unit of their own, while a block
of field lines ("Incident: …" / "Date: …" / "Casualties: …") is one unit: the incident it records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tigris.ingest.structure import is_log_line, is_toll, log_fields

_MONTH_WORD = r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})"  # "March", "Sept", or "MARCH" in wire copy
# "HILLA, Iraq, March 7 —": the country may stand between the city and the day (eighth session)
_DATELINE_COUNTRY = r"(?:(?:Iraq|Syria|Turkey|Iran|Kuwait|Jordan|Lebanon),\s*)?"
DATELINE_CITY = re.compile(
    rf"^\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][A-Za-z' -]{{2,30}}),\s*{_DATELINE_COUNTRY}(?:{_MONTH_WORD}\.?\s+\d|\d{{1,2}}\s+{_MONTH_WORD}\b|\()"
)
# A bulletin's header line naming its area: "SECURITY UPDATE — Basra." serves as a dateline.
HEADER_PLACE = re.compile(r"^\s*[A-Z][A-Z ]{2,30}\s*[—–-]\s*([A-Z][A-Za-z' -]{2,30}?)\s*(?:/[^.\n]*)?\.")
# gold7: a broadcast opening on where it speaks from ("Good morning from Basra.", "[Evening
# bulletin] Good evening from Kirkuk.") serves as a dateline too.
GREETING_PLACE = re.compile(
    r"^\s*(?:\[[^\]\n]{1,40}\]\s*)?Good\s+(?:morning|afternoon|evening)\s+from\s+([A-Z][A-Za-z'-]{2,20}(?:\s[A-Z][A-Za-z'-]{2,20})?)\s*[.,!]"
)
# A broadcast whose presenter opens on the town of the lead story ("PRESENTER: Good evening. We begin
# in Tuz Khurmatu, …", "ANCHOR: Our top story tonight: a bombing in the Tarmiyah area …") is placed
# there like a dateline: the correspondent's "here" and "the checkpoint" are in that town.
LEAD_IN_PLACE = re.compile(
    r"^\s*(?:\[[^\]\n]{1,40}\]\s*)?(?:(?:PRESENTER|ANCHOR|HOST|NEWSREADER)\s*:\s*)?"
    r"(?:Good\s+(?:morning|afternoon|evening)[^.!\n]{0,40}[.!]\s*)?"
    r"(?:We\s+(?:begin|start|open)(?:\s+(?:tonight|today|this\s+(?:morning|afternoon|evening)))?\s+in\s+"
    r"|Our\s+(?:main|top|lead|first)\s+(?:story|item)(?:\s+(?:tonight|today|this\s+(?:morning|afternoon|evening)))?"
    r"\s*:\s*[^.\n]{0,120}?\bin\s+)(?:the\s+)?([A-Z][A-Za-z'-]{2,20}(?:\s[A-Z][A-Za-z'-]{2,20})?)"
)
# ninth session: a statement's header names where it was issued ("Statement of the Media Office of the
# Prime Minister, Baghdad, 30 June 2021."), a dateline too.
STATEMENT_PLACE = re.compile(
    r"^\s*(?:Statement|Press\s+release|Communiqu[eé]|Announcement)\s+(?:of|from|by)\s+[^\n,.]{3,80},\s*"
    r"([A-Z][A-Za-z'-]{2,20}(?:\s[A-Z][A-Za-z'-]{2,20})?),\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
)
# session 14: a social-media channel's or page's header line ("📢 Kut Youth channel — 3 May 2021", "Voice of
# Samawah (Telegram) - 4 June 2021") names the town it posts from; its "here" and its unplaced events are there.
CHANNEL_HEADER = re.compile(
    r"^\s*(?:[^\w\s]{1,3}\s*)?([A-Z][^\n]{1,50}?)\s*(?:\((?:Telegram|Facebook|WhatsApp|X|Twitter|Instagram)\)|"
    r"\b(?:channel|page|group|feed|account)\b)[^\n]{0,30}?[—–|-]\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
)
DATELINE_ONLY = re.compile(r"^\s*[A-Z][A-Za-z' .-]{2,40},[^.]{0,60}(?:[-—–:]|\([^)]{1,40}\))\s*$")
_SENTENCE_END = re.compile(r"[.!?;:\"'”’)\]—–-]$")
DATELINE_PREFIX = re.compile(
    # "BAGHDAD, July 4 (Agency) -", two cities ("ANKARA/ERBIL, June 15 —"), or day first: "BAGHDAD, 4 July 2019 -"
    # gold12 (part B): a weekday is no city ("Wednesday, November 22: US aircraft struck …" is an item's date)
    rf"^\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][A-Za-z' ./-]{{2,40}},\s*{_DATELINE_COUNTRY}(?:{_MONTH_WORD}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD}\.?)(?:,?\s*\d{{4}})?\s*(?:\([^)\n]{{1,40}}\)\s*)?[-—–:]"
)
# A line that opens a list item or a timeline entry: "- ", "• ", "* ", "1. ", "2) ", a thread's "3/ ", or a date
# followed by a colon or dash ("March 9: …", "13 March — …", "2021-03-09 - …").
_LIST_ITEM = re.compile(
    r"\n[ \t]*(?:[-•*–—]|\d{1,2}[.)/])\s|"
    # gold7: a thread's numbered posts "3/6 …"
    r"\n[ \t]*\d{1,2}/\d{1,2}\s|"
    # gold12 (part B): a daily update's items open with their weekday ("Wednesday, November 22: …")
    r"\n(?=[ \t]*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|\d{4}-\d\d-\d\d)\s*[:—–-])"
)


# A line that is a record of its own (each kind is cut from its neighbours; see `record_kind`).
# A table row has at least three cells: one " | " or tab alone is more often a title's outlet
# ("Headline | Outlet") or a stray tab than a table.
_CELL_GAP = r"(?:[ \t]\|[ \t]|\t)"
_TABLE_ROW = re.compile(rf"[^\n]*?{_CELL_GAP}[^\n]*?{_CELL_GAP}")
_TIME_ENTRY = re.compile(r"[ \t]*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*[—–-]\s")
_QA = re.compile(r"[ \t]*(?:Q|A|Question|Answer)\s*[:.]\s")
_LABEL = re.compile(r"[ \t]*([A-Z][A-Za-z'’-]*(?:[ \t][A-Za-z'’-]+){0,2}):[ \t]+\S")
_DATE_LABEL = re.compile(r"(?:Date|Time|When|Day)$", re.I)
# A Markdown table's rule under its header row: "|---|:---:|---|".
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$")
# A unit that is only an item's date and its mark ("3 December 2023:", "2. 14 August —"): spaCy
# cut it off the item's text, which it dates.
_DATE_ONLY = re.compile(
    r"[ \t]*(?:(?:[-•*]|\d{1,2}[.)/])[ \t]+)?"
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?[ \t]+)?"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?"
    r"|\d{4}-\d\d-\d\d)[ \t]*[:—–-][ \t]*"
)
# The line after a list item that is no part of it: a new sentence at the left margin.
_NEW_LINE_START = re.compile(r"[A-Z0-9“\"(]")
_LINE_END = re.compile(r"[.!?;\"'”’)\]]\s*$")
# "Killed: 3", a table's "Dead" column: a bare count under a heading that says what it counts.
_DEAD_HEAD = re.compile(r"(?:killed|dead|deaths|fatalities|died)$", re.I)
_HURT_HEAD = re.compile(r"(?:wounded|injured|injuries|hurt)$", re.I)
_COUNT = re.compile(r"\s*(\d{1,5})\s*")


def record_kind(line: str) -> str | None:
    """The kind of record a line is: "table" (cells split by " | " or tabs), "time" (a live-blog
    entry, "10:32 — …"), "qa" (a question or an answer), "label" ("Date: …", "KIRKUK: …"), or None
    for a line of running text."""
    if _TABLE_ROW.match(line) or _TABLE_RULE.match(line):
        return "table"
    if _TIME_ENTRY.match(line):
        return "time"
    if _QA.match(line):
        return "qa"
    if _LABEL.match(line):
        return "label"
    return None


def _field_block(para: str) -> bool:
    """Whether a paragraph is one record told in field lines ("Incident: Rocket attack" /
    "Date: 11 March 2020" / "Location: Camp Taji" …): two or more labelled lines, one of them a
    date, and no table cells or questions among them."""
    lines = [ln for ln in para.split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    labels = []
    for ln in lines:
        m = _LABEL.match(ln)
        if m is None or record_kind(ln) != "label":
            return False
        labels.append(m.group(1))
    return any(_DATE_LABEL.match(label) for label in labels)


_SPACE = re.compile(r"[\n \t]*")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ENDS_BLANK = re.compile(r"\n[ \t]*\n[ \t]*\Z")


def _record_line(line: str) -> str | None:
    """The kind of record a line is, counting a list item ("- …", "1. …", "3/ …", "9 May: …") and an
    incident log's line ("19 Jul 2021 — Sadr City — …") as records too."""
    kind = record_kind(line)
    if kind is not None:
        return kind
    if _LIST_ITEM.match("\n" + line) is not None:
        return "item"
    return "log" if is_log_line(line) else None


def introduces_records(text: str, start: int, end: int) -> bool:
    """Whether the unit text[start:end] is a heading over records of another kind: one line with no
    closing full stop ("Rocket attacks on coalition bases, 2021", "Interview: a survivor from
    Sinjar") whose next line is a table row, a timed entry, a question, a labelled line, a list
    item or a log line, or that opens a block of lines (up to a blank line) holding two or more such
    records under a note ("Tishreen log, November 2019" / "Tolls are the lowest published." / log
    lines). Such a heading tells no event; its date still dates the records under it."""
    line = text[start:end].strip()
    if not line or "\n" in line or _LINE_END.search(line):
        return False
    own = _record_line(line)
    if own in ("item", "log"):
        return False
    pos = _SPACE.match(text, end).end()  # type: ignore[union-attr]
    blank = _BLANK_LINE.search(text, pos)
    block = text[pos : blank.start() if blank else len(text)]
    kinds = [_record_line(ln) for ln in block.split("\n", 40)[:40] if ln.strip()]
    if not kinds:
        return False
    if kinds[0] is not None and kinds[0] != own:
        return True
    before = text[max(0, start - 200) : start]
    opens_block = (start <= 200 and not before.strip()) or _ENDS_BLANK.search(before) is not None
    return opens_block and sum(1 for k in kinds if k is not None and k != own) >= 2


# "…; in Dibis, suicide bombers stormed …", "…; and in Anbar, militants raided …": a round-up's
# clause that opens with its own place.
_PLACE_CLAUSE = re.compile(
    r"(?:and\s+)?(?:in|near|at|outside|around)\s+(?:the\s+)?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}\s*,"
)


def opens_place_clause(clause: str) -> bool:
    """Whether a clause after a semicolon opens with a place of its own ("in Dibis, …", "and in
    Anbar, …"), as a round-up tells one incident a place: it tells another incident, even one of
    the same kind as the clause before it."""
    return _PLACE_CLAUSE.match(clause.lstrip()) is not None


# A headline's own close: a full stop, a question or an exclamation, perhaps inside quotes.
_CLOSED = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_LEAD_MARK = re.compile(r"[ \t]*(?:[-•*–—][ \t]+)?")
HEADLINE_WORDS = 30
_LINKS_HEADING = re.compile(
    r"^[ \t]*(?:related(?:\s+(?:stories|articles|coverage|reading|news))?|read\s+(?:more|also)|see\s+also|more\s+(?:on|from|stories)|"
    r"most\s+(?:read|viewed|popular)|also\s+read|trending(?:\s+now)?|popular|recommended|you\s+may\s+also\s+like|further\s+reading)"
    r"[ \t]*:?[ \t]*$",
    re.I | re.M,
)


def is_headline(text: str, start: int, end: int) -> bool:
    """Whether the unit text[start:end] is a headline or a bulleted line: the whole of its line
    (a list mark aside), with no closing full stop, and short ("Heavy fighting on the edge of Baiji",
    "- Heavy fighting in Ramadi: police"). A headline tells an event in nouns alone, where a
    sentence of a story needs a verb to say that it happened."""
    unit = text[start:end].strip()
    if not unit or "\n" in unit or _CLOSED.search(unit) or unit.endswith(":"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    lead = _LEAD_MARK.match(text, line_start)
    if lead is None or text[lead.end() : start].strip():
        return False
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip():
        return False
    return len(unit.split()) <= HEADLINE_WORDS


def under_links_heading(text: str, start: int) -> bool:
    """Whether the unit at ``start`` is one of the links to other stories listed under a "Related
    stories", "Read more" or "See also" line (up to the next blank line): titles of other news."""
    line_start = text.rfind("\n", 0, start) + 1
    block_start = max(text.rfind("\n\n", 0, line_start), 0)
    return _LINKS_HEADING.search(text, block_start, line_start) is not None


def starts_with_time(sentence: str) -> bool:
    """Whether a unit is a live blog's timed entry ("10:32 — Rockets hit …")."""
    return _TIME_ENTRY.match(sentence) is not None


def is_question(sentence: str) -> bool:
    """A question ("Q: Has anyone been arrested?") asks; it tells no event."""
    s = sentence.strip()
    return s.endswith("?") or re.match(r"(?:Q|Question)\s*[:.]\s", s) is not None


def count_fields(text: str, start: int, end: int) -> str | None:
    """The toll a record gives in counting fields, as words ("3 killed, 5 wounded"): labelled
    ("Killed: 3 | Wounded: 5") or in the columns of a table row under a header row ("Date | Base |
    Killed | Wounded"). None when the record has no such field."""
    line = text[start:end].strip()
    labelled = [m for m in (_LABEL.match(c) for c in _cells(line)) if m is not None]
    if labelled:
        pairs = [(m.group(1), m.string[m.end(1) + 1 :]) for m in labelled]
    elif record_kind(line) != "table":
        return None
    else:
        head = _table_header(text, start)
        if head is None:
            return None
        row = _cells(line)
        if len(row) != len(head):
            return None
        pairs = list(zip(head, row, strict=True))
    words = []
    for name, value in pairs:
        m = _COUNT.fullmatch(value)
        if _DEAD_HEAD.search(name) and m:
            words.append(f"{m.group(1)} killed")
        elif _HURT_HEAD.search(name) and m:
            words.append(f"{m.group(1)} wounded")
    return ", ".join(words) if words else None


_COUNT_FIELD = re.compile(
    r"(?:^|[|\t\n])[ \t]*(?:Casualties|Killed|Dead|Deaths|Fatalities|Wounded|Injured|Injuries|Toll|Victims)[ \t]*:"
    r"([^|\t\n]*)",
    re.I,
)


def without_count_fields(sentence: str) -> str:
    """The unit with the values of its counting fields blanked ("Casualties: 2 dead"): a toll field
    says who died, not what happened, so the event word must come from the other fields (a weather
    log's "Event: sandstorm | Casualties: 2 dead" tells no event). So is the toll that closes a log
    line of four fields or more ("19 Jul 2021 — Sadr City — market bombing — 35 killed"): the
    incident is told in the field before it."""
    if "\n" not in sentence.strip() and is_log_line(sentence):
        fields = log_fields(sentence)
        start, end = fields[-1]
        if len(fields) >= 4 and is_toll(sentence[start:end]):
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    if ":" not in sentence:
        return sentence
    return _COUNT_FIELD.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1)), sentence)


# A record's incident field told by a bare noun ("market bombing", "drone", "truck bombs outside
# the ministry"): the field names the incident, though running text needs a verb ("a drone struck").
_INCIDENT_FIELD = re.compile(
    r"(?:(?:an?|the|one|two|three|four|five|\d+)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?P<head>drones?|UAVs?|bombings?|bombs?|blasts?|explosions?)"
    r"(?:\s+(?:at|in|inside|outside|near|on|against|targeting)\s+[^,;]+)?",
    re.I,
)


def incident_field(unit: str) -> tuple[int, int, str] | None:
    """The field of a record that names its incident by a bare noun, as (start, end, wording to
    classify): "19 Jul 2021 — Sadr City — market bombing — 35 killed" and the table row "14 Apr |
    Erbil airport | drone | 0 | 0" name a bombing and a drone attack. Only a table row or an
    incident log's line has such fields; None for running text."""
    line = unit.rstrip()
    if "\n" in line.strip() or not (record_kind(line) == "table" or is_log_line(line)):
        return None
    for start, end in _field_spans(line):
        field = line[start:end].strip(" \t|")
        found = _INCIDENT_FIELD.fullmatch(field)
        if found is None:
            continue
        at = start + line[start:end].index(field)
        if found.group("head").lower().startswith(("drone", "uav")):
            wording = "drone attack"
        elif "suicide" in field.lower():
            wording = "suicide bombing"
        else:
            wording = "a bomb exploded"
        return at, at + len(field), wording
    return None


def _field_spans(line: str) -> list[tuple[int, int]]:
    """Offsets of a record's fields: cells split by tabs, or fields split by dashes or bars."""
    if "\t" not in line:
        return log_fields(line)
    spans, pos = [], 0
    for cell in line.split("\t"):
        spans.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return [(a, b) for a, b in spans if line[a:b].strip()]


def _cells(line: str) -> list[str]:
    """The cells of a table row; a Markdown row's outer bars ("| 8 May | Balad | 1 |") hold none."""
    row = line.strip()
    if row.startswith("|") and row.endswith("|") and len(row) > 1:
        row = row[1:-1]
    return [c.strip() for c in re.split(_CELL_GAP, row.strip())]


def _table_header(text: str, start: int) -> list[str] | None:
    """The header row of the table a row at ``start`` belongs to: the nearest table row above it,
    in the same block of lines, whose cells hold no figures."""
    lines = text[:start].rstrip("\n").split("\n")
    for ln in reversed(lines[-40:]):
        if record_kind(ln) != "table":
            return None
        if _TABLE_RULE.match(ln):
            continue
        if not re.search(r"\d", ln):
            return _cells(ln)
    return None


def in_dateline(sentence: str, at: int) -> bool:
    """Whether a date sits in the dateline ("BAGHDAD, Aug 30 —"): the story's day, not the event's."""
    m = DATELINE_PREFIX.match(sentence)
    return m is not None and at < m.end()


_RECORD_FIELD = re.compile(
    r"(?:Incident|Event|Attack|Type|Date|Time|When|Day|Location|Place|Area|Site|Where|Casualties|Killed|Dead|Deaths|"
    r"Fatalities|Wounded|Injured|Injuries|Toll|Victims|Target|Targets|Weapon|Weapons|Perpetrators?|Attribution|"
    r"Claimed\s+by|Responsibility|Details|Description|Narrative|Notes?)",
    re.I,
)


def _field_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """gold11: the lines of one record told in fields inside a longer paragraph ("RISK ALERT | IRAQ" /
    "Incident: Rocket attack on Camp Taji" / "Date: 11 March 2020" / "Location: …" / "Casualties: 3
    killed" / "Details: Some 18 rockets were fired …" / "Follow-up: …" / "Advice: …"): two or more
    lines in a row labelled as an incident's fields, one of them a date. A line under another label
    (a follow-up, an outlook, advice) tells something else and is a unit of its own."""
    pos, run, found = start, None, None
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = nl if nl != -1 else end
        line = text[pos:stop]
        m = _LABEL.match(line)
        if (
            line.strip()
            and m is not None
            and record_kind(line) == "label"
            and _RECORD_FIELD.fullmatch(m.group(1))
        ):
            run = (
                (run[0], stop, run[2] or bool(_DATE_LABEL.match(m.group(1))), run[3] + 1)
                if run
                else (pos, stop, bool(_DATE_LABEL.match(m.group(1))), 1)
            )
        else:
            if run and run[2] and run[3] >= 2:
                found = (run[0], run[1])
                break
            run = None
        pos = stop + 1
    if found is None and run and run[2] and run[3] >= 2:
        found = (run[0], run[1])
    return found


def joined(text: str, sents: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """spaCy's sentences, rejoined where it split a line with no full stop at the break.

    Headlines and wire copy without punctuation ("Iraqi forces kill 55 IS militants in Kirkuk")
    are one sentence; a break at a line end (a list item, a tweet) or after a full stop is kept.
    """
    if sents and _field_block(text[sents[0][0] : sents[-1][1]]):
        yield sents[0][0], sents[-1][1]  # one incident told in field lines is one unit
        return
    units = list(_joined(text, sents))
    run = _field_run(text, sents[0][0], sents[-1][1]) if sents else None
    inside = [(s, e) for s, e in units if run is not None and s >= run[0] and e <= run[1] + 1]
    if len(inside) < 2:
        yield from units
        return
    for s, e in units:
        if (s, e) == inside[0]:
            yield inside[0][0], inside[-1][1]  # the record's field lines are one unit
        elif (s, e) not in inside:
            yield s, e


def _joined(text: str, sents: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    cur: tuple[int, int] | None = None
    for s, e in _list_items(text, sents):
        if cur is not None:
            before = text[cur[0] : cur[1]].rstrip()
            gap = text[cur[1] : s]
            if (
                before
                and "\n" not in gap
                and not text[cur[0] : cur[1]].rstrip(" \t").endswith("\n")
                and "\n" not in text[cur[0] : cur[1]].strip()
                and (not _SENTENCE_END.search(before) or _DATE_ONLY.fullmatch(before))
            ):
                cur = (cur[0], e)  # a line cut with no full stop, or an item's date cut off its text
                continue
            yield cur
        cur = (s, e)
    if cur is not None:
        yield cur


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for part in re.split(r"(\n\s*\n)", text):
        if part.strip() and not re.fullmatch(r"\n\s*\n", part):
            yield pos, part
        pos += len(part)


def _record_cuts(text: str, s: int, e: int) -> Iterator[int]:
    """Line starts inside text[s:e] that open or close a record line (a table row, a timed entry,
    a question or answer, a labelled line): such a line is a unit of its own."""
    pos = text.find("\n", s, e)
    prev_record = record_kind(text[text.rfind("\n", 0, s) + 1 : pos]) is not None
    while pos != -1:
        nl = text.find("\n", pos + 1, e)
        line = text[pos + 1 : nl if nl != -1 else e]
        is_record = record_kind(line) is not None
        if is_record or prev_record:
            yield pos + 1
        prev_record = is_record
        pos = nl


def _list_items(text: str, sents: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """spaCy's sentences, split before each list item and after a line that ends with a colon
    (the line introducing the list): "Attacks this month:\n- May 23: …\n- June 17: …" is three."""
    for s, e in sents:
        items = [m.start() + 1 for m in _LIST_ITEM.finditer(text, max(s - 1, 0), e)]
        cuts = set(items)
        for item in items:  # an item ends with its line when a new sentence starts at the margin
            nl = text.find("\n", item, e)
            if nl != -1 and _NEW_LINE_START.match(text, nl + 1):
                cuts.add(nl + 1)
        cuts |= {s + m.end() for m in re.finditer(r":[ \t]*\n", text[s:e])}
        if "\n" in text[s:e].strip():
            cuts |= set(_record_cuts(text, s, e))
        start = s
        for cut in sorted(cuts):
            if start < cut < e and text[start:cut].strip():
                yield start, cut
                start = cut
        yield start, e
