"""The lead's general fixes of the twenty-seventh round, found on the lead's
sets 43 (clsm-tarbes, a conseil local de santé mentale), 44 (cdiae-yonne, a
departmental network of insertion par l'activité économique) and 45
(riviere-midouze, a river basin's syndicat), and checked in other words:
the departmental councils a group may be (« le CDIAE ») are the group
itself by their initials (lexicon.toml `group_kinds`); a year after a
calendar's word bounds it (« le calendrier 2027 », « … pour 2027 »:
year_spans.py); the tasks due in a period asked by their own noun are the
tasks' listing, not the calendar (task_period.py); « la sortie terrain » is
a field visit (lexicon.toml [shorthand_phrases]); an order word right before
a sitting named by its place picks among them (« la dernière visite de
terrain »: meeting_rank.order_of); « enlever » finds « retirer »
(lexicon.toml [topics]); a body's staff asked by the noun of its employees
(« qui sont les salariés du syndicat ? »: body_staff.py); a first sitting
named by a place opening on a sitting's noun (« le premier comité
syndical »: reading_tokens.py); what the bot can help with; « quel est
notre interlocuteur chez … ? » asks who (person_of_body.py); « on a
jusqu'à quand pour … ? » asks the group's deadline, not a member's task
(task_match._group_limit); a structure called by the kind its people's roles
spell out (« l'ETTI »: kind_in_role.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def tarbes() -> Chat:
    return build_group("clsm-tarbes")


@pytest.fixture(scope="module")
def yonne() -> Chat:
    return build_group("cdiae-yonne")


@pytest.fixture(scope="module")
def midouze() -> Chat:
    return build_group("riviere-midouze")


def test_the_cdiae_is_the_group_itself(yonne: Chat) -> None:
    for text in ("la liste des membres du CDIAE ?", "Pourriez-vous me transmettre la composition du CDIAE ?",
                 "qui fait partie du CDIAE ?"):
        reply = sure(yonne, text, "directory")
        assert "Membres du groupe (14)" in reply and "Karim Benhamou" in reply, text
    assert "n°6" in sure(yonne, "la prochaine plénière du CDIAE ?", "meeting_which")
    # The Département, whose name opens like the council's spelled out, is still a body of its own.
    reply = sure(yonne, "qui du Conseil départemental siège au CDIAE ?", "org_representative")
    assert "Isabelle Perrot" in reply and "Thibault Mercier" in reply and "Karim Benhamou" not in reply


def test_a_year_after_a_calendar_word_bounds_it(yonne: Chat) -> None:
    for text in ("le calendrier du CDIAE pour 2027 ?", "le calendrier 2027 ?", "les dates 2027 svp"):
        reply = sure(yonne, text, "dates_period")
        assert "Agenda en 2027" in reply and "4 décembre 2026" not in reply, text
    assert "Prochaines séances en 2027" in sure(yonne, "les séances 2027 ?", "meetings_upcoming")
    # A record's noun before the year is no calendar: « le budget 2027 » is not every date of 2027.
    assert "Agenda en 2027" not in outcome_of(yonne, "le budget 2027 ?").reply.plain()


def test_the_tasks_due_in_a_period_asked_by_their_noun(yonne: Chat) -> None:
    for text in ("les tâches à rendre avant Noël ?", "quelles tâches sont à rendre avant Noël ?",
                 "les tâches à rendre d'ici Noël ?"):
        reply = sure(yonne, text, "tasks_late")
        assert "Tâches prévues d'ici Noël" in reply and "minibus" in reply and "Échéance n°1" not in reply, text
    assert "Tâches prévues avant le dimanche 20 décembre 2026" in sure(
        yonne, "les tâches à rendre avant le 20 décembre ?", "tasks_late")
    # The asker's own stay the asker's; the calendar asked without the noun stays the calendar.
    assert "Vos tâches" in sure(yonne, "mes tâches à rendre avant Noël ?", "tasks_mine")
    assert "Agenda d'ici Noël" in sure(yonne, "qu'est-ce qui est prévu avant Noël ?", "dates_period")


def test_a_field_visit_called_a_sortie_terrain(midouze: Chat) -> None:
    reply = sure(midouze, "la sortie terrain d'octobre c'était où ?", "meeting_which")
    assert "seuil du moulin de Saint-Justin" in reply and "Tâche" not in reply
    assert "barthes de Gouts" in sure(midouze, "la prochaine sortie de terrain ?", "meeting_which")
    # The outing a task organises keeps its own words.
    assert "zones humides" in sure(midouze, "la sortie sur les zones humides c'est pour quand ?", "in_charge")


def test_an_order_word_before_a_sitting_named_by_its_place(midouze: Chat) -> None:
    reply = sure(midouze, "la dernière visite de terrain c'était quand ?", "meeting_last")
    assert "mercredi 21 octobre 2026" in reply
    assert "n°1" in sure(midouze, "la dernière réunion à Roquefort ?", "meeting_last")
    assert "mercredi 3 mars 2027" in sure(midouze, "la prochaine visite de terrain ?", "meeting_which")


def test_removing_is_withdrawing(midouze: Chat) -> None:
    for text in ("les embâcles on les enlève quand ?", "les embâcles ils sont retirés quand ?"):
        assert "après chaque crue" in sure(midouze, text, "decisions_topic"), text
    # The task on the same things, asked by its own verb, is still the task.
    assert "Recenser les embâcles" in sure(midouze, "qui recense les embâcles ?", "in_charge")


def _body_people(chat: Chat, text: str) -> str:
    """The reply to `text`, which must be a confident answer naming a body's people (either reading of them)."""
    outcome = outcome_of(chat, text)
    assert outcome.confident and outcome.intent in ("org_members", "org_representative"), (text, outcome.intent)
    return outcome.reply.plain()


