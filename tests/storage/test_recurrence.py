"""Recurrence rules: French phrases, occurrence dates, DST, per-occurrence changes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from storage.models import Meeting
from storage.recurrence import Override, Rule, describe_rule, expand, expand_all, find_rule, overrides, parse_rule, set_override
from storage.store import Store
from tests.helpers import PARIS, ZURICH, at


@pytest.mark.parametrize(
    ("text", "stored", "rest"),
    [
        ("Mairie de Meyrin, chaque semaine", "weekly:1", "Mairie de Meyrin"),
        ("toutes les 2 semaines Salle B", "weekly:2", "Salle B"),
        ("toutes les deux semaines", "weekly:2", ""),
        ("tous les quinze jours", "weekly:2", ""),
        ("chaque mois, Bobigny", "monthly", "Bobigny"),
        ("Salle du conseil, le premier mardi du mois", "nth:1:1", "Salle du conseil"),
        ("le 3e jeudi du mois", "nth:3:3", ""),
        ("le dernier vendredi du mois", "nth:-1:4", ""),
        ("tous les mardis", "weekly:1", ""),
    ],
)
def test_french_phrases(text: str, stored: str, rest: str) -> None:
    rule, left, _ = find_rule(text)
    assert rule is not None and str(rule) == stored and left == rest
    assert parse_rule(stored) == rule


def test_no_rule_and_bad_interval() -> None:
    assert find_rule("Espace cocréation, Rue du Rhône 14")[0] is None
    with pytest.raises(ValueError, match="entre 1 et 8"):
        find_rule("toutes les 12 semaines")
    assert describe_rule(Rule("nth", nth=1, weekday=1)) == "le premier mardi du mois"
    assert describe_rule(Rule("weekly", 2)) == "toutes les 2 semaines"
    tuesdays = find_rule("tous les mardis")[0]
    assert tuesdays is not None and describe_rule(tuesdays) == "chaque mardi"
    assert tuesdays.matches(at("2026-12-01 09:00").date()) and not tuesdays.matches(at("2026-12-02 09:00").date())


def _series(start: datetime, rule: str, end_hour: int | None = None) -> Meeting:
    end = start.replace(hour=end_hour) if end_hour else None
    return Meeting(1, start, end, "Mairie", recurrence=rule)


def _starts(meeting: Meeting, until: str, changes: dict[str, Override] | None = None) -> list[str]:
    found = expand(meeting, changes or {}, at("2026-01-01 00:00"), at(until))
    return [m.start.strftime("%Y-%m-%d %H:%M") + ("" if m.active else " annulée") for m in found]


def test_first_tuesday_of_the_month() -> None:
    meeting = _series(at("2026-12-01 09:00"), "nth:1:1")
    assert _starts(meeting, "2027-04-30") == [
        "2026-12-01 09:00", "2027-01-05 09:00", "2027-02-02 09:00", "2027-03-02 09:00", "2027-04-06 09:00",
    ]
    assert Rule("nth", nth=1, weekday=1).matches(at("2026-12-01 09:00").date())
    assert not Rule("nth", nth=1, weekday=1).matches(at("2026-12-08 09:00").date())


def test_last_weekday_and_monthly_skip_short_months() -> None:
    assert _starts(_series(at("2026-10-29 14:00"), "nth:-1:3"), "2027-01-31")[1:] == [
        "2026-11-26 14:00", "2026-12-31 14:00", "2027-01-28 14:00",
    ]
    # The 31st: months without one have no meeting (as calendars do).
    assert _starts(_series(at("2027-01-31 10:00"), "monthly"), "2027-05-31 23:00") == [
        "2027-01-31 10:00", "2027-03-31 10:00", "2027-05-31 10:00",
    ]


@pytest.mark.parametrize("zone", [ZURICH, PARIS])
def test_weekly_keeps_wall_clock_across_both_dst_changes(zone: object) -> None:
    # Last Sunday of March 2026 is the 29th, of October the 25th.
    meeting = _series(at("2026-03-23 09:00", zone), "weekly:1")  # type: ignore[arg-type]
    march = expand(meeting, {}, at("2026-03-01 00:00"), at("2026-04-07 00:00"))
    assert [m.start.strftime("%d %H:%M") for m in march] == ["23 09:00", "30 09:00", "06 09:00"]
    assert [m.start.astimezone(timezone.utc).hour for m in march] == [8, 7, 7]
    autumn = _series(at("2026-10-19 09:00", zone), "weekly:1")  # type: ignore[arg-type]
    october = expand(autumn, {}, at("2026-10-01 00:00"), at("2026-10-27 00:00"))
    assert [m.start.astimezone(timezone.utc).hour for m in october] == [7, 8]


def test_one_occurrence_moved_or_cancelled_leaves_the_others(store: Store) -> None:
    data = store.group("rte")
    meeting = data.add_meeting(at("2026-12-01 14:00"), at("2026-12-01 16:00"), "Salle B", recurrence="weekly:1")
    set_override(store, "rte", meeting.number, Override("2026-12-08", "moved", at("2026-12-09 15:00"), None, "Salle C"))
    set_override(store, "rte", meeting.number, Override("2026-12-15", "cancelled"))
    assert set(overrides(store, "rte", meeting.number)) == {"2026-12-08", "2026-12-15"}
    found = expand_all(store, "rte", data.meetings(), at("2026-11-30 00:00"), at("2026-12-23 00:00"))
    assert [(m.occurrence, m.start.strftime("%d %H:%M"), m.status, m.place) for m in found] == [
        ("2026-12-01", "01 14:00", "planned", "Salle B"),
        ("2026-12-08", "09 15:00", "moved", "Salle C"),
        ("2026-12-15", "15 14:00", "cancelled", "Salle B"),
        ("2026-12-22", "22 14:00", "planned", "Salle B"),
    ]
    # A moved occurrence is found even when its new date is outside its own week.
    late = expand_all(store, "rte", data.meetings(), at("2026-12-09 00:00"), at("2026-12-10 00:00"))
    assert [m.occurrence for m in late] == ["2026-12-08"]


@pytest.mark.parametrize("rule", ["weekly:1", "weekly:3", "monthly", "nth:1:1", "nth:-1:4"])
@pytest.mark.parametrize("first", ["0001-01-01 09:00", "1990-01-31 09:00", "2026-10-31 18:00"])
def test_a_series_begun_long_ago_lists_the_same_dates_as_read_from_its_start(rule: str, first: str) -> None:
    start = at(first, ZURICH) if first[:4] != "0001" else datetime.fromisoformat(first).replace(tzinfo=ZURICH)
    meeting = Meeting(1, start, start.replace(hour=start.hour + 2), recurrence=rule)
    after, until = at("2026-11-23 10:00"), at("2027-03-01 00:00")
    # One date from long ago moved into the range, one cancelled in it.
    old = expand(meeting, {}, start, at("1990-03-01 00:00") if first[:4] != "2026" else until)[0]
    assert old.occurrence is not None
    changes = {old.occurrence: Override(old.occurrence, "moved", at("2026-12-24 10:00"), None, "Ailleurs")}
    listed = expand(meeting, changes, after, until)
    # The reference: read from the series' first date on, then keep the range.
    whole = [m for m in expand(meeting, changes, start, until) if (m.end or m.start) > after]
    assert listed == whole
    assert [m.occurrence for m in listed if m.status == "moved"] == [old.occurrence]
    assert len(listed) >= 3


@pytest.mark.parametrize("rule", ["nth:-1:3", "nth:1:0", "nth:4:4", "monthly", "weekly:1", "weekly:2"])
def test_a_series_reaching_the_calendars_last_days_ends_there(rule: str) -> None:
    """Stored before dates were bounded: the series stops with year 9999 instead of overflowing."""
    series = Meeting(1, datetime(9999, 11, 1, 9, 0, tzinfo=ZURICH), recurrence=rule)
    dates = [m.start.date() for m in expand(series, {}, datetime(9999, 10, 1, tzinfo=ZURICH), datetime(9999, 12, 31, 12, tzinfo=ZURICH))]
    assert dates and dates[-1].year == 9999 and dates == sorted(dates)
    assert all(d.month in (11, 12) for d in dates)
