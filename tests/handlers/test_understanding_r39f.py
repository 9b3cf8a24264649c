"""The lead's blind set 77 (cccilux, the commission consultative communale
d'intégration of an invented Luxembourg commune, asked by the Portuguese
community's representative on Tuesday 1 December 2026), missed on its first
run, asked in other words, with the neighbours that must stay as they were:

- « qui préside la CCCI ? »: the « présidente de la CCCI », not the
  « vice-président de la CCCI » whose role opens with another presidency
  (title_of_body.py: a title after « vice » or « sous » is another office);
- « le représentant des résidents luxembourgeois c'est qui ? »: the title
  typed whole, its holder (body_charge.py);
- « le bilan du PAL il en est où ? »: the « où » of progress asks no place,
  the task answers, not the sitting whose heading says « bilan du PAL »
  (progress_heading.py);
- « c'est le ministère ou la commune qui paie les interprètes ? »: the
  guessed payers are no subject, and a decision on the language courses'
  fees, kin of « interprète » only, says no one pays them (payers.py);
- « Moien » (Luxembourgish hello), « marquée présente » (lexicon.toml);
- « Yara Haddad elle représente quelle communauté ? »: her card says it
  (pipeline._on_card);
- « la Gemeng » (Luxembourgish: the commune, lexicon.toml);
- « la réunion avec la direction de région »: the one sitting whose heading
  writes the body as typed (hosted_meeting.py);
- « qui représente les Érythréens à la commission ? »: the words after the
  question weigh the reading down, a role saying whom it represents is sure
  enough (represented.py);
- « l'échevine sera là le 10 ? »: the title as typed before « adjoint », its
  equivalent elsewhere (answers_attendance.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ccci() -> Chat:
    return build_group("cccilux")


def test_president_not_vice_president(ccci: Chat) -> None:
    for asked in ("qui préside la CCCI ?", "la présidente de la CCCI c'est qui ?"):
        reply = sure(ccci, asked, "role_holder")
        assert "Martine Schmit-Kieffer" in reply and "Domingos Tavares" not in reply
    reply = sure(ccci, "qui est le vice-président de la CCCI ?", "role_holder")
    assert "Domingos Tavares" in reply and "Martine Schmit-Kieffer" not in reply


def test_representative_title_typed(ccci: Chat) -> None:
    reply = sure(ccci, "le représentant des résidents luxembourgeois c'est qui ?", "role_holder")
    assert "Jos Hoffmann" in reply and "Isabel Monteiro" not in reply
    assert "Claire Fontaine" in sure(ccci, "la représentante des résidents français c'est qui ?", "role_holder")
    assert "Yara Haddad" in sure(ccci, "la représentante de la communauté syrienne c'est qui ?", "role_holder")


def test_progress_is_no_place(ccci: Chat) -> None:
    for asked in ("le bilan du PAL il en est où ?", "où en est le bilan du PAL ?"):
        reply = sure(ccci, asked, "in_charge")
        assert "Rédiger le bilan intermédiaire du PAL" in reply and "en retard" in reply
    # The sitting headed « bilan du PAL » is still where a place is asked.
    assert "centre culturel Am Duerf" in sure(ccci, "la réunion sur le bilan du PAL c'était où ?", "meeting_which")
    assert "Séance n°3" in sure(ccci, "le bilan du PAL c'était où ?", "meeting_which")
    assert outcome_of(ccci, "le projet d'avis sur le budget il en est où ?").intent == "in_charge"


def test_guessed_payers_and_kin_words(ccci: Chat) -> None:
    # No decision says who pays the interpreters: the language courses' fees (kin words) are no answer.
    for asked in ("c'est le ministère ou la commune qui paie les interprètes ?", "qui paie les interprètes ?"):
        assert not outcome_of(ccci, asked).confident
    assert "75 %" in sure(ccci, "c'est la commune qui paie les cours de langues ?", "decisions_topic")


def test_luxembourgish_greeting_and_marked_present(ccci: Chat) -> None:
    assert "Séance n°4" in sure(ccci, "Moien, prochaine plénière c quand ?", "meeting_which")
    assert not outcome_of(ccci, "Moien, merci villmols").confident
    assert "parmi les présents de la séance n°3" in sure(ccci, "j'étais marquée présente la dernière fois ?",
                                                          "attendance_meeting")
    assert "parmi les présents de la séance n°3" in sure(ccci, "j'étais notée présente la dernière fois ?",
                                                          "attendance_meeting")


def test_card_says_what_is_asked(ccci: Chat) -> None:
    assert "communauté syrienne" in sure(ccci, "Yara Haddad elle représente quelle communauté ?", "who_is")
    assert not outcome_of(ccci, "Yara Haddad elle aime le couscous ?").confident


def test_gemeng_is_the_commune(ccci: Chat) -> None:
    assert "Séance n°4" in sure(ccci, "on se voit le 10 à la Gemeng c'est ça ?", "meeting_which")
    assert "Sophie Reding" in sure(ccci, "la chargée d'intégration de la Gemeng c'est qui ?", "role_holder")
    assert "Paul Weber" in sure(ccci, "les gens de la Gemeng dans la CCCI ?", "org_members")


def test_meeting_with_a_body_its_heading_names(ccci: Chat) -> None:
    for asked in ("la réunion avec la direction de région ça se passe où ?",
                  "la réunion avec la direction de région c'est quand ?"):
        assert "Séance n°5" in sure(ccci, asked, "meeting_which")


def test_role_saying_whom_it_represents(ccci: Chat) -> None:
    reply = sure(ccci, "qui représente les Érythréens à la commission ?", "role_holder")
    assert "Tesfay Gebremariam" in reply
    assert "Giulia Rinaldi" in sure(ccci, "qui représente les Italiens ?", "role_holder")
    assert not outcome_of(ccci, "qui représente les bénévoles à la commission ?").confident


def test_title_as_typed_before_its_equivalents(ccci: Chat) -> None:
    reply = sure(ccci, "l'échevine sera là le 10 ?", "rsvp_upcoming")
    assert "Martine Schmit-Kieffer" in reply and "a annoncé sa présence" in reply
