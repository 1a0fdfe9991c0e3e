"""Split a document's text into its parts: title, body, sources list, reader comments, widgets.

Analysis posts and blog pages share a layout::

    Saturday, January 25, 2020            <- date line (becomes ``published``)
    Title of the post                     <- "title" section
    paragraphs …                          <- "body" section(s)
    Outlet, “Title,” 1/20/20              <- "sources" section, parsed into citations
    NAME said...                          <- one "comments" section per comment
    This Day In Iraqi History - Apr 21 …  <- "widget" section, parsed into historical items

Every section is a pair of offsets into the text (``text[start:end]``). Comments and widgets are
never part of the body, so nothing a reader wrote is coded as the article's own assertion.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from tigris.ingest.citations import MAX_CITATION_CHARS, is_continuation, parse_citation
from tigris.ingest.dates import MONTH_NAME, month_number, parse_date_line
from tigris.types import Citation, Comment, HistoricalItem, Section

MAX_TITLE_CHARS = 200

_WIDGET_HEAD = re.compile(
    r"^\s*(?P<label>(?:this|today)\s+day\s+in\b[^\n]{0,40}?\bhistory|on\s+this\s+day(?:\s+in\b[^\n]{0,40}?\bhistory)?"
    r"|today\s+in\b[^\n]{0,40}?\bhistory)\s*[-–—:|,]?\s*(?P<rest>.*?)\s*$",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"^(?:(?P<mon>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<mon2>{MONTH_NAME})\.?)"
    r"(?:st|nd|rd|th)?(?![\w])\s*[-–—:,]?\s*(?P<text>.*)$",
    re.IGNORECASE,
)
_YEAR_LINE = re.compile(r"^\s*(?P<year>\d{3,4})(?![\d,])\s*[-–—:.)]?\s+(?P<text>\S.*?)\s*$")
_RANGE_KILLED = re.compile(
    r"(?P<low>\d{1,3}(?:,\d{3})+|\d+)\s*(?:-|–|—|to)\s*(?P<high>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?:people\s+)?(?:were\s+)?(?:killed|dead|deaths|died)\b",
    re.IGNORECASE,
)
_ONE_KILLED = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:people\s+)?(?:were\s+)?(?:killed|dead|deaths|died)\b"
    r"|\bkill(?:ed|ing)\s+(?:at\s+least\s+)?(?P<n2>\d{1,3}(?:,\d{3})+|\d+)\b",
    re.IGNORECASE,
)
_COMMENT_HEAD = re.compile(
    r"^\s*(?P<author>\S[^\n]{0,79}?)\s+(?:said|says|wrote|writes)\s*(?:\.{2,}|…|:)\s*$", re.IGNORECASE
)
_COMMENT_AUTHOR_DATE = re.compile(r"\s+(?:on|at)\s+\S.*$", re.IGNORECASE)
_NOT_AUTHORS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "one"})
_COMMENTS_HEADING = re.compile(
    r"^\s*(?:\d+\s+)?(?:reader\s+)?(?:comments?|responses?)\s*:?\s*$", re.IGNORECASE
)
_FOOTER = re.compile(
    r"^\s*(?:post a comment|leave a (?:comment|reply)|newer post|older post|home|subscribe to:.*"
    r"|newer post\s+older post\s+home)\s*$",
    re.IGNORECASE,
)
_SOURCES_HEADING = re.compile(
    r"^\s*(?:sources?|references|bibliography|further reading)\s*:?\s*$", re.IGNORECASE
)
_QUOTED_PART = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
# An incident log's line ("19 Jul 2021 — Sadr City — market bombing — 35 killed") is cut into fields
# by the same dashes and bars as a citation ("Car bomb kills 35 - Tigris Wire - 19 July 2021"), but a
# citation ends with its date, outlet or address, while a log line opens with the incident's date or
# closes with its toll. Such a line is the article's own record, not a source.
_FIELD_GAP = re.compile(r"\s+[-–—|]\s+")
_ITEM_MARK = re.compile(r"^\s*(?:[-*•–—|]|\d{1,3}[.)/])\s+")  # "| " opens a Markdown table row
_LEADING_DATE = re.compile(
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?,?\s+)?"
    rf"(?:{MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}\.?(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)",
    re.IGNORECASE,
)
_TOLL_FIELD = re.compile(
    r"(?:(?:at\s+least|about|around|some|more\s+than|over|up\s+to|nearly)\s+)?\d[\d,]*\+?\s+"
    r"(?:[A-Za-z-]+\s+){0,3}(?:killed|dead|died|wounded|injured|hurt|deaths|casualties)\b.*"
    r"|no\s+(?:casualties|deaths|injuries|dead|one\s+(?:was\s+)?(?:hurt|killed|injured))\b.*",
    re.IGNORECASE,
)
_URL_OR_QUOTE = re.compile(r"https?://|www\.|“|\"[^\"\n]{2,}\"", re.IGNORECASE)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Header:
    """A blog-style header: the date line and the title line, when the text starts with them."""

    published: dt.date | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    end: int = 0  # offset just after the header


@dataclass
class Structure:
    """Everything :func:`analyse` finds in a text."""

    header: Header
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    history: list[HistoricalItem] = field(default_factory=list)


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def _trimmed(line: _Line) -> tuple[int, int]:
    """Offsets of the line without its leading and trailing whitespace."""
    lead = len(line.text) - len(line.text.lstrip())
    trail = len(line.text) - len(line.text.rstrip())
    return line.start + lead, line.end - trail


def _span(lines: list[_Line]) -> tuple[int, int] | None:
    """Offsets from the first to the last non-blank line of ``lines``, trimmed."""
    filled = [ln for ln in lines if not ln.blank]
    if not filled:
        return None
    return _trimmed(filled[0])[0], _trimmed(filled[-1])[1]


def find_header(text: str, title: str | None = None) -> Header:
    """Find a blog-style header (a date line and a title line) at the top of ``text``.

    Either order is accepted: the date line first and the title after it (Blogger), or the title
    first and the date line under it. When the caller already knows the ``title`` and the text
    starts with it, that line is the title.
    """
    lines = _lines(text)
    filled = [i for i, ln in enumerate(lines) if not ln.blank][:2]
    if not filled:
        return Header()
    first = lines[filled[0]]
    second = lines[filled[1]] if len(filled) > 1 else None
    date = parse_date_line(first.text)
    if date is not None:
        if second is not None and _can_be_title(second.text):
            return Header(date, second.text.strip(), _trimmed(second), second.end)
        return Header(date, None, None, first.end)
    if second is not None and _can_be_title(first.text):
        date = parse_date_line(second.text)
        if date is not None:
            return Header(date, first.text.strip(), _trimmed(first), second.end)
    if title and first.text.strip().lstrip("#").strip() == title.strip():
        return Header(None, title.strip(), _trimmed(first), first.end)
    if (
        second is not None
        and _can_be_title(first.text)
        and not first.text.rstrip().endswith((".", "!", "?", ":"))
        and _WIRE_DATELINE.match(second.text)
    ):  # wire copy pasted with its headline: "Car bomb kills 12 in Baghdad market\nBAGHDAD, Nov 11 (…) -"
        return Header(None, first.text.strip(), _trimmed(first), first.end)
    if (
        second is not None
        and filled[1] == filled[0] + 1
        and _can_be_title(first.text)
        and _HEADLINE.fullmatch(first.text.strip()) is not None
        and _LEAD.fullmatch(second.text.strip()) is not None
    ):  # ninth session: a headline over its lead with no dateline: "Rockets hit Baghdad airport\nThree …"
        return Header(None, first.text.strip(), _trimmed(first), first.end)
    return Header()


# A headline: a few words that open with a capital and end with no stop; no list number or bullet,
# no label in capitals ("PORT ADVISORY — Umm Qasr") and no parts set apart by dashes or bars.
_HEADLINE = re.compile(r"(?=[A-Z])(?![A-Z]{5,}\b)(?:(?!\s[—–|]\s)[^\n]){11,111}(?<![.!?:;,])")
# The lead under it: a paragraph of at least one full sentence, ending with a stop.
_LEAD = re.compile(r"[A-Z\"“][^\n]{118,}[.!?\"”]")


# A wire story's dateline: the city in capitals, maybe a day and the agency, then a dash
# ("BAGHDAD, Nov 11 (Tigris Wire) - …", "MOSUL, Iraq — …", "ERBIL (Rudaw) - …").
_WIRE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'./ -]{2,40}(?:,[^()\n]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?[-—–]\s"
)


def _can_be_title(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_TITLE_CHARS
        and parse_date_line(stripped) is None
        and _COMMENT_HEAD.match(stripped) is None
        and _WIDGET_HEAD.match(stripped) is None
    )


def split_structure(
    text: str, published: dt.date | dt.datetime | None, *, title: str | None = None
) -> tuple[tuple[Section, ...], tuple[Citation, ...], tuple[Comment, ...], tuple[HistoricalItem, ...]]:
    """Sections, citations, comments and on-this-day items of ``text``.

    ``published`` resolves two-digit years in the sources list and is the day of an on-this-day
    widget whose heading names no day.
    """
    found = analyse(text, published, title=title)
    return tuple(found.sections), tuple(found.citations), tuple(found.comments), tuple(found.history)


def analyse(text: str, published: dt.date | dt.datetime | None, *, title: str | None = None) -> Structure:
    """Like :func:`split_structure`, plus the header; ``published`` falls back to the header's date."""
    header = find_header(text, title)
    day: dt.date | None
    if isinstance(published, dt.datetime):
        day = published.date()
    else:
        day = published if published is not None else header.published
    result = Structure(header)
    lines = _lines(text)
    first_free = next((i for i, ln in enumerate(lines) if ln.start >= header.end), len(lines))
    if header.title_span is not None:
        result.sections.append(Section("title", *header.title_span))

    widget_of = _find_widgets(lines, first_free, day, result)
    comments_from = _find_comments(text, lines, first_free, widget_of, result)
    _find_body_and_sources(lines, first_free, comments_from, widget_of, day, result)
    result.sections.sort(key=lambda s: (s.start, s.end))
    return result


