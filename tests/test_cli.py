"""The tigris command as a user types it: exit codes, formats, rejections, idempotent ingest."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tigris.cli import app
from tigris.publish import ACLED_COLUMNS
from tigris.store import open_store

REPORT = """---
title: Rockets strike near Baghdad airport
published: 2020-03-12
source: Tigris Wire
url: https://demo.tigris.invalid/test/rockets
kind: news
---
BAGHDAD, March 11 (Tigris Wire) - At least three rockets struck Camp Taji north of Baghdad on Wednesday, killing two soldiers and wounding 12 people, officials said.
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    path = tmp_path / "rockets.md"
    path.write_text(REPORT, encoding="utf-8")
    return path


def invoke(runner, *args):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_extract_jsonl_contract(runner, report, db_url):
    result = invoke(runner, "extract", str(report), "--db", db_url, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert lines, result.output
    event = lines[0]
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"
    assert event["date"] == "2020-03-11"
    assert event["fatalities"] == 2 and event["injured"] == 12
    assert event["doc_id"] and event["evidence"][0]["text"].startswith("BAGHDAD")
    assert event["actor1"] == "Unidentified Armed Group (Iraq)"


def test_extract_documents_jsonl_keeps_the_callers_id(runner, tmp_path, db_url):
    path = tmp_path / "docs.jsonl"
    rows = [
        {
            "id": "story-17",
            "text": "Gunmen shot dead an activist in Karbala on May 9.",
            "published": "2021-05-10",
        },
        {"id": "broken", "title": "no text"},
        "not json at all",
    ]
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    result = invoke(runner, "extract", str(path), "--db", db_url)
    assert result.exit_code == 0
    events = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert {e["doc_id"] for e in events} == {"story-17"}
    assert events[0]["event_type"] == "Violence against civilians"
    assert events[0]["admin1"] == "Karbala"
    assert "rejected" in result.stderr and "#L2" in result.stderr and "#L3" in result.stderr
    assert len(open_store(db_url).rejections()) == 2


def test_acled_csv_header(runner, report, db_url):
    result = invoke(runner, "extract", str(report), "--db", db_url, "--format", "acled-csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split(",") == list(ACLED_COLUMNS)


def test_unknown_format_is_a_usage_error(runner, report, db_url):
    result = runner.invoke(app, ["extract", str(report), "--db", db_url, "--format", "xml"])
    assert result.exit_code == 2
    assert "unknown format" in result.output


def test_nothing_readable_exits_non_zero_and_records_why(runner, tmp_path, db_url):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke(runner, "ingest", str(empty), str(tmp_path / "missing.txt"), "--db", db_url)
    assert result.exit_code == 1
    reasons = [r.origin for r in open_store(db_url).rejections()]
    assert str(empty) in reasons and str(tmp_path / "missing.txt") in reasons


def test_one_bad_input_does_not_stop_the_run(runner, report, tmp_path, db_url):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = invoke(runner, "ingest", str(binary), str(report), "--db", db_url)
    assert result.exit_code == 0
    store = open_store(db_url)
    assert len(store.documents()) == 1 and len(store.rejections()) == 1


def test_events_filters(runner, report, db_url):
    invoke(runner, "ingest", str(report), "--db", db_url)
    hit = invoke(
        runner, "events", "--db", db_url, "--type", "Explosions/Remote violence", "--format", "jsonl"
    )
    miss = invoke(runner, "events", "--db", db_url, "--since", "2021-01-01", "--format", "jsonl")
    assert len(hit.stdout.splitlines()) >= 1 and miss.stdout.strip() == ""
    bad = runner.invoke(app, ["events", "--db", db_url, "--since", "yesterday"])
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_reingest_changes_nothing(runner, report, db_url):
    invoke(runner, "ingest", str(report), "--db", db_url)
    before = open_store(db_url).snapshot()
    result = invoke(runner, "ingest", str(report), "--db", db_url)
    assert "1 unchanged" in result.stderr
    assert open_store(db_url).snapshot() == before


def test_sources_json(runner, sample_path, db_url):
    invoke(runner, "ingest", str(sample_path), "--db", db_url)
    result = invoke(runner, "sources", "--db", db_url, "--format", "json")
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(rows) == 7 and all(r["outlet"] and r["date"] for r in rows)


def test_stdin(runner, db_url):
    result = runner.invoke(app, ["extract", "-", "--db", db_url], input=REPORT)
    assert result.exit_code == 0
    assert '"Shelling/artillery/missile attack"' in result.stdout


def test_console_script_reports_store_errors_in_one_line(tmp_path):
    exe = Path(sys.executable).with_name("tigris")
    env = {**os.environ, "TIGRIS_DATABASE_URL": "sqlite:////proc/no/such/dir/tigris.db"}
    proc = subprocess.run([str(exe), "events"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.startswith("tigris:") and len(proc.stderr.strip().splitlines()) == 1


def test_every_command_is_documented():
    import typer.main

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert (command.help or "").strip(), f"tigris {name} has no help text"
        assert f"tigris {name}" in readme, f"README.md does not show `tigris {name}`"
