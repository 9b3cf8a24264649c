"""On the console, a file-taking command names the file by its path
(« /importer membres.csv »), where Telegram and Matrix users attach it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.console import local_attachment

ROOT = Path(__file__).resolve().parents[2]


def test_a_path_after_importer_becomes_the_attachment(tmp_path: Path) -> None:
    source = tmp_path / "liste.csv"
    source.write_bytes(b"nom;organisation\nLou Bel;Asso\n")
    assert local_attachment(f"/importer {source}") == ("/importer", ("liste.csv", b"nom;organisation\nLou Bel;Asso\n"))
    assert local_attachment("/importer confirmer") == ("/importer confirmer", None)
    assert local_attachment(f"/membre {source}") == (f"/membre {source}", None)


def test_import_then_confirm_on_the_console(tmp_path: Path) -> None:
    typed = "/importer bot/demo_data/membres.csv\n/importer confirmer\n/mes_donnees\n/membres caritas\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--config", "bot/demo_data/adoption.toml", "--data", str(tmp_path / "d"),
         "--now", "2026-11-23T10:00"],
        input=typed, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Pour enregistrer : /importer confirmer (ou /importer annuler)." in result.stdout
    assert "Import de membres.csv enregistré : 8 membre(s) ajouté(s), 0 mis à jour, 1 ligne(s) refusée(s)." in result.stdout
    assert "── pièce jointe : mes_donnees.json ──\n(" in result.stdout
    assert "  • Fatou Diallo — Médiatrice" in result.stdout