def _find_widgets(lines: list[_Line], first: int, day: dt.date | None, result: Structure) -> set[int]:
    """Mark on-this-day blocks; returns the indices of the lines they cover."""
    covered: set[int] = set()
    i = first
    while i < len(lines):
        head = _WIDGET_HEAD.match(lines[i].text)
        if head is None:
            i += 1
            continue
        month, mday, own_text = _heading_day(head.group("rest"), day)
        last = i
        entries: list[tuple[int, str]] = []
        j = i + 1
        while j < len(lines):
            if lines[j].blank:
                j += 1
                continue
            year_line = _YEAR_LINE.match(lines[j].text)
            if year_line is None or int(year_line.group("year")) > 2100:
                break
            entries.append((int(year_line.group("year")), year_line.group("text")))
            last = j
            j += 1
        rest = head.group("rest")
        if month is None and not (entries and len(rest) <= 40):
            i += 1
            continue
        label = re.sub(r"\s+", " ", head.group("label")).strip()
        start, _ = _trimmed(lines[i])
        _, end = _trimmed(lines[last])
        result.sections.append(Section("widget", start, end, label=label))
        covered.update(range(i, last + 1))
        if month is not None and mday is not None:
            if own_text:
                year_first = _YEAR_LINE.match(own_text)
                if year_first is not None and len(year_first.group("year")) == 4:
                    result.history.append(
                        _item(month, mday, int(year_first.group("year")), year_first.group("text"), label)
                    )
                else:
                    result.history.append(_item(month, mday, None, own_text, label))
            for year, entry in entries:
                result.history.append(_item(month, mday, year, entry, label))
        i = last + 1
    return covered


