"""The console adapter as a newcomer or a script uses it: `python -m bot
console` with piped input, in a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def console(*args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
    )


def test_help_lists_the_subcommands() -> None:
    out = console("--help")
    assert out.returncode == 0 and "console" in out.stdout and "run" in out.stdout


def test_scripted_demo_session(tmp_path: Path) -> None:
    script = "\n".join([
        "/prochaine_seance",
        "/membre kerouedan",
        "qui représente l'hospice ?",
        "/decision Le groupe valide le calendrier 2027",
        "/decisions calendrier",
        "/commande_inconnue",
    ]) + "\n"
    run = console("console", "--demo", "--data", str(tmp_path), "--now", "2026-11-23T10:00", stdin=script)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Prochaine séance n°3 — jeudi 26 novembre 2026, 09h00–11h30\nDans 3 jours\n" in out
    assert "Lieu : Espace cocréation, Rue du Rhône 14, 5e étage" in out
    assert "Yannick du Kerouëdan\nOrganisation : Fondation Zoein" in out
    assert "Hospice général : qui représente l'organisation" in out
    assert "Décision n°6 enregistrée." in out
    assert "Décisions sur « calendrier » (1)" in out
    assert "Je ne connais pas la commande « /commande_inconnue »." in out
    assert "Traceback" not in out + run.stderr

    # A second run on the same data finds what the first one stored.
    again = console("console", "--demo", "--data", str(tmp_path), "--now", "2026-11-24T10:00",
                    stdin="/decisions 6\n/membres\n")
    assert again.returncode == 0, again.stderr
    assert "Le groupe valide le calendrier 2027" in again.stdout
    assert again.stdout.count("Membres du groupe (15)") == 1  # not seeded twice


def test_now_with_offset_and_as_a_member(tmp_path: Path) -> None:
    run = console("console", "--demo", "--data", str(tmp_path), "--now", "2026-11-23T09:00+00:00",
                  "--as", "samira", stdin="/decision Pirate\n/prochaine_seance\n")
    assert run.returncode == 0, run.stderr
    assert "Désolé, /decision est réservé aux coordinateurs du groupe." in run.stdout
    assert "Dans 3 jours" in run.stdout


def test_the_demo_coordinator_may_record(tmp_path: Path) -> None:
    run = console("console", "--demo", "--data", str(tmp_path), "--now", "2026-11-23T10:00",
                  "--as", "Léa Marchand", stdin="/decision Validé\n")
    assert "Décision n°6 enregistrée." in run.stdout


def test_user_mistakes_end_with_one_line_and_status_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[groups]]\nslug = "g"\ntimezone = "Europe/Genf"\n', encoding="utf-8")
    run = console("console", "--config", str(bad))
    assert run.returncode == 2
    assert run.stderr.strip() == (
        "greffier : erreur : groups[0].timezone: 'Europe/Genf' n'est pas un fuseau horaire connu "
        "(ex. Europe/Zurich, Europe/Paris, Europe/Brussels)")

    run = console("console", "--demo", "--now", "hier")
    assert run.returncode == 2 and "--now : 'hier' n'est pas une date ISO" in run.stderr

    data = tmp_path / "data"
    data.mkdir()
    (data / "greffier.json").write_text("{not json", encoding="utf-8")
    run = console("console", "--demo", "--data", str(data))
    assert run.returncode == 2 and "greffier.json est illisible" in run.stderr
    assert (data / "greffier.json").read_text(encoding="utf-8") == "{not json"


def test_demo_shows_tasks_attendance_and_minutes(tmp_path: Path) -> None:
    script = "/taches\n/presence 2\n/compte_rendu 2\n"
    run = console("console", "--demo", "--data", str(tmp_path), "--now", "2026-11-23T10:00", stdin=script)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert ("⚠ Tâche n°2 : Transmettre la liste des cinq participants potentiels — pilote : Samira Benhaddou"
            " — pour le lundi 16 novembre 2026 (en retard)") in out
    assert "Présences — séance n°2 du lundi 2 novembre 2026, 14h00–16h00\nPrésents (10)\n" in out
    assert "Excusés (2)\n  • Jamel Oukhellou (Après-GE)\n" in out
    golden = (ROOT / "tests" / "handlers" / "golden" / "compte_rendu_demo_seance_2.md").read_text("utf-8")
    assert "── pièce jointe : compte-rendu-seance-2.md ──\n" + golden in out
