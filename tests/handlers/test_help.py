"""/aide: examples of what to type, taken from the group's own data or
neutral, and every example of the planning commands actually works."""

from __future__ import annotations

import re

import pytest

from handlers.help_examples import EXAMPLES
from tests.helpers import MEMBER, Chat

GENEVA = ("Hospice", "Rhône", "Meyrin", "Zoein", "cocréation", "Genève")


def typed(example: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", example)  # the note in brackets is not typed


@pytest.mark.parametrize("name", ["seance", "echeance", "rappels"])
def test_aide_gives_examples_that_work(chat: Chat, name: str) -> None:
    out = chat.say(f"/aide {name}").splitlines()
    assert out[2] == "Exemples :"
    shown = [line.strip() for line in out[3:]]
    assert shown == list(EXAMPLES[name])
    for example in shown:
        reply = chat.say(typed(example))
        assert not reply.startswith(("Il manque", "Je ne", "Désolé")), (example, reply)
        assert "n'est pas" not in reply.splitlines()[0], (example, reply)


def test_help_in_a_real_group_speaks_of_its_own_members(chat: Chat) -> None:
    data = chat.store.group("rte")
    data.add_member("Marie-Pierre Limogé", "Commune de Sceaux", "Adjointe")
    data.add_member("Paul Ndiaye", "Commune de Sceaux", "")
    data.add_member("Ana Lopes", "Commune d'Antony", "")
    everything = "\n".join([
        chat.say("/aide"), chat.say("/aide", sender=MEMBER),
        *(chat.say(f"/aide {c.name}") for c in chat.router.commands.commands),
    ])
    for word in GENEVA:
        assert word not in everything, word
    assert "par ex. « qui représente Commune de Sceaux ? »." in everything
    assert chat.say("/aide membres").splitlines()[2:] == ["Exemples :", "  /membres", "  /membres commune"]
    assert chat.say("/aide membre").splitlines()[3] == "  /membre lopes"


def test_help_without_members_suggests_a_neutral_question(chat: Chat) -> None:
    assert "par ex. « c'est quand la prochaine séance ? »." in chat.say("/aide")
