"""`greffier import minutes`: the facts read from minutes in the seeds'
shapes (.txt, .md, .docx), numbered, droppable, stored with --apply; hostile
files refused whole."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from storage.store import Store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cr_bernex.txt"


def run(path: Path, data: Path, *extra: str) -> int:
    return main(["import", "minutes", str(path), "--group", "gt", "--data", str(data), *extra])


def test_preview_lists_every_fact_numbered_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(FIXTURE, data) == 0
    out = capsys.readouterr().out
    expected = [
        "  1. Séance tenue le jeudi 12 mars 2026, Maison des associations (Chemin des Saules 7, 2e étage)",
        "  2. Participant·e : Léonie Marthaler (Commune de Bernex, Secrétaire générale) — nouveau membre",
        "  3. Participant·e : Hugo Brändli (Commune de Bernex, Chargé de l'action sociale) — nouveau membre",
        "  4. Participant·e : Bruno Kälin (Fondation Terrain) — nouveau membre",
        "  5. Participant·e : Agnès Boulaz (Fondation Terrain) — nouveau membre",
        "  6. Participant·e : Yves Montandon (Fondation Terrain) — nouveau membre",
        "  7. Participant·e : Aurèle Zbinden (Caritas Genève, service d'insertion) — nouveau membre",
        "  8. Participant·e : Fatou Diallo (Caritas Genève, médiation) — nouveau membre",
        "  9. Participant·e : Rémi Gay (Caritas Genève) — nouveau membre",
        " 10. Participant·e : Lina Perret (Réseau Emploi, coordinatrice) — nouveau membre",
        " 11. Excusé·e : Noah Fivaz (Commune de Bernex) — nouveau membre",
        " 12. Excusé·e : Ana Teixeira (Épicerie du Lignon) — nouveau membre",
        " 13. Prochaine séance : jeudi 9 avril 2026, 09h00–11h30, Maison des associations : Chemin des Saules 7 (2e étage)",
        " 14. Tâche : Rédiger la note de cadrage avant le 30 mars — pilote : Léonie Marthaler — échéance : lundi 30 mars 2026",
        " 15. Tâche : Agnès Boulaz contacte les entreprises du quartier — pilote : Agnès Boulaz",
        " 16. Tâche : Préparer le budget — sans pilote",
    ]
    assert out.splitlines()[1:17] == expected
    assert "Rien n'a été enregistré" in out
    store = Store.open(data)
    try:
        assert store.group("gt").members() == [] and store.group("gt").meetings() == []
    finally:
        store.close()


def test_apply_with_drop_stores_the_kept_facts_and_matches_known_members(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    store = Store.open(data)
    store.group("gt").add_member("Bruno Kaelin", "Fondation Terrain", "Trésorier")
    store.close()
    assert run(FIXTURE, data, "--apply", "--drop", "3, 16") == 0
    out = capsys.readouterr().out
    assert "  3. Participant·e : Hugo Brändli (Commune de Bernex, Chargé de l'action sociale) — nouveau membre [écarté]" in out
    assert "  4. Participant·e : Bruno Kälin (Fondation Terrain) — déjà membre : Bruno Kaelin (ressemblance" in out
    assert "Enregistré : 9 membre(s) ajouté(s) au répertoire ; séance n°1 enregistrée comme tenue ; " in out
    store = Store.open(data)
    try:
        group = store.group("gt")
        names = [m.name for m in group.members()]
        assert "Hugo Brändli" not in names and "Lina Perret" in names and names.count("Bruno Kaelin") == 1
        assert ("Léonie Marthaler", "Commune de Bernex", "Secrétaire générale") in [(m.name, m.organisation, m.role) for m in group.members()]
        held, following = group.meetings()
        assert (held.start.date(), held.status, held.place) == (date(2026, 3, 12), "held", "Maison des associations (Chemin des Saules 7, 2e étage)")
        assert following.start.isoformat() == "2026-04-09T09:00:00+02:00" and following.end.hour == 11
        number = {m.name: m.number for m in group.members()}
        # A pilot named exactly as a card is that member (the name written is kept too).
        assert [(t.text, t.pilot, t.pilot_name, t.due, t.meeting_number) for t in group.tasks()] == [
            ("Rédiger la note de cadrage avant le 30 mars", number["Léonie Marthaler"], "Léonie Marthaler", date(2026, 3, 30), 1),
            ("Agnès Boulaz contacte les entreprises du quartier", number["Agnès Boulaz"], "Agnès Boulaz", None, 1),
        ]
    finally:
        store.close()
    assert main(["export", "group", "--group", "gt", "--data", str(data), "--format", "markdown"]) == 0
    assert ("## Tâches\n\n- Rédiger la note de cadrage avant le 30 mars — pilote : Léonie Marthaler — échéance : 2026-03-30"
            in capsys.readouterr().out)


def test_a_drop_outside_the_list_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(FIXTURE, tmp_path / "data", "--apply", "--drop", "3,99") == 2
    assert "--drop : « 99 » n'est pas un numéro de fait (1 à 16)" in capsys.readouterr().err


def docx_minutes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Compte rendu de la séance du 5 février 2026 à la Mairie de Confignon")
    document.add_paragraph("Participants :")
    paragraph = document.add_paragraph("Madame ")
    paragraph.add_run("GIRARDET Maude").bold = True
    paragraph.add_run(", adjointe au maire, Commune de Confignon")
    document.add_paragraph("Association Pivot : Kevin Oberson / Chloé Matthey")
    document.add_paragraph("")
    document.add_paragraph("Excusés : Damien Rossier (Pro Senectute)")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Pilote : Chloé Matthey"
    table.cell(0, 1).text = "Actions\nOuvrir un compte pour le projet avant le 20 février"
    document.add_paragraph("")
    document.add_paragraph("Prochaine réunion le 3 mars à 14h, salle du conseil")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_minutes_with_bold_names_and_a_pilot_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cr.docx"
    source.write_bytes(docx_minutes())
    assert run(source, tmp_path / "data") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:8] == [
        "  1. Séance tenue le jeudi 5 février 2026, Mairie de Confignon",
        "  2. Participant·e : Maude Girardet (adjointe au maire, Commune de Confignon) — nouveau membre",
        "  3. Participant·e : Kevin Oberson (Association Pivot) — nouveau membre",
        "  4. Participant·e : Chloé Matthey (Association Pivot) — nouveau membre",
        "  5. Excusé·e : Damien Rossier (Pro Senectute) — nouveau membre",
        "  6. Prochaine séance : mardi 3 mars 2026, 14h00, salle du conseil",
        "  7. Tâche : Ouvrir un compte pour le projet avant le 20 février — pilote : Chloé Matthey — échéance : vendredi 20 février 2026",
    ]


def test_markdown_minutes_read_like_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cr.md"
    source.write_text("# Séance du 2 octobre 2026\n\n## Participants :\n- Ville de Vernier : Ilona Blanc / Marc Pittet\n\n"
                      "## Prochaines étapes\n- Envoyer le questionnaire (pilote : Ilona Blanc)\n", encoding="utf-8")
    assert run(source, tmp_path / "data") == 0
    out = capsys.readouterr().out
    assert "  2. Participant·e : Ilona Blanc (Ville de Vernier) — nouveau membre" in out
    assert "  4. Tâche : Envoyer le questionnaire — pilote : Ilona Blanc" in out


def test_a_docx_zip_bomb_is_refused_before_inflating(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (80 * 1024 * 1024) + b"</w:document>")
    source = tmp_path / "bombe.docx"
    source.write_bytes(buffer.getvalue())
    assert source.stat().st_size < 200 * 1024
    data = tmp_path / "data"
    assert run(source, data, "--apply") == 2
    assert "bombe de décompression probable. Rien n'a été importé." in capsys.readouterr().err
    assert not data.exists()


@pytest.mark.parametrize("content, name, message", [
    (b"\x00\x01binaire", "cr.txt", "ce n'est pas un fichier texte"),
    (b"PK\x03\x04pas vraiment un zip", "cr.docx", "archive illisible"),
    (b"%PDF-1.4", "cr.pdf", "format non pris en charge"),
])
def test_unreadable_minutes_are_refused_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, name: str, message: str) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    assert run(source, tmp_path / "data", "--apply") == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "data").exists()


def test_control_characters_drop_their_line_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cr.txt"
    source.write_text("Séance du 2 octobre 2026\nParticipants :\n· Asso : Lou Bel\x1b[31m / Max Roth\n· Ville : Zoé Kunz\n", encoding="utf-8")
    assert run(source, tmp_path / "data") == 0
    out = capsys.readouterr().out
    assert "Zoé Kunz (Ville)" in out and "Lou Bel" not in out and "Max Roth" not in out


def test_a_10_mb_line_is_skipped_and_the_rest_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cr.txt"
    source.write_text("Séance du 2 octobre 2026\nParticipants :\n· Ville : Zoé Kunz / " + "Ab " * (3_500_000)
                      + "\n· Asso : Max Roth\n", encoding="utf-8")
    assert source.stat().st_size > 10 * 1024 * 1024
    assert run(source, tmp_path / "data") == 0
    out = capsys.readouterr().out
    assert "  2. Participant·e : Max Roth (Asso) — nouveau membre" in out
    assert "Zoé Kunz" not in out
