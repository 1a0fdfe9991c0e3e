"""Evaluation: how close tigris's events come to what a trained coder would write.

    evaluate_gold(documents_path, events_path, extractor=None) -> GoldReport   the project's gold set
    evaluate_case(path, extractor=None) -> CaseReport       CASE 2021 Task 2 sub-event types
    evaluate_ucdp(path, extractor=None) -> UcdpReport       UCDP GED Iraq headlines
    evaluate_plover(path, extractor=None) -> PloverReport   PLOVER gold-standard sentences
    run_eval(name_or_path, shared=None) -> report           what ``tigris eval`` calls

Every report is a frozen dataclass with ``scores()`` (the headline numbers the CI gate checks
against ``benchmarks/baseline.json``), ``to_dict()`` and ``format_text()``.
"""

from tigris.evaluate.datasets import (
    CaseReport,
    PloverReport,
    UcdpReport,
    evaluate_case,
    evaluate_plover,
    evaluate_ucdp,
)
from tigris.evaluate.gold import GoldEvent, GoldReport, evaluate_gold, load_gold_events
from tigris.evaluate.runner import DATASETS, default_shared, gold_dir, run_eval

__all__ = [
    "DATASETS",
    "CaseReport",
    "GoldEvent",
    "GoldReport",
    "PloverReport",
    "UcdpReport",
    "default_shared",
    "evaluate_case",
    "evaluate_gold",
    "evaluate_plover",
    "evaluate_ucdp",
    "gold_dir",
    "load_gold_events",
    "run_eval",
]
