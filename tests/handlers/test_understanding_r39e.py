"""The lead's blind set 76 (ccspl42, the commission consultative des services
publics locaux of an invented agglomeration of the Loire, asked by the CNL's
representative of tenants on Tuesday 1 December 2026), missed on its first
run, asked in other words, with the neighbours that must stay as they were:

- « les gens de la régie ? »: the one régie among the group's bodies
  (entities.toml sole_kind_words);
- « … de la commission ? », « … à la commission ? » closing a question: the
  group itself, the head noun of its name spelled out (own_group._closing_head);
  « les actions de la commission » are all the group's (task_topic_listing.py)
  — in the commission des usagers of the lead's set 73 (cdu29), whose own name
  is spelled out; the CCSPL is not yet a kind of group (lexicon.toml
  group_kinds: set 42c's water syndicate holds a CCSPL as one of its sittings),
  so in ccspl42 « la commission » stays a sitting's noun;
- « on m'a notée comment à la dernière commission, présente ou excusée ? »:
  the asker's own mark, no how-to (howto.py, answers_attendance.py);
- « on a quoi comme commissions d'ici le printemps ? »: the sittings of that
  kind in the span (settle.py);
- « on vote les tarifs de l'eau à la prochaine séance ? »: the next
  sitting's point (agenda_check.py);
- « Lignobus sera là … ? »: a network's name a role writes, the one coming
  (role_body_presence.py); « la maire de Saint-Aubin vient le 10 ? »: the
  town says which mayor (answers_attendance.py);
- « tu me sors la liste des membres ? » (imperative_request.py), « des
  actions qu'on a laissées tomber » (lexicon.toml), « y a du neuf dans les
  décisions ? » (spoken_numbers.py), « le 21 janvier on va regarder
  quoi ? » (intents.toml), « les décisions de la séance de mars ? » in
  December (answers_records.py), « Le procès-verbal de la séance d'examen
  des rapports … est-il disponible ? » (described_meeting.py), « qui
  exploite le réseau de chaleur ? » (entities.toml)."""

from __future__ import annotations

import pytest

from handlers.understanding.howto import howto_command
from handlers.understanding.normalise import words
from handlers.understanding.spoken_numbers import spoken_numbers
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ccspl() -> Chat:
    return build_group("ccspl42")


def test_the_regie_alone_is_the_groups_one(ccspl: Chat) -> None:
    assert "Thomas Berthon" in sure(ccspl, "les gens de la régie ?", "org_members")
    assert "Céline Vernay" in sure(ccspl, "qui représente la régie ?", "org_representative")
    assert "Thomas Berthon" in sure(ccspl, "les gens de la régie des eaux ?", "org_members")


def test_the_head_noun_closing_a_question_is_the_group() -> None:
    cdu = build_group("cdu29")
    assert "Maëlle Guivarc'h" in sure(cdu, "qui assure la coordination de la commission ?", "role_holder")
    assert "Je réponds aux questions sur le groupe" in sure(cdu, "tu peux faire quoi pour la commission ?", "help")
    reply = sure(cdu, "les actions de la commission ?", "tasks_mine")
    assert reply.startswith("Tâches en cours (8)")


def test_the_ccspl_is_the_group(ccspl: Chat) -> None:
    assert "n°4" in sure(ccspl, "c'était quand la dernière ccspl", "meeting_last")
    assert "Tâches en retard (4)" in sure(ccspl, "quelles actions de la ccspl sont en retard ?", "tasks_late")
    # the head noun elsewhere is still a sitting's
    assert "n°5" in sure(ccspl, "la prochaine commission c'est quand ?", "meeting_which")
    assert "Présents (14)" in sure(ccspl, "qui était à la dernière commission ?", "attendance_meeting")


