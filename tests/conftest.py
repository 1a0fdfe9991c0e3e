from pathlib import Path

import pytest

from tigris.extract.extractor import RuleExtractor

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "samples" / "musings-on-iraq-2020-01-25-sadr-rally.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    if not SAMPLE.exists():
        pytest.skip(f"the reference post is not at {SAMPLE}")
    return SAMPLE


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tigris.db'}"


@pytest.fixture(scope="session")
def extractor() -> RuleExtractor:
    """One rule extractor for every test that codes sentences (it keeps no state between documents)."""
    return RuleExtractor()