def _heading_day(rest: str, day: dt.date | None) -> tuple[int | None, int | None, str]:
    m = _MONTH_DAY.match(rest)
    if m is not None:
        month = month_number(m.group("mon") or m.group("mon2") or "")
        mday = int(m.group("day") or m.group("day2") or 0)
        if month is not None and _valid_day(month, mday):
            return month, mday, m.group("text").strip()
    if day is not None and not rest:
        return day.month, day.day, ""
    return None, None, rest


def _valid_day(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # a leap year, so Feb 29 is a valid on-this-day entry
    except ValueError:
        return False
    return True


def _item(month: int, day: int, year: int | None, text: str, label: str) -> HistoricalItem:
    low, high = fatalities(text)
    return HistoricalItem(month, day, year, text.strip(), low, high, source_label=label)


def fatalities(text: str) -> tuple[int | None, int | None]:
    """Killed figures in a chronology entry: "2,000-5,000 killed" -> (2000, 5000); "300 killed" -> (300, 300)."""
    m = _RANGE_KILLED.search(text)
    if m is not None:
        low, high = int(m.group("low").replace(",", "")), int(m.group("high").replace(",", ""))
        return min(low, high), max(low, high)
    m = _ONE_KILLED.search(text)
    if m is not None:
        n = int((m.group("n") or m.group("n2")).replace(",", ""))
        return n, n
    return None, None


def is_comment_header(line: str) -> bool:
    """A line such as "Joel Wing said..." or "Reader says:" that opens a reader comment."""
    return _comment_author(line) is not None


def is_widget_heading(line: str) -> bool:
    """A line such as "This Day In Iraqi History - Apr 21" that opens an on-this-day widget."""
    return _WIDGET_HEAD.match(line) is not None


def _comment_author(line: str) -> str | None:
    m = _COMMENT_HEAD.match(line)
    if m is None:
        return None
    author = _COMMENT_AUTHOR_DATE.sub("", m.group("author")).strip()
    if not author or author.lower() in _NOT_AUTHORS or len(author.split()) > 8:
        return None
    return author


def _find_comments(text: str, lines: list[_Line], first: int, widgets: set[int], result: Structure) -> int:
    """Mark reader comments; returns the index of the line where the comments region starts."""
    start = next(
        (
            i
            for i in range(first, len(lines))
            if i not in widgets
            and (_comment_author(lines[i].text) is not None or _COMMENTS_HEADING.match(lines[i].text))
        ),
        len(lines),
    )
    current: tuple[str, int] | None = None  # (author, header line index)
    body: list[_Line] = []

    def close() -> None:
        if current is None:
            return
        author, head = current
        span = _span(body)
        text_start, text_end = span if span is not None else (lines[head].end, lines[head].end)
        if head >= 0:
            sec_start = _trimmed(lines[head])[0]
        elif span is not None:
            sec_start = span[0]
        else:
            return
        result.comments.append(Comment(author, text[text_start:text_end], text_start, text_end))
        result.sections.append(Section("comments", sec_start, max(text_end, sec_start), label=author))

    for i in range(start, len(lines)):
        line = lines[i]
        if i in widgets or _FOOTER.match(line.text):
            close()
            current, body = None, []
            continue
        author = _comment_author(line.text)
        if author is not None:
            close()
            current, body = (author, i), []
        elif _COMMENTS_HEADING.match(line.text) and current is None:
            continue
        elif current is None and not line.blank:
            current, body = ("", -1), [line]
        elif current is not None:
            body.append(line)
    close()
    return start


def log_fields(line: str) -> list[tuple[int, int]]:
    """Offsets in ``line`` of the fields a line cut by dashes or bars holds, after its item mark:
    "• 19 Jul 2021 — Sadr City — market bombing — 35 killed" has four."""
    mark = _ITEM_MARK.match(line)
    pos = mark.end() if mark else 0
    spans: list[tuple[int, int]] = []
    for gap in [*_FIELD_GAP.finditer(line, pos), None]:
        stop = gap.start() if gap is not None else len(line)
        raw = line[pos:stop]
        if raw.strip(" \t.,;:|"):
            lead = len(raw) - len(raw.lstrip())
            spans.append((pos + lead, pos + len(raw.rstrip(" \t|"))))
        if gap is None:
            break
        pos = gap.end()
    return spans


def is_toll(field: str) -> bool:
    """Whether a field only counts the dead or hurt: "35 killed, 60 wounded", "no casualties"."""
    return _TOLL_FIELD.fullmatch(field.strip().rstrip(" .")) is not None


def is_log_line(line: str) -> bool:
    """Whether a line is an entry of an incident log whose fields are split by dashes or bars:
    it opens with a date ("19 Jul 2021 — Sadr City — market bombing — 35 killed", "• 2019-12-06 |
    Khilani Square | gunmen fired on the sit-in") or closes with a toll ("Camp Taji — rockets hit
    the base — 3 killed"). A line with an address or a quoted title is a citation."""
    if _URL_OR_QUOTE.search(line):
        return False
    fields = [line[s:e] for s, e in log_fields(line)]
    if len(fields) < 2:
        return False
    return _LEADING_DATE.fullmatch(fields[0].rstrip(" ,:")) is not None or is_toll(fields[-1])


def _is_citation_line(line: str, published: dt.date | None) -> bool:
    stripped = line.strip()
    if len(stripped) > MAX_CITATION_CHARS or parse_citation(stripped, published=published) is None:
        return False
    if is_log_line(stripped):
        return False
    return len(_QUOTED_PART.sub("", stripped)) <= 160


def _find_body_and_sources(
    lines: list[_Line], first: int, stop: int, widgets: set[int], day: dt.date | None, result: Structure
) -> None:
    main = [i for i in range(first, stop) if i not in widgets]
    filled = [i for i in main if not lines[i].blank]
    sources_from: int | None = None
    heading = next((i for i in reversed(filled) if _SOURCES_HEADING.match(lines[i].text)), None)
    if heading is not None:
        sources_from = heading
    else:
        candidate: int | None = None
        for i in reversed(filled):
            text = lines[i].text
            if is_continuation(text) or _is_citation_line(text, day):
                candidate = i
            else:
                break
        has_citation = candidate is not None and any(
            not is_continuation(lines[i].text) for i in filled if i >= candidate
        )
        if candidate is not None and has_citation and candidate != filled[0]:
            sources_from = candidate

    body_idx = [i for i in main if sources_from is None or i < sources_from]
    for run in _runs(body_idx):
        span = _span([lines[i] for i in run])
        if span is not None:
            result.sections.append(Section("body", *span))

    if sources_from is None:
        return
    source_idx = [i for i in main if i >= sources_from]
    for run in _runs(source_idx):
        span = _span([lines[i] for i in run])
        if span is not None:
            result.sections.append(Section("sources", *span, label="sources"))
    for i in source_idx:
        text = lines[i].text
        if lines[i].blank or _SOURCES_HEADING.match(text):
            continue
        citation = parse_citation(text, published=day)
        if citation is None:
            continue
        if is_continuation(text) and result.citations:
            last = result.citations[-1]
            result.citations[-1] = replace(last, extra=(*last.extra, text.strip()))
        else:
            result.citations.append(citation)


def _runs(indices: list[int]) -> list[list[int]]:
    """Split sorted line indices into runs of consecutive numbers."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs
