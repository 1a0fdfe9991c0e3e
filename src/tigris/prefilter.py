"""A cheap test that rules a regular expression out before it is run.

The event rules are long alternations of words ("airstrikes", "car bomb", "stormed"), compiled
case-insensitively and opening with ``\\b``, so Python's matcher gets no literal prefix to jump to
and tries every alternative at every character of every sentence. Most sentences contain none of
the words a given rule needs. :func:`needles` reads a compiled pattern's syntax tree once and
returns a set of lower-case strings at least one of which every match must contain; when none of
them occurs in the sentence the pattern cannot match and is not run.

The test is conservative: a pattern whose tree holds something it does not understand gets no
needles and is always run, so a rule can only be skipped when it could not have matched. The
tests hold every rule to that over the gold sets.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# The syntax tree of a pattern, as the re module builds it (re._parser since Python 3.11). If a
# later Python moves or reshapes it, needles() returns None: every pattern is then run, as if this
# module did not exist.
try:
    _c: Any = importlib.import_module("re._constants")
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - only on a Python that moved the parser
    _c = _p = None

_MAX_SET = 64  # strings a piece of a pattern may spell before it counts as "any text"
_MAX_NEEDLES = 400  # past this many needles the test costs about what the match does

# Under IGNORECASE the matcher also equates these letters with ASCII ones that str.lower keeps apart.
_CASE_FIX = str.maketrans({"ı": "i", "ſ": "s"})

_Strings = frozenset[str]


class _Piece:
    """What is known of one piece of a pattern: every string it can match (``exact``, when they are
    few) and strings of which every match contains one (``needed``)."""

    __slots__ = ("exact", "needed")

    def __init__(self, exact: _Strings | None, needed: _Strings | None) -> None:
        self.exact = exact
        self.needed = needed

    def best(self) -> _Strings | None:
        """The most telling set of needles for this piece, or None when it needs nothing."""
        options = [s for s in (self.needed, self.exact) if s and "" not in s]
        return max(options, key=_selectivity, default=None)


_ANYTHING = _Piece(None, None)
_EMPTY = _Piece(frozenset({""}), None)


def _selectivity(strings: _Strings) -> tuple[int, int]:
    return min(len(s) for s in strings), -len(strings)


def _char(code: int) -> str | None:
    ch = chr(code)
    return ch.lower() if ch.isascii() else None


def _items(tree: Iterable[tuple[Any, Any]]) -> _Piece:
    """A sequence of items: literal runs are joined, and the best requirement of any item holds."""
    run: _Strings | None = frozenset({""})  # the strings the current run of exact items spells
    whole: _Strings | None = frozenset({""})  # the same for the whole sequence, while it is exact
    candidates: list[_Strings] = []

    def flush(strings: _Strings | None) -> None:
        if strings and "" not in strings:
            candidates.append(strings)

    for op, av in tree:
        piece = _item(op, av)
        if piece.exact is not None and run is not None and len(run) * len(piece.exact) <= _MAX_SET:
            run = frozenset(a + b for a in run for b in piece.exact)
        else:
            flush(run)
            run = piece.exact
        if whole is not None:
            whole = (
                frozenset(a + b for a in whole for b in piece.exact)
                if piece.exact is not None and len(whole) * len(piece.exact) <= _MAX_SET
                else None
            )
        if piece.needed is not None:
            candidates.append(piece.needed)
    flush(run)
    needed = max(candidates, key=_selectivity) if candidates else None
    return _Piece(whole, needed)


def _item(op: Any, av: Any) -> _Piece:  # noqa: PLR0911 - one return per kind of node
    if op is _c.LITERAL:
        ch = _char(av)
        return _Piece(frozenset({ch}), None) if ch is not None else _ANYTHING
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY  # zero-width: it neither adds text nor breaks a run of letters
    if op is _c.IN:
        chars = [_char(code) for kind, code in av if kind is _c.LITERAL]
        if len(chars) == len(av) and None not in chars and len(chars) <= 8:
            return _Piece(frozenset(c for c in chars if c is not None), None)
        return _ANYTHING
    if op is _c.SUBPATTERN:
        return _items(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _items(av)
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        inner = _items(body)
        if low == 0:
            if high == 1 and inner.exact is not None:
                return _Piece(inner.exact | {""}, None)
            return _Piece(None, None)
        exact = None
        if low == high and inner.exact is not None and len(inner.exact) ** low <= _MAX_SET:
            exact = frozenset({""})
            for _ in range(low):
                exact = frozenset(a + b for a in exact for b in inner.exact)
        return _Piece(exact, inner.best())
    return _ANYTHING  # any character, a category, a back-reference: nothing known


def _branch(alternatives: list[Iterable[tuple[Any, Any]]]) -> _Piece:
    pieces = [_items(alt) for alt in alternatives]
    exact: _Strings | None = None
    if all(p.exact is not None for p in pieces):
        exact = frozenset().union(*(p.exact for p in pieces if p.exact is not None))
        if len(exact) > _MAX_SET:
            exact = None
    bests = [p.best() for p in pieces]
    needed = None
    if all(b is not None for b in bests):
        needed = frozenset().union(*(b for b in bests if b is not None))
        if len(needed) > _MAX_NEEDLES:
            needed = None
    return _Piece(exact, needed)


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None when the
    pattern needs no particular text (then it must always be run)."""
    if _p is None:
        return None
    try:
        found = _items(_p.parse(pattern.pattern, pattern.flags).data).best()
    except Exception:  # noqa: BLE001 - a tree of an unknown shape only costs the shortcut
        return None
    if found is None or len(found) > _MAX_NEEDLES:
        return None
    # a needle that contains another is implied by it: keep the shorter ones only
    kept = sorted(found, key=len)
    minimal: list[str] = []
    for s in kept:
        if not any(m in s for m in minimal):
            minimal.append(s)
    return tuple(minimal)


