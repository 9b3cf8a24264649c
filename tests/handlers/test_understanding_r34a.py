"""Inclusive writing and feminised titles, of blind set 41a (egalite38, the
commission égalité femmes-hommes of an invented town of the Isère, asked by
the Planning familial's conseillère conjugale on Tuesday 1 December 2026),
missed on its first run, asked in other words, and in other groups, with the
neighbours that must stay as they were:

- inclusive writing is read as the plain masculine: endings after a middle
  dot, a full stop, a hyphen, a slash or in brackets, « le/la », « le ou
  la », « celles et ceux », « à toutes et à tous », « iel »; links and
  addresses left as typed (inclusive_writing.py);
- « la prochaine commission égalité » and « les réunions de la commission
  égalité » are the sittings of the body the headings name so
  (named_body_sitting.py);
- the whole group beside a sitting names no sitting (« la prochaine réunion
  des partenaires », « entre élus et partenaires »), « les membres sont
  convoqués » is the group meeting (whole_group.py);
- news after a greeting, and a thing said to arrive soon, are no questions
  (clauses.is_news);
- « qui anime la formation … ? » picks, of the tasks the verb opens, the one
  whose words the question shares (task_verb_asked.py);
- a title and its complement asked present at a sitting is its holder's
  presence (presence._title_complement, answers_attendance._named_member);
- « la Dre Faure » is a title before a name (entities.toml honorifics);
- a sitting named by the opening words of its heading and asked when or
  where is that sitting (heading_named.py);
- the next sitting of a kind none is held of any more: the decisions naming
  it (none_coming_decided.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.inclusive_writing import without_inclusive_writing
from handlers.understanding.whole_group import without_whole_group
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def egalite() -> Chat:
    return build_group("egalite38")


@pytest.fixture(scope="module")
def access() -> Chat:
    return build_group("access80")


@pytest.mark.parametrize(("typed", "plain"), [
    ("les référent·e·s", "les référents"),
    ("Tou·te·s les élu·es", "Tous les élus"),
    ("les élu.e.s de la ville", "les élus de la ville"),
    ("le/la délégué-e", "le délégué"),
    ("le ou la référent(e)", "le référent"),
    ("les partenaires associatif·ves et institutionnel·les", "les partenaires associatifs et institutionnels"),
    ("la coordinateur·rice", "la coordinateur"),
    ("les agents et agentes d'accueil", "les agents d'accueil"),
    ("Celles et ceux qui viennent", "Ceux qui viennent"),
    ("merci à toutes et à tous", "merci à tous"),
    ("iel vient", "il vient"),
    ("la chargéE de mission", "la chargée de mission"),
    ("les régional·e·s", "les régionaux"),
])
def test_inclusive_writing_is_read_as_the_plain_masculine(typed: str, plain: str) -> None:
    assert without_inclusive_writing(typed) == plain


@pytest.mark.parametrize("typed", [
    "https://www.education.gouv.fr/les-cites-educatives", "écrire à jean.dupont@example.org", "la réunion.les dates",
    "Louis et Louise", "Anne-Laure", "jeudi 14 janvier⋅09:30", "le 8 ou le 9", "réunion de 14h-16h",
])
def test_what_is_no_inclusive_writing_stays_as_typed(typed: str) -> None:
    assert without_inclusive_writing(typed) == typed


def test_inclusive_questions_are_answered(egalite: Chat, access: Chat) -> None:
    assert "Présents (10)" in sure(egalite, "qui était présent·e au comité de pilotage ?", "attendance_meeting")
    assert "Thierry Moulin" in sure(egalite, "qui est l'élu.e délégué.e à la tranquillité publique ?", "role_holder")
    assert "Karima Haddou" in sure(egalite, "qui est le/la coordinateur(rice) de la commission ?", "role_holder")
    assert "Franck Dumont" in sure(access, "qui est le·la président·e de l'union des commerçants ?", "role_holder")


def test_the_body_the_headings_name_counts_its_sittings(egalite: Chat) -> None:
    assert "hôtel de ville" in sure(egalite, "la prochaine commission égalité se tient où ?", "meeting_next")
    assert "Prochaines séances" in sure(egalite, "les séances de la commission égalité à venir ?", "meetings_upcoming")


def test_the_whole_group_beside_a_sitting_names_none(egalite: Chat, access: Chat) -> None:
    assert "n°4" in sure(egalite, "c'est quand la prochaine réunion des membres ?", "meeting_next")
    assert "n°5" in sure(access, "la prochaine réunion des partenaires c'est où ?", "meeting_next")
    assert "n°4" in sure(egalite, "nous sommes convoqués quand ?", "meeting_next")
    # A complement says whose: left as typed.
    assert without_whole_group("on se réunit jeudi entre collègues du CCAS") == "on se réunit jeudi entre collègues du CCAS"
    assert without_whole_group("l'annuaire des partenaires ?") == "l'annuaire des partenaires ?"


def test_news_after_a_greeting_is_no_question(egalite: Chat) -> None:
    for text in ("Bonjour à tous, le rapport annuel arrive bientôt.", "Le compte rendu arrive demain.",
                 "Bonjour à toutes et à tous, la préfecture a validé le dossier hier."):
        assert not outcome_of(egalite, text).confident, text


def test_the_task_the_verb_opens_whose_words_are_asked(egalite: Chat) -> None:
    reply = sure(egalite, "la formation pour les agents d'accueil, c'est qui qui l'anime ?", "in_charge")
    assert "Patrick Rey" in reply and "Karima Haddou" not in reply
    assert "Léa Fournier" in sure(egalite, "qui anime l'atelier sur le consentement ?", "in_charge")  # the other task


def test_a_title_and_its_complement_present_at_a_sitting(egalite: Chat) -> None:
    reply = sure(egalite, "la cheffe de service était là au comité de pilotage ?", "attendance_meeting")
    assert "Nadia Belkacem" in reply and "parmi les présents" in reply
    assert "Anne-Laure Chabert" in sure(egalite, "la déléguée aux droits des femmes sera là le 8 ?", "rsvp_upcoming")


def test_dre_is_a_title(egalite: Chat) -> None:
    assert "parmi les excusés" in sure(egalite, "la Dre Faure était au comité de pilotage ?", "attendance_meeting")


def test_a_sitting_named_by_its_heading_asked_when(egalite: Chat) -> None:
    assert "n°6" in sure(egalite, "le groupe de travail hébergement d'urgence se tient quand ?", "meeting_which")


def test_none_to_come_and_the_decisions_on_it(egalite: Chat) -> None:
    reply = sure(egalite, "la prochaine marche exploratoire c'est quand ?", "decisions_topic")
    assert reply.startswith("Aucune séance à venir") and "printemps 2027" in reply
