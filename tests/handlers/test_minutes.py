"""Draft minutes: the demo group's last meeting rendered and compared byte
for byte with the golden file; /compte_rendu sends it as a Markdown file;
user text cannot turn into Markdown; the CLI exports Markdown and Word."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from bot.cli import main
from bot.config import parse_config
from bot.demo import DEMO_CONFIG, DEMO_SLUG, seed_demo
from handlers.minutes import build_minutes, render_markdown
from storage.store import Store
from tests.helpers import Chat, at, seed_people

GOLDEN = Path(__file__).parent / "golden" / "compte_rendu_demo_seance_2.md"
NOW = at("2026-11-23 10:00")


def _demo_minutes(store: Store) -> str:
    seed_demo(store, NOW)
    group = parse_config(DEMO_CONFIG).groups[0]
    meeting = store.group(DEMO_SLUG).meeting(2)
    assert meeting is not None
    return render_markdown(build_minutes(store, group, meeting, NOW))


def test_demo_meeting_matches_the_golden_file(store: Store) -> None:
    assert _demo_minutes(store).encode("utf-8") == GOLDEN.read_bytes()


def test_golden_file_holds_what_the_minutes_must_say() -> None:
    golden = GOLDEN.read_text("utf-8")
    for expected in (
        "# Groupe de travail RTE Genève — compte rendu de la séance n°2",
        "- **Date** : lundi 2 novembre 2026, 14h00–16h00",
        "## Présents (10)", "- Samira Benhaddou (Hospice général)",
        "## Excusés (2)", "- Jamel Oukhellou (Après-GE)",
        "| 2 | Participants potentiels de la phase pilote | Samira Benhaddou |",
        "- **Décision n°3** : Le groupe adopte la charte de collaboration entre partenaires.",
        "| 1 | Diffuser la charte signée aux partenaires | Léa Marchand | lundi 9 novembre 2026 (faite) |",
        "Séance n°3, jeudi 26 novembre 2026, 09h00–11h30",
    ):
        assert expected in golden, expected
    assert "Décision n°1 " not in golden  # taken in meeting n°1


def test_compte_rendu_attaches_markdown_and_escapes_user_text(chat: Chat) -> None:
    seed_people(chat)
    data = chat.store.group("rte")
    data.add_meeting(at("2026-11-19 09:00"), at("2026-11-19 11:00"), "Salle | A")
    data.add_member("Zoé *Étoile*", "Assoc_X", "")
    chat.say("/presents Zoé, martin")
    chat.say("/tache Mettre à jour le site pour le 30/11 @martin")
    chat.say("/decision Le groupe valide le plan # 2")
    reply = chat.reply("/compte_rendu")
    assert reply is not None and reply.attachment is not None
    assert reply.plain() == (
        "Projet de compte rendu de la séance n°1\n"
        "jeudi 19 novembre 2026, 09h00–11h00 : 2 présents, 0 excusé, 0 point, 1 décision, 1 tâche.\n"
        "À relire et compléter avant diffusion (fichier joint, Markdown).")
    assert (reply.attachment.filename, reply.attachment.mimetype) == ("compte-rendu-seance-1.md", "text/markdown")
    body = reply.attachment.data.decode("utf-8")
    assert "- **Lieu** : Salle \\| A" in body
    assert "- Zoé \\*Étoile\\* (Assoc\\_X)" in body
    assert "- **Décision n°1** : Le groupe valide le plan \\# 2" in body
    assert "| 1 | Mettre à jour le site | Claire Martin | lundi 30 novembre 2026 |" in body
    assert chat.say("/compte_rendu 7").startswith("Il n'y a pas de séance n°7.")


def test_cli_exports_markdown_and_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "minutes", "--demo", "--now", "2026-11-23T10:00", "--meeting", "2"]) == 0
    assert capsys.readouterr().out.encode("utf-8") == GOLDEN.read_bytes()
    out = tmp_path / "cr.docx"
    assert main(["export", "minutes", "--demo", "--now", "2026-11-23T10:00", "--meeting", "2",
                 "--format", "docx", "--output", str(out)]) == 0
    document = docx.Document(io.BytesIO(out.read_bytes()))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Groupe de travail RTE Genève — compte rendu de la séance n°2"
    assert "Excusés (2)" in texts and "Jamel Oukhellou (Après-GE)" in texts
    tasks = document.tables[1]
    assert [c.text for c in tasks.rows[2].cells] == [
        "2", "Transmettre la liste des cinq participants potentiels", "Samira Benhaddou", "lundi 16 novembre 2026"]
    assert main(["export", "minutes", "--demo", "--meeting", "9"]) == 2
    assert "pas de séance n°9" in capsys.readouterr().err


def test_cli_exports_while_the_bot_holds_the_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    config = tmp_path / "config.toml"
    config.write_text('[[groups]]\nslug = "rte"\nname = "Groupe RTE"\ntimezone = "Europe/Zurich"\n', "utf-8")
    running = Store.open(data)  # the bot, holding the lock
    try:
        running.group("rte").add_meeting(at("2026-11-19 09:00"), place="Mairie")
        running.group("rte").add_task("Relire la charte", meeting_number=1)
        argv = ["export", "minutes", "--config", str(config), "--data", str(data), "--meeting", "1", "--now", "2026-11-23T10:00"]
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert out.startswith("# Groupe RTE — compte rendu de la séance n°1\n")
        assert "| 1 | Relire la charte | — | — |" in out
    finally:
        running.close()
    assert main(["export", "minutes", "--config", str(config), "--data", str(tmp_path / "vide"), "--meeting", "1"]) == 2
    assert "pas de données Greffier dans" in capsys.readouterr().err
    assert not (tmp_path / "vide").exists()
