"""The tables and fields added after the first validation (tasks, attendance,
member contact and consent, member codes, pending imports, calendar feed
tokens): a bad value in the snapshot or the journal is refused at start-up
naming its table and id, `store check` says the same, `store recover` sets
exactly that record aside and keeps the rest."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from handlers.calendar_links import feed_token
from storage.attendance import Attendance, attendance, update_attendance
from storage.backup import INVALID_FILENAME
from storage.store import STORE_FILENAME, Store
from storage.validation import validate_tables
from tests.bot.test_store_cli import fill, run_bot
from tests.bot.test_store_validation import refused_from_the_journal

Doc = dict[str, Any]
PENDING = {"name": "membres.csv", "source": "CSV « ; », UTF-8", "rows": [[2, {"nom": "Zoé Exemple"}]],
           "ignored": [], "too_long": [], "at": "2026-11-23T10:00:00+01:00"}


def fill_new_tables(data: Path) -> None:
    """fill()'s store, plus one row of each newer kind, written as the commands write them."""
    store = fill(data, close=False)
    group = store.group("rte")
    group.add_task("Réserver la salle", pilot=1, due=date(2026, 12, 15), meeting_number=1, pilot_name="Élodie Müller-Nguyen")
    group.add_task("Envoyer la note de cadrage")
    update_attendance(store, "rte", "1", lambda a: Attendance(a.present, a.excused, a.absent, {2: "present"}).mark([1], "present"))
    store.set_state("member-code:rte:ABCDEF", {"member": 2, "expires": "2026-11-30T10:00:00+01:00"})
    store.set_state("import-pending:rte:telegram:42", PENDING)
    store.set_state("import-pending:rte:telegram:43", None)  # confirmed or cancelled
    feed_token(store, "rte")
    store.close()


def _state(key: str) -> Callable[[Doc], Doc]:
    """The state row stored under `key` (its id depends on the order of writes)."""
    def find(tables: Doc) -> Doc:
        [row] = [row for row in tables["state"].values() if row["key"] == key]
        return row  # type: ignore[no-any-return]
    return find


def _row(table: str, doc_id: str) -> Callable[[Doc], Doc]:
    return lambda tables: tables[table][doc_id]  # type: ignore[no-any-return]


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """Set a (dotted) field of the record."""
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        for part in parents:
            doc = doc[part]
        doc[last] = value
    return change


