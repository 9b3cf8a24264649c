"""Targets of the date reader on the evaluation sets (issue 9): no silently
wrong reading, at least 90 % of precise-date expressions read exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import BLIND_SETS, HELD_OUT, MAIN_SET, Row, load, read_deplacer, read_serie, reading, score
from tests.helpers import Chat, at


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


def test_serie_mode_reads_what_the_command_stores(chat: Chat) -> None:
    # The `serie` mode reads through the command's own reading (read_seance): the first date, the stored rule, the place.
    now = at("2026-11-23 10:00")  # the chat fixture's moment, in its group's zone (Zurich)
    text = "7/12 14h-16h Mairie, le premier lundi du mois"
    assert read_serie(text, now) == ("2026-12-07 14:00-16:00 nth:1:0", "Mairie")
    chat.say(f"/seance {text}")
    stored = chat.store.group("rte").meetings()[-1]
    assert (stored.start.isoformat()[:16], stored.recurrence, stored.place) == ("2026-12-07T14:00", "nth:1:0", "Mairie")
    assert read_serie("mardi 1er décembre 9h salle B", now) == ("2026-12-01 09:00 none", "salle B")
    with pytest.raises(UserError):
        read_serie("mardi 1er décembre 9h, le premier jeudi du mois", now)  # the rule contradicts the date
    rows = [Row("serie", "mardi 1er décembre 9h chaque semaine", "2026-12-01 09:00 weekly:1", "", now),
            Row("serie", "mardi 1er décembre 9h, le premier jeudi du mois", "REFUSE", "", now)]
    assert reading(rows[0]) == ("2026-12-01 09:00 weekly:1", "")
    result = score(rows)
    assert (result.correct, result.refused, result.wrong) == (1, 0, [])


def test_deplacer_mode_reads_what_the_command_stores(chat: Chat) -> None:
    # The `deplacer` mode reads through the command's own reading (read_move) against the meeting, and `@jj/mm` picks
    # the date of the series as the command does (pick_occurrence): the new start and end, the place.
    now = at("2026-11-23 10:00")
    chat.say("/seance jeudi 3 décembre 14h-16h salle B")
    chat.say("/seance jeudi 3 décembre 18h foyer, un jeudi sur deux")
    meeting, series = sorted(chat.store.group("rte").meetings(), key=lambda m: m.number)
    assert read_deplacer("au lendemain, salle C", meeting, now) == ("2026-12-04 14:00-16:00", "salle C")
    chat.say("/seance_deplacer 1 au lendemain, salle C")
    stored = next(m for m in chat.store.group("rte").meetings() if m.number == meeting.number)
    assert (stored.start.isoformat()[:16], stored.end.isoformat()[11:16] if stored.end else "", stored.place) == (
        "2026-12-04T14:00", "16:00", "salle C")
    assert read_deplacer("@17/12 une heure plus tôt", series, now) == ("2026-12-17 17:00", "foyer")
    with pytest.raises(UserError):
        read_deplacer("@10/12 une heure plus tôt", series, now)  # no date of the series on 10 December
    rows = [Row("deplacer", "d'une semaine", "2026-12-10 14:00-16:00", "salle B", now, meeting),
            Row("deplacer", "de quelques jours", "REFUSE", "", now, meeting)]
    assert reading(rows[0]) == ("2026-12-10 14:00-16:00", "salle B")
    result = score(rows)
    assert (result.correct, result.refused, result.wrong) == (1, 0, [])
