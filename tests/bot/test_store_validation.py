"""Valid JSON holding values the code cannot use: start-up refuses naming
the records, `store check` says the same, `store recover` sets them aside."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from storage.backup import INVALID_FILENAME
from storage.journal import encode_record
from storage.store import STORE_FILENAME, Store
from tests.bot.test_store_cli import JOURNAL, fill, run_bot

Doc = dict[str, Any]


def _zone(doc: Doc) -> None:
    doc["start"]["tz"] = "Europe/Zurik"


def _no_start(doc: Doc) -> None:
    del doc["start"]


def _text_number(doc: Doc) -> None:
    doc["number"] = "1"


def _status(doc: Doc) -> None:
    doc["status"] = "reportée"


def _rule(doc: Doc) -> None:
    doc["recurrence"] = "weekly:0"


def _agenda(doc: Doc) -> None:
    doc["agenda"] = ["pas un point"]


def _end_first(doc: Doc) -> None:
    doc["end"] = {"local": "2026-11-30T09:00", "tz": "Europe/Zurich"}


def _place_as_text(doc: Doc) -> None:
    doc["announced_from"] = "telegram:-1001234567:7"


def _place_chat_as_number(doc: Doc) -> None:
    doc["announced_from"] = ["telegram", -1001234567, "7"]


def _offset(doc: Doc) -> None:
    doc["key"], doc["value"] = "telegram:offset:42", "1234"  # the poll loop needs an int


BREAKS: dict[str, tuple[str, str, Callable[[Doc], None], str]] = {
    # name: (table, doc id, change, what the operator reads)
    "misspelled zone": ("meetings", "1", _zone, "fuseau horaire inconnu « Europe/Zurik »"),
    "meeting without start": ("meetings", "1", _no_start, "champ « start » manquant"),
    "number as text": ("members", "2", _text_number, "champ « number » de type inattendu"),
    "unknown status": ("meetings", "1", _status, "champ « status » : valeur inconnue « reportée »"),
    "endless rule": ("meetings", "1", _rule, "règle inconnue « weekly:0 »"),
    "agenda of strings": ("meetings", "1", _agenda, "point sans texte"),
    "decision status": ("decisions", "3", _status, "champ « status » : valeur inconnue « reportée »"),
    "meeting ends before it starts": ("meetings", "1", _end_first, "la fin précède le début"),
    "announcement place as text": ("meetings", "1", _place_as_text, "champ « announced_from » de type inattendu (str)"),
    "announcement chat as number": ("meetings", "1", _place_chat_as_number, "champ « announced_from » : [plateforme, salon, fil] attendu"),
    "telegram offset": ("state", "1", _offset, "champ « value » de type inattendu (str)"),
}


def break_snapshot(data: Path, table: str, doc_id: str, change: Callable[[Doc], None]) -> bytes:
    snapshot = data / STORE_FILENAME
    tables = json.loads(snapshot.read_bytes())
    change(tables[table][doc_id])
    raw = json.dumps(tables).encode()
    snapshot.write_bytes(raw)
    return raw


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_an_invalid_record_is_refused_reported_and_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    table, doc_id, change, reason = BREAKS[name]
    data = tmp_path / "data"
    fill(data)
    raw = break_snapshot(data, table, doc_id, change)

    assert main(["store", "check", "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert reason in err and "store recover" in err and "Traceback" not in err, err

    started = run_bot("console", "--data", str(data), stdin="/aide\n")
    assert started.returncode == 2, started.stderr
    assert "Traceback" not in started.stderr and reason in started.stderr and "store recover" in started.stderr
    assert started.stderr.count("\n") == 1
    assert (data / STORE_FILENAME).read_bytes() == raw  # refused, left as found

    assert main(["store", "recover", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "1 enregistrement(s) invalide(s) mis de côté" in out and reason in out, out
    [backup] = data.glob("damaged-*")
    aside = json.loads((backup / INVALID_FILENAME).read_text(encoding="utf-8"))
    assert list(aside) == [table] and list(aside[table]) == [doc_id]
    assert reason.split(" « ")[0] in aside[table][doc_id]["raison"]
    assert main(["store", "check", "--data", str(data)]) == 0
    store = Store.open(data)  # the rest is kept
    expected = {"members": (1, 1, 5), "meetings": (2, 0, 5), "decisions": (2, 1, 4), "state": (2, 1, 5)}[table]
    group = store.group("rte")
    assert (len(group.members()), len(group.meetings()), len(group.decisions())) == expected
    store.close()


def test_check_names_tables_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    fill(data)
    assert main(["store", "check", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "décisions 5, membres 2, réglages et états 1, séances 1 ;" in out, out
    assert "meetings" not in out and "members" not in out


def test_recover_leaves_a_healthy_store_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    fill(data)
    before = (data / STORE_FILENAME).read_bytes()
    assert main(["store", "recover", "--data", str(data)]) == 0
    assert "rien à réparer" in capsys.readouterr().out
    assert not list(data.glob("damaged-*"))
    assert (data / STORE_FILENAME).read_bytes() == before


@pytest.mark.parametrize("content", [b"", b'{"_meta": {"1": {"sch'], ids=["empty", "truncated"])
def test_recovering_nothing_is_an_error_unless_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    data = tmp_path / "data"
    fill(data)
    (data / STORE_FILENAME).write_bytes(content)
    assert main(["store", "recover", "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert "rien de valide à reprendre" in err and "--accept-empty" in err, err
    assert (data / STORE_FILENAME).read_bytes() == content and not list(data.glob("damaged-*"))
    assert main(["store", "recover", "--data", str(data), "--accept-empty"]) == 0
    assert "Instantané illisible" in capsys.readouterr().out
    assert main(["store", "check", "--data", str(data)]) == 0


@pytest.mark.parametrize(("table", "docs", "reason"), [
    ("members", {"x": {"group": "rte", "number": 9, "name": "Zoé"}}, "identifiant « x » invalide"),
    ("taches", {"1": [1, 2]}, "ce n'est pas un enregistrement"),
], ids=["id", "unknown-table"])
def test_what_tinydb_itself_cannot_read_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, docs: dict[str, Any], reason: str
) -> None:
    data = tmp_path / "data"
    fill(data)
    snapshot = data / STORE_FILENAME
    tables = json.loads(snapshot.read_bytes())
    tables.setdefault(table, {}).update(docs)
    snapshot.write_text(json.dumps(tables))
    started = run_bot("console", "--data", str(data), stdin="/aide\n")
    assert started.returncode == 2 and reason in started.stderr and "Traceback" not in started.stderr, started.stderr
    assert main(["store", "check", "--data", str(data)]) == 2
    assert reason in capsys.readouterr().err
    assert main(["store", "recover", "--data", str(data)]) == 0
    capsys.readouterr()
    assert main(["store", "check", "--data", str(data)]) == 0


def refused_from_the_journal(data: Path, table: str, doc_id: str, doc: dict[str, Any],
                             capsys: pytest.CaptureFixture[str], reason: str) -> None:
    """Write `doc` as the journal's last record, then see what an operator
    sees: `store check` names it (exit 2), start-up refuses without a
    traceback, `store recover` sets it aside (exit 0)."""
    with open(data / JOURNAL, "ab") as journal:
        journal.write(encode_record({"t": table, "set": {doc_id: doc}}))
    assert main(["store", "check", "--data", str(data)]) == 2
    assert reason in capsys.readouterr().err
    started = run_bot("console", "--data", str(data), stdin="/aide\n")
    assert started.returncode == 2 and reason in started.stderr and "Traceback" not in started.stderr
    assert main(["store", "recover", "--data", str(data)]) == 0


def test_an_invalid_record_in_the_journal_is_seen_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    fill(data)
    meeting = json.loads((data / STORE_FILENAME).read_bytes())["meetings"]["1"]
    _zone(meeting)
    refused_from_the_journal(data, "meetings", "1", meeting, capsys,
                             "séances n°1 du groupe rte (id 1) : champ « start » : fuseau horaire inconnu")
    assert "1 enregistrement(s) invalide(s) mis de côté" in capsys.readouterr().out
    store = Store.open(data)
    assert store.group("rte").meetings() == [] and len(store.group("rte").decisions()) == 5
    store.close()


def test_the_notice_log_needs_instants_with_their_offset() -> None:
    from storage.validation import validate_tables

    good = {"key": "rte|deadline:1|…", "state": "sending", "at": "2026-11-23T09:00:00+00:00", "until": "2026-11-23T09:10:00+00:00"}
    naive = {**good, "until": "2026-11-23T09:10:00"}
    seen = {"version": "deadline:1|x", "at": "2026-11-23T09:00:00"}
    bad = validate_tables({"notices": {"1": good, "2": naive}, "notice_versions": {"1": seen}})
    assert [(b.table, b.doc_id) for b in bad] == [("notice_versions", "1"), ("notices", "2")]
    assert bad[1].describe() == (
        "rappels et annonces envoyés (id 2) : champ « until » : instant « 2026-11-23T09:10:00 » sans fuseau")


def test_stored_text_in_reports_is_shown_escaped_and_short() -> None:
    from storage.validation import validate_tables

    due = {"local": "2026-12-01T00:00", "tz": "\x1b[31mEurope/Zurich" + "x" * 100}
    [bad] = validate_tables({"deadlines": {"1": {"group": "rte\x07", "number": 1, "text": "x", "due": due}}})
    shown = bad.describe()
    assert "\x1b" not in shown and "\x07" not in shown, shown
    assert shown == ("échéances n°1 du groupe rte\\x07 (id 1) : champ « due » : fuseau horaire inconnu "
                     "« \\x1b[31mEurope/Zurichxxxxxxxxxxxxxxxxxxxxxx »")
