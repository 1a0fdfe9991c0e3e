"""How a story is laid out: its dateline or header, its paragraphs, and where sentences end.

The dateline ("BAGHDAD, Aug 30 —", or in wire copy set all in capitals "BASRA, MARCH 26 (AGENCY) -")
and a bulletin's header line ("SECURITY UPDATE — Basra.") name where the story was filed and, for a
dateline, the story's day; neither is an event's place or date. Each item of a list (a timeline's
"- May 23: …" lines) is a sentence of its own, and so is the line that introduces the list.
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


def in_dateline(sentence: str, at: int) -> bool:
    """Whether a date sits in the dateline ("BAGHDAD, Aug 30 —"): the story's day, not the event's."""
    m = DATELINE_PREFIX.match(sentence)
    return m is not None and at < m.end()


def joined(text: str, sents: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """spaCy's sentences, rejoined where it split a line with no full stop at the break.

    Headlines and wire copy without punctuation ("Iraqi forces kill 55 IS militants in Kirkuk")
    are one sentence; a break at a line end (a list item, a tweet) or after a full stop is kept.
    """
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


def _list_items(text: str, sents: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """spaCy's sentences, split before each list item and after a line that ends with a colon
    (the line introducing the list): "Attacks this month:\n- May 23: …\n- June 17: …" is three."""
    for s, e in sents:
        cuts = {m.start() + 1 for m in _LIST_ITEM.finditer(text, s, e)}
        cuts |= {s + m.end() for m in re.finditer(r":[ \t]*\n", text[s:e])}
        start = s
        for cut in sorted(cuts):
            if start < cut < e and text[start:cut].strip():
                yield start, cut
                start = cut
        yield start, e
