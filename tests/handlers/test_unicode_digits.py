"""Numbers are written with the digits 0-9: other scripts' digits get a
French refusal with the usage, never the internal-error apology."""

from __future__ import annotations

import pytest

from handlers.commands import default_commands
from handlers.registry import Command
from tests.handlers.test_bad_input import check, seeded  # noqa: F401 (fixture)
from tests.helpers import Chat

# Every command whose usage takes a number (a n° or a count of weeks).
NUMBERED = [c for c in default_commands().commands if "n°" in c.usage or "semaines" in c.usage]

DIGITS = {
    "superscript": "²",
    "circled": "①",
    "arabic-indic": "٣",
    "fullwidth": "３",
    "math-bold": "𝟏",
    "mixed": "1²",
}


def test_the_numbered_commands_are_found() -> None:
    names = {c.name for c in NUMBERED}
    assert {"agenda", "decisions", "seance_annuler", "seance_deplacer", "decision_modifier",
            "decision_annuler", "echeance_annuler"} <= names


@pytest.mark.parametrize("form", sorted(DIGITS))
@pytest.mark.parametrize("command", NUMBERED, ids=lambda c: c.name)
def test_other_digits_are_refused_in_french(seeded: Chat, command: Command, form: str,  # noqa: F811
                                            caplog: pytest.LogCaptureFixture) -> None:
    digits = DIGITS[form]
    extra = " 02/12/2026 14h" if "<date>" in command.usage else " un texte" if "<texte>" in command.usage else ""
    out = check(seeded, f"/{command.name} {digits}{extra}")
    assert "chiffres 0 à 9" in out, out
    assert f"Usage : /{command.name}" in out, out
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


@pytest.mark.parametrize("digits", ["²", "٣", "３", "①"])
def test_a_series_interval_in_other_digits_is_refused(seeded: Chat, digits: str) -> None:  # noqa: F811
    out = check(seeded, f"/seance 01/12/2026 9h toutes les {digits} semaines")
    assert "chiffres 0 à 9" in out, out


def test_ascii_numbers_still_work(seeded: Chat) -> None:  # noqa: F811
    assert seeded.say("/decisions 1").startswith("Décision n°1")
    assert seeded.say("/agenda 4").startswith("Agenda (4 semaines)")
