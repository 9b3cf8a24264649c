"""The general causes behind blind set 21g's misses (a busy group chat: what
is a question for the bot and what is not), tested on another group in other
words (a Lorient neighbourhood council):

- news asked of a subject or of the decisions (« du neuf côté décisions ? »,
  « des news sur la salle ? », « quoi de neuf pour le minibus ? ») is answered
  from the decisions, while « quoi de neuf ? », « du nouveau ? » and « vous avez
  des nouvelles ? » alone stay chatter (lexicon.toml's shorthand phrases,
  intents.toml, chat.not_for_reading);
- a question reported whole (« Léa m'a demandé qui gère … », « Marc voulait
  savoir si … », « Yann se demandait quand … ») is told, not asked
  (framing._reported);
- « ton », « votre » after a member's name speak to that member (is_vocative);
- « tu sais faire quoi ? » knows how, asking what the bot does (leadins.py);
- « on se prend un verre ? », « on commande des sandwichs ? » offer something
  to share (proposals.py);
- a message opening with a demonstrative or a word of appraisal and asking
  nothing (« ce choix sur le minibus, bof… », « pas mal la décision sur le
  minibus ») comments on what is talked of (opinions.py);
- a role reached through its title's duties only (a treasurer for
  « subvention ») ties with an open task holding the words themselves: the
  task's pilot answers (task_first.py), not a task reached through kin words
  (« les finances » for « demande de subvention »);
- « on se voit quel mardi du mois ? » asks the meetings' rule, not one meeting
  (meeting_rule.day_of_month);
- « le club de foot » is a football club, not a basket club (entities.toml);
- a decision holding the whole topic outweighs a deadline holding part of it
  (« la salle est prêtée à partir de quand ? »: pipeline._found_in_records);
- a typo keeps its first letter: « apporte » does not find « rapport » (topics.py)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import ask, outcome_of, verdict
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
MEMBERS = (
    ("Gwenaëlle Le Floch", "Ville de Lorient", "Adjointe aux quartiers, présidente du conseil"),
    ("Yann Le Goff", "Maison de quartier de Kervénanec", "Animateur, secrétaire du conseil"),
    ("Léa Guillou", "Amicale des locataires de Kervénanec", "Trésorière du conseil"),
    ("Marc Le Bihan", "ASC Bois-du-Château", "Éducateur, référent des jeunes"),
    ("Soizic Tanguy", "Lorient Basket Club", "Présidente"),
    ("Erwan Jégo", "Lorient Habitat", "Gardien d'immeubles"),
)
DECISIONS = (
    "Le conseil de quartier se réunit le premier mardi du mois à 18h30.",
    "La salle de la Grande Ourse est prêtée aux associations le samedi à partir de mars.",
    "Le minibus de la maison de quartier est réservé aux sorties des jeunes le mercredi.",
)
TASKS = (
    ("Monter le dossier de subvention de la CAF", "Yann Le Goff", "2026-12-20"),
    ("Réserver le minibus pour la sortie de décembre", "Marc Le Bihan", "2026-12-08"),
    ("Rédiger le rapport d'activité", "Gwenaëlle Le Floch", "2027-01-15"),
)


@pytest.fixture(scope="module")
def lorient() -> Chat:
    chat = invented_group("kervenanec56", *MEMBERS)
    data = chat.store.group("kervenanec56")
    for day in ("2026-11-03 18:30", "2026-12-08 18:30", "2027-01-05 18:30"):
        data.add_meeting(datetime.fromisoformat(day).replace(tzinfo=PARIS), None, "Maison de quartier de Kervénanec")
    for text in DECISIONS:
        data.add_decision(text, date(2026, 11, 3), 1, MEMBERS[0][0], "telegram:coord-1",
                          datetime(2026, 11, 3, 20, tzinfo=PARIS))
    data.add_deadline(datetime(2026, 12, 14, tzinfo=PARIS), "Retour des demandes de créneaux pour la salle")
    numbers = {m.name: m.number for m in data.members()}
    for text, pilot, due in TASKS:
        data.add_task(text, numbers[pilot], date.fromisoformat(due), 1, pilot, MEMBERS[0][0], "telegram:coord-1")
    return chat


def _quiet(chat: Chat, message: str) -> bool:
    return verdict(chat, "none", "-", message)[0] == "quiet"


def test_news_asked_of_a_subject_or_of_the_decisions(lorient: Chat) -> None:
    assert ask(lorient, "du neuf côté décisions ?").startswith("Dernières décisions")
    assert "Grande Ourse" in ask(lorient, "des news sur la salle ?")
    assert "réservé aux sorties des jeunes" in ask(lorient, "quoi de neuf pour le minibus ?")
    # Alone, the news asked are chatter: « neuf » is no number, « nouveau » no subject.
    assert _quiet(lorient, "quoi de neuf ?")
    assert _quiet(lorient, "du nouveau ?")
    assert _quiet(lorient, "quoi de neuf la compagnie ?")
    assert _quiet(lorient, "vous avez des nouvelles ?")
    assert ask(lorient, "des news du minibus ?").startswith("Décision")


def test_a_question_reported_whole_is_told(lorient: Chat) -> None:
    assert _quiet(lorient, "Léa m'a demandé qui gère le minibus")
    assert _quiet(lorient, "Marc voulait savoir si la réunion de mardi est maintenue")
    assert _quiet(lorient, "Yann se demandait quand on aurait la salle")
    assert _quiet(lorient, "elle m'a demandé c'est quand la prochaine réunion, je lui ai dit mardi")
    # Asked of the bot, the same words answer.
    assert "minibus" in ask(lorient, "qui gère le minibus ?")


def test_a_possessive_after_a_name_speaks_to_that_member(lorient: Chat) -> None:
    assert _quiet(lorient, "Léa, le budget c'est bon de ton côté ?")
    assert _quiet(lorient, "Monsieur Jégo, votre dossier est prêt ?")


def test_knowing_how_asks_what_the_bot_does(lorient: Chat) -> None:
    assert outcome_of(lorient, "vous savez faire quoi exactement ?").intent == "help"
    # Knowing where is still a question asked of whoever knows.
    assert ask(lorient, "tu sais où se passe la prochaine réunion ?").startswith("Prochaine séance")


def test_something_offered_to_share_is_no_question(lorient: Chat) -> None:
    assert _quiet(lorient, "on se prend un verre après la réunion ?")
    assert _quiet(lorient, "on commande des sandwichs pour samedi ?")
    assert outcome_of(lorient, "on fait quoi pour le minibus ?").intent != "chitchat"
    # « apporte » is no slip of « rapport »: who brings the cakes is no task's pilot.
    assert _quiet(lorient, "qui apporte les gâteaux mardi ?")


def test_a_comment_opening_with_a_demonstrative_is_told(lorient: Chat) -> None:
    assert _quiet(lorient, "ce choix sur le minibus, bof…")
    assert _quiet(lorient, "ces horaires de la salle, vraiment pas pratiques")
    assert _quiet(lorient, "pas mal la décision sur le minibus")
    assert _quiet(lorient, "bof le samedi pour la salle")
    assert "Monter le dossier" not in ask(lorient, "ce que je dois faire cette semaine")


def test_a_task_holding_the_words_beats_a_role_reached_by_its_duties(lorient: Chat) -> None:
    reply = ask(lorient, "qui gère le dossier de subvention ?")
    assert "Yann Le Goff" in reply and "Léa Guillou" not in reply
    # Asked of the role's own word, or of a charge no task words itself, the treasurer still answers.
    assert "Léa Guillou" in ask(lorient, "c'est qui la trésorière ?")
    assert "Léa Guillou" in ask(lorient, "qui s'occupe des finances du conseil ?")


def test_which_day_of_every_month_is_the_meetings_rule(lorient: Chat) -> None:
    assert "premier mardi du mois" in ask(lorient, "on se voit quel mardi du mois ?")
    assert "premier mardi du mois" in ask(lorient, "c'est quel jour de chaque mois la réunion ?")
    # One Tuesday asked is one meeting.
    assert ask(lorient, "on se voit quel mardi en décembre ?").startswith("Séance n°2")


def test_a_decision_holding_the_whole_topic_is_no_deadline_holding_part(lorient: Chat) -> None:
    reply = ask(lorient, "la salle est prêtée aux assos à partir de quand ?")
    assert reply.startswith("Décision") and "Grande Ourse" in reply
    # The deadline's own words still find it.
    assert "Retour des demandes" in ask(lorient, "les demandes de créneaux c'est pour quand ?")


def test_the_football_club_is_no_basket_club(lorient: Chat) -> None:
    reply = ask(lorient, "qui représente le club de foot ?")
    assert "Marc Le Bihan" in reply and "Soizic Tanguy" not in reply
