"""Targets of the date reader on the evaluation sets (issue 9): no silently
wrong reading, at least 90 % of precise-date expressions read exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handlers.dates_eval import BLIND_SETS, HELD_OUT, MAIN_SET, load, score


@pytest.mark.parametrize("path", [MAIN_SET, HELD_OUT, *BLIND_SETS], ids=lambda p: p.stem)
def test_targets(path: Path) -> None:
    rows = load(path)
    result = score(rows)
    assert result.wrong == []
    assert result.correct_share >= 0.90, f"{result.correct}/{result.precise} dates précises lues exactement"


def test_main_set_is_big_enough() -> None:
    rows = load(MAIN_SET)
    assert len(rows) >= 300
    assert sum(not row.precise for row in rows) >= 50  # refusals are part of the target too


def test_blind_sets_span_several_moments_and_zones() -> None:
    rows = [row for path in BLIND_SETS for row in load(path)]
    assert len({row.now for row in rows}) >= 3
    assert len({str(row.now.tzinfo) for row in rows}) >= 2
