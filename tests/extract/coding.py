"""How the rule tests code a text: one document of their own words, published on a given day."""

from __future__ import annotations

import datetime as dt

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import make_document
from tigris.types import Event


class Coder:
    """``code(extractor, text)`` gives the events of ``text`` as a story published on ``published``
    (or on the day given); ``code.one(extractor, text)`` the one event it must give."""

    def __init__(self, published: dt.date, external_id: str) -> None:
        self.published, self.external_id = published, external_id

    def __call__(self, extractor: RuleExtractor, text: str, published: dt.date | None = None) -> list[Event]:
        doc = make_document(text, "test", published=published or self.published, external_id=self.external_id)
        return extractor.extract(doc)

    def one(self, extractor: RuleExtractor, text: str) -> Event:
        events = self(extractor, text)
        assert len(events) == 1, events
        return events[0]