CODE, IMPORT, TOKEN = _state("member-code:rte:ABCDEF"), _state("import-pending:rte:telegram:42"), _state("calendar-token:rte")
BREAKS: dict[str, tuple[Callable[[Doc], Doc], Callable[[Doc], None], str]] = {
    # name: (which record, change, what the operator reads)
    "task pilot as text": (_row("tasks", "1"), _set("pilot", "1"), "tâches n°1 du groupe rte (id 1) : champ « pilot » de type inattendu (str)"),
    "task pilot zero": (_row("tasks", "1"), _set("pilot", 0), "champ « pilot » : numéro 0 invalide"),
    "task status": (_row("tasks", "2"), _set("status", "faite"), "champ « status » : valeur inconnue « faite »"),
    "task due 30 February": (_row("tasks", "1"), _set("due", "2026-02-30"), "champ « due » : date « 2026-02-30 » illisible"),
    "task due as written": (_row("tasks", "1"), _set("due", "15/12/2026"), "champ « due » : date « 15/12/2026 » illisible"),
    "task without text": (_row("tasks", "2"), _set("text", None), "champ « text » manquant"),
    "task number taken": (_row("tasks", "2"), _set("number", 1), "tâches n°1 du groupe rte (id 2) : numéro déjà pris par l'enregistrement 1"),
    "task revision as text": (_row("tasks", "1"), _set("revision", "2"), "champ « revision » de type inattendu (str)"),
    "task revision negative": (_row("tasks", "1"), _set("revision", -1), "champ « revision » : -1 invalide"),
    "task closed on": (_row("tasks", "2"), _set("closed_on", 20261201), "champ « closed_on » de type inattendu (int)"),
    "attendance marks as text": (_row("attendance", "1"), _set("present", ["1"]), "présences du groupe rte (id 1) : champ « present » : numéro de membre invalide"),
    "rsvp answer": (_row("attendance", "1"), _set("rsvp", {"2": "peut-être"}), "champ « rsvp » : réponse malformée"),
    "rsvp member": (_row("attendance", "1"), _set("rsvp", {"Zoé": "present"}), "champ « rsvp » : réponse malformée"),
    # Null where the code writes a value: the models would take it as is (found by the fuzz).
    "rsvp null": (_row("attendance", "1"), _set("rsvp", None), "champ « rsvp » vide (null)"),
    "excused null": (_row("attendance", "1"), _set("excused", None), "champ « excused » vide (null)"),
    "task pilot name null": (_row("tasks", "1"), _set("pilot_name", None), "champ « pilot_name » vide (null)"),
    "attendance meeting": (_row("attendance", "1"), _set("meeting", "1@2026-13-01"), "champ « meeting » : date « 2026-13-01 » illisible"),
    "contact consent as text": (_row("members", "2"), _set("contact_consent", "oui"), "champ « contact_consent » de type inattendu (str)"),
    "contact as number": (_row("members", "2"), _set("contact", 41790000000), "champ « contact » de type inattendu (int)"),
    "code expiry unreadable": (CODE, _set("value.expires", "dans 7 jours"), "champ « expires » : instant « dans 7 jours » illisible"),
    "code expiry without offset": (CODE, _set("value.expires", "2026-11-30T10:00:00"), "instant « 2026-11-30T10:00:00 » sans fuseau"),
    "code member as text": (CODE, _set("value.member", "2"), "champ « member » de type inattendu (str)"),
    "code not a record": (CODE, _set("value", "ABCDEF"), "code de membre : ce n'est pas un enregistrement"),
    "import without instant": (IMPORT, lambda doc: doc["value"].pop("at"), "champ « at » manquant"),
    "import line": (IMPORT, _set("value.rows", [["2", {"nom": "Zoé"}]]), "import en attente : ligne lue malformée"),
    "import kind": (IMPORT, _set("value.kind", "ordre du jour"), "import en attente : genre inconnu « ordre du jour »"),
    "import minutes lines": (IMPORT, _set("value", {"kind": "minutes", "name": "cr.txt", "lines": [3], "at": PENDING["at"]}),
                             "import en attente : champ « lines » malformé"),
    "calendar token number": (TOKEN, _set("value", 42), "jeton du calendrier malformé"),
    "calendar token path": (TOKEN, _set("value", "../../etc/passwd"), "jeton du calendrier malformé"),
}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_bad_value_in_a_newer_table_is_refused_reported_and_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    which, change, reason = BREAKS[name]
    data = tmp_path / "data"
    fill_new_tables(data)
    snapshot = data / STORE_FILENAME
    tables = json.loads(snapshot.read_bytes())
    record = which(tables)
    [(table, doc_id)] = [(t, i) for t, docs in tables.items() for i, doc in docs.items() if doc is record]
    change(record)
    raw = json.dumps(tables).encode()
    snapshot.write_bytes(raw)

    assert main(["store", "check", "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert reason in err and "store recover" in err and "Traceback" not in err, err

    started = run_bot("console", "--data", str(data), stdin="/aide\n")
    assert started.returncode == 2 and reason in started.stderr, started.stderr
    assert "Traceback" not in started.stderr and "store recover" in started.stderr
    assert snapshot.read_bytes() == raw  # refused, left as found

    assert main(["store", "recover", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "1 enregistrement(s) invalide(s) mis de côté" in out and reason in out, out
    [backup] = data.glob("damaged-*")
    aside = json.loads((backup / INVALID_FILENAME).read_text(encoding="utf-8"))
    assert list(aside) == [table] and list(aside[table]) == [doc_id]
    assert main(["store", "check", "--data", str(data)]) == 0
    store = Store.open(data)  # everything else is kept
    try:
        group = store.group("rte")
        counts = {"tasks": len(group.tasks()), "members": len(group.members()),
                  "attendance": int(attendance(store, "rte", "1").recorded),
                  "state": len(store.table("state"))}
        expected = {"tasks": 2, "members": 2, "attendance": 1, "state": 5}
        expected[table] -= 1  # the one record set aside
        assert counts == expected
    finally:
        store.close()


def test_the_newer_rows_as_the_commands_write_them_are_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    fill_new_tables(data)
    assert main(["store", "check", "--data", str(data)]) == 0
    assert "présences 1," in capsys.readouterr().out


def test_a_bad_task_in_the_journal_is_seen_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    fill_new_tables(data)
    task = json.loads((data / STORE_FILENAME).read_bytes())["tasks"]["2"]
    task["due"] = "9999-99-99"
    refused_from_the_journal(data, "tasks", "2", task, capsys,
                             "tâches n°2 du groupe rte (id 2) : champ « due » : date « 9999-99-99 » illisible")
    store = Store.open(data)
    try:
        assert [t.text for t in store.group("rte").tasks()] == ["Réserver la salle"]
    finally:
        store.close()


def test_tasks_from_the_first_minutes_import_stay_readable() -> None:
    """Rows the first minutes import wrote keep the pilot's name in `pilot`."""
    from storage.tasks import Task

    legacy = {"group": "rte", "number": 1, "text": "Rédiger la note", "pilot": "Marthaler", "due": "2026-03-30",
              "status": "open", "meeting_number": 1, "source": "compte rendu importé"}
    assert validate_tables({"tasks": {"1": legacy}}) == []
    assert (Task.from_doc(legacy).pilot, Task.from_doc(legacy).pilot_name) == (None, "Marthaler")
    [bad] = validate_tables({"tasks": {"1": {**legacy, "source": "ailleurs"}}})
    assert bad.describe() == "tâches n°1 du groupe rte (id 1) : champ « pilot » de type inattendu (str)"


def test_two_rows_for_one_meeting_attendance_are_refused() -> None:
    row = {"group": "rte", "meeting": "3@2026-12-01", "present": [1], "excused": [], "absent": [], "rsvp": {}}
    [bad] = validate_tables({"attendance": {"1": row, "2": {**row, "present": [2]}}})
    assert bad.describe() == "présences du groupe rte (id 2) : séance déjà présente dans l'enregistrement 1"