_GRAM = 3  # needles are looked up by their first three letters

_Gate = dict[str, tuple[str, ...]]  # first three letters -> the needles that start with them

# Gates by the pattern's id: hashing a compiled pattern hashes its whole program (microseconds for
# a long rule), which would cost more than the test saves. The pattern is kept with its gate so
# that an id reused after a pattern is freed is never taken for it.
_GATES: dict[int, tuple[re.Pattern[str], _Gate | None]] = {}
_MAX_PATTERNS = 8192


def _learn(pattern: re.Pattern[str]) -> _Gate | None:
    """The needles of ``pattern`` by their first three letters; None when it must always be run."""
    if len(_GATES) >= _MAX_PATTERNS:
        _GATES.clear()  # patterns made on the fly: keep the table from growing without end
    wanted = needles(pattern)
    gate: _Gate | None = None
    if wanted is not None:
        gate = {}
        for n in wanted:  # a needle shorter than three letters is filed under ""
            key = n[:_GRAM] if len(n) >= _GRAM else ""
            gate[key] = (*gate.get(key, ()), n)
    _GATES[id(pattern)] = (pattern, gate)
    return gate


@lru_cache(maxsize=64)
def _folded(text: str) -> tuple[str, frozenset[str]]:
    """``text`` as the needles are spelt (lower case, with the matcher's extra case pairs), and
    every run of three characters in it."""
    # the dotted capital İ lower-cases to i and a combining dot, which would split a needle
    low = text.lower() if text.isascii() else text.replace("İ", "i").lower().translate(_CASE_FIX)
    return low, frozenset([low[i : i + _GRAM] for i in range(len(low) - _GRAM + 1)])


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``: none of its needles is in it."""
    known = _GATES.get(id(pattern))
    gate = known[1] if known is not None and known[0] is pattern else _learn(pattern)
    if gate is None:
        return True
    low, grams = _folded(text)
    if "" in gate and any(n in low for n in gate[""]):
        return True
    if grams.isdisjoint(gate):
        return False  # the usual case, settled by one set operation
    return any(n in low for g in grams.intersection(gate) for n in gate[g])


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, not run when it cannot match."""
    return pattern.search(text) if may_match(pattern, text) else None
