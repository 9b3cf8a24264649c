"""A key held or hit beside the last letter (« datess », « échéancex »,
« membress ») is a typing slip, not the other number of a French word
(known_forms.py): the question is read as meant, in any group."""

from __future__ import annotations

import pytest

from handlers.understanding.known_forms import known_form
from tests.handlers.questions_groups import build_group


@pytest.mark.parametrize("slip", ["datess", "echeancess", "membress", "decisionss", "echeancex", "reunionx"])
def test_a_doubled_or_neighbouring_last_key_is_no_word(slip: str) -> None:
    assert not known_form(slip)


@pytest.mark.parametrize("word", ["inspections", "inspection", "adresses", "bureaux", "jeux", "hiboux", "chevaux"])
def test_words_of_either_number_stay_words(word: str) -> None:
    assert known_form(word)


@pytest.mark.parametrize("group,question,shown", [
    ("reseau92", "les datess à retenir svp", "Dates à venir"),
    ("reseau92", "quelles sont les échéancex ce mois-ci ?", "ce mois-ci"),
    ("reseau92", "qui sont les membress du CD92 ?", "Conseil départemental des Hauts-de-Seine"),
    ("tzcld58", "les échéancess de décembre ?", "Liste des candidats"),
    ("tzcld58", "mes tâchess", "Transmettre la liste des candidats"),
])
def test_the_question_is_read_as_meant(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)
