"""Questions of the lead's blind set 73 (cdu29, the commission des usagers of
an invented hospital of the Finistère, asked by a substitute représentante
des usagers on Tuesday 1 December 2026), missed on its first run, with the
neighbours that must stay as they were:

- « la prochaine CDU », « la CDU de mars », « la dernière cdu » when the group
  also meets as a working group, on a visit and at another site: the sittings
  headed « Commission des usagers … » (own_kind.py, own_meetings.py);
- « qui est au secrétariat des plaintes et réclamations ? » and « c'est qui
  pour la direction des soins ? »: a unit's people, not the title its name
  opens with (bodies.asked_as_body, body_head.titled_head);
- « le délai de réponse aux réclamations a été fixé à combien ? »: the
  decision setting the delay « à trente jours », not the dates sharing
  « réclamations » (delays.py);
- « tous les combien » of a decision saying « par semestre » or « à chaque
  séance » (decision_facts._RHYTHM);
- « la médiation dans les courriers » for « lettre … médiateur »
  (families.toml);
- « la présidente de la CDU » of the one présidente whose role names the
  commission des usagers, beside two others (answers_people.role_holder,
  answers_attendance._named_member), and « vient au groupe de travail » the
  working group's sitting (glued.py);
- « le CVS de Ker Arvor » is the EHPAD Ker Arvor, no Mme Kerhervé
  (persons.find_persons)."""

from __future__ import annotations

import pytest

from handlers.understanding.own_kind import own_sitting_noun
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cdu() -> Chat:
    return build_group("cdu29")


def test_the_groups_name_counts_the_sittings_it_heads(cdu: Chat) -> None:
    assert "jeudi 14 janvier 2027" in sure(cdu, "la prochaine CDU c'est quand ?", "meeting_which")
    assert "jeudi 14 janvier 2027" in sure(cdu, "prochaine cdu c où", "meeting_which")
    assert "jeudi 12 mars 2026" in sure(cdu, "la CDU de mars c'était où ?", "meeting_which")
    assert "Synthèse des événements indésirables graves" in sure(cdu, "l'ODJ de la CDU de janvier ?", "agenda_items")
    # Neighbours: the next meeting is the working group; the last CDU is November's.
    assert "mardi 8 décembre 2026" in sure(cdu, "c'est quand la prochaine réunion ?", "meeting_next")
    assert "mardi 17 novembre 2026" in sure(cdu, "la derniere cdu c'était quand", "meeting_last")


def test_own_sitting_noun_only_where_the_name_heads_some_sittings(cdu: Chat) -> None:
    names = frozenset({"cdu", "commission des usagers"})
    meetings = cdu.store.group("cdu29").meetings()
    assert own_sitting_noun(names, meetings) == ("commission", frozenset({3, 6, 11, 1}))
    # Every sitting the commission's: the plain « réunion » stays.
    assert own_sitting_noun(names, [m for m in meetings if m.place.startswith("Commission")]) == ("", frozenset())


def test_a_month_without_the_commission_is_the_groups_sitting_then() -> None:
    # Set 64: « la CDU de janvier » when January holds only the commission's working group is that sitting.
    chat = build_group("cdu49")
    assert "n°6" in sure(chat, "la CDU de janvier, qu'est-ce qui est au programme ?", "meeting_which")
    assert "n°5" in sure(chat, "c'est quand la prochaine CDU ?", "meeting_which")


def test_a_units_people_asked_where_they_are(cdu: Chat) -> None:
    assert "Sandrine Le Meur" in sure(cdu, "qui est au secrétariat des plaintes et réclamations ?", "org_representative")
    assert "Nolwenn Caroff" in sure(cdu, "c'est qui pour la direction des soins ?", "org_representative")
    # Neighbours: the title itself, and the office alone, ask its holder.
    assert "Nolwenn Caroff" in sure(cdu, "qui est la directrice des soins ?", "role_holder")
    assert "Sandrine Le Meur" in sure(cdu, "qui est au secrétariat ?", "role_holder")


def test_a_delay_decided_before_the_dates_sharing_its_words(cdu: Chat) -> None:
    for asked in ("le délai de réponse aux réclamations a été fixé à combien ?",
                  "on a combien de temps pour répondre à une réclamation maintenant ?"):
        assert "ramené à trente jours" in sure(cdu, asked, "decisions_topic")
    # Neighbour: a deadline holding the question's words stays the deadline.
    assert "Transmission du bilan des plaintes" in sure(cdu, "le délai pour le bilan des plaintes ?", "dates_period")


def test_how_often_by_semester_or_at_each_sitting(cdu: Chat) -> None:
    assert "par semestre" in sure(cdu, "un RU va au CVS tous les combien ?", "decisions_topic")
    assert "à chaque séance" in sure(cdu, "les EIG sont présentés à la CDU tous les combien ?", "decisions_topic")


def test_mediation_in_the_letters(cdu: Chat) -> None:
    for asked in ("qu'est-ce qu'on avait dit sur la médiation dans les courriers de réponse ?",
                  "qu'a-t-on décidé sur la médiation ?"):
        assert "rencontrer un médiateur" in sure(cdu, asked, "decisions_topic")
    # Neighbour: the médiateur asked is the member.
    assert "Yann Le Berre" in sure(cdu, "qui est le médiateur médical ?", "role_holder")


def test_the_president_of_the_cdu(cdu: Chat) -> None:
    reply = sure(cdu, "la présidente de la CDU c'est qui ?", "role_holder")
    assert "Soizic Kerhervé" in reply and "Catherine Abgrall" not in reply
    reply = sure(cdu, "la présidente de la CDU vient au groupe de travail ?", "rsvp_upcoming")
    assert "Soizic Kerhervé" in reply and "a présenté ses excuses" in reply and "n°5" in reply
    assert "Annoncés présents" in sure(cdu, "qui vient au groupe de travail ?", "rsvp_upcoming")
    # Neighbours: a title alone with three holders is not guessed; the group de travail's members are the directory.
    assert not outcome_of(cdu, "la présidente vient le 8 ?").confident
    assert "Membres du groupe" in sure(cdu, "qui fait partie du groupe de travail ?", "directory")


def test_a_bodys_two_words_are_no_member(cdu: Chat) -> None:
    assert "Marie-Thérèse Floc'h" in sure(cdu, "la présidente du CVS de Ker Arvor c'est qui ?", "role_holder")
    # Neighbour: the surname alone is hers.
    assert "Soizic Kerhervé" in sure(cdu, "Kerhervé c'est qui ?", "who_is")
