"""The families blind set 30b (energie54, the departmental committee of
Meurthe-et-Moselle against energy poverty, asked in the formal register of
an administrative committee on Tuesday 1 December 2026) missed on its first
run, asked in other words and in other groups:

- a body whose name opens with a sitting noun, named in full (« le Conseil
  départemental »), is that body, not the plenary whose heading shares its
  subject word (« comité départemental »): body_heading.py;
- a delay asked of a process (« dans quel délai … sont-elles traitées ? »)
  is the decision that gives a span, not a task sharing a word: delays.py;
- « qu'a décidé le comité technique d'octobre ? »: « que » before the verb
  asks that sitting's decisions (meeting_decisions.py);
- « Existe-t-il une permanence … ? »: whether the group set it up, a
  decision found first by its words (dominance.py);
- « l'ancienne Fondation Abbé Pierre »: a former name said so
  (former_name.py);
- one meeting named outright in formal words (« commence-t-elle à … »,
  « le lieu du comité de pilotage de mars »): meeting_named.py;
- a body named without a word of its name (« le médiateur de l'énergie »):
  org_tails.py; a verb of leading before a scheme known from a role
  (« qui pilote le SLIME ? »): verb_lead.py;
- formal words in lexicon.toml: « Madame la Présidente », « la date
  retenue pour … », « les attributions de … », « de quel organisme
  relève … », « la structure de rattachement de … », « s'est ouverte »,
  « suivra celle du … », « lors des … », « l'échéancier du … »;
- « combien de visites … ? » when a decision counts them (dominance.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def energie() -> Chat:
    return build_group("energie54")


@pytest.mark.parametrize("question", ["Qui représente le Conseil départemental ?",
                                      "Qui sont les représentants du Conseil départemental ?",
                                      "le conseil départemental c'est qui ?"])
def test_the_department_named_in_full_is_the_body(energie: Chat, question: str) -> None:
    outcome = outcome_of(energie, question)
    assert outcome.confident and outcome.intent in ("org_representative", "org_members")
    assert "Fabrice Colin" in outcome.reply.plain() and "Véronique Thiriet" in outcome.reply.plain()


def test_counting_the_department_s_people_is_no_attendance(energie: Chat) -> None:
    outcome = outcome_of(energie, "Combien de personnes représentent le Conseil départemental ?")
    assert outcome.intent != "attendance_meeting"


def test_the_plenary_is_still_found_by_its_heading(energie: Chat) -> None:
    assert "n°5" in sure(energie, "Le comité départemental se réunit quand ?", "meeting_which")


def test_a_delay_asked_is_the_rule_that_gives_it(energie: Chat) -> None:
    reply = sure(energie, "Dans quel délai les demandes d'aide FSL énergie sont-elles traitées ?", "decisions_topic")
    assert "quinze jours" in reply


def test_a_delay_in_another_group_stays_a_deadline(energie: Chat) -> None:
    reply = sure(energie, "Dans quel délai faut-il rendre l'avis sur le règlement intérieur ?", "dates_period")
    assert "18 décembre" in reply


def test_what_a_sitting_decided(energie: Chat) -> None:
    reply = sure(energie, "Qu'a décidé le comité technique d'octobre ?", "decisions_recent")
    assert "quinze jours" in reply
    assert "400 visites" in sure(energie, "qu'a décidé le comité de pilotage de novembre ?", "decisions_recent")


def test_whether_a_service_exists_is_the_decision_setting_it_up(energie: Chat) -> None:
    reply = sure(energie, "Existe-t-il une permanence pour les litiges avec les fournisseurs ?", "decisions_topic")
    assert "premier mercredi" in reply


def test_whether_the_minutes_exist_stays_the_minutes(energie: Chat) -> None:
    assert sure(energie, "Existe-t-il un compte rendu de la dernière réunion ?", "minutes_request")


def test_a_former_name_said_so(energie: Chat) -> None:
    assert "Gaëlle Morel" in sure(energie, "Qui représente l'ancienne Fondation Abbé Pierre ?", "org_representative")


def test_a_former_holder_is_not_the_present_one(energie: Chat) -> None:
    assert not outcome_of(energie, "Qui était l'ancien président du comité ?").confident


@pytest.mark.parametrize(("question", "intent", "key"), [
    ("La prochaine séance commence-t-elle à 9 h 30 ou à 10 heures ?", "meeting_next", "n°4"),
    ("Je souhaiterais connaître le lieu du comité de pilotage de mars.", "meeting_which", "n°6"),
    ("La précédente réunion s'est-elle bien tenue dans les locaux de l'ALEC ?", "meeting_last", "n°3"),
    ("La séance de janvier se tiendra-t-elle à l'Hôtel du Département ?", "meeting_which", "n°5"),
])
def test_one_meeting_named_in_formal_words(energie: Chat, question: str, intent: str, key: str) -> None:
    assert key in sure(energie, question, intent)


@pytest.mark.parametrize(("question", "intent", "key"), [
    ("Qui est Madame la Présidente ?", "role_holder", "Véronique Thiriet"),
    ("Quelle est la date retenue pour la prochaine séance ?", "meeting_next", "n°4"),
    ("Quelles sont les attributions de M. Marchal ?", "who_is", "Direction départementale des territoires"),
    ("De quelle structure relève Nadège Toussaint ?", "who_is", "CAF de Meurthe-et-Moselle"),
    ("Quelle est la structure de rattachement de Pascale Weber ?", "who_is", "Médiateur national de l'énergie"),
    ("À quelle heure s'est ouverte la dernière séance plénière ?", "meeting_last", "n°1"),
    ("Quelle séance suivra celle du 26 janvier ?", "meeting_which", "n°6"),
    ("Qu'a-t-on décidé au sujet des ampoules distribuées lors des visites ?", "decisions_topic", "mousseurs"),
])
def test_formal_words(energie: Chat, question: str, intent: str, key: str) -> None:
    assert key in sure(energie, question, intent)


def test_what_was_retained_is_still_a_decision(energie: Chat) -> None:
    assert "400 visites" in sure(energie, "Qu'a-t-on retenu concernant l'objectif du SLIME ?", "decisions_topic")


def test_formal_words_in_another_group() -> None:
    lozere = build_group("fs-lozere")
    assert "Bernard Pagès" in sure(lozere, "Qui est Monsieur le Président du comité départemental ?", "role_holder")
    assert "n°4" in sure(lozere, "Quelle est la date retenue pour la prochaine réunion ?", "meeting_next")


@pytest.mark.parametrize("message", [
    "Madame la Présidente, je vous remercie pour votre accueil de jeudi dernier.",
    "La date retenue me convient parfaitement.",
    "Je vous confirme que la séance s'est ouverte à l'heure.",
    "Il existe déjà une permanence à Toul, je vous en dirai plus.",
])
def test_formal_chat_stays_unanswered(energie: Chat, message: str) -> None:
    assert not outcome_of(energie, message).confident


@pytest.mark.parametrize("question", ["Je souhaiterais connaître l'interlocutrice du médiateur de l'énergie.",
                                      "Qui représente le médiateur de l'énergie ?"])
def test_a_body_named_without_a_word_of_its_name(energie: Chat, question: str) -> None:
    assert "Pascale Weber" in sure(energie, question, "org_representative")


@pytest.mark.parametrize("question", ["Qui pilote le SLIME ?", "Qui coordonne le SLIME ?"])
def test_a_verb_of_leading_before_a_scheme_known_from_a_role(energie: Chat, question: str) -> None:
    assert "Mathieu Pierson" in sure(energie, question, "in_charge")


def test_a_title_someone_holds_stays_the_title(energie: Chat) -> None:
    assert "Véronique Thiriet" in sure(energie, "Qui préside le comité départemental ?", "role_holder")


def test_the_schedule_of_a_period_is_its_deadlines(energie: Chat) -> None:
    reply = sure(energie, "Pourriez-vous me communiquer l'échéancier du mois de janvier ?", "dates_period")
    assert "Bilan annuel des visites à domicile" in reply


def test_a_number_the_group_set_is_the_decision_counting_it(energie: Chat) -> None:
    reply = sure(energie, "Combien de visites à domicile sont prévues l'an prochain ?", "decisions_topic")
    assert "400 visites" in reply


def test_a_head_count_stays_attendance(energie: Chat) -> None:
    assert "9 présents" in sure(energie, "Combien de membres étaient présents à la dernière réunion ?",
                                "attendance_meeting")
