"""HTML pages -> Document: trafilatura for the article, htmldate for the date, lxml for the rest.

trafilatura keeps the article and drops page furniture. Three parts of an analysis page that
tigris needs can be lost that way, so they are looked up in the page itself and put back after
the article: the sources list, the reader comments (with their "NAME said..." lines) and
on-this-day widgets. A page nested deeper than ``settings.max_html_depth`` is not given to
trafilatura at all: its text is read straight from the tree, flattened, and flagged "truncated".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from tigris.errors import MalformedInput
from tigris.ingest.citations import MAX_CITATION_CHARS, parse_citation
from tigris.ingest.dates import parse_published
from tigris.ingest.document import make_document
from tigris.ingest.structure import find_header, is_comment_header, is_widget_heading
from tigris.settings import Settings
from tigris.types import Document

_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "aside",
        "nav",
        "main",
        "form",
        "hr",
        "figure",
        "figcaption",
        "address",
        "title",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_COMMENTS_CONTAINER = re.compile(r"comment", re.IGNORECASE)
_FURNITURE = re.compile(r"comment|sidebar|widget|footer|\bnav", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def _tag(el: Any) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def parse_tree(markup: str) -> Any | None:
    """Parse HTML without libxml2's depth limit; None for a page with no elements at all."""
    parser = lxml_html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        return lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def tree_depth(root: Any) -> int:
    depth = deepest = 0
    for event, _el in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def html_to_text(root: Any) -> str:
    """The text of an element, one line per block, without scripts, styles or the element's tail."""
    parts: list[str] = []
    skipping = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = _tag(el)
        if event == "start":
            if tag in _SKIP:
                skipping += 1
            if skipping:
                continue
            if tag in _BLOCK:
                parts.append("\n")
            if isinstance(el.tag, str) and el.text:
                parts.append(el.text)
        else:
            if tag in _SKIP:
                skipping -= 1
                if skipping:
                    continue
            elif skipping:
                continue
            if tag in _BLOCK:
                parts.append("\n")
            if el is not root and el.tail:
                parts.append(el.tail)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def fragment_to_text(markup: str) -> str:
    """Text of an HTML fragment (a feed summary, a JSON ``html`` field)."""
    if "<" not in markup:
        return markup.strip()
    root = parse_tree(f"<html><body>{markup}</body></html>")
    return "" if root is None else html_to_text(root)


def read_html(
    markup: str,
    origin: str,
    settings: Settings,
    *,
    url: str | None = None,
    flags: Iterable[str] = (),
    overrides: dict[str, Any] | None = None,
) -> Document:
    """Turn one HTML page into a Document; raises MalformedInput when it has no readable text.

    ``overrides`` holds metadata the caller already knows (from a JSONL record or a feed entry):
    it wins over what the page says.
    """
    flag_list = list(flags)
    root = parse_tree(markup)
    meta: dict[str, Any] = {}
    main = ""
    comments_text = ""
    if root is not None and tree_depth(root) > settings.max_html_depth:
        main = html_to_text(root)
        flag_list.append("truncated")
        title_el = root.find(".//title")
        if title_el is not None and title_el.text:
            meta["title"] = title_el.text.strip()
    elif root is not None:
        meta, main, comments_text = _trafilatura(markup, url)
        if not main.strip():
            main = html_to_text(root.find("body") if root.find("body") is not None else root)
    else:
        main = _crude_text(markup)
        if main:
            flag_list.append("truncated")
    if not main.strip():
        raise MalformedInput(origin, "the HTML page has no readable text")

    extra: list[str] = []
    if root is not None and "truncated" not in flag_list:
        present = {line.strip() for line in main.split("\n")}
        extra.extend(_missing_sources(root, main, present))
        dom_comments = _comments_block(root, present)
        if dom_comments:
            comments_text = dom_comments
        elif comments_text:
            comments_text = "Comments:\n" + comments_text
        extra.append(comments_text)
        extra.extend(_widgets(root, present))
    elif comments_text:
        extra.append("Comments:\n" + comments_text)

    header = find_header(main)
    title = meta.get("title")
    if header.title:
        title = header.title
    elif title and not main.lstrip().startswith(title):
        main = f"{title}\n\n{main}"
    text = "\n\n".join(part for part in [main, *extra] if part and part.strip())

    published = _published(markup, root, meta)
    kind = (
        "blog"
        if header.published is not None
        else ("news" if meta.get("pagetype") == "article" else "web page")
    )
    fields: dict[str, Any] = {
        "title": title,
        "url": url or meta.get("url"),
        "published": published,
        "author": meta.get("author"),
        "source": meta.get("sitename"),
        "kind": kind,
    }
    for key, value in (overrides or {}).items():
        if value is not None:
            fields[key] = value
    return make_document(text, origin, flags=flag_list, **fields)


