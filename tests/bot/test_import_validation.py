"""`greffier store import` and `greffier import group` check every record
(storage/validation.py, what start-up checks) before writing anything: a
file with an invalid record is refused with the French list of the bad
records, and the data folder is left exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from storage.store import Store
from tests.helpers import at


def fill(directory: Path) -> None:
    store = Store.open(directory)
    group = store.group("gt")
    group.add_member("Noémi Vaucher", "Ville de Lancy")
    group.add_meeting(at("2026-12-03 09:00"), at("2026-12-03 11:30"), "Salle du conseil")
    group.add_meeting(at("2026-12-10 09:00"), None, "Mairie")
    store.close()


def files(directory: Path) -> dict[str, bytes]:
    if not directory.exists():
        return {}
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.is_file() and not p.name.endswith(".lock")}


def test_store_import_refuses_a_backup_with_invalid_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    backup = tmp_path / "a.json"
    assert main(["store", "export", str(backup), "--data", str(tmp_path / "a")]) == 0
    document = json.loads(backup.read_text(encoding="utf-8"))
    meetings = document["tables"]["meetings"]
    meetings["1"]["status"] = "peut-être"
    meetings["2"]["recurrence"] = "chaque jour"
    document["tables"]["members"]["1"]["name"] = 42
    backup.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "b"
    assert main(["store", "import", str(backup), "--data", str(target)]) == 2
    err = capsys.readouterr().err
    assert "3 enregistrement(s) invalide(s)" in err and "rien n'a été importé" in err
    assert "membres n°1 du groupe gt (id 1) : champ « name »" in err
    assert "séances n°1 du groupe gt (id 1) : champ « status »" in err
    assert "séances n°2 du groupe gt (id 2) : champ « recurrence » : règle inconnue « chaque jour »" in err
    assert files(target) == {}
    # The same backup, repaired, imports.
    meetings["1"]["status"], meetings["2"]["recurrence"] = "planned", None
    document["tables"]["members"]["1"]["name"] = "Noémi Vaucher"
    backup.write_text(json.dumps(document), encoding="utf-8")
    assert main(["store", "import", str(backup), "--data", str(target)]) == 0


def test_import_group_refuses_an_export_with_invalid_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    export = tmp_path / "g.json"
    assert main(["export", "group", "--group", "gt", "--data", str(tmp_path / "a"), "--output", str(export)]) == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    document["tables"]["meetings"][1]["status"] = "peut-être"
    document["tables"]["meetings"][0]["agenda"] = [{"text": "Budget", "couleur": "rouge"}]
    export.write_text(json.dumps(document), encoding="utf-8")
    other = Store.open(tmp_path / "b")
    other.group("voisins").add_member("Irène Golay", "Commune d'Onex")
    other.close()
    before = files(tmp_path / "b")
    assert main(["import", "group", str(export), "--group", "gt", "--data", str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err
    assert "2 enregistrement(s) invalide(s)" in err and "rien n'a été importé" in err
    assert "séances n°1 du groupe gt (id 1) : champ « agenda » : point malformé" in err
    assert "séances n°2 du groupe gt (id 2) : champ « status »" in err
    assert files(tmp_path / "b") == before
