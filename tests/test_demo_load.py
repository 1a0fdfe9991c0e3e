"""`make demo` loads the demo corpus; loading it again changes no row."""

import pytest

from tigris import service
from tigris.settings import Settings
from tigris.store import open_store


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'tigris.db'}"
    settings = Settings(database_url=url)
    first = service.demo(settings)
    return settings, first


def test_demo_loads_every_document_without_rejections(loaded):
    _settings, summary = loaded
    assert summary.documents >= 36
    assert summary.rejections == 0, summary.report.rejections
    assert summary.events >= 40
    assert summary.citations >= 14


def test_demo_summary_shows_an_analysis_post_with_its_events(loaded):
    _settings, summary = loaded
    assert summary.post is not None and summary.post.kind == "blog"
    assert summary.post_events
    assert all(e.doc_id == summary.post.id for e in summary.post_events)


def test_reingesting_the_demo_corpus_changes_no_row(loaded):
    settings, _ = loaded
    before = open_store(settings.database_url).snapshot()
    again = service.ingest([str(service.demo_corpus())], settings)
    assert again.added == 0 and again.updated == 0 and again.unchanged >= 36
    assert open_store(settings.database_url).snapshot() == before


def test_demo_events_are_in_the_demo_period(loaded):
    settings, _ = loaded
    dated = [e for e in open_store(settings.database_url).events() if e.date and e.modality != "historical"]
    assert dated
    assert all(2019 <= e.date.year <= 2021 for e in dated), [
        (e.date, e.evidence[0].text) for e in dated if not 2019 <= e.date.year <= 2021
    ]
