"""The README's « Adopter Greffier dans un groupe existant » walk-through:
its commands, read from the README itself, work on the shipped sample files."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]
MARKER = "<!-- walk-through: tests/bot/test_adoption_walkthrough.py runs these lines -->"


def walkthrough() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split(MARKER, 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_the_readme_walkthrough_imports_the_sample_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    data = str(tmp_path / "essai")
    lines = walkthrough()
    assert len(lines) == 5
    for line in lines[:4]:
        argv = [data if word == "essai-adoption" else word for word in shlex.split(line)]
        assert argv[:3] == ["python", "-m", "bot"]
        assert main(argv[3:]) == 0, line
    out = capsys.readouterr().out
    assert "Enregistré en une seule écriture : 8 ajouté(s), 0 mis à jour." in out
    assert "  4. Participant·e : Bruno Kaelin (Fondation Terrain) — déjà membre : Bruno Kälin (ressemblance" in out
    assert "  9. Excusé·e : Lina Perret (Réseau Emploi Sud) — déjà membre : Lina Perret [écarté]" in out
    assert ("Enregistré : 1 membre(s) ajouté(s) au répertoire ; séance n°1 enregistrée comme tenue ; "
            "prochaine séance enregistrée (n°2) ; 3 tâche(s) enregistrée(s).") in out
    # The last line pipes commands into the console: run it as a person would
    # (with the clock before the sample's next meeting).
    typed, command = lines[4].split(" | ", 1)
    argv = [data if word == "essai-adoption" else word for word in shlex.split(command)]
    stdin = shlex.split(typed)[1].encode().decode("unicode_escape")
    result = subprocess.run(
        [sys.executable, *argv[1:], "--now", "2026-11-23T10:00"], input=stdin, capture_output=True, text=True,
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Membres du groupe (9)" in result.stdout
    assert "  • Damien Rossier — président" in result.stdout
    assert "Prochaine séance n°2 — jeudi 10 décembre 2026, 09h00–11h30" in result.stdout
    assert "Lieu : Maison de quartier du Plateau : Avenue des Tilleuls 12 (salle 3)" in result.stdout
