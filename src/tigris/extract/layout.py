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

_MONTH_WORD = r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})"  # "March", "Sept", or "MARCH" in wire copy
DATELINE_CITY = re.compile(rf"^\s*([A-Z][A-Za-z' -]{{2,30}}),\s*(?:{_MONTH_WORD}\.?\s+\d|\()")
# A bulletin's header line naming its area: "SECURITY UPDATE — Basra." serves as a dateline.
HEADER_PLACE = re.compile(r"^\s*[A-Z][A-Z ]{2,30}\s*[—–-]\s*([A-Z][A-Za-z' -]{2,30}?)\s*(?:/[^.\n]*)?\.")
DATELINE_ONLY = re.compile(r"^\s*[A-Z][A-Za-z' .-]{2,40},[^.]{0,60}(?:[-—–:]|\([^)]{1,40}\))\s*$")
_SENTENCE_END = re.compile(r"[.!?;:\"'”’)\]—–-]$")
DATELINE_PREFIX = re.compile(
    rf"^\s*[A-Z][A-Za-z' .-]{{2,40}},\s*{_MONTH_WORD}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?\s*(?:\([^)\n]{{1,40}}\)\s*)?[-—–:]"
)
# A line that opens a list item or a timeline entry: "- ", "• ", "* ", "1. ", "2) ", or a date
# followed by a colon or dash ("March 9: …", "13 March — …", "2021-03-09 - …").
_LIST_ITEM = re.compile(
    r"\n[ \t]*(?:[-•*–—]|\d{1,2}[.)])\s|"
    r"\n(?=[ \t]*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|\d{4}-\d\d-\d\d)\s*[:—–-])"
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
_LINE_END = re.compile(r"[.!?;\"'”’)\]]\s*$")
# "Killed: 3", a table's "Dead" column: a bare count under a heading that says what it counts.
_DEAD_HEAD = re.compile(r"(?:killed|dead|deaths|fatalities|died)$", re.I)
_HURT_HEAD = re.compile(r"(?:wounded|injured|injuries|hurt)$", re.I)
_COUNT = re.compile(r"\s*(\d{1,5})\s*")


def record_kind(line: str) -> str | None:
    """The kind of record a line is: "table" (cells split by " | " or tabs), "time" (a live-blog
    entry, "10:32 — …"), "qa" (a question or an answer), "label" ("Date: …", "KIRKUK: …"), or None
    for a line of running text."""
    if _TABLE_ROW.match(line):
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


def introduces_records(text: str, start: int, end: int) -> bool:
    """Whether the unit text[start:end] is a heading over records of another kind: one line with no
    closing full stop ("Rocket attacks on coalition bases, 2021", "Interview: a survivor from
    Sinjar") whose next line is a table row, a timed entry, a question, a labelled line or a list
    item. Such a heading tells no event; its date still dates the records under it."""
    line = text[start:end].strip()
    if not line or "\n" in line or _LINE_END.search(line):
        return False
    rest = text[end:].lstrip("\n \t")
    nxt = rest.split("\n", 1)[0]
    kind = record_kind(nxt)
    if kind is None and _LIST_ITEM.match("\n" + nxt) is None:
        return False
    return kind != record_kind(line)


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
    log's "Event: sandstorm | Casualties: 2 dead" tells no event)."""
    if ":" not in sentence:
        return sentence
    return _COUNT_FIELD.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1)), sentence)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(_CELL_GAP, line.strip())]


def _table_header(text: str, start: int) -> list[str] | None:
    """The header row of the table a row at ``start`` belongs to: the nearest table row above it,
    in the same block of lines, whose cells hold no figures."""
    lines = text[:start].rstrip("\n").split("\n")
    for ln in reversed(lines[-40:]):
        if record_kind(ln) != "table":
            return None
        if not re.search(r"\d", ln):
            return _cells(ln)
    return None


def in_dateline(sentence: str, at: int) -> bool:
    """Whether a date sits in the dateline ("BAGHDAD, Aug 30 —"): the story's day, not the event's."""
    m = DATELINE_PREFIX.match(sentence)
    return m is not None and at < m.end()


def joined(text: str, sents: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """spaCy's sentences, rejoined where it split a line with no full stop at the break.

    Headlines and wire copy without punctuation ("Iraqi forces kill 55 IS militants in Kirkuk")
    are one sentence; a break at a line end (a list item, a tweet) or after a full stop is kept.
    """
    if sents and _field_block(text[sents[0][0] : sents[-1][1]]):
        yield sents[0][0], sents[-1][1]  # one incident told in field lines is one unit
        return
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
                and not _SENTENCE_END.search(before)
            ):
                cur = (cur[0], e)
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
        cuts = {m.start() + 1 for m in _LIST_ITEM.finditer(text, s, e)}
        cuts |= {s + m.end() for m in re.finditer(r":[ \t]*\n", text[s:e])}
        if "\n" in text[s:e].strip():
            cuts |= set(_record_cuts(text, s, e))
        start = s
        for cut in sorted(cuts):
            if start < cut < e and text[start:cut].strip():
                yield start, cut
                start = cut
        yield start, e
