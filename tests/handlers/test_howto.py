"""Asking how to do something the bot does (understanding/howto.py): the
command's own help answers « comment je propose un point ? », a member who
asks how to do a coordinator's work is told whose it is, and questions that
only look alike (« comment on choisit le jury ? ») keep their own reading.
« t'es là ? » is answered by saying so (chat.roll_call)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_groups import build_group
from tests.helpers import MEMBER


@pytest.mark.parametrize("group", ["tzcld58", "pauvrete66"])
@pytest.mark.parametrize("question,shown", [
    ("comment je propose un point ?", "/proposer <point>"),
    ("je fais comment pour ajouter un point à l'odj de la prochaine réunion", "/proposer <point>"),
    ("Bonjour, quelle est la marche à suivre pour mettre un sujet à l'ordre du jour ?", "/proposer <point>"),
    ("quelle commande pour décaler une réunion ?", "/seance_deplacer <n°>"),
    ("comment on reporte une séance", "/seance_deplacer <n°>"),
    ("comment annuler la réunion de jeudi ?", "/seance_annuler <n°>"),
    ("comment on enregistre une décision ?", "/decision <texte>"),
    ("comment corriger une décision ?", "/decision_modifier <n°> <texte>"),
    ("comment je note une tâche pour Hugo ?", "/tache <texte>"),
    ("comment je marque une tâche comme faite ?", "/tache_faite <n°>"),
    ("comment on ajoute une échéance ?", "/echeance <date>"),
    ("comment je m'excuse pour jeudi ?", "/excuse"),
    ("comment j'annule ma venue ?", "/excuse"),
    ("comment je mets à jour ma fiche ?", "/moi <organisation>"),
    ("comment supprimer mes données ?", "/oublie_moi"),
    ("comment avoir le compte rendu ?", "/compte_rendu"),
    ("comment ajouter les réunions à mon agenda Outlook ?", "/calendrier"),
    ("on fait comment pour changer les rappels ?", "/rappels"),
])
def test_how_to_is_answered_with_the_command(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)


def test_a_member_learns_the_command_is_the_coordinators() -> None:
    chat = build_group("tzcld58")
    reply = chat.say("comment on enregistre une décision ?", private=True, sender=MEMBER, name="Farida Haddad")
    assert "/decision" in reply and "réservée aux coordinateurs" in reply
    assert "/proposer <point>" in reply  # what they may do instead
    own = chat.say("comment je propose un point ?", private=True, sender=MEMBER, name="Farida Haddad")
    assert "/proposer <point>" in own and "réservée" not in own


@pytest.mark.parametrize("question,kept", [
    ("comment on a noté la décision sur le véhicule ?", "Décision"),  # how it was worded: the decision
    ("qu'a-t-on décidé pour la recyclerie ?", "gendarmerie"),
    ("comment se passe la réunion de jeudi ?", ""),  # how it goes: no command
    ("qui fait le secrétariat ?", "Hugo Lemaire"),
])
def test_questions_that_only_look_alike_keep_their_reading(question: str, kept: str) -> None:
    reply = build_group("tzcld58").say(question, private=True)
    assert kept in reply and "Avec la commande" not in reply


@pytest.mark.parametrize("group", ["tzcld58", "reseau92"])
@pytest.mark.parametrize("call", ["Greffier, tu es là ?", "t'es là ?", "vous êtes là ?", "tu m'entends ?"])
def test_a_roll_call_is_answered(group: str, call: str) -> None:
    assert build_group(group).say(call, private=True).startswith("Oui, je suis là !")


def test_a_question_to_the_members_is_no_roll_call() -> None:
    assert "je suis là" not in build_group("tzcld58").say("vous êtes là jeudi ?", private=True)
