"""`greffier export group` and `greffier import group`: the JSON round trip,
Markdown and CSV for people, and the refusals."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from storage.group_export import neutralise_cell
from storage.models import AgendaItem, replace
from storage.store import Store
from tests.helpers import at


def fill(directory: Path) -> None:
    store = Store.open(directory)
    group = store.group("gt")
    noemi = group.add_member("Noémi Vaucher", "Ville de Lancy", "Cheffe de service", {"telegram": "71"})
    group.update_member(noemi.number, lambda m: replace(m, contact="noemi@example.org", contact_consent=True))
    group.add_member("=HYPERLINK(\"http://evil.example.org\")", "+Asso", "-rôle")
    group.add_member("Bruno Kälin", "@Fondation Terrain", "", {"matrix": "@bruno:example.org"})
    meeting = group.add_meeting(at("2026-12-03 09:00"), at("2026-12-03 11:30"), "Salle *du* conseil",
                                (AgendaItem("Budget [2027](http://x.example.org)", "Noémi Vaucher", "telegram:71"),))
    decision = group.add_decision("Le groupe adopte la charte", date(2026, 11, 2), meeting.number,
                                  "Noémi Vaucher", "telegram:71", at("2026-11-02 10:00"), origin="telegram:9")
    group.update_decision(decision.number, lambda d: replace(d, status="amended", text="La charte est adoptée"))
    group.add_deadline(at("2026-12-20 00:00"), "Validation du budget")
    store.group("autre").add_member("Personne d'un autre groupe")
    store.bind_chat("telegram", "-1001", "gt")
    store.set_state("reminders:gt", {"meeting": [3 * 86400]})  # seconds, as /rappels 3j stores them
    store.close()


def run(*argv: str) -> int:
    return main(list(argv))


def test_json_round_trip_through_an_empty_store_is_identical(tmp_path: Path) -> None:
    fill(tmp_path / "a")
    first, second = tmp_path / "g1.json", tmp_path / "g2.json"
    assert run("export", "group", "--group", "gt", "--data", str(tmp_path / "a"), "--output", str(first)) == 0
    assert run("import", "group", str(first), "--group", "gt", "--data", str(tmp_path / "b")) == 0
    assert run("export", "group", "--group", "gt", "--data", str(tmp_path / "b"), "--output", str(second)) == 0
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert sorted(document["tables"]) == ["deadlines", "decisions", "meetings", "members"]
    assert "Personne d'un autre groupe" not in first.read_text(encoding="utf-8")
    # The imported store works as the first did: members, decision, settings, bindings.
    store = Store.open(tmp_path / "b")
    try:
        group = store.group("gt")
        assert [m.name for m in group.members()][1] == "Bruno Kälin"
        assert group.decision(1).text == "La charte est adoptée"
        assert group.meeting(1).agenda[0].proposed_by == "Noémi Vaucher"
        assert store.get_state("reminders:gt") == {"meeting": [3 * 86400]}
        assert store.bound_group("telegram", "-1001") == "gt"
        # Numbering continues after the imported rows.
        assert group.add_member("Nouvelle Personne").number == 4
    finally:
        store.close()


def test_import_into_a_group_that_has_data_is_refused_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    export = tmp_path / "g.json"
    run("export", "group", "--group", "gt", "--data", str(tmp_path / "a"), "--output", str(export))
    before = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir() if p.is_file() and not p.name.endswith(".lock")}
    assert run("import", "group", str(export), "--group", "gt", "--data", str(tmp_path / "a")) == 2
    assert "contient déjà des données" in capsys.readouterr().err
    after = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir() if p.is_file() and not p.name.endswith(".lock")}
    assert after == before


def test_import_next_to_another_group_is_one_atomic_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    export = tmp_path / "g.json"
    run("export", "group", "--group", "gt", "--data", str(tmp_path / "a"), "--output", str(export))
    other = Store.open(tmp_path / "b")
    other.group("voisins").add_member("Irène Golay", "Commune d'Onex")
    other.close()
    before = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir() if p.is_file()}

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("storage.backup.atomic_write", disk_full)
    assert run("import", "group", str(export), "--group", "gt", "--data", str(tmp_path / "b")) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir() if p.is_file()} == before
    monkeypatch.undo()
    assert run("import", "group", str(export), "--group", "gt", "--data", str(tmp_path / "b")) == 0
    store = Store.open(tmp_path / "b")
    try:
        assert [m.name for m in store.group("voisins").members()] == ["Irène Golay"]
        assert len(store.group("gt").members()) == 3
        assert store.group("voisins").add_member("Paul Golay").number == 2
    finally:
        store.close()


@pytest.mark.parametrize("content, message", [
    (b"{not json", "n'est pas du JSON valide"),
    (b'{"format": "autre"}', "n'est pas un export de groupe"),
    (b'{"format": "greffier-groupe", "version": 1, "schema": 1, "tables": {"members": [{"number": 1}]}}', "membres n°1 du groupe gt (id 1) : champ « name » manquant"),
    (b'{"format": "greffier-groupe", "version": 1, "schema": 999, "tables": {}}', "plus récente"),
    # Valid JSON the bot could not start on: refused like start-up refuses it.
    (b'{"format": "greffier-groupe", "version": 1, "schema": 1, "tables": {"members": [{"number": 1, "name": "Zoe", '
     b'"contact_consent": "oui"}]}}', "membres n°1 du groupe gt (id 1) : champ « contact_consent » de type inattendu (str)"),
    (b'{"format": "greffier-groupe", "version": 1, "schema": 1, "tables": {}, "state": {"reminders:*": {"meeting": ["3j"]}}}',
     "délais de rappel « meeting » malformés ; rien n'a été importé"),
])
def test_a_bad_export_is_refused_before_any_write(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    assert run("import", "group", str(source), "--group", "gt", "--data", str(tmp_path / "b")) == 2
    assert message in capsys.readouterr().err
    store = Store.open(tmp_path / "b")
    try:
        assert store.group("gt").members() == []
    finally:
        store.close()


def test_csv_neutralises_formulas_and_keeps_contacts_without_consent_out(tmp_path: Path) -> None:
    fill(tmp_path / "a")
    assert run("export", "group", "--group", "gt", "--data", str(tmp_path / "a"), "--format", "csv",
               "--output", str(tmp_path / "gt.csv")) == 0
    raw = (tmp_path / "gt-membres.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["n°", "nom", "organisation", "rôle", "contact", "consentement"]
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=HYPERLINK(\"http://evil.example.org\")" in cells
    assert "'+Asso" in cells and "'-rôle" in cells and "'@Fondation Terrain" in cells
    assert not any(cell and cell[0] in "=+-@\t\r" for cell in cells)
    assert ["1", "Noémi Vaucher", "Ville de Lancy", "Cheffe de service", "noemi@example.org", "oui"] in rows
    decisions = list(csv.reader(io.StringIO((tmp_path / "gt-decisions.csv").read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert decisions[1] == ["1", "2026-11-02", "La charte est adoptée", "modifiée", "1", "Noémi Vaucher"]


@pytest.mark.parametrize("cell", ["=1+1", "+41 22", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(cell: str) -> None:
    assert neutralise_cell(cell) == "'" + cell
    assert neutralise_cell("Hospice général") == "Hospice général"


def test_markdown_is_readable_and_user_text_cannot_add_markup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    assert run("export", "group", "--group", "gt", "--data", str(tmp_path / "a"), "--format", "markdown") == 0
    out = capsys.readouterr().out
    assert "- **Noémi Vaucher** (Ville de Lancy, Cheffe de service) — contact : noemi@example.org" in out
    assert "Salle \\*du\\* conseil (prévue)" in out
    assert "Budget \\[2027\\](http://x.example.org) (proposé par Noémi Vaucher)" in out
    assert "**n°1** (02.11.2026, modifiée) : La charte est adoptée" in out
    assert "Validation du budget" in out


def test_export_needs_a_data_folder_that_holds_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    assert run("export", "group", "--group", "gtt", "--data", str(tmp_path / "a")) == 2
    err = capsys.readouterr().err
    assert "le groupe gtt n'a aucune donnée dans" in err and "(groupes présents : autre, gt)" in err
    assert run("export", "group", "--group", "gt", "--data", str(tmp_path / "vide")) == 2
    assert "pas de données Greffier" in capsys.readouterr().err
    assert run("export", "group", "--group", "gt") == 2
    assert "--data DOSSIER" in capsys.readouterr().err
