"""The web workbench's load benchmark runs end to end at a tiny scale and reports what it promises."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks"
EVENTS = 300


def _run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    out = tmp_path_factory.mktemp("bench") / "events.db"
    done = _run(BENCH / "make_events_db.py", "--events", str(EVENTS), "--out", out, "--seed", "3")
    assert done.returncode == 0, done.stderr
    return out, json.loads(done.stdout)


def test_make_events_db_writes_the_events_it_reports(bench_db: tuple[Path, dict[str, object]]) -> None:
    db, summary = bench_db
    assert {"database", "seed", "documents", "events", "events_by_type", "seconds", "bytes"} <= summary.keys()
    assert summary["events"] == EVENTS
    con = sqlite3.connect(db)
    try:
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        evidence_ok = con.execute(
            "SELECT count(*) FROM event_evidence v JOIN documents d ON d.id = v.doc_id "
            "WHERE substr(d.text, v.start_char + 1, v.end_char - v.start_char) = v.text"
        ).fetchone()[0]
        located = con.execute(
            "SELECT count(*) FROM events WHERE latitude IS NOT NULL AND admin1 IS NOT NULL"
        ).fetchone()[0]
        types = con.execute("SELECT count(DISTINCT event_type) FROM events").fetchone()[0]
    finally:
        con.close()
    assert events == EVENTS
    assert documents == summary["documents"]
    assert 1 < documents < EVENTS  # several events per document
    assert evidence_ok == EVENTS  # every evidence sentence is where its offsets say
    assert located == EVENTS
    assert types >= 4
    assert sum(summary["events_by_type"].values()) == EVENTS  # type: ignore[union-attr]


def test_make_events_db_is_deterministic(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        done = _run(BENCH / "make_events_db.py", "--events", "40", "--out", tmp_path / name, "--seed", "5")
        assert done.returncode == 0, done.stderr
        con = sqlite3.connect(tmp_path / name)
        try:
            dumps.append(con.execute("SELECT * FROM events ORDER BY event_id").fetchall())
        finally:
            con.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) == 40


def test_web_load_reports_every_group_against_its_target(
    bench_db: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    db, _summary = bench_db
    out = tmp_path / "load.json"
    done = _run(
        BENCH / "web_load.py",
        "--db",
        db,
        "--clients",
        "3",
        "--duration",
        "1.5",
        "--warmup",
        "0",
        "--max-requests",
        "40",
        "--json",
        out,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["events"] == EVENTS
    assert report["clients"] == 3
    assert 0 < report["requests"] <= 40
    assert set(report["targets_met"]) == {"events_api", "events_page", "map"}
    for name in ("events_api", "events_page", "map"):
        group = report["groups"][name]
        assert {
            "requests",
            "errors",
            "p50_ms",
            "p95_ms",
            "p99_ms",
            "throughput_rps",
            "target_met",
        } <= group.keys()
        assert group["requests"] > 0
        assert group["errors"] == 0, report["error_samples"]
        assert 0 < group["p50_ms"] <= group["p95_ms"] <= group["p99_ms"]
    assert report["groups"]["map"]["target_p95_ms"] == 300
    assert report["groups"]["events_page"]["target_p95_ms"] == 150
    table = {line.split()[0] for line in done.stdout.splitlines() if line.strip()}
    assert {"events_api", "events_page", "map"} <= table
