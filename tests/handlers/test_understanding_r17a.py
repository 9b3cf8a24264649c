"""Words members clip, coin or abbreviate, and rhythm questions, that blind
set 25a (jeunes-ouestvd, the cellule de veille of the Ouest lausannois
youth-insertion network, asked by its secretary on Tuesday 1 December 2026)
missed on its first run, asked in other words, in its group and in ctg26
(whose places say « COPIL » and « COTECH »):

- clipped words read whole from the group's records and roles (« la conv' »,
  « le budget prévi », « l'éval », « la responsable péda ») and the group's
  own initials spelled out (« le CT » for its comité technique, not chat for
  « c'était »; « la FA 2 »; « les GT ») — clipped_words.py;
- the rhythm of a body asked by name (« tous les combien », « à quelle
  fréquence », « ça revient chaque mois ») answered by the decision that
  set it, and a month without sittings by the decision naming it
  (« … sauf en juillet et août ») — rhythm_asked.py;
- a duration asked is no deadline (decision_facts.asks_duration);
- the working groups asked by their plural (sub_groups.py);
- « X c'est qui chez nous ? » asks in the group (own_body.py), « Plénière de
  la cellule de veille » is no sitting of a « cellule » (venues.py), the
  sittings' weekday asked (« on se voit quel jour en général ? ») is the one
  decision setting it for them (meeting_rule.py);
- a role's word clipped right after an article is left to the titles (« le
  socio »)."""

from __future__ import annotations

import pytest

from handlers.understanding.clipped_words import unclipped
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def veille() -> Chat:
    """Set 25a's group: plenaries 17 Sep, 19 Nov, 21 Jan; comités techniques 22 Oct, 10 Dec (next), 18 Mar."""
    return build_group("jeunes-ouestvd")


@pytest.fixture(scope="module")
def ctg() -> Chat:
    """The lead's set 25's group: « Le COPIL se réunit trois fois par an et le COTECH tous les deux mois. »"""
    return build_group("ctg26")


_RECORDS = ["Comité technique", "Plénière de la cellule de veille", "Signature de la convention avec l'OAI",
            "Les jeunes sans solution après la transition 1.", "Relancer la cotisation annuelle.",
            "La commission d'attribution siège au CSR.", "La fiche action 2 finance 40 stages.",
            "Trois groupes de travail sont créés (GT1, GT2)."]


@pytest.mark.parametrize(("typed", "read"), [
    ("la conv' c'est signé quand ?", "la convention c'est signé quand ?"),
    ("le prochain CT ?", "le prochain Comité technique ?"),
    ("la FA2 c'est combien ?", "la fiche action 2 c'est combien ?"),
    ("la T1 ?", "la transition 1 ?"),
    # Shorthand for a noun is read as always (« GT » is a groupe, « CR » a compte rendu); chance initials of a
    # phrase no kind of sitting and no number make (« CA » of « cotisation annuelle ») stay.
    ("les GT ?", "les GT ?"),
    ("le prochain CA ?", "le prochain CA ?"),
    # Lower case is chat (« ct » is « c'était »); the records' own capitals stay; a member's name is no clipping.
    ("ct bien hier", "ct bien hier"),
    ("la commission au CSR ?", "la commission au CSR ?"),
    # A word no record opens, or two different words (« con » of « convention » and « conseil »), stays.
    ("le pla de janvier", "le pla de janvier"),
])
def test_clipped_words_and_initials_read_whole(typed: str, read: str) -> None:
    records = [*_RECORDS, "Le conseil se réunit."] if typed.startswith("le pla") else _RECORDS
    assert unclipped(typed, records, ["Jean Dupont", "Ville de Renens"], kinds=["Comité technique"]) == read


