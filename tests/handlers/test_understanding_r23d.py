"""The confident wrong answers of the older sets (round 22, r23d), by cause, each asked in other words and in
the groups the sets were written on, with neighbours that must keep their answer:

- a record of the wrong kind answering « qui »: a decision that merely names the body or the thing
  (« à la CAF c'est qui le référent ? », doers.py; « c'est pas la CPTS qui forme … ? », a task in the verb
  asked names the doer), « qui l'a réservée ? » read as a relative (eligibility.py), a town only a decision
  sends people to (« c'est qui pour Rennaz ? », who_source.py), a task for « la commission c'est animé par
  qui ? » (task_words.asks_done), a rhythm answered by a title (« les EPS c'est tous les combien ? »);
- the wrong kind of people answer: an activity a body's name says (« qui s'occupe du transport solidaire ? »,
  in_charge), a unit of a body asked without a charge (org_representative), a title with a unit's noun
  before its charge (charge_titles.py), « les avocats » the Ordre des avocats' people, a role serving bodies named in the plural
  (« qui conseille les communes ? »), « la Ville » beside one of its services (weak_kinds.py), « Département
  dans » spelling no DDT (bodies.py), the GAL that is the group itself (lexicon.toml group_kinds);
- a meeting's words taken for a record's topic: « la dernière fois », « la prochaine » (order_words.py,
  dominance.as_decision), « l'Hospice général » read as « en général » (meeting_rule.habit_said), « la
  réunion des animateurs du 19 » as a task's words, « la prochaine commission d'attribution » as an agenda point;
- a decision, a task or a date where the other one says more: a task done (work_done.py), a thing « prévue »
  (a standing word, lexicon.toml), a count of another noun (decision_lead.py), a decision holding the verb
  asked (dated.py), a task saying more than an agenda point;
- « dans les prochains jours »: the next meeting (settle.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat

_CHATS: dict[str, Chat] = {}


def chat(slug: str) -> Chat:
    if slug not in _CHATS:
        _CHATS[slug] = build_group(slug)
    return _CHATS[slug]


def not_sure_of(slug: str, question: str, intent: str | None = None) -> None:
    """`question` is not answered with confidence (as `intent`, when given)."""
    outcome = outcome_of(chat(slug), question)
    assert not outcome.confident or intent is not None and outcome.intent != intent, (question, outcome.reply.plain())


# A record of the wrong kind answering « qui ».

def test_a_title_after_c_est_qui_is_no_verb_a_decision_says() -> None:
    reply = sure(chat("marseille13"), "à la CAF c'est qui la référente ?", "org_representative")
    assert "Karima Haddad" in reply and "Décision" not in reply


def test_the_task_in_the_verb_asked_names_who_does_it() -> None:
    reply = sure(chat("clsbray"), "c'est bien la CPTS qui forme les animateurs aux premiers secours ?", "in_charge")
    assert "Corinne Desjardins" in reply


def test_qui_l_avait_reservee_asks_who() -> None:
    assert "Véronique Zufferey" in sure(chat("seniors-sierre"), "la salle du repas de Noël qui l'avait réservée ?",
                                         "in_charge")


def test_a_town_only_a_decision_sends_people_to_names_no_one() -> None:
    not_sure_of("seniors-riviera", "qui pour Rennaz ?")


def test_a_passive_with_its_agent_asked_is_no_task_status() -> None:
    not_sure_of("codev64", "la commission mobilités est pilotée par qui ?", "in_charge")


def test_a_rhythm_is_never_a_title_s_holder() -> None:
    outcome = outcome_of(chat("pre-bobigny"), "les EPS se réunissent tous les combien ?")
    assert not (outcome.confident and outcome.intent == "role_holder")
    assert "Kévin Nguyen" in sure(chat("pre-bobigny"), "c'est qui les EPS ?", "role_holder")


# The wrong kind of people answer.

def test_an_activity_a_body_s_name_says_is_a_charge() -> None:
    assert "Gilles Marty" in sure(chat("ruralite12"), "qui gère le transport solidaire ?", "in_charge")
    assert "Gilles Marty" in sure(chat("ruralite12"), "qui représente le transport solidaire ?", "org_representative")


def test_a_unit_of_a_body_asked_without_a_charge_is_its_people() -> None:
    assert "Thierry Calvet" in sure(chat("castres81"), "qui est à la délégation départementale de l'ARS ?",
                                     "org_representative")
    assert "Thierry Calvet" in sure(chat("castres81"), "qui s'occupe de la délégation départementale de l'ARS ?",
                                     "in_charge")
    outcome = outcome_of(chat("castres81"), "les finances à l'ARS, c'est qui ?")
    assert not (outcome.confident and outcome.intent == "org_representative" and "Thierry Calvet" in outcome.reply.plain())


def test_a_title_with_a_unit_s_noun_between_is_a_title() -> None:
    assert "Rita Pereira" in sure(chat("pe-chablais"), "qui est responsable du service de garde d'enfants malades ?",
                                  "role_holder")



def test_a_role_serving_bodies_named_in_the_plural() -> None:
    assert "Nadia Boillat" in sure(chat("jura-cohesion"), "c'est qui qui conseille les communes ?", "role_holder")
    assert "Ville de Delémont" in sure(chat("jura-cohesion"), "qui représente les communes ?", "org_representative")


def test_la_ville_beside_one_of_its_services_is_the_town() -> None:
    reply = sure(chat("atl-tournai"), "qui vient de la Ville ?", "org_representative")
    assert "Benoît Lesage" in reply and "Grégory Delcourt" not in reply


def test_a_preposition_spells_out_no_acronym() -> None:
    reply = sure(chat("cfppa72"), "les gens du Département dans la conférence ?", "org_members")
    assert "Laurent Chevalier" in reply and "DDT" not in reply


def test_a_title_in_the_plural_that_a_body_s_name_carries_is_its_people() -> None:
    reply = sure(chat("cdad95"), "c'est qui les avocats ?", "org_members")
    assert "Sophie Albertini" in reply and "Karim Haddouche" in reply
    assert "Karim Haddouche" in sure(chat("cdad95"), "qui est avocat ?", "role_holder")


def test_the_gal_is_the_group_itself() -> None:
    sure(chat("leader-morlaix"), "qui fait partie du GAL ?", "directory")
    assert "Nolwenn Jaouen" in sure(chat("leader-morlaix"), "c'est qui qui met à jour le site du GAL ?", "in_charge")


# A meeting's words taken for a record's topic.

def test_the_last_time_picks_a_meeting_no_decision() -> None:
    outcome = outcome_of(chat("petr-langres"), "tu peux me redonner ce qu'on a décidé la dernière fois ?")
    assert not (outcome.confident and "deux fois par mois" in outcome.reply.plain())
    assert "séance n°4" in sure(chat("petr-langres"), "on a décidé quoi la dernière fois ?", "decisions_recent")


def test_la_prochaine_is_the_next_meeting_no_decided_thing() -> None:
    outcome = outcome_of(chat("schoenberg"), "la prochaine c'est à la Maison de Ville ou au centre d'animation ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic")
    assert "n°4" in sure(chat("schoenberg"), "la prochaine c'est où ?", "meeting_next")


def test_a_body_s_name_says_no_habit() -> None:
    assert "n°3" in sure(chat("vernier"), "la séance à l'Hospice général, c'était quand ?", "meeting_which")
    assert "alternance" in sure(chat("vernier"), "on se réunit où en général ?", "decisions_topic")


def test_the_tasks_of_a_sitting_are_no_task_named_by_its_words() -> None:
    not_sure_of("csx-lorient", "quelles tâches ont été données à la réunion des animateurs du 19 ?", "in_charge")


def test_the_next_sitting_of_a_kind_is_no_agenda_point() -> None:
    outcome = outcome_of(chat("eaje-sn44"), "c'est quand la prochaine commission d'attribution ?")
    assert not (outcome.confident and "Attributions de janvier" in outcome.reply.plain())


# A decision, a task or a date where the other one says more.

def test_a_task_done_is_no_decision() -> None:
    not_sure_of("cle57", "la communauté de communes a fait le point sur le minibus ?", "decisions_topic")


def test_prevue_asks_whether_it_is_planned_not_the_task() -> None:
    not_sure_of("pcaet-clermontais", "la liaison vers Canet, elle est prévue ?", "in_charge")
    assert "Julien Roux" in sure(chat("pcaet-clermontais"), "le chiffrage de la liaison cyclable c'est prévu quand ?",
                                 "in_charge")


def test_a_count_must_count_what_is_asked() -> None:
    outcome = outcome_of(chat("tzcld58"), "combien de salariés seront embauchés ?")
    assert not (outcome.confident and "24 à 35 heures" in outcome.reply.plain())


def test_a_decision_holding_the_verb_asked_says_when() -> None:
    assert "fin janvier" in sure(chat("codev37"), "on rend quand l'avis sur le PCAET ?", "decisions_topic")
    assert "7 décembre" in sure(chat("codev37"), "les contributions à l'avis sur le PCAET c'est quand ?", "dates_period")



def test_a_task_saying_more_than_an_agenda_point() -> None:
    assert "10 décembre" in sure(chat("culture13"), "la fiche de présentation du Pass culture solidaire, c'est quand ?",
                                 "in_charge")
    assert "n°6" in sure(chat("culture13"), "le Pass culture solidaire c'est à quelle séance ?", "meeting_which")


@pytest.mark.parametrize(("question", "intent"), [("on se voit quand dans les prochains jours ?", "meeting_next"),
                                                  ("les réunions des prochains mois ?", "meetings_upcoming")])
def test_the_next_days_ask_the_next_meeting(question: str, intent: str) -> None:
    assert "n°4" in sure(chat("risques972"), question, intent)
