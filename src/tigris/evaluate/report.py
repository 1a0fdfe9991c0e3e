"""Plain-text tables for evaluation reports (what ``tigris eval`` prints in a terminal)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tigris.evaluate.metrics import PRF, Accuracy, Confusion


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Columns aligned with spaces; the first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[_cell(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    out = []
    for n, row in enumerate(cells):
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        out.append("  ".join(parts).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_prf_table(scores: Mapping[str, PRF], *, title: str) -> str:
    rows = [(k, v.precision, v.recall, v.f1, v.tp, v.fp, v.fn) for k, v in scores.items()]
    return f"{title}\n" + table(("", "P", "R", "F1", "tp", "fp", "fn"), rows)


def format_accuracy_table(scores: Mapping[str, Accuracy], *, title: str) -> str:
    rows = [(k, v.value, v.correct, v.total) for k, v in scores.items()]
    return f"{title}\n" + table(("", "accuracy", "right", "of"), rows)


def format_confusion(confusion: Confusion, *, title: str, short: bool = False) -> str:
    """A square table; with ``short`` the labels are numbered and listed under it."""
    labels = confusion.labels
    if not labels:
        return f"{title}\n(empty)"
    counter = confusion.as_counter()
    keys = [str(i + 1) for i in range(len(labels))] if short else [_abbrev(lab) for lab in labels]
    rows: list[list[object]] = [
        [keys[i], *(counter[(g, p)] or "." for p in labels)] for i, g in enumerate(labels)
    ]
    text = f"{title}\n" + table(["gold \\ predicted", *keys], rows)
    if short or any(k != lab for k, lab in zip(keys, labels, strict=True)):
        text += "\n" + "\n".join(f"  {k} = {lab}" for k, lab in zip(keys, labels, strict=True))
    return text


def _abbrev(label: str) -> str:
    return label if len(label) <= 14 else label[:13] + "…"
