"""The store's domain methods, against both the memory and the on-disk store."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from storage import Store, StoreCorruptError, StoreLockedError
from storage.migrations import SCHEMA_VERSION, SchemaTooNewError
from storage.models import AgendaItem, replace
from tests.helpers import PARIS, at


def test_members_round_trip(store: Store) -> None:
    data = store.group("g")
    added = data.add_member("Claire Dubois", "Ville de Meyrin", "Secrétaire", {"telegram": "42"})
    assert data.members() == [added]
    assert data.member_by_platform_id("telegram", "42") == added
    assert data.member_by_platform_id("matrix", "42") is None
    data.save_member(replace(added, role="Directrice"))
    assert data.member(added.number).role == "Directrice"  # type: ignore[union-attr]
    data.remove_member(added.number)
    assert data.members() == []


def test_groups_are_isolated(store: Store) -> None:
    store.group("a").add_member("Ann", "X")
    store.group("b").add_member("Bob", "Y")
    assert [m.name for m in store.group("a").members()] == ["Ann"]
    assert [m.number for m in store.group("b").members()] == [1]


def test_meetings_keep_wall_clock_time_and_zone(store: Store) -> None:
    data = store.group("g")
    start = at("2027-03-28 09:00", PARIS)  # the day clocks go forward
    meeting = data.add_meeting(start, at("2027-03-28 11:30", PARIS), "Salle", (AgendaItem("Point", "Ann", "t:1"),))
    loaded = data.meeting(meeting.number)
    assert loaded == meeting
    assert loaded is not None and (loaded.start.hour, str(loaded.start.tzinfo)) == (9, "Europe/Paris")


def test_decisions_are_numbered_in_order(store: Store) -> None:
    data = store.group("g")
    for i in range(3):
        data.add_decision(f"D{i}", date(2026, 11, 23), None, "Ann", "t:1", at("2026-11-23 10:00"))
    assert [(d.number, d.text) for d in data.decisions()] == [(1, "D0"), (2, "D1"), (3, "D2")]


def test_concurrent_writers_lose_nothing(store: Store) -> None:
    data = store.group("g")

    def write(worker: int) -> None:
        for i in range(10):
            data.add_decision(f"{worker}-{i}", date(2026, 11, 23), None, "A", "a", at("2026-11-23 10:00"))

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    decisions = data.decisions()
    assert sorted(d.number for d in decisions) == list(range(1, 41))
    assert len({d.text for d in decisions}) == 40


def test_listeners_hear_meeting_and_deadline_changes(store: Store) -> None:
    heard: list[tuple[str, str, int]] = []
    store.add_listener(lambda slug, kind, number: heard.append((slug, kind, number)))
    data = store.group("g")
    meeting = data.add_meeting(at("2026-12-01 09:00"))
    data.save_meeting(replace(meeting, status="cancelled"))
    data.add_deadline(at("2026-12-05 00:00"), "Rapport")
    assert heard == [("g", "meeting", 1), ("g", "meeting", 1), ("g", "deadline", 1)]


def test_state_and_bindings(store: Store) -> None:
    store.set_state("telegram:offset", 17)
    store.bind_chat("telegram", "-100", "g")
    assert store.get_state("telegram:offset") == 17 and store.get_state("missing") is None
    assert store.bound_group("telegram", "-100") == "g" and store.bindings("g") == [("telegram", "-100")]


def test_data_survives_reopening(tmp_path: Path) -> None:
    first = Store.open(tmp_path)
    first.group("g").add_member("Ann", "X")
    first.close()
    again = Store.open(tmp_path)
    assert [m.name for m in again.group("g").members()] == ["Ann"]
    again.close()


def test_a_second_process_on_the_same_store_is_refused(tmp_path: Path) -> None:
    first = Store.open(tmp_path)
    with pytest.raises(StoreLockedError):
        Store.open(tmp_path)
    first.close()
    Store.open(tmp_path).close()  # released on close


def test_a_damaged_file_is_reported_and_left_untouched(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.group("g").add_member("Ann", "X")
    store.close()
    [data_file] = [p for p in tmp_path.iterdir() if p.suffix == ".json"]
    damaged = data_file.read_bytes()[:-7]
    data_file.write_bytes(damaged)
    with pytest.raises(StoreCorruptError) as error:
        Store.open(tmp_path)
    assert str(data_file) in str(error.value)
    assert data_file.read_bytes() == damaged


def test_schema_version_is_recorded_and_newer_stores_are_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    assert store.table("_meta").get(doc_id=1) == {"schema": SCHEMA_VERSION}
    store.table("_meta").update({"schema": SCHEMA_VERSION + 1}, doc_ids=[1])
    store.close()
    with pytest.raises(SchemaTooNewError):
        Store.open(tmp_path)
    # Refused again, not "locked": the failed open released its lock.
    with pytest.raises(SchemaTooNewError):
        Store.open(tmp_path)
