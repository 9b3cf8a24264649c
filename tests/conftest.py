"""Fixtures shared by every test: stores (memory and on disk), a clock, a chat."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import os

import pytest
from hypothesis import settings

from storage.store import Store
from tests.helpers import Chat, at, make_chat


# In CI the property tests replay the same examples every run (a failure found there is reproducible
# and a submission never fails by chance); on a developer's machine they keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Every storage test runs against both the memory and the on-disk store."""
    opened = Store.memory() if request.param == "memory" else Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def disk_store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def chat(disk_store: Store, tmp_path: Path) -> Chat:
    """A chat with the real router on a disk store, Monday 23 Nov 2026 10:00 Zurich."""
    return make_chat(disk_store, at("2026-11-23 10:00"), store_dir=tmp_path / "data")
