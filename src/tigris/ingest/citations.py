"""Citations: one line of a sources list -> :class:`tigris.types.Citation`.

Recognised styles (straight or curly quotes alike)::

    Outlet, “Title,” 1/20/20
    Surname, Given, “Title,” Outlet, 1/24/20
    Author, “Title,” Outlet, January 2020              (month precision)
    Handle, “tweet text,” Twitter 1/24/20              (medium "tweet", outlet "Twitter")
    - “second tweet,” Twitter, 1/24/20                 (continuation of the line above)
    Title - Outlet - 24 January 2020 - https://…
    Outlet (2020-01-24): Title. https://…
    https://…                                          (outlet taken from the host name)

US numeric dates are month/day/year; a two-digit year takes the century that puts it closest to
(and not after) the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType
from urllib.parse import urlsplit

from tigris.ingest.dates import DateMatch, find_dates, find_year
from tigris.types import Citation

_URL = re.compile(r"https?://[^\s<>\"“”]+", re.IGNORECASE)
_QUOTED = re.compile(r"“(?P<curly>[^”\n]{2,}?)”|\"(?P<straight>[^\"\n]{2,}?)\"")
_CONTINUATION = re.compile(r"^\s*[-–—•]\s*[“\"]")
_BULLET = re.compile(r"^\s*(?:[-*•–—]|\d{1,3}[.)])\s+")
_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_OUTLET_PAREN = re.compile(
    r"^(?P<outlet>[^()“”\"\n]{1,80}?)\s*\((?P<date>[^()\n]{4,40})\)\s*[:.]\s*(?P<title>.+?)\s*$"
)
_STRIP = " \t,.;:-–—()[]"

_SOCIAL_MEDIUM: Mapping[str, str] = MappingProxyType(
    {
        "twitter": "tweet",
        "x": "tweet",
        "facebook": "social",
        "telegram": "social",
        "instagram": "social",
        "youtube": "video",
    }
)
_SOCIAL_HOSTS: Mapping[str, str] = MappingProxyType(
    {
        "twitter.com": "Twitter",
        "x.com": "Twitter",
        "mobile.twitter.com": "Twitter",
        "facebook.com": "Facebook",
        "t.me": "Telegram",
        "youtube.com": "YouTube",
    }
)
_JOURNAL = re.compile(r"\b(?:Journal|Review|Quarterly|Sentinel|Bulletin|Studies)\b")
_REPORT = re.compile(r"\b(?:Report|Institute|Center|Centre|Crisis Group|Human Rights Watch|UNAMI)\b")
_TV = re.compile(r"\b(?:TV|Television|Channel)\b")

MAX_CITATION_CHARS = 600


def is_continuation(line: str) -> bool:
    """A line such as ``- “another tweet,” Twitter, 1/24/20`` that belongs to the citation above it."""
    return _CONTINUATION.match(line) is not None


def parse_citation(line: str, *, published: dt.date | None = None) -> Citation | None:
    """Parse one line of a sources list; None when the line does not look like a citation."""
    raw = line.strip()
    if not raw or len(raw) > MAX_CITATION_CHARS:
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    body = raw if is_continuation(raw) else _BULLET.sub("", raw, count=1)
    if is_continuation(body):
        body = body.lstrip(" -–—•")
    url_match = _URL.search(body)
    url = url_match.group(0).rstrip(".,;:)]>'’") if url_match else None
    rest = (body[: url_match.start()] + " " + body[url_match.end() :]) if url_match else body
    rest = rest.strip()

    for parser in (_quoted_style, _paren_style, _separator_style):
        citation = parser(raw, rest, url, published)
        if citation is not None:
            return citation
    if url is not None:
        return _url_only(raw, rest, url, published)
    return None


def _pick_date(text: str, published: dt.date | None) -> DateMatch | None:
    matches = find_dates(text, published)
    if matches:
        return matches[-1]
    return find_year(text)


def _cut(text: str, match: DateMatch | None) -> str:
    if match is None:
        return text
    return text[: match.start] + " " + text[match.end :]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(_STRIP)


def _segments(text: str) -> list[str]:
    return [s for s in (_clean(part) for part in text.split(",")) if s]


def _is_name_part(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def _quoted_style(raw: str, rest: str, url: str | None, published: dt.date | None) -> Citation | None:
    m = _QUOTED.search(rest)
    if m is None:
        return None
    title = _clean((m.group("curly") or m.group("straight") or "").rstrip(",.;: "))
    if not title:
        return None
    pre, post = rest[: m.start()], rest[m.end() :]
    date = _pick_date(post, published)
    if date is not None:
        post = _cut(post, date)
    else:
        date = _pick_date(pre, published)
        pre = _cut(pre, date)
    pre_parts = _segments(pre)
    post_parts = _segments(post)
    outlet: str | None = post_parts[0] if post_parts else None
    author: str | None = None
    handle: str | None = None
    if outlet is not None:
        if outlet.lower() in _SOCIAL_MEDIUM and pre_parts:
            who = ", ".join(pre_parts)
            if " " in who:
                author = who
            else:
                handle = who.lstrip("@")
        else:
            author = _author_from(pre_parts)
    elif len(pre_parts) == 2 and all(_is_name_part(p) for p in pre_parts):
        author = _author_from(pre_parts)
    elif pre_parts:
        outlet = pre_parts[0]
    if outlet is None and date is None and url is None:
        return None
    if outlet is not None and url is None and not (outlet[:1].isupper() or outlet[:1].isdigit()):
        return None
    return _build(raw, outlet, author, title, date, url, handle)


def _author_from(parts: list[str]) -> str | None:
    if not parts:
        return None
    if len(parts) == 2 and all(_is_name_part(p) for p in parts):
        surname, given = parts
        return f"{given} {surname}"
    return ", ".join(parts)


def _paren_style(raw: str, rest: str, url: str | None, published: dt.date | None) -> Citation | None:
    m = _OUTLET_PAREN.match(rest)
    if m is None:
        return None
    inner = m.group("date")
    date = _pick_date(inner, published)
    if date is None or len(_clean(_cut(inner, date))) > 0:
        return None
    title = _clean(m.group("title"))
    return _build(raw, _clean(m.group("outlet")) or None, None, title or None, date, url, None)


def _separator_style(raw: str, rest: str, url: str | None, published: dt.date | None) -> Citation | None:
    parts = [p.strip() for p in _SEPARATOR.split(rest) if p.strip(_STRIP)]
    if len(parts) < 2:
        return None
    date: DateMatch | None = None
    texts: list[str] = []
    for part in parts:
        found = _pick_date(part, published)
        if date is None and found is not None and not _clean(_cut(part, found)):
            date = found
        else:
            texts.append(_clean(part))
    texts = [t for t in texts if t]
    if not texts or (date is None and url is None):
        return None
    if len(texts) == 1:
        return _build(raw, _host_outlet(url), None, texts[0], date, url, None)
    return _build(raw, texts[-1], None, " - ".join(texts[:-1]), date, url, None)


def _url_only(raw: str, rest: str, url: str, published: dt.date | None) -> Citation:
    date = _pick_date(rest, published)
    title = _clean(_cut(rest, date)) or None
    return _build(raw, _host_outlet(url), None, title, date, url, None)


def _host_outlet(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return _SOCIAL_HOSTS.get(host, host) or None


def _medium(outlet: str | None, url: str | None, title: str | None) -> str:
    if outlet is not None:
        social = _SOCIAL_MEDIUM.get(outlet.lower())
        if social is not None:
            return social
    if url is not None:
        host_outlet = _host_outlet(url)
        if host_outlet in {"Twitter"}:
            return "tweet"
        if host_outlet in {"Facebook", "Telegram"}:
            return "social"
    if outlet is not None:
        if _JOURNAL.search(outlet):
            return "journal"
        if _TV.search(outlet):
            return "tv"
        if _REPORT.search(outlet):
            return "report"
    if outlet is None and url is not None:
        return "web"
    if outlet is not None and url is not None and outlet == _host_outlet(url) and title is None:
        return "web"
    return "news"


def _build(
    raw: str,
    outlet: str | None,
    author: str | None,
    title: str | None,
    date: DateMatch | None,
    url: str | None,
    handle: str | None,
) -> Citation:
    if outlet is not None and outlet.lower() == "x":
        outlet = "Twitter"
    return Citation(
        raw=raw,
        outlet=outlet,
        author=author,
        title=title,
        date=date.date if date else None,
        date_precision=date.precision if date else None,
        medium=_medium(outlet, url, title),
        url=url,
        handle=handle,
    )
