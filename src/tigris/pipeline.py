"""The pipeline, top to bottom: read → extract (with resolution) → store.

Every stage is a plain function over the core types. A document that cannot be read, or that is
read but cannot be coded (not English), becomes a Rejection with its reason; the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from tigris.extract.extractor import RuleExtractor
from tigris.ingest import read_inputs
from tigris.settings import Settings
from tigris.store import Store
from tigris.types import Document, Event, Rejection

BATCH_SIZE = 32


@dataclass(frozen=True)
class Coded:
    """A document and the events coded from it."""

    document: Document
    events: tuple[Event, ...]


@dataclass
class RunReport:
    """What one run did, for the CLI's summary and exit status."""

    added: int = 0
    unchanged: int = 0
    updated: int = 0
    events: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.added + self.unchanged + self.updated

    @property
    def nothing_processed(self) -> bool:
        return self.processed == 0 and bool(self.rejections)


def not_english(doc: Document) -> Rejection | None:
    """Text in another language is kept but not coded as English."""
    if doc.language not in (None, "en"):
        return Rejection(
            origin=doc.origin,
            reason=f"not coded: the text is in '{doc.language}', and tigris codes English reporting only",
            stage="extract",
            content_hash=doc.content_hash,
        )
    return None


def code(
    inputs: Iterable[str], settings: Settings, extractor: RuleExtractor | None = None
) -> Iterator[Coded | Rejection]:
    """Read every input and code each document. Yields rejections in place, never raises for input."""
    extractor = extractor or RuleExtractor()
    batch: list[Document] = []

    def flush() -> Iterator[Coded]:
        for doc, events in extractor.extract_many(batch, batch_size=BATCH_SIZE):
            yield Coded(doc, tuple(events))
        batch.clear()

    for item in read_inputs(inputs, settings):
        if isinstance(item, Rejection):
            yield item
            continue
        refused = not_english(item)
        if refused is not None:
            yield refused
            yield Coded(item, ())
            continue
        batch.append(item)  # parsed in batches: spaCy is several times faster that way
        if len(batch) >= BATCH_SIZE:
            yield from flush()
    yield from flush()


def run(
    inputs: Iterable[str],
    settings: Settings,
    store: Store,
    *,
    extractor: RuleExtractor | None = None,
    on_item: Callable[[Coded | Rejection], None] | None = None,
) -> RunReport:
    """Read, code and store. A document and its events commit together; rejections are stored."""
    report = RunReport()
    for item in code(inputs, settings, extractor):
        if isinstance(item, Rejection):
            store.save_rejection(item)
            report.rejections.append(item)
        else:
            outcome = store.save(item.document, item.events)
            setattr(report, str(outcome.value), getattr(report, str(outcome.value)) + 1)
            report.events += len(item.events)
        if on_item is not None:
            on_item(item)
    return report
