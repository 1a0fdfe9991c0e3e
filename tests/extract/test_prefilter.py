"""The shortcut that skips a rule's pattern when a sentence lacks every word the pattern needs.

Skipping must never change what is found: a pattern is skipped only when it could not have
matched. The last test holds every pattern of the extraction modules to that over every document
of the development gold sets."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from tigris.prefilter import may_match, needles, search

_I = re.IGNORECASE


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"\bcar\s+bombs?\b", "A car bomb went off in Karrada.", True),
        (r"\bcar\s+bombs?\b", "A CAR  BOMB WENT OFF", True),
        (r"\bcar\s+bombs?\b", "Traffic was heavy in Karrada.", False),
        (r"\b(?:air\s*strikes?|warplanes?)\b", "Warplanes struck at dawn.", True),
        (r"\b(?:air\s*strikes?|warplanes?)\b", "An airstrike hit the bridge.", True),
        (r"\b(?:air\s*strikes?|warplanes?)\b", "Gunmen opened fire.", False),
        (r"\b(?:very\s+)?big\b", "a BIG crowd", True),
        (r"organi[sz]ed", "They organized a march.", True),
        (r"organi[sz]ed", "They organised a march.", True),
        (r"organi[sz]ed", "They marched.", False),
        (r"(?:IS|ISIS)\s+fighters", "IS fighters attacked", True),
        (r"(?:IS|ISIS)\s+fighters", "Gunmen attacked", False),
    ],
)
def test_skips_only_sentences_without_the_needed_words(pattern: str, text: str, expected: bool) -> None:
    compiled = re.compile(pattern, _I)
    assert may_match(compiled, text) is expected
    assert (search(compiled, text) is not None) is (compiled.search(text) is not None)


def test_a_pattern_that_needs_no_word_is_always_run() -> None:
    digits = re.compile(r"\d+")
    assert needles(digits) is None
    assert may_match(digits, "no digits here") is True
    letters_then_digits = re.compile(r"[a-z]+\s+\d+")  # no literal text at all
    assert needles(letters_then_digits) is None
    assert may_match(letters_then_digits, "no digits here") is True


def test_letters_the_matcher_folds_differently_from_lower_case_are_not_missed() -> None:
    # Under IGNORECASE the matcher equates the dotless ı with i and the long ſ with s; str.lower
    # keeps them apart, so the shortcut must fold them itself.
    for text in ("the dıed", "the ſhelling", "the dİed"):
        pattern = re.compile(r"died|shelling", _I)
        assert pattern.search(text) is not None
        assert may_match(pattern, text) is True


def test_needles_come_from_each_alternative() -> None:
    found = needles(re.compile(r"\b(?:stormed|overran|seized\s+control)\b", _I))
    assert found is not None
    assert {"stormed", "overran"} <= set(found)
    assert any(n.startswith("seized") or n == "control" for n in found)


def _extraction_patterns() -> list[tuple[str, re.Pattern[str]]]:
    modules = (
        "tigris.extract.rules",
        "tigris.extract.extractor",
        "tigris.extract.cues",
        "tigris.extract.names",
        "tigris.extract.layout",
        "tigris.resolve.fatalities",
        "tigris.resolve.dates",
        "tigris.ingest.structure",
    )
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for name in modules:
        module = importlib.import_module(name)
        for key, value in vars(module).items():
            rows = value if isinstance(value, tuple) else (value,)
            for row in rows:
                for item in row if isinstance(row, tuple) else (row,):
                    if isinstance(item, re.Pattern):
                        found.setdefault(id(item), (f"{name}.{key}", item))
    from tigris.resolve.coref import load_roles

    for role in load_roles():
        found.setdefault(id(role.pattern), (f"role {role.pattern.pattern[:40]}", role.pattern))
    return list(found.values())


def test_no_pattern_is_skipped_where_it_matches_on_the_gold_sentences() -> None:
    # the evidence sentences of the development sets: each tells an event, so the rules match there
    data = Path(__file__).resolve().parents[2] / "src" / "tigris" / "data"
    texts: list[str] = []
    for folder in ("gold", "gold2"):
        with (data / folder / "events.jsonl").open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["evidence"] for line in lines)
    assert len(texts) > 400
    patterns = _extraction_patterns()
    assert len(patterns) > 300
    assert sum(needles(p) is not None for _, p in patterns) > 250  # the shortcut applies widely
    wrong = [
        (name, text[:60])
        for name, pattern in patterns
        for text in texts
        if not may_match(pattern, text) and pattern.search(text) is not None
    ]
    assert wrong == []
