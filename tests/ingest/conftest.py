"""Fixtures for the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import FIXTURES

from tigris.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