def _trafilatura(markup: str, url: str | None) -> tuple[dict[str, Any], str, str]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=True, include_tables=True
        )
    except (ValueError, TypeError, AttributeError, etree.LxmlError, RecursionError):
        return {}, "", ""
    if result is None:
        return {}, "", ""
    data: dict[str, Any] = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    main = data.get("text") or ""
    comments = data.get("comments") or ""
    return data, main, comments


def _published(markup: str, root: Any, meta: dict[str, Any]) -> dt.datetime | None:
    import htmldate

    found: str | None = None
    if root is not None:
        try:
            found = htmldate.find_date(root, original_date=True, extensive_search=True)
        except (ValueError, TypeError, AttributeError, etree.LxmlError, RecursionError):
            found = None
    return parse_published(found) or parse_published(meta.get("date"))


def _crude_text(markup: str) -> str:
    stripped = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", markup)
    stripped = re.sub(r"<[^>]*>", "\n", stripped)
    import html as std_html

    lines = (_SPACES.sub(" ", line).strip() for line in std_html.unescape(stripped).split("\n"))
    return "\n".join(line for line in lines if line)


def _comments_block(root: Any, present: set[str]) -> str:
    """The reader comments of the page, with their "NAME said..." lines, when the page has them."""
    for el in root.iter():
        if not isinstance(el.tag, str) or _tag(el) in {"html", "body"}:
            continue
        marker = f"{el.get('id', '')} {el.get('class', '')}"
        if not _COMMENTS_CONTAINER.search(marker):
            continue
        text = html_to_text(el)
        heads = [line for line in text.split("\n") if is_comment_header(line)]
        if heads and heads[0].strip() not in present:
            return text
    return ""


def _widgets(root: Any, present: set[str]) -> list[str]:
    """On-this-day widgets that trafilatura left out: the heading and what follows it."""
    blocks: list[str] = []
    seen: set[int] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or id(el) in seen:
            continue
        own = (el.text or "").strip()
        if not own or not is_widget_heading(own) or len(html_to_text(el)) > 300:
            continue
        parts = [html_to_text(el)]
        if el.tail and el.tail.strip():
            parts.append(el.tail.strip())
        for sibling in el.itersiblings():
            if _tag(sibling) in _HEADINGS:
                break
            seen.add(id(sibling))
            parts.append(html_to_text(sibling))
            if sibling.tail and sibling.tail.strip():
                parts.append(sibling.tail.strip())
        block = "\n".join(p for p in parts if p)
        first = block.split("\n", 1)[0].strip()
        if first not in present:
            blocks.append(block)
    return blocks


def _missing_sources(root: Any, main: str, present: set[str]) -> list[str]:
    """Citation lines of the post that trafilatura dropped, in page order."""
    body_elements = [
        el
        for el in root.iter("p", "li", "div", "blockquote")
        if el.text and _SPACES.sub(" ", html_to_text(el)).strip() in present
    ]
    if not body_elements:
        return []
    scope = _common_ancestor(body_elements[0], body_elements[-1])
    missing: list[str] = []
    for el in scope.iter("p", "li", "div"):
        if _in_furniture(el):
            continue
        text = html_to_text(el)
        if not text or "\n" in text or len(text) > MAX_CITATION_CHARS or text in present:
            continue
        if parse_citation(text) is not None and text not in missing:
            missing.append(text)
    return missing


def _in_furniture(el: Any) -> bool:
    """Whether an element sits in comments, a sidebar, a widget, navigation or a footer."""
    for node in [el, *el.iterancestors()]:
        if _tag(node) in {"nav", "footer", "aside"}:
            return True
        if _FURNITURE.search(f"{node.get('id', '')} {node.get('class', '')}"):
            return True
    return False


def _common_ancestor(a: Any, b: Any) -> Any:
    ancestors = {id(el) for el in a.iterancestors()} | {id(a)}
    for el in [b, *b.iterancestors()]:
        if id(el) in ancestors:
            return el
    return a.getroottree().getroot()
