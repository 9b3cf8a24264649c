"""The coordinator's and the secretary's checks that blind set 38a (clspd13,
the CLSPD of an invented town of the Bouches-du-Rhône, asked by its
administrative assistant on Tuesday 1 December 2026) missed on its first
run, asked in other words, some in another group (oms38), with the
neighbours that must stay as they were:

- a request in the imperative, the asker its receiver (« ressors-moi … »,
  « file-moi … », « donne-moi la liste des excusés annoncés … »): the verb and
  its « moi » frame it (imperative_request.py); a sitting's subjects are no
  tasks (task_questions._OTHER_RECORDS);
- « quoi d'ouvert »: the work in progress (lexicon.toml [shorthand_phrases]);
- « merci de » and a verb, no « me », no « ? »: a request made of the members
  (members_request.py);
- a title's holder being there is no agenda point (agenda_check.py);
- the asker's purpose after the request (« …, je prépare les invitations »,
  « … pour la convocation », « … à transmettre aux membres »: own_purpose.py);
- « présente » after « être » is the adjective of presence
  (presence_adjective.py);
- a record named by its rank (« la septième décision »: ordinal_record.py);
- « du bot » names the bot (bot_named.py);
- intents: who has not answered, whom to chase, what is in my name, the hour
  and place of a day's sitting, « on a bien une réunion <periode> »."""

from __future__ import annotations

import pytest

from handlers.understanding.normalise import words
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cs() -> Chat:
    return build_group("clspd13")


@pytest.fixture(scope="module")
def oms() -> Chat:
    return build_group("oms38")


@pytest.mark.parametrize(("text", "intent", "shown"), [
    # imperative_request.py: the verb and its « moi » frame the request.
    ("ressors-moi les décisions de la plénière de septembre", "decisions_recent", "séance n°1"),
    ("file-moi le compte rendu de la cellule de veille d'octobre", "minutes_request", "n°2"),
    ("sortez-moi l'annuaire", "directory", "Membres du groupe"),
    # « quoi d'ouvert »: the tasks in progress.
    ("y a encore quoi d'ouvert ?", "tasks_late", "Tâches en cours"),
    # presence_adjective.py
    ("Laure Tessier sera présente jeudi ?", "rsvp_upcoming", "a annoncé sa présence"),
    ("Inès Mokrani sera présente jeudi ?", "rsvp_upcoming", "a présenté ses excuses"),
    # own_purpose.py
    ("donne-moi l'horaire de la plénière du 15, j'envoie les invitations ce soir", "meeting_which", "14h00"),
    ("sors-moi l'ordre du jour de jeudi pour la convocation", "agenda_items", "Rodéos"),
    ("quelles sont les échéances de décembre à transmettre aux membres ?", "dates_period", "FIPD"),
    # ordinal_record.py
    ("la septième décision c'était quoi ?", "decision_number", "commerces"),
    ("c'est quoi la 10ème décision ?", "decision_number", "mardi matin"),
    # intents.toml
    ("qui n'a toujours pas répondu pour la cellule de jeudi ?", "rsvp_upcoming", "Annoncés présents"),
    ("l'heure et le lieu du 15 décembre ?", "meeting_which", "n°5"),
])
def test_coordinator_checks(cs: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(cs, text, intent)


def test_the_receiver_is_no_asker_asked_about(cs: Chat) -> None:
    # « moi » after « donne » is whom the list goes to: everyone's announcements, not the asker's own (she said none).
    reply = sure(cs, "donne-moi la liste des excusés annoncés pour jeudi", "rsvp_upcoming")
    assert "Nathalie Roux" in reply and "Vous n'avez rien annoncé" not in reply
    # The asker's own are still hers when she says so.
    assert "rien annoncé" in sure(cs, "je me suis annoncée pour jeudi ?", "rsvp_upcoming")


def test_in_another_group(oms: Chat) -> None:
    assert "subvention" in sure(oms, "sors-moi les échéances de décembre", "dates_period")
    assert "n°5" in sure(oms, "rappelle-moi la date du prochain bureau, je fais la convoc", "meeting_which")
    assert "commandes" in sure(oms, "c'est quoi les commandes du robot ?", "help")


@pytest.mark.parametrize("text", [
    "Merci de renvoyer vos fiches-actions avant mardi.",
    "Merci de signer la feuille d'émargement jeudi.",
    "merci de vous inscrire pour le 15.",
])
def test_requests_made_of_members_are_quiet(cs: Chat, text: str) -> None:
    from handlers.understanding.members_request import members_asked_to_act  # (this round's module)

    assert members_asked_to_act(text, words(text))
    assert not outcome_of(cs, text).confident


@pytest.mark.parametrize("text", [
    "Merci de me rappeler le lieu de la prochaine séance.",  # of the bot: « me »
    "merci de confirmer : c'est bien jeudi ?",  # asked
    "merci de votre présence",
    "merci d'avance",
])
def test_requests_of_the_bot_stay(text: str) -> None:
    from handlers.understanding.members_request import members_asked_to_act  # (this round's module)

    assert not members_asked_to_act(text, words(text))


def test_purpose_kept_where_it_is_the_question() -> None:
    from handlers.understanding.own_purpose import without_purpose  # (this round's module)

    # No imperative opening: the clause stays (it may be what is asked of).
    assert without_purpose("c'est pour quand le CR ?") == "c'est pour quand le CR ?"
    assert without_purpose("qui fait le CR de jeudi, je dois l'envoyer ?") == "qui fait le CR de jeudi, je dois l'envoyer ?"
    assert without_purpose("rappelle-moi la date, je fais la convoc") == "rappelle-moi la date"
    # A member spoken to (« ton », « te »): the clause is part of what is said to her (lead's set 37).
    assert without_purpose("envoie-moi ton numéro Sylvie, je t'appelle") == "envoie-moi ton numéro Sylvie, je t'appelle"


def test_a_titled_presence_is_no_agenda_point(cs: Chat) -> None:
    # « Mistral » is a point's word (« Sécurisation des abords du collège Frédéric-Mistral »), but the principal is asked.
    outcome = outcome_of(cs, "le principal de Mistral viendra jeudi ?")
    assert not (outcome.confident and outcome.intent == "agenda_items")


def test_subjects_are_no_tasks(cs: Chat) -> None:
    outcome = outcome_of(cs, "la liste des sujets pour jeudi ?")
    assert not (outcome.confident and outcome.intent in ("tasks_late", "tasks_mine"))
