"""The journal engine: TinyDB semantics kept, torn tails cut, damage refused.

The equivalence test drives the same random operations through TinyDB's
own MemoryStorage and through the journal (in memory and on disk, reopened
along the way) and compares every query's answer: indexes and the kept-up-
to-date result cache must never show anything TinyDB would not.
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest
from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage

from storage import StoreCorruptError
from storage.indexed import JournalDB
from storage.journal import JournalStorage, encode_record
from storage.journal_format import scan_journal
from storage.store import STORE_FILENAME, Store

Q = Query()


def open_db(path: Path | None, compact_bytes: int = 4 * 1024 * 1024) -> TinyDB:
    return JournalDB(path, storage=JournalStorage, compact_bytes=compact_bytes)


def dump(db: TinyDB) -> dict[str, dict[int, dict[str, Any]]]:
    return {name: {d.doc_id: dict(d) for d in db.table(name).all()} for name in sorted(db.tables())}


QUERIES = [
    Q.group == "a",
    Q.group == "b",
    (Q.group == "a") & (Q.number == 2),
    (Q.group == "b") & (Q.tag == "x"),
    Q.tag == "x",
    Q.tags == ["x", "y"],
    (Q.group == "a") & (Q.number > 3),
    Q.number.test(lambda n: n % 2 == 0),
]


def random_op(rng: random.Random, name: str, db: TinyDB) -> None:
    table = db.table(name)
    group, number = rng.choice("abc"), rng.randint(1, 6)
    doc = {"group": group, "number": number, "tag": rng.choice(["x", "y", None]), "tags": rng.choice([["x", "y"], "x"])}
    kind = rng.randrange(9)
    if kind < 3:
        table.insert(doc)
    elif kind == 3:
        table.update({"tag": rng.choice("xyz")}, (Q.group == group) & (Q.number == number))
    elif kind == 4:
        table.update(lambda d: d.setdefault("tags", []).append("z") if isinstance(d.get("tags"), list) else None, Q.group == group)
    elif kind == 5:
        table.remove((Q.group == group) & (Q.number == number))
    elif kind == 6:
        table.upsert({"group": group, "number": number, "tag": "u"}, (Q.group == group) & (Q.number == number))
    elif kind == 7:
        table.remove(Q.tag == "z")
    elif rng.random() < 0.1:
        table.truncate()
    else:
        table.update({"group": rng.choice("abc")}, doc_ids=[rng.randint(1, 20)])


@pytest.mark.parametrize("where", ["memory", "disk"])
def test_answers_match_tinydb_through_random_writes_and_reopens(where: str, tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / STORE_FILENAME if where == "disk" else None
    ours, reference = open_db(path, compact_bytes=2000), TinyDB(storage=MemoryStorage)
    for step in range(1500):
        name = rng.choice(["t1", "t2"])
        state = rng.getstate()
        random_op(rng, name, ours)
        rng.setstate(state)
        random_op(rng, name, reference)
        if step % 25 == 0:
            for cond in QUERIES:
                assert ours.table(name).search(cond) == reference.table(name).search(cond), (step, cond)
                assert ours.table(name).get(cond) == reference.table(name).get(cond), (step, cond)
                assert ours.table(name).count(cond) == reference.table(name).count(cond)
        if path is not None and step % 300 == 299:
            ours.close()
            ours = open_db(path, compact_bytes=2000)
    assert dump(ours) == dump(reference)
    ours.close()


def test_the_store_keeps_its_own_copy_of_what_is_written(store: Store) -> None:
    """As with TinyDB, returned documents are shallow copies shared by a query's
    cached results: callers copy before changing (the store's methods do)."""
    table = store.table("things")
    written = {"group": "a", "items": [1]}
    table.insert(written)
    written["items"].append(2)
    written["group"] = "b"
    table.update(lambda d: d["items"].append(3), Q.group == "a")
    found = table.get(doc_id=1)
    found["group"] = "changed"
    assert table.get(doc_id=1) == {"group": "a", "items": [1, 3]}
    assert table.search(Q.group == "a") == [{"group": "a", "items": [1, 3]}]


def test_a_document_json_cannot_hold_changes_nothing(store: Store) -> None:
    table = store.table("things")
    table.insert({"n": 1})
    with pytest.raises(TypeError):
        table.insert({"n": object()})
    assert table.all() == [{"n": 1}]


def crash(db: TinyDB) -> None:
    """Stop without closing: no compaction, the journal stays as written."""
    storage: JournalStorage = db.storage  # type: ignore[assignment]
    os.close(storage._fd)
    storage._fd = -1


def writes(tmp_path: Path, count: int) -> Path:
    db = open_db(tmp_path / STORE_FILENAME)
    for n in range(count):
        db.table("t").insert({"n": n, "text": "é" * 20})
    crash(db)
    return tmp_path / (STORE_FILENAME + ".journal")


def test_every_cut_inside_the_last_record_drops_only_that_record(tmp_path: Path) -> None:
    journal = writes(tmp_path / "src", 3)
    written = journal.read_bytes()
    full = written.rstrip(b"\0")  # the zeros written ahead are free space
    assert len(written) > len(full)
    last_start = full.rstrip(b"\n").rfind(b"\n") + 1
    for cut in range(last_start, len(full)):
        directory = tmp_path / f"cut{cut}"
        directory.mkdir()
        # A torn write, with or without the zeros it was written over.
        (directory / journal.name).write_bytes(full[:cut] + bytes(cut % 2 * 100))
        db = open_db(directory / STORE_FILENAME)
        assert [d["n"] for d in db.table("t").all()] == [0, 1], cut
        db.table("t").insert({"n": 9})  # appended after the cut, not after the debris
        db.close()
        reopened = open_db(directory / STORE_FILENAME)
        assert [d["n"] for d in reopened.table("t").all()] == [0, 1, 9]
        reopened.close()
        if cut > last_start:
            [aside] = directory.glob("*.torn-*")
            assert aside.read_bytes() == full[last_start:cut]


def test_damage_before_good_records_is_refused_and_left_untouched(tmp_path: Path) -> None:
    journal = writes(tmp_path, 3)
    raw = bytearray(journal.read_bytes())
    raw[15] ^= 0x01  # inside the first record
    journal.write_bytes(bytes(raw))
    with pytest.raises(StoreCorruptError) as error:
        Store.open(tmp_path)
    assert str(journal) in str(error.value)
    assert "recover" in str(error.value)
    assert journal.read_bytes() == bytes(raw)
    assert scan_journal(bytes(raw)).damaged_lines == [1]


def test_compaction_folds_the_journal_into_the_snapshot(tmp_path: Path) -> None:
    db = open_db(tmp_path / STORE_FILENAME, compact_bytes=1000)
    for n in range(200):
        db.table("t").insert({"n": n})
    journal = tmp_path / (STORE_FILENAME + ".journal")
    assert (tmp_path / STORE_FILENAME).stat().st_size > len(journal.read_bytes().rstrip(b"\0"))
    db.close()
    assert journal.stat().st_size == 0
    reopened = open_db(tmp_path / STORE_FILENAME)
    assert [d["n"] for d in reopened.table("t").all()] == list(range(200))
    reopened.close()


def test_an_old_journal_replayed_over_a_newer_snapshot_is_harmless(tmp_path: Path) -> None:
    """A crash after the new snapshot is renamed in but before the journal is emptied."""
    db = open_db(tmp_path / STORE_FILENAME)
    table = db.table("t")
    for n in range(5):
        table.insert({"n": n})
    table.update({"n": 10}, doc_ids=[2])
    table.remove(doc_ids=[3])
    journal = tmp_path / (STORE_FILENAME + ".journal")
    old_journal = journal.read_bytes()
    expected = dump(db)
    db.close()
    journal.write_bytes(old_journal)
    reopened = open_db(tmp_path / STORE_FILENAME)
    assert dump(reopened) == expected
    reopened.close()


def test_a_failed_append_leaves_no_debris_and_no_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_db(tmp_path / STORE_FILENAME)
    db.table("t").insert({"n": 1})
    real_sync = os.fdatasync

    def failing_sync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdatasync", failing_sync)
    with pytest.raises(OSError):
        db.table("t").insert({"n": 2})
    monkeypatch.setattr(os, "fdatasync", real_sync)
    assert [d["n"] for d in db.table("t").all()] == [1]
    db.table("t").insert({"n": 3})
    crash(db)
    reopened = open_db(tmp_path / STORE_FILENAME)
    assert [d["n"] for d in reopened.table("t").all()] == [1, 3]
    reopened.close()


def test_dropping_tables_through_tinydb_is_journaled(tmp_path: Path) -> None:
    db = open_db(tmp_path / STORE_FILENAME)
    db.table("keep").insert({"n": 1})
    db.table("gone").insert({"n": 2})
    db.drop_table("gone")
    assert db.tables() == {"keep"}
    crash(db)
    reopened = open_db(tmp_path / STORE_FILENAME)
    assert reopened.tables() == {"keep"}
    assert reopened.table("keep").search(Q.n == 1) == [{"n": 1}]
    reopened.drop_tables()
    reopened.close()
    emptied = open_db(tmp_path / STORE_FILENAME)
    assert emptied.tables() == set()
    emptied.close()


@pytest.mark.parametrize("padding", [0, 100], ids=["end", "zeros-after"])
def test_a_flipped_bit_in_the_last_complete_line_is_damage_not_a_torn_write(tmp_path: Path, padding: int) -> None:
    journal = writes(tmp_path, 3)
    full = journal.read_bytes().rstrip(b"\0")
    last_start = full.rstrip(b"\n").rfind(b"\n") + 1
    raw = bytearray(full + bytes(padding))
    raw[last_start + 15] ^= 0x01  # the last acknowledged record, newline intact
    journal.write_bytes(bytes(raw))
    scan = scan_journal(bytes(raw))
    assert scan.damaged_lines == [3] and scan.torn_lines == 0
    with pytest.raises(StoreCorruptError) as error:
        Store.open(tmp_path)
    assert str(journal) in str(error.value) and "recover" in str(error.value)
    assert journal.read_bytes() == bytes(raw)  # refused, left as it was
    assert not list(tmp_path.glob("*.torn-*"))


def test_only_the_last_line_can_be_torn(tmp_path: Path) -> None:
    journal = writes(tmp_path, 3)
    full = journal.read_bytes().rstrip(b"\0")
    lines = full.splitlines(keepends=True)
    # A damaged complete line followed by a torn one: damage, not two torn lines.
    raw = lines[0] + lines[1][:15] + bytes([lines[1][15] ^ 1]) + lines[1][16:] + lines[2][:10]
    scan = scan_journal(raw)
    assert scan.damaged_lines == [2] and scan.torn_lines == 1
    # NUL bytes inside the last line (a sector never written) is a torn write.
    sector = lines[0] + lines[1] + lines[2][:8] + bytes(20) + lines[2][28:]
    scan = scan_journal(sector)
    assert scan.damaged_lines == [] and scan.torn_lines == 1 and len(scan.records) == 2


@pytest.mark.parametrize("record", [
    {"t": "members", "set": [1, 2]},
    {"t": "members", "set": {"1": "pas un document"}},
    {"t": "members", "del": 3},
    {"t": "members", "set": {"x": {"name": "Zoé"}}},
], ids=["set-list", "doc-string", "del-int", "id-not-number"])
def test_a_well_checksummed_record_of_the_wrong_shape_is_damage(tmp_path: Path, record: dict[str, object]) -> None:
    journal = writes(tmp_path, 2)
    raw = journal.read_bytes().rstrip(b"\0") + encode_record(record)
    journal.write_bytes(raw)
    assert scan_journal(raw).damaged_lines == [3]
    with pytest.raises(StoreCorruptError) as error:
        Store.open(tmp_path)
    assert "recover" in str(error.value)
    assert journal.read_bytes() == raw
