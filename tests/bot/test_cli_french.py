"""`greffier --help` and the command line's own errors, in French."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("usage:", "positional arguments", "show this help", "optional arguments", "the following", "invalid choice")


def every_parser(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += every_parser(sub)
    return found


def test_every_help_page_is_french() -> None:
    parsers = every_parser(build_parser())
    assert len(parsers) >= 8  # greffier, console, run, store and its four actions
    for parser in parsers:
        text = parser.format_help()
        assert text.startswith(f"utilisation : {parser.prog}"), text
        assert "afficher cette aide et quitter" in text
        for word in ENGLISH:
            assert word not in text, (parser.prog, word)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["run"], "greffier run : erreur : arguments requis manquants : --platform, --config"),
        (["bogus"], "greffier : erreur : argument <commande> : choix invalide : 'bogus' (choix possibles : 'console', 'run', 'store', 'export', 'serve-calendar', 'import')"),
        (["console", "--speed", "vite"], "greffier console : erreur : argument --speed : valeur invalide : 'vite'"),
        (["console", "--bogus"], "greffier : erreur : arguments inconnus : --bogus"),
    ],
)
def test_command_line_mistakes_are_explained_in_french(args: list[str], error: str) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("utilisation : greffier")
    assert done.stderr.splitlines()[-1] == error


def test_install_prints_no_license_deprecation() -> None:
    """setuptools ≥ 77 wants an SPDX string; a table prints a warning at every install."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    assert any(req.startswith("setuptools>=77") for req in project["build-system"]["requires"])