def test_how_one_was_marked_is_no_howto(ccspl: Chat) -> None:
    assert howto_command(words("on m'a notée comment à la dernière commission, présente ou excusée ?")) is None
    assert howto_command(words("comment on s'excuse ?")) == "excuse"
    assert howto_command(words("je fais comment pour m'excuser ?")) == "excuse"
    assert "parmi les excusés" in sure(ccspl, "on m'a notée comment à la dernière commission, présente ou excusée ?",
                                       "attendance_meeting")
    assert "/excuse" in sure(ccspl, "comment on s'excuse ?", "help")


def test_sittings_of_a_kind_in_a_span(ccspl: Chat) -> None:
    assert "Prochaines séances" in sure(ccspl, "on a quoi comme commissions d'ici le printemps ?", "meetings_upcoming")
    assert "Séance n°7" in sure(ccspl, "la commission de mars ?", "meeting_which")
    assert "Séance n°5" in sure(ccspl, "la commission de décembre ?", "meeting_which")


def test_a_vote_at_the_next_sitting_is_its_point(ccspl: Chat) -> None:
    assert "Tarifs 2027 de l'eau" in sure(ccspl, "on vote les tarifs de l'eau à la prochaine séance ?", "agenda_items")
    assert "avis favorable" in sure(ccspl, "on a voté les tarifs de l'eau ?", "decisions_topic")


def test_who_is_coming_named_by_a_network_or_a_town(ccspl: Chat) -> None:
    said = sure(ccspl, "Lignobus sera là à la prochaine commission ?", "rsvp_upcoming")
    assert "Karine Pélissier" in said and "a annoncé sa présence" in said
    assert "parmi les présents" in sure(ccspl, "Lignobus était là en juin ?", "attendance_meeting")
    said = sure(ccspl, "la maire de Saint-Aubin vient le 10 décembre ?", "rsvp_upcoming")
    assert "Nadine Chapuis" in said and "a présenté ses excuses" in said
    # « adjointe au maire » is a deputy's title, not a mayor's: « la maire » alone is the one mayor (role_scope.title_opening)
    said = sure(ccspl, "la maire vient le 10 décembre ?", "rsvp_upcoming")
    assert "Nadine Chapuis" in said and "Hélène Dufour-Roche" not in said


def test_requests_and_chat_forms(ccspl: Chat) -> None:
    assert "Membres du groupe" in sure(ccspl, "tu me sors la liste des membres ?", "directory")
    assert "Agenda en décembre" in sure(ccspl, "tu me sors les échéances de décembre ?", "dates_period")
    assert "annulée" in sure(ccspl, "y a des actions qu'on a laissées tomber ?", "tasks_late")
    assert "Dernières décisions" in sure(ccspl, "y a du neuf dans les décisions ?", "decisions_recent")
    assert "Dernières décisions" in sure(ccspl, "y a du neuf dans les décisions de la ccspl ?", "decisions_recent")
    assert "Arrêts de bus" in sure(ccspl, "le 21 janvier on va regarder quoi ?", "agenda_items")


@pytest.mark.parametrize(("typed", "meant"), [
    ("y a du neuf dans les décisions ?", "y a du neuf dans les décisions ?"),
    ("il y a du neuf ?", "il y a du neuf ?"),
    ("la réunion du neuf ?", "la réunion du 9 ?"),
])
def test_news_is_no_ninth(typed: str, meant: str) -> None:
    assert spoken_numbers(typed) == meant


def test_records_of_sittings(ccspl: Chat) -> None:
    assert "douze ans" in sure(ccspl, "les décisions de la séance de mars ?", "decisions_recent")
    assert not outcome_of(ccspl, "les décisions de mars prochain ?").confident  # not held yet
    assert "séance n°2" in sure(ccspl, "Le procès-verbal de la séance d'examen des rapports des délégataires est-il "
                                       "disponible ?", "minutes_request")
    assert "Julien Royer" in sure(ccspl, "qui exploite le réseau de chaleur ?", "role_holder")
    assert not outcome_of(ccspl, "qui exploite le crématorium ?").confident  # no role says it