def test_a_bodys_staff_asked_by_the_noun_of_its_employees(midouze: Chat, yonne: Chat) -> None:
    for text in ("qui sont les salariés du syndicat ?", "les agents du syndicat ?"):
        reply = _body_people(midouze, text)
        assert "Damien Labarthe" in reply and "Sophie Lacoste" in reply and "Tâche" not in reply, text
    reply = _body_people(yonne, "Quels agents du Conseil départemental siègent au CDIAE ?")
    assert "Isabelle Perrot" in reply and "Thibault Mercier" in reply and "Karim Benhamou" not in reply
    assert "Olivier Garnier" in _body_people(yonne, "les salariés de Bois et Bocage ?")
    # A sentence going on with words of its own asks something else.
    assert outcome_of(midouze, "les salariés du syndicat ont droit à une prime ?").intent != "org_members"


def test_a_first_sitting_named_by_its_place_opening_on_a_sitting_noun(midouze: Chat) -> None:
    for text in ("le premier comité syndical c'était où ?", "le tout premier comité syndical c'était quand ?"):
        reply = sure(midouze, text, "meeting_which")
        assert "mardi 15 septembre 2026" in reply and "salle des fêtes de Roquefort" in reply, text
    outcome = outcome_of(midouze, "Pourriez-vous me rappeler la date du prochain comité syndical ?")
    assert outcome.confident and "mercredi 9 décembre 2026" in outcome.reply.plain()


def test_what_the_bot_can_help_with(tarbes: Chat) -> None:
    for text in ("tu peux m'aider à quoi toi ?", "vous pouvez nous aider à quoi ?"):
        assert outcome_of(tarbes, text).intent == "help", text
    # Asked for help without saying with what, the bot is not sure it is asked.
    assert outcome_of(tarbes, "tu peux m'aider ?").intent != "help"


def test_which_is_our_contact_at_a_body(yonne: Chat) -> None:
    assert "Karim Benhamou" in sure(yonne, "Quel est notre interlocuteur chez France Travail ?", "org_representative")
    assert "Karim Benhamou" in sure(yonne, "qui est notre interlocuteur chez France Travail ?", "org_representative")
    # Not asked who, the body alone is what the message is about.
    assert "a annoncé sa présence" in sure(yonne, "le monsieur de France Travail vient ?", "rsvp_upcoming")


def test_the_time_the_group_has_is_no_members_task() -> None:
    brest = build_group("vif29")
    outcome = outcome_of(brest, "on a jusqu'à quand pour mettre à jour le guide ?")
    # The group's deadline (2 April) or nothing sure; never the pilot's task (26 March) as the group's limit.
    assert not (outcome.confident and "26 mars" in outcome.reply.plain())
    assert "26 mars" in sure(brest, "Hélène a jusqu'à quand pour le guide ?", "in_charge")


def test_a_structure_called_by_the_kind_its_roles_spell_out(yonne: Chat) -> None:
    for text in ("qui est là pour l'ETTI ?", "qui représente l'entreprise de travail temporaire d'insertion ?"):
        assert "Nadia Ferhat" in sure(yonne, text, "org_representative"), text
    assert "Céline Duverger" in sure(yonne, "qui vient de l'atelier chantier d'insertion ?", "org_representative")
    assert "a présenté ses excuses" in sure(yonne, "l'ETTI sera représentée à Chablis ?", "rsvp_upcoming")
    # A programme a role holds as its charge is no body's name.
    reply = sure(yonne, "qui suit les contrats d'engagement jeune ?", "in_charge")
    assert "Sophie Vallet" in reply