def test_a_clipped_word_opening_two_words_or_a_members_name_stays() -> None:
    assert unclipped("la con ?", ["convention", "conseil"], []) == "la con ?"
    assert unclipped("Mme Conv vient ?", ["convention"], ["Anne Conv"]) == "Mme Conv vient ?"
    # Not a whole word before a hyphen, a month, a body's short form, nor a word the next one completes.
    assert unclipped("la réunion à Boulogne", ["Mairie de Boulogne-Billancourt"], []) == "la réunion à Boulogne"
    assert unclipped("la préf vient ?", ["Délégué du préfet"], []) == "la préf vient ?"
    assert unclipped("le samu social ?", ["Le Samusocial ouvre"], []) == "le samu social ?"
    assert unclipped("le socio c'est qui ?", [], [], ["Maître de conférences en sociologie"]) == "le socio c'est qui ?"


def test_clipped_records_answer(veille: Chat) -> None:
    assert "Signature de la convention" in sure(veille, "la conv' OAI, la signature c'est quand ?", "dates_period")
    assert "Envoi du budget prévisionnel" in sure(veille, "le budget prévi on l'envoie quand ?", "dates_period")
    assert "HETSL" in sure(veille, "qu'est-ce qu'on a acté pour l'éval externe ?", "decisions_topic")
    assert "Aline Gilliéron" in sure(veille, "c'est qui la responsable péda ?", "role_holder")


def test_the_groups_initials_name_its_sittings(veille: Chat) -> None:
    assert "n°6" in sure(veille, "y a un CT en mars ?", "meeting_which")
    assert "15 à 25 ans" in sure(veille, "la FA 2, c'est pour quels jeunes ?", "decisions_topic")


def test_a_rhythm_asked_of_a_body_is_the_decision_setting_it(veille: Chat, ctg: Chat) -> None:
    assert "premier mardi" in sure(veille, "la commission d'attribution, elle siège à quel rythme ?", "decisions_topic")
    assert "six semaines" in sure(veille, "les comités techniques reviennent tous les mois ?", "decisions_topic")
    assert "une fois par mois" in sure(veille, "le GT logement on le fait tous les combien ?", "decisions_topic")
    assert "trois fois par an" in sure(ctg, "le copil, on le fait tous les combien ?", "decisions_topic")
    assert "tous les deux mois" in sure(ctg, "à quelle fréquence se tient le COTECH ?", "decisions_topic")


def test_a_rhythm_asked_of_something_else_is_left_alone(veille: Chat) -> None:
    assert not outcome_of(veille, "tous les combien tu vas à la piscine ?").confident


def test_a_month_without_sittings_is_the_rule_naming_it(veille: Chat) -> None:
    assert "juillet et août" in sure(veille, "y a une réunion en août ?", "decisions_topic")
    # A month with a sitting keeps it.
    assert "n°5" in sure(veille, "on se voit en janvier ?", "meeting_which")


def test_a_duration_is_no_deadline(veille: Chat, ctg: Chat) -> None:
    assert "trois ans" in sure(veille, "la convention OAI, elle vaut pour combien d'années ?", "decisions_topic")
    assert "trois ans" in sure(ctg, "le poste d'animateur est financé sur combien d'années ?", "decisions_topic")


def test_the_working_groups_asked_by_their_plural(veille: Chat) -> None:
    assert "décrochage scolaire" in sure(veille, "c'est quoi les groupes de travail ?", "decisions_topic")
    assert "Membres du groupe" in sure(veille, "qui fait partie du groupe ?", "directory")


def test_chez_nous_after_a_body_asks_in_the_group(veille: Chat) -> None:
    reply = sure(veille, "l'ORP c'est qui chez nous ?", "org_representative")
    assert "Yannick Favre" in reply and "Olivier Chappuis" not in reply


def test_the_groups_name_in_its_plenaries_is_no_kind_of_sitting(veille: Chat) -> None:
    assert "Corinne Jaquier" in sure(veille, "la présidente de la cellule c'est qui ?", "role_holder")


def test_the_weekday_of_the_sittings_is_their_rule(veille: Chat) -> None:
    # Decision 10 sets the sittings' day; decision 5's « premier mardi » is a commission's.
    reply = sure(veille, "on se réunit quel jour d'habitude ?", "decisions_topic")
    assert "ont lieu le jeudi" in reply.split("Décision n°")[1]
    assert "ont lieu le jeudi" in sure(veille, "les séances c'est toujours le jeudi ?", "decisions_topic")
