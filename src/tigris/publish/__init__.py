"""Publishing: the formats tigris writes its event record in.

``write_events`` is the one entry point for exports (JSON lines, a terminal table, CSV, ACLED-style
CSV, PLOVER JSON and GeoJSON); ``event_to_record`` is the JSON object of one event that
``tigris extract --format jsonl`` prints and other tools read.
"""

from __future__ import annotations

from tigris.publish.exports import (
    ACLED_COLUMNS,
    FORMATS,
    event_from_record,
    event_to_record,
    write_events,
)

__all__ = ["ACLED_COLUMNS", "FORMATS", "event_from_record", "event_to_record", "write_events"]
